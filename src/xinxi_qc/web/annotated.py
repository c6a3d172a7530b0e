"""The annotated .docx a web request asks for (pre-check download, API): one place for the limit,
the file name and the download response."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from flask import current_app, send_file

from ..model import ItemResult
from ..output.docx_annotate import AnnotateError, annotate, annotate_text, annotated_name

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Word comments for 64,000 findings take 17 s (416k characters): beyond this many, one request
# would hold the server too long. The app setting ANNOTATE_MAX_FINDINGS overrides it.
ANNOTATE_MAX_FINDINGS = 20000

__all__ = ["AnnotateError", "DOCX_MIME", "annotated_docx", "download"]


def annotated_docx(result: ItemResult, uploaded: "tuple[bytes, str] | None") -> tuple[bytes, str]:
    """(the annotated .docx, its file name): the uploaded .docx with a comment on each finding, or
    a new .docx of the pasted (or .txt) text. Raises AnnotateError when the file cannot take them."""
    limit = int(current_app.config.get("ANNOTATE_MAX_FINDINGS", ANNOTATE_MAX_FINDINGS))
    if len(result.findings) > limit:
        raise AnnotateError(f"问题过多（{len(result.findings)} 处，超过 {limit} 处），"
                            "不生成批注稿；请分段检查、分段下载批注稿")
    if uploaded is not None:
        data, name = uploaded
        return annotate(data, name, result), annotated_name(Path(name).name).name
    return annotate_text(result), annotated_name("稿件.txt").name


def download(result: ItemResult, uploaded: "tuple[bytes, str] | None"):
    """The annotated .docx as a file download (raises AnnotateError as :func:`annotated_docx`)."""
    data, name = annotated_docx(result, uploaded)
    return send_file(BytesIO(data), mimetype=DOCX_MIME, as_attachment=True, download_name=name)
