"""The scope page: programme, period, assurance, materiality, the dates (site visit, statement), sector codes, criteria,
gases and sites."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from app.domain.engagement.engagement import ASSURANCE_FIELDS, Site, gives_assurance, no_assurance
from app.domain.lifecycle.gates import planning_gaps
from app.ui.i18n import show
from app.ui.pages.base import Page
from app.ui.pages.child_editor import ChildEditor
from app.ui.widgets.field_specs import basics_specs, date_specs, scope_specs, site_specs
from app.ui.widgets.forms import FieldForm


class ScopePage(Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Scope")
        self.basics = FieldForm(basics_specs())
        self.dates = FieldForm(date_specs())  # site visit from/to and the statement date
        self._programme = None
        self.scope: FieldForm | None = None
        self.sites = ChildEditor(
            workbench,
            [(self.tr("Site"), lambda s: s.name), (self.tr("Address"), lambda s: s.address)],
            site_specs(),
            lambda: Site(self.tr("New site")),
            {"add": self.tr("Add site"), "remove": self.tr("Remove site"), "edit": self.tr("Edit site")},
        )
        body = QWidget()
        self.columns = QHBoxLayout(body)
        left = QGroupBox(self.tr("Engagement"))
        QVBoxLayout(left).addWidget(self.basics)
        self.right = QGroupBox(self.tr("Scope and criteria"))
        self.right_layout = QVBoxLayout(self.right)
        dates = QGroupBox(self.tr("Dates"))
        QVBoxLayout(dates).addWidget(self.dates)
        sites = QGroupBox(self.tr("Sites"))
        QVBoxLayout(sites).addWidget(self.sites)
        left_column = QVBoxLayout()
        left_column.addWidget(left)
        left_column.addWidget(dates)
        left_column.addWidget(sites)
        left_column.addStretch()
        self.columns.addLayout(left_column, 1)
        self.columns.addWidget(self.right, 1)
        self.set_body(body)
        self.basics.edited.connect(self._edited)
        self.dates.edited.connect(self._edited)

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        if engagement.programme != self._programme:
            self._programme = engagement.programme
            if self.scope is not None:
                self.scope.deleteLater()
            self.scope = FieldForm(scope_specs(engagement.programme))
            self.scope.edited.connect(self._edited)
            self.right_layout.addWidget(self.scope)
        self.forms = [self.basics, self.dates, self.scope, self.sites.form]
        for form in (self.basics, self.dates, self.scope):
            form.set_values({name: getattr(engagement, name) for name in form.widgets})
        for name in ASSURANCE_FIELDS:  # agreed-upon procedures state no level of assurance and weigh no materiality
            self.basics.layout().setRowVisible(self.basics.widgets[name].parentWidget(), gives_assurance(engagement.programme))
        self.sites.set_items(engagement.id, engagement.sites)

    def _edited(self, field: str, value) -> None:
        changes = {field: value}
        if field == "programme" and self.engagement.technical_areas:
            changes["technical_areas"] = ()  # codes of the old programme's family no longer apply
        if field == "programme" and not gives_assurance(value):
            changes.update(no_assurance())  # stated with the change, so its undo gives the old assurance back
        self.workbench.edit_engagement_fields(self.engagement.id, changes, self.tr("Edit scope"))

    def blockers(self) -> list[str]:
        return [show(gap) for gap in planning_gaps(self.engagement, self.client)["scope"]]
