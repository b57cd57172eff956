"""Profiles: each person using the laptop has one — a name and a data folder of their own.

A profile's folder holds that person's store, evidence, backups, log and (if
they set a passphrase) key file, so one verifier's passphrase locks their data
only.  The list is ``profiles.json`` in the configuration folder (beside the
settings); with none listed Verifield uses the default data folder as it always
has.  ``verifield --profile NAME`` and the choice offered at start (when there are
two or more) pick one; ``--data-dir`` still names any folder directly.  A
profile's settings (language, backup folder, idle lock time …) are its own,
``settings.ini`` in its folder (:func:`settings_file`); a folder that is no
profile's uses the shared settings beside the list.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

from app import APP_NAME
from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text
from app.paths import data_dir

CONFIG_DIR_ENV = "VERIFIELD_CONFIG_DIR"
FILE = "profiles.json"
SETTINGS_FILE = "settings.ini"


@dataclass(frozen=True)
class Profile:
    name: str
    folder: Path


def config_dir() -> Path:
    return Path(os.environ.get(CONFIG_DIR_ENV) or user_config_dir(APP_NAME, appauthor=False))


def _read() -> dict:
    try:
        return json.loads((config_dir() / FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"profiles": [], "last": ""}
    except (OSError, ValueError) as error:
        raise DomainError(Text(f"无法读取配置文件 {config_dir() / FILE}（{error}）。",
                               f"The profile list {config_dir() / FILE} cannot be read ({error})."), "profile") from None


def _write(content: dict) -> None:
    config_dir().mkdir(parents=True, exist_ok=True)
    write_bytes(config_dir() / FILE, json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8"))


def profiles() -> list[Profile]:
    return [Profile(p["name"], Path(p["folder"])) for p in _read()["profiles"]]


def last() -> str:
    """The name of the profile chosen last ("" when none)."""
    return _read().get("last", "")


def add(name: str, folder: str | os.PathLike | None = None) -> Profile:
    """A new profile; its folder defaults to ``<data folder> profiles/<name>`` beside the default data folder (never
    inside it: a person who encrypts that folder must not hold another person's plain files under it)."""
    name = name.strip()
    if not name:
        raise DomainError(Text("配置文件需要一个名称（使用者的姓名）。", "A profile needs a name (the person's)."), "name")
    if any(p.name == name for p in profiles()):
        raise DomainError(Text(f"已有名为“{name}”的配置文件。", f"There is already a profile named “{name}”."), "name")
    if folder is None:
        home = data_dir()
        folder = home.parent / f"{home.name} profiles" / (re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.") or "profile")
    made = Profile(name, Path(folder).expanduser().resolve())
    content = _read()
    content["profiles"].append({"name": made.name, "folder": str(made.folder)})
    _write(content)
    data_dir(made.folder)  # created now, so a folder that cannot be is said at once
    return made


def choose(name: str) -> Profile:
    """The profile named ``name``, remembered as the last one chosen."""
    found = next((p for p in profiles() if p.name == name), None)
    if found is None:
        names = "、".join(p.name for p in profiles()) or "—"
        raise DomainError(Text(f"没有名为“{name}”的配置文件（已有：{names}）。用 verifield profile add 新建。",
                               f"There is no profile named “{name}” (there are: {names.replace('、', ', ')}). "
                               "Make one with verifield profile add."), "profile")
    content = _read()
    content["last"] = name
    _write(content)
    return found


def settings_file(folder: str | os.PathLike) -> Path | None:
    """The settings file of the profile whose data folder is ``folder``; None when it is no profile's."""
    folder = Path(folder).expanduser().resolve()
    return folder / SETTINGS_FILE if any(p.folder == folder for p in profiles()) else None
