"""The HTTP transport: enrolling a laptop with head office, and tus 1.0 uploads that resume where they stopped.

A tus client is written here rather than taken from ``tuspy`` (checked: it needs ``requests``, ``aiohttp`` and
``tinydb``, keeps resume URLs in its own TinyDB file, and sends no checksum), so that the outbox keeps the upload
URL and offset itself and every chunk carries ``Upload-Checksum: sha256``. Head office's receipts are checked
against the key pinned at enrolment; over TLS, the server's certificate is pinned too (trust on first use), and
plain HTTP is used only with a loopback address.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import urljoin, urlsplit

from app.atomic import write_bytes
from app.domain.kernel.text import DomainError, Text, unwritable
from app.storage.sealed import content_size, open_kept
from app.sync import receipts
from app.sync.loopback import is_loopback

if TYPE_CHECKING:
    import httpx

ENROLMENT = "intake.json"  # in the laptop's data folder, readable by its owner only
CHUNK = 1024 * 1024  # the first PATCH of a send; each one acknowledged doubles the next, up to MAX_CHUNK
MAX_CHUNK = 16 * 1024 * 1024
TUS = {"Tus-Resumable": "1.0.0"}


class Unreachable(Exception):
    """Head office could not be reached or answered with a passing failure: try again later."""


class Refused(DomainError):
    """Head office refused the request for a reason trying again will not change (``status`` says which)."""

    def __init__(self, status: int, message: Text, field: str | None = None):
        super().__init__(message, field)
        self.status = status


@dataclass(frozen=True)
class Enrolment:
    url: str
    laptop_id: str
    verifier: str
    credential: str
    receipt_key: str
    server_certificate: str = ""  # PEM, pinned at enrolment over TLS


def enrol(url: str, token: str, certificate: bytes, name: str, data_dir: Path, timeout: float = 30.0) -> Enrolment:
    """Exchange the one-time ``token`` for this laptop's credential, registering ``certificate`` (DER); saved in ``data_dir``."""
    url = url.rstrip("/") + "/"
    parts = urlsplit(url)
    pinned = ""
    if parts.scheme == "https":
        pinned = ssl.get_server_certificate((parts.hostname, parts.port or 443), timeout=timeout)
    elif parts.scheme != "http" or not is_loopback(parts.hostname or ""):
        raise DomainError(Text("总部地址须为 https://（仅本机回环地址可用 http://）。",
                               "Head office's address must be https:// (http:// only for a loopback address)."), "URL")
    with _client(pinned, timeout) as client:
        answer = _send(client, "POST", urljoin(url, "enrol"),
                       json={"token": token, "certificate": base64.b64encode(certificate).decode(), "name": name})
    body = answer.json()
    made = Enrolment(url, body["laptop_id"], body["verifier"], body["credential"], body["receipt_key"], pinned)
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        write_bytes(Path(data_dir) / ENROLMENT, json.dumps(asdict(made), indent=1).encode(), private=True)
    except OSError as error:
        raise unwritable(error) from None
    return made


def enrolment_of(data_dir: Path) -> Enrolment | None:
    path = Path(data_dir) / ENROLMENT
    return Enrolment(**json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else None


class Connection:
    """One laptop's requests to head office."""

    def __init__(self, enrolment: Enrolment, timeout: float = 60.0, chunk_size: int = CHUNK, rate: float | None = None,
                 max_chunk_size: int = MAX_CHUNK):
        """``chunk_size``: the first PATCH's; on a link that holds, the next ones grow to ``max_chunk_size`` (fewer
        requests and fsyncs), and every send starts small again (a dropped PATCH loses at most what it carried)."""
        self.enrolment, self.chunk_size, self.rate = enrolment, chunk_size, rate
        self.max_chunk_size = max(max_chunk_size, chunk_size)
        self.sent = 0  # bytes of PATCH bodies sent by this connection
        self._client = _client(enrolment.server_certificate, timeout)
        self._client.headers.update({"Authorization": f"Bearer {enrolment.credential}", **TUS})

    def close(self) -> None:
        self._client.close()

    def url(self, path: str) -> str:
        return urljoin(self.enrolment.url, path.lstrip("/"))

    def held_receipt(self, sha256: str) -> dict[str, Any] | None:
        """Head office's receipt for a package with this SHA-256 it already holds, or None."""
        answer = _send(self._client, "GET", self.url(f"packages/{sha256}/receipt"), allow=(404,))
        return None if answer.status_code == 404 else self._receipt(answer.text)

    def get_json(self, path: str) -> Any:
        """What head office answers to a GET of ``path`` (assignments, signed updates), as JSON."""
        return _send(self._client, "GET", self.url(path)).json()

    def held_evidence(self, engagement_id: str) -> list[str]:
        return _send(self._client, "GET", self.url(f"engagements/{engagement_id}/evidence")).json()["evidence"]

    def returns(self, engagement_id: str) -> str | None:
        """Head office's signed review points, decisions and certificate of the engagement (unchecked), or None."""
        answer = _send(self._client, "GET", self.url(f"engagements/{engagement_id}/returns"), allow=(404,))
        return None if answer.status_code == 404 else answer.text

    def document(self, engagement_id: str, sha256: str) -> bytes | None:
        """An issued document head office lists for the engagement, by its SHA-256 (unchecked), or None."""
        answer = _send(self._client, "GET", self.url(f"engagements/{engagement_id}/documents/{sha256}"), allow=(404,))
        return None if answer.status_code == 404 else answer.content

    def create(self, size: int, metadata: dict[str, str]) -> str:
        encoded = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())
        answer = _send(self._client, "POST", self.url("files/"), headers={"Upload-Length": str(size), "Upload-Metadata": encoded})
        return self.url(answer.headers["Location"])

    def offset(self, upload_url: str) -> int:
        return int(_send(self._client, "HEAD", upload_url).headers["Upload-Offset"])

    def upload(self, path: Path, upload_url: str, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
        """Send ``path`` from the offset head office holds, then wait for its receipt."""
        self.send(path, upload_url, progress)
        return self.receipt(upload_url)

    def send(self, path: Path, upload_url: str, progress: Callable[[int], None] | None = None) -> None:
        """Send ``path`` from the offset head office holds until the last byte is acknowledged."""
        offset = self.offset(upload_url)
        length = self.chunk_size
        with io.BufferedReader(open_kept(Path(path))) as reader, ThreadPoolExecutor(1, "tus-read") as reading:
            size = content_size(reader)
            ahead = reading.submit(_chunk, reader, offset, length)
            while offset < size:
                chunk = ahead.result()
                if chunk.at != (offset, length):  # head office answered other than guessed: read what it asks for
                    chunk = _chunk(reader, offset, length)
                following = min(2 * length, self.max_chunk_size)
                if offset + len(chunk.data) < size:  # read and hashed while this one is on the way
                    ahead = reading.submit(_chunk, reader, offset + len(chunk.data), following)
                started = time.monotonic()
                self.sent += len(chunk.data)
                answer = _send(self._client, "PATCH", upload_url, content=chunk.data, allow=(409,), headers={
                    "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
                    "Upload-Checksum": "sha256 " + chunk.sha256})
                acknowledged = answer.status_code != 409
                offset = int(answer.headers["Upload-Offset"])  # a 409 says where head office stands
                if acknowledged:
                    length = following
                if progress:
                    progress(offset)
                if self.rate:  # a limit (bytes a second) for a metered phone hotspot
                    time.sleep(max(0.0, len(chunk.data) / self.rate - (time.monotonic() - started)))

    def receipt(self, upload_url: str, patience: float = 600.0) -> dict[str, Any]:
        """Head office's receipt, asked for until it has verified the package (it answers 423 meanwhile)."""
        deadline, pause = time.monotonic() + patience, 0.01
        while (answer := _send(self._client, "GET", upload_url + "/receipt", allow=(423,))).status_code == 423:
            if time.monotonic() > deadline:
                raise Unreachable("head office took too long to verify the package")
            time.sleep(pause)
            pause = min(pause * 2, 1.0)
        return self._receipt(answer.text)

    def terminate(self, upload_url: str) -> None:
        _send(self._client, "DELETE", upload_url, allow=(404, 409))

    def _receipt(self, text: str) -> dict[str, Any]:
        body = receipts.check(text, self.enrolment.receipt_key)
        return {"text": text, **body}


@dataclass(frozen=True)
class _Chunk:
    at: tuple[int, int]  # the offset and length asked for
    data: bytes
    sha256: str  # base64, for Upload-Checksum


def _chunk(reader: io.BufferedReader, offset: int, length: int) -> _Chunk:
    reader.seek(offset)
    data = reader.read(length)
    return _Chunk((offset, length), data, base64.b64encode(hashlib.sha256(data).digest()).decode())


def _client(pinned: str, timeout: float) -> httpx.Client:
    import httpx  # here, not at the top: it takes a tenth of a second, and the window opens without it

    if pinned:
        context = ssl.create_default_context(cadata=pinned)
        context.check_hostname = False  # the certificate itself is pinned: no name to match
        return httpx.Client(verify=context, timeout=timeout)
    return httpx.Client(timeout=timeout)


RETRYABLE = {408, 423, 425, 429, 500, 502, 503, 504}


def _send(client: httpx.Client, method: str, url: str, allow: tuple[int, ...] = (), **arguments) -> httpx.Response:
    import httpx

    try:
        answer = client.request(method, url, **arguments)
    except httpx.HTTPError as error:  # refused, reset, timed out, cut off mid-body
        raise Unreachable(f"{type(error).__name__}: {error}") from None
    if answer.status_code < 300 or answer.status_code in allow:
        return answer
    if answer.status_code in RETRYABLE or answer.status_code == 460:  # a chunk damaged on the way: send it again
        raise Unreachable(f"HTTP {answer.status_code}")
    try:
        detail = answer.json()["detail"]
        message, field = Text(detail["zh"], detail["en"]), detail.get("field")
    except (ValueError, KeyError, TypeError):
        message, field = Text(f"总部拒绝了请求（HTTP {answer.status_code}）。", f"Head office refused the request (HTTP {answer.status_code})."), None
    raise Refused(answer.status_code, message, field)
