"""Choosing the follow-up question an interviewer would ask next, with the reason why.

Each follow-up carries a trigger (a :class:`~voice_interviewer.bank.Rule`). Of the follow-ups
whose trigger holds, the one that matches the answer's biggest gap wins for ordinary answers
(weighted by the missing concepts' importance; a gap the candidate admitted — "we never
monitored drift" — counts double), and the one that digs into what the candidate claimed wins
for strong answers. Ties keep the bank's order, so the choice is deterministic.
"""

from __future__ import annotations

from .bank import FollowUp, Question, Rule
from .rules import Facts, eval_rule, facts_from_verdict
from .verdict import FollowUpChoice, Verdict

#: At or above this score, with no red flag, an answer is strong: deepen what was said rather than probe a gap.
STRONG_SCORE = 62.0


def _weights(rule: Rule, facts: Facts) -> tuple[float, float, list[str], list[str], list[str]]:
    """(gap weight, claim weight, missing ids, negated ids, present ids) a holding rule points at."""
    cs = facts.concepts
    gap = claim = 0.0
    missing: list[str] = []
    negated: list[str] = []
    present: list[str] = []
    for cid in (*rule.missing_all, *rule.missing_any):
        c = cs.get(cid)
        if c is not None and not c.hit:
            gap += c.weight
            missing.append(cid)
    for cid in rule.negated_any:
        c = cs.get(cid)
        if c is not None and c.negated:
            gap += 2 * c.weight
            negated.append(cid)
    hit_stages = facts.stage_hits()
    for stage in rule.missing_stages_any:
        if stage not in hit_stages:
            gap += max((c.weight for c in cs.values() if c.stage == stage and c.kind != "signal"), default=1.0)
    # answer-wide gaps matter less than a named missing idea; blaming others is what most needs a follow-up
    if rule.stages_covered_below is not None:
        gap += 1.0
    for flag in (rule.tools_unexplained, rule.generic_only, rule.no_quantified_impact):
        if flag:
            gap += 0.5
    if rule.blame_language:
        gap += 3.0
    if rule.tools_mentioned_below is not None:
        gap += 0.5
    for cid in (*rule.present_any, *rule.present_all):
        c = cs.get(cid)
        if c is not None and c.hit:
            if c.kind == "signal":  # a tell-tale phrase ("not my job") is a gap to probe, not a claim to deepen
                gap += 2.0 * c.weight
                negated.insert(0, cid)
            else:
                claim = max(claim, c.weight * (1.5 if c.explained else 1.0))
                present.append(cid)
    if rule.any_of:
        best = None
        for sub in rule.any_of:
            if eval_rule(sub, facts)[0]:
                w = _weights(sub, facts)
                if best is None or w[0] + w[1] > best[0] + best[1]:
                    best = w
        if best:
            gap, claim = gap + best[0], claim + best[1]
            missing += best[2]
            negated += best[3]
            present += best[4]
    return gap, claim, missing, negated, present


def _reason(rule: Rule, facts: Facts, missing, negated, present, prefer_claim: bool) -> str:
    cs = facts.concepts
    if facts.blame and (rule.blame_language or any(sub.blame_language for sub in rule.any_of)):
        return f"you put the problem on others (\u201c{facts.blame[0].quote}\u201d)"
    if negated and not (prefer_claim and present):
        c = cs[negated[0]]
        if c.kind == "signal" and c.evidence:
            return f"you said \u201c{c.evidence.quote}\u201d"
        return f"you said there was no {c.label}"
    if missing and not negated:  # a trigger naming a gap and a claim asks about the gap
        return "you didn't mention " + _or([cs[m].label for m in missing[:3]])
    if present and (prefer_claim or not missing):
        c = cs[present[0]]
        said = c.evidence.quote if c.evidence and len(c.evidence.quote) <= 40 else c.label
        return f"you mentioned {said} — let's go deeper"
    if missing:
        return "you didn't mention " + _or([cs[m].label for m in missing[:3]])
    if rule.tools_unexplained or any(s.tools_unexplained for s in rule.any_of):
        if facts.tools_unexplained:
            return "you listed tools without saying how you used them"
    if rule.no_quantified_impact or any(s.no_quantified_impact for s in rule.any_of):
        if not facts.quantified:
            return "you didn't quantify the impact"
    if rule.generic_only or any(s.generic_only for s in rule.any_of):
        return "your answer stayed generic — a concrete example will help"
    stages = [s for s in rule.missing_stages_any + tuple(x for sub in rule.any_of for x in sub.missing_stages_any)
              if s not in facts.stage_hits()]
    if stages:
        return f"you didn't cover {stages[0]}"
    return "a natural next step after your answer"


def _or(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def choose_follow_up(
    question: Question | FollowUp, verdict: Verdict, *, facts: Facts | None = None
) -> FollowUpChoice | None:
    """The follow-up to ask after ``verdict`` (None for follow-ups themselves or when there are none)."""
    if not isinstance(question, Question) or not question.follow_ups:
        return None
    if facts is None:
        facts = facts_from_verdict(question, verdict)
    strong = verdict.score >= STRONG_SCORE and not verdict.red_flags
    best: tuple[float, int, FollowUp, str] | None = None
    for order, fu in enumerate(question.follow_ups):
        ok, _, _ = eval_rule(fu.trigger, facts)
        if not ok:
            continue
        gap, claim, missing, negated, present = _weights(fu.trigger, facts)
        if fu.trigger.always and not (gap or claim):
            priority = -1.0  # an unconditional fallback ranks last
        elif strong:
            priority = 2.0 * claim + 0.8 * gap
        else:
            priority = 2.0 * gap + 0.6 * claim
        reason = _reason(fu.trigger, facts, missing, negated, present, prefer_claim=strong)
        if best is None or priority > best[0]:
            best = (priority, order, fu, reason)
    if best is None:
        fu = question.follow_ups[0]
        return FollowUpChoice(fu.id, fu.text, "a natural next step after your answer")
    _, _, fu, reason = best
    return FollowUpChoice(fu.id, fu.text, reason)
