"""Bilingual text and the domain error that carries it.

Every message a verifier may read comes in Simplified Chinese and English, so
the domain hands out :class:`Text` pairs and the user interface picks one.
"""

from __future__ import annotations

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
    """The refusal for a file that cannot be written, whatever writes it."""
    return DomainError(
        Text(f"无法写入文件（是否已在其他程序中打开？）：{error}", f"The file cannot be written (is it open in another program?): {error}"),
        "file",
    )
