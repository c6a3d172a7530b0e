"""Check time for large bodies and for one template copied by thousands of units, printed, never
asserted (issue 16).  Generated text only: no corpus, no external data.

    python benchmarks/bench_template.py [--sizes 100,1000,5000] [--copies 3000] [--seed 7]

* **Body size**: one item whose body is 100 KB / 1 MB / 5 MB of UTF-8, of two kinds — one short
  sentence with a figure repeated (``增长12.5%。``…: the most sentences and figures per byte, the
  case that was quadratic) and varied generated sentences in paragraphs.
* **Template copies**: ``--copies`` items from as many different units, each with its own title,
  opening and closing (random words: no two units' own sentences alike) and the same template passage (a province-wide 经验做法 paragraph) in the
  middle; all are checked in one call, as ``xinxi-qc check a.txt b.txt …`` does, i.e. the
  cross-item comparison of the items followed by ``check_item`` on each
  (:func:`xinxi_qc.cli.check.check_all`, the function the CLI calls).  Printed: the time, the
  share spent in the cross-item comparison, how many copies got a ``boilerplate`` finding on
  the template passage (every copy should) and how many template clusters the findings name
  (one: the template, with its count).  With several counts (default 100, 300, 600, 3000) the
  last lines compare the time of the largest with each smaller one (about linear: the time
  ratio close to the count ratio).
"""
from __future__ import annotations

import argparse
import random
import time
from datetime import date

PLACES = ("城关镇", "河西乡", "东坝村", "新华社区", "工业园区", "南山街道", "柳林镇", "石桥村", "高新区", "北门社区")
ACTORS = ("县农业农村局", "区市场监管局", "镇党委", "街道办事处", "县教育局", "区卫健局", "县交通运输局",
          "乡政府", "县民政局", "区住建局", "县文旅局", "区应急管理局")
ACTIONS = ("新建", "改造", "排查", "培训", "走访", "整治", "签约", "发放", "检测", "帮扶", "回访", "修缮")
OBJECTS = ("农村公路", "便民服务点", "食品经营户", "困难群众", "危旧房屋", "中小学校舍", "冷链仓储",
           "养老服务站", "灌溉渠道", "电商站点", "消防通道", "文化广场")
RESULTS = ("群众满意度明显提升", "办理时限缩短一半", "隐患全部整改到位", "带动就业岗位增加", "投诉量同比下降",
           "覆盖率达到新高", "运行成本有所降低", "问题当场解决")
UNIT_HEADS = ("青", "苍", "旺", "剑", "昭", "朝", "利", "广", "元", "平", "南", "通", "宣", "达", "渠", "邻",
              "岳", "武", "华", "蓬", "营", "仪", "阆", "西", "高", "珙", "筠", "兴", "屏", "江", "长", "叙")
UNIT_TAILS = ("川", "溪", "苍", "阁", "化", "天", "州", "安", "山", "充", "江", "汉", "水", "城", "坪", "源",
              "阳", "胜", "蓥", "陇", "中", "宁", "林", "文", "凤", "岩", "口", "顺", "宾", "昌", "德", "都")
UNIT_KINDS = ("县", "区", "市", "镇")

# Two-character words for unit-specific sentences: ten words drawn at random from these give
# sentences that share few character pairs, so two units' own text is not a copy of each other.
WORDS = ("农业 工业 教育 医疗 交通 水利 电力 通信 金融 税收 就业 社保 养老 托育 住房 环保 林业 渔业 畜牧 "
         "旅游 文化 体育 科技 人才 招商 项目 园区 企业 商贸 物流 电商 消费 市场 价格 质量 安全 应急 消防 "
         "防汛 抗旱 地灾 气象 粮食 种子 化肥 农机 灌溉 道路 桥梁 隧道 公交 客运 货运 码头 机场 铁路 管网 "
         "供水 供气 供暖 污水 垃圾 厕所 绿化 照明 停车 充电 网格 调解 信访 法治 治安 禁毒 反诈 普法 档案 "
         "统计 审计 财政 预算 国资 债务 审批 登记 许可 备案 监管 执法 巡查 抽检 考核 督查 整改 验收 评估 "
         "规划 土地 矿产 测绘 不动 产权 宅基 流转 合作 联社 集体 股份 分红 收益 帮扶 救助 低保 特困 残疾 "
         "儿童 妇女 老人 青年 学生 教师 医生 护士 村医 乡贤 党员 干部 书记 队员 站长 窗口 大厅 热线 平台 "
         "数据 系统 终端 设备 车辆 船舶 仓库 冷库 大棚 果园 茶园 药材 蔬菜 生猪 肉牛 蜂蜜 竹笋 核桃 柑橘").split()
# The passage every unit copies (a province-wide template): four sentences, about 280 characters.
TEMPLATE = ("我们坚持以人民为中心的发展思想，把基层治理作为一项重要的民生工程来抓，建立健全“一网统管、"
            "多元共治”工作机制，整合网格员、志愿者和驻村干部力量，实行问题发现、交办、处置、反馈全流程"
            "闭环管理。同时，完善考核评价办法，将群众满意度作为检验工作成效的根本标准，推动治理重心下移、"
            "资源下沉、服务下倾，切实把矛盾纠纷化解在基层、解决在萌芽状态，不断提升人民群众的获得感、"
            "幸福感和安全感，为全省基层治理现代化探索了可复制、可推广的经验做法。下一步，我们将持续深化"
            "“党建引领、网格赋能”治理模式，加强智慧平台建设和数据共享应用，健全常态长效工作机制。")


def sentence(rng: random.Random) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return (f"{month}月{day}日，{rng.choice(ACTORS)}在{rng.choice(PLACES)}{rng.choice(ACTIONS)}"
            f"{rng.choice(OBJECTS)}{rng.randint(2, 980)}处，涉及群众{rng.randint(30, 9000)}人，"
            f"{rng.choice(RESULTS)}，较上年提高{rng.randint(1, 40)}.{rng.randint(0, 9)}个百分点。")


def own_sentence(rng: random.Random) -> str:
    """A sentence of ten random words and a figure: unlike any other unit's."""
    words = rng.sample(WORDS, 10)
    return (f"{''.join(words[:4])}，{''.join(words[4:7])}{rng.randint(2, 9800)}个，"
            f"{''.join(words[7:])}增长{rng.randint(1, 60)}.{rng.randint(0, 9)}%。")


def generated_body(n_bytes: int, seed: int) -> str:
    """Varied generated sentences, five to a paragraph, up to ``n_bytes`` of UTF-8."""
    rng = random.Random(seed)
    out, size, k = [], 0, 0
    while size < n_bytes:
        part = sentence(rng)
        k += 1
        part += "\n" if k % 5 == 0 else ""
        out.append(part)
        size += len(part.encode("utf-8"))
    return "".join(out).encode("utf-8")[:n_bytes].decode("utf-8", "ignore")


def repeated_body(n_bytes: int) -> str:
    unit = "增长12.5%。"
    return unit * (n_bytes // len(unit.encode("utf-8")))


def unit_names(n: int, rng: random.Random) -> list[str]:
    names = [h + t + k for k in UNIT_KINDS for h in UNIT_HEADS for t in UNIT_TAILS if h != t]
    rng.shuffle(names)
    if n > len(names):
        names += [f"{names[i % len(names)]}{i // len(names) + 1}分局" for i in range(len(names), n)]
    return names[:n]


def template_items(n: int, seed: int):
    """``n`` items from ``n`` different units: own title, opening and closing, the template between.
    Returns (items, (start, end) of the template in each body)."""
    from xinxi_qc.model import Item

    rng = random.Random(seed)
    items, spans = [], []
    for k, unit in enumerate(unit_names(n, rng)):
        opening = f"今年以来，{unit}" + own_sentence(rng) + own_sentence(rng)
        closing = own_sentence(rng) + own_sentence(rng)
        body = f"{opening}\n{TEMPLATE}\n{closing}"
        start = len(opening) + 1
        spans.append((start, start + len(TEMPLATE)))
        title = f"{unit}{''.join(rng.sample(WORDS, 3))}工作"
        items.append(Item(title, body, id=f"t{k:05d}", unit=unit, source=f"t{k:05d}.txt",
                          submitted=date(2026, 10, 15)))
    return items, spans


def main() -> None:
    # The whole first paragraph of the docstring: its first line alone stops mid-sentence.
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()))
    parser.add_argument("--sizes", default="100,1000,5000", help="body sizes in KB (default 100,1000,5000)")
    parser.add_argument("--copies", default="100,300,600,3000",
                        help="items sharing the template (comma-separated counts, default 100,300,600,3000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from xinxi_qc.batch.threads import one_thread_per_process
    from xinxi_qc.cli.check import _cross_findings, check_all
    from xinxi_qc.config import load_config
    from xinxi_qc.engine import check_item
    from xinxi_qc.model import Item

    one_thread_per_process()   # as `check` does before loading the checker
    config = load_config(None).dated(date(2026, 10, 16))
    # warm up: lexicons, models, the segmenter's dictionary are loaded outside the timed runs
    check_item(Item("某县召开工作会议", "某县召开工作会议，部署下一阶段工作。"), config)
    check_item(Item("某县工作情况", repeated_body(20_000) + generated_body(20_000, args.seed)), config)

    sizes = [int(s) for s in args.sizes.split(",") if s]
    for kind in ("repeated", "generated"):
        times = []
        for kb in sizes:
            body = repeated_body(kb * 1000) if kind == "repeated" else generated_body(kb * 1000, args.seed)
            item = Item("某县工作情况", body, id="big", source="big.txt")
            errors: list = []
            start = time.perf_counter()
            check_all([item], config, errors)
            took = time.perf_counter() - start
            times.append(took)
            print(f"body {kind:9s} {kb:5d} KB ({len(body):8d} chars): {took:7.2f} s"
                  + (f"  ERROR {errors[0].message}" if errors else ""), flush=True)
        if len(times) >= 2:
            print(f"body {kind:9s} {sizes[-1]} KB / {sizes[0]} KB: {times[-1] / times[0]:5.1f}x time "
                  f"for {sizes[-1] / sizes[0]:.0f}x size", flush=True)

    timed: list[tuple[int, float, float]] = []
    for n in (int(c) for c in args.copies.split(",") if c):
        items, spans = template_items(n, args.seed)
        errors = []
        start = time.perf_counter()
        results = check_all(items, config, errors)
        took = time.perf_counter() - start
        # the cross-item comparison alone, timed again on the same items (its share of the run)
        start = time.perf_counter()
        _cross_findings(items, None, None)
        cross = time.perf_counter() - start
        timed.append((n, took, cross))
        on_template = [[f for f in r.findings if f.rule == "boilerplate" and f.field == "body" and f.start < b
                        and f.end > a] for r, (a, b) in zip(results, spans)]
        flagged = sum(1 for fs in on_template if fs)
        clusters = {(f.extra["cluster_id"], f.extra["cluster_count"], f.extra["cluster_units"])
                    for fs in on_template for f in fs if "cluster_id" in f.extra}
        exact = sum(1 for fs, (a, b) in zip(on_template, spans) if any((f.start, f.end) == (a, b) for f in fs))
        any_cross = sum(1 for r in results if any(f.rule in ("boilerplate", "duplicate-submission")
                                                  for f in r.findings))
        chars = sum(len(i.title) + len(i.body) for i in items)
        named = "; ".join(f"{cid}: {count} items, {units} units" for cid, count, units in sorted(clusters)) or "none"
        print(f"template copies {n:5d} ({chars} chars): check {took:7.2f} s ({n / took:6.1f} items/s), "
              f"cross-item comparison {cross:6.2f} s ({cross / took:5.1%}); "
              f"template flagged in {flagged}/{n} copies ({flagged / n:.0%}, {exact} at exactly its offsets), "
              f"{any_cross} items with a cross-item finding; clusters named: {len(clusters)} ({named})"
              + (f"; {len(errors)} errors" if errors else ""), flush=True)
    n1, t1, c1 = timed[-1]
    for n0, t0, c0 in timed[:-1]:
        print(f"template copies {n1} / {n0}: {n1 / n0:4.1f}x items, check {t1 / t0:4.1f}x time "
              f"({t0:.2f} s -> {t1:.2f} s), cross-item comparison {c1 / c0:4.1f}x ({c0:.2f} s -> {c1:.2f} s)",
              flush=True)


if __name__ == "__main__":
    main()
