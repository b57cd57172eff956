"""The Outbox in the GUI against a real intake service: *Enrol with head office…* (a wrong token shown under its
field), *Submit to head office…* (the package made in the background), Send now until head office's receipt shows,
the status-bar indicator; then with the service stopped a failure with its next try, Cancel and Retry."""

from __future__ import annotations

import pytest

from app.reports.identity import create_identity, identities_beside
from app.services import outbox
from tests.intake.servers import Server
from tests.ui.clicking import click, fill, press
from tests.ui.outbox_by_hand import by_hand
from tests.ui.test_workspace import open_demo

PASS = "lead verifier passphrase"


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "head-office"
    folder.mkdir()
    started = Server(folder, None).start()
    yield started
    started.stop()


def _visible(qtbot, parent, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)))
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def test_enrol_submit_send_and_see_the_receipt_then_fail_cancel_and_retry(qtbot, window, store_path, server):
    from app.ui.dialogs.form_dialog import FormDialog
    from app.ui.actions.outbox import OutboxDialog

    open_demo(window)
    identities_beside(store_path).mkdir()
    made = create_identity(identities_beside(store_path) / "张伟.p12", "张伟", "核查组长", "", "", PASS)
    assert window.outbox_indicator.text() == "Outbox: nothing waiting"
    window.outbox_action.trigger()
    view = _visible(qtbot, window, OutboxDialog)
    by_hand(qtbot, window, view)
    assert "Not enrolled" in view.enrolled.text() and not view.send_button.isEnabled()

    click(qtbot, view.enrol_button)
    enrol = _visible(qtbot, view, FormDialog)
    fill(qtbot, enrol.form, url=server.url, token="wrong", certificate=str(made.path.with_suffix(".cer")))
    press(qtbot, enrol)
    qtbot.waitUntil(lambda: enrol.running is None and "unknown or was used" in enrol.form.errors["token"].text(), timeout=30000)
    assert enrol.isVisible()
    fill(qtbot, enrol.form, token=server.token("张伟 Zhang Wei"))
    press(qtbot, enrol)
    qtbot.waitUntil(lambda: not enrol.isVisible(), timeout=30000)
    assert "Enrolled as 张伟 Zhang Wei" in view.enrolled.text()

    click(qtbot, view.submit_button)
    submit = _visible(qtbot, view, FormDialog)
    fill(qtbot, submit.form, identity=str(made.path), passphrase=PASS)
    press(qtbot, submit)
    qtbot.waitUntil(lambda: view.running is None and view.table.rowCount() == 1, timeout=60000)
    assert view.table.item(0, 1).text() == "Queued" and "Queued: DEMO" in view.status.text()
    window.outbox_indicator.refresh()
    assert window.outbox_indicator.text() == "Outbox: 1 waiting"

    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: view.running is None and view.table.item(0, 1).text() == "Sent", timeout=60000)
    (item,) = outbox.items(store_path.parent)
    assert item.state == outbox.ACKNOWLEDGED and f"SHA-256 {item.sha256[:12]}" in view.table.item(0, 3).text()
    assert "1 of 1 acknowledged" in view.status.text()

    click(qtbot, view.submit_button)  # a second revision, with head office gone
    submit = _visible(qtbot, view, FormDialog)
    fill(qtbot, submit.form, identity=str(made.path), passphrase=PASS)
    press(qtbot, submit)
    qtbot.waitUntil(lambda: view.running is None and view.table.rowCount() == 2, timeout=60000)
    server.stop()
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: view.running is None and view.table.item(1, 1).text() == "Failed", timeout=60000)
    assert "cannot be reached" in view.table.item(1, 3).text() and "next try at" in view.table.item(1, 3).text()
    view.table.selectRow(1)
    click(qtbot, view.cancel_button)
    assert view.table.item(1, 1).text() == "Cancelled"
    click(qtbot, view.retry_button)
    assert view.table.item(1, 1).text() == "Queued"
    window.outbox_indicator.refresh()
    assert window.outbox_indicator.text() == "Outbox: 1 waiting"
