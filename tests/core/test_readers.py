import json
from datetime import date

import docx
import pytest

from xinxi_qc.model import InputError, Item
from xinxi_qc.readers import iter_inputs, read_bytes, read_path

TITLE = "青川县餐饮投诉同比下降35%"
BODY = "10月以来，青川县在临溪镇推行“明厨亮灶”。\n已覆盖餐饮单位320家。"


def one(results):
    (result,) = list(results)
    return result


def test_txt_title_is_first_non_blank_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"\n\n{TITLE}\n\n{BODY}\n", encoding="utf-8")
    item = one(read_path(path))
    assert (item.title, item.body) == (TITLE, BODY)
    assert item.meta == {"title_line": 3, "body_line": 5}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings_detected(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(f"{TITLE}\n{BODY}".encode(encoding))
    assert one(read_path(path)).title == TITLE


@pytest.mark.parametrize("content,message", [
    (b"", "空"), (b"\x00\x01\x02PK", "二进制"), ("café olé".encode("latin-1") * 20, "编码"),
])
def test_bad_text_files_get_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = one(read_path(path))
    assert isinstance(error, InputError) and message in error.message


def test_markdown_heading_is_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"前言\n# {TITLE}\n\n- {BODY}\n", encoding="utf-8")
    item = one(read_path(path))
    assert item.title == TITLE and item.body.startswith("10月以来")


def test_docx_heading_and_broken_docx(tmp_path):
    document = docx.Document()
    document.add_paragraph("内部资料")
    document.add_heading(TITLE, level=1)
    for line in BODY.split("\n"):
        document.add_paragraph(line)
    good = tmp_path / "a.docx"
    document.save(good)
    item = one(read_path(good))
    assert item.title == TITLE and "内部资料" in item.body and "320家" in item.body
    broken = tmp_path / "b.docx"
    broken.write_bytes(good.read_bytes()[:500])
    assert isinstance(one(read_path(broken)), InputError)


def test_jsonl_records_errors_do_not_stop_the_file(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": "x1", "title": TITLE, "body": BODY, "unit": "青川县", "submitted": "2026-11-01"},
                        ensure_ascii=False),
             '{"title": "缺逗号" "body": 1}',
             json.dumps({"title": TITLE}),
             json.dumps({"title": TITLE, "body": BODY, "submitted": "11/01/2026"}),
             json.dumps({"id": "x5", "title": TITLE, "body": BODY}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_path(path))
    assert [type(r).__name__ for r in results] == ["Item", "InputError", "InputError", "InputError", "Item"]
    assert results[0].unit == "青川县" and results[0].submitted == date(2026, 11, 1)
    assert results[1].source == f"{path}:2"


def test_csv_with_bom_and_gbk(tmp_path):
    rows = f"id,title,body,unit\nc1,{TITLE},\"{BODY}\",青川县\n"
    for encoding in ("utf-8-sig", "gbk"):
        path = tmp_path / f"a-{encoding}.csv"
        path.write_bytes(rows.encode(encoding))
        item = one(read_path(path))
        assert isinstance(item, Item) and item.id == "c1" and item.body == BODY


def test_directory_walk_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    found = list(iter_inputs([str(tmp_path), "-"], stdin=f"{TITLE}\n{BODY}".encode()))
    assert [r.source for r in found] == [str(tmp_path / "sub" / "a.txt"), "<stdin>"]


def test_read_bytes_uses_suffix():
    assert one(read_bytes(f"{TITLE}\n{BODY}".encode("gb18030"), "upload.txt")).title == TITLE


def _docx_with_tables(tmp_path):
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph("10月以来，青川县在临溪镇推行“明厨亮灶”，各乡镇情况如下：")
    body = document.add_table(rows=3, cols=3)
    rows = [["乡镇", "覆盖单位", "投诉同比"], ["临溪镇", "120家", "−35%"], ["关庄镇", "", "−20%"]]
    for row, texts in zip(body.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    body.rows[2].cells[1].paragraphs[0].text = "80家"
    body.rows[2].cells[1].add_paragraph("（含流动摊点）")
    document.add_paragraph("下一步将推广到全县。")
    meta = document.add_table(rows=1, cols=4)
    for cell, text in zip(meta.rows[0].cells, ["撰稿", "陈晓", "审核", "马力"]):
        cell.text = text
    path = tmp_path / "t.docx"
    document.save(path)
    return path


def test_docx_body_table_rows_are_body_lines_in_document_order(tmp_path):
    item = one(read_path(_docx_with_tables(tmp_path)))
    assert item.title == TITLE
    assert item.body.split("\n") == ["10月以来，青川县在临溪镇推行“明厨亮灶”，各乡镇情况如下：",
                                     "乡镇\t覆盖单位\t投诉同比", "临溪镇\t120家\t−35%",
                                     "关庄镇\t80家　（含流动摊点）\t−20%", "下一步将推广到全县。"]


def test_docx_metadata_table_stays_metadata(tmp_path):
    item = one(read_path(_docx_with_tables(tmp_path)))
    assert "撰稿" not in item.body and "陈晓" not in item.body
    assert (item.meta["writer"], item.meta["reviewer"]) == ("陈晓", "马力")


def test_docx_table_rows_with_empty_cells_and_blank_rows(tmp_path):
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(BODY.split("\n")[0])
    table = document.add_table(rows=3, cols=3)
    table.rows[0].cells[0].text = "合计"
    table.rows[0].cells[2].text = "320家"
    path = tmp_path / "e.docx"
    document.save(path)
    item = one(read_path(path))
    assert item.body.split("\n")[1:] == ["合计\t320家"]


def test_docx_framed_in_a_one_cell_layout_table(tmp_path):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1).rows[0].cells[0]
    frame.paragraphs[0].text = "平武政务信息"
    frame.add_paragraph("第7期")
    frame.add_paragraph(TITLE, style="Heading 1")
    for line in BODY.split("\n"):
        frame.add_paragraph(line)
    frame.add_paragraph("撰稿：陈晓　审核：马力")
    path = tmp_path / "f.docx"
    document.save(path)
    item = one(read_path(path))
    assert (item.title, item.body) == (TITLE, BODY) and item.meta["issue"] == "第7期"
    assert (item.meta["writer"], item.meta["reviewer"]) == ("陈晓", "马力")
