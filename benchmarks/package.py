"""Audit package speed (issue 17): packaging and import verification against copying and hashing the same files.

A laptop store holds the demo engagement with ``--size`` MB of evidence (default 2,000, the issue's figure),
mixed 3 MB "photos" (.jpg) and PDFs, random bytes so that nothing compresses. Measured in the same run, on the
same disk: the floor (``shutil.copyfile`` of every evidence file and SHA-256 of the copy), then making the package
(``make_package``: the engagement's rows, the workbook and PDFs it prints and signs, the bag written and hashed,
the tag manifest signed), the same encrypted to an age key, and verifying each package as an import does
(``opened``: read through the age wrapping, decrypted as it is read, every member hashed, signature, schema, history). Each figure is the median of ``--runs``
(default 3), the floor's too. Target: each throughput ≥ 0.7 × the floor's. Printing and signing the documents
costs a second or two whatever the evidence (made in a thread while the evidence streams, so only partly on the
clock), which counts against ours (a small ``--size`` understates ours); alone, it is printed apart. Also the raw
speed of age on this machine (ours, :mod:`app.sync.age`, and pyrage's for comparison), encrypting and decrypting
the evidence's volume from file to file, which bounds the encrypted figures from above. What each run wrote (the floor's copies, the packages) is removed after it,
off the clock: on this machine freeing 2 GB takes a second or more. The machine's other load moves every figure; the ratios, measured
side by side, move less.

Also printed, beside each ratio and not the target's: the same copies each flushed to the disk (``fsync``), as the
package is flushed before it takes its name (a kill or a power cut must never leave a half package under it); on a
disk that writes slower than the page cache takes, the flushed copy, not the plain one, bounds the package's speed.

``--encrypted``: the laptop's data folder is encrypted (``benchmarks/encrypted.py``): the store is SQLCipher and the
evidence sealed, read through its seal as it is packaged; the floor stays the plain copy.

Run: ``.venv/bin/python benchmarks/package.py [--size MB] [--runs R] [--encrypted]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyrage  # noqa: E402

from benchmarks import encrypted as benchmark_folder  # noqa: E402

from app.reports.identity import create_identity  # noqa: E402
from app.services import demo
from app.services import fieldwork as fieldwork_services  # noqa: E402
from app.services import packages as package_services  # noqa: E402
from app.sync import age, encryption  # noqa: E402
from app.storage.evidence_files import EvidenceFiles  # noqa: E402
from app.storage.store import open_store  # noqa: E402

FILE_BYTES = 3_000_000
TARGET = 0.7
PASSPHRASE = "benchmark passphrase"


def evidence(folder: Path, size_mb: int) -> list[Path]:
    """Distinct random files of 3 MB with a JPEG's or a PDF's first bytes (every third a PDF), adding up to ``size_mb``."""
    folder.mkdir()
    block = bytearray(os.urandom(FILE_BYTES))
    paths = []
    for i in range(max(1, size_mb * 1_000_000 // FILE_BYTES)):
        pdf = i % 3 == 2
        block[:12] = (b"%PDF-1.7" if pdf else b"\xff\xd8\xff\xe0\0\x10JF") + i.to_bytes(4, "big")
        path = folder / (f"scan_{i:05}.pdf" if pdf else f"IMG_{i:05}.jpg")
        path.write_bytes(block)
        paths.append(path)
    return paths


def laptop(work: Path, size_mb: int, encrypted: bool = False):
    """A laptop store in ``work`` with the demo engagement, ``size_mb`` MB of evidence attached, and a lead verifier's
    identity; ``encrypted``: in an encrypted data folder (the store SQLCipher, the evidence sealed)."""
    sources = evidence(work / "files", size_mb)
    store = open_store(benchmark_folder.data_folder(work / "laptop", encrypted) / "verifield.sqlite")
    engagement_id = demo.create_demo(store.uow(), "bench", date(2026, 6, 1))
    stored = EvidenceFiles(work / "laptop" / "evidence").add_many(sources)
    attached = [fieldwork_services.Attached(s.sha256, p.name, s.size) for s, p in zip(stored, sources)]
    fieldwork_services.attach(store.uow(), engagement_id, fieldwork_services.evidence_for(attached, "bench", date(2026, 6, 1)), "bench")
    return sources, store, engagement_id, create_identity(work / "lead.p12", "张伟", "核查组长", "", "", PASSPHRASE)


def timed(action) -> float:
    if hasattr(os, "sync"):
        os.sync()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def floor(sources: list[Path], folder: Path, flushed: bool = False) -> None:
    """Copy and hash every file; ``flushed``: each copy also put on the disk (fsync), as the package must be."""
    folder.mkdir()
    for source in sources:
        shutil.copyfile(source, folder / source.name)
        with open(folder / source.name, "rb") as copy:
            hashlib.file_digest(copy, "sha256")
            if flushed:
                os.fsync(copy.fileno())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="MB of evidence (default 2000, the issue's figure)")
    parser.add_argument("--runs", type=int, default=3)
    benchmark_folder.add_option(parser, "the store SQLCipher, the evidence sealed and read through its seal")
    args = parser.parse_args()
    if args.encrypted:
        benchmark_folder.announce("the laptop's store and evidence (the floor copies the plain files)")
    with tempfile.TemporaryDirectory(prefix="verifield-bench-", dir=Path.home()) as scratch:
        work = Path(scratch)
        sources, store, engagement_id, identity = laptop(work, args.size, args.encrypted)
        trust = package_services.Trust([identity.certificate_der])
        key = age.Identity.generate()
        (work / "head.key").write_text(f"{key}\n")
        volume = sum(p.stat().st_size for p in sources) / 1e9
        packages = {"plain": work / "plain.vfpkg", "encrypted": work / "sealed.vfpkg"}
        recipients = {"plain": [], "encrypted": [str(key.to_public())]}
        times: dict[str, list[float]] = {}
        flushed: list[float] = []  # the floor with every copy flushed to the disk: printed, not the target's
        for _run in range(args.runs):
            times.setdefault("floor", []).append(timed(lambda: floor(sources, work / "copy")))
            shutil.rmtree(work / "copy")  # off the clock, as each package is once verified
            flushed.append(timed(lambda: floor(sources, work / "copy", flushed=True)))
            shutil.rmtree(work / "copy")
            for name, path in packages.items():
                times.setdefault(f"package {name}", []).append(timed(lambda: package_services.make_package(
                    store, engagement_id, path, identity.path, PASSPHRASE, recipients[name], "bench")))

                def verify(path=path):
                    with package_services.opened(path, [work / "head.key"], trust):
                        pass

                times.setdefault(f"verify {name}", []).append(timed(verify))
                path.unlink()  # so that the next run writes a new file instead of freeing this one on its clock
        documents = statistics.median(timed(lambda: package_services._documents(store, engagement_id, Path(tempfile.mkdtemp(dir=work)),
                                                                                 identity.path, PASSPHRASE, None, None)) for _ in range(args.runs))
        alone = {"age encrypt (ours)": [], "age decrypt (ours)": [], "age encrypt (pyrage)": [], "age decrypt (pyrage)": []}
        whole = work / "whole.bin"
        with open(whole, "wb") as joined:
            for source in sources:
                joined.write(source.read_bytes())
        theirs = pyrage.x25519.Identity.from_str(str(key))
        for _run in range(args.runs):
            alone["age encrypt (ours)"].append(timed(lambda: _encrypt_file(whole, work / "whole.age", key.to_public())))
            alone["age decrypt (ours)"].append(timed(lambda: encryption.decrypt(work / "whole.age", work / "whole.out", [key])))
            alone["age encrypt (pyrage)"].append(timed(lambda: pyrage.encrypt_file(str(whole), str(work / "whole.age"), [theirs.to_public()])))
            alone["age decrypt (pyrage)"].append(timed(lambda: pyrage.decrypt_file(str(work / "whole.age"), str(work / "whole.out"), [theirs])))
        store.close()
        benchmark_folder.forget(work / "laptop")
    floor_time = statistics.median(times["floor"])
    print(f"{len(sources)} evidence files, {volume:.2f} GB; median of {args.runs} runs")
    print(f"  floor (copy + SHA-256 of the copy): {floor_time:.2f} s  ({volume / floor_time:.2f} GB/s)   runs: {_runs(times['floor'])}")
    flushed_time = statistics.median(flushed)
    print(f"  the same copies flushed to the disk (fsync, as a package is before it takes its name; not the target's floor): "
          f"{flushed_time:.2f} s ({volume / flushed_time:.2f} GB/s)   runs: {_runs(flushed)}")
    ok = True
    for name, measured in times.items():
        if name == "floor":
            continue
        median = statistics.median(measured)
        ratio = floor_time / median
        ok &= ratio >= TARGET
        print(f"  {name}: {median:.2f} s  ({volume / median:.2f} GB/s) = {ratio:.2f} × the floor's throughput   "
              f"target ≥ {TARGET}: {'ok' if ratio >= TARGET else 'UNDER TARGET'}   "
              f"({flushed_time / median:.2f} × the flushed copy's)   runs: {_runs(measured)}")
    print(f"  printing and signing the documents alone: {documents:.2f} s (whatever the evidence)")
    for name, measured in alone.items():
        median = statistics.median(measured)
        print(f"  {name} alone, file to file: {median:.2f} s ({volume / median:.2f} GB/s) = {floor_time / median:.2f} × the floor's throughput")
    return 0 if ok else 1


def _encrypt_file(source: Path, target: Path, recipient) -> None:
    with open(source, "rb", buffering=0) as reader, open(target, "wb") as out:
        writer = age.Encrypting(out, [recipient])
        while block := reader.read(1 << 20):
            writer.write(block)
        writer.finish()
        writer.close()


def _runs(measured: list[float]) -> str:
    return " ".join(f"{t:.2f}" for t in measured)


if __name__ == "__main__":
    sys.exit(main())
