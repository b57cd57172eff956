"""What head office's ``publish`` writes for an engagement, made from the domain's own records for the tests: a
review with one point, or the same point answered, closed, decided and certified."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from app.domain.certification import review as reviews
from app.domain.certification.certificate import Certificate
from app.domain.certification.decision import Decision, Outcome
from app.domain.certification.plain import to_plain
from app.sync import downloads as formats

REVIEWER = {"id": "2f7c1c8e-5b7e-4a53-9a53-0f1f5d1a0001", "name_zh": "赵敏", "name_en": "Zhao Min"}
POINT = "NC-01 的证据？ / NC-01's evidence?"
NUMBER = "VF-CN-2026-0007"


def returns(engagement_id: str, approved: bool = False, points: tuple[str, ...] = (POINT,)) -> dict:
    """The same engagement's review keeps its id and its points theirs from one call to the next, as head office's does."""
    review = reviews.Review(engagement_id, REVIEWER["id"], date(2026, 6, 2), id=str(uuid.uuid5(uuid.NAMESPACE_URL, engagement_id)))
    for n, text in enumerate(points):
        review, point = reviews.raise_point(review, text, date(2026, 6, 2))
        review = replace(review, points=review.points[:-1] + (replace(point, id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{engagement_id}/{n}"))),))
    decisions, certificate = [], None
    if approved:
        for point in review.points:
            review = reviews.answer_point(review, point.id, "维保记录 / the service log", "张伟 Zhang Wei", date(2026, 6, 3))
            review = reviews.close_point(review, point.id, date(2026, 6, 4))
        decisions = [Decision(engagement_id, REVIEWER["id"], Outcome.APPROVED, date(2026, 6, 5), review_id=review.id)]
        certificate = Certificate(NUMBER, engagement_id, "DEMO-2026-0001", "演示客户", "ghg", "scope", date(2026, 6, 5), date(2026, 6, 5))
    return {"kind": formats.KIND, "version": 1, "engagement_id": engagement_id, "review": to_plain(review),
            "decisions": [to_plain(d) for d in decisions], "certificate": to_plain(certificate) if certificate else None,
            "valid_until": certificate.valid_until.isoformat() if certificate else None, "people": [REVIEWER]}
