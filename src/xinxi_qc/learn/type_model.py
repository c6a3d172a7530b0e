"""Information-type classifier: character n-gram TF-IDF plus cue rates → linear model → softmax
with a temperature fitted on the dev split (calibration)."""
from __future__ import annotations

import numpy as np

from ..analysis.document import Document
from ..classify.cues import cue_features
from ..model import TypeGuess
from .ngrams import char_ngrams, tfidf

KIND = "type-model"


def type_text(doc: Document) -> str:
    return doc.title + "\n" + doc.body


def sparse_features(doc: Document, vocabulary, idf, cue_names, cue_mean, cue_std) -> dict[int, float]:
    """TF-IDF n-grams at 0..V-1, standardised cue rates at V.."""
    vec = tfidf(char_ngrams(type_text(doc)), vocabulary, idf)
    cues = cue_features(doc)
    offset = len(idf)
    for j, name in enumerate(cue_names):
        vec[offset + j] = (cues[name] - cue_mean[j]) / cue_std[j]
    return vec


class TypeModel:
    name = "trained"

    def __init__(self, document: dict):
        self.labels = document["labels"]
        self.vocabulary = {g: i for i, g in enumerate(document["vocabulary"])}
        self.idf = document["idf"]
        self.cue_names = document["cue_names"]
        self.cue_mean = document["cue_mean"]
        self.cue_std = document["cue_std"]
        self.coef = np.asarray(document["coef"], dtype=np.float64)
        self.intercept = np.asarray(document["intercept"], dtype=np.float64)
        self.temperature = float(document["temperature"])

    def probabilities(self, doc: Document) -> dict[str, float]:
        x = sparse_features(doc, self.vocabulary, self.idf, self.cue_names, self.cue_mean, self.cue_std)
        index = np.fromiter(x.keys(), dtype=np.int64, count=len(x))
        values = np.fromiter(x.values(), dtype=np.float64, count=len(x))
        logits = (self.coef[:, index] @ values + self.intercept) / self.temperature
        exp = np.exp(logits - logits.max())
        probs = exp / exp.sum()
        return {label: float(p) for label, p in zip(self.labels, probs)}

    def classify(self, doc: Document) -> TypeGuess:
        probs = self.probabilities(doc)
        label = max(probs, key=probs.get)
        return TypeGuess(label, probs[label], probs)
