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


def _sides(pieces):
    return ("".join(t for op, t in pieces if op != "insert"), "".join(t for op, t in pieces if op != "delete"))


def test_readable_diff_keeps_both_texts_and_changes_whole_numbers():
    from xinxi_qc.web.diffing import readable_diff

    old = "今年1至9月，全市新增就业3000人。该区试点服务站，帮助312人再就业。下一步将继续推进。"
    new = "今年1至9月，全市新增就业3500人。该区试点服务站，帮助312人再就业。明年计划新增服务站20个，覆盖全部乡镇。"
    pieces = readable_diff(old, new)
    assert _sides(pieces) == (old, new)
    assert ("delete", "3000") in pieces and ("insert", "3500") in pieces
    # an unchanged sentence stays one plain piece
    assert any(op == "equal" and "该区试点服务站，帮助312人再就业。" in t for op, t in pieces)
    # a sentence rewritten for the most part is one deletion and one insertion
    assert ("delete", "下一步将继续推进。") in pieces
    assert ("insert", "明年计划新增服务站20个，覆盖全部乡镇。") in pieces
    assert readable_diff("相同。", "相同。") == [("equal", "相同。")]


def test_readable_diff_folds_scraps_between_changes():
    from xinxi_qc.web.diffing import readable_diff

    old, new = "全市共建成站点12个，惠及群众。", "全县共建设站点15个，惠及群众。"
    pieces = readable_diff(old, new)
    assert _sides(pieces) == (old, new)
    # three small edits two characters apart read as one change, not a confetti of characters
    assert [op for op, _ in pieces] == ["equal", "delete", "insert", "equal"]
    assert len([op for op, _ in char_diff(old, new) if op != "equal"]) == 6
