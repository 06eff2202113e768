"""What practice and rehearse show at the end (commands/_interview_ui.py), at any terminal width."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from rich.console import Console

from voice_interviewer.commands._interview_ui import render_report


def _row(turn, qid, fid=None, score=None, **extra):
    row = {"turn": turn, "question_id": qid, "follow_up_id": fid, "status": "answered" if score is not None
           else "unanswered", "reason": None if score is not None else "no answer given", "score": score,
           "coverage": None if score is None else score / 100, "red_flags": ["x"] if score and score < 50 else [],
           "wpm": None, "fillers_per_min": None, "budget_s": 120, "used_s": 0, "hard_stop": False}
    return {**row, **extra}


SUMMARY = {
    "turns": [_row(1, "lifecycle", score=72.0, wpm=140.0, fillers_per_min=1.2, used_s=100),
              _row(2, "lifecycle", "drift", score=40.0, budget_s=90, used_s=90, hard_stop=True),
              _row(3, "feature-store-design")],
    "average_score": 56.0, "answered": 1, "timing": {"used_s": 190, "budget_s": 330, "over_time": [2]},
    "weakest": {"text": "monitoring in 'lifecycle' (missed: drift)"},
}


def _report(width: int, mode: str = "rehearse") -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    render_report(console, SimpleNamespace(summary=SUMMARY, turns=[], session_id="20260101-120000-abcd"), mode)
    return console.file.getvalue()


@pytest.mark.parametrize("width", [40, 60])
@pytest.mark.parametrize("mode", ["rehearse", "practice"])
def test_a_narrow_terminal_gets_every_figure_not_ellipses(width, mode):
    """Issue 15 item 22: at 40 columns the rehearse summary turned to "…"; now one line per turn."""
    out = _report(width, mode)
    assert "…" not in out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= width
    flat = " ".join(out.split())
    for shown in ("1 lifecycle: score 72 · coverage 72% · 0 red flags · 140 wpm · 1.2 fillers/min",
                  "2 ↳ drift: score 40 · coverage 40% · 1 red flag", "3 feature-store-design: no answer given"):
        assert shown in flat, shown
    assert ("100s / 120s" in flat and "90s / 90s (stopped)" in flat) == (mode == "rehearse")


def test_a_wide_terminal_keeps_the_table():
    """Issue 15 item 22: where the table fits, it is the table, and no id is cut short."""
    out = _report(120)
    assert "fillers/min" in out and "time / budget" in out and "feature-store-design" in out and "…" not in out


def test_one_answer_is_singular():
    """Issue 15 item 22: "over 1 answer", not "over 1 answers"."""
    assert "average score: 56 over 1 answer\n" in _report(120)
