"""`questions check`'s look at the descriptions: concepts without one, and two too alike to tell apart.

Used by `questions check` and `questions lint` (:mod:`voice_interviewer.commands.questions_guide`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from ..bank import Bank, Concept, Question
from ..wording import plural

if TYPE_CHECKING:
    from ..meaning import Embedder

#: Two concepts of one question (or follow-up) whose descriptions have at least this cosine similarity
#: (all-MiniLM-L6-v2) read as one idea, so an answer cannot be credited to one and not the other.
#: Calibrated on the bundled bank: 20 of its descriptions written again in other words score 0.65-0.88
#: against the original (median 0.79; 16 of 20 reach 0.70); its 1,197 pairs of distinct sibling
#: descriptions score median 0.34, 99th percentile 0.61, highest 0.67 (the first drafts had five pairs
#: at 0.70-0.85, such as a platform's "strengths" and "weaknesses", and were reworded). The mean vector
#: of description and examples separates worse (rewordings 0.53-0.89, median 0.74, against distinct
#: pairs up to 0.70), so the examples are left out of this check.
CLOSE_DESCRIPTIONS = 0.70


def closeness_embedder() -> "Embedder":
    """The sentence embedder for the closeness check (a seam: tests pass the session's one)."""
    from ..embedding import MiniLMEmbedder

    return MiniLMEmbedder().load()


def _scored_items(q: Question) -> Iterator[tuple[str, str, tuple[Concept, ...]]]:
    """(where, id prefix, concepts) for a question and each follow-up: each is scored on its own."""
    yield f"question {q.id!r}", "", q.concepts
    for f in q.follow_ups:
        yield f"question {q.id!r}, follow-up {f.id!r}", f"{f.id}/", f.concepts


def missing_descriptions(bank: Bank) -> list[str]:
    """One line per question naming its concepts without a description (``FOLLOW_UP/ID`` for a follow-up's)."""
    lines = []
    for q in bank.questions:
        ids = [prefix + c.id for _, prefix, concepts in _scored_items(q)
               for c in concepts if not c.description]
        if ids:
            lines.append(f"{q.path}: question {q.id!r}: {plural(len(ids), 'concept')} without a description "
                         f"({', '.join(ids)}): add one so answers can be matched by meaning")
    return lines


@dataclass(frozen=True)
class ClosePair:
    """Two concepts of one question or follow-up whose descriptions say nearly the same thing."""

    path: str
    where: str
    first: str
    second: str
    similarity: float
    threshold: float

    def __str__(self) -> str:
        return (f"{self.path}: {self.where}: concepts {self.first!r} and {self.second!r} have descriptions "
                f"too close to tell apart (similarity {self.similarity:.2f}, threshold {self.threshold:.2f}): "
                f"reword one so each says what only it covers")


def close_descriptions(bank: Bank, embedder: "Embedder",
                       threshold: float = CLOSE_DESCRIPTIONS) -> list[ClosePair]:
    """Pairs of concepts within one question (or one follow-up) whose descriptions are at least
    ``threshold`` similar, most similar first within each question.

    Tool concepts are left out: a tool is recognised by its name, and every tool's description
    ("a tool that tracks experiments") is meant to sit close to the practice it serves.
    """
    pairs = []
    for q in bank.questions:
        found = []
        for where, _, concepts in _scored_items(q):
            described = [c for c in concepts if c.description and c.kind != "tool"]
            if len(described) < 2:
                continue
            vectors = embedder.embed([c.description for c in described])
            similarity = vectors @ vectors.T
            for i, j in itertools.combinations(range(len(described)), 2):
                if similarity[i, j] >= threshold:
                    found.append(ClosePair(q.path, where, described[i].id, described[j].id,
                                           float(similarity[i, j]), threshold))
        pairs.extend(sorted(found, key=lambda p: -p.similarity))
    return pairs
