"""Who is making the changes: the name written into the change history."""

from __future__ import annotations

import getpass
import os

ACTOR_ENV = "VERIFIELD_USER"


def default_actor() -> str:
    """$VERIFIELD_USER, else the operating-system login name."""
    try:
        return os.environ.get(ACTOR_ENV) or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
