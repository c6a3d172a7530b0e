"""``xinxi-qc train``: rebuild every model in ``models/`` from ``corpus/`` deterministically.

scikit-learn fits the weights; the weights are saved as plain JSON (see :mod:`modelfile`) and
inference re-implements the linear algebra, so a model file never executes code when loaded.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..analysis.document import Document
from ..classify.cues import cue_features
from ..config import Config
from ..model import TYPE_LABELS, Item
from . import agreement, type_model
from .corpus_io import Labelled
from .modelfile import rounded, save_model
from .ngrams import Vocabulary, fit_vocabulary

SEED = 20261121
TYPE_NGRAMS = dict(n_max=2, min_df=3, max_features=20000)
AGREEMENT_NGRAMS = TYPE_NGRAMS  # the same grams, so a check computes the item's n-gram vector once


@dataclass
class TrainReport:
    type_dev_macro_f1: float
    type_temperature: float
    agreement_threshold: float
    agreement_dev_precision: float
    agreement_dev_recall: float
    n_train: int
    n_dev: int


def _docs(items: list[Item], config: Config) -> list[Document]:
    return [Document(i, config.lexicons, config.segmenter) for i in items]


def _sparse(rows: list[tuple[np.ndarray, np.ndarray]], width: int):
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(index) for index, _ in rows])
    indices = np.concatenate([index for index, _ in rows])
    data = np.concatenate([values for _, values in rows])
    return csr_matrix((data, indices, indptr), shape=(len(rows), width))


def _macro_f1(truth, pred, labels) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for t, p in zip(truth, pred) if t == p == label)
        fp = sum(1 for t, p in zip(truth, pred) if p == label != t)
        fn = sum(1 for t, p in zip(truth, pred) if t == label != p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def train_type_model(train: list[Labelled], dev: list[Labelled], config: Config) -> tuple[dict, float, float]:
    from sklearn.linear_model import LogisticRegression

    train_docs = _docs([x.item for x in train], config)
    grams, idf = fit_vocabulary([type_model.type_text(d) for d in train_docs], **TYPE_NGRAMS)
    cue_names = sorted(cue_features(train_docs[0]))
    cue_matrix = np.array([[cue_features(d)[n] for n in cue_names] for d in train_docs])
    cue_mean = np.array(rounded(list(cue_matrix.mean(axis=0))))
    cue_std = np.array(rounded(list(cue_matrix.std(axis=0) + 1e-6)))
    vocabulary = Vocabulary(grams, rounded(idf))
    width = vocabulary.size + len(cue_names)
    X = _sparse([type_model.sparse_features(d, vocabulary, cue_names, cue_mean, cue_std) for d in train_docs], width)
    y = [x.type for x in train]
    clf = LogisticRegression(C=8.0, max_iter=5000, random_state=SEED)
    clf.fit(X, y)
    labels = list(clf.classes_)
    document = {
        "labels": labels,
        "vocabulary": grams,
        "idf": rounded(idf),
        "cue_names": cue_names,
        "cue_mean": rounded(list(cue_mean)),
        "cue_std": rounded(list(cue_std)),
        "coef": rounded(clf.coef_.tolist()),
        "intercept": rounded(clf.intercept_.tolist()),
        "temperature": 1.0,
    }
    # Temperature scaling on dev: one scalar that makes the probabilities honest.
    model = type_model.TypeModel(document)
    dev_docs = _docs([x.item for x in dev], config)
    logits = np.array([model.logits(d) for d in dev_docs])
    truth = np.array([labels.index(x.type) for x in dev])

    def nll(t):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return -logp[np.arange(len(truth)), truth].mean()

    temperature = min(np.round(np.arange(0.2, 5.01, 0.05), 2), key=nll)
    document["temperature"] = float(temperature)
    pred = [labels[i] for i in logits.argmax(axis=1)]
    return document, _macro_f1([x.type for x in dev], pred, TYPE_LABELS), float(temperature)


def _shuffled_negatives(items: list[Labelled], rng: random.Random) -> list[Item]:
    """Each clean item's body under the title of another item from the same field of work (hard)."""
    by_field: dict[str, list[Labelled]] = {}
    for x in items:
        by_field.setdefault(x.field or "", []).append(x)
    out = []
    for x in items:
        pool = [o for o in by_field[x.field or ""] if o.item.id != x.item.id and o.item.title != x.item.title]
        if pool:
            other = rng.choice(pool)
            out.append(Item(other.item.title, x.item.body, id=f"{x.item.id}~{other.item.id}"))
    return out


def train_agreement_model(train: list[Labelled], dev: list[Labelled], config: Config) -> tuple[dict, float, float, float]:
    from sklearn.linear_model import LogisticRegression

    rng = random.Random(SEED)
    grams, idf = fit_vocabulary([type_model.type_text(d) for d in _docs([x.item for x in train], config)],
                                **AGREEMENT_NGRAMS)
    vocabulary = Vocabulary(grams, rounded(idf))

    def rows(items: list[Labelled], with_shuffled: bool):
        pos = [x.item for x in items if "title-mismatch" not in (x.defects or ())]
        neg = [x.item for x in items if "title-mismatch" in (x.defects or ())]
        if with_shuffled:
            clean = [x for x in items if "title-mismatch" not in (x.defects or ())]
            neg = neg + _shuffled_negatives(clean, rng)
        docs = _docs(pos + neg, config)
        X = np.array([agreement.features(d, vocabulary) for d in docs])
        y = np.array([0] * len(pos) + [1] * len(neg))
        return X, y

    X, y = rows(train, with_shuffled=True)
    mean = X.mean(axis=0)
    std = X.std(axis=0) + 1e-6
    clf = LogisticRegression(C=1.0, max_iter=5000, random_state=SEED, class_weight="balanced")
    clf.fit((X - mean) / std, y)
    document = {
        "features": list(agreement.FEATURES),
        "vocabulary": grams,
        "idf": rounded(idf),
        "mean": rounded(list(mean)),
        "std": rounded(list(std)),
        "coef": rounded(clf.coef_[0].tolist()),
        "intercept": rounded(float(clf.intercept_[0])),
        "threshold": 0.5,
    }
    # Threshold on the labelled dev items only (no shuffled pairs): the highest F1 with precision ≥ 0.9.
    model = agreement.AgreementModel(document)
    dev_docs = _docs([x.item for x in dev], config)
    probs = [model.mismatch_probability(d) for d in dev_docs]
    truth = ["title-mismatch" in (x.defects or ()) for x in dev]
    best = (0.5, -1.0, 0.0, 0.0)
    for t in np.round(np.arange(0.05, 0.99, 0.01), 2):
        tp = sum(1 for p, t_ in zip(probs, truth) if p >= t and t_)
        fp = sum(1 for p, t_ in zip(probs, truth) if p >= t and not t_)
        fn = sum(1 for p, t_ in zip(probs, truth) if p < t and t_)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        score = f1 if precision >= 0.9 else f1 - 1.0
        if score > best[1]:
            best = (float(t), score, precision, recall)
    document["threshold"] = best[0]
    return document, best[0], best[2], best[3]


def train_all(corpus: list[Labelled], out_dir: Path, config: Config) -> TrainReport:
    train = [x for x in corpus if x.split == "train"]
    dev = [x for x in corpus if x.split == "dev"]
    if not train or not dev:
        raise ValueError("语料需要 train 和 dev 两个划分（split 字段）")
    out_dir.mkdir(parents=True, exist_ok=True)
    type_doc, f1, temperature = train_type_model(train, dev, config)
    save_model(out_dir / "type_model.json", type_model.KIND, type_doc)
    agree_doc, threshold, precision, recall = train_agreement_model(train, dev, config)
    save_model(out_dir / "agreement_model.json", agreement.KIND, agree_doc)
    return TrainReport(f1, temperature, threshold, precision, recall, len(train), len(dev))
