"""Where shipped data lives: inside the installed package (wheel), or in the source checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent


def data_dir(name: str) -> Path:
    """``lexicons`` or ``models``: the packaged copy if present, else the repository folder."""
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / ("corpus/lexicons" if name == "lexicons" else name)
