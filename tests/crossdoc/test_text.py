from xinxi_qc.crossdoc.lexicon import parse_phrases
from xinxi_qc.crossdoc.text import Normaliser, bigrams, dice, split_segments


def test_segments_cover_sentences_with_offsets():
    text = "第一句话。第二句话！\n  第三句；末尾没有句号"
    spans = split_segments(text)
    assert [text[s:e] for s, e in spans] == ["第一句话。", "第二句话！", "第三句；", "末尾没有句号"]


def test_figures_and_dates_do_not_matter():
    n = Normaliser()
    a = n.feature("2024年3月5日，建成站点126个，参与率达到85.5%")
    b = n.feature("2023年11月20日，建成站点98个，参与率达到80%")
    assert a == b
    assert "年" not in a and "0个" in a


def test_place_names_before_admin_suffix_are_masked():
    n = Normaliser()
    assert n.feature("西湖区三墩镇建成站点") == n.feature("海曙区古林镇建成站点")
    assert n.feature("西湖区建成站点") != n.feature("西湖区拆除站点")


def test_stock_phrases_are_cut_out_including_ellipsis_patterns():
    n = Normaliser(["高度重视", "在……的正确领导下"])
    f = n.feature("在区委区政府的正确领导下，各部门高度重视")
    assert "高度重视" not in f and "领导" not in f and "各部门" in f


def test_parse_phrases_skips_comments_and_sections():
    assert parse_phrases("# head\n[empty-praise]\n高度重视\n\n狠抓落实  # note\n") == ["高度重视", "狠抓落实"]


def test_dice():
    assert dice(bigrams("abcd"), bigrams("abcd")) == 1.0
    assert dice(bigrams("ab|cd"), frozenset()) == 0.0
    assert "b|" not in {g for g in bigrams("ab|cd")}
