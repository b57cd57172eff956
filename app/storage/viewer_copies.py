"""Plain copies of kept files for a viewer (another program: the PDF viewer, the picture viewer, a spreadsheet).

A viewer opens a path, so a file kept sealed (an encrypted data folder) or inside a package must be copied out
plain to be shown. Every such copy goes into a private folder (mode 0700, only this user) of the system's temporary
folder, outside the data folder, and every folder made is removed when Verifield quits: a viewer may still show the
copy until then, and none is left behind afterwards.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

_made: list[Path] = []  # the folders of this run, removed at exit


def folder() -> Path:
    """A new private folder for one copy (named as the file it holds, so the viewer shows the file's own name)."""
    if not _made:
        atexit.register(forget)
    made = Path(tempfile.mkdtemp(prefix="verifield-view-"))
    _made.append(made)
    return made


def forget() -> None:
    """Remove every copy made so far (at exit; the tests call it to see that nothing is left)."""
    for made in _made:
        shutil.rmtree(made, ignore_errors=True)
    _made.clear()
