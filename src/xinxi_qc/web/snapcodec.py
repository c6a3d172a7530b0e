"""JSON for the report results the web form stores between restarts (snapshots.py).

Values are the workflow's frozen dataclasses (a 通报, points), dates, SVG charts (``Markup``),
tuples and dicts with any keys. Each is written with a tag; reading rebuilds only the dataclasses
of the modules listed in ``ALLOWED_MODULES`` — never arbitrary code, unlike pickle, so a row
written into the database by someone else cannot run anything.
"""
from __future__ import annotations

import dataclasses
import importlib
import json
from datetime import date, datetime
from typing import Any

from markupsafe import Markup

ALLOWED_MODULES = ("xinxi_qc.workflow.reports", "xinxi_qc.workflow.levels", "xinxi_qc.workflow.points")


class SnapshotFormatError(ValueError):
    """A stored value that cannot be read back (written by another version, or damaged)."""


def dumps(value: Any) -> str:
    return json.dumps(_enc(value), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    try:
        return _dec(json.loads(text))
    except SnapshotFormatError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, ImportError) as exc:
        raise SnapshotFormatError(str(exc)) from None


def _enc(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, float)):
        return v
    if isinstance(v, Markup):
        return {"m": str(v)}
    if isinstance(v, str):
        return v
    if isinstance(v, datetime):
        return {"dt": v.isoformat()}
    if isinstance(v, date):
        return {"d": v.isoformat()}
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        cls = type(v)
        if cls.__module__ not in ALLOWED_MODULES:
            raise TypeError(f"不能保存的类型：{cls.__module__}.{cls.__qualname__}")
        return {"c": f"{cls.__module__}:{cls.__qualname__}",
                "f": {f.name: _enc(getattr(v, f.name)) for f in dataclasses.fields(v)}}
    if isinstance(v, tuple):
        return {"t": [_enc(x) for x in v]}
    if isinstance(v, (list, set, frozenset)):
        return [_enc(x) for x in (sorted(v) if isinstance(v, (set, frozenset)) else v)]
    if isinstance(v, dict):
        return {"k": [[_enc(k), _enc(x)] for k, x in v.items()]}
    raise TypeError(f"不能保存的类型：{type(v).__name__}")


def _dec(v: Any) -> Any:
    if isinstance(v, list):
        return [_dec(x) for x in v]
    if not isinstance(v, dict):
        return v
    if "m" in v:
        return Markup(v["m"])
    if "dt" in v:
        return datetime.fromisoformat(v["dt"])
    if "d" in v:
        return date.fromisoformat(v["d"])
    if "t" in v:
        return tuple(_dec(x) for x in v["t"])
    if "k" in v:
        return {_freeze(_dec(k)): _dec(x) for k, x in v["k"]}
    if "c" in v:
        module, _, name = v["c"].partition(":")
        if module not in ALLOWED_MODULES:
            raise SnapshotFormatError(f"不允许的类型：{v['c']}")
        cls = getattr(importlib.import_module(module), name)
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise SnapshotFormatError(f"不是数据类：{v['c']}")
        fields = {k: _dec(x) for k, x in v["f"].items()}
        if set(fields) != {f.name for f in dataclasses.fields(cls)}:
            raise SnapshotFormatError(f"字段不符：{v['c']}")
        return cls(**fields)
    raise SnapshotFormatError("无法识别的值")


def _freeze(k: Any) -> Any:
    return tuple(k) if isinstance(k, list) else k
