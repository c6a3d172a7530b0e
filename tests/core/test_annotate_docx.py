"""Findings as Word comments in the writer's own .docx (issue 13): each comment anchored on exactly
the finding's characters, one summary comment on the title, everything else in the file unchanged.

The comment ranges are read back from the XML with a walker of this file's own (not the package's
map), so an offset the package gets wrong shows up here as a wrong range."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from xinxi_qc.cli import main
from xinxi_qc.engine import check_item
from xinxi_qc.model import Item
from xinxi_qc.output.docx_annotate import AUTHOR, AnnotateError, annotate, annotate_docx, is_whole_item
from xinxi_qc.readers.documents import item_from_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
TITLE = "平武县多措并举推进食品安全工作"
MASTHEAD = "平武政务信息 第7期 平武县人民政府办公室编 2026年6月3日"
FOOTER = "撰稿：陈晓  审核：马力  联系电话：0816-8823456"


def _run(paragraph, text, **style):
    run = paragraph.add_run(text)
    for key, value in style.items():
        setattr(run.font, key, value) if key != "east_asia" else _east_asia(run, value)
    return run


def _east_asia(run, font):
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)


def _hyperlink(paragraph, text, url="https://www.pingwu.gov.cn/"):
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def realistic_docx() -> bytes:
    """Masthead header, Heading-1 title, runs in several styles (split words, an astral character,
    full-width punctuation, a hyperlink), a body table with figures, a footer with 撰稿/审核/联系电话."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = MASTHEAD
    section.footer.paragraphs[0].text = FOOTER
    document.add_heading(TITLE, level=1)
    p = document.add_paragraph()
    _run(p, "　　今年以来，平武县市场监管局")
    _run(p, "高", bold=True)
    _run(p, "度重", italic=True, east_asia="黑体")
    _run(p, "视食品安全工作，在𠮷祥社区、", size=Pt(14))
    _run(p, "精心组织、")
    _hyperlink(p, "周密部署")
    _run(p, "，狠抓落实，抽检食品320批次，合格率98.5%，取得明显成效。", underline=True)
    p2 = document.add_paragraph()
    _run(p2, "一是加强日常监管,二是完善制度，推动食品安全工作再上新台阶。")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["乡镇", "抽检批次", "合格率"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["临溪镇,关庄镇", "120", "98.5%"]):
        cell.text = text
    document.add_paragraph("下一步，平武县将扩大抽检范围。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def tracked_docx() -> bytes:
    """A paragraph with a tracked insertion and deletion, a complex field (code and result), a simple
    field, a text box and a cliche split across an insertion."""
    document = docx.Document()
    document.add_heading("青川县多措并举抓好安全生产", level=1)
    p = document.add_paragraph()
    _run(p, "今年以来，")
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "901")
    deleted.set(qn("w:author"), "张三")
    run = OxmlElement("w:r")
    gone = OxmlElement("w:delText")
    gone.text = "删去的旧话"
    run.append(gone)
    deleted.append(run)
    p._p.append(deleted)
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "902")
    inserted.set(qn("w:author"), "张三")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "青川县应急局高度"
    run.append(t)
    inserted.append(run)
    p._p.append(inserted)
    _run(p, "重视安全生产，")
    for kind, text in (("begin", None), (None, " DATE \\@ \"yyyy年M月d日\" "), ("separate", None),
                       (None, "2026年6月3日"), ("end", None)):
        run = OxmlElement("w:r")
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run.append(mark)
        elif "DATE" in text:
            code = OxmlElement("w:instrText")
            code.text = text
            run.append(code)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run.append(t)
        p._p.append(run)
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "第1页"
    run.append(t)
    simple.append(run)
    p._p.append(simple)
    box = _run(p, "")
    pict = OxmlElement("w:pict")
    shape = etree.SubElement(pict, "{urn:schemas-microsoft-com:vml}shape")
    textbox = etree.SubElement(shape, "{urn:schemas-microsoft-com:vml}textbox")
    content = etree.SubElement(textbox, qn("w:txbxContent"))
    inner = etree.SubElement(etree.SubElement(etree.SubElement(content, qn("w:p")), qn("w:r")), qn("w:t"))
    inner.text = "文本框里的狠抓落实"
    box._r.append(pict)
    _run(p, "召开会议")
    ins2 = OxmlElement("w:ins")
    ins2.set(qn("w:id"), "903")
    ins2.set(qn("w:author"), "张三")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "精心"
    run.append(t)
    ins2.append(run)
    p._p.append(ins2)
    _run(p, "组织，排查企业158家，整改隐患326处。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- reading the result back, independently of the package ------------------------------------

def _comments(data: bytes) -> dict[str, dict]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/comments.xml"))
    out = {}
    for c in root.iter(f"{{{W}}}comment"):
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in c.iter(f"{{{W}}}p")]
        out[c.get(f"{{{W}}}id")] = {"author": c.get(f"{{{W}}}author"), "text": "\n".join(paragraphs)}
    return out


def _ranges(data: bytes) -> dict[str, str]:
    """Comment id → the text between its commentRangeStart and commentRangeEnd (paragraph ends as \\n;
    w:t outside text boxes, w:tab as a tab; w:delText and w:instrText are not w:t)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    open_, done = {}, {}
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start" and tag == f"{{{W}}}commentRangeStart":
            open_[el.get(f"{{{W}}}id")] = []
        elif event == "start" and tag == f"{{{W}}}commentRangeEnd":
            done[el.get(f"{{{W}}}id")] = "".join(open_.pop(el.get(f"{{{W}}}id")))
        elif event == "start" and tag in (f"{{{W}}}t", f"{{{W}}}tab") and not _in_textbox(el):
            for parts in open_.values():
                parts.append(el.text or "" if tag == f"{{{W}}}t" else "\t")
        elif event == "end" and tag == f"{{{W}}}p" and not _in_textbox(el):
            for parts in open_.values():
                parts.append("\n")
    assert not open_, "every range is closed"
    return done


def _in_textbox(el) -> bool:
    return any(a.tag == f"{{{W}}}txbxContent" for a in el.iterancestors())


def _all_text(data: bytes) -> dict[str, list[str]]:
    """Every story's paragraph texts, by part: body, tables, headers, footers (and text boxes)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = [n for n in package.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return {n: ["".join(t.text or "" for t in p.iter(f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}instrText"))
                    for p in etree.fromstring(package.read(n)).iter(f"{{{W}}}p")] for n in names}


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {n: package.read(n) for n in package.namelist()}


def _flat(text: str) -> str:
    return re.sub(r"[\s　]", "", text)


def _check(data, config, source="draft.docx"):
    item = item_from_docx(data, source)
    return item, check_item(item, config)


def _assert_anchored(data, out, result):
    item = result.item
    comments, ranges = _comments(out), _ranges(out)
    assert all(c["author"] == AUTHOR for c in comments.values())
    spans = [f for f in result.findings if not is_whole_item(f)]
    assert len(comments) == len(spans) + 1 == len(ranges)
    unused = dict(comments)
    for f in spans:
        expected = item.text(f.field)[f.start:f.end]
        match = [cid for cid, c in unused.items() if f.message in c["text"]
                 and (ranges[cid] == expected if "\n" not in ranges[cid].rstrip("\n")
                      else _flat(ranges[cid]) == _flat(expected))]
        assert match, f"no comment on «{expected}» for {f.rule}: {ranges}"
        assert f.suggestion in comments[match[0]]["text"]
        del unused[match[0]]
    (summary,) = unused
    assert ranges[summary] == item.title
    return comments[summary]["text"]


# -- the tests -----------------------------------------------------------------------------------

def test_reader_keeps_body_table_rows_and_reads_every_run(config):
    item = item_from_docx(realistic_docx(), "draft.docx")
    assert item.title == TITLE
    assert "平武县市场监管局高度重视食品安全工作，在𠮷祥社区、精心组织、周密部署，狠抓落实" in item.body
    assert item.body.splitlines()[2:] == ["乡镇\t抽检批次\t合格率", "临溪镇,关庄镇\t120\t98.5%",
                                          "下一步，平武县将扩大抽检范围。"]
    assert (item.meta["writer"], item.meta["reviewer"], item.meta["phone"]) == ("陈晓", "马力", "0816-8823456")
    assert item.meta["issue"] == "第7期"


def test_tracked_changes_fields_and_text_boxes_are_read_as_word_shows_them():
    item = item_from_docx(tracked_docx(), "t.docx")
    assert item.body == ("今年以来，青川县应急局高度重视安全生产，2026年6月3日第1页召开会议精心组织，"
                         "排查企业158家，整改隐患326处。")


def test_each_finding_is_a_comment_on_exactly_its_characters(config):
    data = realistic_docx()
    item, result = _check(data, config)
    rules = {f.rule for f in result.findings}
    assert {"cliche", "title-vague", "typography"} <= rules
    # a finding inside the table, one over runs split across styles, one after an astral character
    assert any(f.rule == "typography" and item.body[f.start:f.end] == "," and "临溪镇" in item.body[f.start - 3:f.start]
               for f in result.findings)
    assert any(item.body[f.start:f.end] == "高度重视" for f in result.findings)
    out = annotate_docx(data, result)
    summary = _assert_anchored(data, out, result)
    assert summary.startswith("xinxi-qc 检查结论：" + result.verdict.zh)
    assert f"得分：{result.score}" in summary and f"等级：{result.grade}" in summary and "扣分：" in summary
    density = [f for f in result.findings if f.rule == "cliche" and "distinct" in f.extra]
    assert density and density[0].message in summary


def test_the_document_is_otherwise_unchanged(config):
    data = realistic_docx()
    _, result = _check(data, config)
    out = annotate_docx(data, result)
    assert _all_text(out) == _all_text(data)
    before, after = _members(data), _members(out)
    changed = {n for n in before if before[n] != after.get(n)}
    assert changed <= {"word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"}
    assert "word/document.xml" in changed and set(after) - set(before) == {"word/comments.xml"}
    original, annotated = docx.Document(io.BytesIO(data)), docx.Document(io.BytesIO(out))
    assert [(p.style.name, p.text) for p in original.paragraphs] == [(p.style.name, p.text) for p in annotated.paragraphs]
    assert [[c.text for c in row.cells] for row in original.tables[0].rows] == \
           [[c.text for c in row.cells] for row in annotated.tables[0].rows]
    # formatting travels with the split runs: bold "高", italic 黑体 "度重"
    runs = [(r.text, r.bold, r.italic) for r in annotated.paragraphs[1].runs if r.text]
    assert ("高", True, None) in runs and ("度重", None, True) in runs
    again = item_from_docx(out, "draft.docx")
    assert (again.title, again.body, dict(again.meta)) == (result.item.title, result.item.body, dict(result.item.meta))


def test_tracked_change_and_field_offsets(config):
    data = tracked_docx()
    item, result = _check(data, config)
    texts = {item.body[f.start:f.end] for f in result.findings if f.field == "body"}
    assert {"高度重视", "精心组织"} <= texts   # each starts inside a tracked insertion
    out = annotate_docx(data, result)
    _assert_anchored(data, out, result)
    assert _all_text(out) == _all_text(data)
    with zipfile.ZipFile(io.BytesIO(out)) as package:
        xml = package.read("word/document.xml").decode()
    assert "删去的旧话" in xml and "DATE" in xml and "文本框里的狠抓落实" in xml


def test_a_document_framed_in_a_layout_table(config):
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1).rows[0].cells[0]
    frame.paragraphs[0].text = TITLE
    frame.paragraphs[0].style = "Heading 1"
    frame.add_paragraph("平武县高度重视食品安全工作,精心组织、周密部署，狠抓落实，取得明显成效。")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    item, result = _check(data, config)
    assert item.title == TITLE and item.body.startswith("平武县高度重视")
    out = annotate_docx(data, result)
    _assert_anchored(data, out, result)
    assert _all_text(out) == _all_text(data)


def test_text_input_becomes_a_docx_with_comments(config):
    body = "　　今年以来，青川县高度重视食品安全工作,精心组织、周密部署。\n\n抽检𠮷祥社区食品320批次。"
    item = Item(title="青川县多措并举推进食品安全工作", body=body, id="a.txt", source="a.txt")
    result = check_item(item, config)
    out = annotate(body.encode(), "a.txt", result)
    document = docx.Document(io.BytesIO(out))
    assert document.paragraphs[0].style.name == "Heading 1" and document.paragraphs[0].text == item.title
    assert "\n".join(p.text for p in document.paragraphs[1:]) == body
    comments, ranges = _comments(out), _ranges(out)
    for f in (f for f in result.findings if not is_whole_item(f)):
        expected = item.text(f.field)[f.start:f.end]
        assert any(f.message in comments[cid]["text"] and ranges[cid] == expected for cid in comments), f


def test_a_result_of_another_text_is_refused(config):
    other = check_item(Item(title="别的标题", body="别的正文，共120人。"), config)
    with pytest.raises(AnnotateError, match="不一致"):
        annotate_docx(realistic_docx(), other)


# -- the command line ------------------------------------------------------------------------------

@pytest.fixture
def draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "draft.docx"
    path.write_bytes(realistic_docx())
    return path


def invoke(*args):
    return CliRunner().invoke(main, ["check", "--today", "2026-11-21", *args])


def test_cli_writes_the_default_name_and_leaves_the_original(draft):
    before = draft.read_bytes()
    result = invoke("draft.docx", "--annotate")
    assert result.exit_code == 1, result.output  # the draft has findings
    target = draft.with_name("draft.批注.docx")
    assert target.is_file() and draft.read_bytes() == before
    assert "批注稿已写入 draft.批注.docx" in result.stderr
    assert len(_comments(target.read_bytes())) >= 2
    # a second run replaces its own earlier copy
    assert invoke("draft.docx", "--annotate").exit_code == 1


def test_cli_named_output_and_refusals(draft, tmp_path):
    result = invoke("draft.docx", "--annotate", "out.docx")
    assert result.exit_code == 1 and (tmp_path / "out.docx").is_file()
    before = draft.read_bytes()
    for args, words in ((("draft.docx", "--annotate", "draft.docx"), "不能覆盖原文"),
                        (("draft.docx", "--annotate", "./draft.docx"), "不能覆盖原文"),
                        (("draft.docx", "--annotate", "out.txt"), "应为 .docx"),
                        (("-", "--annotate"), "标准输入"),
                        (("a.jsonl", "--annotate"), "记录文件")):
        result = invoke(*args)
        assert result.exit_code == 2, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output
    assert draft.read_bytes() == before
    # a document of someone else's at the output path is not overwritten
    other = tmp_path / "report.docx"
    docx.Document().save(other)
    kept = other.read_bytes()
    result = invoke("draft.docx", "--annotate", "report.docx")
    assert result.exit_code == 2 and "未覆盖" in result.stderr and other.read_bytes() == kept


def test_cli_several_inputs(draft, tmp_path):
    (tmp_path / "b.txt").write_text("青川县多措并举推进工作\n\n青川县高度重视，抽检食品320批次。\n", encoding="utf-8")
    result = invoke("draft.docx", "b.txt", "--annotate", "x.docx")
    assert result.exit_code == 2 and "不能指定输出文件" in result.stderr
    assert not (tmp_path / "x.docx").exists()
    result = invoke("draft.docx", "b.txt", "--annotate")
    assert result.exit_code == 1, result.output
    assert (tmp_path / "draft.批注.docx").is_file() and (tmp_path / "b.批注.docx").is_file()


def test_cli_directory_with_records(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "稿件"
    folder.mkdir()
    (folder / "draft.docx").write_bytes(realistic_docx())
    (folder / "more.jsonl").write_text('{"title": "青川县抽检食品320批次", "body": "青川县抽检食品320批次，合格率98%。"}\n'
                                        '{"title": "青川县整改隐患", "body": "整改隐患326处。"}\n', encoding="utf-8")
    result = invoke("稿件", "--annotate")
    assert result.exit_code == 1, result.output
    assert (folder / "draft.批注.docx").is_file() and not list(folder.glob("more*.docx"))
    warned = [line for line in result.stderr.splitlines() if "JSONL/CSV" in line]
    assert len(warned) == 1 and "2 条" in warned[0]


# -- LibreOffice: the file opens and converts; page 1 rendered for a person to look at ---------------

def test_libreoffice_converts_the_annotated_document(config, tmp_path, libreoffice_convert):
    data = realistic_docx()
    _, result = _check(data, config)
    path = tmp_path / "draft.批注.docx"
    path.write_bytes(annotate_docx(data, result))
    export = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
    done = libreoffice_convert(path, export, tmp_path)
    pdf = tmp_path / "draft.批注.pdf"
    assert done.returncode == 0 and pdf.is_file() and pdf.stat().st_size > 1000, done.stderr
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm 未安装：已转换为 PDF，未渲染截图")
    subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    (png,) = tmp_path.glob("page*.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    SHOTS.mkdir(exist_ok=True)
    shutil.copyfile(png, SHOTS / "05-annotated-docx.png")
