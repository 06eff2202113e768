"""The exception tree of voice-interviewer.

    VoiceInterviewerError            base: every error the CLI turns into one line and exit code
    ├── BankError                    a question bank file is wrong (names file, question, field)
    ├── AudioError                   an audio file cannot be read or is unusable
    ├── DeviceError                  no microphone / speaker, or a device failed
    ├── TranscriberError             the Whisper model cannot be found or loaded
    │   └── TranscriptionAbandoned   a transcription given up on after its time (the microphone was lost)
    ├── SpeakerError                 no TTS engine could speak
    ├── StoreError                   the data directory or a session file is unusable
    └── UsageError                   conflicting or unknown command-line options

Only `cli.py` turns these into messages and exit codes; nothing else prints them.
"""

from __future__ import annotations


def one_line(text: str) -> str:
    """``text`` as one printable line: a control character or line break that came in with the data (a
    doctored session's id holding "\\x1e", which ``splitlines`` takes for a break) is written as its
    escape, so an error or warning is always the one line it promises."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


class VoiceInterviewerError(Exception):
    """Base class; `str(err)` is the one-line message shown to the user."""

    exit_code = 1


class BankError(VoiceInterviewerError):
    exit_code = 2


class UsageError(VoiceInterviewerError):
    exit_code = 2


class AudioError(VoiceInterviewerError):
    exit_code = 3


class DeviceError(VoiceInterviewerError):
    exit_code = 4


class TranscriberError(VoiceInterviewerError):
    exit_code = 5


class TranscriptionAbandoned(TranscriberError):
    """A stream's ``finish(timeout=…)`` ran out of time; the decode in flight was given up on."""


class SpeakerError(VoiceInterviewerError):
    exit_code = 6


class StoreError(VoiceInterviewerError):
    exit_code = 7
