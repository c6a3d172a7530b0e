"""Issue 16: hostile or odd inputs give a one-line Chinese error for that input, never a crash,
and the other inputs are still checked."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.model import InputError, Item
from xinxi_qc.readers import iter_inputs, read_bytes

GOOD = "青川县“明厨亮灶”覆盖320家餐饮单位\n\n10月以来，青川县市场监管局在临溪镇推行“明厨亮灶”，已覆盖餐饮单位320家，餐饮投诉同比下降35%。\n"

BLANK_FILES = {
    "bom.txt": b"\xef\xbb\xbf",
    "bom_lines.txt": b"\xef\xbb\xbf\r\n\r\n",
    "ideographic.txt": "　　\n　\n".encode("utf-8"),
    "nbsp.txt": "\u00a0\u00a0\n".encode("utf-8"),
    "zero_width.txt": "\ufeff\u200b\n".encode("utf-8"),
    "bom.md": b"\xef\xbb\xbf",
    "gbk_blank.txt": "　　".encode("gb18030"),
}


@pytest.mark.parametrize("name", sorted(BLANK_FILES))
def test_blank_file_is_an_input_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BLANK_FILES[name])
    (error,) = list(iter_inputs([str(path)]))
    assert isinstance(error, InputError) and "空" in error.message and "\n" not in error.message


def test_blank_jsonl_lines_are_skipped(tmp_path):
    data = '\ufeff\n\u3000\u00a0\n{"title": "标题", "body": "正文内容。"}\n'.encode("utf-8")
    (item,) = read_bytes(data, "a.jsonl")
    assert isinstance(item, Item) and item.title == "标题"


def test_check_reports_blank_files_and_checks_the_rest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, data in BLANK_FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--today", "2026-11-21", "--format", "json",
                                       *sorted(BLANK_FILES), "ok.txt"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "StopIteration" not in result.output
    assert "青川县" in result.output
    for name in BLANK_FILES:
        assert f"{name}: 文件是空的" in result.output


def test_jsonl_lines_json_loads_rejects_are_one_line_errors_each(tmp_path):
    good = '{"title": "东湖区新增就业岗位3200个", "body": "今年1-6月，东湖区新增城镇就业岗位3200个。"}'
    lines = [
        good,
        "[" * 100_000 + "]" * 100_000,                     # RecursionError in json.loads
        '{"title": "t", "body": "b", "x": ' + "[" * 100 + "]" * 100 + "}",  # deep but parseable
        '{"title": "t", "body": "b", "n": ' + "1" * 5000 + "}",           # ValueError: int digits
        '{"title": "标题\\ud800", "body": "正文内容。"}',       # lone surrogate in a value
        '{"title": "标题", "body": "正文内容。", "\\udc00": 1}',  # … and in a key
        '{"title": "缺右括号"',
        good.replace("3200", "3300"),
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_inputs([str(path)]))
    assert [type(r).__name__ for r in results] == ["Item"] + ["InputError"] * 6 + ["Item"]
    reasons = [r.message for r in results if isinstance(r, InputError)]
    assert [r.source for r in results if isinstance(r, InputError)] == [f"{path}:{n}" for n in range(2, 8)]
    for reason, expected in zip(reasons, ["嵌套过深", "嵌套过深", "数字过长", "代理项", "代理项", "不是有效的 JSON"]):
        assert expected in reason and "\n" not in reason
    for item in results:
        if isinstance(item, Item):
            (item.title + item.body + repr(item.meta)).encode("utf-8")


def test_check_and_batch_survive_bad_jsonl(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = '{"title": "东湖区新增就业岗位3200个", "body": "今年1-6月，东湖区新增城镇就业岗位3200个，同比增长12.5%。"}'
    (tmp_path / "a.jsonl").write_text("\n".join([
        "[" * 100_000 + "]" * 100_000, '{"title": "t\\ud800", "body": "b"}', good]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--today", "2026-11-21", "--format", "json", "a.jsonl"])
    assert result.exit_code == 2 and "Traceback" not in result.output and "东湖区" in result.output
    result = CliRunner().invoke(main, ["batch", "a.jsonl", "--out", "out", "--workers", "1", "--no-progress"])
    assert result.exception is None, result.output
    assert (tmp_path / "out" / "items.jsonl").read_text(encoding="utf-8").count("东湖区") >= 1


def test_undecodable_and_control_characters_in_file_names(tmp_path):
    import os

    root = tmp_path / "in"
    root.mkdir()
    bad = os.path.join(os.fsencode(root), b"a\xff.txt")
    with open(bad, "wb") as fh:
        fh.write(GOOD.encode("utf-8"))
    (root / "b\nc\x1b[31m.txt").write_bytes(b"")
    results = list(iter_inputs([str(root)]))
    item = next(r for r in results if isinstance(r, Item))
    error = next(r for r in results if isinstance(r, InputError))
    assert item.source.endswith("a\ufffd.txt") and item.id.encode("utf-8")
    assert "\n" not in error.source and "\x1b" not in error.source and "\\x0a" in error.source


def test_csv_long_fields_are_read_and_no_row_is_lost_silently(tmp_path):
    import csv

    from xinxi_qc.readers.dispatch import MAX_CSV_FIELD

    path = tmp_path / "a.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "body"])
        w.writerow(["长正文", "东湖区新增就业岗位。" * 20_000])          # 200,000 characters: read
        w.writerow(["超长正文", "很" * (MAX_CSV_FIELD + 10)])             # over the limit: an error row
        w.writerow(["后面一行", "正文内容照常检查。"])
        w.writerow(["最后一行", "正文内容照常检查。"])
    results = list(iter_inputs([str(path)]))
    assert [getattr(r, "title", None) for r in results] == ["长正文", None, "后面一行", "最后一行"]
    assert len(results[0].body) == 200_000
    assert isinstance(results[1], InputError) and results[1].source == f"{path}:3" and "过长" in results[1].message


def test_header_only_csv_is_reported(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("title,body\n", encoding="utf-8")
    (error,) = list(iter_inputs([str(path)]))
    assert isinstance(error, InputError) and "没有数据行" in error.message


def _docx_bytes(body: str) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading("东湖区新增就业岗位3200个", level=1)
    d.add_paragraph(body)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_decompression_bomb_is_refused_before_reading(tmp_path):
    import time

    from xinxi_qc.readers.documents import MAX_DOCX_XML_BYTES

    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_docx_bytes("很" * (MAX_DOCX_XML_BYTES // 3 + 1000)))
    assert bomb.stat().st_size < 200 * 1024   # far under the 5 MB limit on the file itself
    ok = tmp_path / "ok.docx"
    ok.write_bytes(_docx_bytes("今年1-6月，东湖区新增城镇就业岗位3200个。"))
    started = time.perf_counter()
    error, item = list(iter_inputs([str(bomb), str(ok)]))
    assert time.perf_counter() - started < 5
    assert isinstance(error, InputError) and "解压后过大" in error.message and "\n" not in error.message
    assert isinstance(item, Item) and "3200" in item.body


def test_docx_with_a_huge_extra_member_is_refused(tmp_path):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx_bytes("正文内容。"))) as src, \
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/filler.bin", b"\0" * (101 * 1024 * 1024))
    (error,) = read_bytes(buf.getvalue(), "x.docx")
    assert isinstance(error, InputError) and "解压后过大" in error.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom_is_read_not_called_binary(tmp_path, encoding):
    bom = "\ufeff" if encoding == "utf-16-be" else ""  # Python's utf-16 codec writes its own BOM
    (tmp_path / "a.txt").write_bytes((bom + GOOD).encode(encoding))
    (tmp_path / "a.jsonl").write_bytes((bom + '{"title": "标题", "body": "正文内容。"}\n'
                                        '{"title": "标题二", "body": "正文内容。"}\n').encode(encoding))
    (tmp_path / "blank.txt").write_bytes((bom + "　\n").encode(encoding))
    item, first, second, blank = list(iter_inputs([str(tmp_path / n) for n in ("a.txt", "a.jsonl", "blank.txt")]))
    assert isinstance(item, Item) and item.title.startswith("青川县") and "320家" in item.body
    assert (first.title, second.title) == ("标题", "标题二")
    assert isinstance(blank, InputError) and "空" in blank.message


@pytest.mark.parametrize("toml,fragment", [
    ("data_rules = 5", "data_rules"),
    ('plugins = "yes"', "plugins"),
    ("models = 3", "models"),
    ("scoring = 4", "[scoring]"),
])
def test_wrong_types_in_the_config_file_are_one_line(tmp_path, monkeypatch, toml, fragment):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.toml").write_text(toml + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--config", "bad.toml", "ok.txt"])
    assert result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_against_an_unusable_archive_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "allbad.jsonl").write_text('{"bad\n[1, 2]\n', encoding="utf-8")
    (tmp_path / "broken.xqidx").write_bytes(b"SQLite format 3\0" + b"\xff" * 200)
    (tmp_path / "some.jsonl").write_text('{"title": "东湖区工作", "body": "正文内容。"}\n{bad\n', encoding="utf-8")
    runner = CliRunner()
    for archive, fragment in (("allbad.jsonl", "没有可读取的信息"), ("broken.xqidx", "不是可用的比对索引文件")):
        result = runner.invoke(main, ["check", "--today", "2026-11-21", "--against", archive, "ok.txt"])
        assert result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output
    result = runner.invoke(main, ["check", "--today", "2026-11-21", "--against", "some.jsonl", "ok.txt"])
    assert result.exit_code in (0, 1) and "1 处无法读取" in result.output and "some.jsonl:2" in result.output


def test_unreadable_sub_directory_is_reported_not_skipped(tmp_path, monkeypatch):
    import os

    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    (root / "ok.txt").write_text(GOOD, encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "y.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):  # what a directory without read permission does (tests run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(iter_inputs([str(root)]))
    assert [type(r).__name__ for r in results] == ["InputError", "Item"]
    assert results[0].source.endswith("locked") and "无法读取目录" in results[0].message


def test_unsearchable_parent_is_an_input_error(tmp_path, monkeypatch):
    from pathlib import Path

    def is_dir(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", is_dir)
    (error,) = list(iter_inputs([str(tmp_path / "secret" / "a.txt")]))
    assert isinstance(error, InputError) and "无法访问" in error.message


def test_stdin_over_the_cap_is_an_input_error(monkeypatch):
    from xinxi_qc.readers import dispatch

    monkeypatch.setattr(dispatch, "MAX_STDIN_BYTES", 1000)
    (error,) = list(iter_inputs(["-"], stdin=b"x" * 1001))
    assert isinstance(error, InputError) and "标准输入过大" in error.message


def test_csv_sources_name_the_line_each_record_starts_on(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('title,body\n一,"第一段\n第二段"\n\n二,正文。\n三,"正文\n\n更多"\n四,正文。\n', encoding="utf-8")
    results = list(iter_inputs([str(path)]))
    assert [(r.title, r.source) for r in results] == [
        ("一", f"{path}:2"), ("二", f"{path}:5"), ("三", f"{path}:6"), ("四", f"{path}:9")]
