"""Cross-document checks: passages shared between items of different units (boilerplate) and
resubmissions by the same unit (duplicate-submission), with a persisted MinHash/LSH index."""
from .api import cross_findings, open_archive
from .findings import BOILERPLATE, DUPLICATE
from .index import SegmentIndex
from .params import Params
from .sources import ArchiveError, ArchiveSource, ItemsSource, PathSource
from .store import add_to_index, build_index, is_index_file, load_index

__all__ = ["cross_findings", "open_archive", "BOILERPLATE", "DUPLICATE", "SegmentIndex", "Params",
           "ArchiveError", "ArchiveSource", "ItemsSource", "PathSource", "add_to_index", "build_index",
           "is_index_file", "load_index"]
