"""`xinxi-qc serve`: admin/token bootstrap and clear errors (the server loop itself runs in the browser test)."""
from __future__ import annotations

from click.testing import CliRunner

from xinxi_qc.cli import main
from xinxi_qc.web import create_app
from xinxi_qc.web.state import get_state


def test_create_admin_and_token(tmp_path, monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    monkeypatch.setenv("XINXI_QC_ADMIN_PASSWORD", "admin-password-1")
    runner = CliRunner()
    res = runner.invoke(main, ["serve", "--db", db, "--create-admin", "root"])
    assert res.exit_code == 0, res.output
    assert "已创建管理员 root" in res.output
    res = runner.invoke(main, ["serve", "--db", db, "--create-token", "WPS"])
    assert res.exit_code == 0
    token = res.output.strip().splitlines()[-1]
    app = create_app({"DATABASE_URL": db})
    with app.app_context():
        acc = get_state().accounts
        assert acc.authenticate("root", "admin-password-1").role == "admin"
        assert acc.check_token(token)
    res = runner.invoke(main, ["serve", "--db", db, "--create-admin", "root"])
    assert res.exit_code == 1 and "用户名已存在" in res.output and "Traceback" not in res.output


def test_short_admin_password_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("XINXI_QC_ADMIN_PASSWORD", "short")
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "a.sqlite"), "--create-admin", "x"])
    assert res.exit_code == 1 and "密码至少" in res.output


def test_bad_database_location_is_one_line_error(tmp_path):
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing" / "x.sqlite")])
    assert res.exit_code == 1 and "无法启动网页端" in res.output and "Traceback" not in res.output


def test_port_in_use_is_one_line_error(tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    port = s.getsockname()[1]
    try:
        res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "p.sqlite"), "--port", str(port)])
    finally:
        s.close()
    assert res.exit_code == 1 and "无法监听" in res.output


def test_wsgi_entry_point_builds_the_app(tmp_path, monkeypatch):
    import importlib.util
    from pathlib import Path

    monkeypatch.setenv("XINXI_QC_DB", str(tmp_path / "w.sqlite"))
    monkeypatch.setenv("XINXI_QC_PROXY", "1")
    monkeypatch.setenv("XINXI_QC_LOGIN_MAX_FAILURES", "3")
    path = Path(__file__).resolve().parents[2] / "server" / "wsgi.py"
    spec = importlib.util.spec_from_file_location("xinxi_qc_wsgi_test", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    client = mod.app.test_client()
    assert client.get("/login").status_code == 200
    with mod.app.app_context():
        from xinxi_qc.web.state import get_state

        assert get_state().throttle.limits.per_account == 3
