"""A real intake service for the tests: ``verifield serve`` in its own process on a free loopback port.

It can be killed (``kill -9``) and started again on the same port and data folder; on PostgreSQL each test gets
a database of its own in the throw-away cluster named by ``VERIFIELD_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from app.intake.db import database_url, engine_for

POSTGRES_ENV = "VERIFIELD_TEST_POSTGRES_URL"
ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def verifield(*arguments: str, data_dir: Path | None = None, check: bool = True, **options) -> subprocess.CompletedProcess:
    """``verifield …`` in a process of its own (the worktree's ``app``)."""
    command = [sys.executable, "-m", "app", *(["--data-dir", str(data_dir)] if data_dir else []), *arguments]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, **options)
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(arguments)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@dataclass
class Server:
    data_dir: Path
    database: str | None
    workers: int = 1
    tls: tuple[Path, Path] | None = None  # certificate and key (PEM)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    def database_arguments(self) -> list[str]:
        return ["--database-url", self.database] if self.database else []

    def start(self) -> "Server":
        with open(self.data_dir.parent / f"server-{self.port}.log", "ab") as log:  # the child keeps its own copy
            self.process = self._spawn(log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the intake service exited {self.process.returncode}: {(self.data_dir.parent / f'server-{self.port}.log').read_text()}")
            try:
                if httpx.get(self.url + "health", timeout=1, verify=False).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError("the intake service did not start within 60 s")

    def _spawn(self, log) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(self.port), "--data-dir", str(self.data_dir),
             "--workers", str(self.workers), *self.database_arguments(),
             *(["--tls-cert", str(self.tls[0]), "--tls-key", str(self.tls[1])] if self.tls else [])],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def kill(self) -> None:
        """``kill -9`` the service and every worker it started."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def token(self, verifier: str, quota_mb: int = 2048) -> str:
        done = verifield("intake", "token", verifier, "--data-dir", str(self.data_dir), "--quota-mb", str(quota_mb), *self.database_arguments())
        return done.stdout.strip()

    def engine(self) -> sa.Engine:
        return engine_for(database_url(self.data_dir, self.database))

    def rows(self, table: str) -> list[sa.Row]:
        engine = self.engine()
        try:
            with engine.connect() as connection:
                return list(connection.execute(sa.text(f"SELECT * FROM {table}")))
        finally:
            engine.dispose()


def postgres_database() -> tuple[str, str]:
    """A new empty database in the test cluster: its URL and name; a test fails (never skips) without the cluster."""
    admin = os.environ.get(POSTGRES_ENV)
    if not admin:
        pytest.fail(f"{POSTGRES_ENV} is not set: the intake service's tests run on PostgreSQL too. Start a throw-away "
                    "cluster with `bash .ci/postgres.sh` (as .ci/run does) and export the URL it prints.")
    name = f"verifield_{uuid.uuid4().hex[:12]}"
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin.rsplit("/", 1)[0] + "/" + name, name


def drop_postgres_database(name: str) -> None:
    import psycopg

    with psycopg.connect(os.environ[POSTGRES_ENV], autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
