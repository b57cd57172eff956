"""The emission-source dialog: where it is, what it emits, how it is recalculated, the factors and the client's figure.

The fields shown follow the method: one factor for the emission-factor and
purchased-energy methods, NCV / carbon content / oxidation rate for fuels,
streams for a mass balance.  A refusal is shown in the dialog, which stays
open with what was typed.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.engagement.engagement import Engagement
from app.domain.inventory.factors import FactorKind, FactorUse
from app.domain.inventory.sources import Category, Direction, EmissionSource, Method, Stream
from app.domain.kernel.choices import Gas
from app.domain.kernel.text import DomainError, Text
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.models.tables import exact
from app.ui.dialogs.factor_picker import FactorField

_FUEL_SLOTS = ("ncv", "carbon_per_heat", "oxidation")


def _combo(kind, current) -> QComboBox:
    combo = QComboBox()
    for member in kind:
        combo.addItem(show(member.label), member.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


class StreamsTable(QWidget):
    """Mass-balance streams: name, input/output, carbon content with its unit and source."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stream"), self.tr("In / out"), self.tr("Carbon content"), self.tr("Unit"), self.tr("Source of the value")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        add, remove = QPushButton(self.tr("Add stream")), QPushButton(self.tr("Remove stream"))
        add.clicked.connect(lambda: self.add_row(Stream("", Direction.IN, FactorUse(0.0, "tC/t"))))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, stream: Stream) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(stream.name)
        name.setData(256, stream.id)
        self.table.setItem(row, 0, name)
        self.table.setCellWidget(row, 1, _combo(Direction, stream.direction))
        carbon = stream.carbon
        self.table.setItem(row, 2, QTableWidgetItem("" if carbon is None else exact(carbon.value)))
        self.table.setItem(row, 3, QTableWidgetItem("tC/t" if carbon is None else carbon.unit))
        self.table.setItem(row, 4, QTableWidgetItem("" if carbon is None else carbon.source))

    def set_streams(self, streams: tuple[Stream, ...]) -> None:
        self.table.setRowCount(0)
        for stream in streams:
            self.add_row(stream)

    def streams(self) -> tuple[Stream, ...]:
        out = []
        for row in range(self.table.rowCount()):
            text = lambda column: (self.table.item(row, column).text() if self.table.item(row, column) else "").strip()  # noqa: E731
            try:
                value = float(text(2).replace(",", ""))
            except ValueError:
                raise DomainError(
                    Text(f"第 {row + 1} 股物料的含碳量不是数字。", f"The carbon content of stream {row + 1} is not a number."), "streams"
                ) from None
            out.append(
                Stream(
                    text(0), Direction(self.table.cellWidget(row, 1).currentData()), FactorUse(value, text(3), text(4)),
                    self.table.item(row, 0).data(256),
                )
            )
        return tuple(out)


class SourceDialog(QDialog):
    """Add or edit one emission source; ``saved`` is True once the workbench stored it."""

    def __init__(self, workbench: Workbench, engagement: Engagement, source: EmissionSource | None, parent=None):
        super().__init__(parent)
        self.workbench, self.engagement = workbench, engagement
        self.original = source or EmissionSource("")
        self.saved = False
        self.setWindowTitle(self.tr("Emission source") if source else self.tr("New emission source"))
        self.resize(760, 640)
        s = self.original
        self.name, self.emission_unit, self.equipment = QLineEdit(s.name), QLineEdit(s.emission_unit), QLineEdit(s.equipment)
        self.site = QComboBox()
        self.site.addItem("—", "")
        for site in engagement.sites:
            self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(s.site_id)))
        self.category, self.method, self.gas = _combo(Category, s.category), _combo(Method, s.method), _combo(Gas, s.gas)
        self.species = QComboBox()
        self.species.setEditable(True)
        self.factor = FactorField(workbench, FactorKind.GRID if s.method is Method.ENERGY else FactorKind.EMISSION)
        self.fuel = {slot: FactorField(workbench, kind) for slot, kind in zip(_FUEL_SLOTS, (FactorKind.NCV, FactorKind.CARBON_PER_HEAT, FactorKind.OXIDATION))}
        self.fuel_button = QPushButton(self.tr("Fuel defaults from the library…"))
        self.fuel_button.clicked.connect(self._pick_fuel)
        self.streams = StreamsTable()
        self.streams.set_streams(s.streams)
        self.reported = QLineEdit("" if s.reported is None else exact(s.reported))
        self.reported.setPlaceholderText(self.tr("blank: the client reported no figure for this source"))
        self.note = QLineEdit(s.note)
        self.message = QLabel()
        self.message.setObjectName("source_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        rows = [
            (self.tr("Name"), self.name), (self.tr("Site"), self.site), (self.tr("Emission unit"), self.emission_unit),
            (self.tr("Equipment"), self.equipment), (self.tr("Category"), self.category), (self.tr("Method"), self.method),
            (self.tr("Gas"), self.gas), (self.tr("Species"), self.species), (self.tr("Emission factor"), self.factor),
            ("", self.fuel_button), (self.tr("Net calorific value"), self.fuel["ncv"]),
            (self.tr("Carbon content per unit heat"), self.fuel["carbon_per_heat"]),
            (self.tr("Oxidation rate"), self.fuel["oxidation"]), (self.tr("Streams"), self.streams),
            (self.tr("Reported by the client (tCO₂e)"), self.reported), (self.tr("Note"), self.note),
        ]
        for label, widget in rows:
            self.form.addRow(label, widget)
        self.factor.set_use(s.factor)
        for slot, field in self.fuel.items():
            field.set_use(getattr(s, slot))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.method.currentIndexChanged.connect(self._follow_method)
        self.gas.currentIndexChanged.connect(self._follow_gas)
        self._follow_method()
        self._follow_gas()
        if s.species:
            self.species.setCurrentText(s.species)

    def _follow_method(self) -> None:
        method = Method(self.method.currentData())
        self.factor.kind = FactorKind.GRID if method is Method.ENERGY else FactorKind.EMISSION
        self.form.setRowVisible(self.factor, method in (Method.FACTOR, Method.ENERGY))
        for widget in (self.fuel_button, *self.fuel.values()):
            self.form.setRowVisible(widget, method is Method.FUEL)
        self.form.setRowVisible(self.streams, method is Method.MASS_BALANCE)

    def _follow_gas(self) -> None:
        gas = Gas(self.gas.currentData())
        needs = gas in (Gas.HFCS, Gas.PFCS)
        self.species.clear()
        if needs:
            table = self.workbench.gwp_table()
            for formula in table.species(gas):
                self.species.addItem(f"{table.names[formula]}", table.names[formula])
        self.form.setRowVisible(self.species, needs)

    def _pick_fuel(self) -> None:
        """Take NCV, carbon content and oxidation rate of one fuel together from the shipped defaults."""
        chosen = self.fuel["ncv"].pick()
        if chosen is None or not chosen.group:
            return
        for factor in self.workbench.factor_library():
            if factor.group == chosen.group and factor.kind is FactorKind.CARBON_PER_HEAT:
                self.fuel["carbon_per_heat"].set_use(factor.use())
            if factor.group == chosen.group and factor.kind is FactorKind.OXIDATION:
                self.fuel["oxidation"].set_use(factor.use())

    def source(self) -> EmissionSource:
        """The source as typed, or a DomainError naming the field at fault."""
        method = Method(self.method.currentData())
        factors: dict[str, FactorUse | None] = {"factor": None, "ncv": None, "carbon_per_heat": None, "oxidation": None}
        fields = {"factor": self.factor} if method in (Method.FACTOR, Method.ENERGY) else self.fuel if method is Method.FUEL else {}
        for slot, field in fields.items():
            try:
                factors[slot] = field.use()
            except ValueError:
                raise DomainError(Text("因子的数值不是数字。", "A factor's value is not a number."), slot) from None
        reported_text = self.reported.text().strip().replace(",", "")
        try:
            reported = float(reported_text) if reported_text else None
        except ValueError:
            raise DomainError(Text("客户报告的排放量不是数字。", "The client's reported figure is not a number."), "reported") from None
        gas = Gas(self.gas.currentData())
        return replace(
            self.original, name=self.name.text(), site_id=self.site.currentData(), emission_unit=self.emission_unit.text().strip(),
            equipment=self.equipment.text().strip(), category=Category(self.category.currentData()), method=method, gas=gas,
            species=self.species.currentText().strip() if gas in (Gas.HFCS, Gas.PFCS) else "",
            streams=self.streams.streams() if method is Method.MASS_BALANCE else (), reported=reported,
            note=self.note.text().strip(), **factors,
        ).validated()

    def accept(self) -> None:
        try:
            source = self.source()
        except DomainError as error:
            self.message.setText(show(error.message))
            return
        refusals: list[DomainError] = []
        self.workbench.error.connect(refusals.append)
        try:
            text = self.tr("Edit emission source") if self.original.name else self.tr("Add emission source")
            self.saved = self.workbench.save_source(self.engagement.id, source, text)
        finally:
            self.workbench.error.disconnect(refusals.append)
        if self.saved:
            self.source_id = source.id
            super().accept()
        elif refusals:
            self.message.setText(show(refusals[0].message))
