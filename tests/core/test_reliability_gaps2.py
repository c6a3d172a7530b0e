"""Issue 16, the cases a reviewer found still wrong: unreadable archives and indexes in dedup,
index build and check --against; bad lines of evaluate's --data/--published files; results
written to a full disk or a closed pipe; records with a title and an empty body; unknown keys in
xinxi-qc.toml; UTF-16 without a BOM; the size benchmark's defaults. Each: one Chinese line naming
the input and the reason, a non-zero status, the other inputs still processed, no traceback."""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.model import InputError, Item
from xinxi_qc.readers import iter_inputs, read_bytes

ROOT = Path(__file__).resolve().parents[2]
GOOD = "青川县“明厨亮灶”覆盖320家餐饮单位\n\n10月以来，青川县市场监管局在临溪镇推行“明厨亮灶”，已覆盖餐饮单位320家，餐饮投诉同比下降35%。\n"
TITLE = "东湖区新增就业岗位3200个"
BODY = "今年1-6月，东湖区新增城镇就业岗位3200个，同比增长12.5%。"


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text and "Errno" not in text and "Exception ignored" not in text, text


def _index(tmp_path: Path, name: str = "ok.xqidx") -> Path:
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["index", "build", "ok.txt", "--out", name])
    assert result.exit_code == 0, result.output
    return tmp_path / name


# -- 1. unreadable archives and indexes (simulated: the tests run as root) -------------------------
def _deny(monkeypatch, method: str, marker: str) -> None:
    """Path.<method> raises PermissionError for paths containing ``marker``."""
    real = getattr(Path, method)

    def denied(self, *args, **kwargs):
        if marker in str(self):
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, denied)


def test_dedup_of_a_file_in_an_unsearchable_directory_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _deny(monkeypatch, "is_file", "secret")
    result = CliRunner().invoke(main, ["dedup", "up/secret/a.txt"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    _no_traceback(result.output)
    assert "up/secret/a.txt: 无法访问（没有权限进入它所在的目录）" in result.output


def test_dedup_of_an_unreadable_index_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _index(tmp_path, "locked.xqidx")
    _deny(monkeypatch, "open", "locked.xqidx")
    result = CliRunner().invoke(main, ["dedup", "locked.xqidx"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    _no_traceback(result.output)
    assert "locked.xqidx: 无法读取（没有读取权限）" in result.output


def test_check_against_an_unreadable_index_is_chinese(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _index(tmp_path, "locked.xqidx")
    _deny(monkeypatch, "open", "locked.xqidx")
    result = CliRunner().invoke(main, ["check", "--against", "locked.xqidx", "ok.txt"])
    assert result.exit_code == 2, result.output
    _no_traceback(result.output)
    assert "locked.xqidx: 无法读取（没有读取权限）" in result.output and "Permission denied" not in result.output


def test_index_build_reports_an_inaccessible_input_and_indexes_the_rest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if "secret" in os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    result = CliRunner().invoke(main, ["index", "build", "up/secret/a.txt", "ok.txt", "--out", "x.xqidx"])
    assert result.exit_code == 1, result.output
    _no_traceback(result.output)
    assert "找不到比对库" not in result.output
    assert "up/secret/a.txt：无法访问：没有权限进入它所在的目录" in result.output
    assert "已建索引：1 篇信息" in result.output
    # index add: the same
    result = CliRunner().invoke(main, ["index", "add", "x.xqidx", "up/secret/a.txt", "ok.txt"])
    assert result.exit_code == 1 and "up/secret/a.txt：无法访问" in result.output and "已加入 1 篇" in result.output


def test_click_permission_messages_are_chinese():  # `index add locked.xqidx`: click checks readability
    from xinxi_qc.cli.usage import _message

    assert _message("File 'locked.xqidx' is not readable.") == "「locked.xqidx」没有读取权限"
    assert _message("Directory 'out' is not writable.") == "「out」没有写入权限"


def test_unsearchable_parent_message_is_chinese(tmp_path, monkeypatch):
    _deny(monkeypatch, "is_dir", "secret")
    (error,) = list(iter_inputs([str(tmp_path / "secret" / "a.txt")]))
    assert isinstance(error, InputError) and error.message == "无法访问：没有权限进入它所在的目录"


# -- 1, with real permissions (root drops the capabilities that bypass them) ------------------------
def _unprivileged() -> list[str]:
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot drop CAP_DAC_OVERRIDE")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search",
            "--inh-caps=-dac_override,-dac_read_search", "--"]


def _run(prefix, cwd, *args, **kwargs):
    return subprocess.run([*prefix, sys.executable, "-m", "xinxi_qc", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=180, **kwargs)


def test_unreadable_archives_and_indexes_with_real_permissions(tmp_path):
    prefix = _unprivileged()
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    secret = tmp_path / "up" / "secret"
    secret.mkdir(parents=True)
    (secret / "a.txt").write_text(GOOD, encoding="utf-8")
    built = _run([], tmp_path, "index", "build", "ok.txt", "--out", "locked.xqidx")
    assert built.returncode == 0, built.stderr
    locked = tmp_path / "locked.xqidx"
    if os.geteuid() == 0:
        os.chown(secret, 65534, 65534)
        os.chown(locked, 65534, 65534)
    secret.chmod(0o700)
    locked.chmod(0o600)
    try:
        probe = subprocess.run([*prefix, "cat", str(locked)], capture_output=True)
        if probe.returncode == 0:
            pytest.skip("permissions are not enforced here")
        cases = [
            (("dedup", "up/secret/a.txt"), 2, "up/secret/a.txt: 无法访问（没有权限进入它所在的目录）"),
            (("dedup", "locked.xqidx"), 2, "locked.xqidx: 无法读取（没有读取权限）"),
            (("check", "--against", "locked.xqidx", "ok.txt"), 2, "locked.xqidx: 无法读取（没有读取权限）"),
            (("index", "add", "locked.xqidx", "ok.txt"), 2, "「locked.xqidx」没有读取权限"),
            (("index", "build", "up/secret/a.txt", "ok.txt", "--out", "x.xqidx"), 1,
             "up/secret/a.txt：无法访问：没有权限进入它所在的目录"),
        ]
        for args, status, line in cases:
            result = _run(prefix, tmp_path, *args)
            assert result.returncode == status, (args, result.stdout, result.stderr)
            _no_traceback(result.stderr)
            assert line in result.stderr, (args, result.stderr)
        assert "已建索引：1 篇信息" in result.stderr
    finally:
        secret.chmod(0o755)
        locked.chmod(0o644)


# -- 2. evaluate --data / --published: bad lines one Chinese line each, the rest evaluated ----------
def _labelled(**extra) -> str:
    return json.dumps({"title": TITLE, "body": BODY, "type": "dynamic", "defects": [], "split": "test", **extra},
                      ensure_ascii=False)


BAD_LINES = [
    "[" * 100_000 + "]" * 100_000,                              # RecursionError in json.loads
    '{"title": "标题\\ud800", "body": "正文内容。"}',             # lone surrogate
    '{"title": "t", "body": "b", "n": ' + "1" * 5000 + "}",   # integer of 5,000 digits
    "{not json",
    '{"title": 5, "body": "正文。"}',
]


def _mixed(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    lines = [_labelled(id="a"), *BAD_LINES, _labelled(id="b"), _labelled(id="c")]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe{}\n")   # and a non-UTF-8 line
    return path


@pytest.mark.parametrize("option", ["--data", "--published"])
def test_evaluate_reports_each_bad_line_and_evaluates_the_rest(tmp_path, monkeypatch, option):
    monkeypatch.chdir(tmp_path)
    _mixed(tmp_path)
    extra = ["--sample", "2"] if option == "--published" else []
    result = CliRunner().invoke(main, ["evaluate", "--no-defaults", option, "mixed.jsonl", "--format", "json", *extra])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    _no_traceback(result.output)
    for number in (2, 3, 4, 5, 6, 9):
        assert re.search(rf"已跳过：mixed\.jsonl:{number}: 不是有效的语料行（[^\n]+）\n", result.stderr), number
    assert "嵌套过深" in result.stderr and "\\ud800" in result.stderr and "数字过长" in result.stderr
    assert "UnicodeEncodeError" not in result.output and "surrogates not allowed" not in result.output
    doc = json.loads(result.stdout)
    assert len(doc["skipped_lines"]) == 6
    (source,) = doc["sources"]
    assert source.get("n_items", 3) == 3


@pytest.mark.parametrize("option", ["--data", "--published"])
def test_evaluate_refuses_a_file_with_no_good_line_in_one_line(tmp_path, monkeypatch, option):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.jsonl").write_text("\n".join(BAD_LINES[:2]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--no-defaults", option, "bad.jsonl"])
    assert result.exit_code == 2, result.output
    _no_traceback(result.output)
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "bad.jsonl: 没有可用的语料行（2 行有误，第一处 bad.jsonl:1：JSON 嵌套过深" in result.stderr


def test_read_labelled_strict_by_default_lenient_with_a_list(tmp_path):
    from xinxi_qc.learn.corpus_io import CorpusError, read_labelled

    path = _mixed(tmp_path)
    with pytest.raises(CorpusError, match=r"mixed\.jsonl:2: 不是有效的语料行（JSON 嵌套过深"):
        read_labelled(path)
    problems: list[str] = []
    rows = read_labelled(path, problems)
    assert [r.item.id for r in rows] == ["a", "b", "c"] and len(problems) == 6


# -- 3. results that cannot be written -----------------------------------------------------------
def _ok(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")


@pytest.mark.parametrize("command", [["check", "ok.txt"], ["dedup", "ok.txt"], ["check", "--format", "json", "ok.txt"]])
def test_output_to_a_full_device_is_one_line(tmp_path, command):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    _ok(tmp_path)
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "xinxi_qc", *command], cwd=tmp_path, stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    _no_traceback(result.stderr)
    assert result.stderr.strip() == "xinxi-qc: 写出结果失败：磁盘已满（标准输出），结果不完整"


def test_a_closed_pipe_ends_quietly(tmp_path):
    _ok(tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (`head`) is gone before anything is written
    try:
        result = subprocess.run([sys.executable, "-m", "xinxi_qc", "check", "ok.txt"], cwd=tmp_path,
                                stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert result.returncode == 1 and result.stderr == "", result.stderr


def test_a_closed_stdout_is_one_line(tmp_path):
    if shutil.which("sh") is None:
        pytest.skip("needs sh")
    _ok(tmp_path)
    result = subprocess.run(["sh", "-c", f'"{sys.executable}" -m xinxi_qc check ok.txt >&-'], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    _no_traceback(result.stderr)
    assert "写出结果失败：输出已关闭" in result.stderr


# -- 4. a record with a title and no body --------------------------------------------------------
EMPTY_BODIES = ["", "   ", "\u3000\u3000", "\u00a0\n", "\u200b", "\n\n"]


@pytest.mark.parametrize("body", EMPTY_BODIES)
def test_a_record_with_only_a_title_is_an_input_error(body):
    line = json.dumps({"title": TITLE, "body": body}, ensure_ascii=False)
    (error,) = read_bytes((line + "\n").encode("utf-8"), "a.jsonl")
    assert isinstance(error, InputError) and error.message == "只有标题，没有正文" and error.source == "a.jsonl:1"
    rows = read_bytes(("title,body\n" + f'{TITLE},"{body}"\n').encode("utf-8"), "a.csv")
    assert [(type(r), getattr(r, "message", None)) for r in rows] == [(InputError, "只有标题，没有正文")]


def test_check_and_batch_report_a_title_only_record_and_check_the_rest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = [{"id": "empty", "title": TITLE, "body": "\u3000"}, {"id": "ok", "title": TITLE, "body": BODY}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                                      encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "a.jsonl"])
    assert result.exit_code == 2, result.output
    doc = json.loads(result.stdout)
    assert [i["id"] for i in doc["items"]] == ["ok"]
    assert [(e["source"], e["message"]) for e in doc["errors"]] == [("a.jsonl:1", "只有标题，没有正文")]

    result = CliRunner().invoke(main, ["batch", "a.jsonl", "--out", "out", "--workers", "1", "--no-progress",
                                       "--near-dup", "off"])
    _no_traceback(result.output)
    assert "读取失败 1" in result.output, result.output   # batch's own exit status policy applies
    texts = "".join(p.read_text(encoding="utf-8-sig") for p in (tmp_path / "out").glob("*.csv"))
    assert "只有标题，没有正文" in texts
    with open(tmp_path / "out" / "items.csv", encoding="utf-8-sig", newline="") as fh:
        scored = [r for r in csv.DictReader(fh) if r.get("score")]
    assert [r["id"] for r in scored] == ["ok"]


def test_the_api_refuses_a_title_only_item_with_the_same_message(tmp_path):
    pytest.importorskip("flask")
    from xinxi_qc.web import create_app
    from xinxi_qc.web.state import get_state

    app = create_app({"DATABASE_URL": str(tmp_path / "web.sqlite"), "TESTING": True, "SECRET_KEY": "t",
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "CHECK_TODAY": "2026-10-05"})
    client = app.test_client()
    with app.app_context():
        token = get_state().accounts.create_token("测试")
    headers = {"Authorization": f"Bearer {token}"}
    for body in EMPTY_BODIES:
        resp = client.post("/api/v1/check", json={"title": TITLE, "body": body}, headers=headers)
        assert resp.status_code in (200, 400) and resp.is_json
        doc = resp.get_json()
        assert not doc.get("items"), body
        assert "只有标题，没有正文" in json.dumps(doc, ensure_ascii=False), doc
    resp = client.post("/api/v1/check", json={"items": [{"title": TITLE, "body": "\u3000"},
                                                        {"title": TITLE, "body": BODY}]}, headers=headers)
    doc = resp.get_json()
    assert resp.status_code == 200 and len(doc["items"]) == 1
    assert [(e["source"], e["message"]) for e in doc["errors"]] == [("items[0]", "只有标题，没有正文。")]


# -- 5. unknown keys in xinxi-qc.toml ------------------------------------------------------------
UNKNOWN = [
    ("[scoring]\npoints = 5\n", "[scoring] 不认识的配置项 points"),
    ("today = 5\n", "不认识的配置项 today"),
    ("[rulez.long-sentence]\nmax_chars = 3\n", "不认识的配置项 [rulez]（是不是 rules？）"),
    ("[scoring.weights]\nno-figurez = 3\n", "[scoring.weights] 中有不存在的规则：no-figurez（是不是 no-figures？）"),
    ("[scoring.type_adjust]\ndynamc = -5\n", "[scoring.type_adjust] 不认识的信息类型 dynamc（是不是 dynamic？）"),
    ("[verdict.late_return_days]\nfoo = 3\n", "[verdict.late_return_days] 不认识的信息类型 foo"),
    ("[crossdoc]\nsegmnt_sim = 0.8\n", "[crossdoc] 不认识的键：segmnt_sim"),
    ("[scoring]\ndefault_weight = \"5\"\n", "[scoring].default_weight 必须是非负整数"),
]


@pytest.mark.parametrize("text,message", UNKNOWN)
def test_an_unknown_key_in_the_config_is_one_line_naming_it_and_the_file(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    _ok(tmp_path)
    (tmp_path / "xinxi-qc.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "ok.txt"])
    assert result.exit_code == 2, result.output
    _no_traceback(result.output)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"xinxi-qc: {tmp_path / 'xinxi-qc.toml'}: ") and message in line, line


def test_the_documented_config_examples_use_only_known_keys(tmp_path):
    from xinxi_qc.config import load_config

    def blocks(path: Path) -> list[str]:
        return re.findall(r"```toml\n(.*?)```", path.read_text(encoding="utf-8"), re.S)

    readme = blocks(ROOT / "README.md")
    config = [b for b in readme if "[[rule]]" not in b]
    office = [b for b in readme if "[[rule]]" in b]
    crossdoc = [b for b in blocks(ROOT / "docs" / "crossdoc.md") if "[crossdoc]" in b]
    assert config and office and crossdoc
    (tmp_path / "office-rules.toml").write_text(office[0], encoding="utf-8")
    (tmp_path / "xinxi-qc.toml").write_text("\n".join(config + crossdoc), encoding="utf-8")
    loaded = load_config(tmp_path / "xinxi-qc.toml", plugins=False)
    assert loaded.scoring.weights["no-figures"] == 12 and "office-banned-terms" in {r.id for r in loaded.rules}
    # the module docstring's example, too
    import xinxi_qc.config as module

    example = [line[4:] for line in module.__doc__.splitlines() if line.startswith("    ")]
    (tmp_path / "doc.toml").write_text("\n".join(example), encoding="utf-8")
    load_config(tmp_path / "doc.toml", plugins=False)


# -- 6. UTF-16 without a byte-order mark ---------------------------------------------------------
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read_not_called_binary(tmp_path, codec):
    (item,) = read_bytes(GOOD.encode(codec), "a.txt")
    assert isinstance(item, Item) and item.title.startswith("青川县") and "320家" in item.body
    (item,) = read_bytes("纯中文标题没有字母\n正文也全是汉字没有数字和字母。".encode(codec), "b.txt")
    assert isinstance(item, Item) and item.title == "纯中文标题没有字母"
    (item,) = read_bytes("Title line\nA body in English only, with no Chinese at all.".encode(codec), "c.txt")
    assert isinstance(item, Item) and item.title == "Title line"
    lines = "\n".join(json.dumps(x, ensure_ascii=False) for x in
                      ({"title": TITLE, "body": BODY}, {"title": TITLE, "body": "\u3000"})) + "\n"
    first, second = read_bytes(lines.encode(codec), "d.jsonl")
    assert isinstance(first, Item) and first.body == BODY and second.message == "只有标题，没有正文"
    (row,) = read_bytes(f"title,body\n{TITLE},{BODY}\n".encode(codec), "e.csv")
    assert isinstance(row, Item) and row.body == BODY
    (tmp_path / "f.txt").write_bytes(GOOD.encode(codec))
    result = CliRunner().invoke(main, ["check", str(tmp_path / "f.txt")])
    assert result.exit_code in (0, 1) and "二进制" not in result.output and "青川县" in result.output


def test_binary_and_short_blobs_are_still_not_utf16():
    for data in (b"\x00\x01\x02PK" * 40, bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n" + bytes(200)):
        (error,) = read_bytes(data, "x.txt")
        assert isinstance(error, InputError), data[:8]
    for data in ("彋踷".encode("utf-16-le"), "ab".encode("utf-16-le")):   # too short to tell
        (result,) = read_bytes(data, "y.txt")
        assert isinstance(result, InputError)


def test_gbk_and_utf8_are_not_taken_for_utf16():
    for codec in ("gb18030", "utf-8"):
        (item,) = read_bytes((GOOD * 3).encode(codec), "a.txt")
        assert isinstance(item, Item) and item.title.startswith("青川县")


# -- 7. the size benchmark prints 5 MB by default; bench_template's description is whole ----------
def test_benchmark_defaults_and_descriptions():
    size = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_size.py"), "--help"],
                          capture_output=True, text=True, timeout=60)
    assert size.returncode == 0 and "default 100,1000,5000" in size.stdout
    assert "100 KB, 1 MB and 5 MB" in " ".join(size.stdout.split())
    template = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_template.py"), "--help"],
                              capture_output=True, text=True, timeout=60)
    assert template.returncode == 0
    assert "printed, never asserted" in " ".join(template.stdout.split())
