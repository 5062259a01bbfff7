"""The demo's votations and designation: invented votes with published results.

For each edition decided by a vote (the ``vote`` entry of ``resources/demo/demo.json``): the
règlement, the polling stations, ballot codes for the projects on the ballot, a sign-in
register of invented identities, the paper ballots typed in (one station entered twice, the
two entries agreeing), each station reconciled, a count and its published results — so the
applications end funded or not funded, the journal tells the evening and the one-year review
is scheduled. Pertuis 2020 (no vote, lockdown) gets the core group's designation instead.

Everything goes through the workspace services, inside the demo's one transaction: they take
a ``Database`` and open ``database.session()``, so they are handed ``_InSession``, which
answers with the demo's session. Names, birth dates, ballots and times are drawn from a
seeded random generator: the same demo file gives the same votes. All of it belongs to
sample campaigns (« Données d'exemple »).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.money import parse_euros
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import BallotKind, ResidenceRule, VoteSettings
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Ballot,
    Campaign,
    EntrySession,
    JournalEntry,
    Vote,
    VoteResult,
)
from pbdesk.workspace.ballot_codes import assign_codes
from pbdesk.workspace.ballots import close_entry, enter_ballot, open_entry
from pbdesk.workspace.designation import DesignationInput, record_designation
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.tie_draws import record_draw
from pbdesk.workspace.vote import save_settings
from pbdesk.workspace.vote_count import DrawNeeded
from pbdesk.workspace.vote_publish import publish_results
from pbdesk.workspace.vote_register import Identity, sign_in
from pbdesk.workspace.vote_results import count_votes
from pbdesk.workspace.vote_totals import reconcile_station

#: Invented identities are drawn from these (common names; no combination is anyone's).
_FIRST_NAMES = (
    "Adam", "Aïcha", "Alain", "Amina", "Anaïs", "Antoine", "Bilal", "Brigitte", "Chantal",
    "Chloé", "Claude", "Djamel", "Dominique", "Élise", "Enzo", "Fatou", "Françoise", "Hakim",
    "Hugo", "Inès", "Jamila", "Jeanne", "Josiane", "Kamel", "Karima", "Kevin", "Lina",
    "Louis", "Lucie", "Malik", "Manon", "Marc", "Mariam", "Mathis", "Mohamed", "Monique",
    "Nassim", "Nathalie", "Noah", "Océane", "Omar", "Patrick", "Rayan", "Rose", "Salima",
    "Sofiane", "Sylvie", "Thierry", "Wassila", "Yanis", "Yasmine", "Zohra",
)  # fmt: skip
_LAST_NAMES = (
    "Abdallah", "Arnaud", "Ba", "Barbier", "Belkacem", "Benamar", "Bernard", "Bonnet",
    "Boyer", "Camara", "Chabane", "Colin", "Coulibaly", "Da Silva", "Diop", "Dubois",
    "Ferrand", "Ferreira", "Gauthier", "Giraud", "Guerin", "Hadj", "Khelifi", "Lopez",
    "Martin", "Meunier", "Mendy", "Messaoudi", "Morel", "Nguyen", "Ouali", "Perrin",
    "Pereira", "Rey", "Riviere", "Robert", "Saidi", "Santini", "Sow", "Tahar", "Vidal",
    "Zerrouki",
)  # fmt: skip
_DECLARED_NUL = ("* bulletin déchiré", "* bulletin signé", "* choix illisibles", "* deux croix")


class _InSession:
    """The demo's open session seen as a ``Database``: the services' own transactions become
    parts of the demo's one transaction (committed or rolled back with it)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextmanager
    def session(self) -> Iterator[Session]:
        yield self._session


def add_demo_decision(
    session: Session, campaign_id: int, entry: dict[str, Any], author: str
) -> None:
    """Give a demo campaign its vote (``entry["vote"]``) or designation
    (``entry["designation"]``), whichever its frame's decision mode asks for."""
    campaign = session.get(Campaign, campaign_id)
    assert campaign is not None
    database = cast(Database, _InSession(session))
    first_line = _last_journal_id(session)
    if campaign.decision_mode == DecisionMode.DESIGNATION.value and "designation" in entry:
        decided_on = _designate(session, database, campaign, entry["designation"], author)
        _date_journal(session, campaign_id, first_line, decided_on, {}, (0, 16))
    elif campaign.decision_mode == DecisionMode.VOTE.value and "vote" in entry:
        _vote(session, database, campaign, entry["vote"], author)
        vote_on = campaign.vote_on or date(campaign.year, 6, 1)
        _date_journal(session, campaign_id, first_line, vote_on, _WHEN, (3, 10))


# --- the designation (Pertuis 2020) ---------------------------------------------------------


def _designate(
    session: Session, database: Database, campaign: Campaign, plan: dict[str, Any], author: str
) -> date:
    numbers = _applications(session, campaign.id)
    decisions = [
        DesignationInput(numbers[int(d["number"])].id, bool(d["funded"]), d["reasons"])
        for d in plan["decisions"]
    ]
    decided_on = date.fromisoformat(plan["decided_on"])
    record_designation(database, campaign.id, decisions, decided_on, plan["decided_by"], author)
    return decided_on


# --- the vote ---------------------------------------------------------------------------------


def _vote(
    session: Session, database: Database, campaign: Campaign, plan: dict[str, Any], author: str
) -> None:
    rng = random.Random(campaign.year)
    vote_on = campaign.vote_on or date(campaign.year, 6, 1)
    territories = {t.name: t.id for t in campaign.territories}
    save_settings(database, campaign.id, _settings(plan["settings"], territories), author)
    stations = [
        save_station(
            database,
            campaign.id,
            StationInput(
                name=station["name"],
                place=station.get("place", ""),
                territory_id=territories.get(station.get("territory", "")),
                opening=station.get("opening", ""),
            ),
            author,
        )
        for station in plan["stations"]
    ]
    codes = {view.number: view for view in assign_codes(database, campaign.id, author)}
    voters = _Voters(rng, vote_on, plan["settings"].get("min_age") or 16)
    operators: Sequence[str] = plan.get("operators") or [author]
    for station_id, station in zip(stations, plan["stations"], strict=True):
        territory_id = territories.get(station.get("territory", ""))
        opens = datetime.combine(vote_on, time.fromisoformat(station["start"]), tzinfo=UTC)
        ballots = station["voters"]
        signatures = ballots + station.get("left_with_ballot", 0)
        span = timedelta(hours=station.get("hours", 4)) / max(signatures, 1)
        for index in range(signatures):
            voters.sign(database, station_id, opens + span * index, plan.get("proxy", 0.0))
        typed = [_ballot(rng, plan, codes, territory_id) for _ in range(ballots)]
        closes = opens + timedelta(hours=station.get("hours", 4))
        passes = ("A", "B") if station.get("double_entry") else ("A",)
        for number, pass_label in enumerate(passes):
            operator = operators[number % len(operators)]
            view = open_entry(database, station_id, operator, author, pass_label=pass_label)
            for line in typed:
                outcome = enter_ballot(database, view.id, line, author)
                assert outcome.stored, (line, outcome.message)
            close_entry(database, view.id, author)
            _date_entry(session, view.id, closes + timedelta(minutes=30), ballots)
        reconcile_station(database, station_id, ballots, station.get("remark", ""), author)
    evening = datetime.combine(vote_on, time(19, 30), tzinfo=UTC)
    try:
        result = count_votes(database, campaign.id, author)
    except DrawNeeded:
        record_draw(database, campaign.id, plan["witnesses"], author, seed=rng.randrange(10**9))
        result = count_votes(database, campaign.id, author)
    assert result.result_id is not None
    row = session.get(VoteResult, result.result_id)
    assert row is not None
    row.counted_at = evening
    vote = session.scalar(select(Vote).where(Vote.campaign_id == campaign.id))
    assert vote is not None
    vote.frozen_at = datetime.combine(vote_on, time(14), tzinfo=UTC)
    publish_results(database, result.result_id, author, at=evening + timedelta(days=3))


def _settings(data: dict[str, Any], territories: dict[str, int]) -> VoteSettings:
    envelopes = data.get("envelopes") or {}
    threshold = data.get("threshold_percent")
    return VoteSettings(
        ballot_kind=BallotKind(data.get("ballot_kind", "approval")),
        min_choices=int(data.get("min_choices", 1)),
        max_choices=data.get("max_choices", 3),
        min_age=data.get("min_age", 16),
        residence_rule=ResidenceRule(data.get("residence_rule", "declared")),
        proxies_allowed=bool(data.get("proxies_allowed", False)),
        max_proxies=int(data.get("max_proxies", 1)),
        envelopes_per_territory=bool(envelopes),
        territory_envelopes=tuple(
            sorted((territories[name], parse_euros(amount)) for name, amount in envelopes.items())
        ),
        rule=Rule(data.get("rule", "greedy")),
        threshold_percent=Decimal(threshold) if threshold is not None else None,
        tie_break=TieBreak(data.get("tie_break", "cost")),
        double_entry=bool(data.get("double_entry", False)),
    )


def _ballot(
    rng: random.Random, plan: dict[str, Any], codes: dict[int, Any], territory_id: int | None
) -> str:
    """One voter's ballot as the operator types it: codes, blank (empty) or nul."""
    draw = rng.random()
    if draw < plan.get("blank", 0.0):
        return ""
    bias = float(plan.get("home_bias", 1.0))
    weights = {
        view.code: float(plan["support"][str(number)])
        * (1.0 if territory_id is None or view.territory_id in (None, territory_id) else bias)
        for number, view in codes.items()
    }
    most = int(plan["settings"].get("max_choices") or len(weights))
    if draw < plan.get("blank", 0.0) + plan.get("nul", 0.0):
        if rng.random() < 0.5 and most < len(weights):
            return " ".join(_pick(rng, weights, most + 1))  # too many projects ticked
        return rng.choice(_DECLARED_NUL)
    share = plan.get("choices") or [1.0]
    count = rng.choices(range(1, len(share) + 1), weights=share)[0]
    return " ".join(sorted(_pick(rng, weights, min(count, most)), key=_code_order))


def _pick(rng: random.Random, weights: dict[str, float], count: int) -> list[str]:
    """``count`` codes drawn without replacement, likelier as their weight is higher."""
    left = dict(weights)
    chosen: list[str] = []
    while left and len(chosen) < count:
        code = rng.choices(list(left), weights=list(left.values()))[0]
        chosen.append(code)
        del left[code]
    return chosen


def _code_order(code: str) -> tuple[int, str]:
    return (int(code), "") if code.isdigit() else (1 << 30, code)


class _Voters:
    """Invented residents signing the register, each one new (no refusal for a second vote)."""

    def __init__(self, rng: random.Random, day: date, min_age: int) -> None:
        self.rng = rng
        self.day = day
        self.min_age = min_age
        self.seen: set[Identity] = set()

    def new(self, adult: bool = False) -> Identity:
        youngest = 18 if adult else self.min_age
        bands = [(18, 29, 0.24), (30, 59, 0.46), (60, 88, 0.22)]
        if youngest < 18:
            bands.insert(0, (youngest, 17, 0.08))
        while True:
            low, high, _ = self.rng.choices(bands, weights=[band[2] for band in bands])[0]
            age = self.rng.randint(low, high)
            born = self.day - timedelta(days=365 * age + self.rng.randint(30, 330))
            identity = Identity(
                self.rng.choice(_LAST_NAMES).upper(), self.rng.choice(_FIRST_NAMES), born
            )
            if identity not in self.seen:
                self.seen.add(identity)
                return identity

    def sign(self, database: Database, station_id: int, at: datetime, proxies: float) -> None:
        if proxies and self.rng.random() < proxies:
            holder, voter = self.new(adult=True), self.new(adult=True)
        else:
            holder, voter = self.new(), None
        outcome = sign_in(
            database,
            station_id,
            holder.last_name,
            holder.first_name,
            holder.birth_date,
            voter,
            at=at,
        )
        assert outcome.signed, outcome.message


# --- dates: a past edition's evening, not the day the demo was built -------------------------


def _date_entry(session: Session, entry_id: int, closed: datetime, ballots: int) -> None:
    entry = session.get(EntrySession, entry_id)
    assert entry is not None
    opened = closed - timedelta(minutes=max(20, ballots // 4))
    entry.opened_at, entry.closed_at = opened, closed
    session.execute(
        update(Ballot)
        .where(Ballot.session_id == entry_id)
        .values(created_at=opened, updated_at=opened)
        .execution_options(synchronize_session=False)
    )


def _last_journal_id(session: Session) -> int:
    return session.scalar(select(JournalEntry.id).order_by(JournalEntry.id.desc()).limit(1)) or 0


#: When each kind of journal line of the vote was written, relative to the vote day (days,
#: hour in UTC): the règlement a month before, the count that evening, the results later.
_WHEN = {
    "vote.settings": (-35, 9),
    "vote.station": (-35, 10),
    "vote.codes": (-30, 10),
    "vote.freeze": (0, 17),
    "ballots.open": (0, 17),
    "ballots.close": (0, 18),
    "vote.reconcile": (0, 19),
    "vote.draw": (0, 19),
    "vote.count": (0, 19),
}


def _date_journal(
    session: Session,
    campaign_id: int,
    after_id: int,
    day: date,
    when: dict[str, tuple[int, int]],
    otherwise: tuple[int, int],
) -> None:
    """Date the journal lines this module wrote as the edition lived them (the demo is built
    today; its journal tells 2019 to 2022)."""
    lines = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.campaign_id == campaign_id, JournalEntry.id > after_id)
        .order_by(JournalEntry.id)
    ).all()
    for step, line in enumerate(lines):
        offset, hour = when.get(line.action, otherwise)
        moment = datetime.combine(day + timedelta(days=offset), time(hour), tzinfo=UTC)
        line.at = moment + timedelta(seconds=step)


def _applications(session: Session, campaign_id: int) -> dict[int, Application]:
    return {
        a.number: a
        for a in session.scalars(select(Application).where(Application.campaign_id == campaign_id))
    }
