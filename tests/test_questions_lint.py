"""questions lint: probe-answer rule checks, heard stand-ins, --fix copies, and the command by ear."""

from __future__ import annotations

import shutil
import textwrap

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.cli import main
from voice_interviewer.lint import Heard, heard_in_place, lint_rules, write_fixed_copy

TINY = textwrap.dedent('''
    [[category]]
    id = "ops"
    label = "Ops"

    [[question]]
    id = "pipes"
    category = "ops"
    prompt = "How do you orchestrate your pipelines?"
    why = "To see how work is scheduled."
    framework = "Schedule the steps with Kubeflow and retry failures."
    stages = ["schedule", "retries"]

    [[question.concept]]
    id = "scheduling"
    label = "scheduling"
    stage = "schedule"
    description = "Steps run in order on a schedule."
    aliases = ["schedule", "scheduled", "scheduling"]

    [[question.concept]]
    id = "kubeflow"
    label = "Kubeflow"
    stage = "schedule"
    kind = "tool"
    weight = 0.5
    hotwords = ["Kubeflow"]
    description = "A pipeline orchestrator."
    aliases = ["Kubeflow"]

    [[question.concept]]
    id = "retries"
    label = "retries"
    stage = "retries"
    description = "Failed steps are run again automatically."
    aliases = ["retry", "retries"]

    [[question.red_flag]]
    id = "no-retries"
    text = "Not mentioning retries."
    rule = { missing_all = ["retries"] }

    [[question.red_flag]]
    id = "impossible"
    text = "Scheduling said and not said."
    rule = { present_all = ["scheduling"], missing_all = ["scheduling"] }

    [[question.follow_up]]
    id = "backfill"
    text = "How do you backfill a month of data?"
    trigger = { missing_all = ["retries"] }

    [[question.follow_up.concept]]
    id = "backfill"
    label = "backfill"
    stage = "answer"
    aliases = ["backfill"]

    [[question.follow_up]]
    id = "shadowed"
    text = "How do you choose a scheduler?"
    trigger = { missing_all = ["retries"], present_all = ["scheduling"], missing_any = ["scheduling"] }

    [[question.follow_up.concept]]
    id = "choice"
    label = "choice"
    stage = "answer"
    aliases = ["choose"]
''')


@pytest.fixture
def tiny(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "q.toml").write_text(TINY, encoding="utf-8")
    return folder


def test_rules_that_cannot_fire_and_follow_ups_never_chosen(tiny):
    findings = [str(f) for f in lint_rules(load_bank(tiny))]
    assert "question 'pipes', red flag 'impossible': can never fire: requires scheduling both said and missing" \
        in findings
    assert any("red flag 'impossible': no probe answer raised it" in f for f in findings)
    assert any("follow-up 'shadowed': trigger can never hold" in f for f in findings)
    assert not any("'no-retries'" in f or "'backfill'" in f for f in findings)  # these do fire


def test_what_was_heard_in_the_terms_place():
    assert heard_in_place("We used {} for that part.", "We used Cube flow for that part.") == "Cube flow"
    assert heard_in_place("Um, {} was the main one, I think.", "Um, cube flow was the main one, I think.") == \
        "cube flow"


def test_fix_writes_heard_aliases_to_a_copy_and_leaves_the_bank_alone(tiny, tmp_path):
    bank = load_bank(tiny)
    before = (tiny / "q.toml").read_text()
    heard = [Heard("pipes", "kubeflow", "Kubeflow", 0, 1, ("We used cube flow for that part.",), ("cube flow",))]
    files, added = write_fixed_copy(bank, heard, tmp_path / "fixed")
    assert added == 1 and files == [tmp_path / "fixed" / "q.toml"]
    assert load_bank(tmp_path / "fixed").get("pipes").concept("kubeflow").aliases == ("Kubeflow", "cube flow")
    assert (tiny / "q.toml").read_text() == before


@pytest.mark.slow
def test_lint_speaks_the_terms_and_reports(tiny, tmp_path, capsys):
    """The command by ear on a one-term bank: espeak-ng says "Kubeflow", the bundled Whisper hears it."""
    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed")
    rc = main(["questions", "lint", str(tiny), "--voice", "espeak", "--fix", str(tmp_path / "fixed")])
    out = capsys.readouterr().out
    assert rc == 0
    assert "Heard wrong" in out and "of 1 term missed by the matcher" in out
    assert "Rules" in out and "'impossible'" in out
    assert load_bank(tmp_path / "fixed").get("pipes").concept("kubeflow").aliases[0] == "Kubeflow"
