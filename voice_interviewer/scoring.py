"""The verdict on an answer: concepts covered, red flags, quantified impact, STAR and a score.

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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Sequence

from .bank import Concept, FollowUp, Question, Rule
from .matching import Match, Matcher, Token, align_words, span_times, tokenize
from .signals import (
    count_padding,
    count_reasons,
    filler_count,
    find_blame,
    find_quantified,
    repetition,
    sentence_around,
)
from .sense import Sense, sense
from .star import find_star
from .text import plain
from .rules import STAR_PARTS, STORY_MARKERS, Facts, eval_rule, facts_from_verdict
from .transcript import Transcript
from .verdict import ConceptHit, Evidence, FlagHit, FollowUpChoice, Verdict

if TYPE_CHECKING:
    from .meaning import Embedder

__all__ = [
    "ConceptHit", "Evidence", "Facts", "FlagHit", "FollowUpChoice", "Verdict", "eval_rule", "facts_from_verdict",
    "score_answer",
]


# --------------------------------------------------------------------------- analysis

STOPWORDS = frozenset(
    """a an the and or but so of to in on at for with by from as is are was were be been being it its this that
    these those there here we i you they he she our my your their us me them him her what which who whom whose
    when where how why all any some each every both few more most other such no nor not only own same than too
    very can will just do does did done have has had having would should could also then else into onto over under
    about up down out off again once use used using uses like really thing things stuff lot lots get got getting
    make made one um uh yeah okay ok well sure right basically actually kind sort know mean think guess pretty
    quite just even still etc whatever way ways something everything anything them those
    important super great obviously good big nice whole standard usual exactly probably maybe honestly course
    definitely absolutely huge critical key crucial essential everybody everyone somebody someone stuff pretty
    kinda gonna wanna lot always often sometimes usually generally typically various different many much
    bunch couple few several true yes yep nope anyway anyways popular powerful tool tools technology
    technologies solution solutions option options recommend modern""".split()
)
_PURPOSE_CUES = frozenset(
    """to for because so which that lets let allows allow allowed allowing enable enables enabled helps help helped
    handles handle via by where whenever since instead track tracks tracked manage manages managed""".split()
)


@dataclass
class _Mention:
    match: Match
    concept: Concept
    explained: bool = False
    listed: bool = False
    applied: bool = False  # used in context ("we deploy on Kubernetes"), even if not explained


def _concepts_of(question: Question | FollowUp) -> tuple[Concept, ...]:
    return question.concepts


_MATCHERS: dict[int, tuple[object, Matcher, frozenset[str]]] = {}


def _matcher(question: Question | FollowUp) -> tuple[Matcher, frozenset[str]]:
    entry = _MATCHERS.get(id(question))
    if entry is None or entry[0] is not question:
        concepts = _concepts_of(question)
        m = Matcher((c.id, c.aliases) for c in concepts)
        tools = frozenset(c.id for c in concepts if c.kind == "tool")
        if len(_MATCHERS) > 512:
            _MATCHERS.clear()
        entry = _MATCHERS[id(question)] = (question, m, tools)
    return entry[1], entry[2]


_RUN_JOINERS = frozenset({"and", "or", "plus", "also", "then", "as", "well"})


def _runs(tokens: Sequence[Token], matches: Sequence[Match]) -> dict[int, str]:
    """Matches that sit in a run of three or more names with nothing but "and"/"or" between, each
    with its place in the run: ``"first"``, ``"middle"`` or ``"last"``."""
    order = sorted(range(len(matches)), key=lambda k: (matches[k].first, matches[k].last))
    out: dict[int, str] = {}
    run: list[int] = []

    def close(run: list[int]) -> None:
        starts = sorted({matches[j].first for j in run})
        if len(starts) >= 3:
            for j in run:
                out[j] = ("first" if matches[j].first == starts[0]
                          else "last" if matches[j].first == starts[-1] else "middle")

    last_end = -10
    for k in order:
        m = matches[k]
        if m.first <= last_end:  # overlapping matches (two concepts, same words) share a slot
            run.append(k)
            last_end = max(last_end, m.last)
            continue
        between = [t for t in tokens[last_end + 1 : m.first] if t.kind != "filler"]
        joined = run and not tokens[m.first].stop_before and len(between) <= 2 and all(
            t.text in _RUN_JOINERS for t in between)
        if not joined:
            close(run)
            run = []
        run.append(k)
        last_end = max(last_end, m.last)
    close(run)
    return out


def _explained(tokens: Sequence[Token], m: Match, covered: set[int], echo: frozenset[str] = frozenset(),
               strict: bool = False, content_out: list[int] | None = None, sides: str = "both") -> bool:
    """Is this mention explained: content words and a purpose cue around it in the same clause?

    Other concept mentions nearby are skipped, not counted: a list of names explains nothing.
    ``sides`` ("both", "before", "after") limits where the explanation may be.
    """
    content = 0
    cue = False
    i, steps = m.first, 0
    while i > 0 and steps < 6 and sides != "after":
        if tokens[i].stop_before:
            break
        i -= 1
        t = tokens[i]
        if i in covered or t.kind == "filler":
            continue
        steps += 1
        if t.text in _PURPOSE_CUES:
            cue = True
        elif t.kind == "word" and len(t.text) > 2 and t.text not in STOPWORDS and t.stem not in echo:
            content += 1
    j, steps = m.last + 1, 0
    while j < len(tokens) and steps < 10 and sides != "before":
        t = tokens[j]
        if t.stop_before:
            break
        j += 1
        if j - 1 in covered or t.kind == "filler":
            continue
        steps += 1
        if t.text in _PURPOSE_CUES:
            cue = True
        elif (t.kind == "word" and len(t.text) > 2 and t.text not in STOPWORDS and t.stem not in echo) or (
                t.kind == "number"):
            content += 1
    if strict:
        return cue and content >= 3
    if content_out is not None:
        content_out.append(content)
    return content >= 3 or (cue and content >= 2)


def _next_to_idea(tokens: Sequence[Token], m: Match, ideas: set[int], reach: int = 4) -> bool:
    """A tool put to a named use in the same clause: "tracked experiments in MLflow", "DVC for data versioning"."""
    for direction in (-1, 1):
        k = m.first - 1 if direction < 0 else m.last + 1
        steps = 0
        while 0 <= k < len(tokens) and steps <= reach:
            if (tokens[k + 1].stop_before if direction < 0 else tokens[k].stop_before):
                break
            if k in ideas:
                return True
            steps += tokens[k].kind != "filler"
            k += direction
    return False


def _listed(tokens: Sequence[Token], m: Match, covered: set[int]) -> bool:
    """Is the mention one item of a bare list of names ("DVC, MLflow, Kubeflow")?"""
    neighbours = 0
    for direction in (-1, 1):
        k = m.first - 1 if direction < 0 else m.last + 1
        gap = 0
        while 0 <= k < len(tokens) and gap <= 2:
            if k in covered:
                neighbours += 1
                break
            t = tokens[k]
            if t.text in ("and", "or", "plus", "also", "then", "the") or t.kind == "filler":
                gap += 1
                k += direction
                continue
            break
        else:
            continue
    return neighbours >= 1 and _comma_or_and_near(tokens, m)


def _comma_or_and_near(tokens: Sequence[Token], m: Match) -> bool:
    nxt = m.last + 1
    return (tokens[m.first].comma_before or (nxt < len(tokens) and (tokens[nxt].comma_before
            or tokens[nxt].text in ("and", "or"))) or (m.first > 0 and tokens[m.first - 1].text in ("and", "or")))


_ECHO: dict[int, tuple[object, frozenset[str]]] = {}


def _echo(question: Question | FollowUp) -> frozenset[str]:
    entry = _ECHO.get(id(question))
    if entry is None or entry[0] is not question:
        if len(_ECHO) > 512:
            _ECHO.clear()
        entry = _ECHO[id(question)] = (question, _prompt_stems(question))
    return entry[1]


def _prompt_stems(question: Question | FollowUp) -> frozenset[str]:
    """Words of the question itself: repeating them back explains nothing."""
    return frozenset(t.stem for t in tokenize(question.prompt) if t.kind == "word" and t.text not in STOPWORDS)


_MANUAL = frozenset({"manually", "manual", "hand", "adhoc", "ad-hoc"})


def _manual(tokens: Sequence[Token], m: Match, concept: Concept) -> Match:
    """"We retrained it by hand" is not automated retraining: treat it as a negated mention."""
    if m.negated or "automat" not in (concept.id + " " + concept.label).lower():
        return m
    if any(tokens[i].text.startswith("automat") for i in range(m.first, m.last + 1)):
        return m
    lo, hi = max(0, m.first - 3), min(len(tokens), m.last + 4)
    for i in range(lo, hi):
        if tokens[i].text in _MANUAL and not (i > m.last and any(tokens[k].stop_before for k in range(m.last + 1, i + 1))):
            s, e = min(tokens[i].start, m.start_char), max(tokens[i].end, m.end_char)
            return Match(m.concept_id, m.alias, m.first, m.last, m.start_char, m.end_char, m.fuzzy, True, s, e)
    return m


class _Analysis:
    def __init__(self, question: Question | FollowUp, transcript: Transcript):
        self.question = question
        self.original = transcript.text
        self.plain = plain(transcript.text)
        self.text = self.plain.text  # every judgement reads the plain form: punctuation and case do not count
        self.tokens = tokenize(self.text)
        self.aligned = align_words(self.original, transcript.words) if transcript.words else []
        matcher, _ = _matcher(question)
        by_id = {c.id: c for c in _concepts_of(question)}
        echo = _echo(question)
        self.matches = [_manual(self.tokens, m, by_id[m.concept_id]) for m in matcher.find(self.tokens)]
        covered = {i for m in self.matches for i in range(m.first, m.last + 1)}
        self.mentions = [_Mention(m, by_id[m.concept_id]) for m in self.matches]
        tool_tokens = {i for mn in self.mentions if mn.concept.kind == "tool"
                       for i in range(mn.match.first, mn.match.last + 1)}
        # ideas that give a nearby tool its purpose; a product name inside a list of tools ("…, Jenkins, Feast") does not
        in_run = _runs(self.tokens, self.matches)  # "MLflow DVC Kubeflow Docker": names strung together
        ideas = {i for k, mn in enumerate(self.mentions) if mn.concept.kind == "concept" and not mn.match.negated
                 and k not in in_run
                 and not _listed(self.tokens, mn.match, tool_tokens - set(range(mn.match.first, mn.match.last + 1)))
                 for i in range(mn.match.first, mn.match.last + 1)}
        for k, mn in enumerate(self.mentions):
            if not mn.match.negated:
                own = set(range(mn.match.first, mn.match.last + 1))
                if k in in_run:  # one item of a run of names: only a real purpose clause explains it,
                    # or, at either end of the run, words on its own side ("…, DVC and Kubeflow to orchestrate
                    # the training jobs"), since a run read without punctuation may be two clauses meeting
                    place = in_run[k]
                    mn.explained = _explained(self.tokens, mn.match, covered - own, echo, strict=True) or (
                        place != "middle" and _explained(self.tokens, mn.match, covered - own, echo,
                                                         sides="before" if place == "first" else "after"))
                else:
                    content: list[int] = []
                    mn.explained = _explained(self.tokens, mn.match, covered - own,
                                              echo if mn.concept.kind != "tool" else frozenset(),
                                              content_out=content) or (
                        mn.concept.kind == "tool" and _next_to_idea(self.tokens, mn.match, ideas - own))
                mn.listed = not mn.explained and (k in in_run or _listed(self.tokens, mn.match, covered - own))
                mn.applied = mn.explained or (not mn.listed and k not in in_run and bool(content) and content[0] >= 1)
        self.words = sum(1 for t in self.tokens if t.kind in ("word", "number"))
        self.quantified = find_quantified(self.tokens)
        self.blame = find_blame(self.text)

    def evidence(self, start: int, end: int, *, sentence: bool = False) -> Evidence:
        """``plain text[start:end]`` quoted from the original answer (the whole sentence around it
        when ``sentence``), with times when the words have them."""
        start, end = self.plain.span(start, end)
        if sentence:
            start, end = sentence_around(self.original, start, end)
        s, e = span_times(self.aligned, start, end) if self.aligned else (None, None)
        return Evidence(self.original[start:end], start, end, s, e)

    def concept_hits(self) -> list[ConceptHit]:
        out = []
        for c in _concepts_of(self.question):
            pos = [mn for mn in self.mentions if mn.concept.id == c.id and not mn.match.negated]
            neg = [mn for mn in self.mentions if mn.concept.id == c.id and mn.match.negated]
            if pos:
                best = next((mn for mn in pos if mn.explained), pos[0])
                ev = self.evidence(best.match.start_char, best.match.end_char)
                out.append(ConceptHit(c.id, c.label, c.stage, c.weight, True, False, ev, c.kind,
                                      any(mn.explained for mn in pos), how="alias"))
            elif neg:
                m = neg[0].match
                ev = self.evidence(m.neg_start_char, m.neg_end_char)
                out.append(ConceptHit(c.id, c.label, c.stage, c.weight, False, True, ev, c.kind, False))
            else:
                out.append(ConceptHit(c.id, c.label, c.stage, c.weight, False, False, None, c.kind, False))
        return out


def _tools_unexplained(mentions: list[_Mention]) -> tuple[bool, list[_Mention]]:
    """Tools named but not put to use: >= 2 distinct tools and most of them bare names, or >= 3 in a bare list."""
    tools: dict[str, list[_Mention]] = {}
    for mn in mentions:
        if mn.concept.kind == "tool" and not mn.match.negated:
            tools.setdefault(mn.match.alias.lower(), []).append(mn)
    if not tools:
        return False, []
    unexplained = [ms[0] for ms in tools.values() if not any(m.explained for m in ms)]
    unused = [ms[0] for ms in tools.values() if not any(m.applied for m in ms)]
    listed = [m for m in unexplained if m.listed]
    flagged = (len(tools) >= 2 and len(unused) / len(tools) > 0.5) or len(listed) >= 3
    return flagged, (unused if len(unused) >= 2 else unexplained)


# --------------------------------------------------------------------------- meaning

#: Calibrated on the tune split of tests/judgement_answers.py (see benchmarks/judgement.py).
MEANING_THRESHOLD = 0.42
MEANING_MARGIN = 0.03
MISCONCEPTION_THRESHOLD = 0.55
MEANING_CREDIT = 0.9  # an idea explained in plain words: nearly an explained alias (1.0)
MEANING_FULL = 0.52  # below this a meaning match is partial: some credit, not coverage
MEANING_PARTIAL = 0.75
MISCONCEPTION_PENALTY = 0.15


def _with_meaning(question: Question | FollowUp, a: _Analysis, concepts: list[ConceptHit], embedder: "Embedder"
                  ) -> tuple[list[ConceptHit], dict[str, float], float]:
    """Concepts said in other words join those said in the bank's words; misconceptions undo credit."""
    from .meaning import find_meaning

    result = find_meaning(_concepts_of(question), a.tokens, embedder, prompt=question.prompt,
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
        elif h.negated:
            if not c.negated:
                out.append(replace(c, negated=True, evidence=a.evidence(h.window.start_char, h.window.end_char),
                                   similarity=h.similarity))
            else:
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


# --------------------------------------------------------------------------- score


def score_answer(question: Question | FollowUp, transcript: Transcript | str, *,
                 embedder: "Embedder | None" = None) -> Verdict:
    """Judge one answer to ``question`` (a main question or a follow-up).

    ``embedder`` (the sentence-embedding seam, :class:`~voice_interviewer.meaning.Embedder`) adds
    concepts matched by meaning to those matched by their words; without it the verdict rests on
    words alone."""
    if isinstance(transcript, str):
        transcript = Transcript.from_text(transcript)
    a = _Analysis(question, transcript)
    concepts = a.concept_hits()
    meaning_credit: dict[str, float] = {}
    on_topic = None
    if embedder is not None:
        concepts, meaning_credit, on_topic = _with_meaning(question, a, concepts, embedder)
    order = sense(a.tokens)  # words that do not form sentences earn nothing, whatever they name
    by_id = {c.id: c for c in concepts}
    flagged_tools, unexplained = _tools_unexplained(a.mentions)
    facts = Facts(
        by_id, question.stages, a.words, len(a.quantified),
        [a.evidence(s, e) for s, e in a.blame],
        [a.evidence(mn.match.start_char, mn.match.end_char) for mn in unexplained],
        flagged_tools,
        sum(1 for c in concepts if c.explained and c.kind != "signal" and c.id not in STORY_MARKERS),
    )
    flags: list[FlagHit] = []
    wrong = [c for c in concepts if c.misconception]
    belief_flags = _flags_naming(question, wrong, embedder) if wrong and embedder is not None else {}
    for rf in getattr(question, "red_flags", ()):
        ok, reasons, ev = eval_rule(rf.rule, facts)
        if ok:
            flags.append(FlagHit(rf.id, rf.text, "; ".join(reasons), tuple(ev)))
            continue
        # a wrong belief is evidence for the flag that names it (the guide's wording, by meaning),
        # or for a flag that listens for that concept being denied
        for c in wrong:
            if rf.id == belief_flags.get(c.id) or c.id in _negated_ids(rf.rule):
                flags.append(FlagHit(rf.id, rf.text, f"misconception: {c.misconception}",
                                     (c.evidence,) if c.evidence else ()))
                break

    behavioral = question.kind == "behavioral"
    quantified = [a.evidence(s, e) for s, e in a.quantified]
    star = None
    if behavioral:
        parts = find_star(a.text, a.quantified)
        star = {k: (a.evidence(*v) if v else None) for k, v in parts.items()}

    by_concept = {c.id: c for c in _concepts_of(question)}
    framework = [c for c in concepts if c.kind != "signal"]  # signals are evidence for rules only
    total_w = sum(c.weight for c in framework) or 1.0
    coverage = sum(c.weight for c in framework if c.hit) / total_w
    breakdown = _score(question, a, framework, total_w, star, flags, meaning_credit, order)
    breakdown["tools_unexplained"] = 1.0 if flagged_tools else 0.0
    if on_topic is not None:
        breakdown["on_topic"] = on_topic
    concepts = [_with_idea(c, by_concept.get(c.id)) for c in concepts]
    notes = _notes(concepts, breakdown, coverage, flags)
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


def _with_idea(hit: ConceptHit, concept: Concept | None) -> ConceptHit:
    """A concept not covered carries the idea listened for (its description's first sentence)."""
    if hit.hit or hit.kind != "concept" or concept is None or not concept.description:
        return hit
    first = re.split(r"(?<=[.!?])\s", concept.description.strip(), maxsplit=1)[0]
    return replace(hit, idea=first)


def _notes(concepts: list[ConceptHit], breakdown: dict[str, float], coverage: float, flags: list[FlagHit]
           ) -> list[str]:
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
    if meaning and any("tool" in f.text.lower() for f in flags):
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


def _about_tools_only(rule: Rule) -> bool:
    """A rule that only asks whether tools were named (every alternative of it)."""
    if rule.any_of:
        return all(_about_tools_only(sub) for sub in rule.any_of)
    concepts = rule.concept_ids() - set(rule.negated_any)
    return (rule.tools_mentioned_below is not None or rule.tools_unexplained or rule.generic_only
            or bool(rule.negated_any)) and not concepts and not rule.missing_stages_any \
        and rule.stages_covered_below is None and not rule.no_quantified_impact and not rule.blame_language


def _uses_blame(rule: Rule) -> bool:
    return rule.blame_language or any(_uses_blame(sub) for sub in rule.any_of)


def _score(question: Question | FollowUp, a: _Analysis, concepts: list[ConceptHit], total_w: float,
           star: dict[str, Evidence | None] | None, flags: list[FlagHit],
           meaning_credit: dict[str, float] | None = None, order: Sense | None = None) -> dict[str, float]:
    """The 0-100 verdict and its parts (kept in ``breakdown`` so the number can be explained)."""
    blame_flags = {rf.id for rf in getattr(question, "red_flags", ()) if _uses_blame(rf.rule)}
    credit: dict[str, float] = dict(meaning_credit or {})
    prompt = _echo_text(question)
    for mn in a.mentions:
        if mn.match.negated or mn.concept.kind == "signal":
            continue
        got = 1.0 if mn.explained else (0.45 if mn.listed else 0.6)
        said = " ".join(a.tokens[i].stem for i in range(mn.match.first, mn.match.last + 1))
        if not mn.explained and f" {said} " in prompt:
            got *= 0.5  # repeating the question's own words is not an answer
        credit[mn.concept.id] = max(credit.get(mn.concept.id, 0.0), got)
    for c in concepts:  # a misunderstood concept earns nothing, whatever words were said
        if c.misconception:
            credit.pop(c.id, None)
    sense_factor = order.factor if order is not None else 1.0
    if sense_factor <= 0.0:
        credit = {}
    cov_eff = sum(c.weight * credit.get(c.id, 0.0) for c in concepts) / total_w
    coverage_term = min(1.0, cov_eff / 0.6)
    stages = question.stages
    hit_stages = {c.stage for c in concepts if c.hit}
    # breadth and specificity count what was said usefully: a stage touched only by a bare list counts little
    stage_credit: dict[str, float] = {}
    for c in concepts:
        stage_credit[c.stage] = max(stage_credit.get(c.stage, 0.0), credit.get(c.id, 0.0))
    breadth = sum(min(1.0, stage_credit.get(st, 0.0) / 0.6) for st in stages) / len(stages) if stages else 0.0
    explained = {mn.concept.id for mn in a.mentions
                 if mn.explained and not mn.match.negated and mn.concept.kind != "signal"}
    explained |= {cid for cid in (meaning_credit or {}) if cid in credit}
    depth = min(1.0, len(explained) / 4)
    reasons = min(1.0, count_reasons(a.text) / 3)
    tools = {c.id for c in concepts if c.hit and c.kind == "tool"}
    has_tools = any(c.kind == "tool" for c in concepts)
    tool_credit = sum(min(1.0, credit.get(t, 0.0) / 0.6) for t in tools)
    specific = min(1.0, tool_credit / 1.5) if has_tools else min(1.0, len(hit_stages) / 2)
    # concrete mechanisms described in plain words are specific too, whatever the tools
    specific = max(specific, min(1.0, len(meaning_credit or {}) / 3))
    quant = 0.0 if not a.quantified else (0.7 if len(a.quantified) == 1 else 1.0)

    hands_on = _hands_on(a, singular=question.kind == "behavioral")
    if question.kind == "behavioral":
        star_share = sum(1 for v in (star or {}).values() if v) / 4
        # a well-told story only counts as far as it is about the subject (not the STAR markers themselves)
        tech = [c for c in concepts if c.id not in STORY_MARKERS]
        tech_w = sum(c.weight for c in tech) or 1.0
        relevance = min(1.0, sum(c.weight * credit.get(c.id, 0.0) for c in tech) / tech_w / 0.3)
        cov_part = 0.24 * coverage_term
        rest = (0.08 * breadth + 0.12 * depth + 0.07 * reasons + 0.15 * quant + 0.06 * specific
                + 0.20 * star_share + 0.08 * hands_on)
    else:
        star_share = 0.0
        relevance = min(1.0, cov_eff / 0.3)
        cov_part = 0.37 * coverage_term
        rest = (0.13 * breadth + 0.15 * depth + 0.08 * reasons + 0.08 * quant + 0.09 * specific
                + 0.10 * hands_on)
    # words that read as a list or a shuffle, not sentences, earn proportionally less (nothing for salad)
    positive = (cov_part + rest * (0.4 + 0.6 * relevance)) * sense_factor

    # padding: fillers, stock phrases, repetition, talk that touches nothing, running long
    words = max(a.words, 1)
    fillers = filler_count(a.tokens) + len(count_padding(a.text))
    filler_rate = fillers / words
    rep = repetition(a.tokens, STOPWORDS)
    dead = _dead_share(a)
    target_words = question.target_seconds[1] * 2.5
    overlong = max(0.0, words / target_words - 1.3)
    padding = (min(12.0, 120 * max(0.0, filler_rate - 0.03)) + min(10.0, 60 * max(0.0, rep - 0.04))
               + min(12.0, 30 * max(0.0, dead - 0.3)) + min(10.0, 12 * overlong))
    # the guide's red flags are what interviewers mark down; blaming others weighs most
    # "names no tool" weighs less on an answer that explains the ideas in its own words
    understood = sum(1 for c in concepts if c.hit and c.how == "meaning") >= 2
    tool_flags = {rf.id for rf in getattr(question, "red_flags", ()) if _about_tools_only(rf.rule)}
    severity = sum(0.3 if f.id in blame_flags else 0.05 if f.id in tool_flags and understood else 0.12
                   for f in flags)
    # a confident wrong belief weighs more than a gap: the interviewer now doubts the rest
    severity += MISCONCEPTION_PENALTY * sum(1 for c in concepts if c.misconception)
    flag_penalty = min(0.55, severity)
    # a keyword salad: most of what was named sits in bare lists of names
    named = [mn for mn in a.mentions if not mn.match.negated and mn.concept.kind != "signal"]
    listed_share = sum(1 for mn in named if mn.listed) / len(named) if len(named) >= 4 else 0.0
    salad = max(0.0, listed_share - 0.75) * 1.6
    short = min(1.0, words / 20)  # a one-liner cannot be a strong answer
    score = (100 * positive * (0.5 + 0.5 * short) * (1 - flag_penalty) * (1 - min(0.45, padding / 100))
             * (1 - salad))
    score = max(0.0, min(100.0, score))
    return {
        "score": round(score, 1),
        "coverage_effective": round(cov_eff, 3),
        "breadth": round(breadth, 3),
        "depth": round(depth, 3),
        "reasons": round(reasons, 3),
        "specific": round(specific, 3),
        "quantified": round(quant, 3),
        "star": round(star_share, 3),
        "hands_on": round(hands_on, 3),
        "relevance": round(relevance, 3),
        "padding": round(padding, 1),
        "flag_penalty": round(flag_penalty, 2),
        "salad": round(salad, 3),
        "sense": round(sense_factor, 3),
    }


_FIRST_PERSON = frozenset({"i", "we", "our", "my", "i've", "we've", "i'd", "we'd", "i'm", "we're", "us"})
_SECOND_HAND = re.compile(
    r"\b(?:i(?:'ve| have)? (?:only )?(?:read|heard) (?:about|of)|i(?:'m| am) not (?:really |very )?familiar|"
    r"(?:i've|i have) never (?:used|worked)|i haven't (?:really )?(?:used|worked)|only in (?:a|the) (?:tutorial|course)|"
    r"in theory|i (?:would|'d) (?:probably |just )?(?:guess|imagine))",
    re.I,
)


_SINGULAR = frozenset({"i", "my", "me", "i've", "i'd", "i'm", "myself"})


def _hands_on(a: _Analysis, singular: bool = False) -> float:
    """Practice over theory: sentences told in the first person, less any "I've only read about it".

    For behavioural questions (``singular``) only "I" counts: the story should show what *you* did.
    """
    people = _SINGULAR if singular else _FIRST_PERSON
    sentences = first_person = 0
    current = False
    for i, t in enumerate(a.tokens):
        if t.stop_before or i == 0:
            sentences += 1
            first_person += current
            current = False
        current = current or t.text in people
    first_person += current
    share = min(1.0, first_person / min(sentences, 2)) if sentences else 0.0
    return max(0.0, share - 0.5 * len(_SECOND_HAND.findall(a.text.replace("’", "'"))))


_ECHO_TEXT: dict[int, tuple[object, str]] = {}


def _echo_text(question: Question | FollowUp) -> str:
    entry = _ECHO_TEXT.get(id(question))
    if entry is None or entry[0] is not question:
        if len(_ECHO_TEXT) > 512:
            _ECHO_TEXT.clear()
        entry = _ECHO_TEXT[id(question)] = (question, " " + " ".join(t.stem for t in tokenize(question.prompt)) + " ")
    return entry[1]


def _dead_share(a: _Analysis) -> float:
    """Share of words in sentences that touch no concept and no number: off-topic rambling."""
    live: set[int] = set()
    for m in a.matches:
        live.update(range(m.first, m.last + 1))
    spans = a.quantified
    total = dead = 0
    sentence: list[int] = []

    def close() -> None:
        nonlocal total, dead
        n = sum(1 for i in sentence if a.tokens[i].kind in ("word", "number"))
        total += n
        if not any(i in live for i in sentence) and not any(
            s <= a.tokens[i].start < e for i in sentence for s, e in spans
        ):
            dead += n

    for i, t in enumerate(a.tokens):
        if t.stop_before and sentence:
            close()
            sentence = []
        sentence.append(i)
    if sentence:
        close()
    return dead / total if total else 0.0
