"""Login throttling per account and per client address.

Each key (``user:<name>`` and ``addr:<address>``) counts failed logins in a window; one failure
beyond the limit locks the key for ``lock`` — with the defaults the 11th wrong password within
15 minutes locks the account for 15 minutes. While locked, even the right password is refused
(and not checked). A successful login clears its account's count (not the address's, so one good
account cannot reset an address that is guessing others). Kept in the database so every server
worker sees the same counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import DateTime, Integer, String, delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column

from .accounts import Base


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class LoginGuard(Base):
    __tablename__ = "web_login_guard"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    window_start: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


@dataclass(frozen=True)
class Limits:
    per_account: int = 10
    per_address: int = 50  # an office behind one NAT address shares it
    window: timedelta = timedelta(minutes=15)
    lock: timedelta = timedelta(minutes=15)


def keys(username: str, address: str | None) -> dict[str, str]:
    out = {"account": "user:" + (username or "").strip().lower()[:150]}
    if address:
        out["address"] = "addr:" + address[:150]
    return out


class LoginThrottle:
    def __init__(self, engine: Engine, limits: Limits | None = None):
        self.engine = engine
        self.limits = limits or Limits()
        Base.metadata.create_all(engine, tables=[LoginGuard.__table__], checkfirst=True)

    def locked_until(self, username: str, address: str | None) -> datetime | None:
        """When the later of the account's and the address's locks ends, or None if not locked."""
        now = _now()
        with Session(self.engine) as s:
            ends = [row.locked_until for k in keys(username, address).values()
                    if (row := s.get(LoginGuard, k)) is not None and row.locked_until and row.locked_until > now]
        return max(ends) if ends else None

    def failed(self, username: str, address: str | None) -> tuple[int, datetime | None]:
        """Record a failure; returns the account's count in the window and the lock end if now locked."""
        now = _now()
        lim = self.limits
        count, lock = 0, None
        with Session(self.engine) as s:
            for kind, k in keys(username, address).items():
                row = s.get(LoginGuard, k)
                if row is None:
                    row = LoginGuard(key=k, failures=0, window_start=now)
                    s.add(row)
                if now - row.window_start > lim.window:
                    row.failures, row.window_start = 0, now
                row.failures += 1
                limit = lim.per_account if kind == "account" else lim.per_address
                if row.failures > limit:
                    row.locked_until = now + lim.lock
                    row.failures, row.window_start = 0, now
                    lock = max(lock, row.locked_until) if lock else row.locked_until
                if kind == "account":
                    count = row.failures or limit + 1
            # Old keys (names tried once, long ago) are dropped so the table stays small.
            s.execute(delete(LoginGuard).where(LoginGuard.window_start < now - 4 * lim.window,
                                               (LoginGuard.locked_until.is_(None)) |
                                               (LoginGuard.locked_until < now)))
            s.commit()
        return count, lock

    def succeeded(self, username: str) -> None:
        with Session(self.engine) as s:
            s.execute(delete(LoginGuard).where(LoginGuard.key == keys(username, None)["account"]))
            s.commit()
