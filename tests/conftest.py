"""Shared fixtures. APPEND only; keep others' fixtures intact."""

from __future__ import annotations

import os

# Before numpy loads, as the program does (voice_interviewer/cli.py): OpenBLAS on one thread. Whisper's
# features then come out bit for bit as in the program (with two threads the last bits differ, and a
# marginal word can be heard differently: "track data drift" / "track native width" from espeak-ng).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def voice_interviewer_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data directory, so no test reads or writes the user's sessions."""
    home = tmp_path_factory.mktemp("vi-home")
    monkeypatch.setenv("VOICE_INTERVIEWER_HOME", str(home))
    return home


# ----------------------------------------------------------------- interview: scriptable seam fakes
# The fakes live in voice_interviewer/testing.py (typed against the seams' protocols); unit tests of
# the interview loop use them, the end-to-end tests run the real adapters.

from voice_interviewer.testing import (  # noqa: E402,F401 - re-exported for `from conftest import ...`
    FakeClock,
    RecordingUI,
    ScriptedListen,
    ScriptedSource,
    ScriptedSources,
    ScriptedSpeaker,
    ScriptedStream,
    ScriptedTranscriber,
)


@pytest.fixture
def interview_fakes():
    """The scriptable fakes, as a namespace (``fakes.ScriptedSpeaker()`` ...)."""
    import types

    return types.SimpleNamespace(ScriptedSpeaker=ScriptedSpeaker, ScriptedTranscriber=ScriptedTranscriber,
                                 ScriptedSource=ScriptedSource, ScriptedSources=ScriptedSources,
                                 ScriptedListen=ScriptedListen, FakeClock=FakeClock, RecordingUI=RecordingUI)


# ----------------------------------------------------------------- voice-io: the virtual microphone


@pytest.fixture(scope="session")
def virtual_mic():
    """A PulseAudio null sink + virtual source as the default microphone (see tests/pulse.py).

    ``virtual_mic.play_into_mic(path, delay=.., wait=False)`` plays a file into it. Skips only
    when PulseAudio genuinely cannot run here.
    """
    from pulse import PulseUnavailable, sounddevice_sees_pulse, start_virtual_mic

    try:
        mic = start_virtual_mic()
    except PulseUnavailable as exc:
        pytest.skip(f"no virtual microphone: {exc}")
    if not sounddevice_sees_pulse():
        mic.close()
        pytest.skip("PortAudio has no ALSA 'pulse' device (install libasound2-plugins)")
    yield mic
    mic.close()


# ----------------------------------------------------------------- transcriber: the real Whisper model


@pytest.fixture(scope="session")
def whisper_transcriber():
    """The bundled tiny.en model, loaded once per test session (shared: loading costs ~0.5 s)."""
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    return WhisperTranscriber().load()


@pytest.fixture(scope="session")
def real_speech_dir():
    """``../shared/real_speech`` next to the repository (real human recordings; never copied)."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1].parent / "shared" / "real_speech"
    if not path.is_dir():
        pytest.skip(f"real speech recordings not found at {path}")
    return path


# ----------------------------------------------------------------- history: real rehearsal sessions


def _history_answer_ids(folder):
    """Question ids with a main answer in ``folder`` (any audio format --answers reads)."""
    return sorted({p.name.split(".")[0] for p in folder.iterdir()
                   if p.suffix in (".wav", ".flac", ".ogg", ".mp3") and ".followup" not in p.name})


@pytest.fixture(scope="session")
def history_real_sessions(tmp_path_factory):
    """A data home with two REAL ``rehearse --answers … --silent`` sessions of the same question.

    Run once per test session through ``cli.main`` (real Whisper, scoring and store). The first
    run answers from ``audio_fixtures/weak`` when it has the question (so ``compare`` has
    something to show) without follow-ups, the second from ``audio_fixtures/strong`` with its
    follow-up. Tests copy it (history_home).
    """
    import os
    import time
    from pathlib import Path
    from types import SimpleNamespace

    from voice_interviewer.cli import main

    # HISTORY_ANSWERS_DIR: try the history tests on another answer set (same strong/ weak/ layout)
    fixtures = Path(os.environ.get("HISTORY_ANSWERS_DIR") or Path(__file__).resolve().parents[1] / "audio_fixtures")
    strong, weak = fixtures / "strong", fixtures / "weak"
    if not strong.is_dir() or not _history_answer_ids(strong):
        pytest.skip("audio_fixtures/strong is not in the tree yet (voice-io makes it)")
    ids = _history_answer_ids(strong)
    questions = [next((q for q in ("ml-cicd", "monitoring") if q in ids), ids[0])]  # short answers: Whisper time adds up
    first = weak if weak.is_dir() and set(questions) <= set(_history_answer_ids(weak)) else strong
    home = tmp_path_factory.mktemp("history-real")
    saved = os.environ.get("VOICE_INTERVIEWER_HOME")
    os.environ["VOICE_INTERVIEWER_HOME"] = str(home)
    try:
        # the older run without follow-ups (cheaper), the newer one with its follow-up answered
        for answers, extra in ((first, ["--no-follow-ups"]), (strong, [])):
            args = ["rehearse", "--answers", str(answers), "--silent", *extra]
            for q in questions:
                args += ["--question", q]
            assert main(args) == 0
            time.sleep(1.1)  # session ids carry the second: keep the two runs in order
    finally:
        if saved is None:
            os.environ.pop("VOICE_INTERVIEWER_HOME", None)
        else:
            os.environ["VOICE_INTERVIEWER_HOME"] = saved
    return SimpleNamespace(home=home, questions=questions, first=first.name)


@pytest.fixture
def history_home(history_real_sessions, voice_interviewer_home):
    """This test's own copy of the real sessions, in the home the autouse fixture set up."""
    import shutil

    shutil.copytree(history_real_sessions.home / "sessions", voice_interviewer_home / "sessions")
    return voice_interviewer_home


def _history_verdict(qid, fid, score, text):
    at = text.find("MLflow")
    hit = {"quote": "MLflow", "start_char": at, "end_char": at + 6, "start": 0.5, "end": 0.9}
    return {"question_id": qid, "follow_up_id": fid, "transcript": text, "score": score, "coverage": score / 100,
            "concepts": [{"id": "tracking", "label": "experiment tracking", "stage": "s", "weight": 1.0,
                          "hit": at >= 0, "negated": False, "evidence": hit if at >= 0 else None},
                         {"id": "drift", "label": "drift detection", "stage": "s", "weight": 1.0, "hit": False,
                          "negated": False, "evidence": None}],
            "red_flags": [], "follow_up": None, "quantified": [], "star": None,
            "delivery": {"duration": 3.0, "wpm": 130.0, "fillers_per_min": 1.0, "longest_pause": 0.4}}


@pytest.fixture
def history_write_session():
    """Hand-written sessions (real SessionStore), for edge cases a real run cannot produce.

    ``write(home, turns, now=…, end="completed", audio=False, text="we use MLflow")``: ``turns``
    are (question_id, follow_up_id, score); a score of None leaves the turn unanswered.
    """
    from voice_interviewer.store import SessionStore

    def write(home, turns, *, now, end="completed", audio=False, text="we use MLflow"):
        store = SessionStore.create(home, "practice", [t[0] for t in turns if t[1] is None], {}, "bank", now=now)
        for number, (qid, fid, score) in enumerate(turns, 1):
            store.append({"type": "question_asked", "turn": number, "question_id": qid, "follow_up_id": fid,
                          "text": f"Tell me about {qid}?", "parent_turn": None if fid is None else number - 1})
            if audio:
                import numpy as np

                tone = 0.3 * np.sin(np.linspace(0, 2 * np.pi * 440, 16000)).astype("float32")
                rel = store.save_audio(number, qid, tone)
                store.append({"type": "answer_audio", "turn": number, "path": rel, "duration": 1.0,
                              "ended_by": "silence", "partial": False})
            if score is not None:
                words = [{"word": " " + w, "start": round(0.1 + 0.25 * i, 2), "end": round(0.3 + 0.25 * i, 2),
                          "probability": 0.9} for i, w in enumerate(text.split())]
                store.append({"type": "transcript", "turn": number,
                              "transcript": {"text": text, "duration": 1.0, "words": words}})
                store.append({"type": "verdict", "turn": number, "verdict": _history_verdict(qid, fid, score, text)})
        if end:
            store.append({"type": "session_end", "status": end, "summary": {}})
        store.close()
        return store.id

    return write


# ----------------------------------------------------------------- hardening: short spoken answers


@pytest.fixture(scope="session")
def hardening_answers(tmp_path_factory):
    """``--answers`` folder with short espeak-ng answers: ``lifecycle.wav`` (~10 s) and
    ``lifecycle.followup.wav`` (~5 s) — real speech, short enough for many real-time runs."""
    import shutil

    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed")
    from hardening_support import make_answers

    return make_answers(tmp_path_factory.mktemp("hardening-answers"))


# ----------------------------------------------------------------- scoring: the sentence embedder


@pytest.fixture(scope="session")
def embedder():
    """all-MiniLM-L6-v2 (voice_interviewer.embedding), loaded once per test session; skips with the
    reason when the model cannot be found or loaded."""
    from voice_interviewer.embedding import EmbeddingError, MiniLMEmbedder

    try:
        return MiniLMEmbedder().load()
    except EmbeddingError as exc:
        pytest.skip(f"sentence embedder unavailable: {exc}")
