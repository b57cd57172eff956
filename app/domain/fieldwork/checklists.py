"""Checklists: templates (shipped in ``resources/checklists`` or made by the verifier) and an engagement's answers.

A checklist is a copy of a template's items, each answered conforms,
nonconformity, observation or not applicable, with notes, interviewee,
location, time and evidence; an item answered nonconformity or observation
can raise a finding in one step (its id is kept on the item).  Progress is the
share of items answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

METHODS = ("", "查", "问", "看", "验")  # records, interview, observation, test (MEE guide)
MAX_ITEMS = 500
MAX_TEXT = 10_000  # characters in one field of a template


class Answer(Choice):
    PENDING = "pending", "未答", "not answered"
    CONFORMS = "conforms", "符合", "conforms"
    NONCONFORMITY = "nonconformity", "不符合", "nonconformity"
    OBSERVATION = "observation", "观察项", "observation"
    NOT_APPLICABLE = "n/a", "不适用", "not applicable"


@dataclass(frozen=True)
class TemplateItem:
    number: str
    zh: str
    en: str = ""
    clause: str = ""
    method: str = ""

    @property
    def text(self) -> Text:
        return Text(self.zh or self.en, self.en or self.zh)


@dataclass(frozen=True)
class Template:
    name: Text
    items: tuple[TemplateItem, ...]
    source: str = ""


def template_from_dict(data: Any, where: str) -> Template:
    """A template read from JSON; a malformed one names what is wrong and where (``where`` is the file)."""

    def refuse(what_zh: str, what_en: str) -> DomainError:
        return DomainError(Text(f"{where}：{what_zh}", f"{where}: {what_en}"), "template")

    def text(raw: dict, key: str, zh_where: str, en_where: str, numbers: bool = False) -> str:
        value = raw.get(key)
        if value is None:
            return ""
        if numbers and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise refuse(f"{zh_where}的 {key} 应为文字，而不是{_kind(value).zh}。", f"{en_where}: {key} should be text, not {_kind(value).en}.")
        if len(value) > MAX_TEXT:
            raise refuse(f"{zh_where}的 {key} 超过 {MAX_TEXT} 个字符。", f"{en_where}: {key} is longer than {MAX_TEXT} characters.")
        return value.strip()

    if not isinstance(data, dict) or not isinstance(data.get("items"), list) or not isinstance(data.get("name"), dict):
        raise refuse("应包含 name 和 items。", "needs a name and a list of items.")
    name = Text(text(data["name"], "zh", "模板名称", "the name"), text(data["name"], "en", "模板名称", "the name"))
    if not (name.zh or name.en):
        raise refuse("模板名称为空。", "the template has no name.")
    if not data["items"] or len(data["items"]) > MAX_ITEMS:
        raise refuse(f"应有 1 至 {MAX_ITEMS} 项。", f"needs 1 to {MAX_ITEMS} items.")
    items = []
    for n, raw in enumerate(data["items"], start=1):
        if not isinstance(raw, dict):
            raise refuse(f"第 {n} 项应为一个对象（{{...}}），而不是{_kind(raw).zh}。", f"item {n} should be an object ({{...}}), not {_kind(raw).en}.")
        zh_where, en_where = f"第 {n} 项", f"item {n}"
        number, zh, en, clause, method = (text(raw, key, zh_where, en_where, key == "number")
                                          for key in ("number", "zh", "en", "clause", "method"))
        if not (zh or en):
            raise refuse(f"第 {n} 项没有内容。", f"item {n} has no text.")
        if method not in METHODS:
            raise refuse(f"第 {n} 项的方法“{method}”应为 查、问、看 或 验。", f"item {n}: method “{method}” should be 查, 问, 看 or 验.")
        items.append(TemplateItem(number or str(n), zh, en, clause, method))
    return Template(name, tuple(items), text(data, "source", "模板", "the template"))


def _kind(value: Any) -> Text:
    """What a JSON value is, in words."""
    number = Text("数字", "a number")
    kinds = {dict: Text("对象", "an object"), list: Text("列表", "a list"), bool: Text("真假值", "true/false"), int: number, float: number}
    return kinds.get(type(value), Text(type(value).__name__, type(value).__name__))


def template_to_dict(template: Template) -> dict:
    return {
        "name": {"zh": template.name.zh, "en": template.name.en}, "source": template.source,
        "items": [{"number": i.number, "zh": i.zh, "en": i.en, "clause": i.clause, "method": i.method} for i in template.items],
    }


@dataclass(frozen=True)
class ChecklistItem:
    number: str
    zh: str
    en: str = ""
    clause: str = ""
    method: str = ""
    answer: Answer = Answer.PENDING
    notes: str = ""
    interviewee: str = ""
    location: str = ""
    at: datetime | None = None
    finding_id: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("answer", "notes", "interviewee", "location", "at")

    @property
    def text(self) -> Text:
        return Text(self.zh or self.en, self.en or self.zh)

    def answered(self, changes: dict[str, Any]) -> "ChecklistItem":
        unknown = set(changes) - set(self.EDITABLE)
        if unknown:
            raise DomainError(Text(f"不能修改：{', '.join(sorted(unknown))}", f"Not editable: {', '.join(sorted(unknown))}"))
        changed = replace(self, **changes)
        try:
            changed = replace(changed, answer=Answer(changed.answer))
        except ValueError:
            raise DomainError(Text("答复无效。", "Unknown answer."), "answer") from None
        if changed.answer in (Answer.NONCONFORMITY, Answer.OBSERVATION) and not changed.notes.strip():
            raise DomainError(Text("不符合或观察项须写明所见情况。", "Describe what was found for a nonconformity or observation."), "notes")
        return changed


@dataclass(frozen=True)
class Checklist:
    name: Text
    items: tuple[ChecklistItem, ...]
    source: str = ""
    id: str = field(default_factory=new_id)

    @classmethod
    def from_template(cls, template: Template) -> "Checklist":
        items = tuple(ChecklistItem(i.number, i.zh, i.en, i.clause, i.method) for i in template.items)
        return cls(template.name, items, template.source)

    @property
    def progress(self) -> tuple[int, int]:
        """(answered, all)."""
        return sum(i.answer is not Answer.PENDING for i in self.items), len(self.items)

    def item(self, item_id: str) -> ChecklistItem:
        for i in self.items:
            if i.id == item_id:
                return i
        raise DomainError(Text("该检查项已不存在。", "That checklist item no longer exists."))

    def with_item(self, item: ChecklistItem) -> "Checklist":
        return replace(self, items=tuple(item if i.id == item.id else i for i in self.items))
