"""``score``: the verdict on one typed or recorded answer.

    voice-interviewer score --question ID (--text TEXT | AUDIO_FILE) [--json] [--bank DIR]

``ID`` is a question id (``monitoring``) or a follow-up as ``QUESTION/FOLLOW_UP``
(``lifecycle/drift``). With ``--json`` stdout holds exactly one JSON object
(:meth:`Verdict.to_json`); progress for audio goes to stderr only when it is a terminal.
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
    p = sub.add_parser(
        "score",
        help="score one answer (typed text or an audio file) against a question",
        description="Score an answer: concepts covered, red flags with evidence, follow-up and why.",
    )
    p.add_argument("--question", "-q", required=True, metavar="ID",
                   help="question id, or QUESTION/FOLLOW_UP for a follow-up (e.g. lifecycle/drift)")
    p.add_argument("--text", "-t", metavar="TEXT", help="the answer as typed text")
    p.add_argument("audio", nargs="?", metavar="AUDIO_FILE", type=Path,
                   help="a recorded answer (WAV/FLAC/MP3/OGG) to transcribe and score")
    p.add_argument("--json", action="store_true", help="print the verdict as one JSON object")
    p.add_argument("--words-only", action="store_true",
                   help="judge by the bank's words only (no sentence-embedding model; the verdict before "
                        "meaning-based scoring)")
    from .questions import add_bank_option
    from .speech import add_channel_option

    add_channel_option(p)
    add_bank_option(p)
    p.set_defaults(func=cmd_score)


def find_question(bank, question_id: str):
    """A main question or a follow-up (``parent/follow-up``); unknown ids suggest the closest."""
    parent, _, child = question_id.partition("/")
    try:
        q = bank.get(parent)
    except KeyError:
        hint = did_you_mean(question_id, _all_ids(bank), otherwise_list=True)
        raise UsageError(f"unknown question '{question_id}'{hint}") from None
    if not child:
        return q
    try:
        return q.follow_up(child)
    except KeyError:
        ids = [f"{q.id}/{f.id}" for f in q.follow_ups]
        hint = did_you_mean(question_id, ids, otherwise_list=True)
        raise UsageError(f"unknown follow-up '{question_id}'{hint}") from None


def _all_ids(bank) -> list[str]:
    return bank.ids() + [f"{q.id}/{f.id}" for q in bank.questions for f in q.follow_ups]


@contextlib.contextmanager
def _spinner(message: str, quiet: bool):
    if quiet or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(message):
        yield


def _transcribe(path: Path, hotwords: list[str], quiet: bool, channel: str = "mix"):
    """Transcribe ``path``, primed with ``hotwords``."""
    try:
        from ..speech.transcriber import WhisperTranscriber
        from .speech import load_answer_audio
    except ImportError as exc:  # speech adapters are optional pieces of the install
        raise UsageError(f"scoring audio files is not supported in this install ({exc}); use --text") from None
    audio = load_answer_audio(path, channel)
    with _spinner(f"Transcribing {path.name}…", quiet):
        return WhisperTranscriber().transcribe(audio, hotwords=hotwords)


def _hotwords(bank, question) -> list[str]:
    """The interview loop's hotwords for this question or follow-up (one policy: answer.hotwords)."""
    from ..answer import hotwords
    from ..bank import Question

    if isinstance(question, Question):
        return hotwords(question)
    return hotwords(bank.get(question.parent_id), question)


def cmd_score(args) -> int:
    from ..scoring import score_answer
    from .questions import load_bank_from_args

    if (args.text is None) == (args.audio is None):
        raise UsageError("give exactly one answer: --text TEXT or an AUDIO_FILE")
    bank = load_bank_from_args(args)
    question = find_question(bank, args.question)
    from ..embedding import embedder_or_none

    if args.text is not None:
        if not args.text.strip():
            raise UsageError("--text is empty")
        verdict = score_answer(question, args.text, embedder=embedder_or_none(args.words_only))
    else:
        from ..answer import score_spoken

        transcript = _transcribe(args.audio, _hotwords(bank, question), args.json, args.channel)
        if not transcript.text.strip():
            raise UsageError(f"{args.audio}: no speech detected")
        verdict = score_spoken(question, transcript, embedder_or_none(args.words_only))
    if args.json:
        print(json.dumps(verdict.to_json(), ensure_ascii=False))
        return 0
    from rich.console import Console

    from ..render import render_verdict

    console = Console()
    console.print(f"[bold]{question.prompt}[/bold]", highlight=False)
    render_verdict(verdict, console)
    return 0
