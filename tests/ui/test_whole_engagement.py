"""A whole engagement carried from an empty store to "submitted" by clicking and typing alone, in English and Chinese.

A verifier starts the application on an empty store, creates the client and engagement in the wizard, fills scope,
sites, dates, team and man-days, enters three sources (coal, natural gas, purchased electricity) with factors from the
library and their monthly data in the period grid, reviews documents, schedules the visit and records the client's
confirmation, assesses risk and checks a sample, answers a checklist, raises a finding and closes it after the
client's response, makes the statement final, signs it with a new identity, and moves the engagement to submitted.
Everything goes through widgets (clicks and key presses, dialogs answered as they open; only the operating system's
file dialogs are replaced by the path picked there). The store is read at the end; each step is photographed
(into ``$VERIFIELD_E2E_SHOTS`` when set, else the test's temporary folder).
"""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPlainTextEdit, QToolButton, QWizard

from app.domain.engagement.stages import Stage
from app.domain.fieldwork.checklists import Answer
from app.domain.fieldwork.documents import DocumentType, ReviewResult
from app.domain.fieldwork.risk import Level
from app.domain.fieldwork.sampling import Result
from app.domain.findings.finding import Kind, Severity, State
from app.domain.inventory.calculation import Verdict
from app.domain.inventory.sources import Category, Method
from app.reports.signing import verify_pdf
from app.services import findings as finding_services
from app.services import statements as statement_services
from app.ui import i18n
from app.ui.pages.checklists_page import ChecklistsPage
from app.ui.pages.contract_page import ContractPage
from app.ui.pages.documents_page import DocumentsPage
from app.ui.pages.findings_page import FindingsPage
from app.ui.pages.inventory_page import InventoryPage
from app.ui.pages.mandays_page import ManDaysPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.plan_page import PlanPage
from app.ui.pages.sampling_page import SamplingPage
from app.ui.pages.scope_page import ScopePage
from app.ui.pages.statement_page import StatementPage
from app.ui.pages.team_page import TeamPage
from app.ui.widgets.forms import FieldForm
from tests.ui.clicking import (
    Camera,
    answering,
    choose_action,
    click,
    click_row,
    fill,
    open_menu,
    pick,
    pick_file,
    press,
    shortcut,
    type_in_cell,
    type_into,
    type_text,
)
from tests.ui.contract_steps import accept_contract_review, register_technical_lead

PASS = "correct horse battery"
TODAY = date.today()
SITE_VISIT = (TODAY - timedelta(days=14), TODAY - timedelta(days=13))
LAPTOP = (1366, 768)
# The client's sources, their library factors (found by value) and the hand-worked verified figures:
# coal 12 × 1,000 t × 19.570 GJ/t × 26.1 tC/TJ × 0.93 × 44/12; natural gas 12 × 30 × 10⁴ Nm³ × 389.31 GJ/10⁴ Nm³ ×
# 15.3 tC/TJ × 0.99 × 44/12; electricity 12 × 2,000 MWh × 0.5366 tCO₂/MWh.
SOURCES = [
    ("燃煤锅炉 / coal-fired boiler", Category.STATIONARY, Method.FUEL, "19.57", "20950", "1000",
     12 * 1000 * 19.570e-3 * 26.1 * 0.93 * 44 / 12),
    ("燃气锅炉 / gas boiler", Category.STATIONARY, Method.FUEL, "389.31", "7780", "30", 12 * 30 * 389.31e-3 * 15.3 * 0.99 * 44 / 12),
    ("外购电力 / purchased electricity", Category.ENERGY, Method.ENERGY, "0.5366", "12900", "2000", 12 * 2000 * 0.5366),
]
SECTIONS = {
    "evidence_review": "抽查了全年燃料入库单、燃气结算单和电费发票，数据完整、准确 / fuel receipts, gas and power invoices "
                       "checked: complete and accurate",
    "material_issues": "未发现实质性问题 / no material issue found",
    "iso14068": "不适用：本项目为 ISO 14064-1 核查 / not applicable: an ISO 14064-1 verification",
    "changes": "首次核查 / first verification",
    "management_plan": "计量器具检定台账已建立 / a calibration register is kept",
    "procedures": "文件审定、现场核查、抽样和重新计算 / document review, site visit, sampling and recalculation",
    "contact": "王磊 Wang Lei, wang.lei@verifield.example",
}


class Verifier:
    """One verifier at the keyboard: the application, the window it shows, and a camera."""

    def __init__(self, qtbot, application, camera: Camera, folder: Path):
        self.qtbot, self.application, self.camera, self.folder = qtbot, application, camera, folder

    @property
    def window(self):
        return self.application.window

    def go(self, kind):
        """Click the page in the navigator."""
        workspace = self.window.workspace
        page = workspace.page(kind)
        click_row(self.qtbot, workspace.navigator, workspace.pages.index(page))
        assert workspace.current_page() is page
        return page

    def shoot(self, name: str, widget=None) -> None:
        self.camera.shoot(widget or self.window, name)

    def advance(self, to: Stage) -> None:
        overview = self.go(OverviewPage)
        assert overview.advance_button.isEnabled(), overview.blocker_list.text()
        click(self.qtbot, overview.advance_button)
        assert self.window.workspace.strip.labels[to].text().startswith("●"), overview.blocker_list.text()


# --- the steps -------------------------------------------------------------------------------------------------
def first_start(qtbot, camera: Camera):
    """Start the application on an empty data folder; an offer of the demo, if made, is declined."""
    from app.ui.main import start

    def decline(dialog) -> None:
        camera.shoot(dialog, "demo-offer")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "No" in a question; Cancel in any other dialog

    with answering(qtbot, decline, required=False):
        application = start()
    qtbot.addWidget(application.window)
    application.window.resize(*LAPTOP)
    return application


def choose_language(v: Verifier, language: str) -> None:
    """File → Settings (Ctrl+,): the interface language; the window is rebuilt in it."""

    def settings(dialog) -> None:
        pick(v.qtbot, dialog.language, language)
        v.shoot("settings", dialog)
        press(v.qtbot, dialog, "Ok")

    with answering(v.qtbot, settings):
        shortcut(v.qtbot, v.window, "Ctrl+,")
    v.qtbot.addWidget(v.window)
    v.window.resize(*LAPTOP)
    v.window.show()
    v.qtbot.waitExposed(v.window)
    assert i18n.language() == language


def create_engagement(v: Verifier) -> None:
    """File → New engagement (Ctrl+N): a new client, the programme and period, the scope."""
    qtbot = v.qtbot

    def wizard(w) -> None:
        click(qtbot, w.client.new)
        form = w.client.form
        fill(qtbot, form, name_zh="江苏恒远热电有限公司", name_en="Jiangsu Hengyuan Thermal Power Co., Ltd.",
             credit_code="91320400137654321T", address="江苏省常州市新北区通江大道 100 号", contact_name="周敏",
             contact_phone="0519-8888 6666", contact_email="zhou.min@hengyuan.example")
        v.shoot("wizard-client", w)
        click(qtbot, w.button(QWizard.WizardButton.NextButton))
        assert w.currentPage() is w.basics
        year = TODAY.year - 1
        fill(qtbot, w.basics.form, title=f"{year} 年度温室气体排放核查 / {year} GHG verification",
             period_start=f"{year}-01-01", period_end=f"{year}-12-31", base_year=str(year - 1))
        v.shoot("wizard-engagement", w)
        click(qtbot, w.button(QWizard.WizardButton.NextButton))
        assert w.currentPage() is w.scope
        fill(qtbot, w.scope.form, technical_areas=("SK-01.3",), criteria=("ISO 14064-1:2018",),
             objectives="核查 2025 年度温室气体排放报告 / verify the GHG report",
             scope_text="组织边界：恒远热电厂区；类别 1 燃煤、燃气，类别 2 外购电力 / plant site; coal, gas, purchased power")
        v.shoot("wizard-scope", w)
        click(qtbot, w.button(QWizard.WizardButton.FinishButton))

    with answering(qtbot, wizard):
        shortcut(qtbot, v.window, QKeySequence.StandardKey.New)
    assert v.window.stack.currentWidget() is v.window.workspace
    assert v.window.workspace.strip.labels[Stage.DRAFT].text().startswith("●")
    v.shoot("overview-new")


def add_site(v: Verifier) -> None:
    scope = v.go(ScopePage)
    click(v.qtbot, scope.sites.add_button)
    fill(v.qtbot, scope.sites.form, name="恒远热电主厂区 / Hengyuan main plant", address="江苏省常州市新北区通江大道 100 号")
    v.shoot("scope")


def enter_dates(v: Verifier) -> None:
    """The site visit (two days) and the statement date, where the verifier expects them: on the Scope page."""
    scope = v.go(ScopePage)
    dates = {"site_visit_start": SITE_VISIT[0], "site_visit_end": SITE_VISIT[1], "statement_date": TODAY}
    for name, day in dates.items():
        form = next((f for f in scope.findChildren(FieldForm) if name in f.widgets), None)
        assert form is not None, f"the Scope page has no field “{name}”: the engagement's dates cannot be entered"
        type_into(v.qtbot, form, name, day.isoformat(), leave=True)
    v.shoot("dates")


def plan_man_days(v: Verifier) -> float:
    """Three sources; the Annex A figures proposed for them are taken. Returns the planned total."""
    page = v.go(ManDaysPage)
    type_into(v.qtbot, page.form, "source_count", "3", leave=True)
    click(v.qtbot, page.suggest)
    v.shoot("man-days")
    assert page.form.value("source_count") == 3 and "%" in page.checks.text()  # the plan's total and its 20 % check
    return page.form.value("document_review") + page.form.value("site") + page.form.value("report")


def build_team(v: Verifier, days: float) -> None:
    """Add member asks for a person: each is typed in as someone new, which puts them in the person register too."""
    from PySide6.QtWidgets import QComboBox

    page = v.go(TeamPage)
    members = [("王磊 Wang Lei", "lead", "CCAA 温室气体核查员", days - 1.0), ("李娜 Li Na", "verifier", "CCAA 温室气体核查员", 1.0)]
    for name, role, qualification, share in members:
        def person(dialog, name=name) -> None:
            type_text(v.qtbot, dialog.findChild(QComboBox).lineEdit(), name, leave=False)
            v.shoot("team-person", dialog)
            press(v.qtbot, dialog, "Ok")

        with answering(v.qtbot, person):
            click(v.qtbot, page.editor.add_button)
        fill(v.qtbot, page.editor.form, role=role, qualifications=qualification, technical_areas=("SK-01.3",),
             days=f"{share:g}", impartiality_declared=True, conflicts="无 / none")
    v.shoot("team")
    assert "✓" in page.competence.text()
    assert [m.name for m in page.engagement.team] == [name for name, *_ in members]


def review_contract(v: Verifier, days: float) -> None:
    """The technical lead joins the register (File ▸ People…) and accepts the application on the Contract review page."""
    register_technical_lead(v.qtbot, v.window, "赵敏", "Zhao Min", ("SK-01.3",))
    page = v.go(ContractPage)
    accept_contract_review(v.qtbot, page, "赵敏 Zhao Min", days, TODAY)
    v.shoot("contract-review")


def add_source(v: Verifier, name: str, category: Category, method: Method, search: str, reported: str) -> None:
    """Inventory → Add source…: the source's dialog, with its factor (or a fuel's defaults) taken from the library."""
    qtbot = v.qtbot
    page = v.window.workspace.page(InventoryPage)

    def take(value: str):
        def picker(dialog) -> None:
            type_text(qtbot, dialog.search, value, leave=False)
            assert dialog.proxy.rowCount() >= 1, f"the library has no {value}"
            click_row(qtbot, dialog.table, 0)
            v.shoot("factor-library", dialog)
            press(qtbot, dialog, "Ok")

        return picker

    def source(dialog) -> None:
        type_text(qtbot, dialog.name, name)
        pick(qtbot, dialog.site, dialog.site.itemData(1))
        type_text(qtbot, dialog.equipment, name.split(" / ")[-1])
        pick(qtbot, dialog.category, category.value)
        pick(qtbot, dialog.method, method.value)
        button = dialog.fuel_button if method is Method.FUEL else dialog.factor.library
        with answering(qtbot, take(search)):
            click(qtbot, button)
        type_text(qtbot, dialog.reported, reported)
        v.shoot(f"source-{method.value}", dialog)
        press(qtbot, dialog, "Save")
        assert not dialog.isVisible(), dialog.message.text()

    with answering(qtbot, source):
        click(qtbot, page.add_button)


def enter_records(v: Verifier, quantities: list[str]) -> None:
    """The selected source's period grid: Add period, then type the month's quantity into the cell it opens."""
    qtbot, page = v.qtbot, v.window.workspace.page(InventoryPage)
    column = next(i for i, c in enumerate(page.records_model.columns) if c[0] == "quantity")
    for row, quantity in enumerate(quantities):
        click(qtbot, page.add_row_button)
        qtbot.waitUntil(lambda: page.records_model.rowCount() == row + 1)
        type_in_cell(qtbot, page.records, row, column, quantity)
        qtbot.waitUntil(lambda: page.records_model.records[row].quantity == float(quantity.replace(",", "")))


def build_inventory(v: Verifier) -> None:
    page = v.go(InventoryPage)
    for row, (name, category, method, search, reported, monthly, _verified) in enumerate(SOURCES):
        add_source(v, name, category, method, search, reported)
        click_row(v.qtbot, page.sources, row, 1)
        assert page.selected_source().name == name
        enter_records(v, [monthly] * 12)
        v.shoot(f"inventory-{row + 1}")
    model = page.sources_model
    shown = [model.index(row, model.COL_VERIFIED).data() for row in range(model.rowCount())]
    assert shown == [f"{s[6]:,.2f}" for s in SOURCES] and not page.results.incomplete.text()
    assert page.results.values["total"].text() == f"{sum(s[6] for s in SOURCES):,.2f}"
    assert page.results.values["reported"].text() == f"{20950 + 7780 + 12900:,.2f}"
    assert page.results.verdict.text() == i18n.show(Verdict.NOT_MATERIAL.label)


def review_documents(v: Verifier) -> None:
    page = v.go(DocumentsPage)
    documents = [(DocumentType.GHG_REPORT.value, "2025 年度温室气体排放报告 / 2025 GHG report", "V1.0"),
                 (DocumentType.WORKBOOK.value, "排放量计算表 / emission workbook", "V1.0")]
    for kind, title, version in documents:
        click(v.qtbot, page.documents.add_button)
        fill(v.qtbot, page.documents.form, type=kind, title=title, version=version, result=ReviewResult.ACCEPTED.value,
             comments="完整 / complete")
    click(v.qtbot, page.time.add_button)
    v.shoot("documents")


def plan_the_visit(v: Verifier) -> None:
    qtbot, page = v.qtbot, v.go(PlanPage)
    for time, activity in (("09:00-09:30", "首次会议 / opening meeting"), ("09:30-12:00", "现场查看锅炉房和配电房 / boiler house, switch room")):
        def line(dialog, time=time, activity=activity) -> None:
            fill(qtbot, dialog.form, day=SITE_VISIT[0].isoformat(), time=time, activity=activity, auditee="周敏")
            v.shoot("schedule", dialog)
            press(qtbot, dialog, "Ok")

        with answering(qtbot, line):
            click(qtbot, page.add_line_button)

    def confirmed(dialog) -> None:
        fill(qtbot, dialog.form, on=(SITE_VISIT[0] - timedelta(days=7)).isoformat())
        press(qtbot, dialog, "Ok")

    with answering(qtbot, confirmed):
        click(qtbot, page.confirm_button)
    assert page.plan.confirmed_on == SITE_VISIT[0] - timedelta(days=7) and len(page.plan.schedule) == 2
    v.shoot("plan")


def sample(v: Verifier) -> None:
    qtbot, page = v.qtbot, v.go(SamplingPage)
    for _source in range(3):
        click(qtbot, page.risk.add_button)
        fill(qtbot, page.risk.form, inherent=Level.LOW.value, inherent_why="计量稳定 / stable metering")
    assert page.key_sources.text().startswith("✓"), page.key_sources.text()

    def plan(dialog) -> None:
        v.shoot("sampling-plan", dialog)
        press(qtbot, dialog, "Ok")

    with answering(qtbot, plan):
        click(qtbot, page.new_plan_button)
    samples = page.plan().samples
    assert samples
    for row in range(len(samples)):
        click_row(qtbot, page.sample_table, row)

        def result(dialog) -> None:
            fill(qtbot, dialog.form, result=Result.AGREES.value, evidence="入库单 / delivery note")
            press(qtbot, dialog, "Ok")

        with answering(qtbot, result):
            click(qtbot, page.result_button)
    assert all(s.result is Result.AGREES for s in page.plan().samples)
    v.shoot("sampling")


def answer_checklist(v: Verifier) -> None:
    qtbot, page = v.qtbot, v.go(ChecklistsPage)
    site = next(page.templates.itemData(i) for i in range(page.templates.count())
                if page.templates.itemData(i).name.en.startswith("Site verification"))
    pick(qtbot, page.templates, site)
    click(qtbot, page.new_button)
    for row in range(page.items.rowCount()):
        click_row(qtbot, page.table, row)
        fill(qtbot, page.form, notes="现场核实 / checked on site", answer=Answer.CONFORMS.value)
    assert page.checklist().progress == (page.items.rowCount(), page.items.rowCount())
    v.shoot("checklist")


def raise_and_close_finding(v: Verifier) -> None:
    qtbot, page = v.qtbot, v.go(FindingsPage)

    def raised(dialog) -> None:
        fill(qtbot, dialog.form, kind=Kind.NONCONFORMITY.value, severity=Severity.MINOR.value, clause="9.5.3.1 4)",
             source_id=page.sources[0].id, description="1 号皮带秤检定证书过期 / belt scale 1 calibration expired",
             evidence="检定证书 2024-05 / certificate of May 2024")
        v.shoot("finding-raise", dialog)
        press(qtbot, dialog, "Ok")

    with answering(qtbot, raised):
        click(qtbot, page.raise_button)
    assert page.selected() is not None and page.selected().state is State.OPEN

    def response(dialog) -> None:
        fill(qtbot, dialog.form, root_cause="未建立检定提醒 / no reminder kept", correction="已重新检定 / recalibrated",
             corrective_action="建立检定台账 / calibration calendar", evidence="新证书 / new certificate", by="周敏")
        v.shoot("finding-response", dialog)
        press(qtbot, dialog, "Ok")

    with answering(qtbot, response):
        click(qtbot, page.actions["respond"])
    assert page.selected().state is State.RESPONDED

    def comment(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        type_text(qtbot, dialog.findChild(QPlainTextEdit), "证书已核对 / certificate checked", leave=False)
        press(qtbot, dialog, "Ok")

    with answering(qtbot, comment):
        click(qtbot, page.actions["accept"])
    assert page.selected().state is State.CLOSED
    v.shoot("findings")


def make_statement_final(v: Verifier) -> None:
    qtbot, page = v.qtbot, v.go(StatementPage)
    click(qtbot, page.start_button)
    for name, widget in page.form.widgets.items():  # every section the page asks for, the basis only if modified
        if isinstance(widget, QPlainTextEdit) and name != "basis":
            type_text(qtbot, widget, SECTIONS.get(name, "已核查 / verified"))
    assert page.selected().procedures
    v.shoot("statement-draft")

    def yes(box) -> None:
        assert isinstance(box, QMessageBox)
        press(qtbot, box, "Yes")

    with answering(qtbot, yes):
        click(qtbot, page.final_button)
    assert page.selected().final, page.status.text()
    v.shoot("statement-final")


def sign_statement(v: Verifier, monkeypatch) -> tuple[Path, Path]:
    """Documents → New signing identity…, then Statement, saved and signed…, then verify it; and save the report."""
    qtbot, page = v.qtbot, v.go(StatementPage)
    documents = next(b for b in page.findChildren(QToolButton) if b.text() == page.tr("Documents"))

    def identity(dialog) -> None:
        fill(qtbot, dialog.form, name="王磊 Wang Lei", role="核查组长 / lead verifier", organisation="Verifield",
             passphrase=PASS, again=PASS)
        v.shoot("identity", dialog)
        press(qtbot, dialog, "Ok")

    with answering(qtbot, choose_action(qtbot, page.tr("New signing identity…")), identity):
        open_menu(qtbot, documents)
    assert list(page.bench.identities.glob("*.p12"))

    pdf = v.folder / f"statement-{i18n.language()}.pdf"
    pick_file(monkeypatch, pdf)

    def sign(dialog) -> None:
        fill(qtbot, dialog.form, passphrase=PASS, location="常州 Changzhou")
        v.shoot("sign", dialog)
        press(qtbot, dialog, "Ok")

    with answering(qtbot, choose_action(qtbot, page.tr("Statement, saved and signed…")), sign):
        open_menu(qtbot, documents)
    shown: list[str] = []

    def verified(box) -> None:
        assert box.ok, box.verdict.text()
        shown.append(" ".join(label.text() for label in (box.verdict, *box.signatures)))
        v.shoot("verified", box)
        press(qtbot, box, "Close")

    with answering(qtbot, choose_action(qtbot, page.tr("Verify a signed PDF…")), verified):
        open_menu(qtbot, documents)
    assert shown and "王磊 Wang Lei" in shown[0]

    report = v.folder / f"report-{i18n.language()}.pdf"
    pick_file(monkeypatch, report)
    with answering(qtbot, choose_action(qtbot, page.tr("Verification report (PDF)…"))):
        open_menu(qtbot, documents)
    assert report.exists()
    return pdf, report


@pytest.fixture(params=["en", "zh"])
def language(request):
    yield request.param
    i18n.install("en")


def test_a_whole_engagement_by_clicking(qtbot, tmp_path, monkeypatch, language):
    folder = Path(os.environ.get("VERIFIELD_E2E_SHOTS") or tmp_path / "shots")
    camera = Camera(folder, language)
    application = first_start(qtbot, camera)
    v = Verifier(qtbot, application, camera, tmp_path)
    try:
        choose_language(v, language)
        create_engagement(v)
        add_site(v)
        enter_dates(v)
        days = plan_man_days(v)
        build_team(v, days)
        review_contract(v, days)
        v.advance(Stage.PLANNED)
        build_inventory(v)
        v.advance(Stage.DOCUMENT_REVIEW)
        review_documents(v)
        v.advance(Stage.SITE_VERIFICATION)
        plan_the_visit(v)
        sample(v)
        answer_checklist(v)
        v.advance(Stage.FINDINGS)
        raise_and_close_finding(v)
        v.advance(Stage.STATEMENT)
        make_statement_final(v)
        pdf, report = sign_statement(v, monkeypatch)
        v.advance(Stage.SUBMITTED)
        v.shoot("submitted")

        engagement_id = v.window.workspace.engagement_id
        workbench = v.window.workbench
        engagement, client = workbench.load(engagement_id)
        assert (client.name_zh, client.credit_code) == ("江苏恒远热电有限公司", "91320400137654321T")
        assert engagement.status is Stage.SUBMITTED and [m.name for m in engagement.team] == ["王磊 Wang Lei", "李娜 Li Na"]
        calculation = workbench.calculate(engagement_id)
        assert [s.method for s in calculation.inventory.sources] == [Method.FUEL, Method.FUEL, Method.ENERGY]
        assert sum(len(r) for r in calculation.recalculator.records.values()) == 36
        verified = calculation.recalculator.results.sources
        assert [verified[s.id].verified for s in calculation.inventory.sources] == pytest.approx([s[6] for s in SOURCES], rel=1e-12)
        [finding] = finding_services.list_findings(workbench.uow(), engagement_id)
        assert (finding.label, finding.state, finding.response.by) == ("NC-01", State.CLOSED, "周敏")
        [statement] = statement_services.statements(workbench.uow(), engagement_id)
        assert statement.final and statement.contact == SECTIONS["contact"]
        [check] = verify_pdf(pdf)
        assert (check.signer, check.intact) == ("王磊 Wang Lei", True)
        printed = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
        assert SITE_VISIT[0].isoformat() in printed, "the verification report does not give the site visit"

        shortcut(qtbot, v.window, "Ctrl+L")  # the engagement list: the one engagement made here, and no demo
        v.shoot("list")
        rows = v.window.list_page.model
        assert [rows.summary(r).code for r in range(rows.rowCount())] == [engagement.code]
    finally:
        application.window.close()
        application.workbench.store.close()
