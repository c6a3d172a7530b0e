"""Built-in rules, data rules and plugin rules share one shape (:class:`base.Rule`)."""
from .evidence import EmptyClaim, NoExamples, NoFigures
from .sensitive import Sensitive
from .style import Cliche, Length, LongSentence, Typography
from .substance import DynamicOnly
from .timeliness import Late
from .title import TitleLength, TitleMismatch, TitleVague


def builtin_rules() -> list:
    """Fresh instances of every built-in rule, in reporting order."""
    return [TitleMismatch(), TitleVague(), TitleLength(), NoFigures(), NoExamples(), EmptyClaim(), Cliche(),
            DynamicOnly(), LongSentence(), Late(), Sensitive(), Typography(), Length()]


__all__ = ["builtin_rules"]
