"""Reading real-world pabulib files, refusing malformed ones with the line, writing them back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pbdesk.domain.tally import Election, Profile, Project, Rule, Threshold, VoteType
from pbdesk.exchange.pabulib import (
    PabulibError,
    format_pabulib,
    parse_pabulib,
    read_pabulib,
    write_pabulib,
)

from .support import PABULIB

HEAD = (
    "META\nkey;value\ndescription;test\nnum_projects;3\nbudget;{budget}\n"
    "vote_type;{kind}\nrule;greedy\n"
)
PROJECTS = "PROJECTS\nproject_id;cost;name\n1;100;Un\n2;200;Deux\n3;50;Trois\n"


def pb(
    votes: str, *, kind: str = "approval", budget: str = "300", projects: str = PROJECTS
) -> bytes:
    return (HEAD.format(budget=budget, kind=kind) + projects + votes).encode()


def ballots(profile: Profile) -> dict[tuple[tuple[int, ...], tuple[int, ...]], int]:
    return dict(profile.groups)


def test_quirks_of_real_files() -> None:
    text = (
        "\ufeffMETA\r\nkey;value\r\nbudget;1000,5\nvote_type;approval\r\ncurrency;PLN\n"
        "PROJECTS\r\nproject_id;cost;name;category\n"
        'a;100,25;"Parc ; jeux";"sport"\r\n'
        'b;300;"Le ""grand"" banc";\n'
        "VOTES\nvoter_id;vote;age\r\n"
        "1;a,b;30\n2;;41\r\n3; b , a ;50\r\n4;a;\n\n"
    )
    document = parse_pabulib(text.encode())
    election = document.election
    assert election.unit_scale == 100
    assert election.budget == 100_050
    assert [p.cost for p in election.projects] == [10_025, 30_000]
    assert [p.name for p in election.projects] == ["Parc ; jeux", 'Le "grand" banc']
    assert election.projects[0].category == "sport"
    assert election.currency == "PLN"
    assert document.profile.num_voters == 4
    assert ballots(document.profile) == {((0, 1), ()): 2, ((), ()): 1, ((0,), ()): 1}


def test_a_quoted_field_may_hold_a_line_break() -> None:
    document = parse_pabulib(
        pb(
            "VOTES\nvoter_id;vote\n1;1\n",
            projects='PROJECTS\nproject_id;cost;name\n1;10;"deux\nlignes"\n2;5;x\n3;5;y\n',
        )
    )
    assert document.election.projects[0].name == "deux\nlignes"


def test_vote_kinds() -> None:
    cumulative = parse_pabulib(
        pb("VOTES\nvoter_id;vote;points\n1;1,3;2,1\n2;3;3\n", kind="cumulative")
    )
    assert ballots(cumulative.profile) == {((0, 2), (2, 1)): 1, ((2,), (3,)): 1}
    assert cumulative.profile.votes_and_scores() == ((1, 0, 2), (2, 0, 4))
    ordinal = parse_pabulib(pb("VOTES\nvoter_id;vote\n1;3,1,2\n", kind="ordinal"))
    assert ballots(ordinal.profile) == {((2, 0, 1), ()): 1}
    assert ordinal.profile.votes_and_scores()[1] == (2, 1, 3)
    scoring = parse_pabulib(pb("VOTES\nvoter_id;vote;points\n1;2,1;-1,4\n", kind="scoring"))
    assert ballots(scoring.profile) == {((0, 1), (4, -1)): 1}
    single = parse_pabulib(pb("VOTES\nvoter_id;vote\n1;2\n2;2\n", kind="choose-1"))
    assert single.profile.vote_type is VoteType.CHOOSE_1
    assert ballots(single.profile) == {((1,), ()): 2}


def test_rule_and_threshold_fields() -> None:
    document = parse_pabulib(
        pb("VOTES\nvoter_id;vote\n1;1\n").replace(
            b"rule;greedy", b"rule;greedy-threshold\nmin_project_score_threshold;50"
        )
    )
    assert document.rule is Rule.THRESHOLD
    assert document.threshold == Threshold(min_score=50)
    for name, rule in [
        ("equalshares/add1-comparison", Rule.MES_ADD1),
        ("equalshares", Rule.MES),
        ("unknown", Rule.GREEDY),
        ("greedy-no-skip", Rule.GREEDY_NO_SKIP),
    ]:
        assert Rule.from_pabulib(name) is rule


MALFORMED = [
    ("empty", b"", 1),
    ("no META first", b"PROJECTS\nproject_id;cost\n", 1),
    (
        "bad utf-8",
        pb("VOTES\nvoter_id;vote\n1;1\n2;\xff\n".encode("latin-1").decode("latin-1")).replace(
            b"2;\xc3\xbf", b"2;\xff"
        ),
        16,
    ),
    ("field count", pb("VOTES\nvoter_id;vote\n1;1\n2;1;9\n"), 16),
    ("unknown project", pb("VOTES\nvoter_id;vote\n1;1\n2;1,7\n"), 16),
    ("project twice in a vote", pb("VOTES\nvoter_id;vote\n1;1,2,1\n"), 15),
    ("voter twice", pb("VOTES\nvoter_id;vote\n1;1\n1;2\n"), 16),
    (
        "project twice",
        pb("VOTES\nvoter_id;vote\n", projects="PROJECTS\nproject_id;cost\n1;10\n2;10\n1;5\n"),
        12,
    ),
    ("bad cost", pb("VOTES\nvoter_id;vote\n", projects="PROJECTS\nproject_id;cost\n1;dix\n"), 10),
    ("bad budget", pb("VOTES\nvoter_id;vote\n", budget="-300"), 5),
    (
        "no budget",
        b"META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\n",
        4,
    ),
    ("unknown vote type", pb("VOTES\nvoter_id;vote\n", kind="ranking"), 6),
    ("no points column", pb("VOTES\nvoter_id;vote\n1;1\n", kind="cumulative"), 14),
    ("points mismatch", pb("VOTES\nvoter_id;vote;points\n1;1,2;3\n", kind="cumulative"), 15),
    ("points not numbers", pb("VOTES\nvoter_id;vote;points\n1;1;x\n", kind="cumulative"), 15),
    ("single choice with two", pb("VOTES\nvoter_id;vote\n1;1\n2;1,2\n", kind="choose-1"), 16),
    ("unclosed quote", pb('VOTES\nvoter_id;vote\n1;"1\n2;1\n'), 15),
    ("missing column", pb("VOTES\nvoter;vote\n1;1\n"), 14),
    ("no VOTES", pb(""), 12),
    ("section twice", pb("PROJECTS\nproject_id;cost\n"), 13),
    ("no header", pb("VOTES\n"), 13),
]


@pytest.mark.parametrize(
    ("data", "line"), [(d, n) for _, d, n in MALFORMED], ids=[c for c, _, _ in MALFORMED]
)
def test_malformed_files_say_where(data: bytes, line: int) -> None:
    with pytest.raises(PabulibError) as raised:
        parse_pabulib(data)
    assert raised.value.line == line
    assert re.match(rf"^(Ligne|Line) {line}\b", raised.value.message), raised.value.message


def test_unreadable_path(tmp_path: Path) -> None:
    from pbdesk.domain.errors import DomainError

    with pytest.raises(DomainError):
        read_pabulib(tmp_path / "absent.pb")


def test_writer_round_trip(tmp_path: Path) -> None:
    election = Election(
        (
            Project("A1", 12_345, 'Parc ; "jeux"', "sport", "Nord"),
            Project("B2", 100, "Banc", "", ""),
            Project("C 3", 99_999, " espaces ", "vert", "Sud"),
        ),
        150_000,
        "EUR",
        100,
    )
    for kind, votes in [
        (VoteType.APPROVAL, [[0, 1], [], [2], [0, 1]]),
        (VoteType.CHOOSE_1, [[1], [1], []]),
        (VoteType.ORDINAL, [[2, 0], [0, 2, 1]]),
        (VoteType.CUMULATIVE, [([0, 2], [3, 1]), ([1], [4])]),
        (VoteType.SCORING, [([0, 1], [-2, 5])]),
    ]:
        profile = Profile.from_ballots(kind, 3, votes)
        path = tmp_path / f"{kind.value}.pb"
        write_pabulib(path, election, profile, {"country": "France"})
        again = read_pabulib(path)
        assert again.election == election
        assert again.profile == profile
        assert again.meta["country"] == "France"
        assert again.meta["num_votes"] == str(len(votes))


@pytest.mark.skipif(not PABULIB.is_dir(), reason="the pabulib instances are not there")
@pytest.mark.parametrize(
    "name",
    [
        "Poland_Gdansk_2020_Stogi.pb",
        "Poland_Krakow_2021_Nowa_Huta.pb",
        "Poland_Wieliczka_2023_Green_Budget.pb",
    ],
)
def test_real_files_round_trip(name: str) -> None:
    original = read_pabulib(PABULIB / name)
    again = parse_pabulib(
        format_pabulib(original.election, original.profile, original.meta).encode()
    )
    assert again.election == original.election
    assert again.profile == original.profile
    assert "age" not in format_pabulib(original.election, original.profile)
