"""voice_interviewer.embedding: the bundled sentence-embedding model, loaded from package data only."""

from __future__ import annotations

import numpy as np
import pytest

from voice_interviewer.embedding import EmbeddingError, MiniLMEmbedder, default_model_dir


def test_the_model_comes_from_the_installed_wheel():
    folder = default_model_dir()
    assert (folder / "onnx" / "model.onnx").is_file() and (folder / "tokenizer.json").is_file()


def test_vectors_are_unit_length_and_meaningful(embedder):
    v = embedder.embed(["we version every training dataset",
                        "each training set gets its own snapshot we can go back to",
                        "the cafeteria serves soup on fridays"])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2  # a paraphrase is nearer than an unrelated sentence


def test_padding_is_off_and_results_do_not_depend_on_the_batch(embedder):
    """The bundled tokenizer pads to 128 tokens (5x slower); a text's vector must not change with
    the other texts in its batch."""
    alone = MiniLMEmbedder().load().embed(["data drift detection"])
    together = embedder.embed(["data drift detection", "a much longer sentence " * 10])
    assert np.allclose(alone[0], together[0], atol=1e-4)
    assert embedder._tokenizer.padding is None


def test_a_folder_without_a_model_is_one_clear_error(tmp_path):
    with pytest.raises(EmbeddingError, match="not a sentence-embedding model"):
        MiniLMEmbedder(tmp_path).load()


def test_a_background_load_failure_is_raised_in_the_caller(tmp_path):
    e = MiniLMEmbedder(tmp_path)
    e.load_in_background().join()
    with pytest.raises(EmbeddingError):
        e.load()


def test_without_the_model_scoring_falls_back_to_words_with_one_note(tmp_path, monkeypatch, capsys):
    from voice_interviewer.cli import main

    monkeypatch.setenv("VOICE_INTERVIEWER_EMBEDDING_MODEL", str(tmp_path))
    assert main(["score", "-q", "lifecycle", "--text", "We version the data with DVC.", "--json"]) == 0
    out, err = capsys.readouterr()
    assert err.startswith("note: judging by words only") and err.count("\n") == 1
    assert '"how": "alias"' in out
