"""Dialogs: the new-engagement wizard, sources and the factor picker, findings, people, signing, settings and the
passphrase, unlocking, the import previews and the reported-figures import.

See docs/architecture.md.
"""
