"""Thresholds from the ``[crossdoc]`` table of xinxi-qc.toml (the file the CLI uses: ``--config``
or ./xinxi-qc.toml).  The lead's ``xinxi_qc.config`` owns the rest of that file; this module
reads only its own table, with a one-line error naming the file, the key and the problem.

    [crossdoc]
    segment_sim = 0.8          # any field of Params
    min_passage_chars = 40

``num_perm``, ``rows``, ``seed`` and ``min_segment_chars`` shape the LSH keys, so an index keeps
the values it was built with; the other thresholds apply to queries against it as well.
"""
from __future__ import annotations

import tomllib
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Mapping

from ..config import CONFIG_NAME, ConfigError
from .params import Params

TABLE = "crossdoc"
STRUCTURAL = frozenset({"num_perm", "rows", "seed", "min_segment_chars"})
# (smallest allowed value) for integer thresholds; every float threshold is a share in (0, 1]
_INT_MIN = {"num_perm": 1, "rows": 1, "seed": 0, "min_segment_chars": 1, "max_gap": 0, "frame_segments": 0, "min_passage_chars": 1,
            "single_segment_chars": 1, "common_bucket": 1, "common_short_chars": 0, "max_aligned": 1,
            "min_hits": 1, "min_shared_segments": 1, "bucket_cap": 1, "cluster_min": 1,
            "template_min_units": 1}
_FLOATS = frozenset(f.name for f in fields(Params) if f.type in ("float", float))


class CrossdocConfigError(ConfigError):
    """A bad ``[crossdoc]`` table; the message is one line."""


def config_file(path: str | Path | None = None, cwd: Path | None = None) -> Path | None:
    """The configuration file the CLI uses: ``path`` if given, else ./xinxi-qc.toml if present."""
    if path is not None:
        return Path(path)
    candidate = (cwd or Path.cwd()) / CONFIG_NAME
    return candidate if candidate.is_file() else None


def read_overrides(path: str | Path | None = None, cwd: Path | None = None) -> dict[str, Any]:
    """The validated ``[crossdoc]`` settings of the configuration file ({} without file or table)."""
    file = config_file(path, cwd)
    if file is None:
        return {}
    try:
        document = tomllib.loads(file.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CrossdocConfigError(f"{file}: 配置文件不存在") from None
    except OSError as exc:
        raise CrossdocConfigError(f"{file}: 无法读取配置文件：{exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CrossdocConfigError(f"{file}: 不是有效的 TOML：{exc}") from None
    table = document.get(TABLE, {})
    if not isinstance(table, Mapping):
        raise CrossdocConfigError(f"{file}: [{TABLE}] 应为一个表（如 [{TABLE}] 下写 segment_sim = 0.8）")
    return validate(table, str(file))


def validate(table: Mapping[str, Any], source: str = "(配置)") -> dict[str, Any]:
    where = f"{source}: [{TABLE}]"
    known = [f.name for f in fields(Params)]
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise CrossdocConfigError(f"{where} 不认识的键：{', '.join(unknown)}（可用：{', '.join(known)}）")
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key in _FLOATS:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
                raise CrossdocConfigError(f"{where} {key} 应为大于 0、不超过 1 的数，现为 {value!r}")
            out[key] = float(value)
        else:
            low = _INT_MIN[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise CrossdocConfigError(f"{where} {key} 应为不小于 {low} 的整数，现为 {value!r}")
            out[key] = value
    merged = replace(Params(), **out)
    if merged.num_perm % merged.rows:
        raise CrossdocConfigError(f"{where} num_perm（{merged.num_perm}）应为 rows（{merged.rows}）的整数倍")
    if merged.dup_coverage_min > merged.dup_coverage_max:
        raise CrossdocConfigError(f"{where} dup_coverage_min（{merged.dup_coverage_min}）不应大于 "
                                  f"dup_coverage_max（{merged.dup_coverage_max}）")
    return out


def params_from_config(path: str | Path | None = None, cwd: Path | None = None) -> Params:
    """Params for building an index or an in-memory archive: defaults with the file's settings."""
    return replace(Params(), **read_overrides(path, cwd))


def query_params(built: Params, overrides: Mapping[str, Any]) -> Params:
    """An index's own parameters with the settings that do not change its keys applied."""
    query_only = {k: v for k, v in overrides.items() if k not in STRUCTURAL}
    merged = replace(built, **query_only)
    if merged.dup_coverage_min > merged.dup_coverage_max:
        raise CrossdocConfigError(f"[{TABLE}] dup_coverage_min（{merged.dup_coverage_min}）不应大于 "
                                  f"索引的 dup_coverage_max（{merged.dup_coverage_max}）")
    return merged
