"""The field-work use cases as the UI runs them: through the workbench, so each is undoable and refusals reach ``error``."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain.fieldwork.checklists import Checklist, ChecklistItem, Template
from app.services import fieldwork
from app.ui.commands.workbench import Workbench


class FieldworkBench:
    def __init__(self, workbench: Workbench):
        self.workbench = workbench

    def records(self, engagement_id: str, kind: str) -> list[Any]:
        return fieldwork.records(self.workbench.uow(), engagement_id, kind)

    def add_checklist(self, engagement_id: str, template: Template, text: str) -> Checklist | None:
        checklist = Checklist.from_template(template)
        return checklist if self.workbench.add_child(engagement_id, checklist, text) else None

    def answer(self, engagement_id: str, checklist: Checklist, item: ChecklistItem, changes: dict[str, Any], text: str) -> bool:
        """Answer an item; undo puts its earlier answer back."""
        wb = self.workbench
        old = {name: getattr(item, name) for name in changes}
        return wb.perform(
            text,
            lambda: fieldwork.answer_item(wb.uow(), engagement_id, checklist.id, item.id, changes, wb.actor),
            lambda: fieldwork.answer_item(wb.uow(), engagement_id, checklist.id, item.id, old, wb.actor),
        )

    def raise_finding(self, engagement_id: str, checklist: Checklist, item: ChecklistItem, text: str) -> bool:
        """Raise the item's finding; undo withdraws it (and the item's link) again."""
        wb = self.workbench
        raised: list = []  # the finding, kept so a redo stores the same one (its id and number)

        def do() -> None:
            raised[:] = [fieldwork.raise_from_item(wb.uow(), engagement_id, checklist.id, item.id, wb.actor, date.today(),
                                                   raised[0] if raised else None)]

        return wb.perform(text, do, lambda: fieldwork.withdraw_item_finding(wb.uow(), engagement_id, checklist.id, item.id, wb.actor))
