"""The plain copies made for a viewer: each in a folder only this user can enter, outside the data folder, all
removed together (as at exit)."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path

from app.atomic import write_bytes
from app.storage import viewer_copies


def test_copies_are_private_in_the_temporary_folder_and_all_removed_together():
    first, second = viewer_copies.folder(), viewer_copies.folder()
    assert first != second and first.parent == second.parent == Path(tempfile.gettempdir())
    assert stat.S_IMODE(first.stat().st_mode) == 0o700
    write_bytes(first / "statement.pdf", b"%PDF-1.7 plain", private=True)
    assert stat.S_IMODE((first / "statement.pdf").stat().st_mode) == 0o600
    viewer_copies.forget()
    assert not first.exists() and not second.exists()
    third = viewer_copies.folder()  # a later copy gets a folder of its own again
    assert third.is_dir()
    viewer_copies.forget()
    assert not third.exists()
