"""Tunable thresholds of cross-document matching (one object so an index records what built it)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Params:
    num_perm: int = 30          # MinHash permutations per segment
    rows: int = 3               # rows per LSH band (bands = num_perm / rows)
    seed: int = 1
    min_segment_chars: int = 8  # segments with less substance (after stock phrases, dates) are ignored
    segment_sim: float = 0.75   # Dice of bigram sets for two segments to count as the same sentence
    max_gap: int = 1            # unmatched segments tolerated inside one passage (inserted sentences)
    min_passage_chars: int = 30
    single_segment_chars: int = 120  # a one-sentence passage needs this much substance ...
    single_segment_sim: float = 0.9  # ... and this similarity
    frame_segments: int = 2     # this many such sentences apart (an opening and a closing around a unit's
                                # own text), each of min_passage_chars and single_segment_sim, make a frame; 0 = off
    common_bucket: int = 5      # a sentence whose LSH buckets (median over bands) hold this many entries ...
    common_short_chars: int = 25  # ... and that is this short is formulaic (近日，××局召开××会) and adds no substance
    dup_coverage_max: float = 0.8    # near-duplicate items: one covered this much ...
    dup_coverage_min: float = 0.5    # ... and the other at least this much
    title_sim: float = 0.8
    max_aligned: int = 12       # candidate items aligned exactly per query
    min_hits: int = 2           # (sentence, band) bucket hits a candidate needs to be aligned
    min_shared_segments: int = 2   # ... from this many different sentences of the query, unless one
                                   # of them is long enough for a one-sentence passage (single_segment_chars)
    bucket_cap: int = 200       # larger LSH buckets (template sentences going round) give no pairwise
                                # candidates: their entries are checked against one representative
    cluster_min: int = 50       # a passage in more items than this (LSH buckets that full) is a template cluster
    template_min_units: int = 3

    @property
    def cluster_size(self) -> int:
        """Copies above which a passage is a template cluster: ``cluster_min``, never above
        ``bucket_cap`` (copies in fuller buckets are not paired, so only a cluster finds them)."""
        return min(self.cluster_min, self.bucket_cap)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Params":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})
