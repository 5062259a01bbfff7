"""The end-of-edition report (bilan de l'édition): the documentation of a whole campaign.

Sections, after a table of contents:

1. the frame (cadre);
2. the nine phases, each with its status, its checklist (done / total and every item), its
   meetings and its co-evaluation note;
3. the applications and the decisions taken on them (status, reason, the reviewers' mean
   when they reviewed);
4. the vote and its results — the published count with its rule, turnout and each project's
   explanation — or the designation without a vote;
5. the follow-up: per project the amounts voted, allocated, committed and paid with the
   campaign's totals (the dashboard's figures), what has been done (latest public update and
   its photo), and the one-year review;
6. the indicators (``workspace.indicators``);
7. the lessons: every "to adjust" note of the co-evaluations, and the review's decisions.

Long texts continue on the next page. Photos are read one at a time and only on the second
pass (the first one counts the pages for the contents and "Page n / total").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pbdesk.domain.applications import ApplicationStatus
from pbdesk.domain.campaign import CallKind, CoreGroupKind, DecisionMode
from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import format_euros, group_digits
from pbdesk.domain.phases import Phase
from pbdesk.i18n import translate
from pbdesk.printing.base import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    MM,
    Box,
    Fitted,
    PrintOptions,
    Progress,
    campaign_style,
    check_options,
    draw_fitted,
    draw_image,
    fit_paragraph,
    fit_text,
)
from pbdesk.printing.followup import (
    ResidentReport,
    binary_streams,
    load_photo,
    resident_report,
)
from pbdesk.printing.pv import Column, Flow, two_pass
from pbdesk.workspace.applications import ApplicationRow, list_applications
from pbdesk.workspace.campaigns import get_frame
from pbdesk.workspace.designation import DesignationView, list_designations
from pbdesk.workspace.followup.projects import ProjectRow, list_projects
from pbdesk.workspace.indicators import CampaignIndicators, Ratio, campaign_indicators
from pbdesk.workspace.meetings import list_meetings
from pbdesk.workspace.one_year_review import ProjectSatisfaction, get_review, satisfaction
from pbdesk.workspace.phases import get_phase
from pbdesk.workspace.views import FrameView, MeetingView, PhaseView

if TYPE_CHECKING:
    from pbdesk.store.database import Database
    from pbdesk.workspace.one_year_review import ReviewView
    from pbdesk.workspace.print_vote_day import PublishedResults

DONE_MARK = "☑"
TODO_MARK = "☐"
PHOTO_WIDTH = 52 * MM
PHOTO_HEIGHT = 39 * MM


def format_day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def percent(ratio: Ratio | None) -> str:
    value = ratio.percent() if ratio is not None else None
    return "—" if value is None else f"{value}\u00a0%"


def known(value: int | None) -> str:
    return "—" if value is None else group_digits(value)


# --- what the report reads ----------------------------------------------------------------------


@dataclass(frozen=True)
class EditionReport:
    frame: FrameView
    phases: tuple[PhaseView, ...]
    meetings: tuple[MeetingView, ...]
    applications: tuple[ApplicationRow, ...]
    #: The reviewers' mean total per application id, and the best total (None: no review).
    review_means: dict[int, float]
    best_total: int | None
    results: PublishedResults | None
    designations: tuple[DesignationView, ...]
    followed: tuple[ProjectRow, ...]
    residents: ResidentReport
    indicators: CampaignIndicators
    review: ReviewView
    satisfaction: tuple[ProjectSatisfaction, ...]


def edition_report(database: Database, campaign_id: int) -> EditionReport:
    """Everything the report prints, read through the workspace."""
    from pbdesk.workspace.print_vote_day import published_results
    from pbdesk.workspace.reviews.decision import synthesis

    try:
        results: PublishedResults | None = published_results(database, campaign_id)
    except DomainError:
        results = None
    review_synthesis = synthesis(database, campaign_id)
    means = {row.application_id: row.mean for row in review_synthesis.rows if row.mean is not None}
    return EditionReport(
        frame=get_frame(database, campaign_id),
        phases=tuple(get_phase(database, campaign_id, phase) for phase in Phase),
        meetings=tuple(list_meetings(database, campaign_id)),
        applications=tuple(list_applications(database, campaign_id)),
        review_means=means,
        best_total=review_synthesis.best_total if means else None,
        results=results,
        designations=tuple(list_designations(database, campaign_id)),
        followed=tuple(list_projects(database, campaign_id)),
        residents=resident_report(database, campaign_id),
        indicators=campaign_indicators(database, campaign_id),
        review=get_review(database, campaign_id),
        satisfaction=tuple(satisfaction(database, campaign_id)),
    )


# --- drawing helpers -----------------------------------------------------------------------------


class Sections:
    """The sections' page numbers: learnt on the first pass, printed in the contents on the
    second (the contents take the same room on both)."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}

    def start(self, flow: Flow, title: str) -> None:
        flow.need(flow.body * 8)
        flow.heading(title, size=flow.body * 1.5)
        self.pages.setdefault(title, flow.pages)


def long_text(
    flow: Flow,
    text: str,
    *,
    size: float | None = None,
    bold: bool = False,
    color: Any = INK,
    indent: float = 0.0,
) -> None:
    """A paragraph of any length: what does not fit goes on to the next page."""
    if not text.strip():
        return
    size = size or flow.body
    font = FONT_BOLD if bold else FONT
    width = flow.room.width - indent
    fitted = fit_text(text, width, 100_000, font=font, size=size)
    lines = list(fitted.lines)
    step = fitted.leading
    while lines:
        flow.need(step)
        room = max(int((flow.y - flow.room.y) // step), 1)
        chunk, lines = lines[:room], lines[room:]
        height = len(chunk) * step
        part = Fitted(tuple(chunk), font, size, step, fitted.width, height, False)
        draw_fitted(
            flow.canvas,
            part,
            Box(flow.room.x + indent, flow.y - height, width, height),
            color=color,
        )
        flow.y -= height
    flow.y -= 1.5 * MM


def label(flow: Flow, text: str) -> None:
    """A small bold title inside a section."""
    flow.need(flow.body * 4)
    flow.gap(1 * MM)
    long_text(flow, text, bold=True)


# --- the sections --------------------------------------------------------------------------------


def _territory(name: str, postcode: str, commune: str) -> str:
    """``Pertuis (84120 Pertuis)``: the neighbourhood, then where it is, in brackets."""
    place = " ".join(part for part in (postcode, commune) if part)
    if name and place:
        return translate("PrintReport", "{name} ({place})").format(name=name, place=place)
    return name or place


def _table(flow: Flow, columns: Sequence[Column], rows: Sequence[Sequence[str]], **kw: Any) -> None:
    """``flow.table`` with its header kept on the page of its first row (never orphaned at
    the bottom of a page)."""
    if rows:
        pad = 1.4 * MM

        def height(values: Sequence[str], font: str) -> float:
            return (
                max(
                    fit_text(
                        value,
                        flow.room.width * c.share - 2 * pad,
                        10_000,
                        font=font,
                        size=flow.body,
                    ).height
                    for value, c in zip(values, columns, strict=True)
                )
                + 2 * pad
            )

        first = height(rows[0], FONT_BOLD if 0 in kw.get("bold_rows", ()) else FONT)
        flow.need(min(height([c.title for c in columns], FONT_BOLD) + first, flow.room.height))
    flow.table(columns, rows, **kw)


def _contents(flow: Flow, titles: Sequence[str], sections: Sections) -> None:
    flow.heading(translate("PrintReport", "Contents"), size=flow.body * 1.5)
    flow.pairs([(title, str(sections.pages.get(title, ""))) for title in titles], label_share=0.85)


def _frame(flow: Flow, data: EditionReport) -> None:
    frame = data.frame
    territories = "; ".join(_territory(t.name, t.postcode, t.commune) for t in frame.territories)
    flow.pairs(
        [
            (translate("PrintReport", "Edition"), f"{frame.name} ({frame.year})"),
            (translate("PrintReport", "Envelope"), format_euros(frame.envelope_cents)),
            (translate("PrintReport", "Territories"), territories or "—"),
            (translate("PrintReport", "Theme"), frame.theme or "—"),
            (translate("PrintReport", "Call"), CallKind(frame.call_kind).label),
            (translate("PrintReport", "Core group"), CoreGroupKind(frame.core_group_kind).label),
            (translate("PrintReport", "Decision"), DecisionMode(frame.decision_mode).label),
            (
                translate("PrintReport", "Dates"),
                translate("PrintReport", "{start} to {end}").format(
                    start=format_day(frame.starts_on), end=format_day(frame.ends_on)
                ),
            ),
            (translate("PrintReport", "Vote"), format_day(frame.vote_on)),
        ],
        label_share=0.3,
    )
    if frame.aims:
        label(flow, translate("PrintReport", "Aims"))
        long_text(flow, frame.aims)
    if frame.is_sample:
        long_text(
            flow,
            translate("PrintReport", "Sample data: the figures of this edition are invented."),
            color=GREY,
        )


def _phases(flow: Flow, data: EditionReport) -> None:
    meetings: dict[Phase, list[MeetingView]] = {}
    for meeting in data.meetings:
        meetings.setdefault(meeting.phase, []).append(meeting)
    for phase in data.phases:
        label(flow, phase.phase.label)
        dates = ""
        if phase.started_on or phase.finished_on:
            dates = translate("PrintReport", " (from {start} to {end})").format(
                start=format_day(phase.started_on), end=format_day(phase.finished_on)
            )
        if phase.done_count <= 1:
            checklist = translate(
                "PrintReport", "Status: {status}{dates}. Checklist: {done} item done of {total}."
            )
        else:
            checklist = translate(
                "PrintReport", "Status: {status}{dates}. Checklist: {done} items done of {total}."
            )
        long_text(
            flow,
            checklist.format(
                status=phase.status.label,
                dates=dates,
                done=phase.done_count,
                total=len(phase.items),
            ),
        )
        for item in phase.items:
            mark = DONE_MARK if item.done else TODO_MARK
            extra = []
            if item.done and item.done_on:
                extra.append(
                    translate("PrintReport", "done on {date}").format(date=format_day(item.done_on))
                )
            elif item.due_on:
                extra.append(
                    translate("PrintReport", "due {date}").format(date=format_day(item.due_on))
                )
            if item.owner:
                extra.append(item.owner)
            suffix = f" ({', '.join(extra)})" if extra else ""
            long_text(flow, f"{mark} {item.label}{suffix}", indent=4 * MM)
        held = meetings.get(phase.phase, [])
        if held:
            people = sum(m.participants for m in held)
            long_text(
                flow,
                translate("PrintReport", "Meetings: {count}, {people} participants.").format(
                    count=len(held), people=group_digits(people)
                ),
            )
            for meeting in sorted(held, key=lambda m: m.held_on):
                place = f" — {meeting.place}" if meeting.place else ""
                long_text(
                    flow,
                    translate("PrintReport", "{date}{place}: {people} participants").format(
                        date=format_day(meeting.held_on), place=place, people=meeting.participants
                    ),
                    indent=4 * MM,
                    color=GREY,
                )
        if phase.went_well or phase.to_adjust:
            long_text(
                flow,
                translate("PrintReport", "Co-evaluation — what went well: {text}").format(
                    text=phase.went_well or "—"
                ),
            )
            long_text(
                flow,
                translate("PrintReport", "Co-evaluation — to adjust: {text}").format(
                    text=phase.to_adjust or "—"
                ),
            )


def _applications_text(count: int, indicators: CampaignIndicators) -> str:
    """ "1 dépôt d'1 porteur (1 nouveau…)": each number with its own singular or plural
    (French: 0 and 1 are singular)."""
    applications = (
        translate("PrintReport", "{count} application")
        if count <= 1
        else translate("PrintReport", "{count} applications")
    ).format(count=count)
    holders = (
        translate("PrintReport", "from {holders} holder")
        if indicators.holders <= 1
        else translate("PrintReport", "from {holders} holders")
    ).format(holders=indicators.holders)
    new = (
        translate("PrintReport", "{new} new to the process")
        if indicators.new_holders <= 1
        else translate("PrintReport", "{new} of them new to the process")
    ).format(new=indicators.new_holders)
    return translate("PrintReport", "{applications} {holders} ({new}).").format(
        applications=applications, holders=holders, new=new
    )


def _applications(flow: Flow, data: EditionReport) -> None:
    rows = data.applications
    if not rows:
        long_text(flow, translate("PrintReport", "No application was recorded."))
        return
    decided = {status: 0 for status in ApplicationStatus}
    for row in rows:
        decided[row.status] += 1
    long_text(flow, _applications_text(len(rows), data.indicators))
    reviewed = bool(data.review_means)
    columns = [
        Column(translate("PrintReport", "No."), 0.06, "right"),
        Column(translate("PrintReport", "Project and holder"), 0.37 if reviewed else 0.50),
        Column(translate("PrintReport", "Requested"), 0.14, "right"),
        Column(translate("PrintReport", "Decision"), 0.30),
    ]
    if reviewed:
        columns.append(Column(translate("PrintReport", "Review mean"), 0.13, "right"))
    lines = []
    for row in rows:
        decision = row.status.label
        if row.status_reason:
            decision += f" — {row.status_reason}"
        line = [
            str(row.number),
            f"{row.title}\n{row.holder_name}" if row.holder_name else row.title,
            format_euros(row.requested_cents),
            decision,
        ]
        if reviewed:
            mean = data.review_means.get(row.id)
            line.append(
                "—"
                if mean is None
                else translate("PrintReport", "{mean} / {best}").format(
                    mean=f"{mean:.1f}".replace(".", ","), best=data.best_total
                )
            )
        lines.append(line)
    _table(flow, columns, lines)


def _vote(flow: Flow, data: EditionReport) -> None:
    from pbdesk.printing.results import rule_text, turnout_text

    if data.results is not None:
        result = data.results.result
        published = (
            translate(
                "PrintReport", "Results published on {date}: {count} project funded for {amount}."
            )
            if len(result.selected) <= 1
            else translate(
                "PrintReport", "Results published on {date}: {count} projects funded for {amount}."
            )
        )
        long_text(
            flow,
            published.format(
                date=format_day(data.results.published_at.astimezone().date()),
                count=len(result.selected),
                amount=format_euros(result.total_cost_cents),
            ),
        )
        long_text(flow, turnout_text(data.results))
        long_text(flow, rule_text(data.results))
        _table(
            flow,
            [
                Column(translate("PrintReport", "Project"), 0.34),
                Column(translate("PrintReport", "Votes"), 0.10, "right"),
                Column(translate("PrintReport", "Cost"), 0.14, "right"),
                Column(translate("PrintReport", "Why"), 0.42),
            ],
            [
                [
                    ("✔ " if p.funded else "") + p.title,
                    group_digits(p.votes),
                    format_euros(p.cost_cents),
                    p.explanation,
                ]
                for p in data.results.result.projects
            ],
        )
        return
    if data.designations:
        first = data.designations[0]
        long_text(
            flow,
            (
                translate(
                    "PrintReport",
                    "No vote: the projects were designated on {date}. Decided by: {who}.",
                )
                if first.decided_by
                else translate("PrintReport", "No vote: the projects were designated on {date}.")
            ).format(who=first.decided_by, date=format_day(first.decided_on)),
        )
        _table(
            flow,
            [
                Column(translate("PrintReport", "Project"), 0.45),
                Column(translate("PrintReport", "Decision"), 0.15),
                Column(translate("PrintReport", "Why"), 0.40),
            ],
            [
                [
                    d.title,
                    translate("PrintReport", "funded")
                    if d.funded
                    else translate("PrintReport", "not funded"),
                    d.reasons,
                ]
                for d in data.designations
            ],
        )
        return
    long_text(
        flow, translate("PrintReport", "No result is published and no designation is recorded yet.")
    )


def _followup(
    flow: Flow, data: EditionReport, photo: Callable[[int, Box], Any | None] | None
) -> None:
    rows = data.followed
    if not rows:
        long_text(flow, translate("PrintReport", "No project is followed yet."))
    else:
        totals = [sum(values) for values in zip(*(_money(row) for row in rows), strict=True)]
        _table(
            flow,
            [
                Column(translate("PrintReport", "Project"), 0.28),
                Column(translate("PrintReport", "Status"), 0.14),
                Column(_voted_title(data), 0.145, "right"),
                Column(translate("PrintReport", "Allocated"), 0.145, "right"),
                Column(translate("PrintReport", "Committed"), 0.145, "right"),
                Column(translate("PrintReport", "Paid"), 0.145, "right"),
            ],
            [
                [
                    f"{row.number}. {row.title}",
                    row.status.label,
                    *(format_euros(amount) for amount in _money(row)),
                ]
                for row in rows
            ]
            + [
                [
                    (
                        translate("PrintReport", "Total ({count} project)")
                        if len(rows) <= 1
                        else translate("PrintReport", "Total ({count} projects)")
                    ).format(count=len(rows)),
                    "",
                    *(format_euros(amount) for amount in totals),
                ]
            ],
            bold_rows=[len(rows)],
        )
        label(flow, translate("PrintReport", "What has been done"))
        for project in data.residents.projects:
            _project_news(flow, project, photo)
    label(flow, translate("PrintReport", "The review one year after the vote"))
    review = data.review
    if review.held_on is None:
        long_text(
            flow,
            translate("PrintReport", "Not held yet (planned for {date}).").format(
                date=format_day(review.scheduled_on)
            ),
        )
    else:
        long_text(
            flow,
            translate("PrintReport", "Held on {date}{place}, with {count} residents.").format(
                date=format_day(review.held_on),
                place=translate("PrintReport", " at {place}").format(place=review.place)
                if review.place
                else "",
                count=known(review.residents_count),
            ),
        )
        if review.minutes:
            long_text(
                flow, translate("PrintReport", "What was said: {text}").format(text=review.minutes)
            )
        if review.decisions:
            long_text(
                flow, translate("PrintReport", "Decisions: {text}").format(text=review.decisions)
            )
    titles = {row.application_id: row.title for row in data.followed}
    for item in data.satisfaction:
        if not item.count:
            continue
        what = titles.get(item.application_id or -1, translate("PrintReport", "the whole edition"))
        average = "—" if item.average is None else f"{item.average:.1f}".replace(".", ",")
        long_text(
            flow,
            translate(
                "PrintReport",
                "Residents' opinions on {what}: {count}, average satisfaction {average} / 5.",
            ).format(what=what, count=item.count, average=average),
        )


def _designated(data: EditionReport) -> bool:
    return data.frame.decision_mode == DecisionMode.DESIGNATION.value


def _voted_title(data: EditionReport) -> str:
    """The amount the projects got: "Voted", or "Decided" for a designation (as the
    residents' sheets say)."""
    if _designated(data):
        return translate("PrintReport", "Decided")
    return translate("PrintReport", "Voted")


def _money(row: ProjectRow) -> tuple[int, int, int, int]:
    return (row.voted_cents, row.money.allocated, row.money.committed, row.money.paid)


def _project_news(flow: Flow, project: Any, photo: Callable[[int, Box], Any | None] | None) -> None:
    from pbdesk.printing.followup import _news_text, _next_text

    text = f"{_news_text(project)} {_next_text(project)}"
    has_photo = project.photo_id is not None
    width = flow.room.width - (PHOTO_WIDTH + 4 * MM if has_photo else 0)
    title = fit_text(
        f"{project.number}. {project.title}",
        flow.room.width,
        10_000,
        font=FONT_BOLD,
        size=flow.body,
        max_lines=2,
    )
    body = fit_text(text, width, 10_000, size=flow.body, max_lines=12)
    height = title.height + max(body.height, PHOTO_HEIGHT if has_photo else 0) + 3 * MM
    flow.need(height)
    draw_fitted(
        flow.canvas, title, Box(flow.room.x, flow.y - title.height, flow.room.width, title.height)
    )
    top = flow.y - title.height - 1 * MM
    draw_fitted(flow.canvas, body, Box(flow.room.x, top - body.height, width, body.height))
    if has_photo:
        frame = Box(flow.room.right - PHOTO_WIDTH, top - PHOTO_HEIGHT, PHOTO_WIDTH, PHOTO_HEIGHT)
        reader = photo(project.photo_id, frame) if photo is not None else None
        if reader is not None:
            draw_image(flow.canvas, reader, frame, align="right")
    flow.y -= height


def _indicators(flow: Flow, data: EditionReport) -> None:
    values = data.indicators
    if _designated(data):
        voters = translate("PrintReport", "not applicable (no vote: designation)")
    elif values.voters is None:
        voters = translate("PrintReport", "not known")
    else:
        voters = group_digits(values.voters)
    carried = (
        translate("PrintReport", "not known (no follow-up recorded)")
        if values.carried_out is None
        else translate("PrintReport", "{done} of {funded} ({share})").format(
            done=values.carried_out, funded=values.funded, share=percent(values.carried_out_share)
        )
    )
    spent = (
        translate("PrintReport", "not known (no expense recorded)")
        if values.paid_cents is None
        else translate("PrintReport", "{paid} of {allocated} ({share})").format(
            paid=format_euros(values.paid_cents),
            allocated=format_euros(values.allocated_cents),
            share=percent(values.spent),
        )
    )
    days = values.days_to_first_payment
    flow.pairs(
        [
            (translate("PrintReport", "Applications"), group_digits(values.applications)),
            (
                translate("PrintReport", "New holders"),
                translate("PrintReport", "{new} of {all} ({share})").format(
                    new=values.new_holders,
                    all=values.holders,
                    share=percent(values.new_holder_share),
                ),
            ),
            (translate("PrintReport", "Voters"), voters),
            (translate("PrintReport", "Funded projects carried out"), carried),
            (
                translate("PrintReport", "Carried out outside the vote"),
                group_digits(values.carried_out_off_vote),
            ),
            (translate("PrintReport", "Spent (paid) out of allocated"), spent),
            (
                translate("PrintReport", "From the decision to the first payment"),
                translate("PrintReport", "not known")
                if days is None
                else translate("PrintReport", "{days} days").format(days=days),
            ),
        ],
        label_share=0.5,
    )
    reported = [p for p in values.projects if p.beneficiaries is not None or p.activities_count]
    if reported:
        _table(
            flow,
            [
                Column(translate("PrintReport", "Project"), 0.46),
                Column(translate("PrintReport", "Beneficiaries"), 0.18, "right"),
                Column(translate("PrintReport", "Activities"), 0.18, "right"),
                Column(translate("PrintReport", "Spent"), 0.18, "right"),
            ],
            [
                [p.title, known(p.beneficiaries), known(p.activities_count), percent(p.spent)]
                for p in values.projects
            ],
        )


def _lessons(flow: Flow, data: EditionReport) -> None:
    notes = [(phase.phase, phase.to_adjust) for phase in data.phases if phase.to_adjust]
    if not notes and not data.review.decisions:
        long_text(flow, translate("PrintReport", "No co-evaluation note says what to adjust."))
    for phase, note in notes:
        long_text(flow, phase.label, bold=True)
        long_text(flow, note, indent=4 * MM)
    if data.review.decisions:
        long_text(flow, translate("PrintReport", "Decisions of the one-year review"), bold=True)
        long_text(flow, data.review.decisions, indent=4 * MM)


# --- entry point ---------------------------------------------------------------------------------


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """The end-of-edition report (A4, or A3 if asked); returns the page count."""
    check_options(options)
    data = edition_report(database, campaign_id)
    style = campaign_style(database, campaign_id)
    body = 14.0 if options.large_print else 10.0
    sections = Sections()
    titles = (
        translate("PrintReport", "1. The frame"),
        translate("PrintReport", "2. The phases"),
        translate("PrintReport", "3. Applications and decisions"),
        translate("PrintReport", "4. The vote and its results"),
        translate("PrintReport", "5. Follow-up and spending"),
        translate("PrintReport", "6. Indicators"),
        translate("PrintReport", "7. Lessons"),
    )
    Photo = Callable[[int, Box], Any | None] | None
    parts: tuple[Callable[[Flow, Photo], None], ...] = (
        lambda flow, photo: _frame(flow, data),
        lambda flow, photo: _phases(flow, data),
        lambda flow, photo: _applications(flow, data),
        lambda flow, photo: _vote(flow, data),
        lambda flow, photo: _followup(flow, data, photo),
        lambda flow, photo: _indicators(flow, data),
        lambda flow, photo: _lessons(flow, data),
    )

    def draw(flow: Flow) -> None:
        # The first pass counts pages only: it leaves the photos' room without reading them.
        photo = (lambda i, b: load_photo(database, i, b)) if flow.total is not None else None
        flow.new_page(
            translate("PrintReport", "End-of-edition report"),
            translate("PrintReport", "{campaign}, as of {date}").format(
                campaign=data.frame.name, date=format_day(date.today())
            ),
            note=translate("PrintReport", "End-of-edition report"),
        )
        fit_paragraph(
            flow.canvas,
            data.frame.name,
            Box(flow.room.x, flow.y - 16 * MM, flow.room.width, 14 * MM),
            font=FONT_BOLD,
            size=26,
            min_size=14,
            max_lines=1,
            color=style.accent_color,
        )
        flow.y -= 18 * MM
        _contents(flow, titles, sections)
        for title, part in zip(titles, parts, strict=True):
            sections.start(flow, title)
            part(flow, photo)

    with binary_streams():
        return two_pass(
            target,
            options.paper,
            translate("PrintReport", "End-of-edition report"),
            style,
            draw,
            progress,
            body=body,
        )
