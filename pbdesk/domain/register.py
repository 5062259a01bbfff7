"""The sign-in register (liste d'émargement): one vote per resident without a list of names.

A voter is recognised by a keyed hash of their normalized identity: HMAC-SHA256, with a
secret drawn once per campaign, of the last name, first names and birth date. The same
person typed on two laptops of the same campaign gives the same key, whatever the accents,
case, spaces, hyphens or apostrophes (``Jean-Pierre Éric`` = ``jean pierre eric`` =
``JEANPIERRE ERIC``), so registers merge and a second signature is found wherever it was
made. Without the secret the keys say nothing; with it, checking a guessed identity is one
hash — which is why the secret stays in the campaign's database, never in an export meant
for the public, and the keys are purged after the recourse period.

Only letters and digits of a name count: the order of first names does, and a swapped last
and first name is a different identity (the entry screen labels both fields clearly).
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
import secrets
import unicodedata
from datetime import date
from enum import StrEnum

from pbdesk.domain.errors import DomainError
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate

#: Letters NFKD leaves whole; they are written as a French keyboard would type them.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
)
#: Bumped if the normalization ever changes: keys of different versions never compare.
KEY_VERSION = "v1"


def normalize_name(text: str) -> str:
    """Lower-case letters and digits only, without accents: ``Jean-Pierre Éric`` →
    ``jeanpierreeric``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES)).casefold()
    return "".join(char for char in decomposed if char.isalnum())


def new_secret() -> str:
    """A fresh per-campaign secret (64 hex digits)."""
    return secrets.token_hex(32)


def key_id(secret: str) -> str:
    """A short public name of a secret: registers keyed with different secrets do not merge."""
    return hashlib.sha256(bytes.fromhex(secret)).hexdigest()[:16]


def identity_key(secret: str, last_name: str, first_name: str, birth_date: date) -> str:
    """The register key of a person (64 hex digits); ``DomainError`` if a name is empty."""
    last, first = normalize_name(last_name), normalize_name(first_name)
    if not last:
        raise DomainError(translate("Register", "Type the voter's last name."))
    if not first:
        raise DomainError(translate("Register", "Type the voter's first name."))
    message = "\x1f".join((KEY_VERSION, last, first, birth_date.isoformat()))
    return hmac.new(bytes.fromhex(secret), message.encode(), hashlib.sha256).hexdigest()


def age_on(birth_date: date, day: date) -> int:
    """Full years on ``day`` (someone born on 29 February is a year older on 1 March)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def check_birth_date(birth_date: date, day: date) -> int:
    """The age on ``day``, or ``DomainError`` for a date that cannot be a voter's birth."""
    age = age_on(birth_date, day)
    if birth_date > day or age > 120:
        raise DomainError(
            translate("Register", "{date} cannot be a voter's birth date.").format(
                date=birth_date.strftime("%d/%m/%Y")
            )
        )
    return age


class AgeBand(StrEnum):
    """The bands the register keeps after the purge (the same as meetings' head counts)."""

    UNDER_18 = "under_18"
    FROM_18_TO_29 = "18_29"
    FROM_30_TO_59 = "30_59"
    FROM_60 = "60_plus"

    @property
    def label(self) -> str:
        return translate("AgeBand", _BAND_LABELS[self])

    @classmethod
    def of(cls, age: int) -> AgeBand:
        if age < 18:
            return cls.UNDER_18
        if age < 30:
            return cls.FROM_18_TO_29
        if age < 60:
            return cls.FROM_30_TO_59
        return cls.FROM_60


_BAND_LABELS = {
    AgeBand.UNDER_18: QT_TRANSLATE_NOOP("AgeBand", "under 18"),
    AgeBand.FROM_18_TO_29: QT_TRANSLATE_NOOP("AgeBand", "18 to 29"),
    AgeBand.FROM_30_TO_59: QT_TRANSLATE_NOOP("AgeBand", "30 to 59"),
    AgeBand.FROM_60: QT_TRANSLATE_NOOP("AgeBand", "60 and over"),
}


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months``, on the last day of a shorter month (31 March + 1 → 30 April)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def one_year_after(day: date) -> date:
    """The one-year review's date (29 February → 28 February)."""
    return add_months(day, 12)
