"""The ``xinxi-qc`` command. Each area registers its commands from its own module."""
from __future__ import annotations

import importlib

import click

# Modules under xinxi_qc.cli that define ``register(group)``.
COMMAND_MODULES = ("check", "learn", "batch", "workflow", "crossdoc", "web")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xinxi-qc")
def main() -> None:
    """xinxi-qc：政务信息质量检查与报送积分工具。"""


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}").register(main)
