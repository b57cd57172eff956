"""The Debian package made from the Linux bundle (``dpkg-deb``): the program under /opt, a command, a menu entry, .vfpkg.

    /opt/verifield/                               the one-folder bundle
    /usr/bin/verifield -> ../../opt/verifield/verifield
    /usr/share/applications/verifield.desktop     menu entry; opens .vfpkg files (``verifield --open FILE``)
    /usr/share/mime/packages/verifield.xml        the .vfpkg file type (dpkg's triggers refresh the caches)

It installs nothing under anyone's home: the data folder is made by the program at first start, and removing
the package leaves it where it is.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from pathlib import Path

from app import APP_NAME

NAME = APP_NAME.lower()
MIME_TYPE = "application/x-verifield-package"
# What Qt's xcb platform and the bundled libraries need from the system (not shipped in the bundle).
DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, "
           "libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, "
           "libxcb-shape0, libxcb-randr0, libxcb-xfixes0, libxcb-xkb1")

DESKTOP = f"""[Desktop Entry]
Type=Application
Name={APP_NAME}
GenericName=GHG verification workbench
GenericName[zh_CN]=温室气体核查工作台
Comment=Greenhouse-gas and carbon-neutrality verification
Comment[zh_CN]=温室气体与碳中和核查
Exec={NAME} --open %f
Terminal=false
Categories=Office;
MimeType={MIME_TYPE};
"""

MIME = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Verifield audit package</comment>
    <comment xml:lang="zh_CN">Verifield 核查包</comment>
    <glob pattern="*.vfpkg"/>
  </mime-type>
</mime-info>
"""


def debian_architecture() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "armhf", "i686": "i386"}.get(machine, machine)


def control(version: str, installed_kib: int) -> str:
    return (f"Package: {NAME}\nVersion: {version}\nArchitecture: {debian_architecture()}\n"
            f"Maintainer: {APP_NAME} <noreply@invalid>\nInstalled-Size: {installed_kib}\nDepends: {DEPENDS}\n"
            "Section: misc\nPriority: optional\n"
            "Description: Desktop workbench for greenhouse-gas and carbon-neutrality verifiers\n"
            " Engagements, inventories, findings, field work and signed statements, kept in a local\n"
            " SQLite store; audit packages (.vfpkg) for head office.\n")


def write_deb(bundle: Path, out: Path, version: str) -> Path:
    """Stage the package tree next to ``out`` (hard links, not copies, where the file system allows) and build it."""
    staging = out / "deb-staging"
    shutil.rmtree(staging, ignore_errors=True)
    program = staging / "opt" / NAME
    shutil.copytree(bundle, program, symlinks=True, copy_function=_link_or_copy)
    for folder, text, name in ((staging / "usr" / "share" / "applications", DESKTOP, f"{NAME}.desktop"),
                               (staging / "usr" / "share" / "mime" / "packages", MIME, f"{NAME}.xml")):
        folder.mkdir(parents=True)
        (folder / name).write_text(text, encoding="utf-8")
    command = staging / "usr" / "bin"
    command.mkdir(parents=True)
    (command / NAME).symlink_to(Path("..", "..", "opt", NAME, NAME))
    installed = sum(p.lstat().st_size for p in staging.rglob("*") if p.is_file()) // 1024
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text(control(version, installed), encoding="utf-8")
    target = out / f"{NAME}_{version}_{debian_architecture()}.deb"
    partial = target.with_name(target.name + ".partial")
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(staging), str(partial)],
                   check=True, stdout=subprocess.DEVNULL)
    os.replace(partial, target)
    shutil.rmtree(staging)
    return target


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
