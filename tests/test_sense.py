"""Do the words form sentences? Word order separates answers from word salad."""

from __future__ import annotations

import random

import pytest

from judgement_eval import select
from voice_interviewer.matching import tokenize
from voice_interviewer.sense import MIN_WORDS, sense, word_classes
from voice_interviewer.text import plain

STRONG = [c for c in select("judgement") if c.tier >= 4]


def of(text: str):
    return sense(tokenize(plain(text).text))


@pytest.mark.parametrize("case", STRONG[:12], ids=lambda c: c.key)
def test_good_answers_read_as_sentences(case):
    assert of(case.text).factor == 1.0


@pytest.mark.parametrize("case", STRONG[:12], ids=lambda c: c.key)
def test_the_same_words_shuffled_do_not(case):
    words = case.text.split()
    random.Random(7).shuffle(words)
    got = of(" ".join(words))
    assert got.factor < 0.5, got


def test_a_list_of_terms_is_salad():
    terms = ("MLflow DVC Kubeflow Airflow Docker Kubernetes Prometheus Grafana Jenkins Feast data versioning "
             "model registry drift detection canary deployment feature store CI/CD")
    assert of(terms).salad


def test_fillers_and_stutters_do_not_count_against_an_answer():
    clean = "we version the data with dvc and we track every experiment in mlflow so that runs can be compared"
    spoken = "um we we version the the data with uh dvc and we track every, uh, experiment in mlflow so that runs can be compared"
    assert word_classes(tokenize(plain(spoken).text)) == word_classes(tokenize(plain(clean).text))
    assert of(spoken) == of(clean)


def test_short_answers_are_left_alone():
    assert of("Kubernetes, Docker, MLflow.").factor == 1.0
    assert of(" ".join(["mlflow"] * (MIN_WORDS - 1))).factor == 1.0


def test_the_figure_is_the_same_every_time_and_for_any_punctuation():
    text = STRONG[0].text
    assert of(text) == of(text) == of(text.upper().replace(",", "").replace(".", ""))


def test_a_spoken_answer_full_of_contractions_reads_as_sentences():
    """"that's", "it's", "I've", "we're" are the two words they stand for: a plain spoken answer that
    owns up to a gap is an answer, not salad (this one read as 0.27 of sentences before)."""
    text = ("so, um, Helm, that's the infra team's thing, I've never actually written a chart. in my squad we "
            "write the Dockerfile for the model and hand it over, and they run it on their cluster, so the scaling "
            "side I don't really touch either. I know it's there and it works.")
    assert "that" in word_classes(tokenize(plain(text).text))
    assert sense(tokenize(plain(text).text)).factor == 1.0
