"""Diffs between two versions of an item, readable for Chinese text.

``char_diff`` marks single characters. ``readable_diff`` (used on the item and conflict pages)
works sentence by sentence: unchanged sentences stay plain, a sentence rewritten for the most part
shows as one deleted and one inserted sentence, and inside a lightly edited sentence the changes
are whole tokens — a number (3000 → 3500, 8.3%), a Latin word, otherwise a character — with
scraps of one or two unchanged characters between two changes folded into the change, so an edit
reads as "将‘完成目标’改为‘超额完成’" rather than as confetti.
"""
from __future__ import annotations

import difflib
import re

Piece = tuple[str, str]  # (op, text): op is "equal", "delete" or "insert"

_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n+|$)")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[A-Za-z]+|\s+|.", re.S)
REWRITTEN_BELOW = 0.5   # similarity under which a sentence is shown as replaced whole
FOLD_EQUAL_UP_TO = 2    # unchanged characters between two changes folded into them


def char_diff(old: str, new: str) -> list[Piece]:
    return _diff(list(old), list(new))


def _diff(a: list[str], b: list[str]) -> list[Piece]:
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Piece] = []
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(a[a0:a1])))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", "".join(a[a0:a1])))
        if op in ("insert", "replace"):
            out.append(("insert", "".join(b[b0:b1])))
    return out


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s]


def _fold(pieces: list[Piece]) -> list[Piece]:
    """Fold short unchanged scraps lying between two changes into the surrounding change."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        op, text = pieces[i]
        between = 0 < i < len(pieces) - 1 and pieces[i - 1][0] != "equal" and pieces[i + 1][0] != "equal"
        if op == "equal" and between and len(text) <= FOLD_EQUAL_UP_TO:
            out += [("delete", text), ("insert", text)]
        else:
            out.append((op, text))
        i += 1
    return _merge(out)


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Adjacent pieces of one kind joined; within a run of changes, deletions before insertions."""
    out: list[Piece] = []
    run: dict[str, str] = {"delete": "", "insert": ""}

    def flush():
        for op in ("delete", "insert"):
            if run[op]:
                out.append((op, run[op]))
                run[op] = ""

    for op, text in pieces:
        if not text:
            continue
        if op == "equal":
            flush()
            if out and out[-1][0] == "equal":
                out[-1] = ("equal", out[-1][1] + text)
            else:
                out.append((op, text))
        else:
            run[op] += text
    flush()
    return out


def _sentence_pair(old: str, new: str) -> list[Piece]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() < REWRITTEN_BELOW:
        return [("delete", old), ("insert", new)]
    return _fold(_diff(a, b))


def readable_diff(old: str, new: str) -> list[Piece]:
    sa, sb = sentences(old), sentences(new)
    out: list[Piece] = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(sa[a0:a1])))
        elif op == "delete":
            out.append(("delete", "".join(sa[a0:a1])))
        elif op == "insert":
            out.append(("insert", "".join(sb[b0:b1])))
        else:
            olds, news = sa[a0:a1], sb[b0:b1]
            for k in range(max(len(olds), len(news))):
                if k < len(olds) and k < len(news):
                    out += _sentence_pair(olds[k], news[k])
                elif k < len(olds):
                    out.append(("delete", olds[k]))
                else:
                    out.append(("insert", news[k]))
    return _merge(out)
