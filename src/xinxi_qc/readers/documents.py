"""Items from single documents: plain text, Markdown, Word (.docx)."""
from __future__ import annotations

import io
import re

from ..model import Item


def item_from_text(text: str, source: str) -> Item:
    """First non-blank line is the title; the rest is the body (paragraphs = lines)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title_index = next(i for i, line in enumerate(lines) if line.strip())
    body_lines = lines[title_index + 1:]
    skip = next((i for i, line in enumerate(body_lines) if line.strip()), len(body_lines))
    body = "\n".join(body_lines[skip:]).rstrip()
    return Item(title=lines[title_index].strip(), body=body, id=source, source=source,
                meta={"title_line": title_index + 1, "body_line": title_index + 2 + skip})


def item_from_markdown(text: str, source: str) -> Item:
    """The first ``# `` heading is the title; other lines, without Markdown marks, the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    heading = next((i for i, line in enumerate(lines) if re.match(r"#\s+\S", line)), None)
    if heading is None:
        return item_from_text(text, source)
    # Keep one body line per source line so line numbers stay true; strip only list/quote marks.
    body_lines = [re.sub(r"^\s*(?:[-*+]\s+|>\s?|#{2,6}\s+)", "", line) for line in lines[heading + 1:]]
    skip = next((i for i, line in enumerate(body_lines) if line.strip()), len(body_lines))
    body = "\n".join(body_lines[skip:]).rstrip()
    title = re.sub(r"^#\s+", "", lines[heading]).strip()
    return Item(title=title, body=body, id=source, source=source,
                meta={"title_line": heading + 1, "body_line": heading + 2 + skip})


class DocxError(ValueError):
    pass


def item_from_docx(data: bytes, source: str) -> Item:
    """Title: the Title/Heading 1 paragraph, else the first non-empty one; the rest is the body."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocxError(f"不是有效的 .docx 文件（{type(exc).__name__}）") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a broken file in any shape
        raise DocxError(f"无法打开 .docx 文件（{type(exc).__name__}）") from None
    paragraphs = [(p.text.strip(), (p.style.name if p.style is not None else "") or "") for p in document.paragraphs]
    paragraphs = [(text, style) for text, style in paragraphs if text]
    if not paragraphs:
        raise DocxError("文档里没有文字")
    title_at = next((i for i, (_, style) in enumerate(paragraphs) if style in ("Title", "Heading 1", "标题", "标题 1")), 0)
    title = paragraphs[title_at][0]
    body = "\n".join(text for i, (text, _) in enumerate(paragraphs) if i != title_at)
    return Item(title=title, body=body, id=source, source=source)
