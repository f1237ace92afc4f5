"""Fixtures every test shares: a clean environment and the location of `../shared`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CLEARED_PREFIXES = ("WATCHER_", "SMTP_", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _clean_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test sees the developer's config, SMTP settings or proxies, or writes their cache."""
    for name in list(os.environ):
        upper = name.upper()
        if upper.startswith(CLEARED_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data folder is not next to this checkout")
    return path


@pytest.fixture
def root() -> Path:
    """The project's root folder."""
    return ROOT


from tests.pg_fixtures import database, each_database, postgres_server  # noqa: E402,F401
