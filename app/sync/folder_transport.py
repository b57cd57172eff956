"""The folder transport: a package copied to a USB stick or a share atomically, and the packages found in a folder.

A copy is written under a temporary name in the target folder, flushed and renamed (:mod:`app.atomic`), so the
folder never holds a half-written file under a package's name.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.atomic import replacing
from app.domain.text import unwritable

SUFFIX = ".vfpkg"


def send(package: Path, folder: Path) -> Path:
    """Copy ``package`` into ``folder`` under its own name; the copy."""
    target = Path(folder) / Path(package).name
    try:
        with open(package, "rb") as reader, replacing(target) as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
    except OSError as error:
        raise unwritable(error) from None
    return target


def incoming(folder: Path) -> list[Path]:
    """The packages in ``folder`` (not its sub-folders; temporary ``.partial`` files are never packages), by name."""
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == SUFFIX and p.is_file() and not p.is_symlink())
