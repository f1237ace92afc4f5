"""Builds one article set's articles.xml and gold.jsonl from its source.py, and checks them.

Run:  python3 benchmarks/articles/build.py set_b      (or any set's folder name)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import main  # noqa: E402  (this folder's shared machinery)


def build(name: str) -> None:
    folder = HERE / name
    spec = importlib.util.spec_from_file_location(f"{name}_source", folder / "source.py")
    if spec is None or spec.loader is None or not (folder / "source.py").is_file():
        raise SystemExit(f"{name}: no source.py in {folder}")
    source = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(source)
    main(source.ARTICLES, folder, source.CHANNEL, source.DESCRIPTION)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py SET      (a folder next to this file, e.g. set_b)")
    build(sys.argv[1])
