"""Dialogs: the new-engagement wizard, sources, findings, people, signing, settings, the import preview.

See docs/architecture.md.
"""
