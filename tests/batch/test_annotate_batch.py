"""``batch --annotate DIR``: an annotated copy of every document input, mirrored under DIR."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from click.testing import CliRunner

from xinxi_qc.batch.runner import BatchError, BatchOptions, run_batch
from xinxi_qc.batch.walk import iter_archive
from xinxi_qc.cli import main
from xinxi_qc.cli.check import check_all
from xinxi_qc.config import load_config
from xinxi_qc.model import Item
from xinxi_qc.output.docx_annotate import is_whole_item

# The archive's readable single documents (conftest.build_archive); broken and empty ones have no copy.
DOCUMENTS = ("城建局/1.txt", "城建局/2.md", "城建局/会议.txt", "交通局/3.txt", "交通局/会议.docx")


def _comments(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/comments.xml").decode("utf-8")
    return re.findall(r'<w:comment [^>]*w:author="xinxi-qc"[^>]*w:date="([^"]+)"', xml)


def _annotated(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*.docx")}


def test_every_document_gets_a_mirrored_annotated_copy(archive, tmp_path):
    root, _ = archive
    ann = tmp_path / "批注"
    summary = run_batch(BatchOptions(paths=[str(root)], out=tmp_path / "report", workers=1, engine="local",
                                     progress=False, reports=False, annotate=ann, today=None))
    expected = {re.sub(r"\.(txt|md|docx)$", ".批注.docx", name) for name in DOCUMENTS}
    assert _annotated(ann) == expected and summary.annotated == len(expected)
    # each copy holds one comment per span finding plus the summary: what check --annotate writes,
    # the passage it shares with 城建局's copy of the template included (the items batch compares)
    config = load_config(None).dated(None)
    source = root / "交通局" / "会议.docx"
    items = [e for e in iter_archive([str(root)]) if isinstance(e, Item)]
    (result,) = [r for r in check_all(items, config, []) if r.item.source == str(source)]
    assert "boilerplate" in {f.rule for f in result.findings}
    dates = _comments(ann / "交通局" / "会议.批注.docx")
    assert len(dates) == 1 + sum(1 for f in result.findings if not is_whole_item(f))
    assert set(dates) == {f"{config.today.isoformat()}T00:00:00Z"}   # stamped with the batch's day


def test_a_rerun_from_the_cache_writes_the_same_comments(archive, tmp_path):
    root, _ = archive
    ann = tmp_path / "ann"
    opts = dict(paths=[str(root)], out=tmp_path / "report", workers=1, progress=False, reports=False, annotate=ann)
    run_batch(BatchOptions(**opts))
    first = {name: _comment_xml(ann / name) for name in _annotated(ann)}
    summary = run_batch(BatchOptions(**opts))
    assert summary.cache_hits > 0 and summary.checked == 0
    assert {name: _comment_xml(ann / name) for name in _annotated(ann)} == first


def _comment_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read("word/comments.xml") + package.read("word/document.xml")


def test_annotate_dir_inside_the_archive_is_refused(archive, tmp_path):
    root, _ = archive
    try:
        run_batch(BatchOptions(paths=[str(root)], out=tmp_path / "r", workers=1, progress=False, reports=False,
                               annotate=root / "批注"))
    except BatchError as exc:
        assert "不能放在被检查的目录" in str(exc)
    else:
        raise AssertionError("expected BatchError")
    assert not (root / "批注").exists()


def test_batch_cli_annotate(tmp_path):
    (tmp_path / "a").mkdir()
    document = docx.Document()
    document.add_heading("青川县多措并举推进食品安全工作", 1)
    document.add_paragraph("青川县高度重视食品安全工作，精心组织、周密部署，狠抓落实，取得明显成效。")
    document.save(tmp_path / "a" / "稿件.docx")
    original = (tmp_path / "a" / "稿件.docx").read_bytes()
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a"), "--out", str(tmp_path / "r"), "--workers", "1",
                                       "--no-progress", "--annotate", str(tmp_path / "ann")])
    assert result.exit_code == 0, result.output
    assert "批注稿：1 篇" in result.output
    copy = tmp_path / "ann" / "稿件.批注.docx"
    assert (tmp_path / "a" / "稿件.docx").read_bytes() == original
    annotated = docx.Document(io.BytesIO(copy.read_bytes()))
    assert [p.text for p in annotated.paragraphs] == [p.text for p in docx.Document(tmp_path / "a" / "稿件.docx").paragraphs]
    assert len(_comments(copy)) >= 5
    bad = CliRunner().invoke(main, ["batch", str(tmp_path / "a"), "--out", str(tmp_path / "r2"), "--workers", "1",
                                    "--no-progress", "--annotate", str(tmp_path / "a" / "ann")])
    assert bad.exit_code == 2 and len(bad.output.strip().splitlines()) == 1
