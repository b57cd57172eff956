"""Pure-Python heart of Verifield: entities, rules and calculations, by bounded context.

``kernel`` ← ``engagement`` ← ``inventory`` and ``fieldwork`` ← ``findings``, ``project`` and ``footprint`` ←
``statement`` ← ``lifecycle`` ← ``certification``: each context may use the ones before it, never one after, and
those named together not each other (import-linter contracts in ``pyproject.toml``).
Nothing here imports Qt, SQLAlchemy or any file-format library, nor the use cases in :mod:`app.services`.
See docs/architecture.md.
"""
