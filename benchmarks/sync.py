"""Upload speed to head office (issue 18): a tus upload to the intake service against a plain HTTP PUT of the same bytes.

A package with ``--size`` MB of evidence (default 200, random bytes) is made on a laptop store. Measured in the same
run over loopback: the floor, one HTTP PUT of the package's bytes streamed to a bare uvicorn ASGI app that writes
them to a file and fsyncs it; then ``verifield serve`` (one worker, SQLite) taking the same bytes over tus in
chunks as the laptop sends them (1 MiB first, doubling while the link holds, up to 16 MiB; ``--chunk-mb`` fixes
the size instead), each checksummed and fsynced before it is acknowledged. Target: ≥ 0.5 × the floor's
throughput to the last byte acknowledged; the verification of the package and its signed receipt, which follow,
are timed and printed apart (a PUT to a bare app verifies nothing). Then an upload interrupted at 50 % (the service killed with SIGKILL, started again, the upload
resumed): target, the bytes sent in all ≤ the package + one chunk (the largest one may be). Figures are the medians of
``--runs`` (default 3).

Run: ``.venv/bin/python benchmarks/sync.py [--size MB] [--chunk-mb N] [--runs R]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from benchmarks.package import PASSPHRASE, laptop  # noqa: E402
from tests.intake.servers import Server, free_port  # noqa: E402

TARGET = 0.5


async def bare(scope, receive, send) -> None:
    """A bare ASGI app: the request body written to the file named by BARE_TARGET, fsynced, then 204."""
    if scope["type"] != "http":
        return
    with open(os.environ["BARE_TARGET"], "wb") as target:
        more = True
        while more:
            message = await receive()
            target.write(message.get("body", b""))
            more = message.get("more_body", False)
        target.flush()
        os.fsync(target.fileno())
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})


def floor(package: Path, folder: Path) -> float:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "benchmarks.sync:bare", "--port", str(port), "--log-level", "warning"],
                              cwd=Path(__file__).resolve().parents[1], env={**os.environ, "BARE_TARGET": str(folder / "put.bin")})
    try:
        while True:
            try:
                httpx.put(f"http://127.0.0.1:{port}/", content=b"")
                break
            except httpx.HTTPError:
                time.sleep(0.1)

        def chunks():
            with open(package, "rb") as reader:
                while block := reader.read(1 << 20):
                    yield block

        start = time.perf_counter()
        httpx.put(f"http://127.0.0.1:{port}/", content=chunks(), timeout=600).raise_for_status()
        return time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()


def main() -> int:
    from app.intake import enrolment
    from app.sync.http_transport import MAX_CHUNK, Connection, enrol

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200, help="MB of evidence (default 200)")
    parser.add_argument("--chunk-mb", type=int, default=None, help="a fixed chunk size (default: as the laptop sends)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = {"chunk_size": args.chunk_mb << 20, "max_chunk_size": args.chunk_mb << 20} if args.chunk_mb else {}
    chunk = sizes.get("max_chunk_size", MAX_CHUNK)
    with tempfile.TemporaryDirectory(prefix="verifield-bench-", dir=Path.home()) as scratch:
        work = Path(scratch)
        _sources, store, engagement_id, identity = laptop(work, args.size)
        from app.services import packages as package_services

        package = work / "package.vfpkg"
        package_services.make_package(store, engagement_id, package, identity.path, PASSPHRASE, [], "bench")
        store.close()
        size = package.stat().st_size
        (work / "head").mkdir()
        server = Server(work / "head", None).start()
        try:
            engine = server.engine()
            enrolled = enrol(server.url, enrolment.issue_token(engine, "bench", 1 << 40), identity.certificate_der, "bench", work / "laptop")
            floors, ours, verifying = [], [], []
            for _run in range(args.runs):
                floors.append(floor(package, work))
                connection = Connection(enrolled, **sizes)
                start = time.perf_counter()
                url = connection.create(size, {"engagement_id": engagement_id})
                connection.send(package, url)
                ours.append(time.perf_counter() - start)
                receipt = connection.receipt(url)
                verifying.append(time.perf_counter() - start - ours[-1])
                connection.close()
                assert receipt["status"] == "received", receipt
            first = Connection(enrolled, **sizes)
            url = first.create(size, {"engagement_id": engagement_id})

            def kill_half_way() -> None:
                part = server.data_dir / "uploads" / f"{url.rsplit('/', 1)[1]}.part"
                while not part.exists() or part.stat().st_size < size // 2:
                    time.sleep(0.001)
                server.kill()

            killer = threading.Thread(target=kill_half_way)
            killer.start()
            try:
                first.send(package, url)
                raise AssertionError("the upload was not interrupted")
            except Exception as error:  # noqa: BLE001 — the service was killed: the connection fails
                interrupted = repr(error)
            killer.join()
            server.start()
            second = Connection(enrolled, **sizes)
            receipt = second.upload(package, url)
            assert receipt["status"] == "received"
            sent = first.sent + second.sent
            engine.dispose()
        finally:
            server.stop()
    megabytes = size / 1e6
    floor_time, best = statistics.median(floors), statistics.median(ours)
    ratio = floor_time / best
    chunks = f"chunks of {args.chunk_mb} MiB" if args.chunk_mb else "chunks from 1 MiB growing to 16 MiB (as the laptop sends)"
    print(f"package {megabytes:,.1f} MB, {chunks}; median of {args.runs} runs")
    print(f"  floor (one HTTP PUT to a bare uvicorn app, fsynced): {floor_time:.2f} s  ({megabytes / floor_time:,.0f} MB/s)")
    print(f"  tus upload to the intake service, to the last byte acknowledged: {best:.2f} s  ({megabytes / best:,.0f} MB/s) = "
          f"{ratio:.2f} × the floor's throughput   target ≥ {TARGET}: {'ok' if ratio >= TARGET else 'UNDER TARGET'}")
    total = statistics.median(o + v for o, v in zip(ours, verifying))
    print(f"    then head office's verification until the signed receipt: {statistics.median(verifying):.2f} s; upload and receipt together "
          f"{total:.2f} s = {floor_time / total:.2f} × the floor's throughput (not the target's measure)")
    resent = sent / (size + chunk)
    print(f"  interrupted at 50 % ({interrupted[:60]}…), resumed: {sent / 1e6:,.1f} MB sent in all = {sent / size:.3f} × the package; "
          f"target ≤ package + one chunk: {'ok' if resent <= 1 else 'OVER TARGET'}")
    return 0 if ratio >= TARGET and resent <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
