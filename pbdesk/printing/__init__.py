"""Print packs (PDF, reportlab): ballots, posters, booklet, sign-in sheets, PV, results…

Every kind is a module with ``build(database, campaign_id, target, options, progress=None)``
returning the page count (see ``pbdesk.printing.base``). ``KINDS`` maps the kind's name to its
module path; ``load_kind`` imports it only when asked, so importing this package costs
nothing and a kind whose module is not there yet gives a clear error instead of a crash.

The package knows no Qt: the command line, the app and the tests share it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

KINDS: dict[str, str] = {
    "ballots": "pbdesk.printing.ballots",
    "posters": "pbdesk.printing.posters",
    "booklet": "pbdesk.printing.booklet",
    "signin": "pbdesk.printing.signin",
    "pv": "pbdesk.printing.pv",
    "results": "pbdesk.printing.results",
    "followup": "pbdesk.printing.followup",
    "report": "pbdesk.printing.report",
}


class KindUnavailable(LookupError):
    """The kind is unknown, or its module is not part of this version of pbdesk yet."""


def load_kind(kind: str) -> ModuleType:
    """The module that builds ``kind``; ``KindUnavailable`` (French message) when there is none."""
    from pbdesk.i18n import translate

    path = KINDS.get(kind)
    if path is None:
        raise KindUnavailable(
            translate(
                "Printing", "«{kind}» is not a printed piece; choose one of: {kinds}."
            ).format(kind=kind, kinds=", ".join(KINDS))
        )
    try:
        module = importlib.import_module(path)
    except ModuleNotFoundError as error:
        if error.name != path:  # a real missing dependency inside the module: not ours to hide
            raise
        raise KindUnavailable(
            translate("Printing", "Printing «{kind}» is not available in this version yet.").format(
                kind=kind
            )
        ) from error
    if not hasattr(module, "build"):
        raise KindUnavailable(
            translate("Printing", "Printing «{kind}» is not available in this version yet.").format(
                kind=kind
            )
        )
    return module
