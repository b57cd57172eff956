"""The laptop's outbox: packages queued for head office, sent when the network is there, until a receipt says so.

Each item is a package file and a small JSON record beside it in ``outbox/`` under the data folder, rewritten all
at once (:func:`app.atomic.write_bytes`) at every step, so the upload URL and the acknowledged offset survive
quitting, a crash and a reboot. In an encrypted data folder the package file is kept sealed with the data key
(:mod:`app.storage.sealed`) and sent through the seal; the SHA-256 and size recorded are the plain package's, what
head office receives. An item is *queued*, *uploading* (offset and speed), *verifying*, *acknowledged*
(head office's signed receipt kept), *failed* (reason and next try; retried with exponential back-off and
jitter), *refused* (head office's reason; only Retry sends it again) or *cancelled*. "Sent" means acknowledged:
head office holds the package verified.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text, unwritable
from app.storage.data_key import Locked, active_for

if TYPE_CHECKING:  # the transport (TLS, receipts' signatures) is imported when something is sent, not with the window
    from app.sync.http_transport import Connection

OUTBOX = "outbox"
QUEUED, UPLOADING, VERIFYING, ACKNOWLEDGED, FAILED, REFUSED, CANCELLED = (
    "queued", "uploading", "verifying", "acknowledged", "failed", "refused", "cancelled")
WAITING = (QUEUED, UPLOADING, VERIFYING, FAILED)  # what a sync still has to send
BACKOFF_BASE, BACKOFF_CAP = 5.0, 900.0  # seconds: the first retry, the longest wait


@dataclass(frozen=True)
class Item:
    id: str
    engagement_id: str
    engagement_code: str
    package: str  # file name in the outbox folder
    sha256: str
    size: int
    queued_at: str
    state: str = QUEUED
    upload_url: str = ""
    offset: int = 0
    speed: float = 0.0  # bytes a second over the last chunk
    attempts: int = 0
    next_try: float = 0.0  # time.time() of the next automatic try
    reason: dict = field(default_factory=dict)  # {"zh": …, "en": …}
    receipt: str = ""  # head office's signed receipt (JSON text)

    @property
    def percent(self) -> float:
        return 100.0 * self.offset / self.size if self.size else 0.0


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / OUTBOX


def save(data_dir: Path, item: Item) -> Item:
    try:
        folder(data_dir).mkdir(parents=True, exist_ok=True)
        write_bytes(folder(data_dir) / f"{item.id}.json", json.dumps(asdict(item), ensure_ascii=False, indent=1).encode())
    except OSError as error:
        raise unwritable(error) from None
    return item


def items(data_dir: Path) -> list[Item]:
    """Every item, oldest first."""
    found = [Item(**json.loads(p.read_text(encoding="utf-8"))) for p in folder(data_dir).glob("*.json")] if folder(data_dir).is_dir() else []
    return sorted(found, key=lambda i: (i.queued_at, i.id))


def submit(store, engagement_id: str, identity: Path, passphrase: str, actor: str,
           progress: Callable[[float, str], None] | None = None, cancelled: Callable[[], bool] | None = None,
           held: frozenset[str] = frozenset()) -> Item:
    """*Submit to head office*: make the engagement's signed package into the outbox and queue it (``held``: the
    evidence head office said it holds, left out of a delta package)."""
    from app.services import packages as package_services

    data_dir = store.path.parent
    item_id = str(uuid.uuid4())
    folder(data_dir).mkdir(parents=True, exist_ok=True)
    made = package_services.make_package(store, engagement_id, folder(data_dir) / f"{item_id}.vfpkg", identity, passphrase, [],
                                         actor, progress, cancelled, held, seal=active_for(data_dir))
    with store.uow() as uow:
        code = uow.engagements.get(engagement_id).code
    return save(data_dir, Item(item_id, engagement_id, code, made.path.name, made.sha256, made.size, _now()))


def cancel(data_dir: Path, item_id: str, connection: Connection | None = None) -> Item:
    from app.sync.http_transport import Refused, Unreachable

    item = _get(data_dir, item_id)
    if item.state == ACKNOWLEDGED:
        raise DomainError(Text("此数据包总部已确认收到，不能取消。", "Head office has acknowledged this package; it cannot be cancelled."), "state")
    if connection and item.upload_url:
        try:
            connection.terminate(item.upload_url)
        except (Unreachable, Refused):
            pass  # head office throws unfinished uploads away itself; nothing of it counts as received
    return save(data_dir, replace(item, state=CANCELLED, next_try=0.0))


def retry(data_dir: Path, item_id: str) -> Item:
    """Send a failed, refused or cancelled item at the next sync (a refused one from its first byte)."""
    item = _get(data_dir, item_id)
    if item.state == ACKNOWLEDGED:
        return item
    fresh = item.state in (REFUSED, CANCELLED)
    return save(data_dir, replace(item, state=QUEUED, next_try=0.0, attempts=0, reason={},
                                  upload_url="" if fresh else item.upload_url, offset=0 if fresh else item.offset))


def backoff(attempts: int, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP, rng: Callable[[], float] = random.random) -> float:
    """Seconds before try ``attempts + 1``: doubling from ``base`` up to ``cap``, each with ±50 % jitter."""
    return min(cap, base * 2 ** max(attempts - 1, 0)) * (0.5 + rng())


def sync_once(data_dir: Path, connection: Connection, base: float = BACKOFF_BASE,
              on_change: Callable[[Item], None] | None = None) -> list[Item]:
    """Try each waiting item whose time has come; every item as it stands afterwards."""
    for item in items(data_dir):
        if item.state in WAITING and item.next_try <= time.time():
            send(data_dir, item, connection, base, on_change)
    return items(data_dir)


def send(data_dir: Path, item: Item, connection: Connection, base: float = BACKOFF_BASE,
         on_change: Callable[[Item], None] | None = None) -> Item:
    """One try at ``item``: acknowledged, refused, or failed with the time of the next try."""
    from app.sync.http_transport import Refused, Unreachable

    def keep(changed: Item) -> Item:
        save(data_dir, changed)
        if on_change:
            on_change(changed)
        return changed

    started_at = item.offset
    try:
        item = keep(replace(item, state=UPLOADING, reason={}))
        if not item.upload_url:
            held = connection.held_receipt(item.sha256)
            if held and held["status"] == "received":  # head office holds this very package already
                return keep(replace(item, state=ACKNOWLEDGED, offset=item.size, receipt=held["text"]))
            item = keep(replace(item, upload_url=connection.create(item.size, {
                "filename": item.package, "engagement_id": item.engagement_id, "sha256": item.sha256})))
        last = [time.monotonic(), item.offset]

        def progress(offset: int) -> None:
            nonlocal item
            elapsed = time.monotonic() - last[0]
            speed = (offset - last[1]) / elapsed if elapsed > 0 else item.speed
            last[:] = [time.monotonic(), offset]
            item = keep(replace(item, offset=offset, speed=speed, state=VERIFYING if offset >= item.size else UPLOADING))

        receipt = connection.upload(folder(data_dir) / item.package, item.upload_url, progress)
    except Unreachable as error:
        attempts = 1 if item.offset > started_at else item.attempts + 1  # back-off grows only while nothing gets through
        return keep(replace(item, state=FAILED, attempts=attempts, next_try=time.time() + backoff(attempts, base),
                            reason={"zh": f"无法连接总部：{error}", "en": f"Head office cannot be reached: {error}"}))
    except Locked as error:  # a package kept sealed, and the folder not opened with its passphrase
        return keep(replace(item, state=FAILED, attempts=item.attempts + 1, next_try=time.time() + backoff(item.attempts + 1, base),
                            reason={"zh": error.message.zh, "en": error.message.en}))
    except Refused as error:
        if error.status == 404 and item.upload_url:  # head office no longer has the upload: start it again
            return keep(replace(item, state=QUEUED, upload_url="", offset=0))
        return keep(replace(item, state=REFUSED, reason={"zh": error.message.zh, "en": error.message.en}))
    if receipt["status"] != "received" or receipt["sha256"] != item.sha256:
        reason = receipt.get("reason") or {"zh": "回执与数据包不符。", "en": "The receipt does not match the package."}
        member = receipt.get("member")
        if member:
            reason = {"zh": f"{reason['zh']}（{member}）", "en": f"{reason['en']} ({member})"}
        return keep(replace(item, state=REFUSED, receipt=receipt["text"], reason=reason))
    return keep(replace(item, state=ACKNOWLEDGED, offset=item.size, receipt=receipt["text"], next_try=0.0))


def sync(data_dir: Path, connection: Connection, wait: float = 0.0, base: float = BACKOFF_BASE,
         on_change: Callable[[Item], None] | None = None) -> list[Item]:
    """Send what waits; with ``wait`` seconds, keep trying (sleeping until the next try is due) until nothing waits or time is up."""
    deadline = time.monotonic() + wait
    while True:
        held = sync_once(data_dir, connection, base, on_change)
        waiting = [i for i in held if i.state in WAITING]
        if not waiting or time.monotonic() >= deadline:
            return held
        pause = min(i.next_try for i in waiting) - time.time()
        time.sleep(max(0.0, min(pause, deadline - time.monotonic())))


def _get(data_dir: Path, item_id: str) -> Item:
    for item in items(data_dir):
        if item.id == item_id or item.id.startswith(item_id):
            return item
    raise DomainError(Text(f"发件箱中没有 {item_id}。", f"There is no {item_id} in the outbox."), "item")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
