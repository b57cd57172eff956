"""engagement.json's rows validated once per shape (app.sync.row_shapes): the reduced data is valid under the schema
exactly when the whole data is, whatever is changed in a row, and a bad row is still named by its place in the
whole data."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.kernel.text import DomainError
from app.services import demo
from app.storage.store import open_store
from app.sync import package_format
from app.sync.row_shapes import representatives

VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([1.0, 1.5, 0.0, -2.0, float("inf")]),
    st.sampled_from(["", "x", "2026-03-02", "2026-13-40", "not a date", "张伟"]),
    st.lists(st.one_of(st.integers(0, 2), st.text(max_size=2)), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(0, 2), max_size=2),
)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("shapes") / "verifield.sqlite")
    engagement_id = demo.create_demo(store.uow(), "王磊", date(2026, 6, 1))
    with store.uow() as uow:
        held = package_format.engagement_data(uow.session, engagement_id, {"total": 1.0})
    store.close()
    return held


def _valid(value) -> bool:
    return next(package_format._validator().iter_errors(value), None) is None


def test_a_real_engagement_is_validated_from_far_fewer_rows(data):
    reduced = representatives(data, package_format.schema())
    history = data["tables"]["history"]
    assert _valid(data) and _valid(reduced)
    assert len(history) > 50 and len(reduced["tables"]["history"]) < len(history) / 5
    assert reduced["tables"]["organisations"] == data["tables"]["organisations"]  # counted: kept whole
    assert data["tables"]["history"] is history and len(history) == len(data["tables"]["history"])  # not changed


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_the_reduced_data_is_valid_exactly_when_the_whole_is(data, draw):
    whole = copy.deepcopy(data)
    tables = [name for name, rows in whole["tables"].items() if rows]
    for _change in range(draw.draw(st.integers(1, 3))):
        rows = whole["tables"][draw.draw(st.sampled_from(tables))]
        row = rows[draw.draw(st.integers(0, len(rows) - 1))]
        what = draw.draw(st.sampled_from(["set", "spread", "remove", "add", "duplicate", "replace"]))
        if not isinstance(row, dict) or not row:  # replaced or emptied by a change before
            rows.append(draw.draw(VALUES))
        elif what == "spread":  # one key of every row of the table, each given a value of its own
            key = draw.draw(st.sampled_from(sorted(row)))
            values = draw.draw(st.lists(VALUES, min_size=2, max_size=4))
            for index, other in enumerate(rows):
                if isinstance(other, dict):
                    other[key] = values[index % len(values)]
        elif what == "set":
            row[draw.draw(st.sampled_from(sorted(row)))] = draw.draw(VALUES)
        elif what == "remove":
            row.pop(draw.draw(st.sampled_from(sorted(row))))
        elif what == "add":
            row[draw.draw(st.text(min_size=1, max_size=3))] = draw.draw(VALUES)
        elif what == "duplicate":
            rows.append(copy.deepcopy(row))
        else:
            rows[rows.index(row)] = draw.draw(VALUES)
    assert _valid(representatives(whole, package_format.schema())) == _valid(whole)


def test_a_bad_row_is_named_by_its_place_in_the_whole_data(data):
    bad = copy.deepcopy(data)
    bad["tables"]["history"][-1]["old"] = 7  # the last entry: its shape is one of many, not the first
    with pytest.raises(DomainError) as refused:
        package_format.validate(bad)
    assert refused.value.field == f"tables/history/{len(bad['tables']['history']) - 1}/old"
    package_format.validate(data)


def test_an_integer_written_as_a_float_is_told_from_a_fraction(data):
    """1.0 is an integer to the schema and 2.5 is not: two float sequence numbers are two shapes."""
    whole = copy.deepcopy(data)
    for row in whole["tables"]["history"]:
        row["seq"] = float(row["seq"])
    assert _valid(whole) and _valid(representatives(whole, package_format.schema()))
    whole["tables"]["history"][-1]["seq"] += 0.5
    assert not _valid(whole) and not _valid(representatives(whole, package_format.schema()))


def test_a_value_nested_past_the_encoders_depth_is_refused_clearly(data):
    """A hostile package's row holding a list nested some thousand deep (json.loads reads it; json.dumps of it
    overflows the stack) is refused as the schema refuses it, not with a RecursionError."""
    nested: list = []
    for _level in range(990):
        nested = [nested]
    hostile = copy.deepcopy(data)
    hostile["tables"]["history"][3]["extra"] = nested
    with pytest.raises(DomainError) as refused:
        package_format.validate(hostile)
    assert refused.value.field == "tables/history/3"


def test_a_table_whose_row_schema_asks_more_than_its_properties_is_kept_whole():
    """if/then (or any keyword beside the properties) can tell apart rows of one shape: such a table is not reduced."""
    rows = [{"kind": "a", "n": 1}, {"kind": "a", "n": 2}]
    plain = {"type": "object", "properties": {"kind": {"type": "string"}, "n": {"type": "integer"}}}
    conditional = {**plain, "if": {"properties": {"n": {"const": 2}}}, "then": False}
    for row_schema, kept in ((plain, 1), (conditional, 2)):
        schema = {"properties": {"tables": {"properties": {"t": {"type": "array", "items": row_schema}}}}}
        assert len(representatives({"tables": {"t": rows}}, schema)["tables"]["t"]) == kept
