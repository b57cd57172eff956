"""Widgets shared by pages and dialogs: forms built from field specs, the factor picker, charts, the thumbnail grid.

See docs/architecture.md.
"""
