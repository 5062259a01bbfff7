"""Ballots, posters, booklet, print settings and the ``print`` command."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pbdesk.cli import main
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.vote import BallotKind, VoteSettings
from pbdesk.i18n import translate
from pbdesk.printing import KINDS, KindUnavailable, load_kind
from pbdesk.printing.base import (
    PAPERS,
    Box,
    Cancelled,
    PrintOptions,
    Style,
    fit_paragraph,
    fit_text,
    new_canvas,
    text_width,
)
from pbdesk.store.database import Database
from pbdesk.workspace.journal import entries
from pbdesk.workspace.printing import (
    PrintSettingsInput,
    ballot_layout,
    get_print_settings,
    print_projects,
    save_print_settings,
)

from .support import (
    AUTHOR,
    HAS_ZBAR,
    SLUG,
    PrintCampaign,
    flat,
    make_print_campaign,
    page_texts,
    pdf_pages,
    pdf_text,
    png_bytes,
)

LONG_TITLE = ("Réaménagement écologique et solidaire du square Émile-Zola " * 6)[:300]
LONG_DESCRIPTION = (
    "Les habitantes et habitants du quartier ont imaginé « ensemble » un lieu "
    "de rencontre, de fête et de jardinage, ouvert à toutes les générations. "
) * 40


# --- fitting text ----------------------------------------------------------------------------


def _inside(fitted, box: Box) -> bool:  # type: ignore[no-untyped-def]
    widest = max((text_width(line, fitted.font, fitted.size) for line in fitted.lines), default=0)
    return widest <= box.width + 0.01 and fitted.height <= box.height + 0.01


def test_text_shrinks_then_wraps_then_is_cut_never_overflowing() -> None:
    box = Box(0, 0, 200, 60)
    short = fit_text("Jardin partagé", box.width, box.height, size=14, min_size=8)
    assert short.size == 14 and short.lines == ("Jardin partagé",) and not short.truncated
    medium = fit_text(
        "Jardin partagé des Églantiers " * 3, box.width, box.height, size=14, min_size=8
    )
    assert 8 <= medium.size < 14 and not medium.truncated and _inside(medium, box)
    long = fit_text(LONG_DESCRIPTION, box.width, box.height, size=14, min_size=8)
    assert long.size == 8 and long.truncated and long.lines[-1].endswith("…")
    assert _inside(long, box)
    word = fit_text("A" * 500, 50, 30, size=10)
    assert _inside(word, Box(0, 0, 50, 30)) and word.truncated


def test_narrow_spaces_of_amounts_are_not_line_breaks() -> None:
    fitted = fit_text("Coût : 12\u202f500\u00a0€", 1000, 100, size=10)
    assert fitted.lines == ("Coût : 12\u202f500\u00a0€",)


def test_a_300_character_title_and_a_5000_character_description_never_overflow(
    tmp_path: Path,
) -> None:
    from pbdesk.printing.posters import draw_poster
    from pbdesk.workspace.printing import PrintProject

    assert len(LONG_DESCRIPTION) > 5000
    project = PrintProject(
        1,
        1,
        "12",
        LONG_TITLE,
        "Collectif « Œil Vif » " * 10,
        1_250_000,
        ("Cadre de vie",) * 12,
        "",
        LONG_DESCRIPTION,
        "",
    )
    for paper in PAPERS:
        canvas = new_canvas(tmp_path / f"{paper}.pdf", paper, "t", Style("Belle de Mai 2026"))
        drawn = draw_poster(canvas, Style("Belle de Mai 2026"), project, None)
        canvas.showPage()
        canvas.save()
        assert drawn and all(f.box is not None and _inside(f, f.box) for f in drawn)
        assert any(f.truncated for f in drawn)  # the description was cut with "…"
        page_w, page_h = PAPERS[paper]
        for fitted in drawn:
            assert fitted.box.x >= 0 and fitted.box.right <= page_w
            assert fitted.box.y >= 0 and fitted.box.top <= page_h


def test_ballot_body_fits_with_a_very_long_title(database: Database, tmp_path: Path) -> None:
    from pbdesk.printing.ballots import draw_ballot_body, geometry, sheet_cells
    from pbdesk.printing.base import campaign_style

    campaign = make_print_campaign(database, titles=[LONG_TITLE, "Boîte à livres"])
    layout = ballot_layout(database, campaign.id)
    style = campaign_style(database, campaign.id)
    for per_sheet in (1, 2, 4):
        cell = sheet_cells(*PAPERS["A4"], per_sheet)[0]
        geo = geometry(cell, per_sheet, False, True)
        canvas = new_canvas(tmp_path / f"b{per_sheet}.pdf", "A4", "t", style)
        drawn = draw_ballot_body(canvas, layout, style, geo, serials=True)
        canvas.save()
        assert all(f.box is not None and _inside(f, f.box) for f in drawn)
        assert all(f.box.x >= 0 and f.box.right <= cell.width for f in drawn)


# --- ballots ---------------------------------------------------------------------------------


def test_ballots_show_every_title_with_accents_and_the_rule(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "ballots.pdf"
    pages = load_kind("ballots").build(
        database, printable.id, target, PrintOptions(per_sheet=2, copies=3)
    )
    assert pages == pdf_pages(target) == 2 * 2  # 2 stations × 3 ballots, 2 per sheet
    text = flat(pdf_text(target))
    for title in printable.titles:
        assert flat(title) in text
    assert translate("PrintBallot", "Tick from 1 to {high} projects.").format(high=3) in text
    assert "Amicale des locataires" in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # embedded


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (VoteSettings(ballot_kind=BallotKind.BUDGET), "12\u202f500\u00a0€"),
        (VoteSettings(ballot_kind=BallotKind.RANKED, max_choices=3), "Rank"),
        (
            VoteSettings(ballot_kind=BallotKind.POINTS, points_total=5, points_per_project=3),
            "Points",
        ),
    ],
)
def test_each_ballot_kind_prints(
    database: Database, tmp_path: Path, settings: VoteSettings, expected: str
) -> None:
    campaign = make_print_campaign(database, settings=settings, stations=1)
    target = tmp_path / "ballots.pdf"
    load_kind("ballots").build(database, campaign.id, target, PrintOptions(copies=1))
    text = pdf_text(target)
    wanted = translate("PrintBallot", expected) if expected in ("Rank", "Points") else expected
    assert flat(wanted) in flat(text)
    for title in campaign.titles:
        assert flat(title) in flat(text)


def test_serials_are_unique_across_a_pack_and_qr_codes_hold_only_slug_station_serial(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    from pbdesk.printing.ballots import build

    target = tmp_path / "ballots.pdf"
    payloads: list[str] = []
    pages = build(
        database,
        printable.id,
        target,
        PrintOptions(per_sheet=4, copies=6, serials=True),
        payloads=payloads,
    )
    assert pages == 2 * 2
    assert len(payloads) == 12 and len(set(payloads)) == 12
    for payload in payloads:
        slug, station, serial = payload.split("/")
        assert payload.isascii() and slug == SLUG and station in ("1", "2") and serial.isdigit()
    text = pdf_text(target)
    assert "N° 1-00001" in text and "N° 2-00006" in text
    if HAS_ZBAR:
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "200",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                str(target),
                str(tmp_path / "page"),
            ],
            check=True,
        )
        image = next(tmp_path.glob("page*.png"))
        found = subprocess.run(
            ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True
        ).stdout.split()
        assert sorted(found) == sorted(payloads[:4])


def test_qr_modules_decode_to_the_payload_when_zbar_is_missing(tmp_path: Path) -> None:
    """Where zbarimg is not installed: the drawn matrix is the standard encoding of the
    payload (reportlab's own encoder with its chosen mask) and a valid QR symbol size."""
    from pbdesk.printing.ballots import QrPainter, qr_payload

    payload = qr_payload(SLUG, 2, 137)
    assert payload == f"{SLUG}/2/00137"
    painter = QrPainter(payload)
    modules = painter.modules(payload)
    assert len(modules) == 17 + 4 * painter.version
    assert modules != painter.modules(qr_payload(SLUG, 2, 138))


def test_one_station_and_no_serials(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "one.pdf"
    payloads: list[str] = []
    from pbdesk.printing.ballots import build

    pages = build(
        database,
        printable.id,
        target,
        PrintOptions(station_id=printable.stations[1], copies=5, per_sheet=2, serials=False),
        payloads=payloads,
    )
    assert pages == 3 and payloads == []
    assert "Bureau 2" in pdf_text(target) and "Bureau 1" not in pdf_text(target)
    with pytest.raises(DomainError):
        build(database, printable.id, target, PrintOptions(station_id=999))


def test_random_order_is_recorded_and_stable(database: Database, printable: PrintCampaign) -> None:
    by_code = [p.code for p in ballot_layout(database, printable.id).projects]
    assert by_code == ["1", "2", "3", "4"]
    view = save_print_settings(
        database, printable.id, PrintSettingsInput(project_order="random"), AUTHOR
    )
    assert view.random_seed is not None
    first = [p.code for p in ballot_layout(database, printable.id).projects]
    assert sorted(first) == by_code
    again = save_print_settings(
        database, printable.id, PrintSettingsInput(project_order="random"), AUTHOR
    )
    assert again.random_seed == view.random_seed
    assert [p.code for p in ballot_layout(database, printable.id).projects] == first


def test_large_print_ballots_are_one_per_sheet_at_16_points_or_more(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    from pbdesk.printing.ballots import draw_ballot_body, geometry, sheet_cells
    from pbdesk.printing.base import campaign_style

    target = tmp_path / "large.pdf"
    pages = load_kind("ballots").build(
        database,
        printable.id,
        target,
        PrintOptions(station_id=printable.stations[0], copies=3, per_sheet=4, large_print=True),
    )
    assert pages == 3
    layout = ballot_layout(database, printable.id)
    style = campaign_style(database, printable.id)
    geo = geometry(sheet_cells(*PAPERS["A4"], 1)[0], 1, True, False)
    canvas = new_canvas(tmp_path / "probe.pdf", "A4", "t", style)
    drawn = draw_ballot_body(canvas, layout, style, geo, serials=False)
    body = [f for f in drawn if f.lines and f.size > 8]  # captions for the staff aside
    assert body and min(f.size for f in body) >= 16


def test_ballots_need_settings_and_codes(
    database: Database, campaign_id: int, tmp_path: Path
) -> None:
    with pytest.raises(DomainError):
        load_kind("ballots").build(database, campaign_id, tmp_path / "x.pdf", PrintOptions())


def test_cancelling_stops_the_build(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        load_kind("ballots").build(
            database, printable.id, tmp_path / "x.pdf", PrintOptions(copies=10), progress
        )
    assert seen[-1][0] == 2


# --- posters and booklet ---------------------------------------------------------------------


def test_posters_one_page_per_project_with_title_amount_and_photo(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "posters.pdf"
    pages = load_kind("posters").build(database, printable.id, target, PrintOptions(paper="A3"))
    assert pages == pdf_pages(target) == len(printable.titles)
    texts = page_texts(target)
    assert len(texts) == len(printable.titles)
    for title, page in zip(printable.titles, texts, strict=True):
        assert flat(title) in flat(page)
    assert "12\u202f500\u00a0€" in texts[0] or "12 500 €" in flat(texts[0])
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) - 2 >= 1  # the attached photo
    size = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "(A3)" in size  # A3 portrait


def test_vote_day_poster(database: Database, printable: PrintCampaign, tmp_path: Path) -> None:
    from pbdesk.printing.posters import build_vote_day

    target = tmp_path / "vote-day.pdf"
    assert build_vote_day(database, printable.id, target, PrintOptions()) == 1
    text = flat(pdf_text(target))
    assert "Place Cadenat, préau de l’école" in text and "Belle de Mai" in text
    assert flat(translate("PrintPoster", "How to vote?")) in text


def test_booklet_has_contents_and_every_project(database: Database, tmp_path: Path) -> None:
    titles = [f"Projet n° {n} : l’été à l’école Édouard-Herriot" for n in range(1, 8)]
    campaign = make_print_campaign(database, titles=titles, photo_dir=tmp_path)
    target = tmp_path / "booklet.pdf"
    pages = load_kind("booklet").build(database, campaign.id, target, PrintOptions())
    assert pages == pdf_pages(target) == 1 + 4  # contents, then two projects a page
    texts = page_texts(target)
    assert flat(translate("PrintBooklet", "Contents")) in flat(texts[0])
    for title in titles:
        assert flat(title) in flat(texts[0])  # in the contents
        assert flat(title) in flat("".join(texts[1:]))


def test_posters_refuse_a_campaign_with_no_project(
    database: Database, campaign_id: int, tmp_path: Path
) -> None:
    with pytest.raises(DomainError):
        load_kind("posters").build(database, campaign_id, tmp_path / "x.pdf", PrintOptions())


# --- settings --------------------------------------------------------------------------------


def test_print_settings_defaults_validation_and_persistence(
    database: Database, campaign_id: int
) -> None:
    view = get_print_settings(database, campaign_id)
    assert not view.saved and view.accent == "#1F5F8B" and view.ballots_per_sheet == 2
    with pytest.raises(ValidationError) as refused:
        save_print_settings(
            database,
            campaign_id,
            PrintSettingsInput(
                accent="bleu",
                ballots_per_station=0,
                ballots_per_sheet=3,
                project_order="alpha",
                logo=b"not a picture",
            ),
            AUTHOR,
        )
    assert set(refused.value.errors) == {
        "accent",
        "ballots_per_station",
        "ballots_per_sheet",
        "project_order",
        "logo",
    }
    assert not get_print_settings(database, campaign_id).saved  # nothing saved
    saved = save_print_settings(
        database,
        campaign_id,
        PrintSettingsInput(
            accent="#c0392b",
            serials=True,
            ballots_per_station=350,
            ballots_per_sheet=4,
            large_print=True,
            logo=png_bytes(120, 60),
            logo_filename="logo.png",
        ),
        AUTHOR,
    )
    again = get_print_settings(database, campaign_id)
    assert again == saved
    assert (
        again.accent,
        again.serials,
        again.ballots_per_station,
        again.ballots_per_sheet,
        again.large_print,
        again.has_logo,
    ) == ("#C0392B", True, 350, 4, True, True)
    assert entries(database, campaign_id, 1)[0].summary.count("350")
    removed = save_print_settings(
        database,
        campaign_id,
        PrintSettingsInput(remove_logo=True),
        AUTHOR,
        expected_version=again.version,
    )
    assert not removed.has_logo
    from pbdesk.domain.errors import ConcurrentEdit

    with pytest.raises(ConcurrentEdit):
        save_print_settings(
            database, campaign_id, PrintSettingsInput(), AUTHOR, expected_version=again.version
        )


def test_logo_and_accent_are_printed(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    save_print_settings(
        database,
        printable.id,
        PrintSettingsInput(accent="#AA3300", logo=png_bytes(200, 80, "#AA3300")),
        AUTHOR,
    )
    target = tmp_path / "booklet.pdf"
    load_kind("booklet").build(database, printable.id, target, PrintOptions())
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()) - 2 >= 2  # the logo and the photo


def test_projects_carry_holder_stakes_and_photo(
    database: Database, printable: PrintCampaign
) -> None:
    projects = print_projects(database, printable.id)
    assert [p.code for p in projects] == ["1", "2", "3", "4"]
    assert projects[0].photo_id is not None and projects[1].photo_id is None
    assert projects[0].holder and projects[0].stakes


# --- the command line ------------------------------------------------------------------------


def _db(database: Database) -> str:
    assert database.path is not None
    return str(database.path)


def test_cli_prints_ballots_and_summarises(
    database: Database,
    printable: PrintCampaign,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "bulletins.pdf"
    code = main(
        [
            "--db",
            _db(database),
            "print",
            "ballots",
            SLUG,
            str(target),
            "--station",
            "Bureau 1 – École Édouard-Herriot",
            "--copies",
            "8",
            "--per-sheet",
            "4",
            "--serials",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and target.exists() and pdf_pages(target) == 2
    assert str(target) in out and "2" in out and len(out.strip().splitlines()) == 1
    assert "N° 1-00008" in pdf_text(target)


def test_cli_posters_default_to_a3_and_vote_day(
    database: Database, printable: PrintCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "affiches.pdf"
    assert main(["--db", _db(database), "print", "posters", str(printable.id), str(target)]) == 0
    assert "(A3)" in subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    day = tmp_path / "jour.pdf"
    assert (
        main(
            [
                "--db",
                _db(database),
                "print",
                "posters",
                SLUG,
                str(day),
                "--vote-day",
                "--paper",
                "a4",
            ]
        )
        == 0
    )
    assert pdf_pages(day) == 1


@pytest.mark.parametrize(
    "arguments",
    [
        ["print", "nope", SLUG, "x.pdf"],
        ["print", "ballots", "nulle-part", "x.pdf"],
        ["print", "ballots", SLUG, "x.pdf", "--station", "Bureau 9"],
        ["print", "ballots", SLUG, "x.pdf", "--copies", "0"],
        ["print", "ballots", SLUG, "x.pdf", "--per-sheet", "3"],
        ["print", "posters", SLUG, "x.pdf", "--paper", "B5"],
        ["print", "booklet", SLUG, "x.pdf", "--vote-day"],
        ["print", "ballots", SLUG, "missing-folder/x.pdf"],
    ],
)
def test_cli_errors_are_one_sentence_and_exit_1(
    database: Database,
    printable: PrintCampaign,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
) -> None:
    arguments = [a if not a.endswith(".pdf") else str(tmp_path / a) for a in arguments]
    assert main(["--db", _db(database), *arguments]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pbdesk : ")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.part"))


def test_a_kind_whose_module_is_missing_gives_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(KINDS, "report", "pbdesk.printing.not_written_yet")
    with pytest.raises(KindUnavailable) as missing:
        load_kind("report")
    assert "report" in str(missing.value)


def test_fit_paragraph_returns_its_box(tmp_path: Path) -> None:
    canvas = new_canvas(tmp_path / "x.pdf", "A4", "t")
    box = Box(10, 10, 100, 40)
    drawn = fit_paragraph(canvas, "Élan", box, size=12)
    assert drawn.box == box and drawn.text == "Élan"


def test_french_punctuation_never_starts_or_ends_a_line_alone() -> None:
    from pbdesk.printing.base import wrap_text

    text = "Un projet « ensemble » pour tous : vraiment ! " * 20
    for width in (60, 90, 140, 200):
        for line in wrap_text(text, "DejaVuSans", 10, width):
            assert not line.endswith("«") and not line.startswith(("»", ":", "!"))


@pytest.mark.parametrize(
    ("settings", "source", "values"),
    [
        (VoteSettings(ballot_kind=BallotKind.SINGLE), "Tick one project.", {}),
        (
            VoteSettings(min_choices=1, max_choices=3),
            "Tick from 1 to {high} projects.",
            {"high": 3},
        ),
        (
            VoteSettings(min_choices=2, max_choices=2),
            "Tick exactly {count} projects.",
            {"count": 2},
        ),
        (VoteSettings(min_choices=1, max_choices=None), "Tick as many projects as you like.", {}),
        (
            VoteSettings(ballot_kind=BallotKind.POINTS, points_total=10, points_per_project=4),
            "Share out at most {total} points, at most {each} to one project.",
            {"total": 10, "each": 4},
        ),
        (
            VoteSettings(ballot_kind=BallotKind.BUDGET),
            "Tick the projects you choose: their total must not exceed {envelope}.",
            {"envelope": "40\u202f000\u00a0€"},
        ),
    ],
)
def test_the_rule_printed_on_the_ballot(
    settings: VoteSettings, source: str, values: dict[str, object]
) -> None:
    from pbdesk.workspace.printing import ballot_rule

    assert ballot_rule(settings, 4_000_000) == translate("PrintBallot", source).format(**values)


def test_large_print_posters_keep_every_text_at_16_points(tmp_path: Path) -> None:
    from pbdesk.printing.posters import draw_poster, draw_vote_day
    from pbdesk.workspace.printing import PrintProject, VoteDay

    project = PrintProject(
        1,
        1,
        "3",
        "Boîte à livres et cœur de quartier",
        "Collectif Œil Vif",
        425_000,
        ("Lien social",),
        "",
        LONG_DESCRIPTION,
        "",
    )
    style = Style("Belle de Mai 2026")
    canvas = new_canvas(tmp_path / "large.pdf", "A4", "t", style)
    drawn = draw_poster(canvas, style, project, None, large=True)
    canvas.showPage()
    day = VoteDay("Belle de Mai 2026", None, (), ("Belle de Mai",), ("Tous",), ("Signez.",), 4)
    drawn += draw_vote_day(canvas, style, day, large=True)
    canvas.save()
    assert all(f.size >= 16 for f in drawn if f.lines)
    assert all(_inside(f, f.box) for f in drawn)


def test_many_projects_on_a_quarter_sheet_keep_every_title_and_holder(
    database: Database, tmp_path: Path
) -> None:
    from pbdesk.printing.ballots import draw_ballot_body, geometry, sheet_cells
    from pbdesk.printing.base import campaign_style

    titles = [f"Projet {n} : aménagement du square Émile-Zola et fête" for n in range(1, 21)]
    campaign = make_print_campaign(database, titles=titles)
    layout = ballot_layout(database, campaign.id)
    style = campaign_style(database, campaign.id)
    cell = sheet_cells(*PAPERS["A4"], 4)[0]
    canvas = new_canvas(tmp_path / "b.pdf", "A4", "t", style)
    drawn = draw_ballot_body(canvas, layout, style, geometry(cell, 4, False, True), serials=True)
    texts = [f.text for f in drawn]
    for n in range(1, 21):
        assert any(text.startswith(f"Projet {n} :") for text in texts), n
    assert sum(text == "Collectif Œil Vif" for text in texts) == len(
        [t for i, t in enumerate(titles) if i % 3 == 1]
    )
    assert all(_inside(f, f.box) for f in drawn)


def test_large_print_ballots_wrap_long_holders_and_keep_a_real_stamp_field(
    database: Database, tmp_path: Path
) -> None:
    from pbdesk.printing.ballots import LARGE_STAMP_HEIGHT, geometry, sheet_cells
    from pbdesk.printing.base import MM

    holder = (
        "Association mobilité pour l'accès aux droits, à l'emploi et école de conduite "
        "pour l'insertion et la mobilité"
    )
    campaign = make_print_campaign(database, titles=[f"Projet {n}" for n in range(1, 8)])
    from pbdesk.store.models import Holder

    with database.session() as session:  # a holder's name of 109 characters
        first = session.query(Holder).order_by(Holder.id).first()
        assert first is not None
        first.name = holder
    layout = ballot_layout(database, campaign.id)
    from pbdesk.printing.ballots import draw_ballot_body
    from pbdesk.printing.base import campaign_style

    style = campaign_style(database, campaign.id)
    geo = geometry(sheet_cells(*PAPERS["A4"], 1)[0], 1, True, False)
    canvas = new_canvas(tmp_path / "probe.pdf", "A4", "t", style)
    drawn = draw_ballot_body(canvas, layout, style, geo, serials=False)
    holders = [f for f in drawn if f.lines and f.lines[0].startswith("Association mobilit")]
    assert len(holders) >= 2
    assert not any(f.truncated for f in holders)
    assert all(" ".join(f.lines) == holder for f in holders)
    target = tmp_path / "large.pdf"
    load_kind("ballots").build(
        database, campaign.id, target, PrintOptions(copies=1, large_print=True)
    )
    assert "…" not in pdf_text(target)
    assert LARGE_STAMP_HEIGHT >= 30 * MM


@pytest.mark.parametrize("saved", [True, False])
def test_cli_ballots_follow_the_saved_serials_setting_unless_told(
    database: Database, printable: PrintCampaign, tmp_path: Path, saved: bool
) -> None:
    """``pbdesk print ballots`` without ``--serials``/``--no-serials`` prints what the app's
    print pack prints: the campaign's saved setting."""
    save_print_settings(database, printable.id, PrintSettingsInput(serials=saved), AUTHOR)
    assert get_print_settings(database, printable.id).serials is saved
    default = tmp_path / "default.pdf"
    arguments = ["--db", _db(database), "print", "ballots", SLUG, "--copies", "2"]
    assert main([*arguments[:5], str(default), *arguments[5:]]) == 0
    assert ("N° 1-00001" in pdf_text(default)) is saved
    told = tmp_path / "told.pdf"
    flag = "--no-serials" if saved else "--serials"
    assert main([*arguments[:5], str(told), *arguments[5:], flag]) == 0
    assert ("N° 1-00001" in pdf_text(told)) is not saved
