"""Head office's Inbox of received packages clicked through: a real intake service on 127.0.0.1 receives one good
package from an enrolled laptop and refuses a damaged copy; the same good package is imported from a folder too.
The page lists all three (code, client, revision, received at, signer, state with the refusal's reason), filters by
state and as you type, sorts by a column, and opens the good one read-only with Enter."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt

from app.services import outbox
from app.services import packages as package_services
from app.sync.http_transport import Connection, enrolment_of
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop
from tests.intake.servers import Server, verifield
from tests.ui.clicking import click, pick, shortcut, type_text
from tests.ui.test_head_office_pages import open_tab


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "head-office"
    folder.mkdir()
    started = Server(folder, None).start()
    yield started
    started.stop()


def _received_and_refused(tmp_path, server):
    """One package received by the service, a damaged copy of it refused; the good one's path and the laptop."""
    machine = laptop(tmp_path / "laptop")
    item = outbox.submit(machine.store, machine.engagement_id, machine.identity, PASSPHRASE, ACTOR)
    machine.store.close()
    verifield("enrol", server.url, "--token", server.token("张伟 Zhang Wei"), "--cert", str(machine.certificate), data_dir=machine.folder)
    verifield("sync", data_dir=machine.folder)
    good = machine.folder / "outbox" / item.package
    damaged = tmp_path / "damaged.vfpkg"
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as bag:
        member = next(i for i in bag.infolist() if i.filename.startswith("data/evidence/"))
    data[member.header_offset + 30 + len(member.filename.encode()) + len(member.extra) + member.compress_size // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    connection = Connection(enrolment_of(machine.folder))
    try:
        url = connection.create(damaged.stat().st_size, {"filename": damaged.name, "engagement_id": machine.engagement_id})
        assert connection.upload(damaged, url)["status"] == "refused"
    finally:
        connection.close()
    return good, machine, member.filename


def test_the_inbox_lists_received_refused_and_imported_packages_and_opens_one_read_only(qtbot, window, workbench, tmp_path, server):
    from app.ui.actions.packages import ImportedDialog

    good, machine, member = _received_and_refused(tmp_path, server)
    trust = package_services.Trust([machine.certificate.read_bytes()])
    kept, new = package_services.import_package(workbench.store, good, [], trust)
    assert new

    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    open_tab(qtbot, page, page.tabs.indexOf(page.received))
    inbox = page.received
    qtbot.waitUntil(lambda: inbox.loader.job is None)
    assert inbox.proxy.rowCount() == 1  # no intake folder chosen yet: the imported package only
    type_text(qtbot, inbox.folder, str(tmp_path / "nowhere"), leave=False)
    click(qtbot, inbox.refresh_button)
    qtbot.waitUntil(lambda: "is not an intake service's data folder" in inbox.said.text())
    type_text(qtbot, inbox.folder, str(server.data_dir), leave=False)
    click(qtbot, inbox.refresh_button)
    qtbot.waitUntil(lambda: inbox.proxy.rowCount() == 3, timeout=20000)
    assert inbox.said.text() == ""

    def rows():
        return [[inbox.proxy.index(r, c).data() for c in range(inbox.proxy.columnCount())] for r in range(inbox.proxy.rowCount())]

    shown = rows()
    received = [r for r in shown if r[6] == "received, verified"]
    assert len(received) == 2 and {r[7] for r in received} == {"intake service", "imported"}
    for code, client, revision, at, signer, sender, _state, _source in received:
        assert code == kept.engagement_code and client and revision == f"{kept.revision:03d}" and at[:4].isdigit()
        assert signer == "张伟"
    (refused,) = [r for r in shown if r[6].startswith("refused")]
    assert member in refused[6] and refused[5] == "张伟 Zhang Wei" and refused[2] == ""

    pick(qtbot, inbox.state, "refused")
    assert inbox.proxy.rowCount() == 1 and inbox.proxy.index(0, 6).data().startswith("refused")
    pick(qtbot, inbox.state, "")
    qtbot.keySequence(inbox, "Ctrl+F")
    assert inbox.search.hasFocus()
    qtbot.keyClicks(inbox.search, "imported")
    assert inbox.proxy.rowCount() == 1 and inbox.proxy.index(0, 7).data() == "imported"
    inbox.search.clear()
    header = inbox.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, 2))
    assert header.sortIndicatorSection() == 2
    revisions = [inbox.proxy.index(r, 2).data() for r in range(3)]
    assert revisions == sorted(revisions) or revisions == sorted(revisions, reverse=True)

    row = next(r for r in range(3) if inbox.proxy.index(r, 7).data() == "intake service" and inbox.proxy.index(r, 6).data().startswith("received"))
    inbox.table.setFocus()
    inbox.table.setCurrentIndex(inbox.proxy.index(row, 0))
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: inbox.view is not None and inbox.view.isVisible())
    view = inbox.view
    assert isinstance(view, ImportedDialog) and view.revisions.count() == 1
    assert kept.engagement_code in view.facts.text() and "agrees with every figure" in view.facts.text()
    assert view.files.count() >= 2
    view.reject()

    refused_row = next(r for r in range(3) if inbox.proxy.index(r, 6).data().startswith("refused"))
    inbox.table.setCurrentIndex(inbox.proxy.index(refused_row, 0))
    inbox.view = None
    click(qtbot, inbox.open_button)
    assert inbox.view is None and "nothing to open" in inbox.said.text()


def _centre(header, section: int):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_import_received_packages_makes_the_engagement_head_offices_and_a_second_click_changes_nothing(
        qtbot, window, workbench, tmp_path, server):
    from app.services import engagements as services

    _good, machine, _member = _received_and_refused(tmp_path, server)
    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office
    open_tab(qtbot, page, page.tabs.indexOf(page.received))
    inbox = page.received
    click(qtbot, inbox.import_button)
    assert "Choose the intake service's data folder first." == inbox.said.text()
    assert services.list_engagements(workbench.uow()) == []
    type_text(qtbot, inbox.folder, str(server.data_dir), leave=False)
    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: inbox.importing is None, timeout=60000)
    assert inbox.said.text().startswith("1 package(s) imported into head office's store.")
    (held,) = services.list_engagements(workbench.uow())
    assert held.id == machine.engagement_id and f"{held.code} r" in inbox.said.text()
    history = services.engagement_history(workbench.uow(), machine.engagement_id)
    assert [h.change.field for h in history] == ["received"]
    qtbot.waitUntil(lambda: inbox.proxy.rowCount() == 3, timeout=20000)  # the intake's two and the one now imported

    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: inbox.importing is None and inbox.loader.job is None, timeout=60000)
    # the Inbox read again after the import keeps what the import said (it had wiped it when the reading came last)
    assert inbox.said.text().startswith("0 package(s) imported") and "held already, nothing changed" in inbox.said.text()
    assert services.engagement_history(workbench.uow(), machine.engagement_id) == history
