"""``make bundle``: build Verifield's one-folder bundle for this platform, then what a verifier installs from it.

    python installer/build.py [--out DIR]

Always: ``DIR/verifield/`` (PyInstaller, from ``installer/verifield.spec``). Then, on Linux, the tarball
``verifield-VERSION-linux-MACHINE.tar.gz`` and, where ``dpkg-deb`` is installed, ``verifield_VERSION_ARCH.deb``;
on Windows, where ``makensis`` is on the PATH, ``verifield-VERSION-setup.exe`` from ``installer/windows/verifield.nsi``.
Written with pathlib and the standard library only, so that it runs on Windows as it does on Linux.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import APP_NAME, __version__  # noqa: E402  (the one source of the name and version)
from installer.linux import write_deb  # noqa: E402

NAME = APP_NAME.lower()


def bundle(out: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder ``out/verifield``."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(out), "--workpath", str(out / "work"), str(ROOT / "installer" / f"{NAME}.spec")]
    subprocess.run(command, check=True, cwd=ROOT)
    return out / NAME


def tarball(folder: Path, out: Path) -> Path:
    """The bundle as ``verifield-VERSION/`` in a gzipped tarball, written under a temporary name then renamed."""
    target = out / f"{NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:  # level 9 takes twice as long for 2 % less
        archive.add(folder, arcname=f"{NAME}-{__version__}")
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return target


def windows_installer(folder: Path, out: Path) -> Path:
    """The NSIS installer made from the bundle folder."""
    target = out / f"{NAME}-{__version__}-setup.exe"
    subprocess.run(["makensis", "-V2", f"-DVERSION={__version__}", f"-DBUNDLE={folder}", f"-DOUTFILE={target}",
                    str(ROOT / "installer" / "windows" / f"{NAME}.nsi")], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "dist"), help="folder to build in (default dist/)")
    out = Path(parser.parse_args(argv).out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    folder = _timed(bundle, out)
    if sys.platform.startswith("linux"):
        _timed(tarball, folder, out)
        if shutil.which("dpkg-deb"):
            _timed(write_deb, folder, out, __version__)
    elif sys.platform == "win32" and shutil.which("makensis"):
        _timed(windows_installer, folder, out)
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


def _timed(step, *args) -> Path:
    """Run one step of the build, printing what it made and how long it took."""
    started = time.monotonic()
    made = step(*args)
    print(f"{made}  ({time.monotonic() - started:.0f} s)", flush=True)
    return made


if __name__ == "__main__":
    raise SystemExit(main())
