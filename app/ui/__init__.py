"""PySide6 user interface: no business rules live here.

The shell (:mod:`.main`, :mod:`.main_window`, :mod:`.workspace`, :mod:`.lock`, :mod:`.i18n`, :mod:`.settings`,
:mod:`.fonts`, :mod:`.jobs`), and folders by kind: ``pages/`` (the engagement list and the workspace pages),
``actions/`` (the file actions: workbooks, packages, the outbox, taking in, backups, printing), ``dialogs/``,
``widgets/``, ``models/`` (Qt item models) and ``commands/`` (the use cases as undoable commands: the workbench
and its helpers).  See docs/architecture.md.
"""
