"""Submission metadata (masthead above, 撰稿/审核/签发/联系电话 below) is read into item fields and
kept out of the body the rules see."""
import docx
import pytest

from xinxi_qc.config import Config
from xinxi_qc.engine import check_item
from xinxi_qc.readers import read_bytes, read_path
from xinxi_qc.readers.metadata import bottom, label_fields, masthead_kind, table_fields, top

TITLE = "平武县为412户农户办好宅基地证"
LINE_1 = "今年以来，平武县在南坝镇试点宅基地确权，已为412户农户办好证书。"
LINE_2 = "办证平均用时从30天压缩到9天，群众少跑两趟。"

MASTHEAD = "平武政务信息\n第7期（总第218期）\n平武县人民政府办公室编　　2026年6月3日\n————————————\n"
FOOTER = ("\n（撰稿：陈晓  审核：马力  签发：冯远）\n报送单位：平武县自然资源局\n"
          "联系人：陈晓　联系电话：0816-8823456  13700001234\n")


def check(item):
    return check_item(item, Config.default())


def one(results):
    (result,) = list(results)
    return result


def test_txt_masthead_and_footer_are_fields_not_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"{MASTHEAD}\n{TITLE}\n\n{LINE_1}\n{LINE_2}\n{FOOTER}", encoding="utf-8")
    item = one(read_path(path))
    assert item.title == TITLE
    assert item.body == f"{LINE_1}\n{LINE_2}"
    assert item.unit == "平武县自然资源局"
    assert item.meta["writer"] == "陈晓" and item.meta["reviewer"] == "马力" and item.meta["signer"] == "冯远"
    assert item.meta["contact"] == "陈晓" and "0816-8823456" in item.meta["phone"]
    assert item.meta["issue"] == "第7期" and "平武政务信息" in item.meta["masthead"]
    # Line numbers still point into the file: title on line 6, body from line 8.
    assert (item.meta["title_line"], item.meta["body_line"]) == (6, 8)


def test_title_after_masthead_and_plain_file_unchanged(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(f"{TITLE}\n\n{LINE_1}\n", encoding="utf-8")
    item = one(read_path(path))
    assert (item.title, item.body, item.unit) == (TITLE, LINE_1, None)
    assert item.meta == {"title_line": 1, "body_line": 3}


def test_body_sentences_mentioning_labels_stay_body(tmp_path):
    middle = "办事群众可拨打联系电话0816-8823456咨询，材料由镇便民中心审核：当天受理当天答复。"
    last = "联系电话：群众反映最多的是办证慢，这次改革正是为此而来，已收到表扬信12封。"
    text = f"{TITLE}\n{LINE_1}\n{middle}\n{LINE_2}\n{last}\n"
    item = one(read_bytes(text.encode(), "b.txt"))
    # A label in the middle of the text, or a "label：" line holding a sentence, is body.
    assert item.body == f"{LINE_1}\n{middle}\n{LINE_2}\n{last}"
    assert not {"phone", "reviewer"} & set(item.meta)


def test_title_with_an_issue_number_is_still_a_title():
    text = "我县举办第3期高素质农民培训班\n6月3日，县农业农村局举办第3期培训班，培训农民120人。\n"
    item = one(read_bytes(text.encode(), "c.txt"))
    assert item.title == "我县举办第3期高素质农民培训班" and item.body.startswith("6月3日")


def test_markdown_metadata_above_heading_and_below_body(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"**报送单位**：平武县自然资源局\n\n# {TITLE}\n\n{LINE_1}\n\n---\n"
                    "撰稿：陈晓 | 审核：马力\n联系电话：0816-8823456\n", encoding="utf-8")
    item = one(read_path(path))
    assert item.title == TITLE and item.body == LINE_1
    assert item.unit == "平武县自然资源局"
    assert (item.meta["writer"], item.meta["reviewer"], item.meta["phone"]) == ("陈晓", "马力", "0816-8823456")
    assert item.meta["body_line"] == 5


def _docx(tmp_path, *, title_style=True):
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "平武政务信息 第7期 平武县人民政府办公室编 2026年6月3日"
    section.footer.paragraphs[0].text = "联系人：陈晓  联系电话：13700001234"
    document.add_paragraph("平武政务信息")
    document.add_paragraph("第7期")
    if title_style:
        document.add_heading(TITLE, level=1)
    else:
        document.add_paragraph(TITLE)
    document.add_paragraph(LINE_1)
    document.add_paragraph(LINE_2)
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["撰稿", "陈晓", "审核：", "马力"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["签发：冯远", "", "报送单位", "平武县自然资源局"]):
        cell.text = text
    document.add_paragraph("联系电话：0816-8823456")
    path = tmp_path / "a.docx"
    document.save(path)
    return path


@pytest.mark.parametrize("title_style", [True, False])
def test_docx_header_footer_table_and_edge_paragraphs(tmp_path, title_style):
    item = one(read_path(_docx(tmp_path, title_style=title_style)))
    assert item.title == TITLE
    assert item.body == f"{LINE_1}\n{LINE_2}"
    assert item.unit == "平武县自然资源局"
    assert (item.meta["writer"], item.meta["reviewer"], item.meta["signer"]) == ("陈晓", "马力", "冯远")
    assert "13700001234" in item.meta["phone"] and "0816-8823456" in item.meta["phone"]
    assert item.meta["issue"] == "第7期"


def test_a_body_table_of_hotlines_is_not_metadata():
    assert table_fields([["单位", "联系电话"], ["县政务中心", "0816-8820000"]]) == {}
    assert table_fields([["撰稿", "陈晓", "联系电话", "0816-8823456"]]) == {"writer": "陈晓", "phone": "0816-8823456"}


def test_mobile_in_footer_is_not_sensitive_but_in_body_it_is():
    body_line = "群众代表王某（手机13912345678）说，这回办证只跑了一趟。"
    text = f"{MASTHEAD}\n{TITLE}\n{LINE_1}\n{body_line}\n{FOOTER}"
    item = one(read_bytes(text.encode(), "d.txt"))
    result = check(item)
    sensitive = [f for f in result.findings if f.rule == "sensitive"]
    assert len(sensitive) == 1
    finding = sensitive[0]
    assert item.body[finding.start:finding.end] == "13912345678"
    assert "13700001234" not in item.body
    # Every finding's offsets point into the body (or title) that remains.
    for f in result.findings:
        text_of = item.title if f.field == "title" else item.body
        assert 0 <= f.start <= f.end <= len(text_of)
        if f.excerpt and f.end > f.start:
            assert text_of[f.start:f.end] in f.excerpt or f.excerpt in text_of


def test_json_carries_meta_only_when_present():
    with_meta = check(one(read_bytes(f"{TITLE}\n{LINE_1}\n撰稿：陈晓\n".encode(), "e.txt"))).to_dict()
    assert with_meta["meta"] == {"writer": "陈晓"}
    without = check(one(read_bytes(f"{TITLE}\n{LINE_1}\n".encode(), "f.txt"))).to_dict()
    assert "meta" not in without


@pytest.mark.parametrize("line,fields", [
    ("撰稿：陈晓  审核：马力  签发：冯远", {"writer": "陈晓", "reviewer": "马力", "signer": "冯远"}),
    ("（拟稿人: 陈晓；审签：马力）", {"writer": "陈晓", "reviewer": "马力"}),
    ("联系电话：0816-8823456", {"phone": "0816-8823456"}),
    ("抄送：市委办公室，市政府办公室", {"cc": "市委办公室，市政府办公室"}),
    ("编号：PW-2026-07", {"issue": "PW-2026-07"}),
    ("审核：经镇党委会议研究，同意按程序上报。", None),  # a sentence, not a short value
    ("工作人员审核：每户材料当场核对", None),          # does not start with a label
    ("密级：秘密", None),                                # classification markers stay in the body
])
def test_label_lines(line, fields):
    assert label_fields(line) == fields


@pytest.mark.parametrize("line,kind", [
    ("第7期（总第218期）", "masthead"),
    ("平武政务信息 第7期 平武县人民政府办公室编 2026年6月3日", "masthead"),
    ("平武县人民政府办公室编　　2026年6月3日", "masthead"),
    ("2026年6月3日", "date"),
    ("平武政务信息", "bulletin"),
    ("我县举办第3期高素质农民培训班", None),
])
def test_masthead_lines(line, kind):
    assert masthead_kind(line) == kind


def test_bulletin_name_alone_is_a_title_not_a_masthead():
    lines = ["平武政务信息", "全县信息工作会议召开，各单位信息员参加。"]
    assert top(lines).index == 0
    assert bottom(["正文。", "平武县自然资源局", "2026年6月3日"]).index == 1
