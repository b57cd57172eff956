"""Writing a file all at once: every file Verifield writes goes through here.

A file is written to a temporary file in its own folder
(``.<name>.<process id>-<random>.partial``), flushed to disk (``fsync``), then
renamed over the target, and the folder is flushed so that the rename
survives a power loss.  A failure (a full disk, an unwritable folder, an
exception while the document is being made) leaves the old file as it was
and removes the temporary file.  A program killed while writing cannot clean
up, so the first write into a folder (in each run) removes the temporary
files there left by processes that no longer run.

It sits at the top of ``app`` (beside :mod:`app.paths`) because both the
reports (which may not import the store) and the store use it.  It raises
``OSError`` named after the target file; callers turn that into
:func:`app.domain.kernel.text.unwritable`.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

PUBLIC, PRIVATE = 0o644, 0o600
_LEFT_BEHIND = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.partial")


class Pending:
    """A file being written in ``folder`` under a temporary name; :meth:`commit` gives it its own."""

    def __init__(self, folder: str | os.PathLike, name: str, private: bool = False):
        self.folder = Path(folder)
        self._mode = PRIVATE if private else PUBLIC
        _sweep(self.folder)
        while True:
            self.temp = self.folder / f".{name}.{os.getpid()}-{secrets.token_hex(4)}.partial"
            try:
                descriptor = os.open(self.temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE)
                break
            except FileExistsError:
                continue
        self.file: BinaryIO = os.fdopen(descriptor, "w+b")

    def commit(self, target: str | os.PathLike) -> None:
        """Flush the file to disk and rename it to ``target`` (replacing what was there), then flush the folder."""
        target = Path(target)
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.chmod(self.temp, self._mode)
        os.replace(self.temp, target)
        sync_folder(target.parent)

    def discard(self) -> None:
        """Drop the file: nothing of it stays on disk."""
        try:
            self.file.close()  # flushes what is buffered, which fails again on a full disk: the file is dropped anyway
        except OSError:
            pass
        finally:
            self.temp.unlink(missing_ok=True)


def refuse_special(path: Path) -> None:
    """Refuse a target that is a device, a pipe or a folder: a finished file is never renamed over one."""
    if os.path.lexists(path) and not path.is_file():
        raise OSError(errno.EEXIST, "not an ordinary file", str(path))


@contextmanager
def replacing(path: str | os.PathLike, private: bool = False) -> Iterator[BinaryIO]:
    """A handle (read-write, binary) to write ``path`` anew; the file changes only when the block ends without error.

    ``private`` makes the file readable by its owner only (a key); otherwise by everyone (a PDF, a workbook).
    """
    path = Path(path)
    refuse_special(path)
    try:
        pending = Pending(path.parent, path.name, private)
    except OSError as error:
        raise named(error, path) from None
    try:
        yield pending.file
        pending.commit(path)
    except OSError as error:
        pending.discard()
        raise named(error, path) from None
    except BaseException:
        pending.discard()
        raise


def write_bytes(path: str | os.PathLike, data: bytes, private: bool = False) -> None:
    """Write ``data`` as the whole of ``path``, all at once."""
    with replacing(path, private) as handle:
        handle.write(data)


def sync_folder(folder: str | os.PathLike) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


_swept: set[Path] = set()


def _sweep(folder: Path) -> None:
    """Remove the temporary files left in ``folder`` by processes since killed (once per folder and run)."""
    if os.name != "posix" or folder in _swept:  # elsewhere there is no cheap way to ask whether a process is alive
        return
    _swept.add(folder)
    try:
        candidates = [entry.name for entry in os.scandir(folder) if entry.name.endswith(".partial")]
    except OSError:
        return
    for name in candidates:
        found = _LEFT_BEHIND.fullmatch(name)
        if found and not _alive(int(found["pid"])):
            (folder / name).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def named(error: OSError, path: Path) -> OSError:
    """The error naming the target (a failed write names no file, a failed rename the temporary one)."""
    if error.filename is not None and not str(error.filename).endswith(".partial"):
        return error
    return OSError(error.errno, error.strerror or str(error), str(path))
