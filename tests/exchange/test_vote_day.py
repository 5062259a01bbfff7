"""The vote day on two laptops: their sign-in registers and ballots are united through project
files, without duplicates, and a resident who signed on both is flagged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from vote.support import make_vote_campaign

from pbdesk.domain.register import key_id
from pbdesk.exchange.plan import Action
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.database import Database, open_database
from pbdesk.store.models import Ballot, BallotStack, Campaign, SignIn, Vote
from pbdesk.workspace.ballots import enter_ballot, list_entries, open_entry
from pbdesk.workspace.vote_register import register_summary, sign_in

from .support import AUTHOR, data_of, members_of, row_counts


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


def _laptop_b(a: Database, campaign_id: int, tmp_path: Path) -> tuple[Database, int]:
    """Laptop B, prepared from A's file (with the register's keys)."""
    prepared = tmp_path / "prepared.pbdesk"
    export_campaign(a, campaign_id, prepared, include_personal_data=True)
    b = open_database(tmp_path / "b.sqlite3")
    apply_import(b, plan_import(b, prepared), author=AUTHOR)
    with a.session() as session:
        uuid = session.get(Campaign, campaign_id).uuid  # type: ignore[union-attr]
    return b, campaign_id_of(b, uuid)


def _type(database: Database, entry_id: int, lines: tuple[str, ...]) -> None:
    for text in lines:
        assert enter_ballot(database, entry_id, text, AUTHOR).sequence is not None


def test_two_laptops_typing_a_stations_default_stack_lose_no_ballot(
    any_database: Database, tmp_path: Path
) -> None:
    a = any_database
    voting = make_vote_campaign(a)
    b, b_campaign = _laptop_b(a, voting.id, tmp_path)
    try:
        # Both laptops open the station's default stack (label "") as pass A.
        entry_a = open_entry(a, station_of(a, voting.id), "opératrice A", AUTHOR)
        _type(a, entry_a.id, ("1", "2", "1 2"))
        entry_b = open_entry(b, station_of(b, b_campaign), "opératrice B", AUTHOR)
        _type(b, entry_b.id, ("3", "4"))
        back = tmp_path / "laptop-b.pbdesk"
        export_campaign(b, b_campaign, back, include_personal_data=True)
        plan = plan_import(a, back)
        # Two different stacks, not one made twice: B's gets a label of its own.
        assert [(r.table, r.before, r.after) for r in plan.renamings] == [
            ("ballot_stack", "", "(2)")
        ]
        assert any("«»" in line and "(2)" in line for line in plan.summary())
        assert not [c for c in plan.conflicts if c.table in ("ballot", "entry_session")]
        apply_import(a, plan, author=AUTHOR)
        assert count(a, Ballot) == 5
        entries = {(e.stack_label, e.pass_label): e.ballots for e in list_entries(a, voting.id)}
        assert entries == {("", "A"): 3, ("(2)", "A"): 2}
        # Back on laptop B: the same five ballots, B's stack under its new label.
        there = tmp_path / "laptop-a.pbdesk"
        export_campaign(a, voting.id, there, include_personal_data=True)
        apply_import(b, plan_import(b, there), author=AUTHOR)
        assert count(b, Ballot) == 5
        entries_b = {(e.stack_label, e.pass_label): e.ballots for e in list_entries(b, b_campaign)}
        assert entries_b == entries
    finally:
        b.close()


def test_a_shared_stack_typed_on_two_laptops_keeps_every_pass_and_ballot(
    any_database: Database, tmp_path: Path
) -> None:
    a = any_database
    voting = make_vote_campaign(a)
    station = station_of(a, voting.id)
    # A shared session: pass A of "urne 1", opened before B was prepared, typed on both.
    shared = open_entry(a, station, "opératrice", AUTHOR, stack_label="urne 1")
    _type(a, shared.id, ("1",))
    # A stack prepared before the file left, with no pass yet.
    with a.session() as session:
        session.add(BallotStack(campaign_id=voting.id, station_id=station, label="urne 2"))
    b, b_campaign = _laptop_b(a, voting.id, tmp_path)
    try:
        b_shared = next(e for e in list_entries(b, b_campaign) if e.stack_label == "urne 1")
        for database, campaign_id, shared_id, lines in (
            (a, voting.id, shared.id, ("2", "3")),
            (b, b_campaign, b_shared.id, ("4",)),
        ):
            _type(database, shared_id, lines)
            entry = open_entry(
                database, station_of(database, campaign_id), "op", AUTHOR, stack_label="urne 2"
            )
            assert entry.pass_label == "A"
            _type(database, entry.id, lines)
        back = tmp_path / "laptop-b.pbdesk"
        export_campaign(b, b_campaign, back, include_personal_data=True)
        plan = plan_import(a, back)
        renamed = {(r.table, r.before, r.after) for r in plan.renamings}
        # B's pass A of "urne 2" becomes its pass B (a second typing of that stack); B's
        # ballot typed at place 2 of the shared session goes to the end of it.
        assert renamed == {("entry_session", "A", "B"), ("ballot", 2, 4)}
        apply_import(a, plan, author=AUTHOR)
        assert count(a, Ballot) == 1 + 2 + 1 + 2 + 1
        entries = {(e.stack_label, e.pass_label): e.ballots for e in list_entries(a, voting.id)}
        assert entries == {("urne 1", "A"): 4, ("urne 2", "A"): 2, ("urne 2", "B"): 1}
    finally:
        b.close()


def test_a_default_export_never_counts_blank_keys_as_double_signatures(
    any_database: Database, tmp_path: Path
) -> None:
    voting = make_vote_campaign(any_database)
    station = station_of(any_database, voting.id)
    for name in ("Durand", "Martin", "Petit"):
        assert sign_in(any_database, station, name, "Léa", date(1990, 5, 17)).signed
    without = tmp_path / "without.pbdesk"
    export_campaign(any_database, voting.id, without)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        plan = plan_import(other, without)
        assert any("double" in line for line in plan.summary())
        result = apply_import(other, plan, author=AUTHOR)
        assert count(other, SignIn) == 3
        assert register_summary(other, result.campaign_id).double_signatures == 0
    finally:
        other.close()


def _secret(database: Database, campaign_id: int) -> str:
    with database.session() as session:
        return session.scalars(
            select(Vote.register_secret).where(Vote.campaign_id == campaign_id)
        ).one()


def test_the_register_secret_stays_home_and_a_new_one_is_drawn(
    any_database: Database, tmp_path: Path
) -> None:
    voting = make_vote_campaign(any_database)
    secret = _secret(any_database, voting.id)
    station = station_of(any_database, voting.id)
    assert sign_in(any_database, station, "Durand", "Léa", date(1990, 5, 17)).signed
    without = tmp_path / "without.pbdesk"
    export_campaign(any_database, voting.id, without)
    [vote] = data_of(without)["tables"]["vote"]
    assert vote["register_secret"] == ""
    assert all(secret.encode() not in content for content in members_of(without).values())
    with_keys = tmp_path / "with.pbdesk"
    export_campaign(any_database, voting.id, with_keys, include_personal_data=True)
    assert data_of(with_keys)["tables"]["vote"][0]["register_secret"] == secret

    other = open_database(tmp_path / "other.sqlite3")
    try:
        # Arriving whole without its secret: a new one, so a new key id, said in the summary.
        plan = plan_import(other, without)
        assert plan.new_register_secret
        assert any("secret" in line for line in plan.summary())
        result = apply_import(other, plan, author=AUTHOR)
        drawn = _secret(other, result.campaign_id)
        assert len(drawn) == 64 and key_id(drawn) != key_id(secret)
        there = station_of(other, result.campaign_id)
        assert sign_in(other, there, "Martin", "Paul", date(1980, 1, 2)).signed
        # A file with the keys of the first secret merges; its signatures are said to be
        # unverifiable here, and the secret drawn here stays.
        plan = plan_import(other, with_keys)
        assert not plan.new_register_secret and plan.foreign_keys == 1
        apply_import(other, plan, author=AUTHOR)
        assert _secret(other, result.campaign_id) == drawn
        # Merging the default export back into the origin keeps the origin's secret.
        back = tmp_path / "back.pbdesk"
        export_campaign(other, result.campaign_id, back)
        plan = plan_import(any_database, back)
        assert not plan.new_register_secret and plan.foreign_keys == 0
        apply_import(any_database, plan, author=AUTHOR)
        assert _secret(any_database, voting.id) == secret
    finally:
        other.close()


def test_an_entry_set_aside_stays_aside_when_its_laptop_is_merged_again(
    any_database: Database, tmp_path: Path
) -> None:
    """Both laptops typed the second entry of a stack prepared before the file left: merged,
    the stack has three entries; the one set aside on A is not brought back by B's next file
    (it travels as set aside instead)."""
    from pbdesk.workspace.ballots import close_entry
    from pbdesk.workspace.double_entry import discard_entry, list_stacks

    a = any_database
    voting = make_vote_campaign(a)
    station = station_of(a, voting.id)
    first = open_entry(a, station, "Karim", AUTHOR, stack_label="urne 1")
    _type(a, first.id, ("1", "2"))
    close_entry(a, first.id, AUTHOR)
    b, b_campaign = _laptop_b(a, voting.id, tmp_path)
    try:
        for database, campaign_id, operator, lines in (
            (a, voting.id, "Lina", ("1", "2")),
            (b, b_campaign, "Sophie", ("1", "3")),
        ):
            entry = open_entry(
                database, station_of(database, campaign_id), operator, AUTHOR, stack_label="urne 1"
            )
            _type(database, entry.id, lines)
            close_entry(database, entry.id, AUTHOR)
        back = tmp_path / "laptop-b.pbdesk"
        export_campaign(b, b_campaign, back, include_personal_data=True)
        apply_import(a, plan_import(a, back), author=AUTHOR)
        [stack] = list_stacks(a, voting.id)
        assert stack.passes == ("A", "B", "C") and stack.official_session_id is None
        sophie = next(e for e in list_entries(a, voting.id) if e.operator == "Sophie")
        discard_entry(a, sophie.id, "Le bulletin 2 porte le code 2.", AUTHOR)
        [stack] = list_stacks(a, voting.id)
        assert stack.passes == ("A", "B") and stack.problem == "" and stack.ballots == 2

        # B's next file still holds Sophie's entry as it was: it stays aside here.
        _type(
            b,
            open_entry(b, station_of(b, b_campaign), "Sophie", AUTHOR, stack_label="urne 2").id,
            ("4",),
        )
        export_campaign(b, b_campaign, back, include_personal_data=True)
        apply_import(a, plan_import(a, back), author=AUTHOR)
        [first_stack, _second] = list_stacks(a, voting.id)
        assert first_stack.passes == ("A", "B") and first_stack.problem == ""
        assert {e.operator for e in list_entries(a, voting.id)} == {"Karim", "Lina", "Sophie"}
        assert all(
            e.stack_label == "urne 2" for e in list_entries(a, voting.id) if e.operator == "Sophie"
        )

        # And A's file sets it aside on B too.
        there = tmp_path / "laptop-a.pbdesk"
        export_campaign(a, voting.id, there, include_personal_data=True)
        apply_import(b, plan_import(b, there), author=AUTHOR)
        [b_first, _b_second] = list_stacks(b, b_campaign)
        assert b_first.passes == ("A", "B") and b_first.problem == ""
    finally:
        b.close()
