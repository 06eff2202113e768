"""speech/vad.py: one VAD, one hysteresis, shared by endpointing and the stream's cuts."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from voice_interviewer.speech.vad import WINDOW, SpeechTracker, VadOptions, speech_runs

ROOT = Path(__file__).resolve().parents[1]
REAL_SPEECH = ROOT.parent / "shared" / "real_speech"


def windows(*stretches: tuple[int, float]) -> list[float]:
    return [p for n, p in stretches for _ in range(n)]


def test_runs_need_three_windows_and_short_dips_do_not_split():
    assert speech_runs(windows((5, 0.0), (2, 0.9), (20, 0.0))) == []  # a click
    # a 5-window dip (0.16 s < 0.3 s) inside speech: one run
    assert speech_runs(windows((10, 0.9), (5, 0.1), (10, 0.9), (20, 0.0))) == [(0, 25)]
    # a 15-window pause (0.48 s): two runs
    assert speech_runs(windows((10, 0.9), (15, 0.1), (10, 0.9))) == [(0, 10), (25, 35)]


def test_hysteresis_between_the_thresholds():
    # soft speech (0.4) right after speech continues it ...
    assert speech_runs(windows((10, 0.9), (10, 0.4), (20, 0.0))) == [(0, 20)]
    # ... but 0.4 inside a pause stays a pause (steady noise hovering near the threshold does not
    # hold an answer open)
    assert speech_runs(windows((10, 0.9), (2, 0.1), (30, 0.4))) == [(0, 10)]


def test_the_tracker_gives_the_same_runs_window_by_window():
    rng = np.random.default_rng(3)
    probs = np.clip(np.repeat(rng.random(60), rng.integers(1, 25, 60)), 0, 1)
    tracker = SpeechTracker()
    for p in probs:
        tracker.push(float(p))
    assert tracker.all_runs() == speech_runs(probs)
    assert tracker.first_speech == speech_runs(probs)[0][0]
    assert tracker.last_speech_end == speech_runs(probs)[-1][1]


def test_options_are_one_dataclass():
    strict = VadOptions(threshold=0.95)
    assert speech_runs(windows((10, 0.9)), strict) == []
    assert speech_runs(windows((10, 0.9))) == [(0, 10)]
    assert VadOptions().min_speech_windows == 3 and VadOptions().min_silence_windows == 9


def test_incremental_probabilities_match_one_pass_on_real_speech():
    from faster_whisper.vad import get_vad_model

    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.vad import SileroVAD, speech_probabilities

    path = REAL_SPEECH / "jfk.flac"
    if not path.exists():
        pytest.skip(f"{path} is missing (../shared/real_speech)")
    audio = load_audio(path)
    whole = speech_probabilities(audio)
    assert len(whole) == -(-len(audio) // WINDOW)
    trimmed = audio[: len(audio) // WINDOW * WINDOW]
    reference = np.ravel(get_vad_model()(trimmed))
    assert np.max(np.abs(whole[: len(reference) - 1] - reference[:-1])) < 0.02
    vad = SileroVAD()
    got = np.concatenate([vad.feed(audio[i : i + 800]) for i in range(0, len(audio), 800)])
    # (a batched call's last window can differ a little from the same window inside a longer batch)
    np.testing.assert_allclose(got[:-1], whole[: len(got) - 1], atol=1e-4)
    assert len(speech_runs(whole)) >= 2


def test_no_import_circle_and_no_private_names():
    """streaming depends on the vad module and its own small decoder seam, never on the transcriber."""
    tree = ast.parse((ROOT / "voice_interviewer" / "speech" / "streaming.py").read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(m and "transcriber" in m for m in imported), imported
    code = ("import sys, voice_interviewer.speech.streaming as s; "
            "print('voice_interviewer.speech.transcriber' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
    source = (ROOT / "voice_interviewer" / "speech" / "streaming.py").read_text()
    for private in ("_decode(", "_VadState", "_Piece"):
        assert private not in source
