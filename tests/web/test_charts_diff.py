import re

from xinxi_qc.web.charts import column_chart, hbar_chart, histogram, stacked_columns
from xinxi_qc.web.diffing import char_diff


def test_hbar_chart_scales_bars_and_escapes_labels():
    svg = str(hbar_chart(["甲镇", "<b>乙镇</b>"], [10, 5], "积分"))
    widths = [float(w) for w in re.findall(r'<rect x="150" y="[\d.]+" width="([\d.]+)"', svg)]
    assert widths[0] == 2 * widths[1] > 0
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    assert svg.startswith("<svg") and "<title>积分</title>" in svg


def test_empty_chart_says_no_data():
    assert "暂无数据" in str(hbar_chart([], [], "积分"))
    assert "暂无数据" in str(column_chart(["a"], [0], "分布"))


def test_histogram_counts_bins_including_top_edge():
    svg = str(histogram([0, 9, 10, 55, 100, 100], "质量分分布"))
    assert re.search(r"<title>0–10：2</title>", svg)
    assert re.search(r"<title>90–100：2</title>", svg)
    assert re.search(r"<title>50–60：1</title>", svg)


def test_stacked_columns_have_one_rect_per_nonzero_value_and_a_legend():
    svg = str(stacked_columns(["1月", "2月"], {"动态": [2, 0], "经验": [1, 3]}, "类型"))
    assert len(re.findall(r"<rect [^>]*><title>", svg)) == 3
    assert "动态" in svg and "经验" in svg


def test_char_diff_marks_changes():
    pieces = char_diff("全市新增就业3000人", "全市新增就业3500人，同比增长5%")
    assert "".join(t for op, t in pieces if op != "insert") == "全市新增就业3000人"
    assert "".join(t for op, t in pieces if op != "delete") == "全市新增就业3500人，同比增长5%"
    assert ("delete", "0") in pieces or any(op == "delete" for op, _ in pieces)
    assert char_diff("相同", "相同") == [("equal", "相同")]
