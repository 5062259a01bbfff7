"""After an erasure of residents' personal data, the backups made before it (which still hold
the erased details) are offered for deletion; restoring one of them is warned about."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pbdesk.domain.people import PersonInput, Role
from pbdesk.store.backups import (
    back_up,
    erased_kept_until,
    last_erasure,
    list_backups,
    made_before,
)
from pbdesk.store.database import Database
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs.backups import BackupsDialog
from pbdesk.ui.pages.team import TeamPage
from pbdesk.workspace.team import erase_resident_contacts, save_person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Button = QMessageBox.StandardButton


def seed(database: Database, campaign_id: int) -> None:
    save_person(
        database,
        campaign_id,
        PersonInput(
            "Fatima Benali",
            Role.CORE_GROUP,
            email="fatima@example.fr",
            consent=True,
            consent_on=date(2026, 1, 12),
        ),
    )
    save_person(database, campaign_id, PersonInput("Service PDV", Role.SERVICE, "Métropole"))


def answer(monkeypatch: pytest.MonkeyPatch, *answers: Button) -> list[tuple[str, Button]]:
    """Stand in for the user: each ``QMessageBox.question`` gets the next answer; returns
    (text, default button) of each question asked."""
    asked: list[tuple[str, Button]] = []
    queue = list(answers)

    def question(parent, title, text, buttons=None, default=None):  # type: ignore[no-untyped-def]
        asked.append((text, default))
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def page(qtbot, context: AppContext, campaign_id: int) -> TeamPage:  # type: ignore[no-untyped-def]
    seed(context.database, campaign_id)
    back_up(context.database.path)  # type: ignore[arg-type]
    widget = TeamPage(context)
    qtbot.addWidget(widget)
    widget.resize(840, 650)
    widget.show_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_accepting_the_offer_deletes_the_backups_made_before_the_erasure(
    qtbot, monkeypatch: pytest.MonkeyPatch, page: TeamPage, database: Database
) -> None:
    path = database.path
    assert path is not None
    older = [backup.path for backup in list_backups(path)]
    assert len(older) == 2  # the opening's, and the one made with the residents' names
    asked = answer(monkeypatch, Button.Yes, Button.Yes)

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.ui.eraseButton, Qt.MouseButton.LeftButton)

    assert len(asked) == 2
    offer, default = asked[1]
    erased_at = last_erasure(path)
    assert erased_at is not None
    assert erased_kept_until(erased_at).strftime("%d/%m/%Y") in offer
    assert default == Button.Yes  # Enter deletes them
    assert not any(p.exists() for p in older)
    # Never without a backup: one of the file as it is now, erased, was made first.
    [kept] = list_backups(path)
    assert kept.reason == "erasure" and kept.made_at >= erased_at
    copy = sqlite3.connect(kept.path)
    try:
        assert copy.execute("SELECT count(*) FROM person WHERE email != ''").fetchone()[0] == 0
    finally:
        copy.close()
    status = page.ui.statusLabel.text()
    assert page.ui.statusLabel.isVisible()
    assert (
        page.tr("The {count} backups made before the erasure were deleted.").format(count=2)
        in status
    )


def test_the_backups_made_after_the_erasure_stay(
    monkeypatch: pytest.MonkeyPatch, page: TeamPage, database: Database, campaign_id: int
) -> None:
    path = database.path
    assert path is not None
    erase_resident_contacts(database, campaign_id, AUTHOR)
    erased_at = last_erasure(path)
    assert erased_at is not None
    older = [backup.path for backup in made_before(path, erased_at)]
    newer = back_up(path)
    answer(monkeypatch, Button.Yes)

    said = page.offer_to_delete_backups()

    now = [backup for backup in list_backups(path)]
    assert newer in [backup.path for backup in now]  # made after the erasure: it stays
    assert [backup.reason for backup in now if backup.path != newer] == ["erasure"]
    assert not any(p.exists() for p in older)
    assert said.startswith(
        page.tr("The {count} backups made before the erasure were deleted.").format(
            count=len(older)
        )
    )


def test_declining_keeps_the_backups_and_says_until_when(
    qtbot, monkeypatch: pytest.MonkeyPatch, page: TeamPage, database: Database
) -> None:
    path = database.path
    assert path is not None
    before = list_backups(path)
    answer(monkeypatch, Button.Yes, Button.No)

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(page.ui.eraseButton, Qt.MouseButton.LeftButton)

    assert list_backups(path) == before
    erased_at = last_erasure(path)
    assert erased_at is not None
    until = erased_kept_until(erased_at).strftime("%d/%m/%Y")
    assert page.ui.statusLabel.isVisible()
    assert (
        page.tr(
            "The {count} backups made before the erasure are kept until {until} at most."
        ).format(count=2, until=until)
        in page.ui.statusLabel.text()
    )


def test_no_backup_before_the_erasure_no_offer(
    qtbot, monkeypatch: pytest.MonkeyPatch, page: TeamPage, database: Database
) -> None:
    path = database.path
    assert path is not None
    for backup in list_backups(path):
        backup.path.unlink()
    asked = answer(monkeypatch, Button.Yes)
    with qtbot.waitSignal(page.changed, timeout=2000):
        page.erase_residents()
    assert len(asked) == 1  # the erasure only


def test_restoring_a_backup_made_before_the_erasure_warns_first(
    qtbot, monkeypatch: pytest.MonkeyPatch, database: Database, campaign_id: int
) -> None:
    path = database.path
    assert path is not None
    seed(database, campaign_id)
    erase_resident_contacts(database, campaign_id, AUTHOR)
    newer = back_up(path)
    dialog = BackupsDialog(path)
    qtbot.addWidget(dialog)
    warned: list[str] = []

    def warning(parent, title, text, buttons=None, default=None):  # type: ignore[no-untyped-def]
        warned.append(text)
        assert default == Button.No
        return Button.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    asked = answer(monkeypatch, Button.No)

    older = dialog.model.rows().index(made_before(path, last_erasure(path))[0])  # type: ignore[arg-type]
    dialog.select(older)
    dialog.ui.restoreButton.click()
    assert len(warned) == 1 and not asked
    erased_at = last_erasure(path)
    assert erased_at is not None
    assert erased_at.astimezone().strftime("%d/%m/%Y %H:%M") in warned[0]
    assert dialog.chosen is None and dialog.result() != dialog.DialogCode.Accepted

    # A backup made after the erasure: the usual question, no warning.
    dialog.select(dialog.model.rows().index(next(b for b in list_backups(path) if b.path == newer)))
    dialog.ui.restoreButton.click()
    assert len(warned) == 1 and len(asked) == 1
