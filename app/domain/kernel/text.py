"""Bilingual text and the domain error that carries it.

Every message a verifier may read comes in Simplified Chinese and English, so
the domain hands out :class:`Text` pairs and the user interface picks one.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass

LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Text:
    """A phrase in Chinese and English."""

    zh: str
    en: str

    def in_(self, language: str) -> str:
        """The phrase in ``language`` ("zh" or "en"; anything else gives English)."""
        return self.zh if language == "zh" else self.en

    def both(self) -> str:
        """Both languages, English first, for logs and the command line."""
        return self.en if self.en == self.zh else f"{self.en} / {self.zh}"


class DomainError(Exception):
    """A rule was broken; ``message`` says which, in both languages.

    ``field`` names the input at fault when there is one, so a form can put
    the message next to it.
    """

    def __init__(self, message: Text, field: str | None = None):
        super().__init__(message.both())
        self.message = message
        self.field = field


def unwritable(error: Exception) -> DomainError:
    """The refusal for a file that cannot be written, whatever writes it, saying why: a full disk, a missing
    folder, no permission (or the file open in another program), a read-only disk.

    ``error`` is the OSError, or an error wrapping one (XlsxWriter's FileCreateError holds it as its argument).
    """
    cause = next((e for e in (error, *error.args, error.__cause__, error.__context__) if isinstance(e, OSError)), None)
    path = str(getattr(cause, "filename", None) or "")
    reason = _WHY.get(getattr(cause, "errno", None))
    if reason is None:
        detail = getattr(cause, "strerror", None) or str(cause or error)
        reason = Text(detail, detail)
    elif reason is _NO_FOLDER:
        folder = os.path.dirname(path) or path
        reason = Text(f"文件夹 {folder} 不存在", f"the folder {folder} does not exist")
    where = Text(f"文件 {path}", f"The file {path}") if path else Text("文件", "The file")
    return DomainError(
        Text(f"无法写入{where.zh}：{reason.zh}。原有文件保持不变。", f"{where.en} cannot be written: {reason.en}. Any earlier file is unchanged."),
        "file",
    )


_FULL = Text("磁盘已满", "the disk is full")
_NO_FOLDER = Text("文件夹不存在", "the folder does not exist")
_WHY = {
    errno.ENOSPC: _FULL,
    errno.EFBIG: _FULL,  # a file larger than the disk or the process may hold: as good as full
    errno.EDQUOT: Text("磁盘配额已用完", "the disk quota is used up"),
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,
    errno.EACCES: Text("没有写入权限（或文件已在其他程序中打开）", "there is no permission to write it (or it is open in another program)"),
    errno.EPERM: Text("没有写入权限（或文件已在其他程序中打开）", "there is no permission to write it (or it is open in another program)"),
    errno.EROFS: Text("磁盘为只读", "the disk is read-only"),
    errno.EISDIR: Text("这是一个文件夹", "it is a folder"),
    errno.EEXIST: Text("该名称是一个设备、管道或文件夹，不是普通文件，不会被替换", "that name is a device, a pipe or a folder, not an ordinary file, and is not replaced"),
}


class NotFound(LookupError):
    """The record asked for is not in the store."""
