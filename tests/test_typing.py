"""The type checker in ``make test`` (issue 14 item 3): mypy over what pyproject.toml's [tool.mypy] lists.

Strict on the pure core, the interview loop, its seams, the fakes and the session store;
``tests/typing_seams.py`` holds the real adapters and the fakes of voice_interviewer/testing.py
against the protocols in voice_interviewer/seams.py, so a fake that drifts from the seam it stands
in for (a renamed method, a changed signature) fails here, not in a real interview.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_passes():
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -c constraints.txt -e '.[test]'")
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_mypy_catches_a_fake_that_drifts_from_its_seam(tmp_path):
    """The check has teeth: a listener whose on_cue takes the time (ScriptedListen once did) is refused."""
    pytest.importorskip("mypy")
    drifted = tmp_path / "drifted.py"
    drifted.write_text(
        "from typing import Callable\n"
        "from voice_interviewer import seams\n"
        "class Listen:\n"
        "    def __call__(self, source: seams.AudioSource, policy: seams.ListenPolicy | None = None, *,\n"
        "                 on_chunk: object = None, on_cue: Callable[[float], None] | None = None,\n"
        "                 clock: seams.Clock | None = None, show: bool | None = None,\n"
        "                 preview: object = None, text: object = None) -> seams.Recording: ...\n"
        "listener: seams.Listener = Listen()\n")
    done = subprocess.run([sys.executable, "-m", "mypy", "--follow-imports=silent", "--ignore-missing-imports",
                           "--cache-dir", str(tmp_path / "cache"), str(drifted)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1 and "Listener" in done.stdout, done.stdout
