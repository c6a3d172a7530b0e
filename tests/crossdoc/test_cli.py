import json
from dataclasses import replace

from click.testing import CliRunner

from xinxi_qc.cli import main

from .conftest import write_jsonl
from .test_index_store import small_archive


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_index_build_add_and_dedup(tmp_path, pair):
    a, b = pair
    items, _ = small_archive(n_pairs=6, n_background=20)
    template = "会议强调，要坚持问题导向，把群众满意度作为检验工作成效的根本标准，确保各项任务按期完成。"
    items += [replace(it, id=f"t{k}", unit=f"第{k}单位", body=it.body + "\n" + template)
              for k, it in enumerate(items[:4])]
    arch = tmp_path / "arch.jsonl"
    write_jsonl(arch, items)
    more = tmp_path / "more.jsonl"
    write_jsonl(more, [a, b])
    idx = tmp_path / "arch.xqidx"

    r = run("index", "build", str(arch), "--out", str(idx))
    assert r.exit_code == 0, r.output
    r = run("index", "add", str(idx), str(more))
    assert r.exit_code == 0, r.output

    r = run("dedup", str(idx), "--format", "json")
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    assert any(t["sentence"] == template and t["units"] == 4 for t in rep["templates"])
    assert rep["clusters"], "same-unit resubmissions form clusters"

    r_dir = run("dedup", str(arch), "--format", "csv")
    assert r_dir.exit_code == 0
    assert r_dir.stdout.splitlines()[0] == "kind,group,units,items,id,unit,title,sentence"
    assert template in r_dir.stdout

    r_txt = run("dedup", str(arch))
    assert "跨单位重复出现的模板句" in r_txt.stdout


def test_missing_archive_is_one_line_error(tmp_path):
    r = run("dedup", str(tmp_path / "none.jsonl"))
    assert r.exit_code == 2
    assert r.stderr.strip().startswith("错误：找不到比对库") and "\n" not in r.stderr.strip()
    r = run("index", "add", str(tmp_path / "none.xqidx"), str(tmp_path / "x.jsonl"))
    assert r.exit_code == 2


def test_add_to_something_that_is_not_an_index(tmp_path):
    f = tmp_path / "a.jsonl"
    write_jsonl(f, [])
    r = run("index", "add", str(f), str(f))
    assert r.exit_code == 2 and "不是 xinxi-qc 比对索引文件" in r.stderr
