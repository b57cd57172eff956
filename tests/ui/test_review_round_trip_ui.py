"""The review round trip clicked on the laptop (issues 18 and 19): a real intake service on 127.0.0.1 and head
office's store in a second data folder; *Send now* in the Outbox brings the review points down, the lead answers
each on the review points page by selecting it and typing, the next package takes the answers to head office,
which closes the points, approves, decides and countersigns, and the next *Send now* shows the decision and
certificate number on the page, with the countersigned statement and certificate listed and opened from it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.reports.signing import verify_pdf
from app.services import certification as ho
from app.ui.actions.outbox import OutboxDialog
from app.ui.pages.review_points_page import ReviewPointsPage
from tests.sync.round_trip import POINTS, make_world
from tests.ui.clicking import click, click_row, type_text
from tests.ui.outbox_by_hand import by_hand

ANSWERS = ("the service log, photo 3", "man-days recalculated per Annex A")


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)
    made.raise_points()
    yield made
    made.server.stop()


@pytest.fixture
def store_path(world):  # the UI fixtures' workbench opens the laptop's store
    return world.laptop / "verifield.sqlite"


def _send_now(qtbot, window) -> OutboxDialog:
    dialog = window.open_outbox()
    by_hand(qtbot, window, dialog)
    click(qtbot, dialog.send_button)
    qtbot.waitUntil(lambda: dialog.running is None and dialog.status.text() != "", timeout=120000)
    return dialog


def test_answering_review_points_on_the_page_and_the_certificate_coming_back(qtbot, window, workbench, world):
    dialog = _send_now(qtbot, window)
    assert "came back for DEMO-" in dialog.status.text()
    dialog.close()
    window.open_engagement(world.engagement_id)
    page = window.workspace.page(ReviewPointsPage)
    click_row(qtbot, window.workspace.navigator, window.workspace.pages.index(page))
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == list(POINTS)
    for row, answer in enumerate(ANSWERS):
        click_row(qtbot, page.table, row)
        type_text(qtbot, page.answer_text, answer, leave=False)
        click(qtbot, page.answer_button)
        assert page.model.index(row, 4).data() == answer and page.model.index(row, 3).data().startswith("answered")

    world.submit(workbench.store)
    _send_now(qtbot, window).close()
    assert "1 package(s) imported" in world.take_in()
    head = world.head_store()
    try:
        assert [p.answer for p in ho.review_of(head.uow(), world.engagement_id).points] == list(ANSWERS)
        assert {p.answered_by for p in ho.review_of(head.uow(), world.engagement_id).points} == {"tester"}
    finally:
        head.close()
    number = world.close_approve_decide()

    _send_now(qtbot, window).close()
    assert page.outcome.text().startswith(f"Decision: approved on {date.today().isoformat()} by 孙强 Sun Qiang.")
    assert f"Certificate {number}, issued {date.today().isoformat()}" in page.outcome.text()
    assert {page.model.index(r, 3).data() for r in range(2)} == {f"closed {date.today().isoformat()}"}
    assert [page.issued.item(r).text().split()[0] for r in range(page.issued.count())] == ["statement.pdf", "certificate.pdf"]
    opened = []
    page.show_file = opened.append  # the PDF viewer is another program
    page.issued.setCurrentRow(1)
    click(qtbot, page.open_issued_button)
    assert opened == [str(world.laptop / "issued" / world.engagement_id / "certificate.pdf")]
    checks = verify_pdf(Path(opened[0]), [world.certificate.read_bytes(), world.authoriser.with_suffix(".cer").read_bytes()])
    assert [c.field for c in checks] == ["Verifier", "Authoriser"] and all(c.ok for c in checks)
