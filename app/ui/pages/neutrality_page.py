"""The carbon-neutrality page: offsets retired against the period's emissions, each with why it does or does not count."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.domain.inventory.neutrality import Offset, OffsetKind
from app.domain.statement.programme_parts import NEUTRALITY
from app.ui.i18n import show
from app.ui.models.inventory import tonnes
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import offset_specs


class NeutralityPage(LazyPage):
    part = NEUTRALITY

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Carbon neutrality")
        self.problems: dict[str, list] = {}
        self.balance = QLabel()
        self.balance.setObjectName("neutrality_balance")
        self.balance.setWordWrap(True)
        self.editor = ChildEditor(
            workbench,
            [
                (self.tr("Kind"), lambda o: show(OffsetKind(o.kind).label)),
                (self.tr("Registry"), lambda o: o.registry),
                (self.tr("Serial numbers"), lambda o: f"{o.serial_first} … {o.serial_last}" if o.serial_first else ""),
                (self.tr("Vintage"), lambda o: "" if o.vintage is None else str(o.vintage)),
                (self.tr("tCO₂e"), lambda o: f"{o.quantity:,.2f}"),
                (self.tr("Retired on"), lambda o: o.retired_on.isoformat() if o.retired_on else ""),
                (self.tr("Counts?"), self._counts),
            ],
            offset_specs(),
            lambda: Offset(OffsetKind.CCER, quantity=1.0),
            {"add": self.tr("Add offset"), "remove": self.tr("Remove offset"), "edit": self.tr("Edit offset")},
        )
        self.editor.table.setMaximumHeight(240)
        self.forms = [self.editor.form]
        rules = QLabel(
            self.tr(
                "ISO 14068-1: only issued, retired (ex-post) credits count: the vintage no later than the retirement, retired "
                "no later than 12 months after the end of the period they offset, on behalf of this client (the beneficiary is "
                "the client's name), with the retirement evidence kept; a serial range can be used once in the whole store."
            )
        )
        rules.setWordWrap(True)
        rules.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addWidget(rules)
        layout.addWidget(self.editor)

    def _counts(self, offset: Offset) -> str:
        problems = self.problems.get(offset.id, [])
        return "✓" if not problems else "✗ " + " ".join(show(p) for p in problems)

    def load(self) -> None:
        calculation = self.workbench.calculate(self.engagement.id)
        balance = calculation.balance
        self.problems = balance.problems
        self.editor.set_items(self.engagement.id, calculation.inventory.offsets)
        text = self.tr("Verified emissions %1 · eligible offsets %2 · not counted %3 (tCO₂e)").replace(
            "%1", tonnes(balance.emissions)).replace("%2", tonnes(balance.eligible)).replace("%3", tonnes(balance.ineligible))
        estimates = calculation.results.estimates
        if estimates:
            text += "\n" + self.tr("Verified emissions include the conservative estimates %1").replace(
                "%1", ", ".join(f"{e.label} +{tonnes(e.tonnes)}" for e in estimates))
        if not balance.complete:
            verdict, colour = self.tr("Cannot conclude: some emission sources have no result yet (see the Inventory page)."), "#9a5b00"
        elif balance.neutral:
            verdict, colour = self.tr("✓ Carbon neutral for the period."), "#1b6e20"
        else:
            verdict, colour = self.tr("✗ Not neutral: shortfall of %1 tCO₂e.").replace("%1", tonnes(balance.shortfall)), "#b00020"
        self.balance.setText(f"{text}\n{verdict}")
        self.balance.setStyleSheet(f"color: {colour}; font-weight: bold;")
