"""Word error rate, pure and dependency-free (used by the transcriber tests and the benchmarks).

Both texts are normalised the same way before comparing — lower case, punctuation dropped except
apostrophes inside words, hyphens split — so "ComfyUI," and "comfyui" count as the same word.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def normalize_words(text: str) -> list[str]:
    """The comparable words of ``text``."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Minimum substitutions + insertions + deletions turning ``ref`` into ``hyp``."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def wer(reference: str, hypothesis: str) -> float:
    """Errors per reference word (0.0 = identical; can exceed 1.0). Empty reference: 0 or 1."""
    ref, hyp = normalize_words(reference), normalize_words(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)
