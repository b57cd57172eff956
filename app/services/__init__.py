"""The use cases: every function that opens a unit of work, one module per context, and the ports they need.

:mod:`.engagements` (clients, engagements, team, stages), :mod:`.people`, :mod:`.inventory`, :mod:`.fieldwork`,
:mod:`.findings`, :mod:`.statements`, :mod:`.statement_documents` (printing the statement, certificate and report),
:mod:`.packages`, :mod:`.package_revision` and :mod:`.head_office` (the audit package), :mod:`.downloads` and
:mod:`.review_points` (what comes back on sync), :mod:`.demo`; :mod:`.ports` states what they need from storage.
Each change runs in one unit of work, is refused whole when a rule fails, and is recorded in the hash-chained
history.  The UI and the CLI call these; they never open a unit of work themselves.  See docs/architecture.md.
"""
