"""Grids back in: check everything, show what will change, then apply all or nothing.

``import_grid`` reads the workbook (``reading``), checks it against the campaign — the same
campaign and criteria version, known reviewers and applications, every value allowed by its
criterion — and lists each problem in one sentence naming the sheet and the cell. With a
single problem nothing changes. Otherwise it lists what will change, per reviewer,
application and criterion, and (``apply=True``) writes it in one transaction, with one
journal line per reviewer.

Rules a reviewer reads on the grid's first sheet: a row left empty changes nothing; a row
filled replaces that review whole. A grid older than the last grid imported from the same
reviewer is refused; a newer one replaces its values, and the journal says so. Importing the
same grid again changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from pbdesk.domain.review import Recommendation
from pbdesk.grids.checking import Checker, PlannedSheet
from pbdesk.grids.jobs import Cancel, Progress, Steps, format_moment
from pbdesk.grids.reading import GridRefused, RawGrid, read_grid
from pbdesk.i18n import translate
from pbdesk.store.database import Database
from pbdesk.store.models import Review
from pbdesk.workspace import journal
from pbdesk.workspace.reviews.answers import (
    Answer,
    ReviewEntry,
    ReviewSource,
    same_review,
    touch_grid_made_at,
    write_reviews,
)


@dataclass(frozen=True)
class CellChange:
    """One value that changes: ``what`` is a criterion's name, or recommendation/comment."""

    what: str
    before: str
    after: str


@dataclass(frozen=True)
class ReviewChange:
    reviewer_name: str
    application_id: int
    number: int
    title: str
    #: True when nothing was recorded yet for this reviewer and application.
    new: bool
    changes: tuple[CellChange, ...]


@dataclass(frozen=True)
class ReviewerImport:
    reviewer_id: int
    name: str
    sheet: str
    #: Application rows the reviewer filled in.
    rows: int
    reviews_changed: int
    values_changed: int
    #: When the grid this one replaces was made (None: no earlier grid, or the same one).
    replaces: datetime | None


@dataclass(frozen=True)
class GridImport:
    """The preview of an import (``applied`` False) or what it did."""

    path: Path
    made_at: datetime | None
    reviewers: tuple[ReviewerImport, ...]
    changes: tuple[ReviewChange, ...]
    #: Each problem in one sentence naming sheet and cell; any problem: nothing changes.
    problems: tuple[str, ...]
    applied: bool

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes) or any(r.replaces is not None for r in self.reviewers)

    def describe(self) -> list[str]:
        """Lines for a person: the problems, or what changes (or changed)."""
        if self.problems:
            return list(self.problems)
        if not self.changes_anything:
            return [translate("GridImport", "Nothing changes: this grid is already imported.")]
        lines: list[str] = []
        for reviewer in self.reviewers:
            lines.append(_reviewer_line(reviewer, self.made_at))
            for change in self.changes:
                if change.reviewer_name == reviewer.name:
                    lines.append("  " + _change_line(change))
        return lines


def _reviewer_line(reviewer: ReviewerImport, made_at: datetime | None) -> str:
    line = translate(
        "GridImport",
        "«{reviewer}» (sheet «{sheet}»): {rows} applications filled in, {reviews} reviews and "
        "{values} values change.",
    ).format(
        reviewer=reviewer.name,
        sheet=reviewer.sheet,
        rows=reviewer.rows,
        reviews=reviewer.reviews_changed,
        values=reviewer.values_changed,
    )
    if reviewer.replaces is not None and made_at is not None:
        line += " " + translate(
            "GridImport", "This grid (made on {made}) replaces the one made on {before}."
        ).format(made=format_moment(made_at), before=format_moment(reviewer.replaces))
    return line


def _change_line(change: ReviewChange) -> str:
    if change.new:
        return translate(
            "GridImport", "No. {number} «{title}»: new review ({count} values)."
        ).format(number=change.number, title=change.title, count=len(change.changes))
    change_text = translate("GridImport", "{what}: {before} → {after}")
    parts = "; ".join(
        change_text.format(what=c.what, before=c.before or "—", after=c.after or "—")
        for c in change.changes
    )
    return translate("GridImport", "No. {number} «{title}»: {changes}").format(
        number=change.number, title=change.title, changes=parts
    )


def import_grid(
    database: Database,
    campaign_id: int,
    path: Path | str,
    author: str,
    apply: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> GridImport:
    """Check the grid at ``path`` whole; then, if it has no problem and ``apply`` is True,
    record its values in one transaction. Returns what changes (or the problems)."""
    path = Path(path)
    steps = Steps(4, progress, cancel)
    try:
        raw = read_grid(path)
    except GridRefused as refused:
        return GridImport(path, None, (), (), tuple(refused.problems), False)
    steps.advance()
    with database.session() as session:
        checker = Checker(session, campaign_id, raw)
        planned = checker.check()
        steps.advance()
        if checker.problems:
            return GridImport(path, raw.made_at, (), (), tuple(checker.problems), False)
        reviewers, changes = _preview(checker, planned)
        steps.advance()
        applied = apply and (bool(changes) or any(r.replaces for r in reviewers))
        if applied:
            _apply(session, campaign_id, author, raw, checker, planned, reviewers)
        steps.finish()
        return GridImport(path, raw.made_at, tuple(reviewers), tuple(changes), (), applied)


# --- what changes ----------------------------------------------------------------------------


def _preview(
    checker: Checker, planned: Sequence[PlannedSheet]
) -> tuple[list[ReviewerImport], list[ReviewChange]]:
    names = {c.id: c.name for c in checker.criteria}
    titles = {application_id: (n, t) for application_id, n, t in checker.applications.values()}
    raw = checker.raw
    reviewers: list[ReviewerImport] = []
    changes: list[ReviewChange] = []
    for plan in planned:
        values_changed = 0
        reviews_changed = 0
        for entry in plan.entries:
            stored = plan.stored.get((entry.reviewer_id, entry.application_id))
            if same_review(entry, stored):
                continue
            cells = _differences(entry, stored, names, raw)
            number, title = titles[entry.application_id]
            changes.append(
                ReviewChange(
                    plan.reviewer.name,
                    entry.application_id,
                    number,
                    title,
                    stored is None,
                    tuple(cells),
                )
            )
            reviews_changed += 1
            values_changed += len(cells)
        replaces = plan.previous if plan.previous and plan.previous < raw.made_at else None
        reviewers.append(
            ReviewerImport(
                plan.reviewer.id,
                plan.reviewer.name,
                plan.sheet.name,
                len(plan.entries),
                reviews_changed,
                values_changed,
                replaces,
            )
        )
    return reviewers, changes


def _differences(
    entry: ReviewEntry,
    stored: tuple[Review, dict[int, Answer]] | None,
    names: Mapping[int, str],
    raw: RawGrid,
) -> list[CellChange]:
    before_answers = stored[1] if stored else {}
    cells: list[CellChange] = []
    for criterion_id, name in names.items():
        before = before_answers.get(criterion_id, Answer())
        after = entry.answers.get(criterion_id, Answer())
        if before != after:
            cells.append(CellChange(name, _answer_text(before, raw), _answer_text(after, raw)))
    old_recommendation = stored[0].recommendation if stored else ""
    new_recommendation = entry.recommendation.value if entry.recommendation else ""
    if old_recommendation != new_recommendation:
        cells.append(
            CellChange(
                translate("Grid", "Recommendation"),
                _recommendation_text(old_recommendation),
                _recommendation_text(new_recommendation),
            )
        )
    old_comment = stored[0].comment if stored else ""
    if old_comment != entry.comment:
        cells.append(CellChange(translate("Grid", "Comment"), old_comment, entry.comment))
    return cells


def _answer_text(answer: Answer, raw: RawGrid) -> str:
    if answer.score is not None:
        return str(answer.score)
    if answer.eligible is None:
        return answer.reason
    word = raw.yes if answer.eligible else raw.no
    return f"{word} ({answer.reason})" if answer.reason else word


def _recommendation_text(code: str) -> str:
    try:
        return Recommendation(code).label
    except ValueError:
        return code


# --- applying --------------------------------------------------------------------------------


def _apply(
    session: Session,
    campaign_id: int,
    author: str,
    raw: RawGrid,
    checker: Checker,
    planned: Sequence[PlannedSheet],
    reviewers: Sequence[ReviewerImport],
) -> None:
    for plan, summary in zip(planned, reviewers, strict=True):
        if not summary.reviews_changed and summary.replaces is None:
            continue
        write_reviews(session, plan.entries, plan.stored, ReviewSource.GRID, raw.made_at)
        unchanged = [
            found[0]
            for entry in plan.entries
            if (found := plan.stored.get((entry.reviewer_id, entry.application_id))) is not None
            and same_review(entry, found)
        ]
        touch_grid_made_at(session, unchanged, raw.made_at)
        text = translate(
            "Journal",
            "Review grid of «{reviewer}» (made on {made}) imported: {rows} applications filled "
            "in, {reviews} reviews and {values} values changed.",
        ).format(
            reviewer=summary.name,
            made=format_moment(raw.made_at),
            rows=summary.rows,
            reviews=summary.reviews_changed,
            values=summary.values_changed,
        )
        if summary.replaces is not None:
            text += " " + translate("Journal", "It replaces the grid made on {before}.").format(
                before=format_moment(summary.replaces)
            )
        journal.record(
            session,
            campaign_id,
            author,
            "grid.import",
            text,
            reviewer=plan.reviewer.uuid,
            made_at=raw.made_at.isoformat(),
            replaces=summary.replaces.isoformat() if summary.replaces else None,
            reviews=summary.reviews_changed,
            values=summary.values_changed,
        )
    session.flush()
