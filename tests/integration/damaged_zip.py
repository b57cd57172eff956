"""Surgery on xlsx files for the hostile-workbook tests: members read and zipped back, zip headers patched in
place (flags, compression method, declared size), a deflate stream corrupted, and a sheet's XML edited."""

from __future__ import annotations

import re
import shutil
import struct
import zipfile
from pathlib import Path

from lxml import etree

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(target: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def with_part(source: Path, target: Path, part: str, data: bytes) -> Path:
    return rezip(target, {**parts(source), part: data})


def patch_header(path: Path, part: str, flag: int = 0, method: int | None = None, size: int | None = None) -> Path:
    """Rewrite one member's local and central headers in place: OR in flag bits, set the method, the declared size."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info, start = archive.getinfo(part), archive.start_dir
    central = start
    while raw[central:central + 4] == b"PK\x01\x02":
        n, e, c = struct.unpack_from("<HHH", raw, central + 28)
        if raw[central + 46:central + 46 + n].decode() == part:
            _patch(raw, central + 8, flag, method, size, central + 24)
        central += 46 + n + e + c
    _patch(raw, info.header_offset + 6, flag, method, size, info.header_offset + 22)
    path.write_bytes(bytes(raw))
    return path


def _patch(raw: bytearray, at: int, flag: int, method: int | None, size: int | None, size_at: int) -> None:
    struct.pack_into("<H", raw, at, struct.unpack_from("<H", raw, at)[0] | flag)
    if method is not None:
        struct.pack_into("<H", raw, at + 2, method)
    if size is not None:
        struct.pack_into("<I", raw, size_at, size)


def corrupt_deflate(source: Path, target: Path, part: str) -> Path:
    """Flip bytes in the middle of one member's compressed stream."""
    shutil.copy(source, target)
    raw = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(part)
    n, e = struct.unpack_from("<HH", raw, info.header_offset + 26)
    data = info.header_offset + 30 + n + e
    for offset in range(info.compress_size // 3, info.compress_size // 3 + 24):
        raw[data + offset] ^= 0x5A
    target.write_bytes(bytes(raw))
    return target


def edit_sheet(source: Path, target: Path, part: str, edit) -> Path:
    """The sheet's XML parsed, changed by ``edit(root)``, and zipped back."""
    root = etree.fromstring(parts(source)[part])
    edit(root)
    return with_part(source, target, part, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def cell(root, ref: str):
    """The ``<c>`` element of ``ref``, created (in column order) if the file has none."""
    number = int(re.sub(r"\D", "", ref))
    row = root.find(f".//{{{NS}}}row[@r='{number}']")
    found = row.find(f"{{{NS}}}c[@r='{ref}']")
    if found is None:
        found = etree.SubElement(row, f"{{{NS}}}c", r=ref)
        row[:] = sorted(row, key=lambda c: (len(re.sub(r"\d", "", c.get("r"))), c.get("r")))
    return found


def replace_cell(root, ref: str, inner: str, **attributes) -> None:
    c = cell(root, ref)
    style = c.get("s")
    c.clear()
    c.set("r", ref)
    if style:
        c.set("s", style)
    for name, value in attributes.items():
        c.set(name, value)
    for child in etree.fromstring(f'<x xmlns="{NS}">{inner}</x>'):
        c.append(child)
