"""Preferences: the author name the journal records, and the language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from pbdesk.i18n import SUPPORTED_LANGUAGES
from pbdesk.ui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from pbdesk.workspace.journal import default_author

#: Each language named in itself, as language pickers do.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


def saved_language(settings: QSettings) -> str:
    value = str(settings.value("language", "fr", type=str))
    return value if value in SUPPORTED_LANGUAGES else "fr"


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.ui.authorEdit.setPlaceholderText(default_author())
        self.ui.authorEdit.setText(str(settings.value("author", "", type=str)))
        for code in SUPPORTED_LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.ui.languageCombo.setCurrentIndex(SUPPORTED_LANGUAGES.index(saved_language(settings)))

    def accept(self) -> None:
        self.settings.setValue("author", self.ui.authorEdit.text().strip())
        self.settings.setValue("language", self.ui.languageCombo.currentData())
        self.settings.sync()
        super().accept()

    def language_changed(self, before: str) -> bool:
        return saved_language(self.settings) != before
