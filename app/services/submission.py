"""Enrolling with head office and submitting to it: the one use case behind ``verifield enrol`` / ``submit`` and the
Outbox's *Enrol with head office…* / *Submit to head office…*.

What the network says is turned into a refusal in both languages naming the field at fault: head office unreachable
(the address), a wrong or used token (the token). A delta submission first asks head office which evidence of the
engagement it holds and leaves those files out of the package (the import at head office checks it holds them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

from app.domain.kernel.text import DomainError, Text
from app.services import outbox
from app.sync.http_transport import Connection, Enrolment, Refused, Unreachable, enrolment_of
from app.sync.http_transport import enrol as exchange

T = TypeVar("T")
ENROL_TIMEOUT = 15.0  # seconds before an unanswered enrolment is said to be unreachable


def reached(call: Callable[[], T], field: str) -> T:
    """``call()``'s answer from head office, or a refusal saying why (unreachable: ``field``; a wrong token: ``token``)."""
    try:
        return call()
    except Unreachable as error:
        raise DomainError(Text(f"无法连接总部：{error}", f"Head office cannot be reached: {error}"), field) from None
    except Refused as error:
        raise DomainError(error.message, "token" if error.status == 401 and field == "url" else error.field) from None


def require_address(url: str, token: str) -> None:
    """Refuse an empty address or token, naming the one missing."""
    if not url.strip() or not token.strip():
        raise DomainError(Text("请填写总部地址与注册令牌。", "Enter head office's address and the enrolment token."),
                          "url" if not url.strip() else "token")


def enrol(url: str, token: str, certificate: bytes, name: str, data_dir: Path, timeout: float = ENROL_TIMEOUT) -> Enrolment:
    """Exchange the one-time ``token`` for this laptop's credential (saved in ``data_dir``), registering ``certificate`` (DER)."""
    require_address(url, token)
    return reached(lambda: exchange(url.strip(), token.strip(), certificate, name, data_dir, timeout), "url")


def connection_of(data_dir: Path, chunk_size: int | None = None, rate: float | None = None, timeout: float = 60.0) -> Connection:
    """A connection to head office as this laptop enrolled; refused when it has not."""
    enrolled = enrolment_of(data_dir)
    if enrolled is None:
        raise DomainError(Text("此笔记本尚未在总部注册：请先运行 verifield enrol。",
                               "This laptop is not enrolled with head office: run verifield enrol first."), "enrol")
    fixed = {"chunk_size": chunk_size, "max_chunk_size": chunk_size} if chunk_size else {}  # else: start small, grow
    return Connection(enrolled, timeout=timeout, rate=rate, **fixed)


def held_evidence(data_dir: Path, engagement_id: str) -> frozenset[str]:
    """The evidence SHA-256s of the engagement head office says it holds."""
    connection = connection_of(data_dir)
    try:
        return frozenset(reached(lambda: connection.held_evidence(engagement_id), "delta"))
    finally:
        connection.close()


@dataclass(frozen=True)
class Submitted:
    item: outbox.Item
    left_out: int  # evidence files head office holds, left out of a delta package


def submit(store, engagement_id: str, identity: Path, passphrase: str, actor: str, delta: bool,
           progress: Callable[[float, str], None] | None = None, cancelled: Callable[[], bool] | None = None) -> Submitted:
    """*Submit to head office*: the engagement's signed package queued in the outbox (``delta``: without the evidence
    head office holds)."""
    held = held_evidence(store.path.parent, engagement_id) if delta else frozenset()
    return Submitted(outbox.submit(store, engagement_id, identity, passphrase, actor, progress, cancelled, held=held), len(held))
