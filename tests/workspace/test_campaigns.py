"""Creating campaigns, editing their frame, finding and deleting them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from pbdesk.domain.campaign import CallKind, CoreGroupKind, DecisionMode, TerritoryInput
from pbdesk.domain.errors import ValidationError
from pbdesk.domain.phases import Phase, PhaseStatus
from pbdesk.store.database import Database
from pbdesk.store.models import (
    Application,
    Base,
    Campaign,
    ChecklistItem,
    Holder,
    JournalEntry,
    PhaseState,
)
from pbdesk.workspace import journal
from pbdesk.workspace.campaigns import (
    CampaignNotFound,
    ConcurrentEdit,
    create_campaign,
    delete_campaign,
    find_campaign,
    get_frame,
    get_summary,
    list_campaigns,
    save_frame,
)
from pbdesk.workspace.catalogue import load_catalogue
from pbdesk.workspace.views import FrameView

from .support import AUTHOR, make_frame, row_counts


def input_from(view: FrameView, **changes: object):  # type: ignore[no-untyped-def]
    """The form as a user would see it filled from ``view``, with ``changes`` typed in."""
    from pbdesk.domain.money import format_euros_plain

    data = make_frame(
        name=view.name,
        year=view.year,
        slug=view.slug,
        envelope=format_euros_plain(view.envelope_cents),
        territories=[
            TerritoryInput(t.name, t.postcode, t.commune, t.qpv_code, t.uuid)
            for t in view.territories
        ],
        theme=view.theme,
        aims=view.aims,
        call_kind=CallKind(view.call_kind),
        core_group_kind=CoreGroupKind(view.core_group_kind),
        decision_mode=DecisionMode(view.decision_mode),
        starts_on=view.starts_on,
        ends_on=view.ends_on,
        vote_on=view.vote_on,
    )
    return replace(data, **changes)


# --- creating ---------------------------------------------------------------------------------


def test_create_campaign_stores_the_frame(any_database: Database) -> None:
    campaign_id = create_campaign(
        any_database,
        make_frame(envelope="95 000,50", theme=" Écologie ", call_kind=CallKind.AAS),
        AUTHOR,
    )
    view = get_frame(any_database, campaign_id)
    assert view.name == "Quartier Test 2026"
    assert view.slug == "quartier-test-2026"
    assert view.envelope_cents == 9_500_050
    assert view.theme == "Écologie"
    assert view.call_kind == "aas"
    assert view.decision_mode == "vote"
    assert view.vote_on == date(2026, 6, 13)
    assert [t.name for t in view.territories] == ["Le Quartier"]
    assert view.territories[0].postcode == "13015"
    assert view.version == 1
    assert view.is_sample is False


def test_create_campaign_copies_the_catalogue_phase_by_phase(any_database: Database) -> None:
    campaign_id = create_campaign(any_database, make_frame(), AUTHOR)
    catalogue = load_catalogue()
    with any_database.session() as session:
        items = session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.campaign_id == campaign_id)
            .order_by(ChecklistItem.phase, ChecklistItem.position)
        ).all()
        states = session.scalars(
            select(PhaseState).where(PhaseState.campaign_id == campaign_id)
        ).all()
    assert [(i.phase, i.catalogue_key, i.label) for i in items] == [
        (int(c.phase), c.key, c.label) for c in sorted(catalogue, key=lambda c: c.phase)
    ]
    for phase in Phase:
        positions = [i.position for i in items if i.phase == phase]
        assert positions == list(range(len(positions))), phase
        assert positions, f"phase {phase} has no checklist"
    assert all(not i.done and i.done_on is None for i in items)
    assert sorted(s.phase for s in states) == list(range(1, 10))
    assert {s.status for s in states} == {"upcoming"}
    # The catalogue is French in a French session.
    assert any("habitants" in item.label for item in items)


def test_each_campaign_owns_its_copy_of_the_checklist(any_database: Database) -> None:
    from pbdesk.workspace.phases import set_done, update_item

    first = create_campaign(any_database, make_frame(), AUTHOR)
    second = create_campaign(any_database, make_frame(slug="autre-2026", name="Autre"), AUTHOR)
    with any_database.session() as session:
        item_id = session.scalars(
            select(ChecklistItem.id).where(ChecklistItem.campaign_id == first).limit(1)
        ).one()
    from pbdesk.workspace.phases import ItemInput

    update_item(any_database, item_id, ItemInput(label="Libellé propre à la campagne"))
    set_done(any_database, item_id, True, AUTHOR)
    with any_database.session() as session:
        others = session.scalars(
            select(ChecklistItem).where(ChecklistItem.campaign_id == second)
        ).all()
    assert all(not item.done for item in others)
    assert "Libellé propre à la campagne" not in {item.label for item in others}
    assert len(others) == len(load_catalogue())


def test_create_campaign_is_journaled(any_database: Database) -> None:
    campaign_id = create_campaign(any_database, make_frame(), AUTHOR)
    lines = journal.entries(any_database, campaign_id)
    assert [line.action for line in lines] == ["campaign.create"]
    assert lines[0].author == AUTHOR
    assert "Quartier Test 2026" in lines[0].summary
    assert "40\u202f000" in lines[0].summary
    assert lines[0].at.tzinfo is not None


def test_an_invalid_frame_creates_nothing(any_database: Database) -> None:
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        create_campaign(any_database, make_frame(envelope="beaucoup", slug="Pas Bon"), AUTHOR)
    assert set(caught.value.errors) == {"envelope", "slug"}
    assert row_counts(any_database) == before


def test_a_duplicate_slug_creates_nothing(any_database: Database) -> None:
    create_campaign(any_database, make_frame(), AUTHOR)
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        create_campaign(any_database, make_frame(name="Une autre"), AUTHOR)
    assert set(caught.value.errors) == {"slug"}
    assert "quartier-test-2026" in caught.value.errors["slug"]
    assert row_counts(any_database) == before


def test_a_sample_campaign_is_flagged(any_database: Database) -> None:
    campaign_id = create_campaign(any_database, make_frame(), AUTHOR, sample=True)
    assert get_summary(any_database, campaign_id).sample is True
    assert get_frame(any_database, campaign_id).is_sample is True


# --- listing and finding ----------------------------------------------------------------------


def test_list_campaigns_newest_year_first_then_by_name(any_database: Database) -> None:
    create_campaign(
        any_database,
        make_frame(
            name="Belle de Mai", slug="bdm", year=2019, starts_on=None, ends_on=None, vote_on=None
        ),
        AUTHOR,
    )
    create_campaign(
        any_database,
        make_frame(name="Zèbre", slug="z", year=2022, starts_on=None, ends_on=None, vote_on=None),
        AUTHOR,
    )
    create_campaign(
        any_database,
        make_frame(
            name="Air Bel", slug="ab", year=2022, starts_on=None, ends_on=None, vote_on=None
        ),
        AUTHOR,
    )
    summaries = list_campaigns(any_database)
    assert [s.slug for s in summaries] == ["ab", "z", "bdm"]
    assert all(s.phase is Phase.PREPARATION for s in summaries)


def test_list_campaigns_of_an_empty_workspace(any_database: Database) -> None:
    assert list_campaigns(any_database) == []


def test_summary_json_has_the_contract_keys(any_database: Database, campaign: int) -> None:
    document = get_summary(any_database, campaign).as_json()
    assert {"id", "slug", "name", "year", "envelope_cents", "decision_mode", "phase", "sample"} <= (
        set(document)
    )
    assert document["id"] == campaign
    assert document["envelope_cents"] == 4_000_000
    assert document["phase"] == 1
    assert document["sample"] is False
    assert document["decision_mode"] == "vote"


def test_find_campaign_by_id_or_slug(any_database: Database, campaign: int) -> None:
    assert find_campaign(any_database, str(campaign)).id == campaign
    assert find_campaign(any_database, "quartier-test-2026").id == campaign
    assert find_campaign(any_database, " quartier-test-2026 ").id == campaign
    for reference in ("nowhere-2026", "999999", ""):
        with pytest.raises(CampaignNotFound) as caught:
            find_campaign(any_database, reference)
        assert reference in caught.value.message


def test_a_numeric_slug_is_found_when_no_id_matches(any_database: Database) -> None:
    campaign_id = create_campaign(any_database, make_frame(slug="2026"), AUTHOR)
    assert campaign_id != 2026
    assert find_campaign(any_database, "2026").id == campaign_id


def test_missing_campaign_is_reported(any_database: Database) -> None:
    with pytest.raises(CampaignNotFound):
        get_frame(any_database, 424242)
    with pytest.raises(CampaignNotFound):
        delete_campaign(any_database, 424242)


# --- saving the frame -------------------------------------------------------------------------


def test_save_frame_stores_and_journals_what_changed(any_database: Database, campaign: int) -> None:
    view = get_frame(any_database, campaign)
    saved = save_frame(
        any_database,
        campaign,
        input_from(view, envelope="45 000", theme="Jeunesse"),
        "Bruno",
        version=view.version,
    )
    assert saved.envelope_cents == 4_500_000
    assert saved.theme == "Jeunesse"
    assert saved.version == view.version + 1
    assert saved.uuid == view.uuid
    line = journal.entries(any_database, campaign)[0]
    assert line.action == "frame.update"
    assert line.author == "Bruno"
    assert "enveloppe" in line.summary  # said in French
    with any_database.session() as session:
        entry = session.scalars(
            select(JournalEntry).where(JournalEntry.action == "frame.update")
        ).one()
        assert entry.details["envelope_cents"] == [4_000_000, 4_500_000]
        assert sorted(entry.details["fields"]) == ["envelope", "theme"]


def test_saving_an_unchanged_frame_writes_no_journal_line(
    any_database: Database, campaign: int
) -> None:
    view = get_frame(any_database, campaign)
    before = journal.entries(any_database, campaign)
    saved = save_frame(any_database, campaign, input_from(view), AUTHOR, version=view.version)
    assert journal.entries(any_database, campaign) == before
    assert saved.version == view.version


def test_save_frame_refuses_a_duplicate_slug_and_writes_nothing(
    any_database: Database, campaign: int
) -> None:
    create_campaign(any_database, make_frame(slug="deja-pris", name="Déjà"), AUTHOR)
    view = get_frame(any_database, campaign)
    before = row_counts(any_database)
    with pytest.raises(ValidationError) as caught:
        save_frame(
            any_database,
            campaign,
            input_from(view, slug="deja-pris", envelope="1 000", name="Nouveau nom"),
            AUTHOR,
            version=view.version,
        )
    assert set(caught.value.errors) == {"slug"}
    assert get_frame(any_database, campaign) == view
    assert row_counts(any_database) == before


def test_save_frame_refuses_a_stale_version_and_writes_nothing(
    any_database: Database, campaign: int
) -> None:
    """Two agents opened the same frame; the second to save must not overwrite the first."""
    form_of_agent_a = get_frame(any_database, campaign)
    form_of_agent_b = get_frame(any_database, campaign)
    saved_by_a = save_frame(
        any_database,
        campaign,
        input_from(form_of_agent_a, envelope="50 000"),
        "A",
        version=form_of_agent_a.version,
    )
    before = row_counts(any_database)
    with pytest.raises(ConcurrentEdit) as caught:
        save_frame(
            any_database,
            campaign,
            input_from(form_of_agent_b, envelope="60 000", name="Écrasé ?"),
            "B",
            version=form_of_agent_b.version,
        )
    assert caught.value.message
    assert get_frame(any_database, campaign) == saved_by_a
    assert row_counts(any_database) == before


def test_save_frame_with_invalid_values_writes_nothing(
    any_database: Database, campaign: int
) -> None:
    view = get_frame(any_database, campaign)
    before = row_counts(any_database)
    with pytest.raises(ValidationError):
        save_frame(
            any_database,
            campaign,
            input_from(view, name="Nouveau", territories=[]),
            AUTHOR,
            version=view.version,
        )
    assert get_frame(any_database, campaign) == view
    assert row_counts(any_database) == before


def test_territories_added_removed_and_reordered_keep_their_uuids(
    any_database: Database, campaign: int
) -> None:
    view = get_frame(any_database, campaign)
    original = view.territories[0]
    two = save_frame(
        any_database,
        campaign,
        input_from(
            view,
            territories=[
                TerritoryInput(original.name, original.postcode, uuid=original.uuid),
                TerritoryInput("Le Mail", "13014", qpv_code="QN01304X"),
                TerritoryInput("Les Flamands", "13014"),
            ],
        ),
        AUTHOR,
        version=view.version,
    )
    assert [t.name for t in two.territories] == ["Le Quartier", "Le Mail", "Les Flamands"]
    assert two.territories[0].uuid == original.uuid
    assert two.territories[0].id == original.id
    mail, flamands = two.territories[1], two.territories[2]
    assert len({t.uuid for t in two.territories}) == 3

    # Reorder, rename one, drop the first.
    reordered = save_frame(
        any_database,
        campaign,
        input_from(
            two,
            territories=[
                TerritoryInput("Les Flamands (Nord)", "13014", uuid=flamands.uuid),
                TerritoryInput("Le Mail", "13014", qpv_code="QN01304X", uuid=mail.uuid),
            ],
        ),
        AUTHOR,
        version=two.version,
    )
    assert [(t.name, t.uuid) for t in reordered.territories] == [
        ("Les Flamands (Nord)", flamands.uuid),
        ("Le Mail", mail.uuid),
    ]
    assert [t.id for t in reordered.territories] == [flamands.id, mail.id]
    with any_database.session() as session:
        from pbdesk.store.models import Territory

        remaining = session.scalars(
            select(Territory.uuid).where(Territory.campaign_id == campaign)
        ).all()
    assert sorted(remaining) == sorted([flamands.uuid, mail.uuid])
    assert "territoires" in journal.entries(any_database, campaign)[0].summary


def test_an_unknown_territory_uuid_makes_a_new_territory(
    any_database: Database, campaign: int
) -> None:
    view = get_frame(any_database, campaign)
    saved = save_frame(
        any_database,
        campaign,
        input_from(view, territories=[TerritoryInput("Ailleurs", uuid="not-one-of-ours")]),
        AUTHOR,
        version=view.version,
    )
    assert saved.territories[0].uuid not in ("not-one-of-ours", view.territories[0].uuid)


# --- deleting ---------------------------------------------------------------------------------


def test_delete_campaign_removes_everything_in_it(any_database: Database) -> None:
    from pbdesk.domain.people import MeetingInput, MeetingKind, PersonInput, Role
    from pbdesk.workspace.meetings import save_meeting
    from pbdesk.workspace.team import save_person

    doomed = create_campaign(any_database, make_frame(), AUTHOR)
    kept = create_campaign(any_database, make_frame(slug="kept-2026", name="Gardée"), AUTHOR)
    for campaign_id in (doomed, kept):
        save_person(any_database, campaign_id, PersonInput("Nadia", Role.SERVICE))
        save_meeting(
            any_database,
            campaign_id,
            MeetingInput(date(2026, 3, 1), MeetingKind.STAND, Phase.OUTREACH, participants=12),
        )
    with any_database.session() as session:
        holder = Holder(name="Association Mot à mot")
        session.add(holder)
        session.flush()
        for campaign_id in (doomed, kept):
            session.add(Application(campaign_id=campaign_id, number=1, title="X", holder=holder))
    kept_counts = _counts_for(any_database, kept)

    delete_campaign(any_database, doomed)

    assert _counts_for(any_database, doomed) == dict.fromkeys(kept_counts, 0)
    assert _counts_for(any_database, kept) == kept_counts
    with any_database.session() as session:
        # Holders are shared between campaigns: they stay.
        assert session.scalar(select(func.count()).select_from(Holder)) == 1
    assert [s.id for s in list_campaigns(any_database)] == [kept]


def _counts_for(database: Database, campaign_id: int) -> dict[str, int]:
    counts = {}
    with database.session() as session:
        for name, table in Base.metadata.tables.items():
            if "campaign_id" in table.c:
                counts[name] = session.scalar(
                    select(func.count())
                    .select_from(table)
                    .where(table.c.campaign_id == campaign_id)
                )
        counts["campaign"] = session.scalar(
            select(func.count()).select_from(Campaign).where(Campaign.id == campaign_id)
        )
    assert set(counts) >= {
        "territory",
        "phase_state",
        "checklist_item",
        "person",
        "meeting",
        "journal_entry",
        "application",
    }
    return counts


def test_phase_status_is_part_of_the_summary(any_database: Database, campaign: int) -> None:
    from pbdesk.workspace.phases import set_status

    set_status(any_database, campaign, Phase.PREPARATION, PhaseStatus.DONE, AUTHOR)
    assert get_summary(any_database, campaign).phase is Phase.OUTREACH
    set_status(any_database, campaign, Phase.CORE_GROUP, PhaseStatus.IN_PROGRESS, AUTHOR)
    assert get_summary(any_database, campaign).phase is Phase.CORE_GROUP
    assert [s.phase for s in list_campaigns(any_database)] == [Phase.CORE_GROUP]
