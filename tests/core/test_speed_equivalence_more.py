"""More fast paths of issue 12 against the plain forms they replace (correctness only, no timing)."""
import random
import re

from xinxi_qc.analysis import text as text_module
from xinxi_qc.classify import structure


def _random_texts(alphabet: str, n: int = 4000, seed: int = 19) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_structure_sections_and_units():
    # the plain form: a match tried at every digit (quadratic on a long run of digits and separators)
    units = structure._UNITS.pattern
    plain_units = re.compile(r"\d[\d.,，]*\s*" + units[units.index("(亿元"):])
    # and the form before its first character was read up front
    lookbehind_units = re.compile(r"(?<![\d.,，])[.,，]*\d[\d.,，]*\s*" + units[units.index("(亿元"):])
    assert plain_units.pattern != units != lookbehind_units.pattern
    texts = _random_texts("基本情况主要问题存在的原因分析对策建议成效做法\n：: 一二12345.,，万元亿%人次户家 \t")
    for text in texts:
        assert structure._sections(text) == [m.group(1) for m in structure._SECTION.finditer(text)], text
        assert ([m.span(1) for m in structure._UNITS.finditer(text)]
                == [m.span(1) for m in plain_units.finditer(text)]), text
        assert ([m.span() + m.span(1) for m in structure._UNITS.finditer(text)]
                == [m.span() + m.span(1) for m in lookbehind_units.finditer(text)]), text


def test_structure_periods_match_the_plain_form():
    # the plain form tried …月 at every digit of a run: quadratic on a long run of digits
    plain = re.compile(structure._PERIOD.pattern.replace(r"(?<=\d)(?<!\d\d)\d*月份?", r"(?<=\d)\d*月份?"))
    assert plain.pattern != structure._PERIOD.pattern
    for text in _random_texts("0123456789年月份季度前上下半全截至今以来-—~到两三一二四 ，", n=20000):
        assert [m.span() for m in structure._PERIOD.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def _plain_paragraphs(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        stripped = m.group().strip()
        if stripped:
            lead = len(m.group()) - len(m.group().lstrip())
            out.append((m.start() + lead, m.start() + lead + len(stripped), stripped))
    return out


def _plain_sentences(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in text_module._SENTENCE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if stripped and re.search(r"\w", stripped):
            lead = len(raw) - len(raw.lstrip())
            out.append((m.start() + lead, m.start() + lead + len(stripped), stripped))
    return out


def test_paragraphs_and_sentences_are_the_stripped_matches():
    texts = _random_texts("ab 你好\n\t\u3000\x1c\x85。！？；!?;”’」』）)“—", n=20000)
    for text in texts:
        assert [(s.start, s.end, s.text) for s in text_module.paragraphs("body", text)] == _plain_paragraphs(text)
        assert [(s.start, s.end, s.text) for s in text_module.sentences("body", text)] == _plain_sentences(text)


def test_first_named_is_there_a_name_of_find_named():
    from xinxi_qc.analysis.entities import find_named, first_named

    alphabet = "青川县临溪镇桃源村社区公司合作社项目平台“”《》书记主任张王李某×一家店以为例如比如的在和全各，。说"
    texts = _random_texts(alphabet, n=3000) + [
        "青川县临溪镇桃源村推行“户分类、村收集”。", "全市各地积极推进农村人居环境整治。", "“时间银行”项目上线。",
        "村民张某反映，县城一家餐馆油烟扰民。", "",
    ]
    kinds_seen = set()
    for text in texts:
        names = [s for s in find_named("body", text) if s.kind != "project"]
        first = first_named("body", text)
        assert (first is None) == (not names), text
        if first is not None:
            assert first in names, text
            kinds_seen.add(first.kind)
    assert {"place", "jurisdiction", "organisation", "person", "case"} <= kinds_seen


def test_lac_character_ids_are_the_two_step_lookup():
    from xinxi_qc.analysis.words import _load_lac, _tag_tables

    lac = _load_lac()
    char_ids, _, _ = _tag_tables(lac)
    chars = {c for c in lac._vocab if len(c) == 1} | set(lac._q2b) | set("ＡＢ１２，。　中文\n\t😀\x00")
    assert len(chars) > 1000
    for c in chars:
        assert char_ids.get(c, lac._oov_id) == lac._vocab.get(lac._q2b.get(c, c), lac._oov_id), repr(c)
