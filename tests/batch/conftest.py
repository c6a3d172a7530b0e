"""A small mixed archive: several formats, encodings and broken inputs, two units sharing a template."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

TEMPLATE = (
    "为进一步做好安全生产工作，{unit}召开专题会议，传达学习上级文件精神，部署安全生产大检查。"
    "会议要求，各部门要高度重视，压实责任，狠抓落实，确保全年安全生产形势稳定。"
    "会上还通报了上半年全县安全生产情况，并对下一阶段工作作出安排。"
)

GOOD = [
    ("东湖区1-6月新增就业岗位3200个", "今年1-6月，东湖区新增城镇就业岗位3200个，同比增长12.5%。"
     "其中，东湖街道依托电商产业园吸纳就业860人，占全区新增就业的26.9%。区人社局开设“家门口”招聘会15场，"
     "达成就业意向1100余人。下一步，该区将在6个街道推广园区带动就业做法。"),
    ("西山镇推行“一村一品”带动村集体增收", "西山镇今年在12个行政村推行“一村一品”，培育茶叶、香菇等特色产业。"
     "截至9月底，全镇村集体经营性收入达到486万元，比去年同期增加132万元。"
     "其中，石门村发展高山茶园300亩，带动62户农户户均增收1.2万元。"),
    ("当前农村养老服务存在三方面问题", "调研发现，全县农村养老服务还存在一些问题。一是设施利用率低，"
     "28个农村幸福院中有11个日常开放不足3天。二是服务人员不足，平均每院仅有0.8名专职人员。"
     "三是资金来源单一。建议整合闲置校舍资源，引入社会力量参与运营。"),
]


def _docx(path: Path, title: str, body: str) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for para in body.split("。"):
        if para:
            d.add_paragraph(para + "。")
    d.save(path)


def build_archive(root: Path) -> dict[str, int]:
    """Write the archive; returns how many good items and bad inputs it holds."""
    a = root / "城建局"
    b = root / "交通局"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    (a / "1.txt").write_text(f"{GOOD[0][0]}\n{GOOD[0][1]}\n", encoding="utf-8")
    (a / "2.md").write_text(f"# {GOOD[1][0]}\n\n{GOOD[1][1]}\n", encoding="utf-8")
    (b / "3.txt").write_bytes(f"{GOOD[2][0]}\n{GOOD[2][1]}\n".encode("gb18030"))
    (a / "会议.txt").write_text("城建局召开安全生产工作会议\n" + TEMPLATE.format(unit="城建局"), encoding="utf-8")
    _docx(b / "会议.docx", "交通局召开安全生产工作会议", TEMPLATE.format(unit="交通局"))
    (b / "empty.txt").write_bytes(b"")
    (b / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (b / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip file")
    data = root / "导出"
    data.mkdir()
    lines = []
    for i in range(12):
        title, body = GOOD[i % 3]
        lines.append(json.dumps({
            "id": f"J{i:03d}", "unit": ["城建局", "交通局", "水利局"][i % 3], "title": title,
            "body": body + f"（第{i + 1}期）", "event_date": "2024-03-01",
            "submitted": f"2024-{3 + i % 3:02d}-{10 + i:02d}",
        }, ensure_ascii=False))
    lines.insert(5, '{"id": "BAD", "title": "缺右括号"')
    (data / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(data / "items.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "unit", "title", "body", "event_date", "submitted"])
        for i in range(4):
            title, body = GOOD[(i + 1) % 3]
            w.writerow([f"C{i}", "水利局", title, body + f"（表{i}）", "2024-05-01", "2024-05-03"])
    return {"good": 5 + 12 + 4, "bad": 4}


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    root = tmp_path / "archive"
    counts = build_archive(root)
    return root, counts
