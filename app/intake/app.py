"""The intake service's FastAPI application: enrolment, tus uploads, receipts, and what a laptop may ask.

Configured from the environment (``VERIFIELD_INTAKE_DATA_DIR``, ``VERIFIELD_INTAKE_DATABASE_URL``) so that each
uvicorn worker builds the same application (:func:`from_environment`, started by ``verifield serve``).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from starlette.datastructures import MutableHeaders

from app import __version__
from app.domain.kernel.text import DomainError
from app.intake import downloads, enrolment, publishing, tables, tus
from app.sync import receipts
from app.intake.db import database_url, engine_for
from app.intake.errors import refuse
from app.intake.receiving import Service

DATA_DIR, DATABASE_URL = "VERIFIELD_INTAKE_DATA_DIR", "VERIFIELD_INTAKE_DATABASE_URL"


class Enrolling(BaseModel):
    token: str
    certificate: str  # base64 DER of the verifier's signing certificate
    name: str = ""


def create_app(data_dir: Path, url: str | None = None) -> FastAPI:
    """The application serving ``data_dir`` with the database at ``url`` (migrated already by ``serve``)."""
    import base64

    service = Service(Path(data_dir), engine_for(database_url(Path(data_dir), url)))
    application = FastAPI(title="Verifield intake", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    application.state.service = service

    def current_laptop(authorization: str = Header(default="")) -> enrolment.Laptop:
        scheme, _, credential = authorization.partition(" ")
        laptop = enrolment.authenticate(service.engine, credential) if scheme.lower() == "bearer" and credential else None
        if laptop is None:
            raise refuse(401, "凭据无效或已注销。", "The credential is unknown or revoked.", "Authorization", {"WWW-Authenticate": "Bearer"})
        return laptop

    @application.get("/health")
    def health() -> dict:
        return {"service": "verifield-intake", "version": __version__}

    @application.post("/enrol")
    def enrol(body: Enrolling) -> dict:
        try:
            certificate = base64.b64decode(body.certificate, validate=True)
        except ValueError:
            raise refuse(400, "证书不是 base64。", "The certificate is not base64.", "certificate") from None
        try:
            laptop, credential = enrolment.enrol(service.engine, body.token, certificate, body.name)
        except DomainError as error:
            raise refuse(401 if error.field == "token" else 400, error.message.zh, error.message.en, error.field or "") from None
        return {"laptop_id": laptop.id, "verifier": laptop.verifier, "credential": credential, "quota_bytes": laptop.quota_bytes,
                "receipt_key": receipts.public_pem(service.key)}

    @application.get("/packages/{sha256}/receipt")
    def held(sha256: str, laptop: enrolment.Laptop = Depends(current_laptop)) -> Response:
        receipt = service.receipt_of(sha256.lower(), laptop.verifier)
        if receipt is None:
            raise refuse(404, "总部没有此数据包。", "Head office does not hold this package.", "sha256")
        return Response(receipt, media_type="application/json")

    @application.get("/engagements/{engagement_id}/evidence")
    async def evidence(engagement_id: str, laptop: enrolment.Laptop = Depends(current_laptop)) -> dict:
        """The evidence hashes of this verifier's engagement that head office holds (what a delta package may leave out)."""
        def held() -> list[str]:
            if service.owner_of(engagement_id) not in (None, laptop.verifier):
                raise refuse(403, "此项目属于另一位核查员。", "This engagement is another verifier's.", "engagement_id")
            with service.engine.connect() as connection:
                return sorted(connection.execute(sa.select(tables.evidence.c.sha256).where(tables.evidence.c.engagement_id == engagement_id)).scalars())

        return {"engagement_id": engagement_id, "evidence": await run_in_threadpool(held)}

    @application.get("/assignments")
    def assignments(laptop: enrolment.Laptop = Depends(current_laptop)) -> dict:
        """The engagements head office assigned to this laptop's verifier, each signed (:mod:`app.intake.publishing`)."""
        return {"assignments": publishing.assignments_of(service.engine, laptop.verifier)}

    @application.get("/updates")
    def updates(_laptop: enrolment.Laptop = Depends(current_laptop)) -> dict:
        """The newest signed factor-library and checklist-template update of each kind."""
        return {"updates": publishing.newest_updates(service.engine)}

    application.include_router(tus.router(service, current_laptop))
    application.include_router(downloads.router(service, current_laptop))

    application.add_middleware(TusHeader)
    return application


class TusHeader:
    """``Tus-Resumable`` on every answer under ``/files/``, refusals included. A plain ASGI middleware: a chunk's
    body streams through it untouched (Starlette's ``BaseHTTPMiddleware`` relays every piece through a queue)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith("/files/"):
            return await self.app(scope, receive, send)

        async def answering(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).setdefault("Tus-Resumable", tus.VERSION)
            await send(message)

        await self.app(scope, receive, answering)


def from_environment() -> FastAPI:
    """The application uvicorn's workers build (``serve`` sets the environment)."""
    return create_app(Path(os.environ[DATA_DIR]), os.environ.get(DATABASE_URL) or None)
