"""posts kept for an expired session, reached by 脱敏

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

``web_pending_posts`` (the web form's posts kept for 2 days when a session ended or a form's CSRF
token was stale, to be resumed after logging in) becomes part of the schema, so a redaction can
reach them in the same transaction; the web form created it on first use before, so it is created
here only when missing. ``redactions.kept_posts``: how many of those posts a redaction changed.
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if not sa.inspect(op.get_bind()).has_table("web_pending_posts"):
        op.create_table(
            "web_pending_posts",
            sa.Column("token_hash", sa.String(64), primary_key=True),
            sa.Column("endpoint", sa.String(64), nullable=False),
            sa.Column("view_args", sa.Text, nullable=False),
            sa.Column("form", sa.Text, nullable=False),
            sa.Column("user_id", sa.Integer),
            sa.Column("trusted", sa.Boolean, nullable=False),
            sa.Column("reason", sa.String(16), nullable=False),
            sa.Column("created_at", sa.DateTime, nullable=False),
        )
    with op.batch_alter_table("redactions") as b:
        b.add_column(sa.Column("kept_posts", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("redactions") as b:
        b.drop_column("kept_posts")
