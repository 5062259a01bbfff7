"""The règlement: saved, frozen by the first ballot, unfrozen only on purpose; stations; codes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.tally import Rule
from pbdesk.domain.vote import BallotKind, BallotStatus, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry
from pbdesk.workspace import ballots
from pbdesk.workspace.ballot_codes import assign_codes, list_codes, set_code
from pbdesk.workspace.journal import entries
from pbdesk.workspace.polling_stations import (
    StationInput,
    delete_station,
    list_stations,
    save_station,
)
from pbdesk.workspace.vote import get_settings, save_settings, unfreeze_settings
from pbdesk.workspace.vote_register import sign_in

from .support import AUTHOR, VoteCampaign, make_vote_campaign


def actions(database: Database, campaign_id: int) -> list[str]:
    return [entry.action for entry in reversed(entries(database, campaign_id))]


def test_settings_are_saved_with_a_register_secret_and_journaled(
    any_database: Database, voting: VoteCampaign
) -> None:
    view = get_settings(any_database, voting.id)
    assert view.saved and not view.frozen
    assert view.settings.ballot_kind is BallotKind.APPROVAL
    assert view.settings.max_choices == 3
    assert len(view.register_key_id) == 16
    changed = save_settings(
        any_database,
        voting.id,
        replace(view.settings, max_choices=2, rule=Rule.MES),
        AUTHOR,
        version=view.version,
    )
    assert changed.settings.max_choices == 2 and changed.settings.rule is Rule.MES
    assert changed.register_key_id == view.register_key_id  # the secret never changes
    assert actions(any_database, voting.id).count("vote.settings") == 2


def test_a_campaign_without_settings_shows_the_defaults(any_database: Database) -> None:
    from pbdesk.workspace.campaigns import create_campaign

    from .support import make_frame

    campaign_id = create_campaign(any_database, make_frame(), AUTHOR)
    view = get_settings(any_database, campaign_id)
    assert not view.saved and view.settings == VoteSettings()


def test_incoherent_settings_are_refused_and_nothing_is_written(
    any_database: Database, voting: VoteCampaign
) -> None:
    before = get_settings(any_database, voting.id)
    with pytest.raises(ValidationError) as caught:
        save_settings(
            any_database,
            voting.id,
            VoteSettings(ballot_kind=BallotKind.APPROVAL, min_choices=3, max_choices=1),
            AUTHOR,
        )
    assert "max_choices" in caught.value.errors
    assert get_settings(any_database, voting.id) == before


def test_the_first_ballot_freezes_the_settings_and_an_unfreeze_is_journaled(
    any_database: Database, voting: VoteCampaign
) -> None:
    entry = ballots.open_entry(any_database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(any_database, entry.id, "1 2 3", AUTHOR)
    view = get_settings(any_database, voting.id)
    assert view.frozen and view.frozen_at is not None
    with pytest.raises(DomainError) as caught:
        save_settings(any_database, voting.id, replace(view.settings, max_choices=2), AUTHOR)
    assert caught.value.message.count(".") == 1  # one sentence
    with pytest.raises(DomainError):
        set_code(any_database, voting.projects[0], "9", AUTHOR)
    with pytest.raises(DomainError):
        unfreeze_settings(any_database, voting.id, "  ", AUTHOR)

    unfreeze_settings(any_database, voting.id, "Le règlement dit « de 1 à 2 »", AUTHOR)
    with pytest.raises(DomainError):  # stored ballots are written in codes
        set_code(any_database, voting.projects[0], "9", AUTHOR)
    with any_database.session() as session:
        line = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "vote.unfreeze")
        ).one()
        assert line.details["reason"] == "Le règlement dit « de 1 à 2 »"
        assert line.author == AUTHOR
    # The ballot entered under "1 to 3" becomes nul under "1 to 2".
    changed = save_settings(any_database, voting.id, replace(view.settings, max_choices=2), AUTHOR)
    assert not changed.frozen
    [ballot] = ballots.list_ballots(any_database, entry.id)
    assert ballot.status is BallotStatus.NUL
    assert actions(any_database, voting.id)[-4:] == [
        "ballots.open",
        "vote.freeze",
        "vote.unfreeze",
        "vote.settings",
    ]
    ballots.enter_ballot(any_database, entry.id, "1", AUTHOR)
    assert get_settings(any_database, voting.id).frozen


def test_stations_are_added_changed_and_removed_while_unused(
    any_database: Database, voting: VoteCampaign
) -> None:
    second = save_station(
        any_database,
        voting.id,
        StationInput("  Centre   social ", "Rue des Lilas", voting.territories[0], "dimanche"),
        AUTHOR,
    )
    stations = list_stations(any_database, voting.id)
    assert [s.name for s in stations] == ["Bureau 1", "Centre social"]
    assert stations[1].territory_name == "Le Quartier"
    save_station(any_database, voting.id, StationInput("Maison pour tous"), AUTHOR, second)
    assert list_stations(any_database, voting.id)[1].name == "Maison pour tous"
    with pytest.raises(DomainError):
        save_station(any_database, voting.id, StationInput("  "), AUTHOR)
    delete_station(any_database, second, AUTHOR)
    from datetime import date

    sign_in(any_database, voting.stations[0], "Martin", "Léa", date(1990, 5, 1))
    with pytest.raises(DomainError, match="Bureau 1"):
        delete_station(any_database, voting.stations[0], AUTHOR)
    assert len(list_stations(any_database, voting.id)) == 1


def test_codes_are_one_two_three_in_application_order_and_unique(
    any_database: Database, voting: VoteCampaign
) -> None:
    codes = list_codes(any_database, voting.id)
    assert [(c.code, c.application_id) for c in codes] == [
        (str(n + 1), application_id) for n, application_id in enumerate(voting.projects)
    ]
    set_code(any_database, voting.projects[0], "a1", AUTHOR)
    with pytest.raises(DomainError, match=r"A1\D+1"):
        set_code(any_database, voting.projects[1], "A1", AUTHOR)
    assert list_codes(any_database, voting.id)[0].code == "A1"
    # Assigning again gives nothing new and keeps the custom code.
    assert [c.code for c in assign_codes(any_database, voting.id, AUTHOR)] == ["A1", "2", "3", "4"]


def test_a_project_leaving_the_ballot_loses_its_code_before_the_vote_only(
    any_database: Database,
) -> None:
    from pbdesk.domain.applications import ApplicationStatus
    from pbdesk.workspace.applications import change_status

    voting = make_vote_campaign(any_database)
    change_status(
        any_database, [voting.projects[3]], ApplicationStatus.NOT_SHORTLISTED, "Doublon", AUTHOR
    )
    assert [c.code for c in assign_codes(any_database, voting.id, AUTHOR)] == ["1", "2", "3"]
    change_status(any_database, [voting.projects[3]], ApplicationStatus.SHORTLISTED, "", AUTHOR)
    assert [c.code for c in assign_codes(any_database, voting.id, AUTHOR)] == [
        "1",
        "2",
        "3",
        "4",
    ]
    entry = ballots.open_entry(any_database, voting.stations[0], "Karim", AUTHOR)
    ballots.enter_ballot(any_database, entry.id, "4", AUTHOR)
    unfreeze_settings(any_database, voting.id, "Un projet est retiré", AUTHOR)
    change_status(
        any_database, [voting.projects[3]], ApplicationStatus.NOT_SHORTLISTED, "Retiré", AUTHOR
    )
    with pytest.raises(DomainError):
        assign_codes(any_database, voting.id, AUTHOR)
