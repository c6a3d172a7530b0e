"""The example plugin package, really installed (into a private target dir), is discovered
through the xinxi_qc.rules entry-point group and reports findings."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "plugins" / "xinxi-qc-example-plugin"


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory):
    target = tmp_path_factory.mktemp("plugin-site")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                           "--no-index", "--target", str(target), str(PLUGIN)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"pip could not install the example plugin:\n{done.stderr}")
    return target


def run_cli(args, plugin_path, cwd):
    env = dict(os.environ, PYTHONPATH=str(plugin_path))
    return subprocess.run([sys.executable, "-m", "xinxi_qc", *args], capture_output=True, text=True, env=env, cwd=cwd)


def test_installed_plugin_is_listed_and_reports(plugin_path, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("青川县3个PPP项目落地\n青川县今年签约PPP项目3个，总投资12亿元，临溪镇污水处理项目开工。\n", encoding="utf-8")
    listed = run_cli(["rules"], plugin_path, tmp_path)
    assert "unexplained-abbreviation" in listed.stdout, listed.stderr
    checked = run_cli(["check", "--format", "json", str(draft)], plugin_path, tmp_path)
    findings = json.loads(checked.stdout)["items"][0]["findings"]
    hit = [f for f in findings if f["rule"] == "unexplained-abbreviation"]
    assert hit and hit[0]["excerpt"] == "PPP" and hit[0]["severity"] == "info"


def test_plugin_can_be_configured_off(plugin_path, tmp_path):
    (tmp_path / "xinxi-qc.toml").write_text("plugins = false\n", encoding="utf-8")
    assert "unexplained-abbreviation" not in run_cli(["rules"], plugin_path, tmp_path).stdout
