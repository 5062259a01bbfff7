"""Sign-in: one vote per resident (here or on another laptop), proxies, age, and the purge."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pbdesk.domain.errors import DomainError
from pbdesk.domain.register import AgeBand
from pbdesk.domain.vote import ResidenceRule
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import JournalEntry, SignIn, SignInCount, VoteResult
from pbdesk.workspace.vote import get_settings, save_settings
from pbdesk.workspace.vote_register import (
    Identity,
    ImportedSignIn,
    SignInStatus,
    import_sign_ins,
    purge_register,
    register_summary,
    sign_in,
)

from .support import AUTHOR, VoteCampaign

VOTE_DAY = datetime(2026, 6, 13, 10, 30, tzinfo=UTC)


def settings_with(database: Database, campaign_id: int, **changes: object) -> None:
    view = get_settings(database, campaign_id)
    save_settings(database, campaign_id, replace(view.settings, **changes), AUTHOR)  # type: ignore[arg-type]


def test_a_second_signature_is_refused_whatever_the_spelling(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    first = sign_in(
        any_database, station, "N'Diaye", "Jean-Pierre Éric", date(1980, 1, 2), at=VOTE_DAY
    )
    assert first.signed and first.status is SignInStatus.SIGNED
    again = sign_in(
        any_database,
        station,
        "ndiaye",
        "jean pierre eric",
        date(1980, 1, 2),
        at=VOTE_DAY + timedelta(hours=2),
    )
    assert again.status is SignInStatus.ALREADY_SIGNED and not again.signed
    assert "Bureau 1" in again.message and "13/06/2026" in again.message
    other = sign_in(any_database, station, "Ndiaye", "Jean-Pierre", date(1980, 1, 2), at=VOTE_DAY)
    assert other.signed
    with any_database.session() as session:
        assert session.scalar(select(func.count()).select_from(SignIn)) == 2


def test_the_register_keeps_no_name_unless_the_campaign_opts_in(
    any_database: Database, voting: VoteCampaign
) -> None:
    sign_in(any_database, voting.stations[0], "Martin", "Léa", date(1990, 5, 1), at=VOTE_DAY)
    settings_with(any_database, voting.id, keep_names=True)
    sign_in(any_database, voting.stations[0], "Durand", "Paul", date(1950, 5, 1), at=VOTE_DAY)
    with any_database.session() as session:
        rows = session.scalars(select(SignIn).order_by(SignIn.id)).all()
        assert [(r.last_name, r.first_name) for r in rows] == [("", ""), ("Durand", "Paul")]
        assert [r.age_band for r in rows] == [AgeBand.FROM_30_TO_59, AgeBand.FROM_60]
        for row in rows:
            values = " ".join(str(getattr(row, c.key)) for c in SignIn.__table__.columns)
            assert "1990" not in values and "martin" not in values.lower()


def test_minimum_age_and_proof_of_address(any_database: Database, voting: VoteCampaign) -> None:
    station = voting.stations[0]
    young = sign_in(any_database, station, "Petit", "Noé", date(2010, 6, 14), at=VOTE_DAY)
    assert young.status is SignInStatus.TOO_YOUNG and "16" in young.message
    assert sign_in(any_database, station, "Petit", "Noé", date(2010, 6, 13), at=VOTE_DAY).signed
    settings_with(any_database, voting.id, residence_rule=ResidenceRule.PROOF)
    refused = sign_in(any_database, station, "Blanc", "Ana", date(1990, 1, 1), at=VOTE_DAY)
    assert refused.status is SignInStatus.PROOF_NEEDED
    assert sign_in(
        any_database, station, "Blanc", "Ana", date(1990, 1, 1), residence_proof=True, at=VOTE_DAY
    ).signed
    with pytest.raises(DomainError):
        sign_in(any_database, station, "Blanc", "Ana", date(2030, 1, 1), at=VOTE_DAY)


def test_proxies_are_refused_unless_allowed_then_limited_per_holder(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    holder = ("Garcia", "Inès", date(1970, 2, 2))
    givers = [Identity("Leroy", name, date(1960, 3, 3)) for name in ("Anne", "Marc", "Rose")]
    refused = sign_in(any_database, station, *holder, proxy_for=givers[0], at=VOTE_DAY)
    assert refused.status is SignInStatus.NO_PROXIES
    settings_with(any_database, voting.id, proxies_allowed=True, max_proxies=2)
    assert sign_in(any_database, station, *holder, proxy_for=givers[0], at=VOTE_DAY).signed
    assert sign_in(
        any_database, station, "GARCIA", "ines", date(1970, 2, 2), proxy_for=givers[1], at=VOTE_DAY
    ).signed
    third = sign_in(any_database, station, *holder, proxy_for=givers[2], at=VOTE_DAY)
    assert third.status is SignInStatus.PROXY_LIMIT and "2" in third.message
    # The holder still votes for themselves, once; a giver cannot vote again in person.
    assert sign_in(any_database, station, *holder, at=VOTE_DAY).signed
    again = sign_in(any_database, station, "Leroy", "Anne", date(1960, 3, 3), at=VOTE_DAY)
    assert again.status is SignInStatus.ALREADY_SIGNED
    with pytest.raises(DomainError):
        sign_in(any_database, station, *holder, proxy_for=Identity(*holder), at=VOTE_DAY)
    summary = register_summary(any_database, voting.id)
    assert (summary.signatures, summary.proxies, summary.double_signatures) == (3, 2, 0)


def _exported(database: Database) -> list[ImportedSignIn]:
    """What another laptop's project file would carry: its register entries."""
    with database.session() as session:
        return [
            ImportedSignIn(
                station_id=row.station_id,
                signed_at=row.signed_at,
                identity_key=row.identity_key,
                key_id=row.key_id,
                proxy=row.proxy,
                proxy_holder_key=row.proxy_holder_key,
                age_band=AgeBand(row.age_band),
                uuid=row.uuid,
            )
            for row in session.scalars(select(SignIn))
        ]


def test_registers_of_two_laptops_merge_and_show_double_signatures(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    sign_in(any_database, station, "Martin", "Léa", date(1990, 5, 1), at=VOTE_DAY)
    laptop_b = _exported(any_database)
    with any_database.session() as session:  # the other laptop's entry, under its own uuid
        session.query(SignIn).delete()
    laptop_b = [replace(entry, uuid=None) for entry in laptop_b]
    sign_in(any_database, station, "MARTIN", "lea", date(1990, 5, 1), at=VOTE_DAY)
    doubles = import_sign_ins(any_database, voting.id, laptop_b, "portable B", AUTHOR)
    assert doubles == 1
    refused = sign_in(any_database, station, "Martin", "Léa", date(1990, 5, 1), at=VOTE_DAY)
    assert refused.status is SignInStatus.ALREADY_SIGNED
    assert register_summary(any_database, voting.id).double_signatures == 1
    foreign = [replace(laptop_b[0], key_id="0" * 16)]
    with pytest.raises(DomainError, match="portable C"):
        import_sign_ins(any_database, voting.id, foreign, "portable C", AUTHOR)


def test_an_imported_signature_is_named_with_its_laptop(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    sign_in(any_database, station, "Martin", "Léa", date(1990, 5, 1), at=VOTE_DAY)
    entries = [replace(entry, uuid=None) for entry in _exported(any_database)]
    with any_database.session() as session:
        session.query(SignIn).delete()
    import_sign_ins(any_database, voting.id, entries, "portable B", AUTHOR)
    again = sign_in(any_database, station, "Martin", "Lea", date(1990, 5, 1), at=VOTE_DAY)
    assert again.status is SignInStatus.ALREADY_SIGNED and "portable B" in again.message


def test_the_purge_waits_for_the_recourse_period_and_keeps_counts(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    for n, born in enumerate([date(1990, 1, 1), date(1991, 1, 1), date(1950, 1, 1)]):
        sign_in(any_database, station, "Habitant", f"N{n}", born, at=VOTE_DAY)
    with pytest.raises(DomainError):
        purge_register(any_database, voting.id, AUTHOR, at=VOTE_DAY)
    with any_database.session() as session:  # results published on 20 June
        session.add(
            VoteResult(
                campaign_id=voting.id,
                rule="greedy",
                tie_break="cost",
                source="ballots",
                published_at=datetime(2026, 6, 20, 18, tzinfo=UTC),
            )
        )
    with pytest.raises(DomainError, match="20/08/2026"):
        purge_register(any_database, voting.id, AUTHOR, at=datetime(2026, 8, 19, 12, tzinfo=UTC))
    deleted = purge_register(
        any_database, voting.id, AUTHOR, at=datetime(2026, 8, 20, 12, tzinfo=UTC)
    )
    assert deleted == 3
    with any_database.session() as session:
        assert session.scalar(select(func.count()).select_from(SignIn)) == 0
        counts = {
            (row.age_band, row.day): row.signatures for row in session.scalars(select(SignInCount))
        }
        assert counts == {("30_59", date(2026, 6, 13)): 2, ("60_plus", date(2026, 6, 13)): 1}
        line = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "register.purge")
        ).one()
        assert line.details["deleted"] == 3
    summary = register_summary(any_database, voting.id)
    assert summary.signatures == 3 and summary.purged_at is not None
    assert summary.by_age_band == {AgeBand.FROM_30_TO_59: 2, AgeBand.FROM_60: 1}
    with pytest.raises(DomainError):
        sign_in(any_database, station, "Tardif", "Jo", date(1990, 1, 1), at=VOTE_DAY)


def test_the_register_closes_once_the_results_are_published(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    sign_in(any_database, station, "Habitant", "Avant", date(1990, 1, 1), at=VOTE_DAY)
    assert register_summary(any_database, voting.id).closed == ""
    with any_database.session() as session:
        session.add(
            VoteResult(
                campaign_id=voting.id,
                rule="greedy",
                tie_break="cost",
                source="ballots",
                published_at=datetime(2026, 6, 20, 18, tzinfo=UTC),
            )
        )
    closed = translate(
        "Register",
        "The results of this vote are published: the register is closed, nobody can sign "
        "it any more.",
    )
    with pytest.raises(DomainError) as refused:
        sign_in(any_database, station, "Tardif", "Jo", date(1990, 1, 1), at=VOTE_DAY)
    assert refused.value.message == closed
    with any_database.session() as session:  # nothing written: the count stays as published
        assert session.scalar(select(func.count()).select_from(SignIn)) == 1
    summary = register_summary(any_database, voting.id)
    assert summary.closed == closed and summary.signatures == 1


def test_signatures_without_their_keys_are_never_double_signatures(
    any_database: Database, voting: VoteCampaign
) -> None:
    station = voting.stations[0]
    for name in ("Martin", "Durand", "Petit"):
        sign_in(any_database, station, name, "Léa", date(1990, 5, 1), at=VOTE_DAY)
    # A register that travelled in a file without personal data: its keys are blank.
    blank = [replace(entry, uuid=None, identity_key="") for entry in _exported(any_database)]
    with any_database.session() as session:
        session.query(SignIn).delete()
    assert import_sign_ins(any_database, voting.id, blank, "portable B", AUTHOR) == 0
    assert register_summary(any_database, voting.id).double_signatures == 0
    # A real double signature is still found beside them.
    sign_in(any_database, station, "Martin", "Léa", date(1990, 5, 1), at=VOTE_DAY)
    keyed = [replace(entry, uuid=None) for entry in _exported(any_database) if entry.identity_key]
    assert import_sign_ins(any_database, voting.id, keyed, "portable C", AUTHOR) == 1
