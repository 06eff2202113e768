"""The draft of an imported question (concepts, rules, notes) and how a guide's phrase finds its concepts.

:class:`Draft` holds one question being built by :mod:`voice_interviewer.guide_build`;
:func:`match_concepts` ties a phrase of a red flag or follow-up to the concepts by shared words, and
:meth:`Draft.near` by meaning when an embedder is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from .guide_parse import Guide
from .guide_text import _clip, _stems

@dataclass
class Concept:
    id: str
    label: str
    stage: str
    aliases: list[str]
    description: str
    weight: float = 1.0
    kind: str = "concept"
    examples: list[str] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    source: str = ""  # the guide's words it was made from (a comment in the TOML)
    owner: str = ""  # a tool's: the id of the concept it illustrates ("" when none was found)
    parent: str = ""  # the concept whose parentheses listed this one ("deep integration" of "strengths")
    anchor: str = ""  # the phrase as the source writes it ("data" of "versioning for code, data…")

    def table(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label, "stage": self.stage, "weight": self.weight}
        if self.kind != "concept":
            out["kind"] = self.kind
        if self.description:
            out["description"] = _clip(self.description)
        if self.examples:
            out["examples"] = [_clip(e) for e in self.examples]
        if self.misconceptions:
            out["misconceptions"] = [_clip(m) for m in self.misconceptions]
        out["aliases"] = list(dict.fromkeys(a for a in self.aliases if a.strip()))
        return out


@dataclass
class Draft:
    """One question made checkable, with the notes that become comments."""

    id: str
    category: str
    prompt: str
    why: str
    framework: str
    stages: list[str]
    concepts: list[Concept]
    red_flags: list[dict]
    follow_ups: list[dict]
    kind: str = "concept"
    line: int = 0
    notes: list[str] = field(default_factory=list)
    embedder: Any = None
    _vectors: dict = field(default_factory=dict)

    def near(self, phrase: str, *, threshold: float = 0.5, spread: float = 0.08) -> list[Concept]:
        """Concepts whose label or description is closest in meaning to ``phrase`` (needs the embedder)."""
        if self.embedder is None:
            return []
        pool = [c for c in self.concepts if c.kind == "concept"]
        todo = [c for c in pool if (c.id, c.description) not in self._vectors]
        if todo:
            vecs = self.embedder.embed([f"{c.label}. {c.description}" for c in todo])
            for c, v in zip(todo, vecs):
                self._vectors[(c.id, c.description)] = v
        if not pool:
            return []
        q = self.embedder.embed([phrase])[0]
        sims = sorted(((float(self._vectors[(c.id, c.description)] @ q), c) for c in pool), key=lambda t: -t[0])
        best = sims[0][0]
        return [c for sim, c in sims if sim >= threshold and sim >= best - spread][:3]


@dataclass
class BuiltBank:
    guide: Guide
    categories: list[tuple[str, str]]
    questions: list[Draft]


def match_concepts(phrase: str, concepts: Iterable[Concept], *, min_share: float = 0.5) -> list[Concept]:
    """Concepts a phrase of the guide points at, best first: by the share of the concept label's
    meaningful words (or one alias's) that the phrase uses. Tools match by name. Only the best-scoring
    concepts are returned ("data versioning" is data versioning, not also model versioning)."""
    scored = _scored_matches(phrase, concepts, min_share)
    if not scored:
        return []
    top = scored[0][0]
    return [c for sc, _, c in scored if sc >= top - 1e-9]


def _scored_matches(phrase: str, concepts: Iterable[Concept], min_share: float) -> list[tuple[float, int, Concept]]:
    want = _stems(phrase)
    low = phrase.lower()
    if not want:
        return []
    scored: list[tuple[float, int, Concept]] = []
    for c in concepts:
        if c.kind == "signal":
            continue
        if c.kind == "tool":
            if any(re.search(rf"(?<![A-Za-z0-9]){re.escape(a.lower())}(?![A-Za-z0-9])", low) for a in c.aliases[:2]):
                scored.append((1.0, 1, c))
            continue
        best = 0.0
        for text in [c.label, *c.aliases[:4]]:
            have = _stems(text)
            if have:
                share = len(have & want) / len(have)
                best = max(best, share * (1.0 if text == c.label else 0.95))
        if best >= min_share:
            scored.append((best, 0, c))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return scored


def match_stage(phrase: str, stages: list[str]) -> str | None:
    want = _stems(phrase)
    for st in stages:
        have = _stems(st)
        if have and have <= want and len(want - have) <= 1:
            return st
    return None
