"""Delivery metrics: pure, table-driven, from word timings."""

from __future__ import annotations

import json

import pytest

from voice_interviewer.delivery import Delivery, find_fillers, measure_delivery
from voice_interviewer.transcript import Transcript, Word


def timed(text: str, *, start: float = 0.5, step: float = 0.4, gaps: dict[int, float] | None = None,
          duration: float | None = None, segments=()) -> Transcript:
    """A transcript whose words are `step` seconds apart, with extra silence before word i in `gaps`."""
    words, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        words.append(Word(w, t, t + step * 0.8, 0.9))
        t += step
    return Transcript(text=text, words=tuple(words), duration=duration or t + 1.0, speech_segments=tuple(segments))


FILLER_CASES = [
    ("Um, so we used MLflow, uh, for tracking.", {"um": 1, "uh": 1}),
    ("Ummm we deployed it. Hmm. Errr yes. Ahh right.", {"um": 1, "hmm": 1, "er": 1, "ah": 1}),
    ("I would like to add that it looks like a canary release.", {}),
    ("We used tools like MLflow and things like DVC.", {}),
    ("So, like, we had like ten models and, like, no monitoring.", {"like": 3}),
    ("It's like, really slow.", {"like": 1}),
    ("You know, we retrained weekly, you know.", {"you know": 2}),
    ("Do you know what data drift is? You know the answer.", {}),
    ("What kind of model was it? A sort of ensemble.", {}),
    ("It was kind of slow and we sort of rebuilt it.", {"kind of": 1, "sort of": 1}),
    ("I mean, the pipeline broke. What I mean is that it failed.", {"I mean": 1}),
    ("I mean it, that was the plan.", {}),
    ("Kubernetes all the way, all of it.", {}),
]


@pytest.mark.parametrize("text,expected", FILLER_CASES)
def test_fillers_in_context(text, expected):
    found: dict[str, int] = {}
    for filler, _ in find_fillers(Transcript.from_text(text)):
        found[filler] = found.get(filler, 0) + 1
    assert found == expected


def test_filler_word_indexes_point_at_timed_words():
    t = timed("So um we used uh MLflow you know")
    d = measure_delivery(t)
    assert [t.words[i].word for i in d.filler_words] == ["um", "uh", "you"]


@pytest.mark.parametrize(
    "n_words,step,band,pace",
    [
        (100, 0.5, (120, 160), "ok"),  # 120 wpm... on the edge counts as ok
        (100, 0.6, (120, 160), "slow"),  # 100 wpm
        (100, 0.3, (120, 160), "fast"),  # 200 wpm
        (100, 0.3, (150, 220), "ok"),  # configurable band
    ],
)
def test_pace_from_speaking_time(n_words, step, band, pace):
    # speaking time runs first word start -> last word end: (n-1)*step + 0.8*step
    t = timed(" ".join(["word"] * n_words), start=5.0, step=step, duration=200)
    d = measure_delivery(t, wpm_band=band)
    expected = n_words / (((n_words - 1) * step + 0.8 * step) / 60)
    assert d.wpm == pytest.approx(expected)
    assert d.pace == pace
    assert d.time_to_first_word == pytest.approx(5.0)


def test_leading_and_trailing_silence_do_not_dilute_pace():
    words = " ".join(["word"] * 30)  # 12 s of speech: enough to judge pace
    a = measure_delivery(timed(words, start=0.0, duration=13))
    b = measure_delivery(timed(words, start=3.0, duration=30))
    assert a.wpm is not None
    assert a.wpm == pytest.approx(b.wpm)
    assert b.time_to_first_word == pytest.approx(3.0)
    assert b.duration == 30


@pytest.mark.parametrize(
    "fillers,words,flag",
    [(0, 60, False), (5, 60, False), (8, 60, True)],
)
def test_filler_rate_flag(fillers, words, flag):
    # 60 words at 1 s each ≈ 1 minute of speaking
    text = " ".join(["um"] * fillers + ["word"] * (words - fillers))
    d = measure_delivery(timed(text, step=1.0))
    assert d.fillers == fillers
    assert d.fillers_per_min == pytest.approx(fillers / ((words - 1 + 0.8) / 60))
    assert d.fillers_flag is flag


def test_pauses_from_word_gaps():
    t = timed("a b c d e f g h", gaps={3: 2.5, 6: 1.0})
    d = measure_delivery(t)
    assert len(d.pauses) == 1 and d.long_pauses == 1
    (p,) = d.pauses
    assert p.length == pytest.approx(2.5 + 0.4 * 0.2)  # silence + the gap between words
    assert p.start == pytest.approx(t.words[2].end)
    assert d.longest_pause == pytest.approx(p.length)


def test_pauses_prefer_vad_segments_over_drifting_word_timings():
    # Whisper stretched word 3 across the pause; the VAD saw a 3 s gap.
    t = timed("a b c d e f", segments=[(0.5, 2.0), (5.0, 7.0)])
    d = measure_delivery(t)
    assert [(p.start, p.end) for p in d.pauses] == [(2.0, 5.0)]
    assert d.longest_pause == pytest.approx(3.0)


@pytest.mark.parametrize("end,target,length", [(30, (60, 120), "short"), (90, (60, 120), "ok"),
                                               (150, (60, 120), "long"), (40, (30, 60), "ok")])
def test_length_against_target(end, target, length):
    t = timed(" ".join(["w"] * 10), start=end - 4.0, step=0.4)
    assert measure_delivery(t, target_seconds=target).length == length


def test_typed_text_has_no_timing_figures():
    d = measure_delivery(Transcript.from_text("Um, we used MLflow, you know."))
    assert d.words == 6 and d.fillers == 2
    assert d.wpm is None and d.pace is None and d.length is None and d.pauses == ()


def test_json_round_trip_and_contract_keys():
    d = measure_delivery(timed("um we used uh MLflow for tracking experiments", gaps={4: 3.0}))
    data = json.loads(json.dumps(d.to_json()))
    assert {"duration", "words", "wpm", "wpm_band", "pace", "fillers", "fillers_per_min", "filler_counts",
            "fillers_flag", "pauses", "long_pauses", "longest_pause", "time_to_first_word",
            "target_seconds", "length"} <= set(data)
    assert data["pauses"][0].keys() == {"start", "end", "length"}
    again = Delivery.from_json(data)
    assert again.to_json() == data


def test_sentence_end_separates_like_from_the_previous_word():
    found = find_fillers(Transcript.from_text("They change things. Like, it was not our problem. We used 3.5 GPUs."))
    assert [f for f, _ in found] == ["like"]


@pytest.mark.slow
def test_delivery_of_real_spoken_fixtures():
    """Through the real recogniser: the weak answer's fillers and its 3 s thinking pause (found from the
    VAD's speech segments) are flagged; the fluent Piper answer has neither."""
    from pathlib import Path

    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    fixtures = Path(__file__).resolve().parents[1] / "audio_fixtures"
    whisper = WhisperTranscriber()
    weak = measure_delivery(whisper.transcribe(load_audio(fixtures / "weak" / "monitoring.ogg")))
    assert weak.fillers >= 5 and weak.fillers_flag
    assert {"um", "uh"} <= set(weak.filler_counts)
    assert weak.long_pauses == 1 and 2.8 < weak.pauses[0].length < 4.0
    assert weak.time_to_first_word == pytest.approx(0.4, abs=0.3)
    assert weak.length == "short"  # ~25 s against a 60-120 s target
    strong = measure_delivery(whisper.transcribe(load_audio(fixtures / "strong" / "monitoring.ogg")))
    assert not strong.fillers_flag and strong.long_pauses == 0
    assert 140 < strong.wpm < 190


@pytest.mark.parametrize("n_words, step", [
    (3, 0.3),  # a one-second answer: "200 wpm (fast)" would be noise
    (19, 0.6),  # 11 s of speech but fewer than 20 words
    (30, 0.3),  # 30 words but 8.8 s of speech
])
def test_pace_is_not_judged_on_too_little_speech(n_words, step):
    """Issue 15 item 20: pace (wpm and its verdict) needs >= 10 s of speech and >= 20 words."""
    d = measure_delivery(timed(" ".join(["word"] * n_words), step=step))
    assert d.wpm is None and d.pace is None
    assert d.speaking_time is not None and d.duration is not None  # still a spoken answer
    assert json.loads(json.dumps(d.to_json()))["pace"] is None


def test_pace_is_judged_from_ten_seconds_and_twenty_words():
    """Issue 15 item 20: the threshold itself is enough."""
    d = measure_delivery(timed(" ".join(["word"] * 26), step=0.4))  # 10.3 s
    assert d.wpm is not None and d.pace == "ok"


def test_a_pause_reads_back_with_the_length_it_was_shown_with():
    from voice_interviewer.delivery import Pause

    shown = Pause(1.234, 4.627).to_json()
    again = Pause(shown["start"], shown["end"]).to_json()
    assert shown == again and shown["length"] == 3.4
