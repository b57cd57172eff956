"""The steps of a contract review as a verifier clicks them (seed 001 §8), shared by the UI tests that take an
engagement out of draft: a technical lead put into the person register (File ▸ People…), then the application
filled in on the Contract review page, the six review items ticked and the review accepted by that lead.

Every step goes through widgets (tests.ui.clicking); none calls a use case.
"""

from __future__ import annotations

from datetime import date

from app.domain.engagement.contract_review import APPLICATION_FIELDS, REVIEW_ITEMS
from tests.ui.clicking import answering, click, fill, press, shortcut

APPLICATION = {name: f"{label.zh} / {label.en}: as stated in the application form" for name, label in APPLICATION_FIELDS.items()}


def register_technical_lead(qtbot, window, name_zh: str, name_en: str, areas: tuple[str, ...]) -> None:
    """File ▸ People… (Ctrl+Shift+P): Add person, the names, the role "technical lead" and the areas they are competent in."""

    def people(dialog) -> None:
        click(qtbot, dialog.add_button)
        fill(qtbot, dialog.form, name_zh=name_zh, name_en=name_en, roles=("technical-lead",), competences=areas)
        assert dialog.selected().roles == ("technical-lead",), dialog.message.text()
        press(qtbot, dialog, "Close")

    with answering(qtbot, people):
        shortcut(qtbot, window, "Ctrl+Shift+P")


def accept_contract_review(qtbot, page, lead_name: str, man_days: float, day: date) -> None:
    """On the Contract review page: the application, the review items, then the technical lead's acceptance."""
    fill(qtbot, page.application, received_on=day.isoformat(), **APPLICATION)
    fill(qtbot, page.checks, **{name: True for name in REVIEW_ITEMS}, competence_confirmed=True,
         competence_note="accredited scope; competent verifiers in the register", impartiality_confirmed=True,
         impartiality_note="no consultancy for the client; no other threat", man_days=f"{man_days:g}")
    lead = page.decision.widgets["technical_lead_id"]
    lead_id = next(lead.itemData(i) for i in range(lead.count()) if lead.itemText(i) == lead_name)
    fill(qtbot, page.decision, technical_lead_id=lead_id, reasons="within the accredited scope; competent and impartial",
         decided_on=day.isoformat())
    fill(qtbot, page.decision, decision="accepted")
    assert page.review is not None and page.review.accepted, page.status.text()
