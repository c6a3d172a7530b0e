"""``xinxi-qc train`` and ``xinxi-qc evaluate``."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from ..resources import data_dir
from .common import config_option, fail, load_config_or_fail

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "items.jsonl"
# Items written and graded by hand for the project (corpus/independent/README.md): grades for the score.
INDEPENDENT = Path(__file__).resolve().parents[3] / "corpus" / "independent"


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
@click.option("--external", "external", metavar="DIR",
              help="外部语料目录：train 划分参与训练信息类型模型，dev 划分用于校准（默认 <仓库>/../shared/corpus-external，"
                   "或环境变量 XINXI_QC_EXTERNAL）；test 划分不读")
@click.option("--no-external", is_flag=True, help="不用外部语料，只用 --data 语料训练并在其 dev 划分上校准（与随附模型不同）")
def train(data, out_dir, external, no_external):
    """用语料的 train/dev 划分（及外部语料的 train/dev）重新训练全部模型（固定随机种子，结果可复现）。"""
    from collections import Counter

    from ..config import Config, build_config
    from ..learn.eval_sources import external_dir
    from ..learn.evaluate import evaluate as run
    from ..learn.model_card import write_model_card
    from ..learn.train import train_all
    from ..learn.training_writers import training_files

    corpus = _corpus(data)
    ext_rows, ext_path = None, None
    if not no_external:
        folder, origin = external_dir(external)
        ext_path = folder / "items.jsonl"
        if not ext_path.is_file():
            fail(f"无法复现随附模型：未找到外部语料 {folder}（随附的信息类型模型用它的 train 划分训练、dev 划分校准）；"
                 "请用 --external 指定该目录，或加 --no-external 只用项目语料训练（模型说明会注明）")
        ext_rows = [x for x in _corpus(str(ext_path)) if x.split in ("train", "dev")]  # test is never read
    out = Path(out_dir) if out_dir else data_dir("models")
    config = Config.default()
    try:
        listed, unlisted = training_files(INDEPENDENT)
        graded = [x for path in listed for x in _corpus(str(path))]
        report = train_all(corpus, out, config, ext_rows, graded)
    except ValueError as exc:
        fail(str(exc))
    trained = build_config({"models": str(out.resolve())}, base_dir=Path.cwd(), source="(trained)", plugins=False)
    test = [x for x in corpus if x.split == "test"] or corpus
    card = write_model_card(out, Path(data) if data else DEFAULT_CORPUS,
                            dict(Counter(x.split or "none" for x in corpus)), report, run(test, trained), date.today(),
                            external=ext_path)
    click.echo(f"训练 {report.n_train} 条，验证 {report.n_dev} 条" +
               (f"，外部语料 train {report.n_external_train} 条、dev {report.n_external_dev} 条" if ext_rows else
                "（未用外部语料）") + f" → {out}")
    click.echo(f"  独立撰稿人：{len(listed)} 人的信息参与训练（{INDEPENDENT / 'training_writers.txt'}）" +
               (f"；未列入、不参与训练：{'、'.join(unlisted)}" if unlisted else ""))
    click.echo(f"  信息类型模型：{'外部 dev' if ext_rows else '语料 dev'} macro-F1 {report.type_dev_macro_f1:.3f}，"
               f"温度 {report.type_temperature}，ECE {report.type_dev_ece:.3f}，"
               f"并列提示阈值 {report.type_alternative_margin}")
    click.echo(f"  标题—正文一致性模型：阈值 {report.agreement_threshold}，验证集 precision "
               f"{report.agreement_dev_precision:.3f} recall {report.agreement_dev_recall:.3f}")
    click.echo("  扣分表（按编辑评级拟合，每条规则一次）：" +
               "，".join(f"{rule} {points}" for rule, points in sorted(report.scoring_points.items())))
    if report.adopt_min_figures:
        from ..model import TYPE_NAMES_ZH

        click.echo("  无问题信息直接采用所需数据处数（按类型，在人工评级的 dev 信息上选定）：" +
                   "，".join(f"{TYPE_NAMES_ZH.get(t, t)} {n}" for t, n in report.adopt_min_figures.items())
                   + f"；正文不少于 {report.adopt_min_chars} 字")
    if report.verdict_cv.get("agreement") is not None:
        click.echo(f"  采用/修改/退回判断模型：在 {report.verdict_cv['fitted_on']} 条人工评级信息上拟合，按撰稿人交叉验证"
                   f"与编辑一致 {report.verdict_cv['agreement']:.1%}")
    click.echo(f"  模型说明：{card}")


@click.command()
@click.option("--data", "data_files", multiple=True, metavar="FILE",
              help="另一个带标注的 JSONL，单独成一节（可重复）")
@click.option("--split", default=None, help="--data 文件只评估这个划分（默认全部）")
@click.option("--external", "external", metavar="DIR",
              help="外部语料目录（默认 <仓库>/../shared/corpus-external，或环境变量 XINXI_QC_EXTERNAL）")
@click.option("--published", "published_files", multiple=True, metavar="FILE",
              help="已发布、无标注的 JSONL（title/body）：各规则报警率与标题调换检测（可重复）")
@click.option("--sample", "sample", default=None, metavar="N", help="标题调换检测的抽样条数（默认 600）")
@click.option("--seed", "seed", default=None, metavar="N", help="抽样与候选标题的随机种子（默认 10）")
@click.option("--no-defaults", is_flag=True, help="不评估项目语料与外部语料，只评估 --data / --published 给出的文件")
@click.option("--explain", is_flag=True, help="列出每条规则的误报与漏报编号、误报的无缺陷信息、类型判错的信息")
@click.option("--format", "fmt", default="text", show_default=True, metavar="text|json", help="输出格式")
@config_option
def evaluate(data_files, split, external, published_files, sample, seed, no_defaults, explain, fmt, config_path):
    """分数据来源评估：项目语料 test 划分、独立撰稿 dev（corpus/independent）、外部语料 dev 与 test 划分、
    每个 --data 文件各成一节。

    每节打印：类型 P/R/F1、混淆矩阵与置信度校准误差（ECE）；各规则 P/R/F1（跨文档比对在内，
    boilerplate 也计）；无缺陷信息的误报率及引起误报的规则；得分与等级的 Spearman 相关；目标是否达到。
    --published 文件另报各规则报警率与标题调换检测。--data/--published 文件中有误的行（不是有效 JSON、
    缺少 title/body 等）逐行报告行号后跳过，其余照常评估，退出码为 2；全部行都有误时不评估该文件。
    退出码：0 完成；2 用法或输入错误。
    """
    from ..engine import RuleFailure
    from ..learn.eval_sources import SourceError, corpus_source, data_source, external_sources, independent_sources
    from ..learn.evaluate import TARGETS, evaluate as run, format_evaluation, format_targets
    from ..learn.title_swaps import (DEFAULT_SAMPLE, DEFAULT_SEED, TARGETS as SWAP_TARGETS, evaluate_published,
                                     format_published, published_targets)

    if fmt not in ("text", "json"):
        fail(f"--format 只能是 text 或 json：{fmt!r}")
    sample_n = _positive_int(sample, "--sample", DEFAULT_SAMPLE)
    seed_n = _positive_int(seed, "--seed", DEFAULT_SEED, allow_zero=True)
    sources, notes, published, skipped = [], [], [], []
    try:
        if not no_defaults:
            for found, said in (corpus_source(), independent_sources(), external_sources(external)):
                sources += found
                notes += said
        elif external:
            fail("--no-defaults 与 --external 不能同时使用")
        sources += [data_source(path, split, skipped) for path in data_files]
        published = [(path, _published_items(path, skipped)) for path in published_files]
    except SourceError as exc:
        fail(str(exc))
    for problem in skipped:  # each bad line of a --data/--published file, before the report
        click.echo(f"xinxi-qc: 已跳过：{problem}", err=True)
    if not sources and not published:
        fail("没有可评估的数据：" + ("；".join(notes) if notes else "请用 --data 或 --published 指定文件"))
    config = load_config_or_fail(config_path)
    if fmt == "text":
        for note in notes:
            click.echo(f"注意：{note}")
    else:
        for note in notes:
            click.echo(f"xinxi-qc: 注意：{note}", err=True)
    out, summary, published_summary = [], [], []
    for source in sources:
        try:
            ev = run(source.items, config, labelled_rules=source.labelled_rules, config_path=config_path)
        except (OSError, ValueError, RuleFailure) as exc:
            fail(f"{source.path}: {exc}")
        targets = ev.targets()
        summary.append((source.title, ev.summary(), targets))
        if fmt == "json":
            out.append({"key": source.key, "kind": "labelled", "title": source.title, "path": str(source.path),
                        "split": source.split, "use": source.note, **ev.data, "summary": ev.summary(),
                        "targets": [{"name": n, "value": v, "target": t, "met": m} for n, v, t, m in targets]})
        else:
            click.echo("\n" + "=" * 8 + f" {source.title} " + "=" * 8)
            if source.note:
                click.echo(f"（{source.note}）")
            click.echo(format_evaluation(ev, source.title, explain=explain))
    for path, items in published:
        try:
            data = evaluate_published(items, config, sample=sample_n, seed=seed_n, config_path=config_path)
        except (OSError, ValueError, RuleFailure) as exc:
            fail(f"{path}: {exc}")
        swap = data["title_swap"]
        published_summary.append(f"已发布文本 {path}（{data['n_items']} 条）：至少一条警告 {data['alarms']['any_warning']['rate']:.1%}；"
                                 f"标题调换识别 {swap['caught_rate']:.1%}，原标题误报 {swap['false_alarm_rate']:.1%}"
                                 f"（{swap['pairs']} 对）")
        if fmt == "json":
            out.append({"key": f"published:{path}", "kind": "published", "title": str(path), "path": str(path), **data,
                        "targets": [{"name": n, "value": v, "target": t, "met": m} for n, v, t, m in published_targets(data)]})
        else:
            click.echo("\n" + "=" * 8 + f" 已发布文本 {path} " + "=" * 8)
            click.echo(format_published(data, str(path), explain=explain))
    if fmt == "json":
        click.echo(json.dumps({"schema": "xinxi-qc/evaluation-2", "targets": {**TARGETS, **SWAP_TARGETS},
                               "notes": notes, "skipped_lines": skipped, "sources": out}, ensure_ascii=False, indent=2))
    elif len(summary) + len(published_summary) > 1:
        click.echo("\n" + "=" * 8 + " 汇总 " + "=" * 8)
        for title, s, targets in summary:
            met = sum(1 for *_, m in targets if m)
            click.echo(f"{title}：类型 macro-F1 {_fmt(s['type_macro_f1'])}，ECE {_fmt(s['type_ece'])}；"
                       f"规则达标 {s['rules_meeting_targets']}/{s['rules_labelled']}；"
                       f"无缺陷误报率 {_fmt(s['false_alarm_rate'])}；Spearman {_fmt(s['spearman'])}；"
                       f"等级 kappa {_fmt(s.get('grade_kappa'))}；结论一致率 {_fmt(s.get('verdict_agreement'))}；"
                       f"阻断缺陷未退回 {s.get('blocking_violations') if s.get('blocking_violations') is not None else '—'}；"
                       f"目标达到 {met}/{len(targets)}")
        for line in published_summary:
            click.echo(line)
    if skipped:
        click.echo(f"xinxi-qc: {len(skipped)} 行输入有误，已跳过（见上），其余已评估", err=True)
        sys.exit(2)


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def _positive_int(value, option: str, default: int, allow_zero: bool = False) -> int:
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0 or (n == 0 and not allow_zero):
        fail(f"{option} 应为{'非负' if allow_zero else '正'}整数：{value!r}")
    return n


def _published_items(path, skipped: list[str]):
    """Title/body items of a published JSONL (labels, if any, are ignored; bad lines skipped)."""
    from ..learn.eval_sources import lenient_rows

    return [x.item for x in lenient_rows(Path(path), skipped)]
