"""``make screenshots``: the main screens in Chinese and English, written to a folder as PNG files.

Runs on a throw-away store holding the demo engagement, with throw-away settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def _shoot(widget, path: Path) -> None:
    """Save what ``widget`` shows, after a moment for work in the background (thumbnails) to arrive."""
    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()
    widget.grab().save(str(path))
    print(path)


def _fill(path: Path, cells: dict[tuple[int, int], object]) -> None:
    """Type values into a data request's Data sheet, as a client would."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    for (row, column), value in cells.items():
        book["Data"].cell(row, column).value = value
    book.save(path)


def _add_photos(workbench, engagement_id: str, folder: Path) -> None:
    """A few site photos (drawn here) so the evidence grid has something to show."""
    from PIL import Image, ImageDraw

    paths = []
    for n, (name, colour) in enumerate([("boiler house", (176, 96, 64)), ("gas meter M-4", (90, 120, 160)),
                                        ("switch room", (120, 140, 90)), ("forklift charging", (200, 170, 60)),
                                        ("refrigerant log", (150, 150, 150)), ("warehouse", (110, 90, 140))]):
        picture = Image.new("RGB", (640, 480), colour)
        ImageDraw.Draw(picture).rectangle((60 + 20 * n, 80, 420, 360), outline=(255, 255, 255), width=8)
        paths.append(folder / f"{name}.jpg")
        picture.save(paths[-1])
    workbench.attach_files(engagement_id, paths, (), "site photos")


def _answer_first_start(path: Path) -> None:
    """Once start() asks whether to create the demo engagement: shoot the question, then answer yes."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, lambda: _answer_first_start(path))
        return
    box.grab().save(str(path))
    print(path)
    box.button(QMessageBox.StandardButton.Yes).click()


def show(window, page) -> None:
    window.workspace.navigator.setCurrentRow(window.workspace.pages.index(page))


def main(out: str, size: tuple[int, int] | None = None) -> int:
    """Write every shot into ``out``; ``size`` (width, height) shoots the main window at that size instead of 1440×860."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["VERIFIELD_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ["VERIFIELD_CONFIG_DIR"] = str(Path(scratch) / "config")
        from app.domain.factors import FactorKind
        from app.ui.factor_picker import FactorPicker
        from app.ui.main import start
        from app.ui.finding_dialogs import FormDialog, response_specs, response_values
        from app.ui.pages.findings_page import FindingsPage
        from app.ui.pages.inventory_page import InventoryPage
        from app.ui.source_dialog import SourceDialog
        from app.ui.settings import LANGUAGE
        from app.ui.wizard import NewEngagementWizard
        from app.ui.workbook_actions import ImportPreview

        from PySide6.QtWidgets import QApplication

        QApplication.instance() or QApplication(sys.argv)
        QTimer.singleShot(0, lambda: _answer_first_start(folder / "first-start.png"))
        application = start()
        _add_photos(application.workbench, application.window.workspace.engagement_id, Path(scratch))
        for language in ("en", "zh"):
            application.settings.set(LANGUAGE, language)
            window = application.build(application.window.workspace.engagement_id)
            window.resize(*(size or (1440, 860)))
            pages = ((1, "overview"), (2, "client"), (3, "scope"), (4, "team"), (5, "man-days"), (19, "documents"),
                     (6, "inventory"), (7, "neutrality"), (21, "sampling"), (22, "plan"), (20, "checklists"), (23, "evidence"),
                     (16, "findings"), (18, "statement"), (8, "history"))
            for row, (number, name) in enumerate(pages):
                window.workspace.navigator.setCurrentRow(row)
                _shoot(window, folder / f"{language}-{number}-{name}.png")
            findings = window.workspace.page(FindingsPage)
            show(window, findings)
            findings.table.selectRow(1)
            respond = FormDialog(window.workbench, "CL-02", response_specs(), response_values(findings.selected().response),
                                 lambda _v: False, window)
            respond.show()
            _shoot(respond, folder / f"{language}-17-finding-response.png")
            respond.reject()
            inventory = window.workspace.page(InventoryPage)
            show(window, inventory)
            dialog = SourceDialog(window.workbench, inventory.engagement, inventory.sources_model.sources[0], window)
            dialog.show()
            _shoot(dialog, folder / f"{language}-9-source.png")
            dialog.reject()
            picker = FactorPicker(window.workbench, FactorKind.GRID, window)
            picker.show()
            _shoot(picker, folder / f"{language}-10-factor-library.png")
            picker.reject()
            for name, cells in (("14-import-preview", {(5, 8): 31, (15, 8): 118.5}), ("15-import-errors", {(5, 8): "n/a", (6, 9): "桶"})):
                request = Path(scratch) / f"{name}.xlsx"
                window.workbench.write_request(inventory.engagement.id, str(request))
                _fill(request, cells)
                preview = ImportPreview(window.workbench, inventory.engagement.id, str(request), window)
                preview.show()
                _shoot(preview, folder / f"{language}-{name}.png")
                preview.reject()
            window.resize(*(size or (1280, 820)))
            window.show_list()
            _shoot(window, folder / f"{language}-0-list.png")
            wizard = NewEngagementWizard(window.workbench, window)
            wizard.show()
            _shoot(wizard, folder / f"{language}-11-wizard-client.png")
            wizard.next()
            _shoot(wizard, folder / f"{language}-12-wizard-engagement.png")
            wizard.next()
            _shoot(wizard, folder / f"{language}-13-wizard-scope.png")
            wizard.reject()
            window.open_engagement(window.workspace.engagement_id)
        application.window.close()
        application.workbench.store.close()
    return 0


if __name__ == "__main__":
    # python -m app.ui.screenshots [folder] [WIDTHxHEIGHT], e.g. 1280x720 for a laptop screen
    shape = tuple(int(n) for n in sys.argv[2].split("x")) if len(sys.argv) > 2 else None
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", shape))
