"""No internal reference to a source document reaches a user: rules are named as a verifier knows them.

The project's source documents are kept as "seed 000" … "seed 004" (files
``00N_<hash>.txt``); a user knows them as CGC-QP-VV06-2022 Annex 1,
CICC-ZY/GZ-21:2025, T/CIECCPA 002—2021, the MIIT guide (2023) and
T/CIECCPA 061—2023.  These tests scan every string literal of the code that is
not a docstring (the interface, PDFs, workbooks, CLI output, domain errors),
every shipped resource and translation, and every text the main window shows
in both languages, for a seed number, a seed file, "rules §…" without the
rule's name, or a file of ours.  (A random sample's "seed" is the word for the
key that reproduces it, and is allowed: only a seed *number* is an internal
reference.)
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget,
)

from app.storage.reference import shipped_factors
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
INTERNAL = re.compile(
    r"seed[\s_-]*0\d\d|种子\s*0\d\d|\b00[0-4]_[0-9a-f]{16}|seeds/|shared/reference|\brules §|规则\s*§?\s*\d", re.IGNORECASE
)
FILES_OF_OURS = re.compile(r"\b[\w-]+\.(csv|toml|sqlite)\b")


def literals(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are not docstrings (comments are not in the tree at all)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_string_in_the_code_cites_a_seed_document():
    found = [f"{path.relative_to(ROOT)}:{line}: {text[:80]}"
             for path in sorted((ROOT / "app").rglob("*.py")) for line, text in literals(path) if INTERNAL.search(text)]
    assert found == []


def test_no_shipped_resource_cites_a_seed_document():
    found = []
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.suffix in (".json", ".toml", ".csv", ".md", ".txt"):
            found += [f"{path.relative_to(ROOT)}:{n}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                      if INTERNAL.search(line)]
    assert found == []


def test_no_translation_cites_a_seed_document():
    tree = ET.parse(ROOT / "resources" / "translations" / "verifield_zh_CN.ts")
    shown = [(m.findtext("source") or "", m.find("translation")) for m in tree.getroot().iter("message")]
    found = [source for source, translation in shown if translation.get("type") not in ("vanished", "obsolete")
             and (INTERNAL.search(source) or INTERNAL.search(translation.text or ""))]
    assert found == []


def test_the_factor_library_names_standards_not_files():
    assert [f.id for f in shipped_factors() if FILES_OF_OURS.search(f.source) or FILES_OF_OURS.search(f.status)] == []


def texts_of(widget: QWidget) -> list[str]:
    """What a widget shows: its text, title, tooltip, placeholder, items, tabs and table headers."""
    out = [widget.toolTip(), widget.windowTitle()]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        out.append(widget.text())
    if isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount(top))
        rows = range(min(model.rowCount(top), 30))
        out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        out += [str(model.index(r, c).data() or "") for r in rows for c in columns]
    return out


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_window_shows_no_internal_reference(qtbot, workbench, language):
    i18n.install(language)
    try:
        window = MainWindow(workbench, Settings())
        qtbot.addWidget(window)
        window.show()
        window.open_engagement(workbench.create_demo())
        shown: list[str] = []
        for row in range(len(window.workspace.pages)):
            window.workspace.navigator.setCurrentRow(row)
            QApplication.processEvents()
            for widget in [window, *window.findChildren(QWidget)]:
                shown += texts_of(widget)
        assert len(shown) > 1000
        assert [text for text in shown if INTERNAL.search(text) or FILES_OF_OURS.search(text)] == []
    finally:
        i18n.install("en")
