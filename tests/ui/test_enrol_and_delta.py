"""*Enrol with head office…* runs off the GUI thread against a real intake service: an address where nothing listens
and a wrong token are refused under their field (in both languages), a head office that never answers can be
cancelled at once from the progress dialog with nothing saved, the right token enrols; then *Submit to head office…*
twice: the second, a delta as ``submit --delta`` makes it, leaves out the evidence head office holds."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.reports.identity import create_identity, identities_beside
from app.domain.kernel.text import DomainError
from app.services import engagements as services
from app.services import fieldwork as fieldwork_services
from app.services import outbox, submission
from app.services.fieldwork import Attached
from app.storage.evidence_files import EvidenceFiles
from app.sync.http_transport import ENROLMENT
from tests.intake.servers import Server, free_port
from tests.ui.clicking import click, fill, press
from tests.ui.outbox_by_hand import by_hand
from tests.ui.test_outbox_view import PASS, _visible
from tests.ui.test_workspace import open_demo


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "head-office"
    folder.mkdir()
    started = Server(folder, None).start()
    yield started
    started.stop()


def _refused_under(qtbot, view, enrol, field: str) -> str:
    """The refusal shown under ``field`` once the background exchange is over (nothing saved)."""
    qtbot.waitUntil(lambda: enrol.running is None and enrol.form.errors[field].isVisible(), timeout=30000)
    assert enrol.isVisible() and not (view.data_dir / ENROLMENT).exists()
    return enrol.form.errors[field].text()


def test_enrol_in_the_background_then_a_delta_submission(qtbot, window, store_path, server, monkeypatch, tmp_path):
    from app.ui.actions.outbox import OutboxDialog
    from app.ui.dialogs.form_dialog import FormDialog

    engagement_id = open_demo(window)
    evidence = tmp_path / "meter.txt"
    evidence.write_text("燃气表读数 / gas meter reading 1 234 567 m3\n" * 50, encoding="utf-8")
    (stored,) = EvidenceFiles(store_path.parent / "evidence").add_many([evidence])
    fieldwork_services.attach(window.workbench.uow(), engagement_id, fieldwork_services.evidence_for(
        [Attached(stored.sha256, evidence.name, stored.size)], "tester", date(2026, 3, 2)), "tester")
    identities_beside(store_path).mkdir()
    made = create_identity(identities_beside(store_path) / "张伟.p12", "张伟", "核查组长", "", "", PASS)
    window.outbox_action.trigger()
    view = _visible(qtbot, window, OutboxDialog)
    by_hand(qtbot, window, view)
    click(qtbot, view.enrol_button)
    enrol = _visible(qtbot, view, FormDialog)

    fill(qtbot, enrol.form, url=f"http://127.0.0.1:{free_port()}/", token="vf-anything", certificate=str(made.path.with_suffix(".cer")))
    press(qtbot, enrol)
    assert "Head office cannot be reached" in _refused_under(qtbot, view, enrol, "url")

    silent = socket.socket()  # accepts connections (the backlog) and never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    monkeypatch.setattr(submission, "ENROL_TIMEOUT", 3.0)
    try:
        fill(qtbot, enrol.form, url=f"http://127.0.0.1:{silent.getsockname()[1]}/")
        press(qtbot, enrol)
        assert enrol.running is not None  # the exchange is under way and the GUI thread is free
        progress = _visible(qtbot, enrol, QProgressDialog)
        assert "Contacting head office" in progress.labelText()
        click(qtbot, next(b for b in progress.findChildren(QPushButton) if b.isVisible()))
        assert enrol.running is None and "Cancelled: this laptop is not enrolled." in enrol.message.text()
    finally:
        silent.close()

    fill(qtbot, enrol.form, url=server.url, token="wrong")  # at once: the cancelled exchange may still be waiting
    press(qtbot, enrol)
    assert "unknown or was used" in _refused_under(qtbot, view, enrol, "token")
    enrol.pool.waitForDone()
    qtbot.wait(200)  # the cancelled exchange's late answer (unreachable) is delivered, and changes nothing
    assert enrol.running is None and not (view.data_dir / ENROLMENT).exists() and enrol.isVisible()
    assert "unknown or was used" in enrol.form.errors["token"].text() and not enrol.form.errors["url"].isVisible()
    fill(qtbot, enrol.form, token=server.token("张伟 Zhang Wei"))
    press(qtbot, enrol)
    qtbot.waitUntil(lambda: not enrol.isVisible(), timeout=30000)
    assert "Enrolled as 张伟 Zhang Wei" in view.enrolled.text() and (view.data_dir / ENROLMENT).exists()

    for number in (1, 2):
        click(qtbot, view.submit_button)
        submit = _visible(qtbot, view, FormDialog)
        assert submit.form.value("delta") is True  # enrolled: a delta, as `submit --delta`
        fill(qtbot, submit.form, identity=str(made.path), passphrase=PASS)
        press(qtbot, submit)
        qtbot.waitUntil(lambda: view.running is None and view.table.rowCount() == number, timeout=60000)
        if number == 1:
            assert "left out" not in view.status.text()  # head office holds nothing of it yet
            click(qtbot, view.send_button)
            qtbot.waitUntil(lambda: view.running is None and view.table.item(0, 1).text() == "Sent", timeout=60000)
            services.update_engagement(window.workbench.uow(), engagement_id, {"objectives": "复核 / second look"}, "tester")
    assert "(1 evidence files head office holds left out)" in view.status.text()
    second = outbox.items(view.data_dir)[-1]
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: view.running is None and view.table.item(1, 1).text() == "Sent", timeout=60000)
    assert second.size < outbox.items(view.data_dir)[0].size and len(server.rows("packages")) == 2


def test_an_unreachable_head_office_is_said_in_both_languages(tmp_path):
    port = free_port()
    with pytest.raises(DomainError) as refused:
        submission.enrol(f"http://127.0.0.1:{port}/", "vf-token", b"", "laptop", tmp_path)
    assert refused.value.field == "url" and "无法连接总部" in refused.value.message.zh
    assert "Head office cannot be reached" in refused.value.message.en and not (tmp_path / ENROLMENT).exists()
