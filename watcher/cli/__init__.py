"""The `watcher` command: thin wrappers that parse arguments, call the library, print results.

Library code raises `WatcherError`; only here is one turned into a message and an exit status.
Only the chosen command's module is imported, so `watcher diff` does not pay for the database,
the web client or the scheduler.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from watcher import __version__
from watcher import config as config_module
from watcher.errors import WatcherError
from watcher.logs import setup_logging
from watcher.render import terminal_text


@dataclass(frozen=True)
class Command:
    """One subcommand: the module whose `register(sub, common)` adds it, and its help line."""

    name: str
    module: str
    help: str


#: Commands in the order `--help` lists them.
COMMANDS: tuple[Command, ...] = (
    Command("baseline", "watcher.cli.baseline_cmd", "build or show the baseline claim set"),
    Command(
        "classify",
        "watcher.cli.classify_cmd",
        "classify JSON Lines statements against the baseline",
    ),
    Command(
        "eval", "watcher.cli.classify_cmd", "score the classifier on a labelled JSON Lines file"
    ),
    Command(
        "diff", "watcher.cli.classify_cmd", "judge one sentence and print status, cue and evidence"
    ),
    Command(
        "check",
        "watcher.cli.check_cmd",
        "check the feeds now and report what is new, changed or contradicted",
    ),
    Command(
        "digest",
        "watcher.cli.digest_cmd",
        "make the digest of findings not yet sent; send it with --send",
    ),
    Command(
        "run", "watcher.cli.run_cmd", "run the scheduler: poll feeds and send the daily digest"
    ),
    Command(
        "worker",
        "watcher.cli.worker_cmd",
        "take queued feed checks (tasks.engine = procrastinate); --burst exits when none is left",
    ),
    Command(
        "enqueue",
        "watcher.cli.worker_cmd",
        "queue a check of every (or the --feed) feed now for the workers",
    ),
    Command(
        "status",
        "watcher.cli.status_cmd",
        "show recent runs, the schedule, failing feeds and the outbox",
    ),
    Command(
        "review",
        "watcher.cli.review_cmd",
        "confirm, dismiss, accept or undo findings; list them by review state",
    ),
    Command("reports", "watcher.cli.reports_cmd", "list past runs or show one report"),
    Command(
        "serve",
        "watcher.cli.serve_cmd",
        "serve the report archive over HTTP, read-only unless --review",
    ),
)
COMMANDS_BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS}

log = logging.getLogger(__name__)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with `command`'s module loaded; every other command is a name and a help line.

    The stand-ins parse only the common options, which is all `main` needs to learn which
    command was asked for before loading it.
    """
    parser = argparse.ArgumentParser(
        prog="watcher",
        description="What is new, changed or contradicted about Ukraine's path to NATO membership.",
        parents=[_common_options(None, 0)],
    )
    # A subcommand's copy sets nothing unless given, so `watcher -v --config X check` keeps both.
    common = _common_options(argparse.SUPPRESS, argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"watcher {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = COMMANDS_BY_NAME.get(command or "")
    for entry in COMMANDS:
        if entry.name in sub.choices:
            continue
        if chosen is not None and entry.module == chosen.module:
            importlib.import_module(entry.module).register(sub, common)
        else:
            sub.add_parser(entry.name, help=entry.help, parents=[common], add_help=False)
    return parser


def _common_options(config_default: object, count_default: object) -> argparse.ArgumentParser:
    """--config, -v and -q, accepted before and after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="PATH",
        default=config_default,
        help="config file (default: $WATCHER_CONFIG, else ./watcher.toml, else built-in defaults)",
    )
    common.add_argument(
        "-v", "--verbose", action="count", default=count_default, help="more log output"
    )
    common.add_argument(
        "-q", "--quiet", action="count", default=count_default, help="less log output"
    )
    return common


def _chosen_command(argv: Sequence[str] | None) -> str | None:
    """The command named in `argv`, found by parsing only the common options."""
    known, _rest = build_parser().parse_known_args(argv)
    return getattr(known, "command", None)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `watcher` command; returns the exit status."""
    _tolerant_streams()
    parser = build_parser(_chosen_command(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        _setup_logging(args)
        status = int(args.func(args) or 0)
        # Output that cannot be written (a full disk behind `>`) is an error of this command.
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            exc.filename = exc.filename or "standard output"
            raise
        return status
    except WatcherError as exc:
        hint = f" (hint: {exc.hint})" if exc.hint else ""
        return _fail(f"{exc}{hint}")
    except BrokenPipeError:
        # The reader went away (`watcher reports list | head`): stop quietly, like other tools.
        _drop_stdout()
        return 1
    except KeyboardInterrupt:
        print("watcher: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        _drop_stdout()
        log.debug("command failed", exc_info=True)  # the traceback, for `-v` on a debug level
        return _fail(os_error_message(exc))
    except MemoryError:
        return _fail("out of memory (hint: an input is far larger than expected; check its size)")


def _tolerant_streams() -> None:
    """A character the terminal's encoding lacks (`Київ` on an ASCII locale) is printed as
    `\\u041a`, never a crash halfway through a table."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _drop_stdout() -> None:
    """Point stdout at /dev/null so output that could not be written is not retried at exit."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass


def _fail(message: str) -> int:
    """Print `watcher: error: ...` as one safe line on stderr; exit status 1."""
    line = terminal_text(message).replace("\n", " ")
    try:
        print(f"watcher: error: {line}", file=sys.stderr)
    except OSError:
        pass
    return 1


#: What fixes an operating-system error, by errno.
OS_HINTS: dict[int, str] = {
    errno.ENOSPC: "the disk is full; free space and run again",
    errno.EDQUOT: "the disk quota is used up; free space and run again",
    errno.EACCES: "check the permissions of the file or folder, or set `data_dir` to a writable one",
    errno.EPERM: "check the permissions of the file or folder, or set `data_dir` to a writable one",
    errno.EROFS: "the file system is read-only; set `data_dir` to a writable folder",
    errno.EISDIR: "a folder is where a file was expected; give a file path",
    errno.ENOTDIR: "a file is where a folder was expected (is `data_dir` a file?)",
    errno.ENOENT: "check the path",
    errno.EEXIST: "move the existing file out of the way",
}


def os_error_message(exc: OSError) -> str:
    """`cannot write /x/y: No space left on device (hint: ...)` from any OSError."""
    where = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    text = f"{where}: {reason}" if where else reason
    hint = OS_HINTS.get(exc.errno or 0)
    return f"{text} (hint: {hint})" if hint else text


def _setup_logging(args: argparse.Namespace) -> None:
    """Log at the config's level moved by -v/-q; a broken config is the command's to report."""
    level = config_module.default("log_level")
    try:
        level = config_module.load(getattr(args, "config", None)).log_level
    except WatcherError:
        pass
    setup_logging(level, getattr(args, "verbose", 0), getattr(args, "quiet", 0))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
