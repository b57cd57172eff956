"""Fixtures of the intake tests: a running service on SQLite and on PostgreSQL, and laptops with a package queued.

Making a package (PDFs, signatures) takes seconds, so one laptop with its package in the outbox is made per
session and copied, whole, for each test that needs one.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services import outbox
from tests.integration.package_fixture import ACTOR, PASSPHRASE, laptop
from tests.intake.servers import Server, drop_postgres_database, postgres_database, verifield


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def start_server(tmp_path, backend):
    """Start intake services (``start_server(workers=1)``), each on its own data folder and database; all stopped after."""
    started, databases = [], []

    def start(workers: int = 1) -> Server:
        url = None
        if backend == "postgresql":
            url, name = postgres_database()
            databases.append(name)
        folder = tmp_path / f"head-office-{len(started)}"
        folder.mkdir()
        server = Server(folder, url, workers)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()
    for name in databases:
        drop_postgres_database(name)


@pytest.fixture
def server(start_server) -> Server:
    return start_server()


@dataclass
class Laptop:
    data_dir: Path
    certificate: Path
    identity: Path
    passphrase_file: Path
    engagement_id: str

    def item(self) -> outbox.Item:
        (only,) = outbox.items(self.data_dir)
        return only

    def enrol(self, server: Server, verifier: str = "张伟 Zhang Wei") -> None:
        verifield("enrol", server.url, "--token", server.token(verifier), "--cert", str(self.certificate), data_dir=self.data_dir)


def _made(folder: Path) -> Laptop:
    machine = laptop(folder)
    outbox.submit(machine.store, machine.engagement_id, machine.identity, PASSPHRASE, ACTOR)
    machine.store.close()
    return Laptop(machine.folder, machine.certificate, machine.identity, machine.passphrase_file, machine.engagement_id)


@pytest.fixture(scope="session")
def _queued_laptops(tmp_path_factory) -> list[Laptop]:
    return [_made(tmp_path_factory.mktemp("queued-laptop"))]


def _copy(original: Laptop, folder: Path) -> Laptop:
    shutil.copytree(original.data_dir.parent, folder)
    return Laptop(folder / original.data_dir.name, folder / original.certificate.name, folder / original.identity.name,
                  folder / original.passphrase_file.name, original.engagement_id)


@pytest.fixture
def queued_laptop(_queued_laptops, tmp_path) -> Laptop:
    """A laptop (its own copy) with the demo engagement's package queued in the outbox, not enrolled yet."""
    return _copy(_queued_laptops[0], tmp_path / "laptop-copy")


@pytest.fixture
def copy_laptop(_queued_laptops, tmp_path, tmp_path_factory):
    """``copy_laptop(n)``: a fresh copy of queued laptop ``n``; laptop 1 holds another engagement than laptop 0."""
    def copy(which: int = 0) -> Laptop:
        while len(_queued_laptops) <= which:
            _queued_laptops.append(_made(tmp_path_factory.mktemp("queued-laptop")))
        return _copy(_queued_laptops[which], tmp_path / f"laptop-{which}-{len(list(tmp_path.glob('laptop-*')))}")

    return copy
