"""What an answer names, and how: the bank's aliases heard in the answer's plain text, each mention
judged explained (a purpose and content around it), listed (one of a bare list of names) or applied,
with the quantities and the blame phrases found along the way. :class:`Analysis` is the input of the
score (:mod:`voice_interviewer.points`) and of the verdict (:mod:`voice_interviewer.scoring`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .bank import Concept, FollowUp, Question
from .compiled import per_question
from .matching import Match, Matcher, Token, align_words, span_times, tokenize
from .products import NAME_WORDS
from .signals import find_blame, find_quantified
from .text import plain
from .transcript import Transcript
from .verdict import ConceptHit, Evidence

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
class Mention:
    match: Match
    concept: Concept
    explained: bool = False
    listed: bool = False
    applied: bool = False  # used in context ("we deploy on Kubernetes"), even if not explained


def concepts_of(question: Question | FollowUp) -> tuple[Concept, ...]:
    return question.concepts


def _matcher(question: Question | FollowUp) -> tuple[Matcher, frozenset[str]]:
    def build() -> tuple[Matcher, frozenset[str]]:
        concepts = concepts_of(question)
        return (Matcher((c.id, c.aliases) for c in concepts),
                frozenset(c.id for c in concepts if c.kind == "tool"))

    return per_question(question, "matcher", build)


_RUN_JOINERS = frozenset({"and", "or", "plus", "also", "then", "as", "well"})


def _runs(tokens: Sequence[Token], matches: Sequence[Match]) -> dict[int, str]:
    """Matches that sit in a run of three or more names with nothing but "and"/"or" (or other
    products' names) between, each with its place in the run: ``"first"``, ``"middle"`` or ``"last"``."""
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
        # other products' names join a run too ("mlflow sagemaker airflow", SageMaker not being a tool
        # of this question), as long as no sentence ends between
        names = [t for t in between if t.text in NAME_WORDS]
        joined = run and not tokens[m.first].stop_before and not any(t.stop_before for t in names) \
            and len(between) - len(names) <= 2 and all(t.text in _RUN_JOINERS or t.text in NAME_WORDS for t in between)
        if not joined:
            close(run)
            run = []
        run.append(k)
        last_end = max(last_end, m.last)
    close(run)
    return out


def _explained(tokens: Sequence[Token], m: Match, covered: set[int], echo: frozenset[str] = frozenset(),
               strict: bool = False, content_out: list[int] | None = None, sides: str = "both",
               names: frozenset[int] = frozenset()) -> bool:
    """Is this mention explained: content words and a purpose cue around it in the same clause?

    Other concept mentions nearby are not content, nor are other products' names (``NAME_WORDS``): a
    list of names explains nothing. Ideas named
    nearby are passed over; tool names (``names``) use up the reach, so the middle of a long run of
    names cannot borrow the clause after the run.
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
        if t.kind == "filler" or (i in covered and i not in names):
            continue
        steps += 1  # tool names count towards the reach: a long list of them explains nothing beyond it
        if i in covered:
            continue
        if t.text in _PURPOSE_CUES:
            cue = True
        elif t.kind == "word" and len(t.text) > 2 and t.text not in STOPWORDS and t.stem not in echo \
                and t.text not in NAME_WORDS:
            content += 1
    j, steps = m.last + 1, 0
    while j < len(tokens) and steps < 10 and sides != "before":
        t = tokens[j]
        if t.stop_before:
            break
        j += 1
        if t.kind == "filler" or (j - 1 in covered and j - 1 not in names):
            continue
        steps += 1
        if j - 1 in covered:
            continue
        if t.text in _PURPOSE_CUES:
            cue = True
        elif (t.kind == "word" and len(t.text) > 2 and t.text not in STOPWORDS and t.stem not in echo
              and t.text not in NAME_WORDS) or t.kind == "number":
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
    """Is the mention one item of a bare list of names ("DVC, MLflow, Kubeflow"; a product the
    question does not name is a name too: "MLflow, SageMaker")?"""
    neighbours = 0
    for direction in (-1, 1):
        k = m.first - 1 if direction < 0 else m.last + 1
        gap = 0
        while 0 <= k < len(tokens) and gap <= 2:
            if k in covered or tokens[k].text in NAME_WORDS:
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


def _echo(question: Question | FollowUp) -> frozenset[str]:
    return per_question(question, "prompt stems", lambda: _prompt_stems(question))


def _prompt_stems(question: Question | FollowUp) -> frozenset[str]:
    """Words of the question itself: repeating them back explains nothing."""
    return frozenset(t.stem for t in tokenize(question.prompt) if t.kind == "word" and t.text not in STOPWORDS)


_MANUAL = frozenset({"manually", "manual", "hand", "adhoc", "ad-hoc", "eyeball", "eyeballed", "eyeballing"})
#: Done in a notebook is done by hand: "they check the accuracy in their notebook" (but "notebooks
#: never deploy anything" says where it is not done).
_NOTEBOOK = frozenset({"notebook", "notebooks"})


def _by_hand_at(tokens: Sequence[Token], i: int) -> bool:
    if tokens[i].text in _NOTEBOOK:
        return any(tokens[k].text == "in" for k in range(max(0, i - 2), i))
    return tokens[i].text in _MANUAL


def _manual(tokens: Sequence[Token], m: Match, concept: Concept) -> Match:
    """"We retrained it by hand" is not automated retraining: treat it as a negated mention."""
    if m.negated or "automat" not in (concept.id + " " + concept.label).lower():
        return m
    if any(tokens[i].text.startswith("automat") for i in range(m.first, m.last + 1)):
        return m
    lo, hi = max(0, m.first - 3), min(len(tokens), m.last + 4)
    for i in range(lo, hi):
        if _by_hand_at(tokens, i) and not (i > m.last and any(tokens[k].stop_before for k in range(m.last + 1, i + 1))):
            s, e = min(tokens[i].start, m.start_char), max(tokens[i].end, m.end_char)
            return Match(m.concept_id, m.alias, m.first, m.last, m.start_char, m.end_char, m.fuzzy, True, s, e)
    return m


class Analysis:
    def __init__(self, question: Question | FollowUp, transcript: Transcript):
        self.question = question
        self.original = transcript.text
        self.plain = plain(transcript.text)
        self.text = self.plain.text  # every judgement reads the plain form: punctuation and case do not count
        self.tokens = tokenize(self.text)
        self.aligned = align_words(self.original, transcript.words) if transcript.words else []
        matcher, _ = _matcher(question)
        by_id = {c.id: c for c in concepts_of(question)}
        echo = _echo(question)
        self.matches = [_manual(self.tokens, m, by_id[m.concept_id]) for m in matcher.find(self.tokens)]
        covered = {i for m in self.matches for i in range(m.first, m.last + 1)}
        self.mentions = [Mention(m, by_id[m.concept_id]) for m in self.matches]
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
                    names = frozenset(tool_tokens - own)
                    mn.explained = _explained(self.tokens, mn.match, covered - own, echo, strict=True,
                                              names=names) or (
                        place != "middle" and _explained(self.tokens, mn.match, covered - own, echo,
                                                         sides="before" if place == "first" else "after",
                                                         names=names))
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

    def evidence(self, start: int, end: int) -> Evidence:
        """``plain text[start:end]`` quoted from the original answer, with times when the words have them."""
        start, end = self.plain.span(start, end)
        s, e = span_times(self.aligned, start, end) if self.aligned else (None, None)
        return Evidence(self.original[start:end], start, end, s, e)

    def concept_hits(self) -> list[ConceptHit]:
        out = []
        products = {a.lower() for c in concepts_of(self.question) if c.kind == "tool" for a in c.aliases}
        for c in concepts_of(self.question):
            pos = [mn for mn in self.mentions if mn.concept.id == c.id and not mn.match.negated]
            # "we didn't use DVC" denies the product, not the idea: what they did instead may follow
            # ("…, the raw data is immutable in object storage with versioning on")
            neg = [mn for mn in self.mentions if mn.concept.id == c.id and mn.match.negated
                   and (c.kind == "tool" or mn.match.alias.lower() not in products)]
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


def tools_unexplained(mentions: list[Mention]) -> tuple[bool, list[Mention]]:
    """Tools named but not put to use: >= 2 distinct tools and most of them bare names, or >= 3 in a bare list."""
    tools: dict[str, list[Mention]] = {}
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
