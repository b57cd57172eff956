"""The footprint page of an ISO 14067 engagement (P03): the product with its functional or declared unit, reference
flow, system boundary, allocation and cut-off criteria; the inputs and outputs of each life-cycle stage (factors from
the library or the verifier's own); the co-products and their shares; and the result per unit by stage, its fossil /
biogenic / land-use-change split and its sensitivity to the allocation, with the workbook and the footprint
verification statement.  Shown only for the ISO 14067 programme; every field is saved when it is left.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.footprint.footprint import (
    AllocationMethod, Boundary, Carbon, CoProduct, Direction, Flow, LifeStage, ProductFootprint, UnitKind,
)
from app.domain.inventory.factors import FactorKind, FactorUse
from app.domain.inventory.sources import Category, EmissionSource, Method
from app.domain.kernel.choices import Gas
from app.domain.statement.programme_parts import FOOTPRINT
from app.services import footprint as footprint_services
from app.ui.i18n import show
from app.ui.pages.base import LazyPage
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldForm, FieldSpec


def product_specs() -> list[FieldSpec]:
    return [
        FieldSpec("product", QCoreApplication.translate("FootprintPage", "Product")), FieldSpec("unit_kind", QCoreApplication.translate("FootprintPage", "Unit"), "choice", options(UnitKind)),
        FieldSpec("unit_text", QCoreApplication.translate("FootprintPage", "Functional or declared unit")),
        FieldSpec("reference_flow", QCoreApplication.translate("FootprintPage", "Reference flow (units the data cover)"), "number", decimals=4),
        FieldSpec("boundary", QCoreApplication.translate("FootprintPage", "System boundary"), "choice", options(Boundary)),
        FieldSpec("allocation", QCoreApplication.translate("FootprintPage", "Allocation method"), "choice", options(AllocationMethod)),
        FieldSpec("allocation_reason", QCoreApplication.translate("FootprintPage", "Why this allocation"), "text"),
        FieldSpec("cutoff_flow_pct", QCoreApplication.translate("FootprintPage", "Cut-off per flow"), "number", suffix=" %"),
        FieldSpec("cutoff_total_pct", QCoreApplication.translate("FootprintPage", "Cut-off in total"), "number", suffix=" %"), FieldSpec("cutoff_text", QCoreApplication.translate("FootprintPage", "Cut-off criteria"), "text"),
    ]


def flow_specs(factors, fuels) -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("FootprintPage", "Input or output")), FieldSpec("stage", QCoreApplication.translate("FootprintPage", "Life-cycle stage"), "choice", options(LifeStage)),
        FieldSpec("direction", QCoreApplication.translate("FootprintPage", "Direction"), "choice", options(Direction)), FieldSpec("carbon", QCoreApplication.translate("FootprintPage", "Carbon"), "choice", options(Carbon)),
        FieldSpec("quantity", QCoreApplication.translate("FootprintPage", "Quantity"), "number", decimals=4), FieldSpec("unit", QCoreApplication.translate("FootprintPage", "Unit")),
        FieldSpec("allocated", QCoreApplication.translate("FootprintPage", "Shared with co-products (allocated)"), "bool"), FieldSpec("included", QCoreApplication.translate("FootprintPage", "Included (not cut off)"), "bool"),
        FieldSpec("justification", QCoreApplication.translate("FootprintPage", "Why cut off"), "text"),
        FieldSpec("method", QCoreApplication.translate("FootprintPage", "Calculation"), "choice", tuple(o for o in options(Method) if o[0] != Method.MASS_BALANCE.value)),
        FieldSpec("gas", QCoreApplication.translate("FootprintPage", "Gas"), "choice", options(Gas)),
        FieldSpec("factor_id", QCoreApplication.translate("FootprintPage", "Emission factor (library)"), "choice", (("", "—"), *factors)),
        FieldSpec("fuel", QCoreApplication.translate("FootprintPage", "Fuel (library NCV, carbon content, oxidation)"), "choice", (("", "—"), *fuels)),
        FieldSpec("factor_value", QCoreApplication.translate("FootprintPage", "Own emission factor"), "number", decimals=6), FieldSpec("factor_unit", QCoreApplication.translate("FootprintPage", "Own factor's unit")),
        FieldSpec("factor_source", QCoreApplication.translate("FootprintPage", "Own factor's source")), FieldSpec("evidence", QCoreApplication.translate("FootprintPage", "Evidence")),
    ]


def coproduct_specs() -> list[FieldSpec]:
    return [
        FieldSpec("name", QCoreApplication.translate("FootprintPage", "Product or co-product")), FieldSpec("studied", QCoreApplication.translate("FootprintPage", "The product studied"), "bool"),
        FieldSpec("mass_pct", QCoreApplication.translate("FootprintPage", "Share by mass"), "number", suffix=" %"), FieldSpec("economic_pct", QCoreApplication.translate("FootprintPage", "Share by value"), "number", suffix=" %"),
        FieldSpec("physical_pct", QCoreApplication.translate("FootprintPage", "Share by physical relation"), "number", suffix=" %"), FieldSpec("basis", QCoreApplication.translate("FootprintPage", "Basis of the shares"), "text"),
    ]


class FootprintPage(LazyPage):
    part = FOOTPRINT

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Product footprint (ISO 14067)")
        self.held = None
        self._choices = None
        self.product = FieldForm(product_specs())
        self.flows = ChildEditor(workbench, [(self.tr("Name"), lambda f: f.name), (self.tr("Stage"), lambda f: show(f.stage.label)),
                                             (self.tr("Quantity"), lambda f: f"{f.quantity:g} {f.unit}"),
                                             (self.tr("Carbon"), lambda f: show(f.carbon.label)),
                                             (self.tr("Included"), lambda f: "✓" if f.included else "✗")],
                                 flow_specs((), ()), self._new_flow,
                                 {"add": self.tr("Add input or output"), "remove": self.tr("Remove input or output"),
                                  "edit": self.tr("Edit input or output")})
        self.coproducts = ChildEditor(workbench, [(self.tr("Product"), lambda c: c.name), (self.tr("Studied"), lambda c: "✓" if c.studied else ""),
                                                  (self.tr("Mass %"), lambda c: f"{c.mass_pct:g}"), (self.tr("Value %"), lambda c: f"{c.economic_pct:g}"),
                                                  (self.tr("Physical %"), lambda c: f"{c.physical_pct:g}")],
                                      coproduct_specs(), self._new_coproduct,
                                      {"add": self.tr("Add co-product"), "remove": self.tr("Remove co-product"), "edit": self.tr("Edit co-product")})
        self.stages = QTableWidget(0, 2)
        self.stages.setObjectName("footprint_stages")
        self.stages.setHorizontalHeaderLabels([self.tr("Life-cycle stage"), self.tr("kgCO₂e per unit")])
        self.stages.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("footprint_result")
        self.summary.setWordWrap(True)
        self.workbook_button = QPushButton(self.tr("Footprint workbook…"))
        self.workbook_button.setObjectName("footprint_workbook")
        self.statement_button = QPushButton(self.tr("Footprint statement (PDF)…"))
        self.statement_button.setObjectName("footprint_statement")
        body = QWidget()
        layout = QVBoxLayout(body)
        for title, widget in ((self.tr("Product, unit, boundary, allocation and cut-off"), self.product),
                              (self.tr("Inputs and outputs by life-cycle stage"), self.flows),
                              (self.tr("Allocation: the product and its co-products"), self.coproducts)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        box = QGroupBox(self.tr("Carbon footprint (kgCO₂e per unit)"))
        inner = QVBoxLayout(box)
        for widget in (self.stages, self.summary, self.workbook_button, self.statement_button):
            inner.addWidget(widget)
        layout.addWidget(box)
        self.set_body(body)
        self.product.edited.connect(self._describe)
        self.workbook_button.clicked.connect(self.write_workbook)
        self.statement_button.clicked.connect(self.write_statement)

    def load(self) -> None:
        if not self.applies(self.engagement):
            return
        held = self.held = footprint_services.footprint(self.workbench.uow(), self.engagement.id)
        self._set_choices()
        self.forms = [self.product, self.flows.form, self.coproducts.form]
        shown = held.product or ProductFootprint()
        self.product.set_values({name: getattr(shown, name) for name in self.product.widgets})
        self.flows.set_items(self.engagement.id, held.flows)
        self.coproducts.set_items(self.engagement.id, held.coproducts)
        self._show_result()

    def _set_choices(self) -> None:
        library = self.workbench.factor_library()
        factors = tuple((f.id, f"{show(f.name)}  {f.value:g} {f.unit}") for f in library if f.kind in (FactorKind.EMISSION, FactorKind.GRID))
        fuels = tuple((f.id.removesuffix("ncv"), show(f.name)) for f in library if f.kind is FactorKind.NCV and f.id.endswith("/ncv"))
        if (factors, fuels) != self._choices:
            self._choices = (factors, fuels)
            self.flows.set_specs(flow_specs(factors, fuels))

    def _show_result(self) -> None:
        result, product = self.held.result, self.held.product or ProductFootprint()
        stages = result.by_stage()
        inside = product.boundary.stages
        self.stages.setRowCount(len(inside) + 1)
        for row, (label, value) in enumerate([(show(s.label), stages[s]) for s in inside] + [(self.tr("Total"), result.per_unit)]):
            self.stages.setItem(row, 0, QTableWidgetItem(label))
            self.stages.setItem(row, 1, QTableWidgetItem("—" if value is None else f"{value:,.3f}"))
        self.stages.resizeColumnsToContents()
        lines = []
        if result.per_unit is not None:
            split = result.by_carbon()
            lines.append(self.tr("%1 kgCO₂e per unit (%2): fossil %3, biogenic %4, land-use change %5; cut off %6 %.")
                         .replace("%1", f"{result.per_unit:,.3f}").replace("%2", show(result.method.label))
                         .replace("%3", f"{split[Carbon.FOSSIL]:,.3f}").replace("%4", f"{split[Carbon.BIOGENIC]:,.3f}")
                         .replace("%5", f"{split[Carbon.LAND_USE_CHANGE]:,.3f}").replace("%6", f"{result.cut_off_pct:.2f}"))
            lines.append(self.tr("Sensitivity to the allocation: ") + "; ".join(
                f"{show(m.label)} {kg:,.3f}" for m, kg in result.sensitivity.items()))
        lines += ["⚠ " + show(problem) for problem in result.problems]
        self.summary.setText("\n".join(lines))

    def _new_flow(self) -> Flow:
        own = FactorUse(0.0, "kgCO2e/t", self.tr("the verifier's own"))
        return Flow(EmissionSource(self.tr("New input or output"), Category.GOODS, Method.FACTOR, factor=own))

    def _new_coproduct(self) -> CoProduct:
        return CoProduct(self.tr("New co-product"), studied=not (self.held and self.held.coproducts))

    def _describe(self, field: str, value) -> None:
        wb, engagement_id = self.workbench, self.engagement.id
        held = self.held.product if self.held else None
        if held is not None and getattr(held, field) == value:
            return
        new = replace(held or ProductFootprint(), **{field: value})
        undo = ((lambda: footprint_services.remove(wb.uow(), engagement_id, new, wb.actor)) if held is None
                else (lambda: footprint_services.save(wb.uow(), engagement_id, held, wb.actor)))
        wb.perform(self.tr("Edit product footprint"), lambda: footprint_services.save(wb.uow(), engagement_id, new, wb.actor), undo)

    def write_workbook(self) -> None:
        from app.reports.footprint_workbook import export_footprint_workbook

        path = self.ask_save_path(f"{self.engagement.code}-footprint.xlsx", self.tr("Workbook (*.xlsx)"))
        if path:
            held = footprint_services.workbook(self.workbench.uow(), self.engagement.id)
            self.workbench.report(lambda: export_footprint_workbook(path, held, datetime.now().astimezone()))

    def write_statement(self) -> None:
        """The footprint verification statement, bilingual; refused (and said why) while there is no result."""
        from app.reports.footprint_statement_pdf import write_footprint_statement

        path = self.ask_save_path(f"{self.engagement.code}-footprint-statement.pdf", self.tr("PDF (*.pdf)"))
        if path:
            held = footprint_services.workbook(self.workbench.uow(), self.engagement.id)
            self.workbench.report(lambda: write_footprint_statement(path, held, datetime.now().astimezone()))
