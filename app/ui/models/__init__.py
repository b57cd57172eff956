"""Qt item models: the engagement list and generic tables, the inventory's sources and records,
the findings (with their filter) and the evidence thumbnails.

See docs/architecture.md.
"""
