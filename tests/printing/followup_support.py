"""A campaign after its vote, with follow-up data: funded projects with their subsidy,
instalments, milestones, public and internal updates, a photo, expenses paid and committed,
and co-evaluation notes. Shared by the follow-up PDF, indicator and editions tests and the
benchmark (which adds its bulk through ``bulk_expenses`` and ``bulk_photos``)."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, update

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus, HolderInput
from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.domain.followup import (
    ExpenseInput,
    ExpenseState,
    FollowUpInput,
    FollowUpStatus,
    InstalmentInput,
    MilestoneInput,
    UpdateInput,
)
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.store.models import Application
from pbdesk.store.models.followup import Expense, ProjectFollowUp, ProjectUpdate, UpdatePhoto
from pbdesk.workspace.applications import save_application
from pbdesk.workspace.campaigns import create_campaign
from pbdesk.workspace.followup.projects import change_followup_status, save_followup
from pbdesk.workspace.followup.records import (
    add_photo,
    save_expense,
    save_instalment,
    save_milestone,
    save_update,
)
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.phases import save_coevaluation

AUTHOR = "Agnès Testeuse"
VOTE_ON = date(2026, 6, 13)

#: (title, holder, amount voted in euros, expenses paid, expenses committed, status)
PROJECTS = (
    ("Jardin partagé des Églantiers", "Les Pieds dans l’Herbe", 12_500, (3_000, 1_250), (800,),
     FollowUpStatus.IN_PROGRESS),
    ("Fresque « Mémoire du quartier »", "Collectif Œil Vif", 8_000, (8_000,), (),
     FollowUpStatus.DONE),
    ("Boîte à livres", "Amicale des locataires", 4_250, (), (), FollowUpStatus.LAUREATE),
)  # fmt: skip
PUBLIC_NEWS = "Les bacs sont posés, vingt familles jardinent le mercredi."
INTERNAL_NEWS = "CONFIDENTIEL retard du versement, relancer la trésorerie"
WENT_WELL = "Le noyau dur s’est réuni chaque mois."
TO_ADJUST = "Prévoir la traduction des affiches en arabe et en comorien."


@dataclass(frozen=True)
class FollowUpCampaign:
    id: int
    projects: tuple[int, ...]
    titles: tuple[str, ...]


def jpeg_bytes(size: int = 0, *, width: int = 640, height: int = 480, seed: int = 0) -> bytes:
    """A photo-like JPEG (noise, so it does not compress away), about ``size`` bytes when
    given (grown by trailing bytes JPEG readers ignore)."""
    from PIL import Image

    rng = random.Random(seed)
    image = Image.effect_noise((width, height), 60).convert("RGB")
    tint = Image.new("RGB", (width, height), (rng.randrange(256), 120, rng.randrange(256)))
    image = Image.blend(image, tint, 0.5)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    data = buffer.getvalue()
    if size > len(data):
        data += b"\0" * (size - len(data))
    return data


def make_followup_campaign(
    database: Database,
    tmp_path: Path,
    *,
    projects: Sequence[tuple] = PROJECTS,
    slug: str = "belle-de-mai-2026",
    year: int = 2026,
) -> FollowUpCampaign:
    campaign_id = create_campaign(
        database,
        FrameInput(
            name=f"Belle de Mai {year}",
            year=year,
            slug=slug,
            envelope="40 000",
            territories=[
                TerritoryInput(name="Belle de Mai", postcode="13003", commune="Marseille")
            ],
            starts_on=date(year, 1, 5),
            ends_on=date(year, 12, 18),
            vote_on=VOTE_ON.replace(year=year),
        ),
        AUTHOR,
    )
    save_coevaluation(database, campaign_id, Phase.OUTREACH, WENT_WELL, TO_ADJUST, AUTHOR)
    ids = []
    for title, holder, amount, paid, committed, status in projects:
        holder_id = _holder(database, holder)
        application_id = save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, holder_id=holder_id, requested=str(amount)),
            AUTHOR,
        )
        with database.session() as session:
            session.execute(
                update(Application)
                .where(Application.id == application_id)
                .values(status=ApplicationStatus.FUNDED.value)
            )
        ids.append(application_id)
        if not paid and not committed and status is FollowUpStatus.LAUREATE:
            continue  # nothing recorded: the project keeps its defaults
        save_followup(
            database,
            application_id,
            FollowUpInput(awarded=str(amount), beneficiaries=40, activities_count=6),
            AUTHOR,
        )
        save_instalment(
            database,
            application_id,
            InstalmentInput(planned_on=date(year, 9, 1), planned=str(amount // 2),
                            paid_on=date(year, 9, 15)),
            AUTHOR,
        )  # fmt: skip
        if status in (FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE):
            change_followup_status(database, application_id, FollowUpStatus.IN_PROGRESS, "", AUTHOR)
        if status is FollowUpStatus.DONE:
            change_followup_status(database, application_id, FollowUpStatus.DONE, "", AUTHOR)
        save_milestone(
            database,
            application_id,
            MilestoneInput("Inauguration avec les habitants", planned_on=date(year + 1, 5, 20)),
            AUTHOR,
        )
        public = save_update(
            database, application_id, UpdateInput(date(year + 1, 2, 1), PUBLIC_NEWS, True), AUTHOR
        )
        photo = tmp_path / f"photo-{application_id}.jpg"
        photo.write_bytes(jpeg_bytes(seed=application_id))
        add_photo(database, public, photo, AUTHOR, caption="Les bacs du jardin")
        save_update(
            database,
            application_id,
            UpdateInput(date(year + 1, 2, 20), INTERNAL_NEWS, False),
            AUTHOR,
        )
        for amounts, state in ((paid, ExpenseState.PAID), (committed, ExpenseState.COMMITTED)):
            for number, euros in enumerate(amounts):
                save_expense(
                    database,
                    application_id,
                    ExpenseInput(date(year, 10, 1 + number), str(euros), f"Achat {number + 1}",
                                 payee="Jardinerie du Canet", state=state),
                    AUTHOR,
                )  # fmt: skip
    return FollowUpCampaign(campaign_id, tuple(ids), tuple(p[0] for p in projects))


def _holder(database: Database, name: str) -> int:
    from pbdesk.workspace.holders import list_holders

    found = next((h.id for h in list_holders(database) if h.name == name), None)
    return found if found is not None else save_holder(database, HolderInput(name=name))


def bulk_expenses(database: Database, campaign_id: int, count: int, seed: int = 1) -> int:
    """``count`` expenses spread over the campaign's followed projects, written in one go
    (the benchmark measures reading them, not typing them)."""
    rng = random.Random(seed)
    with database.session() as session:
        followups = [
            row.id
            for row in session.query(ProjectFollowUp.id).filter(
                ProjectFollowUp.campaign_id == campaign_id
            )
        ]
        rows = [
            {
                "followup_id": followups[n % len(followups)],
                "spent_on": date(2026, 7, 1) + timedelta(days=rng.randrange(300)),
                "amount_cents": rng.randrange(1_000, 20_000),
                "label": f"Dépense {n + 1}",
                "payee": "Fournisseur",
                "reference": f"F-{n + 1:05d}",
                "state": ExpenseState.PAID.value if n % 3 else ExpenseState.COMMITTED.value,
            }
            for n in range(count)
        ]
        session.execute(insert(Expense), rows)
    return count


def bulk_photos(database: Database, campaign_id: int, count: int, size: int) -> int:
    """``count`` photos of about ``size`` bytes on the campaign's public updates, written one
    at a time (never all in memory)."""
    with database.session() as session:
        updates = [
            row.id
            for row in session.query(ProjectUpdate.id)
            .join(ProjectFollowUp, ProjectFollowUp.id == ProjectUpdate.followup_id)
            .filter(ProjectFollowUp.campaign_id == campaign_id, ProjectUpdate.public.is_(True))
        ]
    for n in range(count):
        data = jpeg_bytes(size, seed=n)
        with database.session() as session:
            session.execute(
                insert(UpdatePhoto).values(
                    update_id=updates[n % len(updates)],
                    position=n,
                    filename=f"photo-{n}.jpg",
                    media_type="image/jpeg",
                    size=len(data),
                    sha256="0" * 64,
                    caption=f"Photo {n + 1}",
                    content=data,
                )
            )
        del data
    return count
