"""Writing or correcting one update (actualité) of a followed project, with its photos."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from pbdesk.domain.errors import DomainError
from pbdesk.domain.followup import UpdateInput
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, from_qdate, to_qdate
from pbdesk.ui.forms.ui_project_update_dialog import Ui_ProjectUpdateDialog
from pbdesk.workspace.followup import (
    PhotoChanges,
    UpdateView,
    photo_content,
    project_detail,
    save_update_with_photos,
)

THUMBNAIL = QSize(72, 48)


@dataclass
class PendingPhoto:
    """A photo as the dialog shows it: already stored (``photo_id``) or to be added from
    ``path`` when the update is saved."""

    filename: str
    caption: str
    photo_id: int | None = None
    path: Path | None = None
    #: The caption stored, to save only captions that changed.
    stored_caption: str = ""


class ProjectUpdateDialog(RecordDialog[UpdateView]):
    """Adds (``update`` None) or edits an update of the project ``application_id``: date,
    text, public or internal, photos with their captions. Nothing is stored before OK, and
    then everything at once (photos are streamed in from their files); refusals are said
    next to the fields and the dialog stays open.

    After ``accepted``, ``saved`` holds the stored update.
    """

    ui: Ui_ProjectUpdateDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        application_id: int,
        author: str,
        update: UpdateView | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(Ui_ProjectUpdateDialog(), database, campaign_id, update, parent)
        self.application_id = application_id
        self.author = author
        #: The photos in the list's order.
        self.photos: list[PendingPhoto] = []
        #: Stored photos the user removed.
        self.removed: list[int] = []
        ui = self.ui
        self.error_labels = {"dated_on": ui.datedOnError, "text": ui.textError}
        self.fields = {"dated_on": ui.dateEdit, "text": ui.textEdit}
        ui.photosList.setIconSize(THUMBNAIL)
        ui.photosList.setUniformItemSizes(True)
        if update is None:
            self.setWindowTitle(self.tr("New update"))
            ui.dateEdit.setDate(to_qdate(today) if today else QDate.currentDate())
        else:
            self.setWindowTitle(self.tr("Edit an update"))
            ui.dateEdit.setDate(to_qdate(update.dated_on))
            ui.textEdit.setPlainText(update.text)
            ui.publicCheck.setChecked(update.public)
            for photo in update.photos:
                self._append(
                    PendingPhoto(
                        photo.filename, photo.caption, photo.id, stored_caption=photo.caption
                    ),
                    self._stored_thumbnail(photo.id),
                )
        ui.addPhotoButton.clicked.connect(self.add_photos)
        ui.removePhotoButton.clicked.connect(self.remove_photo)
        ui.photosList.currentRowChanged.connect(self._photo_changed)
        ui.captionEdit.textEdited.connect(self._caption_edited)
        for key, slot in (
            (Qt.Key.Key_Insert, self.add_photos),
            (QKeySequence.StandardKey.Delete, self.remove_photo),
        ):
            shortcut = QShortcut(QKeySequence(key), ui.photosList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        if self.photos:
            ui.photosList.setCurrentRow(0)
        self._photo_changed(ui.photosList.currentRow())
        ui.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    # -- photos ------------------------------------------------------------------------------
    def _stored_thumbnail(self, photo_id: int) -> QPixmap:
        picture = QPixmap()
        try:
            _, content = photo_content(self.database, photo_id)
        except DomainError:
            return picture
        picture.loadFromData(content)
        return picture

    def _append(self, photo: PendingPhoto, picture: QPixmap) -> None:
        self.photos.append(photo)
        item = QListWidgetItem(self._item_text(photo))
        item.setToolTip(photo.filename)
        if not picture.isNull():
            item.setIcon(
                QIcon(
                    picture.scaled(
                        THUMBNAIL,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        self.ui.photosList.addItem(item)

    @staticmethod
    def _item_text(photo: PendingPhoto) -> str:
        return f"{photo.filename} — {photo.caption}" if photo.caption else photo.filename

    def add_photos(self) -> None:
        """Choose photos to add; they are copied in when the update is saved."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.webp)"),
        )
        for name in names:
            path = Path(name)
            self._append(PendingPhoto(path.name, "", path=path), QPixmap(str(path)))
        if names:
            self.ui.photosList.setCurrentRow(len(self.photos) - 1)
            self.ui.captionEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_photo(self) -> None:
        """Take the selected photo off the update (undone by Cancel)."""
        row = self.ui.photosList.currentRow()
        if not 0 <= row < len(self.photos):
            return
        photo = self.photos.pop(row)
        if photo.photo_id is not None:
            self.removed.append(photo.photo_id)
        self.ui.photosList.takeItem(row)
        self._photo_changed(self.ui.photosList.currentRow())

    def _photo_changed(self, row: int) -> None:
        ui = self.ui
        selected = 0 <= row < len(self.photos)
        ui.captionEdit.setEnabled(selected)
        ui.captionLabel.setEnabled(selected)
        ui.removePhotoButton.setEnabled(selected)
        ui.captionEdit.setText(self.photos[row].caption if selected else "")

    def _caption_edited(self, text: str) -> None:
        row = self.ui.photosList.currentRow()
        if not 0 <= row < len(self.photos):
            return
        photo = self.photos[row]
        photo.caption = text
        item = self.ui.photosList.item(row)
        item.setText(self._item_text(photo))

    # -- saving ------------------------------------------------------------------------------
    def update_input(self) -> UpdateInput:
        ui = self.ui
        return UpdateInput(
            from_qdate(ui.dateEdit.date()), ui.textEdit.toPlainText(), ui.publicCheck.isChecked()
        )

    def photo_changes(self) -> PhotoChanges:
        return PhotoChanges(
            added=tuple((p.path, p.caption) for p in self.photos if p.path is not None),
            removed=tuple(self.removed),
            captions=tuple(
                (p.photo_id, p.caption)
                for p in self.photos
                if p.photo_id is not None and p.caption.strip() != p.stored_caption
            ),
        )

    def store(self) -> UpdateView:
        update_id = save_update_with_photos(
            self.database,
            self.application_id,
            self.update_input(),
            self.photo_changes(),
            self.author,
            self.record_id,
        )
        detail = project_detail(self.database, self.application_id)
        return next(u for u in detail.updates if u.id == update_id)
