"""`watcher baseline build|show`: turn the seeds into the baseline claim set and read it."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from watcher import config as config_mod
from watcher.baseline import build as baseline_mod
from watcher.render import terminal_json, terminal_text

from .progress import progress_callback

DEFAULT_SEEDS = Path("seeds")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher baseline` and its subcommands."""
    parser = sub.add_parser("baseline", parents=[common])
    inner = parser.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    build = inner.add_parser(
        "build", help="build the baseline claim set from the seed documents", parents=[common]
    )
    build.add_argument(
        "--seeds",
        type=Path,
        default=DEFAULT_SEEDS,
        help="folder of seed .txt files (default: %(default)s)",
    )
    build.add_argument(
        "--out",
        type=Path,
        default=None,
        help=f"output file (default: the `baseline` setting, {config_mod.default('baseline')})",
    )
    build.set_defaults(func=run_build)
    show = inner.add_parser("show", help="print the baseline as a table", parents=[common])
    show.add_argument("--json", action="store_true", help="print the file's JSON instead")
    show.add_argument(
        "--file", type=Path, default=None, help="baseline file (default: the configured one)"
    )
    show.set_defaults(func=run_show)
    export = inner.add_parser(
        "export",
        help="write the baseline with the accepted amendments as a new, dated claims file",
        parents=[common],
    )
    export.add_argument(
        "--out",
        type=Path,
        default=None,
        help="file to write (default: claims-amended-<UTC time>.json beside the configured "
        "baseline)",
    )
    export.set_defaults(func=run_export)


def _baseline_path(args: argparse.Namespace, explicit: Path | None) -> Path:
    if explicit:
        return explicit
    return config_mod.load(args.config).baseline


def run_build(args: argparse.Namespace) -> int:
    out = _baseline_path(args, args.out)
    seeds = args.seeds
    with progress_callback("Reading seed sentences") as progress:
        built = baseline_mod.build_file(seeds, out, progress=progress)
    sources = sum(len(c.sources) for c in built.claims)
    merged = sum(1 for c in built.claims if len(c.sources) > 1)
    print(
        f"wrote {terminal_text(out)}: {len(built.claims)} claims from {len(built.seeds)} seeds "
        f"({sources} source sentences; {merged} claims merge duplicates)"
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    path = _baseline_path(args, args.file)
    loaded = baseline_mod.load_baseline(path)
    if args.json:
        sys.stdout.write(terminal_json(baseline_mod.to_json(loaded)) + "\n")
        return 0
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
    table = Table(
        title=terminal_text(f"Baseline: {len(loaded.claims)} claims ({path})"),
        show_lines=False,
        expand=True,
    )
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("claim", ratio=4)
    table.add_column("sources", ratio=1)
    table.add_column("attributes", ratio=2)
    for claim in loaded.claims:
        sources = ", ".join(
            f"{loaded.seeds.get(s.doc, {}).get('label', s.doc)} [{s.start}:{s.end}]"
            for s in claim.sources
        )
        a = claim.attributes
        parts = [
            f"actors: {', '.join(a.actors)}" if a.actors else "",
            f"events: {', '.join(a.events)}" if a.events else "",
            f"polarity: negated ({a.negation_cue})"
            if a.polarity == "negated"
            else "polarity: asserted",
            f"modality: {a.modality}",
            f"numbers: {', '.join(f'{n:g}' for n in a.numbers)}" if a.numbers else "",
            f"dates: {', '.join(a.dates)}" if a.dates else "",
            f"status: {', '.join(a.scales)}" if a.scales else "",
            f"roles: {', '.join(a.roles)}" if a.roles else "",
        ]
        table.add_row(
            Text(terminal_text(claim.id)),
            Text(terminal_text(claim.text)),
            Text(terminal_text(sources)),
            Text(terminal_text("; ".join(p for p in parts if p))),
        )
    console.print(table)
    if args.file is None:
        _show_amendments(console, config_mod.load(args.config))
    return 0


def _show_amendments(console: Console, config: config_mod.Config) -> None:
    """Accepted findings, listed apart from the seed claims they are read with."""
    from watcher.store import reviews
    from watcher.store.schema import open_database

    with open_database(config.database_url, create=False) as db:
        found = reviews.amendments(db)
    if not found:
        console.print("No amendments: `watcher review accept FINDING_ID` adds one.", markup=False)
        return
    table = Table(
        title=f"Amendments: {len(found)} accepted findings, read before the seed claims",
        expand=True,
    )
    table.add_column("id", no_wrap=True, style="bold")
    table.add_column("claim", ratio=4)
    table.add_column("accepted", ratio=2)
    table.add_column("sources", ratio=2)
    for a in found:
        cites = f"; was {a.cites}" if a.cites else ""
        table.add_row(
            Text(terminal_text(a.claim_id)),
            Text(terminal_text(a.text)),
            Text(terminal_text(f"{a.accepted_at:%Y-%m-%d} by {a.reviewer}, {a.finding_id}{cites}")),
            Text(terminal_text("; ".join(f"{s.outlet} {s.url}" for s in a.sources))),
        )
    console.print(table)


def run_export(args: argparse.Namespace) -> int:
    """Seed claims plus amendments, as a claims file any `--baseline` option reads."""
    from watcher.baseline.amend import amended_json
    from watcher.fileio import atomic_write_json
    from watcher.store import reviews
    from watcher.store.schema import open_database

    config = config_mod.load(args.config)
    seed = baseline_mod.load_baseline(config.baseline)
    with open_database(config.database_url, create=False) as db:
        found = reviews.amendments(db)
    now = datetime.now(UTC)
    # Never into the package: the built-in baseline's exports go to data_dir/baselines/.
    folder = config.baseline.parent
    if config.baseline == config_mod.PACKAGED_BASELINE:
        folder = config.data_dir / "baselines"
    out = args.out or folder / f"claims-amended-{now:%Y%m%dT%H%M%SZ}.json"
    atomic_write_json(out, amended_json(seed, found, now))
    print(terminal_text(f"wrote {out}: {len(seed.claims)} seed claims and {len(found)} amendments"))
    return 0
