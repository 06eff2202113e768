"""The verdict's types: what ``score --json`` prints, and what sessions store and replay reads back.

``Verdict.to_json()`` is the contract in TEAM.md (plus compatible extras: ``kind``/``explained`` per
concept and a ``breakdown`` of the score); ``Verdict.from_json()`` round-trips it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 2)


@dataclass(frozen=True)
class Evidence:
    """A quoted span of the answer: ``quote == transcript[start_char:end_char]``; seconds when timed."""

    quote: str
    start_char: int
    end_char: int
    start: float | None = None
    end: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"quote": self.quote, "start_char": self.start_char, "end_char": self.end_char,
                "start": _rounded(self.start), "end": _rounded(self.end)}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Evidence | None":
        return None if data is None else cls.parse(data)

    @classmethod
    def parse(cls, data: dict[str, Any]) -> "Evidence":
        return cls(data["quote"], int(data["start_char"]), int(data["end_char"]), data.get("start"), data.get("end"))


@dataclass(frozen=True)
class ConceptHit:
    """One framework concept and whether the answer covered it (``negated``: said it was absent)."""

    id: str
    label: str
    stage: str
    weight: float
    hit: bool
    negated: bool = False
    evidence: Evidence | None = None
    kind: str = "concept"
    explained: bool = False
    how: str | None = None  # "alias" (its words were said) or "meaning" (said in other words); None if not hit
    similarity: float | None = None  # for meaning hits: the window's similarity to the description
    misconception: str | None = None  # the wrong belief heard about this concept (then ``hit`` is False)
    idea: str | None = None  # for a concept not covered: the idea listened for, in plain words

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "label": self.label, "stage": self.stage, "weight": self.weight, "hit": self.hit,
               "negated": self.negated, "evidence": self.evidence.to_json() if self.evidence else None,
               "kind": self.kind, "explained": self.explained, "how": self.how}
        if self.similarity is not None:
            out["similarity"] = self.similarity
        if self.misconception is not None:
            out["misconception"] = self.misconception
        if self.idea is not None:
            out["idea"] = self.idea
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "ConceptHit":
        how = d.get("how", "alias" if d.get("hit") else None)  # sessions saved before "how" existed
        return cls(d["id"], d.get("label", d["id"]), d.get("stage", ""), float(d.get("weight", 1.0)), bool(d["hit"]),
                   bool(d.get("negated", False)), Evidence.from_json(d.get("evidence")), d.get("kind", "concept"),
                   bool(d.get("explained", False)), how, d.get("similarity"), d.get("misconception"),
                   d.get("idea"))


@dataclass(frozen=True)
class FlagHit:
    """A red flag raised: the guide's wording, why it was raised, and the words that show it."""

    id: str
    text: str
    reason: str
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "reason": self.reason, "evidence": [e.to_json() for e in self.evidence]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "FlagHit":
        return cls(d["id"], d["text"], d.get("reason", ""), tuple(Evidence.parse(e) for e in d.get("evidence", [])))


@dataclass(frozen=True)
class FollowUpChoice:
    """The follow-up to ask next (``text`` is the guide's wording) and a one-line reason."""

    id: str
    text: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "reason": self.reason}

    @classmethod
    def from_json(cls, d: dict[str, Any] | None) -> "FollowUpChoice | None":
        return None if d is None else cls(d["id"], d["text"], d.get("reason", ""))


@dataclass
class Verdict:
    """The verdict on one answer; ``to_json()`` is exactly what ``score --json`` prints."""

    question_id: str
    follow_up_id: str | None
    transcript: str
    score: float
    coverage: float
    concepts: list[ConceptHit]
    red_flags: list[FlagHit]
    follow_up: FollowUpChoice | None = None
    quantified: list[Evidence] = field(default_factory=list)
    star: dict[str, Evidence | None] | None = None
    delivery: Any = None  # voice_interviewer.delivery.Delivery for spoken answers
    breakdown: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the numbers alone would not say ("off the question")

    def concept(self, concept_id: str) -> ConceptHit:
        for c in self.concepts:
            if c.id == concept_id:
                return c
        raise KeyError(concept_id)

    @property
    def flag_ids(self) -> list[str]:
        return [f.id for f in self.red_flags]

    def to_json(self) -> dict[str, Any]:
        return {
            "question_id": self.question_id,
            "follow_up_id": self.follow_up_id,
            "transcript": self.transcript,
            "score": self.score,
            "coverage": self.coverage,
            "concepts": [c.to_json() for c in self.concepts],
            "red_flags": [f.to_json() for f in self.red_flags],
            "follow_up": self.follow_up.to_json() if self.follow_up else None,
            "quantified": [e.to_json() for e in self.quantified],
            "star": None if self.star is None else {k: (v.to_json() if v else None) for k, v in self.star.items()},
            "delivery": self.delivery.to_json() if self.delivery is not None else None,
            "breakdown": dict(self.breakdown),
            "notes": list(self.notes),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Verdict":
        delivery = None
        if d.get("delivery") is not None:
            from .delivery import Delivery

            delivery = Delivery.from_json(d["delivery"])
        star = d.get("star")
        return cls(
            question_id=d["question_id"],
            follow_up_id=d.get("follow_up_id"),
            transcript=d.get("transcript", ""),
            score=float(d["score"]),
            coverage=float(d["coverage"]),
            concepts=[ConceptHit.from_json(c) for c in d.get("concepts", [])],
            red_flags=[FlagHit.from_json(f) for f in d.get("red_flags", [])],
            follow_up=FollowUpChoice.from_json(d.get("follow_up")),
            quantified=[Evidence.parse(e) for e in d.get("quantified", [])],
            star=None if star is None else {k: Evidence.from_json(v) for k, v in star.items()},
            delivery=delivery,
            breakdown={k: float(v) for k, v in d.get("breakdown", {}).items()},
            notes=[str(n) for n in d.get("notes", [])],
        )
