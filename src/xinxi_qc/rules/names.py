"""Chinese names of the rules, shown next to the id wherever a person reads a rule
(``无数据 no-figures``). Data rules and plugin rules may carry their own ``name_zh`` attribute;
``xinxi-qc rules`` prefers it to this table."""
from __future__ import annotations

RULE_NAMES_ZH = {
    "title-mismatch": "标题文不对题",
    "title-vague": "标题空泛",
    "title-length": "标题过长",
    "no-figures": "无数据",
    "no-examples": "无具体事例",
    "empty-claim": "成效无据",
    "cliche": "套话堆砌",
    "dynamic-only": "流水账",
    "long-sentence": "句子过长",
    "late": "报送不及时",
    "sensitive": "敏感信息",
    "typography": "标点与占位符",
    "length": "篇幅过长",
    "boilerplate": "照抄照转",
    "duplicate-submission": "重复报送",
    # Not a rule of its own: the typography findings marked extra={"kind": "placeholder"}.
    "placeholder": "占位符未补",
}


def rule_name_zh(rule_id: str) -> str:
    """The Chinese name of a rule id ('' when none is known); ``type:dynamic`` → 信息类型调整."""
    if rule_id.startswith("type:"):
        return "信息类型调整"
    return RULE_NAMES_ZH.get(rule_id, "")


def rule_label(rule_id: str, name_zh: str | None = None) -> str:
    """``无数据 no-figures``; the bare id when no Chinese name is known."""
    name = name_zh or rule_name_zh(rule_id)
    return f"{name} {rule_id}" if name else rule_id
