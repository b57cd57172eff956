"""Qt item models: the engagement list and generic tables, the inventory's sources and records.

See docs/architecture.md.
"""
