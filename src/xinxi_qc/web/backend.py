"""The web form's bridge to the submission core (``xinxi_qc.workflow.Service``).

Everything here is about *who may see or do what*; recording and scoring stay in the service.
"""
from __future__ import annotations

from typing import Iterable

from ..workflow import Service, WorkflowError
from ..workflow.reports import UnitRef, descendants
from .accounts import UserInfo

# Actions per role; admin may do everything an editor may.
REVIEW_ACTIONS = ("receive", "return", "forward")
EDITOR_ACTIONS = ("receive", "return", "forward", "adopt", "reject", "instruct")


def open_service(state) -> Service:
    from .checking import check

    return Service(state.engine, checker=lambda item: check(item, state.checker_config).to_dict())


def actor(user: UserInfo) -> str:
    return f"{user.name}（{user.username}）" if user.display_name else user.username


def visible_units(svc: Service, user: UserInfo) -> set[str] | None:
    """Unit codes the user may see; None means every unit."""
    if user.role in ("editor", "admin"):
        return None
    if not user.unit:
        return set()
    if user.role == "writer":
        return {user.unit}
    by_code = {u.code: u for u in svc.list_units()}
    if user.unit not in by_code:
        return set()
    id_of = {u.code: u.id for u in by_code.values()}
    refs = [UnitRef(u.id, u.code, u.name, u.level, u.unit_class, id_of.get(u.parent)) for u in by_code.values()]
    return {user.unit} | {r.code for r in descendants(refs, by_code[user.unit].id)}


def can_view(svc: Service, user: UserInfo, item) -> bool:
    scope = visible_units(svc, user)
    if scope is None:
        return True
    units = {item.unit, *item.joint_units}
    if user.role == "reviewer" and item.holder == user.unit:
        return True
    return bool(units & scope)


def role_actions(user: UserInfo) -> tuple[str, ...]:
    """Actions the user's role may take on some items (whatever their current status)."""
    if user.role in ("editor", "admin"):
        return EDITOR_ACTIONS
    return REVIEW_ACTIONS if user.role == "reviewer" else ()


def allowed_actions(user: UserInfo, item) -> tuple[str, ...]:
    """Actions the user's role permits on this item that its current status allows."""
    from ..workflow.states import ALLOWED

    if user.role in ("editor", "admin"):
        role_actions = EDITOR_ACTIONS
    elif user.role == "reviewer" and item.holder == user.unit:
        role_actions = REVIEW_ACTIONS
    else:
        return ()
    return tuple(a for a in role_actions if item.status in ALLOWED[a])


def can_redact(user: UserInfo) -> bool:
    """脱敏 (redacting personal data in every stored version) is for editors and admins — the
    roles that may adopt."""
    return user.role in ("editor", "admin")


def draft_generation(detail) -> str:
    """The marker an item's pages carry for the browser's saved drafts (static/drafts.js):
    ``revise:<id>=<n>``, ``n`` the id of the item's latest 脱敏 event (0: never redacted). A draft
    of the item saved under another generation was typed before a redaction and is dropped."""
    gen = max((e.id for e in detail.events if e.kind == "redact"), default=0)
    return f"revise:{detail.item.id}={gen}"


def writer_can_edit(user: UserInfo, item) -> bool:
    return user.role == "writer" and item.unit == user.unit and item.status in ("draft", "returned")


def writer_can_withdraw(user: UserInfo, detail) -> bool:
    """A writer may withdraw their unit's item while it is not adopted (the service's rule)."""
    from ..workflow.states import ALLOWED

    item = detail.item
    ever_adopted = any(e.kind == "adopt" for e in detail.events)
    return (user.role == "writer" and item.unit == user.unit and item.status in ALLOWED["withdraw"]
            and not ever_adopted)


def forward_targets(svc: Service, holder: str | None) -> list:
    """The units above the current holder, nearest first: the only places an item may be forwarded
    to (never sideways or down)."""
    by_code = {u.code: u for u in svc.list_units()}
    out, cur = [], by_code.get(holder or "")
    while cur is not None and cur.parent and cur.parent in by_code and len(out) < 20:
        cur = by_code[cur.parent]
        out.append(cur)
    return out


def ensure_writer(svc: Service, user: UserInfo) -> str:
    """Register the web user as a writer (信息员) of their unit on first submission."""
    name = user.name
    if not any(w.name == name for w in svc.list_writers(user.unit)):
        try:
            svc.add_writer(user.unit, name)
        except WorkflowError:
            if not any(w.name == name for w in svc.list_writers(user.unit)):
                raise
    return name


def open_solicitations_for(svc: Service, user: UserInfo) -> list:
    """Solicitations addressed to the user's unit whose answer is still open (not answered)."""
    if not user.unit:
        return []
    out = []
    for sol in svc.list_solicitations():
        if user.unit in sol.units:
            status = {a.unit: a.state for a in svc.solicitation_status(sol.id)}
            if status.get(user.unit) in ("pending", "missing"):
                out.append(sol)
    return out


def ids_in(values: Iterable[str]) -> list[int]:
    out = []
    for v in values:
        try:
            out.append(int(v))
        except (TypeError, ValueError):
            continue
    return out
