"""A transparent cue-counting classifier: the fallback when no trained model is available, and a
source of features for the trained one."""
from __future__ import annotations

import math
import re

from ..analysis.document import Document
from ..model import TYPE_LABELS, TypeGuess

_ENUM = re.compile(r"[一二三四五六七八九十]是|第[一二三四五六七八九十]|（[一二三四五六七八九十]）")
_SUGGEST = re.compile(r"建议|对策|意见建议|下一步.{0,4}(应|要|需)")
_EXPERIENCE = re.compile(r"做法|经验|模式|机制|探索|创新|推行|打造")
_PERIOD = re.compile(r"\d{1,2}[-—至]\d{1,2}月|[一二三四]季度|上半年|全年|前三季度|截至")


def cue_features(doc: Document) -> dict[str, float]:
    """Per-100-character rates of each cue family, plus a few structure counts."""
    text = doc.title + "\n" + doc.body
    scale = 100 / max(len(text), 50)
    counts = doc.lexicons.cue_counts(text)
    return {
        **{family: n * scale for family, n in counts.items()},
        "enumeration": len(_ENUM.findall(text)) * scale,
        "suggestion": len(_SUGGEST.findall(text)) * scale,
        "experience_words": len(_EXPERIENCE.findall(text)) * scale,
        "period": len(_PERIOD.findall(text)) * scale,
        "figures": len(doc.figures) * scale,
        "length_k": len(doc.body) / 1000,
    }


class CueClassifier:
    name = "cues"

    def classify(self, doc: Document) -> TypeGuess:
        f = cue_features(doc)
        raw = {
            "dynamic": 1.6 * f["activity"] + 0.8 * max(0.0, 0.6 - f["length_k"]),
            "experience": 1.0 * f["practice"] + 1.2 * f["experience_words"] + 0.5 * f["result"] + 0.4 * f["enumeration"],
            "problem": 1.4 * f["problem"] + 2.0 * f["suggestion"] + 0.3 * f["enumeration"],
            "comprehensive": 1.0 * f["comprehensive"] + 0.6 * f["figures"] + 1.5 * f["period"],
        }
        top = max(raw.values())
        exp = {k: math.exp(2.0 * (v - top)) for k, v in raw.items()}
        total = sum(exp.values())
        probs = {k: exp[k] / total for k in TYPE_LABELS}
        label = max(probs, key=probs.get)
        return TypeGuess(label, probs[label], probs)
