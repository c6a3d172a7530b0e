"""per-unit routing of submissions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

``units.route``: where a unit's submissions go first — NULL: its parent unit's office (default);
``self``: the unit's own reviewing office (a county office that reviews, edits and forwards its
own writers' items); a unit code: that unit (a town reporting straight to the city).
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("units") as b:
        b.add_column(sa.Column("route", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("units") as b:
        b.drop_column("route")
