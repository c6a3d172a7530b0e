"""Stock-phrase (套话) list: parsing is pure; locating the lead's lexicon file is the only I/O."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

LEXICON_NAME = "cliches.txt"


def parse_phrases(text: str) -> list[str]:
    """One phrase per line; blank lines, ``#`` comments and ``[kind]`` section headers ignored."""
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not (line.startswith("[") and line.endswith("]")):
            out.append(line)
    return out


def lexicon_path() -> Path | None:
    """corpus/lexicons/cliches.txt in a checkout, else the copy packaged as xinxi_qc/_data/lexicons."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "corpus" / "lexicons" / LEXICON_NAME
        if cand.is_file():
            return cand
    try:
        packaged = resources.files("xinxi_qc") / "_data" / "lexicons" / LEXICON_NAME
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return None


def load_stock_phrases(path: str | Path | None = None) -> list[str]:
    """The stock phrases from ``path`` or the default lexicon; empty if none is installed."""
    p = Path(path) if path else lexicon_path()
    if p is None or not p.is_file():
        return []
    return parse_phrases(p.read_text(encoding="utf-8-sig"))
