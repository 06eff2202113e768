"""The end-of-turn decision (pure): text cues, the audio probability, patience, and the endpointer
that uses it."""

from __future__ import annotations

import pytest

from voice_interviewer.seams import ListenPolicy
from voice_interviewer.turntaking import Patience, combine, decide, text_cue

STEP = 512 / 16000


@pytest.mark.parametrize("text", [
    "and then we", "We version the data and", "we push it to the", "It goes into a", "so we, um",
    "the model is trained with", "we put it in, you know", "and the reason is because",
    "We keep a copy of the data in...", "we deploy it to Kubernetes,", "and I'm",
])
def test_trailing_words_mean_unfinished(text):
    p, why = text_cue(text)
    assert p is not None and p <= 0.2, (text, why)


@pytest.mark.parametrize("text", [
    "We version the data with DVC.", "We roll back in under five minutes.", "That is how we did it!",
    "Is that what you meant?", "we rebuilt it from scratch and we did that.",
])
def test_finished_sentences_mean_likely_done(text):
    p, why = text_cue(text)
    assert p >= 0.7 and why == "finished sentence"


def test_no_text_is_no_evidence():
    assert text_cue("")[0] is None and text_cue("   ")[0] is None
    assert text_cue("we version it")[0] == 0.5  # no sentence end: undecided


def test_combine_lets_a_trailing_word_veto_the_voice():
    assert combine(None, None) is None
    assert combine(0.9, None) == 0.9 and combine(None, 0.8) == 0.8
    assert combine(0.95, 0.1) < 0.5  # "…and" is never the end, whatever the voice did
    assert combine(0.9, 0.8) > 0.8
    assert combine(0.2, 0.8) < 0.5  # the voice says mid-thought: a period from Whisper is not enough


def test_decision_waits_long_for_an_unfinished_thought_and_briefly_for_a_finished_one():
    pt = Patience(finished_s=0.9, unfinished_s=4.0)
    d = decide(0.2, "and then we", 0.1, pt)
    assert d.state == "speaking" and not d.end
    d = decide(1.0, "and then we", 0.1, pt, speech_s=20)
    assert d.state == "unfinished" and not d.end and d.wait_s == 6.0  # 4 s and 2 s more mid-thought
    assert "trailing 'we'" in d.reason and d.p_text == 0.1 and d.p_audio == 0.1
    assert decide(5.9, "and then we", None, pt, speech_s=20).end is False
    assert decide(6.0, "and then we", None, pt, speech_s=20).end is True
    d = decide(0.5, "We version it with DVC.", 0.9, pt, speech_s=20)
    assert d.state == "finished" and not d.end and d.remaining_s == pytest.approx(0.4)
    assert decide(0.9, "We version it with DVC.", 0.9, pt, speech_s=20).end


def test_no_evidence_falls_back_to_the_long_silence():
    d = decide(2.0, None, None, Patience(unfinished_s=4.0))
    assert d.state == "unknown" and not d.end and d.wait_s == 4.0


def test_with_a_live_transcript_the_voice_alone_never_ends_the_answer():
    d = decide(1.5, None, 0.96, Patience(), speech_s=20, text_expected=True)
    assert d.state == "unknown" and not d.end and "reading the last words" in d.reason and d.p_audio == 0.96
    assert decide(1.5, None, 0.96, Patience(), speech_s=20).end  # no transcript coming: the voice decides
    assert decide(4.0, None, 0.96, Patience(), speech_s=20, text_expected=True).end  # the fallback


def test_a_short_answer_gets_extra_grace_and_learnt_pauses_raise_it():
    pt = Patience(finished_s=0.9, early_extra_s=0.8, early_speech_s=8.0)
    assert decide(1.0, "Yes.", 0.9, pt, speech_s=2.0).wait_s == pytest.approx(1.7)
    assert decide(1.0, "Yes.", 0.9, pt, speech_s=30.0).wait_s == pytest.approx(0.9)
    assert decide(1.0, "Done.", 0.9, pt, speech_s=30.0, learnt_grace_s=1.4).wait_s == pytest.approx(
        1.4 + pt.grace_margin_s)
    assert Patience().grace_margin_s == pytest.approx(0.2)  # 1.0-1.2 s between sentences: end ≤ 1.5 s
    assert decide(1.0, "Done.", 0.9, pt, speech_s=30.0, learnt_grace_s=9.0).wait_s == pt.max_grace_s


def test_patience_is_checked():
    with pytest.raises(ValueError, match="finished_s"):
        Patience(finished_s=0)
    assert Patience(finished_s=6.0, unfinished_s=4.0).finished_s == 4.0


def test_decision_json_is_small_and_rounded():
    d = decide(1.23456, "We did.", 0.93456, Patience(finished_s=0.9), speech_s=12)
    assert d.to_json() == {"state": "finished", "reason": "finished: voice 0.93, finished sentence",
                           "wait_s": 0.9, "p_done": pytest.approx(0.881, abs=1e-3), "p_audio": 0.935,
                           "p_text": 0.8}


def test_a_hesitant_voice_does_not_confirm_a_finished_looking_sentence():
    """A finished-looking sentence said with a voice that does not sound finished waits the
    fallback (the voice is heard ~0.6 s into the pause: real endings mostly gave 0.82-0.99)."""
    d = decide(2.0, "the model is usually fine.", 0.6, Patience(), speech_s=20)
    assert d.state == "unsure" and not d.end and d.wait_s == 4.0 and "not sure" in d.reason
    assert decide(2.0, "the model is usually fine.", 0.85, Patience(), speech_s=20).end


def test_a_finished_sentence_in_a_falling_voice_waits_the_fallback_not_longer():
    d = decide(2.0, "which is usually a good sign.", 0.07, Patience(), speech_s=20)
    assert d.state == "unsure" and d.wait_s == 4.0 and "not sure" in d.reason
    assert decide(2.0, "we push it to the", 0.07, Patience(), speech_s=20).wait_s == 6.0


def test_only_pauses_that_would_have_ended_teach_the_rhythm():
    from voice_interviewer.turntaking import teaches_rhythm

    pt = Patience()
    assert teaches_rhythm(decide(1.0, "We version it.", 0.95, pt, speech_s=20))  # finished: fooled
    assert teaches_rhythm(decide(1.0, "We version it.", 0.3, pt, speech_s=20))  # a sentence, whatever the voice
    assert not teaches_rhythm(decide(1.0, None, None, pt, speech_s=20))  # no words: thinking or rhythm?
    assert not teaches_rhythm(decide(1.0, None, 0.9, pt, speech_s=20, text_expected=True))
    assert not teaches_rhythm(decide(1.0, "we push it to the", 0.95, pt, speech_s=20))  # thinking
    assert not teaches_rhythm(decide(1.0, "and we keep a set of hard", 0.95, pt, speech_s=20))  # no sentence end
    assert not teaches_rhythm(None)


def test_a_guessed_last_word_does_not_end_the_answer():
    """Whisper heard "…changed the units of a, [pause]" as "…changed the units above." (last word
    0.64) with a voice that agreed (0.96): the guess is not trusted, the fallback applies."""
    d = decide(2.0, "It turned out that an upstream team changed the units above.", 0.96, Patience(),
               speech_s=20, last_word_p=0.64)
    assert d.state == "unsure" and not d.end and d.wait_s == 4.0 and "last word 0.64" in d.reason
    assert d.p_word == 0.64 and d.to_json()["p_word"] == 0.64
    sure = decide(2.0, "We had a model that slowly got worse over a month.", 0.96, Patience(), speech_s=20,
                  last_word_p=0.98)
    assert sure.state == "finished" and sure.end and "p_word" in sure.to_json()
    assert "p_word" not in decide(2.0, "Done.", 0.96, Patience(), speech_s=20).to_json()


def test_words_without_a_sentence_end_never_end_the_answer():
    """"…a small set of hard and memorable" (no full stop) with a voice of 0.92: not an ending."""
    d = decide(2.0, "we keep a small set of hard and memorable", 0.92, Patience(), speech_s=20)
    assert d.state == "unsure" and not d.end and "no sentence end" in d.reason


# ----------------------------------------------------------------------------- the endpointer


def drive(ep, pattern, text=None, p_audio=None):
    """Feed (seconds, probability) stretches; give the decision its evidence as the recorder does."""
    t = 0.0
    for seconds, prob in pattern:
        for _ in range(int(round(seconds / STEP))):
            t += STEP
            ep.feed(t, prob)
            if ep.wants_audio():
                ep.note_audio(p_audio(t) if p_audio else None)
            if text is not None and ep.wants_text():
                ep.note_text(*text(t))
            reason = ep.check(t)
            if reason:
                return reason, t
    return None, t


def test_endpointer_never_cuts_a_mid_clause_thinking_pause_and_ends_a_finished_answer_fast():
    from voice_interviewer.speech.recorder import Endpointer

    said = {12.0: "so we version the data and then we", 31.0: "and we roll back in five minutes."}

    def text(t):  # the stream catches up 1.2 s into each pause
        done = [s for end, s in said.items() if t >= end + 1.2]
        return " ".join(done), max([end + 0.5 for end in said if t >= end + 1.2], default=0.0)

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=0.9), expects_text=True)
    reason, t = drive(ep, [(1.0, 0.0), (11.0, 0.9), (3.5, 0.02), (15.5, 0.9), (6.0, 0.02)], text=text,
                      p_audio=lambda t: 0.95)  # the voice says "finished" everywhere: the words decide
    assert reason == "silence"
    assert 31.0 + 1.1 < t < 31.0 + 1.6  # ended ~1.2 s after the last word (text arrived at 1.2 s)
    assert ep.decision.state == "finished" and ep.summary("silence")["p_text"] == 0.8


def test_endpointer_with_an_audio_model_ends_before_the_text_arrives():
    from voice_interviewer.speech.recorder import Endpointer

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=0.9))
    reason, t = drive(ep, [(10.0, 0.9), (5.0, 0.02)], p_audio=lambda t: 0.93)
    assert reason == "silence" and t == pytest.approx(10.0 + 0.9, abs=2 * STEP)
    summary = ep.summary(reason)
    assert summary["p_audio"] == 0.93 and summary["state"] == "finished" and ep.decisions == 1

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=0.9))
    reason, t = drive(ep, [(10.0, 0.9), (3.8, 0.02), (2.0, 0.9)], p_audio=lambda t: 0.05)
    assert reason is None  # the voice said "not finished": a 3.8 s pause is waited out


def test_endpointer_learns_the_candidates_pauses():
    from voice_interviewer.speech.recorder import Endpointer

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=0.9))
    # a finished-sounding 0.8 s pause that was not the end, then a 1.0 s one: not cut off
    reason, _ = drive(ep, [(10.0, 0.9), (0.8, 0.0), (5.0, 0.9), (1.0, 0.0), (3.0, 0.9)],
                      p_audio=lambda t: 0.9)
    assert reason is None and ep.learnt_grace_s == pytest.approx(1.0, abs=0.1)  # the longest such pause


def test_endpointer_does_not_learn_a_thinking_pause_the_voice_doubted():
    """A 3 s mid-clause pause whose words read as a sentence ("…upstream can.") but whose voice said
    "going on" is waited out (the fallback), and teaches no rhythm: the finished answer then ends after
    the patience, not the 2 s cap it used to learn."""
    from voice_interviewer.speech.recorder import Endpointer

    def text(t):
        return ("because a unit change upstream can." if t < 13.5 else
                "because a unit change upstream can quietly break a feature."), t

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=1.3), expects_text=True)
    reason, t = drive(ep, [(10.0, 0.9), (3.0, 0.0), (5.0, 0.9), (6.0, 0.0)], text=text,
                      p_audio=lambda t: 0.3 if t < 13.5 else 0.95)
    assert reason == "silence" and ep.pauses[0]["state"] == "unsure"
    assert ep.learnt_grace_s == 0.0
    assert t == pytest.approx(18.0 + 1.3, abs=2 * STEP)  # not 18 + 2.0


def test_fixed_silence_when_patience_is_off():
    from voice_interviewer.speech.recorder import Endpointer

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=None))
    reason, t = drive(ep, [(10.0, 0.9), (6.0, 0.02)], p_audio=lambda t: 0.99)
    assert reason == "silence" and t == pytest.approx(14.0, abs=2 * STEP)
    assert ep.decision is None and ep.summary(reason)["fixed_silence"]


# ----------------------------------------------------------------------------- real audio, real time


@pytest.mark.slow
def test_real_speech_a_mid_clause_pause_is_waited_out_and_a_finished_answer_ends_soon(whisper_transcriber):
    """Real Piper speech through the real recorder, VAD and Whisper stream: a 3 s pause after "…and then we," is not the end; the finished answer ends well
    before the 4 s fallback. The words decide here (no audio model: Smart Turn heard this ending as
    0.72 and would, rightly by its rule, wait the fallback — test_a_hesitant_voice… covers that).
    The stream decodes in step with the audio (its synchronous mode), so the
    words are in time however busy the test machine is — benchmarks/turn_taking.py measures how
    long they take."""
    import numpy as np

    from voice_interviewer.speech.audio import resample
    from voice_interviewer.speech.recorder import FileSource, listen
    from voice_interviewer.speech.speaker import PiperSynth, SpeakerError

    try:
        synth = PiperSynth(deterministic=True)
    except SpeakerError as exc:
        pytest.skip(f"Piper is not installed: {exc}")

    def say(text):
        audio, rate = synth.synthesize(text)
        audio = resample(np.asarray(audio, dtype=np.float32), rate, 16000)
        loud = np.nonzero(np.abs(audio) > 0.01)[0]
        return audio[loud[0] : loud[-1] + 1]

    silence = lambda s: np.zeros(int(s * 16000), np.float32)  # noqa: E731
    parts = [silence(0.5), say("We keep every model in a registry, and then we,"), silence(3.0),
             say("tag the one that passed the checks."), silence(1.0),
             say("Rollbacks take about a minute.")]
    speech_end = sum(len(p) for p in parts) / 16000
    mid_pause_end = sum(len(p) for p in parts[:3]) / 16000
    audio = np.concatenate(parts + [silence(8.0)])
    stream = whisper_transcriber.stream(threaded=False)
    rec = listen(FileSource(audio), ListenPolicy(enter_ends=False, end_silence_s=4.0),
                 on_chunk=stream.feed, show=False, text=stream.progress, turn=False)
    text = stream.finish().text
    turn = rec.turn
    assert rec.duration > mid_pause_end + 1.0, (turn, text)  # the thinking pause was not the end
    assert turn["pauses"][0]["state"] == "unfinished", turn  # "…and then we" was read as unfinished
    assert rec.ended_by == "silence" and turn["state"] == "finished", turn
    assert rec.duration - speech_end < 2.5, turn  # well under the 4 s fallback
    assert "minute" in text.lower()


# ----------------------------------------------------------------------------- the audio turn model


def test_without_the_turn_model_nothing_breaks(monkeypatch):
    from voice_interviewer.speech.smartturn import MODEL_ENV, SmartTurn, model_path

    monkeypatch.setenv(MODEL_ENV, "")
    assert model_path() is None and SmartTurn.load() is None
    with pytest.raises(FileNotFoundError, match="run make"):
        SmartTurn()


def test_smart_turn_hears_a_finished_and_a_cut_sentence():
    """The model fetched by make (skips without it): Whisper features over the last 8 s, and on
    real speech a clear difference between JFK's finished sentence and the same audio cut mid-phrase."""
    from pathlib import Path

    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.smartturn import MODEL_SHA256, SmartTurn, file_sha256, model_path

    path = model_path()
    jfk = Path(__file__).resolve().parents[2] / "shared" / "real_speech" / "jfk.flac"
    if path is None or not jfk.exists():
        pytest.skip("the Smart Turn model (make) or ../shared/real_speech/jfk.flac is missing")
    assert file_sha256(path) == MODEL_SHA256
    model = SmartTurn(path)
    audio = load_audio(jfk)
    assert model.features(audio).shape == (1, 80, 800)
    assert model.features(audio[:16000]).shape == (1, 80, 800)  # short audio is padded in front
    assert model.probability(audio) > 0.6  # "…what you can do for your country."
    assert model.probability(audio[: 5 * 16000]) < 0.3  # cut after "And so, my fellow Americans"


def test_turn_features_are_faster_whispers_without_its_matmul():
    """LogMel (no model needed) gives faster-whisper's log-mel numbers, short audio padded in front,
    and its sparse mel product is the dense one (no OpenBLAS call: see LogMel)."""
    import numpy as np

    from faster_whisper.feature_extractor import FeatureExtractor

    from voice_interviewer.speech.smartturn import LogMel, _SparseMel

    rng = np.random.default_rng(7)
    t = np.arange(5 * 16000) / 16000
    voice = (0.3 * np.sin(2 * np.pi * 180 * t) * (1 + np.sin(2 * np.pi * 3 * t))
             + 0.02 * rng.standard_normal(len(t))).astype(np.float32)
    mel = LogMel()
    for audio in (voice, np.concatenate([voice, voice]), voice[:4000], np.zeros(16000, np.float32)):
        got, ref = mel(audio), mel.reference(audio)
        assert got.shape == ref.shape == (80, 800) and got.dtype == np.float32
        assert np.abs(got - ref).max() < 1e-5
    filters = FeatureExtractor(feature_size=80).mel_filters
    power = rng.random((201, 800), dtype=np.float32)
    np.testing.assert_allclose(_SparseMel(filters)(power), filters @ power, rtol=1e-5)
    empty = filters.copy()
    empty[3] = 0  # a filter with no weight gives zeros, as the dense product does
    np.testing.assert_allclose(_SparseMel(empty)(power), empty @ power, rtol=1e-5, atol=1e-12)


def test_smart_turn_gives_the_same_probabilities_as_faster_whispers_features():
    """On real speech cut at 10 points, the fast features change no probability (beyond 1e-3; in
    practice not at all: the int8 model absorbs float rounding) — and the model is loaded once."""
    from pathlib import Path

    import numpy as np

    from voice_interviewer.speech import recorder
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.smartturn import model_path

    jfk = Path(__file__).resolve().parents[2] / "shared" / "real_speech" / "jfk.flac"
    if model_path() is None or not jfk.exists():
        pytest.skip("the Smart Turn model (make) or ../shared/real_speech/jfk.flac is missing")
    model = recorder.turn_model()
    assert model is not None and recorder.turn_model() is model  # one model (one session) per process
    session = model._session
    audio = load_audio(jfk)
    for cut in np.linspace(0.5, len(audio) / 16000, 10):
        part = audio[: int(cut * 16000)]
        (out,) = session.run(None, {model._input: model._features.reference(part)[None]})
        assert abs(model.probability(part) - float(np.ravel(out)[0])) <= 1e-3, cut
    assert model._session is session


# ----------------------------------------------------------------------------- replay's line


def test_describe_says_why_an_answer_ended():
    from voice_interviewer.turntaking import describe

    line = describe({"ended_by": "silence", "silence_s": 1.42, "fixed_silence": False, "state": "finished",
                     "reason": "finished: voice 0.97, finished sentence", "wait_s": 1.3, "p_done": 0.9,
                     "p_audio": 0.97, "p_text": 0.8, "pauses": [{"at": 3.1, "state": "unfinished"}]})
    assert line == ("ended after 1.42 s of silence · finished (finished: voice 0.97, finished sentence) · "
                    "voice 0.97 · words 0.80 · combined 0.90 · waited for 1.3 s · earlier pauses: unfinished")
    assert describe({"ended_by": "silence", "silence_s": 4.0, "fixed_silence": True}) == (
        "ended after 4.00 s of silence · fixed silence (no end-of-turn decision)")
    assert describe({"ended_by": "enter", "silence_s": 0.2}) == "ended by enter (silence 0.20 s)"
    assert describe({"ended_by": "silence", "silence_s": 4.0, "state": "unsure", "p_word": 0.64}) == (
        "ended after 4.00 s of silence · unsure · last word 0.64")


def test_describe_skips_what_is_missing_or_damaged():
    from voice_interviewer.turntaking import describe

    assert describe(None) is None and describe({}) is None
    assert describe({"ended_by": "max", "p_audio": "high", "state": 3, "pauses": "x"}) == "ended by max"


@pytest.mark.parametrize("text", ["we ship it to the staging registry.", "and then we", "it runs every night"])
@pytest.mark.parametrize("last_word_p", [None, 0.3, 0.69, 0.95])
def test_the_voice_is_asked_only_where_it_can_change_the_wait(text, last_word_p):
    """Where ``voice_can_decide`` says no, every voice (and none) gives the same state and wait: the
    audio model's CPU is saved without moving any turn's end."""
    from voice_interviewer.turntaking import text_cue, voice_can_decide

    p_text = text_cue(text)[0]
    outcomes = {(d.state, d.wait_s) for p_audio in (None, 0.0, 0.3, 0.6, 0.79, 0.81, 1.0)
                for d in [decide(0.6, text, p_audio, last_word_p=last_word_p, speech_s=10.0)]}
    if not voice_can_decide(p_text, last_word_p):
        assert len(outcomes) == 1
    else:
        assert len(outcomes) > 1


def test_a_long_pause_the_voice_or_last_word_doubted_teaches_no_rhythm():
    """A thinking pause mis-read as a sentence ("…a unit change upstream can." for "…can [3 s] quietly
    break a feature") used to teach the 2 s cap: every later finished answer waited it."""
    from voice_interviewer.turntaking import rhythm_lesson

    pt = Patience()
    finished = decide(1.0, "We version it.", 0.95, pt, speech_s=20)
    doubted = decide(1.0, "We version it.", 0.3, pt, speech_s=20)  # a sentence, the voice doubts it
    guessed = decide(1.0, "Upstream can.", 0.95, pt, speech_s=20, last_word_p=0.4)
    assert finished.state == "finished" and doubted.state == guessed.state == "unsure"
    assert rhythm_lesson(finished, 1.1, pt) == rhythm_lesson(doubted, 1.1, pt) == pytest.approx(1.1)
    assert rhythm_lesson(doubted, pt.doubted_lesson_max_s, pt) == pytest.approx(pt.doubted_lesson_max_s)
    assert rhythm_lesson(doubted, 2.9, pt) == rhythm_lesson(guessed, 3.4, pt) == 0.0  # thinking
    assert rhythm_lesson(finished, 2.9, pt) == pytest.approx(2.9)  # judged finished: the rhythm
    assert rhythm_lesson(decide(1.0, "we push it to the", 0.95, pt, speech_s=20), 1.1, pt) == 0.0
    assert rhythm_lesson(None, 1.1, pt) == 0.0


def test_a_finished_looking_sentence_early_in_a_long_answer_waits_the_fallback():
    """Eight seconds into an answer expected to take a minute, "…contain information." is a thinking
    pause (the voice agreed it sounded finished: 0.96-0.99); a minute in, it is the end."""
    pt = Patience()
    early = decide(1.0, "The offline features contain information.", 0.97, pt, speech_s=8.0, expected_s=60.0)
    assert early.state == "unsure" and early.wait_s == pt.unfinished_s and early.reason.startswith("early: 8 s")
    late = decide(1.0, "The offline features contain information.", 0.97, pt, speech_s=40.0, expected_s=60.0)
    assert late.state == "finished" and late.wait_s < 1.5
    # the window is a share of the expected length; unknown length: no early wait
    assert decide(1.0, "Done.", 0.97, pt, speech_s=8.0, expected_s=30.0).state == "finished"
    assert decide(1.0, "Done.", 0.97, pt, speech_s=8.0).state == "finished"
    assert decide(1.0, "Done.", 0.97, pt, speech_s=8.0, expected_s=0).state == "finished"
    # an unfinished clause stays unfinished (the longer wait), early or not
    assert decide(1.0, "and then we", 0.97, pt, speech_s=8.0, expected_s=60.0).state == "unfinished"


def test_endpointer_waits_out_an_early_thinking_pause_and_ends_a_full_answer_after_the_patience():
    from voice_interviewer.speech.recorder import Endpointer

    def text(t):
        return ("The offline features contain information." if t < 11.0 else
                "The offline features contain information the model cannot see online."), t

    policy = ListenPolicy(end_silence_s=4.0, patience_s=1.3, expected_s=60.0)
    ep = Endpointer(policy, expects_text=True)
    reason, t = drive(ep, [(8.0, 0.9), (3.0, 0.0), (0.5, 0.9), (6.0, 0.0)], text=text, p_audio=lambda t: 0.97)
    assert reason == "silence" and ep.pauses[0]["state"] == "unsure"  # 3 s at 8 s of speech: not cut
    assert t == pytest.approx(11.5 + 4.0, abs=2 * STEP)  # 11.5 s into a 60 s answer: early, the fallback

    ep = Endpointer(policy, expects_text=True)
    reason, t = drive(ep, [(8.0, 0.9), (3.0, 0.0), (10.0, 0.9), (6.0, 0.0)], text=text, p_audio=lambda t: 0.97)
    assert reason == "silence" and t == pytest.approx(21.0 + 1.3, abs=2 * STEP)  # 21 s in (> 12): the patience

    ep = Endpointer(ListenPolicy(end_silence_s=4.0, patience_s=1.3), expects_text=True)
    reason, t = drive(ep, [(8.0, 0.9), (3.0, 0.0)], text=text, p_audio=lambda t: 0.97)
    assert reason == "silence" and t < 8.0 + 2.2  # unknown length: the same pause ends the answer


def test_the_turn_policy_passes_the_expected_length_to_the_endpointer():
    from voice_interviewer.rehearsal import TurnBudget
    from voice_interviewer.turns import Policy

    assert Policy.practice().listen_policy(None, expected_s=60.0).expected_s == 60.0
    assert Policy.practice().listen_policy(None).expected_s is None
    budget = TurnBudget(budget_s=60.0, cue_at_s=50.0, hard_limit_s=90.0)
    assert Policy.rehearse().listen_policy(budget, expected_s=45.0).expected_s == 45.0
