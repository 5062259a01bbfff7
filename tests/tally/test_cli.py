"""``pbdesk tally FILE.pb``: the JSON document, the table, and one-sentence errors.

The command is called in-process through ``add_tally_parser`` / ``run_tally``, the two
functions ``pbdesk.cli`` wires in.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from pbdesk.domain.tally import Election, Profile, Project, VoteType
from pbdesk.exchange.pabulib import write_pabulib
from pbdesk.tally_cli import add_tally_parser, run_tally

from .support import PABULIB


def tally_command(*argv: str | Path) -> int:
    parser = argparse.ArgumentParser(prog="pbdesk")
    add_tally_parser(parser.add_subparsers(dest="command"))
    return run_tally(parser.parse_args(["tally", *map(str, argv)]))


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    election = Election((Project("1", 60, "Parc"), Project("2", 50), Project("3", 30)), 100, "PLN")
    profile = Profile.from_ballots(VoteType.APPROVAL, 3, [[0], [0, 1], [1], [2], [0]])
    path = tmp_path / "small.pb"
    write_pabulib(path, election, profile, {"rule": "equalshares/add1"})
    return path


def test_json_document(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tally_command(small_file, "--json") == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    document = json.loads(captured.out)
    assert document["rule"] == "mes-add1"  # the file's rule
    assert document["budget"] == 100
    assert document["selected"] == ["1", "3"]
    assert document["total_cost"] == 90
    assert set(document["projects"]) == {"1", "2", "3"}
    for line in document["projects"].values():
        assert {"votes", "score", "cost", "selected", "explanation"} <= set(line)
        assert line["explanation"]
    assert document["projects"]["1"]["votes"] == 3
    assert document["trace"]["rounds"][0]["project"] == "1"
    assert document["trace"]["add1"]["steps"] >= 0


@pytest.mark.parametrize(
    "rule", ["greedy", "greedy-no-skip", "mes", "mes-cardinality", "mes-add1-greedy"]
)
def test_every_rule(small_file: Path, rule: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert tally_command(small_file, "--rule", rule, "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["rule"] == rule
    assert document["total_cost"] <= 100


def test_threshold_and_cost_draw(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tally_command(small_file, "--rule", "threshold", "--threshold", "2", "--json") == 0
    assert json.loads(capsys.readouterr().out)["selected"] == ["1"]
    assert tally_command(small_file, "--rule", "threshold", "--threshold", "50%", "--json") == 0
    assert json.loads(capsys.readouterr().out)["selected"] == ["1"]
    assert tally_command(small_file, "--tie-break", "cost", "--seed", "12", "--json") == 0
    assert json.loads(capsys.readouterr().out)["seed"] == 12


def test_table(small_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert tally_command(small_file) == 0
    out = capsys.readouterr().out
    assert "small.pb" in out
    assert "100\u00a0PLN" in out
    assert len(out.splitlines()) > 5


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["{file}", "--rule", "best"], 2),
        (["{file}", "--tie-break", "coin"], 2),
        (["{file}", "--rule", "threshold", "--threshold", "beaucoup"], 2),
        (["{file}", "--rule", "threshold"], 1),  # no threshold in the file
        (["{missing_campaign}"], 1),  # neither a file nor a campaign
        (["{missing}"], 1),
        (["{bad}"], 1),
    ],
)
def test_errors_are_one_sentence(
    small_file: Path,
    tmp_path: Path,
    argv: list[str],
    code: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PBDESK_DB", str(tmp_path / "empty.sqlite3"))
    bad = tmp_path / "bad.pb"
    bad.write_text("META\nkey;value\nbudget;1\n", "utf-8")
    names = {
        "file": small_file,
        "missing": tmp_path / "absent.pb",
        "bad": bad,
        "missing_campaign": "no-such-campaign",
    }
    assert tally_command(*(a.format(**names) for a in argv)) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("pbdesk : ")
    assert captured.err.count("\n") == 1


@pytest.mark.skipif(not PABULIB.is_dir(), reason="the pabulib instances are not there")
def test_real_file_default_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert tally_command(PABULIB / "Netherlands_Assen_2024.pb", "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["rule"] == "mes-add1"
    assert sorted(document["selected"]) == ["11", "12", "13", "14", "2", "3", "5", "6", "9"]


def test_the_parser_knows_every_rule_and_tie_break_of_the_engine() -> None:
    """The parser's labels are keyed by name so that building it needs no engine import."""
    from pbdesk.domain.tally import Rule, TieBreak
    from pbdesk.tally_cli import RULE_LABELS, TIE_LABELS

    assert list(RULE_LABELS) == [rule.value for rule in Rule]
    assert list(TIE_LABELS) == [tie.value for tie in TieBreak]
