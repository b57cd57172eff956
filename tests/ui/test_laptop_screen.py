"""A laptop screen: at 1280×720, in Chinese and in English, every page fits and stays usable.

The window's minimum size must fit the screen on every page (a page taller or
wider than the window scrolls inside it, never stretches the window), no page
needs a horizontal scroll bar, the dialogs fit the screen too, and the
inventory shows the verified and reported figures without scrolling.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from app.domain.inventory.factors import FactorKind
from app.ui import i18n
from app.ui.dialogs.new_engagement import NewEngagementWizard
from app.ui.dialogs.source import SourceDialog
from app.ui.main_window import MainWindow
from app.ui.models.inventory import SourcesModel
from app.ui.pages.checklists_page import ChecklistsPage, item_specs
from app.ui.pages.inventory_page import InventoryPage
from app.ui.settings import Settings
from app.ui.dialogs.factor_picker import FactorPicker
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
    # the page itself does not scroll: the results panel scrolls on its own, the grid's buttons are in view
    assert not laptop.workspace.stack.currentWidget().verticalScrollBar().isVisible()
    assert not page.add_row_button.visibleRegion().isEmpty() and not page.results.verdict.visibleRegion().isEmpty()
    # the results panel is laid out at the height it needs (it scrolls), never squeezed into parts drawn over each other
    assert page.results.height() >= page.results.minimumSizeHint().height()
    for row in range(page.sources_model.rowCount()):
        for column in (SourcesModel.COL_NAME, SourcesModel.COL_VERIFIED, SourcesModel.COL_REPORTED):
            rect = table.visualRect(page.sources_model.index(row, column))
            assert viewport.contains(rect), (row, column, rect, viewport)


def test_a_checklist_shows_each_answer_beside_its_wrapped_item(laptop):
    """The answer column is in view on every row; an item too long for its column wraps onto more lines."""
    page = show_page(laptop, ChecklistsPage)
    page.list.setCurrentRow(0)
    QApplication.processEvents()
    table, model, viewport = page.table, page.table.model(), page.table.viewport().rect()
    item_column, answer_column = 2, 3
    assert model.headerData(answer_column, Qt.Orientation.Horizontal) == item_specs()[0].label
    long_items = 0
    for row in range(model.rowCount()):
        assert viewport.contains(table.visualRect(model.index(row, answer_column))), row
        item = model.index(row, item_column)
        if table.fontMetrics().horizontalAdvance(item.data()) > table.visualRect(item).width():
            long_items += 1
            assert table.rowHeight(row) >= 2 * table.fontMetrics().height(), item.data()
    assert model.rowCount() >= 5 and long_items >= 1


def test_the_empty_evidence_page_says_what_to_do(laptop):
    from app.ui.pages.evidence_page import EvidencePage

    page = show_page(laptop, EvidencePage)
    QApplication.processEvents()
    assert page.held == [] and page.model.rowCount() == 0
    assert page.add_button.text() in page.grid.placeholder
    image = page.grid.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 2  # the hint is drawn, not an empty white box
