"""Mechanical label checks used by the generator to verify what it planted.

The labels follow the definitions in ../shared/corpus-external/README.md ("Label
definitions"), read literally, and the checker's own defaults for the style rules:
- a sentence is what the checker calls a sentence (it ends at 。！？； or a line break,
  terminator included); it is long when it has more than LONG_SENTENCE_MAX characters,
  the default of src/xinxi_qc/rules/style.py LongSentence. Clean items may hold
  sentences of BOUNDARY_SENTENCE_MIN..LONG_SENTENCE_MAX characters, as real adopted
  items do; the generator no longer keeps a safety margin below the limit.
- a title is counted without whitespace (a double title 主标题 + 空格 + 数据副句 is
  one title); it is too long over TITLE_MAX characters, too short under TITLE_MIN
  (src/xinxi_qc/rules/title.py TitleLength defaults).
- cliche: at least CLICHE_MIN *distinct* stock phrases over title and body; every
  other item has at most CLEAN_STOCK_MAX. Stock phrases include slot patterns
  (压实…责任, 提高…站位, 筑牢…防线, 为…提供有力保障, 赋能…), not only a closed list.
- a "figure" is an Arabic digit outside a date; an item without figures has no
  Arabic digit and no Chinese numeral outside the whitelisted ordinal words.
"""
from __future__ import annotations

import re
from datetime import date

# Label thresholds. Each is ONE constant, equal to the checker's default, so that a
# change of default is a change here (and a regenerated corpus), nowhere else.
LONG_SENTENCE_MAX = 150       # style.py LongSentence default_options["max_chars"]
TITLE_MAX = 40                # title.py TitleLength default_options["max_chars"]
TITLE_MIN = 8                 # title.py TitleLength default_options["min_chars"]
BOUNDARY_SENTENCE_MIN = 96    # boundary sentences in clean items: 96..LONG_SENTENCE_MAX characters
CLICHE_MIN = 4                # README: at least 4 distinct stock phrases
CLEAN_STOCK_MAX = 2           # README: every non-cliche item has at most 2

# domain.md §2 plus the variants in corpus/lexicons/cliches.txt (copied, so the corpus does
# not change when the lexicon is edited). Variants of one phrase (with/without 了, 做/作)
# count once: see STOCK_KEYS.
STOCK_PHRASES = [
    "高度重视", "精心组织", "周密部署", "认真贯彻", "狠抓落实", "扎实推进", "持续深化",
    "全面贯彻", "切实加强", "充分发挥", "不断提升", "积极推进", "统一思想", "认清形势",
    "掀起高潮", "奠定坚实基础", "奠定了坚实基础", "提供有力支撑", "提供了有力支撑", "再上新台阶",
    "取得了良好效果", "取得良好效果", "取得明显成效", "取得了明显成效", "取得显著成效", "取得了显著成效",
    "取得积极成效", "取得了积极成效", "提高政治站位", "强化责任担当", "凝聚强大合力", "形成强大合力",
    "营造良好氛围", "营造了良好氛围", "营造浓厚氛围", "全力以赴", "多措并举", "常抓不懈", "落细落实",
    "走深走实", "见行见效", "开创新局面", "谱写新篇章", "有力有序", "守土有责",
    "正确领导下", "关心支持下", "做出新的更大贡献", "作出新的更大贡献", "为全面建设贡献力量",
    "有待加强", "尚需完善", "需要进一步", "总体良好", "基本完成", "有待进一步提高",
    "有关方面认为", "业内专家指出", "值得注意的是", "综上所述",
    "气氛热烈", "圆满结束", "合影留念", "反响热烈",
]
# Stock phrases outside the shipped list (README list and open-ended slogans real items use).
# key -> pattern; a pattern with a slot matches the phrase with a short filler.
_SLOT = r"[^，。；！？\n]"
UNLISTED_STOCK = {
    "压实…责任": rf"压(紧压)?实{_SLOT}{{0,6}}责任",
    "压紧压实": r"压紧压实",
    "提高…站位": rf"提高{_SLOT}{{0,4}}站位",
    "齐抓共管": r"齐抓共管",
    "筑牢…防线": rf"筑牢{_SLOT}{{0,10}}防线",
    "充分彰显": r"充分彰显",
    "赋能…": r"赋能",
    "为…提供有力保障": rf"为{_SLOT}{{1,16}}提供(了)?(有力|坚强)保障",
    "统筹推进": r"统筹推进",
    "贯彻落实": r"贯彻落实",
    "紧紧围绕": r"紧紧围绕",
    "在…坚强领导下": r"坚强领导下",
}


def _stock_key(p: str) -> str:
    k = p.replace("了", "").replace("做出", "作出")
    if re.fullmatch(r"取得(良好|明显|显著|积极)(成效|效果)", k):
        return "取得…成效"
    if re.fullmatch(r"营造(良好|浓厚)氛围", k):
        return "营造…氛围"
    if k in ("正确领导下",):
        return "在…正确/坚强领导下"
    return k


STOCK_KEYS = [(_stock_key(p), re.escape(p)) for p in STOCK_PHRASES] + list(UNLISTED_STOCK.items())
STOCK_KEYS = [(k if k != "在…坚强领导下" else "在…正确/坚强领导下", pat) for k, pat in STOCK_KEYS]
_STOCK_RES = [(k, re.compile(pat)) for k, pat in STOCK_KEYS]
UNLISTED_KEYS = set(UNLISTED_STOCK) - {"在…坚强领导下"}
PLACEHOLDER_RE = re.compile(r"XX|××|X万元|待补充")
CLAIM_RE = re.compile(
    r"取得了?(明显|显著|良好|积极|突出)(成效|效果|成果|进展)|成效(明显|显著|突出|初显)|效果(明显|显著|良好)"
    r"|大幅(提升|提高|增长|下降|减少)|显著(提升|提高|增强|改善|下降)"
    r"|明显(提升|提高|增强|改善|好转|下降|减少)|全面提升|焕然一新|有效遏制"
    r"|得到(有效|明显|显著)(遏制|解决|改善|提升)|稳步提升|持续向好|广受好评|好评如潮|初见成效"
)
DATE_RE = re.compile(r"\d{1,2}月\d{1,2}日")
ID_RE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
SECRET_RE = re.compile(r"秘密|机密|绝密")
HALF_PUNCT_RE = re.compile(r"[,;:?!()]")
HALF_BETWEEN_RE = re.compile(r"[\u4e00-\u9fff][,;:?!()][\u4e00-\u9fff]")
NUMERAL_CHARS = set("零一二三四五六七八九十百千万亿两")
ORDINAL_WORDS = ["一是", "二是", "三是", "四是", "五是", "六是", "第一", "第二", "第三", "第四",
                 "第五", "一定", "进一步", "一系列", "统一", "一线", "一体", "一站式", "一网", "逐一",
                 "一起", "一致", "一律", "下一步", "一些", "一方面"]

# The generator splits ordinary sentences to at most CLEAN_SENTENCE_MAX (loose split) so that
# boundary sentences are a planted, counted case rather than noise; this is not a label threshold.
CLEAN_SENTENCE_MAX = 95
LENGTH_LIMIT = 1000
LENGTH_DEFECT_MIN = 1060
LENGTH_CLEAN_MAX = 960


def stock_phrases(text: str) -> list[str]:
    """Distinct stock phrases (keys) in text. Overlapping matches count once, longest first."""
    hits = []
    for k, rx in _STOCK_RES:
        for m in rx.finditer(text):
            hits.append((m.start(), m.end(), k))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int]] = []
    keys = []
    for a, b, k in hits:
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        if k not in keys:
            keys.append(k)
    return keys


def stock_count(text: str) -> int:
    """Number of distinct stock phrases (the README's cliche count)."""
    return len(stock_phrases(text))


_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;]+[”’」』）)]*)?|[。！？；!?;]+")


def sentence_lengths(body: str) -> list[int]:
    """Sentence lengths as the checker counts them (terminator included)."""
    out = []
    for m in _SENTENCE.finditer(body):
        s = m.group().strip()
        if s and re.search(r"\w", s):
            out.append(len(s))
    return out


def loose_sentence_lengths(body: str) -> list[int]:
    """Lengths when only 。！？ and line breaks end a sentence (terminator included)."""
    return [len(s.strip()) + 1 for s in re.split(r"[。！？\n]", body) if s.strip()]


def title_length(title: str) -> int:
    return len(re.sub(r"\s", "", title))


def sentences_strict(body: str) -> list[str]:
    return [s for s in re.split(r"[。！？；\n]", body) if s.strip()]


def sentences_loose(body: str) -> list[str]:
    return [s for s in re.split(r"[。！？\n]", body) if s.strip()]


def has_digit_figure(text: str) -> bool:
    return bool(re.search(r"\d", DATE_RE.sub("", text)))


def has_any_numeral(text: str) -> bool:
    if re.search(r"[0-9０-９]", text):
        return True
    for w in ORDINAL_WORDS:
        text = text.replace(w, "")
    return any(c in NUMERAL_CHARS for c in text)


def typography_faults(text: str) -> list[str]:
    faults = []
    if HALF_BETWEEN_RE.search(text):
        faults.append("half-width")
    if PLACEHOLDER_RE.search(text):
        faults.append("placeholder")
    for o, c in (("“", "”"), ("《", "》"), ("（", "）")):
        depth = 0
        for ch in text:
            if ch == o:
                depth += 1
            elif ch == c:
                depth -= 1
                if depth < 0:
                    break
        if depth != 0:
            faults.append("unpaired" + o)
    return faults


def sensitive_hits(text: str) -> list[str]:
    hits = []
    if ID_RE.search(text):
        hits.append("id")
    if MOBILE_RE.search(text):
        hits.append("mobile")
    if SECRET_RE.search(text):
        hits.append("secret")
    return hits


def empty_claim_sentences(body: str, names: list[str]) -> list[str]:
    """Claim sentences with no digit and no named case in them or the next sentence."""
    sents = sentences_strict(body)
    out = []
    for i, s in enumerate(sents):
        if not CLAIM_RE.search(s):
            continue
        window = s + (sents[i + 1] if i + 1 < len(sents) else "")
        # any numeral (四十八小时, 两次) may be read as backing, so an empty claim has none
        if has_any_numeral(window) or any(n in window for n in names):
            continue
        out.append(s)
    return out


def backed_claims_ok(body: str) -> bool:
    """Every claim sentence has a digit in it or in the next sentence."""
    sents = sentences_strict(body)
    for i, s in enumerate(sents):
        if CLAIM_RE.search(s):
            window = s + (sents[i + 1] if i + 1 < len(sents) else "")
            if not has_digit_figure(window):
                return False
    return True


def mechanical_labels(title: str, body: str, type_: str, event_date: date | None,
                      submitted: date, case_names: list[str],
                      place_names: list[str]) -> tuple[set[str], list[str]]:
    """Return (labels that certainly hold, reasons the item is ambiguous).

    An item is ambiguous when a rule's condition sits inside the safety margin;
    the generator rejects ambiguous items and draws again.
    """
    labels: set[str] = set()
    amb: list[str] = []
    full = title + "\n" + body
    tl = title_length(title)
    if tl > TITLE_MAX or tl < TITLE_MIN:
        labels.add("title-length")
    strict = sentence_lengths(body)
    loose = loose_sentence_lengths(body)
    if strict and max(strict) > LONG_SENTENCE_MAX:
        labels.add("long-sentence")
    elif loose and max(loose) > LONG_SENTENCE_MAX:
        # clean only under the checker's split: a reader ignoring ； would call it long
        amb.append(f"loose sentence {max(loose)} chars")
    if not has_any_numeral(body):
        labels.add("no-figures")
    elif not has_digit_figure(body):
        amb.append("numerals but no digit figure")
    names = list(case_names) + list(place_names)
    if not any(n in body for n in case_names):
        if any(n in body for n in place_names):
            amb.append("place name but no case")
        else:
            labels.add("no-examples")
    if event_date is not None:
        gap = (submitted - event_date).days
        if gap < 0:
            amb.append("submitted before event")
        if gap > 30:
            labels.add("late")
    if sensitive_hits(full):
        labels.add("sensitive")
    if typography_faults(full):
        labels.add("typography")
    elif HALF_PUNCT_RE.search(full):
        amb.append("half-width mark not between Chinese characters")
    n = len(body)
    if type_ != "problem":
        if n > LENGTH_DEFECT_MIN:
            labels.add("length")
        elif n > LENGTH_CLEAN_MAX:
            amb.append(f"body length {n}")
    sc = stock_count(title + "\n" + body)
    if sc >= CLICHE_MIN:
        labels.add("cliche")
    elif sc > CLEAN_STOCK_MAX:
        amb.append(f"{sc} stock phrases")
    if empty_claim_sentences(body, names):
        labels.add("empty-claim")
    elif not backed_claims_ok(body):
        amb.append("claim backed only by a name")
    return labels, amb


# --------------------------------------------------------------------------- main event
# README (late): "For items that summarise a period or campaign, event_date is the last day of
# that period." The corpus reads the period from the lead (first paragraph), the paragraph that
# says what the item reports; the year is the corpus year (bodies never state one).
CORPUS_YEAR = 2025
_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
LEAD_PERIODS = [
    (re.compile(_MONTH + r"月?份?[-—至到~～](?P<m>" + _MONTH + r")月(?![\d一二三四五六七八九十上中下]+[日号旬])"), None),
    (re.compile(r"上半年|前两个季度|第?二季度"), 6),
    (re.compile(r"第?一季度"), 3),
    (re.compile(r"前三季度|第?三季度"), 9),
    (re.compile(r"第?四季度"), 12),
]
# Words that date the lead relative to the day the item is sent (the checker's reading too).
RELATIVE_WORDS = ("今天", "今日", "当天", "昨天", "昨日", "前天", "前日", "近日", "日前", "上周")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
             "十一": 11, "十二": 12}


def lead_of(body: str) -> str:
    return body.split("\n", 1)[0]


def lead_period_end(lead: str, year: int = CORPUS_YEAR) -> date | None:
    """The last day of the period the lead summarises (the earliest period named in it)."""
    found = []
    for pat, month in LEAD_PERIODS:
        m = pat.search(lead)
        if m is None:
            continue
        mm = month or (int(m.group("m")) if m.group("m").isdigit() else _CN_MONTH[m.group("m")])
        nxt = date(year + (mm == 12), mm % 12 + 1, 1)
        found.append((m.start(), date.fromordinal(nxt.toordinal() - 1)))
    return min(found)[1] if found else None


def lead_has_relative_date(lead: str) -> bool:
    return any(w in lead for w in RELATIVE_WORDS)
