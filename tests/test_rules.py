"""Rules (voice_interviewer/rules.py): a bank Rule evaluated against the facts of an answer."""

from __future__ import annotations

from voice_interviewer.bank import Rule
from voice_interviewer.rules import Facts, eval_rule, facts_from_verdict
from voice_interviewer.verdict import ConceptHit, Evidence


def _facts(**hit: bool) -> Facts:
    concepts = {cid: ConceptHit(cid, cid.upper(), "stage-" + cid, 1.0, ok,
                                evidence=Evidence(cid, 0, len(cid)) if ok else None)
                for cid, ok in hit.items()}
    return Facts(concepts, tuple("stage-" + c for c in hit), words=40, quantified=0, blame=[],
                 unexplained_tools=[], tools_unexplained=False)


def test_missing_and_present_conditions_and_together():
    facts = _facts(drift=False, registry=True)
    assert eval_rule(Rule(missing_any=("drift",)), facts)[0]
    assert not eval_rule(Rule(missing_any=("registry",)), facts)[0]
    assert eval_rule(Rule(missing_all=("drift",), present_any=("registry",)), facts)[0]
    assert not eval_rule(Rule(missing_all=("drift",), present_any=("drift",)), facts)[0]  # AND


def test_unmentioned_counts_a_denied_idea_as_talked_about():
    """``unmentioned_all``: "the drift checks never happened" is a story about drift, so a flag for an
    answer with nothing of MLOps in it stays down, where ``missing_all`` would raise it."""
    from dataclasses import replace

    facts = _facts(drift=False, registry=False)
    assert eval_rule(Rule(unmentioned_all=("drift", "registry")), facts)[0]
    denied = replace(facts.concepts["drift"], negated=True, evidence=Evidence("never added drift checks", 0, 24))
    facts = Facts({**facts.concepts, "drift": denied}, facts.stages, words=40, quantified=0, blame=[],
                  unexplained_tools=[], tools_unexplained=False)
    assert eval_rule(Rule(missing_all=("drift", "registry")), facts)[0]
    assert not eval_rule(Rule(unmentioned_all=("drift", "registry")), facts)[0]
    assert not eval_rule(Rule(unmentioned_all=("drift",)), _facts(drift=True))[0]
    assert Rule(unmentioned_all=("drift",)).concept_ids() == {"drift"}


def test_any_of_is_an_or_of_sub_rules_with_reasons():
    facts = _facts(drift=False, registry=True)
    ok, reasons, _ = eval_rule(Rule(any_of=(Rule(missing_any=("registry",)), Rule(missing_any=("drift",)))), facts)
    assert ok and reasons
    assert not eval_rule(Rule(any_of=(Rule(missing_any=("registry",)),)), facts)[0]


def test_answer_wide_conditions():
    facts = _facts(drift=False)
    assert eval_rule(Rule(no_quantified_impact=True), facts)[0]
    assert eval_rule(Rule(words_below=50), facts)[0] and not eval_rule(Rule(words_below=10), facts)[0]
    assert eval_rule(Rule(always=True), facts)[0]


def test_facts_from_a_stored_verdict_match_the_live_ones(tmp_path):
    """A verdict read back from a session rebuilds the facts rules need (replay, the follow-up)."""
    from voice_interviewer.bank import load_bank
    from voice_interviewer.scoring import score_answer
    from voice_interviewer.verdict import Verdict

    question = load_bank().get("lifecycle")
    verdict = score_answer(question, "We track runs in MLflow and deploy with a canary, then watch drift.")
    again = Verdict.from_json(verdict.to_json())
    facts = facts_from_verdict(question, again)
    assert facts.hit == {c.id for c in verdict.concepts if c.hit}
    for red_flag in question.red_flags:  # every flag the verdict raised still holds on the stored facts
        if red_flag.id in verdict.flag_ids:
            assert eval_rule(red_flag.rule, facts)[0], red_flag.id


def test_a_tool_heard_only_by_meaning_is_not_named():
    """"We have dashboards and get notified" sits near Grafana by meaning: credit for the idea, but the
    answer still names no tool ("Not mentioning specific tools…" stands, and it is generic)."""
    from dataclasses import replace

    facts = _facts(grafana=True, drift=True)
    facts.concepts["grafana"] = replace(facts.concepts["grafana"], kind="tool", how="meaning")
    assert eval_rule(Rule(tools_mentioned_below=1), facts)[0]
    assert facts.generic()
    named = replace(facts.concepts["grafana"], how="alias")
    facts.concepts["grafana"] = named
    assert not eval_rule(Rule(tools_mentioned_below=1), facts)[0] and not facts.generic()



def test_an_idea_heard_only_faintly_does_not_stop_a_flag_about_its_absence():
    """"…which catches data drift such as a wave of new flats" sits 0.53 from alerting: too faint to
    say the answer covered alerting — unless the whole answer is told in plain words."""
    from dataclasses import replace

    from voice_interviewer.rules import FAINT_MEANING, OWN_WORDS_ANSWER

    facts = _facts(alerting=True, drift=True)
    facts.concepts["alerting"] = replace(facts.concepts["alerting"], how="meaning", similarity=FAINT_MEANING - 0.03)
    assert eval_rule(Rule(missing_all=("alerting",)), facts)[0]
    assert eval_rule(Rule(present_any=("alerting",)), facts)[0]  # still heard, for what it says
    clear = replace(facts.concepts["alerting"], similarity=FAINT_MEANING + 0.03)
    assert not eval_rule(Rule(missing_all=("alerting",)), replace(facts, concepts={**facts.concepts,
                                                                                    "alerting": clear}))[0]
    plain = {f"idea{k}": ConceptHit(f"idea{k}", "I", "s", 1.0, True, how="meaning", similarity=0.7)
             for k in range(OWN_WORDS_ANSWER)}
    told_plainly = replace(facts, concepts={**facts.concepts, **plain})
    assert not eval_rule(Rule(missing_all=("alerting",)), told_plainly)[0]


def test_a_product_named_where_its_practice_is_denied_does_not_cover_the_stage():
    """"They did talk about Docker at some point, but I don't think it's containerised": the stage's
    idea is denied and none of it said, so the product named there does not cover the stage."""
    from dataclasses import replace

    def facts(negated: bool) -> Facts:
        docker = ConceptHit("docker", "Docker", "packaging", 1.0, True, kind="tool",
                            evidence=Evidence("docker", 0, 6))
        idea = replace(ConceptHit("containerization", "containers", "packaging", 1.0, False), negated=negated)
        ci = ConceptHit("ci", "CI", "tooling", 1.0, True, evidence=Evidence("Jenkins", 0, 7))
        return Facts({"docker": docker, "containerization": idea, "ci": ci}, ("packaging", "tooling"), words=40,
                     quantified=0, blame=[], unexplained_tools=[], tools_unexplained=False)

    rule = Rule(missing_stages_any=("packaging",))
    assert eval_rule(rule, facts(negated=True))[0]
    assert facts(negated=True).stage_hits() == {"tooling"}
    assert not eval_rule(rule, facts(negated=False))[0]  # not denied: Docker alone covers it
