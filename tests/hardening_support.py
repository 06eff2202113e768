"""Helpers for the hardening tests (tests/test_hardening_*.py): bad files, short spoken answers,
and running the real console script in a subprocess.

Not a test module; imported as ``hardening_support`` (tests/ is on sys.path, like ``pulse``).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = REPO / ".venv" / "bin"
CLI = VENV_BIN / "voice-interviewer"
DRIVER = Path(__file__).resolve().parent / "hardening_driver.py"

#: Short answers, spoken by espeak-ng at test time (seconds each, so a real-time rehearsal is quick).
ANSWERS = {
    "lifecycle": (
        "We track experiments in MLflow, version the data with DVC, train and validate the model "
        "in a CI pipeline, deploy it in Docker on Kubernetes, and monitor data drift to retrain."
    ),
    "lifecycle.followup": (
        "We roll back to the previous model version in the registry, then compare the drift "
        "metrics before we retrain."
    ),
}


def cli_command() -> list[str]:
    """The installed console script when it exists (what a user runs), else ``python -m``."""
    return [str(CLI)] if CLI.exists() else [sys.executable, "-m", "voice_interviewer"]


def default_sigint() -> None:
    """``preexec_fn`` for a child that must see Ctrl-C: a suite started as a background job (``make test &``,
    nohup) runs with SIGINT ignored, the child would inherit that, and Python then never raises
    KeyboardInterrupt in it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, VOICE_INTERVIEWER_HOME=str(home), PYTHONUNBUFFERED="1", COLUMNS="200")
    env.update(extra)
    return env


def run_cli(args: list[str], home: Path, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        cli_command() + [str(a) for a in args],
        env=subprocess_env(home, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_one_line_error(err: str, *names: str) -> None:
    """stderr is exactly one ``error: ...`` line that names each of ``names``; never a traceback."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    for name in names:
        assert str(name) in lines[0], (name, err)


def speak(text: str, path: Path, rate: int = 165) -> Path:
    """Real TTS (espeak-ng) into a WAV."""
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", str(rate), "-w", str(path), text],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return path


def make_answers(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("espeak-ng"):
        raise RuntimeError("espeak-ng is not installed")
    for key, text in ANSWERS.items():
        speak(text, folder / f"{key}.wav")
    return folder


def sparse_wav(path: Path, seconds: float, rate: int = 16000, channels: int = 1) -> Path:
    """A valid 16-bit PCM WAV of ``seconds`` of digital silence that costs no disk (a sparse file)."""
    n = int(seconds * rate) * 2 * channels
    header = (
        b"RIFF"
        + struct.pack("<I", 36 + n)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * 2 * channels, 2 * channels, 16)
        + b"data"
        + struct.pack("<I", n)
    )
    with open(path, "wb") as fh:
        fh.write(header)
        fh.truncate(len(header) + n)
    return path


def write_wav(path: Path, audio, rate: int = 16000) -> Path:
    import numpy as np
    import soundfile as sf

    sf.write(str(path), np.asarray(audio, dtype=np.float32), rate, subtype="PCM_16")
    return path


def session_folder(home: Path) -> Path | None:
    root = home / "sessions"
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    return folders[-1] if folders else None


def events(home: Path) -> list[dict]:
    from voice_interviewer.store import read_events

    folder = session_folder(home)
    if folder is None or not (folder / "session.jsonl").is_file():
        return []
    return read_events(folder / "session.jsonl").events
