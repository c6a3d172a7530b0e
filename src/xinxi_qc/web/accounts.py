"""Web accounts and API tokens, kept in their own tables in the submissions database.

Created on first use (``create_all`` with checkfirst) so the web form needs no set-up step.
A user's ``unit`` is the code of a unit in the submission core: writers see only that unit,
county reviewers that unit and the units below it.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from .security import ROLES

MIN_PASSWORD_LENGTH = 8


class AccountError(ValueError):
    """A user-facing account problem (message in Chinese)."""


class Base(DeclarativeBase):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class WebUser(Base):
    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    password_hash: Mapped[str] = mapped_column(String(256), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    unit: Mapped[str | None] = mapped_column(String(128), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)


class ApiToken(Base):
    __tablename__ = "web_api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(128), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("web_users.id"), nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=_now)


@dataclass(frozen=True)
class UserInfo:
    """A detached, read-only view of a user for templates and permission checks."""

    id: int
    username: str
    display_name: str
    role: str
    unit: str | None

    @property
    def name(self) -> str:
        return self.display_name or self.username


def _info(u: WebUser) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, u.role, u.unit)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Accounts:
    def __init__(self, engine: Engine, hash_method: str = "scrypt"):
        self.engine = engine
        self.hash_method = hash_method
        Base.metadata.create_all(engine, checkfirst=True)

    def create_user(self, username: str, password: str, role: str, unit: str | None = None,
                    display_name: str = "") -> UserInfo:
        username = (username or "").strip()
        if not username or len(username) > 64:
            raise AccountError("用户名不能为空，且不超过 64 个字符。")
        if role not in ROLES:
            raise AccountError(f"未知角色：{role}（可选 {'、'.join(ROLES)}）。")
        if len(password or "") < MIN_PASSWORD_LENGTH:
            raise AccountError(f"密码至少 {MIN_PASSWORD_LENGTH} 位。")
        if role in ("writer", "reviewer") and not (unit or "").strip():
            raise AccountError("信息员和县区审核员必须指定所属单位。")
        with Session(self.engine) as s:
            if s.scalar(select(WebUser).where(WebUser.username == username)) is not None:
                raise AccountError(f"用户名已存在：{username}")
            user = WebUser(username=username, display_name=(display_name or "").strip(),
                           password_hash=generate_password_hash(password, self.hash_method), role=role,
                           unit=(unit or "").strip() or None)
            s.add(user)
            s.commit()
            return _info(user)

    def authenticate(self, username: str, password: str) -> UserInfo | None:
        with Session(self.engine) as s:
            user = s.scalar(select(WebUser).where(WebUser.username == (username or "").strip()))
            if user is None or not user.active:
                # Same cost as a real check so the response time does not reveal which names exist.
                check_password_hash(_DUMMY_HASH, password or "")
                return None
            if not check_password_hash(user.password_hash, password or ""):
                return None
            return _info(user)

    def get(self, user_id: int) -> UserInfo | None:
        with Session(self.engine) as s:
            user = s.get(WebUser, user_id)
            return _info(user) if user is not None and user.active else None

    def list_users(self) -> list[tuple[UserInfo, bool]]:
        with Session(self.engine) as s:
            return [(_info(u), u.active) for u in s.scalars(select(WebUser).order_by(WebUser.id))]

    def set_active(self, user_id: int, active: bool) -> None:
        with Session(self.engine) as s:
            user = s.get(WebUser, user_id)
            if user is None:
                raise AccountError("用户不存在。")
            user.active = active
            s.commit()
        if not active:
            self._revoke_sessions(user_id)

    def set_role(self, user_id: int, role: str, unit: str | None) -> UserInfo:
        """Change a user's role and unit; the user's sessions end (they log in again with the new rights)."""
        if role not in ROLES:
            raise AccountError(f"未知角色：{role}。")
        unit = (unit or "").strip() or None
        if role in ("writer", "reviewer") and not unit:
            raise AccountError("信息员和县区审核员必须指定所属单位。")
        with Session(self.engine) as s:
            user = s.get(WebUser, user_id)
            if user is None:
                raise AccountError("用户不存在。")
            if user.role == "admin" and role != "admin" and user.active and self.count_admins() <= 1:
                raise AccountError("这是唯一的管理员账号，不能改为其他角色。")
            user.role, user.unit = role, unit if role in ("writer", "reviewer") else None
            s.commit()
            info = _info(user)
        self._revoke_sessions(user_id)
        return info

    def set_password(self, user_id: int, password: str) -> None:
        if len(password or "") < MIN_PASSWORD_LENGTH:
            raise AccountError(f"密码至少 {MIN_PASSWORD_LENGTH} 位。")
        with Session(self.engine) as s:
            user = s.get(WebUser, user_id)
            if user is None:
                raise AccountError("用户不存在。")
            user.password_hash = generate_password_hash(password, self.hash_method)
            s.commit()
        self._revoke_sessions(user_id)

    def _revoke_sessions(self, user_id: int) -> None:
        """A changed password or a deactivated account ends every browser session of that user."""
        from .sessions import SessionStore

        SessionStore(self.engine).revoke_user(user_id)

    def count_admins(self) -> int:
        with Session(self.engine) as s:
            return len(s.scalars(select(WebUser.id).where(WebUser.role == "admin",
                                                          WebUser.active.is_(True))).all())

    # API tokens: only the SHA-256 of a token is stored; the token itself is shown once.
    def create_token(self, label: str, user_id: int | None = None) -> str:
        label = (label or "").strip()
        if not label:
            raise AccountError("令牌名称不能为空。")
        token = "xqc_" + secrets.token_urlsafe(32)
        with Session(self.engine) as s:
            s.add(ApiToken(label=label[:128], token_hash=_hash_token(token), user_id=user_id))
            s.commit()
        return token

    def check_token(self, token: str) -> bool:
        if not token:
            return False
        with Session(self.engine) as s:
            row = s.scalar(select(ApiToken).where(ApiToken.token_hash == _hash_token(token)))
            return row is not None and not row.revoked

    def list_tokens(self) -> list[tuple[int, str, bool, datetime]]:
        with Session(self.engine) as s:
            return [(t.id, t.label, t.revoked, t.created)
                    for t in s.scalars(select(ApiToken).order_by(ApiToken.id))]

    def revoke_token(self, token_id: int) -> None:
        with Session(self.engine) as s:
            row = s.get(ApiToken, token_id)
            if row is None:
                raise AccountError("令牌不存在。")
            row.revoked = True
            s.commit()


_DUMMY_HASH = generate_password_hash("not-a-real-password")


class WebSetting(Base):
    __tablename__ = "web_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256), nullable=False)


def shared_secret_key(engine: Engine) -> str:
    """The session-signing key, stored in the database so every server worker shares it."""
    from sqlalchemy.exc import IntegrityError

    Base.metadata.create_all(engine, checkfirst=True)
    with Session(engine) as s:
        row = s.get(WebSetting, "secret_key")
        if row is not None:
            return row.value
        s.add(WebSetting(key="secret_key", value=secrets.token_hex(32)))
        try:
            s.commit()
        except IntegrityError:  # another worker created it first
            s.rollback()
        return s.get(WebSetting, "secret_key").value
