"""Fixtures and helpers every test package can use."""
from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest


@pytest.fixture
def libreoffice_convert():
    """``convert(path, export, outdir)``: LibreOffice headless ``--convert-to export`` with a
    throw-away profile; the test is skipped where LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice（soffice）未安装：跳过转换检查")

    def convert(path: Path, export: str, outdir: Path) -> subprocess.CompletedProcess:
        profile = Path("/tmp") / f"xqc-lo-profile-{uuid.uuid4().hex}"
        try:
            return subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                                   "--convert-to", export, "--outdir", str(outdir), str(path)],
                                  capture_output=True, text=True, timeout=240)
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    return convert


class RuleFailingOn:
    """A plugin rule that raises on the item with one id and finds nothing in the others."""

    description = "测试用"
    default_options: dict = {}

    def __init__(self, item_id: str) -> None:
        self.id, self.item_id = f"breaks-on-{item_id}", item_id

    def check(self, doc, ctx):
        if doc.item.id == self.item_id:
            raise ValueError("坏数据")
        return iter(())


@pytest.fixture
def rule_failing_on():
    """``rule_failing_on("b")``: a :class:`RuleFailingOn` for the item with id ``b``."""
    return RuleFailingOn
