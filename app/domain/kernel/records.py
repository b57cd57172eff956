"""The record codec every context shares: frozen dataclasses to JSON-ready dicts and back.

One generic conversion driven by the records' type hints: strings, numbers, booleans, dates and
times (ISO text), choices (their value), bilingual ``Text`` (a two-item list),
nested records and tuples of them.  The store keeps each record as one JSON
document; the change history shows :func:`history_fields`.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from app.domain.kernel.text import Text


def to_plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Text):
        return [value.zh, value.en]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {(k.value if isinstance(k, Enum) else k): to_plain(v) for k, v in value.items()}
    return value


def from_plain(kind: Any, value: Any) -> Any:
    """``value`` (as :func:`to_plain` made it) read back as type ``kind``."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return from_plain(options[0], value)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(a, v) for a, v in zip(args, value))
    if origin is dict:
        key_kind, value_kind = typing.get_args(kind)
        return {from_plain(key_kind, k): from_plain(value_kind, v) for k, v in value.items()}
    if kind is Text:
        return Text(*value)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{f.name: from_plain(hints[f.name], value[f.name]) for f in fields(kind) if f.name in value})
    if kind is float:
        return float(value)
    return value


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    """A record class's field types (resolving them is most of the cost of reading a record)."""
    return typing.get_type_hints(kind)


def history_fields(record: Any) -> dict[str, str]:
    """A record's fields (but its id) as text, for the change history."""
    return {f.name: _text(to_plain(getattr(record, f.name))) for f in fields(record) if f.name != "id"}


def _text(plain: Any) -> str:
    if plain is None:
        return ""
    if isinstance(plain, float):
        return f"{plain:.15g}"
    if isinstance(plain, (list, dict)):
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)
    return str(plain)
