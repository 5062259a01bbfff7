"""Results: a poster of the funded projects, then the full report.

The poster (``options.paper``, A3 or A4) shows each funded project with its votes and amount,
the turnout and the rule used, in plain French. The report (A4) lists every project with its
votes, cost, funded or not and the sentence that explains why, the rule, the turnout per
station and per territory, and the rounds of Equal Shares when that rule decided.

Only a published result is printed: otherwise ``build`` refuses in one sentence
(``DomainError``) and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pbdesk.domain.money import format_euros
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import BallotKind
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.printing.base import (
    FONT_BOLD,
    GREY,
    INK,
    LARGE_PRINT_SIZE,
    LIGHT_GREY,
    MM,
    PAPERS,
    Box,
    PrintOptions,
    Progress,
    campaign_style,
    check_options,
    fit_paragraph,
    text_width,
)
from pbdesk.printing.pv import Column, Flow, count, format_day, format_moment, two_pass
from pbdesk.workspace.print_vote_day import PublishedResults, published_results

if TYPE_CHECKING:
    from pbdesk.store.database import Database
    from pbdesk.workspace.vote_results import PartView, ProjectOutcome


RULE_TEXTS = {
    Rule.GREEDY: QT_TRANSLATE_NOOP(
        "PrintResults",
        "The projects are taken from the most voted to the least voted; each is funded if "
        "its cost fits in what is left of the envelope, otherwise the next one is looked at.",
    ),
    Rule.GREEDY_NO_SKIP: QT_TRANSLATE_NOOP(
        "PrintResults",
        "The projects are taken from the most voted to the least voted and funded while "
        "they fit in the envelope; the count stops at the first project that does not fit.",
    ),
    Rule.THRESHOLD: QT_TRANSLATE_NOOP(
        "PrintResults",
        "Every project chosen by at least {threshold} % of the valid ballots is funded, from "
        "the most voted, while the envelope allows.",
    ),
    Rule.MES: QT_TRANSLATE_NOOP(
        "PrintResults",
        "Method of Equal Shares: the envelope is shared equally among the voters, and each "
        "project is paid for by the voters who chose it; the projects whose supporters can "
        "pay for them at the lowest price each are funded first.",
    ),
    Rule.MES_CARDINALITY: QT_TRANSLATE_NOOP(
        "PrintResults",
        "Method of Equal Shares (counting projects): the envelope is shared equally among the "
        "voters, each project is paid for by the voters who chose it, and every funded project "
        "counts the same for them, whatever its cost.",
    ),
    Rule.MES_ADD1: QT_TRANSLATE_NOOP(
        "PrintResults",
        "Method of Equal Shares: the envelope is shared equally among the voters, each project "
        "is paid for by the voters who chose it; each voter's share was then raised step by "
        "step as long as the funded projects stayed within the envelope.",
    ),
    Rule.MES_ADD1_GREEDY: QT_TRANSLATE_NOOP(
        "PrintResults",
        "Method of Equal Shares with shares raised step by step, then what was left of the "
        "envelope went to the most voted projects that still fit.",
    ),
}

TIE_TEXTS = {
    TieBreak.COST: QT_TRANSLATE_NOOP(
        "PrintResults",
        "In a tie, the cheaper project comes first, then a draw by lot held before witnesses.",
    ),
    TieBreak.REFUSE: QT_TRANSLATE_NOOP(
        "PrintResults", "A tie that changes the outcome is settled by the team, not by the count."
    ),
    TieBreak.ID: QT_TRANSLATE_NOOP(
        "PrintResults", "In a tie, the project with the smaller code comes first."
    ),
}


def rule_text(data: PublishedResults) -> str:
    """The rule of the published count, in plain French, with its tie rule."""
    result = data.result
    text = translate("PrintResults", RULE_TEXTS[result.rule])
    if result.rule is Rule.THRESHOLD:
        text = text.format(threshold=_threshold(data))
    return f"{text} {translate('PrintResults', TIE_TEXTS[result.tie_break])}"


def _threshold(data: PublishedResults) -> str:
    if data.threshold_percent is None:
        return "?"
    return f"{data.threshold_percent.normalize():f}".replace(".", ",")


def funded_projects(data: PublishedResults) -> list[ProjectOutcome]:
    """The funded projects in the order the count funded them."""
    order = {application_id: n for n, application_id in enumerate(data.result.selected)}
    funded = [p for p in data.result.projects if p.funded]
    return sorted(funded, key=lambda p: order.get(p.application_id or -1, len(order)))


def funded_by_envelope(
    data: PublishedResults,
) -> list[tuple[PartView | None, list[ProjectOutcome]]]:
    """The funded projects grouped by envelope when each territory has its own (in the
    order of the territories, each in the order its count funded them); otherwise one group
    without envelope, in funding order."""
    funded = funded_projects(data)
    parts = [part for part in data.result.parts if part.territory_id is not None]
    if len(parts) < 2:
        return [(None, funded)]
    groups: list[tuple[PartView | None, list[ProjectOutcome]]] = []
    for part in parts:
        order = {code: n for n, code in enumerate(part.selected_codes)}
        mine = [p for p in funded if p.territory_id == part.territory_id]
        groups.append((part, sorted(mine, key=lambda p: order.get(p.code, len(order)))))
    placed = {id(p) for _, group in groups for p in group}
    rest = [p for p in funded if id(p) not in placed]
    if rest:  # a territory without envelope (should not happen): keep them, last
        groups.append((None, rest))
    return groups


def _votes(project: ProjectOutcome, points: bool) -> str:
    if points:
        return translate("PrintResults", "{count} points").format(count=count(project.score))
    if project.votes == 1:
        return translate("PrintResults", "1 vote")
    return translate("PrintResults", "{count} votes").format(count=count(project.votes))


def turnout_text(data: PublishedResults) -> str:
    result = data.result
    if not data.signatures:  # hand counts without a register
        return translate(
            "PrintResults", "{ballots} ballots: {valid} valid, {blank} blank, {nul} spoilt."
        ).format(
            ballots=count(result.valid + result.blank + result.nul),
            valid=count(result.valid),
            blank=count(result.blank),
            nul=count(result.nul),
        )
    return translate(
        "PrintResults",
        "{voters} residents signed in; {ballots} ballots: {valid} valid, {blank} blank, "
        "{nul} spoilt.",
    ).format(
        voters=count(data.signatures),
        ballots=count(result.valid + result.blank + result.nul),
        valid=count(result.valid),
        blank=count(result.blank),
        nul=count(result.nul),
    )


# --- the poster -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _PosterSizes:
    """Type sizes (points) and heights of the poster, by paper and large print: in large
    print no text is under ``LARGE_PRINT_SIZE``."""

    scale: float
    code: float
    title: float
    small: float  # holder, votes, the figures' captions
    small_min: float
    amount: float
    footer: float
    footer_min: float
    footer_height: float
    min_row: float
    max_row: float
    #: Room for the widest code (set by ``with_codes``).
    code_width: float = 0.0

    def with_codes(self, codes: list[str]) -> _PosterSizes:
        widest = max((text_width(code, FONT_BOLD, self.code) for code in codes), default=0.0)
        return replace(self, code_width=widest + 5 * MM * self.scale)

    @classmethod
    def of(cls, paper: str, large: bool) -> _PosterSizes:
        scale = 1.41 if paper == "A3" else 1.0
        if not large:
            return cls(
                scale, 22 * scale, 15 * scale, 10.5 * scale, 7, 18 * scale, 9.5 * scale, 6,
                32 * MM * scale, 14 * MM * scale, 34 * MM * scale,
            )  # fmt: skip
        return cls(
            scale, 30 * scale, 20 * scale, LARGE_PRINT_SIZE * scale, LARGE_PRINT_SIZE,
            24 * scale, LARGE_PRINT_SIZE * scale, LARGE_PRINT_SIZE, 80 * MM * scale,
            30 * MM * scale, 40 * MM * scale,
        )  # fmt: skip


def _poster(flow: Flow, data: PublishedResults, paper: str, large: bool) -> None:
    canvas = flow.canvas
    style = flow.style
    sizes = _PosterSizes.of(paper, large)
    scale = sizes.scale
    flow.page_size = PAPERS[paper]
    heading = data.campaign
    flow.new_page(
        translate("PrintResults", "Results of the participatory budget"),
        ", ".join(p for p in (heading.name, format_day(heading.vote_on)) if p),
        note=translate("PrintResults", "Results"),
    )
    room = flow.room
    funded = funded_projects(data)
    sizes = sizes.with_codes([p.code for p in funded])
    points = data.ballot_kind is BallotKind.POINTS
    result = data.result
    if data.signatures:  # the people who voted are those who signed the register
        turnout = (
            count(data.signatures),
            translate("PrintResults", "voter (sign-ins)")
            if data.signatures == 1
            else translate("PrintResults", "voters (sign-ins)"),
        )
    else:  # no register (hand counts only): the ballots say how many voted
        ballots = result.valid + result.blank + result.nul
        turnout = (count(ballots), translate("PrintResults", "ballots"))
    figures = [
        (count(len(funded)), translate("PrintResults", "projects funded")),
        (
            format_euros(result.total_cost_cents),
            translate("PrintResults", "of {envelope}").format(
                envelope=format_euros(result.budget_cents)
            ),
        ),
        turnout,
    ]
    band = 16 * MM * scale + sizes.small * 1.6
    width = room.width / len(figures)
    for n, (big, small) in enumerate(figures):
        box = Box(room.x + n * width, flow.y - band, width, band)
        caption = sizes.small * 1.5
        fit_paragraph(
            canvas,
            big,
            Box(box.x, box.y + caption, box.width, band - caption),
            font=FONT_BOLD,
            size=26 * scale,
            min_size=12,
            max_lines=1,
            align="center",
            valign="bottom",
            color=style.accent_color,
        )
        fit_paragraph(
            canvas,
            small,
            Box(box.x, box.y, box.width, caption),
            size=sizes.small,
            min_size=sizes.small_min,
            max_lines=1,
            align="center",
            color=GREY,
        )
    flow.y -= band + 4 * MM * scale
    groups = funded_by_envelope(data)
    heads = sum(1 for part, _ in groups if part is not None)
    head = sizes.title * 2.2 if heads else 0.0
    available = flow.y - room.y - sizes.footer_height
    row = min(sizes.max_row, max(sizes.min_row, (available - heads * head) / max(1, len(funded))))
    for part, projects in groups:
        for n, project in enumerate(projects):
            # An envelope's title stays with its first project.
            needed = row + (head if part is not None and n == 0 else 0.0)
            if flow.y - needed < flow.room.y + sizes.footer_height - 1e-6 and (
                n or part is not None
            ):
                _poster_footer(flow, data, sizes)
                flow.new_page()
            if part is not None and n == 0:
                _poster_envelope(flow, part, head, sizes)
            _poster_row(flow, project, data, points, row, sizes)
    if not funded:
        flow.paragraph(translate("PrintResults", "No project could be funded."), size=sizes.title)
    _poster_footer(flow, data, sizes)


def _poster_envelope(flow: Flow, part: PartView, height: float, sizes: _PosterSizes) -> None:
    """The title of an envelope's funded projects: territory, envelope and what was used."""
    room = flow.room
    fit_paragraph(
        flow.canvas,
        translate("PrintResults", "{territory} — envelope {envelope}, {used} funded").format(
            territory=part.territory_name,
            envelope=format_euros(part.budget_cents),
            used=format_euros(part.total_cost_cents),
        ),
        Box(room.x, flow.y - height, room.width, height),
        font=FONT_BOLD,
        size=sizes.title,
        min_size=sizes.small_min,
        max_lines=1,
        valign="bottom",
        color=flow.style.accent_color,
    )
    flow.y -= height


def _poster_row(
    flow: Flow,
    project: ProjectOutcome,
    data: PublishedResults,
    points: bool,
    row: float,
    sizes: _PosterSizes,
) -> None:
    canvas = flow.canvas
    style = flow.style
    room = flow.room
    scale = sizes.scale
    top = flow.y
    box = Box(room.x, top - row + 1.5 * MM, room.width, row - 3 * MM)
    canvas.saveState()
    canvas.setFillColor(style.accent_tint)
    canvas.roundRect(box.x, box.y, box.width, box.height, 2 * MM, stroke=0, fill=1)
    canvas.restoreState()
    inner = box.inset(4 * MM * scale, 2 * MM)
    code_width = sizes.code_width
    amount_width = 48 * MM * scale
    fit_paragraph(
        canvas,
        project.code,
        Box(inner.x, inner.y, code_width, inner.height),
        font=FONT_BOLD,
        size=sizes.code,
        min_size=min(10, sizes.small_min),
        max_lines=1,
        valign="middle",
        color=style.accent_color,
    )
    text = Box(inner.x + code_width, inner.y, inner.width - code_width - amount_width, inner.height)
    holder = data.holders.get(project.application_id or -1, "")
    holder_height = sizes.small * 1.3 if holder else 0.0
    title_height = text.height - holder_height
    fit_paragraph(
        canvas,
        project.title,
        Box(text.x, text.top - title_height, text.width - 4 * MM, title_height),
        font=FONT_BOLD,
        size=sizes.title,
        min_size=sizes.small_min,
        valign="middle" if not holder else "bottom",
        color=INK,
    )
    if holder:
        fit_paragraph(
            canvas,
            holder,
            Box(text.x, text.y, text.width - 4 * MM, holder_height),
            size=sizes.small,
            min_size=max(sizes.small_min, sizes.small * 0.85),
            max_lines=1,
            color=GREY,
        )
    right = Box(inner.right - amount_width, inner.y, amount_width, inner.height)
    votes_height = sizes.small * 1.3
    fit_paragraph(
        canvas,
        format_euros(project.cost_cents),
        Box(right.x, right.y + votes_height, right.width, right.height - votes_height),
        font=FONT_BOLD,
        size=sizes.amount,
        min_size=sizes.small_min,
        max_lines=1,
        align="right",
        valign="middle",
        color=style.accent_color,
    )
    fit_paragraph(
        canvas,
        _votes(project, points),
        Box(right.x, right.y, right.width, votes_height),
        size=sizes.small,
        min_size=sizes.small_min,
        max_lines=1,
        align="right",
        color=INK,
    )
    flow.y -= row


def _poster_footer(flow: Flow, data: PublishedResults, sizes: _PosterSizes) -> None:
    room = flow.room
    height = sizes.footer_height
    canvas = flow.canvas
    canvas.saveState()
    canvas.setStrokeColor(LIGHT_GREY)
    canvas.line(room.x, room.y + height, room.right, room.y + height)
    canvas.restoreState()
    turnout = fit_paragraph(
        canvas,
        translate("PrintResults", "Turnout: {text}").format(text=turnout_text(data)),
        Box(room.x, room.y, room.width, height - 2 * MM),
        size=sizes.footer,
        min_size=sizes.footer_min,
        max_lines=3,
        color=INK,
    )
    fit_paragraph(
        canvas,
        translate("PrintResults", "Rule: {text}").format(text=rule_text(data)),
        Box(room.x, room.y, room.width, max(0.0, height - 4 * MM - turnout.height)),
        size=sizes.footer * 0.95,
        min_size=sizes.footer_min,
        color=GREY,
    )


# --- the report -----------------------------------------------------------------------------


def _report(flow: Flow, data: PublishedResults) -> None:
    flow.page_size = PAPERS["A4"]
    heading = data.campaign
    result = data.result
    flow.new_page(
        translate("PrintResults", "Results report"),
        ", ".join(p for p in (heading.name, format_day(heading.vote_on)) if p),
        note=translate("PrintResults", "Results report"),
    )
    if heading.sample:
        flow.paragraph(
            translate("PrintResults", "Sample data: these results are an example."), color=GREY
        )
    flow.pairs(
        [
            (translate("PrintResults", "Published on"), format_moment(data.published_at)),
            (translate("PrintResults", "Envelope"), format_euros(result.budget_cents)),
            (translate("PrintResults", "Funded projects"), count(len(result.selected))),
            (translate("PrintResults", "Total funded"), format_euros(result.total_cost_cents)),
            (translate("PrintResults", "Ballot kind"), data.ballot_kind.label),
        ]
    )
    flow.heading(translate("PrintResults", "The rule"))
    flow.paragraph(rule_text(data))
    if result.draw is not None:
        flow.paragraph(
            translate(
                "PrintResults", "Draw by lot: number {seed}, held on {moment} before {witnesses}."
            ).format(
                seed=result.draw.seed,
                moment=format_moment(result.draw.drawn_at),
                witnesses=result.draw.witnesses,
            )
        )
    flow.heading(translate("PrintResults", "Every project"))
    points = data.ballot_kind is BallotKind.POINTS
    order = {id(p): n for n, p in enumerate(funded_projects(data))}
    projects = sorted(
        result.projects,
        key=lambda p: (not p.funded, order.get(id(p), 0), -p.score, p.code),
    )
    flow.table(
        [
            Column(translate("PrintResults", "Code"), 0.08),
            Column(translate("PrintResults", "Project"), 0.3),
            Column(
                translate("PrintResults", "Points")
                if points
                else translate("PrintResults", "Votes"),
                0.1,
                "right",
            ),
            Column(translate("PrintResults", "Cost"), 0.14, "right"),
            Column(translate("PrintResults", "Outcome"), 0.38),
        ],
        [
            [
                p.code,
                _title_and_holder(p, data),
                count(p.score if points else p.votes),
                format_euros(p.cost_cents),
                p.explanation,
            ]
            for p in projects
        ],
        size=flow.body - 1,
    )
    flow.heading(translate("PrintResults", "Turnout per station"))
    stations = data.stations
    flow.table(
        [
            Column(translate("PrintResults", "Station"), 0.3),
            Column(translate("PrintResults", "Signatures"), 0.14, "right"),
            Column(translate("PrintResults", "Ballots"), 0.12, "right"),
            Column(translate("PrintResults", "Valid"), 0.12, "right"),
            Column(translate("PrintResults", "Blank"), 0.11, "right"),
            Column(translate("PrintResults", "Spoilt"), 0.11, "right"),
            Column(translate("PrintResults", "Gap"), 0.1, "right"),
        ],
        [
            [
                s.name,
                count(s.signatures),
                count(s.ballots),
                count(s.valid),
                count(s.blank),
                count(s.nul),
                signed(s.gap),
            ]
            for s in stations
        ],
    )
    flow.paragraph(turnout_text(data))
    if len(data.territories) > 1:
        flow.heading(translate("PrintResults", "Turnout per territory"))
        flow.table(
            [
                Column(translate("PrintResults", "Territory"), 0.46),
                Column(translate("PrintResults", "Signatures"), 0.18, "right"),
                Column(translate("PrintResults", "Ballots"), 0.18, "right"),
                Column(translate("PrintResults", "Valid"), 0.18, "right"),
            ],
            [
                [
                    t.territory_name or translate("PrintResults", "No territory"),
                    count(t.signatures),
                    count(t.ballots),
                    count(t.valid),
                ]
                for t in data.territories
            ],
        )
    if result.rule.is_equal_shares:
        _rounds(flow, data)


def signed(number: int) -> str:
    """A gap with its sign: «+1», «−1» (a true minus sign), «0»."""
    if number > 0:
        return f"+{count(number)}"
    if number < 0:
        return f"\N{MINUS SIGN}{count(-number)}"
    return "0"


def _title_and_holder(project: ProjectOutcome, data: PublishedResults) -> str:
    holder = data.holders.get(project.application_id or -1, "")
    return f"{project.title}\n{holder}" if holder else project.title


def _rounds(flow: Flow, data: PublishedResults) -> None:
    flow.heading(translate("PrintResults", "Rounds of Equal Shares"))
    if any(part.territory_id is not None for part in data.result.parts):
        flow.paragraph(
            translate(
                "PrintResults",
                "With an envelope per territory, a ballot that chose projects of two "
                "territories counts among the voters of both; the turnout per territory counts "
                "the ballots of its polling stations.",
            ),
            color=GREY,
        )
    for part in data.result.parts:
        if part.territory_name:
            flow.paragraph(part.territory_name, bold=True)
        flow.paragraph(_sharing_text(part))
        if part.add1:
            flow.paragraph(part.add1)
            flow.paragraph(
                translate(
                    "PrintResults",
                    "The rounds below are counted with these raised shares: «Shares left» is "
                    "what the voters still hold of them, not euros left in the envelope.",
                ),
                color=GREY,
            )
        if part.rounds:
            flow.table(
                [
                    Column(translate("PrintResults", "Round"), 0.1, "right"),
                    Column(translate("PrintResults", "Project"), 0.14),
                    Column(translate("PrintResults", "Price per voter"), 0.2, "right"),
                    Column(translate("PrintResults", "Paying in full"), 0.18, "right"),
                    Column(translate("PrintResults", "Paying in part"), 0.18, "right"),
                    Column(translate("PrintResults", "Shares left"), 0.2, "right"),
                ],
                [
                    [
                        str(r.round),
                        r.code,
                        r.price,
                        count(r.full_payers),
                        count(r.partial_payers),
                        r.remaining,
                    ]
                    for r in part.rounds
                ],
                size=flow.body - 1,
            )
        for tied in part.draws:
            flow.paragraph(
                translate("PrintResults", "Tie between {codes}.").format(codes=", ".join(tied)),
                color=GREY,
            )


def _sharing_text(part: PartView) -> str:
    """Who shares an envelope and how much each holds at the start: the valid ballots, or
    with an envelope per territory the ballots that chose at least one of its projects."""
    share = format_euros(round(part.budget_cents / max(part.voters, 1)))
    if part.territory_id is not None:
        text = (
            translate(
                "PrintResults",
                "1 ballot chose at least one project of this territory: this voter holds "
                "its envelope of {budget}.",
            )
            if part.voters == 1
            else translate(
                "PrintResults",
                "{voters} ballots chose at least one project of this territory: these voters "
                "share its envelope of {budget}, {share} each.",
            )
        )
    else:
        text = (
            translate("PrintResults", "1 valid ballot: this voter holds the envelope of {budget}.")
            if part.voters == 1
            else translate(
                "PrintResults",
                "{voters} valid ballots: these voters share the envelope of {budget}, {share} "
                "each.",
            )
        )
    return text.format(
        voters=count(part.voters), budget=format_euros(part.budget_cents), share=share
    )


def build(
    database: Database,
    campaign_id: int,
    target: Path | BinaryIO,
    options: PrintOptions,
    progress: Progress | None = None,
) -> int:
    """The results poster (``options.paper``) then the report (A4); refused in one French
    sentence when no result is published. Returns the page count."""
    check_options(options)
    data = published_results(database, campaign_id)
    style = campaign_style(database, campaign_id)
    body = 14.0 if options.large_print else 9.5

    def draw(flow: Flow) -> None:
        _poster(flow, data, options.paper, options.large_print)
        _report(flow, data)

    return two_pass(
        target,
        options.paper,
        translate("PrintResults", "Results"),
        style,
        draw,
        progress,
        body=body,
    )
