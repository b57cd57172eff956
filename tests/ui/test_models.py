"""Every custom Qt model passes pytest-qt's model tester; the list filter narrows as expected."""

from __future__ import annotations

from datetime import date

from app.domain.engagement.engagement import Engagement
from app.domain.engagement.organisation import Organisation
from app.domain.engagement.summary import EngagementSummary
from app.services import demo
from app.services import engagements as services
from app.ui.models.tables import EngagementFilterProxy, EngagementListModel, ListFilter, RowsModel


def summaries(n: int) -> list[EngagementSummary]:
    return [
        EngagementSummary(
            f"id{i}", f"VF-2026-{i:04d}", f"Title {i}", "客户" + str(i % 3), f"Client {i % 3}", f"org{i % 3}",
            "iso14064-1" if i % 2 else "iso14068-1", "draft" if i % 4 else "planned", date(2025, 1, 1), date(2025, 12, 31),
            2025 if i % 5 else 2024,
        )
        for i in range(n)
    ]


def test_engagement_list_model_passes_the_model_tester(qtmodeltester):
    model = EngagementListModel()
    model.set_rows(summaries(25))
    qtmodeltester.check(model)


def test_filter_proxy_passes_the_model_tester_and_filters(qtmodeltester):
    model = EngagementListModel()
    model.set_rows(summaries(40))
    proxy = EngagementFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ListFilter(text="客户1"))
    assert proxy.rowCount() == len([i for i in range(40) if i % 3 == 1])
    proxy.set_filter(ListFilter(organisation_id="org2", status="planned"))
    assert proxy.rowCount() == len([i for i in range(40) if i % 3 == 2 and i % 4 == 0])
    proxy.set_filter(ListFilter(year=2024, programme="iso14068-1"))
    assert proxy.rowCount() == len([i for i in range(40) if i % 5 == 0 and i % 2 == 0])
    proxy.set_filter(ListFilter(text="vf-2026-0007 title"))
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["VF-2026-0007"]
    qtmodeltester.check(proxy)


def test_rows_model_passes_the_model_tester(qtmodeltester):
    model = RowsModel([("Name", lambda o: o.name_en), ("Code", lambda o: o.credit_code)])
    model.set_rows([Organisation(name_en=f"Org {i}") for i in range(7)])
    qtmodeltester.check(model)
    assert model.index(3, 0).data() == "Org 3"


def test_list_page_shows_search_and_filters(qtbot, window):
    client = services.create_organisation(window.workbench.uow(), Organisation(name_en="Acme Cement"), "t")
    services.create_engagement(window.workbench.uow(), Engagement(organisation_id=client, title="Cement 2025"), "t")
    demo.create_demo(window.workbench.uow(), "t")
    page = window.list_page
    page.reload()
    assert page.proxy.rowCount() == 2
    qtbot.keyClicks(page.search, "cement")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("planned"))
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == [
        "演示项目 DEMO · 2025 年度组织温室气体排放核查 / 2025 organisational GHG verification".replace("2025", str(date.today().year - 1))
    ]


def test_filter_proxy_keeps_the_selection_across_filtering_and_sorting(qtbot):
    """The list's selection follows its engagement while the filter narrows, widens and the list is re-sorted."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from app.ui.models.tables import ID_ROLE

    model = EngagementListModel()
    model.set_rows(summaries(40))
    proxy = EngagementFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.selectRow(next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == "id7"))
    proxy.set_filter(ListFilter(text="客户1"))  # id7 is client 1: kept, at its new place
    assert [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()] == ["id7"]
    view.sortByColumn(EngagementListModel.COL_CODE, Qt.SortOrder.DescendingOrder)
    assert [i.data(ID_ROLE) for i in view.selectionModel().selectedRows()] == ["id7"]
    assert proxy.index(0, 0).data() == "VF-2026-0037"
    proxy.set_filter(ListFilter(text="客户2"))  # filtered out: nothing selected
    assert view.selectionModel().selectedRows() == []
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Code"


def test_sources_model_re_totalled_changes_its_cells_and_keeps_the_selection(qtbot, qtmodeltester):
    """A re-total after an edit (the same sources, new figures) changes the cells without a reset: the selection and
    the place in the list stay; other sources reset the model. It passes Qt's model tester either way."""
    from PySide6.QtCore import Qt

    from app.domain.inventory.calculation import recalculate
    from app.domain.inventory.factors import FactorUse
    from app.domain.inventory.sources import ActivityRecord, Category, EmissionSource, Method
    from app.domain.kernel.choices import GwpReport
    from app.storage.reference import gwp_table
    from app.ui.models.inventory import SourcesModel
    from app.ui.widgets.forms import row_table

    sources = [EmissionSource(f"meter {n}", Category.ENERGY, Method.ENERGY, factor=FactorUse(0.5, "tCO2/MWh")) for n in range(3)]

    def figures(quantity: float):
        records = [ActivityRecord(s.id, date(2025, 1, 1), date(2025, 1, 31), quantity, "MWh") for s in sources]
        return recalculate(sources, records, gwp_table(), GwpReport.AR6, 5.0)

    model = SourcesModel()
    table = row_table(model, read_only=True)
    qtbot.addWidget(table)
    model.set_inventory(sources, figures(10.0))
    qtmodeltester.check(model)
    table.selectRow(2)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_inventory(list(sources), figures(30.0))
    verified = model.index(2, SourcesModel.COL_VERIFIED)
    assert model.data(verified) == "15.00" and not resets
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    assert model.data(verified, Qt.ItemDataRole.SizeHintRole) is None
    model.set_inventory(sources[:2], figures(30.0))
    assert resets and model.rowCount() == 2
    qtmodeltester.check(model)
