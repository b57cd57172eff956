"""A laptop screen: at 1280×720, in Chinese and in English, every page fits and stays usable.

The window's minimum size must fit the screen on every page (a page taller or
wider than the window scrolls inside it, never stretches the window), no page
needs a horizontal scroll bar, the dialogs fit the screen too, and the
inventory shows the verified and reported figures without scrolling.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QScrollArea

from app.domain.factors import FactorKind
from app.ui import i18n
from app.ui.factor_picker import FactorPicker
from app.ui.inventory_models import SourcesModel
from app.ui.main_window import MainWindow
from app.ui.pages.inventory_page import InventoryPage
from app.ui.settings import Settings
from app.ui.source_dialog import SourceDialog
from app.ui.wizard import NewEngagementWizard
from tests.ui.test_workspace import show_page

SCREEN = QSize(1280, 720)


@pytest.fixture(params=["en", "zh"])
def laptop(request, qtbot, workbench):
    """The main window at 1280×720 in one language, showing the demo engagement."""
    i18n.install(request.param)
    window = MainWindow(workbench, Settings())
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.open_engagement(workbench.create_demo())
    yield window
    i18n.install("en")


def fits(size: QSize) -> bool:
    return size.width() <= SCREEN.width() and size.height() <= SCREEN.height()


def visit_every_page(window):
    """Show each page in turn at 1280×720; yield it with the scroll area the workspace shows it in."""
    workspace = window.workspace
    for row, page in enumerate(workspace.pages):
        workspace.navigator.setCurrentRow(row)
        QApplication.processEvents()
        window.resize(SCREEN)
        QApplication.processEvents()
        yield page, workspace.stack.currentWidget()


def test_the_window_fits_a_1280_by_720_screen_on_every_page(laptop):
    for page, _ in visit_every_page(laptop):
        name = type(page).__name__
        assert fits(laptop.minimumSizeHint()) and fits(laptop.minimumSize()), (name, laptop.minimumSizeHint())
        assert laptop.size() == SCREEN, name
    laptop.show_list()
    QApplication.processEvents()
    assert fits(laptop.minimumSizeHint()) and laptop.size() == SCREEN


def test_every_page_is_usable_at_1280_by_720(laptop):
    """A page scrolls up and down inside the window when it is taller, never sideways, with most of the height in view."""
    for page, scroll in visit_every_page(laptop):
        name = type(page).__name__
        assert isinstance(scroll, QScrollArea) and scroll.widget() is page and page.isVisible(), name
        assert page.minimumSizeHint().width() <= scroll.viewport().width(), (name, page.minimumSizeHint())
        assert not scroll.horizontalScrollBar().isVisible(), name
        assert scroll.viewport().height() >= 500, name


def test_the_dialogs_fit_the_screen(laptop, qtbot):
    inventory = show_page(laptop, InventoryPage)
    dialogs = [
        SourceDialog(laptop.workbench, inventory.engagement, inventory.sources_model.sources[0], laptop),
        FactorPicker(laptop.workbench, FactorKind.GRID, laptop),
        NewEngagementWizard(laptop.workbench, laptop),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert fits(dialog.minimumSizeHint()) and fits(dialog.size()), (type(dialog).__name__, dialog.size())
        dialog.reject()


def test_the_inventory_shows_verified_and_reported_without_scrolling(laptop):
    page = show_page(laptop, InventoryPage)
    QApplication.processEvents()
    table, viewport = page.sources, page.sources.viewport().rect()
    assert table.horizontalScrollBar().value() == 0
    for row in range(page.sources_model.rowCount()):
        for column in (SourcesModel.COL_NAME, SourcesModel.COL_VERIFIED, SourcesModel.COL_REPORTED):
            rect = table.visualRect(page.sources_model.index(row, column))
            assert viewport.contains(rect), (row, column, rect, viewport)
