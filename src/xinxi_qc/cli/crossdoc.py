"""``xinxi-qc dedup`` and ``xinxi-qc index build|add``: cross-document commands (thin front end)."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys

import click

from ..crossdoc import ArchiveError, Params, PathSource, add_to_index, build_index, is_index_file, open_archive
from ..crossdoc.clusters import template_clusters
from ..crossdoc.dedup import near_duplicate_clusters, template_sentences
from ..crossdoc.lexicon import load_stock_phrases
from ..crossdoc.settings import CrossdocConfigError, query_params, read_overrides
from ..crossdoc.store import IndexFileError
from ..readers.dispatch import os_reason
from .common import config_option


def _fail(msg: str, code: int = 2) -> None:
    click.echo(f"错误：{msg}", err=True)
    sys.exit(code)


def _index_broken(path: str, exc: sqlite3.Error) -> None:
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    _fail(f"比对索引 {path} 无法读写（{reason}；文件可能已损坏或磁盘已满），请用 xinxi-qc index build 重建")


def _report_errors(source) -> int:
    for e in source.errors:
        click.echo(f"已跳过：{e.source}：{e.message}", err=True)
    return 1 if source.errors else 0


def _path_source(paths: list[str]) -> PathSource:
    """The inputs as a PathSource; one that cannot even be looked at (no permission on a directory
    above it, a disk error) is an error row of its own and the others are still read. Paths that
    do not exist stay with PathSource, which refuses them (a mistyped archive name)."""
    import errno
    import os

    from ..model import InputError
    from ..readers.dispatch import display_name, os_reason

    readable, errors = [], []
    for path in paths:
        if path != "-":
            try:
                os.stat(path)
            except (FileNotFoundError, NotADirectoryError):
                pass
            except OSError as exc:
                reason = "没有权限进入它所在的目录" if exc.errno in (errno.EACCES, errno.EPERM) else os_reason(exc)
                errors.append(InputError(display_name(path), f"无法访问：{reason}"))
                continue
            except ValueError:  # a NUL in the name
                errors.append(InputError(display_name(path), "文件名无效"))
                continue
        readable.append(path)
    source = PathSource(readable)
    source.errors.extend(errors)
    return source


def _item_ref(it) -> dict:
    return {"id": it.id, "unit": it.unit, "title": it.title}


def _template_cluster(index, cluster) -> dict:
    rep = index.store.get(cluster.rep)
    return {"id": cluster.id, "items": cluster.count, "units": cluster.units,
            "representative": _item_ref(rep), "passage": rep.body[cluster.rep_start:cluster.rep_end],
            "examples": [_item_ref(it) for it, _ in index.store.get_many([c.pos for c in cluster.copies[:3]])]}


def dedup_report(clusters, templates, passages=()) -> dict:
    """``passages``: the template clusters (one passage copied by many units) as dicts."""
    return {
        "schema": "xinxi-qc/dedup/1",
        "clusters": [{"size": len(c.items), "similarity": c.similarity, "items": [_item_ref(i) for i in c.items]}
                     for c in clusters],
        "template_clusters": list(passages),
        "templates": [{"sentence": t.sentence, "units": len(t.units), "items": len(t.items),
                       "examples": [_item_ref(i) for i in t.items[:3]]} for t in templates],
    }


def _text(report: dict) -> str:
    out = [f"近似重复信息：{len(report['clusters'])} 组"]
    for k, c in enumerate(report["clusters"], 1):
        out.append(f"  第{k}组（{c['size']}篇，最低重合度 {c['similarity']:.0%}）")
        out += [f"    {i['id'] or '-'}  {i['unit'] or '-'}  《{i['title']}》" for i in c["items"]]
    out.append(f"多个单位照抄的同一段落（千篇一律）：{len(report['template_clusters'])} 组")
    for t in report["template_clusters"]:
        rep = t["representative"]
        out.append(f"  模板组 {t['id']}：{t['units']} 个单位、共 {t['items']} 篇；代表稿 {rep['id'] or '-'}  "
                   f"{rep['unit'] or '-'}《{rep['title']}》\n      段落：{t['passage']}")
    out.append(f"跨单位重复出现的模板句：{len(report['templates'])} 句（可考虑加入套话表）")
    for t in report["templates"]:
        ex = "；".join(f"{e['unit'] or '-'}《{e['title']}》" for e in t["examples"])
        out.append(f"  [{t['units']}个单位/{t['items']}篇] {t['sentence']}\n      例：{ex}")
    return "\n".join(out) + "\n"


def _csv(report: dict) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["kind", "group", "units", "items", "id", "unit", "title", "sentence"])
    for k, c in enumerate(report["clusters"], 1):
        for i in c["items"]:
            w.writerow(["cluster", k, "", c["size"], i["id"], i["unit"], i["title"], ""])
    for t in report["template_clusters"]:
        for e in t["examples"]:
            w.writerow(["template-cluster", t["id"], t["units"], t["items"], e["id"], e["unit"], e["title"], t["passage"]])
    for k, t in enumerate(report["templates"], 1):
        for e in t["examples"]:
            w.writerow(["template", k, t["units"], t["items"], e["id"], e["unit"], e["title"], t["sentence"]])
    return buf.getvalue()


def register(group: click.Group) -> None:
    @group.command("dedup")
    @click.argument("archive")
    @click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
    @click.option("--min-units", type=int, default=None, help="模板句至少出现在多少个单位（默认 3）")
    @config_option
    def dedup(archive: str, fmt: str, min_units: int | None, config_path: str | None) -> None:
        """报告近似重复的信息分组、多个单位照抄的同一段落（模板组）和跨单位反复出现的模板句。
        ARCHIVE 为目录、JSONL/CSV 文件或索引文件。

        阈值可在配置文件的 [crossdoc] 表中调整。"""
        source = None
        try:
            overrides = read_overrides(config_path)
            if is_index_file(archive):
                index = open_archive(archive)
                index = index.with_params(query_params(index.params, overrides))
            else:
                source = PathSource([archive])
                index = open_archive(source, Params(**overrides))
        except (ArchiveError, IndexFileError, CrossdocConfigError) as exc:
            _fail(str(exc))
        except sqlite3.Error as exc:
            _index_broken(archive, exc)
        try:
            passages = [_template_cluster(index, c) for c in template_clusters(index)]
            report = dedup_report(near_duplicate_clusters(index), template_sentences(index, min_units), passages)
        except sqlite3.Error as exc:  # an index page read on demand
            _index_broken(archive, exc)
        if fmt == "json":
            click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        elif fmt == "csv":
            click.echo(_csv(report), nl=False)
        else:
            click.echo(_text(report), nl=False)
        sys.exit(_report_errors(source) if source else 0)

    @group.group("index")
    def index_group() -> None:
        """比对索引：一次建好，查询只需毫秒。"""

    @index_group.command("build")
    @click.argument("archive", nargs=-1, required=True)
    @click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="索引文件")
    @click.option("--lexicon", type=click.Path(exists=True, dir_okay=False), default=None, help="套话表（默认内置）")
    @config_option
    def build(archive: tuple[str, ...], out: str, lexicon: str | None, config_path: str | None) -> None:
        """把 ARCHIVE（目录、JSONL/CSV 文件）中的信息建成比对索引。

        配置文件 [crossdoc] 表中的阈值随索引保存，查询时沿用。"""
        try:
            params = Params(**read_overrides(config_path))
            source = _path_source(list(archive))
            n = build_index(source.items(), out, params, load_stock_phrases(lexicon))
        except (ArchiveError, CrossdocConfigError) as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"无法写入索引 {out}：{os_reason(exc)}")
        except sqlite3.Error as exc:
            _index_broken(out, exc)
        click.echo(f"已建索引：{n} 篇信息 → {out}", err=True)
        sys.exit(_report_errors(source))

    @index_group.command("add")
    @click.argument("index_file", type=click.Path(dir_okay=False))
    @click.argument("files", nargs=-1, required=True)
    def add(index_file: str, files: tuple[str, ...]) -> None:
        """把 FILES 中的信息加入已有索引 INDEX_FILE。"""
        try:
            source = _path_source(list(files))
            n = add_to_index(index_file, source.items())
        except (ArchiveError, IndexFileError) as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"无法写入索引 {index_file}：{os_reason(exc)}")
        except sqlite3.Error as exc:
            _index_broken(index_file, exc)
        click.echo(f"已加入 {n} 篇信息 → {index_file}", err=True)
        sys.exit(_report_errors(source))
