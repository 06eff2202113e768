"""The scoring side's text layer: one plain form per answer, quoted back from the original."""

from __future__ import annotations

import pytest

from voice_interviewer.text import plain


@pytest.mark.parametrize("original, expected", [
    ("We use MLflow, DVC and CI/CD.", "we use mlflow dvc and ci/cd"),
    ("PSI above 0.2 (p95) triggers it!", "psi above 0.2 p95 triggers it"),
    ("Don't page at 2 a.m. -- ever.", "don't page at 2 a.m ever"),
    ("Costs fell 40%, saving $2k; C++ and C# too.", "costs fell 40% saving $2k c++ and c# too"),
    ("  end-to-end   A/B   tests…  ", "end-to-end a/b tests"),
    ("“Quoted” — and (bracketed).", "quoted and bracketed"),
    ("", ""),
    ("... , ;", ""),
])
def test_plain_keeps_words_and_marks_inside_them(original, expected):
    assert plain(original).text == expected


def test_every_punctuation_and_case_variant_has_one_plain_form():
    variants = [
        "We add data validation before anything trains, the training step runs in Kubeflow.",
        "We add data validation before anything trains. The training step runs in Kubeflow.",
        "we add data validation before anything trains the training step runs in kubeflow",
        "WE ADD DATA VALIDATION BEFORE ANYTHING TRAINS! THE TRAINING STEP RUNS IN KUBEFLOW",
        "We add data validation — before anything trains; the training step runs in Kubeflow…",
    ]
    assert len({plain(v).text for v in variants}) == 1


def test_spans_map_back_to_the_original_characters():
    original = "First, we version the data (with DVC). Then: MLflow!"
    p = plain(original)
    for word in ("version the data", "dvc", "mlflow", "first"):
        start = p.text.index(word)
        s, e = p.span(start, start + len(word))
        assert original[s:e].lower() == word


def test_a_span_across_removed_punctuation_quotes_the_original_between():
    original = "drift checks, then retraining."
    p = plain(original)
    start = p.text.index("checks")
    s, e = p.span(start, p.text.index("retraining") + len("retraining"))
    assert original[s:e] == "checks, then retraining"


def test_empty_and_out_of_range_spans_do_not_fail():
    p = plain("MLflow.")
    assert p.span(0, 0) == (0, 0)
    assert p.span(3, 99) == (3, 6)
    assert plain("").span(0, 5) == (0, 0)
