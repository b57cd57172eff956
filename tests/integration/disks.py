"""Failing disks for tests, made for real whether the tests run as root or not.

A **full disk** is a small tmpfs mounted over a folder when this process may
mount (root); otherwise (or when a test asks for it) the child process gets a file-size limit
(``RLIMIT_FSIZE``, with SIGXFSZ ignored), so that its writes fail with EFBIG
just as they fail with ENOSPC on a full disk.  Either way the kernel refuses
the write; nothing is mocked.  Because SQLite sizes the store's shared-memory
file when the store is first opened, :meth:`FullDisk.fill` holds the store
open, as a running Verifield would.

A **read-only** file or folder is ``chmod a-w``, and also ``chattr +i``
(immutable) where permissions do not stop this process (root).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROOM = 4096  # bytes still free on a "full" disk


class FullDisk:
    """A folder whose disk fills up after :meth:`fill`; :meth:`run` runs a child process against it."""

    def __init__(self, folder: Path, mount: bool = True):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.mounted = mount and _mount_tmpfs(folder)
        self.limit: int | None = None
        self._holding: sqlite3.Connection | None = None

    def fill(self, store: Path | None = None, room: int = ROOM) -> None:
        """From now on only ``room`` bytes may be written here; ``store`` (if given) is held open meanwhile."""
        if store is not None and store.exists():
            self._holding = sqlite3.connect(store)
            self._holding.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if self.mounted:
            filler = self.folder / "filler"
            with open(filler, "wb", buffering=0) as handle:
                try:
                    while True:
                        handle.write(b"\0" * 65536)
                except OSError:
                    pass
            with open(filler, "r+b") as handle:  # free a little room, as on a nearly full disk
                handle.truncate(max(filler.stat().st_size - room, 0))
        else:
            self.limit = room

    def run(self, *args: str, script: str | None = None) -> subprocess.CompletedProcess:
        """``verifield ARGS`` (or ``python -c script ARGS``) in a child that meets the full disk."""
        command = [sys.executable, "-c", script, *args] if script else [sys.executable, "-m", "app", *args]
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        return subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env,
                              preexec_fn=self._limit if self.limit is not None else None)

    def _limit(self) -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.limit, resource.RLIM_INFINITY))

    def close(self) -> None:
        if self._holding is not None:
            self._holding.close()
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], check=False)


def _mount_tmpfs(folder: Path) -> bool:
    if not shutil.which("mount"):
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


@contextmanager
def read_only(*paths: Path):
    """The files and folders cannot be written (nor, for a folder, anything created in it) inside the block.

    ``chmod a-w`` first; where that does not stop this process (root, with CAP_DAC_OVERRIDE) ``chattr +i``.
    """
    modes = {path: path.stat().st_mode for path in paths}
    immutable: list[Path] = []
    try:
        for path in paths:
            path.chmod(modes[path] & ~0o222)
            if os.access(path, os.W_OK):
                subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
                immutable.append(path)
            assert not os.access(path, os.W_OK), f"{path} cannot be made read-only here"
        yield
    finally:
        for path in paths:
            if path in immutable:
                subprocess.run(["chattr", "-i", str(path)], check=False)
            path.chmod(modes[path])


def dump(store: Path) -> list[str]:
    """The store's whole content as SQL, to compare before and after a refusal."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as connection:
        return list(connection.iterdump())
