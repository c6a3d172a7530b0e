"""Model files: plain JSON (no pickle), stamped with a format name and version so that a file from
an incompatible version is refused with a message instead of misbehaving."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1


class ModelFileError(ValueError):
    pass


def save_model(path: Path, kind: str, payload: dict[str, Any]) -> None:
    document = {"format": f"xinxi-qc/{kind}", "format_version": FORMAT_VERSION, **payload}
    path.write_text(json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")


def load_model(path: Path, kind: str) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"{path}: 模型文件无法读取（{exc}）；请运行 xinxi-qc train 重新生成") from None
    if not isinstance(document, dict) or document.get("format") != f"xinxi-qc/{kind}":
        raise ModelFileError(f"{path}: 不是 {kind} 模型文件")
    if document.get("format_version") != FORMAT_VERSION:
        raise ModelFileError(f"{path}: 模型格式版本 {document.get('format_version')} 与本程序（{FORMAT_VERSION}）不兼容；"
                             "请运行 xinxi-qc train 重新生成")
    return document


def rounded(values, digits: int = 6):
    """Floats rounded so the saved model is identical across BLAS builds."""
    if isinstance(values, (list, tuple)):
        return [rounded(v, digits) for v in values]
    return float(round(float(values), digits))


# ---------------------------------------------------------------------------------------------
# Validation of a loaded document: a well-formed file with wrong shapes, non-finite numbers or
# unknown labels is refused at load time (ModelFileError with the problem in Chinese), so the
# checker falls back instead of crashing on every item or printing NaN.

_REQUIRED = object()


def field(document: dict[str, Any], key: str) -> Any:
    if key not in document:
        raise ModelFileError(f"缺少字段 {key}")
    return document[key]


def number(document: dict[str, Any], key: str, *, low: float | None = None, high: float | None = None,
           positive: bool = False, default: Any = _REQUIRED) -> float:
    """A finite number (not a boolean), within [low, high], > 0 when ``positive``; ``default`` when
    the field is absent (without one the field is required)."""
    value = field(document, key) if default is _REQUIRED else document.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ModelFileError(f"{key} 应为有限的数，实为 {show(value)}")
    if (low is not None and value < low) or (high is not None and value > high) or (positive and value <= 0):
        if positive:
            bounds = "大于 0"
        elif low is not None and high is not None:
            bounds = f"在 [{low:g}, {high:g}] 之内"
        else:
            bounds = f"不小于 {low:g}" if low is not None else f"不大于 {high:g}"
        raise ModelFileError(f"{key} 应{bounds}，实为 {value}")
    return float(value)


def numbers(document: dict[str, Any], key: str, length: int | None = None, *, positive: bool = False) -> list:
    """A list of finite numbers, of ``length`` when given."""
    values = field(document, key)
    if not isinstance(values, list):
        raise ModelFileError(f"{key} 应为数的列表")
    if length is not None and len(values) != length:
        raise ModelFileError(f"{key} 的长度应为 {length}，实为 {len(values)}")
    _finite(values, key, positive)
    return values


def matrix(document: dict[str, Any], key: str, rows: int, columns: int) -> list:
    """A ``rows`` × ``columns`` list of lists of finite numbers."""
    values = field(document, key)
    if not isinstance(values, list) or len(values) != rows:
        raise ModelFileError(f"{key} 的行数应为 {rows}，实为 {len(values) if isinstance(values, list) else show(values)}")
    for i, row in enumerate(values):
        if not isinstance(row, list) or len(row) != columns:
            got = len(row) if isinstance(row, list) else show(row)
            raise ModelFileError(f"{key} 第 {i + 1} 行的长度应为 {columns}，实为 {got}")
        _finite(row, key, False)
    return values


def strings(document: dict[str, Any], key: str, length: int | None = None) -> list:
    values = field(document, key)
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise ModelFileError(f"{key} 应为非空字符串的列表")
    if length is not None and len(values) != length:
        raise ModelFileError(f"{key} 的长度应为 {length}，实为 {len(values)}")
    return values


def paired(document: dict[str, Any], words_key: str, idf_key: str) -> tuple[list, list]:
    """A vocabulary and its idf, of equal lengths, the idf finite and positive."""
    grams = strings(document, words_key)
    idf = field(document, idf_key)
    if not isinstance(idf, list) or len(idf) != len(grams):
        got = len(idf) if isinstance(idf, list) else show(idf)
        raise ModelFileError(f"{idf_key} 的长度（{got}）与 {words_key}（{len(grams)}）不一致")
    _finite(idf, idf_key, True)
    return grams, idf


def _finite(values: list, key: str, positive: bool) -> None:
    # Fast path (a model holds ~10⁵ numbers): only ints and floats, a finite sum, a positive minimum.
    if set(map(type, values)) <= {int, float} and math.isfinite(sum(values)) \
            and (not positive or not values or min(values) > 0):
        return
    for v in values:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise ModelFileError(f"{key} 含非有限的值或非数：{show(v)}")
        if positive and v <= 0:
            raise ModelFileError(f"{key} 的值应大于 0，实为 {v}")


def show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
