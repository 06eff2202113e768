"""`voice-interviewer questions` and `questions check`, driven through the real CLI entry point."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from voice_interviewer.cli import main
from voice_interviewer.commands.questions import add_bank_option, load_bank_from_args

from test_bank import GUIDE_IDS, VALID


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_lists_the_bundled_bank_as_a_table(capsys):
    code, out, err = run(capsys, "questions")
    assert code == 0 and err == ""
    for qid in GUIDE_IDS:
        assert qid in out
    assert "walk me" in out and "guide" in out


def test_json_lists_every_field(capsys):
    code, out, _ = run(capsys, "questions", "--json")
    assert code == 0
    items = json.loads(out)
    assert [q["id"] for q in items if q["source"] == "guide"] == GUIDE_IDS
    first = items[0]
    assert set(first) == {
        "id", "category", "category_label", "kind", "source", "prompt", "why", "framework", "stages",
        "concepts", "red_flags", "follow_ups", "target_seconds",
    }
    assert first["category_label"] == "Core MLOps Concepts & Lifecycle Questions"
    assert first["red_flags"][0] == {
        "id": "stages-not-connected",
        "text": "Focusing only on model training or deployment without connecting the stages.",
    }
    assert first["follow_ups"][0]["text"] == "How do you handle data drift or concept drift in production?"
    assert first["target_seconds"] == [60, 120]
    assert {"id", "label", "stage", "weight", "kind", "aliases"} <= set(first["concepts"][0])


def test_category_filter(capsys):
    code, out, _ = run(capsys, "questions", "--json", "--category", "core")
    assert code == 0
    assert [q["id"] for q in json.loads(out)] == ["lifecycle", "reproducibility"]


def test_unknown_category_is_one_line_listing_valid_ones(capsys):
    code, out, err = run(capsys, "questions", "--category", "astrology")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "unknown category 'astrology'" in err
    for cid in ("core", "cicd", "monitoring", "cloud", "behavioral"):
        assert cid in err


def test_custom_bank_option(tmp_path, capsys):
    (tmp_path / "mine.toml").write_text(VALID)
    code, out, _ = run(capsys, "questions", "--json", "--bank", str(tmp_path))
    assert code == 0
    assert [q["id"] for q in json.loads(out)] == ["q1"]


def test_check_ok(tmp_path, capsys):
    (tmp_path / "a.toml").write_text(VALID)
    (tmp_path / "b.toml").write_text(VALID.replace('"q1"', '"q2"').replace('[[category]]\nid = "cat"\nlabel = "Cat"\n', ""))
    code, out, _ = run(capsys, "questions", "check", str(tmp_path))
    assert code == 0
    assert out.strip() == "ok: 2 questions in 2 files"
    code, out, _ = run(capsys, "questions", "check", str(tmp_path / "a.toml"))
    assert out.strip() == "ok: 1 question in 1 file"


def test_check_bundled_bank(capsys):
    code, out, _ = run(capsys, "questions", "check", str(Path(__file__).resolve().parents[1] / "questions"))
    assert code == 0 and out.startswith("ok: ")


def test_check_reports_one_line_error(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace('present_any = ["beta"]', 'present_any = ["nope"]'))
    code, out, err = run(capsys, "questions", "check", str(bad))
    assert code != 0 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert str(bad) in err and "question 'q1'" in err and "follow_up.more.trigger.present_any" in err
    assert "Traceback" not in err


def test_check_missing_path(tmp_path, capsys):
    code, _, err = run(capsys, "questions", "check", str(tmp_path / "absent"))
    assert code != 0 and "no such file or directory" in err


def test_bank_helpers_for_other_commands(tmp_path):
    parser = argparse.ArgumentParser()
    add_bank_option(parser)
    assert load_bank_from_args(parser.parse_args([])).ids()[:7] == GUIDE_IDS
    (tmp_path / "mine.toml").write_text(VALID)
    args = parser.parse_args(["--bank", str(tmp_path)])
    assert load_bank_from_args(args).ids() == ["q1"]
    # a plain Path (commands that declare --bank themselves) works too
    assert load_bank_from_args(argparse.Namespace(bank=tmp_path)).ids() == ["q1"]


@pytest.mark.parametrize(
    "argv, expected", [(["questions", "--help"], "--bank"), (["questions", "check", "--help"], "PATH")]
)
def test_help(capsys, argv, expected):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    assert expected in capsys.readouterr().out


def test_show_one_question(capsys):
    code, out, _ = run(capsys, "questions", "show", "monitoring")
    assert code == 0
    assert "How do you monitor the performance and health" in out
    assert "Only mentioning infrastructure monitoring" in out
    assert "monitoring/false-positives" in out
    code, out, _ = run(capsys, "questions", "show", "monitoring", "--json")
    assert json.loads(out)["id"] == "monitoring"


def test_show_unknown_question(capsys):
    code, out, err = run(capsys, "questions", "show", "astrology")
    assert code == 2 and out == ""
    assert "unknown question 'astrology'" in err and "lifecycle" in err


def test_bank_text_is_not_rich_markup(tmp_path, capsys):
    (tmp_path / "mine.toml").write_text(VALID.replace('prompt = "Why?"', 'prompt = "What is [bold]this[/bold]?"'))
    code, out, _ = run(capsys, "questions", "--bank", str(tmp_path))
    assert code == 0 and "[bold]this[/bold]" in out
    code, out, _ = run(capsys, "questions", "show", "q1", "--bank", str(tmp_path))
    assert code == 0 and "[bold]this[/bold]" in out


@pytest.mark.parametrize("argv", [
    ["questions", "--bank", "{bank}", "show", "q1"],
    ["questions", "show", "--bank", "{bank}", "q1"],
    ["questions", "--bank", "{bank}", "--json", "show", "q1"],
])
def test_show_takes_bank_before_or_after_the_subcommand(tmp_path, capsys, argv):
    """Issue 15 item 5: `questions --bank DIR show ID` (the README's form) reads DIR, as `show --bank DIR ID` does."""
    (tmp_path / "mine.toml").write_text(VALID)
    code, out, err = run(capsys, *(a.format(bank=tmp_path) for a in argv))
    assert code == 0, err
    assert "Why?" in out
    if "--json" in argv:
        assert json.loads(out)["id"] == "q1"


def test_show_banks_given_before_and_after_are_combined(tmp_path, capsys):
    """Issue 15 item 5: --bank is repeatable on both sides of `show`; the paths add up."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "a.toml").write_text(VALID)
    (tmp_path / "b" / "b.toml").write_text(VALID.replace('"q1"', '"q2"').replace('[[category]]\nid = "cat"\nlabel = "Cat"\n', ""))
    code, _, err = run(capsys, "questions", "--bank", str(tmp_path / "a"), "show", "--bank", str(tmp_path / "b"), "q2")
    assert code == 0, err


def test_show_mistyped_id_suggests_the_closest(capsys):
    """Issue 15 item 18: `questions show lifecycel` says "did you mean", as `score` does."""
    code, out, err = run(capsys, "questions", "show", "lifecycel")
    assert code == 2 and out == ""
    assert err == "error: unknown question 'lifecycel' (did you mean: lifecycle?)\n"


def test_a_narrow_terminal_keeps_every_prompt(capsys, monkeypatch):
    """Issue 15 item 22: at 40 columns the prompts stay (as a list), nothing runs past the edge."""
    monkeypatch.setenv("COLUMNS", "40")
    code, out, _ = run(capsys, "questions")
    assert code == 0
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 40
    flat = " ".join(out.split())
    for q in load_bank_from_args(argparse.Namespace(bank=None)).questions:
        assert " ".join(q.prompt.split()) in flat, q.id


def test_one_question_is_singular(tmp_path, capsys):
    """Issue 15 item 22: "1 question", not "1 questions"."""
    (tmp_path / "mine.toml").write_text(VALID)
    code, out, _ = run(capsys, "questions", "--bank", str(tmp_path))
    assert code == 0 and out.splitlines()[0].strip() == "1 question"
