"""Model files: plain JSON (no pickle), stamped with a format name and version so that a file from
an incompatible version is refused with a message instead of misbehaving."""
from __future__ import annotations

import json
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
