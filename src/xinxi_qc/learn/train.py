"""``xinxi-qc train``: rebuild every model in ``models/`` from ``corpus/`` deterministically.

scikit-learn fits the weights; the weights are saved as plain JSON (see :mod:`modelfile`) and
inference re-implements the linear algebra, so a model file never executes code when loaded.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..analysis.document import Document
from ..classify.structure import NAMES as STRUCTURE_NAMES, structure_features
from ..config import Config
from ..model import TYPE_LABELS, Item
from . import agreement, score_fit, type_model
from .corpus_io import Labelled
from .modelfile import rounded, save_model
from .ngrams import Vocabulary, fit_vocabulary, fit_word_vocabulary, words

SEED = 20261121
# Character grams of the type model; the agreement model uses the very same grams, so a check
# computes the item's character vector once (see Vocabulary.vector_for).
TYPE_NGRAMS = dict(n_max=2, min_df=3, max_features=20000)
AGREEMENT_NGRAMS = TYPE_NGRAMS
TYPE_WORD_NGRAMS = dict(n_max=2, min_df=2, max_features=20000)
TYPE_TITLE_WORDS = dict(n_max=1, min_df=2, max_features=5000)
# Chosen by leave-one-writer-out over W1, W2, W5 and external dev W3 (each writer predicted by a model
# trained without it; least pooled log-loss after one temperature): the standardised structure block
# at 0.1 (0.5 before) lets the 39 features break ties without overriding the words.
TYPE_BLOCK_WEIGHTS = {"chars": 1.0, "words": 1.5, "title": 0.0, "structure": 0.1}
TYPE_C = 0.3   # chosen by leave-one-writer-out macro-F1 (W1, W2, W5) and W3/W6 dev; writer-fold CV agreed in stop 30 (docs/judgement.md)
EXTERNAL_WEIGHT = 10.0  # an external item counts as this many synthetic corpus items
# Calibration predicts each hand-written item by a model trained without its writer: one writer at a
# time while there were three (W1, W2, W5); in five folds of writers since the independent writers
# joined the training data (stop 30: 179 writers, five fits instead of 179).
TYPE_FOLDS = 5
TEMPERATURES = tuple(float(t) for t in np.round(np.arange(0.05, 5.001, 0.01), 2))
MARGINS = tuple(float(m) for m in np.round(np.arange(0.0, 0.501, 0.01), 2))
ALTERNATIVE_SHARE = 0.25  # the runner-up is named on (at most) this share of the calibration items
# The model's labelled precision on the pooled dev writers at the chosen threshold. 0.9 until stop 20;
# with thirteen dev writers the model caught 14–16 labelled mismatches there, so one item moved
# precision by 6 points and 0.85 kept the bound meaningful. With 160 dev writers (stop 29) it rests on
# several times as many, and 0.85 let the threshold fall to 0.81, where the model added 5 false alarms
# for 1 mismatch on the pooled labelled items: back to 0.9.
AGREEMENT_MIN_PRECISION = 0.9


@dataclass
class TrainReport:
    type_dev_macro_f1: float
    type_temperature: float
    agreement_threshold: float
    agreement_dev_precision: float
    agreement_dev_recall: float
    n_train: int
    n_dev: int
    # Where the type model was calibrated and what it measured there.
    type_calibration: str = "corpus dev"
    type_dev_per_type: dict = field(default_factory=dict)
    type_dev_ece: float = 0.0
    type_dev_ece_uncalibrated: float = 0.0
    type_alternative_margin: float = 0.0
    type_alternative: dict = field(default_factory=dict)
    n_external_train: int = 0
    n_external_dev: int = 0
    # The held-out pool the temperature was fitted on: each writer of the external training data
    # predicted by a model trained without that writer, plus the calibration items (external dev).
    type_pool: dict = field(default_factory=dict)
    n_independent_type: int = 0  # type-labelled corpus/independent items in the type model's training data
    scoring_points: dict = field(default_factory=dict)
    adopt_min_figures: dict = field(default_factory=dict)  # by type: figures to adopt a fault-free item as is
    adopt_min_chars: int = 0   # and the body length it needs
    verdict_cv: dict = field(default_factory=dict)   # the learned verdict's writer-fold agreement ({} when none)
    independent_dev_writers: str = ""   # the corpus/independent writers of the dev split: "W6–W27"
    independent_writers: str = ""   # every corpus/independent writer in the type model's training data


def _docs(items: list[Item], config: Config) -> list[Document]:
    return [Document(i, config.lexicons, config.segmenter) for i in items]


def _sparse(rows: list[tuple[np.ndarray, np.ndarray]], width: int):
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(index) for index, _ in rows])
    indices = np.concatenate([index for index, _ in rows])
    data = np.concatenate([values for _, values in rows])
    return csr_matrix((data, indices, indptr), shape=(len(rows), width))


def _per_type(truth, pred, labels) -> dict[str, float]:
    scores = {}
    for label in labels:
        tp = sum(1 for t, p in zip(truth, pred) if t == p == label)
        fp = sum(1 for t, p in zip(truth, pred) if p == label != t)
        fn = sum(1 for t, p in zip(truth, pred) if t == label != p)
        scores[label] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    return scores


def _macro_f1(truth, pred, labels) -> float:
    scores = _per_type(truth, pred, labels)
    return sum(scores.values()) / len(scores)


def ece(confidences, correct, bins: int = 10) -> float:
    """Expected calibration error over ``bins`` equal-width bins of the top-class confidence."""
    n = len(confidences)
    total = 0.0
    for k in range(bins):
        members = [(c, ok) for c, ok in zip(confidences, correct) if min(int(c * bins), bins - 1) == k]
        if members:
            accuracy = sum(ok for _, ok in members) / len(members)
            confidence = sum(c for c, _ in members) / len(members)
            total += len(members) / n * abs(accuracy - confidence)
    return total


def _softmax_rows(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, truth: np.ndarray) -> float:
    """The temperature (from :data:`TEMPERATURES`) with the least negative log-likelihood."""
    def nll(t):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return -logp[np.arange(len(truth)), truth].mean()

    return min(TEMPERATURES, key=nll)


def fit_alternative_margin(probs: np.ndarray, truth: np.ndarray) -> tuple[float, dict]:
    """(margin, what it does on these items): name the runner-up when top-1 − top-2 < margin.

    The margin is the largest in :data:`MARGINS` that flags at most :data:`ALTERNATIVE_SHARE` of the
    calibration items: the least certain quarter, where the top type is most often wrong. The stats
    say how often the top type and the runner-up were right on the flagged items and on the rest."""
    order = np.argsort(-probs, axis=1, kind="stable")
    rows = np.arange(len(truth))
    gap = probs[rows, order[:, 0]] - probs[rows, order[:, 1]]
    margin = 0.0
    for m in MARGINS:
        if (gap < m).mean() > ALTERNATIVE_SHARE:
            break
        margin = m
    flagged = gap < margin
    top1, top2 = order[:, 0] == truth, order[:, 1] == truth
    stats = {
        "share": round(float(flagged.mean()), 3),
        "flagged_top1_accuracy": round(float(top1[flagged].mean()), 3) if flagged.any() else None,
        "flagged_runner_up_right": round(float(top2[flagged].mean()), 3) if flagged.any() else None,
        "other_top1_accuracy": round(float(top1[~flagged].mean()), 3) if (~flagged).any() else None,
    }
    return margin, stats


def writer_range(items: list[Labelled]) -> str:
    """The writers of ``items`` as runs of numbers without a gap: "W6–W141、W146–W185" (runs of one or
    two writers listed: "W3、W5、W6")."""
    numbers = sorted({int(w[1:]) for w in map(writer_of, items) if w})
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(f"W{r[0]}–W{r[-1]}" if len(r) > 2 else "、".join(f"W{n}" for n in r) for r in runs)


def writer_of(x: Labelled) -> str:
    """The writer of an external or independent item: ``W1`` for ``W1-007`` (those items are numbered
    by writer); items without such a prefix count as one writer."""
    m = re.match(r"(W\d+)-", x.item.id or "")
    return m.group(1) if m else ""


def writer_folds(items: list[Labelled]) -> list[set[str]]:
    """The writers of ``items`` dealt into at most :data:`TYPE_FOLDS` folds (by writer number, round
    robin): each writer alone when there are that few, else several per fold; none for one writer."""
    writers = sorted({writer_of(x) for x in items}, key=lambda w: (len(w), w))
    if len(writers) < 2:
        return []
    k = min(TYPE_FOLDS, len(writers))
    return [set(writers[i::k]) for i in range(k)]


def _fit_type(train: list[Labelled], external_train: list[Labelled], docs: dict[int, Document]) -> dict:
    """The type model document (temperature 1) fitted on ``train`` + ``external_train`` (external items
    weighted :data:`EXTERNAL_WEIGHT`); ``docs``: the analysed item of each Labelled, by ``id``."""
    from sklearn.linear_model import LogisticRegression

    fit_items = list(train) + list(external_train)
    fit_docs = [docs[id(x)] for x in fit_items]
    texts = [type_model.type_text(d) for d in fit_docs]
    grams, idf = fit_vocabulary(texts, **TYPE_NGRAMS)
    word_grams, word_idf = fit_word_vocabulary([words(t) for t in texts], **TYPE_WORD_NGRAMS)
    title_grams, title_idf = fit_word_vocabulary([words(d.title) for d in fit_docs], **TYPE_TITLE_WORDS)
    structure = np.array([structure_features(d.title, d.body) for d in fit_docs])
    document = {
        "labels": list(TYPE_LABELS),
        "vocabulary": grams,
        "idf": rounded(idf),
        "word_vocabulary": word_grams,
        "word_idf": rounded(word_idf),
        "word_n": TYPE_WORD_NGRAMS["n_max"],
        "title_vocabulary": title_grams,
        "title_idf": rounded(title_idf),
        "structure_names": list(STRUCTURE_NAMES),
        "structure_mean": rounded(list(structure.mean(axis=0))),
        "structure_std": rounded(list(structure.std(axis=0) + 1e-6)),
        "block_weights": dict(TYPE_BLOCK_WEIGHTS),
    }
    features = type_model.TypeFeatures(document)
    X = _sparse([features.vector(d) for d in fit_docs], features.width)
    y = [x.type for x in fit_items]
    weights = np.array([1.0] * len(train) + [EXTERNAL_WEIGHT] * len(external_train))
    clf = LogisticRegression(C=TYPE_C, max_iter=10000, random_state=SEED)
    clf.fit(X, y, sample_weight=weights)
    order = [list(clf.classes_).index(label) for label in TYPE_LABELS]
    document.update({
        "coef": rounded(clf.coef_[order].tolist()),
        "intercept": rounded(clf.intercept_[order].tolist()),
        "temperature": 1.0,
        "alternative_margin": 0.0,
    })
    return document


def _type_logits(document: dict, items: list[Labelled], docs: dict[int, Document]) -> np.ndarray:
    model = type_model.TypeModel(document)
    return np.array([model.logits(docs[id(x)]) for x in items]).reshape(len(items), len(TYPE_LABELS))


def _type_scores(logits: np.ndarray, truth: np.ndarray, temperature: float) -> dict:
    probs = _softmax_rows(logits / temperature)
    pred = [TYPE_LABELS[i] for i in probs.argmax(axis=1)]
    gold = [TYPE_LABELS[i] for i in truth]
    correct = [p == t for p, t in zip(pred, gold)]
    return {"n": len(gold), "macro_f1": round(_macro_f1(gold, pred, TYPE_LABELS), 3),
            "per_type": _per_type(gold, pred, TYPE_LABELS),
            "ece": round(float(ece(list(probs.max(axis=1)), correct)), 4),
            "ece_uncalibrated": round(float(ece(list(_softmax_rows(logits).max(axis=1)), correct)), 4)}


def train_type_model(train: list[Labelled], dev: list[Labelled], config: Config,
                     external_train: list[Labelled] = (), calibration: list[Labelled] | None = None
                     ) -> tuple[dict, TrainReport]:
    """Weights from ``train`` + ``external_train`` (external items weighted :data:`EXTERNAL_WEIGHT`).

    Temperature and runner-up margin are fitted on a held-out pool of text by writers the predicting
    model never saw: the ``calibration`` items (external dev; else corpus ``dev``) predicted by the
    model, and — when ``external_train`` comes from two or more writers (:func:`writer_of`) — each
    writer's items predicted by a model trained without that writer (leave-one-writer-out).
    Returns the model document and a partial report (type fields only)."""
    external_train = list(external_train)
    external_calibration = len(calibration) if calibration else 0
    calibration = list(calibration) if calibration else list(dev)
    every = list(train) + external_train + calibration
    docs = {id(x): d for x, d in zip(every, _docs([x.item for x in every], config))}
    document = _fit_type(list(train), external_train, docs)
    parts = [("calibration", calibration, _type_logits(document, calibration, docs))]
    for k, fold in enumerate(writer_folds(external_train), 1):
        held = [x for x in external_train if writer_of(x) in fold]
        rest = [x for x in external_train if writer_of(x) not in fold]
        name = writer_range(held) if len(fold) <= 3 else f"fold {k} ({len(fold)} writers)"
        parts.append((name or "external", held, _type_logits(_fit_type(list(train), rest, docs), held, docs)))
    truth_of = lambda items: np.array([TYPE_LABELS.index(x.type) for x in items], dtype=np.int64)  # noqa: E731
    logits = np.concatenate([p[2] for p in parts])
    truth = np.concatenate([truth_of(p[1]) for p in parts])
    # Temperature scaling on the pool: one scalar that makes the probabilities honest; then the margin
    # below which the runner-up is worth naming.
    temperature = fit_temperature(logits, truth)
    margin, alternative = fit_alternative_margin(_softmax_rows(logits / temperature), truth)
    document["temperature"] = temperature
    document["alternative_margin"] = margin
    cal_truth = truth_of(calibration)
    dev_scores = _type_scores(parts[0][2], cal_truth, temperature)
    pool = {"writers": [p[0] for p in parts], "temperature": temperature,
            **_type_scores(logits, truth, temperature)}
    if len(parts) > 1:
        # The calibration items under a temperature fitted without them (leave-one-writer-out part only).
        t_out = fit_temperature(np.concatenate([p[2] for p in parts[1:]]),
                                np.concatenate([truth_of(p[1]) for p in parts[1:]]))
        pool["temperature_without_calibration"] = t_out
        pool["calibration_ece_without_calibration"] = _type_scores(parts[0][2], cal_truth, t_out)["ece"]
        pool["per_writer"] = {p[0]: {k: v for k, v in _type_scores(p[2], truth_of(p[1]), temperature).items()
                                     if k in ("n", "macro_f1", "ece")} for p in parts}
    report = TrainReport(
        type_dev_macro_f1=dev_scores["macro_f1"], type_temperature=temperature,
        agreement_threshold=0.0, agreement_dev_precision=0.0, agreement_dev_recall=0.0,
        n_train=len(train), n_dev=len(dev),
        type_dev_per_type=dev_scores["per_type"],
        type_dev_ece=dev_scores["ece"], type_dev_ece_uncalibrated=dev_scores["ece_uncalibrated"],
        type_alternative_margin=margin, type_alternative=alternative,
        n_external_train=len(external_train), n_external_dev=external_calibration, type_pool=pool,
    )
    return document, report


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


def _hard_swap_negatives(items: list[Labelled], seed: int) -> list[Item]:
    """Each clean item's body under the most similar title (most shared character bigrams) of 40
    random others: the hard swaps ``xinxi-qc evaluate --published`` measures."""
    from .title_swaps import hard_swaps

    clean = [x.item for x in items if "title-mismatch" not in (x.defects or ())]
    return [Item(clean[j].title, clean[i].body, id=f"{clean[i].id}~{clean[j].id}")
            for i, j, _ in hard_swaps(clean, sample=len(clean), seed=seed)]


class _Asked:
    """The agreement model as ``title-mismatch`` sees it: records the probability it is asked for
    (None: not asked), never fires."""

    threshold = float("inf")

    def __init__(self, model: agreement.AgreementModel) -> None:
        self.model, self.probability = model, None

    def mismatch_probability(self, doc: Document) -> float:
        self.probability = self.model.mismatch_probability(doc)
        return self.probability


def _asked(model: agreement.AgreementModel, doc: Document) -> float:
    """The model's probability for an item the rule does not silence, else 0. Silenced: the rule
    neither flags the item by its other checks nor asks the model — a title figure the body
    confirms, a generic title (title-vague's), no title word missing. An item the other checks
    flag keeps its probability: what the model would say there is counted as before."""
    from ..model import Severity, TypeGuess
    from ..rules.base import RuleContext
    from ..rules.title import TitleMismatch

    asked = _Asked(model)
    rule = TitleMismatch()
    ctx = RuleContext(rule.id, Severity.WARNING, rule.default_options, TypeGuess("dynamic", 1.0),
                      {"agreement": asked})
    flagged = any(True for _ in rule.check(doc, ctx))
    if asked.probability is not None:
        return asked.probability   # asked only where a title word is missing: the same as below
    return model.mismatch_probability(doc) if flagged and agreement.any_missing(doc) else 0.0


def train_agreement_model(train: list[Labelled], dev: list[Labelled], config: Config,
                          grams_idf: tuple[list[str], list[float]] | None = None) -> tuple[dict, float, float, float]:
    """``grams_idf``: the type model's character grams (so both models share one vector per item);
    by default fitted on ``train``. Negatives: labelled mismatches, a title from the same field, and
    the hardest of 40 random titles; the threshold is chosen on the labelled ``dev`` items."""
    from sklearn.linear_model import LogisticRegression

    rng = random.Random(SEED)
    if grams_idf is None:
        grams, idf = fit_vocabulary([type_model.type_text(d) for d in _docs([x.item for x in train], config)],
                                    **AGREEMENT_NGRAMS)
    else:
        grams, idf = grams_idf
    vocabulary = Vocabulary(grams, rounded(idf))

    def rows(items: list[Labelled], with_shuffled: bool):
        pos = [x.item for x in items if "title-mismatch" not in (x.defects or ())]
        neg = [x.item for x in items if "title-mismatch" in (x.defects or ())]
        if with_shuffled:
            clean = [x for x in items if "title-mismatch" not in (x.defects or ())]
            neg = neg + _shuffled_negatives(clean, rng) + _hard_swap_negatives(clean, SEED)
        docs = _docs(pos + neg, config)
        X = np.array([agreement.features(d, vocabulary) for d in docs])
        y = np.array([0] * len(pos) + [1] * len(neg))
        # The rule asks the model only when some title word is missing from the body: fit on those.
        reached = X[:, agreement.FEATURES.index("any_missing")] > 0
        return X[reached], y[reached]

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
    # Threshold on dev: labelled mismatches must be caught with precision ≥ AGREEMENT_MIN_PRECISION, and
    # the dev items' true titles may trip the model at most 2% of the time while their hard swaps
    # (evaluate's test) should be caught; the best mean of labelled F1 and swap recall wins.
    model = agreement.AgreementModel(document)
    dev_docs = _docs([x.item for x in dev], config)
    probs = [_asked(model, d) for d in dev_docs]
    truth = ["title-mismatch" in (x.defects or ()) for x in dev]
    clean_dev = [x for x in dev if "title-mismatch" not in (x.defects or ())]
    swap_probs = [_asked(model, d) for d in _docs(_hard_swap_negatives(clean_dev, SEED + 1), config)]
    threshold, precision, recall = choose_agreement_threshold(probs, truth, swap_probs)
    document["threshold"] = threshold
    return document, threshold, precision, recall


def choose_agreement_threshold(probs: list[float], truth: list[bool], swap_probs: list[float]) -> tuple[float, float, float]:
    """(threshold, labelled precision, labelled recall) on dev: ``probs`` of the labelled items
    (``truth``: labelled title-mismatch), ``swap_probs`` of their hard swaps. Among thresholds with
    precision ≥ AGREEMENT_MIN_PRECISION and ≤ 2 % of true titles flagged, the best mean of labelled F1
    and swap recall; when none meets both bounds, the most precise (then fewest true titles flagged):
    precision first, never the one that catches most."""
    true_probs = [p for p, t_ in zip(probs, truth) if not t_]
    best = (0.5, -float("inf"), 0.0, 0.0)
    for t in np.round(np.arange(0.05, 0.99, 0.01), 2):
        tp = sum(1 for p, t_ in zip(probs, truth) if p >= t and t_)
        fp = sum(1 for p, t_ in zip(probs, truth) if p >= t and not t_)
        fn = sum(1 for p, t_ in zip(probs, truth) if p < t and t_)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        false_alarms = sum(p >= t for p in true_probs) / max(len(true_probs), 1)
        caught = sum(p >= t for p in swap_probs) / max(len(swap_probs), 1)
        score = ((f1 + caught) / 2 if precision >= AGREEMENT_MIN_PRECISION and false_alarms <= 0.02
                 else precision - false_alarms / 1000 - 2.0)   # precision first, then fewest flagged
        if score > best[1] + 1e-9:
            best = (float(t), score, precision, recall)
    return best[0], best[2], best[3]


def train_all(corpus: list[Labelled], out_dir: Path, config: Config,
              external: list[Labelled] | None = None, graded_extra: list[Labelled] | None = None) -> TrainReport:
    """Every model from ``corpus`` (its ``train``/``dev`` splits) and, when given, the external
    corpus: its ``train`` split (with the type-labelled ``graded_extra`` items) joins the type model's
    training data, its ``dev`` split calibrates the type model together with leave-one-writer-out
    predictions on that training data. Its ``test`` split is never read here. The agreement model is trained on the
    corpus only, on the type model's character grams."""
    train = [x for x in corpus if x.split == "train"]
    dev = [x for x in corpus if x.split == "dev"]
    if not train or not dev:
        raise ValueError("语料需要 train 和 dev 两个划分（split 字段）")
    external = external or []
    external_train = [x for x in external if x.split == "train" and x.type]
    external_dev = [x for x in external if x.split == "dev" and x.type]
    if external and (not external_train or not external_dev):
        raise ValueError("外部语料需要带类型标注的 train 和 dev 两个划分（split 字段）")
    out_dir.mkdir(parents=True, exist_ok=True)
    # The project's own independent items (corpus/independent: every writer, train and dev split) join
    # the type model's external training data, and every writer there is held out once (in its fold)
    # for calibration. Trained on W5 alone until stop 30, the model typed the unread writers of
    # corpus/independent/holdout at macro-F1 0.839; with the dev writers too, 0.946 (docs/judgement.md).
    independent = [x for x in graded_extra or () if x.type]
    type_doc, report = train_type_model(train, dev, config, external_train + independent, external_dev or None)
    report = replace(report, type_calibration="external dev" if external_dev else "corpus dev",
                     n_external_train=len(external_train), n_independent_type=len(independent),
                     independent_writers=writer_range(independent))
    save_model(out_dir / "type_model.json", type_model.KIND, type_doc)
    # Independent items of a dev split (writers W6 on) choose thresholds and measure: never fitted on.
    graded = [x for x in external if x.split == "train"] + [x for x in graded_extra or () if x.split == "train"]
    agree_doc, threshold, precision, recall = train_agreement_model(
        train + graded, dev + [x for x in external if x.split == "dev"]
        + [x for x in graded_extra or () if x.split == "dev"], config,
        (type_doc["vocabulary"], type_doc["idf"]))
    save_model(out_dir / "agreement_model.json", agreement.KIND, agree_doc)
    graded_dev = [x for x in external if x.split == "dev"] + [x for x in graded_extra or () if x.split == "dev"]
    scoring_doc = train_scoring(out_dir, train, graded, graded_dev)
    save_model(out_dir / "scoring.json", score_fit.KIND, scoring_doc)
    return replace(report, agreement_threshold=threshold, agreement_dev_precision=precision,
                   agreement_dev_recall=recall, scoring_points=scoring_doc["points"],
                   independent_dev_writers=writer_range([x for x in graded_extra or () if x.split == "dev"]),
                   adopt_min_figures=scoring_doc["adopt_min_figures"], adopt_min_chars=scoring_doc["adopt_min_chars"],
                   verdict_cv=scoring_doc.get("verdict_model", {}).get("cv", {}))


# The synthetic corpus grades by its own recipe; the hand-graded items weigh five times as much.
CORPUS_GRADE_WEIGHT = 0.2


def train_scoring(models_dir: Path, corpus_train: list[Labelled], graded: list[Labelled],
                  graded_dev: list[Labelled] = ()) -> dict:
    """Points per rule fitted to editors' grades (:mod:`score_fit`) on the checker's own findings,
    with the models just trained and the cross-item check over each source, as ``check`` runs. What
    adopting as is needs is a choice, made on the hand-graded dev items (``graded_dev``; on the
    hand-graded train items without them): a few items of three writers move it by a step."""
    from ..config import build_config
    from .evaluate import check_together, editor_verdict
    from .verdict_fit import fit_verdict_model

    config = build_config({"models": str(models_dir.resolve()), "verdict": {"learned": False}}, base_dir=Path.cwd(),
                          source="(training)", plugins=False)
    results, grades, weights = [], [], []
    for items, weight in ((corpus_train, CORPUS_GRADE_WEIGHT), (graded, 1.0)):
        items = [x for x in items if x.grade is not None]
        results += check_together([x.item for x in items], config)
        grades += [x.grade for x in items]
        weights += [weight] * len(items)
    # Only faults the hand-graded items label are fitted: a style rule they never label (typography,
    # long-sentence…) would otherwise pick up whatever else its items lack and cost 20 points a comma.
    labelled = sorted({d for x in graded for d in (x.defects or ())} & set(config.scoring.weights))
    fit = score_fit.fit_points(results, grades, labelled, weights)
    # What adopting as is needs: chosen on hand-graded items only (the corpus grades by recipe).
    hand = [(r, g) for r, g, w in zip(results, grades, weights) if w == 1.0]
    dev = [x for x in graded_dev if x.grade is not None]
    if dev:
        hand = list(zip(check_together([x.item for x in dev], config), [x.grade for x in dev]))
    adopt = score_fit.choose_adopt_figures([r for r, _ in hand], [g for _, g in hand])
    adopt_chars = score_fit.choose_adopt_chars([r for r, _ in hand], [g for _, g in hand], adopt)
    # The learned verdict: fitted on the same hand-graded dev items, measured in writer folds.
    graded_items = dev or [x for x in graded if x.grade is not None]
    model = fit_verdict_model([r for r, _ in hand], [editor_verdict(g) for _, g in hand],
                              [writer_of(x) for x in graded_items], labelled, writer_folds(graded_items))
    return fit.document({"corpus train": sum(1 for w in weights if w != 1.0),
                         "hand-graded": sum(1 for w in weights if w == 1.0),
                         "hand-graded dev (adopt as is)": len(dev)}, adopt, adopt_chars,
                        model.document() if model is not None else None)
