"""What the incremental updates after a revision of a PDF changed that can alter what its pages show, each change
named for a person: form fields added or changed, content added to a page, annotations added or changed.

pyHanko's difference analysis decides whether a later update is one a
signature allows (see :mod:`app.reports.signing`); it says why not in terms
of object numbers.  This module says it in terms of fields and pages, and is
a second opinion: a change it finds fails the signature too.
"""

from __future__ import annotations

from typing import Iterator

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from app.domain.kernel.text import Text


def later_changes(reader: PdfFileReader, revision: int, allowed: set[str]) -> list[Text]:
    """What was changed after ``revision`` (counting from 0), leaving out the form fields named in ``allowed``."""
    old_root, new_root = reader.get_historical_root(revision), reader.root
    changes: list[Text] = []
    old_fields = dict(_fields(old_root))
    fields = dict(_fields(new_root))
    for name, field in fields.items():
        node = field.get_object()
        if name in allowed:
            continue
        if name not in old_fields:
            unsigned = node.get("/FT") == "/Sig" and node.get("/V") is None
            changes.append(Text(f"新增了表单栏“{name}”" + ("（未签名）" if unsigned else ""),
                                f"a form field “{name}” was added" + (", never signed" if unsigned else "")))
        elif _changed_after(reader, field, revision):
            changes.append(_changed_field(name))
    widgets = {ref.reference: name for name, field in fields.items() for ref in _widgets(field)}
    old_pages, new_pages = list(_pages(old_root["/Pages"])), list(_pages(new_root["/Pages"]))
    if len(old_pages) != len(new_pages):
        changes.append(Text(f"页数由 {len(old_pages)} 变为 {len(new_pages)}", f"the page count went from {len(old_pages)} to {len(new_pages)}"))
    for number, (old, new) in enumerate(zip(old_pages, new_pages), 1):
        if _content(old) != _content(new):
            changes.append(Text(f"第 {number} 页的页面内容被改动", f"the content of page {number} was changed"))
        before = {a.reference for a in old.get("/Annots", ()) if isinstance(a, generic.IndirectObject)}
        for annotation in new.get("/Annots", ()):
            added = not isinstance(annotation, generic.IndirectObject) or annotation.reference not in before
            if not added and not _changed_after(reader, annotation, revision):
                continue
            name = widgets.get(annotation.reference) if isinstance(annotation, generic.IndirectObject) else None
            if name is None:
                kind = str(annotation.get_object().get("/Subtype", "")).lstrip("/")
                changes.append(Text(f"第 {number} 页新增了注释（{kind}）", f"an annotation ({kind}) was added on page {number}") if added
                               else Text(f"第 {number} 页的注释（{kind}）被改动", f"an annotation ({kind}) on page {number} was changed"))
            elif name not in allowed and name in old_fields:  # a new field is named above already
                changes.append(_changed_field(name))
    return list(dict.fromkeys(changes))


def _changed_field(name: str) -> Text:
    return Text(f"表单栏“{name}”被改动", f"the form field “{name}” was changed")


def _widgets(field: generic.IndirectObject) -> list[generic.IndirectObject]:
    """The widget annotations of ``field``: itself when the two are one, else its kids that are no fields."""
    node = field.get_object()
    kids = [kid for kid in node.get("/Kids", ()) if "/T" not in kid.get_object()]
    return kids or [field]


def _changed_after(reader: PdfFileReader, reference: generic.IndirectObject, revision: int) -> bool:
    try:
        return reader.xrefs.get_last_change(reference.reference) > revision
    except KeyError:  # not in any cross-reference section: a broken file, which is a change too
        return True


def _fields(root: generic.DictionaryObject) -> Iterator[tuple[str, generic.IndirectObject]]:
    """Every form field with its fully qualified name, parents before their kids."""
    def walk(fields, prefix: str):
        for field in fields:
            node = field.get_object()
            name = f"{prefix}{node.get('/T', '')}"
            yield name, field
            if "/Kids" in node and "/T" in node:
                yield from walk(node["/Kids"], f"{name}.")

    form = root.get("/AcroForm")
    yield from walk(form.get_object().get("/Fields", ()), "") if form is not None else ()


def _pages(node: generic.DictionaryObject) -> Iterator[generic.DictionaryObject]:
    node = node.get_object()
    if node.get("/Type") == "/Pages":
        for kid in node["/Kids"]:
            yield from _pages(kid)
    else:
        yield node


def _content(page: generic.DictionaryObject) -> bytes:
    contents = page.get("/Contents")
    if contents is None:
        return b""
    contents = contents.get_object()
    streams = contents if isinstance(contents, generic.ArrayObject) else [contents]
    return b"\n".join(stream.get_object().data for stream in streams)
