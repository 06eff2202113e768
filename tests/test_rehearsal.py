"""Rehearsal timing policy, driven by a fake clock (no sleeping)."""

from __future__ import annotations

import pytest

from voice_interviewer.rehearsal import (
    RehearsalSettings,
    RunClock,
    answer_budget,
    cue_time,
    timing_summary,
)

from conftest import FakeClock


def test_budget_defaults_to_the_question_target_maximum():
    b = answer_budget((60, 120))
    assert b.budget_s == 120 and b.hard_limit_s == 120 and not b.shrunk
    assert b.cue_at_s == 105  # 15 s before the limit (later than 85 %)


def test_time_limit_overrides_the_target():
    b = answer_budget((60, 120), RehearsalSettings(time_limit_s=45))
    assert b.budget_s == 45 and b.hard_limit_s == 45


@pytest.mark.parametrize(
    "budget, cue",
    [(120, 105), (600, 585), (60, 51), (30, 25.5), (10, 8.5)],
)
def test_cue_is_the_later_of_15_s_before_and_85_percent(budget, cue):
    assert cue_time(budget) == pytest.approx(cue)
    assert cue_time(budget) < budget


def test_total_shrinks_later_budgets_and_stops_new_questions():
    clock = FakeClock()
    run = RunClock(RehearsalSettings(total_s=300), clock)
    first = run.plan((60, 120))
    assert first.budget_s == 120 and not first.shrunk
    clock.advance(110)
    run.record(1, first, used_s=110, hard_stop=False)
    second = run.plan((60, 120))
    assert second.budget_s == 120  # 190 s left
    clock.advance(120)
    run.record(2, second, used_s=120, hard_stop=True, cue_at=105)
    third = run.plan((60, 120))
    assert third.shrunk and third.budget_s == pytest.approx(70)
    assert third.cue_at_s == pytest.approx(59.5)
    clock.advance(60)
    assert run.remaining() == pytest.approx(10)
    assert run.out_of_time()
    assert run.plan((60, 120)) is None


def test_no_total_never_runs_out():
    clock = FakeClock()
    run = RunClock(RehearsalSettings(), clock)
    clock.advance(10_000)
    assert run.remaining() is None and not run.out_of_time()
    assert run.plan((45, 90)).budget_s == 90


def test_timing_records_use_against_budget():
    clock = FakeClock()
    run = RunClock(RehearsalSettings(time_limit_s=60), clock)
    b = run.plan((60, 120))
    t1 = run.record(1, b, used_s=30, hard_stop=False)
    t2 = run.record(2, b, used_s=60, hard_stop=True, cue_at=51)
    assert t1.ratio == 0.5 and not t1.over
    assert t2.over
    assert t2.to_event().to_json() == {"type": "timing", "turn": 2, "budget_s": 60, "used_s": 60,
                             "cue_at": 51, "hard_stop": True}
    s = timing_summary(run.timings)
    assert s["used_s"] == 90 and s["budget_s"] == 120 and s["over_time"] == [2] and s["hard_stops"] == [2]


def test_rehearsal_module_is_pure():
    import voice_interviewer.rehearsal as mod

    source = open(mod.__file__).read()
    for heavy in ("numpy", "sounddevice", "faster_whisper", "pyttsx3", "import time"):
        assert heavy not in source
