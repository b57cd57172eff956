"""The folder transport: packages written straight onto a USB stick or a share, and the packages found in a folder.

A package is written under a temporary name in its target folder, flushed and renamed (:func:`app.atomic.replacing`,
used by :func:`app.services.packages.make_package`), so a folder never holds a half-written file under a
package's name; at head office :func:`incoming` lists what a folder holds to import.
"""

from __future__ import annotations

import re
from pathlib import Path

SUFFIX = ".vfpkg"


def incoming(folder: Path) -> list[Path]:
    """The packages in ``folder`` (not its sub-folders; temporary ``.partial`` files are never packages), by name with
    numbers in order (``…-r99`` before ``…-r100``), so that the revisions of one engagement arrive oldest first: a
    revision imported after a newer one is refused."""
    found = (p for p in Path(folder).iterdir() if p.suffix.lower() == SUFFIX and p.is_file() and not p.is_symlink())
    return sorted(found, key=lambda p: [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", p.name)])
