"""Synthetic archives for tests and the benchmark: realistic-looking items built from
fragment pools, and planted pairs (one passage copied into another unit's item with the edits
units make: other place names, other figures, reordered, inserted and dropped sentences).

Background sentences are composed from independent clauses with generated names and figures,
so two background items share no passage unless one is planted.  When the corpus helper's
fragment files (corpus/generate/fragments_*.txt) are given, planted passages are drawn from
them, each fragment used at most once.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Item

_NAME_CHARS = ("东南西北安康宁和平兴华新城丰泰昌盛德清源泉山河湖海江溪桥林松竹梅兰青云阳明光"
               "长永福禄金银石田川凤龙鹤鹿马牛白黄红绿春秋临江汉武文武嘉祥瑞富贵顺天玉宝连城"
               "洪峰岭湾塘沙浦港口岗坪坝堰庄营关门台阁亭寺乐善仁义礼智信诚厚朴正方圆")
_SUFFIX = ("区", "县", "市")
_TOWN = ("镇", "乡", "街道")
_DEPTS = ("市场监管局", "教育局", "人社局", "农业农村局", "住建局", "商务局", "文旅局", "卫健局", "发改局",
          "应急管理局", "生态环境分局", "交通运输局", "民政局", "司法局", "财政局", "自然资源局", "水利局",
          "医保局", "城管局", "科技局", "经信局", "退役军人事务局", "数据局", "信访局", "统计局", "行政审批局",
          "团委", "妇联", "供销社", "总工会")
_TOPICS = {
    "垃圾分类": ("智能回收站点", "分类投放点", "再生资源回收网点", "厨余垃圾处理设施", "积分兑换超市"),
    "食品安全": ("食品抽检批次", "农贸市场快检室", "明厨亮灶餐饮单位", "小作坊", "冷链食品追溯码"),
    "养老服务": ("居家养老服务中心", "老年食堂", "家庭养老床位", "助餐点", "适老化改造家庭"),
    "就业帮扶": ("零工市场", "技能培训班", "就业见习岗位", "创业担保贷款", "家门口就业服务站"),
    "营商环境": ("一件事集成服务", "企业开办专窗", "惠企政策直达平台", "涉企检查事项", "帮办代办员"),
    "乡村振兴": ("高标准农田", "农村公路", "村级集体经济项目", "特色产业基地", "农产品直播间"),
    "安全生产": ("隐患排查专班", "危化品企业", "消防通道", "燃气管道", "小场所"),
    "生态环境": ("河道断面", "污水处理设施", "扬尘监测点", "生态修复工程", "入河排污口"),
    "基层治理": ("网格员", "矛盾调解室", "议事协商会", "邻里中心", "楼道长"),
    "医疗卫生": ("家庭医生团队", "村卫生室", "远程会诊点", "慢病随访", "健康小屋"),
    "教育": ("课后服务课程", "集团化办学共同体", "校园食堂", "心理健康辅导站", "乡村学校少年宫"),
    "文化旅游": ("乡村旅游线路", "文化礼堂", "非遗工坊", "民宿集群", "夜间消费集聚区"),
    "交通": ("公交线路", "停车泊位", "充电桩", "断头路", "农村客运站"),
    "数字政务": ("掌上办事项", "自助服务终端", "电子证照", "数据共享接口", "一网通办专区"),
}
_VERBS = ("新建", "改造提升", "排查", "整治", "培育", "打造", "完善", "升级", "试点推行", "铺开建设", "规范", "统筹布局")
_RESULTS = ("服务群众{n}人次", "惠及农户{n}户", "带动就业{n}人", "节约成本{n}万元", "办理时间缩短{p}%",
            "群众满意率达{p}%", "投诉量下降{p}%", "覆盖{n}个村社", "累计受理{n}件", "完成率达{p}%",
            "同比增长{p}%", "带动村集体增收{n}万元", "减少跑腿{n}次", "帮助企业融资{n}亿元")
_CASES = ("{town}{vil}村依托{ent}建成{obj}，{res}", "{ent}率先接入{proj}{obj}，{res}",
          "{town}将{obj}纳入{proj}统一管理，{res}", "{vil}村党支部书记{per}带头牵头{obj}建设，{res}",
          "{town}探索“{obj}+{obj2}”模式，在{vil}村先行先试，{res}",
          "{ent}与{town}签订共建协议，合作{verb}{obj}{n}处，{res}")
_MEASURES = ("{place}在{town}{verb}{obj}{n}个，其中{vil}村{n2}个，{res}",
             "截至{m}月底，{place}已依托{proj}{verb}{obj}{n}处，{res}",
             "{place}把{obj}作为{proj}的重点，对{town}{n2}个村社实行清单化管理，{res}",
             "{place}{dept}联合{dept2}制定{proj}实施方案，明确{n}项任务、{n2}个责任单位",
             "针对{town}{obj}布局不均的问题，{place}按照“{a}{b}”思路{verb}，{res}",
             "{place}建立{proj}周调度机制，对{ent}等{n2}家单位的{obj}实行挂图作战，{res}",
             "{place}投入资金{n}万元用于{town}{obj}，{ent}承建的{n2}个点位已投用，{res}")
_SUBJECTS = ("{place}", "{town}", "{ent}", "{vil}村", "{place}{dept}", "{town}党委", "{place}{dept2}",
             "{vil}村股份经济合作社", "{town}{vil}村", "{proj}专班", "{place}住建部门", "{ent}和{vil}村")
_PREPS = ("依托{proj}", "围绕{obj2}", "聚焦{obj2}", "结合{proj}", "按照“{a}”要求", "借助{ent}力量", "在{town}",
          "针对群众反映的{obj2}问题", "", "", "通过“{a}”方式", "会同{dept2}")
_MODS = ("智慧", "标准化", "示范性", "一站式", "全天候", "集成式", "共享", "嵌入式", "流动", "规范化", "",
         "星级", "数字化", "村级", "片区", "便民", "绿色", "品牌化", "社区", "错时")
_QUALS = ("{n}处", "{n2}个", "，覆盖{vil}村等{n2}个村", "，首批选定{n2}个点位", "，已完成投资{n}万元",
          "，实行“{a}”管理", "，纳入{proj}", "，由{ent}负责运营", "", "，明确{n2}项责任清单")
_CONNECT = ("目前已", "累计", "全年", "", "上半年", "当月", "试运行以来", "预计")
_OPENERS = ("{y}年{m}月{d}日，{place}{dept}召开{topic}{meet}", "近日，{place}{dept}组织开展{topic}{act}",
            "今年以来，{place}围绕{obj}{push}", "{m}月{d}日，{place}在{town}举行{topic}{meet}",
            "{place}{dept}日前{push}{topic}", "为{goal}，{place}{dept}{push}{obj}")
_FILLERS = ("{place}各级各部门高度重视，精心组织，周密部署", "下一步，{place}将持续深化{topic}工作，推动各项任务落细落实",
            "活动现场气氛热烈，取得了良好效果", "会议要求，各单位要提高政治站位，强化责任担当，确保工作见行见效")
_TITLES = ("{place}{verb}{obj}{n}个", "{place}{topic}工作取得新进展", "{place}以{obj}为抓手推进{topic}",
           "{place}{res}", "{place}探索{topic}新模式")


_MIN_PASSAGE = 50   # characters: a planted passage is a paragraph, not a phrase


@dataclass(frozen=True)
class Planted:
    """A planted passage: where it sits in the copy, and which item it was copied from."""

    item_id: str
    start: int
    end: int
    source_id: str
    rule: str   # "boilerplate" (another unit) or "duplicate-submission" (same unit)


class Generator:
    def __init__(self, seed: int = 0, fragments_dir: str | Path | None = None):
        self.r = random.Random(seed)
        self._fragments = _load_fragments(fragments_dir) if fragments_dir else []
        self.r.shuffle(self._fragments)

    # -- names and figures ----------------------------------------------------------------
    def _name(self, k: int = 2) -> str:
        return "".join(self.r.choice(_NAME_CHARS) for _ in range(k))

    def place(self) -> str:
        return self._name() + self.r.choice(_SUFFIX)

    def _slots(self, place: str, topic: str) -> dict:
        r = self.r
        objs = _TOPICS[topic]
        d = {
            "place": place, "topic": topic, "obj": r.choice(objs), "obj2": r.choice(objs),
            "dept": r.choice(_DEPTS), "dept2": r.choice(_DEPTS), "verb": r.choice(_VERBS),
            "town": self._name() + r.choice(_TOWN), "vil": self._name(), "ent": self._name(2) + r.choice(
                ("科技有限公司", "农业合作社", "食品有限公司", "物业公司", "建设集团", "医药公司")),
            "proj": self._name() + r.choice(("工程", "计划", "行动", "项目")), "per": r.choice("王李张刘陈杨赵黄周吴") + self._name(1),
            "a": r.choice(("一村一策", "一企一档", "分类施策", "试点先行", "以点带面", "片区统筹")),
            "b": r.choice(("、全域推进", "、动态清零", "、闭环管理", "、按月通报", "、逐户销号")),
            "y": r.randint(2019, 2025), "m": r.randint(1, 12), "d": r.randint(1, 28),
            "n": r.randint(3, 9800), "n2": r.randint(2, 60),
            "meet": r.choice(("推进会", "座谈会", "调度会", "现场会", "培训班", "观摩会", "联席会议", "工作例会")),
            "act": r.choice(("专项行动", "集中攻坚", "百日行动", "大排查", "服务月活动", "进万家活动")),
            "push": r.choice(("持续发力", "全力推进", "加快推进", "集中整治", "深化改革", "提档升级")),
            "goal": r.choice(("破解群众急难愁盼问题", "补齐民生短板", "优化营商环境", "推动高质量发展",
                              "提升基层治理效能", "守牢安全底线")),
        }
        d["res"] = r.choice(_RESULTS).format(n=r.randint(2, 9999), p=r.randint(3, 98))
        return d

    def _sentence(self, pool, place: str, topic: str) -> str:
        return self.r.choice(pool).format(**self._slots(place, topic)) + "。"

    def _composed(self, place: str, topic: str) -> str:
        """A measure/result sentence from independent word-level choices (no shared skeleton)."""
        r, d = self.r, self._slots(place, topic)
        subj = r.choice(_SUBJECTS).format(**d)
        act = r.choice(_PREPS).format(**d) + r.choice(_VERBS) + r.choice(_MODS) + d["obj"]
        qual = r.choice(_QUALS).format(**d)
        res = r.choice(_CONNECT) + d["res"]
        return f"{subj}{act}{qual}，{res}。"

    def item(self, item_id: str, unit_place: str | None = None, topic: str | None = None) -> Item:
        r = self.r
        place = unit_place or self.place()
        topic = topic or r.choice(list(_TOPICS))
        sents = [self._sentence(_OPENERS, place, topic)]
        for _ in range(r.randint(3, 8)):
            sents.append(self._composed(place, topic))
        if r.random() < 0.5:
            sents.insert(r.randint(1, len(sents)), self._sentence(_FILLERS, place, topic))
        paras, cur = [], []
        for s in sents:
            cur.append(s)
            if r.random() < 0.3:
                paras.append("".join(cur))
                cur = []
        if cur:
            paras.append("".join(cur))
        title = r.choice(_TITLES).format(**self._slots(place, topic))
        return Item(title=title, body="\n".join(paras), id=item_id, unit=place + r.choice(_DEPTS))

    # -- planted passages -----------------------------------------------------------------
    def _passage_specs(self, topic: str) -> list:
        """2–4 sentence recipes; rendering one twice with other places/figures gives the edited copy."""
        n = self.r.randint(2, 4)
        specs: list = []
        while self._fragments and (len(specs) < n or sum(len(s[1]) for s in specs) < _MIN_PASSAGE):
            specs.append(("frag", self._fragments.pop()))
        if len(specs) >= 2 and sum(len(s[1]) for s in specs) >= _MIN_PASSAGE:
            return specs
        return [("tmpl", self.r.choice(_MEASURES + _CASES), self._slots("", topic)) for _ in range(n)]

    def _render(self, spec, place: str, figures: random.Random) -> str:
        if spec[0] == "frag":
            text = spec[1]
            text = re.sub(r"\{[a-z]=(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)\}", lambda m: _fig(m, figures), text)
            text = re.sub(r"\{[a-z]\}", lambda m: str(figures.randint(2, 900)), text)
            text = re.sub(r"\{[LPST]\}", place, text)
            # local names (enterprise, village, person…) differ between the two units' copies
            text = re.sub(r"\{[A-Z]+\}", lambda m: _local_name(m.group(0), figures), text)
            return text.rstrip("。") + "。"
        _, tmpl, slots = spec
        s = dict(slots, place=place, n=figures.randint(3, 9800), n2=figures.randint(2, 60),
                 m=figures.randint(1, 12))
        if figures.random() < 0.5:   # the copying unit puts in one of its own local names
            key = figures.choice(("town", "vil", "ent", "per"))
            nm = "".join(figures.choice(_NAME_CHARS) for _ in range(2))
            s[key] = {"town": nm + "镇", "ent": nm + "科技有限公司", "vil": nm, "per": "王" + nm[0]}[key]
        s["res"] = re.sub(r"\d+", lambda _: str(figures.randint(2, 9999)), s["res"])
        return tmpl.format(**s) + "。"

    def planted_pair(self, a_id: str, b_id: str, same_unit: bool = False
                     ) -> tuple[Item, Item, Planted, Planted]:
        """Item ``a`` with a passage, item ``b`` (another unit, or the same unit resubmitting)
        with the passage edited.  ``same_unit`` makes ``b`` a near-identical resubmission."""
        r = self.r
        topic = r.choice(list(_TOPICS))
        pa, pb = self.place(), self.place()
        specs = self._passage_specs(topic)
        a = self.item(a_id, pa, topic)
        a_sents = [self._render(s, pa, random.Random(r.random())) for s in specs]
        if same_unit:
            b = replace(a, id=b_id, title=a.title + "（续）")
            b_sents = [self._render(s, pa, random.Random(r.random())) for s in specs]
            pb = pa
        else:
            b = self.item(b_id, pb, topic)
            b_sents = [self._render(s, pb, random.Random(r.random())) for s in specs]
            if r.random() < 0.5:
                r.shuffle(b_sents)
            if len(b_sents) >= 3 and r.random() < 0.3:
                b_sents.pop(r.randrange(len(b_sents)))
            if r.random() < 0.3:
                b_sents.insert(r.randint(1, len(b_sents) - 1), self._composed(pb, topic))
        a, ga = _insert_passage(a, a_sents, r, keep_body=False)
        if same_unit:
            b, gb = _insert_passage(replace(b, body=a.body[:ga[0]] + a.body[ga[1]:]), b_sents, r, at=ga[0])
            b = replace(b, unit=a.unit)
            # a resubmission: the whole body is shared
            gb = (0, len(b.body))
            rule = "duplicate-submission"
        else:
            b, gb = _insert_passage(b, b_sents, r, keep_body=False)
            rule = "boilerplate"
        return (a, b, Planted(a.id, ga[0], ga[1], b.id, rule), Planted(b.id, gb[0], gb[1], a.id, rule))


def _local_name(slot: str, rnd: random.Random) -> str:
    name = "".join(rnd.choice(_NAME_CHARS) for _ in range(2))
    return name + {"{ENT}": "科技公司", "{VIL}": "村", "{TOWN}": "镇", "{SCH}": "小学",
                   "{HOS}": "卫生院", "{MKT}": "农贸市场", "{COM}": "社区", "{PROJ}": "项目"}.get(slot, "")


def _fig(m: re.Match, rnd: random.Random) -> str:
    lo, hi = m.group(1), m.group(2)
    if "." in lo or "." in hi:
        return f"{rnd.uniform(float(lo), float(hi)):.1f}"
    return str(rnd.randint(int(lo), int(hi)))


def _insert_passage(item: Item, sents: list[str], r: random.Random, keep_body: bool = False,
                    at: int | None = None) -> tuple[Item, tuple[int, int]]:
    """Put the passage sentences in as one paragraph between paragraphs of ``item``."""
    body = item.body
    if at is None:
        cuts = [0] + [m.end() for m in re.finditer("\n", body)] + [len(body)]
        at = r.choice(cuts[1:])   # never before the opening sentence
    passage = "".join(sents)
    before, after = body[:at], body[at:]
    lead = "" if not before or before.endswith("\n") else "\n"
    trail = "" if not after or after.startswith("\n") else "\n"
    new = before + lead + passage + trail + after
    start = len(before) + len(lead)
    return replace(item, body=new), (start, start + len(passage))


def _load_fragments(directory: str | Path) -> list[str]:
    out = []
    for path in sorted(Path(directory).glob("fragments_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"(mea|met|case|prob|cause|exp|sug):\s*(.+)", line)
            if m:
                text = m.group(2).split("||")[0].strip()
                if len(re.sub(r"\{[^}]*\}", "", text)) >= 14:
                    out.append(text)
    return out
