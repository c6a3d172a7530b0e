"""Character n-gram TF-IDF: fitted in plain Python at training time, applied with numpy at check
time (a gram is an integer key, lookup is a binary search), so both give the same numbers."""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain, repeat

import numpy as np

_STRIP = re.compile(r"[\s\d]+")
_BIGRAM = np.int64(1) << np.int64(42)


@lru_cache(maxsize=4)   # the type model cleans one text for its character and its word grams
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

    def vector_for(self, doc, text: str, compute=None) -> tuple[np.ndarray, np.ndarray]:
        """``vector(text)``, remembered on ``doc`` so another model with the same grams reuses it
        (``compute()``, when given, makes the same vector another way)."""
        cache = doc.__dict__.setdefault("_vectors", {})
        key = (self.fingerprint, text)
        if key not in cache:
            cache[key] = compute() if compute is not None else self.vector(text)
        return cache[key]

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        keys = _keys(text, self.n_max)
        if not len(keys) or not self.size:
            return _EMPTY
        # Each distinct gram once (sorted, with its count), then one binary search per distinct gram.
        keys, counts = unique_counts(keys)
        at = self.keys.searchsorted(keys)
        np.minimum(at, self.size - 1, out=at)
        known = self.keys[at] == keys
        index = self.positions[at[known]]
        return _normalised(index, counts[known], self.idf[index])


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0))


def _normalised(index: np.ndarray, counts: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(index, L2-normalised sublinear TF-IDF) of grams seen ``counts`` times; _EMPTY for none."""
    return _normalised_runs(index, counts, idf, [0, len(index)])[0]


def unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_counts=True)`` for a non-empty 1-d array, without the
    general-purpose wrapping that costs as much as the sort at a thousand grams."""
    values = np.sort(values)
    n = len(values)
    edges = np.empty(n + 1, dtype=bool)
    edges[0] = edges[n] = True
    np.not_equal(values[1:], values[:-1], out=edges[1:n])
    edges = np.flatnonzero(edges)
    return values[edges[:-1]], np.diff(edges)


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


def _tokens(text: str) -> list[str]:
    """rjieba's tokens of ``text`` with digits and whitespace collapsed to 0, punctuation kept."""
    return _cut(_clean(text))


def _cut(cleaned: str) -> list[str]:
    import rjieba

    return rjieba.cut(cleaned, False)


def _same_text_pairs(ids: np.ndarray, owner: np.ndarray, unknown: int) -> tuple[np.ndarray, np.ndarray]:
    """(pair key, owner) of each two neighbouring word numbers of one text (none across two texts)."""
    same = owner[:-1] == owner[1:]
    return (ids[:-1] * (unknown + 1) + ids[1:])[same], owner[:-1][same]


def _is_punctuation(token: str) -> bool:
    return not token.isalnum() and _PUNCT_ONLY.match(token) is not None


def words(text: str) -> list[str]:
    """Words of ``text`` (digits collapsed to 0, whitespace and punctuation-only tokens dropped;
    a punctuation token becomes a boundary mark ``|`` so bigrams do not run across sentences)."""
    out: list[str] = []
    for token in _tokens(text):
        if _is_punctuation(token):
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
    (indices, values) like :class:`Vocabulary`.

    Each word of the vocabulary's grams has a number; a text's words are looked up once each, and
    its bigrams are then pairs of numbers, found by binary search (no bigram strings are built).
    Tokens are as :func:`words` gives them (no spaces: a bigram gram is its two words joined by one)."""

    def __init__(self, grams: list[str], idf: list[float], n_max: int = 2):
        self.idf = np.asarray(idf, dtype=np.float64)
        self.n_max = n_max
        self.size = len(grams)
        word_ids: dict[str, int] = {}
        unigrams: list[tuple[int, int]] = []
        bigrams: list[tuple[int, int, int]] = []
        for i, gram in enumerate(grams):
            parts = gram.split(" ")
            if len(parts) > 2:
                continue   # never made by word_ngrams, never matched by a text
            ids = [word_ids.setdefault(p, len(word_ids)) for p in parts]
            if len(ids) == 1:
                unigrams.append((ids[0], i))
            else:
                bigrams.append((ids[0], ids[1], i))
        self.word_ids = word_ids
        self.unknown = len(word_ids)               # the number of every word not in a gram
        self.unigram = np.full(self.unknown + 1, -1, dtype=np.int64)   # word number -> gram index
        for word, i in unigrams:
            self.unigram[word] = i
        pair_keys = np.array([a * (self.unknown + 1) + b for a, b, _ in bigrams], dtype=np.int64)
        order = np.argsort(pair_keys, kind="stable")
        self.pair_keys = pair_keys[order]
        self.pair_index = np.array([i for _, _, i in bigrams], dtype=np.int64)[order]
        # No gram holds punctuation or the boundary mark (word_ngrams never makes one): then a
        # text's raw tokens give the same vector as its words (see text_vector).
        self.raw_tokens_ok = not any(_is_punctuation(w) for w in word_ids)

    def vector(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        return self.vectors_many([tokens])[0]

    def vectors_many(self, token_lists: list[list[str]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """``vector(tokens)`` of each token list, the words of all looked up together."""
        if len(token_lists) > _MAX_TEXTS:
            return [v for k in range(0, len(token_lists), _MAX_TEXTS)
                    for v in self.vectors_many(token_lists[k:k + _MAX_TEXTS])]
        ids = np.fromiter(map(self.word_ids.get, chain.from_iterable(token_lists), repeat(self.unknown)),
                          dtype=np.int64, count=sum(map(len, token_lists)))
        owner = _owners(list(map(len, token_lists)))
        hits, owners = [self.unigram[ids]], [owner]
        if self.n_max >= 2 and len(self.pair_keys):
            # The boundary mark | is in no gram, so a bigram across a boundary is never found.
            keys, pair_owner = _same_text_pairs(ids, owner, self.unknown)
            at = self.pair_keys.searchsorted(keys)
            np.minimum(at, len(self.pair_keys) - 1, out=at)
            hits.append(np.where(self.pair_keys[at] == keys, self.pair_index[at], -1))
            owners.append(pair_owner)
        hits, owner = np.concatenate(hits), np.concatenate(owners)
        found = hits >= 0
        if not found.any():
            return [_EMPTY] * len(token_lists)
        combined, counts = unique_counts(owner[found] << _TEXT_SHIFT | hits[found])
        index = combined & _KEY_MASK
        bounds = combined.searchsorted(np.arange(len(token_lists) + 1, dtype=np.int64) << _TEXT_SHIFT).tolist()
        return _normalised_runs(index, counts, self.idf[index], bounds)

    def text_vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """``vector(words(text))`` without building the words: a punctuation token in no gram is
        an unknown word, and a bigram with an unknown word is never found, exactly as a bigram
        across a boundary mark; so the same grams are counted, and the floats are the same."""
        return self.vector(_tokens(text) if self.raw_tokens_ok else words(text))


def fit_word_vocabulary(token_lists: list[list[str]], n_max: int, min_df: int,
                        max_features: int) -> tuple[list[str], list[float]]:
    """Like :func:`fit_vocabulary`, over word grams."""
    return _fit_grams([word_ngrams(tokens, n_max) for tokens in token_lists], min_df, max_features)


_WORD_KEY = np.int64(1) << np.int64(43)    # above every character gram's key
_PAIR_KEY = np.int64(1) << np.int64(44)


class JointGrams:
    """Texts' character and word grams looked up together: one sort and one binary search over
    both vocabularies and all the texts instead of one each per text (a text has about a thousand
    grams; at that size the number of numpy calls, not the work in them, is the cost).

    ``vectors_many(texts)`` gives ``(chars.vector(text), words.text_vector(text))`` of each text:
    the character vector exactly, the word vector with the same grams and values but its grams in
    another order (word number, then pair), so a sum over it may differ in the last bit."""

    def __init__(self, chars: Vocabulary, words: WordVocabulary):
        self.chars, self.words = chars, words
        unigram_words = np.flatnonzero(words.unigram[:-1] >= 0)
        # Keys: the characters' keys, then _WORD_KEY + each word number with a unigram, then
        # _PAIR_KEY + each bigram's pair key — each run sorted and below the next.
        self.keys = np.concatenate([chars.keys, _WORD_KEY + unigram_words, _PAIR_KEY + words.pair_keys])
        self.index = np.concatenate([chars.positions, words.unigram[unigram_words], words.pair_index])
        self.idf = np.concatenate([chars.idf[chars.positions], words.idf[words.unigram[unigram_words]],
                                   words.idf[words.pair_index]])

    def vectors_many(self, texts: list[str]) -> list[tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]]:
        if len(texts) > _MAX_TEXTS:
            return [v for k in range(0, len(texts), _MAX_TEXTS) for v in self.vectors_many(texts[k:k + _MAX_TEXTS])]
        char_grams, word_grams = self.chars, self.words
        n = len(texts)
        cleaned = [_clean(text) for text in texts]
        keys, owners = [], []
        if char_grams.size:
            codes = np.frombuffer("".join(cleaned).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
            owner = _owners(list(map(len, cleaned)))
            keys.append(codes)
            owners.append(owner)
            if char_grams.n_max >= 2:
                same = owner[:-1] == owner[1:]   # no pair across two texts
                keys.append((_BIGRAM | (codes[:-1] << 21) | codes[1:])[same])
                owners.append(owner[:-1][same])
        tokens = [_cut(c) for c in cleaned] if word_grams.raw_tokens_ok else [words(t) for t in texts]
        ids = np.fromiter(map(word_grams.word_ids.get, chain.from_iterable(tokens), repeat(word_grams.unknown)),
                          dtype=np.int64, count=sum(map(len, tokens)))
        owner = _owners(list(map(len, tokens)))
        keys.append(ids + _WORD_KEY)
        owners.append(owner)
        if word_grams.n_max >= 2 and len(word_grams.pair_keys):
            pairs, pair_owner = _same_text_pairs(ids, owner, word_grams.unknown)
            keys.append(pairs + _PAIR_KEY)
            owners.append(pair_owner)
        if not len(self.keys):
            return [(_EMPTY, _EMPTY)] * n
        combined, counts = unique_counts(np.concatenate(owners) << _TEXT_SHIFT | np.concatenate(keys)) \
            if sum(map(len, keys)) else (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        keys_only = combined & _KEY_MASK
        at = self.keys.searchsorted(keys_only)
        np.minimum(at, len(self.keys) - 1, out=at)
        known = self.keys[at] == keys_only
        combined, at, counts = combined[known], at[known], counts[known]
        # per text: its character grams, then its word grams (keys sorted by text, then key)
        firsts = np.arange(n, dtype=np.int64) << _TEXT_SHIFT
        bounds = combined.searchsorted(np.stack([firsts, firsts + _WORD_KEY]).T.ravel()).tolist() + [len(combined)]
        vectors = _normalised_runs(self.index[at], counts, self.idf[at], bounds)
        return list(zip(vectors[0::2], vectors[1::2]))


_TEXT_SHIFT = np.int64(45)   # a text's number above every key of JointGrams (pairs < 2**45)
_MAX_TEXTS = 1 << 17         # texts numbered at once: the shifted numbers stay within int64
_KEY_MASK = (np.int64(1) << _TEXT_SHIFT) - 1


def _owners(lengths: list[int]) -> np.ndarray:
    """The number of the text each element belongs to, texts of ``lengths`` laid end to end."""
    return np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)


def _normalised_runs(index: np.ndarray, counts: np.ndarray, idf: np.ndarray, bounds: list[int]) -> list:
    """:func:`_normalised` of each run ``bounds[k]:bounds[k + 1]`` of the arrays: the same values
    (the sublinear weights are computed element by element; each run is normalised on its own)."""
    values = (1.0 + np.log(counts)) * idf
    out = []
    for begin, end in zip(bounds[:-1], bounds[1:]):
        if begin == end:
            out.append(_EMPTY)
            continue
        run = values[begin:end]
        norm = float(np.sqrt(run @ run)) or 1.0
        out.append((index[begin:end], run / norm))
    return out
