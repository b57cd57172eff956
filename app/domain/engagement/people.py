"""The person register: everyone who can be on a team, review or decide (design: "People are records").

A :class:`Person` has names in both languages, the roles they can take, the
technical areas they are competent in, their qualifications and, where they
have one, a signing identity (the path or SHA-256 fingerprint of their
certificate under the data folder's ``identities/``).  Team members, the
technical reviewer and the decision-maker refer to people by id, so the
independence rules (seed 001 §10.1.3) compare people, never names.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from app.domain.engagement.sectors import known_area
from app.domain.kernel.choices import Choice
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

# Ids of people made from the names an older store held: the same name gives the same id on every laptop.
_LEGACY_NAMESPACE = uuid.UUID("5d1f3c1e-8b0a-4c57-9e0f-7a0d6b0c1406")
_FINGERPRINT = re.compile(r"[0-9a-fA-F]{64}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class PersonRole(Choice):
    """What a person can do for the certification body."""

    LEAD = "lead", "核查组长", "lead verifier"
    VERIFIER = "verifier", "核查员", "verifier"
    TECHNICAL_EXPERT = "expert", "技术专家", "technical expert"
    TRAINEE = "trainee", "实习核查员", "trainee"
    REVIEWER = "reviewer", "技术评审人", "technical reviewer"
    DECISION_MAKER = "decision-maker", "认证决定人", "decision-maker"
    TECHNICAL_LEAD = "technical-lead", "技术负责人", "technical lead"  # approves contract reviews (seed 001 §8.3.3)


@dataclass
class Person:
    """One person of the register."""

    name_zh: str = ""
    name_en: str = ""
    roles: tuple[str, ...] = ()
    competences: tuple[str, ...] = ()  # technical area codes (seed 000)
    qualifications: str = ""
    identity: str = ""  # their signing certificate: a path under identities/ or its SHA-256 fingerprint
    id: str = field(default_factory=new_id)

    EDITABLE = ("name_zh", "name_en", "roles", "competences", "qualifications", "identity")

    @property
    def name(self) -> str:
        """Both names as documents print them ("王磊 Wang Lei")."""
        return " ".join(part for part in (self.name_zh, self.name_en) if part)

    def validate(self) -> None:
        self.name_zh, self.name_en = self.name_zh.strip(), self.name_en.strip()
        if not (self.name_zh or self.name_en):
            raise DomainError(Text("请填写姓名（中文或英文）。", "Enter the person's name (Chinese or English)."), "name_zh")
        try:
            self.roles = tuple(PersonRole(r).value for r in dict.fromkeys(self.roles))
        except ValueError:
            raise DomainError(Text("角色无效。", "Unknown role."), "roles") from None
        for code in self.competences:
            known_area(code)
        self.identity = self.identity.strip()
        if self.identity and not (_FINGERPRINT.fullmatch(self.identity) or self.identity.lower().endswith(".cer")):
            raise DomainError(
                Text("签名身份应为 identities/ 下的 .cer 证书文件，或其 64 位十六进制 SHA-256 指纹。",
                     "The signing identity is a .cer certificate under identities/, or its SHA-256 fingerprint (64 hex digits)."),
                "identity",
            )


def person_from_name(text: str) -> Person:
    """The person an older store's name stands for: Chinese words give the Chinese name, the rest the English one.

    "王磊 Wang Lei" → 王磊 / Wang Lei; "Wang Lei" → English only.  The id is derived from the text, so one
    name always gives one person.
    """
    text = " ".join(text.split())
    words = text.split(" ")
    zh = " ".join(w for w in words if _CJK.search(w))
    en = " ".join(w for w in words if not _CJK.search(w))
    return Person(name_zh=zh, name_en=en, id=str(uuid.uuid5(_LEGACY_NAMESPACE, text)))


def check_independence(team: dict[str, str], reviewer_id: str, decision_maker_id: str) -> None:
    """Refuse a reviewer or decision-maker who is on ``team`` (person id → name), and a decision-maker who reviewed
    (seed 001 §10.1.3, §10.2)."""
    if reviewer_id and reviewer_id in team:
        who = team[reviewer_id]
        raise DomainError(
            Text(f"技术评审人 {who} 是核查组成员，不能评审本项目（CICC-ZY/GZ-21 第 10.1.3 条）。",
                 f"The technical reviewer {who} is on the team and may not review this engagement (CICC-ZY/GZ-21 §10.1.3)."),
            "reviewer_id",
        )
    if decision_maker_id and decision_maker_id in team:
        who = team[decision_maker_id]
        raise DomainError(
            Text(f"认证决定人 {who} 是核查组成员，不能作出认证决定。",
                 f"The decision-maker {who} is on the team and may not make the certification decision."),
            "decision_maker_id",
        )
    if decision_maker_id and decision_maker_id == reviewer_id:
        raise DomainError(
            Text("认证决定人不能是本项目的技术评审人。",
                 "The decision-maker may not be this engagement's technical reviewer."),
            "decision_maker_id",
        )
