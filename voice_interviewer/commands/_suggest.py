"""One way to say "did you mean …?" for a mistyped command, option, question or session id."""

from __future__ import annotations

from typing import Iterable


def did_you_mean(wrong: str, known: Iterable[str], *, otherwise_list: bool = False) -> str:
    """`` (did you mean: a, b?)`` naming the known names closest to ``wrong``.

    Only names nearly as close as the best one are offered (a near miss is not buried among
    far ones). With none close: ``''``, or `` (known: …)`` when ``otherwise_list``.
    """
    from rapidfuzz import fuzz, process

    names = list(dict.fromkeys(known))
    found = process.extract(wrong, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)  # typos score 85+
    if found:
        best = found[0][1]
        return f" (did you mean: {', '.join(name for name, score, _ in found if score >= best - 10)}?)"
    if otherwise_list and names:
        shown = ", ".join(names[:20]) + (", …" if len(names) > 20 else "")
        return f" (known: {shown})"
    return ""
