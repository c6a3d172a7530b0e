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


def config_fingerprint(config: Any, config_path: str | None = None) -> str:
    """Fingerprint of the effective configuration plus the checker code."""
    fp = getattr(config, "fingerprint", None)
    if callable(fp):
        described = str(fp())
    else:
        try:
            described = _stable_json(config)
        except (TypeError, ValueError, RecursionError):
            described = _ADDRESS.sub("", repr(config))
    h = hashlib.sha256()
    h.update(described.encode())
    if config_path:
        h.update(Path(config_path).read_bytes())
    h.update(code_fingerprint().encode())
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
