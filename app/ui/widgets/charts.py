"""Two small painted charts for the results panel: a materiality gauge and grouped horizontal bars.

QtCharts is not part of PySide6-Essentials; these need only QPainter.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GREEN, AMBER, RED, BLUE, GREY = QColor("#1b6e20"), QColor("#b26a00"), QColor("#b00020"), QColor("#0b57d0"), QColor("#9e9e9e")


class MaterialityGauge(QWidget):
    """Net and gross misstatement (% of reported total) against the materiality threshold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.threshold: float = 5.0
        self.net: float | None = None
        self.gross: float | None = None
        self.setMinimumHeight(54)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, threshold: float, net: float | None, gross: float | None) -> None:
        self.threshold, self.net, self.gross = threshold, net, gross
        self.setToolTip(
            self.tr("Net %1 %, gross %2 % of the reported total; threshold %3 %")
            .replace("%1", _pct(net)).replace("%2", _pct(gross)).replace("%3", f"{threshold:g}")
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 54)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        span = max(2 * self.threshold, (self.gross or 0) * 1.15, 1e-9)
        left, width, top = 4.0, self.width() - 8.0, 6.0
        x = lambda pct: left + width * min(pct, span) / span  # noqa: E731
        painter.fillRect(QRectF(left, top, x(self.threshold) - left, 16), QColor("#e6f2e7"))
        painter.fillRect(QRectF(x(self.threshold), top, left + width - x(self.threshold), 16), QColor("#fbe3e6"))
        if self.gross is not None:
            painter.fillRect(QRectF(left, top + 3, x(self.gross) - left, 10), QColor(AMBER.lighter(150)))
        if self.net is not None:
            painter.fillRect(QRectF(left, top + 5, x(self.net) - left, 6), RED if self.net > self.threshold else BLUE)
        painter.setPen(QPen(RED, 2))
        painter.drawLine(int(x(self.threshold)), int(top - 3), int(x(self.threshold)), int(top + 19))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRectF(left, top + 20, width, 20), Qt.AlignmentFlag.AlignLeft,
                         self.tr("net %1 % · gross %2 %").replace("%1", _pct(self.net)).replace("%2", _pct(self.gross)))
        painter.drawText(QRectF(left, top + 20, width, 20), Qt.AlignmentFlag.AlignRight,
                         self.tr("threshold %1 %").replace("%1", f"{self.threshold:g}"))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class BarChart(QWidget):
    """Grouped horizontal bars: one row per label, one bar per series, the value written after it."""

    def __init__(self, series: list[tuple[str, QColor]], parent=None):
        super().__init__(parent)
        self.series = series
        self.rows: list[tuple[str, list[float | None]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, list[float | None]]]) -> None:
        self.rows = rows
        self.setFixedHeight(self._row_height() * len(rows) + 26)
        self.update()

    def _row_height(self) -> int:
        return 6 + 12 * len(self.series) + self.fontMetrics().height()

    def paintEvent(self, event) -> None:
        """Only the rows in the part to be painted are drawn: 2,000 key sources scroll without redrawing them all."""
        painter = QPainter(self)
        metrics = self.fontMetrics()
        largest = max((v for _, values in self.rows for v in values if v), default=1.0) or 1.0
        value_width = metrics.horizontalAdvance("000,000.00") + 6
        left, width = 4, max(10, self.width() - value_width - 8)
        step = metrics.height() + 2 + 12 * len(self.series) + 4  # one row's height, as drawn below
        area = event.rect()
        first = min(len(self.rows), max(0, area.top() // step))
        y = first * step
        for label, values in self.rows[first:area.bottom() // step + 1]:
            painter.setPen(self.palette().text().color())
            painter.drawText(left, y + metrics.ascent(), label)
            y += metrics.height() + 2
            for (name, color), value in zip(self.series, values):
                length = 0 if not value else width * max(value, 0) / largest
                painter.fillRect(QRectF(left, y, length, 10), color)
                painter.setPen(self.palette().text().color())
                painter.drawText(int(left + length + 4), y + 10, "—" if value is None else f"{value:,.2f}")
                y += 12
            y += 4
        y = step * len(self.rows)
        x = left
        for name, color in self.series:
            painter.fillRect(QRectF(x, y + 6, 10, 10), color)
            painter.setPen(self.palette().text().color())
            painter.drawText(x + 14, y + 6 + metrics.ascent() - 2, name)
            x += 24 + metrics.horizontalAdvance(name)
