"""Starting the GUI: settings, language, whose data folder, its passphrase when encrypted; then the window.

The window and everything it shows (:mod:`app.ui.application`) take about 0.1 s to import.  While the verifier
chooses a profile or types the passphrase (and while its Argon2id derivation runs), they are imported on a thread of
their own, so the window follows the passphrase at once; with nobody to wait for, they are imported right away, as a
second thread would only contend for the GIL.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.domain.kernel.text import DomainError
from app.paths import DATA_DIR_ENV, database_path
from app.storage import data_key
from app.ui import i18n
from app.ui.collector import held
from app.ui.fonts import use_bundled_font
from app.ui.lock import unlock
from app.ui.settings import Settings, for_folder

if TYPE_CHECKING:
    from app.ui.application import Application

EXIT_WHEN_SHOWN_ENV = "VERIFIELD_EXIT_WHEN"  # used by benchmarks/startup.py
SCREENSHOT_ENV = "VERIFIELD_SCREENSHOT"  # a PNG: save the main window there once the store is open, then quit (the bundle test)
WINDOW_MODULE = "app.ui.application"


def start(data_dir: str | None = None, passphrase: str = "") -> Application | None:
    """Open the store and show the main window; None (after telling the user why) when the store cannot be opened, or
    when no profile or passphrase is given.  ``passphrase``: an encrypted folder's, tried before asking."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    use_bundled_font(app)
    held.install()  # the thread below frees no cycle of the dialogs' (app/ui/collector.py)
    settings = Settings()
    i18n.install(settings.language())
    loading = threading.Thread(target=_import_window, name="importing the window", daemon=True)
    try:
        if data_dir is None and not os.environ.get(DATA_DIR_ENV):  # whose data: a profile, when there are some
            from app.ui.dialogs.profile_chooser import choose_profile

            loading.start()
            go_on, data_dir = choose_profile()
            if not go_on:
                return None
        path = database_path(data_dir)
        settings = for_folder(path.parent)  # a profile's own settings
        i18n.install(settings.language())
        if data_key.is_encrypted(path.parent) and loading.ident is None:  # not started for the profile chooser
            loading.start()
        if not unlock(path.parent, passphrase=passphrase):  # an encrypted folder: its passphrase first
            return None
    except DomainError as error:  # a data folder that is a file, say
        QMessageBox.critical(None, APP_NAME, i18n.show(error.message))
        return None
    if loading.ident is not None:
        loading.join()  # an import that failed on it fails again, with its error, just below
    return importlib.import_module(WINDOW_MODULE).open_folder(path, settings, start)


def _import_window() -> None:
    with held:
        importlib.import_module(WINDOW_MODULE)


def run_gui(data_dir: str | None = None, package: str = "", passphrase: str = "") -> int:
    """Start the GUI; ``package``: an audit package (.vfpkg) to import once the store is open (a file opened with
    Verifield); ``passphrase``: an encrypted data folder's (from ``--passphrase-file``)."""
    application = start(data_dir, passphrase)
    if application is None:
        return 2
    app = QApplication.instance()
    exit_when = os.environ.get(EXIT_WHEN_SHOWN_ENV)  # "shown" or "ready": quit there (benchmarks)
    if exit_when == "shown":
        QTimer.singleShot(0, app.quit)
        return app.exec()
    if not application.workbench.is_open:
        opening = application.workbench.open_in_background()
        if exit_when == "ready":
            QTimer.singleShot(0, lambda: (opening.join(), app.quit()))
            return app.exec()
    if package:
        key = None if _encrypted(package) else ""  # head office's age key is asked for only when it is needed
        QTimer.singleShot(0, lambda: application.window.import_packages(package, key))
    if exit_when == "ready":
        QTimer.singleShot(0, app.quit)
    if os.environ.get(SCREENSHOT_ENV):
        QTimer.singleShot(0, lambda: _screenshot(application.window, os.environ[SCREENSHOT_ENV]))
    return app.exec()


def _encrypted(package: str) -> bool:
    from app.sync.encryption import MAGIC

    try:
        with open(package, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False  # the import that follows says why the file cannot be read


def _screenshot(window, path: str) -> None:
    from pathlib import Path

    from app.ui.snapshot import shoot

    shoot(window, Path(path))
    QApplication.instance().quit()
