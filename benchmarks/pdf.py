"""PDF speed (issue: signed verification statement, certificate and report).

1. The verification statement of the demo-sized engagement, bilingual — target ≤ 1 s;
   and the same statement signed with pyHanko (reported, no target).
2. A verification report of about 100 pages (3,000 sources and 300 findings) — target ≤ 5 s.

Each is also shown against a floor measured in the same run: reportlab laying
out the same text (read back from our PDF) as plain paragraphs in the same
embedded font, with no tables, wording, signature fields or page furniture.
Each figure is the best of three.
3. The statement of the demo engagement printed from a real store, as the Statement page prints it (its version and
   facts read from the store, then written) — target ≤ 1 s, against the same floor.
   ``--encrypted`` puts that store in an encrypted data folder (SQLCipher, see ``benchmarks/encrypted.py``); the PDFs
   are written where the verifier chooses, outside the data folder, so they stay plain either way.
Run: ``make bench`` (or ``.venv/bin/python benchmarks/pdf.py [--encrypted]``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

from app.domain.engagement.engagement import Engagement  # noqa: E402
from app.domain.engagement.organisation import Organisation  # noqa: E402
from app.domain.findings.finding import Kind, Severity, raise_finding  # noqa: E402
from app.domain.inventory.calculation import Recalculator  # noqa: E402
from app.domain.inventory.neutrality import balance  # noqa: E402
from app.domain.inventory.snapshot import Calculation, Inventory  # noqa: E402
from app.domain.kernel.choices import GwpReport  # noqa: E402
from app.domain.statement.facts import statement_facts  # noqa: E402
from app.domain.statement.statement import Statement  # noqa: E402
from app.reports.identity import create_identity  # noqa: E402
from app.reports.pdf import para, styles  # noqa: E402
from app.reports.signing import sign_pdf  # noqa: E402
from app.reports.statement_pdf import write_statement  # noqa: E402
from app.reports.verification_report_pdf import write_verification_report  # noqa: E402
from app.services.statement_documents import Document, print_document  # noqa: E402
from app.storage.reference import gwp_table  # noqa: E402
from benchmarks import encrypted as benchmark_folder  # noqa: E402
from benchmarks.recalc import best_of, inventory  # noqa: E402

NOW = datetime(2026, 11, 21, 9, 0).astimezone()
SECTION = "核查组审阅了全部结算单并与计量器具读数逐月核对；证据完整、准确。 / Every invoice was checked against the meters. "


def case(sources: int, findings: int):
    """A statement and the facts and findings of an engagement with ``sources`` sources."""
    items, records = inventory(count=sources)
    client = Organisation(name_zh="基准测试有限公司", name_en="Bench Co., Ltd.", address="江苏省常州市武进区 1 号", contact_name="周敏")
    engagement = Engagement(client.id, code="VF-2026-9999", title="2025 年度温室气体核查 / 2025 GHG verification",
                            criteria=("ISO 14064-1:2018", "GB/T 32150-2015"), period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))
    recalculator = Recalculator(items, records, gwp_table(), GwpReport.AR6, 5.0)
    results = recalculator.results
    calculation = Calculation(Inventory(engagement, items, records, [], []), results, balance(results.total, [], None, [], client_names=(client.name_zh, client.name_en)), recalculator)
    held = [replace(raise_finding(Kind.NONCONFORMITY, f"{SECTION}（{n}）", "王磊", date(2026, 3, 2), severity=Severity.MINOR), number=n)
            for n in range(1, findings + 1)]
    statement = Statement(number="VS-VF-2026-9999", evidence_review=SECTION * 3, procedures=SECTION * 2, contact="王磊 · wang@example.cn")
    return statement, statement_facts(calculation, client, held), held


def demo_store(folder: Path, encrypted: bool = False):
    """A store in the data folder ``folder`` (encrypted if asked) holding the demo engagement; returns it and its id."""
    from app.paths import database_path
    from app.services import demo
    from app.storage.store import open_store

    store = open_store(database_path(benchmark_folder.data_folder(folder, encrypted)))
    return store, demo.create_demo(store.uow(), "bench")


def floor(source: Path, target: Path) -> None:
    """reportlab alone: the text of ``source``, a paragraph per line, in the same font."""
    s = styles("both")
    story = [para(line, s.body) for page in PdfReader(source).pages for line in page.extract_text().splitlines()]
    SimpleDocTemplate(str(target), pagesize=A4).build(story)


def report(label: str, ours: float, base: float, target: float, pages: int) -> None:
    verdict = "ok" if ours <= target else "OVER TARGET"
    print(f"{label}: {pages} pages in {ours:.2f} s (target ≤ {target:g} s, {verdict}); reportlab alone {base:.2f} s, ratio {ours / base:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    benchmark_folder.add_option(parser, "the store the demo statement is printed from encrypted with SQLCipher")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        if options.encrypted:
            benchmark_folder.announce("the store the demo statement is printed from is encrypted (SQLCipher); the floors stay plain")
        statement, facts, _ = case(sources=6, findings=3)
        out = folder / "statement.pdf"
        started = time.perf_counter()
        write_statement(out, statement, facts, NOW)
        print(f"first statement of the process (loads and registers the font): {time.perf_counter() - started:.2f} s")
        ours = best_of(3, lambda: write_statement(out, statement, facts, NOW))
        base = best_of(3, lambda: floor(out, folder / "floor.pdf"))
        report("statement", ours, base, 1.0, len(PdfReader(out).pages))
        identity = create_identity(folder / "id.p12", "王磊 Wang Lei", "核查组长", "Verifield", "", "correct horse battery")
        signed = best_of(3, lambda: sign_pdf(out, folder / "signed.pdf", identity.path, "correct horse battery", field="Verifier", reason="bench"))
        print(f"signing the statement: {signed:.2f} s")

        statement, facts, held = case(sources=3000, findings=300)
        out = folder / "report.pdf"
        ours = best_of(3, lambda: write_verification_report(out, statement, facts, held, NOW))
        base = best_of(3, lambda: floor(out, folder / "floor.pdf"))
        report("verification report", ours, base, 5.0, len(PdfReader(out).pages))

        store, engagement_id = demo_store(folder / "data", options.encrypted)
        out = folder / "demo-statement.pdf"
        ours = best_of(3, lambda: print_document(store.uow(), engagement_id, Document.STATEMENT, out, NOW))
        store.close()
        benchmark_folder.forget(folder / "data")
        base = best_of(3, lambda: floor(out, folder / "floor.pdf"))
        report(f"demo statement printed from the {'encrypted ' if options.encrypted else ''}store", ours, base, 1.0, len(PdfReader(out).pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
