"""The controller between the widgets and the use cases, with undo.

Widgets never call the store: they ask the :class:`Workbench`, which runs a
use case, turns a broken rule into an ``error`` signal (with the field at
fault), and records the edit on the undo stack so Ctrl+Z reverses it — the
reversal being one more stored, recorded edit.

The use cases are imported inside the methods that run them: importing them (and the domain they bring) takes some
150 ms, which start-up would otherwise spend before the list is shown.  The store-opening thread imports them
(:data:`USE_CASES`, a warm-up) before an engagement is opened; tests/ui/test_stalls.py checks the list is whole.
"""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.people import Person
from app.domain.engagement.summary import EngagementSummary
from app.domain.kernel.text import DomainError, Text, unwritable
from app.storage.files import read_summaries
from app.ui.commands.durable import Durable
from app.ui.commands.inventory_edits import InventoryEdits
from app.ui.commands.long_edits import LongEdits
from app.ui.commands.opening import StoreOpening

if TYPE_CHECKING:
    from app.storage.evidence_files import EvidenceFiles
    from app.storage.store import Store


USE_CASES = (
    "app.domain.inventory.data_request", "app.domain.inventory.reported_import", "app.domain.lifecycle.gates",
    "app.services.contract_review", "app.services.demo", "app.services.engagements", "app.services.fieldwork",
    "app.services.findings", "app.services.inventory", "app.services.people", "app.services.statements",
    "app.ui.commands.child_ops",
)


def _import_use_cases(_workbench) -> None:
    """A warm-up of the store-opening thread: import :data:`USE_CASES`."""
    for name in USE_CASES:
        importlib.import_module(name)


class _Done(QUndoCommand):
    """An edit already carried out: the first redo (on push) does nothing.  A long one (``parent`` given: the widget
    its progress shows over) is undone and redone by a background job, like the edit itself."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None], workbench: "Workbench", parent=None):
        super().__init__(text)
        self._redo, self._undo, self._workbench, self._first, self._parent = redo, undo, workbench, True, parent

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._step(self._redo, False)

    def undo(self) -> None:
        self._step(self._undo, True)

    def _step(self, action: Callable[[], None], undoing: bool) -> None:
        if self._workbench.replaying:  # a background step failed: the stack steps back, nothing is run
            return
        if self._parent is None:
            self._workbench.run(action)
        else:
            self._workbench.step_later(self, action, undoing, self._parent)


class Workbench(InventoryEdits, StoreOpening, LongEdits, Durable, QObject):
    """Runs use cases for the UI; emits ``changed`` after every stored edit, ``error`` on a broken rule, ``deleted`` with
    the id of a deleted engagement."""

    changed = Signal()
    error = Signal(DomainError)
    deleted = Signal(str)  # an engagement (the demo) no longer exists

    def __init__(self, path: Path, actor: str, store: "Store | None" = None, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.actor = actor
        self._start_opening(store)
        self.warm_up(_import_use_cases)
        self.undo_stack = QUndoStack(self)
        self.undo_engagement: str | None = None  # whose edits the undo stack holds (kept when the window is rebuilt)
        self.touched_source: str | None = None
        self._read: dict[str, dict] = {}  # what an engagement's blockers were read from, until the next change
        self.changed.connect(self._read.clear)  # connected first: cleared before any page reads again
        self.changed.connect(self.sync_later)  # the fsync of what was stored, on a worker (commands/durable.py)
        self.busy = None  # the background job storing an edit, or undoing or redoing one (undo is off meanwhile)
        self.replaying = False

    # --- reading ---------------------------------------------------------------------------
    def uow(self):
        return self.store.uow()

    def clients(self) -> list[Organisation]:
        from app.services import engagements as services

        return services.list_organisations(self.uow())

    def summaries(self) -> list[EngagementSummary]:
        """The engagement list; read with the standard library alone until the store is open."""
        if self._store is None:
            return read_summaries(self.path)
        from app.services import engagements as services

        return services.list_engagements(self.uow())

    def load(self, engagement_id: str) -> tuple[Engagement, Organisation]:
        from app.services import engagements as services

        return services.load(self.uow(), engagement_id)

    def blocker_inputs(self, engagement_id: str, names) -> dict[str, Any]:
        """The named inputs of ``lifecycle.blockers`` (``findings``, ``statements``, ``review``, ``changes``, ``own``)."""
        from app.services import contract_review as contract_services
        from app.services import engagements as services
        from app.services import findings as finding_services
        from app.services import statements as statement_services

        readers = {"findings": finding_services.list_findings, "statements": statement_services.statements,
                   "review": contract_services.review_of, "changes": contract_services.changes_of,
                   "own": services.document_gaps}
        return {name: readers[name](self.uow(), engagement_id) for name in names}

    def blockers(self, engagement: Engagement, client: Organisation) -> list[Text]:
        """What stops the engagement's next stage, its findings, statement and contract review included when that
        stage's guard reads them (``lifecycle.reads``: 500 findings take a while to read); each read once per change,
        as the workspace and the overview both ask after every edit."""
        from app.domain.lifecycle import gates as lifecycle

        held, needed = self._read.setdefault(engagement.id, {}), lifecycle.reads(engagement)
        held.update(self.blocker_inputs(engagement.id, needed - held.keys()))
        return lifecycle.blockers(engagement, client, **{name: held[name] for name in needed})

    # --- the one path for edits ------------------------------------------------------------
    def run(self, action: Callable[[], Any]) -> bool:
        """Carry out a stored change (one that cannot be undone, or a step of undo/redo); a refusal goes to ``error``.
        While a long edit is being stored in the background, others are refused (the store takes one writer)."""
        if self.busy is not None:
            self.error.emit(DomainError(Text("正在后台保存一项较大的修改，请在完成后再试。",
                                             "A long edit is being stored in the background; try again once it is done.")))
            return False
        try:
            action()
        except DomainError as error:
            self.touched_source = None
            self.error.emit(error)
            return False
        self.changed.emit()
        self.touched_source = None
        return True

    def perform(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        """Carry out ``do`` now; if it succeeds, put it on the undo stack with its reversal."""
        if not self.run(do):
            return False
        self.undo_stack.push(_Done(text, do, undo, self))
        return True

    def done_elsewhere(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any], parent=None) -> None:
        """An edit a background job has already stored: shown, and put on the undo stack with its reversal (run in
        the background too, over ``parent``, when given)."""
        self.changed.emit()
        self.touched_source = None
        self.undo_stack.push(_Done(text, redo, undo, self, parent))

    # --- use cases the pages call ----------------------------------------------------------
    def edit_engagement(self, engagement_id: str, field: str, value: Any, text: str) -> bool:
        old = getattr(self.load(engagement_id)[0], field)
        if old == value:
            return True
        return self._edit_fields(engagement_id, {field: value}, {field: old}, text)

    def edit_engagement_fields(self, engagement_id: str, changes: dict[str, Any], text: str) -> bool:
        current = self.load(engagement_id)[0]
        old = {name: getattr(current, name) for name in changes}
        return old == changes or self._edit_fields(engagement_id, changes, old, text)

    def _edit_fields(self, engagement_id: str, new: dict, old: dict, text: str) -> bool:
        from app.services import engagements as services

        uow, actor = self.uow, self.actor
        return self.perform(
            text,
            lambda: services.update_engagement(uow(), engagement_id, new, actor),
            lambda: services.update_engagement(uow(), engagement_id, old, actor),
        )

    def edit_client(self, organisation_id: str, field: str, value: Any, text: str) -> bool:
        from app.services import engagements as services

        old = getattr(services.get_organisation(self.uow(), organisation_id), field)
        if old == value:
            return True
        uow, actor = self.uow, self.actor
        return self.perform(
            text,
            lambda: services.update_organisation(uow(), organisation_id, {field: value}, actor),
            lambda: services.update_organisation(uow(), organisation_id, {field: old}, actor),
        )

    def add_child(self, engagement_id: str, item: Any, text: str) -> bool:
        """Add a site, team member, production line or offset (undo removes it)."""
        from app.ui.commands.child_ops import child_ops

        ops = child_ops(type(item))
        uow, actor = self.uow, self.actor
        return self.perform(
            text,
            lambda: ops.add(uow(), engagement_id, item, actor, None),
            lambda: ops.remove(uow(), engagement_id, item.id, actor),
        )

    def edit_child(self, engagement_id: str, item: Any, changes: dict[str, Any], text: str) -> bool:
        from app.ui.commands.child_ops import child_ops

        old = {name: getattr(item, name) for name in changes}
        if old == changes:
            return True
        ops = child_ops(type(item))
        uow, actor = self.uow, self.actor
        return self.perform(
            text,
            lambda: ops.update(uow(), engagement_id, item, changes, actor),
            lambda: ops.update(uow(), engagement_id, item, old, actor),
        )

    def remove_child(self, engagement_id: str, item: Any, text: str) -> bool:
        from app.ui.commands.child_ops import child_ops

        ops = child_ops(type(item))
        uow, actor = self.uow, self.actor
        position = [0]

        def do() -> None:
            position[0] = ops.remove(uow(), engagement_id, item.id, actor)

        return self.perform(text, do, lambda: ops.add(uow(), engagement_id, item, actor, position[0]))

    # --- the person register ----------------------------------------------------------------
    def people(self) -> list[Person]:
        from app.services import people as people_services

        return people_services.list_people(self.uow())

    def add_person(self, person: Person, text: str) -> bool:
        from app.services import people as people_services

        uow, actor = self.uow, self.actor
        return self.perform(text, lambda: people_services.add_person(uow(), person, actor),
                            lambda: people_services.remove_person(uow(), person.id, actor))

    def edit_person(self, person: Person, changes: dict[str, Any], text: str) -> bool:
        from app.services import people as people_services

        old = {name: getattr(person, name) for name in changes}
        if old == changes:
            return True
        uow, actor = self.uow, self.actor
        return self.perform(text, lambda: people_services.update_person(uow(), person.id, changes, actor),
                            lambda: people_services.update_person(uow(), person.id, old, actor))

    def remove_person(self, person: Person, text: str) -> bool:
        from app.services import people as people_services

        uow, actor = self.uow, self.actor
        return self.perform(text, lambda: people_services.remove_person(uow(), person.id, actor),
                            lambda: people_services.add_person(uow(), person, actor))

    # --- evidence --------------------------------------------------------------------------
    @property
    def evidence_files(self) -> "EvidenceFiles":
        """The content-addressed evidence store beside the database."""
        if self._evidence_files is None:
            from app.storage.evidence_files import EvidenceFiles

            self._evidence_files = EvidenceFiles(self.path.parent / "evidence")
        return self._evidence_files

    def record_attached(self, engagement_id: str, stored: list[tuple[Path, Any]], links: tuple[tuple[str, str], ...], text: str,
                        into: tuple[str, Any, str] | None = None) -> bool:
        """Record files already put into the evidence store (``(source, Stored)`` pairs) as evidence, one undoable
        step; ``into`` = (kind, record, field) also sets that field of the record to the first one's id."""
        from app.services import fieldwork as fieldwork_services

        files = self.evidence_files
        attached = [fieldwork_services.Attached(s.sha256, source.name, s.size, files.taken_at(s.sha256)) for source, s in stored]
        evidence = fieldwork_services.evidence_for(attached, self.actor, date.today(), links)
        uow, actor = self.uow, self.actor
        target = (into[0], into[1].id, into[2]) if into else None
        earlier = (*target, getattr(into[1], into[2])) if into else None
        return self.perform(
            text,
            lambda: fieldwork_services.attach(uow(), engagement_id, evidence, actor, target),
            lambda: fieldwork_services.detach(uow(), engagement_id, [e.id for e in evidence], actor, earlier),
        )

    def attach_files(self, engagement_id: str, paths: list[Path], links: tuple[tuple[str, str], ...], text: str) -> bool:
        """Copy a few files into the evidence store and record them (the Evidence page runs big batches in the background)."""
        try:
            stored = self.evidence_files.add_many(paths)
        except DomainError as error:
            self.error.emit(error)
            return False
        return self.record_attached(engagement_id, list(zip(paths, stored)), links, text)

    def attach_to(self, engagement_id: str, path: Path, kind: str, record: Any, field: str, text: str) -> bool:
        """Attach one file to a record (a document's file, a meeting's signed sheet): the evidence linked to it and
        its id in ``field``, as one undoable step; nothing is copied when the engagement is closed or the file unreadable."""
        try:
            self.load(engagement_id)[0].ensure_open()
            [stored] = self.evidence_files.add_many([path])
        except DomainError as error:
            self.error.emit(error)
            return False
        return self.record_attached(engagement_id, [(path, stored)], ((kind, record.id),), text, into=(kind, record, field))

    # --- workbooks: written by background jobs (app/ui/actions/workbooks.py); their libraries imported when first used
    def report(self, action: Callable[[], None]) -> bool:
        """Write a document; a refusal or an unwritable file goes to ``error``."""
        try:
            action()
        except DomainError as error:
            self.error.emit(error)
            return False
        except OSError as error:
            self.error.emit(unwritable(error))
            return False
        return True


    def advance(self, engagement_id: str, text: str) -> bool:
        from app.services import engagements as services

        before = self.load(engagement_id)[0].status
        uow, actor = self.uow, self.actor
        return self.perform(
            text,
            lambda: services.advance_stage(uow(), engagement_id, actor),
            lambda: services.step_back(uow(), engagement_id, before, actor),
        )

    def terminate(self, engagement_id: str, reason: str, text: str) -> bool:
        from app.services import engagements as services

        before = self.load(engagement_id)[0].status
        uow, actor = self.uow, self.actor
        return self.perform(
            text,
            lambda: services.terminate_engagement(uow(), engagement_id, reason, actor),
            lambda: services.step_back(uow(), engagement_id, before, actor),
        )

    def create(self, client: Organisation | None, client_id: str | None, engagement_values: dict[str, Any]) -> str | None:
        """Create an engagement (and a new client when ``client`` is given); None on a broken rule."""
        from app.services import engagements as services

        try:
            engagement = Engagement(organisation_id=client_id or "", **engagement_values)
            engagement_id = services.create_engagement(self.uow(), engagement, self.actor, new_client=client)
        except DomainError as error:
            self.error.emit(error)
            return None
        self.changed.emit()
        return engagement_id

    def create_demo(self) -> str:
        from app.services import demo

        from app.storage.checklist_templates import shipped_templates

        engagement_id = demo.create_demo(self.uow(), self.actor, templates=shipped_templates())
        self.changed.emit()
        return engagement_id

    def delete_engagement(self, engagement_id: str) -> bool:
        """Delete the demo engagement (not undoable: the undo history is cleared); a real one is refused to ``error``."""
        from app.services import engagements as services

        try:
            services.delete_engagement(self.uow(), engagement_id, self.actor)
        except DomainError as error:
            self.error.emit(error)
            return False
        self.undo_stack.clear()
        self.deleted.emit(engagement_id)
        self.changed.emit()
        return True

    def is_empty(self) -> bool:
        return not self.path.exists() or not self.summaries()
