"""The PySide6 face of pbdesk. Only this package (and ``app.py``) imports Qt."""
