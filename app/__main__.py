"""Lets ``python -m app`` start Verifield the way the ``verifield`` command does."""

from app.cli import main

raise SystemExit(main())
