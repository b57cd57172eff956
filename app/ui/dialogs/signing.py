"""Dialogs for signatures: sign a PDF, create a signing identity, import one (each a form that submits once), and the
verdict on a signed PDF."""

from __future__ import annotations

from html import escape
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.domain.kernel.text import DomainError, Text
from app.domain.statement.statement import AUTHORISER_FIELD, VERIFIER_FIELD
from app.ui.commands.workbench import Workbench
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.widgets.forms import FieldSpec

if TYPE_CHECKING:
    from app.reports.signing import SignatureCheck

GOOD, BAD = "#1b6e20", "#b00020"


def identity_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.p12")) if folder.is_dir() else []


def sign_dialog(workbench: Workbench, folder: Path, pdf: Path, parent=None, field: str = VERIFIER_FIELD) -> FormDialog:
    """Sign ``pdf`` in place with one of the identities in ``folder``, in the box ``field`` unless changed."""
    from app.reports.signing import sign_pdf

    identities = tuple((str(p), p.stem) for p in identity_files(folder))
    specs = [
        FieldSpec("identity", QCoreApplication.translate("Signing", "Signing identity"), "choice", identities),
        FieldSpec("passphrase", QCoreApplication.translate("Signing", "Passphrase"), "secret"),
        FieldSpec("field", QCoreApplication.translate("Signing", "Signature box"), "choice", (
            (VERIFIER_FIELD, QCoreApplication.translate("Signing", "Lead verifier")),
            (AUTHORISER_FIELD, QCoreApplication.translate("Signing", "Authorised signatory (head office)")))),
        FieldSpec("role", QCoreApplication.translate("Signing", "Role shown"), placeholder=QCoreApplication.translate("Signing", "as in the identity")),
        FieldSpec("reason", QCoreApplication.translate("Signing", "Reason")),
        FieldSpec("location", QCoreApplication.translate("Signing", "Place")),
        FieldSpec("image", QCoreApplication.translate("Signing", "Handwritten signature image (optional)"), placeholder="signature.png"),
    ]
    values = {"field": field, "reason": QCoreApplication.translate("Signing", "I approve this document")}

    def submit(v) -> bool:
        if not v["identity"]:
            raise DomainError(Text("请先创建或导入签名身份。", "Create or import a signing identity first."), "identity")
        image = Path(v["image"]).expanduser() if v["image"].strip() else None
        sign_pdf(pdf, pdf, Path(v["identity"]), v["passphrase"], field=v["field"], reason=v["reason"],
                 location=v["location"], role=v["role"], image=image)
        return True

    return FormDialog(workbench, QCoreApplication.translate("Signing", "Sign %1").replace("%1", pdf.name), specs, values, submit, parent)


def countersign_dialog(workbench: Workbench, folder: Path, start: Callable[[Path, str], None], parent=None) -> FormDialog:
    """The authorised signatory's identity (one of those in ``folder``) and its passphrase, checked before
    ``start(identity, passphrase)`` countersigns in the background (:mod:`app.ui.pages.issuing_panel`)."""
    from app.reports.identity import read_identity

    identities = tuple((str(p), p.stem) for p in identity_files(folder))
    specs = [
        FieldSpec("identity", QCoreApplication.translate("Signing", "Signing identity"), "choice", identities),
        FieldSpec("passphrase", QCoreApplication.translate("Signing", "Passphrase"), "secret"),
    ]

    def submit(v) -> bool:
        if not v["identity"]:
            raise DomainError(Text("请先创建或导入签名身份。", "Create or import a signing identity first."), "identity")
        read_identity(Path(v["identity"]), v["passphrase"])  # a wrong passphrase is said here, under its field
        start(Path(v["identity"]), v["passphrase"])
        return True

    return FormDialog(workbench, QCoreApplication.translate("Signing", "Countersign as the authorised signatory"), specs, {},
                      submit, parent)


def create_identity_dialog(workbench: Workbench, folder: Path, parent=None) -> FormDialog:
    """A new self-signed identity, kept in ``folder`` under the person's name."""
    from app.reports.identity import create_identity

    specs = [
        FieldSpec("name", QCoreApplication.translate("Signing", "Name")), FieldSpec("role", QCoreApplication.translate("Signing", "Role"), placeholder="核查组长 / lead verifier"),
        FieldSpec("organisation", QCoreApplication.translate("Signing", "Organisation")), FieldSpec("email", QCoreApplication.translate("Signing", "E-mail")),
        FieldSpec("passphrase", QCoreApplication.translate("Signing", "Passphrase (8 characters or more)"), "secret"),
        FieldSpec("again", QCoreApplication.translate("Signing", "Passphrase again"), "secret"),
    ]

    def submit(v) -> bool:
        if v["passphrase"] != v["again"]:
            raise DomainError(Text("两次输入的口令不一致。", "The two passphrases differ."), "again")
        stem = "".join(c for c in v["name"].strip() if c.isalnum() or c in " ._-").strip() or "identity"
        folder.mkdir(parents=True, exist_ok=True)
        path = next(p for n in count(1) if not (p := folder / (f"{stem}.p12" if n == 1 else f"{stem} {n}.p12")).exists())
        create_identity(path, v["name"], v["role"], v["organisation"], v["email"], v["passphrase"])
        return True

    return FormDialog(workbench, QCoreApplication.translate("Signing", "New signing identity"), specs, {"name": workbench.actor}, submit, parent)


def import_identity_dialog(workbench: Workbench, folder: Path, source: Path, parent=None) -> FormDialog:
    """Import a PKCS#12 file (e.g. issued by head office) after checking its passphrase."""
    from app.reports.identity import import_identity

    def submit(v) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        import_identity(source, folder, v["passphrase"])
        return True

    specs = [FieldSpec("passphrase", QCoreApplication.translate("Signing", "Passphrase"), "secret")]
    return FormDialog(workbench, QCoreApplication.translate("Signing", "Import %1").replace("%1", source.name), specs, {}, submit, parent)


class VerifyDialog(QDialog):
    """The verdict on a signed PDF: the whole file's first, green when every signature holds, else red naming the
    signatures that fail; then each signature, with what was found and, in red, what fails."""

    def __init__(self, pdf: Path, checks: list[SignatureCheck], language: str, parent=None):
        from app.reports.signing import heading, summary, verdicts  # pyHanko loads only when signatures are checked

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Signing", "Verify %1").replace("%1", pdf.name))
        self.resize(640, 0)
        self.ok = bool(checks) and all(c.ok for c in checks)
        self.verdict = QLabel(summary(checks).in_(language))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet(f"color: {GOOD if self.ok else BAD}; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        self.signatures: list[QLabel] = []
        for check in checks:
            items = "".join(f"<li style='color:{GOOD if holds else BAD}'>{escape(text.in_(language))}</li>"
                            for text, holds in verdicts(check))
            label = QLabel(f"<b>{escape(heading(check, language))}</b><ul>{items}</ul>")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.signatures.append(label)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
