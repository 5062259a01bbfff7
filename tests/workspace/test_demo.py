"""The demo workspace: the seed's four editions, with their real envelopes, titles and holders."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pbdesk.domain.errors import ValidationError
from pbdesk.domain.phases import Phase
from pbdesk.store.database import Database
from pbdesk.store.models import Application, Campaign, Holder
from pbdesk.workspace.campaigns import get_frame, list_campaigns
from pbdesk.workspace.dashboard import dashboard
from pbdesk.workspace.demo import add_demo_workspace, demo_template, open_demo_copy

from .support import row_counts

#: What the seed document says, copied from it (``../shared/seeds/000_b38e322b19e5684c.txt``).
SEED_ENVELOPES = {
    "belle-de-mai-2019": 3_250_000,
    "pertuis-2020": 3_000_000,
    "air-bel-2021": 9_500_000,
    "les-flamands-le-mail-2022": 9_500_000,
}
SEED_PROJECTS = {
    "belle-de-mai-2019": {
        "Embellir le passage Léo Ferré": "Office Central de la Coopération à l'Ecole (OCCE)",
        "Un jardin ouvert sur son quartier par et pour les habitants": (
            "Association Les amis du jardin Levat"
        ),
        "Des mots en action": "Association Mot à mot",
        "Développement durable, économie d'énergie et biodiversité. Les actions des médiateur": (
            "Association Unis cité Méditerranée"
        ),
        "Action de prévention au décrochage scolaire": "Association Massabielle la Source",
    },
    "air-bel-2021": {
        "Le voyage d'Air Bel": "Association La jeunesse d'Air Bel",
        "Air BaBel": "Association les Muses Urbaines",
        "Le lien par les Fleurs": "Association Il fait bon vivre dans ma cité",
        "La conciergerie solidaire": "Association Amicale des locataires d'Air Bel",
        "Découverte des calanques et stages sportifs": "Association Kodokan ciotaden",
        "Air Bel en cour(t)s": "Association Polly Maggoo",
        "Petits dejeuners aux écoliers": "Association Bou'Sol Pain et Partage",
    },
    "les-flamands-le-mail-2022": {
        "Nature en ville": "Association Le Mail Propre",
        "Service entre nous": "Association Avec nous la fabrique des quartiers populaires",
        "convivialité pour tous": "Association Culturelle Educative et Sportive",
        "rencontrons nous": (
            "Association de Gestion et d'Animation de la Maison des Familles et des Associations"
        ),
        "La culture sans frontière": "CS Agora",
        "l'évasion par la mer": "Association Le Grand Bleu",
        "aujourd'hui, tout est permis, c'est moi qui conduit !!!": (
            "Association mobilité pour l'accès aux droits, à l'emploi et école de conduite pour "
            "l'insertion et la mobilité"
        ),
    },
}


def _same(text: str) -> str:
    """Titles compared as a reader would: typographic apostrophes and spacing do not matter."""
    return " ".join(text.replace("’", "'").split()).casefold()


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """The demo workspace, built once for this module's read-only checks on each database
    kind (building it on PostgreSQL takes a while)."""
    from conftest import open_test_database

    database = open_test_database(request.param, tmp_path_factory.mktemp("demo"))
    ids = add_demo_workspace(database)
    assert len(ids) == 4
    yield database
    database.close()


def slugs_to_ids(database: Database) -> dict[str, int]:
    return {summary.slug: summary.id for summary in list_campaigns(database)}


def test_the_four_editions_with_their_real_envelopes(demo: Database) -> None:
    summaries = {s.slug: s for s in list_campaigns(demo)}
    assert {slug: s.envelope_cents for slug, s in summaries.items()} == SEED_ENVELOPES
    assert {s.year for s in summaries.values()} == {2019, 2020, 2021, 2022}
    assert all(s.sample for s in summaries.values())


def test_pertuis_decided_without_a_vote(demo: Database) -> None:
    frame = get_frame(demo, slugs_to_ids(demo)["pertuis-2020"])
    assert frame.decision_mode == "designation"
    assert frame.vote_on is None
    assert frame.core_group_kind == "conseil_citoyen"
    assert frame.call_kind == "aas"  # "suite à l'appel à solution"
    for slug in ("belle-de-mai-2019", "air-bel-2021", "les-flamands-le-mail-2022"):
        assert get_frame(demo, slugs_to_ids(demo)[slug]).decision_mode == "vote"


def test_core_groups_are_the_seeds(demo: Database) -> None:
    ids = slugs_to_ids(demo)
    assert get_frame(demo, ids["belle-de-mai-2019"]).core_group_kind == "parents"
    assert get_frame(demo, ids["air-bel-2021"]).core_group_kind == "volunteers"
    assert get_frame(demo, ids["les-flamands-le-mail-2022"]).core_group_kind == "volunteers"


def test_flamands_and_mail_are_two_territories(demo: Database) -> None:
    frame = get_frame(demo, slugs_to_ids(demo)["les-flamands-le-mail-2022"])
    assert [_same(t.name) for t in frame.territories] == ["les flamands", "le mail"]
    for slug in ("belle-de-mai-2019", "pertuis-2020", "air-bel-2021"):
        assert len(get_frame(demo, slugs_to_ids(demo)[slug]).territories) == 1


def test_the_seeds_projects_are_applications_with_their_holders(demo: Database) -> None:
    ids = slugs_to_ids(demo)
    with demo.session() as session:
        rows = session.execute(
            select(Campaign.slug, Application.title, Holder.name)
            .join(Application, Application.campaign_id == Campaign.id)
            .join(Holder, Application.holder_id == Holder.id)
        ).all()
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for slug, title, holder in rows:
        found[slug][_same(title)] = _same(holder)
    for slug, projects in SEED_PROJECTS.items():
        expected = {_same(title): _same(holder) for title, holder in projects.items()}
        assert found[slug] == expected, slug
    pertuis = found["pertuis-2020"]
    assert len(pertuis) >= 1
    assert all("cpie" in holder for holder in pertuis.values())
    assert set(ids) == set(found)


def test_every_demo_record_is_flagged_as_sample(demo: Database) -> None:
    with demo.session() as session:
        assert session.scalars(select(Campaign.is_sample)).all() == [True] * 4
        assert set(session.scalars(select(Holder.is_sample))) == {True}


def test_funded_amounts_fit_in_each_envelope(demo: Database) -> None:
    with demo.session() as session:
        rows = session.execute(
            select(Campaign.slug, Campaign.envelope_cents, func.sum(Application.requested_cents))
            .join(Application, Application.campaign_id == Campaign.id)
            .where(Application.status == "funded")
            .group_by(Campaign.slug, Campaign.envelope_cents)
        ).all()
        amounts = session.scalars(select(Application.requested_cents)).all()
    assert {slug for slug, _, _ in rows} == set(SEED_ENVELOPES)
    for slug, envelope, funded in rows:
        assert 0 < funded <= envelope, slug
    assert all(isinstance(cents, int) and cents > 0 for cents in amounts)


def test_holders_are_shared_not_duplicated(demo: Database) -> None:
    with demo.session() as session:
        names = session.scalars(select(Holder.name)).all()
    assert len(names) == len(set(names))


def test_demo_campaigns_are_far_along(demo: Database) -> None:
    """Past editions: their phases were lived, with checklists, people and meetings."""
    for slug, campaign_id in slugs_to_ids(demo).items():
        view = dashboard(demo, campaign_id)
        assert view.campaign.phase is Phase.FOLLOW_UP, slug
        assert sum(p.done for p in view.progress) > 0, slug
        assert view.counts["applications"] >= 1, slug


def test_adding_the_demo_twice_fails_whole(demo: Database) -> None:
    before = row_counts(demo)
    with pytest.raises(ValidationError):
        add_demo_workspace(demo)
    assert row_counts(demo) == before


def test_demo_template_is_built_once_and_copies_are_throw_away(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    template = demo_template(cache)
    assert template.exists()
    stamp = template.stat().st_mtime_ns
    assert demo_template(cache) == template
    assert template.stat().st_mtime_ns == stamp  # reused, not rebuilt
    template_bytes = template.read_bytes()

    copy = open_demo_copy(cache, tmp_path / "work")
    try:
        assert copy.path is not None and copy.path != template
        assert {s.slug for s in list_campaigns(copy)} == set(SEED_ENVELOPES)
        with copy.session() as session:
            session.execute(Campaign.__table__.delete())
        assert list_campaigns(copy) == []
    finally:
        copy.close()
    assert template.read_bytes() == template_bytes  # the template never changes
    fresh = open_demo_copy(cache, tmp_path / "work")
    try:
        assert len(list_campaigns(fresh)) == 4  # a new copy starts from the template again
    finally:
        fresh.close()
