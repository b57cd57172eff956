"""The sealed content's SHA-256 (app.services.package_revision.content_sha256), taken in pieces so that no single
call holds the GIL for the whole engagement, is the SHA-256 of the one-shot canonical JSON it always was: a
revision sealed before is still recognised (a different text would bump every engagement's revision once)."""

from __future__ import annotations

import hashlib
import json

from app.services.package_revision import content_sha256


def _one_shot(data) -> str:
    tables = {name: rows for name, rows in data["tables"].items() if name != "history"}
    tables["engagements"] = [row | {"revision": None} for row in tables["engagements"]]
    content = {"figures": data["figures"], "tables": tables}
    if data.get("review_answers"):
        content["review_answers"] = data["review_answers"]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def test_the_content_hash_in_pieces_is_the_one_shot_hash():
    data = {
        "revision": 3,
        "figures": {"total": 1234.5, "by_scope": {"1": 1.0, "2": None}, "notes": ["排放", "CO₂e", ""], "empty": {}},
        "tables": {
            "engagements": [{"id": "e1", "code": "DEMO-2026-0001", "revision": 3, "name_zh": "常州恒运", "z": [], "a": {}}],
            "sources": [{"id": f"s{i}", "quantity": i / 7, "unit": "t", "data": {"b": [1, {"c": "\"quoted\"\n"}], "a": True}}
                        for i in range(50)],
            "findings": [],
            "history": [{"seq": 1, "hash": "x"}],
            "aaa_first": [[1, 2], [], {}],
        },
        "review_answers": [{"point": "p1", "answer": "已补充 / added"}],
    }
    assert content_sha256(data) == _one_shot(data)
    changed = json.loads(json.dumps(data))
    changed["tables"]["sources"][7]["data"]["b"][1]["c"] = "other"
    assert content_sha256(changed) == _one_shot(changed) != content_sha256(data)
    data.pop("review_answers")
    assert content_sha256(data) == _one_shot(data)
