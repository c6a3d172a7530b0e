"""Keeping a writer's text when a 检查/提交/修改 post cannot be accepted as it is.

When the session has ended (idle, 8-hour limit, logged out elsewhere) or the form's CSRF token is
stale, the posted fields are stored server-side under a one-time token (only its SHA-256 is kept)
and the browser is sent to log in (if needed) and then to ``/resume/<token>``, which shows the text
again in a fresh form. The action is completed automatically only when the post is known to come
from the same user's own page: the session cookie named that user and the form carried that
session's CSRF token. Anything else (a post without the cookie, a wrong token) is shown for the
user to confirm with one click — never replayed — so a forged post cannot ride on a login.

Kept posts are rows of the workflow schema (``PendingPost``, migration 0006): an editor's 脱敏 of
an item rewrites the posts kept from that item's pages as it rewrites the item's versions.
"""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..workflow.models import PendingPost

# Endpoints whose posted text is rescued, and the fields kept (an uploaded file is not kept).
RESCUED_ENDPOINTS = ("precheck.form", "items.submit", "items.revise", "items.recheck")
KEPT_FIELDS = ("title", "body", "event_date", "solicitation", "revision", "resubmit", "confirm_personal")
MAX_FIELD_CHARS = 2_000_000
KEEP_FOR = timedelta(days=2)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Pending:
    endpoint: str
    view_args: dict[str, Any]
    form: dict[str, str]
    user_id: int | None
    trusted: bool
    reason: str  # "expired" (session ended) or "csrf" (stale form)
    created_at: datetime


class RescueStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def keep(self, endpoint: str, view_args: dict[str, Any], form, *, user_id: int | None,
             trusted: bool, reason: str) -> str:
        fields = {k: str(form.get(k, ""))[:MAX_FIELD_CHARS] for k in KEPT_FIELDS if form.get(k) is not None}
        token = secrets.token_urlsafe(24)
        now = _now()
        with Session(self.engine) as s:
            s.execute(delete(PendingPost).where(PendingPost.created_at < now - KEEP_FOR))
            s.add(PendingPost(token_hash=_hash(token), endpoint=endpoint,
                              view_args=json.dumps(view_args, ensure_ascii=False),
                              form=json.dumps(fields, ensure_ascii=False), user_id=user_id,
                              trusted=trusted and user_id is not None, reason=reason, created_at=now))
            s.commit()
        return token

    def take(self, token: str, user_id: int) -> Pending | None:
        """The kept post for this user, removed (one-time); None if unknown, expired or someone else's."""
        with Session(self.engine) as s:
            row = s.get(PendingPost, _hash(token or ""))
            if row is None or _now() - row.created_at > KEEP_FOR:
                return None
            if row.user_id is not None and row.user_id != user_id:
                return None
            out = Pending(row.endpoint, json.loads(row.view_args), json.loads(row.form), row.user_id,
                          row.trusted, row.reason, row.created_at)
            s.delete(row)
            s.commit()
            return out
