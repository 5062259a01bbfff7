"""« Où est passé l'argent ? » and the end-of-edition report, read back with pdftotext."""

from __future__ import annotations

import base64
import re
import subprocess
import zlib
from pathlib import Path

import pytest

from pbdesk.domain.money import format_euros
from pbdesk.printing.base import Cancelled, PrintOptions
from pbdesk.store.database import Database
from pbdesk.workspace.followup.projects import campaign_totals, list_projects

from .followup_support import (
    INTERNAL_NEWS,
    PROJECTS,
    PUBLIC_NEWS,
    TO_ADJUST,
    WENT_WELL,
    FollowUpCampaign,
    make_followup_campaign,
)
from .support import flat, pdf_pages, pdf_text


@pytest.fixture
def followed(database: Database, tmp_path: Path) -> FollowUpCampaign:
    return make_followup_campaign(database, tmp_path)


def _build(kind: str, database: Database, campaign: int, target: Path, **options: object) -> int:
    from pbdesk.printing import load_kind

    return int(load_kind(kind).build(database, campaign, target, PrintOptions(**options)))


def _amount(euros: int) -> str:
    """``12 500 €`` as pdftotext gives it back (it turns the narrow spaces into spaces)."""
    return flat(format_euros(euros * 100))


def _streams(path: Path) -> list[bytes]:
    """The PDF's Flate streams, decoded (reportlab wraps some in ASCII85)."""
    found = []
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", path.read_bytes(), re.S):
        raw = stream.group(1).strip()
        try:
            if raw.endswith(b"~>"):
                raw = base64.a85decode(raw, adobe=True)
            found.append(zlib.decompress(raw))
        except (ValueError, zlib.error):
            continue  # a picture
    return found


def _drawn_characters(path: Path) -> set[str]:
    """Every character the PDF's fonts map their glyphs to (their ToUnicode tables)."""
    found: set[str] = set()
    for text in _streams(path):
        for code in re.findall(rb"<[0-9A-F]{2}> <([0-9A-F]{4})>", text):
            found.add(chr(int(code, 16)))
    return found


def test_residents_report_gives_each_project_its_amounts_voted_and_spent(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "argent.pdf"
    pages = _build("followup", database, followed.id, target)
    assert pages == pdf_pages(target) >= 1
    text = flat(pdf_text(target))
    for (title, _holder, voted, paid, _committed, _status), row in zip(
        PROJECTS, list_projects(database, followed.id), strict=True
    ):
        assert title in text
        assert row.money.paid == sum(paid) * 100
        block = text[text.index(title) :]
        assert _amount(voted) in block[:400]
        assert _amount(sum(paid)) in block[:400]
    # The amounts are drawn French-style: a narrow no-break space between thousands.
    assert "\u202f" in _drawn_characters(target)
    # What was done: the latest public update, and the next milestone.
    assert PUBLIC_NEWS in text
    assert "Inauguration avec les habitants" in text


def test_internal_updates_never_reach_residents(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    for paper in ("A4", "A3"):
        target = tmp_path / f"argent-{paper}.pdf"
        _build("followup", database, followed.id, target, paper=paper)
        text = flat(pdf_text(target))
        assert PUBLIC_NEWS.split(",")[0] in text
        assert "CONFIDENTIEL" not in text
        assert INTERNAL_NEWS not in text


def test_residents_total_is_the_sum_of_the_projects_and_the_dashboard_figure(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from pbdesk.printing.followup import resident_report

    report = resident_report(database, followed.id)
    totals = campaign_totals(database, followed.id)
    assert report.paid_cents == sum(p.paid_cents for p in report.projects) == totals.paid
    assert report.voted_cents == sum(voted * 100 for _t, _h, voted, *_rest in PROJECTS)
    target = tmp_path / "argent.pdf"
    _build("followup", database, followed.id, target)
    first_page = flat(pdf_text(target).split("\f")[0])
    assert flat(format_euros(totals.paid)) in first_page
    assert flat(format_euros(report.voted_cents)) in first_page


def test_a3_poster_is_one_a3_sheet_with_every_project(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "affiche.pdf"
    assert _build("followup", database, followed.id, target, paper="A3") == 1
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "(A3)" in info.stdout
    text = flat(pdf_text(target))
    for title, *_rest in PROJECTS:
        assert title in text
    assert _amount(12_500) in text


def test_large_print_body_is_at_least_14_points(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from pbdesk.printing import followup

    target = tmp_path / "argent.pdf"
    _build("followup", database, followed.id, target)
    sizes = _font_sizes(target)
    # Only the page footer (8 pt), the header's date line (10 pt) and the photo captions
    # (70 % of the body) are small print; everything residents read is 14 pt or more.
    small_print = {8.0, 10.0, round(14 * 0.7, 1)}
    assert sizes and min(size for size in sizes if size not in small_print) >= 14
    large = tmp_path / "gros.pdf"
    _build("followup", database, followed.id, large, large_print=True)
    page_header = {8.0, 10.0, 16.0, round(18 * 0.7, 1)}  # header and footer stay as they are
    assert min(s for s in _font_sizes(large) if s not in page_header) >= 18
    assert followup.PHOTO_DPI >= 150


def _font_sizes(path: Path) -> list[float]:
    sizes = []
    for text in _streams(path):
        for size in re.findall(rb"/F\d+(?:\+\d+)? ([0-9.]+) Tf", text):
            sizes.append(float(size))
    return sizes


def test_cancelling_writes_no_report(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from pbdesk.printing import followup

    target = tmp_path / "argent.pdf"
    with pytest.raises(Cancelled):
        followup.build(database, followed.id, target, PrintOptions(), lambda done, total: False)
    assert not target.exists()


def test_end_of_edition_report_documents_the_campaign(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    target = tmp_path / "bilan.pdf"
    pages = _build("report", database, followed.id, target)
    assert pages == pdf_pages(target) >= 3
    text = flat(pdf_text(target))
    # Co-evaluation notes, and the "to adjust" ones again among the lessons.
    assert WENT_WELL in text
    assert text.count(TO_ADJUST) == 2
    for title, *_rest in PROJECTS:
        assert title in text
    # The follow-up table's total is the sum of its lines and the dashboard's figure.
    totals = campaign_totals(database, followed.id)
    layout = pdf_text(target, layout=True).replace("\u202f", " ").replace("\u00a0", " ")
    [line] = [line for line in layout.splitlines() if line.strip().startswith("Total (3")]
    amounts = [int(a.replace(" ", "")) * 100 for a in re.findall(r"(\d[\d ]*?) €", line)]
    assert amounts == [
        sum(r.voted_cents for r in list_projects(database, followed.id)),
        totals.allocated,
        totals.committed,
        totals.paid,
    ]
    assert INTERNAL_NEWS not in text
    # The contents give each section a page number.
    contents = flat(pdf_text(target).split("\f")[0])
    assert re.search(r"7\. \S+ \d+", contents)


def test_residents_are_told_a_past_step_is_late_and_an_overspending_plainly(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from datetime import date

    from pbdesk.domain.followup import ExpenseInput, ExpenseState, MilestoneInput
    from pbdesk.i18n import translate
    from pbdesk.workspace.followup.records import save_expense, save_milestone

    from .followup_support import AUTHOR

    garden, _fresco, books = followed.projects
    save_milestone(
        database, garden, MilestoneInput("Pose des bacs", planned_on=date(2025, 3, 1)), AUTHOR
    )
    # 4 250 € voted for the book box, 5 000 € paid: 750 € more than voted.
    save_expense(
        database,
        books,
        ExpenseInput(
            date(2026, 10, 1), "5000", "Boîte", payee="Menuiserie", state=ExpenseState.PAID
        ),
        AUTHOR,
    )
    for paper in ("A4", "A3"):
        target = tmp_path / f"argent-{paper}.pdf"
        _build("followup", database, followed.id, target, paper=paper)
        text = flat(pdf_text(target))
        late = translate("PrintFollowUp", "Next step: {step} (planned for {date}, late).")
        assert flat(late.format(step="Pose des bacs", date="01/03/2025")) in text
        over = translate("PrintFollowUp", "Overspending: {amount} more than the amount voted.")
        assert flat(over.format(amount=format_euros(75_000))) in text


def test_a_future_step_is_not_called_late(database: Database, followed: FollowUpCampaign) -> None:
    from datetime import date

    from pbdesk.printing.followup import resident_report

    garden = followed.projects[0]
    before = resident_report(database, followed.id, today=date(2027, 5, 1))
    after = resident_report(database, followed.id, today=date(2027, 6, 1))
    project = next(p for p in before.projects if p.application_id == garden)
    assert project.next_step_on == date(2027, 5, 20) and not project.next_step_late
    assert next(p for p in after.projects if p.application_id == garden).next_step_late


def test_sample_campaign_sheets_say_their_figures_are_an_example(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from pbdesk.i18n import translate
    from pbdesk.store.models import Campaign

    mark = flat(translate("PrintFollowUp", "Sample data: these figures are an example."))
    target = tmp_path / "vrai.pdf"
    _build("followup", database, followed.id, target)
    assert mark not in flat(pdf_text(target))
    with database.session() as session:
        session.execute(update(Campaign).where(Campaign.id == followed.id).values(is_sample=True))
    for paper in ("A4", "A3"):
        target = tmp_path / f"exemple-{paper}.pdf"
        _build("followup", database, followed.id, target, paper=paper)
        assert mark in flat(pdf_text(target))


def test_residents_sheets_count_one_project_in_the_singular(
    database: Database, tmp_path: Path
) -> None:
    from pbdesk.i18n import translate

    campaign = make_followup_campaign(database, tmp_path, projects=PROJECTS[:1])
    target = tmp_path / "un.pdf"
    _build("followup", database, campaign.id, target)
    text = flat(pdf_text(target))
    one = translate("PrintFollowUp", "{done} project carried out out of {count}.")
    assert flat(one.format(done=0, count=1)) in text


def test_end_of_edition_report_counts_one_in_the_singular(
    database: Database, tmp_path: Path
) -> None:
    from pbdesk.i18n import translate

    campaign = make_followup_campaign(database, tmp_path, projects=PROJECTS[:1])
    target = tmp_path / "bilan-un.pdf"
    _build("report", database, campaign.id, target)
    text = flat(pdf_text(target))
    applications = translate("PrintReport", "{applications} {holders} ({new}).").format(
        applications=translate("PrintReport", "{count} application").format(count=1),
        holders=translate("PrintReport", "from {holders} holder").format(holders=1),
        new=translate("PrintReport", "{new} new to the process").format(new=1),
    )
    assert flat(applications) in text
    assert flat(translate("PrintReport", "Total ({count} project)").format(count=1)) in text
    # The territory: its name, then where it is, never glued together.
    place = translate("PrintReport", "{name} ({place})").format(
        name="Belle de Mai", place="13003 Marseille"
    )
    assert flat(place) in text


def test_a_designation_report_says_decided_and_voters_not_applicable(
    demo_database: Database, tmp_path: Path
) -> None:
    from pbdesk.i18n import translate
    from pbdesk.workspace.campaigns import list_campaigns

    pertuis = next(c.id for c in list_campaigns(demo_database) if c.slug == "pertuis-2020")
    target = tmp_path / "bilan-pertuis.pdf"
    _build("report", demo_database, pertuis, target)
    text = flat(pdf_text(target))
    voters = translate("PrintReport", "Voters")
    assert (
        flat(f"{voters} {translate('PrintReport', 'not applicable (no vote: designation)')}")
        in text
    )
    decided = translate(
        "PrintReport", "No vote: the projects were designated on {date}. Decided by: {who}."
    ).format(date="02/07/2020", who="Conseil citoyen de Pertuis")
    assert flat(decided) in text
    layout = pdf_text(target, layout=True)
    header = next(
        line for line in layout.splitlines() if translate("PrintReport", "Allocated") in line
    )
    assert translate("PrintReport", "Decided") in header
    assert translate("PrintReport", "Voted") not in header
    # The follow-up sheet for residents says "Décidé" too, and marks the sample data.
    sheet = tmp_path / "argent-pertuis.pdf"
    _build("followup", demo_database, pertuis, sheet)
    sheet_text = flat(pdf_text(sheet))
    assert (
        flat(translate("PrintFollowUp", "Sample data: these figures are an example.")) in sheet_text
    )


def test_the_reason_of_a_suspension_stays_with_the_team(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from pbdesk.domain.followup import FollowUpStatus
    from pbdesk.workspace.followup.projects import change_followup_status

    reason = "trésorier en arrêt maladie, conflit interne"
    change_followup_status(
        database, followed.projects[0], FollowUpStatus.SUSPENDED, reason, "Agnès"
    )
    target = tmp_path / "argent.pdf"
    _build("followup", database, followed.id, target)
    text = flat(pdf_text(target))
    assert "arrêt maladie" not in text and "conflit" not in text
    assert flat(FollowUpStatus.SUSPENDED.label) in text


def test_a_project_carried_out_outside_the_vote_is_not_counted_as_voted(
    database: Database, followed: FollowUpCampaign, tmp_path: Path
) -> None:
    from pbdesk.domain.applications import ApplicationStatus
    from pbdesk.domain.followup import FollowUpInput
    from pbdesk.i18n import translate
    from pbdesk.printing.followup import resident_report
    from pbdesk.store.models import Application
    from pbdesk.workspace.applications import ApplicationInput, save_application
    from pbdesk.workspace.followup.projects import add_off_vote_project, save_followup

    before = resident_report(database, followed.id)
    extra = save_application(
        database,
        followed.id,
        ApplicationInput(title="Chantier jeunes hors vote", requested="30 000"),
        "Agnès",
    )
    with database.session() as session:
        session.get(Application, extra).status = ApplicationStatus.NOT_FUNDED.value
    add_off_vote_project(database, extra, "Agnès")
    save_followup(database, extra, FollowUpInput(awarded="30 000"), "Agnès")
    after = resident_report(database, followed.id)
    assert after.voted_cents == before.voted_cents  # the envelope's money only
    target = tmp_path / "argent.pdf"
    _build("followup", database, followed.id, target)
    text = flat(pdf_text(target))
    label = translate("PrintFollowUp", "Outside the vote: {amount}")
    assert flat(label.format(amount=format_euros(3_000_000))) in text
