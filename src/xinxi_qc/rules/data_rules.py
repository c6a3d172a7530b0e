"""Rules written as data (TOML) by office staff: phrase lists, patterns and count bounds limited to
a scope, each with its own message, severity, suggestion and examples.

    [[rule]]
    id = "office-banned-terms"
    kind = "phrases"            # phrases | pattern | count
    scope = "body"              # title | body | item (both)
    phrases = ["圆满成功", "史无前例"]
    severity = "warning"
    message = "本办不采用的说法「{match}」。"
    suggestion = "改用平实的叙述。"
    flags = "……"   passes = "……"   # example body texts (optional title_flags/title_passes)

``kind = "count"`` flags the item once when the phrases occur more than ``max`` times.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from ..analysis.document import Document
from ..analysis.lexicons import PhraseSet
from ..model import Severity
from .base import Examples, RuleContext

_KINDS = ("phrases", "pattern", "count")
_SCOPES = {"title": ("title",), "body": ("body",), "item": ("title", "body")}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")


class DataRuleError(ValueError):
    pass


@dataclass
class DataRule:
    id: str
    kind: str
    fields: tuple[str, ...]
    matcher: PhraseSet | re.Pattern
    default_severity: Severity
    description: str
    message: str
    suggestion: str
    examples: Examples
    maximum: int = 0
    default_options: Mapping[str, Any] = None

    def __post_init__(self):
        self.default_options = {}

    def _matches(self, text: str):
        return self.matcher.finditer(text)

    def check(self, doc: Document, ctx: RuleContext):
        hits = [(field, m) for field in self.fields for m in self._matches(doc.text(field))]
        if self.kind == "count":
            if len(hits) > self.maximum:
                field, first = hits[0]
                yield ctx.finding(doc, field, first.start(), first.end(),
                                  self.message.format(match=first.group(), count=len(hits), max=self.maximum),
                                  self.suggestion, count=len(hits))
            return
        for field, m in hits:
            yield ctx.finding(doc, field, m.start(), m.end(), self.message.format(match=m.group()), self.suggestion)


def parse_data_rules(document: Mapping[str, Any], source: str) -> list[DataRule]:
    """Data rules from a parsed TOML document; a malformed entry raises DataRuleError naming it."""
    entries = document.get("rule", [])
    if not isinstance(entries, list):
        raise DataRuleError(f"{source}: [[rule]] 必须是表数组")
    rules = []
    for n, entry in enumerate(entries, 1):
        where = f"{source} 第{n}条规则"
        try:
            rules.append(_parse_one(entry, where))
        except (KeyError, TypeError) as exc:
            raise DataRuleError(f"{where}: 缺少或错误的字段 {exc}") from None
    return rules


def _parse_one(entry: Mapping[str, Any], where: str) -> DataRule:
    rule_id = entry["id"]
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise DataRuleError(f"{where}: id 只能用小写字母、数字和连字符，如 office-banned-terms")
    kind = entry.get("kind", "phrases")
    if kind not in _KINDS:
        raise DataRuleError(f"{where}: kind 只能是 {', '.join(_KINDS)}")
    scope = entry.get("scope", "item")
    if scope not in _SCOPES:
        raise DataRuleError(f"{where}: scope 只能是 title、body 或 item")
    if kind == "pattern":
        try:
            matcher = re.compile(entry["pattern"])
        except re.error as exc:
            raise DataRuleError(f"{where}: 正则表达式有误：{exc}") from None
    else:
        phrases = entry["phrases"]
        if not isinstance(phrases, list) or not phrases or not all(isinstance(p, str) and p for p in phrases):
            raise DataRuleError(f"{where}: phrases 必须是非空字符串列表")
        matcher = PhraseSet.of(phrases)
    try:
        severity = Severity.parse(entry.get("severity", "warning"))
    except ValueError as exc:
        raise DataRuleError(f"{where}: {exc}") from None
    message = entry.get("message", "「{match}」")
    return DataRule(
        id=rule_id,
        kind=kind,
        fields=_SCOPES[scope],
        matcher=matcher,
        default_severity=severity,
        description=entry.get("description", message.replace("{match}", "…")),
        message=message,
        suggestion=entry.get("suggestion", ""),
        examples=Examples(flags=(entry.get("title_flags", ""), entry.get("flags", "")),
                          passes=(entry.get("title_passes", ""), entry.get("passes", ""))),
        maximum=int(entry.get("max", 0)),
    )
