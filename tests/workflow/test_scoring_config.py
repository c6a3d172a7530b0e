"""Loading and validating TOML scoring configurations."""
from __future__ import annotations

import pytest

from xinxi_qc.workflow import ScoringConfigError, load_scoring, parse_scoring

MIN = '[scoring]\nname = "x"\n[kinds]\nnews = ["信息"]\n'


@pytest.mark.parametrize("name,expected", [("quzhou", "衢州"), ("衢州", "衢州"), ("lianyungang", "连云港"),
                                           ("zhonglou", "钟楼区"), ("钟楼区", "钟楼区")])
def test_examples_load(name, expected):
    cfg = load_scoring(name)
    assert cfg.name.startswith(expected)


def test_example_numbers_match_published_tables():
    """Clause by clause, shared/domain.md §3.1."""
    qz = load_scoring("quzhou")
    # 《衢州政务》信息版/特刊 2分、专报 3分、增刊 10分、送阅件 2分
    assert [qz.find_outlet(n).points_for("news") for n in ("信息版", "特刊", "专报", "增刊", "送阅件")] == [2, 2, 3, 10, 2]
    # 转报省 … 按省政府办公厅计分的2倍; 转报国办的，按国办计分的5倍
    assert qz.multipliers == {"province": 2, "national": 5} and qz.multiply == "own"
    assert qz.instruction_points("city", None) == 10 and qz.split_joint
    lyg = load_scoring("lianyungang")
    zr = lyg.find_outlet("《昨日情况》")
    assert (zr.points_for("news"), zr.points_for("brief"), zr.instruction) == (3, 1, 5)
    jy = lyg.find_outlet("《政务建议》")
    assert (jy.points_for("research"), jy.instruction) == (20, 10)
    assert lyg.find_outlet("市《专报信息》").points_for("news") == 3
    assert [lyg.find_outlet(n).points_for("news") for n in ("省《信息简报》", "《江苏信息摘编》", "《互联网信息摘编》")] \
        == [10, 10, 5]
    zb = lyg.find_outlet("省《专报信息》")
    assert (zb.points_for("news"), zb.points_for("research")) == (20, 30)
    assert lyg.forward_points == {"province": 2, "national": 10}
    assert lyg.find_outlet("国办刊物").points_for("news") == 50
    assert (lyg.instruction_points("province", None), lyg.instruction_points("national", None)) == (50, 100)
    zl = load_scoring("zhonglou")
    assert [zl.adoption_points(None, lv, k)[0] for lv in ("county", "city", "province", "national")
            for k in ("news", "research")] == [10, 20, 15, 30, 30, 50, 30, 50]
    assert [zl.instruction_points(lv, None) for lv in ("county", "city", "province", "national")] == [10, 20, 40, 40]
    assert zl.instruction_tier("province") == zl.instruction_tier("national") == "省级及以上"
    assert (zl.base, zl.base_period, zl.floor, zl.pass_min, zl.solicitation_on_time) == (6, "quarter", "base", 6, 2)
    assert (zl.rate_penalties[0].period, zl.rate_penalties[0].min_rate, zl.rate_penalties[0].points) == ("quarter", 0.3, -1)
    assert (zl.shortfalls[0].period, zl.shortfalls[0].per_item) == ("quarter", -1)
    assert {a.name: a.points for a in zl.adjustments} == {"信息报送不及时": -1, "严重错误或不规范表述被上级部门通报": -2}


@pytest.mark.parametrize("text,fragment", [
    ("not toml ===", "不是合法的 TOML"),
    ('[kinds]\nnews = ["信息"]\n', "scoring.name"),
    ('[scoring]\nname = "x"\n', "[kinds]"),
    (MIN + '[levels]\ncity = { video = 3 }\n', "levels.city.video"),
    (MIN + '[levels]\n"火星" = 3\n', "未知层级"),
    (MIN + '[[outlets]]\nname = "a"\nlevel = "city"\n', "outlets[0].points"),
    (MIN + '[[outlets]]\nname = "a"\nlevel = "city"\npoints = "两分"\n', "应为数字"),
    (MIN + '[forwarding.multipliers]\nprovince = 0.5\n', "倍数"),
    (MIN + '[[rate_penalty]]\nperiod = "fortnight"\nmin_rate = 0.3\npoints = -1\n', "rate_penalty[0].period"),
    (MIN + '[[rate_penalty]]\nperiod = "quarter"\nmin_rate = 30\npoints = -1\n', "min_rate"),
    (MIN + '[solicitation]\nlately = -1\n', "未知键 lately"),
    (MIN + '[bonus]\nx = 1\n', "未知键 bonus"),
    ('[scoring]\nname = "x"\nfloor = "zero"\n[kinds]\nnews = ["信息"]\n', "scoring.floor"),
    (MIN + '[scoring.extra]\n', "未知键"),
])
def test_malformed_configs_are_rejected_with_the_key(text, fragment):
    with pytest.raises(ScoringConfigError) as exc:
        parse_scoring(text, source="t.toml")
    assert fragment in str(exc.value)
    assert "\n" not in str(exc.value).strip()


def test_missing_file_names_examples(tmp_path):
    with pytest.raises(ScoringConfigError, match="quzhou"):
        load_scoring(str(tmp_path / "none.toml"))


def test_documented_example_parses():
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "workflow.md").read_text(encoding="utf-8")
    cfg = parse_scoring(re.findall(r"```toml\n(.*?)```", doc, re.S)[0], source="docs/workflow.md")
    assert cfg.instruction_points("city", "主要领导") == 10 and cfg.multipliers["national"] == 5
    assert [g.name for g in cfg.shortlist] == ["优质", "良好", "较好"]
    assert (cfg.base_period, cfg.pass_min, cfg.multiply, cfg.forward_points) == \
        ("quarter", 6, "own", {"province": 2, "national": 10})
    assert cfg.levels["national"] == cfg.levels["province"] and cfg.find_outlet("专报").instruction == 5
    assert cfg.find_adjustment("虚假信息").zero_item and cfg.thresholds[0].min == 15
    assert (cfg.shortfalls[0].per_item, cfg.rate_penalties[0].period) == (-1, "quarter")


@pytest.mark.parametrize("text,fragment", [
    (MIN + '[levels]\ncity = 3\n"市级及以上" = 5\n', "已在其他键中给分"),
    (MIN + '[forwarding]\nmultiply = "twice"\n', "forwarding.multiply"),
    (MIN + '[[shortfall]]\nperiod = "decade"\nper_item = -1\n', "shortfall[0].period"),
    (MIN + '[[threshold]]\nperiod = "year"\nmin = 0\npoints = 5\n', "threshold[0].min"),
    (MIN + '[[threshold]]\nperiod = "year"\ncount = "x"\nmin = 3\npoints = 5\n', "threshold[0].count"),
    (MIN + '[[adjustments]]\nkey = "a"\nname = "甲"\npoints = -5\nmin = -3\n', "min ≤ points ≤ max"),
    (MIN + '[[adjustments]]\nname = "甲"\npoints = -5\n', "adjustments[0].key"),
    (MIN + '[scoring]\n', "TOML"),
    (MIN + '[clauses]\nbonus = "x"\n', "clauses.bonus"),
    (MIN + '[[outlets]]\nname = "a"\nlevel = "city"\npoints = 1\nclause = 3\n', "outlets[0].clause"),
])
def test_new_keys_are_validated(text, fragment):
    with pytest.raises(ScoringConfigError) as exc:
        parse_scoring(text, source="t.toml")
    assert fragment in str(exc.value) and "\n" not in str(exc.value).strip()
