"""`watcher review list|show|confirm|dismiss|accept|undo`: answer findings from the terminal."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC
from pathlib import Path
from typing import Any

from watcher import config as config_mod
from watcher.render import human_date, plural, safe_url, terminal_json, terminal_text
from watcher.review import actions as review
from watcher.review import export as review_export
from watcher.store import reviews as rv
from watcher.store.schema import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher review` and its actions."""
    parser = sub.add_parser(
        "review",
        parents=[common],
        description=(
            "Mark findings confirmed, dismissed (with the status that is right instead) or "
            "accepted; undo restores the decision before. Dismissed and accepted findings are "
            "left out of the next digest."
        ),
    )
    inner = parser.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    listing = inner.add_parser("list", help="findings and their review state", parents=[common])
    listing.add_argument(
        "--status", choices=rv.STATES, default="", help="only findings in this review state"
    )
    listing.add_argument(
        "--unreviewed", action="store_true", help="only findings nobody has reviewed yet"
    )
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.add_argument(
        "--limit", type=int, default=100, help="how many findings (default: %(default)s)"
    )
    listing.set_defaults(func=run_list)
    show = inner.add_parser("show", help="one finding and every decision on it", parents=[common])
    show.add_argument("finding_id", metavar="FINDING_ID")
    show.set_defaults(func=run_show)
    for action, help_text in (
        ("confirm", "the finding is right"),
        ("dismiss", "the finding is wrong: --label says what it really is"),
        ("accept", "the finding is right and now known: it stops being news"),
    ):
        act = inner.add_parser(action, help=help_text, parents=[common])
        act.add_argument("finding_id", metavar="FINDING_ID")
        act.add_argument(
            "--label",
            default="",
            choices=rv.LABELS,
            help="the status that is right (dismiss needs it)",
        )
        act.add_argument("--note", default="", help="why, in a sentence")
        act.set_defaults(func=run_decide, state=_STATE[action])
    export = inner.add_parser(
        "export",
        help="every decision as labelled JSON Lines, for `watcher eval`",
        parents=[common],
    )
    export.add_argument(
        "--out", type=Path, default=None, help="file to write (default: standard output)"
    )
    export.set_defaults(func=run_export)
    back = inner.add_parser("undo", help="undo the finding's last decision", parents=[common])
    back.add_argument("finding_id", metavar="FINDING_ID")
    back.set_defaults(func=run_undo)


_STATE = {"confirm": rv.CONFIRMED, "dismiss": rv.DISMISSED, "accept": rv.ACCEPTED}


def _item_json(item: rv.Reviewed) -> dict[str, Any]:
    f, r = item.finding, item.review
    return {
        "id": f.id,
        "status": str(f.status),
        "review": item.state,
        "label": r.label if r else "",
        "note": r.note if r else "",
        "reviewer": r.reviewer if r else "",
        "decided_at": r.decided_at.isoformat() if r else None,
        "text": f.text,
        "cue": f.cue,
        "first_seen": f.first_seen.isoformat(),
        "sources": [
            {
                "outlet": s.outlet,
                "url": s.url,
                "title": s.title,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in f.sources
        ],
    }


def _item_text(item: rv.Reviewed, tz: Any) -> str:
    f, r = item.finding, item.review
    state = item.state
    if r is not None and r.state == rv.DISMISSED:
        state += f" as {r.label}"
    published = min((s.published for s in f.sources if s.published), default=None)
    dates = f"first seen {human_date(f.first_seen.astimezone(tz), '%d %b %Y %H:%M')}"
    if published:
        dates = f"published {human_date(published.astimezone(tz))}, {dates}"
    lines = [
        f"{f.id}  {f.status}  [{state}]  {dates}",
        f"  {f.text}",
        f"  cue: {f.cue}",
        f"  {plural(len(f.sources), 'source')}",
    ]
    if r is not None and r.note:
        lines.append(f"  note: {r.note} ({r.reviewer})")
    return "\n".join(lines)


def run_list(args: argparse.Namespace) -> int:
    config = config_mod.load(args.config)
    state = rv.UNREVIEWED if args.unreviewed else args.status
    with open_database(config.database_url, create=False) as db:
        items = rv.list_reviewed(db, state, limit=max(args.limit, 0))
    if args.json:
        sys.stdout.write(terminal_json([_item_json(i) for i in items]) + "\n")
        return 0
    if not items:
        print(f"No {state} findings." if state else "No findings yet. Run `watcher check`.")
        return 0
    tz = config.schedule.tz
    out = "\n\n".join(_item_text(i, tz) for i in items)
    sys.stdout.write(terminal_text(out) + "\n")
    return 0


def run_show(args: argparse.Namespace) -> int:
    config = config_mod.load(args.config)
    with open_database(config.database_url, create=False) as db:
        found = rv.list_one(db, args.finding_id)
        steps = rv.history(db, args.finding_id)
    tz = config.schedule.tz
    lines = [_item_text(found, tz)]
    for src in found.finding.sources:
        when = human_date((src.published or src.seen_at).astimezone(tz))
        lines.append(f"  - {src.outlet or 'unknown outlet'}, {when}: {src.title}")
        if safe_url(src.url):
            lines.append(f"    {src.url}")
    lines += ["", "decisions:" if steps else "no decisions"]
    for r in steps:
        label = f" as {r.label}" if r.state == rv.DISMISSED else ""
        when = r.decided_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        line = f"  {when}  {r.state}{label} by {r.reviewer}"
        if r.note:
            line += f": {r.note}"
        if r.undone_at is not None:
            line += f"  (undone by {r.undone_by} {r.undone_at.astimezone(UTC):%Y-%m-%d %H:%M UTC})"
        lines.append(line)
    sys.stdout.write(terminal_text("\n".join(lines)) + "\n")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    config = config_mod.load(args.config)
    done = review.decide(config, args.finding_id, args.state, label=args.label, note=args.note)
    print(terminal_text(review.describe(done)))
    return 0


def run_undo(args: argparse.Namespace) -> int:
    config = config_mod.load(args.config)
    done = review.undo(config, args.finding_id)
    print(terminal_text(f"undone; now {review.describe(done)}"))
    return 0


def run_export(args: argparse.Namespace) -> int:
    config = config_mod.load(args.config)
    if args.out is None:
        review_export.write(config, sys.stdout)
        return 0
    count = review_export.write_file(config, args.out)
    print(terminal_text(f"wrote {args.out}: {count} decisions"))
    return 0
