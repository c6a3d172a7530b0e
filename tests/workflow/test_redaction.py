"""脱敏 (issue 15): personal data removed from every stored version of an item, audited, never kept."""
from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from tests.workflow.conftest import GOOD_BODY
from xinxi_qc.cli import main
from xinxi_qc.workflow import ValidationError
from xinxi_qc.workflow.errors import StaleVersionError
from xinxi_qc.workflow.redaction import redact_text

PHONE, PHONE_MASKED = "13812345678", "138****5678"
ID_NO, ID_MASKED = "330802199003071234", "330802********1234"
NAME = "王小明"
TITLE = f"柯城区帮助农民工{NAME}追回欠薪"
BODY = (f"10月8日，柯城区人社局为农民工{NAME}（电话{PHONE}，身份证号{ID_NO}）追回欠薪2.6万元。"
        "1-9月，全区共办理欠薪案件126件，涉及金额380万元。")


def _all_stored_text(engine) -> str:
    """Every text column the workflow keeps about items: versions, results, event reasons."""
    with engine.connect() as conn:
        parts = [" ".join(str(x) for x in row if x is not None) for row in conn.execute(text(
            "SELECT title, body, result_json FROM item_versions"))]
        parts += [" ".join(str(x) for x in row if x is not None) for row in conn.execute(text(
            "SELECT reason, void_reason FROM events"))]
        parts += [" ".join(str(x) for x in row) for row in conn.execute(text("SELECT * FROM redactions"))]
    return "\n".join(parts)


@pytest.fixture
def item(svc):
    svc.add_unit("kc", "柯城区", "county")
    info = svc.create_item("kc", TITLE, BODY, actor="信息员", at=date(2026, 10, 8))
    svc.return_item(info.id, f"请删去{NAME}的电话{PHONE}", actor="审核员", at=date(2026, 10, 9))
    fixed = svc.edit_item(info.id, TITLE, BODY.replace("追回", "依法追回"), actor="信息员",
                          expected_revision=svc.get_item(info.id).item.revision)
    return svc.get_item(fixed.id)


def test_masks_keep_length_and_use_the_checker_patterns():
    out, counts = redact_text(f"电话{PHONE}，身份证{ID_NO}，{NAME}说", [NAME])
    assert out == f"电话{PHONE_MASKED}，身份证{ID_MASKED}，***说"
    assert counts == {"手机号": 1, "身份证号": 1, "指定文字": 1}
    # an 18-digit number that is no ID (no real birth date) and a landline stay
    assert redact_text("编号123456789012345678，电话0570-3012345")[1] == {}


def test_every_version_result_and_reason_redacted(svc, item):
    assert len(item.versions) == 2
    before = _all_stored_text(svc.engine)
    assert PHONE in before and ID_NO in before and NAME in before
    # the checker's result quoted the numbers (findings of the sensitive rule)
    assert any(f["excerpt"] == PHONE for f in item.versions[0].result["findings"])

    info = svc.redact(item.item.id, "当事人要求删除个人信息", actor="市编辑", texts=[NAME])
    assert (info.mobiles, info.id_numbers, info.versions) == (2 + 1, 2, 2)  # two bodies + the return reason
    assert info.texts == 2 * 2 + 1  # the name in both titles and bodies, and in the return reason

    after = _all_stored_text(svc.engine)
    for secret in (PHONE, ID_NO, NAME):
        assert secret not in after
    d = svc.get_item(item.item.id)
    assert PHONE_MASKED in d.versions[0].body and ID_MASKED in d.versions[1].body
    assert d.versions[0].title == "柯城区帮助农民工***追回欠薪" and d.item.title == d.versions[1].title
    for v in d.versions:
        assert len(v.body) == len(BODY) or len(v.body) == len(BODY) + 2
        for f in v.result["findings"]:  # spans still fit, excerpts cut again from the redacted text
            field = v.title if f["field"] == "title" else v.body
            assert f["excerpt"] == field[f["start"]:f["end"]][:40] or f["excerpt"].endswith("…")
        assert PHONE not in json.dumps(v.result, ensure_ascii=False)
    assert d.versions[0].score == item.versions[0].score  # scores are not recomputed


def test_audited_event_without_the_values(svc, item):
    rev = item.item.revision
    info = svc.redact(item.item.id, "当事人要求删除个人信息", actor="市编辑（bj）", texts=[NAME])
    d = svc.get_item(item.item.id)
    assert d.item.revision > rev and d.item.status == item.item.status
    ev = d.events[-1]
    assert (ev.kind, ev.actor, ev.reason) == ("redact", "市编辑（bj）", "当事人要求删除个人信息")
    assert ev.detail == "手机号 3 处、身份证号 2 处、指定文字 5 处，涉及 2 个版本"
    assert ev.id == info.event_id and ev.at.date() == date.today()
    with svc.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM redactions")).mappings().one()
    assert dict(row) == {"id": 1, "event_id": ev.id, "item_id": item.item.id, "mobiles": 3,
                         "id_numbers": 2, "texts": 5, "versions": 2, "kept_posts": 0}
    # the item's other actions go on (a redaction is not a step that later events must follow)
    svc.submit(item.item.id, actor="信息员", expected_revision=d.item.revision)


def _keep_post(engine, token: str, view_args: dict, form: dict) -> None:
    """A post kept by the web form for an ended session (web/rescue.py writes these rows)."""
    from datetime import datetime

    from sqlalchemy.orm import Session

    from xinxi_qc.workflow.models import PendingPost

    with Session(engine) as s:
        s.add(PendingPost(token_hash=token, endpoint="items.revise", view_args=json.dumps(view_args),
                          form=json.dumps(form, ensure_ascii=False), user_id=1, trusted=True,
                          reason="expired", created_at=datetime.now()))
        s.commit()


def _kept_forms(engine) -> dict[str, dict]:
    with engine.connect() as conn:
        return {t: json.loads(f) for t, f in conn.execute(text("SELECT token_hash, form FROM web_pending_posts"))}


def test_posts_kept_from_the_items_pages_are_redacted_and_counted(svc, item):
    other = svc.create_item("kc", "另一条信息", f"联系人{NAME}，电话{PHONE}。", actor="信息员")
    edit = {"title": TITLE, "body": BODY + f"补充：{NAME}的电话{PHONE}。", "revision": "3"}
    _keep_post(svc.engine, "a" * 64, {"item_id": item.item.id}, edit)
    _keep_post(svc.engine, "b" * 64, {"item_id": other.id}, edit)  # another item's page
    _keep_post(svc.engine, "c" * 64, {}, edit)  # a new draft (pre-check), no item
    info = svc.redact(item.item.id, "当事人要求删除个人信息", actor="市编辑", texts=[NAME])
    kept = _kept_forms(svc.engine)
    assert PHONE not in json.dumps(kept["a" * 64], ensure_ascii=False) and NAME not in kept["a" * 64]["body"]
    assert kept["a" * 64]["body"].endswith(f"补充：***的电话{PHONE_MASKED}。") and kept["a" * 64]["revision"] == "3"
    assert kept["b" * 64] == edit and kept["c" * 64] == edit
    # counted with the versions' replacements (3 + 2 mobiles, 5 + 3 names), never the values
    assert (info.mobiles, info.texts, info.versions, info.kept_posts) == (5, 8, 2, 1)
    assert svc.get_item(item.item.id).events[-1].detail.endswith("涉及 2 个版本、1 份登录过期时暂存的稿件")
    with svc.engine.connect() as conn:
        assert conn.execute(text("SELECT kept_posts FROM redactions")).scalar() == 1


def test_refusals_change_nothing(svc, item):
    before = _all_stored_text(svc.engine)
    rev = item.item.revision
    with pytest.raises(ValidationError, match="理由"):
        svc.redact(item.item.id, "", actor="编辑")
    with pytest.raises(ValidationError, match="不要写出"):
        svc.redact(item.item.id, f"删去{PHONE}", actor="编辑")
    with pytest.raises(ValidationError, match="不要写出"):
        svc.redact(item.item.id, f"删去{NAME}的名字", actor="编辑", texts=[NAME])
    with pytest.raises(ValidationError, match="至少 2 个字"):
        svc.redact(item.item.id, "删姓", actor="编辑", texts=["王"])
    with pytest.raises(StaleVersionError):
        svc.redact(item.item.id, "个人信息", actor="编辑", expected_revision=rev - 1)
    svc.redact(item.item.id, "个人信息", actor="编辑", texts=[NAME])
    with pytest.raises(ValidationError, match="没有找到"):  # nothing left: no second event
        svc.redact(item.item.id, "再来一次", actor="编辑", texts=[NAME])
    assert [e.kind for e in svc.get_item(item.item.id).events].count("redact") == 1
    assert before != _all_stored_text(svc.engine)


def test_points_and_reports_unchanged(svc, item):
    svc.set_scoring("quzhou")
    before = svc.points("kc", "2026")
    svc.redact(item.item.id, "个人信息", actor="编辑")
    assert svc.points("kc", "2026").lines == before.lines


@pytest.fixture
def run(tmp_path, monkeypatch, real_checker):
    from xinxi_qc.web.accounts import Accounts
    from xinxi_qc.workflow import Service

    monkeypatch.chdir(tmp_path)
    db = tmp_path / "acc.sqlite"
    svc = Service(str(db), checker=real_checker)
    svc.add_unit("qz", "衢州市", "city")
    svc.add_unit("kc", "柯城区", "county", parent="qz")
    svc.add_writer("kc", "张伟")
    svc.create_item("kc", TITLE, BODY, writer="张伟", actor="张伟", at=date(2026, 10, 8))
    svc.create_item("kc", "柯城区外贸增长12%", GOOD_BODY, writer="张伟", actor="张伟", at=date(2026, 10, 8))
    acc = Accounts(svc.engine, hash_method="pbkdf2:sha256:1000")
    acc.create_user("zw", "password-1", "writer", unit="kc", display_name="张伟")
    acc.create_user("shen", "password-1", "reviewer", unit="qz")
    acc.create_user("bj", "password-1", "editor", display_name="市编辑")
    svc.close()

    def invoke(who, *args):
        env = {"XINXI_QC_DB": str(db), "XINXI_QC_USER": None, "XINXI_QC_SCORING": None}
        return CliRunner().invoke(main, [*args, "--as", who], env=env)
    return invoke


def test_cli_redact_editor_only(run):
    for who in ("zw", "shen"):
        r = run(who, "redact", "1", "--reason", "个人信息")
        assert r.exit_code == 2 and "无权脱敏" in r.stderr, r.output
    r = run("bj", "redact", "1", "--reason", "当事人要求", "--text", NAME)
    assert r.exit_code == 0, r.output
    assert "信息#1 已脱敏：手机号 1 处、身份证号 1 处、指定文字 2 处，涉及 1 个版本" in r.output
    shown = run("bj", "review", "1")
    assert shown.exit_code == 0, shown.output
    assert PHONE not in shown.output and ID_NO not in shown.output and NAME not in shown.output
    assert "市编辑（bj） 脱敏（理由：当事人要求，手机号 1 处、身份证号 1 处、指定文字 2 处，涉及 1 个版本）" in shown.output
    as_json = run("bj", "review", "1", "--json")
    assert PHONE not in as_json.output and PHONE_MASKED in as_json.output
    r = run("bj", "redact", "2", "--reason", "个人信息")
    assert r.exit_code == 2 and "没有找到" in r.stderr
