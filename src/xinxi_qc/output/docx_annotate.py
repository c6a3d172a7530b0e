"""The writer's document back with the findings as Word comments (批注).

``annotate(data, name, result)`` takes the bytes of the checked file and its ``ItemResult`` and
returns the bytes of a .docx: for a .docx input, a copy of the document in which only comment
ranges and comments are added (runs split where a finding starts or ends inside one; the text,
paragraphs, styles, tables, headers and footers stay as they were); for .txt and .md inputs, a new
document with the title as Heading 1 and one paragraph per body line. Pure: no file I/O.

Each finding with a span is one comment on exactly its characters (author ``xinxi-qc``): the rule's
Chinese name and severity, the message and the suggestion. Findings about the whole item
(no-figures, dynamic-only, the density of stock phrases, any finding without a span) go, with the
verdict, type, score, grade and deductions, into one summary comment on the title.
"""
from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path

from ..model import TYPE_NAMES_ZH, Finding, ItemResult, Severity
from ..readers import docx_text
from ..readers.documents import DocxError, open_docx, read_docx
from ..rules.names import rule_name_zh
from . import docx_ranges

AUTHOR = "xinxi-qc"
INITIALS = "QC"
ANNOTATED_SUFFIX = ".批注.docx"
WHOLE_ITEM_RULES = ("no-figures", "dynamic-only")
_SEVERITY_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
# Characters XML 1.0 cannot hold (a .txt may carry them); each becomes one U+FFFD so offsets hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class AnnotateError(ValueError):
    """The document cannot be annotated (message in Chinese)."""


def annotated_name(path: str | Path) -> Path:
    """``draft.docx`` → ``draft.批注.docx`` beside it (``draft.txt`` → ``draft.批注.docx``)."""
    path = Path(path)
    return path.with_name(path.stem + ANNOTATED_SUFFIX)


def annotate(data: bytes, name: str, result: ItemResult, when: datetime | None = None) -> bytes:
    """The annotated .docx for the file ``name`` whose bytes are ``data`` (its suffix picks how)."""
    if Path(name).suffix.lower() == ".docx":
        return annotate_docx(data, result, when)
    return annotate_text(result, when)


def annotate_docx(data: bytes, result: ItemResult, when: datetime | None = None) -> bytes:
    try:
        document = open_docx(data)
        item, located = read_docx(document, result.item.source or "")
    except DocxError as exc:
        raise AnnotateError(str(exc)) from None
    if (item.title, item.body) != (result.item.title, result.item.body):
        raise AnnotateError("文档内容与检查结果不一致（文件在检查后被改动过？），未写批注")
    return _annotated(document, located, result, when)


def annotate_text(result: ItemResult, when: datetime | None = None) -> bytes:
    """A new .docx holding the item (title as Heading 1, one paragraph per body line) with comments."""
    from docx import Document

    document = Document()
    title = _NOT_XML.sub("\ufffd", result.item.title)
    heading = document.add_heading(title, level=1)
    title_line = docx_text.paragraph_line(docx_text.read_paragraph(heading._p)) or docx_text.Line("", [])
    lines = []
    for text in _NOT_XML.sub("\ufffd", result.item.body).split("\n"):
        para = docx_text.read_paragraph(document.add_paragraph(text)._p)
        lines.append(docx_text.Line(text, [docx_text.Segment(0, para, 0, len(text))] if text else []))
    located = docx_text.Located(title_line, lines)
    if located.body_text != _NOT_XML.sub("\ufffd", result.item.body):  # a guard on the map, never expected
        raise AnnotateError("正文无法按原样写入 Word 文档，未写批注")
    return _annotated(document, located, result, when)


def is_whole_item(finding: Finding) -> bool:
    """A finding about the item as a whole rather than about some of its characters."""
    return (finding.start >= finding.end or finding.rule in WHOLE_ITEM_RULES
            or (finding.rule == "cliche" and "distinct" in (finding.extra or {})))


def comment_text(finding: Finding) -> str:
    """``套话堆砌（提示）：套话「高度重视」。`` then ``建议：…`` (one paragraph each)."""
    kind = "placeholder" if (finding.extra or {}).get("kind") == "placeholder" else finding.rule
    name = rule_name_zh(kind) or finding.rule
    lines = [f"{name}（{_SEVERITY_ZH.get(finding.severity, finding.severity.value)}）：{finding.message}"]
    if finding.suggestion:
        lines.append(f"建议：{finding.suggestion}")
    return "\n".join(lines)


def summary_text(result: ItemResult, whole: list[Finding]) -> str:
    """The title's comment: verdict and reasons, type, score, grade, deductions, whole-item findings."""
    lines = []
    verdict = result.verdict
    if verdict is not None:
        lines.append(f"xinxi-qc 检查结论：{verdict.zh}")
        lines += [f"· {reason}" for reason in verdict.reasons]
    else:
        lines.append("xinxi-qc 检查结果")
    kind = result.type
    lines.append(f"类型：{TYPE_NAMES_ZH.get(kind.label, kind.label)}（置信度 {kind.confidence:.2f}）"
                 f"  得分：{result.score}  等级：{result.grade}")
    if result.deductions:
        lines.append("扣分：" + "，".join(f"{rule_name_zh(d.rule) or d.rule} −{d.points}" for d in result.deductions))
    if whole:
        lines.append("整篇的问题：")
        lines += [comment_text(f) for f in whole]
    if not result.findings:
        lines.append("没有发现问题。")
    return "\n".join(lines)


def _annotated(document, located: docx_text.Located, result: ItemResult, when: datetime | None) -> bytes:
    spans, whole = [], []
    for finding in result.findings:
        ranges = [] if is_whole_item(finding) else located.ranges(finding.field, finding.start, finding.end)
        if ranges:
            spans.append((finding, ranges))
        else:  # about the whole item, or only over separators the reader added
            whole.append(finding)
    title_ranges = located.ranges("title", 0, len(located.title.text))
    anchors = [(summary_text(result, whole), title_ranges)] if title_ranges else []
    anchors += [(comment_text(f), ranges) for f, ranges in spans]
    # Split every run first (splits keep each Para's pieces true), then place the markers.
    for _, ranges in anchors:
        docx_ranges.split_at(ranges[0][0], ranges[0][1])
        docx_ranges.split_at(ranges[-1][0], ranges[-1][2])
    add = _CommentWriter(document, when)
    for text, ranges in anchors:
        comment_id = add(text)
        first = docx_ranges.run_of(ranges[0][0], ranges[0][1])
        last = docx_ranges.run_of(ranges[-1][0], ranges[-1][2], last=True)
        docx_ranges.mark_range(first, last, comment_id)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _CommentWriter:
    """Adds comments as python-docx's ``Comments.add_comment`` does (the same XML, author, initials,
    date and text paragraphs), numbering them from the document's highest id once: the library
    looks that up again for every comment, which made 6,000 comments take 30 s."""

    def __init__(self, document, when: datetime | None):
        from datetime import timezone

        comments = document.comments   # creates the comments part when the document has none
        self.element = comments._comments_elm
        self.part = comments._comments_part
        self.when = when or datetime.now(timezone.utc)
        self.next_id = max((int(x) for x in self.element.xpath("./w:comment/@w:id")), default=-1) + 1

    def __call__(self, text: str) -> int:
        from docx.comments import Comment
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        comment_id, self.next_id = self.next_id, self.next_id + 1
        element = parse_xml(
            f'<w:comment {nsdecls("w")} w:id="{comment_id}" w:author="">'
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
            "</w:comment>")
        self.element.append(element)
        element.author, element.initials, element.date = AUTHOR, INITIALS, self.when
        comment = Comment(element, self.part)
        first, *rest = text.split("\n")
        comment.paragraphs[0].add_run(first)
        for line in rest:
            comment.add_paragraph(text=line)
        return comment_id
