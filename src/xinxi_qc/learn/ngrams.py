"""Character n-gram TF-IDF: fitted in plain Python at training time, applied with numpy at check
time (a gram is an integer key, lookup is a binary search), so both give the same numbers."""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

_STRIP = re.compile(r"[\s\d]+")
_BIGRAM = np.int64(1) << np.int64(42)


def _clean(text: str) -> str:
    """Digits and spaces collapse to one mark so figures don't become vocabulary."""
    return _STRIP.sub("0", text)


def char_ngrams(text: str, n_max: int = 2) -> Counter:
    """Counts of character 1..n_max-grams (n_max ≤ 2)."""
    text = _clean(text)
    counts: Counter = Counter(text)
    if n_max >= 2:
        counts.update(text[i:i + 2] for i in range(len(text) - 1))
    return counts


def gram_key(gram: str) -> int:
    if len(gram) == 1:
        return ord(gram)
    return int(_BIGRAM) | (ord(gram[0]) << 21) | ord(gram[1])


def _keys(text: str, n_max: int) -> np.ndarray:
    codes = np.frombuffer(_clean(text).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    if n_max < 2 or len(codes) < 2:
        return codes
    return np.concatenate([codes, _BIGRAM | (codes[:-1] << 21) | codes[1:]])


class Vocabulary:
    """Grams with their idf; ``vector(text)`` is the L2-normalised sublinear TF-IDF as (indices, values),
    indices in no particular order."""

    def __init__(self, grams: list[str], idf: list[float], n_max: int = 2):
        keys = np.array([gram_key(g) for g in grams], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.positions = order.astype(np.int64)
        self.idf = np.asarray(idf, dtype=np.float64)
        self.n_max = n_max
        self.size = len(grams)
        # Models trained on the same grams share vectors computed for a document (see vector_for).
        self.fingerprint = hash((tuple(grams), tuple(idf), n_max))

    def vector_for(self, doc, text: str) -> tuple[np.ndarray, np.ndarray]:
        """``vector(text)``, remembered on ``doc`` so another model with the same grams reuses it."""
        cache = doc.__dict__.setdefault("_vectors", {})
        key = (self.fingerprint, text)
        if key not in cache:
            cache[key] = self.vector(text)
        return cache[key]

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        keys = _keys(text, self.n_max)
        if not len(keys) or not self.size:
            return _EMPTY
        keys = np.sort(keys)  # sorted queries make the binary searches cache-friendly
        at = np.searchsorted(self.keys, keys)
        np.minimum(at, self.size - 1, out=at)
        at = at[self.keys[at] == keys]
        if not len(at):
            return _EMPTY
        # ``at`` is sorted: each run of equal positions is one gram and its count.
        starts = np.flatnonzero(np.concatenate(([True], at[1:] != at[:-1])))
        counts = np.diff(np.append(starts, len(at)))
        index = self.positions[at[starts]]
        values = (1.0 + np.log(counts)) * self.idf[index]
        norm = float(np.sqrt(values @ values)) or 1.0
        return index, values / norm


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0))


def cosine(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> float:
    _, ia, ib = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
    return float(a[1][ia] @ b[1][ib])


def fit_vocabulary(texts: list[str], n_max: int, min_df: int, max_features: int) -> tuple[list[str], list[float]]:
    """Grams (most frequent with df ≥ min_df, ties by gram, then sorted) and smoothed idf."""
    return _fit_grams([char_ngrams(text, n_max) for text in texts], min_df, max_features)


def _fit_grams(documents: list, min_df: int, max_features: int) -> tuple[list[str], list[float]]:
    df: Counter = Counter()
    for grams in documents:
        df.update(set(grams))
    kept = sorted((g for g, d in df.items() if d >= min_df), key=lambda g: (-df[g], g))[:max_features]
    kept.sort()
    n = len(documents)
    return kept, [math.log((1 + n) / (1 + df[g])) + 1.0 for g in kept]


# ---------------------------------------------------------------------------------------------
# Word n-grams (rjieba segmentation, dictionary only: no HMM guessing of unknown words, so names
# come out as short pieces and the same text always gives the same words).

_PUNCT_ONLY = re.compile(r"^[\W_]+$")


def words(text: str) -> list[str]:
    """Words of ``text`` (digits collapsed to 0, whitespace and punctuation-only tokens dropped;
    a punctuation token becomes a boundary mark ``|`` so bigrams do not run across sentences)."""
    import rjieba

    out: list[str] = []
    for token in rjieba.cut(_clean(text), False):
        if not token.isalnum() and _PUNCT_ONLY.match(token):
            if out and out[-1] != "|":
                out.append("|")
        else:
            out.append(token)
    return out


def word_ngrams(tokens: list[str], n_max: int = 2) -> Counter:
    """Counts of word 1..n_max-grams (bigrams joined by a space, never across a boundary mark)."""
    counts: Counter = Counter(t for t in tokens if t != "|")
    if n_max >= 2:
        counts.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]) if a != "|" and b != "|")
    return counts


class WordVocabulary:
    """Word grams with their idf; ``vector(tokens)`` is the L2-normalised sublinear TF-IDF as
    (indices, values) like :class:`Vocabulary`."""

    def __init__(self, grams: list[str], idf: list[float], n_max: int = 2):
        self.index = {g: i for i, g in enumerate(grams)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.n_max = n_max
        self.size = len(grams)

    def vector(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        get = self.index.get
        # Grams with a boundary mark are never in the vocabulary, so they need no filtering here.
        hits = [get(t) for t in tokens]
        if self.n_max >= 2:
            hits += [get(f"{a} {b}") for a, b in zip(tokens, tokens[1:])]
        hits = [h for h in hits if h is not None]
        if not hits:
            return _EMPTY
        index, counts = np.unique(np.asarray(hits, dtype=np.int64), return_counts=True)
        values = (1.0 + np.log(counts)) * self.idf[index]
        norm = float(np.sqrt(values @ values)) or 1.0
        return index, values / norm


def fit_word_vocabulary(token_lists: list[list[str]], n_max: int, min_df: int,
                        max_features: int) -> tuple[list[str], list[float]]:
    """Like :func:`fit_vocabulary`, over word grams."""
    return _fit_grams([word_ngrams(tokens, n_max) for tokens in token_lists], min_df, max_features)
