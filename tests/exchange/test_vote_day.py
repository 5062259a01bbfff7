"""The vote day on two laptops: their sign-in registers and ballots are united through project
files, without duplicates, and a resident who signed on both is flagged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from vote.support import make_vote_campaign

from pbdesk.exchange.plan import Action
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import Ballot, Campaign, SignIn
from pbdesk.workspace.ballots import enter_ballot, open_entry
from pbdesk.workspace.vote_register import register_summary, sign_in

from .support import AUTHOR, data_of, row_counts


def campaign_id_of(database: Database, uuid: str) -> int:
    with database.session() as session:
        return session.scalars(select(Campaign.id).where(Campaign.uuid == uuid)).one()


def station_of(database: Database, campaign_id: int) -> int:
    from pbdesk.store.models import PollingStation

    with database.session() as session:
        return session.scalars(
            select(PollingStation.id).where(PollingStation.campaign_id == campaign_id)
        ).one()


def count(database: Database, model: type) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_registers_and_ballots_of_two_laptops_are_united(
    any_database: Database, tmp_path: Path
) -> None:
    a = any_database
    voting = make_vote_campaign(a)
    with a.session() as session:
        uuid = session.get(Campaign, voting.id).uuid  # type: ignore[union-attr]
    prepared = tmp_path / "vote-day.pbdesk"
    export_campaign(a, voting.id, prepared, include_personal_data=True)
    b = open_database(tmp_path / "b.sqlite3")
    try:
        apply_import(b, plan_import(b, prepared), author=AUTHOR)
        b_campaign = campaign_id_of(b, uuid)
        # Each laptop signs residents in and types the ballots of its own box.
        for database, campaign_id, people, box, ballots in (
            (a, voting.id, ("Durand", "Martin"), "urne A", ("1 2", "3")),
            (b, b_campaign, ("Martin", "Bernard", "Petit"), "urne B", ("2", "4", "1 4")),
        ):
            station = station_of(database, campaign_id)
            for name in people:
                assert sign_in(database, station, name, "Léa", date(1990, 5, 17)).signed
            entry = open_entry(database, station, "opératrice", AUTHOR, stack_label=box)
            for text in ballots:
                assert enter_ballot(database, entry.id, text, AUTHOR).sequence is not None

        back = tmp_path / "laptop-b.pbdesk"
        export_campaign(b, b_campaign, back, include_personal_data=True)
        plan = plan_import(a, back)
        # Each laptop froze the vote's settings at its first ballot, at its own moment: the
        # one conflict, and this side's moment stays.
        assert [(c.table, c.columns) for c in plan.conflicts] == [("vote", ("frozen_at",))]
        counts = plan.counts()
        added = {t: counts[t].get(Action.ADD, 0) for t in ("sign_in", "ballot_stack", "ballot")}
        assert added == {"sign_in": 3, "ballot_stack": 1, "ballot": 3}
        apply_import(a, plan, author=AUTHOR)
        assert count(a, SignIn) == 5
        assert count(a, Ballot) == 5
        # Martin signed on both laptops: flagged, not hidden.
        assert register_summary(a, voting.id).double_signatures == 1
        # Merging the same file again adds nothing.
        before = row_counts(a)
        apply_import(a, plan_import(a, back), author=AUTHOR)
        assert row_counts(a) == before
    finally:
        b.close()


def test_the_register_keys_stay_home_unless_asked(any_database: Database, tmp_path: Path) -> None:
    voting = make_vote_campaign(any_database)
    station = station_of(any_database, voting.id)
    assert sign_in(any_database, station, "Durand", "Léa", date(1990, 5, 17)).signed
    without = tmp_path / "without.pbdesk"
    export_campaign(any_database, voting.id, without)
    [entry] = data_of(without)["tables"]["sign_in"]
    assert (entry["identity_key"], entry["last_name"]) == ("", "")
    with_keys = tmp_path / "with.pbdesk"
    export_campaign(any_database, voting.id, with_keys, include_personal_data=True)
    [entry] = data_of(with_keys)["tables"]["sign_in"]
    assert len(entry["identity_key"]) > 8
