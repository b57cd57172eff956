"""``data/documents/`` of a package holds every document the issue lists, each one a readable PDF (or the workbook).

The plan and the sign-in sheet of each meeting (app/reports/fieldwork_pdf.py), the findings report, the statement,
certificate and report (signed), and the calculation workbook: each is present, hashed in the manifest, and each PDF
is read back with pypdf and with the ``pdftotext`` command, which find the engagement's code and the document's title.
"""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services import fieldwork as fieldwork_services
from app.domain.fieldwork.meetings import Attendee, Meeting, MeetingKind
from app.services import packages as package_services
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("documents")
    machine = laptop(folder)
    closing = Meeting(MeetingKind.CLOSING, date(2026, 3, 3), (Attendee("李明", "常州精工", "厂长"),), "末次会议 / closing")
    fieldwork_services.save_record(machine.store.uow(), machine.engagement_id, "meeting", closing, ACTOR)
    out = folder / "documents.vfpkg"
    package_services.make_package(machine.store, machine.engagement_id, out, machine.identity, PASSPHRASE, [], ACTOR)
    with machine.store.uow() as uow:
        code = uow.engagements.get(machine.engagement_id).code
    meetings = fieldwork_services.records(machine.store.uow(), machine.engagement_id, "meeting")
    yield out, code, meetings, folder
    machine.store.close()


def _titles(meetings) -> dict[str, str]:
    # the demo is a GHG verification, not a carbon-neutrality one: it has no certificate to send
    titles = {"findings-report.pdf": "核查发现报告", "verification-plan.pdf": "核查计划", "statement.pdf": "声明",
              "report.pdf": "报告"}
    for number, meeting in enumerate(meetings, start=1):
        kind = MeetingKind(meeting.kind)
        titles[f"sign-in-{number:02d}-{kind.value}.pdf"] = kind.label.zh + "签到表"
    return titles


def test_every_document_is_in_the_package_and_in_its_manifest(made):
    out, _code, meetings, _folder = made
    assert {MeetingKind(m.kind) for m in meetings} == set(MeetingKind)  # the demo's opening meeting, and a closing one
    with zipfile.ZipFile(out) as bag:
        documents = {n.removeprefix("data/documents/") for n in bag.namelist() if n.startswith("data/documents/")}
        manifest = bag.read("manifest-sha256.txt").decode()
    assert documents == set(_titles(meetings)) | {"calculation.xlsx"}
    assert all(f"data/documents/{name}" in manifest for name in documents)


def test_each_pdf_reads_back_with_pypdf_and_pdftotext(made):
    out, code, meetings, folder = made
    with zipfile.ZipFile(out) as bag:
        for name, title in _titles(meetings).items():
            body = bag.read(f"data/documents/{name}")
            text = "".join(page.extract_text() for page in PdfReader(BytesIO(body)).pages)
            (folder / name).write_bytes(body)
            said = subprocess.run(["pdftotext", "-enc", "UTF-8", str(folder / name), "-"], capture_output=True, text=True, check=True).stdout
            assert code in said and title in said, (name, said[:300])
            assert code in text, name
        sheet = load_workbook(BytesIO(bag.read("data/documents/calculation.xlsx")), read_only=True)
        assert sheet.sheetnames


@pytest.mark.parametrize("create, document, title, sheet", [
    ("project", "statement.pdf", "减排量", "Reductions"),
    ("footprint", "statement.pdf", "碳足迹", "Result"),
    ("aup", "factual-findings.pdf", "事实发现报告", None),
])
def test_a_programme_with_its_own_document_sends_it_signed_with_its_own_workbook(tmp_path, create, document, title, sheet):
    """A project's statement of reductions, a footprint statement, an AUP's report of factual findings go to head office
    signed by the lead verifier (as a statement does), and a project's or footprint's own workbook as calculation.xlsx."""
    from app.reports.identity import create_identity
    from app.reports.signing import verify_pdf
    from app.services.aup_demo import create_aup_demo
    from app.services.footprint_demo import create_footprint_demo
    from app.services.project_demo import create_project_demo
    from app.storage.store import open_store

    makers = {"project": create_project_demo, "footprint": create_footprint_demo, "aup": create_aup_demo}
    store = open_store(tmp_path / "data" / "verifield.sqlite")
    engagement_id = makers[create](store.uow(), ACTOR, date(2026, 6, 1))
    identity = create_identity(tmp_path / "lead.p12", "张伟", "核查组长", "绿源核查有限公司", "", PASSPHRASE)
    out = tmp_path / "programme.vfpkg"
    try:
        package_services.make_package(store, engagement_id, out, identity.path, PASSPHRASE, [], ACTOR)
    finally:
        store.close()
    with zipfile.ZipFile(out) as bag:
        (tmp_path / document).write_bytes(bag.read(f"data/documents/{document}"))
        book = load_workbook(BytesIO(bag.read("data/documents/calculation.xlsx")), read_only=True)
    said = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / document), "-"], capture_output=True, text=True, check=True).stdout
    assert title in said, said[:300]
    checked = verify_pdf(tmp_path / document, [identity.path.with_suffix(".cer").read_bytes()])
    assert checked and all(c.intact and c.valid and c.trusted for c in checked)
    if sheet:
        assert any(sheet in name for name in book.sheetnames), book.sheetnames
