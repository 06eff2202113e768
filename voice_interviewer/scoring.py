"""The verdict on an answer: concepts covered, red flags, quantified impact, STAR and a score.

The rooms: :mod:`~voice_interviewer.analysis` finds what the answer names and how,
:mod:`~voice_interviewer.meaning` what it says in other words, :mod:`~voice_interviewer.points` turns
both into the number, and this module puts the verdict together (evidence, flags, notes, follow-up).

``score_answer(question, transcript)`` is pure: text (and optional word timings) in, a
:class:`Verdict` out. The score is meant to rank answers the way a careful interviewer would:

* coverage of the framework counts, but a concept only counts fully when it is *explained*
  (purpose words and content nearby: "we used DVC to version every training snapshot");
  a bare name counts less, and a name inside a list of names ("DVC, MLflow, Kubeflow…") least,
  so a keyword salad cannot beat an answer that explains fewer tools well;
* breadth over the framework's stages, reasons given ("because", "so that"), named tools,
  quantified impact and — for behavioural questions — the STAR parts add to it;
* red flags, filler, repetition, off-topic stretches and running far past the time target
  take away, and length itself earns nothing (no verbosity bias).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .analysis import Analysis, concepts_of, tools_unexplained
from .bank import Concept, FollowUp, Question, Rule
from .points import about_tools_only, score_parts, shows_the_practice, tool_concepts
from .rules import STORY_MARKERS, Facts, eval_rule, facts_from_verdict
from .sense import sense
from .star import find_star
from .transcript import Transcript
from .verdict import ConceptHit, Evidence, FlagHit, FollowUpChoice, Verdict

if TYPE_CHECKING:
    from .meaning import Embedder

__all__ = [
    "ConceptHit", "Evidence", "Facts", "FlagHit", "FollowUpChoice", "Verdict", "eval_rule", "facts_from_verdict",
    "score_answer",
]


# --------------------------------------------------------------------------- meaning

#: Calibrated on the tune split of tests/judgement_answers.py (see benchmarks/judgement.py).
MEANING_THRESHOLD = 0.42
MEANING_MARGIN = 0.03
MISCONCEPTION_THRESHOLD = 0.55
MEANING_CREDIT = 0.9  # an idea explained in plain words: nearly an explained alias (1.0)
MEANING_FULL = 0.52  # below this a meaning match is partial: some credit, not coverage
MEANING_PARTIAL = 0.75
MEANING_HEARD = 0.47  # from here a partial meaning match counts as said for the red flags ("missing X")
#: ... though a lone one is faint (see ``score_answer``); from this many, the answer speaks in its own
#: words. Over the twelve tuning sets (one run each): recall 0.897 -> 0.909 with every near-miss faint,
#: but three plain-words stories and two paraphrases drew false flags (precision 0.927 -> 0.923); with
#: a lone one only, recall 0.906 and precision 0.929, no false flag added.
NEAR_OWN_WORDS = 2


def _with_meaning(question: Question | FollowUp, a: Analysis, concepts: list[ConceptHit], embedder: "Embedder"
                  ) -> tuple[list[ConceptHit], dict[str, float], float]:
    """Concepts said in other words join those said in the bank's words; misconceptions undo credit."""
    from .meaning import find_meaning

    result = find_meaning(concepts_of(question), a.tokens, embedder, prompt=question.prompt,
                          threshold=MEANING_THRESHOLD, margin=MEANING_MARGIN,
                          misconception_threshold=MISCONCEPTION_THRESHOLD)
    hits = {h.concept_id: h for h in result.hits}
    wrong = {m.concept_id: m for m in result.misconceptions}
    credit: dict[str, float] = {}
    out = []
    for c in concepts:
        if c.id in wrong:
            m = wrong[c.id]
            out.append(replace(c, hit=False, negated=True, how=None, explained=False,
                               evidence=a.evidence(m.window.start_char, m.window.end_char),
                               similarity=m.similarity, misconception=m.belief))
            continue
        h = hits.get(c.id)
        if c.hit or h is None or c.kind == "signal":
            out.append(c)
            continue
        # the stretch in the original answer's characters, as the evidence of words is
        start, end = a.plain.span(h.window.start_char, h.window.end_char)
        if h.negated:
            # a product is denied by its name ("we never used Evidently"); speech that only sounds like
            # what it does, denied ("drift and all that is the data science team's job"), denies the
            # practice, which the practice's own idea carries
            # — when it is at least heard as the idea: a faint likeness denied ("… the run didn't always
            # record which state it used", 0.43 from environment consistency) denies something else
            # — and when no product of its stage is named, not denied, inside that stretch ("it's
            # Terraform for the cloud accounts and no met [Nomad, misheard] instead of …" names the
            # practice's product; the denial is about something else)
            if (not c.negated and c.kind != "tool" and h.similarity >= MEANING_HEARD
                    and not _named_within(concepts, c.stage, start, end)):
                out.append(replace(c, negated=True, evidence=a.evidence(h.window.start_char, h.window.end_char),
                                   similarity=h.similarity))
            else:
                out.append(c)
        elif _denied_there(c, start, end):
            # the stretch that sounds like the idea is the one that denies it by name: "we never needed
            # a separate data tool or a model registry because the nightly copies already contain
            # everything" does not version the models
            out.append(c)
        elif h.similarity >= MEANING_FULL:
            credit[c.id] = MEANING_CREDIT
            out.append(replace(c, hit=True, negated=False, explained=True, how="meaning", similarity=h.similarity,
                               evidence=a.evidence(h.window.start_char, h.window.end_char)))
        else:  # near the idea, not clearly it: some credit, but still missing for the red flags
            credit[c.id] = MEANING_PARTIAL
            out.append(replace(c, similarity=h.similarity,
                               evidence=a.evidence(h.window.start_char, h.window.end_char)))
    return out, credit, result.on_topic


def _denied_there(c: ConceptHit, start: int, end: int) -> bool:
    """Is ``c`` denied by its own words in a stretch that overlaps ``start``–``end``?"""
    return (c.negated and not c.hit and c.evidence is not None
            and c.evidence.start_char < end and start < c.evidence.end_char)


def _named_within(concepts: list[ConceptHit], stage: str, start: int, end: int) -> bool:
    """A product of ``stage`` heard by its name, not denied, between ``start`` and ``end``."""
    return any(t.kind == "tool" and t.stage == stage and t.hit and not t.negated and t.evidence is not None
               and start <= t.evidence.start_char and t.evidence.end_char <= end for t in concepts)


# --------------------------------------------------------------------------- score


def score_answer(question: Question | FollowUp, transcript: Transcript | str, *,
                 embedder: "Embedder | None" = None) -> Verdict:
    """Judge one answer to ``question`` (a main question or a follow-up).

    ``embedder`` (the sentence-embedding seam, :class:`~voice_interviewer.meaning.Embedder`) adds
    concepts matched by meaning to those matched by their words; without it the verdict rests on
    words alone."""
    if isinstance(transcript, str):
        transcript = Transcript.from_text(transcript)
    a = Analysis(question, transcript)
    concepts = a.concept_hits()
    meaning_credit: dict[str, float] = {}
    on_topic = None
    if embedder is not None:
        concepts, meaning_credit, on_topic = _with_meaning(question, a, concepts, embedder)
    order = sense(a.tokens)  # words that do not form sentences earn nothing, whatever they name
    # the red flags hear an idea said in other words once it is close enough, though it earns partial
    # credit; a product is not heard from something merely near what it does. A lone near-miss is as
    # faint as a meaning hit of the same closeness (rules.FAINT_MEANING): "…and once a job is finished"
    # at 0.50 for alerting does not stop "no alerts"; several are how an answer in plain words speaks
    near = {c.id for c in concepts if _heard(c, meaning_credit)}
    how = "meaning" if len(near) < NEAR_OWN_WORDS else None
    by_id = {c.id: replace(c, hit=True, how=how) if c.id in near else c for c in concepts}
    flagged_tools, unexplained = tools_unexplained(a.mentions)
    facts = Facts(
        by_id, question.stages, a.words, len(a.quantified),
        [a.evidence(s, e) for s, e in a.blame],
        [a.evidence(mn.match.start_char, mn.match.end_char) for mn in unexplained],
        flagged_tools,
        sum(1 for c in concepts if c.explained and c.kind != "signal" and c.id not in STORY_MARKERS),
    )
    flags: list[FlagHit] = []
    # ideas explained in the candidate's own words show the practice: a flag that only asks for
    # product names is left to the notes
    understood = shows_the_practice(concepts, a.words)
    tools = tool_concepts(question)
    withheld: list[str] = []
    wrong = [c for c in concepts if c.misconception]
    belief_flags = _flags_naming(question, wrong, embedder) if wrong and embedder is not None else {}
    named_flags = {(c.id, belief): fid for c in concepts_of(question) for belief, fid in c.belief_flags}
    for rf in getattr(question, "red_flags", ()):
        ok, reasons, ev = eval_rule(rf.rule, facts)
        if ok and understood and about_tools_only(rf.rule, tools):
            withheld.append(rf.id)
            continue
        if ok:
            flags.append(FlagHit(rf.id, rf.text, "; ".join(reasons), tuple(ev)))
            continue
        # a wrong belief is evidence for the flag that names it (the guide's wording, by meaning),
        # for a flag that listens for that concept being denied, or for one that asks for its stage
        # ("lock-in isn't a concern because it's all open source" is not seeing the weaknesses)
        for c in wrong:
            if (rf.id == belief_flags.get(c.id) or rf.id == named_flags.get((c.id, c.misconception or ""))
                    or c.id in _negated_ids(rf.rule)
                    or c.stage in _asked_stages(rf.rule)):
                flags.append(FlagHit(rf.id, rf.text, f"misconception: {c.misconception}",
                                     (c.evidence,) if c.evidence else ()))
                break

    behavioral = question.kind == "behavioral"
    quantified = [a.evidence(s, e) for s, e in a.quantified]
    star = None
    if behavioral:
        parts = find_star(a.text, a.quantified)
        star = {k: (a.evidence(*v) if v else None) for k, v in parts.items()}

    by_concept = {c.id: c for c in concepts_of(question)}
    framework = [c for c in concepts if c.kind != "signal"]  # signals are evidence for rules only
    total_w = sum(c.weight for c in framework) or 1.0
    coverage = sum(c.weight for c in framework if c.hit) / total_w
    breakdown = score_parts(question, a, framework, total_w, star, flags, meaning_credit, order)
    breakdown["tools_unexplained"] = 1.0 if flagged_tools else 0.0
    if on_topic is not None:
        breakdown["on_topic"] = on_topic
    concepts = [_with_idea(c, by_concept.get(c.id)) for c in concepts]
    notes = _notes(concepts, breakdown, coverage, flags, tools_asked=bool(withheld))
    is_main = isinstance(question, Question)
    verdict = Verdict(
        question_id=question.parent_id if isinstance(question, FollowUp) else question.id,
        follow_up_id=None if is_main else question.id,
        transcript=a.original,
        score=breakdown.pop("score"),
        coverage=round(coverage, 3),
        concepts=concepts,
        red_flags=flags,
        quantified=quantified,
        star=star,
        breakdown=breakdown,
        notes=notes,
    )
    if is_main:
        from .followup import choose_follow_up

        verdict.follow_up = choose_follow_up(question, verdict, facts=facts, tokens=a.tokens)
    return verdict


ON_TOPIC = 0.5  # an answer no part of which is this close to the question or a concept is off it


def _heard(c: ConceptHit, meaning_credit: dict[str, float]) -> bool:
    """A near-miss meaning match close enough that a flag for the idea being *missing* would be wrong."""
    return (not c.hit and not c.negated and not c.misconception and c.kind != "tool" and c.id in meaning_credit
            and c.similarity is not None and c.similarity >= MEANING_HEARD)


def _with_idea(hit: ConceptHit, concept: Concept | None) -> ConceptHit:
    """A concept not covered carries the idea listened for (its description's first sentence)."""
    if hit.hit or hit.kind != "concept" or concept is None or not concept.description:
        return hit
    first = re.split(r"(?<=[.!?])\s", concept.description.strip(), maxsplit=1)[0]
    return replace(hit, idea=first)


def _notes(concepts: list[ConceptHit], breakdown: dict[str, float], coverage: float, flags: list[FlagHit],
           tools_asked: bool = False) -> list[str]:
    """What the headline number would leave unsaid, so score, coverage and flags tell one story."""
    notes = []
    sense_factor = breakdown.get("sense", 1.0)
    if sense_factor <= 0.0:
        notes.append("These words do not form sentences, so nothing in them could be credited: "
                     "an interviewer needs the ideas explained, not the terms listed.")
    elif sense_factor < 1.0:
        notes.append("Much of this reads as a list of terms rather than sentences, which earns less "
                     "than explaining what each one is for.")
    on_topic = breakdown.get("on_topic")
    if on_topic is not None and on_topic < ON_TOPIC and breakdown.get("coverage_effective", 0.0) < 0.2:
        notes.append("This does not answer the question that was asked: nothing in it is about the question "
                     "or the ideas an interviewer listens for.")
    wrong = [c for c in concepts if c.misconception]
    if wrong:
        notes.append("A misunderstanding weighs more than a gap: see what was said about "
                     + ", ".join(c.label for c in wrong) + " below.")
    meaning = [c for c in concepts if c.how == "meaning"]
    if meaning and (tools_asked or any("tool" in f.text.lower() for f in flags)):
        notes.append("The ideas were explained in your own words (credited); naming the tools you used "
                     "would make the answer concrete.")
    if coverage >= 0.6 and breakdown.get("flag_penalty", 0.0) >= 0.24:
        notes.append("Good coverage, but the red flags below cost more than the gaps.")
    return notes


def _negated_ids(rule: Rule) -> set[str]:
    ids = set(rule.negated_any)
    for sub in rule.any_of:
        ids |= _negated_ids(sub)
    return ids


def _asked_stages(rule: Rule) -> set[str]:
    stages = set(rule.missing_stages_any)
    for sub in rule.any_of:
        stages |= _asked_stages(sub)
    return stages


BELIEF_FLAG_SIMILARITY = 0.5


def _flags_naming(question: Question | FollowUp, wrong: list[ConceptHit], embedder: "Embedder") -> dict[str, str]:
    """For each misunderstood concept, the red flag whose wording is closest to the belief heard."""
    red = list(getattr(question, "red_flags", ()))
    if not red:
        return {}
    vecs = embedder.embed([c.misconception or "" for c in wrong] + [rf.text for rf in red])
    sims = vecs[: len(wrong)] @ vecs[len(wrong):].T
    out = {}
    for k, c in enumerate(wrong):
        j = int(sims[k].argmax())
        if float(sims[k, j]) >= BELIEF_FLAG_SIMILARITY:
            out[c.id] = red[j].id
    return out
