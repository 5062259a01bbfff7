"""exchange_state: the states each record was exchanged in, for three-way merges

Revision ID: 0004_exchange
Revises: 0003_vote
Create Date: 2026-11-30 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_exchange"
down_revision = "0003_vote"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_state",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("states", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_state")),
        sa.UniqueConstraint(
            "table_name", "record_uuid", name=op.f("uq_exchange_state_table_name_record_uuid")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_exchange_state_uuid")),
    )


def downgrade() -> None:
    op.drop_table("exchange_state")
