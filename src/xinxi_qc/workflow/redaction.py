"""脱敏: removing personal data from every stored version of an item, audited.

Once submitted, a text stays in every version of the item (and in the diffs between them). An
editor can redact an item: in every version's title and body

- mobile numbers become ``138****5678``,
- resident ID numbers (18 digits, a real region and birth date) become ``330802********1234``,
- each exact text the editor names (a person's name, an address) becomes ``*`` of the same length,

using the patterns of the ``sensitive`` rule (``rules/sensitive.py``). Every replacement keeps the
length, so the stored checker results stay valid: their findings' spans still fit, their excerpts
are cut again from the redacted text and every other string in them (messages, reasons, the title)
has the same replacements applied. The reasons written on the item's events are redacted too, and
so are the posts the web form keeps for two days from the item's pages when a session has ended
(``web_pending_posts``: an edit to be resumed after logging in again). Drafts a browser saved
itself cannot be reached from the server: the item's pages carry the redaction's generation and
the page script drops older drafts of the item (web/static/drafts.js).

The redaction is an event of the item (kind ``redact``: who, when, why) with a row in
``redactions``: how many of each kind were replaced in how many versions and kept posts — never
the values. The reason may not contain what is removed. Scores, grades and types are not
recomputed (the checker saw the original text; the redacted one only hides what it found).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from ..rules.base import _excerpt as excerpt_of  # the excerpt the checker stores for a span
from ..rules.sensitive import _ID, _MOBILE, is_id_number
from .errors import ValidationError

MOBILE, ID_NUMBER, TEXT = "手机号", "身份证号", "指定文字"
KINDS = (MOBILE, ID_NUMBER, TEXT)
MAX_TEXTS = 20
MIN_TEXT_LEN = 2


def mask_mobile(value: str) -> str:
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_id(value: str) -> str:
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_text(value: str) -> str:
    return "*" * len(value)


def clean_texts(texts: Iterable[str] | None) -> list[str]:
    """The editor's texts to remove: stripped, blank ones dropped, duplicates once, longest first
    (so a longer name is replaced before a shorter one inside it)."""
    out: list[str] = []
    for t in texts or ():
        t = (t or "").strip()
        if t and t not in out:
            out.append(t)
    for t in out:
        if len(t) < MIN_TEXT_LEN:
            raise ValidationError(f"要删除的文字至少 {MIN_TEXT_LEN} 个字（“{mask_text(t)}”太短，会误删正文）")
        if set(t) <= {"*"}:
            raise ValidationError("要删除的文字不能只由 * 组成")
    if len(out) > MAX_TEXTS:
        raise ValidationError(f"一次最多删除 {MAX_TEXTS} 项指定文字")
    return sorted(out, key=len, reverse=True)


def redact_text(text: str, texts: Sequence[str] = ()) -> tuple[str, Counter]:
    """``text`` with ID numbers, mobile numbers and ``texts`` replaced (same length), and how many
    of each kind were replaced."""
    counts: Counter = Counter()
    if not text:
        return text, counts

    def ids(m: re.Match) -> str:
        if not is_id_number(m.group()):
            return m.group()
        counts[ID_NUMBER] += 1
        return mask_id(m.group())

    def mobiles(m: re.Match) -> str:
        counts[MOBILE] += 1
        return mask_mobile(m.group())

    text = _ID.sub(ids, text)
    text = _MOBILE.sub(mobiles, text)
    for t in texts:
        n = text.count(t)
        if n:
            counts[TEXT] += n
            text = text.replace(t, mask_text(t))
    return text, counts


def redact_result(result: dict | None, title: str, body: str, texts: Sequence[str] = ()) -> dict | None:
    """A stored checker result matching the redacted ``title``/``body``: each finding's excerpt cut
    again from the redacted field, every string (messages, suggestions, reasons, the title …)
    redacted as the text is."""
    if not result:
        return result

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return redact_text(value, texts)[0]
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    out = walk(result)
    fields = {"title": title, "body": body}
    for f in out.get("findings") or ():
        if not isinstance(f, dict):
            continue
        text = fields.get(f.get("field"))
        start, end = f.get("start"), f.get("end")
        if text is not None and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
            f["excerpt"] = excerpt_of(text, start, end)
    return out


def check_reason(reason: str, texts: Sequence[str]) -> None:
    """The reason is kept in the log: it may not quote what is removed."""
    _, found = redact_text(reason, texts)
    if found:
        raise ValidationError("脱敏理由中不要写出要删除的内容（手机号、身份证号或指定文字），请概括说明")


@dataclass(frozen=True)
class RedactionInfo:
    """What one redaction did (the values themselves are not kept anywhere)."""

    item_id: int
    event_id: int
    mobiles: int
    id_numbers: int
    texts: int
    versions: int  # versions whose title or body changed
    revision: int  # the item's revision afterwards
    kept_posts: int = 0  # web posts kept for an ended session (from the item's pages) that changed

    @property
    def total(self) -> int:
        return self.mobiles + self.id_numbers + self.texts

    def summary(self) -> str:
        """手机号 2 处、身份证号 1 处，涉及 2 个版本"""
        parts = [f"{k} {n} 处" for k, n in ((MOBILE, self.mobiles), (ID_NUMBER, self.id_numbers),
                                             (TEXT, self.texts)) if n]
        kept = f"、{self.kept_posts} 份登录过期时暂存的稿件" if self.kept_posts else ""
        return "、".join(parts) + f"，涉及 {self.versions} 个版本{kept}"

    def to_dict(self) -> dict:
        return {"item_id": self.item_id, "event_id": self.event_id, "mobiles": self.mobiles,
                "id_numbers": self.id_numbers, "texts": self.texts, "versions": self.versions,
                "kept_posts": self.kept_posts, "revision": self.revision}


def summary_of(mobiles: int, id_numbers: int, texts: int, versions: int, kept_posts: int = 0) -> str:
    return RedactionInfo(0, 0, mobiles, id_numbers, texts, versions, 0, kept_posts).summary()


def redact_versions(versions, texts: Sequence[str]) -> tuple[Counter, int]:
    """Redact ItemVersion rows in place; the counts (over titles and bodies) and how many changed."""
    total: Counter = Counter()
    changed = 0
    for v in versions:
        title, c1 = redact_text(v.title, texts)
        body, c2 = redact_text(v.body, texts)
        if not (c1 or c2):
            continue
        changed += 1
        total += c1 + c2
        v.title, v.body = title, body
        if v.result_json:
            result = redact_result(json.loads(v.result_json), title, body, texts)
            v.result_json = json.dumps(result, ensure_ascii=False)
    return total, changed


# The fields of a kept post that hold the writer's text (the others are dates, ids and flags).
KEPT_TEXT_FIELDS = ("title", "body")


def kept_post_item(view_args_json: str) -> int | None:
    """The item a kept post was made on (its page's ``item_id``), None for a new draft."""
    try:
        value = json.loads(view_args_json or "{}").get("item_id")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None


def redact_kept_posts(posts, item_id: int, texts: Sequence[str]) -> tuple[Counter, int]:
    """Redact, in place, the kept posts (PendingPost rows) made on item ``item_id``'s pages; the
    counts and how many changed."""
    total: Counter = Counter()
    changed = 0
    for p in posts:
        if kept_post_item(p.view_args) != item_id:
            continue
        form = json.loads(p.form)
        found: Counter = Counter()
        for name in KEPT_TEXT_FIELDS:
            if isinstance(form.get(name), str):
                form[name], c = redact_text(form[name], texts)
                found += c
        if found:
            changed += 1
            total += found
            p.form = json.dumps(form, ensure_ascii=False)
    return total, changed
