"""The man-day page: seed 001 Annex A, the plan, and the 20 % document-review check."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

from app.domain.engagement.mandays import ANNEX_A, ManDayPlan
from app.domain.kernel.text import DomainError
from app.ui.i18n import show
from app.ui.pages.base import Page
from app.ui.widgets.field_specs import man_day_specs
from app.ui.widgets.forms import FieldForm


class ManDaysPage(Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Man-days")
        table = QTableWidget(len(ANNEX_A), 5)
        table.setHorizontalHeaderLabels(
            [self.tr("GHG sources"), self.tr("Document review"), self.tr("Site verification"), self.tr("Statement and report"), self.tr("Total")]
        )
        by_case = self.tr("by case")
        for row, band in enumerate(ANNEX_A):
            sources = f"{band.sources_min}–{band.sources_max}" if band.sources_max else f"> {band.sources_min - 1}"
            site = f"{band.site_min:g}–{band.site_max:g}" if band.site_min is not None else by_case
            report = f"{band.report:g}" if band.report is not None else by_case
            total = f"{band.total_min:g}–{band.total_max:g}" if band.total_min is not None else by_case
            for col, text in enumerate((sources, f"{band.document_review:g}", site, report, total)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.setMaximumHeight(130)
        annex = QGroupBox(self.tr("CICC-ZY/GZ-21 Annex A: carbon-neutrality verification man-days"))
        QVBoxLayout(annex).addWidget(table)

        self.form = FieldForm(man_day_specs())
        self.forms = [self.form]
        self.suggest = QPushButton(self.tr("Use Annex A figures"))
        self.suggest.setObjectName("suggest_man_days")
        self.checks = QLabel()
        self.checks.setObjectName("man_day_checks")
        self.checks.setWordWrap(True)
        plan = QGroupBox(self.tr("Plan"))
        plan_layout = QVBoxLayout(plan)
        plan_layout.addWidget(self.form)
        plan_layout.addWidget(self.suggest)
        plan_layout.addWidget(self.checks)
        layout = QVBoxLayout(self)
        layout.addWidget(annex)
        layout.addWidget(plan)
        layout.addStretch()
        self.form.edited.connect(self._edited)
        self.suggest.clicked.connect(self._suggest)

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        plan = engagement.man_days
        self.form.set_values(asdict(plan) if plan else {"source_count": 0, "document_review": 0, "site": 0, "report": 0, "justification": ""})
        if plan is None:
            self.checks.setText(self.tr("No plan yet: enter the number of GHG sources, then use the Annex A figures."))
            return
        lines = [
            self.tr("Total: %1 man-days; document review %2 % of it (at most 20 %).")
            .replace("%1", f"{plan.total:g}")
            .replace("%2", f"{plan.document_review_share * 100:.0f}")
        ]
        lines += ["• " + show(d) for d in plan.deviations()]
        self.checks.setText("\n".join(lines))

    def _plan_with(self, field: str, value) -> ManDayPlan:
        current = asdict(self.engagement.man_days) if self.engagement.man_days else self.form.values()
        return ManDayPlan(**{**current, field: value})

    def _edited(self, field: str, value) -> None:
        if self.engagement.man_days is None and field != "source_count":
            return
        try:
            plan = ManDayPlan.suggested(value) if self.engagement.man_days is None else self._plan_with(field, value)
        except DomainError as error:
            self.workbench.error.emit(error)
            return
        self.workbench.edit_engagement(self.engagement.id, "man_days", plan, self.tr("Edit man-days"))

    def _suggest(self) -> None:
        count = self.form.value("source_count")
        try:
            plan = ManDayPlan.suggested(count)
        except DomainError as error:
            self.workbench.error.emit(error)
            return
        self.workbench.edit_engagement(self.engagement.id, "man_days", plan, self.tr("Use Annex A man-days"))

    def blockers(self) -> list[str]:
        return [] if self.engagement.man_days else [self.tr("man-days not set")]

    def show_refusal(self, error: DomainError) -> bool:
        field = (error.field or "").removeprefix("man_days.")
        return self.form.show_error(field, show(error.message))
