"""Every date rule of head office: certificate validity (leap years), the surveillance windows (12 months, once a
calendar year, never more than 15 months apart, a late first surveillance), the 5-working-day deadline with weekends
and holidays, the suspension period, the appeal timetable and record retention."""

from datetime import date

import pytest

from app.domain.certification.cases import Step, open_case, take_step
from app.domain.certification.certificate import Certificate, CertificateStatus, next_number, record_surveillance, reinstate, suspend
from app.domain.certification.retention import Held, RecordType, decide_disposal, disposable, keep_until
from app.domain.certification.status_change import deadline, make_suspension
from app.domain.certification.working_days import add_working_days
from app.domain.kernel.text import DomainError


def certificate(decided: date, issued: date | None = None, held: tuple[date, ...] = ()) -> Certificate:
    return Certificate("VF-CN-2026-0001", "e", "VF-2026-0001", "client", "iso14064-1", "scope", decided, issued or decided, held)


@pytest.mark.parametrize("issued, until", [
    (date(2026, 6, 1), date(2029, 5, 31)),
    (date(2026, 1, 1), date(2028, 12, 31)),
    (date(2028, 2, 29), date(2031, 2, 27)),  # a leap day: the third anniversary in a common year is 28 February
    (date(2027, 3, 1), date(2030, 2, 28)),
    (date(2029, 3, 1), date(2032, 2, 29)),  # the day before falls on a leap day
])
def test_validity_runs_to_the_day_before_the_third_anniversary(issued, until):
    assert certificate(issued).valid_until == until


def test_first_surveillance_within_12_months_then_each_calendar_year_within_15_months():
    schedule = certificate(date(2026, 6, 1)).schedule()
    dues = [a.due_by for a in schedule.audits]
    # first: 12 months after the decision; second: the end of the next calendar year caps the 15 months (2028-09-01)
    assert dues == [date(2027, 6, 1), date(2028, 9, 1), date(2029, 5, 31)]
    assert certificate(date(2026, 6, 1)).next_surveillance_due() == date(2027, 6, 1)


def test_a_decision_on_a_leap_day_gives_the_first_surveillance_on_28_february():
    assert certificate(date(2028, 2, 29)).next_surveillance_due() == date(2029, 2, 28)


def test_a_late_first_surveillance_moves_the_next_window_from_the_day_it_was_held():
    late = certificate(date(2026, 1, 10), held=(date(2027, 3, 20),))
    # held 20 March 2027 (late): the next within 15 months (20 June 2028) and within 2028
    assert late.next_surveillance_due() == date(2028, 6, 20)
    assert late.schedule().audits[0].held_on == date(2027, 3, 20)
    december = certificate(date(2026, 1, 10), held=(date(2027, 11, 30),))
    assert december.next_surveillance_due() == date(2028, 12, 31)  # 15 months would be February 2029: next calendar year caps it


def test_an_overdue_surveillance_proposes_suspension_and_a_held_one_does_not():
    c = certificate(date(2026, 6, 1))
    assert c.overdue(date(2027, 6, 1)) == [] and c.proposals(date(2027, 6, 1)) == []
    assert [a.due_by for a in c.overdue(date(2027, 6, 2))] == [date(2027, 6, 1)]
    assert "suspension proposed" in c.proposals(date(2027, 6, 2))[0].en
    held = record_surveillance(c, date(2027, 5, 20), date(2027, 6, 2))
    assert held.overdue(date(2027, 6, 2)) == [] and held.next_surveillance_due() == date(2028, 8, 20)


def test_a_surveillance_in_the_future_or_before_the_decision_is_refused():
    c = certificate(date(2026, 6, 1))
    for held_on in (date(2026, 7, 1), date(2026, 5, 1)):
        with pytest.raises(DomainError) as caught:
            record_surveillance(c, held_on, date(2026, 6, 15))
        assert caught.value.field == "held_on" and caught.value.message.zh


@pytest.mark.parametrize("verified, holidays, due", [
    (date(2026, 12, 1), (), date(2026, 12, 8)),  # Tuesday → the next Tuesday
    (date(2026, 12, 4), (), date(2026, 12, 11)),  # Friday: the weekend is skipped
    (date(2026, 12, 5), (), date(2026, 12, 11)),  # Saturday: counting starts on Monday
    (date(2026, 9, 30), tuple(date(2026, 10, d) for d in range(1, 8)), date(2026, 10, 14)),  # the National Day week
])
def test_the_5_working_day_deadline_skips_weekends_and_the_holiday_list(verified, holidays, due):
    assert deadline(verified, holidays) == due
    assert add_working_days(verified, 0, holidays) == verified


def test_a_suspension_decided_after_its_deadline_is_recorded_as_late():
    on_time = make_suspension("3", date(2026, 12, 1), date(2026, 12, 8), "p", date(2026, 12, 8), date(2027, 3, 7))
    late = make_suspension("(3)", date(2026, 12, 1), date(2026, 12, 9), "p", date(2026, 12, 9), date(2027, 3, 8))
    assert not on_time.late and late.late and late.deadline == date(2026, 12, 8)


def test_a_suspension_prints_as_suspended_in_its_period_and_past_it_proposes_withdrawal():
    c = certificate(date(2026, 6, 1))
    s = make_suspension("1", date(2026, 12, 1), date(2026, 12, 2), "p", date(2026, 12, 2), date(2027, 3, 1))
    suspended = suspend(c, s, date(2026, 12, 2))
    assert suspended.status(date(2026, 12, 1)) is CertificateStatus.VALID
    assert suspended.status(date(2027, 3, 1)) is CertificateStatus.SUSPENDED and suspended.proposals(date(2027, 3, 1)) == []
    assert "withdrawal proposed" in suspended.proposals(date(2027, 3, 2))[0].en
    assert reinstate(suspended, date(2027, 3, 1)).status(date(2027, 3, 1)) is CertificateStatus.VALID
    with pytest.raises(DomainError) as caught:
        reinstate(suspended, date(2027, 3, 2))
    assert "cannot be reinstated" in caught.value.message.en and "撤销" in caught.value.message.zh


def test_status_expires_the_day_after_validity():
    c = certificate(date(2026, 6, 1))
    assert c.status(date(2029, 5, 31)) is CertificateStatus.VALID and c.status(date(2029, 6, 1)) is CertificateStatus.EXPIRED


def test_register_numbers_count_per_year():
    assert next_number("VF-CN", 2026, []) == "VF-CN-2026-0001"
    assert next_number("VF-CN", 2026, ["VF-CN-2026-0009", "VF-CN-2025-0044", "DEMO-CN-2026-0100"]) == "VF-CN-2026-0010"


def test_case_steps_have_deadlines_from_receipt_and_go_in_order():
    case = open_case("appeal", date(2026, 12, 4), "客户", "不服认证决定 / disputes the decision", "h", ("a", "b"), {})
    assert case.due(Step.ACKNOWLEDGED) == date(2026, 12, 11)  # 5 working days, over a weekend
    assert case.due(Step.COMMUNICATED) == date(2027, 2, 2)
    assert case.overdue(date(2026, 12, 12)) == [Step.ACKNOWLEDGED]
    case = take_step(case, date(2026, 12, 7), "回执 / receipt sent")
    assert case.next_step() is Step.INVESTIGATED and case.overdue(date(2026, 12, 12)) == []
    with pytest.raises(DomainError):
        take_step(case, date(2026, 12, 6))


@pytest.mark.parametrize("kind, closed, until", [
    (RecordType.APPEAL, date(2026, 2, 28), date(2032, 2, 28)),
    (RecordType.SUSPENSION_WITHDRAWAL, date(2028, 2, 29), date(2031, 2, 28)),
    (RecordType.COMPLAINT_INTERNAL, date(2026, 5, 1), date(2029, 5, 1)),
    (RecordType.PERSONNEL_TRAINER, date(2026, 5, 1), date(2027, 5, 1)),
    (RecordType.PROCEDURES, date(2020, 1, 1), None),
    (RecordType.APPEAL, None, None),
])
def test_retention_periods(kind, closed, until):
    assert keep_until(Held("r", kind, closed)) == until


def test_only_records_past_their_period_may_be_disposed_of_and_only_by_a_recorded_decision():
    old, young = Held("old", RecordType.AUDIT_PLAN, date(2020, 1, 1)), Held("young", RecordType.APPEAL, date(2024, 1, 1))
    current = Held("proc", RecordType.PROCEDURES, date(2000, 1, 1))
    assert disposable([old, young, current], date(2026, 12, 1)) == [old]
    assert disposable([old], date(2026, 12, 1), {"old"}) == []
    assert decide_disposal(old, "p", date(2026, 12, 1), "period over").ref == "old"
    for record, by, reason in ((young, "p", "x"), (current, "p", "x"), (old, "p", " ")):
        with pytest.raises(DomainError):
            decide_disposal(record, by, date(2026, 12, 1), reason)


def test_the_holiday_list_is_read_as_typed_and_a_bad_entry_is_named():
    from app.domain.certification.working_days import parse_holidays

    assert parse_holidays("2026-10-02, 2026-10-01\n2026-10-01") == (date(2026, 10, 1), date(2026, 10, 2))
    with pytest.raises(DomainError) as caught:
        parse_holidays("2026-10-01 10/02")
    assert caught.value.field == "holidays" and "10/02" in caught.value.message.en and "10/02" in caught.value.message.zh
