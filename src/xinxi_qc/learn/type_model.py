"""Information-type classifier: character 1–2-gram TF-IDF, word 1–2-gram TF-IDF (rjieba), title
words and structure features (:mod:`xinxi_qc.classify.structure`) → multinomial logistic model →
softmax with a temperature fitted on held-out text by another writer (calibration). When the top
two types are within a margin (chosen on the same held-out text), the runner-up is reported too."""
from __future__ import annotations

import math

import numpy as np

from ..analysis.document import Document
from ..classify.structure import NAMES as STRUCTURE_NAMES, structure_features
from ..model import TYPE_LABELS, TypeGuess
from .modelfile import ModelFileError, show, field, matrix, number, numbers, paired, strings
from .ngrams import JointGrams, Vocabulary, WordVocabulary, words

KIND = "type-model"


def type_text(doc: Document) -> str:
    return doc.title + "\n" + doc.body


def validate(document: dict) -> None:
    """Refuse (ModelFileError) a type-model document whose shapes, numbers or labels are wrong:
    coef labels × feature width, intercept one per label, each vocabulary as long as its idf,
    structure mean/std one per structure feature, every number finite, the four known labels."""
    labels = strings(document, "labels")
    if sorted(labels) != sorted(TYPE_LABELS):
        raise ModelFileError(f"labels 应为 {', '.join(TYPE_LABELS)} 四类，实为 {show(labels)}")
    chars, _ = paired(document, "vocabulary", "idf")
    if any(len(g) > 2 for g in chars):
        raise ModelFileError("vocabulary 只能含一到两个字的字串")
    word_grams, _ = paired(document, "word_vocabulary", "word_idf")
    title_grams, _ = paired(document, "title_vocabulary", "title_idf")
    word_n = field(document, "word_n")
    if word_n not in (1, 2) or isinstance(word_n, bool):
        raise ModelFileError(f"word_n 应为 1 或 2，实为 {show(word_n)}")
    names = strings(document, "structure_names")
    if list(names) != list(STRUCTURE_NAMES):
        raise ModelFileError("模型的结构特征与本程序不一致；请运行 xinxi-qc train 重新生成")
    numbers(document, "structure_mean", len(names))
    numbers(document, "structure_std", len(names), positive=True)
    weights = field(document, "block_weights")
    if not isinstance(weights, dict):
        raise ModelFileError("block_weights 应为表")
    for key in ("chars", "words", "title", "structure"):
        number(weights, key, low=0.0)
    width = len(chars) + len(word_grams) + len(title_grams) + len(names)
    matrix(document, "coef", len(labels), width)
    numbers(document, "intercept", len(labels))
    number(document, "temperature", positive=True)
    number(document, "alternative_margin", low=0.0, high=1.0, default=0.0)


class TypeFeatures:
    """The feature vector of one item, as (indices, values), laid out as
    [character grams | word grams | title words | structure features], each block scaled by its weight."""

    def __init__(self, document: dict):
        self.chars = Vocabulary(document["vocabulary"], document["idf"])
        self.words = WordVocabulary(document["word_vocabulary"], document["word_idf"], document["word_n"])
        self.title_words = WordVocabulary(document["title_vocabulary"], document["title_idf"], 1)
        self.structure_names = document["structure_names"]
        if list(self.structure_names) != list(STRUCTURE_NAMES):
            raise ValueError("模型的结构特征与本程序不一致；请运行 xinxi-qc train 重新生成")
        self.structure_mean = np.asarray(document["structure_mean"], dtype=np.float64)
        self.structure_std = np.asarray(document["structure_std"], dtype=np.float64)
        w = document["block_weights"]
        self.weights = (float(w["chars"]), float(w["words"]), float(w["title"]), float(w["structure"]))
        self.joint = JointGrams(self.chars, self.words)
        self.offsets = np.cumsum([0, self.chars.size, self.words.size, self.title_words.size])
        self.width = int(self.offsets[-1]) + len(self.structure_names)

    def blocks(self, doc: Document):
        """(block number, indices in the block, values not yet weighted) of each block with a weight;
        the structure block's values are all its features, in order."""
        text = type_text(doc)
        yield 0, *self.chars.vector_for(doc, text)
        if self.weights[1]:
            yield 1, *self.words.text_vector(text)
        if self.weights[2]:
            yield 2, *self.title_words.vector(words(doc.title))
        yield 3, None, self._standardised(np.asarray(structure_features(doc.title, doc.body)))

    def _standardised(self, features: np.ndarray) -> np.ndarray:
        return (features - self.structure_mean) / self.structure_std

    def blocks_many(self, docs: list[Document]) -> list[list[tuple[int, np.ndarray | None, np.ndarray]]]:
        """:meth:`blocks` of each document, the grams of all looked up together
        (:class:`JointGrams`: the word block's grams in another order)."""
        texts = [type_text(doc) for doc in docs]
        out: list[list] = [[] for _ in docs]
        if self.weights[1]:
            for blocks, doc, text, (char_vector, word_vector) in zip(out, docs, texts, self.joint.vectors_many(texts)):
                # shared with the agreement model
                blocks += [(0, *self.chars.vector_for(doc, text, lambda v=char_vector: v)), (1, *word_vector)]
        else:
            for blocks, doc, text in zip(out, docs, texts):
                blocks.append((0, *self.chars.vector_for(doc, text)))
        if self.weights[2]:
            for blocks, vector in zip(out, self.title_words.vectors_many([words(doc.title) for doc in docs])):
                blocks.append((2, *vector))
        structure = self._standardised(np.asarray([structure_features(doc.title, doc.body) for doc in docs]))
        for blocks, row in zip(out, structure):
            blocks.append((3, None, row))
        return out

    def vector(self, doc: Document) -> tuple[np.ndarray, np.ndarray]:
        index, values = [], []
        for k, idx, vals in self.blocks(doc):
            index.append(self.offsets[k] + (np.arange(len(vals), dtype=np.int64) if idx is None else idx))
            values.append(vals * self.weights[k])
        return np.concatenate(index).astype(np.int64), np.concatenate(values)


class TypeModel:
    name = "trained"

    def __init__(self, document: dict):
        validate(document)
        self.labels = document["labels"]
        self.features = TypeFeatures(document)
        self.vocabulary = self.features.chars
        self.coef = np.asarray(document["coef"], dtype=np.float64)
        self.intercept = np.asarray(document["intercept"], dtype=np.float64)
        # Per block, one contiguous row of label weights per feature, the block's weight folded in:
        # a text's features take their rows, which is cheaper than picking columns of coef.
        f = self.features
        ends = np.append(f.offsets[1:], f.width)
        self._rows = [np.ascontiguousarray(self.coef[:, begin:end].T * w)
                      for begin, end, w in zip(f.offsets, ends, f.weights)]
        self.temperature = float(document["temperature"])
        # The runner-up is named when top-1 minus top-2 probability is below this margin (0: never).
        self.alternative_margin = float(document.get("alternative_margin", 0.0))

    def logits(self, doc: Document) -> np.ndarray:
        return self.logits_many([doc])[0]

    def logits_many(self, docs: list[Document]) -> list[np.ndarray]:
        """``coef @ features.vector(doc) + intercept`` of each document, block by block, without
        building the vector (the same sum in another order: equal to about 1e-15)."""
        out = []
        with np.errstate(over="ignore", invalid="ignore"):   # extreme weights: softmax clips
            for blocks in self.features.blocks_many(docs):
                z = self.intercept.copy()
                for k, index, values in blocks:
                    rows = self._rows[k]
                    z += values @ (rows if index is None else rows.take(index, axis=0))
                out.append(z)
        return out

    def probabilities(self, doc: Document) -> dict[str, float]:
        return self._probabilities(self.logits(doc))

    def _probabilities(self, logits: np.ndarray) -> dict[str, float]:
        return dict(zip(self.labels, softmax(logits / self.temperature)))

    def classify(self, doc: Document) -> TypeGuess:
        return self.classify_many([doc])[0]

    def classify_many(self, docs: list[Document]) -> list[TypeGuess]:
        """:meth:`classify` of each document, their features computed together (faster)."""
        return [guess_from(self._probabilities(z), self.alternative_margin) for z in self.logits_many(docs)]


def softmax(z) -> list[float]:
    # Finite weights can still overflow to ±inf on an extreme input: clip so no NaN comes out.
    z = [v if math.isfinite(v) else 0.0 if math.isnan(v) else math.copysign(1e300, v) for v in map(float, z)]
    top = max(z)
    exp = [math.exp(v - top) for v in z]
    total = sum(exp)
    return [e / total for e in exp]


def guess_from(probs: dict[str, float], margin: float) -> TypeGuess:
    """The top type, plus the runner-up when it is within ``margin`` of the top."""
    ranked = sorted(probs, key=lambda k: (-probs[k], k))
    label = ranked[0]
    alternative = None
    if len(ranked) > 1 and probs[label] - probs[ranked[1]] < margin:
        alternative = (ranked[1], probs[ranked[1]])
    return TypeGuess(label, probs[label], probs, alternative)
