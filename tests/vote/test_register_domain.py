"""The register's key: one person, one key, whatever the spelling; opaque without the secret."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pbdesk.domain.errors import DomainError
from pbdesk.domain.register import (
    AgeBand,
    add_months,
    age_on,
    check_birth_date,
    identity_key,
    key_id,
    new_secret,
    normalize_name,
    one_year_after,
)

SECRET = "00" * 31 + "2a"
BORN = date(1975, 3, 14)


@pytest.mark.parametrize(
    "typed",
    [
        "Jean-Pierre Éric",
        "jean pierre eric",
        "JEAN-PIERRE ERIC",
        "  Jean  Pierre-Éric ",
        "Jeanpierre Eric",
        "Jean–Pierre Éric",  # an en dash from a copy-paste
        "Jean-Pierre Éric",  # É as E + combining acute accent
    ],
)
def test_accents_case_spaces_and_hyphens_do_not_change_the_key(typed: str) -> None:
    reference = identity_key(SECRET, "N'Diaye", "Jean-Pierre Éric", BORN)
    assert identity_key(SECRET, "ndiaye", typed, BORN) == reference


def test_ligatures_and_apostrophes_are_typed_as_on_a_keyboard() -> None:
    assert normalize_name("Lœtitia") == normalize_name("Loetitia") == "loetitia"
    assert normalize_name("D’Angelo") == normalize_name("d'angelo") == "dangelo"
    assert normalize_name("Çağlar") == "caglar"


def test_other_people_and_other_birth_dates_get_other_keys() -> None:
    reference = identity_key(SECRET, "Martin", "Léa", BORN)
    assert identity_key(SECRET, "Martin", "Léo", BORN) != reference
    assert identity_key(SECRET, "Martin", "Léa", date(1975, 3, 15)) != reference
    # Last and first names are not interchangeable.
    assert identity_key(SECRET, "Léa", "Martin", BORN) != reference


def test_the_key_is_a_keyed_hash_and_says_nothing_without_the_secret() -> None:
    key = identity_key(SECRET, "Martin", "Léa", BORN)
    assert len(key) == 64 and "martin" not in key
    other = new_secret()
    assert identity_key(other, "Martin", "Léa", BORN) != key
    assert key_id(other) != key_id(SECRET) and len(key_id(other)) == 16


@given(st.text(min_size=1), st.text(min_size=1))
def test_names_normalize_to_lower_case_letters_and_digits(last: str, first: str) -> None:
    for name in (last, first):
        normal = normalize_name(name)
        assert normal == normalize_name(normal)
        assert all(char.isalnum() for char in normal)
        assert normal == normal.casefold()


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(DomainError):
        identity_key(SECRET, " - ", "Léa", BORN)
    with pytest.raises(DomainError):
        identity_key(SECRET, "Martin", "", BORN)


def test_age_counts_full_years_and_refuses_impossible_birth_dates() -> None:
    assert age_on(date(2010, 6, 13), date(2026, 6, 12)) == 15
    assert age_on(date(2010, 6, 13), date(2026, 6, 13)) == 16
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18
    with pytest.raises(DomainError):
        check_birth_date(date(2030, 1, 1), date(2026, 6, 13))
    with pytest.raises(DomainError):
        check_birth_date(date(1890, 1, 1), date(2026, 6, 13))


def test_age_bands() -> None:
    assert [AgeBand.of(age) for age in (11, 17, 18, 29, 30, 59, 60, 99)] == [
        AgeBand.UNDER_18,
        AgeBand.UNDER_18,
        AgeBand.FROM_18_TO_29,
        AgeBand.FROM_18_TO_29,
        AgeBand.FROM_30_TO_59,
        AgeBand.FROM_30_TO_59,
        AgeBand.FROM_60,
        AgeBand.FROM_60,
    ]


def test_months_and_the_one_year_review() -> None:
    assert add_months(date(2026, 3, 31), 1) == date(2026, 4, 30)
    assert add_months(date(2026, 11, 15), 2) == date(2027, 1, 15)
    assert one_year_after(date(2024, 2, 29)) == date(2025, 2, 28)
    assert one_year_after(date(2026, 6, 13)) == date(2027, 6, 13)
