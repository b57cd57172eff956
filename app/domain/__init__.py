"""Pure-Python heart of Verifield: entities, rules, calculations and use cases.

Nothing here imports Qt, SQLAlchemy or any file-format library; the layer
contracts in ``pyproject.toml`` enforce it.
"""
