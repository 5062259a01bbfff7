"""Same outcomes and counts as pabutools 1.2.3 on the real pabulib files (``expected.json``)."""

from __future__ import annotations

import json
from functools import cache

import pytest

from pbdesk.domain.tally import Rule, tally
from pbdesk.exchange.pabulib import PabulibFile, read_pabulib

from .support import PABULIB

pytestmark = pytest.mark.skipif(
    not (PABULIB / "expected.json").is_file(),
    reason=f"the pabulib instances are not there ({PABULIB})",
)


def _expected() -> dict[str, dict[str, object]]:
    if not (PABULIB / "expected.json").is_file():
        return {}
    return json.loads((PABULIB / "expected.json").read_text("utf-8"))["instances"]


EXPECTED = _expected()
CASES = [
    (name, rule)
    for name, instance in EXPECTED.items()
    for rule in instance["outcomes"]  # type: ignore[union-attr]
]


@cache
def _file(name: str) -> PabulibFile:
    return read_pabulib(PABULIB / name)


def test_every_file_is_covered() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in PABULIB.glob("*.pb"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts_and_sizes(name: str) -> None:
    instance = EXPECTED[name]
    document = _file(name)
    assert document.profile.vote_type.value == instance["vote_type"]
    assert len(document.election.projects) == instance["num_projects"]
    assert document.profile.num_voters == instance["num_voters"]
    assert document.election.budget == int(str(instance["budget"]))
    votes, scores = document.profile.votes_and_scores()
    counts = {
        project.id: {"votes": votes[i], "score": scores[i]}
        for i, project in enumerate(document.election.projects)
    }
    assert counts == instance["counts"]


@pytest.mark.parametrize(("name", "rule"), CASES)
def test_outcome_is_pabutools(name: str, rule: str) -> None:
    document = _file(name)
    result = tally(document.election, document.profile, Rule(rule))
    assert sorted(result.selected) == EXPECTED[name]["outcomes"][rule]  # type: ignore[index]
    assert result.total_cost <= document.election.budget
    assert len(set(result.selected)) == len(result.selected)
