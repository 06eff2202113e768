"""Speech commands: ``transcribe`` (and ``devices``, registered from :mod:`..speech.devices`).

``transcribe`` is the Whisper adapter on its own: useful to check what the recogniser hears in a
recorded answer before blaming the scoring. ``--json`` keeps stdout pure JSON; the spinner and the
"no speech detected" notice go to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from ..errors import UsageError
from ._suggest import did_you_mean


def register(sub: argparse._SubParsersAction) -> None:
    register_transcribe(sub)
    try:
        from ..speech.devices import register_devices
    except ImportError:  # the devices command is optional (voice-io adapter)
        return
    register_devices(sub)


def register_transcribe(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "transcribe",
        help="transcribe an audio file with the local Whisper model",
        description="Transcribe AUDIO (WAV/FLAC/MP3/OGG, any rate, mono or stereo) with word timings. "
                    "Stereo is mixed to mono unless --channel picks one side.",
    )
    p.add_argument("audio", metavar="AUDIO", type=Path, help="audio file to transcribe")
    p.add_argument("--question", metavar="ID", help="bias recognition toward this question's terms (hotwords)")
    p.add_argument("--bank", type=Path, default=None, help="question bank directory (for --question)")
    add_channel_option(p)
    p.add_argument("--json", action="store_true", help="print {text, duration, words} as JSON")
    p.add_argument("--model-dir", type=Path, default=None, help="a CTranslate2 Whisper model directory")
    p.add_argument("--compute-type", default="int8", help="CTranslate2 compute type (default: int8)")
    p.add_argument("--threads", type=int, default=None, metavar="N", help="CPU threads for decoding")
    p.set_defaults(func=cmd_transcribe)


CHANNELS = {"mix": None, "left": 0, "right": 1}


def add_channel_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--channel", choices=tuple(CHANNELS), default="mix",
                        help="of a stereo recording, transcribe only the left or the right channel "
                             "(default: mix them)")


def load_answer_audio(path: Path, channel: str = "mix"):
    """The recording as the recogniser takes it; channels that differ but were mixed (two speakers,
    one per channel) are a warning pointing to ``--channel``."""
    from ..speech.audio import load_audio

    def warn(message: str) -> None:
        print(f"warning: {message}; transcribe one with --channel left or --channel right", file=sys.stderr)

    return load_audio(path, channel=CHANNELS[channel], warn=warn)


def question_hotwords(question_id: str, bank_dir: Path | None) -> list[str]:
    """Hotwords of a main question, or of the question a follow-up id belongs to."""
    from ..bank import load_bank

    bank = load_bank(bank_dir) if bank_dir else load_bank()
    for q in bank.questions:
        if q.id == question_id or any(f.id == question_id for f in q.follow_ups):
            return q.hotwords()
    known = bank.ids() + [f.id for q in bank.questions for f in q.follow_ups]
    raise UsageError(f"unknown question '{question_id}'{did_you_mean(question_id, known, otherwise_list=True)}")


@contextlib.contextmanager
def _spinner(message: str):
    """A rich spinner on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(message):
        yield


def cmd_transcribe(args: argparse.Namespace) -> int:
    from ..speech.transcriber import WhisperTranscriber

    if args.threads is not None and args.threads < 1:
        raise UsageError("--threads must be at least 1")
    hotwords = question_hotwords(args.question, args.bank) if args.question else []
    audio = load_answer_audio(args.audio, args.channel)
    transcriber = WhisperTranscriber(args.model_dir, compute_type=args.compute_type, cpu_threads=args.threads)
    with _spinner("Loading the Whisper model…"):
        transcriber.load()
    with _spinner(f"Transcribing {args.audio.name} ({len(audio) / 16000:.0f} s)…"):
        transcript = transcriber.transcribe(audio, hotwords=hotwords)
    if not transcript.text:
        print("no speech detected", file=sys.stderr)
    if args.json:
        data = transcript.to_json()
        print(json.dumps({"text": data["text"], "duration": data["duration"], "words": data["words"]}))
    elif transcript.text:
        print(transcript.text)
    return 0
