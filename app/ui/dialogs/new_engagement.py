"""The "New engagement" wizard: client, basics, scope — each page checked by the domain before moving on."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QRadioButton, QVBoxLayout, QWizard, QWizardPage

from app.domain.engagement.engagement import ASSURANCE_FIELDS, DEFAULT_MATERIALITY_PCT, Engagement, gives_assurance
from app.domain.engagement.organisation import Organisation
from app.domain.kernel.choices import Assurance, BoundaryApproach, Gas, GwpReport, Programme
from app.domain.kernel.text import DomainError
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.widgets.field_specs import basics_specs, client_specs, scope_specs
from app.ui.widgets.forms import FieldForm


def _refuse(form: FieldForm, error: DomainError, banner: QLabel) -> bool:
    """Show a refusal under its field, or in the page's banner; always returns False."""
    form.clear_errors()
    if not form.show_error(error.field, show(error.message)):
        banner.setText(show(error.message))
        banner.show()
    return False


def _banner() -> QLabel:
    label = QLabel()
    label.setObjectName("banner")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class ClientStep(QWizardPage):
    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Client"))
        self.setSubTitle(self.tr("Who is being verified? Pick a client you have worked with, or enter a new one."))
        self.clients = workbench.clients()
        self.existing = QRadioButton(self.tr("Existing client"))
        self.existing.setObjectName("existing_client")
        self.new = QRadioButton(self.tr("New client"))
        self.new.setObjectName("new_client")
        self.picker = QComboBox()
        self.picker.setObjectName("client_picker")
        for client in self.clients:
            self.picker.addItem(f"{client.display_name('zh')} / {client.name_en}".strip(" /"), client.id)
        self.form = FieldForm(client_specs())
        self.banner = _banner()
        layout = QVBoxLayout(self)
        for widget in (self.existing, self.picker, self.new, self.form, self.banner):
            layout.addWidget(widget)
        self.existing.toggled.connect(self._switch)
        (self.existing if self.clients else self.new).setChecked(True)
        self.existing.setEnabled(bool(self.clients))
        self._switch()

    def _switch(self) -> None:
        self.picker.setEnabled(self.existing.isChecked())
        self.form.setEnabled(self.new.isChecked())

    def new_client(self) -> Organisation | None:
        return Organisation(**self.form.values()) if self.new.isChecked() else None

    def client_id(self) -> str | None:
        return self.picker.currentData() if self.existing.isChecked() else None

    def validatePage(self) -> bool:
        self.banner.hide()
        client = self.new_client()
        if client is not None:
            try:
                client.validate()
            except DomainError as error:
                return _refuse(self.form, error, self.banner)
        self.form.clear_errors()
        return True


class BasicsStep(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Engagement"))
        self.form = FieldForm(basics_specs())
        last_year = date.today().year - 1
        self.form.set_values(
            {
                "programme": Programme.ISO_14064_1.value,
                "period_start": date(last_year, 1, 1),
                "period_end": date(last_year, 12, 31),
                "boundary_approach": BoundaryApproach.OPERATIONAL_CONTROL.value,
                "assurance": Assurance.REASONABLE.value,
                "materiality_pct": DEFAULT_MATERIALITY_PCT,
                "gwp_report": GwpReport.AR6.value,
            }
        )
        self.banner = _banner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.banner)
        self.form.widgets["programme"].currentIndexChanged.connect(self._programme_changed)
        self._programme_changed()

    def _programme_changed(self) -> None:
        """Agreed-upon procedures state no level of assurance and weigh no materiality: their rows go."""
        assured = gives_assurance(self.form.value("programme"))
        for name in ASSURANCE_FIELDS:
            self.form.layout().setRowVisible(self.form.widgets[name].parentWidget(), assured)
        self.setSubTitle(self.tr("Programme, period, level of assurance and materiality.") if assured
                         else self.tr("Programme and period (agreed-upon procedures give no opinion and no level of assurance)."))

    def values(self) -> dict:
        """The fields the programme asks for (none of the assurance fields when it gives no assurance)."""
        values = self.form.values()
        if not gives_assurance(values["programme"]):
            for name in ASSURANCE_FIELDS:
                del values[name]
        return values

    def validatePage(self) -> bool:
        self.banner.hide()
        try:
            Engagement(organisation_id="-", **self.values()).validate()
        except DomainError as error:
            return _refuse(self.form, error, self.banner)
        self.form.clear_errors()
        return True


class ScopeStep(QWizardPage):
    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.setTitle(self.tr("Scope"))
        self.setSubTitle(self.tr("Sector codes, criteria, gases, objectives and boundaries. All can be changed later."))
        self.form: FieldForm | None = None
        self.banner = _banner()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.banner)
        self.created_id: str | None = None

    def initializePage(self) -> None:
        programme = self.wizard().basics.form.value("programme")
        if self.form is not None:
            self.form.deleteLater()
        self.form = FieldForm(scope_specs(programme))
        self.form.set_values({"ghgs": (Gas.CO2.value,), "criteria": ("ISO 14064-3:2019",)})
        self.layout_.insertWidget(0, self.form)

    def values(self) -> dict:
        return {**self.wizard().basics.values(), **self.form.values()}

    def validatePage(self) -> bool:
        self.banner.hide()
        wizard = self.wizard()
        try:
            Engagement(organisation_id="-", **self.values()).validate()
        except DomainError as error:
            return _refuse(self.form, error, self.banner)
        errors: list[DomainError] = []
        self.workbench.error.connect(errors.append)
        try:
            self.created_id = self.workbench.create(wizard.client.new_client(), wizard.client.client_id(), self.values())
        finally:
            self.workbench.error.disconnect(errors.append)
        if self.created_id is None:
            return _refuse(self.form, errors[0], self.banner)
        return True


class NewEngagementWizard(QWizard):
    """Creates a client (if new) and an engagement; ``created_id`` holds the result."""

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New engagement"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.client = ClientStep(workbench)
        self.basics = BasicsStep()
        self.scope = ScopeStep(workbench)
        for page in (self.client, self.basics, self.scope):
            self.addPage(page)
        self.resize(760, 680)

    @property
    def created_id(self) -> str | None:
        return self.scope.created_id

