"""The rotating backups of the database file, newest first (« Fichier › Sauvegardes »)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QLocale, Qt

from pbdesk.store.backups import Backup
from pbdesk.ui.models import ModelIndex, RowsModel


class BackupColumn(IntEnum):
    MADE_AT = 0
    REASON = 1
    SIZE = 2


class BackupsModel(RowsModel[Backup]):
    """One row per backup: when it was made, why, and its size."""

    columns = BackupColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Made on"), self.tr("Kind"), self.tr("Size"))

    def reason_label(self, reason: str) -> str:
        labels = {
            "opening": self.tr("On opening"),
            "before-restore": self.tr("Before a restore"),
            "damaged": self.tr("Damaged file set aside"),
        }
        return labels.get(reason, reason)

    def size_label(self, size: int) -> str:
        locale = QLocale()
        if size < 1024 * 1024:
            return self.tr("{size} kB").format(size=locale.toString(max(1, round(size / 1024))))
        return self.tr("{size} MB").format(size=locale.toString(size / (1024 * 1024), "f", 1))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        backup = self.row_at_index(index)
        if backup is None:
            return None
        column = BackupColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is BackupColumn.MADE_AT:
                return backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
            if column is BackupColumn.REASON:
                return self.reason_label(backup.reason)
            return self.size_label(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is BackupColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
