"""Configuration: one TOML file (``xinxi-qc.toml`` or ``--config``) turned into an immutable
:class:`Config` that the pure engine receives. All file reading and plugin discovery happen here.

    # top-level keys first: in TOML a key after a [table] header belongs to that table
    data_rules = ["office-rules.toml"]   # paths relative to this file
    plugins = true                        # load rules from the xinxi_qc.rules entry-point group
    models = "my-models"                  # trained models (default: the shipped models/); false = none

    [rules.long-sentence]          # any rule id
    enabled = true
    severity = "warning"
    max_chars = 120                # rule options

    [scoring.weights]              # points deducted per warning/error finding
    no-figures = 12
    [scoring.caps]
    long-sentence = 9
    [scoring.type_adjust]
    dynamic = -5
    [scoring]
    grades = [["优质", 85], ["良好", 70], ["较好", 55], ["待改进", 0]]

    [verdict]                      # 可采用 / 修改后采用 / 退回修改
    blocking = ["sensitive", "placeholder", "duplicate-submission", "title-mismatch", "late"]
    capped = ["boilerplate"]       # never adopted, grade capped, but revised rather than returned
    blocked_grade = "较好"          # best grade an item with a blocking or capped fault can get
    learned = false                # true (the default unless a threshold below is set): the verdict model
                                   #   fitted on editors' grades decides revise/return and adopt/revise
    return_below = 40              # scores below this are returned
    adopt_min_chars = 300          # body length a fault-free item needs to be adopted as is
    [verdict.late_return_days]     # late blocks only beyond these days (by type)
    dynamic = 60
    other = 90                     # types not listed
    [verdict.adopt_min_figures]    # figures a fault-free item needs to be adopted as is (by type;
    comprehensive = 19             #   default: models/scoring.json, chosen by xinxi-qc train)

    [lexicons]                     # extra phrases added to the shipped lists
    cliches = ["再创佳绩"]
    claims = ["成绩斐然"]

    [crossdoc]                     # cross-document thresholds, read by xinxi_qc.crossdoc.settings
    segment_sim = 0.8

Any other key (a typo such as ``[rulez]``, a setting this version does not have) is an error
naming the key and the file, as a value of the wrong type is.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, Mapping

from .analysis.lexicons import Lexicons, load_lexicons
from .analysis.words import Segmenter
from .model import TYPE_LABELS, Severity
from .resources import data_dir
from .rules import builtin_rules
from .rules.data_rules import DataRuleError, parse_data_rules
from .scoring import ScoringConfig
from .scoring.quality import DEFAULT_CAPS, DEFAULT_GRADES, DEFAULT_WEIGHTS
from .scoring.verdict import DEFAULT_LATE_RETURN_DAYS, DEFAULT_LATE_RETURN_OTHER, PLACEHOLDER, VerdictConfig

CONFIG_NAME = "xinxi-qc.toml"
ENTRY_POINT_GROUP = "xinxi_qc.rules"
_LEXICON_KEYS = ("cliches", "claims", "activity", "practice", "result", "problem", "insight", "comprehensive",
                 "place_names", "work_fields")


class ConfigError(ValueError):
    """A configuration the user must fix; the message names the file and the problem."""


@dataclass(frozen=True)
class RuleSetting:
    enabled: bool
    severity: Severity
    options: Mapping[str, Any]


@dataclass(frozen=True)
class Config:
    rules: tuple
    settings: Mapping[str, RuleSetting]
    scoring: ScoringConfig
    lexicons: Lexicons
    segmenter: Segmenter
    classifier: Any
    models: Mapping[str, Any] = field(default_factory=dict)
    today: date | None = None
    source: str = "(defaults)"
    warnings: tuple[str, ...] = field(default_factory=tuple)
    verdict: VerdictConfig = field(default_factory=VerdictConfig)

    @classmethod
    def default(cls) -> "Config":
        return build_config({}, base_dir=Path.cwd(), source="(defaults)", plugins=False)

    def with_today(self, today: date | None) -> "Config":
        return replace(self, today=today)

    def dated(self, today: date | None = None) -> "Config":
        """The configuration as every front end checks with it (check, batch, submit, the web
        pre-check and the API): ``today`` — else the one already set, else the calendar date now —
        is the reference date for items without a submission date (the ``late`` rule)."""
        return replace(self, today=today or self.today or date.today())

    def enabled_rules(self):
        return [r for r in self.rules if self.settings[r.id].enabled]


def load_config(path: str | Path | None = None, *, cwd: Path | None = None, plugins: bool | None = None) -> Config:
    """Read ``path`` (or ``xinxi-qc.toml`` in ``cwd`` if present) into a Config."""
    cwd = cwd or Path.cwd()
    if path is None:
        candidate = cwd / CONFIG_NAME
        if not candidate.exists():
            return build_config({}, base_dir=cwd, source="(defaults)", plugins=plugins if plugins is not None else True)
        path = candidate
    path = Path(path)
    document = _read_toml(path)
    use_plugins = plugins if plugins is not None else bool(document.get("plugins", True))
    try:
        return build_config(document, base_dir=path.parent, source=str(path), plugins=use_plugins)
    except ConfigError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a value of the wrong type deeper in
        raise ConfigError(f"{path}: 配置项的值类型不对（{type(exc).__name__}: {exc}）") from None


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: 配置文件不存在") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: 不是有效的 TOML：{exc}") from None


def build_config(document: Mapping[str, Any], *, base_dir: Path, source: str, plugins: bool) -> Config:
    _known_keys(document, _TOP_KEYS, source, "")
    if isinstance(document.get("crossdoc"), dict):  # its own module checks it; here so typos show on every run
        try:
            from .crossdoc.settings import validate as validate_crossdoc
        except ImportError:  # an installation without the cross-document module
            pass
        else:
            validate_crossdoc(document["crossdoc"], source)
    lexicons = load_lexicons(data_dir("lexicons"))
    extra = document.get("lexicons", {})
    _expect(isinstance(extra, dict), source, "[lexicons] 必须是表")
    unknown = set(extra) - set(_LEXICON_KEYS)
    _expect(not unknown, source, f"[lexicons] 不认识的键：{', '.join(sorted(unknown))}")
    for key, values in extra.items():
        _expect(isinstance(values, list) and all(isinstance(v, str) for v in values), source,
                f"[lexicons].{key} 必须是字符串列表")
    lexicons = lexicons.with_extra(**extra)

    data_rules = document.get("data_rules", [])
    _expect(isinstance(data_rules, list) and all(isinstance(v, str) for v in data_rules), source,
            "data_rules 必须是文件路径（字符串）的列表，如 data_rules = [\"office-rules.toml\"]")
    _expect(isinstance(document.get("plugins", True), bool), source, "plugins 必须是 true 或 false")
    _expect(isinstance(document.get("models", ""), (str, bool)), source,
            "models 必须是模型目录（字符串）或 false")
    for table in ("rules", "scoring", "verdict"):
        _expect(isinstance(document.get(table, {}), dict), source, f"[{table}] 必须是表")
    rules = builtin_rules()
    for name in data_rules:
        rule_path = base_dir / name
        try:
            rules.extend(parse_data_rules(_read_toml(rule_path), str(rule_path)))
        except DataRuleError as exc:
            raise ConfigError(str(exc)) from None
    plugin_errors: list[str] = []
    if plugins:
        rules.extend(_plugin_rules(plugin_errors))
    ids = [r.id for r in rules]
    duplicated = {i for i in ids if ids.count(i) > 1}
    _expect(not duplicated, source, f"规则 id 重复：{', '.join(sorted(duplicated))}")

    settings = _rule_settings(rules, document.get("rules", {}), source)
    classifier, models, model_warnings = _models(document.get("models"), base_dir)
    scoring = _scoring(document.get("scoring", {}), source, models.get("scoring"), set(ids) | set(_CROSSDOC_RULES))
    return Config(
        rules=tuple(rules),
        settings=settings,
        scoring=scoring,
        lexicons=lexicons,
        segmenter=Segmenter(lexicons.user_dict),
        classifier=classifier,
        models=models,
        source=source,
        warnings=tuple(plugin_errors + model_warnings),
        verdict=_verdict(document.get("verdict", {}), source, {r.id for r in rules}, scoring, models.get("scoring")),
    )


def _models(directory, base_dir: Path):
    """Trained models from ``models = "dir"`` in the config, else the shipped ``models/``;
    ``models = false`` uses only the transparent cue-based checks."""
    from .classify import CueClassifier, load_models

    if directory is False:
        return CueClassifier(), {}, []
    return load_models(base_dir / directory if isinstance(directory, str) else data_dir("models"))


def _plugin_rules(errors: list[str]) -> list:
    found = []
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
            rule = obj() if isinstance(obj, type) else obj
            for attr in ("id", "default_severity", "description", "examples", "check"):
                if not hasattr(rule, attr):
                    raise TypeError(f"缺少属性 {attr}")
            if not hasattr(rule, "default_options"):
                rule.default_options = {}
            found.append(rule)
        except Exception as exc:  # a broken plugin must not take the checker down
            errors.append(f"插件 {ep.name} ({ep.value}) 无法加载：{exc}")
    return found


def _rule_settings(rules, table: Mapping[str, Any], source: str) -> dict[str, RuleSetting]:
    _expect(isinstance(table, dict), source, "[rules] 必须是表")
    known = {r.id for r in rules}
    unknown = set(table) - known
    _expect(not unknown, source, f"[rules] 中有不存在的规则：{', '.join(sorted(unknown))}（xinxi-qc rules 可列出全部规则）")
    settings = {}
    for rule in rules:
        entry = dict(table.get(rule.id, {}))
        enabled = entry.pop("enabled", True)
        _expect(isinstance(enabled, bool), source, f"[rules.{rule.id}].enabled 必须是 true 或 false")
        try:
            severity = Severity.parse(entry.pop("severity", rule.default_severity))
        except ValueError as exc:
            raise ConfigError(f"{source}: [rules.{rule.id}] {exc}") from None
        options = dict(rule.default_options)
        for key, value in entry.items():
            _expect(key in options, source, f"[rules.{rule.id}] 不认识的选项 {key}；可用：{', '.join(options) or '无'}")
            _expect(type(value) is type(options[key]) or (isinstance(options[key], float) and isinstance(value, int)),
                    source, f"[rules.{rule.id}].{key} 的类型应与默认值 {options[key]!r} 相同")
            if isinstance(value, dict) and options[key]:
                kind = type(next(iter(options[key].values())))
                _expect(all(type(v) is kind for v in value.values()), source,
                        f"[rules.{rule.id}].{key} 的值的类型应与默认值 {options[key]!r} 相同")
            options[key] = value
        settings[rule.id] = RuleSetting(enabled, severity, options)
    return settings


def _scoring(table: Mapping[str, Any], source: str, fitted=None, rule_ids: set[str] | None = None) -> ScoringConfig:
    """Points per finding: the shipped defaults, then the points fitted to editors' grades
    (``models/scoring.json``: one deduction per rule that fires), then the office's table."""
    _expect(isinstance(table, dict), source, "[scoring] 必须是表")
    _known_keys(table, _SCORING_KEYS, source, "[scoring] ")
    weights = dict(DEFAULT_WEIGHTS)
    caps = dict(DEFAULT_CAPS)
    if fitted is not None:
        weights.update(fitted.points)
        caps.update(fitted.points)
    for name, target in (("weights", weights), ("caps", caps)):
        part = table.get(name, {})
        _expect(isinstance(part, dict) and all(_is_int(v) and v >= 0 for v in part.values()), source,
                f"[scoring.{name}] 的值必须是非负整数")
        unknown = sorted(set(part) - rule_ids) if rule_ids is not None else []
        _expect(not unknown, source, f"[scoring.{name}] 中有不存在的规则：{', '.join(unknown)}"
                                     f"{_did_you_mean(unknown[0], rule_ids) if unknown else ''}（xinxi-qc rules 可列出全部规则）")
        target.update(part)
    type_adjust = table.get("type_adjust", {})
    _expect(isinstance(type_adjust, dict) and all(_is_int(v) for v in type_adjust.values()), source,
            "[scoring.type_adjust] 的值必须是整数")
    _known_keys(type_adjust, TYPE_LABELS, source, "[scoring.type_adjust] ", what="信息类型")
    for key in ("default_weight", "info_weight"):
        _expect(_is_int(table.get(key, 0)) and table.get(key, 0) >= 0, source, f"[scoring].{key} 必须是非负整数")
    grades = table.get("grades", fitted.grades if fitted is not None else DEFAULT_GRADES)
    try:
        grades = tuple((str(name), int(floor)) for name, floor in grades)
    except (TypeError, ValueError):
        raise ConfigError(f"{source}: [scoring].grades 应形如 [[\"优质\", 85], [\"良好\", 70]]") from None
    _expect(bool(grades) and list(grades) == sorted(grades, key=lambda g: -g[1]), source,
            "[scoring].grades 必须按分数从高到低排列")
    return ScoringConfig(weights=weights, caps=caps, type_adjust=type_adjust, grades=grades,
                         default_weight=int(table.get("default_weight", 5)), info_weight=int(table.get("info_weight", 0)))


_CROSSDOC_RULES = ("boilerplate", "duplicate-submission")


def _rule_list(table: Mapping[str, Any], key: str, default: list[str], valid: set[str], source: str) -> list[str]:
    """``[verdict].<key>``: a list of known rule ids (or ``placeholder``); ``default`` when absent."""
    ids = table.get(key, default)
    _expect(isinstance(ids, list) and all(isinstance(b, str) for b in ids), source,
            f"[verdict].{key} 必须是规则 id 的字符串列表")
    bad = [b for b in ids if b not in valid]
    _expect(not bad, source, f"[verdict].{key} 中有不存在的规则：{', '.join(bad)}（可用规则 id 和 placeholder）")
    return ids


def _verdict(table: Mapping[str, Any], source: str, rule_ids: set[str], scoring: ScoringConfig,
             fitted=None) -> VerdictConfig:
    """``[verdict]``: which faults block adoption, and the limits (defaults: scoring/verdict.py;
    the figures needed to adopt as is: the fitted ``models/scoring.json``)."""
    _expect(isinstance(table, dict), source, "[verdict] 必须是表")
    known = ("blocking", "capped", "late_return_days", "blocked_grade", "return_below", "adopt_min_figures",
             "adopt_min_chars", "learned")
    unknown = set(table) - set(known)
    _expect(not unknown, source, f"[verdict] 不认识的键：{', '.join(sorted(unknown))}；可用：{', '.join(known)}")
    cfg = VerdictConfig()
    valid = rule_ids | set(_CROSSDOC_RULES) | {PLACEHOLDER}
    given_capped = table.get("capped")
    blocking = _rule_list(table, "blocking", [b for b in cfg.blocking
                                              if not (isinstance(given_capped, list) and b in given_capped)],
                          valid, source)
    capped = _rule_list(table, "capped", [c for c in cfg.capped if c not in blocking], valid, source)
    both = [b for b in capped if b in blocking]
    _expect(not both, source, f"[verdict] 中 {', '.join(both)} 不能既在 blocking 又在 capped 中")
    days = table.get("late_return_days", {})
    _expect(isinstance(days, dict) and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                                           for v in days.values()), source,
            "[verdict.late_return_days] 的值必须是非负整数（天）")
    _known_keys(days, (*TYPE_LABELS, "other"), source, "[verdict.late_return_days] ", what="信息类型")
    late_days = dict(DEFAULT_LATE_RETURN_DAYS)
    late_days.update({k: v for k, v in days.items() if k != "other"})
    names = [name for name, _ in scoring.grades]
    blocked_grade = table.get("blocked_grade")
    _expect(blocked_grade is None or blocked_grade in names, source,
            f"[verdict].blocked_grade 必须是等级之一：{'、'.join(names)}")
    return_below = table.get("return_below", cfg.return_below)
    _expect(isinstance(return_below, int) and not isinstance(return_below, bool) and 0 <= return_below <= 100, source,
            "[verdict].return_below 必须是 0–100 的整数")
    figures = table.get("adopt_min_figures", {})
    _expect(isinstance(figures, dict) and all(_is_int(v) and v >= 0 for v in figures.values()), source,
            "[verdict.adopt_min_figures] 的值必须是非负整数（处）")
    _known_keys(figures, TYPE_LABELS, source, "[verdict.adopt_min_figures] ", what="信息类型")
    adopt_chars = table.get("adopt_min_chars", fitted.adopt_min_chars if fitted is not None else 0)
    _expect(_is_int(adopt_chars) and adopt_chars >= 0, source, "[verdict].adopt_min_chars 必须是非负整数（字）")
    adopt_figures = dict(fitted.adopt_min_figures) if fitted is not None else {}
    adopt_figures.update(figures)
    # an office that sets a threshold of its own wants the thresholds, unless it says otherwise
    learned = table.get("learned", not any(k in table for k in ("return_below", "adopt_min_figures", "adopt_min_chars")))
    _expect(isinstance(learned, bool), source, "[verdict].learned 必须是 true 或 false")
    return VerdictConfig(blocking=tuple(dict.fromkeys(blocking)), capped=tuple(dict.fromkeys(capped)),
                         late_return_days=late_days,
                         late_return_other=days.get("other", DEFAULT_LATE_RETURN_OTHER),
                         blocked_grade=blocked_grade, return_below=return_below, adopt_min_figures=adopt_figures,
                         adopt_min_chars=adopt_chars,
                         model=fitted.verdict_model if learned and fitted is not None else None)


_TOP_KEYS = ("data_rules", "plugins", "models", "lexicons", "rules", "scoring", "verdict", "crossdoc")
_SCORING_KEYS = ("weights", "caps", "type_adjust", "grades", "default_weight", "info_weight")


def _known_keys(table: Mapping[str, Any], known, source: str, where: str, what: str = "配置项") -> None:
    """ConfigError naming every key of ``table`` not in ``known`` (a typo such as ``[rulez]``, or a
    setting this version does not have): a key that is read nowhere must not pass silently."""
    unknown = [k for k in table if k not in known]
    if not unknown:
        return
    names = "、".join(f"[{where.strip()[1:-1] + '.' if where.strip() else ''}{k}]" if isinstance(table[k], dict) else k
                     for k in unknown)
    raise ConfigError(f"{source}: {where}不认识的{what} {names}{_did_you_mean(unknown[0], known)}"
                      f"；可用：{', '.join(known)}")


def _did_you_mean(key: str, known) -> str:
    import difflib

    close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
    return f"（是不是 {close[0]}？）" if close else ""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _expect(condition: bool, source: str, message: str) -> None:
    if not condition:
        raise ConfigError(f"{source}: {message}")
