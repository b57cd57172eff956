"""The outbox sends without a click: a package queued while head office cannot be reached fails with its next try,
and is sent by itself once the service is back (the status bar says so); with "Send automatically" unticked in
the Outbox, nothing leaves until it is ticked again."""

from __future__ import annotations

import time

from app.reports.identity import create_identity, identities_beside
from app.services import outbox
from tests.intake.servers import verifield
from tests.ui.clicking import click
from tests.ui.test_outbox_view import PASS, _visible, server  # noqa: F401 — the fixture: a real intake service
from tests.ui.test_workspace import open_demo


def _state(data_dir, item_id: str) -> str:
    return next(i for i in outbox.items(data_dir) if i.id == item_id).state


def test_a_queued_package_goes_by_itself_once_head_office_is_back(qtbot, window, store_path, server):
    from app.ui.actions.outbox import OutboxDialog

    data_dir = store_path.parent
    engagement_id = open_demo(window)
    identities_beside(store_path).mkdir()
    made = create_identity(identities_beside(store_path) / "张伟.p12", "张伟", "核查组长", "", "", PASS)
    verifield("enrol", server.url, "--token", server.token("张伟 Zhang Wei"), "--cert", str(made.path.with_suffix(".cer")),
              data_dir=data_dir)
    sender = window.outbox_sender
    assert sender.enabled  # the default
    sender.timer.setInterval(200)  # a look at the outbox five times a second, not every 15 s

    server.stop()
    first = outbox.submit(window.workbench.store, engagement_id, made.path, PASS, "tester")
    qtbot.waitUntil(lambda: _state(data_dir, first.id) == outbox.FAILED, timeout=60000)
    failed = next(i for i in outbox.items(data_dir) if i.id == first.id)
    assert failed.attempts == 1 and failed.next_try > time.time() - 1 and failed.reason
    server.start()  # the same port and folder: the network is back
    qtbot.waitUntil(lambda: _state(data_dir, first.id) == outbox.ACKNOWLEDGED, timeout=60000)
    qtbot.waitUntil(lambda: "1 of 1 acknowledged" in window.statusBar().currentMessage(), timeout=10000)
    qtbot.waitUntil(lambda: window.outbox_indicator.text() == "Outbox: nothing waiting", timeout=10000)

    window.outbox_action.trigger()
    view = _visible(qtbot, window, OutboxDialog)
    assert view.automatic.isChecked()
    click(qtbot, view.automatic)
    assert not sender.enabled
    second = outbox.submit(window.workbench.store, engagement_id, made.path, PASS, "tester")
    qtbot.wait(1500)  # seven looks at the outbox
    assert _state(data_dir, second.id) == outbox.QUEUED and not sender.busy
    click(qtbot, view.automatic)
    qtbot.waitUntil(lambda: _state(data_dir, second.id) == outbox.ACKNOWLEDGED, timeout=60000)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2 and view.table.item(1, 1).text() == "Sent", timeout=10000)
