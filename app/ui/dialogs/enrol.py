"""Head office in the GUI, two forms: *Enrol with head office…* (address, one-time token, the verifier's
certificate) and *Submit to head office…* (an engagement packaged into the outbox, in the background).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain.kernel.text import DomainError, Text
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.widgets.forms import FieldSpec
from app.ui.dialogs.signing import identity_files


def enrol_dialog(workbench, on_enrolled, parent=None) -> FormDialog:
    """The enrolment form; OK exchanges the token for this laptop's credential (saved beside the store) off the GUI
    thread, behind a progress dialog whose Cancel gives the form back at once; a refusal shows under its field."""
    import platform

    from PySide6.QtCore import QThreadPool

    from app.reports.identity import identities_beside
    from app.services import submission
    from app.ui.jobs import run_with_progress

    certificates = tuple((str(p), p.stem) for p in sorted(identities_beside(workbench.path).glob("*.cer")))
    specs = [
        FieldSpec("url", QCoreApplication.translate("HeadOffice", "Head office's address (https://…)"), placeholder="https://intake.example.cn:8443/"),
        FieldSpec("token", QCoreApplication.translate("HeadOffice", "One-time enrolment token"), "secret"),
        FieldSpec("certificate", QCoreApplication.translate("HeadOffice", "Your signing certificate"), "choice", certificates),
        FieldSpec("name", QCoreApplication.translate("HeadOffice", "This laptop's name")),
    ]
    data_dir = workbench.path.parent

    def submit(values) -> bool:
        if dialog.running is not None:
            return False  # one exchange at a time
        if not values["certificate"]:
            raise DomainError(Text("请先创建或导入签名身份（其证书 .cer 在身份旁）。",
                                   "Create or import a signing identity first (its .cer certificate sits beside it)."), "certificate")
        submission.require_address(values["url"], values["token"])
        try:
            certificate = Path(values["certificate"]).read_bytes()  # .cer: DER
        except OSError as error:
            raise DomainError(Text(f"无法读取证书：{error}", f"The certificate cannot be read: {error}"), "certificate") from None
        name, timeout = values["name"].strip() or platform.node(), submission.ENROL_TIMEOUT

        def work(progress, cancelled):
            progress(0.0, QCoreApplication.translate("HeadOffice", "Contacting head office…"))
            if cancelled():
                return None
            return submission.enrol(values["url"], values["token"], certificate, name, data_dir, timeout)

        mine: list = []  # this exchange's job: a cancelled one's late answer must not pass for a later one's
        mine.append(run_with_progress(dialog, dialog.pool, work, QCoreApplication.translate("HeadOffice", "Enrolling with head office…"),
                                      lambda made, error: finished(mine[0], made, error)))
        dialog.running = mine[0]
        dialog.running.dialog.canceled.connect(lambda: given_back(True))
        return False

    def given_back(cancelled: bool) -> None:
        dialog.running = None
        if cancelled:
            dialog.message.setText(QCoreApplication.translate("HeadOffice", "Cancelled: this laptop is not enrolled."))

    def finished(job, made, error) -> None:
        from app.ui.i18n import show

        if job is not dialog.running:  # cancelled meanwhile: a credential head office gave anyway is kept (it is saved)
            if made is not None:
                on_enrolled(made)
            return
        given_back(False)
        if error is not None:
            if not dialog.form.show_error(error.field, show(error.message)):
                dialog.message.setText(show(error.message))
        elif made is not None:
            on_enrolled(made)
            dialog.done(FormDialog.DialogCode.Accepted)

    dialog = FormDialog(workbench, QCoreApplication.translate("HeadOffice", "Enrol with head office"), specs, {"name": platform.node()}, submit, parent)
    dialog.pool, dialog.running = QThreadPool(dialog), None
    return dialog


def submit_dialog(workbench, start, parent=None) -> FormDialog:
    """The *Submit to head office* form; OK checks the passphrase, then ``start(engagement_id, identity, passphrase, delta)``
(delta, ticked once the laptop is enrolled: the evidence head office holds is left out, as ``submit --delta`` does)."""
    from app.services import engagements as services
    from app.reports.identity import identities_beside

    engagements = tuple((r.id, f"{r.code}  {r.client_zh or r.client_en}") for r in services.list_engagements(workbench.store.uow()))
    identities = tuple((str(p), p.stem) for p in identity_files(identities_beside(workbench.path)))
    specs = [
        FieldSpec("engagement", QCoreApplication.translate("HeadOffice", "Engagement"), "choice", engagements),
        FieldSpec("identity", QCoreApplication.translate("HeadOffice", "Signing identity (lead verifier)"), "choice", identities),
        FieldSpec("passphrase", QCoreApplication.translate("HeadOffice", "Passphrase"), "secret"),
        FieldSpec("delta", QCoreApplication.translate("HeadOffice", "Leave out the evidence head office holds (delta)"), "bool"),
    ]

    def submit(values) -> bool:
        from app.reports.identity import read_identity

        if not values["identity"]:
            raise DomainError(Text("请先创建或导入签名身份。", "Create or import a signing identity first."), "identity")
        read_identity(Path(values["identity"]), values["passphrase"])  # refused in the form, before any work
        start(values["engagement"], Path(values["identity"]), values["passphrase"], bool(values["delta"]))
        return True

    from app.sync.http_transport import enrolment_of

    return FormDialog(workbench, QCoreApplication.translate("HeadOffice", "Submit to head office"), specs,
                      {"delta": enrolment_of(workbench.path.parent) is not None}, submit, parent)
