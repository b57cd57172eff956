"""The history page: every change to the engagement and its client, and whether the hash chain is intact."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from app.domain import services
from app.ui.fields import field_labels
from app.ui.i18n import counted, show
from app.ui.models import RowsModel
from app.ui.pages.base import LazyPage


PERSON_FIELDS = ("person_id", "reviewer_id", "decision_maker_id")  # their values are people's ids


class HistoryPage(LazyPage):
    def __init__(self, workbench, parent=None):
        super().__init__(workbench, parent)
        self.title = self.tr("History")
        entities = {
            "engagement": self.tr("engagement"),
            "organisation": self.tr("client"),
            "site": self.tr("site"),
            "team_member": self.tr("team member"),
            "emission_source": self.tr("emission source"),
            "activity_record": self.tr("activity data"),
            "production": self.tr("production"),
            "offset": self.tr("offset"),
        }
        labels = field_labels()
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
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain)
        layout.addWidget(self.search)
        layout.addWidget(table)

    def _value(self, field: str, text: str) -> str:
        return self.people.get(text, text) if field in PERSON_FIELDS else text

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
