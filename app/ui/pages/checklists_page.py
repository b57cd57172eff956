"""The checklists page: checklists made from templates (shipped or imported), each item answered with notes,
interviewee, location and time; a finding raised from an item in one step; photos and files attached to an item
(file dialog or drag and drop); the progress of every checklist; templates imported and exported as JSON.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.fieldwork.checklists import Answer, Checklist, ChecklistItem, Template, TemplateItem, template_from_dict
from app.domain.kernel.text import DomainError, Text
from app.services.fieldwork import evidence_of
from app.ui.commands.fieldwork import FieldworkBench
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import show
from app.ui.models.tables import RowsModel
from app.ui.pages.base import LazyPage
from app.ui.widgets.field_specs import options
from app.ui.widgets.forms import FieldForm, FieldSpec, row_table


def item_specs() -> list[FieldSpec]:
    return [
        FieldSpec("answer", QCoreApplication.translate("ChecklistsPage", "Answer"), "choice", options(Answer)),
        FieldSpec("notes", QCoreApplication.translate("ChecklistsPage", "What was found"), "text"),
        FieldSpec("interviewee", QCoreApplication.translate("ChecklistsPage", "Interviewee")),
        FieldSpec("location", QCoreApplication.translate("ChecklistsPage", "Location")),
        FieldSpec("at", QCoreApplication.translate("ChecklistsPage", "Checked at"), "datetime"),
    ]


class ChecklistsPage(LazyPage):
    progress_kind = "checklist"

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Checklists")
        self.bench = FieldworkBench(workbench)
        self.checklists: list[Checklist] = []
        self._reported: set[Path] = set()
        self.setAcceptDrops(True)

        self.templates = QComboBox()
        self.templates.setObjectName("templates")
        self.new_button = QPushButton(self.tr("New checklist"))
        self.new_button.setObjectName("new_checklist")
        self.import_button = QPushButton(self.tr("Import template…"))
        self.export_button = QPushButton(self.tr("Export as template…"))
        self.edit_template_button = QPushButton(self.tr("Edit template…"))
        self.edit_template_button.setObjectName("edit_template")
        self.remove_button = QPushButton(self.tr("Remove checklist"))
        self.remove_button.setObjectName("remove_checklist")
        toolbar = QHBoxLayout()
        for widget in (QLabel(self.tr("Template")), self.templates, self.new_button, self.edit_template_button, self.import_button,
                       self.export_button, self.remove_button):
            toolbar.addWidget(widget)
        toolbar.addStretch()

        self.list = QListWidget()
        self.list.setObjectName("checklists")
        self.items = RowsModel([
            (self.tr("No."), lambda i: i.number), (self.tr("Method"), lambda i: i.method),
            (self.tr("Item"), lambda i: show(i.text)), (self.tr("Answer"), lambda i: show(Answer(i.answer).label)),
            (self.tr("Finding"), lambda i: "✓" if i.finding_id else ""),
        ], self)
        self.table = row_table(self.items, read_only=True)
        self.table.setObjectName("checklist_items")
        # The item's text wraps in the space left, so the answer beside it stays in view.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form = FieldForm(item_specs())
        self.forms = [self.form]
        self.raise_button = QPushButton(self.tr("Raise finding"))
        self.raise_button.setObjectName("raise_from_item")
        self.raise_button.setToolTip("Ctrl+Shift+F")
        self.attach_button = QPushButton(self.tr("Attach photo or file…"))
        self.attach_button.setObjectName("attach_to_item")
        self.attach_button.setToolTip(self.tr("Ctrl+Shift+A, or drop files on the page"))
        self.evidence = QListWidget()
        self.evidence.setObjectName("item_evidence")
        self.evidence.setMaximumHeight(90)
        actions = QHBoxLayout()
        actions.addWidget(self.raise_button)
        actions.addWidget(self.attach_button)
        actions.addStretch()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.form)
        side_layout.addLayout(actions)
        side_layout.addWidget(QLabel(self.tr("Evidence")))
        side_layout.addWidget(self.evidence)
        side_layout.addStretch()
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([220, 520, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.new_checklist)
        self.import_button.clicked.connect(self.import_template)
        self.export_button.clicked.connect(self.export_template)
        self.edit_template_button.clicked.connect(self.edit_template)
        self.remove_button.clicked.connect(self.remove_checklist)
        self.list.currentRowChanged.connect(lambda _row: self._show_checklist())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_item())
        self.form.edited.connect(self._edited)
        self.raise_button.clicked.connect(self.raise_finding)
        self.attach_button.clicked.connect(self.attach)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.raise_finding)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.attach)

    # --- showing -----------------------------------------------------------------------------
    def load(self) -> None:
        from app.storage.checklist_templates import read_template, shipped_templates

        own, damaged = [], []
        for path in sorted((self.workbench.path.parent / "templates").glob("*.json")):
            try:
                own.append(read_template(path))
            except DomainError as error:  # one damaged file must not cost the others; it is reported once
                if path not in self._reported:
                    self._reported.add(path)
                    damaged.append(error)
        current = self.templates.currentIndex()
        self.templates.clear()
        for template in shipped_templates() + tuple(own):
            self.templates.addItem(show(template.name), template)
        self.templates.setCurrentIndex(max(0, current))
        chosen, before = self.checklist(), len(self.checklists)
        self.checklists = self.bench.records(self.engagement.id, "checklist")
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.checklists:
            done, total = c.progress
            item = QListWidgetItem(f"{show(c.name)}  {done}/{total}")
            item.setToolTip(item.text())  # the whole name when the list is too narrow for it
            self.list.addItem(item)
        ids = [c.id for c in self.checklists]
        self.list.setCurrentRow(self.row_to_show(ids, chosen.id if chosen else None, before))
        self.list.blockSignals(False)
        self._show_checklist()
        for error in damaged:  # reported last: showing it may reload the page
            self.workbench.error.emit(error)

    def checklist(self) -> Checklist | None:
        row = self.list.currentRow()
        return self.checklists[row] if 0 <= row < len(self.checklists) else None

    def item(self) -> ChecklistItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items.row_object(rows[0].row()) if rows else None

    def _show_checklist(self) -> None:
        kept = self.item()
        c = self.checklist()
        self.items.set_rows(c.items if c else [])
        ids = [i.id for i in (c.items if c else ())]
        if ids:
            self.table.selectRow(ids.index(kept.id) if kept and kept.id in ids else 0)
        self._show_item()

    def _show_item(self) -> None:
        item = self.item()
        editable = item is not None and self.engagement.status.value not in ("terminated", "issued")
        self.form.setEnabled(editable)
        if item is not None:
            self.form.set_values({name: getattr(item, name).value if name == "answer" else getattr(item, name) for name in self.form.widgets})
        self.raise_button.setEnabled(editable and Answer(item.answer) in (Answer.NONCONFORMITY, Answer.OBSERVATION) and not item.finding_id)
        self.attach_button.setEnabled(editable)
        self.export_button.setEnabled(self.checklist() is not None)
        self.remove_button.setEnabled(self.checklist() is not None)
        self.evidence.clear()
        if item is not None:
            for e in evidence_of(self.workbench.uow(), self.engagement.id, "checklist_item", item.id):
                self.evidence.addItem(f"{e.name}  {e.taken_at or ''}".strip())

    # --- answering ---------------------------------------------------------------------------
    def _edited(self, name: str, value) -> None:
        c, item = self.checklist(), self.item()
        if c is None or item is None:
            return
        changes = {name: value}
        if name == "answer" and item.at is None:
            changes["at"] = datetime.now().replace(second=0, microsecond=0)  # when it was checked
        text = self.tr("Checklist item %1").replace("%1", item.number)
        if not self.bench.answer(self.engagement.id, c, item, changes, text):
            self.form.revert(name)

    def new_checklist(self) -> bool:
        template = self.templates.currentData()
        return template is not None and self.bench.add_checklist(self.engagement.id, template, self.tr("New checklist")) is not None

    def raise_finding(self) -> bool:
        c, item = self.checklist(), self.item()
        if c is None or item is None or not self.raise_button.isEnabled():
            return False
        return self.bench.raise_finding(self.engagement.id, c, item, self.tr("Raise finding from item %1").replace("%1", item.number))

    def attach(self, paths: list[str] | None = None) -> bool:
        item = self.item()
        if item is None or not self.attach_button.isEnabled():
            return False
        chosen = paths or self.ask_open_paths(self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;All files (*)"))
        if not chosen:
            return False
        text = self.tr("Attach to item %1").replace("%1", item.number)
        return self.workbench.attach_files(self.engagement.id, [Path(p) for p in chosen], (("checklist_item", item.id),), text)

    def files_dropped(self, paths: list[str]) -> bool:
        return self.attach(paths)

    # --- templates ---------------------------------------------------------------------------
    def import_template(self) -> bool:
        from app.storage.checklist_templates import read_template, write_template

        path = self.ask_open_path(self.tr("Checklist template (*.json)"))
        if not path:
            return False
        try:
            template = read_template(Path(path))
            write_template(self._own_templates() / Path(path).name, template)
        except DomainError as error:
            self.workbench.error.emit(error)
            return False
        self.load()
        self._choose(template)
        return True

    def _choose(self, template: Template) -> None:
        """Select the template just saved or imported (the last of equal ones: a shipped one may share its name)."""
        matches = [n for n in range(self.templates.count()) if self.templates.itemData(n) == template]
        if matches:
            self.templates.setCurrentIndex(matches[-1])

    def _own_templates(self) -> Path:
        """Imported templates are kept beside the store, so they are offered again next time."""
        folder = self.workbench.path.parent / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def remove_checklist(self) -> bool:
        c = self.checklist()
        return c is not None and self.workbench.remove_child(self.engagement.id, c, self.tr("Remove checklist"))

    def edit_template(self) -> FormDialog:
        """The template editor: a name and one item per line, saved as one of this machine's templates."""
        from app.storage.checklist_templates import write_template

        template = self.templates.currentData() or Template(Text("", ""), ())
        specs = [FieldSpec("zh", self.tr("Name (Chinese)")), FieldSpec("en", self.tr("Name (English)")),
                 FieldSpec("items", self.tr("Items, one per line: number | 中文 | English | clause | method (查/问/看/验)"), "text")]
        lines = "\n".join(" | ".join((i.number, i.zh, i.en, i.clause, i.method)) for i in template.items)

        def submit(v) -> bool:
            rows = [[part.strip() for part in line.split("|")] + [""] * 4 for line in v["items"].splitlines() if line.strip()]
            data = {"name": {"zh": v["zh"], "en": v["en"]}, "source": template.source,
                    "items": [dict(zip(("number", "zh", "en", "clause", "method"), row[:5])) for row in rows]}
            try:
                edited = template_from_dict(data, self.tr("Template"))
            except DomainError as error:
                raise DomainError(error.message, "items") from None
            stem = "".join(c for c in (edited.name.en or edited.name.zh) if c.isalnum() or c in " ._-").strip() or "template"
            write_template(self._own_templates() / f"{stem}.json", edited)
            self.load()
            self._choose(edited)
            return True

        dialog = FormDialog(self.workbench, self.tr("Edit template"), specs,
                            {"zh": template.name.zh, "en": template.name.en, "items": lines}, submit, self)
        dialog.form.widgets["items"].setMaximumHeight(400)
        dialog.open()
        return dialog

    def export_template(self) -> bool:
        from app.storage.checklist_templates import write_template

        c = self.checklist()
        if c is None:
            return False
        path = self.ask_save_path(f"{c.name.en or c.name.zh}.json", self.tr("Checklist template (*.json)"))
        if not path:
            return False
        template = Template(c.name, tuple(_template_item(i) for i in c.items), c.source)
        return self.workbench.report(lambda: write_template(Path(path), template))


def _template_item(item: ChecklistItem) -> TemplateItem:
    return TemplateItem(item.number, item.zh, item.en, item.clause, item.method)
