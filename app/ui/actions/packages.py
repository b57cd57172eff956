"""The audit package in the GUI: *Package for head office…* (a form, then the package made in the background with
progress and Cancel), *Import packages from folder…*, and the imported revisions shown read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from app.domain.kernel.text import DomainError, Text
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.dialogs.signing import identity_files
from app.ui.i18n import show
from app.ui.jobs import run_with_progress
from app.ui.widgets.forms import FieldSpec


class PackageActions:
    """Runs the package use cases for a page or window, one at a time, off the GUI thread."""

    def __init__(self, workbench, parent):
        self.workbench, self.parent = workbench, parent
        self.pool = QThreadPool(parent)
        self.pool.setMaxThreadCount(1)
        self.running = None
        self.last: str = ""  # what the last run said (shown by the page)

    def package_dialog(self, engagement, suggested: Path, shown=None) -> FormDialog:
        """The form: signing identity, passphrase, where to write, age recipients; OK starts the package."""
        from app.reports.identity import identities_beside

        folder = identities_beside(self.workbench.path)
        identities = tuple((str(p), p.stem) for p in identity_files(folder))
        specs = [
            FieldSpec("identity", QCoreApplication.translate("Packages", "Signing identity (lead verifier)"), "choice", identities),
            FieldSpec("passphrase", QCoreApplication.translate("Packages", "Passphrase"), "secret"),
            FieldSpec("out", QCoreApplication.translate("Packages", "Package file (e.g. on a USB stick)")),
            FieldSpec("recipients", QCoreApplication.translate("Packages", "Encrypt to (age public keys age1…, one a line; empty: not encrypted)"), "text"),
        ]

        def submit(v) -> bool:
            if not v["identity"]:
                raise DomainError(Text("请先创建或导入签名身份。", "Create or import a signing identity first."), "identity")
            if not v["out"].strip():
                raise DomainError(Text("请填写数据包文件。", "Enter the package file."), "out")
            from app.reports.identity import read_identity
            from app.sync import encryption

            read_identity(Path(v["identity"]), v["passphrase"])  # refused in the form, not after the work has begun
            keys = [k for k in v["recipients"].split() if k]
            encryption.recipients(keys)
            self.make(engagement.id, Path(v["out"]).expanduser(), Path(v["identity"]), v["passphrase"], keys, shown)
            return True

        title = QCoreApplication.translate("Packages", "Package for head office: %1").replace("%1", engagement.code)
        return FormDialog(self.workbench, title, specs, {"out": str(suggested)}, submit, self.parent)

    def make(self, engagement_id: str, out: Path, identity: Path, passphrase: str, keys: list[str], shown=None):
        from app.services import packages as package_services
        from app.sync import bag

        store, actor = self.workbench.store, self.workbench.actor

        def work(progress, cancelled):
            try:
                return package_services.make_package(store, engagement_id, out, identity, passphrase, keys, actor, progress, cancelled)
            except bag.Cancelled:
                return None

        def finished(made, error) -> None:
            self.running = None
            if error is not None:
                self.workbench.error.emit(error)
                self.last = show(error.message)
            elif made is None:
                self.last = QCoreApplication.translate("Packages", "Cancelled: no package was written.")
            else:
                self.last = (QCoreApplication.translate("Packages", "Package written: %1 (%2 files), SHA-256 %3").replace("%1", str(made.path))
                             .replace("%2", str(made.members)).replace("%3", made.sha256))
                self.workbench.changed.emit()  # the history records what was sent
            if shown:
                shown(self.last)

        self.running = run_with_progress(self.parent, self.pool, work, QCoreApplication.translate("Packages", "Making the audit package…"), finished)
        return self.running

    def import_folder(self, folder: Path, keys: list[Path], shown=None):
        """Import every package in ``folder`` (or the one package ``folder`` names) in the background; each refusal is
        named in what is shown after."""
        from app.services import packages as package_services
        from app.sync import folder_transport

        store = self.workbench.store

        def work(progress, cancelled):
            said = []
            paths = [folder] if folder.is_file() else folder_transport.incoming(folder)
            trust = package_services.trust_of(store, [])
            for number, path in enumerate(paths):
                if cancelled():
                    break
                progress(number / max(len(paths), 1), path.name)
                try:
                    kept, new = package_services.import_package(store, path, keys, trust)
                except DomainError as error:
                    said.append(f"✗ {path.name}: {show(error.message)}")
                    continue
                done = QCoreApplication.translate("Packages", "imported") if new else QCoreApplication.translate("Packages", "already imported, nothing changed")
                said.append(f"✓ {path.name}: {done} — {kept.engagement_code} r{kept.revision}")
            return said or [QCoreApplication.translate("Packages", "No packages (.vfpkg) in %1.").replace("%1", str(folder))]

        def finished(said, error) -> None:
            self.running = None
            self.last = show(error.message) if error is not None else "\n".join(said)
            if shown:
                shown(self.last)

        self.running = run_with_progress(self.parent, self.pool, work, QCoreApplication.translate("Packages", "Importing packages…"), finished)
        return self.running


class ImportedDialog(QDialog):
    """The revisions imported at head office, read-only: facts, recalculation against the stated figures, files, history."""

    def __init__(self, workbench, parent=None, said: str = "", kept: list | None = None):
        super().__init__(parent)
        from app.services import packages as package_services

        self.setWindowTitle(QCoreApplication.translate("Packages", "Imported packages (read-only)"))
        self.resize(900, 640)
        self.kept = package_services.imported(workbench.store) if kept is None else kept  # kept: the Inbox's one package
        self.revisions = QListWidget()
        self.revisions.setObjectName("imported_revisions")
        self.revisions.addItems([f"{k.engagement_code}  r{k.revision}  {k.created}  {k.author}" for k in self.kept])
        self.said = QLabel(said)
        self.said.setObjectName("imported_said")
        self.said.setWordWrap(True)
        self.said.setVisible(bool(said))
        self.facts = QLabel()
        self.facts.setObjectName("imported_facts")
        self.facts.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("imported_files")
        self.open_button = QPushButton(QCoreApplication.translate("Packages", "Open file"))
        self.open_button.setObjectName("open_imported_file")
        self.history = QListWidget()
        self.history.setObjectName("imported_history")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        for widget in (self.said, self.revisions, self.facts):
            layout.addWidget(widget)
        layout.addLayout(files_row)
        layout.addWidget(QLabel(QCoreApplication.translate("Packages", "History (hash chain verified on import)")))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.view = None
        self.revisions.currentRowChanged.connect(self.show_revision)
        self.open_button.clicked.connect(self.open_file)
        if self.kept:
            self.revisions.setCurrentRow(len(self.kept) - 1)

    def show_revision(self, row: int) -> None:
        from app.services.head_office import open_read_only

        if row < 0:
            return
        self.view = view = open_read_only(self.kept[row].path)
        tables = view.data["tables"]
        engagement, client = tables["engagements"][0], tables["organisations"][0]
        stated, now = view.data["figures"]["totals"], view.recalculated()["totals"]
        differences = view.differences()
        lines = [f"{engagement['code']}  {client['name_zh']} {client['name_en']}  {engagement['title']}",
                 QCoreApplication.translate("Packages", "Revision %1, stage %2").replace("%1", str(view.data["revision"])).replace("%2", engagement["status"]),
                 QCoreApplication.translate("Packages", "Total stated %1 tCO₂e, recalculated here %2 tCO₂e").replace("%1", f"{stated['total']:,.2f}")
                 .replace("%2", f"{now['total']:,.2f}")]
        lines += (["⚠ " + show(d) for d in differences] if differences else ["✓ " + QCoreApplication.translate("Packages", "The recalculation agrees with every figure the package states.")])
        self.facts.setText("\n".join(lines))
        self.files.clear()
        self.files.addItems(sorted(n for n in view.payload_names() if n != "data/engagement.json"))
        self.history.clear()
        self.history.addItems([f"{h['at'][:19]}  {h['actor']}  {h['entity']}.{h['field']}: {h['old'][:40]} → {h['new'][:40]}"
                               for h in tables["history"]])

    def open_file(self) -> Path | None:
        """Copy the selected file out of the kept package to a private scratch folder (removed when Verifield
        quits) and open it."""
        from app.atomic import write_bytes
        from app.storage import viewer_copies
        from app.ui.actions.printing import open_in_viewer

        item = self.files.currentItem()
        if item is None or self.view is None:
            return None
        target = viewer_copies.folder() / Path(item.text()).name
        write_bytes(target, self.view.member(item.text()), private=True)
        open_in_viewer(target)
        return target
