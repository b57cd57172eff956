"""The built program (from the Linux tarball) on its own: the version, the demo, the store check and the main window
on a fresh data folder; a folder encrypted and opened with its passphrase; every resource and migration inside it; an existing data folder left as it was, but for its
store's upgrade, made after a backup of it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from PIL import Image

from app import __version__, logs
from app.storage import backups, migrations
from tests.installer.conftest import ROOT, run

SAVED = ROOT / "tests" / "data"


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative path, with its SHA-256; SQLite's own ``-wal`` and ``-shm`` beside the
    store left out (it makes them on opening; the program ends with the log empty, every change in the store)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return list(connection.iterdump())


def test_every_resource_the_program_reads_and_every_migration_is_inside(built):
    inside = built.unpacked / "_internal"
    wanted = {p: p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*")
              if p.is_file() and p.suffix != ".ts" and (p.name != "README.md" or p.parent.name == "fonts")}
    wanted.update({p: p.relative_to(ROOT) for p in (ROOT / "app" / "storage" / "migrations").rglob("*.py")})
    assert len(wanted) > 20
    for source, relative in wanted.items():
        assert (inside / relative).read_bytes() == source.read_bytes(), relative
    assert not list(inside.rglob("*.ts"))  # the translators' sources stay out


def test_version_demo_and_db_check_on_a_fresh_data_folder(built, home):
    program = built.unpacked / "verifield"
    said = run(program, home, "--version")
    assert (said.returncode, said.stdout.strip()) == (0, f"Verifield {__version__}")
    assert list(home.rglob("*")) == []  # asking the version makes no folder, no settings

    made = run(program, home, "demo")
    assert made.returncode == 0, made.stderr
    assert "DEMO-2026-0001" in made.stdout and "常州恒运精密机械有限公司" in made.stdout
    store = home / ".local" / "share" / "Verifield" / "verifield.sqlite"  # the user's data folder (platformdirs)
    assert store.is_file()

    checked = run(program, home, "db", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines() == [f"store: {store}", f"schema version: {migrations.HEAD}", "integrity: ok",
                                           "history chain: intact", "evidence: 0 files referred to, all present and intact"]
    listed = run(program, home, "list")
    assert listed.returncode == 0 and listed.stdout.startswith("DEMO-2026-0001\t")


def test_the_bundle_encrypts_a_data_folder_and_opens_it_only_with_the_passphrase(built, home, tmp_path):
    """SQLCipher, Argon2id and the sealing are inside the bundle: it encrypts a folder, refuses it without the
    passphrase (a message, no traceback), and checks it with the passphrase."""
    program, data, passphrase = built.unpacked / "verifield", tmp_path / "data", tmp_path / "pass.txt"
    passphrase.write_text("a verifier's passphrase\n", encoding="utf-8")
    assert run(program, home, "--data-dir", str(data), "demo").returncode == 0
    done = run(program, home, "--data-dir", str(data), "encrypt", "--passphrase-file", str(passphrase), "--no-recovery-key")
    assert done.returncode == 0, done.stdout + done.stderr
    store = data / "verifield.sqlite"
    assert not store.read_bytes().startswith(b"SQLite format 3") and b"\xe5\xb8\xb8\xe5\xb7\x9e" not in store.read_bytes()  # 常州
    refused = run(program, home, "--data-dir", str(data), "db", "check")
    assert refused.returncode == 2 and "needs its passphrase" in refused.stderr and "Traceback" not in refused.stderr
    checked = run(program, home, "--data-dir", str(data), "--passphrase-file", str(passphrase), "db", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "integrity: ok" in checked.stdout and "history chain: intact" in checked.stdout


def test_the_main_window_offscreen_in_chinese_and_english(built, home, tmp_path):
    program, data = built.unpacked / "verifield", tmp_path / "data"
    assert run(program, home, "--data-dir", str(data), "demo").returncode == 0
    shots = {}
    for language in ("zh", "en"):  # Chinese needs the bundled translations: a missing .qm stops the start
        config, shots[language] = tmp_path / f"config-{language}", tmp_path / f"main-window-{language}.png"
        config.mkdir()
        (config / "settings.ini").write_text(f"[ui]\nlanguage={language}\n", encoding="utf-8")
        shown = run(program, home, "--data-dir", str(data), VERIFIELD_SCREENSHOT=str(shots[language]),
                    VERIFIELD_CONFIG_DIR=str(config))
        assert shown.returncode == 0, shown.stderr
        picture = Image.open(shots[language]).convert("RGB")
        assert picture.width >= 800 and picture.height >= 500
        assert len(picture.getcolors(1 << 20)) > 50  # text, a table, a toolbar: not one flat colour
        shutil.copy(shots[language], built.out / shots[language].name)  # kept with the build, to look at
    menus = [Image.open(shots[language]).crop((0, 0, 400, 50)).tobytes() for language in ("zh", "en")]
    assert menus[0] != menus[1]  # 文件 编辑 帮助, not File Edit Help


def test_the_statement_pdf_with_its_wording_and_the_bundled_font(built, home, tmp_path):
    """The wording (resources/statements) is read when the statement is made: printing it fails without the file."""
    program, data, pdf = built.unpacked / "verifield", tmp_path / "data", tmp_path / "statement.pdf"
    assert run(program, home, "--data-dir", str(data), "demo").returncode == 0
    made = run(program, home, "--data-dir", str(data), "statement", "DEMO-2026-0001", "--out", str(pdf))
    assert made.returncode == 0, made.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "常州恒运精密机械有限公司" in text and "DEMO" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "+WenQuanYiMicroHei" in fonts  # embedded (subset) from resources/fonts inside the bundle


def test_an_existing_data_folder_is_left_as_it_was_but_for_the_upgrade_after_its_backup(built, home, tmp_path):
    program, data = built.unpacked / "verifield", tmp_path / "data"
    (data / "evidence" / "ab").mkdir(parents=True)
    shutil.copy(SAVED / "schema_0001.sqlite", data / "verifield.sqlite")  # the oldest release's store
    (data / "evidence" / "ab" / "abcdef").write_bytes(b"a photo's bytes")
    (data / "my notes.txt").write_text("the verifier's own file", encoding="utf-8")
    before, old_dump = _files(data), _dump(data / "verifield.sqlite")

    assert run(program, home, "--data-dir", str(data), "--version").returncode == 0
    assert _files(data) == before

    shown = run(program, home, "--data-dir", str(data), VERIFIELD_SCREENSHOT=str(tmp_path / "window.png"))
    assert shown.returncode == 0, shown.stderr  # the first start of the new version, as a verifier makes it
    after = _files(data)
    new = [name for name in after if name not in before]
    [backup] = [name for name in new if name.startswith("verifield.before-upgrade-from-0001-")]
    assert backup.endswith(".sqlite")
    assert _dump(data / backup) == old_dump  # the backup is the store as it was
    # besides it, only the program's own folders: the rotating backup made at start, and the log
    assert [name for name in new if name != backup and not name.startswith((f"{backups.FOLDER}/", f"{logs.FOLDER}/"))] == []
    assert {k: v for k, v in after.items() if k in before and k != "verifield.sqlite"} == \
        {k: v for k, v in before.items() if k != "verifield.sqlite"}
    log = data / "verifield.sqlite-wal"
    assert not log.exists() or log.stat().st_size == 0  # every change is in the store itself
    with closing(sqlite3.connect(data / "verifield.sqlite")) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (migrations.HEAD,)

    checked = run(program, home, "--data-dir", str(data), "db", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    logged = f"{logs.FOLDER}/{logs.NAME}"
    assert {k: v for k, v in _files(data).items() if k != logged} == {k: v for k, v in after.items() if k != logged}
    assert " cli db exit 0 " in (data / logged).read_text(encoding="utf-8")  # an up-to-date store: only the log written
