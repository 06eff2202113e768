"""Choosing the follow-up question an interviewer would ask next, with the reason why.

Each follow-up carries a trigger (a :class:`~voice_interviewer.bank.Rule`). Of the follow-ups
whose trigger holds, the one that matches the answer's biggest gap wins for ordinary answers
(weighted by the missing concepts' importance; a gap the candidate admitted — "we never
monitored drift" — counts double), and the one that digs into what the candidate claimed wins
for strong answers. A follow-up about what a raised red flag found ("no alerts" → "how do you decide
when to retrain?") ranks higher (``FLAGGED_BONUS``). Ties keep the bank's order, so the choice is
deterministic.
"""

from __future__ import annotations

from typing import Sequence

from .bank import FollowUp, Question, Rule
from .compiled import per_question
from .matching import Matcher, Token, normalize, tokenize
from .rules import Facts, eval_rule, facts_from_verdict
from .verdict import FollowUpChoice, Verdict

#: Long words of follow-up questions that say nothing about their subject.
GENERIC = frozenset(
    """strategy strategies challenge challenges describe experience approach considerations consideration
    choosing building project learning biggest differently communicate technical solutions stakeholders
    production process pipeline pipelines concept datasets address monitor overcame applications hosting
    optimize workloads handling determine retrained solution""".split()
)

#: Words that never make a follow-up's subject on their own.
STOPWORDS = frozenset(
    """a an the and or of to in on for with how what when why which do does did you your can could would
    describe explain tell me time times about between difference role play versus vs its it this that is are
    be been have has had handle manage managing use using key main own different turned since then each
    every stored added never happened again more than after before first other""".split()
)

#: At or above this score, with no red flag, an answer is strong: deepen what was said rather than probe a gap.
STRONG_SCORE = 62.0
#: A follow-up whose trigger listens for an idea that a raised red flag is about ("no alerts" and "how do
#: you decide when to retrain", both about what happens on an alert) probes what the verdict found
#: wrong, and ranks this much higher.
FLAGGED_BONUS = 1.5


def _ideas(rule: Rule) -> set[tuple[str, str]]:
    """Every concept a rule (or any of its alternatives) listens for, as ``("gap", id)`` where it listens
    for the idea missing or denied and ``("said", id)`` where it listens for the idea said."""
    out = {("gap", cid) for cid in (*rule.missing_all, *rule.unmentioned_all, *rule.missing_any, *rule.negated_any)}
    out |= {("said", cid) for cid in (*rule.present_any, *rule.present_all)}
    for sub in rule.any_of:
        out |= _ideas(sub)
    return out


def _flagged_ideas(question: Question, verdict: Verdict) -> set[tuple[str, str]]:
    """The ideas the raised red flags are about (a flag for a missing idea is not about a follow-up that
    deepens the same idea said)."""
    raised = set(verdict.flag_ids)
    return {idea for rf in question.red_flags if rf.id in raised for idea in _ideas(rf.rule)}


def _weights(rule: Rule, facts: Facts) -> tuple[float, float, list[str], list[str], list[str]]:
    """(gap weight, claim weight, missing ids, negated ids, present ids) a holding rule points at."""
    cs = facts.concepts
    gap = claim = 0.0
    missing: list[str] = []
    negated: list[str] = []
    present: list[str] = []
    for cid in (*rule.missing_all, *rule.unmentioned_all, *rule.missing_any):
        c = cs.get(cid)
        if c is not None and not c.hit:
            missing.append(cid)
    if missing:  # a list of missing ideas is one gap area: as big as its most important idea (twice if admitted)
        gap += max(cs[cid].weight * (2.0 if cs[cid].negated else 1.0) for cid in missing)
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
    # an idea claimed but misunderstood ("the accuracy gate makes data tests redundant") is a gap that a
    # follow-up about that idea (one of at most two it listens for) probes, not a claim to deepen
    claims = dict.fromkeys((*rule.present_any, *rule.present_all))
    wrong = [cid for cid in claims if len(claims) <= 2 and (c := cs.get(cid)) is not None and c.misconception]
    if wrong:
        gap += max(cs[cid].weight for cid in wrong)
        negated[:0] = [cid for cid in wrong if cid not in negated]
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


def _reason(rule: Rule, facts: Facts, missing: list[str], negated: list[str], present: list[str],
            prefer_claim: bool) -> str:
    cs = facts.concepts
    if facts.blame and (rule.blame_language or any(sub.blame_language for sub in rule.any_of)):
        return f"you put the problem on others (\u201c{facts.blame[0].quote}\u201d)"
    negated = negated + [m for m in missing if cs[m].negated and m not in negated]  # admitted gaps, however named
    wrong = [m for m in negated if cs[m].misconception]
    if wrong:  # a misunderstanding is what to probe first
        c = cs[wrong[0]]
        return f"you described {c.label} as “{c.evidence.quote if c.evidence else c.misconception}”"
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


def _topic_matcher(question: Question, fu: FollowUp) -> Matcher:
    """Phrases that show the candidate already raised a follow-up's subject.

    The follow-up's own multi-word concept aliases ("alert fatigue", "not baked into the image") and its
    distinctive two-word phrases ("model card", "false positives"), minus anything the main question's own
    concepts already say (those are claims, weighed by the trigger).
    """
    def build() -> Matcher:
        main = {normalize(a) for c in question.concepts for a in c.aliases}
        main_words = {t.stem for t in tokenize(question.prompt + " " + question.framework)}
        def distinctive(phrase: str) -> bool:
            toks = [t for t in tokenize(phrase) if t.kind == "word"]
            return len(toks) >= 2 and any(
                len(t.text) >= 5 and t.text not in STOPWORDS and t.stem not in main_words for t in toks)

        topics: dict[str, list[str]] = {}  # one topic per follow-up concept, and one for the question's own words
        for c in fu.concepts:
            if c.kind == "concept":
                topics[c.label] = [a for a in c.aliases if normalize(a) not in main and distinctive(a)]
        words = [t for t in tokenize(fu.text) if t.kind == "word" and t.text not in STOPWORDS]
        own = [f"{x.text} {y.text}" for x, y in zip(words, words[1:]) if y.start - x.end <= 2]
        own = [p for p in own if normalize(p) not in main and distinctive(p)]
        # and the long words of the follow-up itself that the main question never uses ("secrets", "positives")
        own += [t.text for t in words if len(t.text) >= 7 and t.stem not in main_words and t.text not in GENERIC
                and t.text not in main]
        topics[fu.text] = own
        return Matcher((k, v) for k, v in topics.items() if v)

    return per_question(fu, "topics", build)


def _raised(question: Question, fu: FollowUp, tokens: Sequence[Token]) -> list[str]:
    """What the candidate said of this follow-up's subject: one phrase per distinct topic."""
    first: dict[str, str] = {}
    for m in _topic_matcher(question, fu).find(tokens):
        if not m.negated:
            first.setdefault(m.concept_id, m.alias)
    return list(first.values())


def _or(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def choose_follow_up(
    question: Question | FollowUp, verdict: Verdict, *, facts: Facts | None = None,
    tokens: Sequence[Token] | None = None,
) -> FollowUpChoice | None:
    """The follow-up to ask after ``verdict`` (None for follow-ups themselves or when there are none)."""
    if not isinstance(question, Question) or not question.follow_ups:
        return None
    if facts is None:
        facts = facts_from_verdict(question, verdict)
    strong = verdict.score >= STRONG_SCORE and not verdict.red_flags
    tokens = tokens if tokens is not None else tokenize(verdict.transcript)
    best: tuple[float, int, FollowUp, str] | None = None
    flagged = _flagged_ideas(question, verdict)
    for order, fu in enumerate(question.follow_ups):
        raised = _raised(question, fu, tokens)  # the candidate brought up this follow-up's subject
        ok, _, _ = eval_rule(fu.trigger, facts)
        if not ok and len(raised) < 2:
            continue  # without its trigger, a follow-up needs the candidate to have clearly raised its subject
        gap, claim, missing, negated, present = _weights(fu.trigger, facts) if ok else (0.0, 0.0, [], [], [])
        topical = (2.0 if ok else 1.0) * min(len(raised), 2)
        if fu.trigger.always and not (gap or claim or topical):
            priority = -1.0  # an unconditional fallback ranks last
        elif strong:
            priority = 2.0 * claim + 0.8 * gap + topical
        else:
            priority = 2.0 * gap + 0.6 * claim + topical
        if ok and flagged & _ideas(fu.trigger):
            priority += FLAGGED_BONUS
        if raised and (topical >= 2.0 * gap or not ok):
            reason = f"you brought up {raised[0]}"
        else:
            reason = _reason(fu.trigger, facts, missing, negated, present, prefer_claim=strong)
        if best is None or priority > best[0]:
            best = (priority, order, fu, reason)
    if best is None:
        fu = question.follow_ups[0]
        return FollowUpChoice(fu.id, fu.text, "a natural next step after your answer")
    _, _, fu, reason = best
    return FollowUpChoice(fu.id, fu.text, reason)
