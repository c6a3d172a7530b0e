import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.crossdoc import Params, build_index, cross_findings, load_index
from xinxi_qc.crossdoc.settings import CrossdocConfigError, params_from_config, query_params, read_overrides

from .conftest import write_jsonl


def toml(tmp_path, text, name="xinxi-qc.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_table_overrides_defaults(tmp_path):
    p = toml(tmp_path, "[rules]\n\n[crossdoc]\nsegment_sim = 0.8\nmin_passage_chars = 40\ntitle_sim = 1\n")
    assert read_overrides(p) == {"segment_sim": 0.8, "min_passage_chars": 40, "title_sim": 1.0}
    params = params_from_config(p)
    assert (params.segment_sim, params.min_passage_chars, params.max_gap) == (0.8, 40, Params().max_gap)


def test_default_file_is_the_one_in_the_working_directory(tmp_path):
    assert read_overrides(cwd=tmp_path) == {}
    toml(tmp_path, "[crossdoc]\nmax_aligned = 5\n")
    assert read_overrides(cwd=tmp_path) == {"max_aligned": 5}
    toml(tmp_path, "title = 'no crossdoc table'\n", name="other.toml")
    assert read_overrides(tmp_path / "other.toml", cwd=tmp_path) == {}


@pytest.mark.parametrize("body, words", [
    ("segment_sim = 1.5", ["segment_sim", "1.5"]),
    ("segment_sim = 0", ["segment_sim"]),
    ("min_hits = 0", ["min_hits", "1"]),
    ("max_aligned = 2.5", ["max_aligned", "整数"]),
    ("max_gap = true", ["max_gap"]),
    ("title_sim = 'high'", ["title_sim"]),
    ("segmnet_sim = 0.8", ["不认识的键", "segmnet_sim"]),
    ("num_perm = 31", ["num_perm", "rows"]),
    ("dup_coverage_min = 0.9", ["dup_coverage_min", "dup_coverage_max"]),
])
def test_bad_values_are_one_line_errors(tmp_path, body, words):
    p = toml(tmp_path, f"[crossdoc]\n{body}\n")
    with pytest.raises(CrossdocConfigError) as exc:
        read_overrides(p)
    msg = str(exc.value)
    assert "\n" not in msg and str(p) in msg and "[crossdoc]" in msg
    assert all(w in msg for w in words), msg


def test_broken_or_missing_file(tmp_path):
    with pytest.raises(CrossdocConfigError, match="不是有效的 TOML"):
        read_overrides(toml(tmp_path, "[crossdoc\n"))
    with pytest.raises(CrossdocConfigError, match="应为一个表"):
        read_overrides(toml(tmp_path, "crossdoc = 3\n"))
    with pytest.raises(CrossdocConfigError, match="配置文件不存在"):
        read_overrides(tmp_path / "none.toml")


def test_thresholds_from_the_file_change_findings(tmp_path, pair):
    a, b = pair
    assert cross_findings([a, b], config_path=str(toml(tmp_path, "[crossdoc]\n")))[1]
    strict = toml(tmp_path, "[crossdoc]\nmin_passage_chars = 500\n", name="strict.toml")
    assert cross_findings([a, b], config_path=str(strict)) == [[], []]
    # explicit params win over the file
    assert cross_findings([a, b], params=Params(), config_path=str(strict))[1]


def test_index_keeps_its_key_settings_and_takes_query_thresholds(tmp_path, pair):
    a, b = pair
    path = tmp_path / "p.xqidx"
    build_index([a], path, Params(num_perm=60, rows=3), [])
    index = load_index(path)
    assert cross_findings([b], index)[0]
    strict = toml(tmp_path, "[crossdoc]\nnum_perm = 90\nmin_passage_chars = 500\n")
    assert cross_findings([b], index, config_path=str(strict)) == [[]]
    assert index.params.min_passage_chars == Params().min_passage_chars, "the loaded index is not changed"
    merged = query_params(index.params, read_overrides(strict))
    assert (merged.num_perm, merged.min_passage_chars) == (60, 500)


def test_cli_build_records_settings_and_rejects_bad_ones(tmp_path, pair):
    arch = tmp_path / "arch.jsonl"
    write_jsonl(arch, list(pair))
    good = toml(tmp_path, "[crossdoc]\nmin_passage_chars = 35\n")
    out = tmp_path / "a.xqidx"
    r = CliRunner().invoke(main, ["index", "build", str(arch), "--out", str(out), "--config", str(good)])
    assert r.exit_code == 0, r.output
    assert load_index(out).params.min_passage_chars == 35
    bad = toml(tmp_path, "[crossdoc]\nsegment_sim = 2\n", name="bad.toml")
    for args in (["index", "build", str(arch), "--out", str(tmp_path / "b.xqidx")], ["dedup", str(arch)]):
        r = CliRunner().invoke(main, args + ["--config", str(bad)])
        assert r.exit_code == 2
        assert "segment_sim" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "b.xqidx").exists()


def test_check_against_reads_the_working_directory_file(tmp_path, pair, monkeypatch):
    a, b = pair
    arch = tmp_path / "arch.jsonl"
    write_jsonl(arch, [a])
    draft = tmp_path / "draft.jsonl"
    write_jsonl(draft, [b])
    monkeypatch.chdir(tmp_path)

    def rules_found():
        r = CliRunner().invoke(main, ["check", "--against", str(arch), "--format", "json", str(draft)])
        assert r.exit_code in (0, 1), r.output
        return r.stdout.count('"boilerplate"')

    assert rules_found() >= 1
    toml(tmp_path, "[crossdoc]\nmin_passage_chars = 500\n")
    assert rules_found() == 0
