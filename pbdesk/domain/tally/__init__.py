"""The count: allocation rules on an election and its ballots, deterministic and exact.

``tally(election, profile, rule)`` returns a ``TallyResult``: the funded projects in
selection order, their total cost, and per project its votes, score and a plain sentence
saying why it is funded or not; for Equal Shares, the rounds (price per voter, what was
left); for the add1 completion, the budget per voter it kept (``add1`` explains what it does
when every project fits). Rules are named as ``pbdesk tally --rule`` names them
(``../shared/data/pabulib/README.md`` defines them); outcomes are pabutools 1.2.3's with the
``id`` tie rule. Pure Python: no Qt, no SQL, no files.
"""

from pbdesk.domain.tally.count import tally
from pbdesk.domain.tally.election import (
    Ballot,
    Election,
    Profile,
    ProfileBuilder,
    Project,
    VoteType,
)
from pbdesk.domain.tally.result import (
    Add1Summary,
    MesRound,
    ProjectResult,
    Rule,
    TallyResult,
    Threshold,
)
from pbdesk.domain.tally.ties import Draw, TieBreak, TieError, lot_number

__all__ = [
    "Add1Summary",
    "Ballot",
    "Draw",
    "Election",
    "MesRound",
    "Profile",
    "ProfileBuilder",
    "Project",
    "ProjectResult",
    "Rule",
    "TallyResult",
    "Threshold",
    "TieBreak",
    "TieError",
    "VoteType",
    "lot_number",
    "tally",
]
