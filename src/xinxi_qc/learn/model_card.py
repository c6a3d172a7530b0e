"""models/MODEL_CARD.md, written by ``xinxi-qc train`` from what it just trained and measured."""
from __future__ import annotations

import hashlib
import platform
from datetime import date
from importlib import metadata
from pathlib import Path

from .evaluate import Evaluation
from .train import (AGREEMENT_MIN_PRECISION, AGREEMENT_NGRAMS, EXTERNAL_WEIGHT, SEED, TYPE_BLOCK_WEIGHTS, TYPE_C, TYPE_NGRAMS,
                    TYPE_TITLE_WORDS, TYPE_WORD_NGRAMS, TrainReport)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _pct(value) -> str:
    return "—" if value is None else f"{value:.0%}"


def _pool_name(report: TrainReport) -> str:
    """Where the type model's temperature was fitted."""
    writers = [w for w in (report.type_pool or {}).get("writers", []) if w != "calibration"]
    if not writers:
        return report.type_calibration
    return (f"a held-out pool: {report.type_calibration} plus the hand-written training items, each writer "
            f"predicted by a model trained without it (writers in {len(writers)} folds: "
            + "; ".join(writers) + f"; {report.type_pool['n']} items)")


def write_model_card(out_dir: Path, corpus_path: Path, counts: dict[str, int], report: TrainReport,
                     test: Evaluation, today: date, external: Path | None = None) -> Path:
    """``external``: the external corpus file whose train/dev splits were used (None: not used)."""
    t = test.data
    pool = report.type_pool or {}
    digest = hashlib.sha256(corpus_path.read_bytes()).hexdigest()[:16]
    if external is not None:
        ext_digest = hashlib.sha256(external.read_bytes()).hexdigest()[:16]
        data_external = [
            f"- External corpus `{external.parent.name}/{external.name}` (sha256 {ext_digest}…, read from beside the "
            f"checkout, not copied into the repository): its `train` split ({report.n_external_train} items, writers "
            f"W1–W2) is part of the information-type model's training data (each item weighted {EXTERNAL_WEIGHT:g}× a "
            f"corpus item, like the {report.n_independent_type} type-labelled items in `corpus/independent/`, writers "
            f"{report.independent_writers}); its `dev` split ({report.n_external_dev} items, W3) and the predictions on those "
            "hand-written training items by models trained without their writers fitted the temperature and the "
            "runner-up margin. Its `test` split (W4) is not "
            "read by `xinxi-qc train`. Without this folder `xinxi-qc train` refuses to pretend it reproduces these "
            "models (`--no-external` trains without it and says so here).",
        ]
    else:
        data_external = [
            "- **No external corpus** (`--no-external`): the information-type model was trained on the corpus and the "
            f"{report.n_independent_type} type-labelled items in `corpus/independent/` and calibrated on the corpus "
            "`dev` split. The shipped models also use `../shared/corpus-external` "
            "(train split for weights, dev split for calibration), so these weights differ from them.",
        ]
    lines = [
        "# Model card — xinxi-qc models",
        "",
        f"Trained {today.isoformat()} by `xinxi-qc train` (seed {SEED}); files: `type_model.json`, "
        "`agreement_model.json`, `scoring.json` (plain JSON weights, loaded without executing code; a file whose "
        "`format_version` differs from the program's is refused with a message and the checker falls back "
        "to its cue-based checks).",
        "",
        "## Data",
        f"- `{corpus_path.name}` (sha256 {digest}…): {sum(counts.values())} items — "
        + ", ".join(f"{k} {v}" for k, v in counts.items()) + ". See `corpus/DATASHEET.md`.",
        "- Corpus splits: weights fitted on `train`; the agreement threshold (and, without the external corpus, the "
        "type model's temperature) chosen on `dev`; `test` used only for the numbers below.",
        *data_external,
        "",
        "## Models",
        "- **Information type** (dynamic / experience / problem / comprehensive): features in four blocks — "
        f"character 1–2-gram TF-IDF (sublinear tf, ≤ {TYPE_NGRAMS['max_features']} grams, df ≥ {TYPE_NGRAMS['min_df']}, "
        f"digits collapsed), word 1–{TYPE_WORD_NGRAMS['n_max']}-gram TF-IDF from rjieba (dictionary segmentation, no HMM; "
        f"df ≥ {TYPE_WORD_NGRAMS['min_df']}), title words (df ≥ {TYPE_TITLE_WORDS['min_df']}) and standardised structure "
        "features (`classify/structure.py`: 一是/二是 markers followed by measures, shortfalls or trends, results after "
        "the measures, 原因/建议/对策 sections, reporting periods, 同比/百分点, kinds of indicator, meeting narration, "
        f"figure density, length…), block weights {TYPE_BLOCK_WEIGHTS}; multinomial logistic regression (C={TYPE_C}); "
        f"temperature scaling on {_pool_name(report)} (T = {report.type_temperature}); the runner-up type is named "
        f"when the top two probabilities differ by less than {report.type_alternative_margin} (the least certain "
        f"{report.type_alternative.get('share', 0):.0%} of the calibration items; there the top type was right "
        f"{_pct(report.type_alternative.get('flagged_top1_accuracy'))} and the runner-up "
        f"{_pct(report.type_alternative.get('flagged_runner_up_right'))} of the time, against "
        f"{_pct(report.type_alternative.get('other_top1_accuracy'))} for the top type elsewhere).",
        f"  - On {report.type_calibration}: macro-F1 {report.type_dev_macro_f1:.3f} ("
        + ", ".join(f"{k} {v:.3f}" for k, v in report.type_dev_per_type.items())
        + f"); ECE (10 bins) {report.type_dev_ece:.3f} after calibration, {report.type_dev_ece_uncalibrated:.3f} before "
        "(these items are part of the pool the temperature was fitted on"
        + (f"; with the temperature fitted on the held-out-writer predictions alone, T = "
           f"{pool['temperature_without_calibration']}, their ECE is {pool['calibration_ece_without_calibration']:.3f}"
           if "temperature_without_calibration" in pool else "") + ").",
        *([f"  - On the whole held-out pool ({pool['n']} items: " + ", ".join(
            f"{'W3 dev' if w == 'calibration' else w} {v['n']}" for w, v in pool["per_writer"].items())
           + f"): macro-F1 {pool['macro_f1']:.3f}, ECE {pool['ece']:.3f} after calibration, "
           f"{pool['ece_uncalibrated']:.3f} before; per writer or fold macro-F1 / ECE: " + ", ".join(
            f"{'W3 dev' if w == 'calibration' else w} {v['macro_f1']:.3f} / {v['ece']:.3f}"
            for w, v in pool["per_writer"].items()) + " (ECE on 56 items moves by several points by chance)."]
          if "per_writer" in pool else []),
        f"- **Title–body agreement**: {len(__import__('xinxi_qc.learn.agreement', fromlist=['FEATURES']).FEATURES)} "
        "features (title keyword coverage in body, lead and first sentence, plain and weighted by jieba's IDF; "
        "character-bigram coverage, also per title word weighted by its IDF; TF-IDF similarity; the longest stretch "
        "of the title found in the body; distinctive (IDF ≥ 9) title words missing; agreement of figures and named "
        "things, unbacked claims, how deep in the body the title's words appear, lead words in title, problem cues); "
        "logistic regression fitted on the items the rule asks it about (some title word missing from the body): "
        "true pairs vs labelled mismatches, shuffled titles from the same field and hard swaps (of 40 random titles, "
        f"the one sharing most character bigrams with the body); threshold {report.agreement_threshold} on dev (corpus dev, external dev W3 and the independent dev writers {report.independent_dev_writers or 'none'}) "
        f"(pooled labelled precision ≥ {AGREEMENT_MIN_PRECISION}, ≤ 2% of true titles flagged, best mean of labelled F1 "
        "and hard-swap recall; the most precise threshold when none meets both; an item the rule silences — a "
        "title figure the body confirms, a generic title, no title word missing — counts as not flagged); "
        "never asked about generic titles (title-vague's), which announce too little to mismatch. "
        "Drives the `title-mismatch` rule.",
        "- **Score** (`scoring.json`): points per rule fitted by non-negative least squares so that "
        "5 − grade ≈ Σ points / 25 on graded items — the checker's own findings (cross-item check included) "
        "on external `train`, the hand-graded items in `corpus/independent/` (weight 1) and the corpus `train` split "
        "(weight 0.2); one deduction per rule that fires, monotone, every point listed. Points: "
        + ", ".join(f"{k} {v}" for k, v in sorted(report.scoring_points.items()))
        + ". Only the faults the hand-graded items label are fitted; style rules they never label (typography, long-sentence, title-length, length) keep their configured points per finding. Grade bands 优质 ≥ 90, 良好 ≥ 70, 较好 ≥ 50.",
        "- **Adopt as is** (`scoring.json` `adopt_min_figures`): editors grade fault-free items 4 (light edits) "
        "or 5 (adopt as is) about equally often and the findings cannot tell them apart; the items adopted as is "
        "report more. Per predicted type, the figures a fault-free item needs for the verdict 可采用 (else "
        "修改后采用, grade 良好) were chosen on the hand-graded dev items (external `dev` and the `corpus/independent` "
        "dev writers; a choice, like the agreement threshold: fitted on the three train writers' items, two items "
        "more or less moved the length a step) as the count agreeing best with the editors' verdict: "
        + ", ".join(f"{k} {v}" for k, v in report.adopt_min_figures.items())
        + f"; then, over the items those figures would adopt, the body length (`adopt_min_chars`, whitespace not "
        f"counted, the middle of the widest run of best-agreeing lengths in steps of 10): {report.adopt_min_chars}. "
        "The thresholds decide only when the learned verdict is off (`[verdict] learned = false`).",
        *([f"- **Verdict** (`scoring.json` `verdict_model`): multinomial logistic regression (C 1.0) over the checker's "
           "findings — which labelled faults fired, each pair of them, how many, staleness, predicted type, figures "
           "(capped at 30), body length (capped at 1,500) and stock phrases (cliche findings, capped at 8) — giving the chances of 可采用 / 修改后采用 / 退回修改 "
           "(editor's grade 5 / 3–4 / 1–2); fitted on the same hand-graded dev items, less those with a blocking fault "
           f"({report.verdict_cv['fitted_on']} of {report.verdict_cv['items']}). The verdict asks it revise or return for an "
           "item with faults, adopt or revise for a fault-free one in the top band; blocking faults still return. "
           f"Writer folds ({report.verdict_cv['folds']} folds of {report.verdict_cv['writers']} writers, each item "
           "predicted by a model fitted without its writer, blocked items returned): verdict agreement with the "
           f"editors {report.verdict_cv['agreement']:.3f}. The dev writers' verdict agreement in `xinxi-qc evaluate` is "
           "therefore measured on training data; `corpus/independent/holdout/` and external `test` are not."]
          if report.verdict_cv.get("agreement") is not None else []),
        "",
        "## Metrics on the test split (whole checker, `xinxi-qc evaluate`)",
        f"- type macro-F1 **{t['types']['macro_f1']:.3f}** ({report.type_calibration} {report.type_dev_macro_f1:.3f})",
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
        "- The project corpus is synthetic, written by this project from fragment pools; numbers measure agreement with "
        "its labels, not with real editors. Retrain on an office's own labelled archive (`xinxi-qc train --data`) "
        "and measure with `xinxi-qc evaluate --data`.",
        "",
        "## Versions",
        f"- Python {platform.python_version()}, scikit-learn {_version('scikit-learn')}, numpy {_version('numpy')}, "
        f"scipy {_version('scipy')}, jieba {_version('jieba')}, xinxi-qc {_version('xinxi-qc')}",
        f"- n-gram settings: type characters {TYPE_NGRAMS}, words {TYPE_WORD_NGRAMS}, title words {TYPE_TITLE_WORDS}; "
        f"agreement {AGREEMENT_NGRAMS} (the type model's character grams); rjieba {_version('rjieba')}",
        "",
    ]
    path = out_dir / "MODEL_CARD.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
