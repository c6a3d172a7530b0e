from __future__ import annotations

import json
from json.encoder import encode_basestring   # the C string encoder json.dumps(ensure_ascii=False) uses
from typing import Any, Iterable

from ..model import SCHEMA, InputError, ItemResult


def json_document(results: Iterable[ItemResult], errors: Iterable[InputError] = ()) -> dict:
    """The ``xinxi-qc/1`` document: add fields, never rename them.  ``clusters`` (template
    passages copied by many units, see crossdoc.clusters) only when the findings name some."""
    items = [r.to_dict() for r in results]
    doc = {"schema": SCHEMA, "items": items, "errors": [e.to_dict() for e in errors]}
    if any("cluster_id" in f.get("extra", ()) for it in items for f in it["findings"]):
        from ..crossdoc.findings import cluster_summaries   # only then: crossdoc loads numpy

        doc["clusters"] = cluster_summaries(items)
    return doc


def dumps_indented(obj: Any) -> str:
    """Exactly ``json.dumps(obj, ensure_ascii=False, indent=2)``, about twice as fast: the standard
    library falls back to its pure-Python encoder whenever ``indent`` is set, one generator per level."""
    out: list[str] = []
    _write(obj, out, "\n")
    return "".join(out)


def _write(o: Any, out: list[str], newline: str) -> None:
    if isinstance(o, str):
        out.append(encode_basestring(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float(o))
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for value in o:
            out.append(separator)
            separator = "," + inner
            _write(value, out, inner)
        out.append(newline + "]")
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, value in o.items():
            out.append(separator + encode_basestring(_key(key)) + ": ")
            separator = "," + inner
            _write(value, out, inner)
        out.append(newline + "}")
    else:
        out.append(json.dumps(o, ensure_ascii=False, indent=2))   # raises TypeError as json.dumps would


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == float("inf"):
        return "Infinity"
    if o == -float("inf"):
        return "-Infinity"
    return float.__repr__(o)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
