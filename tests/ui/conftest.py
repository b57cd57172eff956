"""UI fixtures: a real store file, the real workbench and main window, English unless a test says otherwise."""

from __future__ import annotations

import pytest

from app.storage.store import open_store
from app.ui import i18n
from app.ui.commands.workbench import Workbench
from app.ui.main_window import MainWindow
from app.ui.settings import Settings


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "ui.sqlite"


@pytest.fixture
def workbench(qapp, store_path):
    i18n.install("en")
    store = open_store(store_path)
    bench = Workbench(store_path, "tester", store)
    yield bench
    store.close()


@pytest.fixture
def window(qtbot, workbench):
    main = MainWindow(workbench, Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
