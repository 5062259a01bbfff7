"""Writing or correcting one update (actualité) of a followed project, with its photos;
and the photos' thumbnails, shared with the follow-up page.

Photos are up to 20 MB: a thumbnail is decoded at reduced size (a JPEG decodes at 1/2, 1/4
or 1/8 of its size for a fraction of the cost), once per photo — kept in a small cache per
database — and off the GUI thread where a list shows several (``load_thumbnails``).
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget
from sqlalchemy import Engine

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.followup import UpdateInput, validate_update
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, from_qdate, show_errors, to_qdate
from pbdesk.ui.forms.ui_project_update_dialog import Ui_ProjectUpdateDialog
from pbdesk.ui.tasks import Task, run_with_progress
from pbdesk.workspace.followup.projects import project_detail
from pbdesk.workspace.followup.records import (
    PhotoChanges,
    PhotoView,
    UpdateView,
    photo_content,
    save_update_with_photos,
)

THUMBNAIL = QSize(72, 48)

# -- thumbnails ----------------------------------------------------------------------------
#: How many thumbnails are kept per database (a 72×48 one is ~14 KB).
THUMBNAILS_KEPT = 300
#: Which photo a thumbnail shows, and at what size: (id, bytes, file name, width, height).
#: The size and name guard against an id used again after a photo was removed.
_Key = tuple[int, int, str, int, int]
_cache: weakref.WeakKeyDictionary[Engine, OrderedDict[_Key, QPixmap]] = weakref.WeakKeyDictionary()
_pending: weakref.WeakKeyDictionary[Engine, set[_Key]] = weakref.WeakKeyDictionary()


def _key(photo: PhotoView, box: QSize) -> _Key:
    return (photo.id, photo.size, photo.filename, box.width(), box.height())


def decode_thumbnail(source: bytes | Path, box: QSize) -> QImage:
    """The photo ``source`` (its bytes or its file) decoded at most ``box``'s size, kept in
    proportion and turned upright; a null image if it cannot be read. Safe off the GUI
    thread (a ``QImage``, not a ``QPixmap``)."""
    buffer: QBuffer | None = None
    if isinstance(source, Path):
        reader = QImageReader(str(source))
    else:
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        # Decoded small: JPEG scales while decoding, far cheaper than the full image.
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if buffer is not None:
        buffer.close()
    if not image.isNull() and (image.width() > box.width() or image.height() > box.height()):
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def cached_thumbnail(database: Database, photo: PhotoView, box: QSize) -> QPixmap | None:
    """The thumbnail of a stored photo if it was made already (a null pixmap for a photo
    that cannot be shown), else None."""
    kept = _cache.get(database.engine)
    if kept is None:
        return None
    key = _key(photo, box)
    picture = kept.get(key)
    if picture is not None:
        kept.move_to_end(key)
    return picture


def _keep(database: Database, photo: PhotoView, box: QSize, picture: QPixmap) -> None:
    kept = _cache.setdefault(database.engine, OrderedDict())
    kept[_key(photo, box)] = picture
    while len(kept) > THUMBNAILS_KEPT:
        kept.popitem(last=False)


def forget_thumbnails(database: Database, photo_ids: Iterable[int]) -> None:
    """Drop the thumbnails of photos removed."""
    kept = _cache.get(database.engine)
    if kept is None:
        return
    gone = set(photo_ids)
    for key in [key for key in kept if key[0] in gone]:
        del kept[key]


def _read_thumbnail(database: Database, photo: PhotoView, box: QSize) -> QImage:
    try:
        _, content = photo_content(database, photo.id)
    except DomainError:
        return QImage()
    return decode_thumbnail(content, box) if content else QImage()


def load_thumbnails(
    database: Database, photos: Sequence[PhotoView], box: QSize, parent: QObject
) -> Task | None:
    """Make, off the GUI thread, the thumbnails of ``photos`` not made yet (nor being made)
    and keep them in the cache; None when there is nothing to make. Slots connected to the
    task's ``succeeded`` after this returns run once they are kept; ``cancel()`` stops after
    the photo being read, keeping those made."""
    pending = _pending.setdefault(database.engine, set())
    missing = [
        photo
        for photo in photos
        if cached_thumbnail(database, photo, box) is None and _key(photo, box) not in pending
    ]
    if not missing:
        return None
    keys = {_key(photo, box) for photo in missing}
    pending |= keys

    def job(progress, cancel):  # type: ignore[no-untyped-def]
        made = []
        for done, photo in enumerate(missing, start=1):
            if cancel():
                break
            made.append((photo, _read_thumbnail(database, photo, box)))
            progress(done, len(missing))
        return made

    def keep(made: object) -> None:
        pending.difference_update(keys)
        for photo, image in made:  # type: ignore[attr-defined]
            _keep(database, photo, box, QPixmap.fromImage(image))

    task = Task(job, parent)
    task.succeeded.connect(keep)
    task.finished.connect(lambda: pending.difference_update(keys))
    task.start()
    return task


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
    #: The stored photo, for its thumbnail.
    view: PhotoView | None = None


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
        #: The save while it runs off the GUI thread.
        self.task: Task | None = None
        #: Thumbnails of the files chosen, by path, and those being made.
        self._file_thumbnails: dict[Path, QPixmap] = {}
        self._files_pending: set[Path] = set()
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
                        photo.filename,
                        photo.caption,
                        photo.id,
                        stored_caption=photo.caption,
                        view=photo,
                    )
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
        self._load_thumbnails()
        if self.photos:
            ui.photosList.setCurrentRow(0)
        self._photo_changed(ui.photosList.currentRow())
        ui.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    # -- photos ------------------------------------------------------------------------------
    def _append(self, photo: PendingPhoto) -> None:
        self.photos.append(photo)
        item = QListWidgetItem(self._item_text(photo))
        item.setToolTip(photo.filename)
        self.ui.photosList.addItem(item)

    def _thumbnail(self, photo: PendingPhoto) -> QPixmap | None:
        if photo.view is not None:
            return cached_thumbnail(self.database, photo.view, THUMBNAIL)
        if photo.path is not None:
            return self._file_thumbnails.get(photo.path)
        return None

    def _show_thumbnails(self) -> None:
        """Put on the photos listed the thumbnails made so far."""
        for row, photo in enumerate(self.photos):
            item = self.ui.photosList.item(row)
            if item is None or not item.icon().isNull():
                continue
            picture = self._thumbnail(photo)
            if picture is not None and not picture.isNull():
                item.setIcon(QIcon(picture))

    def _load_thumbnails(self) -> None:
        """Make the missing thumbnails off the GUI thread, then show them: the stored photos'
        (kept in the cache) and the chosen files'."""
        self._show_thumbnails()
        stored = [p.view for p in self.photos if p.view is not None]
        task = load_thumbnails(self.database, stored, THUMBNAIL, self)
        if task is not None:
            task.succeeded.connect(lambda _made: self._show_thumbnails())
        files = [
            p.path
            for p in self.photos
            if p.path is not None
            and p.path not in self._file_thumbnails
            and p.path not in self._files_pending
        ]
        if not files:
            return
        self._files_pending.update(files)

        def job(_progress, cancel):  # type: ignore[no-untyped-def]
            return [(path, decode_thumbnail(path, THUMBNAIL)) for path in files if not cancel()]

        def made(images: object) -> None:
            for path, image in images:  # type: ignore[attr-defined]
                self._file_thumbnails[path] = QPixmap.fromImage(image)
            self._show_thumbnails()

        files_task = Task(job, self)
        files_task.succeeded.connect(made)
        files_task.finished.connect(lambda: self._files_pending.difference_update(files))
        files_task.start()

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
            self._append(PendingPhoto(path.name, "", path=path))
        self._load_thumbnails()
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
        """Save at once, in this thread (``save`` does it off the GUI thread)."""
        return self._job(self.update_input(), self.photo_changes())(None, None)

    def _job(self, data: UpdateInput, changes: PhotoChanges):  # type: ignore[no-untyped-def]
        database, application_id = self.database, self.application_id
        author, update_id = self.author, self.record_id

        def job(_progress, _cancel) -> UpdateView:  # type: ignore[no-untyped-def]
            saved_id = save_update_with_photos(
                database, application_id, data, changes, author, update_id
            )
            detail = project_detail(database, application_id)
            return next(u for u in detail.updates if u.id == saved_id)

        return job

    def save(self) -> None:
        """Check the fields, then save off the GUI thread — new photos (up to 20 MB each) are
        streamed in and hashed — under a progress dialog, this dialog disabled meanwhile; all
        or nothing. Closes once saved; a refusal is said in the dialog, which stays open."""
        if self.task is not None:
            return
        data = self.update_input()
        try:
            validate_update(data)
        except ValidationError as error:
            self._refused(error)
            return
        changes = self.photo_changes()
        self.setEnabled(False)
        task = run_with_progress(
            self,
            self.windowTitle(),
            self.tr("Saving the update and its photos…"),
            self._job(data, changes),
        )
        if task.progress_dialog is not None:
            # Saved in one transaction: nothing to stop half-way.
            task.progress_dialog.setCancelButton(None)
        task.succeeded.connect(self._saved)
        task.failed.connect(self._refused)
        task.finished.connect(self._save_finished)
        self.task = task

    def _saved(self, update: object) -> None:
        assert isinstance(update, UpdateView)
        self.saved = update
        forget_thumbnails(self.database, self.removed)

    def _save_finished(self) -> None:
        self.task = None
        self.setEnabled(True)
        if self.saved is not None:
            self.accept()

    def _refused(self, error: object) -> None:
        ui = self.ui
        self.setEnabled(True)
        if isinstance(error, ValidationError):
            ui.generalError.say(" ".join(show_errors(self.error_labels, error.errors)))
            for name, widget in self.fields.items():
                if name in error.errors:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    break
        else:
            show_errors(self.error_labels, {})
            ui.generalError.say(
                error.message
                if isinstance(error, DomainError)
                else self.tr("The update could not be saved: {error}").format(error=error)
            )
        fit_height(self)

    def reject(self) -> None:
        """Cancel — not while the update is being saved."""
        if self.task is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            event.ignore()
            return
        super().closeEvent(event)
