"""Checklist templates as files: the ones shipped in ``resources/checklists`` and those a verifier imports or exports."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from app.atomic import write_bytes
from app.domain.fieldwork.checklists import Template, template_from_dict, template_to_dict
from app.domain.kernel.text import DomainError, Text, unwritable
from app.paths import resources_dir
from app.storage.files import SpecialFile, open_regular

MAX_BYTES = 5_000_000  # a shipped template is some 20 kB; 5 MB is far beyond any real one


@lru_cache(maxsize=1)
def shipped_templates() -> tuple[Template, ...]:
    """The templates in ``resources/checklists``, read once (they do not change while the app runs)."""
    return tuple(read_template(path) for path in sorted((resources_dir() / "checklists").glob("*.json")))


def read_template(path: Path) -> Template:
    """A template file; a file that is not JSON, or not a template, names what is wrong.

    Only a regular file of at most :data:`MAX_BYTES` is read, and JSON nested too deeply for the parser is
    refused like any other malformed file.
    """
    name = Path(path).name
    try:
        with open_regular(Path(path)) as handle:
            raw = handle.read(MAX_BYTES + 1)
    except SpecialFile as error:
        raise _refused(f"{name} 是{error.kind.zh}，不是模板文件。", f"{name} is {error.kind.en}, not a template file.") from None
    except OSError as error:
        raise _refused(f"无法读取模板文件：{error}", f"The template file cannot be read: {error}") from None
    if len(raw) > MAX_BYTES:
        raise _refused(f"{name} 超过 {MAX_BYTES // 1_000_000} MB，不是模板文件。", f"{name} is larger than {MAX_BYTES // 1_000_000} MB: not a template file.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _refused(f"{name} 不是有效的 JSON：{error}", f"{name} is not valid JSON: {error}") from None
    except RecursionError:
        raise _refused(f"{name} 的 JSON 嵌套过深，不是模板文件。", f"{name} nests its JSON too deeply: not a template file.") from None
    return template_from_dict(data, name)


def _refused(zh: str, en: str) -> DomainError:
    return DomainError(Text(zh, en), "template")


def write_template(path: Path, template: Template) -> None:
    try:
        write_bytes(path, json.dumps(template_to_dict(template), ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as error:
        raise unwritable(error) from None
