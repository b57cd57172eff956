"""The statement on a real store and as real PDFs: versions and their history, frozen facts after a later change,
every item of seed 001 §9.7.1 and §9.7.2 read back with pdftotext, embedded fonts, and signatures that pyHanko
validates, that a changed byte breaks, and that a second signer can add."""

import subprocess
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from app.domain.engagement.stages import Stage
from app.domain.kernel.choices import Assurance
from app.domain.kernel.text import DomainError, Text
from app.domain.statement.statement import Opinion, Wording
from app.reports.identity import create_identity
from app.reports.signing import SIGNATURES_ONLY, sign_pdf, verify_pdf
from app.services import engagements as services
from app.services import inventory as inventory_services
from app.services import statements
from app.services.statement_documents import Document, print_document
from tests.integration.ready_engagement import (
    ACTOR,
    CRITERIA,
    DECISION_MAKER,
    REVIEWER,
    SITE_VISIT,
    SITE_VISIT_END,
    TODAY,
    ready_engagement,
)

PRINTED = datetime(2026, 6, 2, 9, 30).astimezone()
PASS = "correct horse battery"


def text_of(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def missing(items: list[str], text: str) -> list[str]:
    """The items not in ``text``, ignoring white space (pdftotext breaks lines in the middle of Chinese phrases)."""
    flat = "".join(text.split())
    return [item for item in items if "".join(item.split()) not in flat]


def fonts_of(path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [line.split() for line in lines]


@pytest.fixture
def ready(store):
    """The ready engagement and its draft 1."""
    engagement_id = ready_engagement(store.uow)
    return engagement_id, statements.statements(store.uow(), engagement_id)[0]


def test_draft_final_and_next_version_are_kept_with_their_history(store, ready):
    engagement_id, draft = ready
    statements.edit_statement(store.uow(), engagement_id, draft.id, {"opinion": Opinion.MODIFIED}, ACTOR)
    with pytest.raises(DomainError) as refused:
        statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    assert "basis" in refused.value.message.en
    statements.edit_statement(store.uow(), engagement_id, draft.id, {"basis": "一块电表未检定 / one meter uncalibrated"}, ACTOR)
    final = statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    with pytest.raises(DomainError) as frozen:
        statements.edit_statement(store.uow(), engagement_id, final.id, {"basis": "x"}, ACTOR)
    assert "new version" in frozen.value.message.en
    second = statements.start_statement(store.uow(), engagement_id, ACTOR, TODAY)
    assert (second.version, second.final, second.basis) == (2, False, final.basis)
    assert [s.label.en for s in statements.statements(store.uow(), engagement_id)] == ["version 1 (final)", "draft 2"]

    changes = [h.change for h in services.engagement_history(store.uow(), engagement_id) if h.change.entity == "statement"]
    assert [c.new for c in changes if c.field == "facts_sha256" and c.new] == [final.facts.digest()]
    assert {c.entity_id for c in changes} == {draft.id, second.id}


def test_a_final_version_prints_its_frozen_figures_after_the_engagement_changes(store, ready, tmp_path):
    engagement_id, draft = ready
    final = statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    source = inventory_services.sources_of(store.uow(), engagement_id)[0]
    inventory_services.save_source(store.uow(), engagement_id, replace(source, reported=9999.0), ACTOR)
    services.update_organisation(store.uow(), services.load(store.uow(), engagement_id)[1].id, {"address": "无锡市新吴区 1 号"}, ACTOR)

    printed = print_document(store.uow(), engagement_id, Document.STATEMENT, tmp_path / "v1.pdf", PRINTED, version=1)
    assert printed.facts == final.facts
    assert {t.en for t in printed.drift} == {"address", "source figures", "reported total", "reported − verified", "misstatement", "materiality verdict"}
    text = text_of(tmp_path / "v1.pdf")
    assert "江苏省常州市武进区湖塘镇长虹路 88 号" in text and "无锡市新吴区" not in text
    assert f"{final.facts.reported_total:,.2f}" in text and "9,999.00" not in text

    statements.start_statement(store.uow(), engagement_id, ACTOR, TODAY)
    print_document(store.uow(), engagement_id, Document.STATEMENT, tmp_path / "v2.pdf", PRINTED)
    assert "无锡市新吴区 1 号" in text_of(tmp_path / "v2.pdf") and "DRAFT" in text_of(tmp_path / "v2.pdf")


def test_the_statement_has_every_item_of_9_7_2_in_embedded_fonts(store, ready, tmp_path):
    engagement_id, draft = ready
    final = statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    path = tmp_path / "statement.pdf"
    print_document(store.uow(), engagement_id, Document.STATEMENT, path, PRINTED)
    text = text_of(path)
    e, client = services.load(store.uow(), engagement_id)
    required = [
        client.name_zh, client.name_en, client.address, client.contact_phone,                   # a) the client
        "ISO 14064-1:2018", "GB/T 32150-2015",                                                  # b) criteria
        "2025-01-01 – 2025-12-31", "合理保证", "reasonable assurance", "运营控制权法",            # c) scope, period, assurance
        "核查实施日期", f"{SITE_VISIT} – {SITE_VISIT_END}",                                       # c) the site visit
        "证据完整性和准确性", final.evidence_review[:20], "ISO 14068",                            # d) summary
        "核查意见", "fairly stated", f"{final.facts.verified_total:,.2f}",                         # e) figures and opinion
        final.procedures[:15], "保证等级",
        "核查陈述日期", TODAY.isoformat(),                                                        # f) date
        "王磊 Wang Lei", "李娜 Li Na", "wang.lei@verifier.example.cn",                             # g) verifiers and contact
        final.number, "第 1 页 共 ", "Page 1 of ",
    ]
    assert missing(required, text) == []
    assert "DRAFT" not in text and "CO₂" in text
    assert all(row[-5] == "yes" for row in fonts_of(path))  # the "emb" column
    assert PdfReader(path).pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)  # A4


def test_the_certificate_has_every_item_of_9_7_1_and_waits_for_the_decision(store, ready, tmp_path):
    engagement_id, draft = ready
    statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    path = tmp_path / "certificate.pdf"
    print_document(store.uow(), engagement_id, Document.CERTIFICATE, path, PRINTED)
    assert "认证决定作出前不得签发" in text_of(path)  # no decision yet (rules §10.3)

    decision = {"reviewer_id": REVIEWER, "decision_maker_id": DECISION_MAKER, "decision_date": date(2026, 6, 20),
                "issue_date": date(2026, 6, 25)}
    services.update_engagement(store.uow(), engagement_id, decision, ACTOR)
    print_document(store.uow(), engagement_id, Document.CERTIFICATE, path, PRINTED)
    assert "认证决定作出前不得签发" in text_of(path)  # a date alone is not the decision
    while services.load(store.uow(), engagement_id)[0].status is not Stage.DECIDED:
        services.advance_stage(store.uow(), engagement_id, ACTOR, TODAY)  # submitted on 1 June
    print_document(store.uow(), engagement_id, Document.CERTIFICATE, path, PRINTED)
    text = text_of(path)
    e, client = services.load(store.uow(), engagement_id)
    required = [
        client.name_zh, client.address, e.title, "运营控制权法",                  # a) client, subject, boundary
        "合格日期", "2026-06-20", "2025-01-01 – 2025-12-31", "2029-06-24",          # b) conformity date, period, 3 years from issue
        "GB/T 32150-2015",                                                       # c) criteria
        "符合碳中和要求", "carbon-neutrality claim is met",                        # d) opinion on neutrality
        "核查证据的收集程序",                                                      # e) procedures
        "fairly stated",                                                          # f) conclusion
        "核查实施日期", f"{SITE_VISIT} – {SITE_VISIT_END}", "证书签发日期", "2026-06-25", "VS-" + e.code, "CN-" + e.code + "-01",  # g)
        "认证决定人", "孙强 Sun Qiang", "授权签发人签字及职务",                                # h) who authorises it, signature box
    ]
    assert missing(required, text) == []
    assert "认证决定作出前不得签发" not in text


def test_a_certificate_belongs_to_carbon_neutrality_engagements_only(store, tmp_path):
    """The demo verifies an ISO 14064-1 inventory whose criteria omit ISO 14068-1: no certificate, said in both
    languages; with ISO 14068-1 among its criteria, or under the ISO 14068-1 programme, the rule lets it through."""
    from app.domain.kernel.choices import Programme
    from app.services import demo

    engagement_id = demo.create_demo(store.uow(), ACTOR, TODAY)
    with pytest.raises(DomainError) as refused:
        print_document(store.uow(), engagement_id, Document.CERTIFICATE, tmp_path / "c.pdf", PRINTED)
    assert "carbon-neutrality engagements only" in refused.value.message.en and "ISO 14064-1" in refused.value.message.en
    assert "碳中和证书仅用于碳中和核证" in refused.value.message.zh and not (tmp_path / "c.pdf").exists()
    print_document(store.uow(), engagement_id, Document.STATEMENT, tmp_path / "s.pdf", PRINTED)  # the statement still prints,
    flat = "".join(text_of(tmp_path / "s.pdf").split())  # without the ISO 14068 sections and the neutrality sentence
    assert "ConformitywithISO14068" not in flat and "carbon-neutralityclaim" not in flat and "Materialissues" in flat
    for changes in ({"programme": Programme.ISO_14068_1, "technical_areas": ("SK-02.1",)}, {"criteria": CRITERIA}):
        services.update_engagement(store.uow(), engagement_id, changes, ACTOR)
        with pytest.raises(DomainError) as refused:  # now it is the balance that stands in the way
            print_document(store.uow(), engagement_id, Document.CERTIFICATE, tmp_path / "c.pdf", PRINTED)
        assert "shortfall" in refused.value.message.en


def test_a_certificate_is_refused_while_the_balance_is_not_neutral(store, tmp_path):
    from app.services import demo

    engagement_id = demo.create_demo(store.uow(), ACTOR, TODAY)
    services.update_engagement(store.uow(), engagement_id, {"criteria": CRITERIA}, ACTOR)
    with pytest.raises(DomainError) as refused:
        print_document(store.uow(), engagement_id, Document.CERTIFICATE, tmp_path / "c.pdf", PRINTED)
    assert "shortfall 266.95" in refused.value.message.en and not (tmp_path / "c.pdf").exists()


def test_limited_assurance_prints_the_negative_form_in_english_only(store, ready, tmp_path):
    engagement_id, draft = ready
    services.update_engagement(store.uow(), engagement_id, {"assurance": Assurance.LIMITED}, ACTOR)
    statements.edit_statement(store.uow(), engagement_id, draft.id, {"wording": Wording.EN}, ACTOR)
    path = tmp_path / "limited.pdf"
    print_document(store.uow(), engagement_id, Document.STATEMENT, path, PRINTED)
    text = " ".join(text_of(path).split())
    assert "nothing has come to our attention" in text and "negative form" in text
    assert "核查意见" not in text and "Page 1 of" in text


def test_the_report_covers_plan_findings_figures_materiality_and_neutrality(store, ready, tmp_path):
    engagement_id, draft = ready
    path = tmp_path / "report.pdf"
    print_document(store.uow(), engagement_id, Document.REPORT, path, PRINTED)
    text = text_of(path)
    for item in ("核查计划", "核查发现及其关闭", "NC-01", "CL-02", "报告值与核证值", "制冷剂逸散", "实质性", "碳中和平衡",
                 "CCER-2024-TOPUP-000001", "核查意见"):
        assert item in text, item
    refrigerant = next(line for line in text.splitlines() if "制冷剂逸散" in line and "114.75" in line)
    assert "-114.75" not in refrigerant and refrigerant.split()[-1] == "—"  # left out by the client: no difference of its own
    assert "占报告值 %" in text  # the one basis of every percentage


def test_a_signed_statement_validates_breaks_when_a_byte_changes_and_takes_a_second_signature(store, ready, tmp_path):
    engagement_id, draft = ready
    statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    path = tmp_path / "statement.pdf"
    print_document(store.uow(), engagement_id, Document.STATEMENT, path, PRINTED)
    lead = create_identity(tmp_path / "lead.p12", "王磊 Wang Lei", "核查组长", "Verifield", "", PASS)
    head = create_identity(tmp_path / "head.p12", "赵敏 Zhao Min", "认证决定人", "Verifield", "", PASS)
    with pytest.raises(DomainError) as wrong:
        sign_pdf(path, path, lead.path, "not the passphrase", field="Verifier", reason="")
    assert wrong.value.field == "passphrase" and verify_pdf(path) == []

    sign_pdf(path, path, lead.path, PASS, field="Verifier", reason="核证声明")
    sign_pdf(path, path, head.path, PASS, field="Authoriser", reason="批准签发")
    first, second = verify_pdf(path, [lead.certificate_der, head.certificate_der])
    assert (first.field, first.signer, second.signer) == ("Verifier", "王磊 Wang Lei", "赵敏 Zhao Min")
    assert first.ok and second.ok and first.coverage == SIGNATURES_ONLY
    assert all(row[-5] == "yes" for row in fonts_of(path))
    assert "王磊 Wang Lei" in text_of(path)

    data = bytearray(path.read_bytes())
    spot = data.index(b"/Producer")  # inside the first revision, which both signatures cover
    data[spot + 1] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert [c.intact for c in verify_pdf(tampered, [lead.certificate_der, head.certificate_der])] == [False, False]


def test_stage_rules_final_only_after_site_work_and_no_change_after_submission(store, ready):
    """Made final only at the findings or statement stage; submitted only with the latest version final; once
    submitted, the statement is not changed until the engagement is sent back."""
    engagement_id, draft = ready
    services.step_back(store.uow(), engagement_id, Stage.FINDINGS, ACTOR)
    services.step_back(store.uow(), engagement_id, Stage.SITE_VERIFICATION, ACTOR)
    with pytest.raises(DomainError, match="site verification is not complete"):
        statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    services.advance_stage(store.uow(), engagement_id, ACTOR)  # site verification → findings
    statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    statements.start_statement(store.uow(), engagement_id, ACTOR, TODAY)
    services.advance_stage(store.uow(), engagement_id, ACTOR)  # findings → statement
    with pytest.raises(DomainError, match="the statement is not final yet"):
        services.advance_stage(store.uow(), engagement_id, ACTOR)  # draft 2 is the latest version
    statements.make_final(store.uow(), engagement_id, statements.statements(store.uow(), engagement_id)[-1].id, ACTOR, TODAY)
    assert services.advance_stage(store.uow(), engagement_id, ACTOR) is Stage.SUBMITTED
    with pytest.raises(DomainError, match="send it back to the statement stage"):
        statements.start_statement(store.uow(), engagement_id, ACTOR, TODAY)


def test_an_adverse_opinion_gets_no_certificate_and_an_opinion_the_assurance_forbids_is_not_printed(store, ready, tmp_path):
    engagement_id, draft = ready
    statements.edit_statement(store.uow(), engagement_id, draft.id, {"opinion": Opinion.ADVERSE, "basis": "records missing"}, ACTOR)
    with pytest.raises(DomainError) as refused:
        print_document(store.uow(), engagement_id, Document.CERTIFICATE, tmp_path / "c.pdf", PRINTED)
    assert "No carbon-neutrality certificate" in refused.value.message.en
    services.update_engagement(store.uow(), engagement_id, {"assurance": Assurance.LIMITED}, ACTOR)
    with pytest.raises(DomainError) as forbidden:
        print_document(store.uow(), engagement_id, Document.STATEMENT, tmp_path / "s.pdf", PRINTED)
    assert forbidden.value.field == "opinion" and "limited assurance" in forbidden.value.message.en


def test_gases_print_with_their_names_and_a_subscript_the_font_lacks(store, ready, tmp_path):
    """SF₆'s subscript 6 is not in the font: it is set as a real subscript, never as a missing glyph."""
    engagement_id, _draft = ready
    services.update_engagement(store.uow(), engagement_id, {"ghgs": ("CO2", "CH4", "SF6")}, ACTOR)
    path = tmp_path / "gases.pdf"
    print_document(store.uow(), engagement_id, Document.STATEMENT, path, PRINTED)
    text = text_of(path)
    assert missing(["二氧化碳（CO₂）", "甲烷（CH₄）", "六氟化硫（SF6）"], text) == []
    assert "₆" not in text


def test_a_conservative_estimate_is_a_line_of_the_statement_and_leaves_the_claim_unmet(store, ready, tmp_path):
    """The demo's trial: NC-01 settled by an estimate of 1,900 t made the balance short by 1,866.95 t, yet printed "claim is met"."""
    from datetime import timedelta

    from app.services import findings as finding_services

    engagement_id, draft = ready
    nc = next(f for f in finding_services.list_findings(store.uow(), engagement_id) if f.label == "NC-01")
    finding_services.reopen(store.uow(), engagement_id, nc.id, "the correction was never sent", ACTOR, TODAY)
    later = nc.due + timedelta(days=1)
    finding_services.settle_by_estimate(store.uow(), engagement_id, nc.id, 1_900.0, "two refills", ACTOR, later)
    calculation = inventory_services.calculate(store.uow(), engagement_id)
    assert calculation.balance.shortfall == pytest.approx(1_866.95, abs=0.005) and not calculation.balance.neutral
    path = tmp_path / "statement.pdf"
    printed = print_document(store.uow(), engagement_id, Document.STATEMENT, path, PRINTED)
    assert printed.facts.verified_total == pytest.approx(calculation.results.recalculated + 1_900.0)
    text = text_of(path)
    line = next(line for line in text.splitlines() if "NC-01" in line and "+1,900.00" in line)
    assert "conservative estimate" in line or "保守估算" in line
    assert f"{printed.facts.verified_total:,.2f}" in text and "carbon-neutrality claim is met" not in text
    with pytest.raises(DomainError) as refused:
        print_document(store.uow(), engagement_id, Document.CERTIFICATE, tmp_path / "c.pdf", PRINTED)
    assert "shortfall 1,866.95" in refused.value.message.en


def test_the_draft_watermark_is_seen_but_never_breaks_the_extracted_lines(tmp_path):
    """Issue 14 item 17: the slanted DRAFT was text, so pdftotext interleaved its letters with the lines it crossed.
    It is now drawn as outlines: the body extracts exactly as without it, the footer still says DRAFT, and the page
    shows it (reddish pixels where the unmarked page has none)."""
    import pypdfium2
    from reportlab.platypus import Paragraph

    from app.reports.pdf import styles, write_pdf

    body = [Paragraph(f"Line {n}: stationary combustion of bituminous coal, 4,650 t", styles("en").body) for n in range(40)]
    pages = {}
    for name, mark in (("plain", None), ("draft", "草稿 / DRAFT")):
        write_pdf(tmp_path / f"{name}.pdf", list(body), Text("T", "T"), "en", "VF-2026-0009", "tester", PRINTED, watermark=mark)
        pages[name] = text_of(tmp_path / f"{name}.pdf").splitlines()
    body_lines = lambda lines: [line for line in lines if "VF-2026-0009" not in line]  # noqa: E731 (the footer differs)
    assert body_lines(pages["draft"]) == body_lines(pages["plain"])
    assert all("草稿 / DRAFT" in line for line in pages["draft"] if "VF-2026-0009" in line)

    def reddish(name: str) -> int:
        image = pypdfium2.PdfDocument(str(tmp_path / f"{name}.pdf"))[0].render(scale=1).to_pil().convert("RGB")
        pixels = image.tobytes()
        return sum(1 for i in range(0, len(pixels), 3) if pixels[i] > pixels[i + 1] + 20 and pixels[i] > pixels[i + 2] + 20)

    assert reddish("draft") > 1000 and reddish("plain") == 0


def test_a_version_dated_today_is_refused_before_the_site_visit_ends(store, ready):
    """Review finding: with no statement date set, making final dated the version today and ran no date rule, so a
    statement could be final on the first day of a three-day visit. The same rule as the statement date now holds."""
    engagement_id, draft = ready
    services.update_engagement(store.uow(), engagement_id, {"site_visit_start": date(2026, 5, 31), "site_visit_end": date(2026, 6, 2)}, ACTOR)
    with pytest.raises(DomainError) as refused:
        statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, TODAY)
    assert "before the last day of the site visit" in refused.value.message.en
    assert not statements.statements(store.uow(), engagement_id)[-1].final
    assert statements.make_final(store.uow(), engagement_id, draft.id, ACTOR, date(2026, 6, 2)).final
