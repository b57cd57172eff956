"""tus 1.0 at ``/files/``: core, creation, termination and checksum, written here rather than taken from a library.

``tuspyserver`` (the kept FastAPI tus server) was checked: it has no checksum extension, keeps each upload's state
in JSON files beside the data rather than in the service's database (so the quota, the laptop owning an upload and
two workers agreeing on an offset would be bolted on beside it), and acknowledges a PATCH whose body was cut short.
Here an upload's offset lives in the database and only moves after the chunk is on disk: each PATCH truncates the
part file to the acknowledged offset, writes the body, checks ``Upload-Checksum`` (sha256, sha1 or md5) when sent,
``fsync``s, then advances the offset by compare-and-set; a body cut short or failing its checksum is discarded,
so a byte is acknowledged once. One request at a time writes or finishes an upload (an advisory ``flock`` on its
lock file, shared by every worker on the machine); another gets 423 and retries.
"""

from __future__ import annotations

import asyncio
import base64
import fcntl
import hashlib
import json
import os
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterator

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.background import BackgroundTask
from starlette.requests import ClientDisconnect

from app.intake import tables
from app.intake.db import now
from app.intake.enrolment import Laptop
from app.intake.errors import refuse

VERSION = "1.0.0"
EXTENSIONS = "creation,termination,checksum"
ALGORITHMS = {"sha256": hashlib.sha256, "sha1": hashlib.sha1, "md5": hashlib.md5}
MAX_SIZE = 64 * 1024 ** 3
FLUSH_EVERY = 1024 * 1024  # a PATCH body is written and hashed in blocks of this size while the rest arrives


def router(service, current_laptop) -> APIRouter:
    """The tus routes of ``service`` (:class:`app.intake.receiving.Service`); ``current_laptop`` authenticates."""
    files = APIRouter()

    def headers(response: Response, **more) -> Response:
        response.headers["Tus-Resumable"] = VERSION
        response.headers["Cache-Control"] = "no-store"
        for name, value in more.items():
            response.headers[name.replace("_", "-")] = str(value)
        return response

    def resumable(request: Request) -> None:
        if request.headers.get("Tus-Resumable") != VERSION:
            raise refuse(412, "仅支持 tus 1.0.0。", "Only tus 1.0.0 is supported.", "Tus-Resumable", {"Tus-Version": VERSION})

    def owned(upload_id: str, laptop: Laptop) -> sa.Row:
        with service.engine.connect() as connection:
            row = connection.execute(sa.select(tables.uploads).where(tables.uploads.c.id == upload_id)).first()
        if row is None or row.laptop_id != laptop.id:  # another laptop's upload is as good as none
            raise refuse(404, "没有这项上传。", "There is no such upload.", "upload")
        return row

    @files.options("/files/")
    def options() -> Response:
        return headers(Response(status_code=204), Tus_Version=VERSION, Tus_Extension=EXTENSIONS, Tus_Max_Size=MAX_SIZE,
                       Tus_Checksum_Algorithm=",".join(ALGORITHMS))

    @files.post("/files/", dependencies=[Depends(resumable)])
    def create(request: Request, laptop: Laptop = Depends(current_laptop)) -> Response:
        try:
            length = int(request.headers["Upload-Length"])
            if length <= 0:
                raise ValueError
        except (KeyError, ValueError):
            raise refuse(400, "Upload-Length 缺失或无效。", "Upload-Length is missing or not a positive whole number.", "Upload-Length") from None
        metadata = _metadata(request.headers.get("Upload-Metadata", ""))
        engagement_id = metadata.get("engagement_id", "")
        if not _is_uuid(engagement_id):
            raise refuse(400, "Upload-Metadata 须给出项目编号 engagement_id（UUID）。",
                         "Upload-Metadata must name the engagement (engagement_id, a UUID).", "Upload-Metadata")
        if service.owner_of(engagement_id) not in (None, laptop.verifier):
            raise refuse(403, "此项目属于另一位核查员，不接收。", "This engagement is another verifier's; nothing is accepted for it.", "engagement_id")
        upload_id = str(uuid.uuid4())
        with service.engine.begin() as connection:
            used = _used(connection, laptop.verifier)
            if used + length > laptop.quota_bytes:
                raise refuse(413, f"超出配额：已用 {used} 字节，此次 {length} 字节，配额 {laptop.quota_bytes} 字节。",
                             f"Over the quota: {used} bytes held, {length} declared, quota {laptop.quota_bytes} bytes.", "Upload-Length")
            with open(service.part(upload_id), "xb") as part:
                os.fsync(part.fileno())
            connection.execute(tables.uploads.insert().values(
                id=upload_id, laptop_id=laptop.id, length=length, offset=0, received_bytes=0, engagement_id=engagement_id,
                metadata=json.dumps(metadata, ensure_ascii=False), created_at=now(), state="open"))
        return headers(Response(status_code=201), Location=f"/files/{upload_id}", Upload_Offset=0)

    @files.head("/files/{upload_id}", dependencies=[Depends(resumable)])
    def head(upload_id: str, laptop: Laptop = Depends(current_laptop)) -> Response:
        row = owned(upload_id, laptop)
        return headers(Response(status_code=200), Upload_Offset=row.offset, Upload_Length=row.length)

    @files.patch("/files/{upload_id}", dependencies=[Depends(resumable)])
    async def patch(upload_id: str, request: Request, laptop: Laptop = Depends(current_laptop)) -> Response:
        if request.headers.get("Content-Type") != "application/offset+octet-stream":
            raise refuse(415, "Content-Type 须为 application/offset+octet-stream。", "Content-Type must be application/offset+octet-stream.", "Content-Type")
        checksum = _checksum(request.headers.get("Upload-Checksum"))
        row = await run_in_threadpool(owned, upload_id, laptop)
        with locked(service.lock(upload_id)), _writing(service.part(upload_id)) as descriptor:
            row = await run_in_threadpool(owned, upload_id, laptop)  # re-read under the lock: another worker may have moved it
            if str(row.offset) != request.headers.get("Upload-Offset"):
                raise refuse(409, f"偏移量不符：服务器已有 {row.offset} 字节。", f"Offset mismatch: the server holds {row.offset} bytes.",
                             "Upload-Offset", {"Upload-Offset": str(row.offset)})
            if row.state != "open" or row.offset == row.length:
                return headers(Response(status_code=204), Upload_Offset=row.offset)
            os.ftruncate(descriptor, row.offset)  # whatever a cut-short PATCH left past the offset goes
            os.lseek(descriptor, row.offset, os.SEEK_SET)
            writer = _Writer(descriptor, checksum[0]() if checksum else None)
            try:
                async for chunk in request.stream():
                    if row.offset + writer.received + len(chunk) > row.length:
                        await writer.settle()
                        os.ftruncate(descriptor, row.offset)
                        raise refuse(400, "数据超出 Upload-Length。", "The data goes past Upload-Length.", "Upload-Length")
                    await writer.add(chunk)
            except ClientDisconnect:
                await writer.settle()
                os.ftruncate(descriptor, row.offset)
                return headers(Response(status_code=400))
            written = await writer.settle()
            if writer.hashing and writer.hashing.digest() != checksum[1]:
                os.ftruncate(descriptor, row.offset)
                raise refuse(460, "数据块校验和不符，已丢弃。", "The chunk's checksum does not match; it was discarded.", "Upload-Checksum")
            await run_in_threadpool(os.fsync, descriptor)  # on disk before it is acknowledged
            offset = await run_in_threadpool(_advance, service.engine, upload_id, row.offset, written)
        if offset < row.length:
            return headers(Response(status_code=204), Upload_Offset=offset)
        # The last byte: acknowledged now, verified just after the answer (GET …/receipt waits for it, or does it).
        return headers(Response(status_code=204, background=BackgroundTask(finish_quietly, upload_id, laptop)), Upload_Offset=offset,
                       Verifield_Receipt=f"/files/{upload_id}/receipt")

    def finish(upload_id: str, laptop: Laptop) -> str:
        with locked(service.lock(upload_id)):
            return service.finish(owned(upload_id, laptop), laptop)

    def finish_quietly(upload_id: str, laptop: Laptop) -> None:
        try:
            finish(upload_id, laptop)
        except HTTPException:  # a GET of the receipt is finishing it
            pass

    @files.delete("/files/{upload_id}", dependencies=[Depends(resumable)])
    def terminate(upload_id: str, laptop: Laptop = Depends(current_laptop)) -> Response:
        row = owned(upload_id, laptop)
        if row.state != "open":
            raise refuse(409, "此上传已完成，不能终止。", "This upload is finished; it cannot be terminated.", "upload")
        with locked(service.lock(upload_id)):
            with service.engine.begin() as connection:
                gone = connection.execute(tables.uploads.delete().where(
                    tables.uploads.c.id == upload_id, tables.uploads.c.state == "open", tables.uploads.c.sha256.is_(None))).rowcount
            if not gone:  # its last byte came meanwhile: it is being verified
                raise refuse(409, "此上传已完成，不能终止。", "This upload is finished; it cannot be terminated.", "upload")
            service.part(upload_id).unlink(missing_ok=True)
            service.lock(upload_id).unlink(missing_ok=True)
        return headers(Response(status_code=204))

    @files.get("/files/{upload_id}/receipt")
    def receipt(upload_id: str, laptop: Laptop = Depends(current_laptop)) -> Response:
        row = owned(upload_id, laptop)
        if row.receipt is None:
            if row.offset < row.length:
                raise refuse(409, f"上传未完成：{row.offset}/{row.length} 字节。", f"The upload is not complete: {row.offset} of {row.length} bytes.", "upload")
            # Being verified (423, ask again), or left unverified by a worker killed after the last byte: verified now.
            return Response(finish(upload_id, laptop), media_type="application/json")
        return Response(row.receipt, media_type="application/json")

    return files


@contextmanager
def locked(path) -> Iterator[None]:
    """The upload's lock file held by this request alone, whichever worker serves it (423 for another)."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise refuse(423, "另一请求正在处理此上传，请稍后重试。", "Another request is handling this upload; try again shortly.", "upload") from None
        yield
    finally:
        os.close(descriptor)


@contextmanager
def _writing(path) -> Iterator[int]:
    """The part file open for writing (-1 once it has been kept: the row then says what became of it)."""
    try:
        descriptor = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        yield -1
        return
    try:
        yield descriptor
    finally:
        os.close(descriptor)


class _Writer:
    """A PATCH body written to the part file and hashed by a thread of its own, 1 MiB at a time, while the event loop
    takes in the rest; the disk is asked to catch up as it goes (the fsync that acknowledges the chunk is then short).
    At most one block waits for the thread, so a request holds about 2 MiB whatever its size."""

    def __init__(self, descriptor: int, hashing):
        self.descriptor, self.hashing = descriptor, hashing
        self.received = 0  # bytes taken in
        self._block = bytearray()
        self._writing = ThreadPoolExecutor(1, "tus-write")
        self._flushing = ThreadPoolExecutor(1, "tus-flush")
        self._written: asyncio.Future | None = None
        self._flushed: Future | None = None

    async def add(self, data: bytes) -> None:
        self.received += len(data)
        self._block += data
        if len(self._block) >= FLUSH_EVERY:
            await self._hand_over()

    async def settle(self) -> int:
        """Every byte taken in written (not yet fsynced); the bytes written."""
        try:
            if self._block:
                await self._hand_over()
            if self._written is not None:
                await self._written
            if self._flushed is not None:
                await asyncio.wrap_future(self._flushed)
        finally:
            self._writing.shutdown(wait=False)
            self._flushing.shutdown(wait=False)
        return self.received

    async def _hand_over(self) -> None:
        block, self._block = self._block, bytearray()
        if self._written is not None:
            await self._written
        self._written = asyncio.wrap_future(self._writing.submit(self._write, block))

    def _write(self, block: bytearray) -> None:
        view = memoryview(block)
        while view:
            view = view[os.write(self.descriptor, view):]
        if self.hashing:
            self.hashing.update(block)
        if self._flushed is None or self._flushed.done():
            self._flushed = self._flushing.submit(os.fdatasync, self.descriptor)


def _advance(engine, upload_id: str, old: int, written: int) -> int:
    with engine.begin() as connection:
        moved = connection.execute(tables.uploads.update().where(tables.uploads.c.id == upload_id, tables.uploads.c.offset == old)
                                   .values(offset=old + written, received_bytes=tables.uploads.c.received_bytes + written)).rowcount
    if not moved:
        raise refuse(409, "偏移量已被另一请求改变。", "The offset was moved by another request.", "Upload-Offset")
    return old + written


def _used(connection, verifier: str) -> int:
    held = connection.execute(sa.select(sa.func.coalesce(sa.func.sum(tables.packages.c.size), 0))
                              .where(tables.packages.c.verifier == verifier)).scalar()
    open_uploads = connection.execute(
        sa.select(sa.func.coalesce(sa.func.sum(tables.uploads.c.length), 0)).select_from(tables.uploads.join(tables.laptops))
        .where(tables.laptops.c.verifier == verifier, tables.uploads.c.state == "open")).scalar()
    return int(held) + int(open_uploads)


def _metadata(header: str) -> dict[str, str]:
    found = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, value = pair.partition(" ")
        try:
            found[key] = base64.b64decode(value).decode() if value else ""
        except ValueError:
            raise refuse(400, f"Upload-Metadata 中 {key} 的值不是 base64。", f"Upload-Metadata: the value of {key} is not base64.", "Upload-Metadata") from None
    return found


def _checksum(header: str | None):
    if not header:
        return None
    algorithm, _, value = header.partition(" ")
    if algorithm not in ALGORITHMS:
        raise refuse(400, f"不支持的校验算法 {algorithm}。", f"Checksum algorithm {algorithm} is not supported.", "Upload-Checksum")
    try:
        return ALGORITHMS[algorithm], base64.b64decode(value, validate=True)
    except ValueError:
        raise refuse(400, "Upload-Checksum 的值不是 base64。", "The Upload-Checksum value is not base64.", "Upload-Checksum") from None


def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False
