"""Never a frozen window (issue 22), the workspace's part: opening an engagement makes its first page at once and
the others one per turn of the event loop, and an edit stored before a page is made is what that page shows; what
the pages import from outside the interface is imported, and their SQL compiled, by the store-opening thread."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app.services import demo
from app.ui.commands.workbench import USE_CASES, Workbench
from app.services.project_demo import create_project_demo
from app.ui.pages.contract_page import ContractPage
from app.ui.pages.history_page import HistoryPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.project_page import ProjectPage
from app.ui.pages.scope_page import ScopePage
from app.ui.workspace import PAGES, page_imported


def test_the_workspace_makes_its_pages_one_turn_at_a_time_and_a_page_made_after_an_edit_shows_it(window, qtbot):
    engagement_id = window.workbench.create_demo()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    assert workspace.building  # the window is free again before the eighteen pages are made
    assert workspace.navigator.count() < len(workspace._kinds)
    assert isinstance(workspace.current_page(), OverviewPage)
    assert window.workbench.edit_engagement(engagement_id, "title", "Renamed while the pages were made", "t")
    qtbot.waitUntil(lambda: not workspace.building, timeout=20_000)
    assert workspace.navigator.count() == len(workspace._kinds)
    scope = workspace.page(ScopePage)
    assert scope.basics.value("title") == "Renamed while the pages were made"
    assert workspace.page(HistoryPage).engagement.title == "Renamed while the pages were made"
    assert [workspace.navigator.item(row).text().split("  ")[0].lstrip("⚠ ") for row in range(3)] == [
        page.title for page in workspace.pages[:3]]


def test_asking_for_a_page_not_made_yet_makes_it_there_and_then(window):
    engagement_id = window.workbench.create_demo()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    scope = workspace.page(ScopePage)  # before the event loop has turned
    assert workspace.pages.index(scope) == workspace._kinds.index(ScopePage.__name__)
    assert scope.engagement.id == engagement_id
    assert scope.basics.value("title") == window.workbench.load(engagement_id)[0].title


def test_the_import_preview_reads_its_rows_off_the_gui_thread(window, qtbot, monkeypatch, tmp_path):
    """The sources' names and the rows of the preview are read by the import's background job, not by the dialog."""
    import threading

    import openpyxl

    from app.ui.actions import workbooks
    from app.ui.pages.inventory_page import InventoryPage
    from tests.ui.test_workbook_actions import QUANTITY, answer, finish
    from tests.ui.test_workspace import open_demo, show_page

    open_demo(window)
    page = show_page(window, InventoryPage)
    request = tmp_path / "request.xlsx"
    answer(page, monkeypatch, request)
    page.workbooks.write_request()
    finish(qtbot, page.workbooks)
    book = openpyxl.load_workbook(request)
    data = book["Data"]
    data.cell(next(r for r in range(4, data.max_row + 1) if data.cell(r, 1).value), QUANTITY).value = 1
    book.save(request)
    read_on = []
    real = workbooks.preview_rows
    monkeypatch.setattr(workbooks, "preview_rows", lambda plan, names: read_on.append(threading.current_thread()) or real(plan, names))
    page.workbooks.import_data()
    finish(qtbot, page.workbooks)
    dialog = page.workbooks.preview
    assert dialog.changes.rowCount() == 1 and dialog.changes.item(0, 4).text() == "1"
    assert read_on and threading.main_thread() not in read_on


def test_printing_renders_and_paints_the_pages_in_a_background_job(qtbot, tmp_path, monkeypatch):
    """After the print dialog, a PDF is printed by a job off the GUI thread; every page reaches the printer."""
    import threading

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen import canvas

    from app.ui.actions import printing

    source = tmp_path / "report.pdf"
    drawing = canvas.Canvas(str(source))
    for number in range(3):
        drawing.drawString(72, 720, f"page {number + 1}")
        drawing.showPage()
    drawing.save()
    printed_on = []
    real = printing.print_pages
    monkeypatch.setattr(printing, "print_pages", lambda *a: printed_on.append(threading.current_thread()) or real(*a))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    result = []
    printing.print_later(source, printer, None, lambda pages, error: result.append((pages, error)))
    qtbot.waitUntil(lambda: bool(result), timeout=30_000)
    assert result == [(3, None)]
    assert printed_on and threading.main_thread() not in printed_on
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3


def test_each_turn_of_the_event_loop_imports_a_page_s_module_makes_the_page_or_fills_it(window, qtbot):
    """One step per turn, each at most one page's worth (making ContractPage and filling it took 80 ms together): a
    page made waits, its navigator item hidden, for the next turn to be filled; asked for meanwhile, it is filled
    there and then; the marks and tooltips are those of a page made and filled at once."""
    engagement_id = window.workbench.create_demo()
    window.open_engagement(engagement_id)
    workspace = window.workspace
    workspace._building.stop()  # the steps are taken by hand below
    while len(workspace._built) < len(PAGES) or workspace._unfilled is not None:
        made, unfilled = len(workspace._built), workspace._unfilled
        imported = made < len(PAGES) and page_imported(PAGES[made])
        workspace._build_next_later()
        if unfilled is not None:  # filled: nothing made
            assert len(workspace._built) == made and workspace._unfilled is None
            page = workspace._built[unfilled]
            assert workspace.navigator.item(unfilled).isHidden() is not page.applies(page.engagement)
        elif not imported:  # the module imported: nothing made
            assert len(workspace._built) == made and page_imported(PAGES[made])
        else:  # made, not filled, not shown in the navigator yet
            assert len(workspace._built) == made + 1 and workspace._unfilled == made
            assert workspace.navigator.item(made).isHidden()
        if len(workspace._built) == 3 and workspace._unfilled == 2:
            contract = workspace.page(ContractPage)  # asked for before its turn to be filled
            assert workspace._unfilled is None and contract.review is not None and contract.engagement.id == engagement_id
    marks = [(workspace.navigator.item(row).text(), workspace.navigator.item(row).toolTip()) for row in range(len(PAGES))]
    workspace.refresh()  # every page filled at once, as after an edit
    assert marks == [(workspace.navigator.item(row).text(), workspace.navigator.item(row).toolTip()) for row in range(len(PAGES))]


def test_a_page_not_shown_has_not_made_the_forms_of_its_editors_until_they_are_needed(window, qtbot):
    """An ISO 14064-1 engagement never shows the Project page: its four editors' forms are not made (50 ms); shown
    for a project, the page makes them, each showing the item its table has selected."""
    uow = window.workbench.uow
    window.open_engagement(demo.create_demo(uow(), "tester"))
    page = window.workspace.page(ProjectPage)
    editors = (page.periods, page.ssrs, page.data, page.parameters)
    assert all(editor._form is None for editor in editors)
    engagement_id = create_project_demo(uow(), "tester")
    window.workbench.changed.emit()
    window.open_engagement(engagement_id)
    window.workspace.navigator.setCurrentRow(window.workspace.pages.index(page))
    qtbot.waitUntil(lambda: all(editor._form is not None and editor._form.isVisible() for editor in editors))
    ssr = page.ssrs.selected()
    assert ssr is not None and page.ssrs.form.isEnabled() and page.ssrs.form.value("name") == ssr.name


_WARMED = """
import sys
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from app.ui.commands.workbench import Workbench
from app.ui.main_window import WORKSPACE_IMPORTS, MainWindow
from app.ui.settings import Settings
workbench = Workbench(sys.argv[1], "tester")
workbench.create_demo()  # the warm-up then reads an engagement
MainWindow(workbench, Settings())
workbench.open_in_background().join()
print("warmed:", all(name in sys.modules for name in WORKSPACE_IMPORTS), "pyhanko" in sys.modules)
print("pages not imported yet:", "app.ui.pages.history_page" not in sys.modules)
import gc
print("frozen:", gc.get_freeze_count() > 50_000)  # what the warm-up left is out of the collector's walks
before = set(sys.modules)
from app.ui.workspace import PAGES, page_class
for name in PAGES:
    page_class(name)
print("imported with the pages:", *sorted(m for m in set(sys.modules) - before if not m.startswith(("app.ui", "PySide6", "shiboken"))))
"""


def test_the_store_opening_thread_imports_what_the_pages_need_from_outside_the_interface(tmp_path):
    """After the main window's warm-up on the store-opening thread, making every page imports nothing outside the
    interface (a page that starts importing a heavy module stalls the GUI thread again: add it to
    ``WORKSPACE_IMPORTS``); the page modules themselves are imported when their page is made."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VERIFIELD_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run([sys.executable, "-c", _WARMED, str(tmp_path / "warm.sqlite")], capture_output=True, text=True,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["warmed: True True", "pages not imported yet: True", "frozen: True",
                                       "imported with the pages:"]
    assert "warm-up" not in run.stderr  # a failing warm-up is logged


_LISTED = """
import sys
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from app.ui.commands.workbench import USE_CASES, Workbench
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
workbench = Workbench(sys.argv[1], "tester")
window = MainWindow(workbench, Settings())
window.show()
qt.processEvents()
print("listed:", window.list_page.model.rowCount())
print("imported before the store opened:", *[name for name in ("sqlalchemy", *USE_CASES) if name in sys.modules])
workbench.open_in_background().join()
print("imported once it had:", all(name in sys.modules for name in USE_CASES))
"""


def test_the_list_is_shown_before_the_use_cases_are_imported_and_the_store_opening_thread_imports_them(tmp_path):
    """Start-up (issue 22): the window shows the list with neither the ORM nor the use cases imported (they took some
    150 ms before the first paint); the store-opening thread then imports every one the workbench's methods import."""
    path = tmp_path / "listed.sqlite"
    workbench = Workbench(path, "tester")
    workbench.create_demo()
    workbench.close_store()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VERIFIELD_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run([sys.executable, "-c", _LISTED, str(path)], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["listed: 1", "imported before the store opened:", "imported once it had: True"]


def test_every_use_case_the_workbench_imports_in_a_method_is_one_the_store_opening_thread_imports():
    """A use case imported inside a Workbench method and missing from ``USE_CASES`` would be imported on the GUI
    thread the first time it is used (a stall of tens of milliseconds)."""
    classes = [cls for cls in Workbench.__mro__ if cls.__module__.startswith("app.ui.commands")]
    assert len(classes) > 1  # the Workbench and its mixins
    imported = set()
    for node in (node for cls in classes for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls))))):
        if isinstance(node, ast.ImportFrom) and node.module.startswith(("app.services", "app.domain", "app.ui.commands")):
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                imported.add(submodule if importlib.util.find_spec(node.module).submodule_search_locations
                             and importlib.util.find_spec(submodule) else node.module)
    assert imported and imported <= set(USE_CASES), sorted(imported - set(USE_CASES))
