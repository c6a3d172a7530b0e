"""`xinxi-qc serve`: the local web form (binds 127.0.0.1 unless told otherwise)."""
from __future__ import annotations

import os
import sys

import click


def register(group: click.Group) -> None:
    group.add_command(serve)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="监听地址；局域网共享时用 0.0.0.0（请置于反向代理之后）。")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--db", "db_url", default=None, envvar="XINXI_QC_DB",
              help="数据库 URL（SQLAlchemy 格式），默认当前目录的 SQLite 文件。")
@click.option("--config", "config_path", default=None, type=click.Path(dir_okay=False),
              help="检查规则配置文件 xinxi-qc.toml。")
@click.option("--create-admin", "admin_name", default=None, metavar="NAME",
              help="创建管理员账号后退出（密码从终端输入，或环境变量 XINXI_QC_ADMIN_PASSWORD）。")
@click.option("--create-token", "token_label", default=None, metavar="LABEL",
              help="为 POST /api/v1/check 生成一个 API 令牌，打印后退出。")
def serve(host, port, db_url, config_path, admin_name, token_label):
    """启动网页端：写稿预检、收件箱、约稿、通报和 JSON 接口。"""
    from ..web import create_app
    from ..web.accounts import AccountError
    from ..web.state import get_state

    try:
        app = create_app({"DATABASE_URL": db_url, "CHECKER_CONFIG": config_path})
    except Exception as exc:  # bad URL, unreadable database, broken config: one line, exit 2
        raise click.ClickException(f"无法启动网页端：{exc}") from None
    with app.app_context():
        accounts = get_state().accounts
        if admin_name or token_label:
            try:
                if admin_name:
                    password = os.environ.get("XINXI_QC_ADMIN_PASSWORD") or click.prompt(
                        f"为 {admin_name} 设置密码", hide_input=True, confirmation_prompt=True)
                    accounts.create_user(admin_name, password, "admin", display_name=admin_name)
                    click.echo(f"已创建管理员 {admin_name}。")
                if token_label:
                    click.echo(accounts.create_token(token_label))
            except AccountError as exc:
                raise click.ClickException(str(exc)) from None
            return
        if accounts.count_admins() == 0:
            click.echo("提示：还没有管理员账号，请先运行 xinxi-qc serve --create-admin 用户名", err=True)

    from werkzeug.serving import make_server

    _check_port(host, port)
    server = make_server(host, port, app, threaded=True)
    click.echo(f"网页端已启动：http://{host}:{port}/  （Ctrl+C 停止）")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("已停止。", err=True)
        sys.exit(0)


def _check_port(host: str, port: int) -> None:
    """Fail with one Chinese line before werkzeug prints its own English message and exits."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise click.ClickException(f"无法监听 {host}:{port}：地址无法解析（{exc}）") from None
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as exc:
            raise click.ClickException(f"无法监听 {host}:{port}：{exc.strerror or exc}（端口被占用或无权限）") from None
