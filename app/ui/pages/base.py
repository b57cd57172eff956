"""What every workspace page shares: the engagement it shows and where refusals appear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFrame, QInputDialog, QScrollArea, QVBoxLayout, QWidget

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.kernel.text import DomainError
from app.domain.statement.programme_parts import uses
from app.ui.commands.workbench import Workbench
from app.ui.i18n import show
from app.ui.widgets.forms import FieldForm


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area: it fills the space it is given and scrolls when the window is smaller than it needs.

    The workspace shows every page this way, so no page (and no field added to one later) can make
    the window taller or wider than a laptop screen.
    """
    scroll = _Scroll()
    scroll.setObjectName(f"scroll_{type(page).__name__}")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll


class _Scroll(QScrollArea):
    """A scroll area that follows its page's new size: a page whose content grows after it is shown (the results
    panel's lines and charts) was left at its first height, its parts drawn over each other, instead of scrolling."""

    def setWidget(self, page: QWidget) -> None:
        super().setWidget(page)
        page.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            QApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # a hidden scroll area let a page's growth pass unseen
        super().showEvent(event)
        QApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))


class Page(QWidget):
    """A workspace page: ``refresh`` shows the stored engagement, ``show_refusal`` a broken rule."""

    title = ""
    part: str | None = None  # the programme part the page shows (app.domain.statement.programme_parts); None: every programme

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.engagement: Engagement | None = None
        self.client: Organisation | None = None
        self.forms: list[FieldForm] = []

    def set_body(self, body: QWidget) -> None:
        """Show ``body`` as the page (the workspace puts every page in a scroll area of its own)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body)

    def refresh(self, engagement: Engagement, client: Organisation) -> None:
        self.engagement, self.client = engagement, client

    def show_refusal(self, error: DomainError) -> bool:
        """Put the message under the field it concerns; False when no form of this page has it."""
        return any(form.show_error(error.field, show(error.message)) for form in self.forms if form.isVisible())

    def blockers(self) -> list[str]:
        """What on this page still stops planning (shown as a mark in the navigator)."""
        return []

    def applies(self, engagement: Engagement) -> bool:
        """Whether the page belongs to this engagement's programme (the navigator hides it otherwise): the
        programme table of :mod:`app.domain.statement.programme_parts` decides by the page's ``part``."""
        return self.part is None or uses(engagement.programme, engagement.criteria, self.part)

    # --- files dropped on a page that takes them (setAcceptDrops) --------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.files_dropped(paths):
            event.acceptProposedAction()

    def files_dropped(self, paths: list[str]) -> bool:
        """Take files dropped on the page (pages that accept drops say what they do with them)."""
        return False

    progress_kind = ""  # the field-work part whose progress the navigator shows beside the title

    def progress(self, summary: dict[str, tuple[int, int]]) -> str:
        """This page's progress in the navigator ("3/8"), from the engagement's field-work summary."""
        done, total = summary.get(self.progress_kind, (0, 0))
        return f"{done}/{total}" if total else ""

    @staticmethod
    def row_to_show(ids: list[str], shown_id: str | None, shown_before: int) -> int:
        """Which row of a reloaded list to select: a newly made item (the list grew), else the one shown, else the last."""
        if len(ids) <= shown_before and shown_id in ids:
            return ids.index(shown_id)
        return len(ids) - 1

    # Tests replace these with answers.
    def ask_save_path(self, suggested: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), suggested, pattern)
        return path

    def ask_open_path(self, pattern: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), "", pattern)
        return path

    def ask_text(self, title: str, prompt: str, text: str = "") -> tuple[str, bool]:
        return QInputDialog.getMultiLineText(self, title, prompt, text)

    def ask_open_paths(self, pattern: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open"), "", pattern)
        return paths


class LazyPage(Page):
    """A page whose content is costly to read: loaded while it is visible, otherwise when next shown."""

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(workbench, parent)
        self._stale = True

    def refresh(self, engagement: Engagement, client: Organisation) -> None:
        super().refresh(engagement, client)
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.engagement is not None:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.load()

    def load(self) -> None:
        """Read and show the content (pages override)."""


class OpensIssued:
    """For a page or panel listing issued documents in ``self.issued`` (a QListWidget whose items hold their paths)."""

    def open_issued(self) -> str | None:
        """The selected issued document in the PDF viewer; its path."""
        item = self.issued.currentItem()
        if item is None:
            return None
        from app.services.issued_documents import viewable

        path = item.data(Qt.ItemDataRole.UserRole)
        self.show_file(str(viewable(Path(path))))  # a sealed one: a plain copy in the system's temporary folder
        return path

    def show_file(self, path: str) -> None:  # tests look instead of starting a viewer
        from app.ui.actions.printing import open_in_viewer

        open_in_viewer(path)
