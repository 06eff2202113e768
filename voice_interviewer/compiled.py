"""What the scorer derives from a question's text, derived once per question and kept while the
question lives: its alias matcher, the stems of its prompt, a follow-up's topic phrases.

One memo instead of a cache per module: entries are keyed by the question object itself (by
identity, so a frozen dataclass is never hashed field by field) and dropped when the question is
garbage-collected, so a reloaded bank can never be served another bank's matcher.
"""

from __future__ import annotations

import weakref
from typing import Callable, TypeVar, cast

T = TypeVar("T")

_MEMO: dict[int, dict[str, object]] = {}


def per_question(question: object, key: str, build: Callable[[], T]) -> T:
    """``build()`` for ``question`` under ``key``, built on first use and kept while it lives."""
    slot = _MEMO.get(id(question))
    if slot is None:
        slot = _MEMO[id(question)] = {}
        weakref.finalize(question, _MEMO.pop, id(question), None)
    if key not in slot:
        slot[key] = build()
    return cast(T, slot[key])
