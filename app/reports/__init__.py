"""Documents Verifield writes and reads: workbooks (and, later, PDFs); fed by domain objects, no Qt."""
