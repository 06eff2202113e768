"""STAR by role: which clause of a story sets the scene, states the task, tells the action and
gives the result — found by what each clause *says*, wherever it comes in the story.

The story is read in its plain form (:mod:`voice_interviewer.text`: lower case, no punctuation), so
clauses are not sentences: every role cue ("at my last company", "my job was", "I rebuilt", "in the
end", an outcome with a number) opens a clause that runs to the next cue. A clause takes one role:
when cues of two roles open it together, the stronger reading wins (a measured outcome over an
action, an action over a task, a task over the scene). A number counts as a result only when it
already counts as impact (:func:`voice_interviewer.signals.find_quantified`), so "we had forty
models" sets the scene and "which cut the bill by a quarter" is the result.

Each role's evidence is the first clause that plays it — the result's is its strongest clause (a
measured one if any, else the last), since stories end with their outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

Span = tuple[int, int]

ROLES = ("situation", "task", "action", "result")

_ACTION_VERBS = (
    r"built|rebuilt|implemented|designed|redesigned|set up|setup|introduced|wrote|rewrote|migrated|created|added|"
    r"moved|led|proposed|decided|refactored|reworked|containeri[sz]ed|automated|replaced|deployed|configured|"
    r"profiled|optimi[sz]ed|split|switched|put|started|drove|pushed|convinced|ran|used|benchmarked|quanti[sz]ed|"
    r"cached|batched|partnered|organi[sz]ed|paired|instrumented|traced|debugged|investigated|prototyped|"
    r"standardi[sz]ed|documented|trained|tuned|wired|shipped|rolled out|pinned|versioned|tested|fixed|"
    r"removed|dropped|sat down|talked|negotiated|mentored|wrapped|ported|scripted|merged|sharded|parallelised|"
    r"parallelized|rewired|moved|took|turned"
)

#: Each role's cues, on plain text (no punctuation, lower case); strength breaks ties within a clause.
_CUES: dict[str, tuple[int, re.Pattern[str]]] = {
    "situation": (1, re.compile(
        r"\b(?:at my (?:last|previous|current|old|first|former) (?:job|company|role|employer|team|workplace)|"
        r"at (?:a|an|my|our) (?:\w+ ){0,2}(?:company|startup|bank|retailer|firm|fintech|insurer|scale ?up|scaleup|"
        r"e ?commerce|ecommerce|agency|hospital|marketplace)|"
        r"in my (?:last|previous|current|former|first) (?:role|job|position|team|company)|"
        r"when i (?:was|joined|worked|started)|(?:the|our) (?:situation|context|background|setup|set up) was|"
        r"a (?:few|couple of) (?:years|months) ago|last (?:year|quarter)|"
        r"(?:the|this|one|my|our) (?:\w+ ){0,2}project (?:was|where|involved|i worked)|"
        r"(?:hardest|biggest|toughest|most challenging|most difficult) (?:\w+ ){0,2}(?:was|i (?:worked|did|had))|"
        r"(?:i|we) (?:was|were) (?:working|building|running) |"
        r"we had (?:a|an|about|around|over|this|some|dozens|hundreds|no)|"
        r"(?:we|i|they) had (?:\w+ ){0,2}(?:models?|engineers?|teams?|services?|users?|customers?|pipelines?|people|"
        r"clusters?|jobs?|data scientists)\b|"
        r"our (?:team|company|platform|system|pipeline|model|models|stack) (?:was|were|had|ran)|"
        r"(?:we|they) (?:were|was) (?:serving|running|training|deploying|using))")),
    "task": (2, re.compile(
        r"\b(?:my (?:role|task|job|goal|responsibility|brief|mandate|part) was|"
        r"i was (?:responsible|asked|tasked|brought in|hired|given|in charge|the lead|leading|the one)|"
        r"i had to|i needed to|we needed to|we had to|"
        r"(?:the|our|my) (?:goal|task|challenge|objective|mandate|mission|problem|requirement|brief) (?:was|were|is)|"
        r"the (?:key|main|biggest|real|hardest) (?:challenges?|problems?|issues?) (?:was|were)|"
        r"i owned|i took (?:ownership|the lead|charge|on)|i volunteered|we were asked|i was supposed to)")),
    "action": (3, re.compile(
        rf"\b(?:(?:i|we) (?:first |then |also |finally |eventually )?(?:{_ACTION_VERBS})\b|"
        r"so i |first i |then i |next i |after that i )")),
    "result": (4, re.compile(
        r"\b(?:as a result|in the end|the (?:end )?result|the outcome|ultimately|overall (?:we|it|the)|"
        r"(?:which|that|this|it|and) (?:reduced|cut|improved|saved|brought|increased|decreased|dropped|halved|"
        r"doubled|went from|lowered|sped up|eliminated|removed|fixed|stabili[sz]ed|paid off)|"
        r"(?:reduced|cut|improved|saved|dropped|lowered|shrank|halved) (?:\w+ ){0,4}(?:by|from|to)|"
        r"end result|since then|(?:we|it|the team) (?:now|no longer)|now (?:we|the|it|our)|"
        r"i learned|the lesson|lessons learned|went down|went up|no longer|"
        r"(?:releases?|deploys?|deployments?|latency|costs?|bills?|incidents?|errors?|accuracy|time) went from)")),
}


@dataclass(frozen=True)
class Clause:
    """One clause of the story and the role it plays (``measured``: it holds impact with a number)."""

    role: str
    start: int
    end: int
    measured: bool = False


def _cues(text: str, quantified: Sequence[Span]) -> list[tuple[int, int, int, str]]:
    """``(start, strength, end, role)`` for every cue, impact quantities as strong result cues."""
    found = []
    for role, (strength, rx) in _CUES.items():
        found += [(m.start(), strength, m.end(), role) for m in rx.finditer(text)]
    # an impact span already starts at its change ("brought the bill down by a quarter")
    found += [(s, 5, e, "result") for s, e in quantified]
    return sorted(found)


_DANGLING = frozenset("and or but so the a an with to of it that which then as for in on at by we i".split())


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over words that only lead into the next clause ("… by a quarter and")."""
    while end > start and text[end - 1] == " ":
        end -= 1
    while end > start:
        cut = text.rfind(" ", start, end)
        if cut < 0 or text[cut + 1 : end] not in _DANGLING:
            break
        end = cut
    return end


def clauses(text: str, quantified: Sequence[Span] = (), max_words: int = 30) -> list[Clause]:
    """The story's role-bearing clauses in order (plain ``text``; ``quantified``: impact spans)."""
    cues = _cues(text, quantified)
    out: list[Clause] = []
    k = 0
    while k < len(cues):
        start = cues[k][0]
        # cues that open within a few characters of each other open the same clause: the strongest names it
        group = [c for c in cues[k:] if c[0] - start <= 12]
        k += len(group)
        strength, _, role = max((c[1], -c[0], c[3]) for c in group)
        nxt = cues[k][0] if k < len(cues) else len(text)
        words_end = start
        for _ in range(max_words):
            sp = text.find(" ", words_end + 1)
            if sp < 0:
                words_end = len(text)
                break
            words_end = sp
        end = max(min(nxt, words_end), max(c[2] for c in group))
        end = _trim(text, start, min(end, len(text)))
        out.append(Clause(role, start, end, strength == 5))
    return out


def find_star(text: str, quantified: Sequence[Span] = ()) -> dict[str, Span | None]:
    """Each STAR role's evidence span in plain ``text`` (None when the story has no such clause)."""
    found = clauses(text, quantified)
    out: dict[str, Span | None] = {}
    for role in ROLES:
        mine = [c for c in found if c.role == role]
        if not mine:
            out[role] = None
            continue
        pick = mine[0]
        if role == "result":
            measured = [c for c in mine if c.measured]
            pick = measured[0] if measured else mine[-1]
        out[role] = (pick.start, pick.end)
    return out
