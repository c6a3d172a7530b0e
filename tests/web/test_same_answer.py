"""Issue 16: the same item gets the same findings, score and grade through `check`, `batch`, the
web pre-check and the JSON API — the reference date for an item without a submission date is
today in every front end (before, only `check` set it, so `late` and the score differed)."""
from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.web import create_app
from xinxi_qc.web.state import get_state

from .conftest import PASSWORD, login, post_form

TITLE = "东湖区1-6月新增就业岗位3200个"
BODY = "今年1-6月，东湖区新增城镇就业岗位3200个，同比增长12.5%。其中，东湖街道依托电商产业园吸纳就业860人。"


@pytest.mark.parametrize("fixed", [False, True], ids=["today", "fixed-date"])
def test_check_batch_precheck_and_api_agree(tmp_path, monkeypatch, fixed):
    """Default: every front end takes today's date. Fixed: `--today` on the command line and the
    app's CHECK_TODAY give the same answers too."""
    day = date(2026, 10, 8) if fixed else date.today()
    event = (day - timedelta(days=120)).isoformat()
    record = {"id": "x", "title": TITLE, "body": BODY, "event_date": event}
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    today_args = ["--today", day.isoformat()] if fixed else []

    checked = runner.invoke(main, ["check", "--format", "json", *today_args, "a.jsonl"])
    doc = json.loads(checked.output)["items"][0]
    expected = (doc["score"], doc["grade"])
    rules = sorted(f["rule"] for f in doc["findings"] if f["severity"] != "info")
    assert "late" in rules  # the case that used to differ

    batched = runner.invoke(main, ["batch", "a.jsonl", "--out", "out", "--workers", "1", "--no-progress",
                                   "--near-dup", "off", *today_args])
    assert batched.exit_code == 0, batched.output
    with open(tmp_path / "out" / "items.csv", encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (int(row["score"]), row["grade"]) == expected
    with open(tmp_path / "out" / "findings.csv", encoding="utf-8-sig", newline="") as fh:
        assert sorted(r["rule"] for r in csv.DictReader(fh) if r["severity"] != "info") == rules

    app = create_app({"DATABASE_URL": str(tmp_path / "web.sqlite"), "TESTING": True, "SECRET_KEY": "t",
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
                      "CHECK_TODAY": day.isoformat() if fixed else None})
    client = app.test_client()
    with app.app_context():
        state = get_state()
        token = state.accounts.create_token("测试")
        state.accounts.create_user("w", PASSWORD, "writer", "hh", "张三")
    api = client.post("/api/v1/check", json=record, headers={"Authorization": f"Bearer {token}"}).get_json()
    item = api["items"][0]
    assert (item["score"], item["grade"]) == expected
    assert sorted(f["rule"] for f in item["findings"] if f["severity"] != "info") == rules

    login(client, "w")
    html = post_form(client, "/check", {"title": TITLE, "body": BODY, "event_date": event}).get_data(as_text=True)
    assert re.search(r'id="score">(\d+)<', html).group(1) == str(expected[0])
    assert f'id="grade">{expected[1]}<' in html and "late" in html


def test_batch_today_option_sets_the_reference_date(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    record = {"id": "x", "title": TITLE, "body": BODY, "event_date": "2026-01-05"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    runner = CliRunner()
    for day, out in (("2026-01-06", "fresh"), ("2026-06-01", "stale")):
        r = runner.invoke(main, ["batch", "a.jsonl", "--out", out, "--workers", "1", "--no-progress",
                                 "--near-dup", "off", "--today", day])
        assert r.exit_code == 0, r.output
    rows = {}
    for out in ("fresh", "stale"):
        with open(tmp_path / out / "items.csv", encoding="utf-8-sig", newline="") as fh:
            rows[out] = next(csv.DictReader(fh))
    assert rows["fresh"]["delay_days"] in ("", "1") and rows["stale"]["delay_days"] == "147"
    assert int(rows["fresh"]["score"]) > int(rows["stale"]["score"])
