"""initial workflow schema

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "units",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("unit_class", sa.String(32)),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("units.id")),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "writers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("unit_id", "name", name="uq_writer_unit_name"),
    )
    op.create_table(
        "solicitations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("topic", sa.String(300), nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("issued_by_id", sa.Integer, sa.ForeignKey("units.id")),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
    )
    op.create_table(
        "solicitation_units",
        sa.Column("solicitation_id", sa.Integer, sa.ForeignKey("solicitations.id"), primary_key=True),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), primary_key=True),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), nullable=False),
        sa.Column("writer_id", sa.Integer, sa.ForeignKey("writers.id")),
        sa.Column("solicitation_id", sa.Integer, sa.ForeignKey("solicitations.id")),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("holder_unit_id", sa.Integer, sa.ForeignKey("units.id")),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "item_units",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), primary_key=True),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "item_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("score", sa.Integer),
        sa.Column("grade", sa.String(16)),
        sa.Column("type_label", sa.String(32)),
        sa.Column("result_json", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.UniqueConstraint("item_id", "number", name="uq_version_item_number"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id")),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id")),
        sa.Column("from_status", sa.String(20)),
        sa.Column("to_status", sa.String(20)),
        sa.Column("reason", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("level", sa.String(16)),
        sa.Column("info_kind", sa.String(32)),
        sa.Column("rank", sa.String(64)),
        sa.Column("version_number", sa.Integer),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_item_id", "events", ["item_id"])
    op.create_index("ix_events_at", "events", ["at"])
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("unit_class", sa.String(32)),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("units.id")),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("period_kind", sa.String(8), nullable=False),
        sa.Column("count", sa.Integer),
        sa.Column("points", sa.Float),
        sa.UniqueConstraint("unit_class", "unit_id", "year", "period_kind", name="uq_target_scope"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for name in ("settings", "targets", "events", "item_versions", "item_units", "items",
                 "solicitation_units", "solicitations", "writers", "units"):
        op.drop_table(name)
