"""Life-cycle guards: each refusal lists what is missing; termination needs a reason."""

from datetime import date

import pytest

from app.domain.engagement import stages
from app.domain.engagement.contract_review import ContractChange, ContractReview
from app.domain.engagement.engagement import Engagement
from app.domain.engagement.stages import Stage
from app.domain.engagement.team import TeamMember
from app.domain.findings.finding import Finding, Kind
from app.domain.kernel.choices import Programme, Role
from app.domain.kernel.text import DomainError, Text
from app.domain.lifecycle import gates as lifecycle
from app.domain.statement.statement import Statement
from app.services.demo import demo_client, demo_engagement, demo_review

TODAY = date(2026, 6, 1)


def planned_engagement() -> Engagement:
    client = demo_client()
    e = demo_engagement(client.id, TODAY)
    lifecycle.advance(e, client, review=demo_review(TODAY))
    return e


def test_an_empty_draft_lists_everything_missing():
    with pytest.raises(DomainError) as caught:
        lifecycle.advance(Engagement(organisation_id="x"), None)
    message = caught.value.message.en
    for words in ("no client", "no reporting period", "no criteria chosen", "no lead verifier", "man-days not set"):
        assert words in message
    assert "尚不能进入“已策划”阶段" in caught.value.message.zh


def test_undeclared_impartiality_blocks_planning_and_names_the_member():
    client = demo_client()
    e = demo_engagement(client.id, TODAY)
    e.team.append(TeamMember("Zhao", Role.VERIFIER))
    assert [b.en for b in lifecycle.blockers(e, client, review=demo_review(TODAY))] == ["no impartiality declaration yet from: Zhao"]


def test_the_main_line_runs_to_issued():
    client = demo_client()
    e = planned_engagement()
    while e.status is not Stage.STATEMENT:
        lifecycle.advance(e, client)
    with pytest.raises(DomainError, match="the statement is not final yet"):
        lifecycle.advance(e, client, statements=[Statement("VS-1")])
    with pytest.raises(DomainError, match="the statement is not final yet"):  # a later draft is what would be submitted
        lifecycle.advance(e, client, statements=[Statement("VS-1", version=2), Statement("VS-1", final=True)])
    final = [Statement("VS-1", final=True)]
    assert lifecycle.advance(e, client, statements=final) is Stage.SUBMITTED
    e.reviewer_id = e.team[0].person_id
    with pytest.raises(DomainError) as caught:
        lifecycle.advance(e, client, statements=final)
    assert "was on the team" in caught.value.message.en
    e.reviewer_id = "independent-reviewer"
    assert lifecycle.advance(e, client, statements=final) is Stage.TECHNICAL_REVIEW
    refused = pytest.raises(DomainError, lifecycle.advance, e, client, statements=final).value
    assert "no decision-maker named; no decision date" in str(refused)
    e.decision_maker_id, e.decision_date = "general-manager", date(2026, 9, 1)
    assert lifecycle.advance(e, client, statements=final) is Stage.DECIDED
    assert lifecycle.advance(e, client, statements=final) is Stage.ISSUED
    assert stages.next_stage(e.status) is None


def test_termination_needs_a_reason_and_is_final():
    e = planned_engagement()
    with pytest.raises(DomainError) as caught:
        lifecycle.terminate(e, "  ")
    assert caught.value.field == "termination_reason"
    lifecycle.terminate(e, "Client refused access to the site (rules §9.5.3.4 1)")
    assert e.status is Stage.TERMINATED
    assert stages.next_stage(e.status) is None
    with pytest.raises(DomainError):
        lifecycle.terminate(e, "again")


@pytest.mark.parametrize("programme", [Programme.ISO_14064_1, Programme.ISO_14064_2])
@pytest.mark.parametrize("stage", list(Stage))
def test_what_blocks_a_stage_is_the_same_read_from_only_what_its_guard_reads(stage, programme):
    """The workspace reads only ``lifecycle.reads(e)`` of the findings, statements and contract records after each
    edit (500 findings take a while): given inputs that each say something other than their default, the others
    change nothing."""
    client = demo_client()
    e = demo_engagement(client.id, TODAY)
    e.status, e.programme, e.statement_date, e.reviewer_id, e.decision_date = stage, programme, None, "", None
    finding = Finding(Kind.NONCONFORMITY, "meter not calibrated", "Li", TODAY, TODAY)
    held = {"findings": [finding], "statements": [Statement("VS-1", final=True, dated=TODAY)], "review": ContractReview(),
            "changes": [ContractChange(description="two more days")], "own": [Text("无", "no baseline")]}
    everything = lifecycle.blockers(e, client, **held)
    assert lifecycle.blockers(e, client, **{name: held[name] for name in lifecycle.reads(e)}) == everything
    assert everything or stage in (Stage.ISSUED, Stage.TERMINATED)
