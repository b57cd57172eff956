"""Where Verifield keeps its data and resources.

The data folder is the user's (platformdirs), unless ``--data-dir`` or the
``VERIFIELD_DATA_DIR`` environment variable names another; tests always do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from app import APP_NAME
from app.domain.kernel.text import DomainError, Text

DATA_DIR_ENV = "VERIFIELD_DATA_DIR"
DATABASE_NAME = "verifield.sqlite"
FONT_FILE = "fonts/wqy-microhei.ttf"  # under resources/: the CJK font the PDFs embed and the interface falls back to


def chosen_data_dir(override: str | os.PathLike | None = None) -> Path:
    """Which folder :func:`data_dir` names, without making it."""
    return Path(override or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, appauthor=False)).expanduser()


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: the override, else $VERIFIELD_DATA_DIR, else the user's data folder (made if need be)."""
    path = chosen_data_dir(override)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DomainError(
            Text(
                f"无法使用数据文件夹 {path}：{'它是一个文件，不是文件夹' if path.is_file() else error.strerror}。请另选一个文件夹（--data-dir）。",
                f"The data folder {path} cannot be used: {'it is a file, not a folder' if path.is_file() else error.strerror}. "
                "Choose another folder (--data-dir).",
            ),
            "data-dir",
        ) from None
    return path


def database_path(override: str | os.PathLike | None = None) -> Path:
    return data_dir(override) / DATABASE_NAME


def resources_dir() -> Path:
    """The ``resources/`` folder, in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources"
