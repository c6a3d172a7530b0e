"""Template clusters (issue 16): a passage copied by many units is one cluster with its count,
and every copy's ``boilerplate`` finding points at it.  Items are generated here (seeded)."""
from __future__ import annotations

import random

import pytest

from xinxi_qc.crossdoc import Params, cross_findings
from xinxi_qc.model import Item
from xinxi_qc.output import json_document

WORDS = ("农业 工业 教育 医疗 交通 水利 电力 通信 金融 税收 就业 社保 养老 托育 住房 环保 林业 渔业 畜牧 "
         "旅游 文化 体育 科技 人才 招商 项目 园区 企业 商贸 物流 电商 消费 市场 价格 质量 安全 应急 消防 "
         "防汛 抗旱 地灾 气象 粮食 种子 化肥 农机 灌溉 道路 桥梁 隧道 公交 客运 货运 码头 机场 铁路 管网 "
         "供水 供气 供暖 污水 垃圾 厕所 绿化 照明 停车 充电 网格 调解 信访 法治 治安 禁毒 反诈 普法 档案 "
         "统计 审计 财政 预算 国资 债务 审批 登记 许可 备案 监管 执法 巡查 抽检 考核 督查 整改 验收 评估 "
         "规划 土地 矿产 测绘 产权 流转 合作 联社 集体 股份 分红 收益 帮扶 救助 低保 特困 残疾 儿童 妇女 "
         "老人 青年 学生 教师 医生 护士 村医 乡贤 党员 干部 书记 队员 站长 窗口 大厅 热线 平台 数据 系统 "
         "终端 设备 车辆 船舶 仓库 冷库 大棚 果园 茶园 药材 蔬菜 生猪 肉牛 蜂蜜 竹笋 核桃 柑橘").split()
TEMPLATE_A = ("我们坚持以人民为中心的发展思想，把基层治理作为一项重要的民生工程来抓，建立健全“一网统管、"
              "多元共治”工作机制，整合网格员、志愿者和驻村干部力量，实行问题发现、交办、处置、反馈全流程"
              "闭环管理。同时，完善考核评价办法，将群众满意度作为检验工作成效的根本标准，推动治理重心下移、"
              "资源下沉、服务下倾，切实把矛盾纠纷化解在基层、解决在萌芽状态。下一步，我们将持续深化"
              "“党建引领、网格赋能”治理模式，加强智慧平台建设和数据共享应用，健全常态长效工作机制。")
TEMPLATE_B = ("全省统一部署开展农村人居环境整治提升行动，围绕农村厕所革命、生活污水治理和生活垃圾分类处理"
              "三项重点任务，制定年度工作清单和责任分工。各地建立县级统筹、乡镇落实、村级实施的推进机制，"
              "组织专业力量开展技术指导，引导农户投工投劳参与村庄清洁。通过月调度、季通报、年考核，推动"
              "整治工作由点到面、由表及里，村容村貌和群众生活品质持续改善。")
# Short meeting formulas (not in the stock-phrase list) many items carry: each may join a
# passage but never makes one.
FORMULAS = ("全体参会人员集中观看了警示教育片。", "与会同志结合分管工作作了交流发言。", "各镇街主要负责同志列席本次会议。",
            "会后各组围绕年度重点任务进行了分组讨论。")


def own_sentence(rng: random.Random) -> str:
    """Ten random words and figures: unlike any other item's sentence."""
    w = rng.sample(WORDS, 10)
    return (f"{''.join(w[:4])}，{''.join(w[4:7])}{rng.randint(2, 9800)}个，"
            f"{''.join(w[7:])}增长{rng.randint(1, 60)}.{rng.randint(0, 9)}%。")


def units(n: int) -> list[str]:
    heads, tails = "青苍旺剑昭朝利广元平南通宣达渠邻岳武华蓬营仪阆西高珙筠兴屏江长叙", "川溪阁化天州安山充江汉水城坪源阳"
    names = [h + t + k for k in "县区市镇" for h in heads for t in tails if h != t]
    assert n <= len(names)
    return names[:n]


def make_items(n: int, template: str, seed: int, unit_names: list[str] | None = None, prefix: str = "t",
               middle=None) -> tuple[list[Item], list[tuple[int, int]]]:
    """``n`` items: own title, opening and closing around ``template`` (``middle(k, rng)`` may
    replace it per item); returns the items and where the middle passage is in each body."""
    rng = random.Random(seed)
    names = unit_names or units(n)
    items, spans = [], []
    for k in range(n):
        unit = names[k % len(names)]
        opening = f"今年以来，{unit}" + own_sentence(rng) + own_sentence(rng)
        passage = middle(k, rng) if middle else template
        body = f"{opening}\n{passage}\n{own_sentence(rng)}{own_sentence(rng)}"
        items.append(Item(f"{unit}{''.join(rng.sample(WORDS, 3))}工作", body, id=f"{prefix}{k:05d}", unit=unit))
        spans.append((len(opening) + 1, len(opening) + 1 + len(passage)))
    return items, spans


def cluster_findings(found) -> list:
    return [f for fs in found for f in fs if f.rule == "boilerplate" and "cluster_id" in f.extra]


def test_a_template_in_1200_units_is_one_cluster_and_every_copy_points_at_it():
    items, spans = make_items(1200, TEMPLATE_A, seed=3)
    found = cross_findings(items, params=Params())
    for item, fs, (a, b) in zip(items, found, spans):
        body = [f for f in fs if f.rule == "boilerplate" and f.field == "body"]
        assert len(body) == 1, item.id
        f = body[0]
        assert (f.start, f.end) == (a, b)
        assert item.body[f.start:f.end] == TEMPLATE_A
        assert f.extra["cluster_id"] == "T1"
        assert f.extra["cluster_count"] == 1200 and f.extra["cluster_units"] == 1200
        assert f.message.startswith("此段与 1200 个单位（共 1200 篇，含本篇）的信息雷同")
        assert f.suggestion
    rep = {f.extra["cluster_representative"]["id"] for f in cluster_findings(found)}
    assert len(rep) == 1
    rep_id = rep.pop()
    rep_pos = next(k for k, it in enumerate(items) if it.id == rep_id)
    rep_f = next(f for f in found[rep_pos] if "cluster_id" in f.extra)
    assert rep_f.extra["cluster_is_representative"] is True
    assert rep_f.extra["other_id"] != rep_id      # the representative names another copy
    a, b = rep_f.extra["cluster_representative_start"], rep_f.extra["cluster_representative_end"]
    assert items[rep_pos].body[a:b] == TEMPLATE_A == rep_f.extra["cluster_passage"]


def test_the_json_report_lists_the_cluster_once_with_its_count():
    items, _ = make_items(300, TEMPLATE_A, seed=4)
    found = cross_findings(items, params=Params())
    doc = _document(items, found)
    assert len(doc["clusters"]) == 1
    c = doc["clusters"][0]
    assert (c["id"], c["count"], c["units"]) == ("T1", 300, 300)
    assert c["passage"] == TEMPLATE_A
    assert len(c["items"]) == 300 and {i["id"] for i in c["items"]} == {it.id for it in items}
    assert c["representative"]["id"] in {it.id for it in items}


def _document(items, found) -> dict:
    """The JSON report ``check --format json`` prints, of ``check_item`` results with these findings."""
    from xinxi_qc.config import load_config
    from xinxi_qc.engine import check_item

    config = load_config(None)
    return json_document([check_item(it, config, extra_findings=fs) for it, fs in zip(items, found)])


def test_a_template_copied_only_by_the_same_unit_gives_no_finding():
    items, _ = make_items(400, TEMPLATE_A, seed=5, unit_names=["河西县农业农村局"])
    found = cross_findings(items, params=Params())
    assert not [f for fs in found for f in fs if f.rule == "boilerplate"]


def test_two_templates_are_two_clusters_with_their_counts():
    a, _ = make_items(500, TEMPLATE_A, seed=6, prefix="a")
    b, _ = make_items(300, TEMPLATE_B, seed=7, prefix="b", unit_names=units(800)[500:])
    items = a + b
    random.Random(1).shuffle(items)
    found = cross_findings(items, params=Params())
    clusters = {}
    for it, fs in zip(items, found):
        ids = [f.extra["cluster_id"] for f in fs if "cluster_id" in f.extra]
        assert len(ids) == 1, it.id
        clusters.setdefault(ids[0], set()).add(it.id[0])
    assert {k: len(v) for k, v in clusters.items()} == {"T1": 1, "T2": 1}
    assert clusters["T1"] == {"a"} and clusters["T2"] == {"b"}
    counts = {f.extra["cluster_id"]: f.extra["cluster_count"] for f in cluster_findings(found)}
    assert counts == {"T1": 500, "T2": 300}


def _edited(k: int, rng: random.Random) -> str:
    """Every fifth copy edited: figures and a few words changed, or a sentence dropped or inserted."""
    if k % 5:
        return TEMPLATE_A
    s1, s2, s3 = [s + "。" for s in TEMPLATE_A.split("。") if s]
    kind = (k // 5) % 3
    if kind == 0:
        return s1.replace("网格员、志愿者", "网格员、社工").replace("全流程", "全链条") + s2 + s3
    if kind == 1:
        return s1 + s3   # a sentence dropped
    return s1 + f"目前已累计化解矛盾纠纷{rng.randint(100, 999)}件。" + s2 + s3   # one inserted


def test_edited_copies_join_the_cluster_at_their_own_offsets():
    items, spans = make_items(600, TEMPLATE_A, seed=8, middle=_edited)
    found = cross_findings(items, params=Params())
    for item, fs, (a, b) in zip(items, found, spans):
        f = [f for f in fs if "cluster_id" in f.extra]
        assert len(f) == 1, item.id
        assert f[0].extra["cluster_count"] == 600
        assert a <= f[0].start < f[0].end <= b and f[0].end - f[0].start >= 0.6 * (b - a)


def test_distinct_items_among_the_copies_get_no_finding():
    copies, _ = make_items(500, TEMPLATE_A, seed=9)
    own, _ = make_items(40, "", seed=10, prefix="d", unit_names=units(540)[500:],
                        middle=lambda k, rng: own_sentence(rng) + own_sentence(rng))
    items = copies[:250] + own + copies[250:]
    found = cross_findings(items, params=Params())
    for it, fs in zip(items, found):
        if it.id.startswith("d"):
            assert fs == [], it.id
        else:
            assert [f.extra["cluster_count"] for f in fs if "cluster_id" in f.extra] == [500]


def test_shared_official_formulas_are_no_cluster():
    """Short formulas side by side in 600 items: together they have a passage's length, but
    short sentences found everywhere only join a passage, never make one."""
    items, _ = make_items(600, "", seed=11, middle=lambda k, r: "".join(r.sample(FORMULAS, 3)) + own_sentence(r))
    found = cross_findings(items, params=Params())
    assert not [f for fs in found for f in fs if f.rule == "boilerplate"]


def test_few_copies_are_still_found_pair_by_pair():
    items, spans = make_items(30, TEMPLATE_A, seed=12)
    found = cross_findings(items, params=Params())
    for fs, (a, b) in zip(found, spans):
        f = [f for f in fs if f.rule == "boilerplate" and f.field == "body"]
        assert len(f) == 1 and (f[0].start, f[0].end) == (a, b) and "cluster_id" not in f[0].extra


@pytest.mark.parametrize("n", [120, 700])
def test_clusters_are_deterministic(n):
    items, _ = make_items(n, TEMPLATE_B, seed=13)
    first = cross_findings(items, params=Params())
    again = cross_findings(list(items), params=Params())
    assert first == again
    assert len({f.extra["cluster_id"] for f in cluster_findings(first)}) == 1
    assert len(cluster_findings(first)) == n


@pytest.fixture(scope="module")
def template_archive():
    """An archive in which 400 units copied TEMPLATE_A (kept in memory, as ``--against`` reads a folder)."""
    from xinxi_qc.crossdoc import open_archive

    items, _ = make_items(400, TEMPLATE_A, seed=14, prefix="arc")
    return open_archive(_Source(items), Params())


class _Source:
    def __init__(self, items):
        self._items, self.errors = items, []

    def items(self):
        return iter(self._items)


def test_a_draft_copying_an_archive_template_points_at_it(template_archive):
    drafts, spans = make_items(3, TEMPLATE_A, seed=15, prefix="new", unit_names=["某新区", "某老区", "某开发区"])
    found = cross_findings(drafts, template_archive)
    for fs, (a, b) in zip(found, spans):
        f = [f for f in fs if "cluster_id" in f.extra]
        assert len(f) == 1 and (f[0].start, f[0].end) == (a, b)
        assert f[0].extra["cluster_in_archive"] is True
        assert (f[0].extra["cluster_count"], f[0].extra["cluster_units"]) == (400, 400)
        assert f[0].message.startswith("此段与比对库中 400 个单位（共 400 篇）的信息雷同")


def test_an_archive_template_of_the_drafts_own_unit_is_no_finding():
    from xinxi_qc.crossdoc import open_archive

    items, _ = make_items(300, TEMPLATE_A, seed=16, unit_names=["某县委办"])
    archive = open_archive(_Source(items), Params())
    drafts, _ = make_items(1, TEMPLATE_A, seed=17, prefix="new", unit_names=["某县委办"])
    assert not [f for f in cross_findings(drafts, archive)[0] if f.rule == "boilerplate"]
    others, _ = make_items(1, TEMPLATE_A, seed=17, prefix="new", unit_names=["某区委办"])
    assert [f.extra["cluster_units"] for f in cross_findings(others, archive)[0] if "cluster_id" in f.extra] == [1]


def test_an_archive_item_checked_again_does_not_count_itself(template_archive):
    item = template_archive.store.get(7)
    fs = [f for f in cross_findings([item], template_archive)[0] if "cluster_id" in f.extra]
    assert len(fs) == 1 and fs[0].extra["cluster_count"] == 399
    assert fs[0].extra["cluster_representative"]["id"] != item.id


def test_edited_drafts_still_point_at_the_archive_template(template_archive):
    drafts, spans = make_items(15, TEMPLATE_A, seed=18, prefix="new", unit_names=units(415)[400:],
                               middle=lambda k, rng: _edited(5 * k, rng))
    for d, fs, (a, b) in zip(drafts, cross_findings(drafts, template_archive), spans):
        f = [f for f in fs if "cluster_id" in f.extra]
        assert len(f) == 1, d.id
        assert f[0].extra["cluster_in_archive"] and f[0].extra["cluster_count"] >= 300
        assert a <= f[0].start < f[0].end <= b and f[0].end - f[0].start >= 0.6 * (b - a)


def test_an_opening_and_a_closing_template_are_two_clusters_at_their_own_offsets():
    """Both templates in every item, the unit's own sentences between: two clusters, and the
    unit's own text is in neither finding."""
    items, spans = make_items(300, "", seed=19,
                              middle=lambda k, rng: TEMPLATE_A + "\n" + own_sentence(rng) + own_sentence(rng)
                              + "\n" + TEMPLATE_B)
    found = cross_findings(items, params=Params())
    for it, fs, (a, b) in zip(items, found, spans):
        got = sorted((f.start, f.end, f.extra["cluster_count"]) for f in fs if "cluster_id" in f.extra)
        assert got == [(a, a + len(TEMPLATE_A), 300), (b - len(TEMPLATE_B), b, 300)], it.id
    assert len({f.extra["cluster_id"] for f in cluster_findings(found)}) == 2


def test_a_cluster_size_above_bucket_cap_still_clusters_what_pairs_cannot_find():
    """``cluster_min`` set above ``bucket_cap``: 300 copies fill buckets that pair nothing, so
    they are still one cluster (``cluster_size`` is capped at ``bucket_cap``)."""
    items, _ = make_items(300, TEMPLATE_B, seed=20)
    params = Params(cluster_min=1000)
    assert params.cluster_size == params.bucket_cap == 200
    found = cross_findings(items, params=params)
    assert {f.extra["cluster_count"] for f in cluster_findings(found)} == {300}
    assert len(cluster_findings(found)) == 300


def test_cluster_min_from_the_configuration_file(tmp_path):
    cfg = tmp_path / "xinxi-qc.toml"
    cfg.write_text("[crossdoc]\ncluster_min = 150\n", encoding="utf-8")
    items, _ = make_items(120, TEMPLATE_B, seed=21)
    assert not cluster_findings(cross_findings(items, config_path=str(cfg)))   # 120 copies: pairwise
    assert len(cluster_findings(cross_findings(items, params=Params()))) == 120   # default 50: one cluster


def test_dedup_lists_a_template_cluster_once_with_its_count(tmp_path):
    import json

    from click.testing import CliRunner

    from xinxi_qc.cli import main

    items, _ = make_items(120, TEMPLATE_A, seed=11)
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(json.dumps({"id": i.id, "unit": i.unit, "title": i.title, "body": i.body},
                                            ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["dedup", str(archive), "--format", "json"])
    assert result.exit_code == 0, result.output
    clusters = json.loads(result.output)["template_clusters"]
    assert len(clusters) == 1 and clusters[0]["items"] == 120 and clusters[0]["units"] == 120
    assert clusters[0]["passage"] in TEMPLATE_A or TEMPLATE_A in clusters[0]["passage"]
    text = CliRunner().invoke(main, ["dedup", str(archive)]).output
    assert "模板组 T1：120 个单位、共 120 篇" in text
