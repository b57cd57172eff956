"""*Assign an engagement…* at head office and *Send now* on the laptop, clicked through against a real intake service:
a bad period is refused under its field, a good assignment is signed into the service's database, and the laptop's
next sync (the Outbox's Send now) makes it in draft and applies head office's signed factor-library update, and says
so; a second sync makes nothing new."""

from __future__ import annotations

import json

from app.reports.identity import create_identity, identities_beside
from app.services import engagements as services
from app.services import inventory as inventory_services
from tests.intake.test_library_updates import FACTOR_ID, _factors
from tests.intake.servers import verifield
from tests.ui.clicking import click, fill, press, shortcut, type_text
from tests.ui.outbox_by_hand import by_hand
from tests.ui.test_enrol_and_delta import server  # noqa: F401 — the fixture: a real intake service
from tests.ui.test_head_office_pages import open_tab
from tests.ui.test_outbox_view import PASS, _visible


def test_assign_at_head_office_then_the_laptop_makes_it_on_send_now(qtbot, window, workbench, store_path, server, tmp_path):  # noqa: F811
    from app.ui.actions.outbox import OutboxDialog
    from app.ui.dialogs.form_dialog import FormDialog

    identities_beside(store_path).mkdir()
    made = create_identity(identities_beside(store_path) / "张伟.p12", "张伟", "核查组长", "", "", PASS)
    verifield("enrol", server.url, "--token", server.token("张伟 Zhang Wei"), "--cert", str(made.path.with_suffix(".cer")),
              data_dir=store_path.parent)

    shortcut(qtbot, window, "Ctrl+Shift+H")
    page = window.head_office.received
    open_tab(qtbot, window.head_office, window.head_office.tabs.indexOf(page))
    type_text(qtbot, page.folder, str(server.data_dir), leave=False)
    click(qtbot, page.assign_button)
    form = _visible(qtbot, page, FormDialog)
    fill(qtbot, form.form, verifier="张伟 Zhang Wei", client_zh="华东精密机械有限公司", client_en="East China Precision", title="2026 GHG verification",
         period_start="2025-01-01", period_end="2024-12-31", scope="上海工厂 / the Shanghai plant", team="张伟 Zhang Wei:lead\n李娜 Li Na:verifier")
    press(qtbot, form)
    assert form.isVisible() and "ends before it starts" in form.form.errors["period_end"].text() and not server.rows("assignments")
    fill(qtbot, form.form, period_end="2025-12-31")
    press(qtbot, form)
    assert not form.isVisible() and "Assigned to 张伟 Zhang Wei" in page.said.text()
    assert [r.verifier for r in server.rows("assignments")] == ["张伟 Zhang Wei"]

    update = tmp_path / "factors.json"
    update.write_text(json.dumps(_factors(0.5703), ensure_ascii=False), encoding="utf-8")
    verifield("intake", "publish", "factors", str(update), "--data-dir", str(server.data_dir))

    window.outbox_action.trigger()
    view = _visible(qtbot, window, OutboxDialog)
    by_hand(qtbot, window, view)
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: view.running is None and "Assigned by head office" in view.status.text(), timeout=30000)
    assert "Head office's updates applied: factors 1." in view.status.text()
    assert any(f.id == FACTOR_ID and f.value == 0.5703 for f in inventory_services.factor_library(workbench.uow()))
    (assigned,) = services.list_engagements(workbench.uow())
    assert assigned.code in view.status.text() and assigned.title == "2026 GHG verification" and assigned.status == "draft"
    click(qtbot, view.send_button)
    qtbot.waitUntil(lambda: view.running is None and "acknowledged" in view.status.text(), timeout=30000)
    assert "Assigned" not in view.status.text() and "updates applied" not in view.status.text()
    assert len(services.list_engagements(workbench.uow())) == 1
