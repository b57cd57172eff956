"""What a verifier installs: the Linux tarball and .deb made from the bundle, and the Windows installer script,
compiled with NSIS against a folder of the Windows bundle's layout (PyInstaller cannot cross-build) and listed."""

from __future__ import annotations

import re
import shutil
import subprocess

from app import __version__
from installer.linux import MIME_TYPE, debian_architecture
from tests.installer.conftest import ROOT, run

SCRIPT = ROOT / "installer" / "windows" / "verifield.nsi"


def test_the_deb_installs_the_program_a_command_a_menu_entry_and_the_package_type(built, home, tmp_path):
    deb = built.out / f"verifield_{__version__}_{debian_architecture()}.deb"
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Architecture", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert f"Package: verifield\nVersion: {__version__}\nArchitecture: {debian_architecture()}\n" in info
    assert "libxcb-cursor0" in info
    tree = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
    desktop = (tree / "usr" / "share" / "applications" / "verifield.desktop").read_text(encoding="utf-8")
    assert "Exec=verifield --open %f\n" in desktop and f"MimeType={MIME_TYPE};" in desktop
    mime = (tree / "usr" / "share" / "mime" / "packages" / "verifield.xml").read_text(encoding="utf-8")
    assert f'type="{MIME_TYPE}"' in mime and '<glob pattern="*.vfpkg"/>' in mime
    assert not (tree / "home").exists() and not (tree / "root").exists()  # nothing in anyone's data folder
    said = run(tree / "usr" / "bin" / "verifield", home, "--version")  # the command, through its link to /opt
    assert (said.returncode, said.stdout.strip()) == (0, f"Verifield {__version__}"), said.stderr


def _windows_layout(built, folder):
    """A folder laid out as the Windows bundle is: the two programs and _internal/ (resources, migrations)."""
    for program in ("verifield.exe", "verifield-cli.exe"):
        (folder / program).parent.mkdir(parents=True, exist_ok=True)
        (folder / program).write_bytes(b"MZ stand-in for " + program.encode())
    for part in ("resources", "app"):
        shutil.copytree(built.folder / "_internal" / part, folder / "_internal" / part)
    return folder


def test_the_windows_installer_script_builds_and_carries_the_whole_bundle(built, tmp_path):
    bundle = _windows_layout(built, tmp_path / "verifield")
    setup = tmp_path / f"verifield-{__version__}-setup.exe"
    made = subprocess.run(["makensis", "-V2", "-WX", f"-DVERSION={__version__}", f"-DBUNDLE={bundle}", f"-DOUTFILE={setup}",
                           str(SCRIPT)], capture_output=True, text=True)
    assert made.returncode == 0, made.stdout + made.stderr  # -WX: a warning fails too
    assert setup.read_bytes()[:2] == b"MZ"
    listing = subprocess.run(["7z", "l", "-slt", str(setup)], capture_output=True, text=True, check=True).stdout
    held = {line[len("Path = "):] for line in listing.splitlines() if line.startswith("Path = ")}
    wanted = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert wanted <= held and "uninstall.exe" in held


def _section(name: str) -> list[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    body = re.search(rf'^Section "{name}".*?^SectionEnd', text, re.S | re.M).group(0)
    return [line.split(";")[0].strip() for line in body.splitlines() if line.split(";")[0].strip()]


def test_the_uninstaller_removes_only_what_was_installed_and_never_the_data_folder():
    installed = _section("Verifield")
    removed = _section("Uninstall")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP}.lnk" "$INSTDIR\\verifield.exe"' in installed
    assert any('"$INSTDIR\\verifield.exe" --open "%1"' in line for line in installed)  # .vfpkg opens in Verifield
    deleted = [line for line in removed if line.startswith(("Delete ", "RMDir"))]
    assert deleted == ['Delete "$SMPROGRAMS\\${APP}.lnk"', 'RMDir /r "$INSTDIR\\_internal"', 'Delete "$INSTDIR\\verifield.exe"',
                       'Delete "$INSTDIR\\verifield-cli.exe"', 'Delete "$INSTDIR\\uninstall.exe"', 'RMDir "$INSTDIR"']
    install_dir = next(line for line in SCRIPT.read_text(encoding="utf-8").splitlines() if line.startswith("InstallDir "))
    # The data folder is %LOCALAPPDATA%\Verifield (platformdirs); the program goes elsewhere, so removing it spares the data.
    assert install_dir == 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"'
