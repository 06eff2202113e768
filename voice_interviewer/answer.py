"""One spoken answer scored: the path the interview loop and ``score AUDIO_FILE`` share.

The hotwords Whisper is primed with and the verdict with its delivery figures are decided here
once, so a recorded answer scores the same whether it came through the loop or the command.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .bank import FollowUp, Question
from .transcript import Transcript
from .verdict import Verdict


def hotwords(question: Question, follow_up: FollowUp | None = None) -> list[str]:
    """The words to prime the transcriber with: the question's, and for a follow-up its own too
    (its vocabulary is mostly the parent's). The bank's rule for both: a concept's explicit
    hotwords, else a tool's first alias, never a mis-hearing ("cube flow")."""
    words = question.hotwords() + (follow_up.hotwords() if follow_up is not None else [])
    return list(dict.fromkeys(words))


def score_spoken(item: Question | FollowUp, transcript: Transcript, embedder: Any = None) -> Verdict:
    """The verdict on a spoken answer with its delivery figures (against the item's own target)."""
    from .delivery import measure_delivery
    from .scoring import score_answer

    verdict = score_answer(item, transcript, embedder=embedder)
    low, high = item.target_seconds
    delivery = measure_delivery(transcript, target_seconds=(low, high))
    return dataclasses.replace(verdict, delivery=delivery)
