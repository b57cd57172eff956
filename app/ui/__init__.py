"""PySide6 user interface: windows, pages, Qt item models. No business rules live here."""
