"""The verification statement (seed 001 §9.7.2) and the carbon-neutrality certificate (§9.7.1) as PDFs.

Both print one statement version with the facts it quotes: the frozen facts
of a final version, the engagement's own for a draft (which carries a DRAFT
watermark).  The opinion and neutrality sentences come from
``resources/statements/wording.toml`` with their figures filled from the
facts, so no figure in the wording is typed by hand.  Each document ends with
two empty signature fields, for the lead verifier and for head office's
authorised signatory, which :mod:`app.reports.signing` fills later.
"""

from __future__ import annotations

import tempfile
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.atomic import write_bytes
from app.domain.engagement.surveillance import certificate_schedule
from app.domain.kernel.choices import Assurance, Gas
from app.domain.kernel.text import DomainError, Text, unwritable
from app.domain.statement.facts import Facts
from app.domain.statement.statement import (
    AUTHORISER_FIELD,
    NEUTRALITY_SECTIONS,
    SECTIONS,
    VERIFIER_FIELD,
    Opinion,
    Statement,
    certificate_number,
    opinion_label,
    opinions_for,
)
from app.paths import resources_dir
from app.reports.pdf import GRID, PAGE_WIDTH, SHADE, Styles, font, para, styles, table, write_pdf
from app.reports.signing import SignatureSpot, add_signature_fields


@lru_cache(maxsize=1)
def wording() -> dict:
    with open(resources_dir() / "statements" / "wording.toml", "rb") as handle:
        return tomllib.load(handle)


def in_language(pair: tuple[str, str], language: str) -> str:
    zh, en = pair
    return (zh or en) if language == "zh" else (en or zh)


def money(value: float | None) -> str:
    """tCO₂e as printed: two decimals with thousands separators, "—" when there is no figure."""
    return "—" if value is None else f"{value:,.2f}"


def _direction(facts: Facts, language: str) -> str:
    words = wording()[language]["text"]
    if facts.difference is None:
        return words["not_reported"]
    return words["overstated"] if facts.difference > 0 else words["understated"] if facts.difference < 0 else words["no_difference"]


def fill(template: str, facts: Facts, language: str) -> str:
    """A wording template with its placeholders filled from the facts."""
    zh = language == "zh"
    period = f" {facts.period_start} 至 {facts.period_end} 期间" if zh else f"{facts.period_start} to {facts.period_end}"
    pct = facts.misstatement_pct
    return template.format(direction=_direction(facts, language),
        client=in_language(facts.client, language), period=period,
        criteria=("、" if zh else "; ").join(in_language(c, language) for c in facts.criteria) or "—",
        verified=f"{facts.verified_total:,.2f}", materiality=f"{facts.materiality_pct:g}%",
        misstatement="—" if pct is None else f"{pct:.2f}%", gwp=in_language(facts.gwp_report, language),
        assurance=in_language(facts.assurance_label, language), boundary=in_language(facts.boundary, language),
        subject=facts.title or in_language(facts.client, language), offsets=f"{facts.eligible_offsets:,.2f}",
        shortfall=f"{facts.shortfall:,.2f}", verdict=in_language(facts.verdict_label, language),
    )


def opinion_text(statement: Statement, facts: Facts, language: str) -> str:
    return fill(wording()[language][facts.assurance][statement.opinion.value], facts, language)


def check_opinion(statement: Statement, facts: Facts) -> None:
    """Refuse to print an opinion the level of assurance does not allow (the assurance may change under a draft)."""
    assurance = Assurance(facts.assurance)
    if statement.opinion not in opinions_for(assurance):
        raise DomainError(
            Text(f"{assurance.label.zh}下不能出具{statement.opinion.label.zh}；请在核证声明页改选意见类型。",
                 f"A {statement.opinion.label.en} cannot be given under {assurance.label.en}; choose another opinion on the Statement page."),
            "opinion",
        )


def neutrality_text(facts: Facts, language: str) -> str:
    key = "incomplete" if not facts.complete else "neutral" if facts.neutral else "not_neutral"
    return fill(wording()[language]["neutrality"][key], facts, language)


@dataclass
class Page:
    """Writes in one language or both: headings joined, paragraphs one after the other."""

    languages: tuple[str, ...]
    s: Styles

    @classmethod
    def of(cls, statement: Statement) -> "Page":
        languages = statement.wording.languages
        return cls(languages, styles("both" if len(languages) > 1 else languages[0]))

    @property
    def code(self) -> str:
        return "both" if len(self.languages) > 1 else self.languages[0]

    def t(self, text: Text | tuple[str, str], separator: str = " / ") -> str:
        pair = (text.zh, text.en) if isinstance(text, Text) else text
        return separator.join(dict.fromkeys(in_language(pair, lang) for lang in self.languages))

    def cell(self, text: Text | tuple[str, str]) -> str:
        """For a table cell: each language on its own line, so a narrow column does not split English words."""
        return self.t(text, "\n")

    def words(self, key: str) -> str:
        """A fixed phrase of the wording file in the page's language(s)."""
        return " / ".join(wording()[lang]["text"][key] for lang in self.languages)

    def heading(self, text: Text) -> object:
        return para(self.t(text), self.s.heading)

    def say(self, by_language) -> list:
        """One paragraph per language; ``by_language(lang)`` gives its text (the second language in grey)."""
        out = []
        for i, lang in enumerate(self.languages):
            own = styles(lang)  # English must not wrap like Chinese, which may break anywhere
            out.append(para(by_language(lang), own.body if i == 0 else own.small))
        return out

    def rows(self, rows: list[tuple[Text, str]]) -> object:
        cells = [[self.cell(label), value] for label, value in rows]
        return table(cells, [42 * mm, PAGE_WIDTH - 42 * mm], self.s.cell, header=False,
                     extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)])


class SignatureBoxes(Flowable):
    """Two labelled empty boxes; where they land is recorded so signature fields can be put over them."""

    HEIGHT = 30 * mm

    def __init__(self, labels: list[tuple[str, str]], spots: list[SignatureSpot]):
        super().__init__()
        self.labels, self.spots = labels, spots
        self.width, self.height = PAGE_WIDTH, self.HEIGHT + 6 * mm

    def wrap(self, available_width, available_height):
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        box_width = (self.width - 10 * mm) / 2
        for i, (field, label) in enumerate(self.labels):
            x = i * (box_width + 10 * mm)
            self.canv.setFont(font(), 8)
            self.canv.drawString(x, self.HEIGHT + 2 * mm, label)
            self.canv.setStrokeColor(GRID)
            self.canv.rect(x, 0, box_width, self.HEIGHT)
            left, bottom = self.canv.absolutePosition(x, 0)
            self.spots.append(SignatureSpot(field, self.canv.getPageNumber() - 1, (left, bottom, left + box_width, bottom + self.HEIGHT)))


L = {
    "statement": Text("温室气体核证声明", "Greenhouse gas verification statement"),
    "certificate": Text("碳中和证书", "Carbon neutrality certificate"),
    "number": Text("声明编号", "Statement No."),
    "certificate_number": Text("证书编号", "Certificate No."),
    "version": Text("版本", "Version"),
    "dated": Text("声明日期", "Date of statement"),
    "not_dated": Text("（定稿时填写）", "(set when made final)"),
    "a": Text("a) 责任方 / 委托方", "a) Responsible party / client"),
    "name": Text("名称", "Name"),
    "address": Text("地址", "Address"),
    "contact": Text("联系人", "Contact"),
    "credit_code": Text("统一社会信用代码", "Unified social credit code"),
    "b": Text("b) 核查准则和依据", "b) Criteria and basis"),
    "programme": Text("核查类型", "Programme"),
    "criteria": Text("准则", "Criteria"),
    "c": Text("c) 核查范围和目的", "c) Scope and objectives"),
    "objectives": Text("目的", "Objectives"),
    "period": Text("核查期间", "Period"),
    "assurance": Text("保证等级", "Level of assurance"),
    "materiality": Text("实质性阈值", "Materiality"),
    "boundary": Text("报告边界", "Reporting boundary"),
    "sites": Text("场所", "Sites"),
    "ghgs": Text("温室气体", "Greenhouse gases"),
    "d": Text("d) 综述", "d) Summary"),
    "e": Text("e) 核查结论", "e) Conclusions"),
    "e1": Text("e) 1) 所采用的框架、标准和要求", "e) 1) Framework, standards and requirements applied"),
    "e3": Text("e) 3) 边界内的温室气体信息", "e) 3) Greenhouse gas information within the boundary"),
    "e4": Text("e) 4) 核查意见", "e) 4) Opinion"),
    "e6": Text("e) 6) 保证等级", "e) 6) Level of assurance"),
    "e7": Text("e) 7) 对 GHG 声明的结论及限定条件", "e) 7) Conclusion on the GHG statement and its limitations"),
    "f": Text("f) 核查陈述日期", "f) Date of the statement"),
    "g": Text("g) 核查员", "g) Verifiers"),
    "source": Text("排放源", "Source"),
    "category": Text("类别", "Category"),
    "reported": Text("报告值 tCO₂e", "Reported tCO₂e"),
    "verified": Text("核证值 tCO₂e", "Verified tCO₂e"),
    "direct": Text("直接排放", "Direct emissions"),
    "indirect": Text("间接排放", "Indirect emissions"),
    "total": Text("合计", "Total"),
    "neutrality": Text("碳中和", "Carbon neutrality"),
    "estimates": Text("按保守原则估算并披露的问题", "Matters settled by a conservative estimate (disclosed)"),
    "estimate_line": Text("保守估算（计入核证总量）", "conservative estimate (in the verified total)"),
    "none": Text("无", "none"),
    "sign_verifier": Text("核查组长签字", "Lead verifier"),
    "sign_authoriser": Text("授权签发人签字及职务", "Authorised signatory and position"),
    "cert_a": Text("a) 委托方、碳中和主题及边界", "a) Client, subject of the carbon-neutrality claim and boundary"),
    "subject": Text("碳中和主题", "Subject"),
    "cert_b": Text("b) 碳中和合格日期与应用周期", "b) Date of conformity and period of application"),
    "conformity_date": Text("合格日期", "Date of conformity"),
    "valid_until": Text("有效期至", "Valid until"),
    "cert_c": Text("c) 核查标准和准则", "c) Verification standards and criteria"),
    "cert_d": Text("d) 碳中和意见", "d) Opinion on carbon neutrality"),
    "cert_e": Text("e) 核查证据的收集程序", "e) How the verification evidence was gathered"),
    "cert_f": Text("f) GHG 声明结论及限定条件", "f) Conclusion on the GHG statement and its limitations"),
    "cert_g": Text("g) 日期与编号", "g) Dates and numbers"),
    "site_visit": Text("核查实施日期", "Verification carried out"),
    "cert_h": Text("h) 签发声明授权人签字和职务", "h) Signature and position of the person authorised to issue it"),
    "authoriser": Text("认证决定人", "Certification decision by"),
    "issued": Text("证书签发日期", "Certificate issued"),
    "decided": Text("认证决定日期", "Certification decision"),
    "not_decided": Text("（认证决定后）", "(after the certification decision)"),
}


@dataclass(frozen=True)
class Decision:
    """Head office's certification decision, which the certificate needs (CICC-ZY/GZ-21 §10.3) and which comes after the statement."""

    maker: str = ""
    on: date | None = None
    issued: date | None = None  # the certificate's issue date (on or after the decision); validity runs from it (§10.4)


def _header(page: Page, statement: Statement, title: Text, number: tuple[Text, str], warning: str | None) -> list:
    dated = statement.dated.isoformat() if statement.dated else page.t(L["not_dated"])
    rows = [number, (L["version"], page.t(statement.label)), (L["dated"], dated)]
    banner = [para(warning, page.s.alert)] if warning else []
    return [para(page.t(title), page.s.title), *banner, page.rows(rows), Spacer(1, 3 * mm)]


def _figures(page: Page, facts: Facts) -> object:
    head = [page.cell(L["source"]), page.cell(L["category"]), page.cell(L["reported"]), page.cell(L["verified"])]
    rows = [head] + [[f.name, page.cell(f.category), money(f.reported), money(f.verified)] for f in facts.sources]
    rows += [[page.cell(L["direct"]), "", "", money(facts.direct)], [page.cell(L["indirect"]), "", "", money(facts.indirect)]]
    rows += [[estimate_line(page, e), "", "", f"+{money(e.tonnes)}"] for e in facts.estimates]
    rows += [[page.cell(L["total"]), "", money(facts.reported_total), money(facts.verified_total)]]
    right = [("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("BACKGROUND", (0, -3 - len(facts.estimates)), (-1, -1), SHADE)]
    return table(rows, [62 * mm, 50 * mm, 31 * mm, PAGE_WIDTH - 143 * mm], page.s.cell, extra=right)


def estimate_line(page: Page, estimate) -> str:
    """``NC-01 conservative estimate``: an estimate's line among the verified figures."""
    return f"{estimate.label} {page.t(L['estimate_line'])}"


def gas_name(value: str, page: Page) -> str:
    try:
        return page.t(Gas(value).label)
    except ValueError:  # a gas typed in by hand
        return value


def section(page: Page, statement: Statement, name: str) -> list:
    text = getattr(statement, name).strip() or page.t(L["none"])
    return [para(page.t(SECTIONS[name]), page.s.label), para(text, page.s.body), Spacer(1, 2 * mm)]


def _estimates(page: Page, facts: Facts) -> list:
    if not facts.estimates:
        return []
    rows = [[e.label, f"{e.tonnes:,.2f} tCO₂e", e.basis] for e in facts.estimates]
    return [para(page.t(L["estimates"]), page.s.label), table(rows, [20 * mm, 36 * mm, PAGE_WIDTH - 56 * mm], page.s.cell, header=False)]


def _limitations(page: Page, statement: Statement, facts: Facts) -> list:
    """The basis of a modified opinion and the disclosed estimates, or that there are none."""
    out = section(page, statement, "basis") if statement.opinion is not Opinion.UNMODIFIED else []
    out += _estimates(page, facts)
    return out or [para(page.words("no_limitations"), page.s.body)]


def _signatures(page: Page, spots: list[SignatureSpot]) -> object:
    labels = [(VERIFIER_FIELD, page.t(L["sign_verifier"])), (AUTHORISER_FIELD, page.t(L["sign_authoriser"]))]
    return KeepTogether([Spacer(1, 6 * mm), SignatureBoxes(labels, spots)])


def _write(path: Path | str, story: list, spots: list[SignatureSpot], title: Text, page: Page, facts: Facts,
           mark: str | None, generated: datetime) -> None:
    """Lay out the story with ``mark`` (a wording key such as "draft") across every page, then add the signature fields.

    Both steps happen in a scratch folder, so ``path`` (perhaps a signed statement) is replaced once, by the
    finished file, or not at all.
    """
    watermark = page.words(f"{mark}_mark") if mark else None
    with tempfile.TemporaryDirectory(prefix="verifield-") as scratch:
        draft = Path(scratch) / Path(path).name
        write_pdf(draft, story, title, page.code, facts.engagement_code, in_language(facts.client, page.languages[0]), generated, watermark)
        add_signature_fields(draft, spots)
        try:
            write_bytes(path, draft.read_bytes())
        except OSError as error:
            raise unwritable(error) from None


def write_statement(path: Path | str, statement: Statement, facts: Facts, generated: datetime, neutrality: bool = True) -> None:
    """The verification statement with every item of §9.7.2 a)–g), then the two signature fields.

    Without ``neutrality`` (an engagement that verifies no carbon-neutrality claim) the ISO 14068 sections and the
    neutrality sentence are left out.
    """
    check_opinion(statement, facts)
    page = Page.of(statement)
    assurance = Assurance(facts.assurance)
    mark = None if statement.final else "draft"
    story = _header(page, statement, L["statement"], (L["number"], statement.number), page.words(mark) if mark else None)
    story += [page.heading(L["a"]), page.rows([
        (L["name"], page.t(facts.client)), (L["address"], facts.client_address or "—"),
        (L["contact"], facts.client_contact or "—"), (L["credit_code"], facts.credit_code or "—"),
    ])]
    story += [page.heading(L["b"]), page.rows([
        (L["programme"], page.t(facts.programme)), (L["criteria"], "\n".join(page.t(c) for c in facts.criteria) or "—"),
    ])]
    story += [Spacer(1, 1 * mm)] + page.say(lambda lang: fill(wording()[lang]["text"]["gwp"], facts, lang))
    story += [page.heading(L["c"]), page.rows([
        (L["objectives"], facts.objectives or "—"), (L["period"], f"{facts.period_start} – {facts.period_end}"),
        (L["site_visit"], facts.site_visit or "—"), (L["assurance"], page.t(facts.assurance_label)), (L["materiality"], f"{facts.materiality_pct:g}%"),
        (L["boundary"], f"{page.t(facts.boundary)}\n{facts.scope_text}"),
        (L["sites"], "\n".join(f"{name}  {address}" for name, address in facts.sites) or "—"),
        (L["ghgs"], "\n".join(gas_name(value, page) for value in facts.ghgs)),
    ])]
    story.append(page.heading(L["d"]))
    for name in ("evidence_review", "material_issues", "iso14068", "changes"):
        if neutrality or name not in NEUTRALITY_SECTIONS:
            story += section(page, statement, name)
    story += [page.heading(L["e"]), para(page.t(L["e1"]), page.s.label)]
    story += [para("; ".join(page.t(c) for c in facts.criteria) or "—", page.s.body), Spacer(1, 2 * mm)]
    story += section(page, statement, "management_plan") if neutrality else []
    story += [para(page.t(L["e3"]), page.s.label), _figures(page, facts), Spacer(1, 2 * mm)]
    story += page.say(lambda lang: neutrality_text(facts, lang)) if neutrality else []
    story += [Spacer(1, 2 * mm), para(page.t(L["e4"]) + " — " + page.t(opinion_label(statement.opinion, assurance)), page.s.label)]
    story += page.say(lambda lang: opinion_text(statement, facts, lang))
    story += [Spacer(1, 2 * mm)] + section(page, statement, "procedures")
    story += [para(page.t(L["e6"]), page.s.label)] + page.say(lambda lang: fill(wording()[lang]["text"]["assurance"], facts, lang))
    story += [Spacer(1, 2 * mm), para(page.t(L["e7"]), page.s.label)]
    story += page.say(lambda lang: fill(wording()[lang]["text"]["verdict"], facts, lang))
    story += _limitations(page, statement, facts)
    story += [page.heading(L["f"]), para(statement.dated.isoformat() if statement.dated else page.t(L["not_dated"]), page.s.body)]
    team = [(Text(zh_role, en_role), name) for name, zh_role, en_role in facts.team]
    story += [page.heading(L["g"]), page.rows(team + [(L["contact"], statement.contact or "—")])]
    spots: list[SignatureSpot] = []
    story.append(_signatures(page, spots))
    _write(path, story, spots, L["statement"], page, facts, mark, generated)


def write_certificate(path: Path | str, statement: Statement, facts: Facts, decision: Decision, generated: datetime) -> None:
    """The carbon-neutrality certificate with §9.7.1 a)–h); refused when the balance is not neutral or the opinion adverse.

    Until head office's positive decision (``decision.on``) it is marked as pending (CICC-ZY/GZ-21 §10.3).
    """
    check_opinion(statement, facts)
    if statement.opinion in (Opinion.ADVERSE, Opinion.DISCLAIMER):
        raise DomainError(
            Text(f"{statement.opinion.label.zh}的核证声明不能出具碳中和证书。",
                 f"No carbon-neutrality certificate can go with a statement that gives an {statement.opinion.label.en}."),
            "opinion",
        )
    if not facts.neutral:
        raise DomainError(
            Text(f"尚未达到碳中和（缺口 {facts.shortfall:,.2f} tCO₂e 或数据不完整），不能出具碳中和证书。",
                 f"Carbon neutrality is not met (shortfall {facts.shortfall:,.2f} tCO₂e, or figures incomplete); no certificate can be printed."),
            "certificate",
        )
    page = Page.of(statement)
    mark = "draft" if not statement.final else None if decision.on else "pending"
    warning = page.words({"draft": "draft", "pending": "certificate_pending"}[mark]) if mark else None
    story = _header(page, statement, L["certificate"], (L["certificate_number"], certificate_number(statement)), warning)
    story += [page.heading(L["cert_a"]), page.rows([
        (L["name"], page.t(facts.client)), (L["address"], facts.client_address or "—"),
        (L["subject"], facts.title or "—"), (L["boundary"], f"{page.t(facts.boundary)}\n{facts.scope_text}"),
    ])]
    issued = decision.issued or decision.on
    valid = certificate_schedule(decision.on, issued).expires.isoformat() if decision.on else page.t(L["not_decided"])
    story += [page.heading(L["cert_b"]), page.rows([
        (L["conformity_date"], decision.on.isoformat() if decision.on else page.t(L["not_decided"])),
        (L["period"], f"{facts.period_start} – {facts.period_end}"), (L["valid_until"], valid),
    ])]
    story += [page.heading(L["cert_c"]), para("\n".join(page.t(c) for c in facts.criteria) or "—", page.s.body)]
    story += [page.heading(L["cert_d"])] + page.say(lambda lang: neutrality_text(facts, lang))
    story += [page.heading(L["cert_e"]), para(statement.procedures or "—", page.s.body)]
    story += [page.heading(L["cert_f"])] + page.say(lambda lang: opinion_text(statement, facts, lang))
    story += _limitations(page, statement, facts)
    story += [page.heading(L["cert_g"]), page.rows([
        (L["site_visit"], facts.site_visit or "—"), (L["dated"], statement.dated.isoformat() if statement.dated else page.t(L["not_dated"])),
        (L["decided"], decision.on.isoformat() if decision.on else page.t(L["not_decided"])),
        (L["issued"], issued.isoformat() if issued else page.t(L["not_decided"])),
        (L["number"], f"{statement.number} ({page.t(statement.label)})"),
    ])]
    story += [page.heading(L["cert_h"]), page.rows([(L["authoriser"], decision.maker or page.t(L["not_decided"]))])]
    spots: list[SignatureSpot] = []
    story.append(_signatures(page, spots))
    _write(path, story, spots, L["certificate"], page, facts, mark, generated)
