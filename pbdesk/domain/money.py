"""Amounts of money: typed the French way, stored in integer euro cents, shown as ``95 000 €``."""

from __future__ import annotations

import re

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import translate

#: French typography: a narrow no-break space between groups of digits, a no-break space
#: before the currency sign.
GROUP_SEPARATOR = "\u202f"
CURRENCY_SEPARATOR = "\u00a0"

#: A generous ceiling (10 billion euros) that still keeps every amount far inside 64 bits.
MAX_CENTS = 10**12

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_GROUPED_DOTS = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]{1,2})?$")


def parse_euros(text: str, *, allow_zero: bool = True) -> int:
    """Read an amount typed by a person (``95 000``, ``95000,50``, ``95.000 €``) into cents.

    Raises ``DomainError`` with a French sentence when the text is not an amount.
    """
    raw = text.strip()
    cleaned = _SPACES.sub("", raw.replace("€", "").replace("EUR", "").replace("eur", ""))
    if not cleaned:
        raise DomainError(translate("Money", "Enter an amount in euros, for example 95 000."))
    if cleaned.startswith("-"):
        raise DomainError(translate("Money", "The amount «{text}» is negative.").format(text=raw))
    if _GROUPED_DOTS.match(cleaned):  # 95.000 or 1.234,56: dots group thousands
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    match = re.fullmatch(r"([0-9]+)(?:\.([0-9]{1,2}))?", cleaned)
    if match is None:
        raise DomainError(
            translate("Money", "«{text}» is not an amount in euros (at most two decimals).").format(
                text=raw
            )
        )
    cents = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if cents >= MAX_CENTS:
        raise DomainError(translate("Money", "The amount «{text}» is too large.").format(text=raw))
    if cents == 0 and not allow_zero:
        raise DomainError(translate("Money", "The amount must be greater than zero."))
    return cents


def group_digits(number: int, separator: str = GROUP_SEPARATOR) -> str:
    digits = str(abs(number))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    sign = "-" if number < 0 else ""
    return sign + separator.join(reversed(groups))


def format_euros(cents: int, *, symbol: bool = True) -> str:
    """``9500000`` → ``95 000 €``; cents are shown only when there are some (``95 000,50 €``)."""
    euros, rest = divmod(abs(cents), 100)
    text = group_digits(euros)
    if rest:
        text += f",{rest:02d}"
    if cents < 0:
        text = "-" + text
    return text + (CURRENCY_SEPARATOR + "€" if symbol else "")


def format_euros_plain(cents: int) -> str:
    """The amount as one would type it back (``95 000,50``), for editing in a form."""
    return format_euros(cents, symbol=False).replace(GROUP_SEPARATOR, " ")
