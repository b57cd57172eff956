"""The closed lists an engagement is set up from, each value with a Chinese and English label.

Values are short stable strings (they are stored); labels are what people read.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.kernel.text import Text


class Choice(StrEnum):
    """A stored string value that also carries its bilingual ``label``."""

    label: Text

    def __new__(cls, value: str, zh: str, en: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = Text(zh, en)
        return member


class Programme(Choice):
    """The verification programme an engagement runs under (design: planned stage)."""

    ISO_14064_1 = "iso14064-1", "ISO 14064-1 组织温室气体核查", "ISO 14064-1 organisation GHG verification"
    ISO_14064_2 = "iso14064-2", "ISO 14064-2 项目审定与核查", "ISO 14064-2 project validation/verification"
    ISO_14067 = "iso14067", "ISO 14067 产品碳足迹核查", "ISO 14067 product carbon footprint"
    ISO_14068_1 = "iso14068-1", "ISO 14068-1 碳中和核证", "ISO 14068-1 carbon neutrality"
    CN_ETS = "cn-ets", "全国碳市场排放核查（生态环境部指南）", "China national ETS verification (MEE guide)"
    AUP = "aup", "商定程序", "Agreed-upon procedures"

    @property
    def sector_family(self) -> str | None:
        """Which seed-000 code family files this programme: organisation, project, or none (P03)."""
        if self is Programme.ISO_14064_2:
            return "project"
        if self is Programme.ISO_14067:
            return None
        return "organisation"


class BoundaryApproach(Choice):
    """How the organisational boundary is consolidated (ISO 14064-1 §5.1)."""

    OPERATIONAL_CONTROL = "operational-control", "运营控制权法", "operational control"
    FINANCIAL_CONTROL = "financial-control", "财务控制权法", "financial control"
    EQUITY_SHARE = "equity-share", "股权比例法", "equity share"


class GwpReport(Choice):
    """The IPCC assessment report whose 100-year GWPs convert non-CO2 gases."""

    AR4 = "AR4", "IPCC 第四次评估报告（AR4）", "IPCC Fourth Assessment Report (AR4)"
    AR5 = "AR5", "IPCC 第五次评估报告（AR5）", "IPCC Fifth Assessment Report (AR5)"
    AR6 = "AR6", "IPCC 第六次评估报告（AR6）", "IPCC Sixth Assessment Report (AR6)"


class Assurance(Choice):
    """Level of assurance (seed 001 §7)."""

    REASONABLE = "reasonable", "合理保证", "reasonable assurance"
    LIMITED = "limited", "有限保证", "limited assurance"


class Role(Choice):
    """A team member's role (seed 001 §9.1)."""

    LEAD = "lead", "核查组长", "lead verifier"
    VERIFIER = "verifier", "核查员", "verifier"
    TECHNICAL_EXPERT = "expert", "技术专家", "technical expert"
    TRAINEE = "trainee", "实习核查员", "trainee"


class Gas(Choice):
    """Greenhouse gases an engagement can cover (the six Kyoto gases and NF3)."""

    CO2 = "CO2", "二氧化碳（CO₂）", "carbon dioxide (CO₂)"
    CH4 = "CH4", "甲烷（CH₄）", "methane (CH₄)"
    N2O = "N2O", "氧化亚氮（N₂O）", "nitrous oxide (N₂O)"
    HFCS = "HFCs", "氢氟碳化物（HFCs）", "hydrofluorocarbons (HFCs)"
    PFCS = "PFCs", "全氟化碳（PFCs）", "perfluorocarbons (PFCs)"
    SF6 = "SF6", "六氟化硫（SF₆）", "sulphur hexafluoride (SF₆)"
    NF3 = "NF3", "三氟化氮（NF₃）", "nitrogen trifluoride (NF₃)"
