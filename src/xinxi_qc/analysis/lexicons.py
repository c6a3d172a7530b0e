"""Lexicon data (phrase lists, cue lists, title patterns) as plain immutable values.

Reading the files is the front end's job (:func:`load_lexicons`); rules only see :class:`Lexicons`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class PhraseSet:
    """A phrase list compiled into one alternation (longest phrase first) for fast matching."""

    phrases: tuple[str, ...]
    kinds: dict = field(default_factory=dict, compare=False)
    pattern: re.Pattern | None = field(default=None, compare=False)

    @classmethod
    def of(cls, phrases, kinds=None) -> "PhraseSet":
        unique = tuple(dict.fromkeys(p for p in phrases if p))
        ordered = sorted(unique, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        return cls(unique, dict(kinds or {}), pattern)

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.pattern else iter(())

    def count(self, text: str) -> int:
        return sum(1 for _ in self.finditer(text))

    def plus(self, extra, kind: str = "office") -> "PhraseSet":
        kinds = dict(self.kinds)
        kinds.update({p: kind for p in extra})
        return PhraseSet.of(self.phrases + tuple(extra), kinds)


SLOT = "…"
# A slot stands for a short run of ordinary characters: no sentence punctuation, at most 10 of them
# (a list's 、 is no break: 在区委、区政府的坚强领导下).
_SLOT_REGEX = r"[^，。；：！？\n]{1,10}?"


def family_regex(entry: str) -> str:
    """The regular expression of one phrase-family entry: literal text, ``…`` slots, ``(甲|乙)`` choices, ``?`` optional."""
    out = []
    for i, part in enumerate(entry.split(SLOT)):
        if i:
            out.append(_SLOT_REGEX)
        for ch in part:
            out.append(ch if ch in "()|?" else re.escape(ch))
    return "".join(out)


def _anchor(entry: str) -> str | None:
    """The longest literal run of an entry outside slots and choices: a substring every match
    contains, so a family whose anchor is absent from a text is not searched at all."""
    plain = re.sub(r"\([^)]*\)\??", "\0", entry.replace(SLOT, "\0"))
    runs = [r for r in plain.split("\0") if r]
    return max(runs, key=len) if runs else None


@dataclass(frozen=True)
class PhraseFamilies:
    """Phrase families written as data (``压(紧|实)…责任``, ``在…坚强领导下``); a match reports which
    family it belongs to, so that rules count distinct families, not surface variants."""

    entries: tuple[str, ...]
    compiled: tuple[tuple[str | None, re.Pattern], ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, entries) -> "PhraseFamilies":
        unique = tuple(dict.fromkeys(e for e in entries if e))
        try:
            compiled = tuple((_anchor(e), re.compile(family_regex(e))) for e in unique)
        except re.error as exc:
            raise ValueError(f"短语模式写法有误：{exc}") from None
        return cls(unique, compiled)

    def hits(self, text: str) -> list[tuple[str, int, int]]:
        """(family, start, end) of non-overlapping matches, leftmost first (longest at a tie)."""
        found = [(m.start(), -m.end(), entry)
                 for entry, (anchor, pattern) in zip(self.entries, self.compiled)
                 if anchor is None or anchor in text
                 for m in pattern.finditer(text)]
        out, reached = [], 0
        for start, neg_end, entry in sorted(found):
            if start >= reached:
                out.append((entry, start, -neg_end))
                reached = -neg_end
        return out

    def plus(self, extra) -> "PhraseFamilies":
        return PhraseFamilies.of(self.entries + tuple(extra))


@dataclass(frozen=True)
class Lexicons:
    cliches: PhraseSet
    claims: PhraseSet
    activity: PhraseSet
    practice: PhraseSet
    result: PhraseSet
    problem: PhraseSet
    insight: PhraseSet
    comprehensive: PhraseSet
    vague_title: tuple[re.Pattern, ...]
    generic_words: frozenset[str]
    cliche_families: PhraseFamilies = field(default_factory=lambda: PhraseFamilies.of(()))
    vague_title_weak: tuple[re.Pattern, ...] = ()
    vague_title_claim: tuple[re.Pattern, ...] = ()
    work_fields: frozenset[str] = frozenset()
    title_concrete: tuple[re.Pattern, ...] = ()
    title_result: tuple[re.Pattern, ...] = ()
    slogan_words: tuple[str, ...] = ()
    meeting_title: tuple[re.Pattern, ...] = ()
    meeting_body: PhraseSet = field(default_factory=lambda: PhraseSet.of(()))
    meeting_outcomes: tuple[re.Pattern, ...] = ()
    # (title words, body words): an event a title announces that the body must name, whatever else it reports
    named_outcomes: tuple[tuple[re.Pattern, re.Pattern], ...] = ()
    place_names: PhraseSet = field(default_factory=lambda: PhraseSet.of(()))
    activity_counts: PhraseSet = field(default_factory=lambda: PhraseSet.of(()))
    outcome_counts: PhraseSet = field(default_factory=lambda: PhraseSet.of(()))
    latin_terms: dict = field(default_factory=dict, compare=False)   # GDP → (生产总值,)
    # (收入, 支出, (接收, 募集)): a title's term, the one opposed to it, and other words the body may use for the term
    opposite_terms: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    user_dict: Path | None = None
    families: tuple[str, ...] = ("activity", "practice", "result", "problem", "insight", "comprehensive")

    @cached_property
    def _cue_scan(self) -> tuple[re.Pattern | None, dict[str, tuple[int, ...]]]:
        owners: dict[str, list[int]] = {}
        for k, family in enumerate(self.families):
            for phrase in getattr(self, family).phrases:
                owners.setdefault(phrase, []).append(k)
        ordered = sorted(owners, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        return pattern, {p: tuple(ks) for p, ks in owners.items()}

    @cached_property
    def vague_title_any(self) -> re.Pattern | None:
        """One pattern that matches where any generic-title pattern (strong or weak) matches: a
        title it does not match needs no pattern-by-pattern search (None: cannot be combined)."""
        return any_of(self.vague_title + self.vague_title_weak + self.vague_title_claim)

    @cached_property
    def title_concrete_any(self) -> re.Pattern | None:
        """One pattern that matches where any concrete-measure title pattern matches."""
        return any_of(self.title_concrete)

    def cue_counts(self, text: str) -> dict[str, int]:
        """Occurrences of each cue family in one pass over ``text`` (leftmost-longest matches)."""
        pattern, owners = self._cue_scan
        counts = [0] * len(self.families)
        if pattern is not None:
            for phrase in pattern.findall(text):
                for k in owners[phrase]:
                    counts[k] += 1
        return dict(zip(self.families, counts))

    def cliche_hits(self, text: str) -> list[tuple[str, int, int]]:
        """(family, start, end) of every stock phrase: slot families first, then listed phrases
        outside them; a listed phrase that a family covers (取得了明显成效 ⊂ 取得…成效) counts as it."""
        hits = self.cliche_families.hits(text)
        # family hits do not overlap and come in order: the one starting last before a phrase's end
        # is the only one that can overlap it (a bisection, not a scan: linear in the text)
        starts, ends = [s for _, s, _ in hits], [e for _, _, e in hits]
        family_of: dict[str, str] = {}
        for m in self.cliches.finditer(text):
            k = bisect_left(starts, m.end()) - 1
            if k >= 0 and ends[k] > m.start():
                continue
            phrase = m.group()
            if phrase not in family_of:
                covering = self.cliche_families.hits(phrase)
                family_of[phrase] = covering[0][0] if covering and covering[0][1:] == (0, len(phrase)) else phrase
            hits.append((family_of[phrase], m.start(), m.end()))
        return sorted(hits, key=lambda h: h[1])

    def with_extra(self, **extra_phrases) -> "Lexicons":
        """A copy with office phrases added, e.g. ``with_extra(cliches=[...])``; a cliche written
        with a ``…`` slot joins the phrase families."""
        extra = {name: list(values) for name, values in extra_phrases.items() if values}
        families = [p for p in extra.get("cliches", ()) if SLOT in p or "(" in p]
        if families:
            extra["cliches"] = [p for p in extra["cliches"] if p not in families]
        changes = {name: _plus(getattr(self, name), values) for name, values in extra.items() if values}
        if families:
            changes["cliche_families"] = self.cliche_families.plus(families)
        return replace(self, **changes)


def _plus(current, values):
    return current | frozenset(values) if isinstance(current, frozenset) else current.plus(values)


def any_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """The alternation of ``patterns``: it searches true exactly where one of them does. None when
    that cannot be guaranteed (no patterns, differing flags, group references or inline flags)."""
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    # (a named group, which several patterns may share, only marks a part: unnamed in the alternation)
    joined = re.sub(r"\(\?P<\w+>", "(?:", "|".join(f"(?:{p.pattern})" for p in patterns))
    if re.search(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]", joined):
        return None
    try:
        return re.compile(joined, patterns[0].flags)
    except re.error:
        return None


def read_list(path: Path) -> tuple[list[str], dict[str, str]]:
    """Entries of a lexicon file and the ``[kind]`` section each belongs to."""
    entries, kinds, kind = [], {}, ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1]
            continue
        entries.append(line)
        kinds[line] = kind
    return entries, kinds


def load_lexicons(directory: Path) -> Lexicons:
    def phrases(name: str) -> PhraseSet:
        entries, kinds = read_list(directory / name)
        return PhraseSet.of(entries, kinds)

    vague, vague_kinds = read_list(directory / "vague_title.txt")

    def title_patterns(kind: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p) for p in vague if vague_kinds[p] == kind)

    generic, _ = read_list(directory / "generic_words.txt")
    meeting, meeting_kinds = read_list(directory / "meeting_words.txt")
    roles, role_kinds = read_list(directory / "figure_roles.txt")
    return Lexicons(
        cliches=phrases("cliches.txt"),
        claims=phrases("claims.txt"),
        activity=phrases("activity_cues.txt"),
        practice=phrases("practice_cues.txt"),
        result=phrases("result_cues.txt"),
        problem=phrases("problem_cues.txt"),
        insight=phrases("insight_cues.txt"),
        comprehensive=phrases("comprehensive_cues.txt"),
        vague_title=title_patterns("generic"),
        vague_title_weak=title_patterns("weak"),
        vague_title_claim=title_patterns("claim"),
        work_fields=frozenset(read_list(directory / "work_fields.txt")[0]),
        title_concrete=title_patterns("concrete"),
        title_result=title_patterns("result"),
        slogan_words=tuple(p for p in vague if vague_kinds[p] == "slogan"),
        meeting_title=tuple(re.compile(p) for p in meeting if meeting_kinds[p] == "title"),
        meeting_body=PhraseSet.of(p for p in meeting if meeting_kinds[p] == "body"),
        meeting_outcomes=tuple(re.compile(p) for p in meeting if meeting_kinds[p] == "outcome"),
        named_outcomes=tuple((re.compile(t.strip()), re.compile(b.strip())) for t, b in
                             (p.split("=>", 1) for p in meeting if meeting_kinds[p] == "named")),
        place_names=PhraseSet.of(*read_list(directory / "place_names.txt")),
        activity_counts=PhraseSet.of(p for p in roles if role_kinds[p] == "activity"),
        outcome_counts=PhraseSet.of(p for p in roles if role_kinds[p] == "outcome"),
        generic_words=frozenset(generic),
        cliche_families=PhraseFamilies.of(read_list(directory / "cliche_families.txt")[0]),
        latin_terms=_term_equivalents(read_list(directory / "latin_terms.txt")[0]),
        opposite_terms=tuple((words[0], words[1], tuple(words[2:]))
                             for words in (line.split() for line in read_list(directory / "opposite_terms.txt")[0])),
        user_dict=directory / "gov_dict.txt",
    )


def _term_equivalents(lines) -> dict[str, tuple[str, ...]]:
    """``GDP 生产总值`` lines as {"gdp": ("生产总值",)}, keyed in lower case."""
    out = {}
    for line in lines:
        term, *equivalents = line.split()
        out[term.lower()] = tuple(equivalents)
    return out
