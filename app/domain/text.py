"""Bilingual text and the domain error that carries it.

Every message a verifier may read comes in Simplified Chinese and English, so
the domain hands out :class:`Text` pairs and the user interface picks one.
"""

from __future__ import annotations

import errno
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
    """The refusal for a file that cannot be written, whatever writes it: which file, and why in plain words."""
    name = getattr(error, "filename", None)
    where_zh, where_en = (f" {name} ", f" {name}") if name else ("", "")
    why = _WHY_UNWRITABLE.get(getattr(error, "errno", None))
    if why is None:
        why = (f"是否已在其他程序中打开？（{error}）", f"is it open in another program? ({error})")
    return DomainError(
        Text(f"无法写入文件{where_zh}：{why[0]}原有文件保持不变。", f"The file{where_en} cannot be written: {why[1]}. Any earlier file is unchanged."),
        "file",
    )


_FULL = ("磁盘已满（或文件超过允许的大小）。", "the disk is full (or the file is larger than allowed)")
_WHY_UNWRITABLE = {
    errno.ENOSPC: _FULL, errno.EFBIG: _FULL, getattr(errno, "EDQUOT", errno.ENOSPC): _FULL,
    errno.EROFS: ("该文件夹是只读的。", "the folder is read-only"),
    errno.EACCES: ("没有写入该文件夹的权限（或文件已在其他程序中打开）。", "there is no permission to write in that folder (or the file is open in another program)"),
    errno.EPERM: ("没有写入该文件夹的权限。", "there is no permission to write in that folder"),
    errno.ENOENT: ("该文件夹不存在。", "the folder does not exist"),
    errno.ENOTDIR: ("路径中有一段不是文件夹。", "a part of the path is not a folder"),
    errno.EISDIR: ("该名称是一个文件夹。", "that name is a folder"),
}
