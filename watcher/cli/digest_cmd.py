"""`watcher digest [--send] [--preview DIR]`: the findings not yet sent, as one email."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from watcher import config as config_mod
from watcher.digest.run import run_digest, summary_lines
from watcher.render import terminal_text


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher digest`."""
    parser = sub.add_parser(
        "digest",
        description=(
            "Collect the findings not yet in a digest, most severe first, and render the email. "
            "Without --send nothing is stored or sent; --preview DIR writes the .eml and an .html "
            "preview there. With --send the digest is stored in the outbox, then everything in "
            "the outbox is sent (or written to reports/outbox/ as .eml when email.host is not "
            "set). Exit status: 0 done, 1 a digest is still waiting in the outbox."
        ),
        parents=[common],
    )
    parser.add_argument(
        "--send",
        action="store_true",
        help="store the digest in the outbox and send it, retrying anything still pending",
    )
    parser.add_argument(
        "--preview",
        metavar="DIR",
        type=Path,
        help="write the digest as DIR/<id>.eml and DIR/<id>.html",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Make (and with --send, send) the digest; print what happened."""
    config = config_mod.load(args.config)
    result = run_digest(config, send=args.send, preview_dir=args.preview)
    for line in summary_lines(result):
        # Lines quote the SMTP server's replies and feed errors: text from elsewhere.
        print(terminal_text(line))
    if not args.send and not args.preview and not result.skipped:
        print("nothing stored or sent: add --send to send it, or --preview DIR to look at it")
    # Anything still in the outbox, sent by nobody this time or claimed by another sender, is 1.
    return 1 if result.errors or (args.send and result.pending) else 0
