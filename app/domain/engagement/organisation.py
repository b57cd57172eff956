"""The client organisation (受核查方) an engagement is carried out for."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.engagement import credit_code
from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text


@dataclass
class Organisation:
    """A client: names in both languages, its credit code, address and contact."""

    name_zh: str = ""
    name_en: str = ""
    credit_code: str = ""
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    id: str = field(default_factory=new_id)

    EDITABLE = ("name_zh", "name_en", "credit_code", "address", "contact_name", "contact_phone", "contact_email")

    def display_name(self, language: str) -> str:
        first, second = (self.name_zh, self.name_en) if language == "zh" else (self.name_en, self.name_zh)
        return first or second

    def validate(self) -> None:
        """Refuse a client without a name or with a credit code whose check character is wrong."""
        self.name_zh, self.name_en = self.name_zh.strip(), self.name_en.strip()
        if not (self.name_zh or self.name_en):
            raise DomainError(
                Text("请填写受核查方的中文或英文名称。", "Enter the client's name in Chinese or English."), "name_zh"
            )
        if self.credit_code.strip():
            self.credit_code = credit_code.validate(self.credit_code)
        else:
            self.credit_code = ""
        email = self.contact_email.strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            raise DomainError(
                Text(f"电子邮件地址“{email}”格式不正确。", f"“{email}” is not an e-mail address."), "contact_email"
            )
