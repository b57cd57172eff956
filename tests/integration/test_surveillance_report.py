"""The surveillance report over a real SQLite store (seed 001 §9.8.1.5–§9.8.1.7): a surveillance engagement from
a certificate answers the checklist a–i, recommends, and head office's decision keeps, suspends or withdraws the
certificate; refusals (an open item, a team member deciding, a suspension without reasons) change nothing; the
report prints in Chinese and English and is read back with pdftotext."""

import subprocess
from datetime import date, datetime

import pytest

from app.domain.certification.certificate import CertificateStatus
from app.domain.certification.review import Check, Result
from app.domain.certification.surveillance_report import Item
from app.domain.engagement.people import person_from_name
from app.domain.kernel.text import DomainError
from app.services import certification as ho
from app.services import demo_stages
from app.services import engagements as services
from app.services import surveillance

ISSUED = date(2026, 6, 1)
AUDITED = date(2027, 4, 1)
ACTOR = "赵敏 Zhao Min"
LEAD, REVIEWER, DM = (person_from_name(n).id for n in ("王磊 Wang Lei", "赵敏 Zhao Min", "孙强 Sun Qiang"))
ALL_MET = {i.value: (Result.MET.value, f"核查记录 {i.value} / records seen") for i in Item}


@pytest.fixture
def audit(store):
    """A certificate issued on ISSUED and the id of its surveillance engagement."""
    engagement_id = demo_stages.create_demo_at(store.uow(), "submitted", "王磊 Wang Lei", ISSUED)
    ho.start_review(store.uow(), engagement_id, REVIEWER, ACTOR, ISSUED)
    for check in Check:
        ho.record_check(store.uow(), engagement_id, check, Result.MET, "", ACTOR)
    ho.approve_review(store.uow(), engagement_id, ACTOR, ISSUED)
    _, certificate = ho.decide(store.uow(), engagement_id, DM, True, "", ISSUED, ACTOR)
    return certificate.number, ho.start_follow_up(store.uow(), certificate.number, "surveillance", ACTOR, date(2027, 3, 1))


def test_the_checklist_needs_every_item_before_the_recommendation(store, audit):
    number, engagement_id = audit
    report = surveillance.report_of(store.uow(), engagement_id)
    assert report.certificate == number and [c.item for c in report.checks] == list(Item)
    answers = dict(ALL_MET, c=(Result.NOT_MET.value, ""))
    surveillance.record_items(store.uow(), engagement_id, answers, ACTOR)
    with pytest.raises(DomainError) as caught:
        surveillance.recommend(store.uow(), engagement_id, "keep", "", ACTOR, AUDITED)
    assert "'c. the last audit's corrections" in caught.value.message.en and "say why" in caught.value.message.en
    assert surveillance.report_of(store.uow(), engagement_id).recommendation is None
    with pytest.raises(DomainError) as caught:  # no decision without a recommendation
        surveillance.decide(store.uow(), engagement_id, DM, "keep", "", "", AUDITED, ACTOR)
    assert "no recommendation" in caught.value.message.en


def test_a_kept_certificate_counts_the_surveillance_held_and_a_team_member_may_not_decide(store, audit):
    number, engagement_id = audit
    surveillance.record_items(store.uow(), engagement_id, ALL_MET, ACTOR)
    surveillance.recommend(store.uow(), engagement_id, "keep", "体系运行有效 / the system works", ACTOR, AUDITED)
    with pytest.raises(DomainError) as caught:
        surveillance.decide(store.uow(), engagement_id, LEAD, "keep", "", "", AUDITED, ACTOR)
    assert "on the team" in caught.value.message.en
    assert ho.certificate(store.uow(), number).surveillances == ()
    with pytest.raises(DomainError) as caught:  # the reviewer is not on the team but holds no decision-maker role
        surveillance.decide(store.uow(), engagement_id, REVIEWER, "keep", "", "", AUDITED, ACTOR)
    assert "decision-maker role" in caught.value.message.en and surveillance.report_of(store.uow(), engagement_id).decision is None
    report, held = surveillance.decide(store.uow(), engagement_id, DM, "keep", "", "", AUDITED, ACTOR)
    assert report.decision.value == "keep" and report.decided_by == DM
    assert held.surveillances == (AUDITED,) and held.status(AUDITED) is CertificateStatus.VALID
    assert ho.certificate(store.uow(), number).next_surveillance_due() > AUDITED
    with pytest.raises(DomainError):  # decided once
        surveillance.decide(store.uow(), engagement_id, DM, "withdraw", "x", "6", AUDITED, ACTOR)
    entities = {h.change.entity for h in services.engagement_history(store.uow(), engagement_id)}
    assert "surveillance" in entities and services.verify_history(store.uow()) == []


def test_a_suspension_needs_its_reasons_then_suspends_and_a_withdrawal_withdraws(store, audit):
    number, engagement_id = audit
    answers = dict(ALL_MET, f=(Result.NOT_MET.value, "证书被用于范围外产品 / mark used beyond the scope"))
    surveillance.record_items(store.uow(), engagement_id, answers, ACTOR)
    surveillance.recommend(store.uow(), engagement_id, "suspend", "标志误用 / misuse of the mark", ACTOR, AUDITED)
    with pytest.raises(DomainError) as caught:
        surveillance.decide(store.uow(), engagement_id, DM, "suspend", "", "", AUDITED, ACTOR)
    assert "needs the reasons" in caught.value.message.en
    assert ho.certificate(store.uow(), number).status(AUDITED) is CertificateStatus.VALID
    _, held = surveillance.decide(store.uow(), engagement_id, DM, "suspend", "标志误用 / misuse", "4", AUDITED, ACTOR)
    assert held.status(AUDITED) is CertificateStatus.SUSPENDED and held.suspensions[0].reason.value == "4"
    assert ho.certificate(store.uow(), number).status(AUDITED) is CertificateStatus.SUSPENDED


def test_a_withdrawal_decided_on_the_report_withdraws_the_certificate(store, audit):
    number, engagement_id = audit
    surveillance.record_items(store.uow(), engagement_id, ALL_MET, ACTOR)
    surveillance.recommend(store.uow(), engagement_id, "withdraw", "拒绝监督 / supervision refused", ACTOR, AUDITED)
    surveillance.decide(store.uow(), engagement_id, DM, "withdraw", "拒绝配合 / refused", "2", AUDITED, ACTOR)
    assert ho.certificate(store.uow(), number).status(AUDITED) is CertificateStatus.WITHDRAWN
    assert [c.number for c in ho.withdrawn(store.uow())] == [number]


def test_the_report_prints_in_chinese_and_english(store, audit, tmp_path):
    from app.reports.surveillance_report_pdf import write_surveillance_report

    number, engagement_id = audit
    surveillance.record_items(store.uow(), engagement_id, ALL_MET, ACTOR)
    surveillance.recommend(store.uow(), engagement_id, "keep", "体系运行有效 / the system works", ACTOR, AUDITED)
    report, certificate = surveillance.decide(store.uow(), engagement_id, DM, "keep", "", "", AUDITED, ACTOR)
    e, client = services.load(store.uow(), engagement_id)
    path = tmp_path / "surveillance.pdf"
    write_surveillance_report(path, e, client, certificate, report, {DM: "孙强 Sun Qiang"}, datetime(2027, 4, 1, 9))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    for expected in ("监督审核报告", "Surveillance audit report", number, "继续保持认证证书", "keep the certificate",
                     "h. complaints are received and handled in time", "孙强 Sun Qiang", "体系运行有效"):
        assert expected in text
