"""Reading typed ballots against the règlement: valid, blank, nul with its reason, or again."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.tally import Rule, TieBreak
from pbdesk.domain.vote import (
    BallotKind,
    BallotPaper,
    BallotProject,
    BallotStatus,
    NulReason,
    Outcome,
    VoteSettings,
    check_code,
    check_settings,
    decode_choices,
    encode_choices,
    read_ballot,
    reread,
)

#: Twelve projects, codes 1 to 12, keys 101 to 112, costing 1 000 € × code.
PROJECTS = tuple(BallotProject(100 + n, str(n), n * 100_000) for n in range(1, 13))


def paper(**settings: object) -> BallotPaper:
    return BallotPaper(replace(VoteSettings(), **settings), PROJECTS, 2_000_000)  # type: ignore[arg-type]


APPROVAL_1_TO_3 = paper(ballot_kind=BallotKind.APPROVAL, min_choices=1, max_choices=3)
EXACTLY_3 = paper(ballot_kind=BallotKind.APPROVAL, min_choices=3, max_choices=3)


def test_codes_separated_by_spaces_or_keypad_keys_are_one_valid_ballot() -> None:
    for typed in ("3 7 12", "3+7+12", "3.7.12", " 3,7;12 ", "03 7 12"):
        reading = read_ballot(APPROVAL_1_TO_3, typed)
        assert reading.outcome is Outcome.VALID, typed
        assert reading.choices == ("3", "7", "12")
        assert reading.status is BallotStatus.VALID


def test_nothing_typed_is_a_blank_ballot() -> None:
    reading = read_ballot(APPROVAL_1_TO_3, "   ")
    assert reading.outcome is Outcome.BLANK
    assert reading.message == "Bulletin blanc."


def test_too_many_choices_is_nul_and_says_how_many() -> None:
    reading = read_ballot(APPROVAL_1_TO_3, "1 2 3 4")
    assert reading.outcome is Outcome.NUL
    assert reading.reason is NulReason.TOO_MANY
    assert "4" in reading.message and "3" in reading.message
    assert reading.choices == ("1", "2", "3", "4")  # kept, for the record


def test_exactly_three_refuses_two_as_too_few() -> None:
    assert read_ballot(EXACTLY_3, "1 2").reason is NulReason.TOO_FEW
    assert read_ballot(EXACTLY_3, "1 2 3").outcome is Outcome.VALID
    assert read_ballot(EXACTLY_3, "1 2 3 4").reason is NulReason.TOO_MANY


def test_an_unknown_code_is_asked_again_naming_it_not_nul() -> None:
    reading = read_ballot(APPROVAL_1_TO_3, "3 42")
    assert reading.outcome is Outcome.ASK_AGAIN
    assert reading.status is None
    assert reading.unknown == ("42",)
    assert "42" in reading.message
    several = read_ballot(APPROVAL_1_TO_3, "41 3 42 41")
    assert several.unknown == ("41", "42")


def test_a_code_typed_twice_is_an_operator_slip_asked_again() -> None:
    reading = read_ballot(APPROVAL_1_TO_3, "3 3")
    assert reading.outcome is Outcome.ASK_AGAIN
    assert "3" in reading.message


def test_a_star_declares_the_ballot_nul_with_the_operators_words() -> None:
    reading = read_ballot(APPROVAL_1_TO_3, "* signé par l'électeur")
    assert reading.outcome is Outcome.NUL
    assert reading.reason is NulReason.DECLARED
    assert reading.remark == "signé par l'électeur"


def test_single_choice_with_two_projects_is_nul() -> None:
    single = paper(ballot_kind=BallotKind.SINGLE, min_choices=1, max_choices=1)
    assert read_ballot(single, "4").outcome is Outcome.VALID
    assert read_ballot(single, "4 5").reason is NulReason.TOO_MANY


def test_ranked_ballots_keep_the_order_and_refuse_a_project_twice() -> None:
    ranked = paper(ballot_kind=BallotKind.RANKED, min_choices=1, max_choices=3)
    reading = read_ballot(ranked, "12 3 7")
    assert reading.outcome is Outcome.VALID
    assert reading.choices == ("12", "3", "7")
    assert read_ballot(ranked, "12 3 12").reason is NulReason.SAME_PROJECT_TWICE
    assert read_ballot(ranked, "1 2 3 4").reason is NulReason.TOO_MANY


def test_points_ballots_read_code_colon_points() -> None:
    points = paper(ballot_kind=BallotKind.POINTS, points_total=5, points_per_project=3)
    reading = read_ballot(points, "7:1 3:2")
    assert reading.outcome is Outcome.VALID
    assert (reading.choices, reading.points) == (("3", "7"), (2, 1))
    assert read_ballot(points, "3:4").reason is NulReason.POINTS_PER_PROJECT
    assert read_ballot(points, "3:3 4:3").reason is NulReason.POINTS_TOTAL
    assert read_ballot(points, "3:0").outcome is Outcome.BLANK
    assert read_ballot(points, "3").outcome is Outcome.ASK_AGAIN
    assert read_ballot(APPROVAL_1_TO_3, "3:2").outcome is Outcome.ASK_AGAIN


def test_a_budget_ballot_over_the_envelope_is_nul() -> None:
    budget = paper(ballot_kind=BallotKind.BUDGET)  # envelope 20 000 €
    assert read_ballot(budget, "12 8").outcome is Outcome.VALID  # 20 000 €
    assert read_ballot(budget, "12 9").reason is NulReason.OVER_BUDGET  # 21 000 €


def test_a_budget_ballot_per_territory_checks_each_envelope() -> None:
    projects = (
        BallotProject(1, "1", 600_000, territory_id=10),
        BallotProject(2, "2", 500_000, territory_id=10),
        BallotProject(3, "3", 900_000, territory_id=20),
    )
    settings = VoteSettings(
        ballot_kind=BallotKind.BUDGET,
        envelopes_per_territory=True,
        territory_envelopes=((10, 1_000_000), (20, 1_000_000)),
    )
    split = BallotPaper(settings, projects, 2_000_000)
    assert read_ballot(split, "1 3").outcome is Outcome.VALID
    assert read_ballot(split, "1 2").reason is NulReason.OVER_BUDGET


@given(
    st.lists(st.sampled_from([str(n) for n in range(1, 13)]), min_size=1, max_size=3, unique=True)
)
def test_a_valid_approval_ballot_stays_valid_whatever_the_order(codes: list[str]) -> None:
    first = read_ballot(APPROVAL_1_TO_3, " ".join(codes))
    assert first.outcome is Outcome.VALID
    for shuffled in (list(reversed(codes)), codes[1:] + codes[:1]):
        again = read_ballot(APPROVAL_1_TO_3, " ".join(shuffled))
        assert again.outcome is Outcome.VALID
        assert again.encoded == first.encoded


@given(st.lists(st.sampled_from([str(n) for n in range(1, 13)]), min_size=4, unique=True))
def test_more_than_the_maximum_is_always_nul(codes: list[str]) -> None:
    reading = read_ballot(APPROVAL_1_TO_3, " ".join(codes))
    assert reading.outcome is Outcome.NUL and reading.reason is NulReason.TOO_MANY


@given(
    st.lists(st.sampled_from([str(n) for n in range(1, 13)]), max_size=3, unique=True),
    st.sampled_from(["13", "42", "0", "A7", "999"]),
    st.integers(min_value=0, max_value=3),
)
def test_an_unknown_code_anywhere_is_asked_again(codes: list[str], unknown: str, at: int) -> None:
    typed = [*codes[:at], unknown, *codes[at:]]
    reading = read_ballot(APPROVAL_1_TO_3, " ".join(typed))
    assert reading.outcome is Outcome.ASK_AGAIN
    assert reading.unknown == (unknown,)


@given(
    st.lists(st.from_regex(r"[0-9A-Z]{1,6}", fullmatch=True), max_size=8, unique=True),
    st.booleans(),
)
def test_choices_encode_and_decode_back(codes: list[str], with_points: bool) -> None:
    points = [len(code) for code in codes] if with_points and codes else []
    assert decode_choices(encode_choices(codes, points)) == (tuple(codes), tuple(points))


def test_approval_choices_are_kept_in_code_order() -> None:
    assert read_ballot(APPROVAL_1_TO_3, "12 2 10").encoded == "2 10 12"


def test_stored_ballots_are_classified_again_under_new_settings() -> None:
    reading = read_ballot(APPROVAL_1_TO_3, "1 2 3")
    assert reading.outcome is Outcome.VALID
    stricter = paper(ballot_kind=BallotKind.APPROVAL, min_choices=1, max_choices=2)
    assert reread(stricter, reading.encoded, None).reason is NulReason.TOO_MANY
    declared = reread(stricter, "", NulReason.DECLARED)
    assert declared.reason is NulReason.DECLARED


def test_settings_are_checked_field_by_field() -> None:
    with pytest.raises(ValidationError) as caught:
        check_settings(
            VoteSettings(
                ballot_kind=BallotKind.APPROVAL,
                min_choices=3,
                max_choices=2,
                rule=Rule.THRESHOLD,
                tie_break=TieBreak.ID,
            ),
            territory_ids=[1],
            envelope_cents=100,
        )
    assert set(caught.value.errors) == {"max_choices", "threshold_percent", "tie_break"}
    with pytest.raises(ValidationError) as caught:
        check_settings(
            VoteSettings(ballot_kind=BallotKind.POINTS), territory_ids=[1], envelope_cents=100
        )
    assert set(caught.value.errors) == {"points_total", "points_per_project"}


def test_settings_are_made_coherent() -> None:
    single = check_settings(
        VoteSettings(ballot_kind=BallotKind.SINGLE, max_choices=4),
        territory_ids=[1],
        envelope_cents=100,
    )
    assert (single.min_choices, single.max_choices) == (1, 1)
    threshold = check_settings(
        VoteSettings(rule=Rule.THRESHOLD, threshold_percent=Decimal("12.5")),
        territory_ids=[1],
        envelope_cents=100,
    )
    assert threshold.threshold_percent == Decimal("12.5")


def test_envelopes_per_territory_must_cover_each_and_fit_the_whole() -> None:
    base = VoteSettings(envelopes_per_territory=True)
    with pytest.raises(ValidationError, match=r"chacun des territoires|each of the campaign"):
        check_settings(
            replace(base, territory_envelopes=((1, 50),)), territory_ids=[1, 2], envelope_cents=100
        )
    with pytest.raises(ValidationError):
        check_settings(
            replace(base, territory_envelopes=((1, 60), (2, 60))),
            territory_ids=[1, 2],
            envelope_cents=100,
        )
    with pytest.raises(ValidationError) as caught:
        check_settings(
            replace(base, territory_envelopes=((1, 50), (2, 50)), at_least_one_per_territory=True),
            territory_ids=[1, 2],
            envelope_cents=100,
        )
    assert set(caught.value.errors) == {"at_least_one_per_territory"}
    fine = check_settings(
        replace(base, territory_envelopes=((1, 50), (2, 50))),
        territory_ids=[1, 2],
        envelope_cents=100,
    )
    assert fine.envelopes() == {1: 50, 2: 50}


def test_codes_are_short_letters_or_digits() -> None:
    assert check_code(" 07 ") == "7"
    assert check_code("b2") == "B2"
    for wrong in ("", "3:2", "1234567", "é"):
        with pytest.raises(DomainError):
            check_code(wrong)
