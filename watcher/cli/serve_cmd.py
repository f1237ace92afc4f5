"""`watcher serve`: browse the report archive in a web browser."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from typing import Any

from watcher import config as config_mod
from watcher.archive.web import make_server


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `watcher serve`."""
    parser = sub.add_parser(
        "serve",
        help="serve the report archive over HTTP, read-only unless --review",
        parents=[common],
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)"
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help="turn on the review page and buttons (loopback only; off: the archive is read-only)",
    )
    parser.set_defaults(func=run_serve)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run_serve(args: argparse.Namespace) -> int:
    config = config_mod.load(args.config)
    server = make_server(config, args.host, args.port, review=args.review)
    host, port = str(server.server_address[0]), int(server.server_address[1])
    shown = f"[{host}]" if ":" in host else host
    print(f"Serving the archive at http://{shown}:{port}/ (Ctrl-C to stop)", flush=True)
    if args.review:
        print(f"Review forms are on: http://{shown}:{port}/review", flush=True)
    if not _is_loopback(args.host):
        print(
            f"watcher: warning: listening on {args.host}, not loopback: anyone who can reach "
            "this address can read the archive",
            file=sys.stderr,
        )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
