"""Fixtures: a real database (SQLite file, and PostgreSQL when XINXI_QC_TEST_PG_URL is set) and
the real quality checker."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from xinxi_qc.workflow import Service
from xinxi_qc.workflow.db import VERSION_TABLE
from xinxi_qc.workflow.models import Base

PG_URL = os.environ.get("XINXI_QC_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(scope="session")
def real_checker():
    """The project's real engine with the default configuration, loaded once per session."""
    from xinxi_qc.config import Config
    from xinxi_qc.engine import check_item

    config = Config.default()
    return lambda item: check_item(item, config).to_dict()


def _reset_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh, empty database URL for one test."""
    if request.param == "postgresql":
        _reset_pg(PG_URL)
        yield PG_URL
        _reset_pg(PG_URL)
    else:
        yield f"sqlite:///{tmp_path / 'wf.sqlite'}"


@pytest.fixture
def svc(db_url, real_checker):
    service = Service(db_url, checker=real_checker)
    yield service
    service.close()


GOOD_BODY = ("10月8日，柯城区召开全区工业经济运行分析会。1-9月，全区规上工业增加值同比增长8.5%，"
             "高于全市平均1.2个百分点；其中衢州某新材料公司新增产值3.2亿元。")


def make_item(svc, unit="kc", title="柯城区1-9月规上工业增加值增长8.5%", body=GOOD_BODY, **kw):
    kw.setdefault("actor", "信息员")
    return svc.create_item(unit, title, body, **kw)
