"""The scoring side's text layer: one canonical form of an answer that every judgement reads.

A verdict must not depend on how a transcript happens to be punctuated or cased: Whisper puts full
stops and capitals in different places for the same words (16 kHz against 8 kHz audio of one answer
moved its score by 9 points when punctuation steered the matcher). So the scorer reads
:func:`plain` text: lower case, prose punctuation removed, single spaces — the words in their
order and nothing else. Marks *inside* a token stay as a transcript writes them ("0.2", "CI/CD",
"A/B", "don't", "end-to-end"), and so do ``% $ € £ + #``.

:class:`PlainText` remembers where each of its characters came from, so evidence found in the
plain text is quoted from the original, punctuation and all.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Signs that carry meaning on their own ("40%", "$2k", "C++", "C#"): never removed.
KEPT_SIGNS = frozenset("%$€£+#")


@dataclass(frozen=True)
class PlainText:
    """``text`` is the plain form of ``original``; ``origin[i]`` is where ``text[i]`` came from."""

    original: str
    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind ``text[start:end]`` (an empty span stays empty)."""
        if not self.origin:
            return 0, 0
        start = min(max(start, 0), len(self.origin) - 1)
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[min(end, len(self.origin)) - 1] + 1


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def _kept(chunk: str) -> list[bool]:
    """Which characters of one whitespace-free chunk survive: word characters, the kept signs, and
    runs of other marks that sit between two word characters."""
    keep = [c.isalnum() or c == "_" or c in KEPT_SIGNS for c in chunk]
    j = 0
    while j < len(chunk):
        if keep[j]:
            j += 1
            continue
        k = j
        while k < len(chunk) and not keep[k]:
            k += 1
        inside = j > 0 and _is_word_char(chunk[j - 1]) and k < len(chunk) and _is_word_char(chunk[k])
        for i in range(j, k):
            keep[i] = inside
        j = k
    return keep


def plain(original: str) -> PlainText:
    """The plain form of ``original`` (see the module docstring)."""
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(original)
    while i < n:
        if original[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not original[j].isspace():
            j += 1
        chunk = original[i:j]
        pieces = [(k, c) for k, (c, ok) in enumerate(zip(chunk, _kept(chunk))) if ok]
        if pieces:
            if out:
                out.append(" ")
                origin.append(origin[-1])
            for k, c in pieces:
                for lower in c.lower():
                    out.append(lower)
                    origin.append(i + k)
        i = j
    return PlainText(original, "".join(out), tuple(origin))
