"""Vote-day and follow-up values a file may not bring: unknown statuses, age bands, ballot
kinds, rules, out-of-range scores and print settings, choices that are not on the ballot.
Each is refused in one sentence naming the table and the column; nothing changes."""

from __future__ import annotations

import copy
import uuid as uuids
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from vote.support import make_vote_campaign

from pbdesk.exchange.errors import InvalidData
from pbdesk.exchange.project_file import apply_import, export_campaign, plan_import
from pbdesk.store.database import Database, open_database
from pbdesk.workspace.ballots import enter_ballot, open_entry
from pbdesk.workspace.vote_register import sign_in

from .support import AUTHOR, data_of, rewrite
from .test_hostile import refused


@pytest.fixture(scope="module")
def vote_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A campaign on its vote day: one signature, two ballots typed."""
    folder = tmp_path_factory.mktemp("vote")
    database = open_database(folder / "origin.sqlite3")
    voting = make_vote_campaign(database)
    station = voting.stations[0]
    assert sign_in(database, station, "Durand", "Léa", date(1990, 5, 17)).signed
    entry = open_entry(database, station, "opératrice", AUTHOR)
    for text in ("1 2", ""):
        assert enter_ballot(database, entry.id, text, AUTHOR).sequence is not None
    path = folder / "vote.pbdesk"
    export_campaign(database, voting.id, path, include_personal_data=True)
    database.close()
    return path


def _new_row(data: dict[str, Any], table: str, **values: Any) -> dict[str, Any]:
    moment = data["tables"]["campaign"][0]["created_at"]
    row = {"uuid": str(uuids.uuid4()), "version": 1, "created_at": moment, "updated_at": moment}
    row.update(values)
    data["tables"].setdefault(table, []).append(row)
    return row


def _campaign(data: dict[str, Any]) -> str:
    return str(data["tables"]["campaign"][0]["uuid"])


def _followup(data: dict[str, Any], **values: Any) -> dict[str, Any]:
    application = data["tables"]["application"][0]["uuid"]
    return _new_row(
        data, "project_followup", campaign_id=_campaign(data), application_id=application, **values
    )


def _set(table: str, column: str, value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["tables"][table][0][column] = value

    return change


def _add(table: str, column: str, value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        if table == "project_followup":
            _followup(data, **{column: value})
        elif table.startswith("followup_"):
            parent = _followup(data)["uuid"]
            extra: dict[str, Any] = {"title": "Chantier"} if table == "followup_milestone" else {}
            if table == "followup_expense":
                extra = {"spent_on": "2026-09-01", "amount_cents": 100, "label": "Peinture"}
            _new_row(data, table, followup_id=parent, **extra, **{column: value})
        else:
            _new_row(data, table, campaign_id=_campaign(data), **{column: value})

    return change


CASES = [
    ("ballot", "status", "peutetre", _set),
    ("ballot", "reason", "fatigue", _set),
    ("ballot", "choices", "1 2:3", _set),
    ("ballot", "choices", "1  2", _set),
    ("sign_in", "age_band", "bogus", _set),
    ("vote", "ballot_kind", "plural", _set),
    ("vote", "residence_rule", "rumour", _set),
    ("vote", "rule", "dhondt", _set),
    ("vote", "tie_break", "id", _set),
    ("ballot_code", "code", "1 2", _set),
    ("project_followup", "status", "forgotten", _add),
    ("followup_milestone", "status", "someday", _add),
    ("followup_expense", "state", "stolen", _add),
    ("resident_feedback", "score", 6, _add),
    ("resident_feedback", "score", 0, _add),
    ("resident_feedback", "source", "rumour", _add),
    ("print_settings", "ballots_per_sheet", 3, _add),
    ("print_settings", "project_order", "shuffle", _add),
]


@pytest.mark.parametrize(("table", "column", "value", "how"), CASES)
def test_a_vote_or_followup_value_out_of_range_is_refused(
    database: Database,
    vote_file: Path,
    tmp_path: Path,
    table: str,
    column: str,
    value: Any,
    how: Any,
) -> None:
    data = copy.deepcopy(data_of(vote_file))
    how(table, column, value)(data)
    path = rewrite(vote_file, tmp_path / "x.pbdesk", data=data)
    message = refused(database, path, InvalidData)
    assert table in message and column in message, message


def test_choices_must_be_codes_of_the_campaigns_ballot(
    database: Database, vote_file: Path, tmp_path: Path
) -> None:
    data = copy.deepcopy(data_of(vote_file))
    data["tables"]["ballot"][0]["choices"] = "99 ZZ"
    path = rewrite(vote_file, tmp_path / "x.pbdesk", data=data)
    message = refused(database, path, InvalidData)
    assert "99" in message, message


def test_the_untouched_vote_file_and_valid_additions_import(
    database: Database, vote_file: Path, tmp_path: Path
) -> None:
    data = copy.deepcopy(data_of(vote_file))
    _new_row(data, "resident_feedback", campaign_id=_campaign(data), score=5)
    _new_row(data, "print_settings", campaign_id=_campaign(data), ballots_per_sheet=4)
    path = rewrite(vote_file, tmp_path / "x.pbdesk", data=data)
    apply_import(database, plan_import(database, path), author=AUTHOR)
