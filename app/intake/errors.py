"""The intake service's refusals: an HTTP status with a bilingual reason naming the field at fault."""

from __future__ import annotations

from fastapi import HTTPException


def refuse(status: int, zh: str, en: str, field: str, headers: dict[str, str] | None = None) -> HTTPException:
    """An answer ``status`` whose body is ``{"zh": …, "en": …, "field": …}``; tus headers are added by the app."""
    return HTTPException(status, {"zh": zh, "en": en, "field": field}, headers={"Tus-Resumable": "1.0.0", **(headers or {})})
