"""The item state machine (pure): which action is allowed from which status."""
from __future__ import annotations

from .errors import TransitionError

STATUSES = ("draft", "submitted", "returned", "forwarded", "received", "adopted", "not_adopted", "withdrawn")
STATUS_ZH = {
    "draft": "草稿", "submitted": "已报送待审核", "returned": "已退回修改", "forwarded": "已转报",
    "received": "已接收", "adopted": "已采用", "not_adopted": "未采用", "withdrawn": "已撤回",
}
ACTION_ZH = {
    "create": "创建", "edit": "修改", "submit": "报送", "receive": "接收", "return": "退回",
    "forward": "转报", "adopt": "采用", "reject": "不采用", "instruct": "批示", "withdraw": "撤回",
    "void": "作废", "unadopt": "撤销采用", "adjust": "加减分", "revise": "审核修改", "redact": "脱敏",
}
_PENDING = {"submitted", "forwarded", "received"}
ALLOWED: dict[str, set[str]] = {
    "edit": {"draft", "returned"},
    "revise": _PENDING,  # the reviewing office edits an item it holds (a new version, recorded as its own)
    "submit": {"draft", "returned"},
    "receive": {"submitted", "forwarded"},
    "return": _PENDING,
    "forward": _PENDING | {"adopted"},
    "adopt": _PENDING | {"adopted"},
    "reject": _PENDING,
    "instruct": _PENDING | {"adopted", "not_adopted"},
    "withdraw": {"draft", "returned", "not_adopted"} | _PENDING,
}


def next_status(action: str, status: str, *, ever_adopted: bool) -> str:
    """Status after ``action``; :class:`TransitionError` if the action is not allowed now."""
    allowed = ALLOWED[action]
    if status not in allowed or (ever_adopted and action in ("return", "withdraw")) or (
            action == "instruct" and not ever_adopted):
        why = ""
        if action == "instruct" and not ever_adopted:
            why = "（只有已采用的信息才能登记批示）"
        elif ever_adopted and action in ("return", "withdraw"):
            why = "（已采用的信息不能退回或撤回）"
        raise TransitionError(
            f"信息当前状态为「{STATUS_ZH.get(status, status)}」，不能{ACTION_ZH.get(action, action)}{why}")
    if action in ("edit", "instruct", "revise"):
        return status
    if action == "reject":
        return "adopted" if ever_adopted else "not_adopted"
    return {"submit": "submitted", "receive": "received", "return": "returned", "forward": "forwarded",
            "adopt": "adopted", "withdraw": "withdrawn"}[action]
