"""The engagement workspace: a stage strip, a page navigator, and the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from app.domain import fieldwork_services
from app.domain.lifecycle import SEQUENCE, Stage
from app.domain.text import DomainError, Text
from app.ui.i18n import show
from app.ui.pages.base import scrolling
from app.ui.pages.checklists_page import ChecklistsPage
from app.ui.pages.client_page import ClientPage
from app.ui.pages.documents_page import DocumentsPage
from app.ui.pages.evidence_page import EvidencePage
from app.ui.pages.findings_page import FindingsPage
from app.ui.pages.history_page import HistoryPage
from app.ui.pages.inventory_page import InventoryPage
from app.ui.pages.mandays_page import ManDaysPage
from app.ui.pages.neutrality_page import NeutralityPage
from app.ui.pages.overview_page import OverviewPage
from app.ui.pages.plan_page import PlanPage
from app.ui.pages.sampling_page import SamplingPage
from app.ui.pages.scope_page import ScopePage
from app.ui.pages.statement_page import StatementPage
from app.ui.pages.team_page import TeamPage
from app.ui.workbench import Workbench

_DONE, _CURRENT, _LATER = "#1b6e20", "#0b57d0", "#8a8a8a"


class StageStrip(QWidget):
    """The life cycle as a row of stages: done, current (with what blocks the next), to come."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.labels: dict[Stage, QLabel] = {}
        for stage in (*SEQUENCE, Stage.TERMINATED):
            label = QLabel()
            label.setObjectName(f"stage_{stage.value}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 1)
            self.labels[stage] = label

    def show_engagement(self, engagement, missing: list[Text]) -> None:
        """Mark each stage; the next one's tooltip lists ``missing``, what blocks it."""
        current = engagement.status
        position = SEQUENCE.index(current) if current in SEQUENCE else -1
        for stage, label in self.labels.items():
            if stage is Stage.TERMINATED:
                label.setVisible(current is Stage.TERMINATED)
                style, mark = "#b00020", "✗ "
            elif current is not Stage.TERMINATED and SEQUENCE.index(stage) < position:
                style, mark = _DONE, "✓ "
            elif stage is current:
                style, mark = _CURRENT, "● "
            else:
                style, mark = _LATER, ""
            bold = "font-weight: bold;" if stage is current else ""
            label.setText(mark + show(stage.label))
            label.setStyleSheet(f"color: {style}; border: 1px solid {style}; border-radius: 4px; padding: 3px; {bold}")
            tip = ""
            if position >= 0 and stage in SEQUENCE and SEQUENCE.index(stage) == position + 1 and missing:
                tip = "\n".join(show(m) for m in missing)
            label.setToolTip(tip)


class Workspace(QWidget):
    """One open engagement."""

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.engagement_id: str | None = None
        self.header = QLabel()
        self.header.setObjectName("workspace_header")
        self.header.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.header.setWordWrap(True)  # a long engagement title wraps rather than widening the window
        self.strip = StageStrip()
        self.banner = QLabel()
        self.banner.setObjectName("workspace_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020; background: #fdecea; padding: 6px;")
        self.banner.hide()
        self.pages = [
            OverviewPage(workbench), ClientPage(workbench), ScopePage(workbench), TeamPage(workbench), ManDaysPage(workbench),
            DocumentsPage(workbench), InventoryPage(workbench), NeutralityPage(workbench), SamplingPage(workbench),
            PlanPage(workbench), ChecklistsPage(workbench), EvidencePage(workbench), FindingsPage(workbench),
            StatementPage(workbench), HistoryPage(workbench),
        ]
        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setMaximumWidth(200)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.navigator.addItem(QListWidgetItem(page.title))
            self.stack.addWidget(scrolling(page))
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.strip)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.navigator.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigator.setCurrentRow(0)
        workbench.deleted.connect(self._forget)
        workbench.changed.connect(self.refresh)
        workbench.error.connect(self.show_refusal)

    def page(self, kind: type) -> QWidget:
        return next(p for p in self.pages if isinstance(p, kind))

    def _forget(self, engagement_id: str) -> None:
        if engagement_id == self.engagement_id:
            self.engagement_id = None

    def current_page(self):
        return self.pages[self.stack.currentIndex()]

    def open(self, engagement_id: str) -> None:
        if engagement_id != self.workbench.undo_engagement:  # another engagement: its own history, not this one's
            self.workbench.undo_stack.clear()
            self.workbench.undo_engagement = engagement_id
        self.engagement_id = engagement_id
        self.refresh()

    def refresh(self) -> None:
        if self.engagement_id is None:
            return
        self.banner.hide()
        engagement, client = self.workbench.load(self.engagement_id)
        self.header.setText(f"{engagement.code}  ·  {engagement.title or '—'}")
        self.strip.show_engagement(engagement, self.workbench.blockers(engagement, client))
        summary = fieldwork_services.progress(self.workbench.uow(), self.engagement_id)
        for row, page in enumerate(self.pages):
            page.refresh(engagement, client)
            gaps = page.blockers() if engagement.status is Stage.DRAFT else []
            item = self.navigator.item(row)
            progress = page.progress(summary)
            item.setText(("⚠ " if gaps else "") + page.title + (f"  {progress}" if progress else ""))
            item.setToolTip("\n".join(gaps))

    def show_refusal(self, error: DomainError) -> None:
        """After a refused edit: show the stored values again, and the reason next to the field."""
        if not self.isVisible() or self.engagement_id is None:
            return
        self.refresh()
        if not self.current_page().show_refusal(error):
            self.banner.setText(show(error.message))
            self.banner.show()
