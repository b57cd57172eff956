"""The pages: the engagement list, and the pages of the engagement workspace, one module each.

See docs/architecture.md.
"""
