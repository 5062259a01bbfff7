"""print_settings.data_contact: who residents write to about their personal data

Revision ID: 0007_data_contact
Revises: 0006_followup
Create Date: 2026-11-29 23:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_data_contact"
down_revision = "0006_followup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("data_contact", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("print_settings", schema=None) as batch_op:
        batch_op.drop_column("data_contact")
