"""pabulib ``.pb`` files (pabulib.org), read as real files come and written back.

A file has three sections, each a header line then ``;``-separated rows: ``META`` (``key;value``),
``PROJECTS`` (``project_id;cost;…``) and ``VOTES`` (``voter_id;vote;…``). Real files mix CRLF
and LF (even inside one file), may start with a BOM, quote fields that hold ``;`` or ``"``
CSV-style (doubled quotes), write some costs with a decimal comma, and hold empty ballots.

Amounts become integers: if some amount has decimals, every amount is scaled by the same
power of ten and ``Election.unit_scale`` says so. Ballots are grouped while reading (each
distinct ``vote`` text is split and checked once), which keeps 100 000 ballots well under a
second. Columns other than the ones the count needs (age, sex, coordinates…) are not kept.

A malformed file raises ``PabulibError``: one sentence in the user's language with the line
number. The writer gives voters new ids (1, 2, 3…) and reads back identically.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TextIO

from pbdesk.domain.errors import DomainError
from pbdesk.domain.tally import (
    Election,
    Profile,
    ProfileBuilder,
    Project,
    Rule,
    Threshold,
    VoteType,
)
from pbdesk.i18n import translate

SECTIONS = ("META", "PROJECTS", "VOTES")
_AMOUNT = re.compile(r"\s*([0-9]+)(?:[.,]([0-9]+))?\s*")
_INTEGER = re.compile(r"\s*-?[0-9]+\s*")


class PabulibError(DomainError):
    """A ``.pb`` file that cannot be read; ``line`` is where (1 for the first line)."""

    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        super().__init__(
            translate("Pabulib", "Line {line}: {problem}").format(line=line, problem=problem)
        )


@dataclass(frozen=True)
class PabulibFile:
    """A pabulib file as the count needs it, with its META fields as written."""

    meta: dict[str, str]
    election: Election
    profile: Profile

    @property
    def rule(self) -> Rule:
        """The file's ``rule`` field as a counting rule (README: unknown → greedy)."""
        return Rule.from_pabulib(self.meta.get("rule", "unknown"))

    @property
    def threshold(self) -> Threshold | None:
        """The file's ``min_project_score_threshold``, if it gives one."""
        value = self.meta.get("min_project_score_threshold", "").strip()
        if not value:
            return None
        try:
            number = Fraction(value.replace(",", "."))
        except ValueError:
            return None
        return Threshold(min_score=int(number) if number.denominator == 1 else None)


def read_pabulib(path: str | Path) -> PabulibFile:
    """Read a ``.pb`` file; ``PabulibError`` (a ``DomainError``) if it is malformed."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise DomainError(
            translate("Pabulib", "Cannot read «{path}»: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    return parse_pabulib(data)


def parse_pabulib(data: bytes) -> PabulibFile:
    """Read the bytes of a ``.pb`` file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PabulibError(line, translate("Pabulib", "the file is not UTF-8 text.")) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _Reader(lines).read()


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.meta: dict[str, str] = {}
        self.sections: dict[str, int] = {}

    # -- rows -----------------------------------------------------------------------------

    def _rows(self, start: int) -> Iterator[tuple[int, list[str] | str]]:
        """(line number, fields) from line index ``start`` to the next section; a section name
        is yielded as a plain string."""
        lines = self.lines
        index = start
        count = len(lines)
        while index < count:
            line = lines[index]
            number = index + 1
            index += 1
            if '"' in line:
                while line.count('"') % 2:
                    if index >= count:
                        raise PabulibError(
                            number, translate("Pabulib", "a quoted field is not closed.")
                        )
                    line += "\n" + lines[index]
                    index += 1
                yield number, next(csv.reader([line], delimiter=";", quotechar='"', strict=True))
                continue
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.upper() in SECTIONS:
                yield number, stripped.upper()
                continue
            yield number, line.split(";")

    def read(self) -> PabulibFile:
        rows = self._rows(0)
        first = next(rows, None)
        if first is None:
            raise PabulibError(1, translate("Pabulib", "the file is empty."))
        number, row = first
        if row != "META":
            raise PabulibError(number, translate("Pabulib", "the file must start with META."))
        section: str = "META"
        section_line = number
        header: list[str] | None = None
        projects: list[tuple[int, list[str]]] = []
        project_header: list[str] = []
        votes: _Votes | None = None
        for number, row in rows:
            if isinstance(row, str):
                if header is None:
                    raise self._no_header(section, section_line)
                if row in self.sections or row == "META":
                    raise PabulibError(
                        number,
                        translate("Pabulib", "the section {section} appears twice.").format(
                            section=row
                        ),
                    )
                if row == "VOTES" and "PROJECTS" not in self.sections:
                    raise PabulibError(
                        number, translate("Pabulib", "the VOTES section comes before PROJECTS.")
                    )
                self.sections[row] = number
                section, section_line, header = row, number, None
                continue
            if header is None:
                header = [name.strip().lower() for name in row]
                if section == "META":
                    self._need(header, ("key", "value"), number, section)
                elif section == "PROJECTS":
                    self._need(header, ("project_id", "cost"), number, section)
                    project_header = header
                else:
                    self._need(header, ("voter_id", "vote"), number, section)
                    votes = _Votes(header, number, self._vote_type(section_line))
                continue
            if len(row) != len(header):
                raise PabulibError(
                    number,
                    translate(
                        "Pabulib", "expected {expected} fields separated by «;», found {found}."
                    ).format(expected=len(header), found=len(row)),
                )
            if section == "META":
                self._meta_row(number, row, header)
            elif section == "PROJECTS":
                projects.append((number, row))
            else:
                assert votes is not None
                votes.add(number, row)
        if header is None:
            raise self._no_header(section, section_line)
        last = len(self.lines) - (1 if self.lines[-1] == "" else 0)
        for needed in ("PROJECTS", "VOTES"):
            if needed not in self.sections:
                raise PabulibError(
                    last,
                    translate("Pabulib", "the file ends without a {section} section.").format(
                        section=needed
                    ),
                )
        assert votes is not None
        election = self._election(projects, project_header)
        profile = votes.profile(election)
        return PabulibFile(dict(self.meta), election, profile)

    @staticmethod
    def _no_header(section: str, line: int) -> PabulibError:
        return PabulibError(
            line,
            translate("Pabulib", "the section {section} has no header line.").format(
                section=section
            ),
        )

    @staticmethod
    def _need(header: list[str], columns: tuple[str, ...], line: int, section: str) -> None:
        for column in columns:
            if column not in header:
                raise PabulibError(
                    line,
                    translate("Pabulib", "the {section} header has no «{column}» column.").format(
                        section=section, column=column
                    ),
                )

    def _meta_row(self, number: int, row: list[str], header: list[str]) -> None:
        key = row[header.index("key")].strip()
        if key in self.meta:
            raise PabulibError(
                number,
                translate("Pabulib", "the META key «{key}» appears twice.").format(key=key),
            )
        self.meta[key] = row[header.index("value")].strip()
        self.sections.setdefault("META", 1)
        if key in ("budget", "vote_type"):
            self.sections[f"meta:{key}"] = number

    def _vote_type(self, votes_line: int) -> VoteType:
        value = self.meta.get("vote_type")
        if value is None:
            raise PabulibError(
                votes_line, translate("Pabulib", "the META section gives no vote_type.")
            )
        try:
            return VoteType(value.lower())
        except ValueError:
            raise PabulibError(
                self.sections.get("meta:vote_type", votes_line),
                translate("Pabulib", "unknown vote type «{value}».").format(value=value),
            ) from None

    def _election(self, rows: list[tuple[int, list[str]]], header: list[str]) -> Election:
        budget_text = self.meta.get("budget")
        projects_line = self.sections["PROJECTS"]
        if budget_text is None:
            raise PabulibError(
                projects_line, translate("Pabulib", "the META section gives no budget.")
            )
        budget_line = self.sections.get("meta:budget", projects_line)
        budget = _amount(budget_text, budget_line)
        column = header.index
        id_at, cost_at = column("project_id"), column("cost")
        optional = {
            name: (column(name) if name in header else None)
            for name in ("name", "category", "district", "territory")
        }
        territory_at = (
            optional["territory"] if optional["territory"] is not None else optional["district"]
        )
        costs: list[Fraction] = []
        seen: set[str] = set()
        entries: list[tuple[str, str, str, str]] = []
        for number, row in rows:
            project_id = row[id_at].strip()
            if not project_id:
                raise PabulibError(number, translate("Pabulib", "a project has no id."))
            if project_id in seen:
                raise PabulibError(
                    number,
                    translate("Pabulib", "the project «{id}» is listed twice.").format(
                        id=project_id
                    ),
                )
            seen.add(project_id)
            costs.append(_amount(row[cost_at], number))

            def text(at: int | None, row: list[str] = row) -> str:
                return row[at] if at is not None else ""

            entries.append(
                (project_id, text(optional["name"]), text(optional["category"]), text(territory_at))
            )
        scale = 1
        for value in (budget, *costs):
            while (value * scale).denominator != 1:
                scale *= 10
        return Election(
            projects=tuple(
                Project(pid, int(cost * scale), name, category, territory)
                for (pid, name, category, territory), cost in zip(entries, costs, strict=True)
            ),
            budget=int(budget * scale),
            currency=self.meta.get("currency", "").strip().upper(),
            unit_scale=scale,
        )


class _Votes:
    """The VOTES rows, grouped by their text before being split and checked."""

    def __init__(self, header: list[str], line: int, vote_type: VoteType) -> None:
        self.vote_type = vote_type
        self.voter_at = header.index("voter_id")
        self.vote_at = header.index("vote")
        self.points_at = header.index("points") if "points" in header else None
        if self.points_at is None and vote_type.has_points:
            raise PabulibError(
                line,
                translate("Pabulib", "the vote type {type} needs a points column.").format(
                    type=vote_type.value
                ),
            )
        if vote_type in (VoteType.APPROVAL, VoteType.CHOOSE_1):
            self.points_at = None
        self.voters: set[str] = set()
        self.groups: dict[tuple[str, str], int] = {}
        self.first_line: dict[tuple[str, str], int] = {}

    def add(self, number: int, row: list[str]) -> None:
        voter = row[self.voter_at]
        voters = self.voters
        before = len(voters)
        voters.add(voter)
        if len(voters) == before:
            raise PabulibError(
                number,
                translate("Pabulib", "the voter «{id}» appears twice.").format(id=voter.strip()),
            )
        key = (row[self.vote_at], row[self.points_at] if self.points_at is not None else "")
        groups = self.groups
        if key in groups:
            groups[key] += 1
        else:
            groups[key] = 1
            self.first_line[key] = number
        if not voter.strip():
            raise PabulibError(number, translate("Pabulib", "a voter has no id."))

    def profile(self, election: Election) -> Profile:
        index = election.index_of()
        builder = ProfileBuilder(self.vote_type, len(election.projects))
        for key, count in self.groups.items():
            vote_text, points_text = key
            number = self.first_line[key]
            positions = []
            for name in vote_text.split(",") if vote_text.strip() else ():
                project_id = name.strip()
                position = index.get(project_id)
                if position is None:
                    raise PabulibError(
                        number,
                        translate("Pabulib", "the vote names the unknown project «{id}».").format(
                            id=project_id
                        ),
                    )
                positions.append(position)
            points: list[int] = []
            if points_text.strip():
                for value in points_text.split(","):
                    if not _INTEGER.fullmatch(value):
                        raise PabulibError(
                            number,
                            translate(
                                "Pabulib", "«{value}» is not a whole number of points."
                            ).format(value=value.strip()),
                        )
                    points.append(int(value))
            if len(set(positions)) != len(positions):
                twice = next(p for p in positions if positions.count(p) > 1)
                raise PabulibError(
                    number,
                    translate("Pabulib", "the vote names the project «{id}» twice.").format(
                        id=election.projects[twice].id
                    ),
                )
            try:
                builder.add_checked(builder.check(positions, points), count)
            except PabulibError:
                raise
            except DomainError as error:
                raise PabulibError(number, error.message) from None
        return builder.build()


def _amount(text: str, line: int) -> Fraction:
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise PabulibError(
            line, translate("Pabulib", "«{value}» is not an amount.").format(value=text.strip())
        )
    whole, decimals = match.groups()
    if decimals:
        return Fraction(int(whole + decimals), 10 ** len(decimals))
    return Fraction(int(whole))


# -- writing --------------------------------------------------------------------------------


def format_pabulib(
    election: Election, profile: Profile, meta: Mapping[str, str] | None = None
) -> str:
    """The text of a ``.pb`` file for these projects and ballots (voters numbered 1, 2, 3…).

    ``meta`` adds or keeps META fields; the counts, budget, vote type and currency are
    always those of ``election`` and ``profile``.
    """
    if profile.num_projects != len(election.projects):
        raise DomainError(translate("Tally", "The ballots do not match the list of projects."))
    fields: dict[str, str] = {"description": "pbdesk"}
    fields.update(meta or {})
    fields.update(
        num_projects=str(len(election.projects)),
        num_votes=str(profile.num_voters),
        budget=_format_amount(election.budget, election.unit_scale),
        vote_type=profile.vote_type.value,
    )
    if election.currency:
        fields["currency"] = election.currency
    out = ["META", "key;value"]
    out.extend(f"{_field(key)};{_field(value)}" for key, value in fields.items())
    votes, scores = profile.votes_and_scores()
    out.append("PROJECTS")
    out.append("project_id;cost;votes;score;name;category;district")
    for position, project in enumerate(election.projects):
        out.append(
            ";".join(
                (
                    _field(project.id),
                    _format_amount(project.cost, election.unit_scale),
                    str(votes[position]),
                    str(scores[position]),
                    _field(project.name),
                    _field(project.category),
                    _field(project.territory),
                )
            )
        )
    with_points = any(points for _, points in profile.groups)
    out.append("VOTES")
    out.append("voter_id;vote;points" if with_points else "voter_id;vote")
    ids = [_field(project.id) if "," not in project.id else None for project in election.projects]
    if any(i is None for i in ids):
        raise DomainError(
            translate("Pabulib", "A project id holds a comma, which pabulib forbids.")
        )
    voter = 0
    for (positions, points), count in sorted(profile.groups.items()):
        vote = ",".join(election.projects[p].id for p in positions)
        line = _field(vote) + (";" + ",".join(map(str, points)) if with_points else "")
        for _ in range(count):
            voter += 1
            out.append(f"{voter};{line}")
    return "\n".join(out) + "\n"


def write_pabulib(
    target: str | Path | TextIO,
    election: Election,
    profile: Profile,
    meta: Mapping[str, str] | None = None,
) -> None:
    """Write a ``.pb`` file (UTF-8, LF endings) that ``read_pabulib`` reads back identically."""
    text = format_pabulib(election, profile, meta)
    if isinstance(target, str | Path):
        Path(target).write_text(text, encoding="utf-8", newline="\n")
    else:
        target.write(text)


def _field(value: str) -> str:
    if any(c in value for c in ';"\n\r') or value != value.strip():
        return '"' + value.replace('"', '""') + '"'
    return value


def _format_amount(amount: int, scale: int) -> str:
    if scale == 1:
        return str(amount)
    digits = len(str(scale)) - 1
    if scale != 10**digits:
        raise DomainError(
            translate("Pabulib", "Amounts in this unit cannot be written as decimals.")
        )
    whole, rest = divmod(amount, scale)
    text = f"{whole}.{rest:0{digits}d}".rstrip("0").rstrip(".")
    return text
