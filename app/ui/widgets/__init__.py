"""Widgets shared by pages and dialogs: forms built from field specs, charts, the timeline, the thumbnail grid.

See docs/architecture.md.
"""
