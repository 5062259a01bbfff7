"""Composition root of the desktop app: settings, translations, database, main window.

Nothing here is global: ``run_app`` builds each piece and hands it on through constructors.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import set_language, translate
from pbdesk.resources import resource_path
from pbdesk.store.database import Database, DatabaseError, open_database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.preferences import saved_language

if TYPE_CHECKING:
    from pbdesk.store.backups import DamagedDatabase
    from pbdesk.ui.main_window import MainWindow

ORGANISATION = "pbdesk"
APPLICATION = "pbdesk"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """pbdesk's own catalogue plus Qt's (so standard buttons say « Annuler »)."""
    set_language(language)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"pbdesk_{language}", str(resource_path("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def demo_folders() -> tuple[Path, Path]:
    """(cache folder keeping the built demo, a fresh throw-away folder for this run)."""
    from platformdirs import user_cache_path

    return user_cache_path("pbdesk", appauthor=False), Path(tempfile.mkdtemp(prefix="pbdesk-demo-"))


class DemoSwitcher:
    """Swaps the main window between the user's database and a throw-away demo copy."""

    def __init__(self, own: AppContext, settings: QSettings) -> None:
        self.own = own
        self.settings = settings
        self.demo: AppContext | None = None
        self.work_dirs: list[Path] = []
        #: The copy of the database file made by the last ``restore``.
        self.restored_from: Path | None = None

    def open_demo(self) -> AppContext:
        from pbdesk.workspace.demo import open_demo_copy

        cache, work = demo_folders()
        self.work_dirs.append(work)
        self.demo = AppContext(open_demo_copy(cache, work), self.settings, is_demo=True)
        return self.demo

    def close_demo(self) -> AppContext:
        if self.demo is not None:
            self.demo.database.close()
            self.demo = None
        return self.own

    def restore(self, backup: Path) -> AppContext:
        """Replace the user's database file by ``backup`` and reopen it (the current file is
        backed up first). The database is closed meanwhile; on a refusal it is reopened as
        it was (``own``) and the ``DomainError`` raised."""
        from pbdesk.store.backups import restore_backup

        database = self.own.database
        path = database.path
        if path is None:
            raise DatabaseError(
                translate("App", "Only a database file on this computer can be restored.")
            )
        url = database.url
        database.close()
        try:
            self.restored_from = restore_backup(path, backup)
        finally:
            self.own = AppContext(open_database(url), self.settings)
        return self.own

    def cleanup(self) -> None:
        self.close_demo()
        for folder in self.work_dirs:
            shutil.rmtree(folder, ignore_errors=True)


def connect_window(window: MainWindow, switcher: DemoSwitcher) -> None:
    """What the main window asks of the application: the demo, and restoring a backup."""
    window.demo_requested.connect(lambda: window.set_context(switcher.open_demo()))
    window.demo_close_requested.connect(lambda: window.set_context(switcher.close_demo()))
    window.restore_requested.connect(lambda backup: restore_into(window, switcher, Path(backup)))


def restore_into(window: MainWindow, switcher: DemoSwitcher, backup: Path) -> bool:
    """Restore ``backup`` over the user's database and show the result in ``window``."""
    try:
        context = switcher.restore(backup)
    except DomainError as error:
        window.set_context(switcher.own)
        QMessageBox.warning(window, translate("App", "Restore a backup"), error.message)
        return False
    window.set_context(context)
    window.show_status(
        translate(
            "App", "Backup restored. The database as it was before is kept in «{path}»."
        ).format(path=switcher.restored_from)
    )
    return True


def ask_to_restore(error: DamagedDatabase) -> bool:
    """The database failed its integrity check: offer its backups (True: show them)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "pbdesk", error.message)
    if not error.backups:
        box.setInformativeText(translate("App", "There is no backup to restore."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(
        translate(
            "App",
            "pbdesk keeps backups of the database: restore the latest one (or an older one) "
            "to carry on. The damaged file is kept in the backups folder.",
        )
    )
    restore = box.addButton(
        translate("App", "Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def open_or_recover(db: str | None) -> Database | None:
    """Open the user's database; when it fails its integrity check, offer to restore one of
    its backups (the latest is selected) instead of stopping. None: the user gave up."""
    from pbdesk.store.backups import DamagedDatabase, restore_backup
    from pbdesk.ui.dialogs.backups import BackupsDialog

    while True:
        try:
            return open_database(db)
        except DamagedDatabase as error:
            if not ask_to_restore(error):
                return None
            path = _sqlite_path(db)
            dialog = BackupsDialog(path)
            chosen = dialog.chosen if dialog.exec() else None
            dialog.deleteLater()
            if chosen is None or path is None:
                return None
            try:
                restore_backup(path, chosen)
            except DomainError as failure:
                QMessageBox.warning(None, "pbdesk", failure.message)


def watch_background_check(window: MainWindow, database: Database) -> QTimer | None:
    """A large file is checked and backed up on a thread of its own (``protect``): when that
    check finds the file damaged, say so and offer the backups (File › Backups)."""
    protection = database.protection
    thread = getattr(protection, "thread", None)
    if thread is None:
        return None
    timer = QTimer(window)
    timer.setInterval(500)

    def poll() -> None:
        if thread.is_alive():
            return
        timer.stop()
        if protection.problems and window.context.database is database:
            answer = QMessageBox.critical(
                window,
                "pbdesk",
                " ".join(protection.problems),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Ignore,
                QMessageBox.StandardButton.Open,
            )
            if answer == QMessageBox.StandardButton.Open:
                window.show_backups()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _sqlite_path(db: str | None) -> Path | None:
    from pbdesk.store.database import resolve_url

    url = resolve_url(db)
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


def run_app(
    db: str | None = None,
    demo: bool = False,
    screenshot: str | None = None,
    open_file: str | None = None,
) -> int:
    """Open the app; with ``screenshot``, save the loaded main window as a PNG and exit; with
    ``open_file``, show what importing that ``.pbdesk`` file does once the window is up."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("pbdesk")
    icon = resource_path("icons", "pbdesk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    install_translators(app, saved_language(settings))

    from pbdesk.ui.main_window import MainWindow

    switcher: DemoSwitcher | None = None
    try:
        if demo:
            from pbdesk.workspace.demo import open_demo_copy

            cache, work = demo_folders()
            database: Database = open_demo_copy(cache, work)
            context = AppContext(database, settings, is_demo=True)
            switcher = DemoSwitcher(context, settings)
            switcher.work_dirs.append(work)
        elif screenshot:
            context = AppContext(open_database(db), settings)
            switcher = DemoSwitcher(context, settings)
        else:
            opened = open_or_recover(db)
            if opened is None:
                return 1
            context = AppContext(opened, settings)
            switcher = DemoSwitcher(context, settings)
    except DomainError as error:
        if screenshot:
            raise
        QMessageBox.critical(None, "pbdesk", error.message)
        return 1

    window = MainWindow(context)
    connect_window(window, switcher)
    window.show()
    watch_background_check(window, context.database)
    try:
        if screenshot:
            return _save_screenshot(app, window, Path(screenshot))
        if open_file:
            target = Path(open_file)
            QTimer.singleShot(0, lambda: window.open_project_file(target))
        return app.exec()
    finally:
        window.deleteLater()
        switcher.cleanup()
        switcher.own.database.close()


def _save_screenshot(app: QApplication, window: object, target: Path) -> int:
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    result: list[int] = []

    def grab() -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        result.append(0 if window.grab().save(str(target), "PNG") else 1)
        app.quit()

    QTimer.singleShot(0, grab)  # once the event loop has laid out and painted the window
    app.exec()
    if result and result[0] == 0:
        return 0
    raise DomainError(translate("Cli", "Cannot save the screenshot «{path}».").format(path=target))
