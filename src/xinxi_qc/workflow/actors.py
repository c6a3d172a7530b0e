"""Who acts: the CLI's ``--as`` names a real account once the database has accounts.

The web form keeps its accounts in ``web_users`` (username, display name, role, unit, active) in
the same database. When that table has at least one account, every workflow command run from
the CLI must name an active account with ``--as`` and passes the same role and unit checks as the
web form:

- writer: submits items of its own unit, resubmits and withdraws its unit's items, sees its unit;
- reviewer: receives, returns, edits (审核修改) and forwards items its unit holds; sees its unit,
  the units below it and the items it holds; reads reports;
- editor: every item action (also adopt, reject, instruct, withdraw an adoption), corrections and
  adjustments, solicitations, targets, units and the scoring configuration;
- admin: everything.
A database without accounts (CLI-only use) keeps ``--as`` as a free-text operator name.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from .errors import PermissionDeniedError

ROLE_ZH = {"writer": "信息员", "reviewer": "审核员", "editor": "编辑", "admin": "管理员"}
REVIEW_ACTIONS = ("receive", "return", "forward", "revise")
EDITOR_ACTIONS = REVIEW_ACTIONS + ("adopt", "reject", "instruct", "unadopt")
WRITER_ACTIONS = ("submit", "resubmit", "withdraw")
MANAGE = ("manage",)  # units, targets, solicitations, scoring config, void, adjust
ACTION_ZH = {"receive": "签收", "return": "退回", "forward": "转报", "revise": "审核修改", "adopt": "登记采用",
             "reject": "登记不采用", "instruct": "登记批示", "unadopt": "撤销采用", "submit": "报送",
             "resubmit": "修改重报", "withdraw": "撤回", "manage": "管理单位、目标、约稿、积分办法和更正",
             "report": "查看通报与排名", "view_unit": "查看该单位", "view_item": "查看该信息"}


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: str
    unit: str | None

    @property
    def label(self) -> str:
        """The operator name written into events (the web form's format)."""
        return f"{self.display_name}（{self.username}）" if self.display_name else self.username


def accounts_enabled(engine: Engine) -> bool:
    if not inspect(engine).has_table("web_users"):
        return False
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT COUNT(*) FROM web_users")).scalar())


def find_account(engine: Engine, username: str) -> Account:
    """The active account ``username``; :class:`PermissionDeniedError` otherwise."""
    with engine.connect() as conn:
        row = conn.execute(text("SELECT username, display_name, role, unit, active FROM web_users "
                                "WHERE username = :u"), {"u": (username or "").strip()}).first()
    if row is None:
        raise PermissionDeniedError(f"数据库已启用账号：--as 须为已登记的账号，没有账号「{username}」")
    if not row.active:
        raise PermissionDeniedError(f"账号「{username}」已停用")
    return Account(row.username, row.display_name or "", row.role, row.unit)


class Guard:
    """Role and unit checks for one account (``svc``: a :class:`~xinxi_qc.workflow.Service`)."""

    def __init__(self, svc, account: Account):
        self.svc = svc
        self.account = account

    def _deny(self, action: str, why: str = "") -> None:
        a = self.account
        who = f"{ROLE_ZH.get(a.role, a.role)} {a.username}" + (f"（{a.unit}）" if a.unit else "")
        raise PermissionDeniedError(f"{who} 无权{ACTION_ZH.get(action, action)}{why}")

    def scope(self) -> set[str] | None:
        """Unit codes the account may see; None = every unit (the web form's ``visible_units``)."""
        a = self.account
        if a.role in ("editor", "admin"):
            return None
        if not a.unit:
            return set()
        if a.role == "writer":
            return {a.unit}
        units = {u.code: u for u in self.svc.list_units()}
        out, frontier = {a.unit}, {a.unit}
        while frontier:
            frontier = {u.code for u in units.values() if u.parent in frontier} - out
            out |= frontier
        return out

    def check(self, action: str, *, unit: str | None = None, item: int | None = None) -> None:
        a = self.account
        if a.role == "admin":
            return
        info = self.svc.get_item(item).item if item is not None else None
        if action in MANAGE:
            if a.role != "editor":
                self._deny(action)
        elif action == "report":
            if a.role not in ("reviewer", "editor"):
                self._deny(action)
        elif action in ("submit", "resubmit", "withdraw"):
            own = unit if info is None else info.unit
            if a.role != "writer" or own != a.unit:
                self._deny(action, f"（信息属 {own}）" if own else "")
        elif action in EDITOR_ACTIONS:
            if a.role == "editor":
                return
            if a.role == "reviewer" and action in REVIEW_ACTIONS and info is not None and info.holder == a.unit:
                return
            self._deny(action, f"（信息#{info.id} 当前在 {info.holder or '—'}）" if info else "")
        elif action == "view_unit":
            scope = self.scope()
            if scope is not None and unit not in scope:
                self._deny(action, f" {unit}")
        elif action == "view_item":
            scope = self.scope()
            if scope is None or (a.role == "reviewer" and info.holder == a.unit):
                return
            if not ({info.unit, *info.joint_units} & scope):
                self._deny(action, f" #{info.id}")
        else:
            self._deny(action)
