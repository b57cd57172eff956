"""Evidence: a file kept in the content-addressed store (named by its SHA-256), with a caption and links.

A link ties the evidence to any object of the engagement — a document, a
checklist item, a sample, a source, a finding — as ``(kind, id)``.  The same
file attached twice is stored once; each attachment is one :class:`Evidence`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.domain.kernel.ids import new_id
from app.domain.kernel.text import DomainError, Text

LINK_KINDS = ("document", "checklist_item", "sample", "source", "finding", "meeting")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Evidence:
    sha256: str
    name: str
    size: int = 0
    caption: str = ""
    taken_at: datetime | None = None  # from the photo's EXIF
    added_by: str = ""
    added_on: date | None = None
    links: tuple[tuple[str, str], ...] = ()
    id: str = field(default_factory=new_id)

    EDITABLE = ("caption", "links")

    def validated(self) -> "Evidence":
        if not _SHA256.match(self.sha256):
            raise DomainError(Text("证据文件的摘要无效。", "The evidence file's digest is not a SHA-256."), "sha256")
        bad = [kind for kind, _id in self.links if kind not in LINK_KINDS]
        if bad:
            raise DomainError(Text(f"未知的关联对象：{', '.join(bad)}", f"Unknown kind of linked object: {', '.join(bad)}"), "links")
        return replace(self, links=tuple(dict.fromkeys((k, i) for k, i in self.links)), caption=self.caption.strip())

    def linked(self, kind: str, object_id: str) -> "Evidence":
        return replace(self, links=self.links + ((kind, object_id),)).validated()

    def is_linked_to(self, kind: str, object_id: str) -> bool:
        return (kind, object_id) in self.links
