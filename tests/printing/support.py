"""A campaign ready to print: projects with accented titles on the ballot, holders, stakes,
a photo, vote settings and polling stations."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus, HolderInput
from pbdesk.domain.campaign import FrameInput, TerritoryInput
from pbdesk.domain.vote import VoteSettings
from pbdesk.store.database import Database
from pbdesk.workspace import applications as apps
from pbdesk.workspace.ballot_codes import assign_codes
from pbdesk.workspace.campaigns import create_campaign, get_frame
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.stakes import StakeInput, save_stake
from pbdesk.workspace.vote import save_settings

AUTHOR = "Agnès Testeuse"
SLUG = "belle-de-mai-2026"

TITLES = (
    "Jardin partagé des Églantiers",
    "Fresque « Mémoire du quartier » à l’école Émile-Zola",
    "Boîte à livres et cœur de quartier",
    "Fête des voisins : scène ouverte à Saint-Mauront",
)
HOLDERS = ("Association Les Pieds dans l’Herbe", "Collectif Œil Vif", "Amicale des locataires")
COSTS = (12_500, 8_000, 4_250, 6_000)


@dataclass(frozen=True)
class PrintCampaign:
    id: int
    projects: tuple[int, ...]
    stations: tuple[int, ...]
    titles: tuple[str, ...]


def png_bytes(width: int = 400, height: int = 260, colour: str = "#3A7D44") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def make_print_campaign(
    database: Database,
    *,
    titles: Sequence[str] = TITLES,
    costs: Sequence[int] | None = None,
    settings: VoteSettings | None = None,
    stations: int = 2,
    photo_dir: Path | None = None,
    descriptions: Sequence[str] | None = None,
    slug: str = SLUG,
) -> PrintCampaign:
    """A campaign whose projects (``titles``) are selected for the vote and coded 1, 2…,
    with vote settings (approval, 1 to 3) and ``stations`` polling stations."""
    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Belle de Mai 2026",
            year=2026,
            slug=slug,
            envelope="40 000",
            territories=[
                TerritoryInput(name="Belle de Mai", postcode="13003", commune="Marseille")
            ],
            starts_on=date(2026, 1, 5),
            ends_on=date(2026, 12, 18),
            vote_on=date(2026, 6, 13),
        ),
        AUTHOR,
    )
    territory = get_frame(database, campaign_id).territories[0].id
    stake_ids = [
        save_stake(database, campaign_id, StakeInput(title=title))
        for title in ("Cadre de vie et espaces verts", "Lien social entre générations")
    ]
    holder_ids = []
    for name in HOLDERS:
        try:
            holder_ids.append(save_holder(database, HolderInput(name=name)))
        except Exception:  # shared between campaigns of one database
            from pbdesk.workspace.holders import list_holders

            holder_ids.append(next(h.id for h in list_holders(database) if h.name == name))
    costs = costs or [COSTS[n % len(COSTS)] for n in range(len(titles))]
    ids = []
    for number, title in enumerate(titles):
        description = (
            descriptions[number]
            if descriptions is not None
            else "Un projet porté par les habitantes et habitants : « ensemble » pour "
            "améliorer la vie du quartier, avec les écoles et les associations."
        )
        ids.append(
            apps.save_application(
                database,
                campaign_id,
                ApplicationInput(
                    title=title,
                    holder_id=holder_ids[number % len(holder_ids)],
                    requested=str(costs[number]),
                    territory_id=territory,
                    summary=f"Résumé du projet n° {number + 1}",
                    description=description,
                    stake_ids=[stake_ids[number % 2]] if number % 3 else stake_ids,
                ),
                AUTHOR,
            )
        )
    if photo_dir is not None:
        photo = photo_dir / "photo.png"
        photo.write_bytes(png_bytes())
        apps.add_attachment(database, ids[0], photo)
    for status in (
        ApplicationStatus.ADMISSIBLE,
        ApplicationStatus.REVIEWED,
        ApplicationStatus.SHORTLISTED,
    ):
        apps.change_status(database, ids, status, "", AUTHOR)
    assign_codes(database, campaign_id, AUTHOR)
    save_settings(database, campaign_id, settings or VoteSettings(max_choices=3), AUTHOR)
    station_ids = tuple(
        save_station(
            database,
            campaign_id,
            StationInput(
                name=f"Bureau {n + 1} – École Édouard-Herriot",
                place="Place Cadenat, préau de l’école",
                territory_id=territory,
                opening="samedi 13 juin, 9 h – 13 h",
            ),
            AUTHOR,
        )
        for n in range(stations)
    )
    return PrintCampaign(campaign_id, tuple(ids), station_ids, tuple(titles))


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """The PDF's text in drawing order (``-raw``: a wrapped title stays whole), or laid out
    as on the page with ``layout``."""
    command = ["pdftotext", "-enc", "UTF-8", "-layout" if layout else "-raw"]
    return subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("no page count")


def page_texts(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    pages = pdf_text(path).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """Text with line breaks and every kind of space as one plain space (titles wrap)."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


HAS_ZBAR = shutil.which("zbarimg") is not None
