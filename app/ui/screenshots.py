"""``make screenshots``: the main screens in Chinese and English, written to a folder as PNG files.

Runs on a throw-away store holding the demo engagement, with throw-away settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from app.ui.snapshot import shoot


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


def _shots() -> tuple:
    """The engagement's pages shot, each with its number and name in the file's name."""
    from app.ui.pages import (checklists_page, client_page, contract_page, documents_page, evidence_page, findings_page,
                              history_page, inventory_page, mandays_page, monitoring_page, neutrality_page,
                              overview_page, plan_page, sampling_page, scope_page, statement_page, team_page)

    return ((1, "overview", overview_page.OverviewPage), (2, "client", client_page.ClientPage),
            (24, "contract", contract_page.ContractPage), (3, "scope", scope_page.ScopePage), (4, "team", team_page.TeamPage),
            (5, "man-days", mandays_page.ManDaysPage), (19, "documents", documents_page.DocumentsPage),
            (6, "inventory", inventory_page.InventoryPage), (25, "monitoring", monitoring_page.MonitoringPage),
            (7, "neutrality", neutrality_page.NeutralityPage), (21, "sampling", sampling_page.SamplingPage),
            (22, "plan", plan_page.PlanPage), (20, "checklists", checklists_page.ChecklistsPage),
            (23, "evidence", evidence_page.EvidencePage), (16, "findings", findings_page.FindingsPage),
            (18, "statement", statement_page.StatementPage), (8, "history", history_page.HistoryPage))


def show(window, page) -> None:
    window.workspace.navigator.setCurrentRow(window.workspace.pages.index(page))


def main(out: str, size: tuple[int, int] | None = None) -> int:
    """Write every shot into ``out``; ``size`` (width, height) shoots the main window at that size instead of 1440×860."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["VERIFIELD_DATA_DIR"] = str(Path(scratch) / "data")
        os.environ["VERIFIELD_CONFIG_DIR"] = str(Path(scratch) / "config")
        from PySide6.QtWidgets import QApplication

        from app.domain.inventory.factors import FactorKind
        from app.domain.kernel.text import DomainError
        from app.ui.actions.workbooks import request_writer
        from app.ui.dialogs.factor_picker import FactorPicker
        from app.ui.dialogs.findings import response_specs, response_values
        from app.ui.dialogs.form_dialog import FormDialog
        from app.ui.dialogs.import_preview import ImportPreview
        from app.ui.dialogs.new_engagement import NewEngagementWizard
        from app.ui.dialogs.source import SourceDialog
        from app.ui.main import start
        from app.ui.pages.findings_page import FindingsPage
        from app.ui.pages.inventory_page import InventoryPage
        from app.ui.settings import LANGUAGE

        QApplication.instance() or QApplication(sys.argv)
        shots = _shots()
        QTimer.singleShot(0, lambda: _answer_first_start(folder / "first-start.png"))
        application = start()
        _add_photos(application.workbench, application.window.workspace.engagement_id, Path(scratch))
        for language in ("en", "zh"):
            application.settings.set(LANGUAGE, language)
            window = application.build(application.window.workspace.engagement_id)
            window.resize(*(size or (1440, 860)))
            for number, name, kind in shots:
                show(window, window.workspace.page(kind))
                shoot(window, folder / f"{language}-{number}-{name}.png")
            findings = window.workspace.page(FindingsPage)
            show(window, findings)
            findings.table.selectRow(1)
            respond = FormDialog(window.workbench, "CL-02", response_specs(), response_values(findings.selected().response),
                                 lambda _v: False, window)
            respond.show()
            shoot(respond, folder / f"{language}-17-finding-response.png")
            respond.reject()
            inventory = window.workspace.page(InventoryPage)
            show(window, inventory)
            dialog = SourceDialog(window.workbench, inventory.engagement, inventory.sources_model.sources[0], window)
            dialog.show()
            shoot(dialog, folder / f"{language}-9-source.png")
            dialog.reject()
            picker = FactorPicker(window.workbench, FactorKind.GRID, window)
            picker.show()
            shoot(picker, folder / f"{language}-10-factor-library.png")
            picker.reject()
            for name, cells in (("14-import-preview", {(5, 8): 31, (15, 8): 118.5}), ("15-import-errors", {(5, 8): "n/a", (6, 9): "桶"})):
                request = Path(scratch) / f"{name}.xlsx"
                request_writer(window.workbench, inventory.engagement.id, str(request))(None, lambda: False)
                _fill(request, cells)
                try:
                    planned = window.workbench.plan_import(inventory.engagement.id, str(request))
                except DomainError as error:  # the second shot: the bad cells
                    planned = error
                preview = ImportPreview(window.workbench, inventory.engagement.id, str(request), planned, window)
                preview.show()
                shoot(preview, folder / f"{language}-{name}.png")
                preview.reject()
            window.resize(*(size or (1280, 820)))
            window.show_list()
            shoot(window, folder / f"{language}-0-list.png")
            wizard = NewEngagementWizard(window.workbench, window)
            wizard.show()
            shoot(wizard, folder / f"{language}-11-wizard-client.png")
            wizard.next()
            shoot(wizard, folder / f"{language}-12-wizard-engagement.png")
            wizard.next()
            shoot(wizard, folder / f"{language}-13-wizard-scope.png")
            wizard.reject()
            window.open_engagement(window.workspace.engagement_id)
        application.window.close()
        application.workbench.store.close()
    return 0


if __name__ == "__main__":
    # python -m app.ui.screenshots [folder] [WIDTHxHEIGHT], e.g. 1280x720 for a laptop screen
    shape = tuple(int(n) for n in sys.argv[2].split("x")) if len(sys.argv) > 2 else None
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", shape))
