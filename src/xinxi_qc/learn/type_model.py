"""Information-type classifier: character n-gram TF-IDF plus cue rates → linear model → softmax
with a temperature fitted on the dev split (calibration)."""
from __future__ import annotations

import numpy as np

from ..analysis.document import Document
from ..classify.cues import cue_features
from ..model import TypeGuess
from .ngrams import Vocabulary

KIND = "type-model"


def type_text(doc: Document) -> str:
    return doc.title + "\n" + doc.body


def sparse_features(doc: Document, vocabulary: Vocabulary, cue_names, cue_mean, cue_std) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values): TF-IDF n-grams at 0..V-1, standardised cue rates at V.."""
    index, values = vocabulary.vector_for(doc, type_text(doc))
    cues = cue_features(doc)
    cue_values = (np.array([cues[n] for n in cue_names]) - cue_mean) / cue_std
    return (np.concatenate([index, vocabulary.size + np.arange(len(cue_names), dtype=np.int64)]),
            np.concatenate([values, cue_values]))


class TypeModel:
    name = "trained"

    def __init__(self, document: dict):
        self.labels = document["labels"]
        self.vocabulary = Vocabulary(document["vocabulary"], document["idf"])
        self.cue_names = document["cue_names"]
        self.cue_mean = np.asarray(document["cue_mean"])
        self.cue_std = np.asarray(document["cue_std"])
        self.coef = np.asarray(document["coef"], dtype=np.float64)
        self.intercept = np.asarray(document["intercept"], dtype=np.float64)
        self.temperature = float(document["temperature"])

    def probabilities(self, doc: Document) -> dict[str, float]:
        logits = self.logits(doc) / self.temperature
        exp = np.exp(logits - logits.max())
        probs = exp / exp.sum()
        return {label: float(p) for label, p in zip(self.labels, probs)}

    def logits(self, doc: Document) -> np.ndarray:
        index, values = sparse_features(doc, self.vocabulary, self.cue_names, self.cue_mean, self.cue_std)
        return self.coef[:, index] @ values + self.intercept

    def classify(self, doc: Document) -> TypeGuess:
        probs = self.probabilities(doc)
        label = max(probs, key=probs.get)
        return TypeGuess(label, probs[label], probs)
