"""Verifield: a desktop workbench for greenhouse-gas and carbon-neutrality verifiers.

The version and the product name live here and nowhere else; ``pyproject.toml``
and the installer spec read them from this module.  How the code is laid out: docs/architecture.md.
"""

__version__ = "0.1.0"
APP_NAME = "Verifield"
