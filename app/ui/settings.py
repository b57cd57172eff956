"""User settings, each declared once with its default (language, name in the history, window state).

Stored in an INI file under the user's config folder, or under
``$VERIFIELD_CONFIG_DIR`` (which the tests always set); a profile's own in its
data folder (:func:`for_folder`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from app.profiles import SETTINGS_FILE, config_dir, settings_file
from app.user import default_actor


@dataclass(frozen=True)
class Setting:
    key: str
    default: object


LANGUAGE = Setting("ui/language", "system")  # "system", "zh" or "en"
ACTOR = Setting("user/name", "")  # empty: the operating-system login name
GEOMETRY = Setting("window/geometry", QByteArray())
FIRST_START_DONE = Setting("app/first_start_done", False)
BACKUP_EVERY = Setting("backup/every_minutes", 15)  # a rotating backup after this many minutes in which something changed
BACKUP_KEEP = Setting("backup/keep", 10)  # rotating backups kept, besides one a day for a week
BACKUP_SECOND_FOLDER = Setting("backup/second_folder", "")  # a USB stick, say; empty: the data folder's backups/ only
SEND_AUTOMATICALLY = Setting("outbox/send_automatically", True)  # the outbox sends what is due without a click
LOCK_AFTER = Setting("lock/idle_minutes", 10)  # an encrypted data folder locks after this many idle minutes


class Settings:
    def __init__(self, path: Path | None = None):
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(path or folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    def get(self, setting: Setting):
        value = self._qsettings.value(setting.key, setting.default)
        if isinstance(setting.default, bool) and isinstance(value, str):
            return value.lower() == "true"
        if isinstance(setting.default, int) and not isinstance(setting.default, bool) and isinstance(value, str):
            return int(value) if value.strip().isdigit() else setting.default
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


def for_folder(folder: Path) -> Settings:
    """The settings of whoever uses the data folder ``folder``: its profile's own (begun with the shared interface
    language), else the shared ones."""
    shared, own = Settings(), settings_file(folder)
    if own is None:
        return shared
    begun = own.exists()
    settings = Settings(own)
    if not begun:
        settings.set(LANGUAGE, shared.get(LANGUAGE))
    return settings
