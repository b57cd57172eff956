"""Long work the verifier may stop: :class:`Cancelled` is raised from inside it when asked to stop (design: Long work).

The work's own unit of work is then left uncommitted and its output unwritten, so nothing is half-done;
the background job that ran it reports "no result" (see docs/architecture.md, section "Long work").
"""

from __future__ import annotations


class Cancelled(Exception):
    """The verifier cancelled: the work stops here and leaves nothing half-done."""
