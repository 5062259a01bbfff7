"""Amounts typed the French way, stored in integer cents, shown with French typography."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pbdesk.domain.errors import DomainError
from pbdesk.domain.money import (
    CURRENCY_SEPARATOR,
    GROUP_SEPARATOR,
    MAX_CENTS,
    format_euros,
    format_euros_plain,
    group_digits,
    parse_euros,
)

NNBSP = "\u202f"  # narrow no-break space: between groups of digits
NBSP = "\u00a0"  # no-break space: before the euro sign


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("95 000", 9_500_000),
        ("95000", 9_500_000),
        ("95000,50", 9_500_050),
        ("95000.50", 9_500_050),
        ("95.000", 9_500_000),  # dots grouping thousands, as some people type them
        ("1.234.567", 123_456_700),
        ("1 234 567,8", 123_456_780),
        ("1 234 567,08", 123_456_708),
        ("95 000 €", 9_500_000),
        ("95000€", 9_500_000),
        ("95 000 EUR", 9_500_000),
        (f"95{NNBSP}000{NBSP}€", 9_500_000),  # what format_euros shows, pasted back
        (f"95{NBSP}000", 9_500_000),
        ("  32 500  ", 3_250_000),
        ("0,5", 50),
        ("0,05", 5),
        ("12,3", 1230),
        ("0", 0),
        ("0,00", 0),
        ("9999999999,99", MAX_CENTS - 1),
        ("1.234,56", 123_456),  # dots group thousands, the comma marks cents
        ("95.000,5", 9_500_050),
    ],
)
def test_parse_euros_reads_what_people_type(text: str, cents: int) -> None:
    assert parse_euros(text) == cents
    assert isinstance(parse_euros(text), int)


@pytest.mark.parametrize(
    "text",
    [
        "beaucoup",
        "95 000 euros de plus",
        "1,234",  # three decimals: neither cents nor a grouping the parser can trust
        "95,001",
        "12.34.5",
        "1e3",
        "٣٠٠",  # Arabic-Indic digits: not what a form in euros expects
        "+5",
        "5 - 3",
        "0x10",
    ],
)
def test_parse_euros_refuses_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_euros(text)
    # The sentence quotes what was typed, so the user sees what is wrong, in French.
    assert text.strip() in caught.value.message
    assert "montant" in caught.value.message


@pytest.mark.parametrize("text", ["", "   ", "€", " EUR "])
def test_parse_euros_refuses_an_empty_amount(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_euros(text)
    assert "95 000" in caught.value.message  # the sentence gives an example


@pytest.mark.parametrize("text", ["-5", "-95 000", " -0,50"])
def test_parse_euros_refuses_negative_amounts(text: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_euros(text)
    assert text.strip() in caught.value.message
    assert "négatif" in caught.value.message


def test_parse_euros_refuses_amounts_beyond_the_ceiling() -> None:
    with pytest.raises(DomainError):
        parse_euros("10000000000")  # 10 billion euros = MAX_CENTS
    assert parse_euros("9 999 999 999,99") == MAX_CENTS - 1


def test_zero_is_allowed_unless_refused() -> None:
    assert parse_euros("0") == 0
    with pytest.raises(DomainError):
        parse_euros("0", allow_zero=False)
    with pytest.raises(DomainError):
        parse_euros("0,00 €", allow_zero=False)
    assert parse_euros("0,01", allow_zero=False) == 1


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (9_500_000, f"95{NNBSP}000{NBSP}€"),
        (3_250_000, f"32{NNBSP}500{NBSP}€"),
        (9_500_050, f"95{NNBSP}000,50{NBSP}€"),
        (123_456_708, f"1{NNBSP}234{NNBSP}567,08{NBSP}€"),
        (99_900, f"999{NBSP}€"),
        (100_000, f"1{NNBSP}000{NBSP}€"),
        (5, f"0,05{NBSP}€"),
        (0, f"0{NBSP}€"),
        (-150, f"-1,50{NBSP}€"),
        (-100_000_00, f"-100{NNBSP}000{NBSP}€"),
    ],
)
def test_format_euros_uses_french_typography(cents: int, shown: str) -> None:
    assert format_euros(cents) == shown
    assert GROUP_SEPARATOR == NNBSP and CURRENCY_SEPARATOR == NBSP


def test_format_euros_without_symbol_and_plain() -> None:
    assert format_euros(9_500_050, symbol=False) == f"95{NNBSP}000,50"
    # The plain form is what a form field shows for editing: ordinary spaces, no symbol.
    assert format_euros_plain(9_500_050) == "95 000,50"
    assert format_euros_plain(123_456_700) == "1 234 567"
    assert format_euros_plain(0) == "0"


def test_group_digits() -> None:
    assert group_digits(0) == "0"
    assert group_digits(999) == "999"
    assert group_digits(1000, " ") == "1 000"
    assert group_digits(-1234567, ".") == "-1.234.567"


@given(st.integers(min_value=0, max_value=MAX_CENTS - 1))
def test_plain_format_reads_back_to_the_same_cents(cents: int) -> None:
    assert parse_euros(format_euros_plain(cents)) == cents


@given(st.integers(min_value=0, max_value=MAX_CENTS - 1))
def test_shown_amount_reads_back_to_the_same_cents(cents: int) -> None:
    """A user copying an amount from the screen into a field gets the same amount."""
    assert parse_euros(format_euros(cents)) == cents
