"""Composition root of the desktop app: settings, translations, database, main window.

Nothing here is global: ``run_app`` builds each piece and hands it on through constructors.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import set_language, translate
from pbdesk.resources import resource_path
from pbdesk.store.database import Database, open_database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.preferences import saved_language

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

    def cleanup(self) -> None:
        self.close_demo()
        for folder in self.work_dirs:
            shutil.rmtree(folder, ignore_errors=True)


def run_app(db: str | None = None, demo: bool = False, screenshot: str | None = None) -> int:
    """Open the app; with ``screenshot``, save the loaded main window as a PNG and exit."""
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
        else:
            context = AppContext(open_database(db), settings)
            switcher = DemoSwitcher(context, settings)
    except DomainError as error:
        if screenshot:
            raise
        QMessageBox.critical(None, "pbdesk", error.message)
        return 1

    window = MainWindow(context)
    window.demo_requested.connect(lambda: window.set_context(switcher.open_demo()))
    window.demo_close_requested.connect(lambda: window.set_context(switcher.close_demo()))
    window.show()
    try:
        if screenshot:
            return _save_screenshot(app, window, Path(screenshot))
        return app.exec()
    finally:
        window.deleteLater()
        switcher.cleanup()
        context.database.close()


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
