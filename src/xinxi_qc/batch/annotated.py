"""``batch --annotate DIR``: an annotated copy of every .docx/.txt/.md input, mirrored under DIR.

Written in the parent process as each item's row is written, in archive order (with
``--near-dup crossdoc`` after the cross-item comparison, its findings included): the item is
checked once more there (``check_item`` is deterministic, so the comments are exactly those
``check --annotate`` writes, whether the batch's record came from a worker or from the cache),
and its comments are dated on the batch's reference day, so a rerun writes the same comments.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from xinxi_qc.model import Finding, Item
from xinxi_qc.output.annotated_files import annotatable, write_annotated
from xinxi_qc.output.docx_annotate import ANNOTATED_SUFFIX, AnnotateError


class AnnotationPlanError(ValueError):
    """``--annotate DIR`` cannot be used as given (message in Chinese)."""


class Annotations:
    def __init__(self, out_dir: Path, roots: list[str], config: Any) -> None:
        self.out_dir = Path(out_dir)
        self.roots = [Path(r) for r in roots if r != "-"]
        self.config = config
        self.when = datetime(config.today.year, config.today.month, config.today.day, tzinfo=timezone.utc)
        self.written = 0
        self.notes: list[str] = []
        self._targets: set[Path] = set()
        for root in self.roots:
            if root.is_dir() and _inside(self.out_dir, root):
                raise AnnotationPlanError(f"批注目录 {self.out_dir} 不能放在被检查的目录 {root} 里"
                                          "（下次检查会把批注稿当作稿件读入）")

    def target(self, source: str) -> Path | None:
        """DIR/<path relative to its archive root>, named ``原名.批注.docx``; None when outside every root."""
        path = Path(source)
        for root in self.roots:
            if root.is_dir():
                try:
                    rel = path.relative_to(root)
                except ValueError:
                    continue
            elif path == root:
                rel = Path(path.name)
            else:
                continue
            prefix = Path(root.resolve().name) if len(self.roots) > 1 else Path()
            return self.out_dir / prefix / rel.with_name(rel.stem + ANNOTATED_SUFFIX)
        return None

    def add(self, item: Item, extra: Sequence[Finding] = ()) -> None:
        """Write the annotated copy of one settled item (records of JSONL/CSV files are not documents);
        ``extra``: its cross-item findings (copied passages), commented as ``check --annotate`` does."""
        from xinxi_qc.engine import check_item

        if not annotatable(item.source):
            return
        target = self.target(item.source)
        if target is None:
            return
        if target in self._targets:
            self.notes.append(f"批注稿 {target} 重名，{item.source} 未写批注稿")
            return
        self._targets.add(target)
        try:
            write_annotated(Path(item.source), target, check_item(item, self.config, extra_findings=extra), self.when)
        except AnnotateError as exc:
            self.notes.append(f"{item.source}：未写批注稿（{exc}）")
            return
        except Exception as exc:  # noqa: BLE001 - one document must not stop the batch
            self.notes.append(f"{item.source}：未写批注稿（{type(exc).__name__}: {exc}）")
            return
        self.written += 1


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except (ValueError, OSError):
        return False
