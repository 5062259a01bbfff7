"""``pbdesk tally``, on a pabulib file or a campaign, and ``pbdesk pabulib export``.

``pbdesk tally FILE.pb [--rule RULE] [--tie-break TIE] [--json]`` needs no database: the file
is read, the rule run, and the result printed — a readable French table, or with ``--json``
one JSON document (docs/cli.md lists its keys).

``pbdesk tally CAMPAIGN`` counts a campaign's official ballots exactly as the results page
does (its envelopes, hand counts, recorded draw), without keeping the count: a script may run
it as often as it likes. Project ids are the ballot codes, as in ``pbdesk pabulib export``,
which writes the campaign's ballots as a pabulib file (voters numbered in an order that says
nothing about who voted when).
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import group_digits
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pbdesk.domain.tally import Election, TallyResult, Threshold, VoteType
    from pbdesk.workspace.vote_results import CountResult

# The engine is imported when a count runs, not when the ``pbdesk`` parser is built: every
# start of the app builds that parser, and the engine costs ~40 ms to import. Labels are
# keyed by the rules' names (a test checks they match ``Rule``).

RULE_LABELS = {
    "greedy": QT_TRANSLATE_NOOP("TallyCli", "greedy, by votes"),
    "greedy-no-skip": QT_TRANSLATE_NOOP("TallyCli", "greedy without skipping"),
    "threshold": QT_TRANSLATE_NOOP("TallyCli", "greedy above a threshold"),
    "mes": QT_TRANSLATE_NOOP("TallyCli", "Method of Equal Shares"),
    "mes-cardinality": QT_TRANSLATE_NOOP(
        "TallyCli", "Method of Equal Shares, one per funded project"
    ),
    "mes-add1": QT_TRANSLATE_NOOP("TallyCli", "Method of Equal Shares completed by add1"),
    "mes-add1-greedy": QT_TRANSLATE_NOOP(
        "TallyCli", "Method of Equal Shares completed by add1, then greedy"
    ),
}
TIE_LABELS = {
    "id": QT_TRANSLATE_NOOP("TallyCli", "by project id"),
    "cost": QT_TRANSLATE_NOOP("TallyCli", "cheaper first, then a draw"),
    "refuse": QT_TRANSLATE_NOOP("TallyCli", "refused"),
}


class _UsageError(DomainError):
    """A malformed command (exit code 2)."""


def add_tally_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``tally`` sub-command to the ``pbdesk`` parser's sub-parsers."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "tally",
        help=translate("TallyCli", "count the votes of a campaign or of a pabulib file"),
    )
    parser.add_argument("target", metavar="CAMPAIGN|FILE.pb")
    parser.add_argument(
        "--rule",
        metavar="RULE",
        help=translate(
            "TallyCli", "the rule: {rules} (default: the campaign's or the file's rule)"
        ).format(rules=", ".join(RULE_LABELS)),
    )
    parser.add_argument(
        "--tie-break",
        dest="tie_break",
        metavar="TIE",
        help=translate(
            "TallyCli",
            "how to break ties: id, cost or refuse (default: the campaign's; id for a file)",
        ),
    )
    parser.add_argument(
        "--seed",
        metavar="N",
        help=translate("TallyCli", "the seed of the draw for --tie-break cost (default: new)"),
    )
    parser.add_argument(
        "--threshold",
        metavar="N|N%",
        help=translate(
            "TallyCli",
            "for the threshold rule: a minimum score, or a percentage of the voters "
            "(default: the file's min_project_score_threshold)",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON document")
    )
    return parser


#: The pabulib name of each rule, for the ``rule`` field of an exported file (rules pabulib
#: has no name for are written as pbdesk names them, which readers take as unknown).
PABULIB_RULES = {
    "greedy": "greedy",
    "greedy-no-skip": "greedy-no-skip",
    "threshold": "greedy-threshold",
    "mes": "equalshares",
    "mes-add1": "equalshares/add1",
}


def add_pabulib_parser(subparsers: Any) -> None:
    """Add ``pabulib export CAMPAIGN FILE.pb`` to the ``pbdesk`` parser's sub-parsers."""
    parser = subparsers.add_parser(
        "pabulib", help=translate("TallyCli", "write a campaign's ballots as a pabulib file")
    )
    actions = parser.add_subparsers(dest="pabulib_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=translate("TallyCli", "write the official valid ballots of a campaign (.pb)"),
    )
    export.add_argument("campaign", metavar="CAMPAIGN")
    export.add_argument("file", metavar="FILE.pb")


def run_pabulib(args: argparse.Namespace) -> int:
    """``pbdesk pabulib export``: the file is written whole or not at all."""
    try:
        return _export_pabulib(args)
    except DomainError as error:
        print(f"pbdesk : {error.message}", file=sys.stderr)
        return 1


def _export_pabulib(args: argparse.Namespace) -> int:
    import os
    import tempfile

    from pbdesk.exchange.pabulib import format_pabulib
    from pbdesk.store.database import open_database
    from pbdesk.workspace.campaigns import find_campaign
    from pbdesk.workspace.vote import get_settings
    from pbdesk.workspace.vote_results import campaign_election

    target = Path(args.file)
    if not target.parent.is_dir():
        raise DomainError(
            translate("TallyCli", "The folder of «{path}» does not exist.").format(path=target)
        )
    database = open_database(args.db)
    try:
        campaign = find_campaign(database, args.campaign)
        settings = get_settings(database, campaign.id).settings
        election, profile = campaign_election(database, campaign.id)
    finally:
        database.close()
    meta = {
        "description": campaign.name,
        "country": "France",
        "instance": str(campaign.year),
        "language": "fr",
        "rule": PABULIB_RULES.get(settings.rule.value, settings.rule.value),
    }
    if settings.min_choices:
        meta["min_length"] = str(settings.min_choices)
    if settings.max_choices is not None:
        meta["max_length"] = str(settings.max_choices)
    if settings.points_total is not None:
        meta["max_sum_points"] = str(settings.points_total)
    if settings.points_per_project is not None:
        meta["max_points"] = str(settings.points_per_project)
    text = format_pabulib(election, profile, meta)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".pbdesk-", suffix=".pb")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DomainError(
            translate("TallyCli", "Could not write «{path}»: {reason}.").format(
                path=target, reason=error.strerror or error
            )
        ) from error
    print(
        translate("TallyCli", "{voters} ballots and {projects} projects written to {path}.").format(
            voters=group_digits(profile.num_voters), projects=len(election.projects), path=target
        )
    )
    return 0


def run_tally(args: argparse.Namespace) -> int:
    """Run ``pbdesk tally``; errors are one sentence on stderr (exit 1, or 2 for bad options)."""
    try:
        return _run(args)
    except _UsageError as error:
        print(f"pbdesk : {error.message}", file=sys.stderr)
        return 2
    except DomainError as error:
        print(f"pbdesk : {error.message}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from pbdesk.domain.tally import Rule, TieBreak, tally
    from pbdesk.exchange.pabulib import read_pabulib

    target = Path(args.target)
    rule = _choice(Rule, args.rule, "--rule") if args.rule else None
    tie = _choice(TieBreak, args.tie_break, "--tie-break") if args.tie_break else TieBreak.ID
    seed = _seed(args.seed) if tie is TieBreak.COST else None
    threshold = _threshold(args.threshold) if args.threshold else None
    if not target.is_file():
        if target.suffix.lower() == ".pb" or target.exists():
            raise DomainError(
                translate("TallyCli", "There is no pabulib file «{path}».").format(path=target)
            )
        return _run_campaign(args, rule, None if args.tie_break is None else tie)
    document = read_pabulib(target)
    if rule is None:
        rule = document.rule
    if rule is Rule.THRESHOLD and threshold is None:
        threshold = document.threshold
    result = tally(
        document.election,
        document.profile,
        rule,
        tie_break=tie,
        seed=seed,
        threshold=threshold,
    )
    if args.json:
        json.dump(
            result_json(result, document.election, document.profile.vote_type, target.name),
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        sys.stdout.write("\n")
    else:
        _print_table(result, document.election, target.name)
    return 0


def _run_campaign(args: argparse.Namespace, rule: Any, tie: Any) -> int:
    from pbdesk.store.database import open_database
    from pbdesk.workspace.campaigns import find_campaign
    from pbdesk.workspace.journal import default_author
    from pbdesk.workspace.vote_results import count_votes

    if args.seed is not None or args.threshold is not None:
        raise _UsageError(
            translate(
                "TallyCli",
                "--seed and --threshold are for pabulib files: a campaign counts with its "
                "settings and the draw recorded before witnesses.",
            )
        )
    database = open_database(getattr(args, "db", None))
    try:
        campaign = find_campaign(database, args.target)
        result = count_votes(
            database, campaign.id, default_author(), rule=rule, tie_break=tie, keep=False
        )
    finally:
        database.close()
    if args.json:
        json.dump(campaign_json(result, campaign.slug), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_campaign(result, campaign.name)
    return 0


def campaign_json(result: CountResult, slug: str) -> dict[str, object]:
    """The ``--json`` document of a campaign's count: the keys of a file's count (amounts in
    cents, project ids are ballot codes), with the blank and spoilt ballots and one part per
    envelope."""
    codes = {p.application_id: p.code for p in result.projects}
    return {
        "campaign": slug,
        "rule": result.rule.value,
        "tie_break": result.tie_break.value,
        "seed": result.seed,
        "currency": "EUR",
        "unit_scale": 100,
        "budget": result.budget_cents,
        "num_voters": result.valid,
        "valid": result.valid,
        "blank": result.blank,
        "nul": result.nul,
        "source": result.source,
        "selected": [codes[i] for i in result.selected if i in codes],
        "total_cost": result.total_cost_cents,
        "projects": {
            p.code: {
                "name": p.title,
                "cost": p.cost_cents,
                "votes": p.votes,
                "score": p.score,
                "selected": p.funded,
                "rank": p.rank,
                "explanation": p.explanation,
            }
            for p in result.projects
        },
        "parts": [
            {
                "territory": part.territory_name or None,
                "budget": part.budget_cents,
                "voters": part.voters,
                "selected": list(part.selected_codes),
                "total_cost": part.total_cost_cents,
                "rounds": [
                    {
                        "round": r.round,
                        "project": r.code,
                        "price_per_voter": r.price,
                        "full_payers": r.full_payers,
                        "partial_payers": r.partial_payers,
                        "remaining": r.remaining,
                    }
                    for r in part.rounds
                ],
                "add1": part.add1 or None,
                "draws": [list(d) for d in part.draws],
            }
            for part in result.parts
        ],
        "digest": result.digest,
    }


def _print_campaign(result: CountResult, name: str) -> None:
    from pbdesk.domain.money import format_euros

    say = print
    say(
        translate("TallyCli", "{file} — rule: {rule} ({name}); ties: {ties}").format(
            file=name,
            rule=translate("TallyCli", RULE_LABELS[result.rule.value]),
            name=result.rule.value,
            ties=translate("TallyCli", TIE_LABELS[result.tie_break.value]),
        )
    )
    say(
        translate(
            "TallyCli", "Envelope: {budget} — {valid} valid ballots, {blank} blank, {nul} spoilt"
        ).format(
            budget=format_euros(result.budget_cents),
            valid=group_digits(result.valid),
            blank=group_digits(result.blank),
            nul=group_digits(result.nul),
        )
    )
    say(
        translate("TallyCli", "Funded: {count} projects for {cost}; {left} left").format(
            count=len(result.selected),
            cost=format_euros(result.total_cost_cents),
            left=format_euros(result.budget_cents - result.total_cost_cents),
        )
    )
    if result.seed is not None:
        say(translate("TallyCli", "Seed of the draw: {seed}").format(seed=result.seed))
    say("")
    yes, no = translate("TallyCli", "yes"), translate("TallyCli", "no")
    ordered = sorted(result.projects, key=lambda p: (not p.funded, p.rank or 10**9, p.code))
    _say_table(
        (
            translate("TallyCli", "Project"),
            translate("TallyCli", "Cost"),
            translate("TallyCli", "Votes"),
            translate("TallyCli", "Score"),
            translate("TallyCli", "Funded"),
            translate("TallyCli", "Why"),
        ),
        [
            (
                f"{p.code} {p.title}",
                format_euros(p.cost_cents),
                group_digits(p.votes),
                group_digits(p.score),
                yes if p.funded else no,
                p.explanation,
            )
            for p in ordered
        ],
    )


def _say_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """Columns aligned, amounts and counts (columns 1–3) to the right, the last one free."""
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    right = {1, 2, 3}

    def show(cells: tuple[str, ...]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells[:-1])
        ]
        return "  ".join([*parts, cells[-1]])

    print(show(headers))
    for row in rows:
        print(show(row))


def _choice(kind: Any, value: str, option: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise _UsageError(
            translate(
                "TallyCli", "«{value}» is not a value of {option}; choose one of {choices}."
            ).format(value=value, option=option, choices=", ".join(item.value for item in kind))
        ) from None


def _seed(text: str | None) -> int:
    if text is None:
        return secrets.randbelow(10**9)
    try:
        return int(text)
    except ValueError:
        raise _UsageError(
            translate("TallyCli", "The seed «{value}» is not a whole number.").format(value=text)
        ) from None


def _threshold(text: str) -> Threshold:
    from pbdesk.domain.tally import Threshold

    raw = text.strip().replace(",", ".")
    try:
        if raw.endswith("%"):
            share = Fraction(raw[:-1].strip()) / 100
            if not 0 <= share <= 1:
                raise ValueError
            return Threshold(min_share=share)
        score = Fraction(raw)
        if score.denominator != 1 or score < 0:
            raise ValueError
        return Threshold(min_score=int(score))
    except (ValueError, ZeroDivisionError):
        raise _UsageError(
            translate(
                "TallyCli", "The threshold «{value}» is neither a score nor a percentage."
            ).format(value=text)
        ) from None


def _fraction(value: Fraction) -> str:
    return (
        str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    )


def _decimal(value: Fraction, scale: int) -> str:
    hundredths = round(value * 100 / scale)
    sign = "-" if hundredths < 0 else ""
    whole, rest = divmod(abs(hundredths), 100)
    return f"{sign}{whole}.{rest:02d}"


def result_json(
    result: TallyResult, election: Election, vote_type: VoteType, source: str
) -> dict[str, object]:
    """The ``--json`` document (amounts are integers in the file's unit, see ``unit_scale``)."""
    scale = election.unit_scale
    document: dict[str, object] = {
        "file": source,
        "rule": result.rule.value,
        "tie_break": result.tie_break.value,
        "seed": result.seed,
        "vote_type": vote_type.value,
        "currency": election.currency,
        "unit_scale": scale,
        "budget": result.budget,
        "num_voters": result.num_voters,
        "selected": list(result.selected),
        "total_cost": result.total_cost,
        "projects": {
            line.project.id: {
                "name": line.project.name,
                "cost": line.project.cost,
                "votes": line.votes,
                "score": line.score,
                "selected": line.selected,
                "rank": line.rank,
                "explanation": line.explanation,
            }
            for line in result.projects
        },
        "trace": {
            "rounds": [
                {
                    "round": step.round,
                    "project": step.project_id,
                    "price_per_voter": _decimal(step.price, scale),
                    "price_exact": _fraction(step.price),
                    "rho": _fraction(step.rho),
                    "full_payers": step.full_payers,
                    "partial_payers": step.partial_payers,
                    "remaining": _decimal(step.remaining, scale),
                }
                for step in result.rounds
            ],
            "add1": None
            if result.add1 is None
            else {
                "steps": result.add1.steps,
                "budget_per_voter": _decimal(result.add1.budget_per_voter, scale),
                "budget_per_voter_exact": _fraction(result.add1.budget_per_voter),
                "virtual_budget": _fraction(result.add1.virtual_budget),
                "mes_runs": result.add1.mes_runs,
                "every_project_fits": result.add1.every_project_fits,
            },
            "draws": [{"tied": list(d.tied), "order": list(d.order)} for d in result.draws],
        },
    }
    if result.threshold is not None:
        document["threshold"] = {
            "min_score": result.threshold.min_score,
            "min_share": None
            if result.threshold.min_share is None
            else _fraction(result.threshold.min_share),
        }
    return document


def _print_table(result: TallyResult, election: Election, source: str) -> None:
    from pbdesk.domain.tally.explain import format_amount

    say = print
    say(
        translate("TallyCli", "{file} — rule: {rule} ({name}); ties: {ties}").format(
            file=source,
            rule=translate("TallyCli", RULE_LABELS[result.rule.value]),
            name=result.rule.value,
            ties=translate("TallyCli", TIE_LABELS[result.tie_break.value]),
        )
    )
    say(
        translate("TallyCli", "Budget: {budget} — {voters} voters — {projects} projects").format(
            budget=format_amount(result.budget, election),
            voters=group_digits(result.num_voters),
            projects=len(result.projects),
        )
    )
    say(
        translate("TallyCli", "Funded: {count} projects for {cost}; {left} left").format(
            count=len(result.selected),
            cost=format_amount(result.total_cost, election),
            left=format_amount(result.budget - result.total_cost, election),
        )
    )
    if result.seed is not None:
        say(translate("TallyCli", "Seed of the draw: {seed}").format(seed=result.seed))
    if result.add1 is not None:
        say(
            translate(
                "TallyCli", "add1 completion: {budget} per voter after {steps} raises"
            ).format(
                budget=format_amount(result.add1.budget_per_voter, election),
                steps=group_digits(result.add1.steps),
            )
        )
    say("")
    yes, no = translate("TallyCli", "yes"), translate("TallyCli", "no")
    ordered = sorted(
        result.projects, key=lambda line: (not line.selected, line.rank or 10**9, line.project.id)
    )
    _say_table(
        (
            translate("TallyCli", "Project"),
            translate("TallyCli", "Cost"),
            translate("TallyCli", "Votes"),
            translate("TallyCli", "Score"),
            translate("TallyCli", "Funded"),
            translate("TallyCli", "Why"),
        ),
        [
            (
                line.project.id,
                format_amount(line.project.cost, election),
                group_digits(line.votes),
                group_digits(line.score),
                yes if line.selected else no,
                line.explanation,
            )
            for line in ordered
        ],
    )
    if result.rounds:
        say("")
        say(translate("TallyCli", "Rounds of Equal Shares:"))
        for step in result.rounds:
            say(
                translate(
                    "TallyCli",
                    "{round}. {project}: {price} per supporter; {left} left to voters",
                ).format(
                    round=str(step.round).rjust(4),
                    project=step.project_id,
                    price=format_amount(step.price, election),
                    left=format_amount(step.remaining, election),
                )
            )
