"""Head office's *Assign an engagement…* (Head office ▸ Received packages): an engagement — client, title,
programme, period, scope and team — for an enrolled verifier, signed and kept by the intake service for that
verifier's laptops, which make it in draft on their next sync (the same use case as ``verifield intake assign``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.domain.kernel.choices import Programme
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.i18n import show
from app.ui.widgets.forms import FieldSpec


def assign_dialog(workbench, data_dir: Path, url: str | None, on_assigned, parent=None) -> FormDialog:
    """The form; OK signs the assignment into the intake service's database (refusals under their field)."""
    from app.intake import inbox, publishing
    from app.sync import receipts

    specs = [
        FieldSpec("verifier", QCoreApplication.translate("Assign", "Verifier (as enrolled)")),
        FieldSpec("client_zh", QCoreApplication.translate("Assign", "Client (Chinese)")),
        FieldSpec("client_en", QCoreApplication.translate("Assign", "Client (English)")),
        FieldSpec("credit_code", QCoreApplication.translate("Assign", "Unified social credit code")),
        FieldSpec("title", QCoreApplication.translate("Assign", "Title")),
        FieldSpec("programme", QCoreApplication.translate("Assign", "Programme"), "choice", tuple((p.value, show(p.label)) for p in Programme)),
        FieldSpec("period_start", QCoreApplication.translate("Assign", "Period from (YYYY-MM-DD)")),
        FieldSpec("period_end", QCoreApplication.translate("Assign", "Period to (YYYY-MM-DD)")),
        FieldSpec("scope", QCoreApplication.translate("Assign", "Scope"), "text"),
        FieldSpec("team", QCoreApplication.translate("Assign", "Team, one a line: NAME:ROLE (lead, verifier, expert, trainee)"), "text"),
    ]
    fields = {"VERIFIER": "verifier", "--client-zh": "client_zh", "--programme": "programme", "--period-start": "period_start",
              "--period-end": "period_end", "--member": "team"}

    def submit(values) -> bool:
        from app.domain.kernel.text import DomainError

        team = [tuple(line.rsplit(":", 1)) if ":" in line else (line, "") for line in values["team"].splitlines() if line.strip()]
        try:
            client = {"name_zh": values["client_zh"], "name_en": values["client_en"], "credit_code": values["credit_code"]}
            body = publishing.assignment_body(values["verifier"], client, values["title"], values["programme"], (values["period_start"], values["period_end"]),
                                              values["scope"], team)
        except DomainError as error:
            raise DomainError(error.message, fields.get(error.field, error.field)) from None
        engine = inbox.intake_engine(data_dir, url)
        try:
            publishing.assign(engine, receipts.signing_key(data_dir), body)
        finally:
            engine.dispose()
        on_assigned(body)
        return True

    return FormDialog(workbench, QCoreApplication.translate("Assign", "Assign an engagement to a verifier"), specs, {"programme": Programme.ISO_14064_1.value}, submit, parent)
