"""Documents Verifield writes and reads: workbooks with live formulas, PDFs and their signatures; fed by domain objects, no Qt, no store.

See docs/architecture.md.
"""
