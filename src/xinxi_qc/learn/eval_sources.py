"""The sources ``xinxi-qc evaluate`` reports on, each on its own.

By default: the project corpus test split (``corpus/items.jsonl``), the ``dev`` items written for
the project by independent writers (``corpus/independent``), and the ``dev`` and ``test``
splits of the external corpus (``<repo>/../shared/corpus-external/items.jsonl``, items written by
other hands and split by writer; another folder via ``--external`` or ``XINXI_QC_EXTERNAL``).
Every ``--data`` file is one more source. A default source that is not there is skipped with
a note; a file the user named that cannot be read is an error.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .corpus_io import CorpusError, Labelled, read_labelled
from .training_writers import WriterListError, training_files

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = REPO_ROOT / "corpus" / "items.jsonl"
DEFAULT_INDEPENDENT = REPO_ROOT / "corpus" / "independent"
DEFAULT_EXTERNAL = REPO_ROOT.parent / "shared" / "corpus-external"
EXTERNAL_ENV = "XINXI_QC_EXTERNAL"
EXTERNAL_SPLITS = (("dev", "可用于调阈值与校准，不用于训练"), ("test", "只报告，不用于调参"))


class SourceError(ValueError):
    """A source the user named cannot be used (one Chinese line)."""


@dataclass
class Source:
    key: str                      # stable id in JSON: corpus-test, external-dev, external-test, data:PATH
    title: str                    # what the report calls it (Chinese)
    path: Path
    split: str | None
    items: list[Labelled]
    labelled_rules: set[str] = field(default_factory=set)  # the rule ids the labels of this file speak about
    note: str = ""


def _read(path: Path) -> list[Labelled]:
    try:
        return read_labelled(path)
    except CorpusError as exc:
        raise SourceError(str(exc)) from None


def _vocabulary(rows: list[Labelled]) -> set[str]:
    return {d for x in rows for d in (x.defects or ())}


def _writers(path: Path) -> dict[str, list[str]]:
    """split → the writers of its items (the external corpus has a ``writer`` field)."""
    out: dict[str, set[str]] = {}
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    for line in lines:
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(r, dict) and r.get("writer"):
            out.setdefault(str(r.get("split")), set()).add(str(r["writer"]))
    return {k: sorted(v) for k, v in out.items()}


def corpus_source(path: Path | None = None) -> tuple[list[Source], list[str]]:
    """The project corpus test split; a missing default corpus is a note, a named one an error."""
    explicit = path is not None
    path = Path(path) if explicit else DEFAULT_CORPUS
    if not path.is_file():
        if explicit:
            raise SourceError(f"{path}: 语料文件不存在")
        return [], [f"未找到项目语料 {path}，跳过项目语料 test 划分。"]
    rows = _read(path)
    test = [x for x in rows if x.split == "test"]
    if not test:
        return [], [f"项目语料 {path} 没有 split=test 的条目，跳过。"]
    return [Source("corpus-test", f"项目语料 test 划分（{path}）", path, "test", test, _vocabulary(rows))], []


def independent_sources(folder: Path | None = None) -> tuple[list[Source], list[str]]:
    """The ``dev`` items of ``corpus/independent`` (writers who wrote for the project without seeing
    the rules: W6 on), one source per file; the note says whether ``xinxi-qc train`` reads them
    (``training_writers.txt``)."""
    folder = Path(folder) if folder is not None else DEFAULT_INDEPENDENT
    try:
        trained = {p.name for p in training_files(folder)[0]} if folder.is_dir() else set()
    except WriterListError:
        trained = set()   # no list to go by: say nothing was trained on (evaluate still runs)
    sources = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        rows = _read(path)
        items = [x for x in rows if x.split == "dev"]
        if items:
            who = "、".join(_writers(path).get("dev", []))
            note = ("用于调阈值与校准，也是模型的训练数据（类型、结论一致率是训练集上的数字）" if path.name in trained
                    else "用于调阈值与校准；不在 training_writers.txt 中，不是训练数据")
            sources.append(Source(f"independent-dev:{path.stem}", f"独立撰稿 dev{f'（{who}）' if who else ''}（{path}）",
                                  path, "dev", items, _vocabulary(rows), note=note))
    return sources, []


def external_dir(option: str | None) -> tuple[Path, str]:
    """The external corpus folder and where it came from: option, environment, or default."""
    if option:
        return Path(option), "option"
    if os.environ.get(EXTERNAL_ENV):
        return Path(os.environ[EXTERNAL_ENV]), "env"
    return DEFAULT_EXTERNAL, "default"


def external_sources(option: str | None = None) -> tuple[list[Source], list[str]]:
    """The ``dev`` and ``test`` splits of the external corpus, one source each.

    A folder named with ``--external`` that is missing is an error; the default folder (or the
    one in ``XINXI_QC_EXTERNAL``) being absent is one note, and evaluation goes on without it.
    """
    folder, origin = external_dir(option)
    path = folder / "items.jsonl"
    if not path.is_file():
        if origin == "option":
            raise SourceError(f"{folder}: 外部语料目录不存在或其中没有 items.jsonl")
        where = f"（环境变量 {EXTERNAL_ENV}）" if origin == "env" else ""
        return [], [f"未找到外部语料 {folder}{where}，跳过外部语料 dev/test；其余数据照常评估。"]
    rows = _read(path)
    vocabulary = _vocabulary(rows)
    writers = _writers(path)
    sources, notes = [], []
    for split, use in EXTERNAL_SPLITS:
        items = [x for x in rows if x.split == split]
        if not items:
            notes.append(f"外部语料 {path} 没有 split={split} 的条目，跳过。")
            continue
        who = "、".join(writers.get(split, []))
        sources.append(Source(f"external-{split}", f"外部语料 {split} 划分{f'（{who}）' if who else ''}（{path}）",
                              path, split, items, vocabulary, note=use))
    return sources, notes


def lenient_rows(p: Path, skipped: list[str]) -> list[Labelled]:
    """The good lines of a file the user named; its bad lines are added to ``skipped``. A file
    with no good line is a SourceError (one line, naming the first bad line)."""
    if not p.is_file():
        raise SourceError(f"{p}: 文件不存在")
    problems: list[str] = []
    try:
        rows = read_labelled(p, problems)
    except CorpusError as exc:  # nothing left: one line for the file, not one per line
        raise SourceError(str(exc)) from None
    skipped += problems
    return rows


def data_source(path: str, split: str | None = None, skipped: list[str] | None = None) -> Source:
    """One ``--data`` file (all of it, or one split); with ``skipped``, its bad lines are added
    there and left out instead of refusing the file."""
    p = Path(path)
    if skipped is not None:
        rows = lenient_rows(p, skipped)
    elif not p.is_file():
        raise SourceError(f"{p}: 文件不存在")
    else:
        rows = _read(p)
    items = [x for x in rows if split is None or x.split == split]
    if not items:
        raise SourceError(f"{p}: 没有 split={split} 的条目")
    return Source(f"data:{p}", f"{p}" + (f" [{split}]" if split else ""), p, split, items, _vocabulary(rows))
