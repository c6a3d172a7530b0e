"""JSON text in, Python values out, or one Chinese error: the single place where JSON from users
(JSONL lines, API request bodies) is parsed, so no later stage sees what ``json.loads`` lets through
or dies on (nesting deep enough to exhaust the stack, integers too long to convert, lone UTF-16
surrogates such as ``"\\ud800"`` that no encoder can write back out)."""
from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64


class JSONInputError(ValueError):
    """The text is not JSON this tool accepts; ``str()`` is a one-line Chinese reason."""


def loads(text: str | bytes) -> Any:
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JSONInputError(f"不是 UTF-8 编码（第 {exc.start + 1} 个字节）") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"第 {exc.colno} 列" if exc.lineno == 1 else f"第 {exc.lineno} 行第 {exc.colno} 列"
        raise JSONInputError(f"不是有效的 JSON（{where}：{exc.msg}）") from None
    except RecursionError:
        raise JSONInputError(f"JSON 嵌套过深（上限 {MAX_DEPTH} 层）") from None
    except ValueError as exc:  # an integer of thousands of digits (sys.int_info.default_max_str_digits)
        if "digits" in str(exc):
            raise JSONInputError("JSON 中的数字过长（整数位数超过上限）") from None
        raise JSONInputError("不是有效的 JSON") from None
    check(value)
    return value


def check(value: Any) -> None:
    """Refuse nesting deeper than MAX_DEPTH and strings (values or keys) holding lone surrogates."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            _check_text(node)
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth > MAX_DEPTH:
            raise JSONInputError(f"JSON 嵌套过深（上限 {MAX_DEPTH} 层）")
        if isinstance(node, dict):
            for key, child in node.items():
                _check_text(key)
                stack.append((child, depth + 1))
        else:
            stack.extend((child, depth + 1) for child in node)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise JSONInputError(f"文本含无效字符（孤立的 UTF-16 代理项 \\u{ord(text[exc.start]):04x}，"
                             f"第 {exc.start + 1} 个字符），请检查导出工具") from None
