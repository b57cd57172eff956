"""The statement use cases as the UI runs them: through the workbench, so edits are undoable and refusals reach ``error``."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.statement.statement import Statement
from app.services import statements as statement_services
from app.services.statements import Printable
from app.ui.commands.workbench import Workbench


class StatementBench:
    def __init__(self, workbench: Workbench):
        self.workbench = workbench

    @property
    def identities(self) -> Path:
        """Where the verifier's signing identities (PKCS#12 files) are kept: beside the store."""
        from app.reports.identity import identities_beside  # pyHanko loads only when signing is used

        return identities_beside(self.workbench.path)

    def versions(self, engagement_id: str) -> list[Statement]:
        return statement_services.statements(self.workbench.uow(), engagement_id)

    def printable(self, engagement_id: str, version: int) -> Printable:
        return statement_services.printable(self.workbench.uow(), engagement_id, version)

    def start(self, engagement_id: str, text: str) -> bool:
        """Start draft 1 or the next version; undo removes the draft again, redo puts the same one back."""
        wb = self.workbench
        started: list[Statement] = []

        def do() -> None:
            if started:  # redo: the same draft, so the edits redone after it still find it
                statement_services.restore_draft(wb.uow(), engagement_id, started[0], wb.actor)
            else:
                started.append(statement_services.start_statement(wb.uow(), engagement_id, wb.actor, date.today()))

        def undo() -> None:
            started[:] = [statement_services.remove_draft(wb.uow(), engagement_id, started[0].id, wb.actor)]

        return wb.perform(text, do, undo)

    def edit(self, engagement_id: str, statement: Statement, changes: dict[str, Any], text: str) -> bool:
        """Change a draft; undo puts the old values back."""
        wb = self.workbench
        old = {name: getattr(statement, name) for name in changes}
        return wb.perform(
            text,
            lambda: statement_services.edit_statement(wb.uow(), engagement_id, statement.id, changes, wb.actor),
            lambda: statement_services.edit_statement(wb.uow(), engagement_id, statement.id, old, wb.actor),
        )

    def make_final(self, engagement_id: str, statement: Statement) -> bool:
        """Freeze the version (not undoable: a later change needs a new version).

        The undo history ends here: the draft's edits before it can no longer be undone on a frozen version."""
        wb = self.workbench
        done = wb.run(lambda: statement_services.make_final(wb.uow(), engagement_id, statement.id, wb.actor, date.today()))
        if done:
            wb.undo_stack.clear()
        return done

    def write(self, engagement_id: str, document, path: str, version: int) -> bool:
        """Print one document of a version to ``path``."""
        from app.services.statement_documents import print_document

        return self.workbench.report(
            lambda: print_document(self.workbench.uow(), engagement_id, document, path, datetime.now().astimezone(), version)
        )
