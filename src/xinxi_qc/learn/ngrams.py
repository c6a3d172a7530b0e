"""Character n-gram TF-IDF in plain Python: the same numbers at training and at check time."""
from __future__ import annotations

import math
import re
from collections import Counter

_STRIP = re.compile(r"[\s\d]+")


def char_ngrams(text: str, n_max: int = 2) -> Counter:
    """Counts of character 1..n_max-grams; digits and spaces collapse so figures don't become vocabulary."""
    text = _STRIP.sub("0", text)
    counts: Counter = Counter()
    for n in range(1, n_max + 1):
        counts.update(text[i:i + n] for i in range(len(text) - n + 1))
    return counts


def tfidf(counts: Counter, vocabulary: dict[str, int], idf: list[float]) -> dict[int, float]:
    """Sublinear tf × idf over the vocabulary, L2-normalised, as {index: weight}."""
    vec = {}
    for gram, c in counts.items():
        index = vocabulary.get(gram)
        if index is not None:
            vec[index] = (1.0 + math.log(c)) * idf[index]
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {i: v / norm for i, v in vec.items()}


def cosine(a: dict[int, float], b: dict[int, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(i, 0.0) for i, v in a.items())


def fit_vocabulary(texts: list[str], n_max: int, min_df: int, max_features: int) -> tuple[dict[str, int], list[float]]:
    """Vocabulary (most frequent grams with df ≥ min_df, ties by gram) and smoothed idf."""
    df: Counter = Counter()
    for text in texts:
        df.update(set(char_ngrams(text, n_max)))
    kept = sorted((g for g, d in df.items() if d >= min_df), key=lambda g: (-df[g], g))[:max_features]
    kept.sort()
    n = len(texts)
    vocabulary = {g: i for i, g in enumerate(kept)}
    idf = [math.log((1 + n) / (1 + df[g])) + 1.0 for g in kept]
    return vocabulary, idf
