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
    qz = load_scoring("quzhou")
    assert [qz.find_outlet(n).points_for("news") for n in ("信息版", "专报", "增刊")] == [2, 3, 10]
    assert qz.multipliers == {"province": 2, "national": 5}
    assert qz.instruction_points("city", None) == 10
    lyg = load_scoring("lianyungang")
    assert lyg.instruction_points("city", "分管领导") == 5 and lyg.instruction_points("city", "主要领导") == 10
    assert lyg.instruction_points("national", None) == 100
    zl = load_scoring("zhonglou")
    assert zl.adoption_points(None, "province", "research")[0] == 50
    assert (zl.base, zl.floor, zl.solicitation_on_time, zl.solicitation_late) == (6, "base", 2, -1)
    assert zl.rate_penalties[0].min_rate == 0.3


@pytest.mark.parametrize("text,fragment", [
    ("not toml ===", "不是合法的 TOML"),
    ('[kinds]\nnews = ["信息"]\n', "scoring.name"),
    ('[scoring]\nname = "x"\n', "[kinds]"),
    (MIN + '[levels]\ncity = { video = 3 }\n', "levels.city.video"),
    (MIN + '[levels]\n"火星" = 3\n', "未知层级"),
    (MIN + '[[outlets]]\nname = "a"\nlevel = "city"\n', "outlets[0].points"),
    (MIN + '[[outlets]]\nname = "a"\nlevel = "city"\npoints = "两分"\n', "应为数字"),
    (MIN + '[forwarding.multipliers]\nprovince = 0.5\n', "倍数"),
    (MIN + '[[rate_penalty]]\nperiod = "week"\nmin_rate = 0.3\npoints = -1\n', "rate_penalty[0].period"),
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
