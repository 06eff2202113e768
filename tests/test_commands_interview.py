"""``practice`` / ``rehearse`` option handling (commands/interview.py) that needs no speech: checked
before anything is spoken, recorded or saved. (The runs themselves are in test_interview.py.)"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.cli import build_parser, main
from voice_interviewer.commands.interview import check_options, note_if_capped
from voice_interviewer.rehearsal import RehearsalSettings, answer_budget, shortest_total_s
from voice_interviewer.speech.devices import NO_MICROPHONE


@pytest.mark.parametrize("total", ["0.05", "0.01", "0.2"])
def test_a_total_too_short_for_one_question_is_refused_before_starting(total, capsys, voice_interviewer_home):
    """Issue 15 item 7: `rehearse --count 3 --total 0.05` asked nothing and saved an empty session."""
    rc = main(["rehearse", "--count", "3", "--total", total, "--silent"])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1
    assert f"--total {total} (" in err and "too short to ask one question" in err and "--total 0.25" in err
    assert not (voice_interviewer_home / "sessions").exists()


def test_a_short_total_is_fine_with_a_shorter_time_limit():
    """Issue 15 item 7: with --time-limit 5, a 6 s run can ask a question, and is allowed."""
    args = build_parser().parse_args(["rehearse", "--time-limit", "5", "--total", "0.1"])
    check_options(args, "rehearse")
    settings = RehearsalSettings(time_limit_s=5)
    assert shortest_total_s(settings) == 5
    assert answer_budget((60, 120), settings, remaining_s=shortest_total_s(settings)) is not None
    assert answer_budget((60, 120), RehearsalSettings(), remaining_s=shortest_total_s() - 0.1) is None


@pytest.mark.parametrize("argv, note", [
    (["rehearse", "--count", "1000"],
     f"note: the bank has only {len(load_bank().questions)} questions; asking {len(load_bank().questions)}, not 1000\n"),
    (["practice", "--category", "core", "--count", "9"],
     f"note: category 'core' has only {len(load_bank().by_category('core'))} questions; "
     f"asking {len(load_bank().by_category('core'))}, not 9\n"),
    (["practice", "--count", "2"], ""),
    (["practice"], ""),
])
def test_a_count_above_what_there_is_says_so(argv, note, capsys):
    """Issue 15 item 19: --count 1000 (or more than a category holds) is capped with one note on stderr."""
    bank = load_bank()
    args = build_parser().parse_args(argv)
    pool = bank.by_category(args.category) if args.category else list(bank.questions)
    note_if_capped(args, pool[: args.count or 3])
    out, err = capsys.readouterr()
    assert out == "" and err == note


def test_no_microphone_points_to_what_an_installed_user_has(voice_interviewer_home):
    """Issue 15 item 21: the hint names --demo-if-no-mic and --answers, not `make run`."""
    assert "--demo-if-no-mic" in NO_MICROPHONE and "--answers DIR" in NO_MICROPHONE
    env = dict(os.environ, PULSE_SERVER="unix:/nonexistent")  # PortAudio sees no device at all
    done = subprocess.run([sys.executable, "-m", "voice_interviewer", "practice", "--silent"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 4
    assert done.stderr == f"error: {NO_MICROPHONE}\n"
    assert "make run" not in done.stderr
