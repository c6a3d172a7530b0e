"""``xinxi-qc train`` and ``xinxi-qc evaluate``."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from ..resources import data_dir
from .common import config_option, fail, load_config_or_fail

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "items.jsonl"


def register(group: click.Group) -> None:
    group.add_command(train)
    group.add_command(evaluate)


def _corpus(path):
    from ..learn.corpus_io import CorpusError, read_labelled

    path = Path(path) if path else DEFAULT_CORPUS
    if not path.exists():
        fail(f"{path}: 语料文件不存在")
    try:
        return read_labelled(path)
    except CorpusError as exc:
        fail(str(exc))


@click.command()
@click.option("--data", type=click.Path(dir_okay=False), help="语料 JSONL（默认 corpus/items.jsonl）")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="模型目录（默认 models/）")
def train(data, out_dir):
    """用语料的 train/dev 划分重新训练全部模型（固定随机种子，结果可复现）。"""
    from ..config import Config
    from ..learn.train import train_all

    from collections import Counter

    from ..config import build_config
    from ..learn.evaluate import evaluate as run
    from ..learn.model_card import write_model_card

    corpus = _corpus(data)
    out = Path(out_dir) if out_dir else data_dir("models")
    config = Config.default()
    try:
        report = train_all(corpus, out, config)
    except ValueError as exc:
        fail(str(exc))
    trained = build_config({"models": str(out.resolve())}, base_dir=Path.cwd(), source="(trained)", plugins=False)
    test = [x for x in corpus if x.split == "test"] or corpus
    card = write_model_card(out, Path(data) if data else DEFAULT_CORPUS,
                            dict(Counter(x.split or "none" for x in corpus)), report, run(test, trained), date.today())
    click.echo(f"训练 {report.n_train} 条，验证 {report.n_dev} 条 → {out}")
    click.echo(f"  信息类型模型：验证集 macro-F1 {report.type_dev_macro_f1:.3f}，温度 {report.type_temperature}")
    click.echo(f"  标题—正文一致性模型：阈值 {report.agreement_threshold}，验证集 precision "
               f"{report.agreement_dev_precision:.3f} recall {report.agreement_dev_recall:.3f}")
    click.echo(f"  模型说明：{card}")


@click.command()
@click.option("--data", type=click.Path(dir_okay=False), help="带标注的 JSONL（默认 corpus/items.jsonl 的 test 划分）")
@click.option("--split", default=None, help="只评估这个划分（默认：用默认语料时为 test，否则全部）")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@config_option
def evaluate(data, split, fmt, config_path):
    """在带标注的数据上打印：类型 P/R/F1 与混淆矩阵、各规则 P/R/F1、误报率、得分与等级的 Spearman 相关。"""
    from ..learn.evaluate import evaluate as run, format_evaluation

    corpus = _corpus(data)
    split = split or (None if data else "test")
    items = [x for x in corpus if split is None or x.split == split]
    if not items:
        fail(f"没有 split={split} 的语料")
    config = load_config_or_fail(config_path)
    ev = run(items, config)
    if fmt == "json":
        click.echo(json.dumps({"schema": "xinxi-qc/evaluation-1", "split": split, **ev.data,
                               "targets": [{"name": n, "value": v, "target": t, "met": m} for n, v, t, m in ev.targets()]},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(format_evaluation(ev, f"{data or DEFAULT_CORPUS}" + (f" [{split}]" if split else "")))
