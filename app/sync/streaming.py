"""Streams that keep the second core and the disk busy while a package is written: its SHA-256 taken in a thread of
its own, its blocks sent on to the disk as they come.

:class:`HashingTarget` hands every block written to a worker thread that hashes it (hashlib lets go of the GIL)
while the block goes on to the file, so taking the package's SHA-256 costs no time of the writing thread. At most
one block is being hashed at a time, and :meth:`HashingTarget.write` waits for the one before it, so a writer that
fills two buffers in turn (:class:`app.sync.bag.BagWriter`) never refills a buffer still being hashed; age's
writer (:class:`app.sync.age.Encrypting`) hands it blocks of up to a megabyte, each a new object, from its own
thread.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO


WRITEBACK = 32 << 20  # bytes written between two requests to the kernel to start writing them to the disk


class HashingTarget:
    """Writes to ``target`` and takes the SHA-256 of what was written, in a worker thread; every :data:`WRITEBACK`
    bytes, asks the kernel (in another thread) to start putting them on the disk, so the flush at the end has
    little left to wait for: otherwise a package smaller than the kernel's dirty-page threshold is all still in
    memory when it is flushed, and the whole of it is written then, with nothing else left to overlap it."""

    def __init__(self, target: BinaryIO):
        self._target, self._digest = target, hashlib.sha256()
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="package-sha256")
        self._writeback = ThreadPoolExecutor(1, thread_name_prefix="package-writeback")
        self._pending: Future | None = None
        self._written = self._started = 0

    def write(self, data) -> int:
        self._wait()
        self._pending = self._worker.submit(self._digest.update, data)
        written = self._target.write(data)
        self._written += written
        if self._written - self._started >= WRITEBACK:
            self._writeback.submit(_start_writeback, self._target, self._started, self._written - self._started)
            self._started = self._written
        return written

    def flush(self) -> None:
        self._target.flush()

    @property
    def written(self) -> int:
        """How many bytes were written."""
        return self._written

    def hexdigest(self) -> str:
        """The SHA-256 of everything written (the worker is stopped: nothing more may be written)."""
        self.close()
        return self._digest.hexdigest()

    def close(self) -> None:
        self._wait()
        self._worker.shutdown()
        self._writeback.shutdown()

    def _wait(self) -> None:
        if self._pending is not None:
            self._pending.result()
            self._pending = None


def _start_writeback(target: BinaryIO, offset: int, length: int) -> None:
    """Start writing a range of ``target`` to the disk without waiting for it (Linux: POSIX_FADV_DONTNEED on dirty
    pages starts their writeback); where there is no such call, or ``target`` is no file, the flush does it all."""
    try:
        os.posix_fadvise(target.fileno(), offset, length, os.POSIX_FADV_DONTNEED)
    except (AttributeError, OSError, ValueError):
        pass
