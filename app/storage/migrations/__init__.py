"""Alembic migrations of the store, run from code (there is no alembic.ini).

``HEAD`` names the newest revision so that opening an up-to-date store needs
no Alembic import; a test checks it matches the scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

HEAD = "0006"
_HERE = Path(__file__).resolve().parent


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(engine: "Engine", revision: str = "head") -> None:
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
