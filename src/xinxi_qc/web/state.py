"""Per-app state: database engine, web accounts, checker configuration and the workflow service."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Mapping

from flask import current_app
from sqlalchemy.engine import Engine

from .accounts import Accounts, shared_secret_key
from .cache import Memo
from .rescue import RescueStore
from .sessions import SessionStore
from .snapshots import SnapshotStore
from .throttle import Limits, LoginThrottle


@dataclass
class WebState:
    engine: Engine
    accounts: Accounts
    checker_config_path: str | None
    db_url: str
    sessions: SessionStore
    throttle: LoginThrottle
    rescue: RescueStore
    report_stale_seconds: float = 600.0
    reports: Memo = field(default_factory=Memo, repr=False)

    snapshots: SnapshotStore | None = None

    def __post_init__(self):
        self.reports.max_stale = float(self.report_stale_seconds)
        self.reports.store = self.snapshots

    _checker_config: Any = field(default=None, repr=False)
    _service: Any = field(default=None, repr=False)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> "WebState":
        from ..workflow.db import open_engine, resolve_url

        url = resolve_url(config.get("DATABASE_URL"))
        engine = open_engine(url)  # runs the submission core's migrations on first use
        limits = Limits(per_account=int(config.get("LOGIN_MAX_FAILURES", 10)),
                        per_address=int(config.get("LOGIN_MAX_FAILURES_PER_ADDRESS", 50)),
                        window=timedelta(minutes=int(config.get("LOGIN_WINDOW_MINUTES", 15))),
                        lock=timedelta(minutes=int(config.get("LOGIN_LOCK_MINUTES", 15))))
        return cls(engine=engine, accounts=Accounts(engine, config.get("PASSWORD_HASH_METHOD") or "scrypt"),
                   checker_config_path=config.get("CHECKER_CONFIG"), db_url=url,
                   sessions=SessionStore(engine), throttle=LoginThrottle(engine, limits),
                   rescue=RescueStore(engine), snapshots=SnapshotStore(engine),
                   report_stale_seconds=float(config.get("REPORT_STALE_SECONDS", 600)))

    def secret_key(self) -> str:
        return shared_secret_key(self.engine)

    @property
    def checker_config(self):
        if self._checker_config is None:
            from ..config import load_config

            self._checker_config = load_config(self.checker_config_path)
        return self._checker_config

    @property
    def service(self):
        if self._service is None:
            from .backend import open_service

            self._service = open_service(self)
        return self._service


def get_state() -> WebState:
    return current_app.extensions["xinxi_qc"]
