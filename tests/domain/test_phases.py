"""The nine phases, where a campaign stands, and the checklist catalogue's rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pbdesk.domain.phases import (
    CatalogueItem,
    Phase,
    PhaseStatus,
    check_catalogue,
    current_phase,
)

UPCOMING, IN_PROGRESS, DONE = PhaseStatus.UPCOMING, PhaseStatus.IN_PROGRESS, PhaseStatus.DONE


def statuses(*values: PhaseStatus) -> dict[Phase, PhaseStatus]:
    """Statuses of phases 1, 2, 3… in order; the rest are upcoming."""
    result = dict.fromkeys(Phase, UPCOMING)
    for phase, status in zip(Phase, values, strict=False):
        result[phase] = status
    return result


def test_the_nine_phases_in_the_seeds_order() -> None:
    assert [int(phase) for phase in Phase] == list(range(1, 10))
    assert Phase.PREPARATION == 1
    assert Phase.VOTE == 8
    assert Phase.FOLLOW_UP == 9  # the seed's lesson: the return to residents is a phase
    titles = [phase.title for phase in Phase]
    assert all(titles) and len(set(titles)) == 9
    assert all(phase.summary for phase in Phase)
    assert Phase.CORE_GROUP.label == f"3. {Phase.CORE_GROUP.title}"


def test_statuses_are_stable_codes_with_labels() -> None:
    assert [status.value for status in PhaseStatus] == ["upcoming", "in_progress", "done"]
    assert len({status.label for status in PhaseStatus}) == 3


def test_a_new_campaign_is_in_phase_one() -> None:
    assert current_phase(statuses()) is Phase.PREPARATION


def test_current_phase_is_the_first_in_progress() -> None:
    assert current_phase(statuses(DONE, DONE, IN_PROGRESS)) is Phase.CORE_GROUP
    # Phases may overlap: the first one in progress wins, even after an upcoming one.
    mixed = statuses(DONE, UPCOMING, DONE, IN_PROGRESS, IN_PROGRESS)
    assert current_phase(mixed) is Phase.STAKES


def test_without_a_phase_in_progress_it_is_the_first_not_done() -> None:
    assert current_phase(statuses(DONE, DONE, DONE)) is Phase.STAKES
    assert current_phase(statuses(DONE, UPCOMING, DONE)) is Phase.OUTREACH


def test_a_finished_campaign_stays_in_follow_up() -> None:
    """Follow-up goes on for years after the vote."""
    assert current_phase(dict.fromkeys(Phase, DONE)) is Phase.FOLLOW_UP
    assert current_phase(statuses(*[DONE] * 8, IN_PROGRESS)) is Phase.FOLLOW_UP


def test_current_phase_does_not_depend_on_the_mapping_order() -> None:
    ordered = statuses(DONE, DONE, UPCOMING, IN_PROGRESS)
    reversed_mapping = dict(reversed(list(ordered.items())))
    assert current_phase(reversed_mapping) is current_phase(ordered) is Phase.STAKES


def test_current_phase_of_no_phase_is_follow_up() -> None:
    # A campaign row without phase rows (should not happen) does not crash the list.
    assert current_phase({}) is Phase.FOLLOW_UP


@given(st.lists(st.sampled_from(list(PhaseStatus)), min_size=9, max_size=9))
def test_current_phase_rules_hold_for_every_combination(values: list[PhaseStatus]) -> None:
    mapping = dict(zip(Phase, values, strict=True))
    result = current_phase(mapping)
    in_progress = [phase for phase in Phase if mapping[phase] is IN_PROGRESS]
    not_done = [phase for phase in Phase if mapping[phase] is not DONE]
    if in_progress:
        assert result is in_progress[0]
    elif not_done:
        assert result is not_done[0]
    else:
        assert result is Phase.FOLLOW_UP


def catalogue(**overrides: list[CatalogueItem]) -> list[CatalogueItem]:
    return overrides.get(
        "items",
        [CatalogueItem(key=f"p{int(p)}.a", phase=p, label=f"Item {int(p)}") for p in Phase],
    )


def test_a_catalogue_covering_every_phase_is_accepted() -> None:
    items = catalogue()
    assert check_catalogue(iter(items)) == items


def test_catalogue_refuses_duplicate_keys() -> None:
    items = [*catalogue(), CatalogueItem(key="p1.a", phase=Phase.PREPARATION, label="Encore")]
    with pytest.raises(ValueError, match=r"p1\.a"):
        check_catalogue(items)


def test_catalogue_refuses_empty_labels() -> None:
    items = [*catalogue(), CatalogueItem(key="p1.b", phase=Phase.PREPARATION, label="  ")]
    with pytest.raises(ValueError, match="empty label"):
        check_catalogue(items)


def test_catalogue_refuses_a_phase_without_items() -> None:
    items = [item for item in catalogue() if item.phase is not Phase.FOLLOW_UP]
    with pytest.raises(ValueError, match="9"):
        check_catalogue(items)
