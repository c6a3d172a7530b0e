"""The analysed item every rule reads: normalised fields, paragraphs, sentences, figures, named
things, dates, title words. Each part is computed on first use and then shared by all rules."""
from __future__ import annotations

import re
from datetime import date
from functools import cached_property

from ..model import Item
from .dates import find_dates
from .entities import dictionary_word, find_named, first_named, misread_place, names_from_entities
from .figures import find_figures
from .lexicons import Lexicons
from .text import Span, normalize, paragraphs, sentences
from .words import Segmenter


_WHITESPACE = re.compile(r"\s")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A central body cited as the source of a directive (按照农业农村部要求, 贯彻落实党中央、国务院部署).
# the stem of the unit's own county or city (云屏 of 云屏县停车管理服务中心, 云屏县委宣传部), when it is no
# common word (开发 of 开发区管委会, 示范 of 示范区农业农村局: a kind of zone)
_JURISDICTION_STEM = re.compile(r"([\u4e00-\u9fff]{2})[省市县区]")
_CITED = re.compile(r"(?:按照|根据|贯彻|落实|遵照|依据|依照|对照)[^，。；]{0,4}$")
# NER runs on the first two sentences only, capped: the people and places an item is about come
# first, and LAC costs about 0.6 ms per 50 characters.
_NER_WINDOW = 120
_NER_BUDGET = 600
_ALL_STOP = re.compile(r"[的了和与及在对为把被将是有等并从向于以个中上下后前其该]+")


_CLAUSE_START = re.compile(r"[，,；;。！？：:\n]")


# An outcome of none over a stated period or scope: 截至4月底全镇未发生一起森林火灾, 实现零事故.
_NONE_HAPPENED = re.compile(r"(?:未|没有)发生(?:一起|一例|任何)?[^，。；]{0,8}(?:事故|火灾|案件|事件|伤亡|险情)"
                            r"|(?:实现|保持)[^，。；]{0,6}零(?:事故|发生|伤亡|火灾|投诉|火点)"
                            r"|(?:未|没有)(?:监测|发现|出现)到?[^，。；]{0,6}(?:火点|火情|焚烧)")   # 卫星遥感未监测到焚烧火点


class Document:
    def __init__(self, item: Item, lexicons: Lexicons, segmenter: Segmenter, today: date | None = None):
        self.item = item
        self.lexicons = lexicons
        self.segmenter = segmenter
        self.today = today
        self.title = normalize(item.title)
        self.body = normalize(item.body)

    def text(self, field: str) -> str:
        return self.title if field == "title" else self.body

    @property
    def reference_date(self) -> date | None:
        """The day relative dates refer to: the submission date, else the day of the check."""
        return self.item.submitted or self.today

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs("body", self.body)

    @cached_property
    def sentences(self) -> list[Span]:
        return sentences("body", self.body)

    @cached_property
    def body_chars(self) -> int:
        """Characters of the body not counting whitespace."""
        return len(self.body) - len(_WHITESPACE.findall(self.body))

    @cached_property
    def figures(self) -> list[Span]:
        return find_figures("body", self.body)

    @cached_property
    def title_figures(self) -> list[Span]:
        return find_figures("title", self.title)

    @cached_property
    def named(self) -> list[Span]:
        return find_named("body", self.body)

    @cached_property
    def title_named(self) -> list[Span]:
        return find_named("title", self.title)

    @cached_property
    def dates(self) -> list[tuple[Span, date]]:
        return find_dates("body", self.body, self.reference_date)

    @cached_property
    def lead_dates(self) -> list[tuple[Span, date]]:
        """The :attr:`dates` that start in the first paragraph, found without reading past it (a
        date holds no whitespace, so none runs over the paragraph's end)."""
        if not self.paragraphs:
            return []
        lead = self.paragraphs[0]
        if "dates" in self.__dict__:
            return [(s, d) for s, d in self.dates if lead.start <= s.start < lead.end]
        return [(s, d) for s, d in find_dates("body", self.body[:lead.end], self.reference_date)
                if s.start >= lead.start]

    @cached_property
    def title_words(self) -> list[tuple[str, int, int]]:
        return self.segmenter.cut(self.title)

    @cached_property
    def title_content_words(self) -> list[tuple[str, int, int]]:
        """Title words that name something: two or more characters, Chinese, not generic."""
        generic = self.lexicons.generic_words
        return [(w, s, e) for w, s, e in self.title_words
                if len(w) >= 2 and w not in generic and _CJK.search(w) and not _ALL_STOP.fullmatch(w)]

    def spans_in(self, spans: list[Span], start: int, end: int) -> list[Span]:
        """The spans lying wholly inside ``[start, end)``, in their order in ``spans``.

        Short lists are scanned; for a longer one the starts are sorted once per document (kept
        with the list) and each call bisects them, so a sentence-by-sentence pass over a long body
        stays linear in size instead of sentences × spans."""
        if len(spans) < 16:
            return [s for s in spans if s.start >= start and s.end <= end]
        from bisect import bisect_left, bisect_right

        lookups = self.__dict__.setdefault("_spans_in_lookup", {})
        entry = lookups.get(id(spans))
        if entry is None or entry[0] is not spans or len(entry[2]) != len(spans):
            order = sorted(range(len(spans)), key=lambda k: spans[k].start)
            entry = (spans, [spans[k].start for k in order], order)   # the list itself keeps its id unique
            lookups[id(spans)] = entry
        _, starts, order = entry
        hits = order[bisect_left(starts, start):bisect_right(starts, end)]
        if len(hits) > 1:
            hits.sort()
        return [spans[k] for k in hits if spans[k].end <= end]

    @cached_property
    def cases(self) -> list[Span]:
        """Named things that make a concrete case: not the reporting jurisdiction (…省/市/县/区) and
        not a quoted programme name, which say where and what, not which one."""
        return [s for s in self.named if s.kind in ("organisation", "person", "case", "place")]

    @cached_property
    def proper_names(self) -> list[Span]:
        """Proper names in the body, as many as it takes to know that there is one (the first
        found, or the names of the first tagger window that has any), the reporting jurisdiction
        included (青川县, 某市审计局): a text that names nobody and nowhere reads as 我县/全市
        boilerplate. Programme names (“明厨亮灶”, …项目/平台) say what was done, not where or by
        whom, and do not count."""
        first = first_named("body", self.body)
        if first is not None or not self.sentences:
            return [first] if first is not None else []
        lexicon = self.lexicons.place_names
        for m in lexicon.finditer(self.body):
            national = lexicon.kinds.get(m.group()) == "national"
            if national and _CITED.search(self.body, max(0, m.start() - 8), m.start()):
                continue   # 按照农业农村部要求: whose directive, not a case
            if misread_place(self.body, m.start(), m.end()):
                continue   # 中国特色社会主义思想, 非洲猪瘟, 15日|本供暖季: no place
            if self._whole_word(m.start(), m.end()):
                return [Span("body", m.start(), m.end(), m.group(), "organisation" if national else "place")]
        own = _JURISDICTION_STEM.match(self.item.unit or "")
        if own is not None and not dictionary_word(own.group(1)):   # 为建设美丽云屏作出贡献 by a 云屏县 unit: its county
            for m in re.finditer(re.escape(own.group(1)), self.body):
                if self._whole_word(m.start(), m.end()):
                    return [Span("body", m.start(), m.end(), m.group(), "place")]
        # The tagger reads windows of at most _NER_WINDOW characters from the lead on (its cost grows
        # faster than the text), up to _NER_BUDGET characters, and stops at the first name it finds.
        for start, end in self._ner_windows():
            entities = self.segmenter.entities(self.body[start:end])
            names = names_from_entities("body", [(w, t, start + s, start + e) for w, t, s, e in entities],
                                        self.body)
            if names:
                return names
        return []

    def _whole_word(self, start: int, end: int) -> bool:
        """Whether the segmenter reads body[start:end] as whole words (中国 in 其中|国有 is not)."""
        lo = max(0, start - 8)
        edges = {lo + s for _, s, _ in self.segmenter.cut(self.body[lo:end + 8])}
        return start in edges and (end in edges or end >= len(self.body))

    def _ner_windows(self):
        read, start = 0, self.sentences[0].start
        for sentence in self.sentences:
            if read >= _NER_BUDGET:
                return
            if sentence.end - start > _NER_WINDOW and sentence.start > start:
                yield start, sentence.start
                read += sentence.start - start
                start = sentence.start
            while sentence.end - start > _NER_WINDOW and read < _NER_BUDGET:   # one long sentence
                yield start, start + _NER_WINDOW
                read += _NER_WINDOW
                start += _NER_WINDOW
        if start < self.sentences[-1].end and read < _NER_BUDGET:
            yield start, self.sentences[-1].end

    @cached_property
    def outcome_figures(self) -> list[Span]:
        """The body's figures less the counts of work done (召开会议8次, 出动人员1260人次): a figure
        whose clause names an activity and no outcome (``figure_roles.txt``)."""
        activity, outcome = self.lexicons.activity_counts, self.lexicons.outcome_counts
        if activity.pattern is None:
            return self.figures
        body, kept = self.body, []
        for fig in self.figures:
            if fig.text.endswith("级"):
                continue   # 县乡两级: the levels that did the work, no outcome
            clause = body[max(0, fig.start - 40):fig.start]
            clause = _CLAUSE_START.split(clause)[-1]
            # (…对12个乡镇服务站和40个村服务站进行了调研: the work named after the counts)
            clause += _CLAUSE_START.split(body[fig.end:fig.end + 30])[0]
            if activity.pattern.search(clause) is None or (
                    outcome.pattern is not None and outcome.pattern.search(clause + body[fig.start:fig.end + 2])):
                kept.append(fig)
        return kept

    @cached_property
    def evidence_by_sentence(self) -> list[bool]:
        """Whether each sentence carries a figure of an outcome, a concrete case, or an outcome of
        none (截至4月底全镇未发生一起森林火灾)."""
        figures, cases = self.outcome_figures, self.cases
        unit = self.item.unit or ""
        if unit:   # the unit itself (金屿街道 of 金屿街道办事处) is who claims, not a case that backs it
            cases = [c for c in cases if c.text not in unit]
        # nor is the item's subject the title names (如今的石门村…生态环境明显改善 under 石门村废弃矿山变身…)
        # (东仓小区 under 东仓社区推行…: the same place by another suffix)
        cases = [c for c in cases if c.text not in self.title and _place_stem(c.text) not in self.title + unit]
        # nor is the speaker who makes the claim (所长陈立新指出，…取得了明显成效)
        cases = [c for c in cases if not (c.kind == "person" and _SPEAKS.match(self.body, c.end))]
        return [bool(self.spans_in(figures, sentence.start, sentence.end)
                     or self.spans_in(cases, sentence.start, sentence.end)
                     or _NONE_HAPPENED.search(sentence.text))
                for sentence in self.sentences]


_SPEAKS = re.compile(r"(?:在讲话中|在会上)?(?:指出|强调|表示|要求|认为|介绍|说)|对[^，。；]{0,20}?给予了?(?:充分)?肯定")
_PLACE_END = re.compile(r"(?:社区|小区|街道|村|镇|乡)$")


def _place_stem(name: str) -> str:
    """A village's or estate's name without its suffix (东仓 of 东仓小区); a name of another kind whole."""
    stem = _PLACE_END.sub("", name)
    return stem if len(stem) >= 2 and stem != name else name
