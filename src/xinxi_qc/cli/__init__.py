"""The ``xinxi-qc`` command. Each area registers its commands from its own module
(``register(group)``); a module is imported only when one of its commands runs, so
``xinxi-qc check`` does not pay for the web, database or cluster libraries."""
from __future__ import annotations

import importlib
import sys

import click

# Command name → module under xinxi_qc.cli that registers it.
COMMANDS = {
    "check": "check", "rules": "check",
    "train": "learn", "evaluate": "learn",
    "dedup": "crossdoc", "index": "crossdoc",
    "batch": "batch",
    "serve": "web",
    **{name: "workflow" for name in ("unit", "submit", "review", "return", "reject", "forward", "adopt",
                                     "instruct", "withdraw", "solicit", "target", "report", "points")},
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


class LazyGroup(click.Group):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """click's own usage errors (a bad choice, a missing option, a non-integer) become one
        Chinese line and exit 2 instead of four lines of English usage."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        from .usage import usage_line

        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            click.echo(usage_line(exc), err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"xinxi-qc: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("xinxi-qc: 已中止", err=True)
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        module = COMMANDS.get(name)
        if module is None:
            return None
        holder = click.Group()
        importlib.import_module(f"{__name__}.{module}").register(holder)
        return holder.commands.get(name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="xinxi-qc")
def main() -> None:
    """xinxi-qc：政务信息质量检查与报送积分工具。"""
