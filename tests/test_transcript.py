"""The transcript type (voice_interviewer/transcript.py): what a session saves of what was heard."""

from __future__ import annotations

import json

from voice_interviewer.delivery import measure_delivery
from voice_interviewer.transcript import Transcript, Word


def _heard() -> Transcript:
    def at(i: int, offset: float) -> float:  # times as a recogniser gives them: to the millisecond
        return round(offset + 0.4 * i + (2.5 if i >= 3 else 0.0), 3)

    words = tuple(Word(w, at(i, 0.5), at(i, 0.8), 0.9) for i, w in enumerate("we version data then monitor drift".split()))
    return Transcript("we version data then monitor drift", words, 6.0, ((0.45, 1.75), (4.2, 5.6)))


def test_to_json_round_trips_whole_through_a_saved_line():
    """Issue 14: the VAD's speech segments were dropped on save, so pause figures could not be
    recomputed from a saved session; now the transcript comes back whole."""
    t = _heard()
    again = Transcript.from_json(json.loads(json.dumps(t.to_json())))
    assert again == t
    assert measure_delivery(again).to_json() == measure_delivery(t).to_json()


def test_without_segments_the_saved_form_is_what_format_1_wrote():
    t = Transcript("hello", (Word("hello", 0.1, 0.4),), 1.0)
    assert t.to_json() == {"text": "hello", "duration": 1.0,
                           "words": [{"word": "hello", "start": 0.1, "end": 0.4, "probability": 1.0}]}
    assert Transcript.from_json(t.to_json()) == t and Transcript.from_text("typed").timed is False
