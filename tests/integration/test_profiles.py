"""Profiles from the command line: each person's own data folder, picked with --profile; an unknown name is a usage
error naming the profiles there are."""

import json

from tests.integration.test_cli import verifield


def test_each_profile_has_its_own_data_folder(tmp_path):
    data = tmp_path / "data"
    made = verifield("profile", "add", "王磊 Wang Lei", data_dir=data)
    assert made.returncode == 0, made.stderr
    assert verifield("profile", "add", "Li Na", "--folder", str(tmp_path / "li"), data_dir=data).returncode == 0
    assert "already a profile" in verifield("profile", "add", "Li Na", data_dir=data).stderr
    listed = verifield("profile", "list", data_dir=data).stdout.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["王磊 Wang Lei", "Li Na"]
    assert verifield("--profile", "Li Na", "demo", data_dir=data).returncode == 0
    assert (tmp_path / "li" / "verifield.sqlite").exists()
    assert len(json.loads(verifield("--profile", "Li Na", "list", "--json", data_dir=data).stdout)) == 1
    assert json.loads(verifield("--profile", "王磊 Wang Lei", "list", "--json", data_dir=data).stdout) == []
    # beside the default data folder, not in it: encrypting that folder leaves no other person's plain files inside
    assert (tmp_path / "data profiles" / "王磊-Wang-Lei").is_dir() and not (data / "profiles").exists()
    unknown = verifield("--profile", "Nobody", "list", data_dir=data)
    assert unknown.returncode == 2 and "There is no profile named “Nobody” (there are: 王磊 Wang Lei, Li Na)" in unknown.stderr
    assert "Traceback" not in unknown.stderr
