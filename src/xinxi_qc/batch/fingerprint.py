"""Cache keys: what an item's result depends on (its content, the configuration, the checker code)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from xinxi_qc.model import Item

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if hasattr(value, "__dict__"):
        return {k: v for k, v in vars(value).items() if not k.startswith("_")}
    # Object reprs carry memory addresses, which would change the key on every run.
    return _ADDRESS.sub("", repr(value))


def _stable_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_default, separators=(",", ":"))


def code_fingerprint(root: Path = _PACKAGE_ROOT) -> str:
    """Hash of the checker's own source and data, so a changed rule invalidates cached results."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".py", ".txt", ".toml", ".json", ".yaml", ".yml", ".csv"}:
            continue
        if "__pycache__" in path.parts or not path.is_file():
            continue
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _dir_fingerprint(path: Path) -> str:
    h = hashlib.sha256()
    if path.is_dir():
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            h.update(str(f.relative_to(path)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _safe(value: Any) -> str:
    try:
        return _stable_json(value)
    except (TypeError, ValueError, RecursionError):
        return _ADDRESS.sub("", repr(value))


def describe_config(config: Any) -> str:
    """The parts of a configuration that decide results (rule settings, scoring, rules, dates)."""
    fp = getattr(config, "fingerprint", None)
    if callable(fp):
        return str(fp())
    if not hasattr(config, "settings"):
        return _safe(config)
    parts = {name: _safe(getattr(config, name, None)) for name in ("settings", "scoring", "today", "source")}
    parts["rules"] = [
        f"{type(r).__module__}.{type(r).__qualname__}:{getattr(r, 'id', '')}:{_safe(r)}"
        for r in getattr(config, "rules", ())
    ]
    return _stable_json(parts)


def config_fingerprint(config: Any, config_path: str | None = None) -> str:
    """Fingerprint of the effective configuration, the checker code and its shipped data."""
    from xinxi_qc.resources import data_dir

    h = hashlib.sha256()
    h.update(describe_config(config).encode())
    source = config_path or getattr(config, "source", None)
    if source and Path(source).is_file():
        h.update(Path(source).read_bytes())
    h.update(code_fingerprint().encode())
    for name in ("lexicons", "models"):
        h.update(_dir_fingerprint(data_dir(name)).encode())
    return h.hexdigest()


def item_content(item: Item) -> str:
    """Everything of an item the checker can see, except where it was read from."""
    return _stable_json(
        {
            "title": item.title,
            "body": item.body,
            "id": item.id,
            "unit": item.unit,
            "event_date": item.event_date,
            "submitted": item.submitted,
            "meta": dict(item.meta or {}),
        }
    )


def item_key(config_fp: str, item: Item) -> bytes:
    h = hashlib.blake2b(digest_size=20)
    h.update(config_fp.encode())
    h.update(b"\0")
    h.update(item_content(item).encode())
    return h.digest()
