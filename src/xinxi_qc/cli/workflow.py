"""Workflow commands: units, submission and review, adoption, 批示, 约稿, targets, points, reports.

Thin front end over :class:`xinxi_qc.workflow.Service`: every WorkflowError becomes one line on
stderr and exit status 2; nothing is changed when a command fails.
"""
from __future__ import annotations

import functools
import getpass
import json
import sys
from datetime import date, datetime

import click

from .common import fail

_FORMATS = ("text", "table", "csv", "xlsx", "json")


def register(group: click.Group) -> None:
    for cmd in (unit, submit, review, return_cmd, forward, adopt, reject, instruct, withdraw, redact, solicit,
                target, report, points):
        group.add_command(cmd)


# -- shared options --------------------------------------------------------------------------------
def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value) if ("T" in value or " " in value) else date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"日期格式应为 2026-10-08 或 2026-10-08T09:30，收到 {value!r}") from None


def db_options(func):
    """--db, --as and --config on every workflow command; builds the Service lazily."""

    @click.option("--db", "db", envvar="XINXI_QC_DB", default=None,
                  help="数据库：SQLite 文件路径或 SQLAlchemy URL（默认 $XINXI_QC_DB 或 ./xinxi-qc.sqlite）。")
    @click.option("--as", "actor", envvar="XINXI_QC_USER", default=None,
                  help="操作人（默认 $XINXI_QC_USER 或登录名）；数据库已有网页账号时须为已登记的账号，按其角色和单位核查权限。")
    @click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
                  help="质量检查配置 xinxi-qc.toml（保存新版本时用）。")
    @functools.wraps(func)
    def wrapper(db, actor, config_path, **kwargs):
        from ..workflow import Service, WorkflowError

        try:
            svc = Service(db, checker_config=config_path)
        except WorkflowError as exc:
            fail(str(exc))
        from sqlalchemy.exc import SQLAlchemyError

        try:
            name = actor or _login()
            from ..workflow.actors import Guard, accounts_enabled, find_account

            if accounts_enabled(svc.engine):
                account = find_account(svc.engine, name)
                click.get_current_context().meta["xinxi_guard"] = Guard(svc, account)
                name = account.label
            return func(svc, name, **kwargs)
        except WorkflowError as exc:
            fail(str(exc))
        except SQLAlchemyError as exc:  # a damaged file, a full disk, a lost server: one line, not a traceback
            orig = getattr(exc, "orig", None) or exc
            reason = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
            hint = ("数据库文件已损坏，请从备份恢复" if "malformed" in reason or "not a database" in reason
                    else "磁盘已满" if "full" in reason else "数据库出错")
            fail(f"{hint}（{reason}），本次操作未完成")
        finally:
            svc.close()

    return wrapper


def _allow(action: str, *, unit: str | None = None, item: int | None = None) -> None:
    """Role and unit check of the --as account (no-op when the database has no accounts)."""
    guard = click.get_current_context().meta.get("xinxi_guard")
    if guard is not None:
        guard.check(action, unit=unit, item=item)


def _login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


when_option = click.option("--date", "at", callback=_date, default=None,
                           help="事件发生时间（补录用，默认现在），如 2026-10-08。")
rev_option = click.option("--expect-revision", type=int, default=None,
                          help="你看到的修订号；信息已被他人改动则拒绝执行。")
scoring_option = click.option("--scoring", envvar="XINXI_QC_SCORING", default=None,
                              help="积分办法 TOML 文件或示例名（quzhou/lianyungang/zhonglou）；默认用数据库中保存的。")


def _print_item(info, verb: str) -> None:
    score = f"，质量分 {info.score}（{info.grade}）" if info.score is not None else ""
    from ..workflow.states import STATUS_ZH

    click.echo(f"信息#{info.id} {verb}：{STATUS_ZH.get(info.status, info.status)}，当前在 {info.holder or '—'}"
               f"，修订号 {info.revision}{score}")


# -- units --------------------------------------------------------------------------------------------
@click.group("unit")
def unit():
    """登记和查看单位（乡镇→县区→市→省）及信息员。"""


@unit.command("add")
@click.argument("code")
@click.argument("name")
@click.option("--level", required=True, help="层级：乡镇/县区/市/省（town/county/city/province）。")
@click.option("--class", "unit_class", default=None, help="单位类别（决定目标任务），如 A、B。")
@click.option("--parent", default=None, help="上级单位代码。")
@db_options
def unit_add(svc, actor, code, name, level, unit_class, parent):
    """登记单位 CODE（短代码）NAME（全称）。"""
    _allow("manage")
    u = svc.add_unit(code, name, level, unit_class=unit_class, parent=parent)
    click.echo(f"已登记单位 {u.code} {u.name}（{u.level}{'，类别 ' + u.unit_class if u.unit_class else ''}"
               f"{'，上级 ' + u.parent if u.parent else ''}）")


@unit.command("list")
@db_options
def unit_list(svc, actor):
    """列出所有单位。"""
    for u in svc.list_units():
        click.echo(f"{u.code}\t{u.name}\t{u.level}\t{u.unit_class or '-'}\t{u.parent or '-'}\t{_route_zh(u)}")


def _route_zh(u) -> str:
    if u.route == "self":
        return "报送先由本单位审核"
    if u.route:
        return f"报送直送 {u.route}"
    return "报送上级单位" if u.parent else "—"


@unit.command("route")
@click.argument("unit_code")
@click.option("--to", "to", required=True,
              help="parent：报送上级单位（默认）；self：先由本单位审核（县级审核转报）；或上级单位代码（如直送市）。")
@db_options
def unit_route(svc, actor, unit_code, to):
    """设置单位 UNIT_CODE 的信息先报送到哪个审核单位。"""
    _allow("manage")
    u = svc.set_route(unit_code, to)
    click.echo(f"{u.code} {u.name}：{_route_zh(u)}")


@unit.command("writer")
@click.argument("unit_code")
@click.argument("name")
@db_options
def unit_writer(svc, actor, unit_code, name):
    """为单位 UNIT_CODE 登记信息员 NAME。"""
    _allow("manage")
    w = svc.add_writer(unit_code, name)
    click.echo(f"已登记信息员 {w.name}（{w.unit}）")


@unit.command("writers")
@click.option("--unit", "unit_code", default=None)
@db_options
def unit_writers(svc, actor, unit_code):
    """列出信息员。"""
    for w in svc.list_writers(unit_code):
        click.echo(f"{w.id}\t{w.name}\t{w.unit}")


# -- submission and review ------------------------------------------------------------------------
@click.command("submit")
@click.argument("files", nargs=-1, required=True)
@click.option("--unit", "unit_code", required=True, help="报送单位代码。")
@click.option("--writer", default=None, help="信息员（须已登记）。")
@click.option("--solicitation", type=int, default=None, help="回应的约稿编号。")
@click.option("--joint", multiple=True, help="联合报送单位代码（可多次）。")
@click.option("--event-date", callback=_date, default=None, help="事件发生日期（判断是否迟报）。")
@click.option("--draft", is_flag=True, help="只保存为草稿，不报送。")
@click.option("--item", "item_id", type=int, default=None, help="修改已有信息（退回或草稿）并重新报送。")
@rev_option
@when_option
@db_options
def submit(svc, actor, files, unit_code, writer, solicitation, joint, event_date, draft, item_id,
           expect_revision, at):
    """报送 FILES 中的信息（.txt/.md/.docx/.jsonl/.csv），每个版本保存质量检查结果。"""
    from ..model import InputError
    from ..readers import iter_inputs

    items, errors = [], []
    for got in iter_inputs(list(files)):
        (errors if isinstance(got, InputError) else items).append(got)
    for e in errors:
        click.echo(f"xinxi-qc: {e.source}: {e.message}", err=True)
    if not items:
        fail("没有读到任何信息")
    if isinstance(event_date, datetime):
        event_date = event_date.date()
    if item_id is not None:
        _allow("resubmit", item=item_id)
    else:
        _allow("submit", unit=unit_code)
    if item_id is not None:
        if len(items) != 1:
            fail("--item 只能配一条信息")
        if expect_revision is None:
            fail("修改已有信息须给出 --expect-revision（你看到的修订号）")
        it = items[0]
        info = svc.edit_item(item_id, it.title, it.body, actor=actor, expected_revision=expect_revision,
                             event_date=event_date or it.event_date, at=at)
        if not draft:
            info = svc.submit(item_id, actor=actor, expected_revision=info.revision, at=at)
        _print_item(info, f"第{info.version}版已保存" + ("" if draft else "并报送"))
    else:
        for it in items:
            info = svc.create_item(unit_code, it.title, it.body, actor=actor, writer=writer,
                                   event_date=event_date or it.event_date, solicitation=solicitation,
                                   joint_units=joint, submit=not draft, at=at or it.submitted)
            _print_item(info, "已保存草稿" if draft else "已报送")
    if errors:
        sys.exit(1)


@click.command("review")
@click.argument("item_id", type=int, required=False)
@click.option("--unit", "unit_code", default=None, help="列出该单位待处理的信息。")
@click.option("--receive", is_flag=True, help="签收 ITEM（开始审核）。")
@click.option("--edit", "edit_file", default=None, type=click.Path(dir_okay=False),
              help="审核修改：用该文件的标题和正文为 ITEM 保存新版本（记为审核人修改；须 --unit 为持有单位）。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@rev_option
@when_option
@db_options
def review(svc, actor, item_id, unit_code, receive, edit_file, as_json, expect_revision, at):
    """审核：不带 ITEM 列出某单位待我办理的信息（--unit，含退回本单位修改的）；带 ITEM 显示各版本、检查结果和流转记录。"""
    from ..workflow.states import ACTION_ZH, STATUS_ZH

    if item_id is None:
        if not unit_code:
            fail("请给出信息编号，或用 --unit 列出某单位待处理的信息")
        _allow("view_unit", unit=unit_code)
        queue = svc.queue(unit_code)
        if as_json:
            click.echo(json.dumps([q.to_dict() for q in queue], ensure_ascii=False, indent=2))
            return
        if not queue:
            click.echo(f"{unit_code} 没有待办理的信息")
            return
        click.echo(f"{unit_code} 待我办理 {len(queue)} 条：")
        for q in queue:
            why = ""
            if q.status == "returned":
                reason = next((e.reason for e in reversed(svc.get_item(q.id).events) if e.kind == "return"), None)
                why = f"\t退回理由：{reason}" if reason else ""
            click.echo(f"#{q.id}\t{STATUS_ZH[q.status]}\t{q.unit}\t质量分 {q.score if q.score is not None else '—'}"
                       f"\t修订号 {q.revision}\t{q.title}{why}")
        return
    if receive:
        _allow("receive", item=item_id)
        _print_item(svc.receive(item_id, actor=actor, expected_revision=expect_revision, at=at), "已签收")
        return
    if edit_file:
        from ..model import InputError
        from ..readers import iter_inputs

        got = [x for x in iter_inputs([edit_file])]
        items = [x for x in got if not isinstance(x, InputError)]
        if len(items) != 1:
            fail(next((f"{x.source}: {x.message}" for x in got if isinstance(x, InputError)), "--edit 只能配一条信息"))
        if not unit_code or expect_revision is None:
            fail("审核修改须给出 --unit（持有单位）和 --expect-revision（你看到的修订号）")
        _allow("revise", item=item_id)
        info = svc.revise_item(item_id, items[0].title, items[0].body, actor=actor, unit=unit_code,
                               expected_revision=expect_revision, at=at)
        _print_item(info, f"第{info.version}版（审核修改）已保存")
        return
    _allow("view_item", item=item_id)
    d = svc.get_item(item_id)
    if as_json:
        click.echo(json.dumps(d.to_dict(), ensure_ascii=False, indent=2))
        return
    it = d.item
    click.echo(f"信息#{it.id}【{STATUS_ZH[it.status]}】{it.title}")
    click.echo(f"单位 {it.unit}{'（联合：' + '、'.join(it.joint_units) + '）' if it.joint_units else ''}"
               f"，信息员 {it.writer or '—'}，当前在 {it.holder or '—'}，修订号 {it.revision}"
               f"{'，约稿#' + str(it.solicitation_id) if it.solicitation_id else ''}")
    v = d.versions[-1]
    click.echo(f"第{v.number}版（共{len(d.versions)}版）质量分 {v.score}（{v.grade}），类型 {v.type_label}")
    for f in (v.result or {}).get("findings", []):
        click.echo(f"  [{f['severity']}] {f['field']}:{f['start']}-{f['end']} {f['message']} {f['suggestion']}")
    click.echo(v.body)
    click.echo("流转记录：")
    for e in d.events:
        extra = "，".join(x for x in (
            e.outlet and f"刊物 {e.outlet}", e.level and f"层级 {e.level}", e.info_kind and f"类别 {e.info_kind}",
            e.rank and f"{e.rank}", e.points is not None and f"分值 {e.points:g}",
            e.ref_event_id and f"针对事件#{e.ref_event_id}", e.reason and f"理由：{e.reason}",
            e.detail) if x)
        marks = ""
        if e.back_dated:
            marks += f"〔补录，登记于 {e.recorded_at:%Y-%m-%d %H:%M}〕"
        if e.voided_at:
            marks += f"〔已作废：{e.voided_by} {e.voided_at:%Y-%m-%d %H:%M}，{e.void_reason}〕"
        click.echo(f"  #{e.id} {e.at:%Y-%m-%d %H:%M} {e.actor} {ACTION_ZH.get(e.kind, e.kind)}"
                   f"{'（' + extra + '）' if extra else ''}{marks}")


@click.command("return")
@click.argument("item_id", type=int)
@click.option("--reason", required=True, help="退回理由（必填，≤250 字）。")
@rev_option
@when_option
@db_options
def return_cmd(svc, actor, item_id, reason, expect_revision, at):
    """退回 ITEM 给报送单位修改。"""
    _allow("return", item=item_id)
    _print_item(svc.return_item(item_id, reason, actor=actor, expected_revision=expect_revision, at=at), "已退回")


@click.command("forward")
@click.argument("item_id", type=int)
@click.option("--to", "to", default=None, help="转报单位代码（默认：上级单位）。")
@click.option("--reason", default=None, help="转报说明。")
@rev_option
@when_option
@db_options
def forward(svc, actor, item_id, to, reason, expect_revision, at):
    """审核通过，转报 ITEM 到上级。"""
    _allow("forward", item=item_id)
    _print_item(svc.forward(item_id, actor=actor, to=to, reason=reason, expected_revision=expect_revision, at=at),
                "已转报")


@click.command("adopt")
@click.argument("item_id", type=int)
@click.option("--outlet", required=True, help="采用刊物，如 《政务》信息版、省政府专报、国办刊物。")
@click.option("--level", default=None, help="采用层级：县区/市/省/国家（默认取积分办法中的刊物层级）。")
@click.option("--kind", default=None, help="信息类别，如 信息/调研/简讯（默认：积分办法的默认类别）。")
@click.option("--upper-points", type=float, default=None,
              help="上级（省政府办公厅、国办）对该信息本身的计分（积分办法按上级计分乘倍数时填写）。")
@rev_option
@when_option
@db_options
def adopt(svc, actor, item_id, outlet, level, kind, upper_points, expect_revision, at):
    """登记 ITEM 被某刊物采用（可多次，多刊采用分别登记；同一刊物不能重复登记）。

    --date 可补录过去的采用（计入采用当月），记录同时保存实际登记时间。"""
    _allow("adopt", item=item_id)
    _print_item(svc.adopt(item_id, outlet=outlet, level=level, kind=kind, actor=actor, upper_points=upper_points,
                          expected_revision=expect_revision, at=at), f"被「{outlet}」采用")


@click.command("reject")
@click.argument("item_id", type=int)
@click.option("--reason", default=None)
@rev_option
@when_option
@db_options
def reject(svc, actor, item_id, reason, expect_revision, at):
    """登记 ITEM 未被采用。"""
    _allow("reject", item=item_id)
    _print_item(svc.reject(item_id, actor=actor, reason=reason, expected_revision=expect_revision, at=at), "不采用")


@click.command("instruct")
@click.argument("item_id", type=int)
@click.option("--level", required=True, help="批示领导层级：县区/市/省/国家。")
@click.option("--rank", default=None, help="领导类别，如 主要领导、分管领导（积分办法区分时）。")
@click.option("--leader", default=None, help="批示领导。")
@click.option("--note", default=None, help="批示内容摘要。")
@click.option("--outlet", default=None, help="领导批示的是哪一刊所载信息（批示加分按刊物不同时填写）。")
@rev_option
@when_option
@db_options
def instruct(svc, actor, item_id, level, rank, leader, note, outlet, expect_revision, at):
    """登记领导对 ITEM 的批示。"""
    _allow("instruct", item=item_id)
    _print_item(svc.instruct(item_id, level=level, rank=rank, leader=leader, note=note, actor=actor, outlet=outlet,
                             expected_revision=expect_revision, at=at), "已登记批示")


@click.command("redact")
@click.argument("item_id", type=int)
@click.option("--reason", required=True, help="脱敏理由（必填，≤250 字；不要写出要删除的内容）。")
@click.option("--text", "texts", multiple=True,
              help="另需删除的文字（如当事人姓名，至少 2 个字；可多次），替换为同样长度的 *。")
@rev_option
@db_options
def redact(svc, actor, item_id, reason, texts, expect_revision):
    """脱敏：把 ITEM 各个版本（标题、正文、检查结果的摘录和说明）和办理记录理由中的手机号（138****5678）、
    身份证号（330802********1234）及 --text 指定的文字替换掉；记为一条「脱敏」办理记录（操作人、时间、理由、
    各类替换了几处），不保存被删除的内容。只有编辑和管理员可以脱敏。"""
    guard = click.get_current_context().meta.get("xinxi_guard")
    if guard is not None and guard.account.role not in ("editor", "admin"):
        from ..workflow.actors import ROLE_ZH
        from ..workflow.errors import PermissionDeniedError

        a = guard.account
        raise PermissionDeniedError(f"{ROLE_ZH.get(a.role, a.role)} {a.username} 无权脱敏（只有编辑和管理员可以）")
    info = svc.redact(item_id, reason, actor=actor, texts=texts, expected_revision=expect_revision)
    click.echo(f"信息#{info.item_id} 已脱敏：{info.summary()}；修订号 {info.revision}")


@click.command("withdraw")
@click.argument("item_id", type=int)
@click.option("--reason", required=True, help="撤回理由（必填）。")
@click.option("--adoption", is_flag=True, help="撤销采用：采用单位撤回自己对 ITEM 的采用（原采用记录保留并标为作废）。")
@click.option("--unit", "unit_code", default=None, help="与 --adoption 同用：采用单位代码。")
@click.option("--outlet", default=None, help="与 --adoption 同用：撤销哪一刊的采用（本单位多刊采用时必填）。")
@rev_option
@when_option
@db_options
def withdraw(svc, actor, item_id, reason, adoption, unit_code, outlet, expect_revision, at):
    """撤回 ITEM（标记为已撤回，不删除）；加 --adoption 则由采用单位撤销采用。"""
    _allow("unadopt" if adoption else "withdraw", item=item_id)
    if adoption:
        if not unit_code:
            fail("撤销采用须用 --unit 指明采用单位")
        _print_item(svc.withdraw_adoption(item_id, reason, actor=actor, unit=unit_code, outlet=outlet,
                                          expected_revision=expect_revision, at=at), "已撤销采用")
        return
    if unit_code or outlet:
        fail("--unit、--outlet 只与 --adoption 同用")
    _print_item(svc.withdraw(item_id, reason, actor=actor, expected_revision=expect_revision, at=at), "已撤回")


# -- solicitations and targets ------------------------------------------------------------------
@click.group("solicit")
def solicit():
    """约稿：发布、查看、完成情况。"""


@solicit.command("add")
@click.argument("topic")
@click.option("--units", required=True, help="约稿单位代码，逗号分隔。")
@click.option("--deadline", required=True, callback=_date, help="截止日期（含当天）。")
@click.option("--issued-by", default=None, help="发布单位代码。")
@click.option("--note", default=None)
@db_options
def solicit_add(svc, actor, topic, units, deadline, issued_by, note):
    """发布约稿通知 TOPIC。"""
    _allow("manage")
    codes = [c.strip() for c in units.replace("，", ",").split(",") if c.strip()]
    if isinstance(deadline, datetime):
        deadline = deadline.date()
    s = svc.add_solicitation(topic, deadline, codes, actor=actor, issued_by=issued_by, note=note)
    click.echo(f"约稿#{s.id}「{s.topic}」已发布：{'、'.join(s.units)}，截止 {s.deadline}")


@solicit.command("list")
@db_options
def solicit_list(svc, actor):
    """列出约稿。"""
    for s in svc.list_solicitations():
        click.echo(f"#{s.id}\t{s.deadline}\t{s.topic}\t{'、'.join(s.units)}")


@solicit.command("status")
@click.argument("solicitation_id", type=int)
@db_options
def solicit_status(svc, actor, solicitation_id):
    """约稿 ID 各单位的完成情况（按时/迟报/未报/未到期）。"""
    zh = {"on_time": "按时", "late": "迟报", "missing": "未报", "pending": "未到期"}
    for a in svc.solicitation_status(solicitation_id):
        item = f"信息#{a.item_id}，{a.submitted_at:%Y-%m-%d %H:%M}" if a.item_id else ""
        click.echo(f"{a.unit}\t{zh[a.state]}\t{item}")


@click.group("target")
def target():
    """目标任务：按单位类别或单位，每月/全年的条数和积分。"""


@target.command("set")
@click.option("--class", "unit_class", default=None, help="单位类别。")
@click.option("--unit", "unit_code", default=None, help="单位代码（优先于类别）。")
@click.option("--year", type=int, required=True)
@click.option("--period", "period_kind", type=click.Choice(["month", "quarter", "year"]), required=True,
              help="month：每月目标；quarter：每季度目标；year：全年目标。")
@click.option("--count", type=int, default=None, help="报送条数。")
@click.option("--points", type=float, default=None, help="积分。")
@db_options
def target_set(svc, actor, unit_class, unit_code, year, period_kind, count, points):
    """设置目标任务。"""
    _allow("manage")
    t = svc.set_target(year=year, period_kind=period_kind, unit_class=unit_class, unit=unit_code,
                       count=count, points=points)
    per = {"month": "每月", "quarter": "每季度", "year": "全年"}[t.period_kind]
    click.echo(f"{'类别' if t.scope == 'class' else '单位'} {t.key} {t.year}年{per}"
               f"目标：{t.count if t.count is not None else '—'} 条，{t.points if t.points is not None else '—'} 分")


@target.command("list")
@click.option("--year", type=int, default=None)
@db_options
def target_list(svc, actor, year):
    """列出目标任务。"""
    for t in svc.list_targets(year):
        click.echo(f"{t.year}\t{t.scope}\t{t.key}\t{t.period_kind}\t{t.count if t.count is not None else '-'}"
                   f"\t{t.points if t.points is not None else '-'}")


# -- points and reports ---------------------------------------------------------------------------
@click.group("points")
def points():
    """积分：设置积分办法、查看积分来源、人工加减分、作废事件。"""


@points.command("config")
@click.argument("ref", required=False)
@db_options
def points_config(svc, actor, ref):
    """设置（REF：TOML 文件或示例名）或显示数据库使用的积分办法。"""
    if ref:
        _allow("manage")
        cfg = svc.set_scoring(ref)
        click.echo(f"积分办法已设为「{cfg.name}」（{cfg.source}）")
        return
    cfg = svc.scoring()
    if cfg is None:
        click.echo("尚未设置积分办法（示例：quzhou、lianyungang、zhonglou）")
    else:
        click.echo(cfg.toml_text, nl=False)


# -- corrections and manual adjustments -------------------------------------------------------------
@points.command("void")
@click.argument("event_id", type=int)
@click.option("--reason", required=True, help="作废理由（必填，≤250 字）。")
@db_options
def void(svc, actor, event_id, reason):
    """作废事件 EVENT_ID（采用、批示、转报或人工加减分）：原记录保留并标明作废人、时间和理由，积分重算。"""
    from ..workflow.states import ACTION_ZH

    _allow("manage")
    e = svc.void_event(event_id, reason, actor=actor)
    what = f"信息#{e.item_id} 的" if e.item_id else ""
    click.echo(f"事件#{e.id}（{what}{ACTION_ZH.get(e.kind, e.kind)}"
               f"{'「' + e.outlet + '」' if e.outlet else ''}）已作废，{e.voided_by} {e.voided_at:%Y-%m-%d %H:%M}")


@points.command("adjust")
@click.argument("unit_code")
@click.option("--clause", default=None, help="积分办法中的加减分条款，如 虚假信息、信息报送不及时、被通报。")
@click.option("--points", type=float, default=None, help="分值（条款给出范围时在范围内选；无条款时必填）。")
@click.option("--item", "item_id", type=int, default=None, help="涉及的信息编号。")
@click.option("--reason", required=True, help="加减分理由（必填）。")
@when_option
@db_options
def adjust(svc, actor, unit_code, clause, points, item_id, reason, at):
    """对单位 UNIT_CODE 人工加分或扣分（记为事件，计入积分，points explain 中列出）。"""
    _allow("manage")
    e = svc.adjust(unit_code, clause=clause, points=points, item=item_id, reason=reason, actor=actor, at=at)
    cfg = svc.scoring()
    c = cfg.find_adjustment(e.clause) if cfg and e.clause else None
    click.echo(f"事件#{e.id}：{unit_code} {c.name if c else '人工调整'} {e.points:+g} 分（{e.at:%Y-%m-%d}，{e.actor}）")


@points.command("explain")
@click.argument("unit_code")
@click.option("--period", required=True, help="2026-10（月）、2026-Q4（季度）、2026（年）、2026-W41（周）、2026-B5（两个月）或 2026-H2（半年）。")
@click.option("--as-of", callback=_date, default=None, help="按此日期判断约稿是否逾期、月份是否结束（默认今天）。")
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text")
@scoring_option
@db_options
def points_explain(svc, actor, unit_code, period, as_of, fmt, scoring):
    """逐条列出 UNIT 在期间内每一分的来源事件。"""
    from ..workflow.export import points_table, to_csv

    if isinstance(as_of, datetime):
        as_of = as_of.date()
    _allow("view_unit", unit=unit_code)
    res = svc.points(unit_code, period, scoring=scoring, as_of=as_of)
    u = svc.get_unit(unit_code)
    if fmt == "json":
        click.echo(json.dumps({"unit": u.code, "period": res.period.label, "total": res.total, "reward": res.reward,
                               "lines": [l.to_dict() for l in res.lines],
                               "checks": [c.to_dict() for c in res.checks],
                               "reward_lines": [l.to_dict() for l in res.reward_lines]},
                              ensure_ascii=False, indent=2))
    elif fmt == "csv":
        sys.stdout.buffer.write(to_csv(points_table(res, u.name)))
    else:
        cfg = svc.require_scoring(scoring)
        click.echo(f"{u.name}（{u.code}）{res.period.label_zh} 积分：{res.total:g}（{cfg.name}）")
        for l in res.lines:
            src = "、".join(f"#{i}" for i in l.event_ids) or "—"
            cite = f"　依据：{l.clause}" if l.clause else ""
            click.echo(f"  {l.points:+g}\t[{l.category}] {l.description}　来源事件：{src}{cite}")
        for c in res.checks:
            click.echo(f"{c.period.label_zh} 综合得分 {c.total:g}：{'达标' if c.passed else '不达标'}"
                       f"（低于 {c.pass_min:g} 分视为不达标）")
        if res.reward_lines:
            click.echo(f"稿酬合计：{res.reward:g} 元")
            for l in res.reward_lines:
                click.echo(f"  {l.points:g} 元\t{l.description}")


@click.group("report")
def report():
    """通报与排名：月度/季度通报、年度排名、好信息评选。"""


def _emit(tables, fmt: str, output: str | None, default_name: str, text: str | None = None) -> None:
    from ..workflow.export import to_csv, to_text_table, to_xlsx

    if fmt == "xlsx":
        path = output or default_name + ".xlsx"
        try:
            to_xlsx(tables, path)
        except OSError as exc:
            fail(f"无法写入 {path}：{exc.strerror or exc}")
        click.echo(f"已导出 {path}")
        return
    if fmt == "csv":
        data = to_csv(tables[0])
    elif fmt == "table":
        data = ("\n\n".join(to_text_table(t) for t in tables) + "\n").encode("utf-8")
    else:
        data = (text if text is not None else "\n\n".join(to_text_table(t) for t in tables) + "\n").encode("utf-8")
    if output:
        try:
            with open(output, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            fail(f"无法写入 {output}：{exc.strerror or exc}")
        click.echo(f"已导出 {output}")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _period_cmd(name: str, help_text: str, example: str):
    @report.command(name, help=help_text)
    @click.option("--period", required=True, help=f"期间，如 {example}。")
    @click.option("--under", default=None, help="只统计该单位的下属单位。")
    @click.option("--format", "fmt", type=click.Choice(["text", "table", "csv", "xlsx"]), default="text",
                  help="text：通报草稿；table：表格；csv（UTF-8 BOM）；xlsx。")
    @click.option("--output", "-o", default=None, help="输出文件（xlsx 默认 通报-期间.xlsx）。")
    @click.option("--as-of", callback=_date, default=None, help="统计截止日期（默认今天）。")
    @click.option("--issuer", default="", help="通报落款单位。")
    @scoring_option
    @db_options
    def cmd(svc, actor, period, under, fmt, output, as_of, issuer, scoring):
        from ..workflow.export import bulletin_text, period_table, writer_table
        from ..workflow.levels import Period

        _allow("report")
        p = Period.parse(period)
        if name == "monthly" and p.kind != "month" or name == "quarterly" and p.kind != "quarter":
            fail(f"report {name} 需要{'月份（如 2026-10）' if name == 'monthly' else '季度（如 2026-Q4）'}，收到 {period}")
        if isinstance(as_of, datetime):
            as_of = as_of.date()
        rep = svc.period_report(p, under=under, scoring=scoring, as_of=as_of)
        scope = svc.get_unit(under).name if under else "全市"
        text = bulletin_text(rep, scope_name=scope, issuer=issuer) if fmt == "text" else None
        tables = [period_table(rep)]
        if rep.writers:
            tables.append(writer_table(rep.writers, f"{p.label_zh}信息员积分与稿酬"))
        _emit(tables, fmt, output, f"通报-{p.label}", text)

    return cmd


_period_cmd("monthly", "月度通报：报送、分级采用、采用率、积分、目标完成率、约稿、质量分、零采用单位。", "2026-10")
_period_cmd("quarterly", "季度通报（同月度通报）。", "2026-Q4")
_period_cmd("period", "任意期间的通报：周（2026-W41）、两个月（2026-B5）、半年（2026-H2）、月、季度或年。", "2026-H2")


@report.command("writers")
@click.option("--period", required=True, help="期间，如 2026-10、2026-Q4、2026。")
@click.option("--under", default=None, help="只统计该单位的下属单位。")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "xlsx"]), default="table")
@click.option("--output", "-o", default=None)
@click.option("--as-of", callback=_date, default=None)
@scoring_option
@db_options
def report_writers(svc, actor, period, under, fmt, output, as_of, scoring):
    """信息员积分与稿酬：报送、采用、积分（联合报送全额计入）、稿酬（按积分或按刊物）。"""
    from ..workflow.export import writer_table
    from ..workflow.levels import Period

    _allow("report")
    p = Period.parse(period)
    if isinstance(as_of, datetime):
        as_of = as_of.date()
    rows = svc.writer_report(p, under=under, scoring=scoring, as_of=as_of)
    _emit([writer_table(rows, f"{p.label_zh}信息员积分与稿酬")], fmt, output, f"信息员-{p.label}")


@report.command("annual")
@click.option("--year", type=int, required=True)
@click.option("--under", default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "xlsx"]), default="table")
@click.option("--of", "of", type=click.Choice(["units", "writers"]), default="units",
              help="csv 输出哪张排名（table/xlsx 两张都输出）。")
@click.option("--output", "-o", default=None)
@click.option("--as-of", callback=_date, default=None)
@scoring_option
@db_options
def report_annual(svc, actor, year, under, fmt, of, output, as_of, scoring):
    """年度排名：单位积分排名和信息员积分排名。"""
    from ..workflow.export import ranking_table

    _allow("report")
    if isinstance(as_of, datetime):
        as_of = as_of.date()
    units = ranking_table(svc.unit_ranking(year, under=under, scoring=scoring, as_of=as_of), f"{year}年单位积分排名")
    writers = ranking_table(svc.writer_ranking(year, under=under, scoring=scoring, as_of=as_of),
                            f"{year}年信息员积分排名", who="信息员")
    tables = [writers, units] if fmt == "csv" and of == "writers" else [units, writers]
    _emit(tables, fmt, output, f"排名-{year}")


@report.command("shortlist")
@click.option("--year", type=int, required=True)
@click.option("--under", default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "xlsx"]), default="table")
@click.option("--output", "-o", default=None)
@scoring_option
@db_options
def report_shortlist(svc, actor, year, under, fmt, output, scoring):
    """好信息评选候选名单：按最高采用层级、批示、质量分排序，分优质/良好/较好。"""
    from ..workflow.export import shortlist_table

    _allow("report")
    rows = svc.shortlist(year, under=under, scoring=scoring)
    _emit([shortlist_table(rows, f"{year}年好信息评选候选名单")], fmt, output, f"好信息-{year}")
