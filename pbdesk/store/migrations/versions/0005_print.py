"""print_settings: a campaign's accent colour, logo, project order, serials and counts

Revision ID: 0005_print
Revises: 0004_exchange
Create Date: 2026-11-29 20:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_print"
down_revision = "0004_exchange"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_settings",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("accent", sa.String(length=7), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_filename", sa.String(length=255), nullable=False),
        sa.Column("project_order", sa.String(length=8), nullable=False),
        sa.Column("random_seed", sa.Integer(), nullable=True),
        sa.Column("serials", sa.Boolean(), nullable=False),
        sa.Column("ballots_per_station", sa.Integer(), nullable=False),
        sa.Column("ballots_per_sheet", sa.Integer(), nullable=False),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "ballots_per_station >= 1",
            name=op.f("ck_print_settings_ballots_per_station_positive"),
        ),
        sa.CheckConstraint(
            "ballots_per_sheet IN (1, 2, 4)", name=op.f("ck_print_settings_ballots_per_sheet_1_2_4")
        ),
        sa.CheckConstraint(
            "project_order IN ('code', 'random')",
            name=op.f("ck_print_settings_project_order_known"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_print_settings_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_settings")),
        sa.UniqueConstraint("campaign_id", name=op.f("uq_print_settings_campaign_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_print_settings_uuid")),
    )


def downgrade() -> None:
    op.drop_table("print_settings")
