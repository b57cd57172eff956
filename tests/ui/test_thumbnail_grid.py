"""The evidence thumbnail grid: a sound item model, placeholders first, thumbnails made only for what is on screen."""

from __future__ import annotations

import threading

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from app.storage.evidence_files import EvidenceFiles
from app.ui.models.thumbnails import SHA256_ROLE, EvidenceItem, ThumbnailModel
from app.ui.widgets.thumbnail_grid import ThumbnailGrid

DECORATION = Qt.ItemDataRole.DecorationRole


def icon_of(model, row):
    return model.data(model.index(row), DECORATION)


def is_placeholder(model, row) -> bool:
    return icon_of(model, row).cacheKey() == model.placeholder.cacheKey()


@pytest.fixture
def stored(qapp, tmp_path):
    """A store with two photos and a document, as grid items (the first photo attached twice)."""
    files = EvidenceFiles(tmp_path / "evidence")
    items = []
    for name, colour in (("boiler.jpg", "red"), ("meter.jpg", "blue")):
        Image.new("RGB", (400, 300), colour).save(tmp_path / name)
        items.append(EvidenceItem(files.add(tmp_path / name).sha256, name))
    (tmp_path / "invoice.pdf").write_bytes(b"%PDF-1.7\n")
    items.append(EvidenceItem(files.add(tmp_path / "invoice.pdf").sha256, "invoice.pdf"))
    items.append(EvidenceItem(items[0].sha256, "boiler again.jpg"))
    return files, items


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, stored):
    """Qt's model tester (Python's and, failing on its warnings, Qt's own) finds nothing wrong, also as thumbnails arrive."""
    files, items = stored
    model = ThumbnailModel(files.thumbnail)
    model.set_items(items)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    for row in range(4):
        icon_of(model, row)
    qtbot.waitUntil(lambda: model.loaded() == 3)
    assert model.data(model.index(3)) == "boiler again.jpg"
    assert model.data(model.index(2), SHA256_ROLE) == items[2].sha256


def test_pictures_get_thumbnails_and_documents_the_file_icon(qtbot, stored):
    """Every row starts as the placeholder; photos become thumbnails (both rows of a twice-attached one), the PDF a file icon."""
    files, items = stored
    model = ThumbnailModel(files.thumbnail)
    model.set_items(items)
    assert all(is_placeholder(model, row) for row in range(4))
    assert model.requested == 3  # one per digest
    qtbot.waitUntil(lambda: not any(is_placeholder(model, row) for row in range(4)))
    assert icon_of(model, 0).cacheKey() == icon_of(model, 3).cacheKey() != icon_of(model, 1).cacheKey()
    assert icon_of(model, 2).cacheKey() == model.no_picture.cacheKey()
    model.pool.waitForDone()


def test_a_grid_of_300_loads_only_what_is_on_screen(qtbot, tmp_path):
    """Shown in a window, the grid asks for the visible tiles only, shows placeholders until they arrive, and more on scrolling."""
    Image.new("RGB", (160, 120), "green").save(tmp_path / "thumb.jpg")
    release, asked = threading.Event(), []

    def make(sha256, size):
        asked.append(sha256)
        release.wait(10)
        return tmp_path / "thumb.jpg"

    items = [EvidenceItem(f"{i:064x}", f"photo {i:03}.jpg") for i in range(300)]
    model = ThumbnailModel(make)
    model.set_items(items)
    grid = ThumbnailGrid(model)
    qtbot.addWidget(grid)
    grid.resize(800, 600)
    try:
        grid.show()
        qtbot.waitExposed(grid)

        def on_screen():
            area = grid.viewport().rect()
            return [row for row in range(300) if grid.visualRect(model.index(row)).intersects(area)]

        qtbot.waitUntil(lambda: model.requested >= len(on_screen()))
        qtbot.wait(200)  # the layout finishes and repaints: still nothing more is asked for
        visible = on_screen()
        assert 0 < len(visible) < 40 and model.requested == len(visible)
        assert all(is_placeholder(model, row) for row in visible)
        release.set()
        qtbot.waitUntil(lambda: not any(is_placeholder(model, row) for row in visible))
        assert model.loaded() == len(visible) and set(asked) == {items[row].sha256 for row in visible}

        grid.scrollToBottom()
        qtbot.waitUntil(lambda: 299 in on_screen() and not is_placeholder(model, 299))
        assert model.requested < 100
    finally:
        release.set()
        model.pool.waitForDone()
