"""Small pieces every command shares: loading the configuration, failing with one line."""
from __future__ import annotations

import sys

import click


def fail(message: str, code: int = 2) -> "NoReturn":  # noqa: F821
    """Print one line to stderr and exit; used for every user-facing error instead of a traceback."""
    click.echo(f"xinxi-qc: {message}", err=True)
    sys.exit(code)


def load_config_or_fail(path, **kwargs):
    from ..config import ConfigError, load_config

    try:
        config = load_config(path, **kwargs)
    except ConfigError as exc:
        fail(str(exc))
    for problem in config.warnings:
        click.echo(f"xinxi-qc: 警告：{problem}", err=True)
    return config


config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                              help="配置文件（默认：当前目录的 xinxi-qc.toml）")
