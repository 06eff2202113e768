"""The audio fixtures: complete, small, well-formed, and their scripts agree with the question bank.

(Transcribing them is tests/test_transcriber_fixtures.py's job; here the audio is only measured.)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from make_fixtures import load_scripts
from voice_interviewer.bank import load_bank
from voice_interviewer.delivery import find_fillers, measure_delivery
from voice_interviewer.transcript import Transcript, Word

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "audio_fixtures"
GUIDE_IDS = ["lifecycle", "reproducibility", "ml-cicd", "iac-containers", "monitoring", "cloud-platform",
             "challenging-project"]

SCRIPTS = load_scripts()
ANSWERS = [f for f in SCRIPTS if f["kind"] in ("strong", "weak")]


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def target_of(bank, f):
    q = bank.get(f["question"])
    if "follow_up" not in f:
        return q
    return next(x for x in q.follow_ups if x.id == f["follow_up"])


def test_every_guide_question_has_all_six_answers_and_the_commands_exist():
    paths = {f["path"] for f in SCRIPTS}
    for qid in GUIDE_IDS:
        for kind in ("strong", "weak", "espeak"):
            assert f"{kind}/{qid}.ogg" in paths and f"{kind}/{qid}.followup.ogg" in paths
    assert {"commands/repeat.ogg", "commands/skip.ogg", "commands/stop.ogg"} <= paths
    for f in SCRIPTS:
        assert (FIXTURES / f["path"]).is_file(), f["path"]
    on_disk = {str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*.ogg")}
    assert on_disk == paths  # nothing stale, nothing missing


@pytest.mark.parametrize("f", SCRIPTS, ids=[f["path"] for f in SCRIPTS])
def test_format_and_length(f):
    info = sf.info(str(FIXTURES / f["path"]))
    assert (info.format, info.subtype, info.samplerate, info.channels) == ("OGG", "VORBIS", 16000, 1)
    low, high = {"strong": (25, 65), "weak": (14, 45), "command": (1.5, 5)}[f["kind"]]
    if f["kind"] == "strong" and f["voice"] == "espeak":
        low, high = 30, 80  # the same scripts at espeak-ng's 140 words per minute
    assert low <= info.duration <= high


def test_fixtures_stay_small():
    total = sum(p.stat().st_size for p in FIXTURES.rglob("*.ogg"))
    assert total < 10 * 1024 * 1024  # 7.8 MiB: 27 min of speech


@pytest.mark.parametrize("f", ANSWERS, ids=[f["path"] for f in ANSWERS])
def test_scripts_agree_with_the_bank(bank, f):
    target = target_of(bank, f)  # raises StopIteration for an unknown follow-up id
    ids = {c.id for c in target.concepts}
    assert set(f.get("concepts", [])) <= ids
    if f["kind"] == "strong":
        voice = "espeak" if f["path"].startswith("espeak/") else "piper"
        assert f["voice"] == voice and len(f["concepts"]) >= 3 and f["terms"]
    else:
        assert f["voice"] == "espeak" and f["fillers"]


@pytest.mark.parametrize("f", [f for f in ANSWERS if f["kind"] == "strong"],
                         ids=[f["path"] for f in ANSWERS if f["kind"] == "strong"])
def test_strong_scripts_hit_their_concepts_when_typed(bank, f):
    from voice_interviewer.scoring import score_answer

    verdict = score_answer(target_of(bank, f), f["text"])
    hit = {c.id for c in verdict.concepts if c.hit}
    assert set(f["concepts"]) <= hit, sorted(set(f["concepts"]) - hit)
    assert not verdict.red_flags


@pytest.mark.parametrize("f", [f for f in ANSWERS if f["kind"] == "weak"],
                         ids=[f["path"] for f in ANSWERS if f["kind"] == "weak"])
def test_weak_scripts_are_full_of_fillers(f):
    found = {name for name, _ in find_fillers(Transcript.from_text(f["text"]))}
    assert set(f["fillers"]) <= found
    assert len(find_fillers(Transcript.from_text(f["text"]))) >= 4


def test_weak_answers_contain_a_long_thinking_pause():
    """The generator puts a 3 s pause after the second sentence; the VAD finds it in the audio and
    the delivery metrics flag it."""
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.recorder import WINDOW, SileroVAD

    vad = SileroVAD()
    audio = load_audio(FIXTURES / "weak" / "monitoring.ogg")
    probs = np.array(vad.feed(audio))
    speech = probs > 0.5
    segments, start = [], None
    for i, s in enumerate(speech):
        t = i * WINDOW / 16000
        if s and start is None:
            start = t
        if not s and start is not None:
            segments.append((start, t))
            start = None
    segments = [s for s in segments if s[1] - s[0] > 0.1]
    words = tuple(Word("w", a, b) for a, b in segments)
    d = measure_delivery(Transcript("", words, len(audio) / 16000, tuple(segments)))
    assert d.long_pauses >= 1 and 2.5 < d.longest_pause < 3.6


def test_generator_script_reads_the_same_scripts():
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert [f["path"] for f in mod.load_scripts()] == [f["path"] for f in SCRIPTS]
    assert mod.weak_pauses("One. Two. Three. Four.") == [0.9, 3.0, 0.9]
