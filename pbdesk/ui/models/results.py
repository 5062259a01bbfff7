"""The results page's tables: the projects of a count, the rounds of Equal Shares, turnout
per station and per territory, and the counts kept so far."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from pbdesk.domain.money import format_euros
from pbdesk.ui.models import ModelIndex, RowsModel, fold
from pbdesk.workspace.vote_results import CountResult, ProjectOutcome, RoundView
from pbdesk.workspace.vote_totals import StationFigures, TerritoryTurnout

#: What sorting compares: numbers as numbers, text folded.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SortedProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)


def signed(number: int) -> str:
    """A gap with its sign: «+1», «−1» (a true minus sign), «0»."""
    if number > 0:
        return f"+{number}"
    if number < 0:
        return f"\N{MINUS SIGN}{-number}"
    return "0"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- the projects of a count ------------------------------------------------------------------


class ProjectColumn(IntEnum):
    CODE = 0
    TITLE = 1
    TERRITORY = 2
    VOTES = 3
    SCORE = 4
    COST = 5
    OUTCOME = 6
    EXPLANATION = 7


class ProjectResultsModel(RowsModel[ProjectOutcome]):
    """One line per project of a count: code, title, territory, votes, score, cost, funded
    or not and the sentence that explains it. Read-only."""

    columns = ProjectColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._territories: dict[int, str] = {}

    def set_result(self, result: CountResult | None, territories: dict[int, str]) -> None:
        self._territories = dict(territories)
        self.set_rows(result.projects if result is not None else ())

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Project"),
            self.tr("Territory"),
            self.tr("Votes"),
            self.tr("Score"),
            self.tr("Cost"),
            self.tr("Outcome"),
            self.tr("Explanation"),
        )

    def outcome_text(self, line: ProjectOutcome) -> str:
        return self.tr("Funded") if line.funded else self.tr("Not funded")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = ProjectColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (ProjectColumn.TITLE, ProjectColumn.EXPLANATION):
                return f"{line.title}\n{line.explanation}"
            return None
        if role == SORT_ROLE:
            return self._sort_key(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ProjectColumn.VOTES,
            ProjectColumn.SCORE,
            ProjectColumn.COST,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column is ProjectColumn.OUTCOME and line.funded:
            return _bold()
        return None

    def _text(self, line: ProjectOutcome, column: ProjectColumn) -> str:
        if column is ProjectColumn.CODE:
            return line.code
        if column is ProjectColumn.TITLE:
            return line.title
        if column is ProjectColumn.TERRITORY:
            return self._territories.get(line.territory_id or 0, "")
        if column is ProjectColumn.VOTES:
            return str(line.votes)
        if column is ProjectColumn.SCORE:
            return str(line.score)
        if column is ProjectColumn.COST:
            return format_euros(line.cost_cents)
        if column is ProjectColumn.OUTCOME:
            return self.outcome_text(line)
        return line.explanation

    def _sort_key(self, line: ProjectOutcome, column: ProjectColumn) -> Any:
        if column is ProjectColumn.CODE:
            return (0, int(line.code), "") if line.code.isdigit() else (1, 0, line.code)
        if column is ProjectColumn.VOTES:
            return line.votes
        if column is ProjectColumn.SCORE:
            return line.score
        if column is ProjectColumn.COST:
            return line.cost_cents
        if column is ProjectColumn.OUTCOME:
            return (0 if line.funded else 1, line.rank if line.rank is not None else 1 << 30)
        return fold(self._text(line, column))


# --- the rounds of Equal Shares ---------------------------------------------------------------


@dataclass(frozen=True)
class RoundLine:
    """A round of Equal Shares with the envelope (territory) it belongs to."""

    territory_name: str
    round: RoundView


class RoundColumn(IntEnum):
    TERRITORY = 0
    ROUND = 1
    CODE = 2
    PRICE = 3
    FULL = 4
    PARTIAL = 5
    REMAINING = 6


class RoundsModel(RowsModel[RoundLine]):
    """Each round of Equal Shares: the project bought, the most one supporter paid, how many
    paid in full or in part, and what the voters still hold of their shares (the envelope
    left, except with the completion, where the shares were raised)."""

    columns = RoundColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Envelope"),
            self.tr("Round"),
            self.tr("Project"),
            self.tr("Most paid by a supporter"),
            self.tr("Paid in full"),
            self.tr("Paid in part"),
            self.tr("Shares left"),
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == RoundColumn.REMAINING
        ):
            return self.tr(
                "What the voters still hold of their shares after this round. With the "
                "completion (add1), the shares were raised: this is not what is left of the "
                "envelope."
            )
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = RoundColumn(index.column())
        step = line.round
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                line.territory_name or self.tr("Whole campaign"),
                str(step.round),
                step.code,
                step.price,
                str(step.full_payers),
                str(step.partial_payers),
                step.remaining,
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            RoundColumn.TERRITORY,
            RoundColumn.CODE,
        ):
            return _RIGHT
        return None


# --- turnout ----------------------------------------------------------------------------------


class StationColumn(IntEnum):
    STATION = 0
    TERRITORY = 1
    SIGNATURES = 2
    PROXIES = 3
    BALLOTS = 4
    VALID = 5
    BLANK = 6
    NUL = 7
    GAP = 8
    REMARK = 9


class StationFiguresModel(RowsModel[StationFigures]):
    """Each polling station: signatures (of which proxies), ballots valid, blank and spoilt,
    the gap between the box and the register and its explanation."""

    columns = StationColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Polling station"),
            self.tr("Territory"),
            self.tr("Signatures"),
            self.tr("Proxies"),
            self.tr("Ballots"),
            self.tr("Valid"),
            self.tr("Blank"),
            self.tr("Spoilt"),
            self.tr("Gap"),
            self.tr("Remark"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = StationColumn(index.column())
        numbers = {
            StationColumn.SIGNATURES: line.signatures,
            StationColumn.PROXIES: line.proxies,
            StationColumn.BALLOTS: line.ballots,
            StationColumn.VALID: line.valid,
            StationColumn.BLANK: line.blank,
            StationColumn.NUL: line.nul,
            StationColumn.GAP: line.gap,
        }
        if role == Qt.ItemDataRole.DisplayRole:
            if column in numbers:
                value = numbers[column]
                return signed(value) if column is StationColumn.GAP else str(value)
            if column is StationColumn.STATION:
                return line.name
            if column is StationColumn.TERRITORY:
                return line.territory_name
            if line.pending:
                return line.pending[0]
            return line.remark
        if role == Qt.ItemDataRole.ToolTipRole and column is StationColumn.REMARK:
            return "\n".join((*line.pending, line.remark)).strip() or None
        if role == SORT_ROLE:
            if column in numbers:
                return numbers[column]
            return fold(str(self.data(index)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numbers:
            return _RIGHT
        return None


class TerritoryColumn(IntEnum):
    TERRITORY = 0
    SIGNATURES = 1
    BALLOTS = 2
    VALID = 3


class TerritoryTurnoutModel(RowsModel[TerritoryTurnout]):
    """Signatures and ballots added up per territory."""

    columns = TerritoryColumn

    def headers(self) -> Sequence[str]:
        return (self.tr("Territory"), self.tr("Signatures"), self.tr("Ballots"), self.tr("Valid"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = TerritoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is TerritoryColumn.TERRITORY:
                return line.territory_name or self.tr("No territory")
            return str((line.signatures, line.ballots, line.valid)[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not TerritoryColumn.TERRITORY:
            return _RIGHT
        return None


# --- the counts kept --------------------------------------------------------------------------


class CountColumn(IntEnum):
    WHEN = 0
    RULE = 1
    BALLOTS = 2
    FUNDED = 3
    AMOUNT = 4
    STATE = 5


class CountsModel(RowsModel[CountResult]):
    """The counts kept, newest first: when, with which rule, the ballots counted, what was
    funded, and which one is published."""

    columns = CountColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rule_names: dict[str, str] = {}

    def set_rule_names(self, names: dict[str, str]) -> None:
        self._rule_names = dict(names)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Counted on"),
            self.tr("Rule"),
            self.tr("Ballots (valid, blank, spoilt)"),
            self.tr("Funded"),
            self.tr("Amount"),
            self.tr("State"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        count = self.row_at_index(index)
        if count is None:
            return None
        column = CountColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is CountColumn.WHEN:
                return count.counted_at.astimezone().strftime("%d/%m/%Y %H:%M")
            if column is CountColumn.RULE:
                return self._rule_names.get(count.rule.value, count.rule.value)
            if column is CountColumn.BALLOTS:
                return self.tr("{valid}, {blank}, {nul}").format(
                    valid=count.valid, blank=count.blank, nul=count.nul
                )
            if column is CountColumn.FUNDED:
                return str(len(count.selected))
            if column is CountColumn.AMOUNT:
                return format_euros(count.total_cost_cents)
            if count.published_at is not None:
                return self.tr("Published on {day}").format(
                    day=count.published_at.astimezone().strftime("%d/%m/%Y")
                )
            return self.tr("Not published")
        if role == Qt.ItemDataRole.FontRole and count.published_at is not None:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CountColumn.FUNDED,
            CountColumn.AMOUNT,
        ):
            return _RIGHT
        return None
