"""The client's findings form: its columns, and reading the returned form back as responses to record.

The form lists the unresolved findings, each with its hidden id, and leaves
the response columns (root cause, correction, corrective action, evidence,
who and when) for the client.  Reading it back is all or nothing, like every
import: each bad cell is reported as ``Sheet!Cell: reason`` in both languages
(an unknown or repeated finding, a missing root cause, a date that is not a
date or lies in the future, a change to a finding closed since the form was
sent) and no plan is returned until every row is good.  A finding left
unanswered is skipped; one answered as already stored is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from app.domain.findings.finding import Finding, Response, checked_response
from app.domain.inventory.cells import CellProblems, RowReader, SheetColumn, cell_date, data_rows, find_header, is_blank
from app.domain.kernel.text import DomainError, Text

COLUMNS = (
    SheetColumn("finding_id", Text("发现编号（勿改）", "Finding id (do not edit)"), hidden=True),
    SheetColumn("label", Text("编号", "No."), width=8),
    SheetColumn("kind", Text("类型", "Kind"), width=14),
    SheetColumn("requirement", Text("依据条款", "Requirement"), width=18),
    SheetColumn("description", Text("问题描述", "Finding"), width=40),
    SheetColumn("objective_evidence", Text("客观证据", "Objective evidence"), width=24),
    SheetColumn("comment", Text("核查组意见", "Verifier's comment"), width=24),
    SheetColumn("due", Text("整改期限", "Due"), width=12),
    SheetColumn("root_cause", Text("原因分析", "Root cause"), entry=True, width=30),
    SheetColumn("correction", Text("纠正", "Correction"), entry=True, width=30),
    SheetColumn("corrective_action", Text("纠正措施", "Corrective action"), entry=True, width=30),
    SheetColumn("evidence", Text("整改证据", "Evidence supplied"), entry=True, width=26),
    SheetColumn("by", Text("答复人", "Answered by"), entry=True, width=14),
    SheetColumn("on", Text("答复日期", "Date answered"), entry=True, width=13),
)
_BY_LABEL = {name.casefold(): c.key for c in COLUMNS for name in (c.label.zh, c.label.en)}
_ENTRIES = tuple(c.key for c in COLUMNS if c.entry)


def form_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings a form asks the client to answer: every unresolved one, by number."""
    return sorted((f for f in findings if f.state.unresolved), key=lambda f: f.number)


@dataclass(frozen=True)
class ReplyPlan:
    """What a returned form would record: a response per finding id, and what it leaves as it is."""

    responses: dict[str, Response]
    labels: dict[str, str]
    unchanged: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)

    def summary(self) -> Text:
        n, same, blank = len(self.responses), len(self.unchanged), len(self.unanswered)
        return Text(
            f"{n} 项新答复，{same} 项未变，{blank} 项未答复。",
            f"{n} new response{'s' if n != 1 else ''}, {same} unchanged, {blank} not answered.",
        )


def plan_reply(findings: list[Finding], sheet: str, rows: Iterable[tuple], today: date) -> ReplyPlan:
    """Read the returned form's rows (cell values, top to bottom) into a plan; every row good or a DomainError."""
    columns, numbered = data_rows(rows, lambda head: _header(sheet, head))
    reader = _Reader(findings, columns, CellProblems(sheet), today)
    for number, row in numbered:
        reader.read(number, row)
    reader.problems.raise_if_any()
    return reader.plan()


def _header(sheet: str, head: list[tuple]) -> tuple[int, dict[str, int]]:
    # Without the hidden ids NC-01 could be any engagement's NC-01: only the form as sent is read.
    return find_header(
        sheet, head, _BY_LABEL, lambda columns: ("finding_id" in columns or "label" in columns) and "correction" in columns,
        lambda columns: [c.label for c in COLUMNS if (c.entry or c.hidden) and c.key not in columns],
        Text("编号、纠正、纠正措施", "No., Correction, Corrective action"),
    )


class _Reader(RowReader):
    """Turns rows into responses, checking each cell against the finding it answers."""

    def __init__(self, findings: list[Finding], columns: dict[str, int], problems: CellProblems, today: date):
        super().__init__(columns, problems)
        self.today = today
        self.by_id = {f.id: f for f in findings}
        self.seen: dict[str, int] = {}
        self.responses: dict[str, Response] = {}
        self.unchanged: list[str] = []
        self.unanswered: list[str] = []

    def flag(self, key: str, row: int, message: Text) -> None:
        self.bad(key, row, message.zh, message.en)

    def read(self, row: int, cells: tuple) -> None:
        if self.faulty(row, cells):
            return
        finding_id, label = self.text(cells, "finding_id"), self.text(cells, "label")
        answered = not all(is_blank(self.value(cells, key)) for key in _ENTRIES)
        if not finding_id:
            # Without its hidden id the row could answer another engagement's NC-01: only the form as sent is read.
            if label or answered:
                self.flag("finding_id", row, Text(f"{label or '这一行'}的隐藏发现编号被删除，无法确认答复的是哪一项；请使用核查组发出的表格",
                                                 f"the hidden finding id of {label or 'this row'} was deleted, so what it answers "
                                                 "cannot be told; use the form as the verification team sent it"))
            return
        finding = self.by_id.get(finding_id)
        if finding is None:
            self.flag("finding_id", row, Text(f"本项目没有发现“{finding_id}”（表格是否属于其他项目？）",
                                             f"no finding “{finding_id}” in this engagement (is the form from another one?)"))
            return
        if finding.id in self.seen:
            self.flag("finding_id", row, Text(f"{finding.label} 已在第 {self.seen[finding.id]} 行答复", f"{finding.label} is answered on row {self.seen[finding.id]} already"))
            return
        self.seen[finding.id] = row
        if not answered:
            self.unanswered.append(finding.label)
            return
        response = self._response(row, cells, finding)
        if response is None:
            return
        if _same(response, finding.response):
            self.unchanged.append(finding.label)
        elif not finding.state.unresolved:
            self.flag("correction", row, Text(f"{finding.label} 已{finding.state.label.zh}，答复不能再修改",
                                             f"{finding.label} is {finding.state.label.en}; its response can no longer change"))
        else:
            self.responses[finding.id] = response

    def _response(self, row: int, cells: tuple, finding: Finding) -> Response | None:
        on = cell_date(self.value(cells, "on"))
        if isinstance(on, Text):
            self.flag("on", row, on)
            return None
        if on is not None and on > self.today:
            self.flag("on", row, Text(f"答复日期 {on} 晚于今天", f"the date {on} is in the future"))
            return None
        if on is not None and on < finding.raised_on:
            self.flag("on", row, Text(f"答复日期 {on} 早于提出日期 {finding.raised_on}", f"the date {on} is before the finding was raised ({finding.raised_on})"))
            return None
        texts = {key: self.text(cells, key) for key in (*Response.TEXTS, "by")}
        ticked = [key for key in texts if isinstance(self.value(cells, key), bool)]
        if ticked:
            self.flag(ticked[0], row, Text("应填写文字，而不是 TRUE/FALSE", "should be text, not TRUE/FALSE"))
            return None
        try:
            return replace(checked_response(finding, Response(**texts)), on=on)
        except DomainError as error:
            self.flag(error.field if error.field in self.columns else "correction", row, error.message)
            return None

    def plan(self) -> ReplyPlan:
        labels = {f.id: f.label for f in self.by_id.values()}
        return ReplyPlan(self.responses, labels, self.unchanged, self.unanswered)


def _same(new: Response, old: Response) -> bool:
    """The response as stored: the same texts and person, and the same date unless the form left it blank."""
    texts = all(getattr(new, n) == getattr(old, n) for n in (*Response.TEXTS, "by"))
    return texts and (new.on is None or new.on == old.on)
