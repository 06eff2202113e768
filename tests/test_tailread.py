"""The fast read of the last words at a pause (speech/tailread.py): the pause reader's rules with a
scripted reader, and the real Whisper pass on real speech."""

from __future__ import annotations

import numpy as np
import pytest

from voice_interviewer.speech.tailread import PauseReader, Tail, looped, reading_pauses

SR = 16000
WIN = 512


class ScriptedReader:
    """Stands in for TailReader: returns scripted tails and remembers what it was given."""

    seconds = 6.0

    def __init__(self, *texts: str, last_p: float = 0.95):
        self.texts, self.last_p, self.heard = list(texts), last_p, []

    def read(self, audio):
        self.heard.append(len(audio) / SR)
        return Tail(self.texts.pop(0), self.last_p, len(audio) / SR)


def feed(reader: PauseReader, pattern):
    """(seconds, speech probability) stretches, fed as 512-sample windows."""
    for seconds, p in pattern:
        for _ in range(int(round(seconds * SR / WIN))):
            reader.feed(np.zeros(WIN, np.float32), np.array([p], np.float32))


def test_a_repeating_read_is_recognised():
    assert looped("The retraining job just needs fresh labels. The retraining job just needs fresh")
    assert looped("units of the units of the units of the")
    assert not looped("We keep every training run in an experiment tracker.")
    assert not looped("the the")  # too short to tell


def test_the_pause_is_read_once_when_the_stream_has_not_reached_it():
    stream = {"text": "earlier words.", "covered": 1.0}
    script = ScriptedReader("we push it to the", "staging registry.")
    pr = PauseReader(lambda: (stream["text"], stream["covered"]), script)
    feed(pr, [(0.5, 0.0), (2.0, 0.9), (0.5, 0.0)])
    text, covered, p_word, _ = pr.progress()
    assert (text, p_word) == ("we push it to the", 0.95) and covered == pytest.approx(3.0, abs=0.05)
    assert pr.progress()[0] == "we push it to the" and pr.reads == 1  # the same pause: no second read
    assert script.heard[0] == pytest.approx(2.8, abs=0.1)  # from just before the speech run, not the silence
    feed(pr, [(1.0, 0.9), (0.5, 0.0)])  # speech resumed and paused again: a new read
    assert pr.progress()[0] == "staging registry." and pr.reads == 2


def test_the_streams_own_text_is_used_when_it_reaches_the_pause():
    pr = PauseReader(lambda: ("We version it.", 2.6), ScriptedReader())
    feed(pr, [(0.5, 0.0), (2.0, 0.9), (0.5, 0.0)])
    assert pr.progress() == ("We version it.", 2.6, None, None) and pr.reads == 0


def test_a_read_that_went_round_again_is_cut_where_it_repeats():
    from voice_interviewer.speech.tailread import unlooped

    assert unlooped("Testing a model is different from testing code. Testing a model is different") == (
        "Testing a model is different from testing code.")
    assert unlooped("units of the units of the units of the units of the") == "units of the"
    assert unlooped("We keep every training run in an experiment tracker.") == (
        "We keep every training run in an experiment tracker.")
    pr = PauseReader(lambda: ("old.", 0.5), ScriptedReader("fresh labels. The job needs fresh labels. The job needs fresh"))
    feed(pr, [(0.5, 0.0), (2.0, 0.9), (0.5, 0.0)])
    text, _, p_word, _ = pr.progress()
    assert text == "fresh labels. The job needs" and p_word is None  # the confidence was the repetition's


def test_a_reader_still_loading_leaves_the_stream_in_charge():
    from voice_interviewer.speech.tailread import ReaderLoader

    class Loading(ReaderLoader):
        def __init__(self):  # no thread: the test says when the load is done
            self._reader = None

    loader = Loading()
    pr = PauseReader(lambda: ("old.", 0.5), loader)
    feed(pr, [(0.5, 0.0), (2.0, 0.9), (0.5, 0.0)])
    assert pr.progress() == ("old.", 0.5, None, None) and pr.reads == 0
    loader._reader = ScriptedReader("we push it to the")
    assert pr.progress()[0] == "we push it to the" and pr.reads == 1


def test_reading_pauses_wraps_listen_and_feeds_both():
    seen = {}

    def fake_listen(source, policy=None, *, on_chunk=None, text=None, **kw):
        on_chunk(np.zeros(WIN, np.float32), np.array([0.9], np.float32))
        seen["text"], seen["kw"] = text, kw
        return "recording"

    chunks = []
    wrapped = reading_pauses(fake_listen, ScriptedReader())
    assert wrapped("src", None, on_chunk=lambda c, p=None: chunks.append(len(c)), text=lambda: ("", 0.0),
                   show=False) == "recording"
    assert chunks == [WIN] and seen["kw"] == {"show": False}
    assert getattr(seen["text"], "__self__", None).__class__ is PauseReader
    assert reading_pauses(fake_listen, None) is fake_listen


def test_whisper_reads_the_last_words_of_real_speech(real_speech_dir):
    """The real pass (tiny.en over only the last seconds): JFK's finished sentence and the same
    audio cut after "…ask not what your country can do for"."""
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.tailread import TailReader
    from voice_interviewer.turntaking import text_cue

    audio = load_audio(real_speech_dir / "jfk.flac")
    reader = TailReader()
    done = reader.read(audio)
    assert "country" in done.text.lower() and done.last_p is not None and done.last_p > 0.7, done
    assert text_cue(done.text)[1] == "finished sentence", done
    assert done.end_p is not None and 0.5 < done.end_p <= 1.0, done  # the full stop's probability
    cut = reader.read(audio[: int(7.3 * SR)])
    assert text_cue(cut.text)[0] <= 0.2, cut  # "…can do for" reads as unfinished
    assert cut.end_p is None or not cut.text.rstrip().endswith("for"), cut  # no full stop, no end_p
    reader.close()


def test_rehearse_realtime_reads_the_last_words_in_time(tmp_path, monkeypatch, capsys):
    """Issue 12: through `rehearse --answers DIR --realtime` the decision has the last words at the
    final pause (it used to wait the 4 s fallback: the stream's decode came seconds late)."""
    import json

    from voice_interviewer.cli import main
    from voice_interviewer.speech.audio import resample, save_wav
    from voice_interviewer.speech.speaker import EspeakSynth

    try:
        audio, rate = EspeakSynth().synthesize("We keep every model in a registry with its metrics.")
    except Exception as exc:  # noqa: BLE001 - no espeak-ng here
        pytest.skip(f"espeak-ng unavailable: {exc}")
    audio = resample(np.asarray(audio, np.float32), rate, SR) if rate != SR else np.asarray(audio, np.float32)
    speech_end = 0.5 + len(audio) / SR
    answers = tmp_path / "answers"
    answers.mkdir()
    save_wav(answers / "lifecycle.wav", np.concatenate([np.zeros(SR // 2, np.float32), audio,
                                                        np.zeros(7 * SR, np.float32)]))
    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(tmp_path / "home"))
    rc = main(["rehearse", "--question", "lifecycle", "--answers", str(answers), "--realtime", "--silent",
               "--no-follow-ups", "--json"])
    out = capsys.readouterr().out
    assert rc == 0, out
    session = json.loads(out.strip().splitlines()[-1])["path"]
    events = [json.loads(line) for line in open(f"{session}/session.jsonl")]
    heard = [e for e in events if e["type"] == "answer_audio"][0]
    end = heard["end_of_turn"]
    assert heard["duration"] >= speech_end - 0.05, end  # not cut off
    assert end["p_text"] is not None and end["state"] != "unknown", end  # the words were read in time
    assert end.get("p_word") is not None, end  # by the pause reader (the stream gives no word confidence)


def test_the_sentence_end_probability_is_the_full_stops_own():
    from voice_interviewer.speech.tailread import _last_word_p, _sentence_end_p

    pieces, probs = [" We", " version", " it", "."], [0.9, 0.8, 0.95, 0.42]
    assert _sentence_end_p(probs, pieces) == 0.42 and _last_word_p(probs, pieces) == 0.95
    assert _sentence_end_p([0.9, 0.7], [" about", " 40%."]) == 0.7  # fused into the last piece
    assert _sentence_end_p([0.9, 0.3], [" was", "..."]) is None  # trails off: no sentence end
    assert _sentence_end_p([0.9, 0.3], [" to", " the"]) is None
    assert _sentence_end_p([], []) is None
