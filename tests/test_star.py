"""STAR by role: each part of a story found by what the clause says, wherever it comes."""

from __future__ import annotations

from voice_interviewer.matching import tokenize
from voice_interviewer.signals import find_quantified
from voice_interviewer.star import clauses, find_star
from voice_interviewer.text import plain


def star_of(text: str) -> dict[str, str | None]:
    p = plain(text)
    spans = find_star(p.text, find_quantified(tokenize(p.text)))
    out = {}
    for role, span in spans.items():
        if span is None:
            out[role] = None
        else:
            s, e = p.span(*span)
            out[role] = text[s:e]
    return out


def test_the_issue_story_has_its_result_where_it_is():
    story = ("The hardest project was moving our fraud models off a cron job onto a real pipeline. "
             "I rebuilt the training and deployment as one Argo workflow with automated checks. "
             "In the end it brought our cloud bill down by about a quarter and releases went from a week "
             "of manual steps to an afternoon.")
    got = star_of(story)
    assert got["situation"].startswith("The hardest project was")
    assert got["action"].startswith("I rebuilt the training")
    assert "cloud bill down by about a quarter" in got["result"]
    assert got["task"] is None


def test_roles_do_not_depend_on_their_order():
    parts = {
        "result": "As a result, deploys went from two days to an hour.",
        "situation": "At my last company we had forty models on one cron box.",
        "action": "I moved the training jobs to Airflow and added tests.",
        "task": "My job was to make releases safe.",
    }
    for order in (("situation", "task", "action", "result"), ("result", "action", "task", "situation"),
                  ("action", "result", "situation", "task")):
        got = star_of(" ".join(parts[r] for r in order))
        for role, sentence in parts.items():
            assert got[role] is not None, (order, role)
            assert got[role].rstrip(".,") in sentence or sentence.rstrip(".") in got[role], (order, role, got[role])


def test_a_count_sets_the_scene_and_a_measured_change_is_the_result():
    got = star_of("We had forty models and nine engineers. I rebuilt the pipeline, which cut the cloud bill "
                  "by 30 percent.")
    assert "forty models" in got["situation"]
    assert "30 percent" in got["result"]


def test_a_clause_takes_one_role_the_strongest():
    found = clauses(plain("I rebuilt the deploys which cut release time from a week to a day").text,
                    find_quantified(tokenize("I rebuilt the deploys which cut release time from a week to a day")))
    roles = [c.role for c in found]
    assert roles[0] == "action" and roles[-1] == "result"
    assert all(c.role in ("action", "result") for c in found)


def test_no_story_no_parts():
    assert star_of("Kubernetes schedules containers.") == dict.fromkeys(("situation", "task", "action", "result"))
