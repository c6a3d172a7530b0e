"""The ``xinxi-qc`` command. Each area registers its commands from its own module
(``register(group)``); a module is imported only when one of its commands runs, so
``xinxi-qc check`` does not pay for the web, database or cluster libraries."""
from __future__ import annotations

import errno
import importlib
import io
import os
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
                                     "instruct", "withdraw", "redact", "solicit", "target", "report", "points")},
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


class LazyGroup(click.Group):
    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """click's own usage errors (a bad choice, a missing option, a non-integer) become one
        Chinese line and exit 2 instead of four lines of English usage; results that cannot be
        written (stdout on a full disk, a closed pipe) end as Unix tools end (see ``_output_failed``)."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        from .usage import usage_line

        if sys.stdout is None:  # started with stdout closed (``>&-``): writing is the error, not starting
            sys.stdout = _ClosedStdout()
        try:
            try:
                result = super().main(args, prog_name, complete_var, False, **extra)
                code = result if isinstance(result, int) else 0
            except click.UsageError as exc:
                click.echo(usage_line(exc), err=True)
                code = 2
            except click.ClickException as exc:
                click.echo(f"xinxi-qc: {exc.format_message()}", err=True)
                code = exc.exit_code
            except click.Abort:
                click.echo("xinxi-qc: 已中止", err=True)
                code = 130
        except SystemExit as exc:  # commands end with sys.exit(status): their output is flushed below
            code = exc.code
        except OSError as exc:
            code = _output_failed(exc)
        try:
            sys.stdout.flush()
        except OSError as exc:
            code = _output_failed(exc)
        sys.exit(code)

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


class _ClosedStdout(io.TextIOBase):
    """Stands in for a closed stdout: every write fails as a write to a closed descriptor does."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "Bad file descriptor")

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "Bad file descriptor")


# Errors writing the results (stdout, or a file a command did not handle itself) → what they mean.
_WRITE_ERRORS = {errno.ENOSPC: "磁盘已满", errno.EDQUOT: "超出磁盘配额", errno.EFBIG: "文件过大",
                 errno.EIO: "输入输出错误", errno.EROFS: "文件系统只读", errno.EBADF: "输出已关闭"}


def _output_failed(exc: OSError) -> int:
    """A closed pipe (``xinxi-qc check … | head``): quiet, status 1, as Python's own advice for
    SIGPIPE and click do. A full disk and other write errors: one Chinese line, status 2. Either
    way stdout is pointed at /dev/null so the interpreter's last flush does not fail again. Any
    other OSError is a bug and keeps its traceback."""
    if exc.errno != errno.EPIPE and exc.errno not in _WRITE_ERRORS:
        raise exc
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests, embedded use)
        pass
    if exc.errno == errno.EPIPE:
        return 1
    where = f"（{exc.filename}）" if exc.filename else "（标准输出）"
    try:
        click.echo(f"xinxi-qc: 写出结果失败：{_WRITE_ERRORS[exc.errno]}{where}，结果不完整", err=True)
    except OSError:
        pass
    return 2
