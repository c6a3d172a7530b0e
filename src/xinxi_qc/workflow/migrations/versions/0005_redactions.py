"""redaction of personal data (脱敏), audited

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

``redactions``: one row per 脱敏 of an item, next to its ``redact`` event (who, when, why): how
many mobile numbers, resident ID numbers and editor-given texts were replaced, in how many
versions. The values themselves are never stored.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redactions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, unique=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False, index=True),
        sa.Column("mobiles", sa.Integer, nullable=False),
        sa.Column("id_numbers", sa.Integer, nullable=False),
        sa.Column("texts", sa.Integer, nullable=False),
        sa.Column("versions", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("redactions")
