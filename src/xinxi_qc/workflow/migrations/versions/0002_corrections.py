"""corrections and manual adjustments on events

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Events gain: ``points`` (a manual adjustment's points, or the upper office's own points for an
adoption), ``clause`` (the scoring clause a manual adjustment applies), ``ref_event_id`` (the
event a correction refers to) and the void marks ``voided_at`` / ``voided_by`` / ``void_reason``
(a voided event stays in the log and earns nothing).
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as b:
        b.add_column(sa.Column("points", sa.Float))
        b.add_column(sa.Column("clause", sa.String(64)))
        b.add_column(sa.Column("ref_event_id", sa.Integer))
        b.add_column(sa.Column("voided_at", sa.DateTime))
        b.add_column(sa.Column("voided_by", sa.String(100)))
        b.add_column(sa.Column("void_reason", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("events") as b:
        for col in ("void_reason", "voided_by", "voided_at", "ref_event_id", "clause", "points"):
            b.drop_column(col)
