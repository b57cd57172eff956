"""Checklist templates as files: the ones shipped in ``resources/checklists`` and those a verifier imports or exports."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from app.atomic import write_bytes
from app.domain.checklists import Template, template_from_dict, template_to_dict
from app.domain.text import DomainError, Text, unwritable
from app.paths import resources_dir


@lru_cache(maxsize=1)
def shipped_templates() -> tuple[Template, ...]:
    """The templates in ``resources/checklists``, read once (they do not change while the app runs)."""
    return tuple(read_template(path) for path in sorted((resources_dir() / "checklists").glob("*.json")))


def read_template(path: Path) -> Template:
    """A template file; a file that is not JSON, or not a template, names what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise DomainError(Text(f"无法读取模板文件：{error}", f"The template file cannot be read: {error}"), "template") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DomainError(Text(f"{Path(path).name} 不是有效的 JSON：{error}", f"{Path(path).name} is not valid JSON: {error}"),
                          "template") from None
    return template_from_dict(data, Path(path).name)


def write_template(path: Path, template: Template) -> None:
    try:
        write_bytes(path, json.dumps(template_to_dict(template), ensure_ascii=False, indent=1).encode("utf-8"))
    except OSError as error:
        raise unwritable(error) from None
