"""The engagement workspace: a stage strip, a page navigator, and the pages."""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from app.domain.engagement.stages import SEQUENCE, Stage
from app.domain.kernel.text import DomainError, Text
from app.services import fieldwork as fieldwork_services
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.pages.base import scrolling

_DONE, _CURRENT, _LATER = "#1b6e20", "#0b57d0", "#8a8a8a"

# The pages in the navigator's order, as app.ui.pages' module and class: each module is imported when its page is
# made, one per turn of the event loop (importing all of them at once held the GUI thread for a second).
PAGES = (
    "overview_page.OverviewPage", "client_page.ClientPage", "contract_page.ContractPage", "scope_page.ScopePage",
    "team_page.TeamPage", "mandays_page.ManDaysPage", "documents_page.DocumentsPage", "project_page.ProjectPage",
    "footprint_page.FootprintPage", "aup_page.AupPage", "inventory_page.InventoryPage", "monitoring_page.MonitoringPage",
    "neutrality_page.NeutralityPage", "sampling_page.SamplingPage", "plan_page.PlanPage", "checklists_page.ChecklistsPage",
    "evidence_page.EvidencePage", "findings_page.FindingsPage", "statement_page.StatementPage",
    "surveillance_page.SurveillancePage", "review_points_page.ReviewPointsPage", "history_page.HistoryPage",
)


def page_class(name: str) -> type:
    """The page class ``name`` (one of :data:`PAGES`) names, its module imported now if it was not yet."""
    module, kind = name.split(".")
    return getattr(importlib.import_module(f"app.ui.pages.{module}"), kind)


def page_imported(name: str) -> bool:
    return f"app.ui.pages.{name.split('.')[0]}" in sys.modules


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
        self._kinds = [name.split(".")[1] for name in PAGES]  # the pages' class names
        self._built: list = []  # the pages made so far, in the navigator's order
        self._shown: tuple | None = None  # (engagement, client, field-work summary) of the last refresh
        self._unfilled: int | None = None  # the row of the page made last, while it waits for the next turn to be filled
        # The other pages are made one per turn of the event loop: a single shot started again after each page, so
        # that the timers and events that came due meanwhile go first (a repeating one made two or three in a row).
        self._building = QTimer(self)
        self._building.setInterval(0)
        self._building.setSingleShot(True)
        self._building.timeout.connect(self._build_next_later)
        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setMaximumWidth(200)
        self.stack = QStackedWidget()
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.strip)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.navigator.currentRowChanged.connect(self.stack.setCurrentIndex)
        workbench.deleted.connect(self._forget)
        workbench.changed.connect(self.refresh)
        workbench.error.connect(self.show_refusal)

    @property
    def pages(self) -> list:
        """Every page (those not made yet are made now)."""
        self._build_until(len(self._kinds))
        return self._built

    @property
    def building(self) -> bool:
        """Whether some pages are still to be made or filled (benchmarks wait for the last)."""
        return len(self._built) < len(self._kinds) or self._unfilled is not None

    def page(self, kind: type) -> QWidget:
        """The page of ``kind``, made now (with those before it) if it has not been yet."""
        row = self._kinds.index(kind.__name__)
        self._build_until(row + 1)
        return self._built[row]

    def _build_until(self, count: int) -> None:
        self._fill()
        while len(self._built) < count:
            self._make_next()
            self._fill()

    def _make_next(self) -> None:
        """Make the next page and put it in the navigator and the stack, to be filled (:meth:`_fill`) from the last
        refresh: making all eighteen at once held the GUI thread for a second when an engagement was first opened or
        the language switched.  Its navigator item stays hidden until then (the programme may have no use for it)."""
        page = page_class(PAGES[len(self._built)])(self.workbench)
        self._built.append(page)
        item = QListWidgetItem(page.title)
        self.navigator.addItem(item)
        self.stack.addWidget(scrolling(page))
        if len(self._built) == 1:
            self.navigator.setCurrentRow(0)
        if self._shown is not None:
            item.setHidden(len(self._built) > 1)
            self._unfilled = len(self._built) - 1

    def _fill(self) -> None:
        """Fill the page made last, if it has not been yet, from the last refresh."""
        if self._unfilled is not None:
            row, self._unfilled = self._unfilled, None
            self._show_page(row, *self._shown)

    def _build_next_later(self) -> None:
        """One step per turn of the event loop: fill the page made last, or import the next page's module, or make
        the page (each took up to 50 ms)."""
        if self._unfilled is not None:
            self._fill()
        elif len(self._built) < len(self._kinds) and not page_imported(PAGES[len(self._built)]):
            page_class(PAGES[len(self._built)])
        elif len(self._built) < len(self._kinds):
            self._make_next()
        if self.building:
            self._building.start()

    def dismantle(self) -> list[QWidget]:
        """Stop following the workbench, and hand over the pages (in their scroll areas) to be deleted one by one: the
        window is being replaced by one in another language."""
        self._building.stop()
        self.workbench.deleted.disconnect(self._forget)
        self.workbench.changed.disconnect(self.refresh)
        self.workbench.error.disconnect(self.show_refusal)
        return [self.stack.widget(row) for row in range(self.stack.count())]

    def _forget(self, engagement_id: str) -> None:
        if engagement_id == self.engagement_id:
            self.engagement_id, self._shown, self._unfilled = None, None, None

    def current_page(self):
        return self._built[self.stack.currentIndex()]

    def open(self, engagement_id: str) -> None:
        if engagement_id != self.workbench.undo_engagement:  # another engagement: its own history, not this one's
            self.workbench.undo_stack.clear()
            self.workbench.undo_engagement = engagement_id
        self.engagement_id = engagement_id
        self._build_until(1)
        self.refresh()
        if self.building:
            self._building.start()

    def refresh(self) -> None:
        if self.engagement_id is None:
            return
        self.banner.hide()
        engagement, client = self.workbench.load(self.engagement_id)
        self.header.setText(f"{engagement.code}  ·  {engagement.title or '—'}")
        self.strip.show_engagement(engagement, self.workbench.blockers(engagement, client))
        summary = fieldwork_services.progress(self.workbench.uow(), self.engagement_id)
        self._shown, self._unfilled = (engagement, client, summary), None
        for row in range(len(self._built)):  # the pages not made yet are filled when they are
            self._show_page(row, engagement, client, summary)

    def _show_page(self, row: int, engagement, client, summary) -> None:
        page = self._built[row]
        page.refresh(engagement, client)
        gaps = page.blockers() if engagement.status is Stage.DRAFT else []
        item = self.navigator.item(row)
        progress = page.progress(summary)
        item.setText(("⚠ " if gaps else "") + page.title + (f"  {progress}" if progress else ""))
        item.setToolTip("\n".join(gaps))
        item.setHidden(not page.applies(engagement))
        if item.isHidden() and row == self.navigator.currentRow():  # the programme changed under the page shown
            self.navigator.setCurrentRow(0)

    def show_refusal(self, error: DomainError) -> None:
        """After a refused edit: show the stored values again, and the reason next to the field."""
        if not self.isVisible() or self.engagement_id is None:
            return
        self.refresh()
        if not self.current_page().show_refusal(error):
            self.banner.setText(show(error.message))
            self.banner.show()
