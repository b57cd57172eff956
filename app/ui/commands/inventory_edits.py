"""The inventory's edits as the Workbench runs them: sources, records, imports and factors, each undoable.

Mixed into :class:`~app.ui.commands.workbench.Workbench` (which has ``uow``, ``actor``, ``perform``,
``perform_later``, ``error`` and ``touched_source``).  Like the rest of the Workbench, the use cases are imported
inside the methods; the modules are in :data:`~app.ui.commands.workbench.USE_CASES`, imported by the store-opening
thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from app.domain.kernel.text import DomainError

if TYPE_CHECKING:
    from app.domain.inventory.data_request import ImportPlan
    from app.domain.inventory.factors import Factor
    from app.domain.inventory.reported_import import ColumnMapping, ReportedPlan
    from app.domain.inventory.snapshot import Calculation
    from app.domain.inventory.sources import EmissionSource


class InventoryEdits:
    """The inventory's part of the Workbench."""

    def calculate(self, engagement_id: str) -> Calculation:
        from app.services import inventory as inventory_services

        return inventory_services.calculate(self.uow(), engagement_id)

    def factor_library(self) -> list[Factor]:
        from app.services import inventory as inventory_services

        return inventory_services.factor_library(self.uow())

    def gwp_table(self):
        from app.services import inventory as inventory_services

        return inventory_services.gwp_table(self.uow())

    def save_source(self, engagement_id: str, source: EmissionSource, text: str) -> bool:
        """Add or change a source; undo removes the new one or puts the old version back."""
        from app.services import inventory as inventory_services

        old = inventory_services.find_source(self.uow(), source.id)
        uow, actor = self.uow, self.actor
        if old is None:
            undo = lambda: inventory_services.remove_source(uow(), engagement_id, source.id, actor)  # noqa: E731
        else:
            undo = lambda: inventory_services.save_source(uow(), engagement_id, old, actor)  # noqa: E731
        def touching(action: Callable[[], Any]) -> Callable[[], Any]:
            def done() -> Any:
                self.touched_source = source.id  # the page re-totals this source alone
                return action()
            return done

        return self.perform(text, touching(lambda: inventory_services.save_source(uow(), engagement_id, source, actor)),
                            touching(undo) if old is not None else undo)

    def remove_source(self, engagement_id: str, source: EmissionSource, text: str) -> bool:
        from app.services import inventory as inventory_services

        uow, actor = self.uow, self.actor
        removed: list = []

        def do() -> None:
            removed[:] = inventory_services.remove_source(uow(), engagement_id, source.id, actor)

        return self.perform(
            text, do, lambda: inventory_services.restore_source(uow(), engagement_id, *removed, actor)
        )

    def records_of(self, source_id: str) -> list:
        from app.services import inventory as inventory_services

        return inventory_services.records_of(self.uow(), source_id)

    def save_records(self, engagement_id: str, source_id: str, records: list, removed: list[str], text: str,
                     parent=None) -> bool:
        """Add, change and remove a source's records in one stored edit; undo restores them all.

        While ``changed`` is emitted, ``touched_source`` names the source, so a
        page can re-total that source alone.  Given a ``parent`` (a paste of many rows), the edit, its undo and its
        redo are stored in the background over it (True: started).
        """
        from app.services import inventory as inventory_services

        uow, actor = self.uow, self.actor
        outcome: list = [[], []]

        def do() -> None:
            self.touched_source = source_id
            outcome[:] = inventory_services.save_records(uow(), engagement_id, source_id, records, removed, actor)

        def undo() -> None:
            self.touched_source = source_id
            before, added = outcome
            inventory_services.save_records(uow(), engagement_id, source_id, before, [r.id for r in added], actor)

        if parent is not None:
            return self.perform_later(text, do, undo, parent) is not None
        return self.perform(text, do, undo)

    def plan_import(self, engagement_id: str, path: str) -> ImportPlan:
        """What importing a filled-in data request would change (raises DomainError naming every bad cell)."""
        from app.domain.inventory.data_request import plan_import
        from app.services import inventory as inventory_services

        from app.reports.data_request import DATA_SHEET
        from app.reports.workbook_reader import read_rows

        sheet, rows = read_rows(path, DATA_SHEET)
        return plan_import(inventory_services.load_inventory(self.uow(), engagement_id), sheet, rows)

    def apply_import(self, engagement_id: str, plan: ImportPlan, text: str, parent, done: Callable[[bool], None]):
        """Store a planned import in one transaction, in the background; undo puts the old records back and removes
        the new ones (in the background too); ``done(stored)`` after."""
        from app.services import inventory as inventory_services

        uow, actor = self.uow, self.actor
        outcome: list = [[], []]

        def do() -> None:
            outcome[:] = inventory_services.put_records(uow(), engagement_id, plan.records, [], actor)

        def undo() -> None:
            before, added = outcome
            inventory_services.put_records(uow(), engagement_id, before, [r.id for r in added], actor)

        return self.perform_later(text, do, undo, parent, done)

    def plan_reported(self, engagement_id: str, path: str, mapping: ColumnMapping) -> ReportedPlan:
        from app.domain.inventory.reported_import import plan_reported
        from app.services import inventory as inventory_services

        from app.reports.workbook_reader import read_rows

        _sheet, rows = read_rows(path, mapping.sheet)
        return plan_reported(inventory_services.load_inventory(self.uow(), engagement_id).sources, mapping, rows)

    def apply_reported(self, engagement_id: str, plan: ReportedPlan, text: str) -> bool:
        from app.services import inventory as inventory_services

        uow, actor = self.uow, self.actor
        before: dict = {}

        def do() -> None:
            before.update(inventory_services.set_reported(uow(), engagement_id, plan.figures, actor))

        return self.perform(text, do, lambda: inventory_services.set_reported(uow(), engagement_id, dict(before), actor))

    def save_factor(self, factor: Factor) -> Factor | None:
        from app.services import inventory as inventory_services

        try:
            saved = inventory_services.save_factor(self.uow(), factor, self.actor)
        except DomainError as error:
            self.error.emit(error)
            return None
        return saved
