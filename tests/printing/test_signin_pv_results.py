"""Sign-in sheets, the PV of the count and the results, read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from pbdesk.domain.applications import ApplicationInput, ApplicationStatus, HolderInput
from pbdesk.domain.campaign import DecisionMode, FrameInput, TerritoryInput
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import format_euros
from pbdesk.domain.people import PersonInput, Role
from pbdesk.domain.vote import VoteSettings
from pbdesk.i18n import translate
from pbdesk.printing import load_kind
from pbdesk.printing.base import Cancelled, PrintOptions
from pbdesk.store.database import Database
from pbdesk.workspace import applications as apps
from pbdesk.workspace import ballots
from pbdesk.workspace.ballot_codes import assign_codes
from pbdesk.workspace.campaigns import create_campaign, get_frame
from pbdesk.workspace.holders import save_holder
from pbdesk.workspace.polling_stations import StationInput, save_station
from pbdesk.workspace.print_vote_day import not_published_message
from pbdesk.workspace.printing import PrintSettingsInput, get_print_settings, save_print_settings
from pbdesk.workspace.team import save_person
from pbdesk.workspace.tie_draws import record_draw
from pbdesk.workspace.vote import save_settings
from pbdesk.workspace.vote_publish import publish_results
from pbdesk.workspace.vote_register import Identity, sign_in
from pbdesk.workspace.vote_results import count_votes, published_result
from pbdesk.workspace.vote_totals import reconcile_station, station_figures

AUTHOR = "Agnès Testeuse"
TITLES = (
    "Jardin partagé des Églantiers",
    "Fresque « Mémoire du quartier »",
    "Boîte à livres et cœur de quartier",
    "Fête des voisins à Saint-Mauront",
)
COSTS = ("12 500", "8 000", "6 000", "4 000")
#: Station 1: 1 → 7, 2 → 5 (seven ballots, all valid).
#: Station 2: 1 → 1, 3 → 5, 4 → 3; one blank, one nul (seven ballots).
STATION_BALLOTS = (
    ["1 2"] * 5 + ["1"] * 2,
    ["3 4"] * 3 + ["3", "", "1 2 3 4", "1 3"],
)


def shortlist(database: Database, ids: tuple[int, ...]) -> None:
    for status in (
        ApplicationStatus.ADMISSIBLE,
        ApplicationStatus.REVIEWED,
        ApplicationStatus.SHORTLISTED,
    ):
        apps.change_status(database, list(ids), status, "", AUTHOR)


def flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def pdf_pages(path: Path, *, layout: bool = False) -> list[str]:
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def mapped_characters(path: Path) -> set[str]:
    """Every character the PDF's fonts map back to Unicode (their ToUnicode tables)."""
    data = path.read_bytes()
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            chunks.append(zlib.decompressobj().decompress(data[match.end() : end]))
        except zlib.error:
            continue
    found = set()
    for chunk in chunks:
        for code in re.findall(rb"<[0-9A-Fa-f]{2,4}> <([0-9A-Fa-f]{4})>", chunk):
            found.add(chr(int(code, 16)))
    return found


@dataclass(frozen=True)
class Voted:
    id: int
    projects: tuple[int, ...]
    stations: tuple[int, ...]


def make_campaign(database: Database, *, stations: int = 2) -> Voted:
    """Four projects with accented titles (12 500, 8 000, 6 000 and 4 000 €; envelope
    20 000 €), approval of 1 to 3, proxies allowed, ``stations`` stations."""
    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Belle de Mai 2026",
            year=2026,
            slug="belle-de-mai-2026",
            envelope="20 000",
            territories=[TerritoryInput(name="Belle de Mai")],
            starts_on=date(2026, 1, 5),
            ends_on=date(2026, 12, 18),
            vote_on=date(2026, 6, 13),
        ),
        AUTHOR,
    )
    territory = get_frame(database, campaign_id).territories[0].id
    holder = save_holder(database, HolderInput(name="Collectif Œil Vif"))
    ids = tuple(
        apps.save_application(
            database,
            campaign_id,
            ApplicationInput(title=title, requested=cost, territory_id=territory, holder_id=holder),
            AUTHOR,
        )
        for title, cost in zip(TITLES, COSTS, strict=True)
    )
    shortlist(database, ids)
    assign_codes(database, campaign_id, AUTHOR)
    save_settings(
        database,
        campaign_id,
        VoteSettings(max_choices=3, proxies_allowed=True, max_proxies=1, recourse_months=3),
        AUTHOR,
    )
    station_ids = tuple(
        save_station(
            database,
            campaign_id,
            StationInput(
                name=name, place=place, territory_id=territory, opening="samedi 9 h – 13 h"
            ),
            AUTHOR,
        )
        for name, place in (
            ("Bureau Félix-Pyat", "École Félix-Pyat"),
            ("Bureau de la Friche", "La Friche"),
        )[:stations]
    )
    return Voted(campaign_id, ids, station_ids)


def vote(database: Database, campaign: Voted) -> None:
    """Sign-ins (seven and six, one proxy) and the ballots of both stations, entered."""
    for station, lines in zip(campaign.stations, STATION_BALLOTS, strict=True):
        for n in range(len(lines)):
            if station == campaign.stations[1] and n == 0:
                outcome = sign_in(
                    database,
                    station,
                    "Mandataire",
                    "Zoé",
                    date(1970, 5, 1),
                    proxy_for=Identity("Mandante", "Inès", date(1950, 2, 3)),
                )
            else:
                outcome = sign_in(
                    database, station, f"Nom{station}x{n}", "Lé", date(1980, 1, 1 + n)
                )
            assert outcome.signed
        entry = ballots.open_entry(database, station, "Karim", AUTHOR)
        for line in lines:
            assert ballots.enter_ballot(database, entry.id, line, AUTHOR).stored
        ballots.close_entry(database, entry.id, AUTHOR)


def build(kind: str, database: Database, campaign_id: int, path: Path, **options: object) -> int:
    return load_kind(kind).build(database, campaign_id, path, PrintOptions(**options))  # type: ignore[arg-type]


# --- sign-in sheets -------------------------------------------------------------------------


def test_sign_in_sheets_number_every_expected_voter_per_station(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_campaign(database)
    path = tmp_path / "emargement.pdf"
    pages = build("signin", database, campaign.id, path, copies=60)
    texts = pdf_pages(path, layout=True)
    assert len(texts) == pages
    per_station = pages // 2
    assert pages == 2 * per_station and per_station >= 2
    for number, (name, place) in enumerate(
        (("Bureau Félix-Pyat", "École Félix-Pyat"), ("Bureau de la Friche", "La Friche"))
    ):
        own = texts[number * per_station : (number + 1) * per_station]
        assert all(name in page and place in page and "13/06/2026" in page for page in own)
        numbers = [int(n) for page in own for n in re.findall(r"^\s+(\d+)\s*$", page, re.M)]
        assert numbers == list(range(1, 61))
    header = flat(texts[0])
    for column in ("Last name", "First name", "Birth date", "Signature"):
        # A heading may wrap inside its narrow column ("Date de / naissance"): every word
        # of it is in the header band.
        assert all(word in header for word in translate("PrintSignIn", column).split())


def test_sign_in_sheets_carry_the_data_protection_notice(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_campaign(database, stations=1)
    save_person(
        database,
        campaign.id,
        PersonInput(
            full_name="Nadia Service",
            role=Role.SERVICE,
            organisation="Politique de la ville",
            email="bp@example.org",
        ),
    )
    path = tmp_path / "emargement.pdf"
    pages = build("signin", database, campaign.id, path, copies=10)
    assert pages == 1
    text = flat(pdf_pages(path)[0])
    purpose = translate(
        "PrintSignIn",
        "Personal data. Purpose: checking that each resident votes only once in the "
        "participatory budget «{campaign}». Retention: until the end of the recourse period, "
        "{months} months after the results are published; then these sheets are destroyed.",
    ).format(campaign="Belle de Mai 2026", months=3)
    assert flat(purpose) in text
    assert "CNIL" in text
    assert "Nadia Service (Politique de la ville), bp@example.org" in text

    # The city's data-protection officer, once set in the print settings, replaces her.
    dpo = "Délégué à la protection des données, Ville de Marseille, dpo@marseille.fr"
    save_print_settings(database, campaign.id, PrintSettingsInput(data_contact=f"  {dpo} "), "A")
    build("signin", database, campaign.id, path, copies=10)
    text = flat(pdf_pages(path)[0])
    assert flat(dpo) in text and "Nadia Service" not in text


def test_a_contact_too_long_is_refused_and_nothing_is_saved(database: Database) -> None:
    campaign = make_campaign(database, stations=1)
    with pytest.raises(ValidationError) as refused:
        save_print_settings(
            database, campaign.id, PrintSettingsInput(data_contact="x" * 301, serials=True), "A"
        )
    assert set(refused.value.errors) == {"data_contact"}
    assert get_print_settings(database, campaign.id).saved is False


def test_sign_in_sheets_of_one_station(database: Database, tmp_path: Path) -> None:
    campaign = make_campaign(database)
    path = tmp_path / "emargement.pdf"
    assert (
        build("signin", database, campaign.id, path, copies=5, station_id=campaign.stations[1]) == 1
    )
    text = pdf_pages(path)[0]
    assert "Bureau de la Friche" in text and "Bureau Félix-Pyat" not in text


# --- PV ---------------------------------------------------------------------------------------


def _value(page: str, label: str) -> str:
    """The value on the right of ``label``'s line in a ``-layout`` page."""
    text = translate("PrintPV", label)
    for line in page.splitlines():
        if line.strip().startswith(text):
            return line.strip()[len(text) :].strip()
    raise AssertionError(f"{text!r} not on the page")


def test_pv_figures_are_the_workspace_figures(database: Database, tmp_path: Path) -> None:
    campaign = make_campaign(database)
    vote(database, campaign)
    reconcile_station(database, campaign.stations[0], 7, "", AUTHOR)
    remark = "Une enveloppe vide trouvée dans l’urne."
    reconcile_station(database, campaign.stations[1], 8, remark, AUTHOR)
    path = tmp_path / "pv.pdf"
    pages = build("pv", database, campaign.id, path)
    texts = pdf_pages(path, layout=True)
    assert len(texts) == pages == 3  # one page per station, then the summary
    figures = station_figures(database, campaign.id)
    for page, figure in zip(texts[:2], figures, strict=True):
        assert figure.name in page
        assert _value(page, "Signatures on the sign-in sheets") == str(figure.signatures)
        assert _value(page, "of which proxy votes") == str(figure.proxies)
        assert _value(page, "Ballots found in the ballot box") == str(figure.box_count)
        assert _value(page, "Valid ballots") == str(figure.valid)
        assert _value(page, "Blank ballots") == str(figure.blank)
        assert _value(page, "Spoilt ballots (nuls)") == str(figure.nul)
        gap = _value(page, "Gap: ballots minus signatures")
        assert gap == (f"{figure.gap:+d}" if figure.gap else "0")
    assert (figures[1].gap, figures[1].proxies) == (1, 1)
    assert remark in flat(texts[1])
    # Votes per project at each station, then in all.
    expected = {0: (7, 5, 0, 0), 1: (1, 0, 5, 3), 2: (8, 5, 5, 3)}
    for number, votes in expected.items():
        for title, count in zip(TITLES, votes, strict=True):
            line = next(line for line in texts[number].splitlines() if title in line)
            assert line.split()[-1] == str(count), (number, line)
    result = count_votes(database, campaign.id, AUTHOR)
    assert [p.votes for p in result.projects] == list(expected[2])
    summary = flat(texts[2])
    assert translate("PrintPV", "Record of the count: summary of all stations") in summary
    assert translate("PrintPV", "President of the station") in flat(texts[0])


def test_pv_summary_totals_the_gap_and_keeps_its_headers_whole(
    database: Database, tmp_path: Path
) -> None:
    campaign = make_campaign(database)
    vote(database, campaign)
    path = tmp_path / "pv.pdf"
    build("pv", database, campaign.id, path)
    summary = pdf_pages(path, layout=True)[-1]
    header = next(
        line for line in summary.splitlines() if translate("PrintPV", "Ballots") in line.split()
    )
    assert translate("PrintPV", "Signatures") in header.split()  # not "Signature / s"
    total = next(
        line for line in summary.splitlines() if translate("PrintPV", "All stations") in line
    )
    gap = sum(figure.gap for figure in station_figures(database, campaign.id))
    assert total.split()[-1] == (f"{gap:+d}" if gap else "0")


def test_the_signatures_never_stand_alone_on_the_last_page(tmp_path: Path) -> None:
    """When the signatures do not fit under a table, its last lines go with them."""
    from pbdesk.printing.base import MM, Style, new_canvas
    from pbdesk.printing.pv import Column, Flow

    style = Style(campaign_name="Belle de Mai 2026")
    roles = ["Pour l’équipe", "Témoin", "Témoin"]
    for rows in range(20, 60):
        canvas = new_canvas(tmp_path / "flow.pdf", "A4", "t", style)
        flow = Flow(canvas, style, total=None)
        flow.new_page("PV", "Récapitulatif")
        block = flow.signatures_height(roles)
        lines = [[str(n), f"Projet n° {n}"] for n in range(rows)]
        flow.table([Column("Code", 0.2), Column("Projet", 0.8)], lines, keep_after=block)
        table_page, room_left = flow.pages, flow.y - flow.room.y
        flow.heading("Signatures", keep=30 * MM)  # as the summary does
        flow.signatures(roles)
        assert flow.pages == table_page, rows  # the block stays with the table's end
        assert room_left >= block - 1, rows


def test_pv_prints_the_draw_by_lot(database: Database, tmp_path: Path) -> None:
    campaign = make_campaign(database, stations=1)
    entry = ballots.open_entry(database, campaign.stations[0], "Karim", AUTHOR)
    for line in ("1", "2"):
        ballots.enter_ballot(database, entry.id, line, AUTHOR)
    ballots.close_entry(database, entry.id, AUTHOR)
    record_draw(database, campaign.id, "Mme Durand, M. Ben Saïd", AUTHOR, seed=424242)
    path = tmp_path / "pv.pdf"
    build("pv", database, campaign.id, path, station_id=campaign.stations[0])
    text = flat("".join(pdf_pages(path)))
    assert translate("PrintPV", "Draw by lot") in text
    assert "424242" in text and "Mme Durand, M. Ben Saïd" in text
    # One station asked: no summary page.
    assert translate("PrintPV", "Record of the count: summary of all stations") not in text


def test_pv_is_refused_before_the_vote_settings(database: Database, tmp_path: Path) -> None:
    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Sans vote",
            year=2026,
            slug="sans-vote",
            envelope="1 000",
            territories=[TerritoryInput(name="Ici")],
        ),
        AUTHOR,
    )
    with pytest.raises(DomainError):
        build("pv", database, campaign_id, tmp_path / "pv.pdf")
    assert not (tmp_path / "pv.pdf").exists()


@pytest.mark.parametrize("kind", ["signin", "pv", "results"])
def test_a_campaign_decided_without_a_vote_has_no_vote_papers(
    database: Database, tmp_path: Path, kind: str
) -> None:
    campaign_id = create_campaign(
        database,
        FrameInput(
            name="Pertuis 2026",
            year=2026,
            slug="pertuis-2026",
            envelope="30 000",
            territories=[TerritoryInput(name="Pertuis")],
            decision_mode=DecisionMode.DESIGNATION,
        ),
        AUTHOR,
    )
    with pytest.raises(DomainError) as refused:
        build(kind, database, campaign_id, tmp_path / "x.pdf")
    assert refused.value.message == translate(
        "VoteDayPapers", "This campaign decided without a vote: there are no vote papers to print."
    )
    assert not (tmp_path / "x.pdf").exists()


# --- results ----------------------------------------------------------------------------------


def test_results_are_refused_until_published(database: Database, tmp_path: Path) -> None:
    campaign = make_campaign(database)
    vote(database, campaign)
    count_votes(database, campaign.id, AUTHOR)  # kept, not published
    path = tmp_path / "resultats.pdf"
    with pytest.raises(DomainError) as refused:
        build("results", database, campaign.id, path)
    assert refused.value.message == not_published_message()
    assert not path.exists()


def test_results_poster_and_report(database: Database, tmp_path: Path) -> None:
    campaign = make_campaign(database)
    vote(database, campaign)
    result = count_votes(database, campaign.id, AUTHOR)
    assert result.result_id is not None
    publish_results(database, result.result_id, AUTHOR)
    published = published_result(database, campaign.id)
    assert published is not None
    funded = [p for p in published.projects if p.funded]
    assert funded and len(funded) < len(published.projects)
    path = tmp_path / "resultats.pdf"
    pages = build("results", database, campaign.id, path, paper="A3")
    texts = pdf_pages(path)
    assert len(texts) == pages >= 2
    poster = flat(texts[0])
    for project in funded:
        assert flat(project.title) in poster
        assert flat(format_euros(project.cost_cents)) in poster
    assert "12 500 €" in poster
    assert format_euros(1_250_000) == "12\u202f500\u00a0€"
    assert {"\u202f", "€", "«", "œ"} <= mapped_characters(path)
    for project in published.projects:
        if not project.funded:
            assert flat(project.title) not in poster
    report = flat(" ".join(texts[1:]))
    for project in published.projects:
        assert flat(project.title) in report
        assert flat(project.explanation) in report
    assert "Collectif Œil Vif" in report
    assert "Bureau Félix-Pyat" in report and "Bureau de la Friche" in report


def test_a_cancelled_build_writes_nothing(database: Database, tmp_path: Path) -> None:
    campaign = make_campaign(database)
    path = tmp_path / "emargement.pdf"
    heard: list[tuple[int, int]] = []

    def stop_after_two(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        load_kind("signin").build(
            database, campaign.id, path, PrintOptions(copies=200), stop_after_two
        )
    assert not path.exists()
    assert heard[-1][0] == 2 and heard[-1][1] > 2
