"""SQLite storage of the domain: ORM rows, repositories, unit of work, migrations.

See docs/architecture.md.
"""
