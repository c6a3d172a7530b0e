"""Which items share near-verbatim sentences (README: boilerplate), written for the generator.

README: an item is boilerplate when it "shares a passage of at least 2 near-verbatim sentences
with an item from a different unit". Read here as:

- a *sentence* ends at 。！？； or a line break; it is compared after figures become 0, the names
  the generator drew (places, villages, enterprises, persons, units) become △, the period and
  scope words (上半年, 全县 …) become △ and punctuation is dropped; sentences with fewer than
  ``MIN_CHARS`` characters left are not compared;
- two sentences are *near-verbatim* when the Dice coefficient of their character-bigram sets is
  at least ``NEAR``;
- a *shared passage of 2 sentences*: two near-verbatim pairs (i1, j1), (i2, j2) in the same order
  in both items, at most ``GAP`` unmatched sentences apart on either side (a copied passage with
  one sentence inserted or dropped is still a copied passage).

One long sentence shared almost word for word (``LONG_CHARS`` characters, Dice ≥ ``LONG_NEAR``)
is not a passage of 2 sentences, but a reader could call it copied: the generator treats it as
ambiguous and draws again, as it does for every other label near its threshold.

This is independent code (no import from the checker); the index is exact (prefix filtering
on the rarest bigrams of a sentence finds every pair above ``NEAR``).
"""
from __future__ import annotations

import re
from collections import defaultdict

NEAR = 0.7   # below the 0.75 a reader would still call near-verbatim: a margin
GAP = 1
MIN_CHARS = 8
LONG_CHARS = 40
LONG_NEAR = 0.9

_SENT = re.compile(r"[^。！？；!?;\n]+")
_FIG = re.compile(r"\d+(?:\.\d+)?")
_VOLATILE = re.compile(r"今年以来|今年前两个季度|前三季度|上半年|一季度|全县|全区|全镇|全市|我局|该局|本局|我分局|该分局"
                       r"|[一二三四五六]是|第[一二三四五六]|首先|其次|再次|此外|同时|目前|近期|近日|日前|比如|例如"
                       r"|分析原因|究其原因|从原因看|主要是")
_PUNCT = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z△]+")


class Normaliser:
    def __init__(self, names: list[str]):
        names = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
        self._names = re.compile("|".join(map(re.escape, names))) if names else None

    def sentences(self, body: str) -> list[frozenset[str]]:
        out = []
        for m in _SENT.finditer(body):
            s = m.group()
            if self._names is not None:
                s = self._names.sub("△", s)
            s = _FIG.sub("0", s)
            s = _VOLATILE.sub("△", s)
            runs = [r for r in _PUNCT.split(s) if r]
            chars = sum(len(r) for r in runs)
            grams = frozenset(r[i:i + 2] for r in runs for i in range(len(r) - 1))
            out.append(grams if chars >= MIN_CHARS else frozenset())
        return out


def dice(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


class Index:
    """Sentences of accepted items; ``conflicts`` tells whether a new item shares a passage."""

    def __init__(self):
        self.items: list[tuple[str, str | None, list[frozenset]]] = []   # (unit, group, sentences)
        self.post: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def add(self, unit: str, group: str | None, sents: list[frozenset]) -> None:
        k = len(self.items)
        self.items.append((unit, group, sents))
        for j, g in enumerate(sents):
            for b in g:
                self.post[b].append((k, j))

    def _matches(self, sents: list[frozenset], skip) -> dict[int, list[tuple[int, int, float, int]]]:
        """item -> [(i, j, dice, size)] near-verbatim pairs (i in the new item, j in the old)."""
        found: dict[int, list] = defaultdict(list)
        for i, a in enumerate(sents):
            if not a:
                continue
            # Dice ≥ NEAR implies |a ∩ b| ≥ NEAR/(2-NEAR)·|a|: one of a's rarest
            # |a| − that + 1 bigrams is in b.
            need = int(NEAR / (2 - NEAR) * len(a) - 1e-9)
            prefix = sorted(a, key=lambda b: (len(self.post.get(b, ())), b))[:len(a) - need + 1]
            seen = set()
            for b in prefix:
                for k, j in self.post.get(b, ()):
                    if (k, j) in seen or skip(k):
                        continue
                    seen.add((k, j))
                    d = dice(a, self.items[k][2][j])
                    if d >= NEAR:
                        found[k].append((i, j, d, min(len(a), len(self.items[k][2][j])) + 1))
        return found

    def conflicts(self, unit: str, group: str | None, sents: list[frozenset]) -> list[int]:
        """Accepted items (outside ``group``) that ``sents`` may not sit beside: items of other
        units sharing a passage of 2 near-verbatim sentences (or one long sentence almost word
        for word), and items of the same unit that are nearly the same item (a resubmission)."""
        def skip(k):
            return group is not None and self.items[k][1] == group
        out = []
        for k, pairs in self._matches(sents, skip).items():
            if self.items[k][0] != unit:
                if shares_passage(pairs):
                    out.append(k)
            elif near_duplicate(pairs, sents, self.items[k][2]):
                out.append(k)
        return out


def shares_passage(pairs: list[tuple[int, int, float, int]]) -> bool:
    for i, j, d, size in pairs:
        if size >= LONG_CHARS and d >= LONG_NEAR:
            return True
    ps = sorted(pairs)
    for x in range(len(ps)):
        for y in range(x + 1, len(ps)):
            di, dj = ps[y][0] - ps[x][0], ps[y][1] - ps[x][1]
            if di > GAP + 1:
                break
            if 1 <= di <= GAP + 1 and 1 <= dj <= GAP + 1:
                return True
    return False


# Same unit: two items are one submission sent twice when much of both is the same text. The
# generator keeps apart from it by a margin: no item of a unit has DUP_MAX of its text matched
# by another item of the unit while that one has DUP_MIN matched (resubmission pairs excepted).
DUP_MAX = 0.6
DUP_MIN = 0.4


def _covered(idx: set[int], sents: list[frozenset]) -> float:
    total = sum(len(g) + 1 for g in sents if g)
    return sum(len(sents[i]) + 1 for i in idx) / total if total else 0.0


def near_duplicate(pairs, new: list[frozenset], old: list[frozenset]) -> bool:
    a = _covered({i for i, _, _, _ in pairs}, new)
    b = _covered({j for _, j, _, _ in pairs}, old)
    return max(a, b) >= DUP_MAX and min(a, b) >= DUP_MIN
