"""SQLAlchemy tables of the submission-and-scoring workflow.

The schema itself is created and upgraded by the Alembic migrations in ``migrations/``; these
classes must stay in step with the newest migration (a test compares them).

Design: the ``events`` table is the log every point is derived from. Adoptions (采用) and
leader instructions (批示) are events with ``outlet``/``level``/``info_kind``/``rank`` filled in;
nothing is ever deleted (withdrawal is an event and a status).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Unit(Base):
    """An office in the hierarchy 乡镇 (town) → 县区 (county) → 市 (city) → 省 (province)."""

    __tablename__ = "units"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    unit_class: Mapped[str | None] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # migration 0004: where submissions go first (NULL: parent; "self": own office; else a unit code)
    route: Mapped[str | None] = mapped_column(String(64))

    parent: Mapped["Unit | None"] = relationship(remote_side=[id])


class Writer(Base):
    """An 信息员 (writer / user) who belongs to one unit."""

    __tablename__ = "writers"
    __table_args__ = (UniqueConstraint("unit_id", "name", name="uq_writer_unit_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    unit: Mapped[Unit] = relationship()


class Solicitation(Base):
    """A 约稿通知: a topic, the units asked to answer, and a deadline (inclusive)."""

    __tablename__ = "solicitations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(300), nullable=False)
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)


class SolicitationUnit(Base):
    __tablename__ = "solicitation_units"
    solicitation_id: Mapped[int] = mapped_column(ForeignKey("solicitations.id"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)


class ItemRow(Base):
    """A submitted item. ``revision`` is the optimistic-lock counter, bumped by every change."""

    __tablename__ = "items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), nullable=False)
    writer_id: Mapped[int | None] = mapped_column(ForeignKey("writers.id"))
    solicitation_id: Mapped[int | None] = mapped_column(ForeignKey("solicitations.id"))
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    holder_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    __mapper_args__ = {"version_id_col": revision}


class ItemUnit(Base):
    """Units credited with an item; position 0 is the submitting unit, others are joint units."""

    __tablename__ = "item_units"
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)


class ItemVersion(Base):
    """One saved text of an item, with the checker's result computed when it was saved."""

    __tablename__ = "item_versions"
    __table_args__ = (UniqueConstraint("item_id", "number", name="uq_version_item_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    event_date: Mapped[date | None] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(16))
    type_label: Mapped[str | None] = mapped_column(String(32))
    result_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)


class Event(Base):
    """One workflow transition (who, when, why), the source every point is derived from."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(16))
    info_kind: Mapped[str | None] = mapped_column(String(32))
    rank: Mapped[str | None] = mapped_column(String(64))
    version_number: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # migration 0002: manual adjustments and corrections
    points: Mapped[float | None] = mapped_column(Float)  # adjustment points / upper office's own points
    clause: Mapped[str | None] = mapped_column(String(64))  # scoring clause of a manual adjustment
    ref_event_id: Mapped[int | None] = mapped_column(Integer)  # the event a correction refers to
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[str | None] = mapped_column(String(100))
    void_reason: Mapped[str | None] = mapped_column(Text)


class Target(Base):
    """A count/points target for a unit class or one unit, per month or per year."""

    __tablename__ = "targets"
    __table_args__ = (
        UniqueConstraint("unit_class", "unit_id", "year", "period_kind", name="uq_target_scope"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_class: Mapped[str | None] = mapped_column(String(32))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    period_kind: Mapped[str] = mapped_column(String(8), nullable=False)
    count: Mapped[int | None] = mapped_column(Integer)
    points: Mapped[float | None] = mapped_column(Float)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class WebSession(Base):
    """A logged-in browser of the web form. The cookie carries a random token; only its SHA-256 is
    kept here, so logging out, a password change or deactivation revokes it on the server.
    ``expires_at`` is fixed at login (an absolute lifetime that requests do not extend)."""

    __tablename__ = "web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    address: Mapped[str | None] = mapped_column(String(64))


class PendingPost(Base):
    """A web form post kept for a while when it could not be accepted as it was (the session had
    ended, the form's CSRF token was stale), to be shown again after logging in (web/rescue.py).
    Part of the workflow schema (migration 0006) so that 脱敏 reaches it too."""

    __tablename__ = "web_pending_posts"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    endpoint: Mapped[str] = mapped_column(String(64), nullable=False)
    view_args: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, e.g. {"item_id": 12}
    form: Mapped[str] = mapped_column(Text, nullable=False)  # JSON of the kept fields
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    trusted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    reason: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class Redaction(Base):
    """One 脱敏 of an item (migration 0005): the counts of what was replaced in its stored versions
    — never the values. Who, when and why are on the ``redact`` event ``event_id``."""

    __tablename__ = "redactions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), nullable=False, unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False, index=True)
    mobiles: Mapped[int] = mapped_column(Integer, nullable=False)
    id_numbers: Mapped[int] = mapped_column(Integer, nullable=False)
    texts: Mapped[int] = mapped_column(Integer, nullable=False)
    versions: Mapped[int] = mapped_column(Integer, nullable=False)
    kept_posts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # migration 0006
