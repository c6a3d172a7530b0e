"""Fixtures every test package can use."""
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
