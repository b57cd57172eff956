"""The overview page: key facts, what blocks the next stage, stage moves, decision and certificate schedule."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.certification.eligibility import refusal
from app.domain.engagement import stages
from app.domain.engagement.engagement import gives_assurance
from app.domain.engagement.people import PersonRole
from app.domain.engagement.stages import Stage
from app.domain.engagement.surveillance import certificate_schedule
from app.domain.engagement.team import competence_warning
from app.ui.actions.packages import PackageActions
from app.ui.i18n import language, show
from app.ui.pages.base import Page
from app.ui.widgets.field_specs import decision_specs
from app.ui.widgets.forms import FieldForm


class OverviewPage(Page):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("Overview")
        keys = ("code", "client", "programme", "period", "site_visit", "statement_date", "assurance", "materiality", "gwp", "stage")
        self.facts = {key: QLabel() for key in keys}
        facts_box = QGroupBox(self.tr("Engagement"))
        facts_form = self.facts_form = QFormLayout(facts_box)
        names = {
            "code": self.tr("Code"), "client": self.tr("Client"), "programme": self.tr("Programme"),
            "period": self.tr("Reporting period"), "site_visit": self.tr("Site visit"), "statement_date": self.tr("Statement date"),
            "assurance": self.tr("Level of assurance"),
            "materiality": self.tr("Materiality"), "gwp": self.tr("GWP values"), "stage": self.tr("Stage"),
        }
        for key, label in self.facts.items():
            label.setObjectName(f"fact_{key}")
            label.setWordWrap(True)
            facts_form.addRow(names[key], label)

        self.next_box = QGroupBox()
        self.blocker_list = QLabel()
        self.blocker_list.setObjectName("blockers")
        self.blocker_list.setWordWrap(True)
        self.advance_button = QPushButton()
        self.advance_button.setObjectName("advance")
        self.terminate_button = QPushButton(self.tr("Terminate engagement…"))
        self.terminate_button.setObjectName("terminate")
        self.package_button = QPushButton(self.tr("Package for head office…"))
        self.package_button.setObjectName("package_for_head_office")
        self.package_status = QLabel()
        self.package_status.setObjectName("package_status")
        self.package_status.setWordWrap(True)
        self.packages = PackageActions(workbench, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.advance_button)
        buttons.addStretch()
        buttons.addWidget(self.package_button)
        buttons.addWidget(self.terminate_button)
        next_layout = QVBoxLayout(self.next_box)
        next_layout.addWidget(self.blocker_list)
        next_layout.addLayout(buttons)
        next_layout.addWidget(self.package_status)

        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a5b00;")

        decision_box = QGroupBox(self.tr("Technical review and decision"))
        self.decision = FieldForm(decision_specs())
        self.forms = [self.decision]
        self.schedule = QLabel()
        self.schedule.setObjectName("schedule")
        self.schedule.setWordWrap(True)
        self.decision_layout = QVBoxLayout(decision_box)
        self.decision_layout.addWidget(self.decision)
        self.decision_layout.addWidget(self.schedule)

        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (facts_box, self.next_box, self.warnings, decision_box):
            column.addWidget(widget)
        column.addStretch()
        self.set_body(body)

        self.advance_button.clicked.connect(self._advance)
        self.terminate_button.clicked.connect(self._terminate)
        self.package_button.clicked.connect(self.package_for_head_office)
        self.decision.edited.connect(self._edited)

    def refresh(self, engagement, client) -> None:
        super().refresh(engagement, client)
        e = engagement
        lang_name = client.display_name(language())
        self.facts["code"].setText(e.code)
        self.facts["client"].setText(f"{lang_name}  {client.credit_code}".strip())
        self.facts["programme"].setText(show(e.programme.label))
        period = f"{e.period_start or '…'} – {e.period_end or '…'}"
        base_year = self.tr("base year %1").replace("%1", str(e.base_year)) if e.base_year else ""
        self.facts["period"].setText(period + (f" · {base_year}" if base_year else ""))
        self.facts["site_visit"].setText(e.site_visit_text() or self.tr("not set (Scope page)"))
        self.facts["statement_date"].setText(e.statement_date.isoformat() if e.statement_date else self.tr("not set (Scope page)"))
        self.facts["assurance"].setText(show(e.assurance.label))
        self.facts["materiality"].setText(f"{e.materiality_pct:g} %" + (f" — {e.materiality_reason}" if e.materiality_reason else ""))
        for key in ("assurance", "materiality"):  # none under agreed-upon procedures
            self.facts_form.setRowVisible(self.facts[key], gives_assurance(e.programme))
        self.facts["gwp"].setText(show(e.gwp_report.label))
        self.facts["stage"].setText(show(e.status.label) + (f" — {e.termination_reason}" if e.termination_reason else ""))

        target = stages.next_stage(e.status)
        blockers = self.workbench.blockers(e, client)
        self.advance_button.setVisible(target is not None)
        self.terminate_button.setEnabled(e.status not in (Stage.TERMINATED, Stage.ISSUED))
        if target is None:
            self.next_box.setTitle(self.tr("No further stage"))
            self.blocker_list.setText(show(e.status.label))
        else:
            self.next_box.setTitle(self.tr("Next stage: %1").replace("%1", show(target.label)))
            self.advance_button.setText(self.tr("Move to “%1”").replace("%1", show(target.label)))
            self.advance_button.setEnabled(not blockers)
            self.blocker_list.setText(
                self.tr("What is still missing:") + "\n" + "\n".join("• " + show(b) for b in blockers)
                if blockers
                else "✓ " + self.tr("Nothing blocks the next stage.")
            )
        warnings = self._people_to_pick()
        competence = competence_warning(e.technical_areas, e.team)
        if competence:
            warnings.append("⚠ " + show(competence))
        if e.man_days and abs(e.counted_team_days() - e.man_days.total) > 1e-9:
            warnings.append(
                "⚠ " + self.tr("Team days (%1) differ from the planned man-days (%2).")
                .replace("%1", f"{e.counted_team_days():g}").replace("%2", f"{e.man_days.total:g}")
            )
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

        self.decision.set_values({name: getattr(e, name) for name in self.decision.widgets})
        if e.decision_date:
            plan = certificate_schedule(e.decision_date, e.issue_date)
            lines = [self.tr("Certificate valid until %1 (3 years from its issue).").replace("%1", plan.expires.isoformat())]
            due = self.tr("%1: by %2")
            lines += ["• " + due.replace("%1", show(a.label)).replace("%2", a.due_by.isoformat()) for a in plan.audits]
            self.schedule.setText("\n".join(lines))
        else:
            self.schedule.setText(self.tr("The certificate's validity and surveillance dates appear once the decision date is set."))

    def package_for_head_office(self):
        """The signed (optionally encrypted) audit package of this engagement, made in the background."""
        from pathlib import Path

        suggested = Path.home() / f"{self.engagement.code}-r{self.engagement.revision:04d}.vfpkg"
        dialog = self.packages.package_dialog(self.engagement, suggested, self.package_status.setText)
        dialog.open()
        return dialog

    def _people_to_pick(self) -> list[str]:
        """The reviewer and decision-maker are picked from the register, among the people head office would accept
        (:func:`app.domain.certification.eligibility.refusal`: holding the role, not on the team, the decision-maker
        not the reviewer); the one named is offered too, and why head office would refuse them is returned (shown
        among the warnings).  The choices are rebuilt when they have changed."""
        e, people = self.engagement, sorted(self.workbench.people(), key=lambda p: p.name)
        team, offered, refused = {m.person_id: m.name for m in e.team}, {}, []
        for field, role in (("reviewer_id", PersonRole.REVIEWER), ("decision_maker_id", PersonRole.DECISION_MAKER)):
            held = getattr(e, field)
            offered[field] = tuple((p.id, p.name) for p in people if p.id == held or refusal(p, role, team, e.reviewer_id) is None)
            why = next((refusal(p, role, team, e.reviewer_id) for p in people if p.id == held), None)
            if why is not None:
                refused.append("⚠ " + show(why.message))
        self._rebuild_pickers(decision_specs(offered["reviewer_id"], offered["decision_maker_id"]))
        return refused

    def _rebuild_pickers(self, specs) -> None:
        if [spec.choices for spec in specs] == [spec.choices for spec in self.decision.specs.values()]:
            return
        old, self.decision = self.decision, FieldForm(specs)
        self.decision_layout.replaceWidget(old, self.decision)
        self.decision.show()  # at once, not when the event loop next runs: a refusal may need to show under a field
        old.hide()
        old.deleteLater()
        self.forms = [self.decision]
        self.decision.edited.connect(self._edited)

    def _advance(self) -> None:
        self.workbench.advance(self.engagement.id, self.advance_button.text())

    def _terminate(self) -> None:
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Terminate engagement"),
            self.tr("Why is the verification being terminated? (CICC-ZY/GZ-21 §9.5.3.4: no co-operation, serious violations, or another reason it cannot be completed)"),
        )
        if ok:
            self.workbench.terminate(self.engagement.id, reason, self.tr("Terminate engagement"))

    def _edited(self, field: str, value) -> None:
        self.workbench.edit_engagement(self.engagement.id, field, value, self.tr("Edit decision"))
