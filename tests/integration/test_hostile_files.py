"""Hostile checklist templates and evidence files: refused clearly, never a crash or a hang, nothing changed.

Hand-made cases (JSON nested 100,000 deep, a file over the size limit, wrong types, a named
pipe, a folder, a device, a symlink loop, an unreadable file) and hypothesis-made ones (any
JSON value, any bytes) go through the real readers; only the product's DomainError may
escape, and the store, the evidence folder and the verifier's own templates are
byte-for-byte as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.fieldwork.checklists import MAX_ITEMS, Template
from app.domain.kernel.text import DomainError
from app.storage.checklist_templates import MAX_BYTES, read_template


@contextmanager
def within(seconds: int):
    """Fail (instead of hanging for ever) when the block takes longer than ``seconds``."""
    def expired(*_args):
        raise AssertionError(f"still waiting after {seconds} s: the reader hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and the SHA-256 of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()} if folder.exists() else {}


def special_files(folder: Path) -> dict[str, Path]:
    """A named pipe, a folder, two devices, a symlink loop, a missing file and an unreadable one."""
    folder.mkdir(parents=True, exist_ok=True)
    fifo = folder / "pipe.json"
    os.mkfifo(fifo)
    (folder / "folder.json").mkdir()
    loop = folder / "loop.json"
    loop.symlink_to(folder / "loop2.json")
    (folder / "loop2.json").symlink_to(loop)
    unreadable = folder / "locked.json"
    unreadable.write_text("{}", encoding="utf-8")
    unreadable.chmod(0)
    if os.access(unreadable, os.R_OK):  # permissions do not stop root: a file the kernel refuses to read (EIO)
        unreadable = Path("/proc/self/mem")
    return {"named pipe": fifo, "folder": folder / "folder.json", "device": Path("/dev/zero"), "null device": Path("/dev/null"),
            "symlink loop": loop, "missing": folder / "missing.json", "unreadable": unreadable}


# --- checklist templates ---------------------------------------------------------------------

GOOD = {"name": {"zh": "模板", "en": "Template"}, "items": [{"zh": "查记录", "method": "查"}]}


def hand_made_templates(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    cases = {
        "nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
        "nested objects": '{"a":' * 50_000 + "1" + "}" * 50_000,
        "items nested deep": json.dumps({**GOOD, "items": [{"zh": "x", "en": "[" * 5000}]})[:-3] + "[" * 100_000,
        "not an object": "[1, 2, 3]",
        "items not a list": json.dumps({**GOOD, "items": "all of them"}),
        "item a number": json.dumps({**GOOD, "items": [1]}),
        "text a list": json.dumps({**GOOD, "items": [{"zh": ["查", "记录"], "method": "查"}]}),
        "text an object": json.dumps({**GOOD, "items": [{"zh": {"deep": {"er": 1}}, "method": "查"}]}),
        "method a number": json.dumps({**GOOD, "items": [{"zh": "x", "method": 5}]}),
        "name a string": json.dumps({**GOOD, "name": "模板"}),
        "name zh a list": json.dumps({**GOOD, "name": {"zh": ["a"]}}),
        "number true": json.dumps({**GOOD, "items": [{"zh": "x", "number": True}]}),
        "source a list": json.dumps({**GOOD, "source": [1]}),
        "too many items": json.dumps({**GOOD, "items": [{"zh": "x"}] * (MAX_ITEMS + 1)}),
        "text too long": json.dumps({**GOOD, "items": [{"zh": "x" * 20_000}]}),
        "not UTF-8": b"\xff\xfe\x00{\x00",
        "not JSON": b"PK\x03\x04 a zip, perhaps",
        "empty": b"",
        "NaN": '{"name": NaN}',
    }
    paths = {}
    for n, (label, content) in enumerate(cases.items()):
        path = folder / f"case-{n}.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        paths[label] = path
    huge = folder / "huge.json"
    with open(huge, "wb") as handle:  # valid JSON, just far too big
        handle.write(b'{"name": {"zh": "x"}, "items": [], "pad": "')
        handle.truncate(MAX_BYTES + 10)
    paths["over the size limit"] = huge
    return paths


@pytest.fixture
def own_templates(tmp_path):
    folder = tmp_path / "data" / "checklists"
    folder.mkdir(parents=True)
    (folder / "mine.json").write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    return folder


def test_hostile_templates_are_refused_clearly(tmp_path, own_templates):
    before = tree(own_templates)
    cases = {**hand_made_templates(tmp_path / "hostile"), **special_files(tmp_path / "special")}
    for label, path in cases.items():
        with within(10), pytest.raises(DomainError) as refused:
            read_template(path)
        message = refused.value.message
        assert message.zh and message.en and message.zh != message.en, label
        assert "Traceback" not in message.en and "RecursionError" not in message.en, label
    assert tree(own_templates) == before


def test_each_hostile_template_names_what_is_wrong(tmp_path):
    cases = {**hand_made_templates(tmp_path / "hostile"), **special_files(tmp_path / "special")}
    expected = {
        "nested 100,000 deep": "nests its JSON too deeply", "text a list": "item 1: zh should be text, not a list",
        "text an object": "item 1: zh should be text, not an object", "method a number": "item 1: method should be text",
        "name zh a list": "the name: zh should be text", "number true": "item 1: number should be text",
        "over the size limit": "is larger than 5 MB", "named pipe": "is a named pipe (FIFO), not a template file",
        "folder": "is a folder, not a template file", "device": "is a device, not a template file",
        "text too long": "is longer than 10000 characters", "item a number": "item 1 should be an object",
    }
    for label, words in expected.items():
        with within(10), pytest.raises(DomainError) as refused:
            read_template(cases[label])
        assert words in refused.value.message.en, (label, refused.value.message.en)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(
        st.sampled_from(["name", "items", "zh", "en", "number", "clause", "method", "source"]) | st.text(max_size=5),
        children, max_size=6),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=JSON)
def test_any_json_is_a_template_or_a_clear_refusal(tmp_path, value):
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    try:
        template = read_template(path)
    except DomainError as refused:
        assert refused.message.zh and refused.message.en
    else:
        assert isinstance(template, Template) and template.items


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=300) | st.text(alphabet="[]{}\":,0123456789 ", max_size=3000).map(str.encode))
def test_any_bytes_are_a_template_or_a_clear_refusal(tmp_path, content):
    path = tmp_path / "fuzz.json"
    path.write_bytes(content)
    try:
        read_template(path)
    except DomainError as refused:
        assert refused.message.zh and refused.message.en


# --- evidence --------------------------------------------------------------------------------

@pytest.fixture
def bench(qapp, tmp_path):
    """A workbench (the GUI's use cases) over a store holding the demo engagement."""
    from app.services import demo
    from app.storage.store import open_store
    from app.ui.commands.workbench import Workbench

    store = open_store(tmp_path / "data" / "verifield.sqlite")
    demo.create_demo(store.uow(), "tester")
    made = Workbench(store.path, "tester", store)
    yield made
    store.close()


def test_hostile_evidence_files_are_refused_without_waiting_and_change_nothing(bench, tmp_path):
    from tests.integration.disks import dump

    engagement_id = bench.summaries()[0].id
    refusals: list[DomainError] = []
    bench.error.connect(refusals.append)
    bench.evidence_files  # the evidence folder exists before the snapshot
    before = (bench.path.read_bytes(), dump(bench.path), tree(bench.path.parent / "evidence"))
    cases = special_files(tmp_path / "special")
    for label, path in cases.items():
        with within(10):
            assert not bench.attach_files(engagement_id, [path], (), "attach"), label
        message = refusals[-1].message
        assert str(path) in message.en and str(path) in message.zh, (label, message.en)
        if label in ("named pipe", "folder", "device"):
            assert "not a regular file" in message.en and "不是普通文件" in message.zh, (label, message.en)
        else:
            assert "cannot be read" in message.en or "cannot be attached" in message.en, (label, message.en)
    assert len(refusals) == len(cases)
    assert (bench.path.read_bytes(), dump(bench.path), tree(bench.path.parent / "evidence")) == before
