"""the vote: settings, stations, codes, sign-in register, ballots, counts, results

Revision ID: 0003_vote
Revises: 0002_review
Create Date: 2026-11-29 19:33:51.496773
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_vote"
down_revision = "0002_review"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "tie_draw",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("witnesses", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("seed >= 0", name=op.f("ck_tie_draw_seed_not_negative")),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_tie_draw_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tie_draw")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tie_draw_uuid")),
    )
    with op.batch_alter_table("tie_draw", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tie_draw_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "vote",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("ballot_kind", sa.String(length=16), nullable=False),
        sa.Column("min_choices", sa.Integer(), nullable=False),
        sa.Column("max_choices", sa.Integer(), nullable=True),
        sa.Column("points_total", sa.Integer(), nullable=True),
        sa.Column("points_per_project", sa.Integer(), nullable=True),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("residence_rule", sa.String(length=16), nullable=False),
        sa.Column("proxies_allowed", sa.Boolean(), nullable=False),
        sa.Column("max_proxies", sa.Integer(), nullable=False),
        sa.Column("envelopes_per_territory", sa.Boolean(), nullable=False),
        sa.Column("at_least_one_per_territory", sa.Boolean(), nullable=False),
        sa.Column("rule", sa.String(length=24), nullable=False),
        sa.Column("threshold_percent", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("tie_break", sa.String(length=8), nullable=False),
        sa.Column("double_entry", sa.Boolean(), nullable=False),
        sa.Column("recourse_months", sa.Integer(), nullable=False),
        sa.Column("register_secret", sa.String(length=64), nullable=False),
        sa.Column("register_keeps_names", sa.Boolean(), nullable=False),
        sa.Column("frozen", sa.Boolean(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("register_purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_vote_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
        sa.UniqueConstraint("campaign_id", name=op.f("uq_vote_campaign_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_vote_uuid")),
    )
    op.create_table(
        "polling_station",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("territory_id", sa.Integer(), nullable=True),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_polling_station_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_polling_station_territory_id_territory"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_polling_station")),
        sa.UniqueConstraint("uuid", name=op.f("uq_polling_station_uuid")),
    )
    with op.batch_alter_table("polling_station", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_polling_station_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_polling_station_territory_id"), ["territory_id"], unique=False
        )

    op.create_table(
        "territory_envelope",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("territory_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "amount_cents >= 0", name=op.f("ck_territory_envelope_amount_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_territory_envelope_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_territory_envelope_territory_id_territory"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory_envelope")),
        sa.UniqueConstraint(
            "campaign_id",
            "territory_id",
            name=op.f("uq_territory_envelope_campaign_id_territory_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_territory_envelope_uuid")),
    )
    with op.batch_alter_table("territory_envelope", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_territory_envelope_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_territory_envelope_territory_id"), ["territory_id"], unique=False
        )

    op.create_table(
        "vote_result",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.String(length=24), nullable=False),
        sa.Column("tie_break", sa.String(length=8), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("valid", sa.Integer(), nullable=False),
        sa.Column("blank", sa.Integer(), nullable=False),
        sa.Column("nul", sa.Integer(), nullable=False),
        sa.Column("total_cost_cents", sa.BigInteger(), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("trace", sa.JSON(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_vote_result_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["draw_id"],
            ["tie_draw.id"],
            name=op.f("fk_vote_result_draw_id_tie_draw"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_result")),
        sa.UniqueConstraint("uuid", name=op.f("uq_vote_result_uuid")),
    )
    with op.batch_alter_table("vote_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vote_result_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_vote_result_draw_id"), ["draw_id"], unique=False)

    op.create_table(
        "ballot_code",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_ballot_code_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_ballot_code_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_code")),
        sa.UniqueConstraint("application_id", name=op.f("uq_ballot_code_application_id")),
        sa.UniqueConstraint("campaign_id", "code", name=op.f("uq_ballot_code_campaign_id_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ballot_code_uuid")),
    )
    with op.batch_alter_table("ballot_code", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ballot_code_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "ballot_stack",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_ballot_stack_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["polling_station.id"],
            name=op.f("fk_ballot_stack_station_id_polling_station"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_stack")),
        sa.UniqueConstraint("station_id", "label", name=op.f("uq_ballot_stack_station_id_label")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ballot_stack_uuid")),
    )
    with op.batch_alter_table("ballot_stack", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ballot_stack_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ballot_stack_station_id"), ["station_id"], unique=False
        )

    op.create_table(
        "designation",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("funded", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_designation_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_designation_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_designation")),
        sa.UniqueConstraint("application_id", name=op.f("uq_designation_application_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_designation_uuid")),
    )
    with op.batch_alter_table("designation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_designation_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "direct_count",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("valid", sa.Integer(), nullable=False),
        sa.Column("blank", sa.Integer(), nullable=False),
        sa.Column("nul", sa.Integer(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "valid >= 0 AND blank >= 0 AND nul >= 0",
            name=op.f("ck_direct_count_counts_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_direct_count_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["polling_station.id"],
            name=op.f("fk_direct_count_station_id_polling_station"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_direct_count")),
        sa.UniqueConstraint("station_id", name=op.f("uq_direct_count_station_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_direct_count_uuid")),
    )
    with op.batch_alter_table("direct_count", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_direct_count_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "sign_in",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("identity_key", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("proxy", sa.Boolean(), nullable=False),
        sa.Column("proxy_holder_key", sa.String(length=64), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_sign_in_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["polling_station.id"],
            name=op.f("fk_sign_in_station_id_polling_station"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sign_in_uuid")),
    )
    with op.batch_alter_table("sign_in", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sign_in_campaign_holder", ["campaign_id", "proxy_holder_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sign_in_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(
            "ix_sign_in_campaign_key", ["campaign_id", "identity_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sign_in_station_id"), ["station_id"], unique=False)

    op.create_table(
        "sign_in_count",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column("signatures", sa.Integer(), nullable=False),
        sa.Column("proxies", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_sign_in_count_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["polling_station.id"],
            name=op.f("fk_sign_in_count_station_id_polling_station"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_count")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sign_in_count_uuid")),
    )
    with op.batch_alter_table("sign_in_count", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_in_count_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sign_in_count_station_id"), ["station_id"], unique=False
        )

    op.create_table(
        "station_reconciliation",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("box_count", sa.Integer(), nullable=True),
        sa.Column("signatures", sa.Integer(), nullable=False),
        sa.Column("ballots", sa.Integer(), nullable=False),
        sa.Column("gap", sa.Integer(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_station_reconciliation_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["polling_station.id"],
            name=op.f("fk_station_reconciliation_station_id_polling_station"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station_reconciliation")),
        sa.UniqueConstraint("station_id", name=op.f("uq_station_reconciliation_station_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_station_reconciliation_uuid")),
    )
    with op.batch_alter_table("station_reconciliation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_station_reconciliation_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "direct_count_line",
        sa.Column("direct_count_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("votes >= 0", name=op.f("ck_direct_count_line_votes_not_negative")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_direct_count_line_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["direct_count_id"],
            ["direct_count.id"],
            name=op.f("fk_direct_count_line_direct_count_id_direct_count"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_direct_count_line")),
        sa.UniqueConstraint(
            "direct_count_id",
            "application_id",
            name=op.f("uq_direct_count_line_direct_count_id_application_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_direct_count_line_uuid")),
    )
    with op.batch_alter_table("direct_count_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_direct_count_line_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_direct_count_line_direct_count_id"), ["direct_count_id"], unique=False
        )

    op.create_table(
        "entry_session",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("stack_id", sa.Integer(), nullable=False),
        sa.Column("pass_label", sa.String(length=1), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_entry_session_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stack_id"],
            ["ballot_stack.id"],
            name=op.f("fk_entry_session_stack_id_ballot_stack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_session")),
        sa.UniqueConstraint(
            "stack_id", "pass_label", name=op.f("uq_entry_session_stack_id_pass_label")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_entry_session_uuid")),
    )
    with op.batch_alter_table("entry_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entry_session_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_entry_session_stack_id"), ["stack_id"], unique=False)

    op.create_table(
        "ballot",
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("typed", sa.String(length=300), nullable=False),
        sa.Column("choices", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("remark", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_ballot_sequence_positive")),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["entry_session.id"],
            name=op.f("fk_ballot_session_id_entry_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
        sa.UniqueConstraint("session_id", "sequence", name=op.f("uq_ballot_session_id_sequence")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ballot_uuid")),
    )
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ballot_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ballot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_session_id"))

    op.drop_table("ballot")
    with op.batch_alter_table("entry_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_session_stack_id"))
        batch_op.drop_index(batch_op.f("ix_entry_session_campaign_id"))

    op.drop_table("entry_session")
    with op.batch_alter_table("direct_count_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_direct_count_line_direct_count_id"))
        batch_op.drop_index(batch_op.f("ix_direct_count_line_application_id"))

    op.drop_table("direct_count_line")
    with op.batch_alter_table("station_reconciliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_station_reconciliation_campaign_id"))

    op.drop_table("station_reconciliation")
    with op.batch_alter_table("sign_in_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_count_station_id"))
        batch_op.drop_index(batch_op.f("ix_sign_in_count_campaign_id"))

    op.drop_table("sign_in_count")
    with op.batch_alter_table("sign_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_station_id"))
        batch_op.drop_index("ix_sign_in_campaign_key")
        batch_op.drop_index(batch_op.f("ix_sign_in_campaign_id"))
        batch_op.drop_index("ix_sign_in_campaign_holder")

    op.drop_table("sign_in")
    with op.batch_alter_table("direct_count", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_direct_count_campaign_id"))

    op.drop_table("direct_count")
    with op.batch_alter_table("designation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_designation_campaign_id"))

    op.drop_table("designation")
    with op.batch_alter_table("ballot_stack", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_stack_station_id"))
        batch_op.drop_index(batch_op.f("ix_ballot_stack_campaign_id"))

    op.drop_table("ballot_stack")
    with op.batch_alter_table("ballot_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ballot_code_campaign_id"))

    op.drop_table("ballot_code")
    with op.batch_alter_table("vote_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_result_draw_id"))
        batch_op.drop_index(batch_op.f("ix_vote_result_campaign_id"))

    op.drop_table("vote_result")
    with op.batch_alter_table("territory_envelope", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_territory_envelope_territory_id"))
        batch_op.drop_index(batch_op.f("ix_territory_envelope_campaign_id"))

    op.drop_table("territory_envelope")
    with op.batch_alter_table("polling_station", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_polling_station_territory_id"))
        batch_op.drop_index(batch_op.f("ix_polling_station_campaign_id"))

    op.drop_table("polling_station")
    op.drop_table("vote")
    with op.batch_alter_table("tie_draw", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tie_draw_campaign_id"))

    op.drop_table("tie_draw")
