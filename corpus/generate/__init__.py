"""Deterministic generator of the labelled 政务信息 corpus (corpus/items.jsonl).

Run from the repository root: ``python -m corpus.generate``. See corpus/DATASHEET.md.
"""
