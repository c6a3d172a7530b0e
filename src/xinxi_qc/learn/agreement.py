"""Title–body agreement: does the title report what the body reports? A logistic model over a
few interpretable features; it drives the ``title-mismatch`` rule with a threshold fitted on dev."""
from __future__ import annotations

import math
import re

from ..analysis.document import Document
from ..rules.title import column_prefix_end, content_words, word_in_body
from .modelfile import ModelFileError, number, numbers, paired, strings
from .ngrams import Vocabulary, cosine
from .type_model import type_text

KIND = "agreement-model"
FEATURES = ("coverage_body", "coverage_lead", "missing_words", "any_missing", "bigram_body", "bigram_lead",
            "tfidf_body", "tfidf_lead", "title_figures", "figures_found", "named_found", "unbacked_claim",
            "match_depth", "lead_in_title", "title_problem", "body_problem",
            "idf_coverage_body", "idf_coverage_lead", "max_missing_idf",
            "idf_bigram_body", "idf_bigram_lead", "idf_coverage_first", "missing_idf_sum", "longest_run",
            "distinct_missing")
_PROBLEM = re.compile(r"问题|难|不足|短板|调研|隐患|风险|瓶颈|亟待|薄弱|不到位|滞后|缺口|不畅|闲置|建而不用")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_CLAIM = re.compile(r"率先|首创|首个|首家|第一|大幅|显著|成效|翻番|创新高|零的突破")


def _lead(doc: Document) -> str:
    return doc.paragraphs[0].text if doc.paragraphs else doc.body


def _bigram_cover(title: str, text: str) -> float:
    grams = set(_CJK_BIGRAM.findall(title))
    return sum(1 for g in grams if g in text) / len(grams) if grams else 1.0


def _idf_coverage(words: list[str], weights: list[float], text: str) -> float:
    total = sum(weights)
    return sum(wt for w, wt in zip(words, weights) if word_in_body(w, text)) / total if total else 1.0


def _idf_bigram_cover(words: list[str], weights: list[float], text: str) -> float:
    """Share of the title words' character pairs found in ``text``, each word weighted by its IDF:
    a long name split differently in the body (食品安全监管 / 监管食品安全) still counts in part."""
    total = hit = 0.0
    for w, wt in zip(words, weights):
        grams = [w[i:i + 2] for i in range(len(w) - 1)]
        total += wt
        hit += wt * sum(1 for g in grams if g in text) / len(grams)
    return hit / total if total else 1.0


_CHANGE_BEFORE = re.compile(r"(?:缩短|减少|下降|降低|压缩|提高|提升|增加|增长|节约|节省)(?:了|约|近)?$")


def _figures_found(doc: Document, body: str) -> list[bool]:
    """Per title number: in the body, or — after a change word (缩短1.5小时) — the difference of
    two body numbers (由3.5小时缩短至2小时)."""
    found = []
    values = None
    for f in doc.title_figures:
        changed = _CHANGE_BEFORE.search(doc.title, 0, f.start) is not None
        for number in _DIGITS.findall(f.text):
            if number in body or not changed:
                found.append(number in body)
                continue
            if values is None:
                values = [float(v) for v in dict.fromkeys(_DIGITS.findall(body))][:40]
            target = float(number)
            found.append(any(abs(abs(a - b) - target) < 1e-9 for i, a in enumerate(values) for b in values[i + 1:]))
    return found


def _longest_run(title: str, body: str) -> float:
    """The longest stretch of the title (in characters) found verbatim in the body, over 10."""
    best, n, i = 0, len(title), 0
    while i + best < n:
        k = best + 1
        while i + k <= n and title[i:i + k] in body:
            best = k
            k += 1
        i += 1
    return min(best, 20) / 10.0


_DISTINCT = 9.0  # jieba IDF of a distinctive word (a place, a name, a rare term)


def any_missing(doc: Document) -> bool:
    """Whether some title word is missing from the body: the only items the rule asks the model about."""
    return any(not word_in_body(w, doc.body) for w, _, _ in content_words(doc))


def features(doc: Document, vocabulary: Vocabulary) -> list[float]:
    words = [w for w, _, _ in content_words(doc)]
    body = doc.body
    lead = _lead(doc)
    in_body = [word_in_body(w, body) for w in words]
    in_lead = [word_in_body(w, lead) for w in words]
    # IDF weights matter only where a word is missing somewhere (the table loads on first use)
    weights = [doc.segmenter.idf(w) for w in words] if not all(in_lead) else [1.0] * len(words)
    total = sum(weights)
    n_words = len(words)
    title_vec = vocabulary.vector(doc.title)
    figures = [n for f in doc.title_figures for n in _DIGITS.findall(f.text)]
    named = [s.text for s in doc.title_named]
    claim = bool(_CLAIM.search(doc.title))
    missing = sum(1 for w in words if w not in body)
    # How deep in the body the title's words first appear: a title built from a side detail
    # (a figure in the fourth paragraph of a problem report) is 主题不突出.
    positions = [p for p in (body.find(w) for w in words) if p >= 0] + [p for p in (body.find(n) for n in figures) if p >= 0]
    depth = (sum(positions) / len(positions) / max(len(body), 1)) if positions else 1.0
    first_sentence = doc.sentences[0].text if doc.sentences else lead
    problem_rate = len(_PROBLEM.findall(body)) * 100 / max(len(body), 50)
    missing_weights = [wt for wt, found in zip(weights, in_body) if not found]
    return [
        sum(in_body) / n_words if n_words else 1.0,
        sum(in_lead) / n_words if n_words else 1.0,
        missing / 5.0,
        1.0 if missing else 0.0,
        _bigram_cover(doc.title, body),
        _bigram_cover(doc.title, lead),
        cosine(title_vec, vocabulary.vector_for(doc, type_text(doc))),
        cosine(title_vec, vocabulary.vector(lead)),
        1.0 if figures else 0.0,
        sum(_figures_found(doc, body)) / len(figures) if figures else 1.0,
        sum(1 for n in named if n in body) / len(named) if named else 1.0,
        1.0 if claim and not doc.figures else 0.0,
        depth,
        _bigram_cover(first_sentence, doc.title),
        1.0 if _PROBLEM.search(doc.title) else 0.0,
        problem_rate,
        sum(wt for wt, found in zip(weights, in_body) if found) / total if total else 1.0,
        sum(wt for wt, found in zip(weights, in_lead) if found) / total if total else 1.0,
        max(missing_weights, default=0.0) / 12.0,
        _idf_bigram_cover(words, weights, body),
        _idf_bigram_cover(words, weights, lead),
        _idf_coverage(words, weights, first_sentence),
        sum(missing_weights) / 20.0,
        _longest_run(doc.title[column_prefix_end(doc.title):], body),
        sum(1 for wt in missing_weights if wt >= _DISTINCT) / 2.0,
    ]


def validate(document: dict) -> None:
    """Refuse (ModelFileError) an agreement-model document whose shapes or numbers are wrong:
    vocabulary as long as idf, mean/std/coef one per feature of this program, every number
    finite, std positive, threshold in [0, 1]."""
    grams, _ = paired(document, "vocabulary", "idf")
    if any(len(g) > 2 for g in grams):
        raise ModelFileError("vocabulary 只能含一到两个字的字串")
    if "features" in document and strings(document, "features") != list(FEATURES):
        raise ModelFileError("模型的特征与本程序不一致；请运行 xinxi-qc train 重新生成")
    n = len(FEATURES)
    numbers(document, "mean", n)
    numbers(document, "std", n, positive=True)
    numbers(document, "coef", n)
    number(document, "intercept")
    number(document, "threshold", low=0.0, high=1.0)


def _sigmoid(z: float) -> float:
    """1 / (1 + e^-z) without overflow (large finite weights); NaN counts as no evidence (0)."""
    if math.isnan(z):
        return 0.0
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(max(z, -700.0))
    return e / (1.0 + e)


class AgreementModel:
    def __init__(self, document: dict):
        validate(document)
        self.vocabulary = Vocabulary(document["vocabulary"], document["idf"])
        self.mean = document["mean"]
        self.std = document["std"]
        self.coef = document["coef"]
        self.intercept = document["intercept"]
        self.threshold = document["threshold"]

    def mismatch_probability(self, doc: Document) -> float:
        x = features(doc, self.vocabulary)
        z = self.intercept + sum(c * (v - m) / s for c, v, m, s in zip(self.coef, x, self.mean, self.std))
        return _sigmoid(z)
