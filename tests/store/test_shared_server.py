"""Two agents on one shared database (PostgreSQL when set, and SQLite): the second save of
the same record is refused, saying so, and overwrites nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from conftest import AUTHOR, sample_frame
from sqlalchemy import func, select

from pbdesk.domain.applications import ApplicationInput
from pbdesk.domain.errors import ConcurrentEdit
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import Application, ChecklistItem, JournalEntry
from pbdesk.workspace.applications import get_application, save_application
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.phases import ItemInput, add_item, update_item


@pytest.fixture
def agents(any_database: Database) -> Iterator[tuple[Database, Database]]:
    """Two agents: two engines on the same database, as two laptops on one server."""
    other = open_database(any_database.url)
    yield any_database, other
    other.close()


@pytest.fixture
def campaign_id(any_database: Database) -> int:
    return create_campaign(any_database, sample_frame(), AUTHOR)


def journal_lines(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(JournalEntry)) or 0)


def test_two_agents_saving_the_same_application(
    agents: tuple[Database, Database], campaign_id: int
) -> None:
    first, second = agents
    application_id = save_application(
        first, campaign_id, ApplicationInput(title="Jardin", requested="1 000"), AUTHOR
    )
    # Both open the application's form.
    form_a = get_application(first, application_id)
    form_b = get_application(second, application_id)
    assert form_a.version == form_b.version
    save_application(
        second,
        campaign_id,
        ApplicationInput(title="Jardin partagé", requested="1 000"),
        "Agent B",
        application_id,
        version=form_b.version,
    )
    with pytest.raises(ConcurrentEdit) as caught:
        save_application(
            first,
            campaign_id,
            ApplicationInput(title="Jardin potager", requested="9 000"),
            "Agent A",
            application_id,
            version=form_a.version,
        )
    assert "\n" not in caught.value.message
    kept = get_application(first, application_id)
    assert (kept.row.title, kept.row.requested_cents) == ("Jardin partagé", 100000)


def test_a_save_racing_another_in_flight_is_refused_whole(
    agents: tuple[Database, Database], campaign_id: int
) -> None:
    """Agent A's transaction read the record before B committed; A's save (a change and its
    journal line) is refused as a whole, at the database's version check."""
    first, second = agents
    application_id = save_application(first, campaign_id, ApplicationInput(title="Fresque"), AUTHOR)
    lines = journal_lines(first)
    with pytest.raises(ConcurrentEdit), first.session() as session:
        mine = session.get(Application, application_id)
        assert mine is not None
        with second.session() as other:
            theirs = other.get(Application, application_id)
            assert theirs is not None
            theirs.title = "Fresque murale (B)"
        mine.title = "Fresque (A)"
        session.add(
            JournalEntry(
                campaign_id=campaign_id, author="A", action="x", summary="A's change", details={}
            )
        )
    assert get_application(second, application_id).row.title == "Fresque murale (B)"
    assert journal_lines(first) == lines


def test_two_agents_saving_the_same_checklist_item_at_the_same_time(
    agents: tuple[Database, Database], campaign_id: int
) -> None:
    """B read the item; A changes it and holds its transaction open (on PostgreSQL the row
    is locked); B saves, then A commits. Whatever the order the database sees them in, B's
    save is refused and A's change stays."""
    first, second = agents
    item_id = add_item(
        first, campaign_id, Phase.PREPARATION, ItemInput("Réserver la salle"), AUTHOR
    )
    b_has_read, a_has_written = threading.Event(), threading.Event()
    outcomes: dict[str, object] = {}

    def agent_a() -> None:
        try:
            assert b_has_read.wait(timeout=30)
            with first.session() as session:
                item = session.get(ChecklistItem, item_id)
                assert item is not None
                item.owner = "Agent A"
                session.flush()  # written, not committed
                a_has_written.set()
                time_to_commit.wait(timeout=30)
            outcomes["a"] = "saved"
        except BaseException as error:  # pragma: no cover - reported below
            outcomes["a"] = error
            a_has_written.set()

    def agent_b() -> None:
        try:
            with second.session() as session:
                item = session.get(ChecklistItem, item_id)
                assert item is not None
                b_has_read.set()
                assert a_has_written.wait(timeout=30)
                item.note = "Agent B"
            outcomes["b"] = "saved"
        except BaseException as error:
            outcomes["b"] = error

    time_to_commit = threading.Event()
    threads = [threading.Thread(target=agent_a), threading.Thread(target=agent_b)]
    for thread in threads:
        thread.start()
    assert a_has_written.wait(timeout=30)
    time_to_commit.set()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes["a"] == "saved"
    assert isinstance(outcomes["b"], ConcurrentEdit), outcomes
    with first.session() as session:
        item = session.get(ChecklistItem, item_id)
        assert item is not None
        assert (item.owner, item.note, item.version) == ("Agent A", "", 2)


def test_update_item_over_a_change_made_meanwhile(
    agents: tuple[Database, Database], campaign_id: int
) -> None:
    first, second = agents
    item_id = add_item(first, campaign_id, Phase.PREPARATION, ItemInput("Affiches"), AUTHOR)
    with pytest.raises(ConcurrentEdit), first.session() as session:
        item = session.get(ChecklistItem, item_id)
        assert item is not None
        update_item(second, item_id, ItemInput("Affiches A3", owner="B"))
        item.label = "Affiches A4"
    with second.session() as session:
        item = session.get(ChecklistItem, item_id)
        assert item is not None
        assert (item.label, item.owner) == ("Affiches A3", "B")
