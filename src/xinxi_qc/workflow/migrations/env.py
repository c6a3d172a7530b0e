"""Alembic environment: always run on a connection handed over by ``xinxi_qc.workflow.db``."""
from __future__ import annotations

from alembic import context

from xinxi_qc.workflow.db import VERSION_TABLE
from xinxi_qc.workflow.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through xinxi_qc.workflow.db.open_engine()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
