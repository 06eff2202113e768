"""The session log's typed events (voice_interviewer/events.py): written by the loop, read back leniently."""

from __future__ import annotations

import pytest

from voice_interviewer import events as ev
from voice_interviewer.transcript import Transcript, Word


def test_each_event_writes_the_format_1_line():
    assert ev.QuestionAsked(1, "q", None, "Why?").to_json() == {
        "type": "question_asked", "turn": 1, "question_id": "q", "follow_up_id": None, "text": "Why?",
        "parent_turn": None}
    assert ev.AnswerAudio(2, "audio/02-q.wav", 3.5, "silence").to_json() == {
        "type": "answer_audio", "turn": 2, "path": "audio/02-q.wav", "duration": 3.5, "ended_by": "silence",
        "partial": False}
    assert ev.AnswerAudio(2, "a.wav", 1.0, "silence", end_of_turn={"state": "finished"}).to_json()["end_of_turn"] == {
        "state": "finished"}
    assert ev.SessionEnd("failed", {}, error="disk full").to_json() == {
        "type": "session_end", "status": "failed", "error": "disk full", "summary": {}}
    assert ev.SessionInterrupted(None, "speaking", "SIGTERM").to_json()["signal"] == "SIGTERM"


def test_every_event_reads_back_as_itself():
    transcript = Transcript("we use MLflow", (Word("we", 0.1, 0.2), Word("use", 0.3, 0.4), Word("MLflow", 0.5, 0.9)),
                            1.2, ((0.1, 0.9),))
    for event in (ev.QuestionAsked(3, "q", "fu", "And then?", 2), ev.CommandHeard(1, "repeat"), ev.CuePlayed(1, 17.0),
                  ev.AnswerAudio(1, "audio/01-q.partial.wav", 1.5, "interrupted", True),
                  ev.TranscriptSaved(1, transcript), ev.TimingRecorded(1, 20.0, 19.5, 17.0, False),
                  ev.Unanswered(1, "no answer given"), ev.SessionInterrupted(1, "listening"),
                  ev.SessionEnd("completed", {"answered": 1})):
        assert ev.parse_event(event.to_json()) == event


def test_reading_is_lenient_where_a_hand_edit_or_a_crash_makes_it_necessary():
    assert ev.parse_event({"type": "cue", "turn": "1"}) is None  # a turn event without a turn number
    assert ev.parse_event({"type": "something_newer", "turn": 1}) is None  # a type this version does not know
    audio = ev.parse_event({"type": "answer_audio", "turn": 1, "path": "a.wav", "duration": "long", "partial": 1})
    assert isinstance(audio, ev.AnswerAudio) and audio.duration is None and audio.partial is True
    header = ev.parse_event({"type": "session", "questions": "q1", "options": []})
    assert isinstance(header, ev.SessionHeader) and header.questions == () and header.options == {} and header.format == 1
    with pytest.raises(ev.BadEvent, match="turn 2: unreadable transcript"):
        ev.parse_event({"type": "transcript", "turn": 2, "transcript": {"words": [{"word": "x"}]}})
    with pytest.raises(ev.BadEvent, match="turn 2: unreadable verdict"):
        ev.parse_event({"type": "verdict", "turn": 2, "verdict": {"question_id": "q", "score": "high"}})
    with pytest.raises(ev.BadEvent):  # the right keys with the wrong types: refused, not passed on to a renderer
        ev.saved_verdict({"question_id": "q", "transcript": "t", "score": 1, "coverage": 0.1,
                          "concepts": [{"id": 7, "hit": True}], "red_flags": []})
