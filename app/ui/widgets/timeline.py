"""The programme manager's timeline: one row per certificate, its validity as a bar coloured by status, each
surveillance and the recertification as a mark (green held, red overdue, blue to come), and today as a line.
Painted with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.certification.certificate import Certificate, CertificateStatus
from app.ui.widgets.charts import AMBER, BLUE, GREEN, GREY, RED

LABEL_WIDTH, ROW_HEIGHT = 150, 22
STATUS_COLOUR = {CertificateStatus.VALID: GREEN, CertificateStatus.SUSPENDED: AMBER, CertificateStatus.WITHDRAWN: RED,
                 CertificateStatus.EXPIRED: GREY, CertificateStatus.RENEWED: GREY}


@dataclass(frozen=True)
class Mark:
    x: float
    colour: QColor
    due: date


class Timeline(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Certificate] = []
        self.today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[Certificate], today: date) -> None:
        self.rows, self.today = list(rows), today
        self.setMinimumHeight(ROW_HEIGHT * (len(self.rows) + 1))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, ROW_HEIGHT * (len(self.rows) + 1))

    def span(self) -> tuple[date, date]:
        starts = [c.issued for c in self.rows] + [self.today]
        ends = [c.valid_until for c in self.rows] + [self.today]
        return min(starts), max(ends)

    def x_of(self, day: date, width: float) -> float:
        first, last = self.span()
        days = max((last - first).days, 1)
        return LABEL_WIDTH + (width - LABEL_WIDTH - 8) * (day - first).days / days

    def marks(self, certificate: Certificate, width: float) -> list[Mark]:
        """Where each audit of the certificate falls and its colour."""
        out = []
        for audit in certificate.schedule().audits:
            colour = GREEN if audit.held_on else (RED if audit.due_by < self.today else BLUE)
            out.append(Mark(self.x_of(audit.held_on or audit.due_by, width), colour, audit.due_by))
        return out

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = float(self.width())
        for row, certificate in enumerate(self.rows):
            top = row * ROW_HEIGHT + 4
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.drawText(QRectF(2, top, LABEL_WIDTH - 6, ROW_HEIGHT - 6), Qt.AlignmentFlag.AlignVCenter, certificate.number)
            left, right = self.x_of(certificate.issued, width), self.x_of(certificate.valid_until, width)
            painter.fillRect(QRectF(left, top + 5, max(right - left, 1), ROW_HEIGHT - 14), STATUS_COLOUR[certificate.status(self.today)])
            for mark in self.marks(certificate, width):
                painter.setBrush(mark.colour)
                painter.setPen(QPen(mark.colour.darker(), 1))
                painter.drawEllipse(QRectF(mark.x - 4, top + 3, 8, 8))
        painter.setPen(QPen(Qt.GlobalColor.black, 1, Qt.PenStyle.DashLine))
        x = self.x_of(self.today, width)
        painter.drawLine(int(x), 0, int(x), self.height())
