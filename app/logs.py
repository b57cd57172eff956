"""The log: a rotating file in the data folder that records what happened by ids only.

``logs/verifield.log`` (1 MB, then ``.1`` … ``.4``) says what Verifield did —
started, opened a store of schema N, made a backup, stored an edit to
engagement <uuid>, met an unexpected error — by version numbers, ids, SHA-256
digests and file names Verifield chose itself.  It never holds a client's name,
a figure or a file's content, so a verifier can send it to support as it is:
callers log ids, and an unexpected error is logged as its type and the code
lines it passed through, never its message or values (which may quote data).
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

FOLDER = "logs"
NAME = "verifield.log"
MAX_BYTES, BACKUPS = 1 << 20, 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("verifield")


def setup(data_folder: Path) -> Path:
    """Log into ``<data_folder>/logs/verifield.log`` (once per folder); the file's path."""
    path = Path(data_folder) / FOLDER / NAME
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path.resolve():
                return path
            log.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # a full or read-only disk: the work goes on unlogged
        return path
    handler = _QuietFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


class _QuietFile(RotatingFileHandler):
    """The log file; an entry that cannot be written (a full disk, a file-size limit) is dropped: the log helps, it
    never fails a command nor prints logging's own traceback over the message the verifier needs to read."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def current() -> Path | None:
    """The log file written to, if logging is set up."""
    handler = next((h for h in log.handlers if isinstance(h, RotatingFileHandler)), None)
    return Path(handler.baseFilename) if handler else None


def unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """Log an unexpected error by its type and where it passed (file, line, function: no message, no values);
    the one line logged first, to show."""
    frames = traceback.extract_tb(trace)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else "?"
    headline = f"unexpected {kind.__qualname__} at {where}"
    steps = "\n".join(f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)
    log.error("%s\n%s", headline, steps)
    for handler in log.handlers:
        handler.flush()
    return headline


def tail(limit: int = 200_000) -> str:
    """The end of the log (at most ``limit`` characters, the older rotated file first when the current is short)."""
    path = current()
    if path is None:
        return ""
    for handler in log.handlers:
        handler.flush()
    text = ""
    for file in (path.with_name(f"{NAME}.1"), path):
        try:
            text += file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return text[-limit:]
