"""entry_session.discarded_at and discard_reason: an entry a stack had too many of is kept,
set aside, so that merging the laptop that typed it does not bring it back

Revision ID: 0008_entry_discarded
Revises: 0007_data_contact
Create Date: 2026-11-30 00:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_entry_discarded"
down_revision = "0007_data_contact"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entry_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discarded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("discard_reason", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("entry_session", schema=None) as batch_op:
        batch_op.drop_column("discard_reason")
        batch_op.drop_column("discarded_at")
