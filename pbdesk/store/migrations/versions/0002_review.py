"""stakes, call, criteria, applications, reviews

Revision ID: 0002_review
Revises: 0001_initial
Create Date: 2026-11-29 18:36:21.274685
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_review"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "call",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("ceiling_cents", sa.BigInteger(), nullable=True),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("criteria_version", sa.Integer(), nullable=False),
        sa.Column("grids_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_call_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call")),
        sa.UniqueConstraint("campaign_id", name=op.f("uq_call_campaign_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_call_uuid")),
    )
    op.create_table(
        "reviewer",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("all_applications", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_reviewer_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_reviewer_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewer")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reviewer_uuid")),
    )
    with op.batch_alter_table("reviewer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviewer_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reviewer_person_id"), ["person_id"], unique=False)

    op.create_table(
        "stake",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("territory_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_stake_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_stake_territory_id_territory"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stake")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stake_uuid")),
    )
    with op.batch_alter_table("stake", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stake_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stake_territory_id"), ["territory_id"], unique=False)

    op.create_table(
        "application_stake",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("stake_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_stake_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stake_id"],
            ["stake.id"],
            name=op.f("fk_application_stake_stake_id_stake"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_stake")),
        sa.UniqueConstraint(
            "application_id", "stake_id", name=op.f("uq_application_stake_application_id_stake_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_application_stake_uuid")),
    )
    with op.batch_alter_table("application_stake", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_stake_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_application_stake_stake_id"), ["stake_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_attachment_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "budget_line",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("other_funders", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount_cents >= 0", name=op.f("ck_budget_line_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_budget_line_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint("uuid", name=op.f("uq_budget_line_uuid")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "criterion",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("stake_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("scale_min < scale_max", name=op.f("ck_criterion_scale_order")),
        sa.CheckConstraint("weight >= 1", name=op.f("ck_criterion_weight_positive")),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_criterion_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stake_id"],
            ["stake.id"],
            name=op.f("fk_criterion_stake_id_stake"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("uuid", name=op.f("uq_criterion_uuid")),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_criterion_stake_id"), ["stake_id"], unique=False)

    op.create_table(
        "review",
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("recommendation", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("grid_made_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_review_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["reviewer.id"],
            name=op.f("fk_review_reviewer_id_reviewer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
        sa.UniqueConstraint(
            "reviewer_id", "application_id", name=op.f("uq_review_reviewer_id_application_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_uuid")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_reviewer_id"), ["reviewer_id"], unique=False)

    op.create_table(
        "review_assignment",
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_review_assignment_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"],
            ["reviewer.id"],
            name=op.f("fk_review_assignment_reviewer_id_reviewer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_assignment")),
        sa.UniqueConstraint(
            "reviewer_id",
            "application_id",
            name=op.f("uq_review_assignment_reviewer_id_application_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_assignment_uuid")),
    )
    with op.batch_alter_table("review_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_assignment_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_assignment_reviewer_id"), ["reviewer_id"], unique=False
        )

    op.create_table(
        "status_change",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("before", sa.String(length=32), nullable=False),
        sa.Column("after", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_status_change_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_status_change_uuid")),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_change_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "review_value",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("eligible", sa.Boolean(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_review_value_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_review_value_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_value")),
        sa.UniqueConstraint(
            "review_id", "criterion_id", name=op.f("uq_review_value_review_id_criterion_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_value_uuid")),
    )
    with op.batch_alter_table("review_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_value_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_value_review_id"), ["review_id"], unique=False)

    with op.batch_alter_table("holder", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("earlier_edition", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:

    with op.batch_alter_table("holder", schema=None) as batch_op:
        batch_op.drop_column("earlier_edition")

    with op.batch_alter_table("review_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_value_review_id"))
        batch_op.drop_index(batch_op.f("ix_review_value_criterion_id"))

    op.drop_table("review_value")
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_application_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("review_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_assignment_reviewer_id"))
        batch_op.drop_index(batch_op.f("ix_review_assignment_application_id"))

    op.drop_table("review_assignment")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_reviewer_id"))
        batch_op.drop_index(batch_op.f("ix_review_application_id"))

    op.drop_table("review")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_stake_id"))
        batch_op.drop_index(batch_op.f("ix_criterion_campaign_id"))

    op.drop_table("criterion")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_application_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_application_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("application_stake", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_stake_stake_id"))
        batch_op.drop_index(batch_op.f("ix_application_stake_application_id"))

    op.drop_table("application_stake")
    with op.batch_alter_table("stake", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stake_territory_id"))
        batch_op.drop_index(batch_op.f("ix_stake_campaign_id"))

    op.drop_table("stake")
    with op.batch_alter_table("reviewer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviewer_person_id"))
        batch_op.drop_index(batch_op.f("ix_reviewer_campaign_id"))

    op.drop_table("reviewer")
    op.drop_table("call")
