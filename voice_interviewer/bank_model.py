"""The question bank's data: questions, their concepts, rules, red flags and follow-ups.

Frozen dataclasses and the constants that say what a bank may hold (concept kinds, question kinds,
levels, usable ids). :mod:`.bank` reads them from TOML, strictly; nothing here touches a file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

__all__ = ["DEFAULT_BANK_DIR", "CONCEPT_KINDS", "QUESTION_KINDS", "KIND_SPELLINGS", "LEVELS", "USABLE_ID",
           "default_bank_dir", "Concept", "Rule", "RedFlag", "FollowUp", "Question", "aliases_naming",
           "Category", "Bank", "normal_kind", "filter_questions"]


#: Where the bundled bank lives (the repository's ``questions/``).
DEFAULT_BANK_DIR = Path(__file__).resolve().parent.parent / "questions"

#: "signal" concepts are evidence for rules only (e.g. "we just keep backups", "not my job"):
#: scoring never counts them toward coverage, stages covered, tools mentioned or missing concepts.
CONCEPT_KINDS = ("concept", "tool", "signal")
#: What a question asks for. Only "behavioral" changes how an answer is judged (STAR parts, "I" over
#: "we"); the others say what sort of practice it is, for ``--kind``.
QUESTION_KINDS = ("concept", "hands-on", "system-design", "behavioral")
#: Other spellings read as one of QUESTION_KINDS: banks written before kinds had four values used
#: "technical" for every question that is not a story.
KIND_SPELLINGS = {"technical": "concept", "behavioural": "behavioral", "hands on": "hands-on", "handson": "hands-on",
                  "system design": "system-design", "design": "system-design", "ml system design": "system-design"}
#: The seniority a question is pitched at, for ``--level``; a question may leave it out (unlevelled).
LEVELS = ("junior", "mid", "senior", "staff")
#: Question, follow-up and category ids are typed on the command line (``-q lifecycle/drift``) and
#: name answer files (``<id>.followup.wav``): letters, digits, '-' and '_' only.
USABLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def default_bank_dir() -> Path:
    """The bank used when no ``--bank`` is given (``VOICE_INTERVIEWER_BANK`` overrides)."""
    env = os.environ.get("VOICE_INTERVIEWER_BANK")
    return Path(env) if env else DEFAULT_BANK_DIR


@dataclass(frozen=True)
class Concept:
    """One checkable part of an answer framework.

    Attributes:
        id: unique within its question (or follow-up).
        label: short human label shown in verdicts.
        stage: the framework stage it belongs to (one of the question's ``stages``).
        weight: relative importance (> 0).
        aliases: phrases that count as mentioning it, including tool names and common
            mis-hearings ("ML flow", "cube flow"). Never empty.
        kind: "tool" for named products/technologies, "signal" for phrases that are evidence
            for a red flag or trigger only (never part of coverage), "concept" otherwise.
        hotwords: correctly spelt terms to bias the recogniser toward; when empty, a tool's
            first alias is used (aliases also hold mis-hearings, which must never be hotwords).
        description: the idea an interviewer listens for, in plain words (1–3 sentences), so an
            answer can be matched by meaning as well as by its words. Empty when a custom bank
            gives none (``questions check`` warns about it).
        examples: ways a candidate might say it, first person and spoken style.
        misconceptions: confident but wrong claims about the idea that an interviewer marks down.
        belief_flags: (belief, red-flag id) for the misconceptions that are evidence for a red flag
            whose wording does not sound like them; the others find their flag by meaning.
        by_meaning: whether the answer is also matched against the description by meaning (default).
            False for a concept whose point is not an idea but specificity ("a specific project
            example"): any talk about the topic sounds like it, so only its words count.
    """

    id: str
    label: str
    stage: str
    weight: float
    aliases: tuple[str, ...]
    kind: str = "concept"
    hotwords: tuple[str, ...] = ()
    description: str = ""
    examples: tuple[str, ...] = ()
    misconceptions: tuple[str, ...] = ()
    belief_flags: tuple[tuple[str, str], ...] = ()
    by_meaning: bool = True


@dataclass(frozen=True)
class Rule:
    """A condition over a scored answer; every condition given must hold (AND).

    Used both for red-flag detection and for follow-up triggers. ``any_of`` holds
    alternative sub-rules (OR). Concept ids refer to the owning question's concepts.
    """

    missing_all: tuple[str, ...] = ()
    #: like ``missing_all``, but a denied or disowned mention counts as said: the answer is *about* the
    #: idea even when it says it was not done ("we never got round to drift monitoring")
    unmentioned_all: tuple[str, ...] = ()
    missing_any: tuple[str, ...] = ()
    present_any: tuple[str, ...] = ()
    present_all: tuple[str, ...] = ()
    negated_any: tuple[str, ...] = ()
    missing_stages_any: tuple[str, ...] = ()
    stages_covered_below: int | None = None
    tools_mentioned_below: int | None = None
    tools_unexplained: bool = False
    no_quantified_impact: bool = False
    blame_language: bool = False
    generic_only: bool = False
    words_below: int | None = None
    always: bool = False
    any_of: tuple["Rule", ...] = ()

    def concept_ids(self) -> set[str]:
        ids = set(self.missing_all) | set(self.unmentioned_all) | set(self.missing_any) | set(self.present_any)
        ids |= set(self.present_all) | set(self.negated_any)
        for sub in self.any_of:
            ids |= sub.concept_ids()
        return ids

    def stage_names(self) -> set[str]:
        names = set(self.missing_stages_any)
        for sub in self.any_of:
            names |= sub.stage_names()
        return names

    def is_empty(self) -> bool:
        return self == Rule()


@dataclass(frozen=True)
class RedFlag:
    """A red flag from the guide (``text`` is the guide's wording) and its detection rule."""

    id: str
    text: str
    rule: Rule


@dataclass(frozen=True)
class FollowUp:
    """A follow-up question (``text`` verbatim) with the trigger that makes it the right one.

    Follow-ups are scored like questions: they carry their own concepts.
    """

    id: str
    text: str
    trigger: Rule
    concepts: tuple[Concept, ...]
    stages: tuple[str, ...]
    target_seconds: tuple[int, int] = (45, 90)
    kind: str = "concept"
    parent_id: str = ""

    @property
    def prompt(self) -> str:
        return self.text

    def hotwords(self) -> list[str]:
        """Same as :meth:`Question.hotwords`, for this follow-up's own concepts."""
        return _hotwords(self.concepts)


@dataclass(frozen=True)
class Question:
    """One interview question with its answer framework made checkable."""

    id: str
    category: str
    prompt: str
    why: str
    framework: str
    stages: tuple[str, ...]
    concepts: tuple[Concept, ...]
    red_flags: tuple[RedFlag, ...]
    follow_ups: tuple[FollowUp, ...]
    kind: str = "concept"
    target_seconds: tuple[int, int] = (60, 120)
    source: str = "guide"
    path: str = ""
    level: str = ""

    def concept(self, concept_id: str) -> Concept:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        raise KeyError(concept_id)

    def follow_up(self, follow_up_id: str) -> FollowUp:
        for f in self.follow_ups:
            if f.id == follow_up_id:
                return f
        raise KeyError(follow_up_id)

    def hotwords(self) -> list[str]:
        """Vocabulary to bias the recogniser toward: explicit concept hotwords, else tool names.

        Only a tool's first alias (its correct spelling) is used by default: the other aliases
        include mis-hearings such as "cube flow", which would teach Whisper the wrong word.
        """
        return _hotwords(self.concepts)


def aliases_naming(term: str, concepts: Iterable[Concept]) -> list[str]:
    """``term`` and every alias of each concept that lists it (case-insensitively).

    How a spoken term is looked for in a transcript: "Kubeflow" is also found as "cube flow",
    because the Kubeflow concept lists that mis-hearing.
    """
    out = [term]
    for c in concepts:
        if any(a.lower() == term.lower() for a in c.aliases):
            out.extend(c.aliases)
    return list(dict.fromkeys(out))


def _hotwords(concepts: Iterable[Concept]) -> list[str]:
    words: list[str] = []
    for c in concepts:
        if c.hotwords:
            words.extend(c.hotwords)
        elif c.kind == "tool":
            words.append(c.aliases[0])
    return list(dict.fromkeys(words))


@dataclass(frozen=True)
class Category:
    id: str
    label: str


@dataclass(frozen=True)
class Bank:
    """All questions (the guide's first, then the others in file order) and their categories."""

    questions: tuple[Question, ...]
    categories: tuple[Category, ...]
    sources: tuple[str, ...] = field(default=())

    def get(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def ids(self) -> list[str]:
        return [q.id for q in self.questions]

    def by_category(self, category: str) -> list[Question]:
        return [q for q in self.questions if q.category == category]

    def category_label(self, category: str) -> str:
        for c in self.categories:
            if c.id == category:
                return c.label
        return category

    def only(self, *, levels: Iterable[str] = (), kinds: Iterable[str] = ()) -> "Bank":
        """This bank with only the questions :func:`filter_questions` keeps (categories unchanged)."""
        return replace(self, questions=tuple(filter_questions(self.questions, levels=levels, kinds=kinds)))


def normal_kind(value: str) -> str | None:
    """``value`` as one of :data:`QUESTION_KINDS` ("Behavioural", "system design", "technical" read as
    their kind), or None when it names none."""
    key = " ".join(value.strip().lower().replace("_", " ").split())
    if key.replace(" ", "-") in QUESTION_KINDS:
        return key.replace(" ", "-")
    return KIND_SPELLINGS.get(key)


def filter_questions(questions: Iterable[Question], *, levels: Iterable[str] = (),
                     kinds: Iterable[str] = ()) -> list[Question]:
    """The questions whose level is one of ``levels`` and whose kind is one of ``kinds``, in order.

    An empty ``levels`` (or ``kinds``) keeps every level (kind); an unlevelled question is kept only
    when no level is asked for. Values are the canonical names (:data:`LEVELS`, :data:`QUESTION_KINDS`).
    """
    levels, kinds = set(levels), set(kinds)
    return [q for q in questions if (not levels or q.level in levels) and (not kinds or q.kind in kinds)]
