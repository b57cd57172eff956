"""The history page: every change to the engagement and its client, and whether the hash chain is intact."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from app.domain.engagement.stages import Stage
from app.services import engagements as services
from app.ui.i18n import counted, show
from app.ui.models.tables import RowsModel
from app.ui.pages.base import LazyPage
from app.ui.pages.record_labels import record_field_labels
from app.ui.widgets.field_specs import field_labels

STAGES = {stage.value for stage in Stage}
PERSON_FIELDS = ("person_id", "reviewer_id", "decision_maker_id")  # their values are people's ids


class HistoryPage(LazyPage):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("History")
        # What each kind of record is called (the history stores the kind's name): a test checks every kind the
        # demos, field work and head office write has its name here.
        self.entities = {
            "engagement": self.tr("engagement"),
            "organisation": self.tr("client"),
            "site": self.tr("site"),
            "team_member": self.tr("team member"),
            "person": self.tr("person"),
            "emission_source": self.tr("emission source"),
            "source": self.tr("emission source"),
            "activity_record": self.tr("activity data"),
            "record": self.tr("activity data"),
            "production": self.tr("production"),
            "offset": self.tr("offset"),
            "factor": self.tr("emission factor"),
            "contract_review": self.tr("contract review"),
            "contract_change": self.tr("contract change"),
            "document": self.tr("document reviewed"),
            "evidence": self.tr("evidence"),
            "time": self.tr("time sheet"),
            "risk": self.tr("risk assessment"),
            "risk_table": self.tr("risk assessment"),
            "sampling": self.tr("sampling plan"),
            "plan": self.tr("verification plan"),
            "checklist": self.tr("checklist"),
            "meeting": self.tr("meeting"),
            "finding": self.tr("finding"),
            "statement": self.tr("statement"),
            "package": self.tr("audit package"),
            "project": self.tr("project"),
            "project_period": self.tr("monitoring period"),
            "project_ssr": self.tr("source, sink or reservoir"),
            "project_data": self.tr("project data"),
            "project_param": self.tr("monitored parameter"),
            "monitoring_item": self.tr("monitoring plan item"),
            "measured_value": self.tr("laboratory result"),
            "offset_class": self.tr("offset type"),
            "footprint": self.tr("product footprint"),
            "footprint_flow": self.tr("input or output"),
            "footprint_coproduct": self.tr("co-product"),
            "aup_terms": self.tr("terms of the engagement"),
            "aup_procedure": self.tr("agreed procedure"),
            "review": self.tr("technical review"),
            "decision": self.tr("certification decision"),
            "certificate": self.tr("certificate"),
            "follow-up": self.tr("surveillance or recertification"),
            "surveillance": self.tr("surveillance report"),
            "case": self.tr("appeal or complaint"),
            "disposal": self.tr("record disposal"),
            "settings": self.tr("register settings"),
        }
        entities = self.entities
        labels = {**field_labels(), **record_field_labels()}
        self.people: dict[str, str] = {}  # person id → name, so a change of reviewer shows who
        self.model = RowsModel(
            [
                (self.tr("When"), lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
                (self.tr("Who"), lambda e: e.actor),
                (self.tr("What"), lambda e: entities.get(e.change.entity, e.change.entity)),
                (self.tr("Field"), lambda e: labels.get(f"{e.change.entity}.{e.change.field}", labels.get(e.change.field, e.change.field))),
                (self.tr("Old value"), lambda e: self._value(e.change.field, e.change.old)),
                (self.tr("New value"), lambda e: self._value(e.change.field, e.change.new)),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter the history…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.chain = QLabel()
        self.chain.setObjectName("chain_status")
        self.chain.setWordWrap(True)
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a value may be long (an evidence file's links, a statement's wording): those columns share what is left
        # instead of pushing the new value off the screen; a cell's whole text is in its tooltip
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.search)
        layout.addWidget(table)

    def _value(self, field: str, text: str) -> str:
        if field in PERSON_FIELDS:
            return self.people.get(text, text)
        if field == "status" and text in STAGES:  # an engagement's stage, named as the stage strip names it
            return show(Stage(text).label)
        return text

    def load(self) -> None:
        self.people = {p.id: p.name for p in self.workbench.people()}
        entries = services.engagement_history(self.workbench.uow(), self.engagement.id)
        self.model.set_rows(list(reversed(entries)))
        problems = services.verify_history(self.workbench.uow())
        if problems:
            self.chain.setText("✗ " + " ".join(show(p) for p in problems))
            self.chain.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.chain.setText("✓ " + counted(len(entries), self.tr("%1 change recorded; the hash chain is intact."),
                                          self.tr("%1 changes recorded; the hash chain is intact.")))
            self.chain.setStyleSheet("color: #1b6e20;")
