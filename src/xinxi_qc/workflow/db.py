"""Opening the workflow database: URL resolution, SQLite WAL set-up, automatic migrations.

``open_engine(url)`` accepts a SQLAlchemy URL (``sqlite:///path``, ``postgresql+psycopg://…``)
or a plain file path (taken as a SQLite file). The schema is brought to the newest Alembic
revision every time a database is opened, so upgrading xinxi-qc never needs a manual step and
never drops data (migrations only add).
"""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError as AlembicError
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from .errors import WorkflowError

DEFAULT_DB = "xinxi-qc.sqlite"
ENV_DB = "XINXI_QC_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
# Own version table, so other components may keep their own Alembic history in the same database.
VERSION_TABLE = "xinxi_qc_workflow_version"


def resolve_url(db: str | None = None) -> str:
    """``db`` (URL or path) → SQLAlchemy URL; falls back to $XINXI_QC_DB, then ./xinxi-qc.sqlite."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def _alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def open_engine(db: str | None = None) -> Engine:
    """Create the engine and run pending migrations; errors become :class:`WorkflowError`."""
    url = resolve_url(db)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise WorkflowError(f"数据库地址无法识别：{url}") from None
    try:
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                parent = Path(parsed.database).parent
                if not parent.is_dir():
                    raise WorkflowError(f"数据库目录不存在：{parent}")
                existing = Path(parsed.database)
                if existing.is_file() and existing.stat().st_size == 0:
                    # A database truncated to nothing must not silently become a new, empty one.
                    raise WorkflowError(f"数据库文件是空的（0 字节）：{existing}；若原有数据，请从备份恢复；"
                                        "若要新建，请先删除这个文件")
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        upgrade(engine)
    except WorkflowError:
        raise
    except ModuleNotFoundError as exc:
        raise WorkflowError(f"缺少数据库驱动 {exc.name}（PostgreSQL 请安装 psycopg[binary]）") from None
    except (OperationalError, SQLAlchemyError, AlembicError) as exc:
        msg = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        raise WorkflowError(f"无法打开数据库 {parsed.render_as_string(hide_password=True)}：{msg}") from None
    return engine


def _known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision`` (skipped quickly when already at head)."""
    current = current_revision(engine)
    if revision == "head" and current == head_revision():
        return
    if current is not None and current not in _known_revisions():
        raise WorkflowError(f"数据库的结构版本 {current} 比本程序新（本程序最高 {head_revision()}），"
                            "请升级 xinxi-qc 后再打开；数据库未作改动")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
