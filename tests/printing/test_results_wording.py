"""The results PDF says what each figure counts: sign-ins on the poster, the funded projects
grouped by territory when each has its own envelope, the rounds of Equal Shares with the
completion's raised shares explained, and gaps with a true minus sign."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pbdesk.domain.money import format_euros
from pbdesk.i18n import translate
from pbdesk.printing import load_kind
from pbdesk.printing.base import PrintOptions
from pbdesk.printing.pv import count
from pbdesk.store.database import Database
from pbdesk.workspace.campaigns import list_campaigns
from pbdesk.workspace.print_vote_day import published_results
from pbdesk.workspace.vote_results import published_result


def _id(database: Database, slug: str) -> int:
    return next(c.id for c in list_campaigns(database) if c.slug == slug)


def flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def pages(database: Database, campaign_id: int, path: Path, *, layout: bool = False) -> list[str]:
    load_kind("results").build(database, campaign_id, path, PrintOptions(paper="A4"))
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return [flat(page) for page in text.split("\f") if page.strip()]


def test_the_poster_groups_the_funded_projects_by_envelope(
    demo_database: Database, tmp_path: Path
) -> None:
    campaign_id = _id(demo_database, "les-flamands-le-mail-2022")
    result = published_result(demo_database, campaign_id)
    assert result is not None and len(result.parts) == 2
    poster = pages(demo_database, campaign_id, tmp_path / "resultats.pdf", layout=True)[0]
    # The first words of each title (a long title wraps on the poster).
    titles = {p.code: " ".join(flat(p.title).split()[:2]) for p in result.projects}
    where = 0
    for part in result.parts:
        head = flat(
            translate("PrintResults", "{territory} — envelope {envelope}, {used} funded").format(
                territory=part.territory_name,
                envelope=format_euros(part.budget_cents),
                used=format_euros(part.total_cost_cents),
            )
        )
        found = poster.index(head, where)
        assert found >= where
        where = found + len(head)
        for code in part.selected_codes:  # in funding order, under their envelope
            found = poster.index(titles[code], where)
            where = found + len(titles[code])
    # The big turnout figure is the sign-ins, and says so.
    data = published_results(demo_database, campaign_id)
    caption = flat(translate("PrintResults", "voters (sign-ins)"))
    assert caption in poster and flat(count(data.signatures)) in poster
    assert flat(translate("PrintResults", "voters")) + " " not in poster.replace(caption, "")


def test_the_rounds_explain_who_shares_and_the_raised_shares(
    demo_database: Database, tmp_path: Path
) -> None:
    campaign_id = _id(demo_database, "les-flamands-le-mail-2022")
    result = published_result(demo_database, campaign_id)
    assert result is not None
    report = " ".join(pages(demo_database, campaign_id, tmp_path / "resultats.pdf")[1:])
    for part in result.parts:
        sharing = translate(
            "PrintResults",
            "{voters} ballots chose at least one project of this territory: these voters "
            "share its envelope of {budget}, {share} each.",
        ).format(
            voters=count(part.voters),
            budget=format_euros(part.budget_cents),
            share=format_euros(round(part.budget_cents / part.voters)),
        )
        assert flat(sharing) in report
        assert part.add1 and flat(part.add1) in report
        assert "add1" in part.add1 and not part.add1[0].islower()
    note = translate(
        "PrintResults",
        "The rounds below are counted with these raised shares: «Shares left» is what the "
        "voters still hold of them, not euros left in the envelope.",
    )
    assert flat(note) in report
    assert flat(translate("PrintResults", "Shares left")) in report


def test_a_negative_gap_has_a_minus_sign(demo_database: Database, tmp_path: Path) -> None:
    campaign_id = _id(demo_database, "air-bel-2021")
    data = published_results(demo_database, campaign_id)
    assert any(s.gap < 0 for s in data.stations)
    text = " ".join(pages(demo_database, campaign_id, tmp_path / "resultats.pdf"))
    assert "\N{MINUS SIGN}1" in text
    assert " -1" not in text
    # One envelope: no territory titles on the poster.
    head = translate("PrintResults", "{territory} — envelope {envelope}, {used} funded")
    between = flat(head.split("{territory}")[1].split("{envelope}")[0])
    assert between and between not in text
