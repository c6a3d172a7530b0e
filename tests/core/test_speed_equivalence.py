"""The faster paths of issue 12 give exactly what the plain ones give (correctness only, no timing)."""
import json
import random
import re

from xinxi_qc.analysis import dates, entities, figures
from xinxi_qc.analysis.text import _FULL_TO_HALF, anchored_finditer, normalize
from xinxi_qc.output.json_format import dumps_indented


def _random_texts(alphabet: str, n: int = 3000, seed: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_dumps_indented_is_json_dumps():
    rng = random.Random(3)

    def value(depth=0):
        r = rng.random()
        if depth > 3 or r < 0.35:
            return rng.choice([None, True, False, 0, -7, 2 ** 70, 1.25, -0.0, float("nan"), float("inf"),
                               "", "引号\"、反斜杠\\、换行\n、\u2028", "x"])
        if r < 0.65:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(["k", "中", "", 1, 2.5, True, None]): value(depth + 1) for _ in range(rng.randint(0, 3))}

    for _ in range(2000):
        obj = value()
        assert dumps_indented(obj) == json.dumps(obj, ensure_ascii=False, indent=2)


def test_normalize_is_translate():
    chars = [chr(c) for c in _FULL_TO_HALF] + list("ab中文\n]^-\\")
    for text in _random_texts("".join(chars)):
        assert normalize(text) == text.translate(_FULL_TO_HALF)


def _same(pattern: re.Pattern, found, texts):
    for text in texts:
        assert [m.span() for m in found(text)] == [m.span() for m in pattern.finditer(text)], text


def test_anchored_date_and_period_patterns():
    texts = _random_texts("20251年月日号份-—至到~～/.上中下旬底末半季度前两个第一二三四五六七八九十〇零 ，")
    _same(dates._ABSOLUTE, lambda t: anchored_finditer(dates._ABSOLUTE, t, dates._MONTH, 7), texts)
    _same(dates._DEKAD, lambda t: anchored_finditer(dates._DEKAD, t, dates._MONTH, 7), texts)
    _same(dates._ISO, lambda t: anchored_finditer(dates._ISO, t, dates._ISO_SEPARATOR, 4), texts)
    for (pattern, _), anchor in zip(dates._PERIODS, dates._PERIOD_ANCHORS):
        if anchor is not None:
            _same(pattern, lambda t, p=pattern, a=anchor: anchored_finditer(p, t, *a), texts)


def test_person_case_and_figure_scans():
    texts = _random_texts("某×X村民书记主任村支业主任经营户张王李说，。在县长委员长老人大爷一以典型案例比如家店厂为0123456789.,%-")
    _same(entities._PERSON, entities._person_matches, texts)
    _same(entities._CASE, lambda t: anchored_finditer(entities._CASE, t, entities._CASE_ANCHOR, 2), texts)
    _same(figures._ARABIC, figures._ARABIC_SCAN.finditer, texts + _random_texts("0123456789a.,%万元-— 年"))
