"""What a laptop fetches on sync: ``GET /engagements/{id}/returns``, head office's review points, decisions and
certificate of one of its verifier's engagements, signed with the receipt key; ``GET /engagements/{id}/documents/{sha256}``,
an issued document (countersigned PDF) that document lists.

Only the laptops of the verifier whose packages of the engagement head office holds are served; anyone else, and
an engagement head office has written nothing back for yet, gets 404 (so another verifier's engagements are not
even confirmed to exist).
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Response
from fastapi.concurrency import run_in_threadpool

from app.intake.errors import refuse
from app.intake.receiving import Service
from app.sync import downloads, receipts

_SHA256 = re.compile(r"[0-9a-f]{64}")


def router(service: Service, current_laptop) -> APIRouter:
    routes = APIRouter()

    @routes.get("/engagements/{engagement_id}/returns")
    async def returns(engagement_id: str, laptop=Depends(current_laptop)) -> Response:
        def signed() -> str | None:
            path = downloads.path_of(service.data_dir, engagement_id)
            if path is None or service.owner_of(engagement_id) != laptop.verifier or not path.is_file():
                return None
            return receipts.sign(service.key, downloads.loads(path.read_bytes()))

        text = await run_in_threadpool(signed)
        if text is None:
            raise refuse(404, "总部尚无此项目发回的评审问题或决定。", "Head office has sent nothing back for this engagement yet.", "engagement_id")
        return Response(text, media_type="application/json")

    @routes.get("/engagements/{engagement_id}/documents/{sha256}")
    async def document(engagement_id: str, sha256: str, laptop=Depends(current_laptop)) -> Response:
        def read() -> bytes | None:
            if downloads.path_of(service.data_dir, engagement_id) is None or not _SHA256.fullmatch(sha256):
                return None
            path = downloads.document_path(service.data_dir, engagement_id, sha256)
            if service.owner_of(engagement_id) != laptop.verifier or not path.is_file():
                return None
            return path.read_bytes()

        data = await run_in_threadpool(read)
        if data is None:
            raise refuse(404, "总部没有此项目的这份签发文件。", "Head office holds no such issued document of this engagement.", "sha256")
        return Response(data, media_type="application/pdf")

    return routes
