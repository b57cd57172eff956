"""The bundle, built once per test session by ``installer/build.py`` (what ``make bundle`` runs), and a way to run it.

The build takes about a minute on two cores; every installer test shares it.  The program is always run from an
unpacked copy of the Linux tarball, in a folder of its own, with no access to the source tree (another working
folder, no PYTHONPATH) and with a home, data and settings folders of the test's making.  Nothing stays in the
temporary folder: the build and its unpacked copy are removed at the end of the session, each test's own folder
(its data folders, the .deb unpacked, the Windows layout) at the end of the test.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Built:
    out: Path  # what build.py made: verifield/, the tarball, the .deb
    folder: Path  # the bundle folder out/verifield
    unpacked: Path  # the tarball unpacked: the program a verifier runs
    seconds: float


def throwaway(tmp_path_factory, name: str) -> Iterator[Path]:
    """A folder of the session's, removed with all it holds when the session ends (for a session fixture)."""
    folder = tmp_path_factory.mktemp(name)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _own_folder_removed(tmp_path) -> Iterator[None]:
    """Each installer test's temporary folder goes when the test ends (pytest would keep the last three sessions')."""
    yield
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Iterator[Built]:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: `pip install -e '.[bundle]'` (make test does)", pytrace=False)
    for out in throwaway(tmp_path_factory, "bundle"):
        started = time.monotonic()
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--out", str(out)], check=True, cwd=ROOT,
                       timeout=1200, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
        seconds = time.monotonic() - started
        print(f"\nbundle built in {seconds:.0f} s")
        for unpacked in throwaway(tmp_path_factory, "unpacked"):
            with tarfile.open(out / f"verifield-{__version__}-linux-{platform.machine()}.tar.gz") as archive:
                archive.extractall(unpacked, filter="tar")
            yield Built(out, out / "verifield", unpacked / f"verifield-{__version__}", seconds)


@pytest.fixture
def home(tmp_path) -> Path:
    """A home of the test's own: the user's data and config folders are under it (and must stay empty when told to)."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run(program: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run the built ``program`` as a verifier would, with ``home`` as their home folder."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("VERIFIELD_", "PYTHON", "XDG_"))}
    clean.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CONFIG_HOME=str(home / ".config"),
                 QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", **env)
    return subprocess.run([str(program), *args], cwd=home, env=clean, capture_output=True, text=True, timeout=120)
