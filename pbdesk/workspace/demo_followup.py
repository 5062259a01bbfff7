"""Sample follow-up for the demo's editions (invented, like all the demo's amounts and dates).

``add_demo_followup`` gives a campaign's funded projects a subsidy and its convention,
payments, milestones, public and internal updates (some with a generated picture), expenses,
and the holder's report. Exactly one project of the campaign has a milestone left late and
one spends more than its allocation. Editions of 2021 and before also get their one-year
review held, with residents' feedback. Nothing is written for a campaign without funded
projects. Dates follow the vote (or the designation, for a campaign decided without a vote).
"""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.followup import ExpenseState, FeedbackSource, FollowUpStatus, MilestoneStatus
from pbdesk.domain.register import add_months, one_year_after
from pbdesk.store.models import Application, Campaign, ChecklistItem
from pbdesk.store.models.followup import (
    Expense,
    Instalment,
    Milestone,
    OneYearReview,
    ProjectFollowUp,
    ProjectUpdate,
    ResidentFeedback,
    UpdatePhoto,
)
from pbdesk.workspace.vote_publish import ONE_YEAR_REVIEW_KEY

#: Editions up to this year have held their one-year review in the demo; the last one shows
#: the reminder of a review not held yet.
REVIEW_HELD_UP_TO = 2021

_MILESTONES = (
    "Convention signée",
    "Achats et devis validés",
    "Première activité avec les habitants",
    "Dernière séance et bilan avec le porteur",
)
_PUBLIC = (
    "Les premières séances ont réuni une vingtaine d’habitants du quartier.",
    "Le matériel est arrivé : les ateliers peuvent commencer.",
    "Une fête de quartier a clôturé le projet, merci à tous les participants !",
)
_INTERNAL = (
    "Relance du porteur pour le compte rendu financier.",
    "Point téléphonique avec l’association : léger retard sur le calendrier.",
)
_EXPENSES = (
    ("Achat de matériel", "Fournitures Provence"),
    ("Intervention d’un animateur", "Compagnie du Panier"),
    ("Location de salle", "Centre social du quartier"),
    ("Impression des affiches", "Imprimerie du 3e"),
    ("Goûter de clôture", "Boulangerie du Boulevard"),
)
_COMMENTS = (
    "Très bien, on voudrait que ça continue.",
    "Je n’en avais pas entendu parler avant la réunion.",
    "Les enfants ont adoré.",
    "Bonne idée mais pas assez de séances.",
    "Il faudrait plus d’information dans les halls d’immeuble.",
)


def _picture(rng: random.Random, width: int = 160, height: int = 100) -> bytes:
    """A small PNG (a soft gradient) standing for a photo."""
    red, green, blue = rng.randrange(60, 200), rng.randrange(60, 200), rng.randrange(60, 200)
    rows = b"".join(
        b"\x00"
        + bytes(
            value
            for x in range(width)
            for value in (
                min(255, red + x // 3),
                min(255, green + y // 2),
                min(255, blue + (x + y) // 5),
            )
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def add_demo_followup(session: Session, campaign_id: int, rng_seed: int) -> None:
    """Write the sample follow-up of campaign ``campaign_id`` (see the module's docstring)."""
    rng = random.Random(rng_seed)
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        return
    decided_on = _decided_on(session, campaign)
    if decided_on is None:
        return
    funded = session.scalars(
        select(Application)
        .where(
            Application.campaign_id == campaign_id,
            Application.status == ApplicationStatus.FUNDED.value,
        )
        .order_by(Application.number)
    ).all()
    if not funded:
        return
    vote_on = decided_on
    late_index = 0
    over_index = len(funded) - 1 if len(funded) > 1 else 0
    for index, application in enumerate(funded):
        _project(session, rng, application, vote_on, late=index == late_index,
                 overspent=index == over_index)  # fmt: skip
    if campaign.year <= REVIEW_HELD_UP_TO:
        _review(session, rng, campaign_id, vote_on, [a.id for a in funded])
    session.flush()


def _decided_on(session: Session, campaign: Campaign) -> date | None:
    """The vote's date; for a campaign decided without a vote, one year before its one-year
    review (scheduled at the designation), else the campaign's end."""
    if campaign.vote_on is not None:
        return campaign.vote_on
    due = session.scalar(
        select(ChecklistItem.due_on).where(
            ChecklistItem.campaign_id == campaign.id,
            ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY,
        )
    )
    if due is not None:
        return add_months(due, -12)
    return campaign.ends_on


def _project(
    session: Session,
    rng: random.Random,
    application: Application,
    vote_on: date,
    *,
    late: bool,
    overspent: bool,
) -> None:
    allocated = application.requested_cents
    convention_on = vote_on + timedelta(days=rng.randrange(45, 90))
    year_end = date(vote_on.year + 1, 12, 31)
    status = FollowUpStatus.IN_PROGRESS if late else FollowUpStatus.DONE
    followup = ProjectFollowUp(
        campaign_id=application.campaign_id,
        application_id=application.id,
        status=status.value,
        progress=rng.choice((40, 55, 60)) if late else 100,
        awarded_cents=allocated,
        convention_reference=f"CONV-{vote_on.year + 1}-{application.number:03d}",
        convention_on=convention_on,
        financial_year_end=None if late else year_end,
        financial_report_received_on=(
            None if late else add_months(year_end, 6) - timedelta(days=rng.randrange(5, 60))
        ),
        beneficiaries=None if late else rng.randrange(25, 400),
        activities_count=None if late else rng.randrange(4, 30),
        activities="" if late else "Ateliers, sorties et une fête de clôture.",
    )
    session.add(followup)
    session.flush()
    first = allocated * 6 // 10
    session.add_all(
        [
            Instalment(
                followup_id=followup.id,
                position=0,
                label="Avance",
                planned_on=convention_on + timedelta(days=15),
                planned_cents=first,
                paid_on=convention_on + timedelta(days=rng.randrange(15, 40)),
                paid_cents=first,
            ),
            Instalment(
                followup_id=followup.id,
                position=1,
                label="Solde",
                planned_on=add_months(year_end, 7),
                planned_cents=allocated - first,
                paid_on=None if late else add_months(year_end, 7),
                paid_cents=0 if late else allocated - first,
            ),
        ]
    )
    for position, title in enumerate(_MILESTONES):
        planned = convention_on + timedelta(days=position * 110)
        reached = not (late and position >= 2)
        done_on = planned + timedelta(days=rng.randrange(-5, 20)) if reached else None
        session.add(
            Milestone(
                followup_id=followup.id,
                position=position,
                title=title,
                planned_on=planned,
                done_on=done_on,
                status=MilestoneStatus.DONE.value if reached else MilestoneStatus.PLANNED.value,
            )
        )
        if late and position >= 2:
            break  # one milestone left late; the last one not planned yet
    for offset, text in enumerate(_PUBLIC[: 2 if late else 3]):
        update = ProjectUpdate(
            followup_id=followup.id,
            dated_on=convention_on + timedelta(days=60 + offset * 120),
            text=text,
            public=True,
            author="Équipe politique de la ville",
        )
        session.add(update)
        session.flush()
        if offset == 0:
            picture = _picture(rng)
            session.add(
                UpdatePhoto(
                    update_id=update.id,
                    position=0,
                    filename=f"projet-{application.number}.png",
                    media_type="image/png",
                    size=len(picture),
                    sha256=hashlib.sha256(picture).hexdigest(),
                    caption="Photo d’exemple",
                    content=picture,
                )
            )
    session.add(
        ProjectUpdate(
            followup_id=followup.id,
            dated_on=convention_on + timedelta(days=200),
            text=rng.choice(_INTERNAL),
            public=False,
            author="Équipe politique de la ville",
        )
    )
    # Expenses: close to the allocation when done, half of it when under way, over it once.
    target = allocated * 106 // 100 if overspent else allocated * (55 if late else 97) // 100
    count = rng.randrange(3, 6)
    shares = [rng.uniform(0.5, 1.5) for _ in range(count)]
    spent = 0
    for number, share in enumerate(shares):
        amount = (
            target - spent
            if number == count - 1
            else int(target * share / sum(shares)) // 100 * 100
        )
        label, payee = _EXPENSES[number % len(_EXPENSES)]
        spent += amount
        session.add(
            Expense(
                followup_id=followup.id,
                spent_on=convention_on + timedelta(days=30 + number * 70),
                amount_cents=amount,
                label=label,
                payee=payee,
                reference=f"F-{application.number:03d}-{number + 1:02d}",
                state=(
                    ExpenseState.COMMITTED.value
                    if late and number == count - 1
                    else ExpenseState.PAID.value
                ),
            )
        )


def _review(
    session: Session, rng: random.Random, campaign_id: int, vote_on: date, projects: list[int]
) -> None:
    held = one_year_after(vote_on) + timedelta(days=rng.randrange(0, 20))
    residents = rng.randrange(35, 80)
    item = session.scalar(
        select(ChecklistItem).where(
            ChecklistItem.campaign_id == campaign_id,
            ChecklistItem.catalogue_key == ONE_YEAR_REVIEW_KEY,
        )
    )
    if item is not None:  # the checklist says it was held, on that day
        item.due_on = item.due_on or one_year_after(vote_on)
        item.done = True
        item.done_on = held
    session.add(
        OneYearReview(
            campaign_id=campaign_id,
            scheduled_on=one_year_after(vote_on),
            held_on=held,
            place="Centre social de la Belle de Mai",
            residents_count=residents,
            minutes=(
                "Chaque porteur a présenté ce qui a été réalisé et les dépenses. Les habitants "
                "ont salué les ateliers pour les enfants et regretté le manque d’information "
                "sur le vote dans certains immeubles."
            ),
            decisions=(
                "Afficher les résultats et le suivi dans tous les halls ; prévoir un point "
                "d’étape public à six mois dans la prochaine édition."
            ),
        )
    )
    for _ in range(min(24, residents // 2)):
        questionnaire = rng.random() < 0.4
        session.add(
            ResidentFeedback(
                campaign_id=campaign_id,
                application_id=rng.choice([*projects, None]),
                score=rng.choices((2, 3, 4, 5), weights=(1, 3, 5, 4))[0],
                comment=rng.choice(_COMMENTS) if rng.random() < 0.5 else "",
                source=(
                    FeedbackSource.QUESTIONNAIRE.value
                    if questionnaire
                    else FeedbackSource.MEETING.value
                ),
                received_on=held + timedelta(days=rng.randrange(0, 15)) if questionnaire else held,
            )
        )
