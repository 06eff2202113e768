"""Evaluating a bank :class:`~voice_interviewer.bank.Rule` (red flag or follow-up trigger) against an answer.

A rule holds when all its conditions hold (``any_of``: one of its sub-rules). Besides yes/no, each
evaluation returns one-line reasons and the evidence that shows it, so a raised flag can say why and
quote the candidate ("says there was no data versioning: “never versioned the data”").
"""

from __future__ import annotations

import functools

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .bank import FollowUp, Question, Rule
from .matching import tokenize
from .signals import find_blame
from .verdict import ConceptHit, Evidence, Verdict

STAR_PARTS = ("situation", "task", "action", "result")
#: Concepts of behavioural questions that mark the shape of a story rather than its subject.
STORY_MARKERS = frozenset({*STAR_PARTS, "challenge", "learning", "stakeholders", "ownership", "no-ownership"})


#: A flag about an idea's absence ("no mention of alerting") is not stopped by the idea heard only
#: faintly by meaning (below this similarity: "which catches data drift such as…" at 0.53 for
#: alerting) — unless at least ``OWN_WORDS_ANSWER`` ideas were heard by meaning: an answer told in
#: plain words, where faint hits are how the ideas are said. Over the tuning sets (one run each):
#: recall 0.820 -> 0.849, precision 0.887 -> 0.888, ranking unchanged; applied to every answer it
#: cost precision (0.879) and ranking (-0.004), four flags on plain-words answers.
FAINT_MEANING = 0.56
OWN_WORDS_ANSWER = 5


def in_own_words(concepts: Sequence[ConceptHit]) -> int:
    """How many ideas were heard by meaning: said in the candidate's own words, not the bank's."""
    return sum(1 for c in concepts if c.hit and c.how == "meaning" and c.kind != "signal")


@dataclass
class Facts:
    """What rules are evaluated against; built from a fresh analysis or from a stored verdict."""

    concepts: dict[str, ConceptHit]
    stages: tuple[str, ...]
    words: int
    quantified: int
    blame: list[Evidence]
    unexplained_tools: list[Evidence]
    tools_unexplained: bool
    explained: int = 0

    def generic(self) -> bool:
        """Nothing specific: no tool named, no number, and fewer than two subject ideas explained."""
        if self.tools_hit() or self.quantified:
            return False
        return self.explained < 2

    @property
    def hit(self) -> set[str]:
        return {c.id for c in self.concepts.values() if c.hit}

    @functools.cached_property
    def faint(self) -> float:
        """Below this similarity an idea heard only by meaning is too faint to stop a flag about its
        absence (0 when the answer is told in the candidate's own words; see ``FAINT_MEANING``)."""
        return FAINT_MEANING if in_own_words(list(self.concepts.values())) < OWN_WORDS_ANSWER else 0.0

    def heard(self, cid: str) -> bool:
        """Is the idea said, clearly enough for the rules (not only faintly by meaning)?"""
        c = self.concepts.get(cid)
        return c is not None and c.hit and not (c.how == "meaning" and (c.similarity or 0.0) < self.faint)

    def stage_hits(self, clearly: bool = False) -> set[str]:
        """The stages the answer speaks to; with ``clearly``, only through ideas heard clearly enough
        (how many stages an answer connects is not raised by faint echoes; whether it speaks to one
        stage at all is, as plain words often are near the line)."""
        return {c.stage for c in self.concepts.values()
                if c.kind != "signal" and (self.heard(c.id) if clearly else c.hit)
                and not (c.kind == "tool" and c.stage in self._denied_stages)}

    @functools.cached_property
    def _denied_stages(self) -> frozenset[str]:
        """Stages whose ideas are denied and none said: a product named there does not show the
        practice ("they did talk about Docker at some point, but I don't think it's containerised")."""
        ideas: dict[str, list[ConceptHit]] = {}
        for c in self.concepts.values():
            if c.kind not in ("tool", "signal"):
                ideas.setdefault(c.stage, []).append(c)
        return frozenset(st for st, cs in ideas.items()
                         if any(c.negated for c in cs) and not any(c.hit for c in cs))

    def tools_hit(self) -> list[ConceptHit]:
        """The products the answer *names*. One heard only by meaning ("we have dashboards and get
        notified" near Grafana) was described, not named: it earns credit, but a flag about naming
        no tool still stands."""
        return [c for c in self.concepts.values() if c.hit and c.kind == "tool" and c.how != "meaning"]

    def has_tools(self) -> bool:
        return any(c.kind == "tool" for c in self.concepts.values())


def eval_rule(rule: Rule, facts: Facts) -> tuple[bool, list[str], list[Evidence]]:
    """Does ``rule`` hold? Also returns one-line reasons and the evidence that shows it."""
    reasons: list[str] = []
    evidence: list[Evidence] = []
    cs = facts.concepts

    def label(cid: str) -> str:
        return cs[cid].label if cid in cs else cid

    def missing(cid: str) -> bool:
        return cid not in cs or not cs[cid].hit

    # an idea heard only faintly by meaning does not stop a flag about its absence, unless the
    # answer is told in the candidate's own words throughout (then faint hits are how it speaks)
    def unheard(cid: str) -> bool:
        return not facts.heard(cid)

    def negation_evidence(ids: Iterable[str]) -> None:
        for cid in ids:
            c = cs.get(cid)
            if c and c.negated and c.evidence:
                evidence.append(c.evidence)

    def absent(ids: Sequence[str], join: Callable[[list[str]], str]) -> str:
        wrong = [c for c in ids if c in cs and cs[c].misconception]
        if wrong:
            return misread(wrong)
        said_no = [c for c in ids if c in cs and cs[c].negated]
        if said_no and len(said_no) == len(ids):
            return "says there was no " + join([label(c) for c in said_no])
        return "no mention of " + join([label(c) for c in ids])

    def misread(ids: Sequence[str]) -> str:
        return "misunderstands " + _and([f"{label(c)} (“{cs[c].misconception}”)" for c in ids])

    if rule.missing_all:
        if not all(unheard(c) for c in rule.missing_all):
            return False, [], []
        reasons.append(absent(rule.missing_all, _or))
        negation_evidence(rule.missing_all)
    if rule.unmentioned_all:
        if not all(unheard(c) and not (c in cs and cs[c].negated) for c in rule.unmentioned_all):
            return False, [], []
        reasons.append(absent(rule.unmentioned_all, _or))
    if rule.missing_any:
        gone = [c for c in rule.missing_any if unheard(c)]
        if not gone:
            return False, [], []
        reasons.append(absent(gone, _and))
        negation_evidence(gone)
    if rule.present_any:
        here = [c for c in rule.present_any if not missing(c)]
        if not here:
            return False, [], []
        reasons.append("mentions " + _and([_quote_or_label(cs[c]) for c in here]))
        evidence.extend(e for c in here if (e := cs[c].evidence) is not None)
    if rule.present_all:
        if any(missing(c) for c in rule.present_all):
            return False, [], []
        reasons.append("mentions " + _and([_quote_or_label(cs[c]) for c in rule.present_all]))
        evidence.extend(e for c in rule.present_all if (e := cs[c].evidence) is not None)
    if rule.negated_any:
        neg = [c for c in rule.negated_any if c in cs and cs[c].negated]
        if not neg:
            return False, [], []
        wrong = [c for c in neg if cs[c].misconception]
        said_no = [c for c in neg if not cs[c].misconception]
        if wrong:
            reasons.append(misread(wrong))
        if said_no:
            reasons.append("says there was no " + _and([label(c) for c in said_no]))
        negation_evidence(neg)
    if rule.missing_stages_any:
        hit_stages = facts.stage_hits()
        gone = [s for s in rule.missing_stages_any if s not in hit_stages]
        if not gone:
            return False, [], []
        reasons.append("nothing about " + _and(gone))
    if rule.stages_covered_below is not None:
        clear = facts.stage_hits(clearly=True)
        covered = [s for s in facts.stages if s in clear]
        if len(covered) >= rule.stages_covered_below:
            return False, [], []
        reasons.append(f"covers {len(covered)} of {len(facts.stages)} stages"
                       + (f" ({', '.join(covered)})" if covered else ""))
    if rule.tools_mentioned_below is not None:
        tools = facts.tools_hit()
        if len(tools) >= rule.tools_mentioned_below:
            return False, [], []
        reasons.append("names no specific tool" if not tools else
                       f"names only {_and([_quote_or_label(t) for t in tools])}")
    if rule.tools_unexplained:
        if not facts.tools_unexplained:
            return False, [], []
        names = [e.quote for e in facts.unexplained_tools]
        reasons.append(f"lists {_and(names[:5])} without saying what they are used for")
        evidence.extend(facts.unexplained_tools)
    if rule.no_quantified_impact:
        if facts.quantified:
            return False, [], []
        reasons.append("no numbers on the impact")
    if rule.blame_language:
        if not facts.blame:
            return False, [], []
        reasons.append(f"puts it on others: \u201c{facts.blame[0].quote}\u201d")
        evidence.extend(facts.blame)
    if rule.generic_only:
        if not facts.generic():
            return False, [], []
        reasons.append("no specific tool, platform or component named")
    if rule.words_below is not None:
        if facts.words >= rule.words_below:
            return False, [], []
        reasons.append(f"only {facts.words} words")
    if rule.any_of:
        results = [eval_rule(sub, facts) for sub in rule.any_of]
        held = [r for r in results if r[0]]
        if not held:
            return False, [], []
        held.sort(key=lambda r: (not r[1][0].startswith("says there was no"), not r[2]))  # admissions, then quotes
        reasons.extend(held[0][1])
        for r in held:
            evidence.extend(r[2])
    if rule.always:
        reasons.append(reasons and reasons.pop() or "asked of every answer")
    unique: dict[tuple[int, int], Evidence] = {}
    for e in evidence:
        unique.setdefault((e.start_char, e.end_char), e)
    return True, reasons, sorted(unique.values(), key=lambda e: e.start_char)


def _quote_or_label(c: ConceptHit) -> str:
    return c.evidence.quote if c.evidence and len(c.evidence.quote) <= 40 else c.label


def _and(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _or(items: list[str]) -> str:
    items = list(dict.fromkeys(items))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1] if items else ""


def facts_from_verdict(question: Question | FollowUp, verdict: Verdict) -> Facts:
    """Facts for rule evaluation from a stored verdict (replay, follow-up choice)."""
    kinds = {c.id: c.kind for c in question.concepts}
    concepts = {c.id: (c if c.kind == kinds.get(c.id, c.kind) else ConceptHit(
        c.id, c.label, c.stage, c.weight, c.hit, c.negated, c.evidence, kinds[c.id], c.explained, c.how,
        c.similarity, c.misconception, c.idea))
        for c in verdict.concepts}
    tools = [c for c in concepts.values() if c.hit and c.kind == "tool"]
    unexplained = [c.evidence for c in tools if not c.explained and c.evidence]
    if "tools_unexplained" in verdict.breakdown:  # what the live analysis decided
        flagged_tools = bool(verdict.breakdown["tools_unexplained"])
    else:
        flagged_tools = len(tools) >= 2 and len(unexplained) / len(tools) > 0.5
    text = verdict.transcript
    tokens = tokenize(text)
    blame = [Evidence(text[s:e], s, e) for s, e in find_blame(text)]
    explained = sum(1 for c in concepts.values() if c.explained and c.kind != "signal" and c.id not in STORY_MARKERS)
    return Facts(concepts, question.stages, sum(1 for t in tokens if t.kind in ("word", "number")),
                 len(verdict.quantified), blame, unexplained, flagged_tools, explained)
