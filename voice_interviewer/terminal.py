"""Output streams that never fail on a character the terminal cannot show.

The program prints ⚑, —, ·, …, sparklines and whatever a bank or a transcript holds. On a terminal
whose encoding is not UTF-8 (``LC_ALL=C``, ``PYTHONIOENCODING=latin-1``) one such character used to
end a command in a ``UnicodeEncodeError`` traceback. :func:`prepare_output` decides it once, for
every print and every rich console: on a non-UTF-8 stream each character the encoding lacks is
written as a readable ASCII stand-in (⚑ → ``!``, — → ``-``, sparkline blocks → ASCII levels,
é → ``e``) and anything else as ``?``. Stand-ins never contain ``"`` or ``\\``, so ``--json``
output stays valid JSON. (rich draws its tables and rules in ASCII by itself on such a stream.)
"""

from __future__ import annotations

import codecs
import sys
import unicodedata

ERRORS = "voice-interviewer-ascii"

#: Readable ASCII for the characters this program prints itself.
ASCII_FALLBACK = {
    "⚑": "!", "⏱": "!", "—": "-", "–": "-", "·": "*", "•": "*", "●": "*", "…": "...",
    "→": "->", "↳": "->", "»": ">>", "≤": "<=", "≥": ">=", "×": "x", "€": "EUR", "£": "GBP",
    "’": "'", "‘": "'", "“": "'", "”": "'",  # never '"': a stand-in inside a JSON string keeps it valid
    "─": "-", "━": "-", "│": "|", "├": "+", "└": "+", "┌": "+", "┐": "+", "┘": "+", "▮": "#", "▯": ".",
    # sparkline levels, lowest to highest (history.SPARK)
    "▁": "_", "▂": ".", "▃": ":", "▄": "-", "▅": "=", "▆": "+", "▇": "*", "█": "#",
}


def ascii_for(char: str) -> str:
    """The ASCII stand-in for one character: the table, else its letters without accents, else '?'."""
    if char in ASCII_FALLBACK:
        return ASCII_FALLBACK[char]
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return plain if plain and '"' not in plain and "\\" not in plain else "?"


def _fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "".join(ascii_for(c) for c in exc.object[exc.start:exc.end]), exc.end


codecs.register_error(ERRORS, _fallback)


def is_utf(stream) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return False


def prepare_output(*streams) -> None:
    """Make stdout and stderr (or ``streams``) write ASCII stand-ins where their encoding lacks a
    character, instead of raising; UTF-8 streams are left alone."""
    for stream in streams or (sys.stdout, sys.stderr):
        if stream is not None and not is_utf(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=ERRORS)
