"""User settings, each declared once with its default (language, name in the history, window state).

Stored in an INI file under the user's config folder, or under
``$VERIFIELD_CONFIG_DIR`` (which the tests always set).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QLocale, QSettings

from app import APP_NAME
from app.user import default_actor

CONFIG_DIR_ENV = "VERIFIELD_CONFIG_DIR"


@dataclass(frozen=True)
class Setting:
    key: str
    default: object


LANGUAGE = Setting("ui/language", "system")  # "system", "zh" or "en"
ACTOR = Setting("user/name", "")  # empty: the operating-system login name
GEOMETRY = Setting("window/geometry", QByteArray())
FIRST_START_DONE = Setting("app/first_start_done", False)


class Settings:
    def __init__(self, path: Path | None = None):
        folder = Path(os.environ.get(CONFIG_DIR_ENV) or user_config_dir(APP_NAME, appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(path or folder / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, setting: Setting):
        value = self._qsettings.value(setting.key, setting.default)
        if isinstance(setting.default, bool) and isinstance(value, str):
            return value.lower() == "true"
        return value

    def set(self, setting: Setting, value) -> None:
        self._qsettings.setValue(setting.key, value)
        self._qsettings.sync()

    def value(self, key: str, default: str = "") -> str:
        """A setting whose key is made at run time (such as a client's column mapping)."""
        return str(self._qsettings.value(key, default))

    def set_value(self, key: str, value: str) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()

    def language(self) -> str:
        """The interface language, "zh" or "en": the chosen one, else the system's."""
        chosen = self.get(LANGUAGE)
        if chosen in ("zh", "en"):
            return chosen
        return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"

    def actor(self) -> str:
        return self.get(ACTOR) or default_actor()
