"""project_followup and its instalments, milestones, updates, photos, expenses; the
one-year review and residents' feedback (phase 9)

Revision ID: 0006_followup
Revises: 0005_print
Create Date: 2026-11-29 21:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_followup"
down_revision = "0005_print"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "one_year_review",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_on", sa.Date(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("residents_count", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "residents_count IS NULL OR residents_count >= 0",
            name=op.f("ck_one_year_review_residents"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_one_year_review_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_year_review")),
        sa.UniqueConstraint("campaign_id", name=op.f("uq_one_year_review_campaign_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_one_year_review_uuid")),
    )
    op.create_table(
        "project_followup",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("off_vote", sa.Boolean(), nullable=False),
        sa.Column("awarded_cents", sa.BigInteger(), nullable=False),
        sa.Column("convention_reference", sa.String(length=100), nullable=False),
        sa.Column("convention_on", sa.Date(), nullable=True),
        sa.Column("financial_year_end", sa.Date(), nullable=True),
        sa.Column("financial_report_received_on", sa.Date(), nullable=True),
        sa.Column("beneficiaries", sa.Integer(), nullable=True),
        sa.Column("activities_count", sa.Integer(), nullable=True),
        sa.Column("activities", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "awarded_cents >= 0", name=op.f("ck_project_followup_awarded_not_negative")
        ),
        sa.CheckConstraint(
            "progress >= 0 AND progress <= 100", name=op.f("ck_project_followup_progress_percent")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_project_followup_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_project_followup_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_followup")),
        sa.UniqueConstraint("application_id", name=op.f("uq_project_followup_application_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_followup_uuid")),
    )
    with op.batch_alter_table("project_followup", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_followup_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "resident_feedback",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "score IS NULL OR (score >= 1 AND score <= 5)",
            name=op.f("ck_resident_feedback_score_range"),
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_resident_feedback_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_resident_feedback_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_feedback")),
        sa.UniqueConstraint("uuid", name=op.f("uq_resident_feedback_uuid")),
    )
    with op.batch_alter_table("resident_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resident_feedback_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_resident_feedback_campaign_id"), ["campaign_id"], unique=False
        )

    op.create_table(
        "followup_expense",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("payee", sa.String(length=300), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "amount_cents >= 0", name=op.f("ck_followup_expense_amount_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["project_followup.id"],
            name=op.f("fk_followup_expense_followup_id_project_followup"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_expense")),
        sa.UniqueConstraint("uuid", name=op.f("uq_followup_expense_uuid")),
    )
    with op.batch_alter_table("followup_expense", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_expense_followup_id"), ["followup_id"], unique=False
        )

    op.create_table(
        "followup_instalment",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("planned_cents", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("paid_cents", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "paid_cents >= 0", name=op.f("ck_followup_instalment_paid_not_negative")
        ),
        sa.CheckConstraint(
            "planned_cents >= 0", name=op.f("ck_followup_instalment_planned_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["project_followup.id"],
            name=op.f("fk_followup_instalment_followup_id_project_followup"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_instalment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_followup_instalment_uuid")),
    )
    with op.batch_alter_table("followup_instalment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_instalment_followup_id"), ["followup_id"], unique=False
        )

    op.create_table(
        "followup_milestone",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["project_followup.id"],
            name=op.f("fk_followup_milestone_followup_id_project_followup"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_milestone")),
        sa.UniqueConstraint("uuid", name=op.f("uq_followup_milestone_uuid")),
    )
    with op.batch_alter_table("followup_milestone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_milestone_followup_id"), ["followup_id"], unique=False
        )

    op.create_table(
        "followup_update",
        sa.Column("followup_id", sa.Integer(), nullable=False),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followup_id"],
            ["project_followup.id"],
            name=op.f("fk_followup_update_followup_id_project_followup"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_update")),
        sa.UniqueConstraint("uuid", name=op.f("uq_followup_update_uuid")),
    )
    with op.batch_alter_table("followup_update", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_update_followup_id"), ["followup_id"], unique=False
        )

    op.create_table(
        "followup_photo",
        sa.Column("update_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("caption", sa.String(length=300), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["update_id"],
            ["followup_update.id"],
            name=op.f("fk_followup_photo_update_id_followup_update"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_photo")),
        sa.UniqueConstraint("uuid", name=op.f("uq_followup_photo_uuid")),
    )
    with op.batch_alter_table("followup_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_photo_update_id"), ["update_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("followup_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_photo_update_id"))

    op.drop_table("followup_photo")
    with op.batch_alter_table("followup_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_update_followup_id"))

    op.drop_table("followup_update")
    with op.batch_alter_table("followup_milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_milestone_followup_id"))

    op.drop_table("followup_milestone")
    with op.batch_alter_table("followup_instalment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_instalment_followup_id"))

    op.drop_table("followup_instalment")
    with op.batch_alter_table("followup_expense", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_expense_followup_id"))

    op.drop_table("followup_expense")
    with op.batch_alter_table("resident_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_feedback_campaign_id"))
        batch_op.drop_index(batch_op.f("ix_resident_feedback_application_id"))

    op.drop_table("resident_feedback")
    with op.batch_alter_table("project_followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_followup_campaign_id"))

    op.drop_table("project_followup")
    op.drop_table("one_year_review")
