"""Head office's intake service: laptops enrol, upload audit packages over tus 1.0, and get signed receipts back,
and what head office published for their engagements (review points, decisions, certificates; :mod:`.downloads`).

The service keeps its own database (SQLite in its data folder, or PostgreSQL through psycopg 3 for several
workers), migrated with Alembic like the laptop's store, and its own content-addressed package folder. It builds
on :func:`app.services.packages.opened` to verify what arrives; nothing counts as received before that.
It is an entry point beside the UI (it may use the use cases, the package format and storage). See docs/architecture.md.
"""
