"""The sign-in register (émargement): one vote per resident, proxies, and the purge.

An agent types the voter's last name, first names and birth date; pbdesk keeps only the
keyed hash of that identity (``pbdesk.domain.register``), the station, the time, the proxy
flag and an age band — the names only when the campaign opted in. It says at once whether
the person already signed, here or on another laptop whose register was imported: all
laptops of a campaign share its secret (it travels in the campaign's file), so the same
person has the same key everywhere and merged registers show double signatures.

Nothing here refers to ballots, and nothing in the ballots refers to this register.

Signatures are not journaled one by one (the journal is not a second register); refusals
are not stored. The purge after the recourse period is journaled with the counts it keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pbdesk.domain.errors import DomainError
from pbdesk.domain.register import (
    AgeBand,
    add_months,
    check_birth_date,
    identity_key,
    key_id,
)
from pbdesk.domain.vote import ResidenceRule
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import PollingStation, SignIn, SignInCount, Vote, VoteResult
from pbdesk.store.types import utcnow
from pbdesk.workspace import journal
from pbdesk.workspace.polling_stations import station_row
from pbdesk.workspace.vote import require_vote


@dataclass(frozen=True)
class Identity:
    """A person as the agent types them."""

    last_name: str
    first_name: str
    birth_date: date


class SignInStatus(StrEnum):
    SIGNED = "signed"
    ALREADY_SIGNED = "already_signed"
    TOO_YOUNG = "too_young"
    NO_PROXIES = "no_proxies"
    PROXY_LIMIT = "proxy_limit"
    PROOF_NEEDED = "proof_needed"


@dataclass(frozen=True)
class SignInOutcome:
    """What the desk is told: signed (give the ballot) or why not, in one sentence."""

    status: SignInStatus
    message: str
    entry_id: int | None = None

    @property
    def signed(self) -> bool:
        return self.status is SignInStatus.SIGNED


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _earlier(session: Session, campaign_id: int, key: str) -> SignIn | None:
    return session.scalar(
        select(SignIn)
        .where(SignIn.campaign_id == campaign_id, SignIn.identity_key == key)
        .order_by(SignIn.signed_at, SignIn.id)
        .limit(1)
    )


def _already_message(session: Session, earlier: SignIn, proxy: bool) -> str:
    station = session.get(PollingStation, earlier.station_id)
    local = earlier.signed_at.astimezone()
    values = {
        "station": station.name if station else "?",
        "day": local.strftime("%d/%m/%Y"),
        "time": local.strftime("%H:%M"),
        "origin": earlier.origin,
    }
    if proxy:
        text = translate(
            "Register",
            "The person giving the proxy already voted: signed at «{station}» on {day} at {time}.",
        )
    else:
        text = translate(
            "Register", "Already signed at «{station}» on {day} at {time}: no second vote."
        )
    if earlier.origin:
        text += " " + translate("Register", "(register imported from {origin})")
    return text.format(**values)


def sign_in(
    database: Database,
    station_id: int,
    last_name: str,
    first_name: str,
    birth_date: date,
    proxy_for: Identity | None = None,
    *,
    residence_proof: bool = False,
    at: datetime | None = None,
) -> SignInOutcome:
    """Sign a voter in at a station — or, with ``proxy_for``, the person they vote for.

    Refusals (already signed, too young, proxies not allowed or over the limit, proof of
    address missing) come back as an outcome with its sentence and write nothing; a typing
    problem (empty name, impossible birth date) or a closed register (results published,
    register purged: ``closed_reason``) raises ``DomainError`` and writes nothing.
    """
    moment = at or utcnow()
    day = _local_day(moment)
    with database.session() as session:
        station = station_row(session, station_id)
        campaign_id = station.campaign_id
        vote = require_vote(session, campaign_id)
        closed = closed_reason(session, campaign_id, vote)
        if closed:
            raise DomainError(closed)
        secret = vote.register_secret
        present_age = check_birth_date(birth_date, day)
        present_key = identity_key(secret, last_name, first_name, birth_date)
        if proxy_for is not None:
            voter_age = check_birth_date(proxy_for.birth_date, day)
            voter_key = identity_key(
                secret, proxy_for.last_name, proxy_for.first_name, proxy_for.birth_date
            )
            if voter_key == present_key:
                raise DomainError(translate("Register", "A voter cannot hold their own proxy."))
        else:
            voter_age, voter_key = present_age, present_key
        refusal = _refusal(
            session,
            vote,
            voter_key,
            voter_age,
            present_key,
            present_age,
            proxy_for,
            residence_proof,
        )
        if refusal is not None:
            return refusal
        keep = vote.register_keeps_names
        named = proxy_for if proxy_for is not None else Identity(last_name, first_name, birth_date)
        entry = SignIn(
            campaign_id=campaign_id,
            station_id=station.id,
            signed_at=moment,
            identity_key=voter_key,
            key_id=key_id(secret),
            proxy=proxy_for is not None,
            proxy_holder_key=present_key if proxy_for is not None else None,
            age_band=AgeBand.of(voter_age).value,
            last_name=" ".join(named.last_name.split())[:200] if keep else "",
            first_name=" ".join(named.first_name.split())[:200] if keep else "",
        )
        session.add(entry)
        session.flush()
        message = (
            translate("Register", "Proxy vote signed: give one ballot.")
            if proxy_for is not None
            else translate("Register", "Signed: give one ballot.")
        )
        return SignInOutcome(SignInStatus.SIGNED, message, entry.id)


def closed_reason(session: Session, campaign_id: int, vote: Vote) -> str:
    """Why nobody may sign the register any more (one sentence), or "" while it is open.

    The register closes when the results are published (the count of signatures is part of
    the result and of its record) and, of course, once it is purged.
    """
    if vote.register_purged_at is not None:
        return translate(
            "Register", "The register of this vote was purged: nobody can sign it any more."
        )
    published = session.scalar(
        select(func.count()).where(
            VoteResult.campaign_id == campaign_id, VoteResult.published_at.is_not(None)
        )
    )
    if published:
        return translate(
            "Register",
            "The results of this vote are published: the register is closed, nobody can sign "
            "it any more.",
        )
    return ""


def _refusal(
    session: Session,
    vote: Vote,
    voter_key: str,
    voter_age: int,
    present_key: str,
    present_age: int,
    proxy_for: Identity | None,
    residence_proof: bool,
) -> SignInOutcome | None:
    campaign_id = vote.campaign_id
    if proxy_for is not None and not vote.proxies_allowed:
        return SignInOutcome(
            SignInStatus.NO_PROXIES,
            translate("Register", "This vote does not allow proxies."),
        )
    earlier = _earlier(session, campaign_id, voter_key)
    if earlier is not None:
        return SignInOutcome(
            SignInStatus.ALREADY_SIGNED,
            _already_message(session, earlier, proxy_for is not None),
        )
    minimum = vote.min_age
    if minimum is not None and voter_age < minimum:
        return SignInOutcome(
            SignInStatus.TOO_YOUNG,
            translate("Register", "The vote is open from {age} years old.").format(age=minimum),
        )
    if proxy_for is not None:
        if minimum is not None and present_age < minimum:
            return SignInOutcome(
                SignInStatus.TOO_YOUNG,
                translate("Register", "A proxy holder must be {age} years old or more.").format(
                    age=minimum
                ),
            )
        held = session.scalar(
            select(func.count()).where(
                SignIn.campaign_id == campaign_id, SignIn.proxy_holder_key == present_key
            )
        )
        if (held or 0) >= vote.max_proxies:
            return SignInOutcome(
                SignInStatus.PROXY_LIMIT,
                translate(
                    "Register", "This person already holds {count} proxies, the most allowed."
                ).format(count=held),
            )
    if vote.residence_rule == ResidenceRule.PROOF.value and not residence_proof:
        return SignInOutcome(
            SignInStatus.PROOF_NEEDED,
            translate("Register", "Check a proof of address before signing."),
        )
    return None


@dataclass(frozen=True)
class ImportedSignIn:
    """A register entry from another laptop of the same campaign (a merged project file)."""

    station_id: int
    signed_at: datetime
    identity_key: str
    key_id: str
    proxy: bool
    proxy_holder_key: str | None
    age_band: AgeBand
    uuid: str | None = None


def import_sign_ins(
    database: Database,
    campaign_id: int,
    entries: Iterable[ImportedSignIn],
    origin: str,
    author: str,
) -> int:
    """Add another laptop's register entries; returns how many are double signatures.

    Entries keyed with another secret are refused (the laptops were not prepared from the
    same campaign file); an entry already here (same uuid) is skipped.
    """
    origin = origin.strip() or "?"
    with database.session() as session:
        vote = require_vote(session, campaign_id)
        ours = key_id(vote.register_secret)
        stations = set(
            session.scalars(
                select(PollingStation.id).where(PollingStation.campaign_id == campaign_id)
            )
        )
        known = set(session.scalars(select(SignIn.uuid).where(SignIn.campaign_id == campaign_id)))
        added = 0
        for entry in entries:
            if entry.key_id != ours:
                raise DomainError(
                    translate(
                        "Register",
                        "The register from {origin} was made with another secret: it does not "
                        "come from this campaign's file, and cannot be merged.",
                    ).format(origin=origin)
                )
            if entry.station_id not in stations:
                raise DomainError(translate("Vote", "This polling station no longer exists."))
            if entry.uuid is not None and entry.uuid in known:
                continue
            row = SignIn(
                campaign_id=campaign_id,
                station_id=entry.station_id,
                signed_at=entry.signed_at,
                identity_key=entry.identity_key,
                key_id=entry.key_id,
                proxy=entry.proxy,
                proxy_holder_key=entry.proxy_holder_key,
                age_band=entry.age_band.value,
                origin=origin[:200],
            )
            if entry.uuid is not None:
                row.uuid = entry.uuid
            session.add(row)
            added += 1
        session.flush()
        doubles = _double_signatures(session, campaign_id)
        journal.record(
            session,
            campaign_id,
            author,
            "register.import",
            translate(
                "Journal", "Register from {origin} merged: {count} signatures, {doubles} double."
            ).format(origin=origin, count=added, doubles=doubles),
            origin=origin,
            added=added,
            doubles=doubles,
        )
        return doubles


def _double_signatures(session: Session, campaign_id: int) -> int:
    """Signatures beyond the first of the same person (found when registers merge).

    A blank key (a register imported from a file without personal data) says nothing of who
    signed: never a double signature."""
    repeated = (
        select(func.count().label("n"))
        .where(SignIn.campaign_id == campaign_id, SignIn.identity_key != "")
        .group_by(SignIn.identity_key)
        .having(func.count() > 1)
        .subquery()
    )
    total = session.scalar(select(func.sum(repeated.c.n - 1)))
    return int(total or 0)


@dataclass(frozen=True)
class StationSignatures:
    station_id: int
    station_name: str
    signatures: int
    proxies: int


@dataclass(frozen=True)
class RegisterSummary:
    stations: tuple[StationSignatures, ...]
    signatures: int
    proxies: int
    double_signatures: int
    by_age_band: dict[AgeBand, int]
    purged_at: datetime | None
    #: The first day the register may be purged; None until the results are published.
    purge_from: date | None = None
    #: Why the register is closed to new signatures (results published, or purged), else "".
    closed: str = ""


def signature_counts(session: Session, campaign_id: int) -> dict[int, tuple[int, int]]:
    """Per station id: (signatures, proxies), from the register or what its purge kept."""
    counts: dict[int, tuple[int, int]] = {}
    for station_id, signatures, proxies in session.execute(
        select(SignIn.station_id, func.count(), func.count(SignIn.proxy_holder_key))
        .where(SignIn.campaign_id == campaign_id)
        .group_by(SignIn.station_id)
    ):
        counts[station_id] = (int(signatures), int(proxies))
    for kept_station, kept, kept_proxies in session.execute(
        select(
            SignInCount.station_id, func.sum(SignInCount.signatures), func.sum(SignInCount.proxies)
        )
        .where(SignInCount.campaign_id == campaign_id, SignInCount.station_id.is_not(None))
        .group_by(SignInCount.station_id)
    ):
        assert kept_station is not None
        before = counts.get(kept_station, (0, 0))
        counts[kept_station] = (before[0] + int(kept or 0), before[1] + int(kept_proxies or 0))
    return counts


def register_summary(database: Database, campaign_id: int) -> RegisterSummary:
    """Signatures per station, proxies, double signatures found, age bands."""
    with database.session() as session:
        vote = require_vote(session, campaign_id)
        counts = signature_counts(session, campaign_id)
        stations = session.execute(
            select(PollingStation.id, PollingStation.name)
            .where(PollingStation.campaign_id == campaign_id)
            .order_by(PollingStation.position, PollingStation.id)
        ).all()
        bands: Counter[AgeBand] = Counter()
        for band, count in session.execute(
            select(SignIn.age_band, func.count())
            .where(SignIn.campaign_id == campaign_id)
            .group_by(SignIn.age_band)
        ):
            bands[AgeBand(band)] += int(count)
        for band, count in session.execute(
            select(SignInCount.age_band, func.sum(SignInCount.signatures))
            .where(SignInCount.campaign_id == campaign_id)
            .group_by(SignInCount.age_band)
        ):
            bands[AgeBand(band)] += int(count or 0)
        lines = tuple(
            StationSignatures(station_id, name, *counts.get(station_id, (0, 0)))
            for station_id, name in stations
        )
        return RegisterSummary(
            stations=lines,
            signatures=sum(line.signatures for line in lines),
            proxies=sum(line.proxies for line in lines),
            double_signatures=_double_signatures(session, campaign_id),
            by_age_band=dict(bands),
            purged_at=vote.register_purged_at,
            purge_from=purge_date(session, campaign_id, vote),
            closed=closed_reason(session, campaign_id, vote),
        )


def purge_date(session: Session, campaign_id: int, vote: Vote) -> date | None:
    """The first day the register may be purged: the recourse period after the results."""
    published = session.scalar(
        select(func.min(VoteResult.published_at)).where(
            VoteResult.campaign_id == campaign_id, VoteResult.published_at.is_not(None)
        )
    )
    if published is None:
        return None
    return add_months(_local_day(published), vote.recourse_months)


def purge_register(
    database: Database, campaign_id: int, author: str, *, at: datetime | None = None
) -> int:
    """Replace the register by counts per station, day and age band, once the recourse
    period after the results is over; journaled. Returns how many entries were deleted."""
    moment = at or utcnow()
    with database.session() as session:
        vote = require_vote(session, campaign_id)
        if vote.register_purged_at is not None:
            return 0
        allowed = purge_date(session, campaign_id, vote)
        if allowed is None:
            raise DomainError(
                translate(
                    "Register",
                    "The register is kept until the recourse period after the "
                    "results is over; the results are not published yet.",
                )
            )
        if _local_day(moment) < allowed:
            raise DomainError(
                translate("Register", "The register is kept for recourse until {date}.").format(
                    date=allowed.strftime("%d/%m/%Y")
                )
            )
        counts: Counter[tuple[int, date, str]] = Counter()
        proxies: Counter[tuple[int, date, str]] = Counter()
        for station_id, signed_at, band, proxy in session.execute(
            select(SignIn.station_id, SignIn.signed_at, SignIn.age_band, SignIn.proxy).where(
                SignIn.campaign_id == campaign_id
            )
        ):
            key = (station_id, _local_day(signed_at), band)
            counts[key] += 1
            proxies[key] += int(bool(proxy))
        for (station_id, day, band), count in sorted(counts.items()):
            session.add(
                SignInCount(
                    campaign_id=campaign_id,
                    station_id=station_id,
                    day=day,
                    age_band=band,
                    signatures=count,
                    proxies=proxies[(station_id, day, band)],
                )
            )
        deleted = sum(counts.values())
        session.execute(delete(SignIn).where(SignIn.campaign_id == campaign_id))
        vote.register_purged_at = moment
        journal.record(
            session,
            campaign_id,
            author,
            "register.purge",
            translate(
                "Journal",
                "Sign-in register purged: {count} entries deleted, counts per station, day and "
                "age band kept.",
            ).format(count=deleted),
            deleted=deleted,
        )
        return deleted
