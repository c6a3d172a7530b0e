"""Character-level diff between two versions of an item (Chinese has no spaces to split words on)."""
from __future__ import annotations

import difflib

Piece = tuple[str, str]  # (op, text): op is "equal", "delete" or "insert"


def char_diff(old: str, new: str) -> list[Piece]:
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out: list[Piece] = []
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            out.append(("equal", old[a0:a1]))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", old[a0:a1]))
        if op in ("insert", "replace"):
            out.append(("insert", new[b0:b1]))
    return out
