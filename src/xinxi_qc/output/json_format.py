from __future__ import annotations

from typing import Iterable

from ..model import SCHEMA, InputError, ItemResult


def json_document(results: Iterable[ItemResult], errors: Iterable[InputError] = ()) -> dict:
    """The ``xinxi-qc/1`` document: add fields, never rename them."""
    return {"schema": SCHEMA, "items": [r.to_dict() for r in results], "errors": [e.to_dict() for e in errors]}
