"""Every document of the demo engagement is marked DEMO (PDF watermark read back with pdftotext, workbook cover and
sheet titles read with openpyxl); a real engagement's documents are not."""

import subprocess
from datetime import date, datetime

import openpyxl
import pytest

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.reports.calculation_workbook import export_calculation_workbook
from app.reports.data_request import write_request
from app.reports.findings_pdf import write_form_pdf
from app.services import demo
from app.services import engagements as services
from app.services import findings as finding_services
from app.services import inventory as inventory_services
from app.services.statement_documents import Document, print_document

PRINTED = datetime(2026, 6, 2, 9, 30)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def demo_id(store):
    return demo.create_demo(store.uow(), "li", date(2026, 6, 1))


@pytest.fixture
def real_id(store):
    client = services.create_organisation(store.uow(), Organisation(name_zh="宝钢", name_en="Baosteel"), "li")
    return services.create_engagement(
        store.uow(), Engagement(organisation_id=client, title="2025 GHG", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31)),
        "li", date(2026, 6, 1),
    )


def findings_form(store, engagement_id, path):
    engagement, client = services.load(store.uow(), engagement_id)
    findings = finding_services.list_findings(store.uow(), engagement_id)
    write_form_pdf(path, engagement, client, findings, inventory_services.sources_of(store.uow(), engagement_id), "en", PRINTED)
    return pdf_text(path)


@pytest.mark.parametrize("document", [Document.STATEMENT, Document.REPORT])
def test_the_statement_and_report_of_the_demo_carry_the_demo_mark_on_every_page(store, demo_id, tmp_path, document):
    """(The demo is not neutral, so it has no certificate; every PDF gets the mark from the one writer, pdf.write_pdf.)"""
    path = tmp_path / f"{document.value}.pdf"
    print_document(store.uow(), demo_id, document, path, PRINTED)
    pages = pdf_text(path).split("\f")[:-1]
    mark = "演示项目 DEMO · 虚构数据，不是真实核查 / invented data, not a real engagement"
    assert len(pages) > 1 and all(page.lstrip().startswith(mark) for page in pages)


def test_field_and_findings_pdfs_are_marked_for_the_demo_only(store, demo_id, real_id, tmp_path):
    assert "演示项目 DEMO" in findings_form(store, demo_id, tmp_path / "demo.pdf")
    assert "DEMO" not in findings_form(store, real_id, tmp_path / "real.pdf")


def cover(path):
    book = openpyxl.load_workbook(path)
    return book, [tuple(c for c in row if c is not None) for row in book[book.sheetnames[0]].iter_rows(values_only=True)]


def test_the_demo_workbooks_say_demo_on_the_cover_and_every_sheet(store, demo_id, real_id, tmp_path):
    for engagement_id, marked in ((demo_id, True), (real_id, False)):
        path = tmp_path / f"{engagement_id}.xlsx"
        calculation = inventory_services.calculate(store.uow(), engagement_id)
        client = services.load(store.uow(), engagement_id)[1]
        export_calculation_workbook(path, calculation, client, PRINTED)
        book, rows = cover(path)
        assert all(("演示项目 DEMO" in str(book[name]["A1"].value)) is marked for name in book.sheetnames)
        assert (("演示项目  Demo engagement", "yes: invented data, not a real engagement / 是：虚构的数据，不是真实核查") in rows) is marked
        request = tmp_path / f"request-{engagement_id}.xlsx"
        write_request(request, inventory_services.load_inventory(store.uow(), engagement_id), client, PRINTED)
        book, rows = cover(request)
        assert ("演示项目 DEMO" in rows[0][0]) is marked
