"""Filling a workflow database with many items quickly (for the query-count test and
benchmarks/bench_web.py): units and writers through the service, items, versions and events as
bulk inserts with the shapes the service writes. Check results are real (a few texts checked once,
then reused with distinct titles)."""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select

from xinxi_qc.workflow.models import Event, ItemRow, ItemUnit, ItemVersion, Unit, Writer

from .samples import GOOD_BODY, GOOD_TITLE, WEAK_BODY, WEAK_TITLE

COUNTIES = [("kc", "柯城区"), ("qj", "衢江区"), ("js", "江山市"), ("ls", "龙游县"), ("cs", "常山县"), ("kh", "开化县")]
TOWNS = ["街道", "镇", "乡", "社区"]
OUTLETS = [("《衢州政务》信息版", "city"), ("《浙江信息》", "province"), ("《每日要情》", "county")]


def make_units(svc) -> list[str]:
    """A city, six counties and four towns under each; one writer per town. Returns the town codes."""
    svc.add_unit("qz", "衢州市", "city")
    towns = []
    for code, name in COUNTIES:
        svc.add_unit(code, name, "county", parent="qz", unit_class="A")
        for n, kind in enumerate(TOWNS, 1):
            t = f"{code}{n}"
            svc.add_unit(t, f"{name}第{n}{kind}", "town", parent=code, unit_class="B")
            svc.add_writer(t, f"信息员{t}")
            towns.append(t)
    return towns


def _checked(checker):
    out = []
    for title, body in ((GOOD_TITLE, GOOD_BODY), (WEAK_TITLE, WEAK_BODY)):
        result = checker(title, body)
        out.append((title, body, result))
    return out


def fill(engine, n: int, checker, *, seed: int = 15, year: int = 2026, towns: list[str] | None = None) -> None:
    """Add ``n`` submitted items spread over the towns and the year, in various states."""
    rnd = random.Random(seed)
    texts = _checked(checker)
    with engine.begin() as conn:
        units = {code: (uid, parent) for uid, code, parent in conn.execute(select(Unit.id, Unit.code, Unit.parent_id))}
        writers = {uid: wid for wid, uid in conn.execute(select(Writer.id, Writer.unit_id))}
        town_codes = towns or [c for c, (_, p) in units.items() if p is not None and c not in dict(COUNTIES)]
        start_id = (conn.scalar(select(ItemRow.id).order_by(ItemRow.id.desc()).limit(1)) or 0) + 1
        items, links, versions, events = [], [], [], []
        for k in range(n):
            iid = start_id + k
            town = town_codes[k % len(town_codes)]
            uid, parent = units[town]
            at = datetime(year, 1, 1, 8) + timedelta(minutes=rnd.randrange(0, 320 * 24 * 60))
            title, body, result = texts[k % len(texts)]
            roll = rnd.random()
            status = ("submitted" if roll < .4 else "received" if roll < .6 else "adopted" if roll < .75
                      else "returned" if roll < .85 else "not_adopted" if roll < .95 else "forwarded")
            holder = parent if status in ("submitted", "received", "adopted", "not_adopted") else (
                uid if status == "returned" else units["qz"][0])
            ev = [dict(kind="create", from_status=None, to_status="draft", version_number=1),
                  dict(kind="submit", from_status="draft", to_status="submitted")]
            if status in ("received", "adopted", "not_adopted", "forwarded"):
                ev.append(dict(kind="receive", from_status="submitted", to_status="received"))
            if status == "adopted":
                outlet, level = OUTLETS[k % len(OUTLETS)]
                ev.append(dict(kind="adopt", from_status="received", to_status="adopted", outlet=outlet,
                               level=level, info_kind="news"))
            elif status == "not_adopted":
                ev.append(dict(kind="reject", from_status="received", to_status="not_adopted"))
            elif status == "returned":
                ev.append(dict(kind="return", from_status="submitted", to_status="returned",
                               reason="请补充具体数据和做法"))
            elif status == "forwarded":
                ev.append(dict(kind="forward", from_status="received", to_status="forwarded"))
            n_events = len(ev)
            items.append(dict(id=iid, unit_id=uid, writer_id=writers.get(uid), solicitation_id=None, status=status,
                              holder_unit_id=holder, revision=n_events + 1, created_at=at, updated_at=at))
            links.append(dict(item_id=iid, unit_id=uid, position=0))
            versions.append(dict(item_id=iid, number=1, title=f"{title}（{iid}）", body=body, event_date=at.date(),
                                 score=result.get("score"), grade=result.get("grade"),
                                 type_label=(result.get("type") or {}).get("label"),
                                 result_json=json.dumps(result, ensure_ascii=False), created_at=at,
                                 created_by=f"信息员{town}"))
            for j, e in enumerate(ev):
                when = at + timedelta(hours=j * 5)
                events.append(dict(item_id=iid, at=when, actor=f"信息员{town}" if j < 2 else "编辑",
                                   unit_id=uid if j < 2 else parent, recorded_at=when,
                                   **{"reason": None, "outlet": None, "level": None, "info_kind": None,
                                      "version_number": None, **e}))
        for table, rows in ((ItemRow, items), (ItemUnit, links), (ItemVersion, versions), (Event, events)):
            for i in range(0, len(rows), 2000):
                conn.execute(insert(table), rows[i:i + 2000])


def web_checker(state):
    """(title, body) → the checker's JSON item object, as the web form's service stores it."""
    from xinxi_qc.model import Item
    from xinxi_qc.web.checking import check

    def run(title, body):
        return check(Item(title=title, body=body), state.checker_config).to_dict()

    return run
