"""``cross_findings``: what ``xinxi-qc check --against`` calls."""
from __future__ import annotations

from typing import Sequence

from ..model import Finding, Item
from .archive_templates import archive_template_refs
from .clusters import ClusterRef, cluster_refs, template_clusters
from .findings import build_findings
from .index import SegmentIndex
from .lexicon import load_stock_phrases
from .params import Params
from .settings import query_params, read_overrides
from .sources import ArchiveError, ArchiveSource, PathSource, SubmissionsSource, is_submissions_db
from .store import IndexFileError, is_index_file, load_index


def open_archive(against: "str | ArchiveSource | SegmentIndex", params: Params | None = None,
                 stock_phrases: Sequence[str] | None = None) -> SegmentIndex:
    """An index for ``against``: an index file is loaded as built; anything else is read and
    indexed in memory with ``params`` and ``stock_phrases`` (default: the stock-phrase lexicon)."""
    if isinstance(against, SegmentIndex):
        return against
    if isinstance(against, str) and is_index_file(against):
        try:
            return load_index(against)
        except IndexFileError as exc:
            raise ArchiveError(str(exc)) from None
    if isinstance(against, str):
        source = SubmissionsSource(against) if is_submissions_db(against) else PathSource([against])
    else:
        source = against
    index = SegmentIndex(params or Params(), load_stock_phrases() if stock_phrases is None else stock_phrases)
    index.add(source.items())
    return index


def cross_findings(items: Sequence[Item], against: "str | ArchiveSource | SegmentIndex | None" = None,
                   params: Params | None = None,
                   stock_phrases: Sequence[str] | None = None, *,
                   config_path: "str | None" = None) -> list[list[Finding]]:
    """One list of findings per item: passages shared with the archive and with the other items.

    Without ``params`` the thresholds come from the ``[crossdoc]`` table of ``config_path`` (or
    ./xinxi-qc.toml when present), else the defaults.  When ``against`` is a persisted index its
    own parameters and stock phrases are used for the whole call (the file's query thresholds
    applied on top), so results do not depend on whether items are checked together or one by
    one.  A passage that more than ``bucket_cap`` of the items share is a template cluster
    (:mod:`.clusters`): each copy gets one finding naming the cluster.  Archive entries with the same id as a checked item are that item itself and are skipped.
    """
    overrides = read_overrides(config_path) if params is None else {}
    if params is None:
        params = Params(**overrides)
    archive = open_archive(against, params, stock_phrases) if against is not None else None
    if archive is not None:
        if overrides:
            archive = archive.with_params(query_params(archive.params, overrides))
        params, phrases = archive.params, archive.stock_phrases
    else:
        phrases = load_stock_phrases() if stock_phrases is None else stock_phrases
    within: list[list] = [[] for _ in items]
    refs: dict = {}
    if len(items) > 1:
        batch = SegmentIndex(params, phrases)
        batch.add(items)
        within = batch.matches_all(formulaic_from=archive)
        # a passage in more items than an LSH bucket pairs up: one template cluster, each copy pointing at it
        refs = cluster_refs(batch, template_clusters(batch))
    out = []
    for pos, item in enumerate(items):
        matches = []
        own_refs = list(refs.get(pos, ()))
        if archive is not None:
            found, archived = _archive_matches(archive, item)
            matches += found
            own_refs += archived
        matches += [(o, m) for _, o, m in within[pos]]
        out.append(build_findings(item, matches, params, own_refs))
    return out


def _archive_matches(archive: SegmentIndex, item: Item) -> "tuple[list, list[ClusterRef]]":
    """Pairwise matches of ``item`` in the archive (the item itself, by id, skipped), and the
    archive's template passage it carries, if any (:mod:`.archive_templates`)."""
    prepared, qkeys, seg_of_row = archive.query(item)
    bounds = archive.bucket_bounds(qkeys) if len(qkeys) and len(archive) else None
    found = archive._matches(prepared, qkeys, seg_of_row, set(), item.id, None, bounds)
    formulaic = archive.formulaic(prepared, qkeys, seg_of_row, bounds) if bounds is not None else frozenset()
    refs = archive_template_refs(archive, item, prepared, qkeys, seg_of_row, bounds, formulaic)
    return [(o, m) for _, o, m in found], refs
