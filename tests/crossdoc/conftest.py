from __future__ import annotations

import json

import pytest

from xinxi_qc.model import Item

# A passage two units share, and the edited copy (other place names, other figures,
# reordered sentences, one inserted sentence).
PASSAGE_A = ("西湖区在三墩镇建成智能垃圾回收站点126个，覆盖小区340个，居民参与率达到85%。"
             "三墩镇兰里村依托绿源环保科技有限公司推行积分兑换制度，每月兑换生活用品2万余件。"
             "区城管局每周对分类投放点开展暗访检查，通报问题点位并限期整改。")
PASSAGE_B = ("海曙区城管局每周对分类投放点开展暗访检查，通报问题点位并限期整改。"
             "海曙区在古林镇建成智能垃圾回收站点98个，覆盖小区210个，居民参与率达到80%。"
             "同时组织志愿者上门宣传二十余场。"
             "古林镇兰里村依托绿源环保科技有限公司推行积分兑换制度，每月兑换生活用品3万余件。")


def item(id_, unit, title, body) -> Item:
    return Item(title=title, body=body, id=id_, unit=unit)


@pytest.fixture
def pair() -> tuple[Item, Item]:
    a = item("a1", "西湖区城管局", "西湖区垃圾分类智能回收覆盖340个小区",
             "3月5日，西湖区召开垃圾分类推进会。\n" + PASSAGE_A + "\n下一步将继续高度重视，狠抓落实。")
    b = item("b1", "海曙区城管局", "海曙区积分兑换激发居民分类热情",
             "今年以来，海曙区把垃圾分类作为民生实事。\n" + PASSAGE_B + "\n海曙区还在12个街道试点夜间收运，减少扰民投诉。")
    return a, b


def write_jsonl(path, items) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({"id": it.id, "unit": it.unit, "title": it.title, "body": it.body},
                                ensure_ascii=False) + "\n")
