"""JSON text written in pieces: the same text ``json.dumps`` gives, without holding the GIL for the whole value or
the whole text in memory.

A package's ``engagement.json`` and the content a revision seals are tens of megabytes at tens of thousands of
records. One ``json.dumps`` of them held the GIL for 0.4 s (a GUI stall) and, indented, built the text from millions
of small strings in one list (some 300 MB at once). :func:`pieces` takes dicts and lists apart a few levels down and
gives each row to the C encoder on its own; :func:`encoded` gathers the pieces into blocks of about a megabyte.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

BLOCK = 1 << 20  # characters gathered before they are encoded and handed on


def pieces(value: Any, depth: int, comma: str = ",") -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(comma, ":"))`` in pieces, the same text
    when ``comma`` is ","; dicts and lists ``depth`` levels down are taken apart, each item below that encoded whole
    and compactly. ``comma=",\\n"`` puts each item of those levels on a line of its own (one row a line)."""
    if depth and isinstance(value, dict):
        yield "{"
        for index, key in enumerate(sorted(value)):
            name = key if isinstance(key, str) else json.dumps(key)  # 1 -> "1", as json.dumps names it
            yield (comma if index else "") + json.dumps(name, ensure_ascii=False) + ":"
            yield from pieces(value[key], depth - 1, comma)
        yield "}"
    elif depth and isinstance(value, list):
        yield "["
        for index, item in enumerate(value):
            if index:
                yield comma
            yield from pieces(item, depth - 1, comma)
        yield "]"
    else:
        yield json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encoded(texts: Iterable[str], block: int = BLOCK) -> Iterator[bytes]:
    """``texts`` as UTF-8, in blocks of about ``block`` characters (none empty)."""
    gathered: list[str] = []
    size = 0
    for text in texts:
        gathered.append(text)
        size += len(text)
        if size >= block:
            yield "".join(gathered).encode("utf-8")
            gathered, size = [], 0
    if size:
        yield "".join(gathered).encode("utf-8")
