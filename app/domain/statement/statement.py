"""The verification statement: opinion, wording language, free-text sections and numbered versions.

Seed 001 §9.7.1–§9.7.6.  A statement has one number per engagement and
versions: drafts 1, 2, … and at most one final version at the head.  Making a
version final freezes the engagement facts it quotes
(:mod:`app.domain.statement.facts`); it is refused while a nonconformity or
clarification request is unresolved (§9.7.6), while a section the seed asks
for is empty, or when the opinion contradicts the recalculation.  A final
version is never edited: a later change needs a new version, which starts as a
copy of the last one.

The opinions are those of ISO 14064-3 §6.3: for reasonable assurance an
unmodified, modified (qualified), adverse opinion or a disclaimer; for limited
assurance a conclusion in the negative form ("nothing has come to our
attention …") or a modified one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable

from app.domain.engagement.engagement import check_editable
from app.domain.findings.finding import MAX_TEXT
from app.domain.inventory.calculation import Verdict
from app.domain.kernel.choices import Assurance, Choice, Programme
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text
from app.domain.statement.facts import Facts


class Opinion(Choice):
    UNMODIFIED = "unmodified", "无保留意见", "unmodified opinion"
    MODIFIED = "modified", "保留意见（修正）", "modified (qualified) opinion"
    ADVERSE = "adverse", "否定意见", "adverse opinion"
    DISCLAIMER = "disclaimer", "无法表示意见", "disclaimer of opinion"


class Wording(Choice):
    """The language(s) the documents are printed in."""

    BOTH = "both", "中英文对照", "Chinese and English"
    ZH = "zh", "中文", "Chinese"
    EN = "en", "英文", "English"

    @property
    def languages(self) -> tuple[str, ...]:
        return ("zh", "en") if self is Wording.BOTH else (self.value,)


def opinions_for(assurance: Assurance) -> tuple[Opinion, ...]:
    """The opinions a level of assurance allows (limited assurance gives no adverse opinion or disclaimer)."""
    if assurance is Assurance.LIMITED:
        return (Opinion.UNMODIFIED, Opinion.MODIFIED)
    return tuple(Opinion)


def opinion_label(opinion: Opinion, assurance: Assurance) -> Text:
    """How the opinion is named: under limited assurance an unmodified one is a negative-form conclusion."""
    if opinion is Opinion.UNMODIFIED and assurance is Assurance.LIMITED:
        return Text("无保留结论（消极式）", "unmodified conclusion (negative form)")
    return opinion.label


# The free-text sections, in the order of §9.7.2, each with the item it answers.
SECTIONS: dict[str, Text] = {
    "evidence_review": Text("d) 1) 证据完整性和准确性的评估", "d) 1) Completeness and accuracy of the evidence"),
    "material_issues": Text("d) 2) 实质性问题与 GHG 标准的符合性", "d) 2) Material issues against the GHG standards"),
    "iso14068": Text("d) 3) ISO 14068 符合性评估", "d) 3) Conformity with ISO 14068"),
    "changes": Text("d) 4) 与上一年度的变化及碳中和管理计划的实施", "d) 4) Changes from the previous year and the management plan"),
    "management_plan": Text("e) 2) 碳中和管理计划以及 GHG 监视和测量", "e) 2) Carbon-neutrality management plan and GHG monitoring"),
    "procedures": Text("e) 5) 核查证据的收集程序", "e) 5) How the verification evidence was gathered"),
    "basis": Text("修正意见的依据 / 结论的限定条件", "Basis for a modified opinion / limitations of the conclusion"),
    "contact": Text("g) 核查员联系方式", "g) How to contact the verifiers"),
}
# §9.7.2 asks for every section but the basis, which only a modified opinion needs.
REQUIRED = tuple(name for name in SECTIONS if name != "basis")
# The sections about ISO 14068-1 and the carbon-neutrality management plan: asked for under carbon neutrality only.
NEUTRALITY_SECTIONS = ("iso14068", "changes", "management_plan")
NEUTRALITY_CRITERION = "ISO 14068-1"


def carbon_neutrality(programme: Programme, criteria: Iterable[str]) -> bool:
    """Whether an engagement verifies a carbon-neutrality claim, and so may have a certificate (§9.7.1, §10.3).

    It does under the ISO 14068-1 programme, or under another (an ISO 14064-1 inventory, say) whose criteria
    include ISO 14068-1 (any edition): the claim is then verified against ISO 14068-1 as well.
    """
    return Programme(programme) is Programme.ISO_14068_1 or any(c.strip().startswith(NEUTRALITY_CRITERION) for c in criteria)


def required_sections(neutrality: bool) -> tuple[str, ...]:
    """The sections that must be written before a version is made final."""
    return REQUIRED if neutrality else tuple(name for name in REQUIRED if name not in NEUTRALITY_SECTIONS)


def check_certificate(programme: Programme, criteria: Iterable[str]) -> None:
    """Refuse a carbon-neutrality certificate outside a carbon-neutrality engagement."""
    if not carbon_neutrality(programme, criteria):
        raise DomainError(
            Text(f"碳中和证书仅用于碳中和核证（ISO 14068-1 方案，或准则包含 ISO 14068-1）；本项目为{Programme(programme).label.zh}。",
                 "A carbon-neutrality certificate belongs to carbon-neutrality engagements only (the ISO 14068-1 programme, "
                 f"or criteria that include ISO 14068-1); this one is {Programme(programme).label.en}."),
            "certificate",
        )

# The signature fields of the statement and certificate: the lead verifier's, then head office's (§9.7.1 h).
VERIFIER_FIELD, AUTHORISER_FIELD = "Verifier", "Authoriser"


@dataclass(frozen=True)
class Statement:
    """One version of an engagement's statement (the certificate and report print from the same version)."""

    number: str
    version: int = 1
    opinion: Opinion = Opinion.UNMODIFIED
    wording: Wording = Wording.BOTH
    evidence_review: str = ""
    material_issues: str = ""
    iso14068: str = ""
    changes: str = ""
    management_plan: str = ""
    procedures: str = ""
    basis: str = ""
    contact: str = ""
    created_by: str = ""
    created_on: date | None = None
    final: bool = False
    facts: Facts | None = None
    dated: date | None = None  # the statement's date (§9.7.2 f), set when it is made final
    finalised_by: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("opinion", "wording", *SECTIONS)

    @property
    def label(self) -> Text:
        if self.final:
            return Text(f"第 {self.version} 版（定稿）", f"version {self.version} (final)")
        return Text(f"第 {self.version} 版（草稿）", f"draft {self.version}")

    def edited(self, changes: dict[str, Any], assurance: Assurance) -> "Statement":
        """A copy with ``changes``; a final version is refused whole."""
        check_editable(changes, self.EDITABLE)
        if self.final:
            raise DomainError(
                Text(f"{self.label.zh}已定稿，不能修改；请新建一个版本。", f"{self.label.en} is final and cannot be changed; start a new version."),
            )
        changed = replace(self, **changes)
        return changed.validated(assurance)

    def validated(self, assurance: Assurance) -> "Statement":
        try:
            checked = replace(self, opinion=Opinion(self.opinion), wording=Wording(self.wording))
        except ValueError:
            raise DomainError(Text("意见类型或语言无效。", "Unknown opinion or language."), "opinion") from None
        if checked.opinion not in opinions_for(assurance):
            raise DomainError(
                Text(
                    f"{assurance.label.zh}下不能出具{checked.opinion.label.zh}。",
                    f"A {checked.opinion.label.en} cannot be given under {assurance.label.en}.",
                ),
                "opinion",
            )
        for name in SECTIONS:
            if not isinstance(getattr(checked, name), str):
                raise DomainError(Text("应为文字。", "Expected text."), name)
            if len(getattr(checked, name)) > MAX_TEXT:
                raise DomainError(Text(f"文字过长（超过 {MAX_TEXT} 字）。", f"The text is too long (over {MAX_TEXT} characters)."), name)
        return checked

    def made_final(self, facts: Facts, assurance: Assurance, blockers: Iterable[Text], by: str, today: date,
                   required: tuple[str, ...] = REQUIRED) -> "Statement":
        """This version made final with the facts frozen and dated ``today`` (the statement date), or a DomainError
        naming everything that stands in the way."""
        problems = final_problems(self, facts, assurance, blockers, required)
        if problems:
            raise DomainError(
                Text("不能定稿：" + "；".join(p.zh for p in problems), "Cannot make it final: " + "; ".join(p.en for p in problems)),
                "final",
            )
        return replace(self, final=True, facts=facts, dated=today, finalised_by=by)

    def next_version(self, by: str, today: date) -> "Statement":
        """A new draft that starts as a copy of this final version."""
        if not self.final:
            raise DomainError(Text(f"{self.label.zh}尚未定稿，请直接修改它。", f"{self.label.en} is not final yet; edit it instead."))
        return replace(self, version=self.version + 1, final=False, facts=None, dated=None, finalised_by="",
                       created_by=by, created_on=today, id=new_id())


def final_problems(statement: Statement, facts: Facts, assurance: Assurance, blockers: Iterable[Text],
                   required: tuple[str, ...] = REQUIRED) -> list[Text]:
    """What stops ``statement`` from being made final with ``facts`` (empty when nothing does); ``required`` are the
    sections that must be written (:func:`required_sections`)."""
    problems = list(blockers)
    if statement.final:
        problems.append(Text("该版本已定稿", "this version is already final"))
    problems += [Text(f"「{SECTIONS[n].zh}」未填写", f"“{SECTIONS[n].en}” is empty") for n in required if not getattr(statement, n).strip()]
    if not facts.site_visit:
        problems.append(Text("项目未填写现场核查日期（声明须写明核查实施日期）", "the engagement has no site-visit date, which the statement must give"))
    if statement.opinion is not Opinion.UNMODIFIED and not statement.basis.strip():
        problems.append(Text("修正意见、否定意见或无法表示意见须写明依据", "a modified or adverse opinion or a disclaimer needs its basis"))
    if statement.opinion is Opinion.UNMODIFIED and facts.verdict in (Verdict.MATERIAL, Verdict.INCOMPLETE, Verdict.NO_REPORT):
        problems.append(
            Text(f"重新计算的结论为「{facts.verdict_label[0]}」，不能出具无保留意见",
                 f"the recalculation says “{facts.verdict_label[1]}”, so the opinion cannot be unmodified")
        )
    if statement.opinion not in opinions_for(assurance):
        problems.append(Text(f"{assurance.label.zh}下不能出具{statement.opinion.label.zh}", f"no {statement.opinion.label.en} under {assurance.label.en}"))
    return problems


def statement_number(engagement_code: str) -> str:
    """The statement's number, kept by every version (the version is printed beside it)."""
    return f"VS-{engagement_code}"


def certificate_number(statement: Statement) -> str:
    return f"CN-{statement.number.removeprefix('VS-')}-{statement.version:02d}"
