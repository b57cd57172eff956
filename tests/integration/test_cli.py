"""The ``verifield`` command as a user runs it, in a separate process against a real data folder."""

import json
import os
import subprocess
import sys

import pytest

from app import __version__
from app.storage.migrations import HEAD


def verifield(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "VERIFIELD_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120)


def test_version():
    result = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True)
    assert result.stdout.strip() == f"Verifield {__version__}"


def test_demo_list_and_check(tmp_path):
    created = verifield("demo", data_dir=tmp_path / "env-dir")
    assert created.returncode == 0, created.stderr
    # --data-dir wins over the environment variable
    explicit = tmp_path / "explicit"
    assert verifield("--data-dir", str(explicit), "demo", data_dir=tmp_path / "env-dir").returncode == 0
    listed = json.loads(verifield("list", "--json", data_dir=tmp_path / "env-dir").stdout)
    assert len(listed) == 1
    assert listed[0]["code"].startswith("DEMO-") and listed[0]["is_demo"] and listed[0]["status"] == "planned"
    assert created.stdout.startswith("Made a demo engagement (演示项目 DEMO, invented data; it can be deleted): DEMO-")
    assert listed[0]["client_zh"] == "常州恒运精密机械有限公司"
    assert (explicit / "verifield.sqlite").exists()
    check = verifield("db", "check", data_dir=tmp_path / "env-dir")
    assert check.returncode == 0
    assert "integrity: ok" in check.stdout and f"schema version: {HEAD}" in check.stdout and "history chain: intact" in check.stdout


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path):
    """``verifield list | head``: output into a pipe whose reader has closed ends without a traceback."""
    assert verifield("demo", data_dir=tmp_path).returncode == 0
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes
    try:
        result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), "list"], stdout=write,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert result.returncode == 1 and result.stderr == "", result.stderr
    assert "cli list output closed" in (tmp_path / "logs" / "verifield.log").read_text(encoding="utf-8")


def test_db_check_fails_on_tampered_history(tmp_path):
    import sqlite3

    verifield("demo", data_dir=tmp_path)
    with sqlite3.connect(tmp_path / "verifield.sqlite") as c:
        c.execute("UPDATE history SET actor = 'someone else' WHERE seq = 3")
    check = verifield("db", "check", data_dir=tmp_path)
    assert check.returncode == 1
    assert "History entry 3 was altered." in check.stdout


def test_db_check_hashes_every_evidence_file_and_names_a_damaged_or_missing_one(tmp_path):
    """Packaging takes an evidence file's digest from its name; ``db check`` is where the laptop hashes them all."""
    from datetime import date

    from app.services import demo
    from app.services import fieldwork as fieldwork_services
    from app.storage.evidence_files import EvidenceFiles
    from app.storage.store import open_store

    store = open_store(tmp_path / "verifield.sqlite")
    engagement_id = demo.create_demo(store.uow(), "t", date(2026, 6, 1))
    sources = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for number, source in enumerate(sources):
        source.write_text(f"meter reading {number}\n" * 100, encoding="utf-8")
    files = EvidenceFiles(tmp_path / "evidence")
    stored = files.add_many(sources)
    attached = [fieldwork_services.Attached(s.sha256, p.name, s.size) for s, p in zip(stored, sources)]
    fieldwork_services.attach(store.uow(), engagement_id, fieldwork_services.evidence_for(attached, "t", date(2026, 3, 2)), "t")
    store.close()
    check = verifield("db", "check", data_dir=tmp_path)
    assert check.returncode == 0 and "evidence: 2 files referred to, all present and intact" in check.stdout
    damaged = files.path(stored[0].sha256)
    damaged.chmod(0o644)
    damaged.write_bytes(damaged.read_bytes().replace(b"0", b"8"))
    files.path(stored[1].sha256).unlink()
    check = verifield("db", "check", data_dir=tmp_path)
    assert check.returncode == 1
    assert "evidence: 2 files referred to, 2 missing or damaged (restore them from a backup)" in check.stdout
    assert all(f"{s.sha256[:12]}…" in check.stdout for s in stored)


def test_newer_store_gives_a_clear_error_not_a_traceback(tmp_path):
    import sqlite3

    verifield("demo", data_dir=tmp_path)
    with sqlite3.connect(tmp_path / "verifield.sqlite") as c:
        c.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = verifield("list", data_dir=tmp_path)
    assert result.returncode == 2
    assert "newer Verifield" in result.stderr and "Traceback" not in result.stderr


def test_calc_json_reports_verified_reported_and_the_verdict(tmp_path):
    assert verifield("demo", data_dir=tmp_path).returncode == 0
    result = verifield("calc", "DEMO-2026-0001", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    electricity = next(s for s in report["sources"] if s["method"] == "energy")
    # 18 200 MWh over the year × 0.5617 tCO2/MWh (East China grid 2022) = 10 222.94 tCO2
    assert electricity["verified"] == pytest.approx(10_222.94)
    assert electricity["difference"] == pytest.approx(10_265 - 10_222.94)
    grid = electricity["factors"]["factor"]
    assert (grid["library_id"], grid["checked"]) == ("cn-grid/East China grid/2022", False) and "MEE + NBS" in grid["source"]
    totals = report["totals"]
    assert totals["total"] == pytest.approx(sum(s["verified"] for s in report["sources"]))
    assert totals["direct"] + totals["indirect"] == pytest.approx(totals["total"])
    assert report["materiality"]["verdict"] == "not-material" and report["materiality"]["threshold_pct"] == 5.0
    assert report["neutrality"]["neutral"] is False and report["neutrality"]["shortfall"] > 0


def test_calc_of_an_unknown_engagement_says_so(tmp_path):
    result = verifield("calc", "VF-1999-0001", data_dir=tmp_path)
    assert result.returncode == 2 and "No engagement has the code or id VF-1999-0001" in result.stderr


def test_findings_commands_list_write_and_import_the_reply(tmp_path):
    """The findings from a shell: the list with the blocking rule, the form out and back, the report."""
    import openpyxl

    from app.domain.findings.reply import COLUMNS

    verifield("demo", data_dir=tmp_path)
    listed = verifield("findings", "DEMO-2026-0001", data_dir=tmp_path)
    assert listed.returncode == 0 and "NC-01" in listed.stdout and "blocking the final statement: NC-01" in listed.stdout
    form = tmp_path / "form.xlsx"
    assert verifield("findings-form", "DEMO-2026-0001", str(form), data_dir=tmp_path).stdout.endswith("3 findings\n")
    book = openpyxl.load_workbook(form)
    keys = [c.key for c in COLUMNS]
    book["Findings"].cell(4, keys.index("correction") + 1).value = "refill log added"
    book.save(form)
    refused = verifield("import-reply", "DEMO-2026-0001", str(form), data_dir=tmp_path)
    assert refused.returncode != 0 and "NC-01: fill in the root cause" in refused.stderr
    for key, text in (("root_cause", "no log"), ("corrective_action", "log kept monthly")):
        book["Findings"].cell(4, keys.index(key) + 1).value = text
    book.save(form)
    imported = verifield("import-reply", "DEMO-2026-0001", str(form), data_dir=tmp_path)
    assert imported.returncode == 0 and "1 new response, 1 unchanged, 1 not answered." in imported.stdout
    assert "NC-01  nonconformity" in verifield("findings", "DEMO-2026-0001", data_dir=tmp_path).stdout
    assert "response to evaluate" in verifield("findings", "DEMO-2026-0001", data_dir=tmp_path).stdout.splitlines()[0]
    report = tmp_path / "report.pdf"
    assert verifield("findings-report", "DEMO-2026-0001", str(report), "--language", "en", data_dir=tmp_path).returncode == 0
    assert report.read_bytes().startswith(b"%PDF")


def test_statement_is_printed_signed_verified_countersigned_and_a_wrong_passphrase_is_refused(tmp_path):
    """The demo's draft statement: `statement --sign` writes and signs it, `sign-pdf` adds head office's signature,
    `verify-pdf` names both signers (trusted through --trust); a wrong passphrase and a tampered file fail clearly."""
    data = tmp_path / "data"
    assert verifield("demo", data_dir=data).returncode == 0
    code = json.loads(verifield("list", "--json", data_dir=data).stdout)[0]["code"]
    (tmp_path / "pass").write_text("correct horse battery\n", encoding="utf-8")
    (tmp_path / "wrong").write_text("incorrect horse\n", encoding="utf-8")
    for name, who in (("lead", "王磊 Wang Lei"), ("head", "赵敏 Zhao Min")):
        made = verifield("identity", who, "--out", str(tmp_path / f"{name}.p12"), "--passphrase-file", str(tmp_path / "pass"), data_dir=data)
        assert made.returncode == 0, made.stderr
    pdf = tmp_path / "statement.pdf"
    sign = ("--sign", str(tmp_path / "lead.p12"), "--passphrase-file")

    refused = verifield("statement", code, "--out", str(pdf), *sign, str(tmp_path / "wrong"), data_dir=data)
    assert refused.returncode == 2 and "The passphrase is wrong" in refused.stderr and "Traceback" not in refused.stderr
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*unsigned")) == []  # nothing unsigned left behind

    printed = verifield("statement", code, "--out", str(pdf), *sign, str(tmp_path / "pass"), "--reason", "核证", data_dir=data)
    assert printed.returncode == 0, printed.stderr
    assert "draft 1, signed" in printed.stdout
    countersigned = verifield("sign-pdf", str(pdf), "--out", str(pdf), "--sign", str(tmp_path / "head.p12"), "--passphrase-file",
                              str(tmp_path / "pass"), data_dir=data)
    assert countersigned.returncode == 0, countersigned.stderr
    checked = verifield("verify-pdf", str(pdf), "--trust", str(tmp_path / "lead.cer"), "--trust", str(tmp_path / "head.cer"), data_dir=data)
    lines = checked.stdout.splitlines()
    assert checked.returncode == 0 and len(lines) == 3
    assert lines[0].startswith("Verifier: 王磊 Wang Lei signed") and "intact, valid, trusted" in lines[0]
    assert "only the Authoriser signature was added later" in lines[0]
    assert lines[1].startswith("Authoriser: 赵敏 Zhao Min signed") and "covers the entire file" in lines[1]
    assert lines[2] == f"{pdf}: Verified: all 2 signatures are intact, valid and trusted, and nothing after them changes the page."
    assert "Traceback" not in checked.stderr

    data_bytes = bytearray(pdf.read_bytes())
    data_bytes[data_bytes.index(b"/Producer") + 1] ^= 0x01
    pdf.write_bytes(bytes(data_bytes))
    broken = verifield("verify-pdf", str(pdf), data_dir=data)
    assert broken.returncode == 1 and broken.stdout.count("CHANGED since signing") == 2


def _demo_with_estimate(tmp_path, tonnes: float) -> None:
    """The demo with its NC-01 (the refrigerant the client did not report) settled by a conservative estimate."""
    from datetime import timedelta

    from app.services import engagements as services
    from app.services import findings as finding_services
    from app.storage.store import open_store

    assert verifield("demo", data_dir=tmp_path).returncode == 0
    store = open_store(tmp_path / "verifield.sqlite")
    engagement_id = services.find_engagement(store.uow(), "DEMO-2026-0001")
    nc = next(f for f in finding_services.list_findings(store.uow(), engagement_id) if f.label == "NC-01")
    finding_services.settle_by_estimate(store.uow(), engagement_id, nc.id, tonnes, "two refills", "tester", nc.due + timedelta(days=1))
    store.close()


def test_calc_includes_a_conservative_estimate_in_the_total_and_the_balance(tmp_path):
    assert verifield("demo", data_dir=tmp_path / "plain").returncode == 0
    before = json.loads(verifield("calc", "DEMO-2026-0001", "--json", data_dir=tmp_path / "plain").stdout)
    _demo_with_estimate(tmp_path / "estimated", 2_000.0)
    report = json.loads(verifield("calc", "DEMO-2026-0001", "--json", data_dir=tmp_path / "estimated").stdout)
    assert report["estimates"] == [{"finding": "NC-01", "tonnes": 2_000.0, "basis": "two refills", "source_id": report["estimates"][0]["source_id"]}]
    totals = report["totals"]
    assert totals["total"] == pytest.approx(before["totals"]["total"] + 2_000.0)
    assert totals["recalculated"] == pytest.approx(before["totals"]["total"]) == pytest.approx(totals["direct"] + totals["indirect"])
    assert totals["difference"] == pytest.approx(totals["reported"] - totals["total"])
    assert report["neutrality"]["shortfall"] == pytest.approx(before["neutrality"]["shortfall"] + 2_000.0)
    text = verifield("calc", "DEMO-2026-0001", data_dir=tmp_path / "estimated").stdout
    assert "NC-01 conservative estimate +2,000.00" in text and f"total verified {totals['total']:,.2f}" in text


def test_calc_gives_no_difference_for_a_source_with_nothing_reported_and_one_percentage_basis(tmp_path):
    assert verifield("demo", data_dir=tmp_path).returncode == 0
    report = json.loads(verifield("calc", "DEMO-2026-0001", "--json", data_dir=tmp_path).stdout)
    unreported = [s for s in report["sources"] if s["reported"] is None]
    assert unreported and all(s["difference"] is None and s["difference_pct"] is None for s in unreported)
    totals = report["totals"]
    assert totals["unreported"] == [s["id"] for s in unreported]
    assert totals["reported"] == pytest.approx(sum(s["reported"] for s in report["sources"] if s["reported"] is not None))
    assert totals["difference_pct"] == pytest.approx(100 * totals["difference"] / totals["reported"])
    assert report["materiality"]["pct_basis"] == totals["difference_pct_basis"] == "reported total"
    text = verifield("calc", "DEMO-2026-0001", data_dir=tmp_path).stdout
    assert "% of reported total" in text
    assert "not reported (outside the reported total): " + ", ".join(s["name"] for s in unreported) in text


def test_each_command_is_written_to_the_data_folders_log_by_name_and_outcome_only(tmp_path):
    data = tmp_path / "data"
    assert verifield("demo", data_dir=data).returncode == 0
    code = json.loads(verifield("list", "--json", data_dir=data).stdout)[0]["code"]
    assert verifield("calc", "NO-SUCH-CODE", data_dir=data).returncode == 2
    assert verifield("findings", code, data_dir=data).returncode == 0
    written = (data / "logs" / "verifield.log").read_text(encoding="utf-8")
    lines = [line for line in written.splitlines() if " cli " in line]
    assert [line.split(" cli ")[1].split(" in ")[0] for line in lines] == [
        "demo exit 0", "list exit 0", "calc refused (-)", "findings exit 0"]
    assert "常州" not in written and "恒运" not in written and "NO-SUCH-CODE" not in written and code not in written
