"""Recalculating a workbook in LibreOffice Calc, headless, with the cached formula values removed first.

The cached values are stripped from the file before LibreOffice opens it, and
LibreOffice is told to recalculate on load, so every value it saves back was
computed by LibreOffice itself, never copied from Verifield's cache.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
# A formula cell: <c ...><f>…</f><v>…</v></c>; the <v> after an <f> is the cached value.
_CACHED = re.compile(r"(</f>)<v>[^<]*</v>")
_STRING_RESULT = re.compile(r'(<c [^>]*?) t="str"')


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise RuntimeError("LibreOffice is not installed: .ci/run installs libreoffice-calc-nogui")
    return path


def strip_cached_values(source: Path, target: Path) -> None:
    """Copy an xlsx, dropping every formula's cached value."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = _CACHED.sub(r"\1", data.decode("utf-8"))
                data = _STRING_RESULT.sub(r"\1", text).encode("utf-8")
            zout.writestr(item, data)


def recalculate(workbook: Path, work: Path) -> Path:
    """The workbook as LibreOffice saves it after recalculating every formula; returns the new file's path."""
    stripped = work / "stripped" / workbook.name
    stripped.parent.mkdir(parents=True, exist_ok=True)
    strip_cached_values(workbook, stripped)
    return resave(stripped, work, "recalculated")


def resave(workbook: Path, work: Path, folder: str = "resaved") -> Path:
    """The workbook as LibreOffice Calc saves it back as xlsx (recalculating on load); returns the new file's path."""
    profile = work / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
    out = work / folder
    subprocess.run(
        [soffice(), "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "xlsx", "--outdir", str(out), str(workbook)],
        check=True, capture_output=True, timeout=300,
    )
    return out / workbook.name
