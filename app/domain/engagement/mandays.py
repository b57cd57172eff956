"""Man-days of an engagement: the table of seed 001 Annex A and the 20 % document-review rule (§9.3).

Annex A gives, by the number of GHG sources inside the boundary, the days for
document review, site verification and the statement/report.  Above 100
sources the site and report days are set case by case.  The verifier may plan
other figures, but a plan outside the table needs a written justification.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.kernel.text import DomainError, Text

DOCUMENT_REVIEW_SHARE_MAX = 0.20  # seed 001 §9.3


@dataclass(frozen=True)
class AnnexABand:
    """One row of Annex A; ``None`` means "by case"."""

    sources_min: int
    sources_max: int | None
    document_review: float
    site_min: float | None
    site_max: float | None
    report: float | None

    @property
    def total_min(self) -> float | None:
        if self.site_min is None or self.report is None:
            return None
        return self.document_review + self.site_min + self.report

    @property
    def total_max(self) -> float | None:
        if self.site_max is None or self.report is None:
            return None
        return self.document_review + self.site_max + self.report


ANNEX_A = (
    AnnexABand(1, 30, 0.5, 2, 6, 0.5),
    AnnexABand(31, 100, 1, 6, 10, 1),
    AnnexABand(101, None, 2, None, None, None),
)


def band_for(source_count: int) -> AnnexABand:
    """The Annex A row for a number of GHG sources in the boundary."""
    if source_count < 1:
        raise DomainError(
            Text("边界内温室气体排放源数量至少为 1。", "The number of GHG sources in the boundary must be at least 1."),
            "source_count",
        )
    for band in ANNEX_A:
        if band.sources_max is None or source_count <= band.sources_max:
            return band
    raise AssertionError("the last band is open-ended")


@dataclass(frozen=True)
class ManDayPlan:
    """The days planned for an engagement, by activity."""

    source_count: int
    document_review: float
    site: float
    report: float
    justification: str = ""

    @property
    def total(self) -> float:
        return self.document_review + self.site + self.report

    @property
    def document_review_share(self) -> float:
        return self.document_review / self.total if self.total else 0.0

    @classmethod
    def suggested(cls, source_count: int) -> "ManDayPlan":
        """Annex A's lower figures; above 100 sources a starting point the verifier must justify."""
        band = band_for(source_count)
        site = band.site_min if band.site_min is not None else 10.0
        report = band.report if band.report is not None else 2.0
        return cls(source_count, band.document_review, site, report)

    def deviations(self) -> list[Text]:
        """How this plan departs from Annex A (each such departure needs the justification)."""
        band = band_for(self.source_count)
        out: list[Text] = []
        if self.document_review != band.document_review:
            out.append(
                Text(
                    f"文件审定 {self.document_review:g} 人天，附录 A 为 {band.document_review:g} 人天",
                    f"document review {self.document_review:g} days; Annex A gives {band.document_review:g}",
                )
            )
        if band.site_min is None:
            out.append(
                Text(
                    "排放源超过 100 个，现场核查及报告人天须按个案确定",
                    "more than 100 sources: site and report days are set case by case",
                )
            )
        else:
            if not band.site_min <= self.site <= band.site_max:
                out.append(
                    Text(
                        f"现场核查 {self.site:g} 人天，附录 A 为 {band.site_min:g}–{band.site_max:g} 人天",
                        f"site verification {self.site:g} days; Annex A gives {band.site_min:g}–{band.site_max:g}",
                    )
                )
            if self.report != band.report:
                out.append(
                    Text(
                        f"核查声明和报告 {self.report:g} 人天，附录 A 为 {band.report:g} 人天",
                        f"statement and report {self.report:g} days; Annex A gives {band.report:g}",
                    )
                )
        return out

    def problems(self) -> list[DomainError]:
        """What makes this plan unacceptable: negative days, >20 % document review, unjustified deviation."""
        out: list[DomainError] = []
        for name, value in (("document_review", self.document_review), ("site", self.site), ("report", self.report)):
            if value < 0:
                out.append(DomainError(Text("人天不能为负数。", "Man-days cannot be negative."), f"man_days.{name}"))
        if self.total <= 0:
            out.append(DomainError(Text("总人天必须大于 0。", "The total man-days must be more than 0."), "man_days.site"))
        elif self.document_review_share > DOCUMENT_REVIEW_SHARE_MAX + 1e-12:
            out.append(
                DomainError(
                    Text(
                        f"文件审定 {self.document_review:g} 人天占总人天 {self.total:g} 的 "
                        f"{self.document_review_share:.0%}，超过 20% 的上限（CICC-ZY/GZ-21 第 9.3 条）。",
                        f"Document review of {self.document_review:g} days is {self.document_review_share:.0%} "
                        f"of the {self.total:g} total man-days, above the 20 % limit (CICC-ZY/GZ-21 §9.3).",
                    ),
                    "man_days.document_review",
                )
            )
        if self.deviations() and not self.justification.strip():
            listed = self.deviations()
            out.append(
                DomainError(
                    Text(
                        "人天偏离附录 A，须填写理由：" + "；".join(t.zh for t in listed) + "。",
                        "The man-days depart from Annex A and need a justification: "
                        + "; ".join(t.en for t in listed) + ".",
                    ),
                    "man_days.justification",
                )
            )
        return out
