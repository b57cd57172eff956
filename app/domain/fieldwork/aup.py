"""Agreed-upon procedures (programme AUP, seed 000 §4): the procedures agreed with the client, each with its result
stated as a factual finding and its evidence, and the report of factual findings restricted to its named users.

An AUP engagement gives **no opinion and no level of assurance**: the users draw their own conclusions from the
findings.  :func:`assurance_wording` finds the words that would say otherwise (opinion, assurance, "nothing has
come to our attention", 保证, 意见 …); a procedure's finding, and the terms, are refused while they hold one, naming
the word, so the report cannot carry one either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

TERMS_KIND, PROCEDURE_KIND = "aup_terms", "aup_procedure"

# What an assurance engagement's conclusion says, and an AUP report may not (English and Chinese).
_ASSURANCE = re.compile(
    r"\b(in our opinion|opinion|assurance|assured|we conclude|conclusion|nothing has come to our attention|fairly stated|"
    r"present[s]? fairly|true and fair|we certify|certif(y|ied))\b|保证|鉴证|意见|结论|认为|公允|未注意到|核证",
    re.IGNORECASE,
)


def assurance_wording(text: str) -> list[str]:
    """The assurance words in ``text`` (empty when it states facts only)."""
    return list(dict.fromkeys(m.group(0).lower() for m in _ASSURANCE.finditer(text or "")))


def _refuse_assurance(text: str, field_name: str, label: Text) -> None:
    words = assurance_wording(text)
    if words:
        shown = "、".join(words)
        raise DomainError(
            Text(f"{label.zh}含有鉴证用语“{shown}”：商定程序只报告事实发现，不发表意见、不提供任何保证。",
                 f"The {label.en} holds assurance wording ({', '.join(words)}): agreed-upon procedures report factual findings "
                 f"only, with no opinion and no assurance."),
            field_name,
        )


@dataclass(frozen=True)
class AupTerms:
    """The engagement's terms: who engaged us, for what purpose, and the only users the report is for."""

    engaging_party: str = ""
    purpose: str = ""
    intended_users: str = ""  # one per line
    subject_matter: str = ""
    agreed_on: date | None = None
    id: str = field(default_factory=new_id)

    EDITABLE = ("engaging_party", "purpose", "intended_users", "subject_matter", "agreed_on")

    @property
    def users(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.intended_users.splitlines() if line.strip())

    def validated(self) -> "AupTerms":
        _refuse_assurance(self.purpose, "purpose", Text("目的", "purpose"))
        _refuse_assurance(self.subject_matter, "subject_matter", Text("对象", "subject matter"))
        return self

    def report_gaps(self) -> list[tuple[str, Text]]:
        """What the restricted-use report cannot go without."""
        gaps = []
        if not self.engaging_party.strip():
            gaps.append(("engaging_party", Text("未填写委托方", "no engaging party")))
        if not self.users:
            gaps.append(("intended_users", Text("未列出报告的使用者（报告仅限其使用）", "no intended users named (the report is restricted to them)")))
        if not self.purpose.strip():
            gaps.append(("purpose", Text("未说明商定程序的目的", "no purpose of the procedures")))
        if self.agreed_on is None:
            gaps.append(("agreed_on", Text("未填写程序商定日期", "no date the procedures were agreed")))
        return gaps


class Outcome(Choice):
    PENDING = "pending", "尚未执行", "not performed yet"
    NO_EXCEPTION = "no-exception", "未发现例外", "no exception found"
    EXCEPTION = "exception", "发现例外", "exception found"


@dataclass(frozen=True)
class Procedure:
    """One agreed procedure, as agreed, and what performing it found (facts only)."""

    number: str
    description: str
    outcome: Outcome = Outcome.PENDING
    finding: str = ""
    evidence: str = ""
    performed_on: date | None = None
    id: str = field(default_factory=new_id)

    EDITABLE = ("number", "description", "outcome", "finding", "evidence", "performed_on")

    def validated(self) -> "Procedure":
        checked = replace(self, outcome=Outcome(self.outcome), number=self.number.strip())
        if not checked.description.strip():
            raise DomainError(Text("请填写商定的程序。", "Describe the agreed procedure."), "description")
        _refuse_assurance(checked.description, "description", Text("程序", "procedure"))
        _refuse_assurance(checked.finding, "finding", Text("事实发现", "factual finding"))
        if checked.outcome is not Outcome.PENDING:
            if not checked.finding.strip():
                raise DomainError(Text("已执行的程序须写明事实发现。", "A performed procedure states its factual finding."), "finding")
            if checked.performed_on is None:
                raise DomainError(Text("请填写程序执行的日期。", "Enter the date the procedure was performed."), "performed_on")
        return checked


def report_blockers(terms: AupTerms | None, procedures: list[Procedure]) -> list[Text]:
    """What stops the report of factual findings: the terms' gaps, no procedure, or procedures not performed yet."""
    out = [why for _f, why in (terms or AupTerms()).report_gaps()]
    if not procedures:
        out.append(Text("没有商定的程序", "no agreed procedure"))
    out += [Text(f"程序 {p.number} 尚未执行", f"procedure {p.number} is not performed yet") for p in procedures if p.outcome is Outcome.PENDING]
    return out
