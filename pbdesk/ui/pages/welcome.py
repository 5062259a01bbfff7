"""The welcome page shown when there is no campaign yet (or none is selected)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pbdesk.ui.forms.ui_welcome_page import Ui_WelcomePage


class WelcomePage(QWidget):
    """Signals: ``new_campaign_requested``, ``demo_requested``, ``import_requested``."""

    new_campaign_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.newCampaignButton.clicked.connect(self.new_campaign_requested)
        self.ui.openDemoButton.clicked.connect(self.demo_requested)
        self.ui.importButton.clicked.connect(self.import_requested)
        self.setFocusProxy(self.ui.newCampaignButton)

    def set_demo_available(self, available: bool) -> None:
        """Inside the demo, "Open the demo" would open nothing new."""
        self.ui.openDemoButton.setVisible(available)
        self.ui.hintLabel.setVisible(available)
