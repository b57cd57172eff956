"""The evidence page: every photo and file of the engagement as a thumbnail grid (thumbnails made lazily, so
thousands open at once), files added from a dialog or dropped on the page — copied into the content-addressed
store in the background with a progress bar and Cancel — captions, what each is linked to, and an integrity check
that names any file changed on disk.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.domain.fieldwork.evidence import Evidence
from app.domain.kernel.text import DomainError, Text, unwritable
from app.services import fieldwork as fieldwork_services
from app.ui.commands.fieldwork import FieldworkBench
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import counted, show
from app.ui.jobs import Job, Latest, run_with_progress
from app.ui.models.thumbnails import EvidenceItem, ThumbnailModel
from app.ui.pages.base import LazyPage
from app.ui.widgets.forms import FieldSpec
from app.ui.widgets.thumbnail_grid import ThumbnailGrid

BACKGROUND_BATCH = 200  # files: undoing or redoing a batch this big, or reading this many, runs in the background

_LINKS = {
    "document": Text("文件", "document"), "checklist_item": Text("检查项", "checklist item"), "sample": Text("样本", "sample"),
    "source": Text("排放源", "source"), "finding": Text("核查发现", "finding"), "meeting": Text("会议", "meeting"),
}


class EvidencePage(LazyPage):
    progress_kind = "evidence"

    def progress(self, summary: dict[str, tuple[int, int]]) -> str:
        return str(summary.get("evidence", (0, 0))[1] or "")

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Evidence")
        self.bench = FieldworkBench(workbench)
        self.held: list[Evidence] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: Job | None = None
        self.reading = Latest(self)
        self.damaged: list[str] = []
        self.setAcceptDrops(True)

        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setObjectName("add_evidence")
        self.add_button.setToolTip(self.tr("Ctrl+Shift+A, or drop files on the page"))
        self.check_button = QPushButton(self.tr("Check integrity"))
        self.check_button.setObjectName("check_evidence")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("open_evidence")
        self.link_button = QPushButton(self.tr("Link to…"))
        self.link_button.setObjectName("link_evidence")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_evidence")
        self.caption = QLineEdit()
        self.caption.setObjectName("evidence_caption")
        self.caption.setPlaceholderText(self.tr("Caption of the selected file (Enter to keep)"))
        self.status = QLabel()
        self.status.setObjectName("evidence_status")
        self.status.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("evidence_detail")
        self.detail.setWordWrap(True)
        self.model = ThumbnailModel(lambda sha256, size: workbench.evidence_files.thumbnail_data(sha256, size), parent=self)
        self.grid = ThumbnailGrid(self.model)
        self.grid.setObjectName("evidence_grid")
        self.grid.placeholder = self.tr("No photos or files yet.\nDrop them here, or click “Add files…” (Ctrl+Shift+A).")
        toolbar = QHBoxLayout()
        for widget in (self.add_button, self.open_button, self.link_button, self.remove_button, self.check_button):
            toolbar.addWidget(widget)
        toolbar.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.detail)
        self.add_button.clicked.connect(lambda: self.add_files())
        self.check_button.clicked.connect(self.check)
        self.open_button.clicked.connect(self.open_selected)
        self.link_button.clicked.connect(self.link)
        self.remove_button.clicked.connect(self.remove)
        self.grid.activated.connect(lambda _i: self.open_selected())  # Enter or a double click
        self.caption.returnPressed.connect(self._caption_edited)
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, lambda: self.add_files())

    def load(self) -> None:
        """Read the engagement's evidence: at once when there are few, else in the background (the newest wins)."""
        wb, engagement_id = self.workbench, self.engagement.id
        if self.reading.job is None and fieldwork_services.count(wb.uow(), engagement_id, "evidence") < BACKGROUND_BATCH:
            self._loaded(engagement_id, self.bench.records(engagement_id, "evidence"))
            return
        uow = wb.uow
        self.reading.start(lambda _progress, _cancelled: (engagement_id, fieldwork_services.records(uow(), engagement_id, "evidence")),
                           lambda read: self._loaded(*read), wb.error.emit)

    @property
    def loading(self):
        """The background reading whose result will be shown (None when the page shows what is stored)."""
        return self.reading.job

    def _loaded(self, engagement_id: str, held: list[Evidence]) -> None:
        if self.engagement is None or self.engagement.id != engagement_id:
            return  # another engagement was opened meanwhile
        shown = self.selected()
        self.held = held
        self.model.set_items([EvidenceItem(e.sha256, e.caption or e.name) for e in self.held])
        ids = [e.id for e in self.held]
        if shown is not None and shown.id in ids:  # keep the file being captioned selected
            self.grid.setCurrentIndex(self.model.index(ids.index(shown.id), 0))
        size = sum(e.size for e in self.held)
        self.damaged = []
        self.status.setStyleSheet("")
        self.status.setText(counted(len(self.held), self.tr("%1 file, %2 MB"), self.tr("%1 files, %2 MB")).replace("%2", f"{size / 1e6:,.1f}"))
        self._show_selected()

    def selected(self) -> Evidence | None:
        rows = self.grid.selectionModel().selectedIndexes()
        return self.held[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        e = self.selected()
        for widget in (self.caption, self.open_button, self.link_button, self.remove_button):
            widget.setEnabled(e is not None)
        self.caption.setText(e.caption if e else "")
        if e is None:
            self.detail.setText("")
            return
        links = ", ".join(show(_LINKS.get(kind, Text(kind, kind))) for kind, _id in e.links) or self.tr("not linked")
        taken_word = self.tr("taken")
        taken = f" · {taken_word} {e.taken_at}" if e.taken_at else ""
        self.detail.setText(f"{e.name} · {e.size / 1e6:,.2f} MB{taken} · {links} · SHA-256 {e.sha256[:16]}…")

    def _caption_edited(self) -> None:
        e = self.selected()
        if e is not None and self.caption.text().strip() != e.caption:
            self.workbench.edit_child(self.engagement.id, e, {"caption": self.caption.text().strip()}, self.tr("Caption"))

    # --- adding --------------------------------------------------------------------------------
    def _start(self, work, label: str, done: Callable[[Any], None],
               late: Callable[[Any, str], None] = lambda _result, _engagement: None) -> Job | None:
        """Run ``work`` in the background with a progress dialog and Cancel; ``done(result)`` back on the GUI thread,
        or ``late(result, engagement id)`` when another engagement has been opened in the meantime."""
        if self.running is not None:
            return None
        engagement_id = self.engagement.id

        def finished(result, error) -> None:
            self.running = None
            if error is not None:
                self.workbench.error.emit(error)
            elif self.engagement is not None and self.engagement.id == engagement_id:
                done(result)
            else:  # another engagement was opened meanwhile: its page and undo stack are not this work's
                late(result, engagement_id)

        self.running = run_with_progress(self, self.pool, work, label, finished)
        return self.running

    def add_files(self, paths: list[str] | None = None) -> Job | None:
        """Copy files into the store and record them, both in the background; one undoable edit when it is done."""
        if self.running is not None or self.engagement is None:
            return None
        chosen = [Path(p) for p in paths or self.ask_open_paths(
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.xlsx *.docx);;All files (*)"))]
        if not chosen:
            return None
        wb, engagement_id, today = self.workbench, self.engagement.id, date.today()
        files, uow, actor = wb.evidence_files, wb.uow, wb.actor

        def work(progress, cancelled) -> list:
            stored = files.add_many(chosen, progress, cancelled)  # cancelled: those copied so far are recorded
            try:
                attached = [fieldwork_services.Attached(s.sha256, p.name, s.size, files.taken_at(s.sha256)) for p, s in zip(chosen, stored)]
                evidence = fieldwork_services.evidence_for(attached, actor, today)
                if evidence:  # the worker's own unit of work (design: each worker opens its own)
                    fieldwork_services.attach(uow(), engagement_id, evidence, actor)
            except BaseException:  # not recorded: the files it copied go again, so nothing is half-done
                files.take_back(stored)
                raise
            return evidence

        def recorded(evidence) -> None:
            if evidence:
                wb.done_elsewhere(counted(len(evidence), self.tr("Add %1 file"), self.tr("Add %1 files")),
                                  lambda: fieldwork_services.attach(uow(), engagement_id, evidence, actor),
                                  lambda: fieldwork_services.detach(uow(), engagement_id, [e.id for e in evidence], actor),
                                  self if len(evidence) >= BACKGROUND_BATCH else None)  # a big batch: undone in the background

        # Another engagement opened meanwhile: the files are recorded in theirs, with no undo step in this one.
        return self._start(work, counted(len(chosen), self.tr("Adding %1 file…"), self.tr("Adding %1 files…")), recorded,
                           lambda _evidence, _engagement: wb.changed.emit())

    def files_dropped(self, paths: list[str]) -> bool:
        return self.add_files(paths) is not None

    # --- integrity -----------------------------------------------------------------------------
    def check(self) -> Job | None:
        """Re-hash every file of this engagement in the background; ``damaged`` then names those missing or changed."""
        files, held = self.workbench.evidence_files, list(self.held)

        def work(progress, cancelled) -> tuple[list[str], int]:
            bad, checked = [], 0
            for e in held:
                if cancelled():
                    break
                progress(checked / max(1, len(held)), e.name)
                if not files.has(e.sha256) or not files.verify(e.sha256):
                    bad.append(e.name)
                checked += 1
            return sorted(set(bad)), checked

        return self._start(work, counted(len(held), self.tr("Checking %1 file…"), self.tr("Checking %1 files…")), self._checked)

    def _checked(self, result: tuple[list[str], int]) -> None:
        names, checked = result
        self.damaged = names
        if names:
            self.status.setText("⚠ " + self.tr("Missing or changed on disk (restore them from a backup): %1").replace("%1", ", ".join(names)))
            self.status.setStyleSheet("color: #b00020;")
        elif checked < len(self.held):
            self.status.setText(self.tr("Check cancelled after %1 of %2 files; none of those was damaged.").replace(
                "%1", str(checked)).replace("%2", str(len(self.held))))
            self.status.setStyleSheet("")
        else:
            self.status.setText("✓ " + counted(len(self.held), self.tr("The file is intact."), self.tr("All %1 files are intact.")))
            self.status.setStyleSheet("color: #1b6e20;")

    # --- one file ------------------------------------------------------------------------------
    def open_selected(self) -> str:
        """Copy the file out under its own name (checking its SHA-256 as it is read) to a private scratch folder
        (removed when Verifield quits) and open it; returns the copy's path."""
        import shutil

        from app.atomic import replacing
        from app.storage import viewer_copies
        from app.ui.actions.printing import open_in_viewer

        e = self.selected()
        if e is None:
            return ""
        copy = viewer_copies.folder() / e.name
        try:
            with self.workbench.evidence_files.open(e.sha256) as source, replacing(copy, private=True) as target:
                shutil.copyfileobj(source, target, 1 << 20)
        except DomainError as error:  # changed on disk since it was added: no copy is made
            self.workbench.error.emit(error)
            return ""
        except OSError as error:  # a full disk
            self.workbench.error.emit(unwritable(error))
            return ""
        open_in_viewer(copy)
        return str(copy)

    def link(self) -> FormDialog | None:
        """Link the selected file to a source, finding, document or checklist item of the engagement."""
        from app.services import findings as finding_services
        from app.services import inventory as inventory_services

        e, wb = self.selected(), self.workbench
        if e is None:
            return None
        eid = self.engagement.id
        targets = [(f"source|{s.id}", show(_LINKS["source"]) + f": {s.name}") for s in inventory_services.sources_of(wb.uow(), eid)]
        targets += [(f"finding|{f.id}", show(_LINKS["finding"]) + f": {f.label}") for f in finding_services.list_findings(wb.uow(), eid)]
        targets += [(f"document|{d.id}", show(_LINKS["document"]) + f": {d.title}") for d in self.bench.records(eid, "document")]
        targets += [(f"checklist_item|{i.id}", show(_LINKS["checklist_item"]) + f": {show(c.name)} {i.number}")
                    for c in self.bench.records(eid, "checklist") for i in c.items]
        targets += [(f"meeting|{m.id}", show(_LINKS["meeting"]) + f": {show(m.kind.label)} {m.day}") for m in self.bench.records(eid, "meeting")]
        targets += [(f"sample|{p.id}/{x.key}", show(_LINKS["sample"]) + f": {x.label or x.key}")
                    for p in self.bench.records(eid, "sampling") for x in p.samples]
        if not targets:
            wb.error.emit(DomainError(Text("本项目还没有可关联的对象。", "The engagement has nothing to link to yet.")))
            return None
        specs = [FieldSpec("target", self.tr("Link to"), "choice", tuple(targets))]

        def submit(v) -> bool:
            kind, object_id = v["target"].split("|", 1)
            return wb.edit_child(eid, e, {"links": e.links + ((kind, object_id),)}, self.tr("Link evidence"))

        dialog = FormDialog(wb, e.name, specs, {}, submit, self)
        dialog.open()
        return dialog

    def remove(self) -> bool:
        e = self.selected()
        return e is not None and self.workbench.remove_child(self.engagement.id, e, self.tr("Remove %1").replace("%1", e.name))
