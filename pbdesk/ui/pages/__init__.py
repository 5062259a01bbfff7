"""The pages shown right of the navigator, one module per page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.ui.context import AppContext


class CampaignPage(QWidget):
    """A page about one campaign.

    Signals: ``changed(int)`` — this page changed data of the given campaign (the main
    window refreshes the navigator marks and the other pages from it).
    """

    changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id: int | None = None

    def show_campaign(self, campaign_id: int) -> None:
        """Load and show ``campaign_id``; pages override ``load``."""
        self.campaign_id = campaign_id
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if self.campaign_id is not None:
            self.load()

    def set_context(self, context: AppContext) -> None:
        """The database changed (the demo was opened or closed)."""
        self.context = context
        self.campaign_id = None

    def report(self, error: DomainError) -> None:
        """Say a refused operation in one sentence; nothing was changed."""
        QMessageBox.warning(self, self.tr("pbdesk"), error.message)
