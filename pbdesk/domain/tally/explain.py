"""The plain sentences a result gives per project, and amounts written the French way.

Campaign amounts are euro cents and are shown as ``12 000 €``; pabulib amounts are whole
units of an arbitrary currency and are shown as grouped numbers with the file's currency
code (``12 000 PLN``).
"""

from __future__ import annotations

from fractions import Fraction

from pbdesk.domain.money import CURRENCY_SEPARATOR, format_euros, group_digits
from pbdesk.domain.tally.election import Election
from pbdesk.i18n import translate


def format_amount(amount: int | Fraction, election: Election) -> str:
    """An amount of the election's unit, rounded to the nearest hundredth of the currency."""
    if election.is_euro_cents:
        return format_euros(round(amount))
    hundredths = round(Fraction(amount) * 100 / election.unit_scale)
    whole, rest = divmod(abs(hundredths), 100)
    text = ("-" if hundredths < 0 else "") + group_digits(whole)
    if rest:
        text += f",{rest:02d}"
    symbol = "€" if election.currency == "EUR" else election.currency
    return text + (CURRENCY_SEPARATOR + symbol if symbol else "")


def format_count(count: int) -> str:
    return group_digits(count)


def _support(votes: int, score: int, scored: bool) -> str:
    if scored:
        if score == 1:
            return translate("Tally", "1 point")
        return translate("Tally", "{score} points").format(score=format_count(score))
    if votes == 1:
        return translate("Tally", "1 vote")
    return translate("Tally", "{votes} votes").format(votes=format_count(votes))


def funded_in_order(votes: int, score: int, scored: bool, rank: int, left: str) -> str:
    return translate("Tally", "funded: {support}, rank {rank}; {left} left").format(
        support=_support(votes, score, scored), rank=rank, left=left
    )


def not_funded_too_dear(cost: str, left: str) -> str:
    return translate("Tally", "not funded: {cost} requested, only {left} left").format(
        cost=cost, left=left
    )


def not_funded_stopped(stopper: str) -> str:
    return translate(
        "Tally", "not funded: the count stopped at project «{stopper}», which did not fit"
    ).format(stopper=stopper)


def not_funded_below_threshold(votes: int, score: int, scored: bool, threshold: str) -> str:
    return translate("Tally", "not funded: {support}, below the threshold of {threshold}").format(
        support=_support(votes, score, scored), threshold=threshold
    )


def not_funded_no_vote() -> str:
    return translate("Tally", "not funded: nobody voted for it")


def funded_by_equal_shares(round_number: int, payers: int, price: str, left: str) -> str:
    if payers == 1:
        return translate(
            "Tally", "funded in round {round}: its only supporter paid {price}; {left} left"
        ).format(round=round_number, price=price, left=left)
    return translate(
        "Tally",
        "funded in round {round}: its {payers} supporters shared the cost, "
        "{price} at most each; {left} left",
    ).format(round=round_number, payers=format_count(payers), price=price, left=left)


def funded_at_no_cost() -> str:
    return translate("Tally", "funded: it costs nothing")


def not_funded_by_equal_shares(supporters: int, available: str, cost: str) -> str:
    return translate(
        "Tally",
        "not funded: its supporters ({supporters}) had only {available} left "
        "of their shares for {cost}",
    ).format(supporters=format_count(supporters), available=available, cost=cost)


def funded_by_completion(votes: int, score: int, scored: bool, left: str) -> str:
    return translate("Tally", "funded by the greedy completion: {support}; {left} left").format(
        support=_support(votes, score, scored), left=left
    )
