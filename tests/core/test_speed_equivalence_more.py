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
    assert plain_units.pattern != units
    texts = _random_texts("基本情况主要问题存在的原因分析对策建议成效做法\n：: 一二12345.,，万元亿%人次户家 \t")
    for text in texts:
        assert structure._sections(text) == [m.group(1) for m in structure._SECTION.finditer(text)], text
        assert ([m.span(1) for m in structure._UNITS.finditer(text)]
                == [m.span(1) for m in plain_units.finditer(text)]), text


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
