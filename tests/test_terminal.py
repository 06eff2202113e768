"""Output on a terminal that is not UTF-8: readable ASCII stand-ins, never a UnicodeEncodeError."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from voice_interviewer import terminal

# weak enough to raise red flags (⚑), with a curly quote and an accent from the "transcript"
ANSWER = "We train the model in a notebook and then deploy it, that’s the café approach."

LOCALES = {
    "C locale": {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},
    "latin-1": {"PYTHONIOENCODING": "latin-1", "PYTHONUTF8": "0"},
}


def _cli(home: Path, env: dict, *argv: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "LANG", "LC_ALL", "LC_CTYPE")}
    return subprocess.run([sys.executable, "-m", "voice_interviewer", *argv], cwd=home, capture_output=True,
                          env={**base, **env, "VOICE_INTERVIEWER_HOME": str(home), "COLUMNS": "100"}, timeout=120)


@pytest.fixture
def scored_session(voice_interviewer_home):
    """A saved session whose one turn has a real verdict with red flags."""
    from voice_interviewer.bank import load_bank
    from voice_interviewer.scoring import score_answer
    from voice_interviewer.store import SessionStore

    question = load_bank().get("lifecycle")
    verdict = score_answer(question, ANSWER)
    assert verdict.red_flags
    store = SessionStore.create(voice_interviewer_home, "practice", ["lifecycle"], {}, "bank")
    store.append({"type": "question_asked", "turn": 1, "question_id": "lifecycle", "follow_up_id": None,
                  "text": question.prompt, "parent_turn": None})
    store.append({"type": "verdict", "turn": 1, "verdict": verdict.to_json()})
    store.append({"type": "session_end", "status": "completed", "summary": {}})
    store.close()
    return voice_interviewer_home


@pytest.mark.parametrize("locale", LOCALES)
def test_every_command_prints_on_a_non_utf8_terminal(scored_session, tmp_path, locale):
    """Issue 15 item 2: score, questions show, replay, progress, compare, sessions and the end of a
    rehearse print readable ASCII stand-ins (⚑ → !, — → -, · → *, sparklines → levels) where the
    terminal's encoding lacks a character; no traceback."""
    env = LOCALES[locale]
    empty = tmp_path / "no-answers"
    empty.mkdir()
    runs = {
        "score": ["score", "-q", "lifecycle", "--text", ANSWER],
        "score --json": ["score", "-q", "lifecycle", "--text", ANSWER, "--json"],
        "questions show": ["questions", "show", "lifecycle"],
        "replay": ["replay", "last"],
        "progress": ["progress"],
        "compare": ["compare", "lifecycle"],
        "sessions": ["sessions"],
        "rehearse": ["rehearse", "--answers", str(empty), "--silent", "--question", "lifecycle", "--no-follow-ups"],
        "help": ["compare", "--help"],
    }
    encoding = "ascii" if locale == "C locale" else "latin-1"
    for name, argv in runs.items():
        done = _cli(scored_session, env, *argv)
        out, err = done.stdout.decode(encoding), done.stderr.decode(encoding)  # raises if a byte is not
        assert done.returncode == 0, (name, err)
        assert "Traceback" not in err and "UnicodeEncodeError" not in err, name
        if name in ("score", "replay"):
            assert "\n  ! " in out and "why:" in out, (name, out)  # the red flag marker, readably
        if name == "score --json":
            assert json.loads(out)["red_flags"]  # stand-ins never break the JSON
        if name == "questions show":
            assert "* Focusing only on model training" in out  # the bullets
        if name == "progress":
            assert "trend (0-100)" in out and "?" not in out.split("By question")[-1]


def test_stand_ins_are_readable_and_json_safe():
    """Issue 15 item 2: the table and the backstop."""
    assert terminal.ascii_for("⚑") == "!" and terminal.ascii_for("—") == "-" and terminal.ascii_for("·") == "*"
    assert terminal.ascii_for("…") == "..." and terminal.ascii_for("é") == "e" and terminal.ascii_for("漢") == "?"
    from voice_interviewer.history import SPARK

    levels = [terminal.ascii_for(c) for c in SPARK]
    assert len(set(levels)) == len(SPARK) and all(c.isascii() and c.strip() for c in levels)
    for char in list(terminal.ASCII_FALLBACK) + ["“", "”", "漢"]:
        assert '"' not in terminal.ascii_for(char) and "\\" not in terminal.ascii_for(char)


def test_utf8_streams_are_left_alone():
    """Issue 15 item 2: a UTF-8 terminal still gets the real characters."""
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    ascii_stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    terminal.prepare_output(utf8, ascii_stream)
    assert utf8.errors == "strict" and ascii_stream.errors == terminal.ERRORS
    ascii_stream.write("⚑ flag — ok · …")
    ascii_stream.flush()
    assert ascii_stream.buffer.getvalue() == b"! flag - ok * ..."
