"""For the UI tests that send by *Send now*: the Outbox's "Send automatically" box unticked by a click, and any
sending the window began by itself waited out, so what the test clicks is what sends."""

from __future__ import annotations

from tests.ui.clicking import click


def by_hand(qtbot, window, view) -> None:
    if view.automatic.isChecked():
        click(qtbot, view.automatic)
    assert not view.automatic.isChecked() and not window.outbox_sender.enabled
    qtbot.waitUntil(lambda: not window.outbox_sender.busy, timeout=60000)
