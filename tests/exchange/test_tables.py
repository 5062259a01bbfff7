"""What travels is read from the schema: every table travels or is excluded by name, and a
table added by a later feature travels with no change to the exchange code."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table

from pbdesk.exchange.rules import CHOICES, PERSONAL_DATA, RENUMBERED, check_constraints
from pbdesk.exchange.tables import EXCLUDED, META, ROOT, build_layout, current_layout
from pbdesk.store.models import Base


def test_every_table_travels_or_is_excluded_by_name() -> None:
    layout = current_layout()
    assert set(layout.names) | (EXCLUDED & set(Base.metadata.tables)) == set(Base.metadata.tables)
    assert "exchange_state" not in layout.names
    assert layout.names[0] == ROOT


def test_campaign_tables_and_shared_tables() -> None:
    layout = current_layout()
    scoped = {spec.name for spec in layout.tables if spec.scoped}
    assert {
        "campaign",
        "territory",
        "phase_state",
        "checklist_item",
        "person",
        "meeting",
        "journal_entry",
        "stake",
        "application",
        "application_stake",
        "budget_line",
        "attachment",
        "status_change",
        "call",
        "criterion",
        "reviewer",
        "review_assignment",
        "review",
        "review_value",
    } <= scoped
    assert not layout["holder"].scoped
    assert [o.column for o in layout["review_value"].owners] == ["review_id", "criterion_id"]
    assert layout["attachment"].binary == ("content",)
    assert ("campaign_id", "number") in layout["application"].uniques
    # Parents before children.
    names = layout.names
    assert names.index("holder") < names.index("application") < names.index("budget_line")


def test_a_table_added_later_travels_without_changing_the_exchange_code() -> None:
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    Table(
        "milestone",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("uuid", String(36), unique=True),
        Column("created_at", Integer),
        Column("updated_at", Integer),
        Column("version", Integer),
        Column("application_id", ForeignKey("application.id"), nullable=False),
        Column("label", String(100)),
    )
    layout = build_layout(metadata)
    spec = layout["milestone"]
    assert spec.scoped
    assert [o.column for o in spec.owners] == ["application_id"]
    assert set(META) < set(spec.columns)
    assert spec.data_columns == ("application_id", "label")
    assert layout.names.index("application") < layout.names.index("milestone")


def test_a_table_that_cannot_travel_is_a_programming_error() -> None:
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    Table("scratch", metadata, Column("id", Integer, primary_key=True))
    with pytest.raises(RuntimeError, match="scratch"):
        build_layout(metadata)


def test_the_rules_name_real_columns() -> None:
    tables = Base.metadata.tables
    for (table, column), allowed in CHOICES.items():
        assert allowed
        if table == "*":
            assert any(column in t.columns for t in tables.values())
        else:
            assert column in tables[table].columns, (table, column)
    for entry in PERSONAL_DATA:
        if entry.table in tables:  # tables of features not merged yet are skipped
            for column in (*entry.columns, entry.only_when, entry.erased_when):
                assert column is None or column in tables[entry.table].columns, column
    for table, column in RENUMBERED:
        assert column in tables[table].columns


def test_check_constraints_are_read_from_the_schema() -> None:
    tables = Base.metadata.tables
    (amount,) = check_constraints(tables["budget_line"])
    assert not amount.holds({"amount_cents": -1}) and amount.holds({"amount_cents": 0})
    (phase,) = check_constraints(tables["checklist_item"])
    assert [phase.holds({"phase": p}) for p in (0, 1, 9, 10)] == [False, True, True, False]
    criterion = check_constraints(tables["criterion"])
    row = {"scale_min": 3, "scale_max": 3, "weight": 1}
    assert [check.holds(row) for check in criterion].count(False) == 1
