"""Validator for corpus/items.jsonl: schema, counts, balance, splits and the label
invariants that can be checked mechanically (independently of the checker and of
the generator's own label code)."""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ITEMS = ROOT / "corpus" / "items.jsonl"
LEXICON = ROOT / "corpus" / "lexicons" / "cliches.txt"

TYPES = ["dynamic", "experience", "problem", "comprehensive"]
DEFECTS = ["title-mismatch", "title-vague", "title-length", "no-figures", "no-examples",
           "empty-claim", "cliche", "dynamic-only", "long-sentence", "late", "sensitive",
           "typography", "length"]
# Cross-document labels: planted boilerplate groups and same-unit resubmission pairs.
CROSS = ["boilerplate", "duplicate-submission"]
REQUIRED = {"id": str, "unit": str, "field": str, "title": str, "body": str, "submitted": str,
            "type": str, "defects": list, "grade": int, "split": str}
OPTIONAL = {"event_date", "template_group", "hard_case", "boundary"}

# domain.md §2 stock phrases (the reference list).
STOCK = ["高度重视", "精心组织", "周密部署", "认真贯彻", "狠抓落实", "扎实推进", "持续深化", "全面贯彻",
         "切实加强", "充分发挥", "不断提升", "积极推进", "统一思想", "认清形势", "掀起高潮", "奠定坚实基础",
         "提供有力支撑", "再上新台阶", "取得了良好效果", "取得明显成效", "正确领导下", "关心支持下",
         "做出新的更大贡献", "有待加强", "尚需完善", "需要进一步", "总体良好", "基本完成", "有关方面认为",
         "业内专家指出", "值得注意的是", "综上所述", "气氛热烈", "圆满结束", "合影留念"]
# common variants of the same phrases (e.g. with 了), counted too
STOCK += ["奠定了坚实基础", "提供了有力支撑", "取得良好效果", "取得了明显成效", "取得显著成效", "取得了显著成效",
          "取得积极成效", "取得了积极成效", "营造良好氛围", "多措并举", "全力以赴", "作出新的更大贡献", "反响热烈"]
# Stock phrases outside that list (../shared/corpus-external/README.md and issue 10), with slots.
# The cliche count is the number of *distinct* phrases (variants of one phrase count once).
UNLISTED = [r"压(紧压)?实[^，。；！？\n]{0,6}责任", "压紧压实", r"提高[^，。；！？\n]{0,4}站位", "齐抓共管",
            r"筑牢[^，。；！？\n]{0,10}防线", "充分彰显", "赋能", r"为[^，。；！？\n]{1,16}提供了?(有力|坚强)保障",
            "统筹推进", "贯彻落实", "紧紧围绕", "(正确|坚强)领导下", "营造(良好|浓厚)氛围",
            "取得了?(良好|明显|显著|积极)(成效|效果)", "走深走实", "见行见效", "强化责任担当", "(凝聚|形成)强大合力",
            "常抓不懈", "落细落实", "开创新局面", "谱写新篇章", "有力有序", "守土有责", "提高政治站位"]
PLACEHOLDER = re.compile(r"XX|××|X万元|待补充")
CLAIM = re.compile(r"取得了?(明显|显著|良好|积极)(成效|效果)|成效(明显|显著)|效果(明显|显著|良好)|大幅(提升|提高|下降)"
                   r"|显著(提升|提高|改善|增强)|明显(提升|提高|改善|增强|好转)|有效遏制|稳步提升|初见成效")
CJK = r"[\u4e00-\u9fff]"
HALF = re.compile(f"{CJK}[,;:?!()]{CJK}")  # rules.md: half-width marks *between* Chinese characters
HALF_ANY = re.compile(r"[,;:?!()]")
ID18 = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
SECRET = re.compile(r"秘密|机密|绝密")
DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")

def _checker_default(rule: str, key: str):
    """The checker's default for a style rule: the corpus labels follow it."""
    from xinxi_qc.rules.style import LongSentence
    from xinxi_qc.rules.title import TitleLength
    return {"long-sentence": LongSentence, "title-length": TitleLength}[rule].default_options[key]


LONG_MAX = _checker_default("long-sentence", "max_chars")
TITLE_MAX = _checker_default("title-length", "max_chars")
TITLE_MIN = _checker_default("title-length", "min_chars")
LOOKALIKES = ["推行社区", "行政村", "农贸市场", "新设农民专业合作社", "各社区"]  # common nouns, not names


def _name_patterns():
    """Named cases as the corpus builds them: towns, villages, communities, enterprises,
    persons (王某), and the locality's hospital/market/school. Lists come from the
    generator's hand-written name pools (the ground truth for what is a name)."""
    import sys
    sys.path.insert(0, str(ROOT))
    from corpus.generate import pools
    towns = [t for ts in pools.TOWNS for t in ts]
    locs = [loc for loc, _ in pools.LOCALITIES]
    case = "|".join(
        [re.escape(t) for t in towns]
        + [f"{v}村" for v in pools.VILLAGE_STEMS] + [f"{c}社区" for c in pools.COMMUNITY_STEMS]
        + [f"{b}{CJK}{{1,6}}有限" for b in pools.BRANDS]
        + [f"{loc}(人民医院|中医医院|城南农贸市场|实验小学)" for loc in locs]
        + [f"[{''.join(pools.SURNAMES)}]某(?!一)"]
        # boundary shapes: full names, long enterprise names, anonymised specific cases
        + [f"(?:{'|'.join(pools.PERSON_ROLES)})[{''.join(pools.SURNAMES)}](?:{'|'.join(pools.GIVEN_NAMES)})"]
        + [f"{b}{CJK}{{1,10}}(有限|专业合作社)" for b in pools.BRANDS]
        + [f"(某|一家)(?:{'|'.join(pools.SHOPS)})"])
    return re.compile(case), re.compile("|".join(map(re.escape, locs)))


NAMED, LOCALITY = _name_patterns()


@pytest.fixture(scope="module")
def items() -> list[dict]:
    assert ITEMS.exists(), "corpus/items.jsonl is missing: run python -m corpus.generate"
    return [json.loads(line) for line in ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentences(body: str, seps: str = "。！？；\n") -> list[str]:
    return [s for s in re.split(f"[{seps}]", body) if s.strip()]


def stock_count(text: str, phrases: list[str]) -> int:
    """Distinct stock phrases: listed phrases (了/做 variants merged) and slot patterns;
    overlapping matches count once, longest first."""
    pats = [(re.escape(p), p.replace("了", "").replace("做出", "作出")) for p in phrases] + [(u, u) for u in UNLISTED]
    hits = sorted(((m.start(), m.end(), k) for pat, k in pats for m in re.finditer(pat, text)),
                  key=lambda h: (h[0] - h[1], h[0]))
    taken, keys = [], set()
    for a, b, k in hits:
        if not any(a < y and x < b for x, y in taken):
            taken.append((a, b))
            keys.add(k)
    return len(keys)


def sentence_lengths(body: str) -> list[int]:
    """As the checker counts: a sentence ends at 。！？； or a line break, terminator included."""
    return [len(m.group().strip()) for m in re.finditer(r"[^。！？；\n]+[。！？；]*", body) if m.group().strip()]


def has_named_case(body: str) -> bool:
    return bool(NAMED.search(body))


# --------------------------------------------------------------------------- schema
def test_schema(items):
    ids = set()
    for it in items:
        for k, t in REQUIRED.items():
            assert isinstance(it.get(k), t), (it.get("id"), k)
        assert set(it) <= set(REQUIRED) | OPTIONAL, it["id"]
        assert "event_date" in it and (it["event_date"] is None or isinstance(it["event_date"], str))
        assert it["id"] not in ids, f"duplicate id {it['id']}"
        ids.add(it["id"])
        assert it["type"] in TYPES
        assert it["split"] in ("train", "dev", "test")
        assert 1 <= it["grade"] <= 5
        assert len(set(it["defects"])) == len(it["defects"]) and set(it["defects"]) <= set(DEFECTS + CROSS)
        date.fromisoformat(it["submitted"])
        if it["event_date"]:
            date.fromisoformat(it["event_date"])
        assert it["title"].strip() == it["title"] and it["title"]
        paras = it["body"].split("\n")
        assert all(p.strip() == p and p for p in paras), f"empty or padded paragraph in {it['id']}"
        for k in ("template_group", "hard_case"):
            if k in it:
                assert isinstance(it[k], str) and it[k]
        if "boundary" in it:
            assert isinstance(it["boundary"], list) and it["boundary"] and all(isinstance(b, str) for b in it["boundary"])


# --------------------------------------------------------------------------- counts
def test_size_and_balance(items):
    assert len(items) >= 840
    per_type = Counter(it["type"] for it in items)
    assert set(per_type) == set(TYPES)
    mean = len(items) / 4
    for t in TYPES:
        assert abs(per_type[t] - mean) <= 0.1 * mean, per_type


def test_units_and_fields(items):
    assert len({it["unit"] for it in items}) >= 30
    fields = Counter(it["field"] for it in items)
    assert len(fields) >= 12
    assert min(fields.values()) >= 30, fields


def test_splits_stratified_by_type(items):
    for t in TYPES:
        sub = [it for it in items if it["type"] == t]
        c = Counter(it["split"] for it in sub)
        for split, frac in (("train", 0.6), ("dev", 0.2), ("test", 0.2)):
            assert abs(c[split] / len(sub) - frac) <= 0.05, (t, c)


def test_splits_stratified_by_defect(items):
    total = Counter(d for it in items for d in it["defects"])
    for split in ("dev", "test"):
        c = Counter(d for it in items if it["split"] == split for d in it["defects"])
        for d in DEFECTS:
            assert c[d] >= 0.15 * total[d], (split, d, c[d], total[d])


def test_defect_counts_and_clean_share(items):
    c = Counter(d for it in items for d in it["defects"])
    for d in DEFECTS:
        assert c[d] >= 45, (d, c[d])
    clean = [it for it in items if not it["defects"]]
    assert 0.28 <= len(clean) / len(items) <= 0.40
    assert all(it["grade"] >= 4 for it in clean)
    assert all(it["grade"] <= 4 for it in items if it["defects"])
    for t in TYPES:  # clean items exist for every type
        assert sum(1 for it in clean if it["type"] == t) >= 50


def test_template_groups(items):
    groups = defaultdict(list)
    for it in items:
        if "template_group" in it:
            groups[it["template_group"]].append(it)
    boiler = {g: v for g, v in groups.items() if g.startswith("tg-")}
    resub = {g: v for g, v in groups.items() if g.startswith("resub-")}
    assert len(boiler) >= 20
    for g, members in boiler.items():
        units = {m["unit"] for m in members}
        assert 3 <= len(units) <= 6 and len(units) == len(members), g
        assert len({m["split"] for m in members}) == 1, f"group {g} crosses splits"
        assert len({m["field"] for m in members}) == 1
    assert len(resub) >= 3
    for g, members in resub.items():
        assert len(members) == 2 and len({m["unit"] for m in members}) == 1, g
        assert len({m["split"] for m in members}) == 1
    # README (boilerplate): every member of a group shares its template with other units' items
    for it in items:
        g = it.get("template_group", "")
        assert ("boilerplate" in it["defects"]) == g.startswith("tg-"), it["id"]
        assert ("duplicate-submission" in it["defects"]) == g.startswith("resub-"), it["id"]


_SENT = re.compile(r"[^。！？；\n]+")


def _grams(s: str) -> frozenset:
    s = re.sub(r"\d+(?:\.\d+)?", "0", s)
    s = re.sub(r"[^\u4e00-\u9fff0]", "", s)
    return frozenset(s[i:i + 2] for i in range(len(s) - 1))


def test_no_verbatim_passages_across_units(items):
    """Outside the boilerplate groups, no two items of different units share two consecutive
    sentences verbatim (figures aside): a floor under the generator's near-verbatim check."""
    seen: dict = {}
    for it in items:
        sents = [x for x in (_SENT.findall(it["body"])) if len(x) >= 8]
        keys = [re.sub(r"\d+(?:\.\d+)?", "0", x) for x in sents]
        g = it.get("template_group") if it.get("template_group", "").startswith("tg-") else None
        for a, b in zip(keys, keys[1:]):
            for unit, group, ident in seen.get((a, b), []):
                assert unit == it["unit"] or (g is not None and g == group), (it["id"], ident, a, b)
        for a, b in zip(keys, keys[1:]):
            seen.setdefault((a, b), []).append((it["unit"], g, it["id"]))


def test_hard_cases_present(items):
    c = Counter(it.get("hard_case") for it in items)
    for tag, n in (("title-shares-words", 10), ("dynamic-with-results", 10), ("listing-problem", 20),
                   ("listing-experience", 20), ("ordinal-no-figures", 10), ("few-stock-phrases", 20),
                   ):
        # long-research (a 调研 item over 1,000 characters) is no longer produced: a long 调研 now
        # stays on its own topic (other topics are other units' text) and does not reach 1,000.
        assert c[tag] >= n, (tag, c[tag])
    for it in items:
        tag = it.get("hard_case")
        if tag == "title-shares-words":
            assert "title-mismatch" in it["defects"]
        elif tag == "dynamic-with-results":
            assert it["type"] == "dynamic" and "dynamic-only" not in it["defects"]
        elif tag == "ordinal-no-figures":
            assert "no-figures" in it["defects"]
            assert re.search("一是|第一|进一步|一系列", it["body"])
        elif tag == "few-stock-phrases":
            assert "cliche" not in it["defects"] and 1 <= stock_count(it["title"] + it["body"], STOCK) <= 2
        elif tag == "long-research":
            assert it["type"] == "problem" and len(it["body"]) > 1000 and "length" not in it["defects"]
        elif tag in ("listing-problem", "listing-experience"):
            assert re.search("一是|第一", it["body"])


# --------------------------------------------------------------------------- label invariants
def test_title_length(items):
    for it in items:
        n = len(re.sub(r"\s", "", it["title"]))  # a double title's space is not counted
        bad = not TITLE_MIN <= n <= TITLE_MAX
        assert bad == ("title-length" in it["defects"]), (it["id"], it["title"])


def test_long_sentence(items):
    for it in items:
        if "long-sentence" in it["defects"]:
            assert max(sentence_lengths(it["body"])) > LONG_MAX, it["id"]
        else:  # also under the looser split that ignores semicolons (terminator counted)
            assert max(sentence_lengths(it["body"])) <= LONG_MAX, it["id"]
            assert max(len(s) + 1 for s in sentences(it["body"], "。！？\n")) <= LONG_MAX, it["id"]


def test_dates_and_late(items):
    for it in items:
        sub = date.fromisoformat(it["submitted"])
        ev = date.fromisoformat(it["event_date"]) if it["event_date"] else None
        found = [(int(m), int(d)) for m, d in DATE.findall(it["body"])]
        if ev:
            assert sub >= ev, it["id"]
            if "incidental-date" in it.get("boundary", []):
                # the lead states the event date; the other date is earlier and incidental
                assert found[0] == (ev.month, ev.day), it["id"]
                others = [date(ev.year, m, d) for m, d in found if (m, d) != (ev.month, ev.day)]
                assert others and all(o < ev for o in others), it["id"]
            else:
                assert all((m, d) == (ev.month, ev.day) for m, d in found), it["id"]
        else:
            assert not found, f"{it['id']} has a date in the text but no event_date"
        late = ev is not None and (sub - ev).days > 30
        assert late == ("late" in it["defects"]), it["id"]


PERIOD_END = [(re.compile(r"前三季度|第?三季度"), (9, 30)), (re.compile(r"上半年|前两个季度|第?二季度"), (6, 30)),
              (re.compile(r"第?一季度"), (3, 31))]


def test_period_summaries_dated_by_period_end(items):
    """README (late): an item that summarises a period has the period's last day as event_date.
    A lead (first paragraph) without a date that names a period is dated by its end."""
    n = 0
    for it in items:
        lead = it["body"].split("\n")[0]
        if DATE.search(lead):
            continue
        hits = [(m.start(), end) for pat, end in PERIOD_END for m in [pat.search(lead)] if m]
        if not hits:
            continue
        month, day = min(hits)[1]
        end = f"2025-{month:02d}-{day:02d}"
        if it["event_date"] != end:
            # an event of its own (a meeting on a day the body does not state) after the period
            # whose figures it reports
            assert it["event_date"] and it["event_date"] > end and it["type"] != "comprehensive", it["id"]
            continue
        n += 1
    assert n >= 100


def test_sensitive(items):
    for it in items:
        text = it["title"] + "\n" + it["body"]
        hit = bool(ID18.search(text) or MOBILE.search(text) or SECRET.search(text))
        assert hit == ("sensitive" in it["defects"]), it["id"]


def _typography_fault(text: str) -> bool:
    if HALF.search(text) or PLACEHOLDER.search(text):
        return True
    for o, c in (("“", "”"), ("《", "》"), ("（", "）")):
        depth = 0
        for ch in text:
            depth += (ch == o) - (ch == c)
            if depth < 0:
                return True
        if depth:
            return True
    return False


def test_typography(items):
    for it in items:
        text = it["title"] + "\n" + it["body"]
        fault = _typography_fault(text)
        assert fault == ("typography" in it["defects"]), it["id"]
        if not fault:  # no half-width marks anywhere, not even beside digits or line ends
            assert not HALF_ANY.search(text), it["id"]


def test_length(items):
    for it in items:
        over = it["type"] != "problem" and len(it["body"]) > 1000
        assert over == ("length" in it["defects"]), it["id"]
        if "length" not in it["defects"] and it["type"] != "problem":
            assert len(it["body"]) <= 980, it["id"]  # margin against counting differences


NOT_NUMERALS = re.compile("一是|二是|三是|四是|五是|第一|第二|第三|第四|第五|一定|进一步|一系列|统一|一线|一体|"
                          "一站式|一网|逐一|一起|一致|一律|下一步|一些|一方面")


def has_numeral(text: str) -> bool:
    """Arabic digits or Chinese numerals, ignoring ordinal and idiom words (一是, 进一步 …)."""
    return bool(re.search(r"[0-9０-９]", text)
                or re.search("[一二三四五六七八九十百千万亿两]", NOT_NUMERALS.sub("", text)))


def test_figures(items):
    for it in items:
        digits = re.sub(r"\d{1,2}月\d{1,2}日", "", it["body"])
        if "no-figures" in it["defects"]:
            assert not has_numeral(it["body"]), it["id"]
        else:
            assert re.search(r"\d", digits), it["id"]


def test_examples(items):
    for it in items:
        named = has_named_case(it["body"])
        assert named == ("no-examples" not in it["defects"]), it["id"]
        if "no-examples" in it["defects"]:
            assert not LOCALITY.search(it["body"]), it["id"]


def test_cliche_density(items):
    for it in items:
        n = stock_count(it["title"] + it["body"], STOCK)
        if "cliche" in it["defects"]:
            assert n >= 4, (it["id"], n)
        else:
            assert n <= 2, (it["id"], n)


def test_cliche_against_checker_lexicon(items):
    if not LEXICON.exists():
        pytest.skip("corpus/lexicons/cliches.txt not present")
    phrases = [ln.split("#")[0].strip() for ln in LEXICON.read_text(encoding="utf-8").splitlines()]
    phrases = [p for p in phrases if p and not p.startswith("[")]
    for it in items:
        text = it["title"] + "\n" + it["body"]
        n = len({p.replace("了", "") for p in phrases if p in text})
        if "cliche" not in it["defects"]:
            assert n <= 2, (it["id"], n)
        elif "cliche-unlisted" not in it.get("boundary", []):
            assert n >= 2, (it["id"], n)  # the classic cliche items are mostly made of listed phrases


def test_empty_claim(items):
    for it in items:
        sents = sentences(it["body"])
        unbacked = []
        for i, s in enumerate(sents):
            if CLAIM.search(s):
                window = s + (sents[i + 1] if i + 1 < len(sents) else "")
                if not has_numeral(window) and not has_named_case(window):
                    unbacked.append(s)
                elif "empty-claim" not in it["defects"]:  # backed by a real figure
                    assert re.search(r"\d", window), (it["id"], s)
        assert bool(unbacked) == ("empty-claim" in it["defects"]), (it["id"], unbacked)


def test_semantic_label_constraints(items):
    for it in items:
        ds = set(it["defects"])
        assert not {"title-mismatch", "title-vague"} <= ds, it["id"]
        if "dynamic-only" in ds:
            assert it["type"] == "dynamic"
        if "sensitive" in ds:
            assert it["grade"] <= 2


# --------------------------------------------------------------------------- boundary cases
BOUNDARY_MIN = {"clean-long-sentence": 60, "long-sentence-near": 10, "title-rounded-count": 8,
                "title-overclaim": 8, "name-person": 15, "name-long-enterprise": 15, "name-anonymised": 15,
                "name-lookalike": 20, "cliche-unlisted": 15, "stock-unlisted-few": 30, "visit-with-aid": 10,
                "incidental-date": 30}


def test_boundary_cases_present(items):
    c = Counter(b for it in items for b in it.get("boundary", []))
    for tag, n in BOUNDARY_MIN.items():
        assert c[tag] >= n, (tag, c[tag])
    assert sum(v for k, v in c.items() if k.startswith("meeting-verb-")) >= 15, c
    if TITLE_MAX >= 31:
        assert c["double-title"] >= 15, c["double-title"]
    for split in ("dev", "test"):  # every split holds boundary cases
        cs = Counter(b for it in items if it["split"] == split for b in it.get("boundary", []))
        for tag in ("clean-long-sentence", "name-lookalike", "stock-unlisted-few", "incidental-date"):
            assert cs[tag] >= 3, (split, tag, cs[tag])


def test_boundary_case_labels(items):
    for it in items:
        ds, bs, title, body = set(it["defects"]), it.get("boundary", []), it["title"], it["body"]
        for b in bs:
            if b == "clean-long-sentence":
                assert "long-sentence" not in ds and 96 <= max(sentence_lengths(body)) <= LONG_MAX, it["id"]
            elif b == "long-sentence-near":
                assert "long-sentence" in ds and LONG_MAX < max(sentence_lengths(body)) <= LONG_MAX + 15, it["id"]
            elif b in ("double-title", "double-title-long"):
                assert " " in title and len(title.replace(" ", "")) >= 31, it["id"]
                assert ("title-length" in ds) == (b == "double-title-long"), it["id"]
            elif b.startswith("title-rounded") or b == "title-cheng-percent":
                assert not ds & {"title-mismatch", "title-vague"}, it["id"]
                if b == "title-rounded-count":   # 1132 in the body, 1100余 in the title
                    m = re.search(r"(\d+)余", title)
                    assert m and not re.search(rf"(?<![\d.]){m.group(1)}(?![\d.])", body), it["id"]
                elif b == "title-rounded-percent":  # 20.7% in the body, 21% in the title
                    m = re.search(r"(?<![\d.])(\d+)%", title)
                    assert m and not re.search(rf"(?<![\d.]){m.group(1)}%", body), it["id"]
                else:                               # 七成八 in the title, a percentage near 78 in the body
                    m = re.search("([一二三四五六七八九])成([一二三四五六七八九])", title)
                    digits = "零一二三四五六七八九"
                    pct = 10 * digits.index(m.group(1)) + digits.index(m.group(2))
                    body_pcts = [float(x) for x in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)%", body)]
                    assert any(abs(v - pct) < 0.5 for v in body_pcts), it["id"]
            elif b == "title-overclaim":
                assert "title-mismatch" in ds and "超" in title, it["id"]
            elif b.startswith("name-") and b != "name-lookalike":
                assert "no-examples" not in ds and has_named_case(body), it["id"]
            elif b == "name-lookalike":
                assert "no-examples" in ds and any(w in body for w in LOOKALIKES), it["id"]
            elif b.startswith("meeting-verb-"):
                assert "dynamic-only" in ds and b.split("-")[-1] in body, it["id"]
            elif b == "visit-with-aid":
                assert it["type"] == "dynamic" and "dynamic-only" not in ds and "走访" in body, it["id"]
                assert re.search(r"\d", re.sub(r"\d{1,2}月\d{1,2}日", "", body)), it["id"]
            elif b == "cliche-unlisted":
                assert "cliche" in ds, it["id"]
            elif b == "stock-unlisted-few":
                assert "cliche" not in ds, it["id"]
