"""models/MODEL_CARD.md, written by ``xinxi-qc train`` from what it just trained and measured."""
from __future__ import annotations

import hashlib
import platform
from datetime import date
from importlib import metadata
from pathlib import Path

from .evaluate import Evaluation
from .train import AGREEMENT_NGRAMS, SEED, TYPE_NGRAMS, TrainReport


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def write_model_card(out_dir: Path, corpus_path: Path, counts: dict[str, int], report: TrainReport,
                     test: Evaluation, today: date) -> Path:
    t = test.data
    digest = hashlib.sha256(corpus_path.read_bytes()).hexdigest()[:16]
    lines = [
        "# Model card — xinxi-qc models",
        "",
        f"Trained {today.isoformat()} by `xinxi-qc train` (seed {SEED}); files: `type_model.json`, "
        "`agreement_model.json` (plain JSON weights, loaded without executing code; a file whose "
        "`format_version` differs from the program's is refused with a message and the checker falls back "
        "to its cue-based checks).",
        "",
        "## Data",
        f"- `{corpus_path.name}` (sha256 {digest}…): {sum(counts.values())} items — "
        + ", ".join(f"{k} {v}" for k, v in counts.items()) + ". See `corpus/DATASHEET.md`.",
        "- Weights fitted on `train`; calibration temperature and decision threshold chosen on `dev`; "
        "`test` used only for the numbers below.",
        "",
        "## Models",
        f"- **Information type** (dynamic / experience / problem / comprehensive): character 1–2-gram TF-IDF "
        f"(sublinear tf, {TYPE_NGRAMS['max_features']} grams max, df ≥ {TYPE_NGRAMS['min_df']}, digits collapsed) plus "
        "standardised cue rates (activity, practice, result, problem, insight, overall-picture words, "
        "enumerations, suggestions, periods, figures, length); multinomial logistic regression (C=8); "
        f"temperature scaling on dev (T = {report.type_temperature}).",
        f"- **Title–body agreement**: {len(__import__('xinxi_qc.learn.agreement', fromlist=['FEATURES']).FEATURES)} "
        "features (title keyword coverage in body and lead, character-bigram and TF-IDF similarity, agreement of "
        "figures and named things, unbacked claims, how deep in the body the title's words appear, lead words "
        "in title, problem cues); logistic regression on true pairs vs shuffled titles from the same field plus "
        f"labelled mismatches; threshold {report.agreement_threshold} (best dev F1 with precision ≥ 0.9). "
        "Drives the `title-mismatch` rule.",
        "",
        "## Metrics on the test split (whole checker, `xinxi-qc evaluate`)",
        f"- type macro-F1 **{t['types']['macro_f1']:.3f}** (dev {report.type_dev_macro_f1:.3f})",
    ]
    for label, m in t["types"]["per_type"].items():
        lines.append(f"  - {label}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} (n={m['support']})")
    mm = t["rules"].get("title-mismatch")
    if mm:
        lines.append(f"- title-mismatch: P {mm['precision']:.3f} R {mm['recall']:.3f} F1 {mm['f1']:.3f} (n={mm['support']}); "
                     f"dev P {report.agreement_dev_precision:.3f} R {report.agreement_dev_recall:.3f}")
    lines += [
        f"- false-alarm rate on defect-free items {t['false_alarms']['rate']:.3f}; "
        f"Spearman(score, grade) {t['score_grade']['spearman']:.3f}",
        "",
        "## Limits",
        "- The corpus is synthetic, written by this project from fragment pools; numbers measure agreement with "
        "its labels, not with real editors. Retrain on an office's own labelled archive (`xinxi-qc train --data`) "
        "and measure with `xinxi-qc evaluate --data`.",
        "",
        "## Versions",
        f"- Python {platform.python_version()}, scikit-learn {_version('scikit-learn')}, numpy {_version('numpy')}, "
        f"scipy {_version('scipy')}, jieba {_version('jieba')}, xinxi-qc {_version('xinxi-qc')}",
        f"- n-gram settings: type {TYPE_NGRAMS}, agreement {AGREEMENT_NGRAMS}",
        "",
    ]
    path = out_dir / "MODEL_CARD.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
