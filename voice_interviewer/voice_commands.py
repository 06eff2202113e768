"""Voice commands: "repeat the question", "skip", "stop the interview" said instead of an answer.

Pure: the transcript's text in, the command (or None) out.
"""

from __future__ import annotations

import re

COMMANDS = ("repeat", "skip", "stop")

_COMMAND_PHRASES = {
    "repeat": ["repeat the question", "repeat", "repeat that", "repeat please", "please repeat the question",
               "could you repeat the question", "can you repeat that", "could you repeat that",
               "say that again", "say it again", "can you say that again", "come again", "pardon",
               "one more time", "ask again", "again please", "what was the question"],
    "skip": ["skip", "skip the question", "skip this question", "skip this one", "next question", "next",
             "pass", "i pass", "i'll pass", "move on", "let's move on", "skip it"],
    "stop": ["stop the interview", "stop", "stop interview", "end the interview", "end interview", "quit",
             "exit", "that's enough", "finish the interview", "i want to stop", "let's stop here",
             "stop here"],
}
_KEYWORDS = {"repeat": "repeat", "skip": "skip", "stop": "stop", "quit": "stop", "pass": "skip"}
MAX_COMMAND_WORDS = 6
# Politeness and fillers around a command ("Um, skip, please."; Whisper's filler prompt can even
# append "Um, uh, hmm." to a short utterance) carry no meaning here.
_NOISE = {"please", "sorry", "ok", "okay", "so", "oh", "well", "just", "now", "hmm", "mm"}
_FILLER = re.compile(r"u+h*|u*m+|h+m+|e+r+m*|a+h+")


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^a-z' ]+", " ", text)
    return " ".join(text.split())


def parse_voice_command(text: str) -> str | None:
    """"repeat" / "skip" / "stop" when a short utterance is a command, else None.

    Only short utterances (at most six words) count, so an answer that mentions "stop" or
    "skip" is never taken for a command. Matching is fuzzy (Whisper hears "Skip." or "Repeat
    the question, please?" or "stopped the interview").
    """
    from rapidfuzz import fuzz, process

    words = [w for w in _normalise(text).split() if w not in _NOISE and not _FILLER.fullmatch(w)]
    if not words or len(words) > MAX_COMMAND_WORDS:
        return None
    norm = " ".join(words)
    best_cmd, best = None, 0.0
    for cmd, phrases in _COMMAND_PHRASES.items():
        match = process.extractOne(norm, phrases, scorer=fuzz.ratio)
        if match and match[1] > best:
            best_cmd, best = cmd, match[1]
    if best >= 82:
        return best_cmd
    def keyword(w: str) -> str | None:
        for key, cmd in _KEYWORDS.items():
            if fuzz.ratio(w, key) >= 85 or (len(w) > len(key) and w.startswith(key)):
                return cmd
        return None

    if len(words) <= 3:  # "skip please", "um, stop", "repeat?": one keyword carries it
        for w in words:
            if keyword(w):
                return keyword(w)
    # Whisper garbles the rest of a short command: "Stop living to mute.", "Stop, live into a mew."
    if keyword(words[0]) and (len(words) <= 4 or words[0] in _KEYWORDS):
        return keyword(words[0])
    return None
