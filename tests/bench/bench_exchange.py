"""Project files benchmark: a campaign and its vote day exported, imported, merged, with memory.

Run on demand: ``python tests/bench/bench_exchange.py [--applications 500]
[--attachments-mb 50] [--ballots 20000] [--day-ballots 1000] [--db URL]``.

It builds (not timed) a campaign of ``--applications`` applications with budget lines,
stakes, status changes, two reviews each (two reviewers, six criteria: at the default size
1 000 reviews and 6 000 criterion values, the instruction's records, not the vote) and
``--attachments-mb`` of attachments (random bytes, 500 kB each); then its vote, the way
the services store it: the règlement (approval ballot, 1 to 3 projects, proxies allowed),
40 shortlisted projects given ballot codes, 4 polling stations, ``--ballots`` paper ballots
in 20 stacks (5 per station, one entry session each), each a plausible typed line (mostly 1
to 3 codes, some blank, some declared spoilt or with too many codes) read by
``read_ballot``, and as many signatures in the sign-in register (keys are HMACs with the
campaign's register secret; one signature in 50 by proxy). Rows are bulk-inserted.

Every file here is exported *with* the personal data (the register's keys): that is how the
laptops of a vote day exchange a campaign so that their registers merge, and the larger file.

Each step runs in a fresh process, once for its time and peak resident memory (``ru_maxrss``,
the interpreter and its libraries included) and once under ``tracemalloc`` for the peak of
Python allocations. Opening a SQLite file over 8 MB checks and backs it up on a thread
(``pbdesk.store.backups.protect``): it runs during the step, which waits for it after the
clock is stopped.

- export: the campaign to a ``.pbdesk`` file;
- import: the file into an empty database (summary, then import);
- merge: laptop B received the campaign by that file (imported into an empty database: their
  common history), then both went on as two laptops of the vote day: each signed
  ``--day-ballots`` residents in at its own station (five of them on both laptops) and typed
  as many ballots in a new stack there, changed 200 applications (50 of them the same on
  both: conflicts), added 40 (same numbers on both sides: renumbered), and edited a polling
  station (A the place of station 1, B the hours of station 2); B's file is merged into A.

After each step (not measured) what it produced is counted: ballots, signatures (and how
many carry a key), applications, attachments, double signatures, conflicts; a count that is
not what it must be fails the run.

Budget (issue 7): each step under 10 s on a 2-core machine, peak memory under 200 MB
whatever the attachments' total size (run with ``--attachments-mb 200`` to see it stays flat).
``--db`` runs the import and the merge into that database instead of a SQLite file (a
PostgreSQL URL; it is emptied first).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGET_SECONDS = 10.0
BUDGET_MB = 200.0
ATTACHMENT_BYTES = 500 * 1024
AUTHOR = "bench"

SHORTLISTED = 40
STATIONS = 4
STACKS_PER_STATION = 5
REVIEWERS = 2
#: Residents who signed on both laptops of the merge (flagged as double signatures).
SIGNED_TWICE = 5
#: The vote day; stations open 9 h – 13 h, Paris time (7 h – 11 h UTC).
VOTE_DAY = date(2026, 6, 13)
OPENS = datetime(2026, 6, 13, 7, 0, tzinfo=UTC)
COUNT_STARTS = datetime(2026, 6, 13, 11, 30, tzinfo=UTC)
PLACES = ("École Jules-Ferry", "Centre social", "Mairie annexe", "Gymnase Vallon")

LAST_NAMES = (  # noqa: SIM905 (a list of names reads better as a text)
    "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel "
    "Lefèvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine "
    "Rousseau Vincent Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François "
    "Legrand Gauthier Garcia Perrin Benali Nguyen Diallo Haddad Traoré Da-Silva Lopez "
    "Ferreira Koné Ben-Saïd N'Diaye"
).split()
FIRST_NAMES = (  # noqa: SIM905
    "Léa Manon Chloé Inès Camille Sarah Jade Louise Yasmine Fatima Marie Nathalie Isabelle "
    "Sylvie Aïcha Hélène Lucas Hugo Louis Nathan Mohamed Karim Enzo Jean-Pierre Éric Thierry "
    "Mamadou Youssef Antoine Julien Rachid Michel Paul Théo Noé Adam Zoé Gaëlle Océane Rose"
).split()


def residents(count: int) -> list[tuple[str, str, date]]:
    """``count`` different residents (last name, first name, birth date), the same every run:
    the first ``n`` of a longer list are the list of ``n``."""
    chance = random.Random(2026)
    found: dict[tuple[str, str, date], None] = {}
    earliest = date(1936, 1, 1).toordinal()
    youngest = date(VOTE_DAY.year - 16, VOTE_DAY.month, VOTE_DAY.day).toordinal() - 1
    while len(found) < count:
        person = (
            chance.choice(LAST_NAMES),
            chance.choice(FIRST_NAMES),
            date.fromordinal(chance.randint(earliest, youngest)),
        )
        found.setdefault(person, None)
    return list(found)


def insert_rows(connection: Any, model: type, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk insert with the columns every record has; the new ids, in order."""
    import uuid

    if not rows:
        return []
    now = datetime.now(UTC)
    table = model.__table__  # type: ignore[attr-defined]
    result = connection.execute(
        table.insert().returning(table.c.id, sort_by_parameter_order=True),
        [
            {"uuid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1, **row}
            for row in rows
        ],
    )
    return [row[0] for row in result]


def sign_in_rows(
    secret: str,
    campaign_id: int,
    station_id: int,
    people: list[tuple[str, str, date]],
    start: datetime,
    chance: random.Random,
) -> list[dict[str, Any]]:
    """Signatures of ``people`` at a station from ``start`` on (four hours); one in 50 is a
    proxy held by the resident signed just before (who voted for themself)."""
    from pbdesk.domain.register import AgeBand, age_on, identity_key, key_id

    key = key_id(secret)
    moments = sorted(start + timedelta(seconds=chance.randrange(4 * 3600)) for _ in people)
    rows = []
    for n, (last, first, born) in enumerate(people):
        proxy = n % 50 == 49
        holder = people[n - 1] if proxy else None
        rows.append(
            {
                "campaign_id": campaign_id,
                "station_id": station_id,
                "signed_at": moments[n],
                "identity_key": identity_key(secret, last, first, born),
                "key_id": key,
                "proxy": proxy,
                "proxy_holder_key": identity_key(secret, *holder) if holder else None,
                "age_band": AgeBand.of(age_on(born, VOTE_DAY)).value,
            }
        )
    return rows


def ballot_rows(
    paper: Any, session_id: int, opened_at: datetime, count: int, chance: random.Random
) -> list[dict[str, Any]]:
    """``count`` ballots of an entry session as ``enter_ballot`` stores them: plausible typed
    lines read against the ballot paper, the session's opening time as their time."""
    from pbdesk.domain.vote import read_ballot

    codes = [project.code for project in paper.projects]
    weights = [1 / (1 + rank) ** 0.7 for rank in range(len(codes))]
    rows = []
    for sequence in range(1, count + 1):
        draw = chance.random()
        if draw < 0.02:
            typed = ""
        elif draw < 0.035:
            typed = "* " + chance.choice(("déchiré", "signé", "deux bulletins", "illisible"))
        elif draw < 0.05:
            typed = " ".join(chance.sample(codes, 4))  # too many projects
        else:
            wanted = chance.choice((1, 2, 2, 3, 3, 3))
            picked: list[str] = []
            while len(picked) < wanted:
                code = chance.choices(codes, weights)[0]
                if code not in picked:
                    picked.append(code)
            typed = chance.choice((" ", "+", ".")).join(picked)
        reading = read_ballot(paper, typed)
        status = reading.status
        assert status is not None, (typed, reading.message)
        rows.append(
            {
                "created_at": opened_at,
                "updated_at": opened_at,
                "session_id": session_id,
                "sequence": sequence,
                "typed": " ".join(typed.split())[:300],
                "choices": reading.encoded,
                "status": status.value,
                "reason": reading.reason.value if reading.reason else "",
                "remark": reading.remark[:300],
            }
        )
    return rows


def settle(database: Any) -> None:
    """Wait for the opening's background check and backup, then close."""
    protection = database.protection
    if protection is not None and protection.thread is not None:
        protection.thread.join()
    database.close()


def build(path: Path, applications: int, attachments_mb: int, ballots: int) -> dict[str, Any]:
    """The big campaign, written with bulk inserts (not part of what is measured)."""
    import hashlib
    import uuid

    from sqlalchemy import func, insert, select, update

    from pbdesk.domain.campaign import FrameInput, TerritoryInput
    from pbdesk.domain.vote import VoteSettings
    from pbdesk.store.blobs import blob_placeholder, write_blob
    from pbdesk.store.database import open_database
    from pbdesk.store.models import (
        Application,
        ApplicationStake,
        Attachment,
        Ballot,
        BallotStack,
        BudgetLine,
        Criterion,
        EntrySession,
        Holder,
        Review,
        Reviewer,
        ReviewValue,
        SignIn,
        Stake,
        StatusChange,
        Vote,
    )
    from pbdesk.workspace.ballot_codes import assign_codes
    from pbdesk.workspace.campaigns import create_campaign, get_frame
    from pbdesk.workspace.polling_stations import StationInput, save_station
    from pbdesk.workspace.vote import ballot_paper, save_settings, vote_row

    database = open_database(path)
    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Banc d’essai des fichiers",
            year=2026,
            slug="banc-echange-2026",
            envelope="950 000",
            territories=[TerritoryInput(name="Quartier", postcode="13015", commune="Marseille")],
            vote_on=VOTE_DAY,
        ),
        AUTHOR,
    )
    now = datetime.now(UTC)
    on_ballot = min(SHORTLISTED, applications)
    attachments = attachments_mb * 1024 * 1024 // ATTACHMENT_BYTES

    with database.engine.begin() as connection:

        def add(model: type, rows_: list[dict[str, Any]]) -> list[int]:
            return insert_rows(connection, model, rows_)

        holders = add(
            Holder,
            [
                {
                    "name": f"Association {n}",
                    "kind": "association",
                    "rna": "",
                    "siret": "",
                    "address": "",
                    "email": "",
                    "phone": "",
                    "is_sample": False,
                    "earlier_edition": False,
                }
                for n in range(max(1, applications // 3))
            ],
        )
        stakes = add(
            Stake,
            [
                {
                    "campaign_id": campaign_id,
                    "position": n,
                    "title": f"Enjeu {n}",
                    "description": "",
                    "source": "",
                }
                for n in range(6)
            ],
        )

        def status_of(n: int) -> str:
            return "shortlisted" if n < on_ballot else "not_shortlisted"

        application_ids = add(
            Application,
            [
                {
                    "campaign_id": campaign_id,
                    "number": n + 1,
                    "title": f"Projet {n + 1}",
                    "holder_id": holders[n % len(holders)],
                    "requested_cents": 1_000_000 + 997 * n,
                    "summary": "Un projet pour le quartier. " * 4,
                    "description": "Détails. " * 20,
                    "target_public": "Habitants",
                    "status": status_of(n),
                    "status_reason": "",
                }
                for n in range(applications)
            ],
        )
        add(
            BudgetLine,
            [
                {
                    "application_id": a,
                    "position": p,
                    "label": f"Poste {p}",
                    "amount_cents": 500_000,
                    "other_funders": "",
                }
                for a in application_ids
                for p in range(2)
            ],
        )
        add(
            ApplicationStake,
            [
                {"application_id": a, "stake_id": stakes[i % 6]}
                for i, a in enumerate(application_ids)
            ],
        )
        add(
            StatusChange,
            [
                {
                    "application_id": a,
                    "at": now,
                    "author": AUTHOR,
                    "before": "reviewed",
                    "after": status_of(n),
                    "reason": "",
                }
                for n, a in enumerate(application_ids)
            ],
        )
        criteria = add(
            Criterion,
            [
                {
                    "campaign_id": campaign_id,
                    "kind": "scored",
                    "position": n,
                    "name": f"Critère {n}",
                    "description": "",
                    "weight": 1,
                    "scale_min": 0,
                    "scale_max": 3,
                }
                for n in range(6)
            ],
        )
        reviewers = add(
            Reviewer,
            [
                {
                    "campaign_id": campaign_id,
                    "name": f"Instructeur {n}",
                    "kind": "service",
                    "organisation": "",
                    "email": "",
                    "all_applications": True,
                }
                for n in range(REVIEWERS)
            ],
        )
        review_ids = add(
            Review,
            [
                {
                    "reviewer_id": r,
                    "application_id": a,
                    "recommendation": "favourable",
                    "comment": "",
                    "source": "app",
                }
                for a in application_ids
                for r in reviewers
            ],
        )
        add(
            ReviewValue,
            [
                {
                    "review_id": review,
                    "criterion_id": c,
                    "score": (review + c) % 4,
                    "eligible": None,
                    "reason": "",
                }
                for review in review_ids
                for c in criteria
            ],
        )
        table = Attachment.__table__
        for number in range(attachments):
            content = os.urandom(ATTACHMENT_BYTES)
            new_id = connection.execute(
                insert(table)
                .values(
                    uuid=str(uuid.uuid4()),
                    created_at=now,
                    updated_at=now,
                    version=1,
                    application_id=application_ids[number % len(application_ids)],
                    filename=f"piece-{number}.pdf",
                    media_type="application/pdf",
                    size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    content=blob_placeholder(connection, len(content)),
                )
                .returning(table.c.id)
            ).scalar_one()
            write_blob(connection, table, "content", new_id, [content], len(content))

    # The vote, through the services where they are cheap: règlement, stations, codes.
    save_settings(
        database,
        campaign_id,
        VoteSettings(min_choices=1, max_choices=3, proxies_allowed=True, max_proxies=1),
        AUTHOR,
    )
    territory = get_frame(database, campaign_id).territories[0].id
    stations = [
        save_station(
            database,
            campaign_id,
            StationInput(
                name=f"Bureau {n + 1}",
                place=PLACES[n % len(PLACES)],
                territory_id=territory,
                opening="samedi 13 juin, 9 h – 13 h",
            ),
            AUTHOR,
        )
        for n in range(STATIONS)
    ]
    assign_codes(database, campaign_id, AUTHOR)
    with database.session() as session:
        paper = ballot_paper(session, campaign_id)
        vote = vote_row(session, campaign_id)
        assert vote is not None
        secret = vote.register_secret

    chance = random.Random(13)
    stacks = STATIONS * STACKS_PER_STATION
    per_stack = [ballots // stacks + (1 if n < ballots % stacks else 0) for n in range(stacks)]
    people = residents(ballots)
    with database.engine.begin() as connection:
        stack_ids = insert_rows(
            connection,
            BallotStack,
            [
                {
                    "campaign_id": campaign_id,
                    "station_id": stations[n // STACKS_PER_STATION],
                    "label": f"urne {n // STACKS_PER_STATION + 1}, "
                    f"liasse {n % STACKS_PER_STATION + 1}",
                }
                for n in range(stacks)
            ],
        )
        opened = [COUNT_STARTS + timedelta(minutes=3 * n) for n in range(stacks)]
        session_ids = insert_rows(
            connection,
            EntrySession,
            [
                {
                    "created_at": opened[n],
                    "updated_at": opened[n] + timedelta(hours=2),
                    "campaign_id": campaign_id,
                    "stack_id": stack_ids[n],
                    "pass_label": "A",
                    "operator": f"Opérateur {n % 6 + 1}",
                    "opened_at": opened[n],
                    "closed_at": opened[n] + timedelta(hours=2),
                }
                for n in range(stacks)
            ],
        )
        rows: list[dict[str, Any]] = []
        for n, session_id in enumerate(session_ids):
            rows += ballot_rows(paper, session_id, opened[n], per_stack[n], chance)
        insert_rows(connection, Ballot, rows)
        statuses = {s: sum(1 for r in rows if r["status"] == s) for s in ("valid", "blank", "nul")}
        del rows
        signed = 0
        for index, station in enumerate(stations):
            voters = sum(per_stack[index * STACKS_PER_STATION : (index + 1) * STACKS_PER_STATION])
            insert_rows(
                connection,
                SignIn,
                sign_in_rows(
                    secret, campaign_id, station, people[signed : signed + voters], OPENS, chance
                ),
            )
            signed += voters
        # The first ballot froze the règlement.
        connection.execute(
            update(Vote.__table__)
            .where(Vote.__table__.c.campaign_id == campaign_id)
            .values(frozen=True, frozen_at=opened[0], version=Vote.__table__.c.version + 1)
        )
        proxies = connection.execute(
            select(func.count()).select_from(SignIn).where(SignIn.proxy.is_(True))
        ).scalar_one()
    database.close()
    return {
        "applications": applications,
        "on_ballot": on_ballot,
        "reviews": len(review_ids),
        "review_values": len(review_ids) * len(criteria),
        "attachments": attachments,
        "stations": STATIONS,
        "stacks": stacks,
        "ballots": ballots,
        "statuses": statuses,
        "sign_ins": signed,
        "proxies": proxies,
    }


def diverge(path: Path, side: str, base_ballots: int, day_ballots: int) -> None:
    """One laptop of the vote day going its own way: 200 applications changed (50 shared by
    both sides), 40 added, a station edited, ``day_ballots`` residents signed in at its own
    station and as many ballots typed in a new stack there."""
    from sqlalchemy import select

    from pbdesk.store.database import open_database
    from pbdesk.store.models import (
        Application,
        Ballot,
        BallotStack,
        EntrySession,
        PollingStation,
        SignIn,
    )
    from pbdesk.workspace.vote import ballot_paper, vote_row

    database = open_database(path)
    with database.session() as session:
        rows = session.scalars(select(Application).order_by(Application.number)).all()
        chosen = rows[:200] if side == "a" else rows[150:350]
        for row in chosen:
            row.title = f"{row.title} ({side})"
        campaign_id = rows[0].campaign_id
        last = rows[-1].number
        for n in range(40):
            session.add(
                Application(
                    campaign_id=campaign_id, number=last + 1 + n, title=f"Nouveau {side}{n}"
                )
            )
        stations = session.scalars(
            select(PollingStation)
            .where(PollingStation.campaign_id == campaign_id)
            .order_by(PollingStation.position, PollingStation.id)
        ).all()
        station = stations[0] if side == "a" else stations[1]
        if side == "a":
            station.place = f"{station.place} (salle B)"
        else:
            station.opening = "samedi 13 juin, 9 h – 14 h"
        station_id = station.id
        paper = ballot_paper(session, campaign_id)
        vote = vote_row(session, campaign_id)
        assert vote is not None
        secret = vote.register_secret

    # A's residents, then B's, the last SIGNED_TWICE of A's signing on B too.
    twice = min(SIGNED_TWICE, day_ballots)
    everyone = residents(base_ballots + 2 * day_ballots - twice)
    first = base_ballots if side == "a" else base_ballots + day_ballots - twice
    people = everyone[first : first + day_ballots]
    chance = random.Random(f"day-{side}")
    opened = COUNT_STARTS + timedelta(hours=3)
    with database.engine.begin() as connection:
        [stack_id] = insert_rows(
            connection,
            BallotStack,
            [{"campaign_id": campaign_id, "station_id": station_id, "label": f"urne {side}"}],
        )
        [session_id] = insert_rows(
            connection,
            EntrySession,
            [
                {
                    "created_at": opened,
                    "updated_at": opened,
                    "campaign_id": campaign_id,
                    "stack_id": stack_id,
                    "pass_label": "A",
                    "operator": f"Opératrice {side.upper()}",
                    "opened_at": opened,
                    "closed_at": None,
                }
            ],
        )
        insert_rows(connection, Ballot, ballot_rows(paper, session_id, opened, day_ballots, chance))
        insert_rows(
            connection,
            SignIn,
            sign_in_rows(secret, campaign_id, station_id, people, OPENS, chance),
        )
    settle(database)


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database, its write-ahead log included."""
    for side in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        side.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as read, closing(sqlite3.connect(target)) as write:
        read.backup(write)


STEP = r"""
import json, resource, sys, time, tracemalloc, zipfile
sys.path.insert(0, sys.argv[1])
step, traced, source, target, file = sys.argv[2:7]
traced = traced == "1"
from pbdesk.store.database import open_database
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
if traced:
    tracemalloc.start()
start = time.perf_counter()
detail = {}
if step == "export":
    database = open_database(source)
    result = export_campaign(database, 1, file, include_personal_data=True)
    detail = {"records": result.records, "attachments": result.attachments,
              "MB": round(result.size / 2**20, 1)}
else:
    database = open_database(target)
    plan = plan_import(database, file)
    result = apply_import(database, plan, author="bench")
    detail = {"added": result.added, "updated": result.updated, "conflicts": len(plan.conflicts),
              "same": sum(1 for p in plan.plans() if p.action.value == "same"),
              "kept": sum(1 for p in plan.plans() if p.action.value == "keep")}
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if traced else 0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if traced:
    tracemalloc.stop()
# Not measured: what the step produced.
if database.protection is not None and database.protection.thread is not None:
    database.protection.thread.join()
checks = {}
if step == "export":
    with zipfile.ZipFile(file) as archive:
        tables = {
            name: [json.loads(line) for line in archive.read(f"tables/{name}.jsonl").splitlines()]
            for name in ("ballot", "sign_in", "application", "attachment")
        }
    checks = {
        "ballots": len(tables["ballot"]),
        "sign_ins": len(tables["sign_in"]),
        "keyed": sum(1 for row in tables["sign_in"] if row["identity_key"]),
        "applications": len(tables["application"]),
        "attachments": len(tables["attachment"]),
    }
    del tables
else:
    from collections import Counter
    from sqlalchemy import func, select
    from pbdesk.store.models import (
        Application, Attachment, Ballot, EntrySession, PollingStation, SignIn)
    from pbdesk.workspace.vote_register import register_summary
    campaign = result.campaign_id
    with database.session() as session:
        def count(query):
            return int(session.scalar(query) or 0)
        checks = {
            "ballots": count(select(func.count()).select_from(Ballot)
                .join(EntrySession, EntrySession.id == Ballot.session_id)
                .where(EntrySession.campaign_id == campaign)),
            "sign_ins": count(select(func.count()).where(SignIn.campaign_id == campaign)),
            "keyed": count(select(func.count()).where(
                SignIn.campaign_id == campaign, SignIn.identity_key != "")),
            "applications": count(select(func.count()).where(Application.campaign_id == campaign)),
            "attachments": count(select(func.count()).select_from(Attachment)
                .join(Application, Application.id == Attachment.application_id)
                .where(Application.campaign_id == campaign)),
            "stations": [list(row) for row in session.execute(
                select(PollingStation.place, PollingStation.opening)
                .where(PollingStation.campaign_id == campaign)
                .order_by(PollingStation.position, PollingStation.id))],
        }
    checks["double_signatures"] = register_summary(database, campaign).double_signatures
    checks["conflicts"] = dict(Counter(conflict.table for conflict in plan.conflicts))
database.close()
print(json.dumps({"seconds": elapsed, "traced_mb": peak / 2**20, "rss_mb": rss, **detail,
                  "checks": checks}))
"""


def run_step(step: str, traced: bool, source: Path, target: str, file: Path) -> dict[str, Any]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            STEP,
            str(ROOT),
            step,
            "1" if traced else "0",
            str(source),
            target,
            str(file),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def empty_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def verdict(checks: dict[str, Any], expected: dict[str, Any]) -> tuple[bool, str]:
    """Whether the counts are the expected ones, and the line that says so."""
    wrong = {k: (checks.get(k), v) for k, v in expected.items() if checks.get(k) != v}
    shown = ", ".join(f"{k} {v}" for k, v in checks.items() if k != "stations")
    if not wrong:
        return True, f"{shown}: as expected"
    told = ", ".join(f"{k} {got} (expected {want})" for k, (got, want) in wrong.items())
    return False, f"{shown}: WRONG {told}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=500)
    parser.add_argument("--attachments-mb", type=int, default=50)
    parser.add_argument("--ballots", type=int, default=20000)
    parser.add_argument(
        "--day-ballots",
        type=int,
        default=1000,
        help="signatures and ballots each laptop adds before the merge",
    )
    parser.add_argument("--db", help="import and merge into this database (PostgreSQL URL)")
    args = parser.parse_args()
    if args.applications < 350:
        parser.error("--applications: at least 350 (the merge changes applications 1 to 350)")
    folder = Path(tempfile.mkdtemp(prefix="pbdesk-bench-exchange-"))
    try:
        source = folder / "a.sqlite3"
        started = time.perf_counter()
        built = build(source, args.applications, args.attachments_mb, args.ballots)
        statuses = built["statuses"]
        print(
            f"built in {time.perf_counter() - started:.1f} s (source file "
            f"{source.stat().st_size / 2**20:.0f} MB), one campaign holding:\n"
            f"  {built['applications']} applications ({built['on_ballot']} on the ballot), "
            f"{built['reviews']} reviews with {built['review_values']} criterion values, "
            f"{args.attachments_mb} MB of attachments ({built['attachments']} files);\n"
            f"  its vote: {built['stations']} polling stations, {built['stacks']} stacks "
            f"(one entry session each), {built['ballots']} ballots ({statuses['valid']} valid, "
            f"{statuses['blank']} blank, {statuses['nul']} spoilt), {built['sign_ins']} "
            f"signatures ({built['proxies']} by proxy);\n"
            f"  files exported with the register's keys; merge: each laptop adds "
            f"{args.day_ballots} signatures and ballots"
            + (f"; import and merge into {args.db.split('@')[-1]}" if args.db else "")
        )
        file = folder / "campaign.pbdesk"

        def target_for(name: str, seed: Path | None = None) -> str:
            if args.db:
                empty_postgres(args.db)
                if seed is not None:
                    from pbdesk.store.copy import copy_database

                    copy_database(seed, args.db)
                return args.db
            path = folder / name
            for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                side.unlink(missing_ok=True)
            if seed is not None:
                copy_sqlite(seed, path)
            return str(path)

        results = {}
        for traced in (False, True):
            results[("export", traced)] = run_step("export", traced, source, "", file)
            results[("import", traced)] = run_step(
                "import", traced, source, target_for("fresh.sqlite3"), file
            )
        # Merge: laptop A is the source (its exports recorded the exchanged states); laptop B
        # imported the campaign's file into an empty database; both went on on the vote day.
        side_a = folder / "a-laptop.sqlite3"
        copy_sqlite(source, side_a)
        side_b = folder / "b-laptop.sqlite3"
        run_step("import", False, source, str(side_b), file)
        diverge(side_a, "a", args.ballots, args.day_ballots)
        diverge(side_b, "b", args.ballots, args.day_ballots)
        merge_file = folder / "b.pbdesk"
        run_step("export", False, side_b, "", merge_file)
        for traced in (False, True):
            target = target_for("merge-target.sqlite3", side_a)
            results[("merge", traced)] = run_step("merge", traced, side_a, target, merge_file)

        print(f"\n{'step':<8} {'time':>8} {'peak RSS':>10} {'peak Python':>12}  detail")
        ok = True
        for step in ("export", "import", "merge"):
            timed, traced_run = results[(step, False)], results[(step, True)]
            detail = {
                k: v
                for k, v in timed.items()
                if k not in ("seconds", "traced_mb", "rss_mb", "checks")
            }
            print(
                f"{step:<8} {timed['seconds']:>7.2f}s {timed['rss_mb']:>8.0f}MB "
                f"{traced_run['traced_mb']:>10.1f}MB  {detail}"
            )
            ok = ok and timed["seconds"] < BUDGET_SECONDS and timed["rss_mb"] < BUDGET_MB
        print(
            f"\nbudget: each step under {BUDGET_SECONDS:.0f} s and {BUDGET_MB:.0f} MB: "
            + ("met" if ok else "MISSED")
        )

        twice = min(SIGNED_TWICE, args.day_ballots)
        both = args.ballots + 2 * args.day_ballots
        places = list(PLACES[:STATIONS])
        merged_stations = [
            [f"{places[0]} (salle B)", "samedi 13 juin, 9 h – 13 h"],
            [places[1], "samedi 13 juin, 9 h – 14 h"],
            *[[place, "samedi 13 juin, 9 h – 13 h"] for place in places[2:]],
        ]
        whole = {
            "ballots": args.ballots,
            "sign_ins": args.ballots,
            "keyed": args.ballots,
            "applications": args.applications,
            "attachments": built["attachments"],
        }
        expected = {
            "export": whole,
            "import": {**whole, "double_signatures": 0, "conflicts": {}},
            "merge": {
                **whole,
                "ballots": both,
                "sign_ins": both,
                "keyed": both,
                "applications": args.applications + 80,
                "double_signatures": twice,
                "conflicts": {"application": 50},
                "stations": merged_stations,
            },
        }
        print("\nchecks (counted after each step, in the file or the database):")
        checked = True
        for step in ("export", "import", "merge"):
            for traced in (False, True):
                good, line = verdict(results[(step, traced)]["checks"], expected[step])
                checked = checked and good
                if not traced or not good:
                    print(f"  {step:<7} {line}")
        if not checked:
            print("checks: FAILED")
        return 0 if ok and checked else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
