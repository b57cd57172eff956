"""The statement page: the versions of the verification statement, the draft's opinion, language and sections,
making a version final, and the three documents — saved, signed, printed, opened or verified.

What still stops the draft from being made final is always in view; for a
final version, so is whatever has changed in the engagement since (which
needs a new version).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.findings.finding import statement_blockers
from app.domain.kernel.text import DomainError, Text
from app.domain.statement.programme_parts import STATEMENT
from app.domain.statement.statement import (
    NEUTRALITY_SECTIONS,
    SECTIONS,
    Statement,
    Wording,
    carbon_neutrality,
    final_problems,
    opinion_label,
    opinions_for,
    required_sections,
)
from app.services import findings as finding_services
from app.ui.commands.statement import StatementBench
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.dialogs.signing import VerifyDialog, create_identity_dialog, import_identity_dialog, sign_dialog
from app.ui.i18n import language, show
from app.ui.pages.base import LazyPage
from app.ui.widgets.forms import FieldForm, FieldSpec


class StatementPage(LazyPage):
    part = STATEMENT

    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Statement")
        self.bench = StatementBench(workbench)
        self.versions: list[Statement] = []
        self.form: FieldForm | None = None

        self.start_button = QPushButton(self.tr("New version"))
        self.start_button.setObjectName("start_statement")
        self.final_button = QPushButton(self.tr("Make final…"))
        self.final_button.setObjectName("make_final")
        documents = QToolButton()
        documents.setText(self.tr("Documents"))
        documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(documents)
        self.certificate_actions = []  # only for a carbon-neutrality engagement
        for kind, label in (("statement", self.tr("Verification statement (PDF)…")),
                            ("certificate", self.tr("Carbon-neutrality certificate (PDF)…")),
                            ("report", self.tr("Verification report (PDF)…"))):
            action = menu.addAction(label, lambda k=kind: self.save_document(k))
            if kind == "certificate":
                self.certificate_actions.append(action)
        menu.addAction(self.tr("Statement, saved and signed…"), lambda: self.save_and_sign("statement"))
        self.certificate_actions.append(menu.addAction(self.tr("Certificate, saved and signed…"), lambda: self.save_and_sign("certificate")))
        menu.addSeparator()
        menu.addAction(self.tr("Print the statement…"), self.print_statement)
        menu.addAction(self.tr("Open the statement in the PDF viewer"), self.view_statement)
        menu.addSeparator()
        menu.addAction(self.tr("Sign a PDF…"), self.sign)
        menu.addAction(self.tr("Verify a signed PDF…"), self.verify)
        menu.addSeparator()
        menu.addAction(self.tr("New signing identity…"), self.new_identity)
        menu.addAction(self.tr("Import a signing identity…"), self.import_identity)
        documents.setMenu(menu)
        toolbar = QHBoxLayout()
        for widget in (self.start_button, self.final_button, documents):
            toolbar.addWidget(widget)
        toolbar.addStretch()

        self.list = QListWidget()
        self.list.setObjectName("statement_versions")
        self.status = QLabel()
        self.status.setObjectName("statement_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QWidget()
        self.editor_layout = QVBoxLayout(self.editor)
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.editor_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        splitter.setSizes([180, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self.start_button.clicked.connect(self.start)
        self.final_button.clicked.connect(self.make_final)
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_statement)

    # --- showing -----------------------------------------------------------------------------
    @property
    def neutrality(self) -> bool:
        """Whether the engagement verifies a carbon-neutrality claim (certificate and ISO 14068 sections)."""
        return carbon_neutrality(self.engagement.programme, self.engagement.criteria)

    def load(self) -> None:
        for action in self.certificate_actions:
            action.setVisible(self.neutrality)
        chosen, before = self.selected(), len(self.versions)
        self.versions = self.bench.versions(self.engagement.id)
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.versions:
            dated = f" · {s.dated}" if s.dated else ""
            item = QListWidgetItem(f"{show(s.label)}{dated}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        ids = [s.id for s in self.versions]
        self.list.setCurrentRow(self.row_to_show(ids, chosen.id if chosen else None, before))
        self.list.blockSignals(False)
        self._show_selected()

    def selected(self) -> Statement | None:
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _specs(self) -> list[FieldSpec]:
        assurance = self.engagement.assurance
        opinions = tuple((o.value, show(opinion_label(o, assurance))) for o in opinions_for(assurance))
        specs = [FieldSpec("opinion", self.tr("Opinion"), "choice", opinions),
                 FieldSpec("wording", self.tr("Language"), "choice", tuple((w.value, show(w.label)) for w in Wording))]
        shown = [name for name in SECTIONS if self.neutrality or name not in NEUTRALITY_SECTIONS]
        return specs + [FieldSpec(name, show(SECTIONS[name]), "text") for name in shown]

    def _show_selected(self) -> None:
        s = self.selected()
        editable = self.engagement.status.value not in ("terminated", "issued")
        if self.form is not None:
            self.form.deleteLater()
            self.forms.remove(self.form)
            self.form = None
        if s is not None:
            self.form = FieldForm(self._specs())
            self.form.set_values({"opinion": s.opinion.value, "wording": s.wording.value, **{n: getattr(s, n) for n in SECTIONS}})
            self.form.setEnabled(editable and not s.final)
            self.form.edited.connect(self._edited)
            self.forms.append(self.form)
            self.editor_layout.addWidget(self.form, 1)
        self.status.setText(self._status(s))
        self.start_button.setEnabled(editable and (s is None or all(v.final for v in self.versions)))
        self.final_button.setEnabled(editable and s is not None and not s.final)

    def _status(self, s: Statement | None) -> str:
        if s is None:
            return self.tr("No statement yet: start draft 1 with New version.")
        printable = self.bench.printable(self.engagement.id, s.version)
        if s.final:
            text = self.tr("Final on %1 by %2. The figures it quotes are frozen.").replace("%1", str(s.dated)).replace("%2", s.finalised_by)
            if printable.drift:
                changed = ", ".join(show(t) for t in printable.drift)
                text += "\n⚠ " + self.tr("Changed in the engagement since: %1. Start a new version to quote them.").replace("%1", changed)
            return text
        blockers = statement_blockers(finding_services.list_findings(self.workbench.uow(), self.engagement.id))
        problems = final_problems(s, printable.facts, self.engagement.assurance, blockers, required_sections(self.neutrality))
        if not problems:
            return self.tr("Ready to be made final.")
        return self.tr("Before it can be made final:") + "\n" + "\n".join("• " + show(p) for p in problems)

    # --- editing -----------------------------------------------------------------------------
    def _edited(self, name: str, value) -> None:
        s = self.selected()
        if s is not None:
            label = self.tr("Statement: %1").replace("%1", self.form.specs[name].label)
            if not self.bench.edit(self.engagement.id, s, {name: value}, label) and self.form is not None:
                self.form.revert(name)

    def start(self) -> bool:
        return self.start_button.isEnabled() and self.bench.start(self.engagement.id, self.tr("New statement version"))

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def make_final(self) -> bool:
        s = self.selected()
        if s is None or s.final:
            return False
        question = self.tr("Make %1 final? The figures it quotes are frozen and it can no longer be edited; "
                           "a later change needs a new version.").replace("%1", show(s.label))
        return self.confirm(self.tr("Make final"), question) and self.bench.make_final(self.engagement.id, s)

    # --- documents ---------------------------------------------------------------------------
    def save_document(self, kind: str) -> str:
        """Save one document of the selected version; returns the path written, or ""."""
        from app.services.statement_documents import Document

        s = self.selected()
        if s is None:
            self.workbench.error.emit(_no_statement())
            return ""
        path = self.ask_save_path(f"{self.engagement.code}-{kind}-v{s.version}.pdf", "PDF (*.pdf)")
        return path if path and self.bench.write(self.engagement.id, Document(kind), path, s.version) else ""

    def _statement_copy(self) -> str:
        """The selected version's statement in a temporary file (to print or view)."""
        from app.services.statement_documents import Document

        s = self.selected()
        if s is None:
            self.workbench.error.emit(_no_statement())
            return ""
        path = str(Path(tempfile.mkdtemp(prefix="verifield-")) / f"{self.engagement.code}-statement-v{s.version}.pdf")
        return path if self.bench.write(self.engagement.id, Document.STATEMENT, path, s.version) else ""

    def print_statement(self) -> bool:
        from app.ui.actions.printing import print_with_dialog

        path = self._statement_copy()
        return bool(path) and print_with_dialog(path, self)

    def view_statement(self) -> bool:
        from app.ui.actions.printing import open_in_viewer

        path = self._statement_copy()
        return bool(path) and open_in_viewer(path)

    def sign(self, path: str = "") -> FormDialog | None:
        """Sign a PDF (asked for when ``path`` is empty) with one of this machine's identities."""
        path = path or self.ask_open_path("PDF (*.pdf)")
        if not path:
            return None
        dialog = sign_dialog(self.workbench, self.bench.identities, Path(path), self)
        dialog.open()
        return dialog

    def save_and_sign(self, kind: str) -> FormDialog | None:
        path = self.save_document(kind)
        return self.sign(path) if path else None

    def verify(self) -> VerifyDialog | None:
        """Check a signed PDF against this machine's identities and show the verdict (a failure in red, saying why)."""
        from app.reports.identity import trusted_certificates
        from app.reports.signing import verify_pdf

        path = self.ask_open_path("PDF (*.pdf)")
        if not path:
            return None
        try:
            checks = verify_pdf(Path(path), trusted_certificates(self.bench.identities))
        except DomainError as error:
            self.workbench.error.emit(error)
            return None
        dialog = VerifyDialog(Path(path), checks, language(), self)
        dialog.open()
        return dialog

    def new_identity(self) -> FormDialog:
        dialog = create_identity_dialog(self.workbench, self.bench.identities, self)
        dialog.open()
        return dialog

    def import_identity(self) -> FormDialog | None:
        path = self.ask_open_path("PKCS#12 (*.p12 *.pfx)")
        if not path:
            return None
        dialog = import_identity_dialog(self.workbench, self.bench.identities, Path(path), self)
        dialog.open()
        return dialog


def _no_statement() -> DomainError:
    return DomainError(Text("本项目还没有核证声明；请先新建一个版本。", "This engagement has no statement yet; start a version first."))
