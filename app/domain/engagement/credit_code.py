"""The unified social credit code of GB 32100-2015 (统一社会信用代码) and its check character.

An 18-character code: registration authority, organisation category, six-digit
administrative division code, nine-character organisation code, and a check
character computed over the first seventeen with weights 3^(i-1) mod 31.
"""

from __future__ import annotations

from app.domain.kernel.text import DomainError, Text

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))


def check_character(first17: str) -> str:
    """The check character for the first seventeen characters of a code."""
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(code: str) -> str:
    """Upper-case and strip spaces, as people type codes in either case."""
    return "".join(code.split()).upper()


def validate(code: str, field: str = "credit_code") -> str:
    """Return the normalised code, or raise a DomainError that says what is wrong with it."""
    code = normalise(code)
    if len(code) != 18:
        raise DomainError(
            Text(
                f"统一社会信用代码应为 18 位，输入的是 {len(code)} 位。",
                f"A unified social credit code has 18 characters; this one has {len(code)}.",
            ),
            field,
        )
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        chars = "、".join(bad)
        raise DomainError(
            Text(
                f"统一社会信用代码含有不允许的字符：{chars}（不使用 I、O、S、V、Z）。",
                f"The unified social credit code contains characters it may not: {', '.join(bad)} "
                "(I, O, S, V and Z are never used).",
            ),
            field,
        )
    if not code[2:8].isdigit():
        raise DomainError(
            Text(
                "统一社会信用代码第 3–8 位应为行政区划代码（数字）。",
                "Characters 3–8 of a unified social credit code are the administrative division code and must be digits.",
            ),
            field,
        )
    expected = check_character(code[:17])
    if code[17] != expected:
        raise DomainError(
            Text(
                f"统一社会信用代码校验位错误：最后一位应为 {expected}，而不是 {code[17]}。请核对代码。",
                f"The unified social credit code's check character is wrong: the last character should be "
                f"{expected}, not {code[17]}. Please check the code.",
            ),
            field,
        )
    return code
