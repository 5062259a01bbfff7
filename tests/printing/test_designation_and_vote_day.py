"""Printed pieces of a campaign decided without a vote (no call to vote, one refusal sentence
for the vote papers), and the call to vote of a campaign that votes (stations, plurals)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pbdesk.cli import main
from pbdesk.domain.campaign import DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate
from pbdesk.printing import load_kind
from pbdesk.printing.base import PrintOptions
from pbdesk.printing.posters import build_vote_day
from pbdesk.store.database import Database
from pbdesk.store.models import Campaign
from pbdesk.workspace.designation import DesignationInput, record_designation

from .support import AUTHOR, PrintCampaign, flat, make_print_campaign, page_texts, pdf_text

NO_VOTE_PAPERS = translate(
    "VoteDayPapers", "This campaign decided without a vote: there are no vote papers to print."
)
#: Words of a call to vote, in the language of the PDFs.
VOTE_WORDS = (
    flat(translate("PrintPoster", "Vote at your polling station!")).split()[0],
    flat(translate("PrintPoster", "Vote for your neighbourhood's projects!")).split()[0],
    flat(translate("PrintBooklet", "Vote on {date}")).split()[0],
)


def designated(database: Database, tmp_path: Path) -> PrintCampaign:
    """A campaign whose core group designates the projects (like Pertuis 2020)."""
    campaign = make_print_campaign(database, photo_dir=tmp_path)
    with database.session() as session:
        row = session.get(Campaign, campaign.id)
        assert row is not None
        row.decision_mode = DecisionMode.DESIGNATION.value
        row.vote_on = None
    record_designation(
        database,
        campaign.id,
        [
            DesignationInput(campaign.projects[0], True, "Retenu par le noyau dur."),
            DesignationInput(campaign.projects[1], False, "Pas cette année."),
        ],
        date(2026, 7, 2),
        "Conseil citoyen",
        AUTHOR,
    )
    return campaign


def test_posters_and_booklet_of_a_designation_present_the_projects_without_a_call_to_vote(
    database: Database, tmp_path: Path
) -> None:
    campaign = designated(database, tmp_path)
    posters = tmp_path / "affiches.pdf"
    assert load_kind("posters").build(database, campaign.id, posters, PrintOptions()) == len(
        campaign.titles
    )
    texts = [flat(text) for text in page_texts(posters)]
    for text in texts:
        assert not any(word in text for word in VOTE_WORDS), text
    funded = flat(
        translate("PrintDesignation", "Funded: designated by {by} on {date}.").format(
            by="Conseil citoyen", date="02/07/2026"
        )
    )
    assert funded in texts[0]
    assert flat(translate("PrintDesignation", "Not funded: decided by {by} on {date}.")).split()[
        0
    ] in flat(texts[1])
    booklet = tmp_path / "livret.pdf"
    load_kind("booklet").build(database, campaign.id, booklet, PrintOptions())
    text = flat(pdf_text(booklet))
    assert not any(word in text for word in VOTE_WORDS)
    assert text.count("Belle de Mai 2026 · Belle de Mai 2026") == 0
    assert (
        flat(
            translate(
                "PrintDesignation", "Projects designated without a vote by {by} on {date}."
            ).format(by="Conseil citoyen", date="02/07/2026")
        )
        in text
    )


@pytest.mark.parametrize("kind", ["ballots", "voteday", "signin", "pv", "results"])
def test_vote_papers_of_a_designation_are_refused_with_one_sentence(
    database: Database, tmp_path: Path, kind: str
) -> None:
    campaign = designated(database, tmp_path)
    target = tmp_path / "x.pdf"
    build = build_vote_day if kind == "voteday" else load_kind(kind).build
    with pytest.raises(DomainError) as refused:
        build(database, campaign.id, target, PrintOptions())
    assert refused.value.message == NO_VOTE_PAPERS
    assert not target.exists()


def test_the_command_line_refuses_ballots_of_a_designation_with_that_sentence(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = designated(database, tmp_path)
    url = str(database.engine.url.database)
    for extra in (["ballots"], ["posters", "--vote-day"]):
        kind, *flags = extra
        code = main(["--db", url, "print", kind, str(campaign.id), str(tmp_path / "x.pdf"), *flags])
        assert code == 1
        assert NO_VOTE_PAPERS in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_project_posters_give_the_places_and_hours_of_few_stations(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_print_campaign(database, stations=2)
    target = tmp_path / "affiches.pdf"
    load_kind("posters").build(database, campaign.id, target, PrintOptions(paper="A3"))
    first = flat(page_texts(target)[0])
    assert flat(translate("PrintPoster", "Vote on {date}!").format(date="13/06/2026")) in first
    assert "Place Cadenat, préau de l’école" in first and "samedi 13 juin, 9 h – 13 h" in first


def test_with_many_stations_posters_point_to_the_vote_day_poster(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_print_campaign(database, stations=4)
    target = tmp_path / "affiches.pdf"
    load_kind("posters").build(database, campaign.id, target, PrintOptions(paper="A3"))
    first = flat(page_texts(target)[0])
    call = translate(
        "PrintPoster", "Vote on {date} at your polling station (list on the vote-day poster)!"
    ).format(date="13/06/2026")
    assert flat(call) in first
    assert "Place Cadenat" not in first


def test_vote_day_poster_speaks_of_one_project_in_the_singular(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_print_campaign(database, titles=["Un seul projet pour le quartier"])
    target = tmp_path / "jour.pdf"
    build_vote_day(database, campaign.id, target, PrintOptions())
    text = flat(pdf_text(target))
    singular = translate("PrintPoster", "{count} project, {amount} to share out").format(
        count=1, amount="40 000 €"
    )
    assert flat(singular).split(",")[0] in text
    plural_start = flat(translate("PrintPoster", "{count} projects, {amount} to share out"))
    assert plural_start.replace("{count}", "1").split(",")[0] not in text
    residents = translate("PrintVoteDay", "Residents of: {places}.").format(places="Belle de Mai")
    assert flat(residents) in text
