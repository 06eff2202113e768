"""Voice commands said in place of an answer: "repeat the question", "skip", "stop the interview"."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from voice_interviewer.voice_commands import parse_voice_command

FIXTURES = Path(__file__).resolve().parents[1] / "audio_fixtures" / "commands"


@pytest.mark.parametrize(
    "text, command",
    [
        ("Repeat the question.", "repeat"),
        ("Could you repeat the question, please?", "repeat"),
        ("Can you repeat that?", "repeat"),
        ("Say that again?", "repeat"),
        ("Sorry, say that again.", "repeat"),
        ("Pardon?", "repeat"),
        ("repeat", "repeat"),
        ("Skip.", "skip"),
        ("Skip this question.", "skip"),
        ("Next question, please.", "skip"),
        ("I'll pass.", "skip"),
        ("Um, skip.", "skip"),
        ("Stop the interview.", "stop"),
        ("Stop.", "stop"),
        ("End the interview.", "stop"),
        ("Quit.", "stop"),
        ("Stopped the interview.", "stop"),
        ("That's enough.", "stop"),
        ("Stop living to mute.", "stop"),  # tiny.en on "Stop the interview." (espeak-ng)
        ("Stop, live into a mew.", "stop"),  # the same, with another decoding context
        ("Skip this questionnaire.", "skip"),
    ],
)
def test_short_utterances_are_commands(text, command):
    assert parse_voice_command(text) == command


@pytest.mark.parametrize(
    "text",
    [
        "",
        "I don't know.",
        "Yes.",
        "We stop the rollout when the canary error rate rises and skip the promotion step.",
        "I would repeat the training with fresh data.",
        "Data drift.",
        "We use MLflow.",
        "Kubernetes.",
        "Stop words are removed first, then we tokenize.",
        "Passing tests gate the deployment.",
    ],
)
def test_answers_are_not_commands(text):
    assert parse_voice_command(text) is None


def _speak(text: str, path: Path) -> Path:
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True,
                   capture_output=True)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("phrase, command", [("Repeat the question, please.", "repeat"), ("Skip this question.", "skip"),
                                             ("Stop the interview.", "stop")])
def test_spoken_commands_are_recognised_through_whisper(tmp_path, whisper_transcriber, phrase, command):
    """Real speech (recorded fixtures when present, else espeak-ng) through the real model."""
    from voice_interviewer.speech.audio import load_audio

    recorded = sorted(FIXTURES.glob(f"{command}*.*")) if FIXTURES.is_dir() else []
    if recorded:
        path = recorded[0]
    elif shutil.which("espeak-ng"):
        path = _speak(phrase, tmp_path / f"{command}.wav")
    else:
        pytest.skip("no command recordings and no espeak-ng")
    transcript = whisper_transcriber.transcribe(load_audio(path))
    assert parse_voice_command(transcript.text) == command, transcript.text
