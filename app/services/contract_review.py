"""Use cases of the application and contract review (seed 001 §8): the review record and the contract changes.

The review is kept while the engagement is a draft (after that, what changes is a contract change, §8.3.3);
it is approved by a technical lead of the person register, and it can accept the application only when the
register holds someone competent in every technical area the engagement is filed under.  Every change is
recorded field by field in the hash-chained history.
"""

from __future__ import annotations

from app.domain.engagement.contract_review import (
    CHANGE_KIND,
    REVIEW_KIND,
    ChangeOutcome,
    ContractChange,
    ContractReview,
    ReviewDecision,
)
from app.domain.engagement.engagement import Engagement
from app.domain.engagement.people import Person, PersonRole
from app.domain.engagement.stages import Stage
from app.domain.kernel.records import history_fields
from app.domain.kernel.text import DomainError, NotFound, Text
from app.services.engagements import record_changes
from app.services.fieldwork import put_record, record_diff
from app.services.ports import UnitOfWork


def review_of(uow: UnitOfWork, engagement_id: str) -> ContractReview | None:
    """The engagement's review, or None before one is recorded."""
    with uow:
        return _held_review(uow, engagement_id)


def changes_of(uow: UnitOfWork, engagement_id: str) -> list[ContractChange]:
    with uow:
        return uow.records.of(engagement_id, CHANGE_KIND)


def technical_leads(uow: UnitOfWork) -> list[Person]:
    """The people of the register who may approve a contract review."""
    with uow:
        return [p for p in uow.people.all() if PersonRole.TECHNICAL_LEAD.value in p.roles]


def save_review(uow: UnitOfWork, engagement_id: str, review: ContractReview, actor: str) -> ContractReview | None:
    """Record or change the review (one per engagement); returns what was held before (None when new)."""
    review = review.validated()
    with uow:
        engagement = uow.engagements.get(engagement_id)
        engagement.ensure_open()
        old = _held_review(uow, engagement_id)
        if old is not None and old.id != review.id:
            raise DomainError(Text("本项目已有合同评审记录。", "This engagement already has its contract review."), "decision")
        if engagement.status is not Stage.DRAFT and history_fields(old or ContractReview(id=review.id)) != history_fields(review):
            raise DomainError(
                Text("项目已离开草稿阶段，合同评审不能再修改；请登记合同变更并评审（CICC-ZY/GZ-21 第 8.3.3 条）。",
                     "The engagement has left draft: the contract review no longer changes; record a contract change "
                     "and review it instead (CICC-ZY/GZ-21 §8.3.3)."),
                "decision",
            )
        if review.technical_lead_id:
            _check_technical_lead(uow, review.technical_lead_id, "technical_lead_id")
        if review.decision is ReviewDecision.ACCEPTED:
            _check_competence(engagement, uow.people.all())
        put_record(uow, engagement_id, REVIEW_KIND, old, review, actor)
        uow.commit()
    return old


def remove_review(uow: UnitOfWork, engagement_id: str, actor: str) -> None:
    """Take the review away again (undoing its first recording); only while the engagement is a draft."""
    with uow:
        engagement = uow.engagements.get(engagement_id)
        old = _held_review(uow, engagement_id)
        if old is None:
            return
        if engagement.status is not Stage.DRAFT:
            raise DomainError(Text("项目已离开草稿阶段，合同评审不能删除。", "The engagement has left draft: its review stays."), "decision")
        uow.records.remove(engagement_id, REVIEW_KIND, old.id)
        record_changes(uow, engagement_id, record_diff(engagement_id, REVIEW_KIND, old, None), actor)
        uow.commit()


def save_change(uow: UnitOfWork, engagement_id: str, change: ContractChange, actor: str, position: int | None = None) -> ContractChange | None:
    """Record or change a contract change and its review; returns what was held before (None when new).

    A contract is changed only once it was agreed: the review must have accepted the application.
    """
    change = change.validated()
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        review = _held_review(uow, engagement_id)
        if review is None or not review.accepted:
            raise DomainError(Text("合同评审受理申请之后才有合同变更。", "A contract changes only after the review accepted the application."),
                              "description")
        if change.reviewed_by_id:
            _check_technical_lead(uow, change.reviewed_by_id, "reviewed_by_id")
        try:
            old = uow.records.get(engagement_id, CHANGE_KIND, change.id)
        except LookupError:
            old = None
        put_record(uow, engagement_id, CHANGE_KIND, old, change, actor, position)
        uow.commit()
    return old


def remove_change(uow: UnitOfWork, engagement_id: str, change_id: str, actor: str) -> tuple[ContractChange, int]:
    """Remove a contract change that is not reviewed yet (a reviewed one is the written record §8.3.3 keeps)."""
    with uow:
        uow.engagements.get(engagement_id).ensure_open()
        change = uow.records.get(engagement_id, CHANGE_KIND, change_id)
        if change.outcome is not ChangeOutcome.PENDING:
            raise DomainError(Text("已评审的合同变更须保留记录，不能删除。", "A reviewed contract change is kept on record; it cannot be removed."),
                              "outcome")
        position = uow.records.remove(engagement_id, CHANGE_KIND, change_id)
        record_changes(uow, engagement_id, record_diff(engagement_id, CHANGE_KIND, change, None), actor)
        uow.commit()
    return change, position


def _held_review(uow: UnitOfWork, engagement_id: str) -> ContractReview | None:
    held = uow.records.of(engagement_id, REVIEW_KIND)
    return held[0] if held else None


def _check_technical_lead(uow: UnitOfWork, person_id: str, field_name: str) -> None:
    try:
        person = uow.people.get(person_id)
    except NotFound:
        raise DomainError(Text("请从人员名册中选择技术负责人。", "Pick the technical lead from the people register."), field_name) from None
    if PersonRole.TECHNICAL_LEAD.value not in person.roles:
        raise DomainError(Text(f"{person.name} 在人员名册中不是技术负责人，不能批准合同评审。",
                               f"{person.name} is not a technical lead in the people register and may not approve the review."),
                          field_name)


def _check_competence(engagement: Engagement, people: list[Person]) -> None:
    """§8.3.1: the body must have the competence: someone of the register competent in each technical area."""
    covered = {code for person in people for code in person.competences}
    missing = [code for code in engagement.technical_areas if code not in covered]
    if missing:
        codes = "、".join(missing)
        raise DomainError(Text(f"人员名册中没有人具备技术领域 {codes} 的能力，不能受理申请。",
                               f"No one in the people register is competent in {', '.join(missing)}: the application cannot be "
                               f"accepted."), "competence_confirmed")
