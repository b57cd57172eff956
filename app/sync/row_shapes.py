"""The rows of ``engagement.json`` that its schema cannot tell apart, validated once.

Validating every row with ``jsonschema`` took some 15 s for an engagement of 25,000 records and 125,000 history
entries (two million keyword checks in pure Python), holding the GIL the whole time, on every package made and
every package imported. Most of a table's rows differ only in values the schema does not look at: it asks a
history entry's ``old`` to be a string, not which string. :func:`representatives` keeps, of each table's rows, one
per *shape* (its keys in order, and per key the value's Python type, or the value itself where the row's schema
says more of it than its type: a format, a pattern, a bound, an integer that may come as a float), so that the data
it returns is valid under the schema exactly when ``data`` is. A table whose own schema counts its rows
(``minItems``, ``maxItems``) is kept whole, as is anything not shaped as the schema expects.
"""

from __future__ import annotations

import json
from typing import Any

_PLAIN = frozenset({"type", "description", "title"})  # a property schema that only asks for a type
_COUNTLESS = frozenset({"type", "items", "description", "title"})  # a table schema that does not count its rows
# A row schema whose verdict rests on its properties alone (one with if/then, dependentSchemas and the like is kept
# whole: a row's shape does not capture what they ask).
_ROW = frozenset({"type", "properties", "required", "additionalProperties", "description", "title"})


def representatives(data: Any, schema: dict[str, Any]) -> Any:
    """``data`` with each table's rows reduced to one per shape (a shallow copy; ``data`` is not changed)."""
    tables_schema = schema.get("properties", {}).get("tables", {}).get("properties", {})
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        return data
    tables = dict(data["tables"])
    for name, rows in tables.items():
        table_schema = tables_schema.get(name)
        if isinstance(rows, list) and isinstance(table_schema, dict) and set(table_schema) <= _COUNTLESS:
            row_schema = table_schema.get("items", {})
            properties = row_schema.get("properties") if isinstance(row_schema, dict) else None
            if isinstance(properties, dict) and set(row_schema) <= _ROW and row_schema.get("additionalProperties") in (None, False):
                tables[name] = _one_per_shape(rows, _judges(properties))
    return {**data, "tables": tables}


def _judges(properties: dict[str, Any]) -> dict[str, tuple[bool, bool]]:
    """Per property: whether its schema asks only for a type, and whether that type admits integers (which a float
    such as 1.0 is and 1.5 is not, so a float's value matters)."""
    judges = {}
    for key, sub in properties.items():
        types = sub.get("type") if isinstance(sub, dict) else None
        types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
        judges[key] = (isinstance(sub, dict) and set(sub) <= _PLAIN, "integer" in types)
    return judges


def _one_per_shape(rows: list, judges: dict[str, tuple[bool, bool]]) -> list:
    kept, seen = [], set()
    for row in rows:
        if not isinstance(row, dict):
            kept.append(row)
            continue
        shape = tuple((key, _mark(value, judges.get(key))) for key, value in row.items())
        if shape not in seen:
            seen.add(shape)
            kept.append(row)
    return kept


def _mark(value: Any, judge: tuple[bool, bool] | None) -> Any:
    """What of ``value`` its property's schema can see: its type alone, or the value (as text when unhashable)."""
    if judge is not None and judge[0] and not (judge[1] and type(value) is float):
        return type(value)
    if isinstance(value, (dict, list)):
        try:
            return json.dumps(value, sort_keys=True, default=str)
        except (RecursionError, TypeError, ValueError):  # nested past the encoder's depth, say: a shape of its own
            return object()
    return (type(value), value)
