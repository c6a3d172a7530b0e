"""cliche_hits: the overlap test by bisection gives what a scan over every family hit gives."""
import random

from xinxi_qc.config import Config


def naive_hits(lex, text):
    hits = lex.cliche_families.hits(text)
    taken = [(s, e) for _, s, e in hits]
    for m in lex.cliches.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        covering = lex.cliche_families.hits(m.group())
        family = covering[0][0] if covering and covering[0][1:] == (0, len(m.group())) else m.group()
        hits.append((family, m.start(), m.end()))
    return sorted(hits, key=lambda h: h[1])


def test_cliche_hits_equal_a_full_scan_on_stock_phrase_heavy_text():
    lex = Config.default().lexicons
    pieces = ["取得明显成效", "高度重视", "压紧压实安全生产责任", "多措并举", "在县委坚强领导下", "增长12.5%",
              "狠抓落实", "取得了显著成效", "扎实推进", "。", "，", "全县", "营造良好氛围", "提供有力支撑"]
    rng = random.Random(5)
    for _ in range(30):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(5, 400)))
        assert lex.cliche_hits(text) == naive_hits(lex, text)
