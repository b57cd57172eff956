"""JSON written in pieces (app.sync.json_pieces) and streamed into a bag (BagWriter.add_blocks): the text a package's
engagement.json gets is the data, one row a line, whatever the size of the blocks it is written in."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from app.sync import json_pieces
from app.sync.bag import BagWriter

DATA = {
    "schema_version": 2,
    "figures": {"total": 1234.5, "by_scope": {"1": 1.0, "2": None}},
    "tables": {
        "records": [{"id": f"r{i}", "quantity": i / 7, "note": "排放 CO₂e \"q\"\n", "data": {"b": [1, {}]}} for i in range(300)],
        "empty": [],
    },
}


def _text(block: int) -> bytes:
    return b"".join(json_pieces.encoded(json_pieces.pieces(DATA, depth=3, comma=",\n"), block))


def test_the_pieces_are_the_data_one_row_a_line():
    text = _text(json_pieces.BLOCK).decode("utf-8")
    assert json.loads(text) == DATA
    compact = [json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for row in DATA["tables"]["records"]]
    lines = text.splitlines()
    assert len(lines) > 300 and [line for line in lines if '"id":"r' in line] == [
        ('"records":[' if i == 0 else "") + row + ("]}}" if i == 299 else ",") for i, row in enumerate(compact)]


def test_compact_pieces_are_the_one_shot_text():
    one_shot = json.dumps(DATA, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert "".join(json_pieces.pieces(DATA, depth=3)) == one_shot


@pytest.mark.parametrize("block", [1, 7, 100, 4096, json_pieces.BLOCK])
def test_the_blocks_join_to_the_same_text_whatever_their_size(block):
    blocks = list(json_pieces.encoded(json_pieces.pieces(DATA, depth=3, comma=",\n"), block))
    assert all(blocks) and b"".join(blocks) == _text(json_pieces.BLOCK)
    assert block >= json_pieces.BLOCK or len(blocks) > 1


@pytest.mark.parametrize("block", [3, 65536, 3 << 20])  # smaller than, within and larger than the bag's buffers
def test_a_bag_member_written_in_blocks_holds_them_and_is_listed_with_their_sha256(block):
    text = _text(json_pieces.BLOCK) * 40  # several of the bag's megabyte buffers
    blocks = [text[i:i + block] for i in range(0, len(text), block)]
    target = io.BytesIO()
    writer = BagWriter(target)
    digest = writer.add_blocks("engagement.json", iter(blocks))
    writer.finish({"Package-Id": "p"}, lambda manifest: b"signature")
    assert digest == hashlib.sha256(text).hexdigest()
    with zipfile.ZipFile(target) as bag:
        assert bag.read("data/engagement.json") == text
        assert f"{digest}  data/engagement.json" in bag.read("manifest-sha256.txt").decode()


def test_keys_that_are_not_text_are_named_as_json_dumps_names_them():
    value = {"tables": {1: [{"a": 1}], 2: []}, "figures": {}}
    assert "".join(json_pieces.pieces(value, depth=3)) == json.dumps(value, sort_keys=True, separators=(",", ":"))
