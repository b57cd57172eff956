"""``verifield serve``: migrate the intake database, make the receipt key, then run uvicorn with W workers.

Plain HTTP is served on a loopback address only; anywhere else the service needs ``--tls-cert`` and ``--tls-key``.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.domain.kernel.text import DomainError, Text
from app.sync import receipts
from app.intake.app import DATA_DIR, DATABASE_URL
from app.intake.db import database_url, engine_for, migrate
from app.sync.loopback import is_loopback


def prepare(data_dir: Path, url: str | None):
    """The data folder made, the database at the newest schema, the receipt key there; the engine."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = engine_for(database_url(data_dir, url))
    migrate(engine)
    receipts.signing_key(data_dir)
    return engine


def serve(host: str, port: int, data_dir: Path, url: str | None = None, tls_cert: str | None = None,
          tls_key: str | None = None, workers: int = 1) -> None:
    import uvicorn

    if not (tls_cert and tls_key) and not is_loopback(host):
        raise DomainError(Text(f"{host} 不是本机回环地址：请用 --tls-cert 与 --tls-key 启用 TLS。",
                               f"{host} is not a loopback address: serve TLS with --tls-cert and --tls-key."), "host")
    prepare(data_dir, url).dispose()
    os.environ[DATA_DIR] = str(Path(data_dir).resolve())
    if url:
        os.environ[DATABASE_URL] = url
    else:
        os.environ.pop(DATABASE_URL, None)
    uvicorn.run("app.intake.app:from_environment", factory=True, host=host, port=port, workers=workers,
                ssl_certfile=tls_cert, ssl_keyfile=tls_key, log_level="warning", access_log=False)
