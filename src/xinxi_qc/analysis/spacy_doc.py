"""Hand an analysed item to spaCy: a ``Doc`` of jieba words with the checker's spans attached.

spaCy stays off the checking hot path (importing it alone costs about as much as the whole
cold start budget); this bridge is for Python users who continue with spaCy pipelines, e.g.
``to_spacy(result, config).spans["findings"]``.
"""
from __future__ import annotations

from ..config import Config
from ..model import ItemResult
from .document import Document


def to_spacy(result: ItemResult, config: Config, field: str = "body"):
    """A spaCy Doc of ``field`` with span groups ``figures``, ``named``, ``sentences``, ``findings``."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    analysed = Document(result.item, config.lexicons, config.segmenter, config.today)
    text = analysed.text(field)
    words = [w for w, _, _ in config.segmenter.cut(text)] if text else []
    doc = Doc(Vocab(), words=words, spaces=[False] * len(words))
    figures = analysed.figures if field == "body" else analysed.title_figures
    named = analysed.named if field == "body" else analysed.title_named
    groups = {
        "figures": [(s.start, s.end, s.kind) for s in figures],
        "named": [(s.start, s.end, s.kind) for s in named],
        "sentences": [(s.start, s.end, "sentence") for s in analysed.sentences] if field == "body" else [],
        "findings": [(f.start, f.end, f.rule) for f in result.findings if f.field == field and f.end > f.start],
    }
    for name, spans in groups.items():
        doc.spans[name] = [span for start, end, label in spans
                           if (span := doc.char_span(start, end, label=label, alignment_mode="expand")) is not None]
    return doc
