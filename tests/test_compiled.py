"""One memo of what is derived from a question, kept while the question lives."""

from __future__ import annotations

import gc
from dataclasses import dataclass

from voice_interviewer import compiled
from voice_interviewer.compiled import per_question


@dataclass(frozen=True)
class Q:
    prompt: str


def test_built_once_per_question_and_key():
    q, calls = Q("p"), []
    for _ in range(3):
        assert per_question(q, "a", lambda: calls.append(1) or len(calls)) == 1
    assert per_question(q, "b", lambda: "other") == "other"
    assert per_question(Q("p"), "a", lambda: "a new question, equal but not the same") != 1


def test_dropped_when_the_question_goes():
    q = Q("gone")
    key = id(q)
    per_question(q, "a", lambda: 1)
    assert key in compiled._MEMO
    del q
    gc.collect()
    assert key not in compiled._MEMO
