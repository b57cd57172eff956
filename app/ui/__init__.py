"""PySide6 user interface: no business rules live here.

The shell (:mod:`.main`, :mod:`.main_window`, :mod:`.workspace`, :mod:`.i18n`, :mod:`.settings`, :mod:`.fonts`,
:mod:`.jobs`), and folders by kind: ``actions/`` (the use cases as undoable commands: the workbench and its
helpers), ``pages/`` (the engagement list and the workspace pages), ``dialogs/``, ``widgets/`` and ``models/``
(Qt item models).  See docs/architecture.md.
"""
