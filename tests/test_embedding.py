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


# -- the cache and the length groups -------------------------------------------------------------


def test_length_groups_cover_every_text_once_and_cut_padding():
    from voice_interviewer.embedding import length_groups

    lengths = [14, 15, 16, 60, 14, 30, 61, 15, 13, 200, 12]
    groups = length_groups(lengths, run_cost=20, max_tokens=1024)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    for g in groups:
        assert [lengths[i] for i in g] == sorted(lengths[i] for i in g)
        assert len(g) == 1 or len(g) * max(lengths[i] for i in g) <= 1024
    padded = sum(20 + len(g) * max(lengths[i] for i in g) for g in groups)
    assert padded < 20 + len(lengths) * max(lengths)  # cheaper than one batch padded to the longest
    assert length_groups([]) == [] and length_groups([7]) == [[0]]
    assert length_groups([10] * 50, max_tokens=100) == [list(range(k, k + 10)) for k in range(0, 50, 10)]


def test_grouping_by_length_leaves_every_vector_as_it_was_alone(embedder):
    texts = ["drift", "we version every training dataset with its code",
             "a canary release sends a small share of traffic to the new model first and watches it " * 3,
             "we retrain weekly", "monitoring of data quality and of the predictions themselves"]
    together = embedder._run(texts)
    for t in texts:
        alone = embedder._run([t])[t]
        assert np.abs(alone - together[t]).max() < 1e-5


def test_the_cache_gives_the_same_vector_without_running_the_model_again():
    e = MiniLMEmbedder().load()
    first = e.embed(["blue-green deployment", "shadow traffic"])
    runs = []
    real = e._run
    e._run = lambda texts: runs.append(list(texts)) or real(texts)
    again = e.embed(["shadow traffic", "blue-green deployment", "shadow traffic"])
    assert runs == []
    assert np.array_equal(again[0], first[1]) and np.array_equal(again[1], first[0])
    assert np.array_equal(again[0], again[2])


def test_the_cache_is_bounded_and_drops_the_least_recently_used():
    e = MiniLMEmbedder(cache_size=3).load()
    e.embed(["one", "two", "three"])
    e.embed(["one"])  # "two" is now the least recently used
    v = e.embed(["four", "five"])
    assert len(e._cache) == 3 and "one" in e._cache and "two" not in e._cache and "three" not in e._cache
    assert v.shape == (2, 384)
    e.embed([f"text {i}" for i in range(10)])  # more new texts than the cache holds at once
    assert len(e._cache) == 3


def test_the_cache_is_safe_to_share_between_threads():
    import threading

    from voice_interviewer.embedding import VectorCache

    cache = VectorCache(size=50)
    errors = []

    def work(k: int) -> None:
        try:
            for i in range(2000):
                t = f"t{(i * 7 + k) % 120}"
                cache.put_many({t: np.full(4, (i * 7 + k) % 120, dtype=np.float32)})
                got = cache.get_many([t, f"t{i % 120}"])
                for text, vec in got.items():
                    assert vec[0] == int(text[1:])
                assert len(cache) <= 50
        except BaseException as exc:  # reported in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(cache) == 50


def test_threads_embedding_at_once_get_the_vectors_they_would_get_alone(embedder):
    import threading

    texts = [f"we retrain the model every {n} days and compare it with the one in production"
             for n in range(12)]
    expected = embedder.embed(texts)
    shared = MiniLMEmbedder(cache_size=5).load()  # small: entries are dropped while others read
    results: dict[int, np.ndarray] = {}

    def work(k: int) -> None:
        results[k] = shared.embed(texts[k:] + texts[:k])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k, got in results.items():
        assert np.abs(got - np.roll(expected, -k, axis=0)).max() < 1e-5
    assert len(results) == 3 and len(shared._cache) <= 5
