"""The `watcher` command: thin wrappers that parse arguments, call the library, print results.

Library code raises `WatcherError`; only here is one turned into a message and an exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from watcher import __version__
from watcher import config as config_module
from watcher.errors import WatcherError
from watcher.logs import setup_logging

#: Command modules, in the order `--help` lists them. Each defines `register(subparsers)`.
COMMAND_MODULES: tuple[str, ...] = (
    "watcher.cli.baseline_cmd",
    "watcher.cli.classify_cmd",
    "watcher.cli.check_cmd",
    "watcher.cli.digest_cmd",
    "watcher.cli.run_cmd",
    "watcher.cli.status_cmd",
    "watcher.cli.reports_cmd",
    "watcher.cli.serve_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """The full parser; commands come from `COMMAND_MODULES`."""
    parser = argparse.ArgumentParser(
        prog="watcher",
        description="What is new, changed or contradicted about Ukraine's path to NATO membership.",
        parents=[_common_options(None, 0)],
    )
    # A subcommand's copy sets nothing unless given, so `watcher -v --config X check` keeps both.
    common = _common_options(argparse.SUPPRESS, argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"watcher {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `watcher` command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    _setup_logging(args)
    try:
        return int(args.func(args) or 0)
    except WatcherError as exc:
        hint = f" (hint: {exc.hint})" if exc.hint else ""
        print(f"watcher: error: {exc}{hint}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`watcher reports list | head`): stop quietly, like other tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print("watcher: interrupted", file=sys.stderr)
        return 130


def _setup_logging(args: argparse.Namespace) -> None:
    """Log at the config's level moved by -v/-q; a broken config is the command's to report."""
    level = "info"
    try:
        level = config_module.load(getattr(args, "config", None)).log_level
    except WatcherError:
        pass
    setup_logging(level, getattr(args, "verbose", 0), getattr(args, "quiet", 0))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
