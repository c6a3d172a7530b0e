"""Title–body agreement: does the title report what the body reports? A logistic model over a
few interpretable features; it drives the ``title-mismatch`` rule with a threshold fitted on dev."""
from __future__ import annotations

import math
import re

from ..analysis.document import Document
from ..rules.title import content_words, word_in_body
from .ngrams import Vocabulary, cosine
from .type_model import type_text

KIND = "agreement-model"
FEATURES = ("coverage_body", "coverage_lead", "missing_words", "any_missing", "bigram_body", "bigram_lead",
            "tfidf_body", "tfidf_lead", "title_figures", "figures_found", "named_found", "unbacked_claim",
            "match_depth", "lead_in_title", "title_problem", "body_problem",
            "idf_coverage_body", "idf_coverage_lead", "max_missing_idf")
_PROBLEM = re.compile(r"问题|难|不足|短板|调研|隐患|风险|瓶颈|亟待|薄弱|不到位|滞后|缺口|不畅|闲置|建而不用")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_CLAIM = re.compile(r"率先|首创|首个|首家|第一|大幅|显著|成效|翻番|创新高|零的突破")


def _lead(doc: Document) -> str:
    return doc.paragraphs[0].text if doc.paragraphs else doc.body


def _coverage(words, text: str) -> float:
    return sum(1 for w in words if word_in_body(w, text)) / len(words) if words else 1.0


def _bigram_cover(title: str, text: str) -> float:
    grams = set(_CJK_BIGRAM.findall(title))
    return sum(1 for g in grams if g in text) / len(grams) if grams else 1.0


def _idf_coverage(words: list[str], weights: list[float], text: str) -> float:
    total = sum(weights)
    return sum(wt for w, wt in zip(words, weights) if word_in_body(w, text)) / total if total else 1.0


def features(doc: Document, vocabulary: Vocabulary) -> list[float]:
    words = [w for w, _, _ in content_words(doc)]
    # IDF weights matter only where a word is missing somewhere (the table loads on first use)
    lead_text = _lead(doc)
    weights = ([doc.segmenter.idf(w) for w in words] if any(not word_in_body(w, lead_text) for w in words)
               else [1.0] * len(words))
    lead = _lead(doc)
    title_vec = vocabulary.vector(doc.title)
    figures = [n for f in doc.title_figures for n in _DIGITS.findall(f.text)]
    named = [s.text for s in doc.title_named]
    claim = bool(_CLAIM.search(doc.title))
    missing = sum(1 for w in words if w not in doc.body)
    # How deep in the body the title's words first appear: a title built from a side detail
    # (a figure in the fourth paragraph of a problem report) is 主题不突出.
    positions = [doc.body.find(w) for w in words if w in doc.body] + [doc.body.find(n) for n in figures if n in doc.body]
    depth = (sum(positions) / len(positions) / max(len(doc.body), 1)) if positions else 1.0
    first_sentence = doc.sentences[0].text if doc.sentences else lead
    problem_rate = len(_PROBLEM.findall(doc.body)) * 100 / max(len(doc.body), 50)
    return [
        _coverage(words, doc.body),
        _coverage(words, lead),
        missing / 5.0,
        1.0 if missing else 0.0,
        _bigram_cover(doc.title, doc.body),
        _bigram_cover(doc.title, lead),
        cosine(title_vec, vocabulary.vector_for(doc, type_text(doc))),
        cosine(title_vec, vocabulary.vector(lead)),
        1.0 if figures else 0.0,
        sum(1 for n in figures if n in doc.body) / len(figures) if figures else 1.0,
        sum(1 for n in named if n in doc.body) / len(named) if named else 1.0,
        1.0 if claim and not doc.figures else 0.0,
        depth,
        _bigram_cover(first_sentence, doc.title),
        1.0 if _PROBLEM.search(doc.title) else 0.0,
        problem_rate,
        _idf_coverage(words, weights, doc.body),
        _idf_coverage(words, weights, lead),
        max((wt for w, wt in zip(words, weights) if not word_in_body(w, doc.body)), default=0.0) / 12.0,
    ]


class AgreementModel:
    def __init__(self, document: dict):
        self.vocabulary = Vocabulary(document["vocabulary"], document["idf"])
        self.mean = document["mean"]
        self.std = document["std"]
        self.coef = document["coef"]
        self.intercept = document["intercept"]
        self.threshold = document["threshold"]

    def mismatch_probability(self, doc: Document) -> float:
        x = features(doc, self.vocabulary)
        z = self.intercept + sum(c * (v - m) / s for c, v, m, s in zip(self.coef, x, self.mean, self.std))
        return 1.0 / (1.0 + math.exp(-z))
