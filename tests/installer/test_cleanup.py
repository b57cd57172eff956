"""The installer tests leave nothing in the temporary folder: a session run with the fixtures they use (a folder of
the session's made with ``throwaway``, each test's own folder) ends with no file left under its base folder."""

from __future__ import annotations

pytest_plugins = ["pytester"]


def test_a_session_with_the_installer_fixtures_leaves_no_file_behind(pytester):
    pytester.makeconftest('''
import pytest
from tests.installer.conftest import _own_folder_removed, throwaway  # noqa: F401 - the autouse fixture counts

@pytest.fixture(scope="session")
def big(tmp_path_factory):
    yield from throwaway(tmp_path_factory, "bundle")
''')
    pytester.makepyfile('''
def test_one(big, tmp_path):
    (big / "bundle.bin").write_bytes(b"x" * 1_000_000)
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "unpacked.bin").write_bytes(b"y" * 1000)

def test_two(big, tmp_path):
    assert (big / "bundle.bin").stat().st_size == 1_000_000  # one build for the whole session
    (tmp_path / "data.sqlite").write_bytes(b"z")
''')
    base = pytester.path / "basetemp"
    result = pytester.runpytest("-p", "no:cacheprovider", f"--basetemp={base}")
    result.assert_outcomes(passed=2)
    assert base.is_dir() and [p for p in base.rglob("*") if p.is_file()] == []
