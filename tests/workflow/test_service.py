"""The service on a real database: transitions, errors that change nothing, versions with checker
results, optimistic concurrency, solicitations, targets, migrations."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, inspect, select, text

from tests.workflow.conftest import GOOD_BODY, make_item
from xinxi_qc.workflow import (NotFoundError, Service, StaleVersionError, TransitionError, ValidationError,
                               WorkflowError)
from xinxi_qc.workflow.models import Event


@pytest.fixture
def org(svc):
    svc.add_unit("qz", "衢州市", "市")
    svc.add_unit("kc", "柯城区", "县区", parent="qz", unit_class="A")
    svc.add_unit("hh", "航埠镇", "乡镇", parent="kc", unit_class="C")
    svc.add_writer("kc", "张三")
    return svc


def _event_count(svc):
    with svc.engine.connect() as conn:
        return conn.scalar(select(func.count(Event.id)))


def test_submission_is_checked_and_routed_to_the_parent(org):
    item = make_item(org, writer="张三", event_date=date(2026, 10, 8))
    assert (item.status, item.holder, item.writer, item.version) == ("submitted", "qz", "张三", 1)
    detail = org.get_item(item.id)
    v = detail.versions[0]
    assert v.result["title"] == item.title and isinstance(v.result["findings"], list)
    assert v.score == v.result["score"] and v.grade == v.result["grade"]
    assert v.type_label == v.result["type"]["label"]
    assert [e.kind for e in detail.events] == ["create", "submit"]
    town = make_item(org, unit="hh", title="航埠镇柑橘采摘节吸引游客1.2万人次")
    assert town.holder == "kc"
    assert [q.id for q in org.queue("kc")] == [town.id]


def test_full_route_return_edit_resubmit_forward_adopt_instruct(org):
    it = make_item(org, unit="hh", at=date(2026, 10, 2))
    it = org.receive(it.id, actor="县信息科", at=date(2026, 10, 3))
    it = org.return_item(it.id, "数据口径不清，请注明比较基数", actor="县信息科", at=date(2026, 10, 3))
    assert (it.status, it.holder) == ("returned", "hh")
    it = org.edit_item(it.id, "航埠镇柑橘采摘节吸引游客1.2万人次", GOOD_BODY, actor="镇信息员",
                       expected_revision=it.revision, at=date(2026, 10, 4))
    assert it.version == 2
    it = org.submit(it.id, actor="镇信息员", at=date(2026, 10, 4))
    it = org.forward(it.id, actor="县信息科", at=date(2026, 10, 5))
    assert (it.status, it.holder) == ("forwarded", "qz")
    it = org.adopt(it.id, outlet="《政务》信息版", level="市", actor="市信息科", at=date(2026, 10, 6))
    it = org.adopt(it.id, outlet="《政务》专报", level="市", actor="市信息科", at=date(2026, 10, 7))
    it = org.instruct(it.id, level="市", leader="市长", note="请推广", actor="市信息科", at=date(2026, 10, 8))
    assert it.status == "adopted"
    d = org.get_item(it.id)
    assert [v.number for v in d.versions] == [1, 2]
    kinds = [e.kind for e in d.events]
    assert kinds == ["create", "submit", "receive", "return", "edit", "submit", "forward", "adopt", "adopt", "instruct"]
    ret = d.events[3]
    assert ret.reason == "数据口径不清，请注明比较基数" and ret.actor == "县信息科" and ret.unit == "kc"
    assert d.events[-1].reason == "批示领导：市长；请推广"


@pytest.mark.parametrize("action", [
    lambda s, i: s.return_item(i, "", actor="x"),
    lambda s, i: s.return_item(i, "太长" * 126, actor="x"),
    lambda s, i: s.withdraw(i, "  ", actor="x"),
    lambda s, i: s.instruct(i, level="市", actor="x"),  # not adopted yet
    lambda s, i: s.submit(i, actor="x"),  # already submitted
    lambda s, i: s.edit_item(i, "t", "b", actor="x", expected_revision=3),  # submitted: not editable
    lambda s, i: s.adopt(i, outlet="", actor="x"),
    lambda s, i: s.adopt(i, outlet="x", level="银河系", actor="x"),
    lambda s, i: s.forward(i, to="nowhere", actor="x"),
    lambda s, i: s.forward(i, to="qz", actor="x"),  # already held by qz
    lambda s, i: s.receive(i, actor="x", at=date(2000, 1, 1)),  # earlier than the previous event
    lambda s, i: s.receive(i, actor="x", expected_revision=1),  # stale
    lambda s, i: s.receive(i + 100, actor="x"),
])
def test_bad_requests_raise_and_change_nothing(org, action):
    item = make_item(org)
    before = (org.get_item(item.id).item, _event_count(org))
    with pytest.raises(WorkflowError) as exc:
        action(org, item.id)
    assert str(exc.value) and "\n" not in str(exc.value)
    assert (org.get_item(item.id).item, _event_count(org)) == before


def test_error_classes(org):
    item = make_item(org)
    with pytest.raises(NotFoundError):
        make_item(org, unit="nope")
    with pytest.raises(NotFoundError):
        make_item(org, writer="李四")
    with pytest.raises(ValidationError):
        org.return_item(item.id, "", actor="x")
    with pytest.raises(TransitionError):
        org.submit(item.id, actor="x")
    with pytest.raises(ValidationError):
        org.add_unit("zz", "某省", "省", parent="kc")  # parent must be higher
    with pytest.raises(ValidationError):
        org.add_unit("kc", "重复", "县区")


def test_adopted_items_cannot_be_withdrawn_and_withdrawn_items_stay(org):
    a = make_item(org)
    org.adopt(a.id, outlet="信息版", level="市", actor="x")
    with pytest.raises(TransitionError, match="已采用"):
        org.withdraw(a.id, "重复报送", actor="x")
    b = make_item(org)
    b = org.withdraw(b.id, "重复报送", actor="x")
    assert b.status == "withdrawn" and b.holder is None
    with pytest.raises(TransitionError):
        org.adopt(b.id, outlet="信息版", level="市", actor="x")
    assert [i.id for i in org.list_items(status=["withdrawn"])] == [b.id]


def test_reject_then_forwarded_adopted_item_keeps_adopted(org):
    a = make_item(org)
    assert org.reject(a.id, actor="x").status == "not_adopted"
    b = make_item(org)
    org.adopt(b.id, outlet="信息版", level="市", actor="x")
    org.add_unit("zj", "浙江省", "省")
    assert org.forward(b.id, to="zj", actor="x").status == "forwarded"
    assert org.reject(b.id, actor="省信息处").status == "adopted"


def test_stale_edit_from_a_second_client_is_refused(db_url, real_checker, org):
    item = make_item(org, submit=False)
    other = Service(db_url, checker=real_checker)
    try:
        seen = other.get_item(item.id).item.revision
        org.edit_item(item.id, "第一人修改的标题", GOOD_BODY, actor="甲", expected_revision=seen)
        with pytest.raises(StaleVersionError):
            other.edit_item(item.id, "第二人修改的标题", GOOD_BODY, actor="乙", expected_revision=seen)
    finally:
        other.close()
    d = org.get_item(item.id)
    assert [v.title for v in d.versions][-1] == "第一人修改的标题" and len(d.versions) == 2


def test_draft_edit_and_submit(org):
    d = make_item(org, submit=False)
    assert (d.status, d.holder) == ("draft", "kc")
    d = org.edit_item(d.id, "柯城区前三季度新增市场主体5200户", GOOD_BODY, actor="x", expected_revision=d.revision)
    assert d.title == "柯城区前三季度新增市场主体5200户" and d.version == 2
    assert org.submit(d.id, actor="x", expected_revision=d.revision).status == "submitted"


def test_solicitation_status_on_time_late_missing_pending(org):
    org.add_unit("qj", "衢江区", "县区", parent="qz")
    org.add_unit("lx", "龙游县", "县区", parent="qz")
    s = org.add_solicitation("秋粮收购", date(2026, 10, 10), ["kc", "qj", "lx"], actor="市信息科")
    make_item(org, unit="kc", solicitation=s.id, at=date(2026, 10, 9))
    make_item(org, unit="qj", solicitation=s.id, at=date(2026, 10, 12))
    states = {a.unit: a.state for a in org.solicitation_status(s.id, as_of=date(2026, 10, 20))}
    assert states == {"kc": "on_time", "qj": "late", "lx": "missing"}
    assert org.solicitation_status(s.id, as_of=date(2026, 10, 10))[2].state == "pending"
    with pytest.raises(ValidationError, match="没有向"):
        make_item(org, unit="hh", solicitation=s.id)


def test_targets_unit_overrides_class(org):
    org.set_target(unit_class="A", year=2026, period_kind="month", count=6)
    org.set_target(unit_class="A", year=2026, period_kind="month", count=5)  # replaces
    assert org.target_for("kc", 2026, "month").count == 5
    org.set_target(unit="kc", year=2026, period_kind="month", count=8, points=20)
    t = org.target_for("kc", 2026, "month")
    assert (t.count, t.points) == (8, 20)
    assert org.target_for("hh", 2026, "month") is None
    assert len(org.list_targets(2026)) == 2
    with pytest.raises(ValidationError):
        org.set_target(year=2026, period_kind="month", count=1)


def test_adopt_validates_against_the_active_scoring_config(org):
    org.set_scoring("quzhou")
    item = make_item(org)
    with pytest.raises(ValidationError, match="没有刊物"):
        org.adopt(item.id, outlet="某县内刊", level="县区", actor="x")
    info = org.adopt(item.id, outlet="专报", actor="x")  # level taken from the outlet
    d = org.get_item(info.id).events[-1]
    assert (d.outlet, d.level, d.info_kind) == ("《政务》专报", "city", "news")


def test_database_is_reopened_with_data_and_schema_at_head(db_url, real_checker, org):
    make_item(org)
    org.close()
    again = Service(db_url, checker=real_checker)
    try:
        assert [u.code for u in again.list_units()] == ["qz", "kc", "hh"]
        assert len(again.list_items()) == 1
        from xinxi_qc.workflow.db import current_revision, head_revision

        assert current_revision(again.engine) == head_revision()
    finally:
        again.close()


def test_migrations_match_the_models(svc):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from xinxi_qc.workflow.db import VERSION_TABLE
    from xinxi_qc.workflow.models import Base

    with svc.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE,
                                                     "compare_type": False})
        diffs = [d for d in compare_metadata(ctx, Base.metadata)]
    assert diffs == []


def test_sqlite_file_created_with_wal(tmp_path, real_checker):
    path = tmp_path / "sub" / "new.sqlite"
    with pytest.raises(WorkflowError, match="目录不存在"):
        Service(str(path), checker=real_checker)
    path.parent.mkdir()
    s = Service(str(path), checker=real_checker)
    try:
        with s.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert "events" in inspect(s.engine).get_table_names()
    finally:
        s.close()


def test_default_checker_uses_the_real_engine(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no xinxi-qc.toml here: default configuration
    s = Service(str(tmp_path / "d.sqlite"))
    try:
        s.add_unit("kc", "柯城区", "县区")
        item = s.create_item("kc", "柯城区高度重视工业经济", "柯城区高度重视，狠抓落实，取得明显成效。", actor="x")
        rules = {f["rule"] for f in s.get_item(item.id).versions[0].result["findings"]}
        assert rules and item.score is not None and item.score < 100
    finally:
        s.close()


def test_racing_writers_are_caught_by_the_database_version_column(org):
    """Two transactions read the same revision; the one committing second is refused."""
    from xinxi_qc.workflow.models import ItemRow

    item = make_item(org)
    tx1, tx2 = org._tx(), org._tx()
    s1, s2 = tx1.__enter__(), tx2.__enter__()
    s1.get(ItemRow, item.id).status = "received"
    row2 = s2.get(ItemRow, item.id)
    tx1.__exit__(None, None, None)
    row2.status = "returned"
    with pytest.raises(StaleVersionError):
        tx2.__exit__(None, None, None)
    assert org.get_item(item.id).item.status == "received"
