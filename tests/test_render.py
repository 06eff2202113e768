"""The verdict in the terminal (render.py): wording and layout at any width."""

from __future__ import annotations

import io

from rich.console import Console

from voice_interviewer.bank import load_bank
from voice_interviewer.delivery import measure_delivery
from voice_interviewer.render import format_delivery, render_verdict
from voice_interviewer.scoring import score_answer
from voice_interviewer.transcript import Transcript, Word

WEAK = "We train the model in a notebook and then deploy it."


def _rendered(verdict, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    render_verdict(verdict, console)
    return console.file.getvalue()


def _spoken(words: int, step: float, pause_before: dict[int, float] | None = None) -> Transcript:
    out, t = [], 0.5
    for i in range(words):
        t += (pause_before or {}).get(i, 0.0)
        out.append(Word("word", t, t + step * 0.8, 0.9))
        t += step
    return Transcript(" ".join(w.word for w in out), tuple(out), t + 1.0)


def test_wrapped_red_flag_lines_keep_their_indent():
    """Issue 15 item 22: at 40 columns a red flag's wrapped lines stay indented under its text."""
    verdict = score_answer(load_bank().get("lifecycle"), WEAK)
    assert verdict.red_flags
    out = _rendered(verdict, 40)
    block = out.split("Red flags\n", 1)[1].split("Follow-up:", 1)[0]
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) > 2 * len(verdict.red_flags)  # some did wrap
    for line in lines:
        assert line.startswith("  ⚑ ") or line.startswith("    "), repr(line)


def test_one_long_pause_is_singular():
    """Issue 15 item 22: "1 long pause", not "1 long pauses"."""
    d = measure_delivery(_spoken(40, 0.4, {20: 3.0}))
    assert d.long_pauses == 1
    text = format_delivery(type("V", (), {"delivery": d})()).plain
    assert "1 long pause (longest 3.1s)" in text and "pauses" not in text


def test_a_short_spoken_answer_says_pace_cannot_be_judged():
    """Issue 15 item 20: a one-second answer shows "too short to judge pace", not "444 wpm (fast)"."""
    d = measure_delivery(_spoken(3, 0.3))
    text = format_delivery(type("V", (), {"delivery": d})()).plain
    assert "too short to judge pace" in text and "wpm" not in text
