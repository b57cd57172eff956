"""The inventory context: emission sources, activity records and production (:mod:`.sources`), units (:mod:`.units`),
the factor library (:mod:`.factors`), recalculation (:mod:`.calculation`, :mod:`.snapshot`, :mod:`.calculation_report`),
carbon neutrality (:mod:`.neutrality`), and the client's spreadsheets read cell by cell (:mod:`.cells`,
:mod:`.activity_table`, :mod:`.data_request`, :mod:`.reported_import`).  It uses the engagement context and the kernel,
never findings or the statement.

The package exports its entities and values; functions are imported from their modules.
See docs/architecture.md.
"""

from app.domain.inventory.activity_table import NumberError
from app.domain.inventory.calculation import (
    Estimate,
    Materiality,
    Recalculator,
    Results,
    SourceResult,
    StreamResult,
    Verdict,
)
from app.domain.inventory.cells import CellFault, CellProblems, RowReader, SheetColumn
from app.domain.inventory.data_request import ImportPlan, RequestRow
from app.domain.inventory.factors import Factor, FactorKind, FactorUse, GwpTable, Priority
from app.domain.inventory.neutrality import Balance, Offset, OffsetKind, SerialRange, UsedRange
from app.domain.inventory.reported_import import ColumnMapping, ReportedPlan
from app.domain.inventory.snapshot import Calculation, Inventory
from app.domain.inventory.sources import (
    ActivityRecord,
    Category,
    Direction,
    EmissionSource,
    Method,
    Origin,
    Production,
    Stream,
)
from app.domain.inventory.units import Ratio, Unit

__all__ = [
    "ActivityRecord",
    "Balance",
    "Calculation",
    "Category",
    "CellFault",
    "CellProblems",
    "ColumnMapping",
    "Direction",
    "EmissionSource",
    "Estimate",
    "Factor",
    "FactorKind",
    "FactorUse",
    "GwpTable",
    "ImportPlan",
    "Inventory",
    "Materiality",
    "Method",
    "NumberError",
    "Offset",
    "OffsetKind",
    "Origin",
    "Priority",
    "Production",
    "Ratio",
    "Recalculator",
    "ReportedPlan",
    "RequestRow",
    "Results",
    "RowReader",
    "SerialRange",
    "SheetColumn",
    "SourceResult",
    "Stream",
    "StreamResult",
    "Unit",
    "UsedRange",
    "Verdict",
]
