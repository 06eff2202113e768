"""`voice-interviewer questions` and `questions check`, driven through the real CLI entry point."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from voice_interviewer.bank import load_bank
from voice_interviewer.cli import main
from voice_interviewer.commands import _closeness
from voice_interviewer.commands.questions import add_bank_option, load_bank_from_args

from test_bank import GUIDE_IDS, VALID


@pytest.fixture
def session_embedder(embedder, monkeypatch):
    """`questions check` uses the test session's loaded model instead of loading its own."""
    monkeypatch.setattr(_closeness, "closeness_embedder", lambda: embedder)
    return embedder


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
        "id", "category", "category_label", "level", "kind", "source", "prompt", "why", "framework", "stages",
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
    items = json.loads(out)
    assert [q["id"] for q in items][:2] == ["lifecycle", "reproducibility"]
    assert {q["category"] for q in items} == {"core"} and len(items) == len(load_bank().by_category("core"))


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


def test_check_bundled_bank(capsys, session_embedder):
    """Clean: every concept has a description, and no two of one question are too close to tell apart."""
    folder = Path(__file__).resolve().parents[1] / "questions"
    code, out, err = run(capsys, "questions", "check", str(folder))
    files = sorted(folder.glob("*.toml"))
    assert code == 0 and out == f"ok: {len(load_bank(folder).questions)} questions in {len(files)} files\n"
    assert err == ""


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


# --------------------------------------------------------------------------- check: the descriptions


SAME_IDEA = (
    "Every dataset a model was trained on is kept as an exact, unchangeable version.",
    "Each dataset that a model was trained on is stored as an exact version that never changes.",
)
OTHER_IDEA = "Alerts page the engineer on call when the latency of the service goes over its limit."


def described(alpha: str, beta: str, gamma: str = "Gamma, said plainly.", beta_kind: str = "concept") -> str:
    """VALID with a description on every concept (beta is a tool in VALID; here a concept unless asked)."""
    text = VALID.replace('aliases = ["alpha", "alfa"]', f'aliases = ["alpha", "alfa"]\ndescription = "{alpha}"')
    text = text.replace('kind = "tool"\naliases = ["Beta"]', f'kind = "{beta_kind}"\naliases = ["Beta"]\ndescription = "{beta}"')
    return text.replace('aliases = ["gamma"]', f'aliases = ["gamma"]\ndescription = "{gamma}"')


def test_check_warns_about_two_descriptions_too_close_to_tell_apart(tmp_path, capsys, session_embedder):
    path = tmp_path / "mine.toml"
    path.write_text(described(*SAME_IDEA))
    code, out, err = run(capsys, "questions", "check", str(path))
    assert code == 0 and out == "ok: 1 question in 1 file\n"
    assert err.count("\n") == 1 and err.startswith("warning: ")
    assert f"{path}: question 'q1': concepts 'alpha' and 'beta' have descriptions too close to tell apart" in err
    similarity = float(err.split("(similarity ")[1].split(",")[0])
    assert _closeness.CLOSE_DESCRIPTIONS <= similarity <= 1.0
    assert "reword one" in err


def test_check_is_quiet_about_distinct_descriptions(tmp_path, capsys, session_embedder):
    (tmp_path / "mine.toml").write_text(described(SAME_IDEA[0], OTHER_IDEA))
    code, out, err = run(capsys, "questions", "check", str(tmp_path))
    assert (code, out, err) == (0, "ok: 1 question in 1 file\n", "")


def test_check_compares_concepts_within_a_follow_up_not_across(tmp_path, capsys, session_embedder):
    text = described(SAME_IDEA[0], OTHER_IDEA, gamma=SAME_IDEA[1])  # gamma (follow-up) repeats alpha: fine
    text += '\n[[question.follow_up.concept]]\nid = "delta"\nlabel = "Delta"\nstage = "answer"\n'
    text += f'aliases = ["delta"]\ndescription = "{SAME_IDEA[0]}"\n'  # delta repeats gamma: too close
    (tmp_path / "mine.toml").write_text(text)
    code, _, err = run(capsys, "questions", "check", str(tmp_path))
    assert code == 0 and err.count("\n") == 1
    assert "question 'q1', follow-up 'more': concepts 'gamma' and 'delta'" in err


def test_check_leaves_tools_out_of_the_closeness_check(tmp_path, capsys, session_embedder):
    (tmp_path / "mine.toml").write_text(described(*SAME_IDEA, beta_kind="tool"))
    code, _, err = run(capsys, "questions", "check", str(tmp_path))
    assert code == 0 and err == ""


def test_close_descriptions_lists_pairs_most_similar_first(tmp_path, embedder):
    from voice_interviewer.bank import load_bank

    (tmp_path / "mine.toml").write_text(described(*SAME_IDEA))
    bank = load_bank(tmp_path)
    [pair] = _closeness.close_descriptions(bank, embedder)
    assert (pair.first, pair.second, pair.where) == ("alpha", "beta", "question 'q1'")
    assert _closeness.close_descriptions(bank, embedder, threshold=0.999) == []
    assert len(_closeness.close_descriptions(bank, embedder, threshold=-1.0)) == 1  # gamma is alone


def test_check_warns_about_concepts_without_a_description(tmp_path, capsys, session_embedder):
    path = tmp_path / "mine.toml"
    path.write_text(VALID)
    code, out, err = run(capsys, "questions", "check", str(path))
    assert code == 0 and out == "ok: 1 question in 1 file\n"
    assert err == (f"warning: {path}: question 'q1': 3 concepts without a description (alpha, beta, more/gamma): "
                   "add one so answers can be matched by meaning\n")


def test_check_says_in_one_line_when_the_closeness_check_is_skipped(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("VOICE_INTERVIEWER_EMBEDDING_MODEL", str(tmp_path / "no-model"))
    (tmp_path / "mine.toml").write_text(described(*SAME_IDEA))
    code, out, err = run(capsys, "questions", "check", str(tmp_path))
    assert code == 0 and out == "ok: 1 question in 1 file\n"
    assert err.startswith("note: closeness check of the descriptions skipped (") and err.count("\n") == 1
    assert "no-model" in err


def test_json_carries_the_meaning_fields(capsys):
    code, out, _ = run(capsys, "questions", "show", "reproducibility", "--json")
    concepts = {c["id"]: c for c in json.loads(out)["concepts"]}
    assert concepts["lineage"]["description"]
    assert len(concepts["lineage"]["examples"]) >= 2
    assert "Reproducibility just means we keep backups of the data and the code." in concepts["lineage"]["misconceptions"]
