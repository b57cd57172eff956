"""The carbon-neutrality evaluation report of an industrial enterprise (seed 004 §8.4.6), in Chinese and English.

Items a)–j) in order, each a heading of its own whatever the data (an item without data says so): a) purpose, scope
and criteria; b) the process and methods (team, documents reviewed, site visit); c) the organisation; d) its
boundaries, emission units and equipment; e) the accounting methods' conformity; f) the instruments' calibration;
g) the calculation and its data (lab results weighted by quantity); h) the monitoring plan checked; i) the carbon
assets in the offset order of §8.4.2; j) the conclusion of §8.4.1.  Every figure comes from the recalculation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.fieldwork.documents import Document
from app.domain.inventory.measured import MeasuredValue, by_source, weightings
from app.domain.inventory.monitoring import Gap, GapKind, PlanItem
from app.domain.inventory.offset_priority import PriorityReview
from app.domain.inventory.snapshot import Calculation
from app.domain.kernel.text import Text
from app.reports.pdf import para, styles, table, write_pdf
from app.reports.statement_pdf import money

T = Text
TITLE = T("工业企业碳中和评价报告", "Carbon-neutrality evaluation report of an industrial enterprise")
ITEMS = (
    ("a", T("评价目的、范围及准则", "Purpose, scope and criteria of the evaluation")),
    ("b", T("审核过程和方法（核查组安排、文件审核和现场访问）", "Process and methods (the team, document review and site visit)")),
    ("c", T("组织基本信息", "The organisation")),
    ("d", T("组织边界、核算边界和碳排放单元与排放设备", "Organisational and reporting boundaries, emission units and equipment")),
    ("e", T("碳排放量方法核算符合性", "Conformity of the accounting methods")),
    ("f", T("测量设备校准的符合性", "Conformity of the measuring instruments' calibration")),
    ("g", T("碳排放量计算过程及数据", "Calculation of the emissions and its data")),
    ("h", T("监测计划的核查", "Verification of the monitoring plan")),
    ("i", T("碳资产的核查", "Verification of the carbon assets")),
    ("j", T("碳中和核查结论", "Conclusion on carbon neutrality")),
)


@dataclass(frozen=True)
class EvaluationFacts:
    """What the report is written from."""

    engagement: Engagement
    client: Organisation
    documents: list[Document]
    calculation: Calculation
    items: list[PlanItem]
    measured: list[MeasuredValue]
    gaps: list[Gap]
    priority: PriorityReview


def _both(text: Text | str) -> str:
    return text.both() if isinstance(text, Text) else text


def _rows(facts: list[tuple[Text, object]]) -> list[list[str]]:
    return [[label.both(), _both(value) if value not in (None, "") else "—"] for label, value in facts]


def _purpose(f: EvaluationFacts) -> list:
    e = f.engagement
    return [_pairs(_rows([
        (T("评价目的", "Purpose"), e.objectives), (T("评价范围", "Scope"), e.scope_text), (T("方案", "Programme"), e.programme.label),
        (T("准则", "Criteria"), "; ".join(e.criterion_titles("zh")) + " / " + "; ".join(e.criterion_titles("en"))),
        (T("核算期", "Reporting period"), f"{e.period_start or '—'} – {e.period_end or '—'}"),
        (T("保证等级", "Level of assurance"), e.assurance.label), (T("实质性阈值", "Materiality"), f"{e.materiality_pct:g} %"),
    ]))]


def _process(f: EvaluationFacts) -> list:
    e, s = f.engagement, styles("both")
    team = [["成员 / Member", "角色 / Role", "人日 / Days"]] + [[m.name, m.role.label.both(), f"{m.days:g}"] for m in e.team]
    docs = [["文件 / Document", "版本 / Version", "结论 / Result"]] + [[d.title, d.version, d.result.label.both()] for d in f.documents]
    visit = f"{e.site_visit_start or '—'} – {e.site_visit_end or '—'}"
    return [para("核查组 / Team", s.label), table(team, [80 * mm, 64 * mm, 30 * mm], s.cell),
            para("文件审核 / Document review", s.label), table(docs, [100 * mm, 30 * mm, 44 * mm], s.cell),
            para(f"现场访问 / Site visit: {visit}; " + "; ".join(x.name for x in e.sites), s.body)]


def _organisation(f: EvaluationFacts) -> list:
    c = f.client
    return [_pairs(_rows([
        (T("名称", "Name"), " / ".join(n for n in (c.name_zh, c.name_en) if n)), (T("统一社会信用代码", "Credit code"), c.credit_code),
        (T("地址", "Address"), c.address), (T("联系人", "Contact"), " ".join(x for x in (c.contact_name, c.contact_phone, c.contact_email) if x)),
    ]))]


def _boundaries(f: EvaluationFacts) -> list:
    e, s = f.engagement, styles("both")
    sites = {x.id: x.name for x in e.sites}
    rows = [["排放源 / Source", "类别 / Category", "场所 / Site", "排放单元 / Unit", "设备 / Equipment"]]
    rows += [[x.name, x.category.label.both(), sites.get(x.site_id, "—"), x.emission_unit or "—", x.equipment or "—"]
             for x in f.calculation.inventory.sources]
    return [para(f"组织边界 / Organisational boundary: {e.boundary_approach.label.both()}", s.body),
            table(rows, [46 * mm, 36 * mm, 30 * mm, 30 * mm, 32 * mm], s.cell)]


def _methods(f: EvaluationFacts) -> list:
    s, results = styles("both"), f.calculation.results.sources
    rows = [["排放源 / Source", "方法 / Method", "因子来源 / Factors", "符合性 / Conformity"]]
    for x in f.calculation.inventory.sources:
        uses = [getattr(x, slot) for slot, _ in x.method.factor_slots]
        factors = "; ".join(f"{u.value:g} {u.unit} ({u.priority.label.both()})" for u in uses if u is not None) or "—"
        problem = results[x.id].problem
        rows.append([x.name, x.method.short.both(), factors, problem.both() if problem else "符合 / conforms"])
    return [table(rows, [42 * mm, 30 * mm, 62 * mm, 40 * mm], s.cell)]


def _calibration(f: EvaluationFacts) -> list:
    s = styles("both")
    lapsed = {g.item_id: g.message.both() for g in f.gaps if g.kind is GapKind.CALIBRATION}
    rows = [["监测项目 / Item", "设备 / Instrument", "校准 / Calibrated", "有效期 / Due", "符合性 / Conformity"]]
    rows += [[i.name, " ".join(x for x in (i.instrument, i.model, i.location) if x), str(i.calibrated_on or "—"),
              str(i.calibration_due or "—"), lapsed.get(i.id, "符合 / conforms")] for i in f.items if i.instrument.strip()]
    if len(rows) == 1:
        return [para("监测计划未列出测量设备。/ The monitoring plan lists no measuring instrument.", s.body)]
    return [table(rows, [36 * mm, 36 * mm, 22 * mm, 22 * mm, 58 * mm], s.cell)]


def _calculation(f: EvaluationFacts) -> list:
    s, r = styles("both"), f.calculation.results
    rows = [["排放源 / Source", "活动数据 / Activity", "核查值 tCO₂e / Verified"]]
    for x in f.calculation.inventory.sources:
        res = r.sources[x.id]
        rows.append([x.name, f"{res.activity:,.4g} {res.activity_unit}" if res.activity is not None else "—", money(res.verified)])
    rows += [["直接排放 / Direct", "", money(r.direct)], ["间接排放 / Indirect", "", money(r.indirect)],
             ["核证总量 / Verified total", "", money(r.total)]]
    out = [table(rows, [80 * mm, 50 * mm, 44 * mm], s.cell)]
    names = {x.id: x.name for x in f.calculation.inventory.sources}
    names |= {st.id: f"{x.name} / {st.name}" for x in f.calculation.inventory.sources for st in x.streams}
    for source_id, found in by_source(f.measured).items():
        for w in weightings(found):
            out.append(para(f"{names.get(w.stream_id or source_id, '—')}: {w.parameter.label.both()} = Σqᵢ·vᵢ / Σqᵢ = {w.value:.6g} {w.unit}"
                            f"（{len(w.results)} 个检测结果 / lab results）", s.small))
    return out


def _plan(f: EvaluationFacts) -> list:
    s = styles("both")
    out = [para(f"监测计划共 {len(f.items)} 项。/ The monitoring plan has {len(f.items)} items.", s.body)]
    rows = [["监测项目 / Item", "方法 / Method", "频次 / Frequency", "负责人 / Responsible", "QA/QC"]]
    rows += [[i.name, i.method or "—", i.frequency.label.both(), i.responsible or "—", i.qa_qc or "—"] for i in f.items]
    if f.items:
        out.append(table(rows, [36 * mm, 40 * mm, 26 * mm, 30 * mm, 42 * mm], s.cell))
    gaps = [g for g in f.gaps if g.kind is not GapKind.CALIBRATION]
    out += [para("⚠ " + g.message.both(), s.alert) for g in gaps] or [para("数据符合监测计划。/ The data follow the plan.", s.body)]
    return out


def _assets(f: EvaluationFacts) -> list:
    s, b = styles("both"), f.calculation.balance
    rows = [["顺序 / Priority (§8.4.2)", "登记 / Registry", "序列号 / Serials", "年份 / Vintage", "tCO₂e", "合格 / Eligible"]]
    for line in f.priority.lines:
        o, problems = line.offset, b.problems.get(line.offset.id, [])
        rows.append([line.rank.label.both(), o.registry or "—", f"{o.serial_first} – {o.serial_last}" if o.serial_first else "—",
                     str(o.vintage or "—"), money(o.quantity), "; ".join(p.both() for p in problems) or "是 / yes"])
    out = [table(rows, [40 * mm, 24 * mm, 40 * mm, 16 * mm, 22 * mm, 32 * mm], s.cell)] if f.priority.lines else [
        para("无抵销量。/ No offsets.", s.body)]
    out.append(para(f"合格抵销量 / Eligible offsets: {money(b.eligible)} tCO₂e; 不合格 / ineligible: {money(b.ineligible)} tCO₂e", s.body))
    out += [para("抵销顺序 / Offset order: " + d.both(), s.alert) for d in f.priority.departures] or [
        para("抵销顺序符合 §8.4.2。/ The offsets follow the order of §8.4.2.", s.body)]
    return out


def conclusion(f: EvaluationFacts) -> Text:
    """§8.4.1: neutral when the period's emissions are at most the eligible offsets (only a complete inventory)."""
    b = f.calculation.balance
    e, o = money(b.emissions), money(b.eligible)
    if not b.complete:
        return T("部分排放源尚无计算结果，无法判定是否达成碳中和。", "Some sources have no result yet: carbon neutrality cannot be determined.")
    if b.neutral:
        return T(f"核算边界内年度碳排放量 {e} tCO₂e 小于等于合格抵销量 {o} tCO₂e，判定达成年度碳中和（§8.4.1）。",
                 f"The year's emissions within the reporting boundary, {e} tCO₂e, are at most the eligible offsets of {o} "
                 f"tCO₂e: annual carbon neutrality is achieved (§8.4.1).")
    return T(f"年度碳排放量 {e} tCO₂e 超过合格抵销量 {o} tCO₂e，差额 {money(b.shortfall)} tCO₂e，未达成年度碳中和。",
             f"The year's emissions, {e} tCO₂e, exceed the eligible offsets of {o} tCO₂e by {money(b.shortfall)} tCO₂e: "
             f"annual carbon neutrality is not achieved.")


def _conclusion(f: EvaluationFacts) -> list:
    text = conclusion(f)
    return [para(text.zh, styles("zh").body), para(text.en, styles("en").body)]


def _pairs(rows: list[list[str]]):
    return table(rows, [50 * mm, 124 * mm], styles("both").cell, header=False)


_BUILDERS = (_purpose, _process, _organisation, _boundaries, _methods, _calibration, _calculation, _plan, _assets, _conclusion)


def write_evaluation_report(path: Path | str, facts: EvaluationFacts, generated: datetime) -> None:
    """Write the bilingual evaluation report, items a)–j), to ``path``."""
    s = styles("both")
    story = [para(f"{TITLE.zh}\n{TITLE.en}", s.title),
             para(f"{facts.engagement.code}  ·  T/CIECCPA 061—2023 §8.4.6", s.small)]
    for (letter, title), build in zip(ITEMS, _BUILDERS):
        story.append(para(f"{letter}) {title.zh} / {title.en}", s.heading))
        story += build(facts)
    write_pdf(path, story, TITLE, "both", facts.engagement.code, "Verifield", generated)
