from datetime import date

import pytest

from xinxi_qc.config import Config
from xinxi_qc.engine import check_item
from xinxi_qc.model import Item, Severity


@pytest.fixture(scope="session")
def config():
    return Config.default()


@pytest.fixture(scope="session")
def run(config):
    """run(title, body, **item_fields) -> findings of severity warning or above, by rule."""

    def _run(title, body, rule=None, include_info=False, **fields):
        result = check_item(Item(title=title, body=body, **fields), config)
        findings = [f for f in result.findings if include_info or f.severity.rank >= Severity.WARNING.rank]
        if rule:
            findings = [f for f in findings if f.rule == rule]
        return findings

    return _run


TODAY = date(2026, 11, 21)


@pytest.fixture
def mismatch_level(run):
    """mismatch_level(title, body) -> "warning" when title-mismatch reports a fault, "hint" when it only
    asks to check (an info finding), None when it says nothing."""

    def _level(title, body):
        found = run(title, body, rule="title-mismatch", include_info=True)
        if any(f.severity.rank >= Severity.WARNING.rank for f in found):
            return "warning"
        return "hint" if found else None

    return _level
