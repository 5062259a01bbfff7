"""``pbdesk tally CAMPAIGN`` and ``pbdesk pabulib export``: a campaign's count from a script,
and its ballots as a pabulib file that counts the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pbdesk.cli import main
from pbdesk.domain.tally import Rule, TieBreak, tally
from pbdesk.exchange.pabulib import read_pabulib
from pbdesk.store.database import Database
from pbdesk.workspace.vote_results import count_votes, list_results

from .support import AUTHOR, make_vote_campaign
from .test_count import BALLOTS, COSTS, enter


@pytest.fixture
def counted(database: Database) -> tuple[Database, int]:
    voting = make_vote_campaign(database, COSTS)
    enter(database, voting.stations[0], BALLOTS)
    return database, voting.id


def db_path(database: Database) -> str:
    assert database.path is not None
    return str(database.path)


def test_tally_campaign_json_is_the_results_page_count(
    counted: tuple[Database, int], capsys: pytest.CaptureFixture[str]
) -> None:
    database, campaign_id = counted
    assert main(["--db", db_path(database), "tally", str(campaign_id), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    expected = count_votes(database, campaign_id, AUTHOR, keep=False)
    codes = {p.application_id: p.code for p in expected.projects}
    assert document["rule"] == "greedy"  # the campaign's rule
    assert document["budget"] == 2_000_000  # cents
    assert document["selected"] == [codes[i] for i in expected.selected] == ["1", "2", "4"]
    assert document["total_cost"] == 2_000_000
    assert (document["valid"], document["blank"], document["nul"]) == (11, 1, 1)
    assert document["projects"]["1"]["votes"] == 7
    assert document["projects"]["1"]["explanation"].startswith("financé")
    assert list_results(database, campaign_id) == []  # a script's count is not kept


def test_tally_campaign_with_another_rule_prints_a_french_table(
    counted: tuple[Database, int], capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = counted
    slug = json.loads(
        (main(["--db", db_path(database), "campaigns", "--json"]), capsys.readouterr().out)[1]
    )[0]["slug"]
    assert main(["--db", db_path(database), "tally", slug, "--rule", "mes"]) == 0
    out = capsys.readouterr().out
    assert "Méthode des parts égales" in out or "parts égales" in out
    assert "Financés : 2 projets pour 16 000 €" in out.replace("\u202f", " ").replace("\xa0", " ")


def test_tally_campaign_refuses_file_options(
    counted: tuple[Database, int], capsys: pytest.CaptureFixture[str]
) -> None:
    database, campaign_id = counted
    assert main(["--db", db_path(database), "tally", str(campaign_id), "--seed", "4"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("pbdesk : ") and captured.err.count("\n") == 1


def test_pabulib_export_counts_the_same_in_any_reader(
    counted: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, campaign_id = counted
    target = tmp_path / "campagne.pb"
    assert (
        main(["--db", db_path(database), "pabulib", "export", str(campaign_id), str(target)]) == 0
    )
    assert "11" in capsys.readouterr().out
    document = read_pabulib(target)
    assert document.profile.num_voters == 11  # valid ballots only; blank and nul are not votes
    assert document.meta["rule"] == "greedy"
    assert document.meta["max_length"] == "3"
    assert [p.id for p in document.election.projects] == ["1", "2", "3", "4"]
    text = target.read_text("utf-8")
    assert "Projet 1" in text and AUTHOR not in text
    for rule in (Rule.GREEDY, Rule.MES):
        from_file = tally(document.election, document.profile, rule, tie_break=TieBreak.ID)
        from_campaign = count_votes(database, campaign_id, AUTHOR, rule=rule, keep=False)
        codes = {p.application_id: p.code for p in from_campaign.projects}
        assert list(from_file.selected) == [codes[i] for i in from_campaign.selected]


def test_pabulib_export_into_a_missing_folder_writes_nothing(
    counted: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, campaign_id = counted
    target = tmp_path / "absent" / "campagne.pb"
    assert (
        main(["--db", db_path(database), "pabulib", "export", str(campaign_id), str(target)]) == 1
    )
    assert capsys.readouterr().err.startswith("pbdesk : ")
    assert not target.parent.exists()
