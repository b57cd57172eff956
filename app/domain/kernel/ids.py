"""Identifiers: every record gets a UUID made where it was created."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """A UUID made on this laptop, so records from several laptops can be merged later."""
    return str(uuid.uuid4())
