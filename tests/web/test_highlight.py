from xinxi_qc.web.highlight import Span, is_whole_field, segments


def test_segments_cover_text_exactly_once():
    text = "今年以来全市新增就业岗位。"
    segs = segments(text, [Span(1, 2, 6, "warning"), Span(2, 4, 9, "error")])
    assert "".join(s.text for s in segs) == text
    assert [(s.start, s.numbers, s.severity) for s in segs] == [
        (0, (), ""), (2, (1,), "warning"), (4, (1, 2), "error"), (6, (2,), "error"), (9, (), "")]


def test_spans_are_clipped_and_empty_ones_dropped():
    segs = segments("短文本", [Span(1, 1, 1, "info"), Span(2, 2, 99, "warning"), Span(3, -5, 1, "info")])
    assert [(s.text, s.numbers) for s in segs] == [("短", (3,)), ("文", ()), ("本", (2,))]


def test_no_spans_gives_one_plain_segment():
    segs = segments("正文", [])
    assert len(segs) == 1 and not segs[0].marked


def test_whole_field_only_for_long_full_spans():
    long = "字" * 50
    assert is_whole_field(0, 50, long)
    assert is_whole_field(5, 48, long)
    assert not is_whole_field(0, 10, long)
    assert not is_whole_field(0, 5, "字" * 5)
