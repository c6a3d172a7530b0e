"""The submissions database (a real SQLite file written by the workflow service) as an archive."""
import json

from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.crossdoc import cross_findings
from xinxi_qc.model import Item
from xinxi_qc.workflow.service import Service

PASSAGE = ("10月以来，柯城区市场监管局在航埠镇推行餐饮“明厨亮灶”，后厨视频实时接入监管平台，已覆盖餐饮单位320家。"
           "航埠镇北二村农家乐协会12家会员全部接入，游客扫码即可查看后厨。1-10月全区餐饮投诉同比下降35%。")
COPY = PASSAGE.replace("柯城区", "衢江区").replace("航埠镇", "莲花镇").replace("北二村", "涧头村").replace("320", "210")


def make_db(tmp_path):
    db = str(tmp_path / "xinxi-qc.sqlite")
    with Service(db) as service:
        service.add_unit("kc", "柯城区", "县区")
        service.create_item("kc", "柯城区“明厨亮灶”覆盖320家餐饮单位", PASSAGE, actor="张三")
        gone = service.create_item("kc", "柯城区另一篇", "柯城区开展消防检查，检查企业58家，整改隐患112处。" * 3, actor="张三")
        service.withdraw(gone.id, "重复", actor="张三")
    return db


def test_other_units_copy_is_boilerplate_and_same_unit_is_duplicate(tmp_path):
    db = make_db(tmp_path)
    other = Item("衢江区“明厨亮灶”覆盖210家餐饮单位", COPY, id="draft-1", unit="qj")
    same = Item("柯城区“明厨亮灶”覆盖320家餐饮单位", PASSAGE, id="draft-2", unit="kc")
    found = cross_findings([other, same], db)
    assert {f.rule for f in found[0]} == {"boilerplate"}
    assert all(f.extra["other_id"] == "db:1" for f in found[0])
    assert "duplicate-submission" in {f.rule for f in found[1]}


def test_check_against_the_database_from_the_cli(tmp_path, monkeypatch):
    db = make_db(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text("衢江区“明厨亮灶”覆盖210家餐饮单位\n" + COPY + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--against", db, "draft.txt"])
    findings = json.loads(result.stdout)["items"][0]["findings"]
    assert any(f["rule"] == "boilerplate" and f["extra"]["other_unit"] == "kc" for f in findings)
