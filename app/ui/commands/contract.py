"""The contract review's use cases as the UI runs them: through the workbench, so each edit is undoable and a refusal
reaches ``error`` (the changes of the contract are children, see :mod:`app.ui.commands.child_ops`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.engagement.contract_review import ContractChange, ContractReview
from app.domain.engagement.people import Person
from app.services import contract_review as contracts
from app.ui.commands.workbench import Workbench


class ContractBench:
    def __init__(self, workbench: Workbench):
        self.workbench = workbench

    def review(self, engagement_id: str) -> ContractReview | None:
        return contracts.review_of(self.workbench.uow(), engagement_id)

    def changes(self, engagement_id: str) -> list[ContractChange]:
        return contracts.changes_of(self.workbench.uow(), engagement_id)

    def technical_leads(self) -> list[Person]:
        return contracts.technical_leads(self.workbench.uow())

    def edit(self, engagement_id: str, changes: dict[str, Any], text: str) -> bool:
        """Change fields of the review (recording it on the first edit); undo puts the old values back, or removes
        the review again when the edit recorded it."""
        wb = self.workbench
        held = self.review(engagement_id)
        new = replace(held or ContractReview(), **changes)
        if held is not None and all(getattr(held, name) == value for name, value in changes.items()):
            return True
        if held is None:
            undo = lambda: contracts.remove_review(wb.uow(), engagement_id, wb.actor)  # noqa: E731
        else:
            undo = lambda: contracts.save_review(wb.uow(), engagement_id, held, wb.actor)  # noqa: E731
        return wb.perform(text, lambda: contracts.save_review(wb.uow(), engagement_id, new, wb.actor), undo)
