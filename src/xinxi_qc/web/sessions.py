"""Server-side session records: the signed cookie carries only a random token, the database says
whether it is still valid.

A session ends when the user logs out, an admin changes the user's password or deactivates the
account (every session of that user is revoked), after ``idle`` without a request, and at the
absolute expiry fixed at login — requests never extend it.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..workflow.models import WebSession

# last_seen_at is written at most this often, so reading a page is not a write every time.
TOUCH_EVERY = timedelta(seconds=60)
KEEP_ENDED = timedelta(days=7)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Lookup:
    user_id: int | None
    ended: str | None = None  # "idle", "expired", "revoked", "unknown" when the token no longer works


class SessionStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def create(self, user_id: int, lifetime: timedelta, address: str | None = None) -> str:
        token = secrets.token_urlsafe(32)
        now = _now()
        with Session(self.engine) as s:
            # Sessions that ended over a week ago are of no further use (kept that long for audit).
            s.execute(delete(WebSession).where(WebSession.expires_at < now - KEEP_ENDED))
            s.add(WebSession(token_hash=_hash(token), user_id=user_id, created_at=now, last_seen_at=now,
                             expires_at=now + lifetime, address=(address or "")[:64] or None))
            s.commit()
        return token

    def check(self, token: str, idle: timedelta) -> Lookup:
        """The user of a live session (and the session marked as seen), or why it ended."""
        if not token:
            return Lookup(None, "unknown")
        now = _now()
        with Session(self.engine) as s:
            row = s.get(WebSession, _hash(token))
            if row is None:
                return Lookup(None, "unknown")
            if row.revoked_at is not None:
                return Lookup(row.user_id, "revoked")
            if now >= row.expires_at:
                return Lookup(row.user_id, "expired")
            if now - row.last_seen_at > idle:
                return Lookup(row.user_id, "idle")
            if now - row.last_seen_at >= TOUCH_EVERY:
                row.last_seen_at = now
                s.commit()
            return Lookup(row.user_id)

    def revoke(self, token: str) -> None:
        if token:
            self._revoke(WebSession.token_hash == _hash(token))

    def revoke_user(self, user_id: int) -> int:
        """End every session of a user (password changed, account deactivated); returns how many."""
        return self._revoke(WebSession.user_id == user_id)

    def _revoke(self, where) -> int:
        with Session(self.engine) as s:
            n = s.execute(update(WebSession).where(where, WebSession.revoked_at.is_(None))
                          .values(revoked_at=_now())).rowcount
            s.commit()
            return n or 0

    def active_count(self, user_id: int) -> int:
        now = _now()
        with Session(self.engine) as s:
            return len(s.scalars(select(WebSession.token_hash).where(
                WebSession.user_id == user_id, WebSession.revoked_at.is_(None),
                WebSession.expires_at > now)).all())
