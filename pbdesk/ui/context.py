"""What every window and page is handed: the open database and the user's preferences."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from pbdesk.store.database import Database
from pbdesk.workspace.journal import default_author


@dataclass
class AppContext:
    database: Database
    settings: QSettings
    #: True when the database is a throw-away copy of the demo workspace.
    is_demo: bool = False

    def author(self) -> str:
        """The name written in the journal: set once in the preferences, else the OS user."""
        value = self.settings.value("author", "", type=str)
        return str(value).strip() or default_author()
