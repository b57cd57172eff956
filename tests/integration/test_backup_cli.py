"""``verifield backup`` and ``verifield restore`` as a user runs them, in a separate process on a real data folder."""

import json

from tests.integration.test_cli import verifield


def test_backup_then_restore_from_the_shell(tmp_path):
    data = tmp_path / "data"
    assert verifield("demo", data_dir=data).returncode == 0
    out = tmp_path / "usb" / "monday.sqlite"
    made = verifield("backup", "--out", str(out), data_dir=data)
    assert made.returncode == 0, made.stderr
    assert out.exists() and json.loads((tmp_path / "usb" / "monday.sqlite.json").read_text())["format"] == "verifield-backup 1"
    assert verifield("demo", data_dir=data).returncode == 0  # a second engagement, after the backup
    assert len(json.loads(verifield("list", "--json", data_dir=data).stdout)) == 2
    restored = verifield("restore", str(out), data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert "Restored from the backup" in restored.stdout and "已从备份恢复" in restored.stdout
    assert len(json.loads(verifield("list", "--json", data_dir=data).stdout)) == 1
    assert len(list(data.glob("verifield.before-restore-*.sqlite"))) == 1


def test_rotating_backup_and_a_refused_restore(tmp_path):
    data = tmp_path / "data"
    verifield("demo", data_dir=data)
    for _ in range(3):
        assert verifield("backup", "--keep", "2", data_dir=data).returncode == 0
    assert len(list((data / "backups").glob("verifield-backup-*.sqlite"))) == 2  # the last two; both made today
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    refused = verifield("restore", str(junk), data_dir=data)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(json.loads(verifield("list", "--json", data_dir=data).stdout)) == 1
