"""The stages of an engagement's life, in order (design "spine"); what each step forward requires is in :mod:`app.domain.lifecycle.gates`."""

from __future__ import annotations

from app.domain.kernel.choices import Choice


class Stage(Choice):
    DRAFT = "draft", "草稿", "draft"
    PLANNED = "planned", "已策划", "planned"
    DOCUMENT_REVIEW = "document-review", "文件审定", "document review"
    SITE_VERIFICATION = "site-verification", "现场核查", "site verification"
    FINDINGS = "findings", "核查发现", "findings"
    STATEMENT = "statement", "核证声明", "statement"
    SUBMITTED = "submitted", "已提交", "submitted"
    TECHNICAL_REVIEW = "technical-review", "技术评审", "technical review"
    DECIDED = "decided", "已决定", "decided"
    ISSUED = "issued", "已签发", "issued"
    TERMINATED = "terminated", "已终止", "terminated"


SEQUENCE = tuple(s for s in Stage if s is not Stage.TERMINATED)


def next_stage(stage: Stage) -> Stage | None:
    """The stage after ``stage`` on the main line, or None at the end or when terminated."""
    if stage is Stage.TERMINATED or stage is SEQUENCE[-1]:
        return None
    return SEQUENCE[SEQUENCE.index(stage) + 1]


def previous_stage(stage: Stage) -> Stage | None:
    if stage is Stage.TERMINATED or stage is SEQUENCE[0]:
        return None
    return SEQUENCE[SEQUENCE.index(stage) - 1]
