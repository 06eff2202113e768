"""`questions import GUIDE -o DIR` (a guide into a bank) and `questions lint PATH` (a bank by ear and by rule).

Registered under `questions` by :func:`voice_interviewer.commands.questions.register`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..bank import load_bank
from ..errors import VoiceInterviewerError
from ..wording import plural
from . import _closeness
from .questions import find_question


def register_guide_commands(sub: argparse._SubParsersAction) -> None:
    i = sub.add_parser("import", help="turn an interview guide (.txt or .md) into a question bank",
                       description="Read an interview guide (categories; per question the question, why it is "
                                   "asked, the answer framework, red flags and follow-ups) and write a commented "
                                   "bank file DIR/<guide>.toml that `questions check` accepts. Problems are listed "
                                   "one per line (file:line: what was expected).")
    i.add_argument("guide", metavar="GUIDE", type=Path, help="the guide, plain text or markdown")
    i.add_argument("-o", "--output", metavar="DIR", type=Path, required=True, help="directory for the bank file")
    i.add_argument("--force", action="store_true", help="replace DIR/<guide>.toml if it exists")
    i.add_argument("--words-only", action="store_true",
                   help="tie red flags and follow-ups to concepts by shared words only (no embedding model)")
    i.set_defaults(func=run_import)
    lt = sub.add_parser("lint", help="check a bank by ear and by its rules: mis-heard terms, look-alike "
                                     "concepts, red flags that never fire, follow-ups never asked",
                        description="Speak every tool name and hotword in short sentences with each available "
                                    "voice, transcribe them with the bundled Whisper and list what the scorer "
                                    "would miss (with what was heard); flag concepts whose descriptions are too "
                                    "close, red flags no answer raises and follow-ups no answer reaches.")
    lt.add_argument("paths", metavar="PATH", type=Path, nargs="+", help="*.toml file or directory of them")
    lt.add_argument("--fix", metavar="DIR", type=Path,
                    help="write a copy of the bank to DIR with what Whisper heard added as aliases, for review")
    lt.add_argument("--voice", action="append", choices=("espeak", "piper"),
                    help="voices to speak with (repeatable; default: every one installed)")
    lt.add_argument("--carriers", type=int, default=1, choices=(1, 2, 3),
                    help="carrier sentences per term and voice (default 1)")
    lt.add_argument("--question", action="append", metavar="ID", help="only these questions")
    lt.add_argument("--no-audio", action="store_true", help="skip speaking and transcribing (rules and overlaps only)")
    lt.add_argument("--json", action="store_true", help="print the findings as JSON")
    lt.set_defaults(func=run_lint)


def run_import(args: argparse.Namespace) -> int:
    from ..guide_import import GuideError, import_guide

    embedder = None
    if not args.words_only:
        try:
            embedder = _with_spinner("loading the sentence-embedding model", _closeness.closeness_embedder)
        except (ImportError, VoiceInterviewerError) as exc:
            print(f"note: red flags and follow-ups tied to concepts by words only ({exc})", file=sys.stderr)
    try:
        result = _with_spinner(f"importing {args.guide}",
                               lambda: import_guide(args.guide, args.output, embedder=embedder, force=args.force))
    except GuideError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return exc.exit_code
    for problem in result.skipped:
        print(f"note: {problem}", file=sys.stderr)
    bank = result.bank
    concepts = sum(len(q.concepts) for q in bank.questions)
    print(f"wrote {result.path}: {plural(len(bank.questions), 'question')} in "
          f"{plural(len(bank.categories), 'category', 'categories')}, {plural(concepts, 'concept')}")
    print(f"next: voice-interviewer questions lint {result.path.parent}  (review the file, then) "
          f"voice-interviewer questions check {result.path.parent}")
    return 0


def _with_spinner(message: str, work):
    """Run ``work()`` under a rich spinner on stderr (import and model loads take a few seconds)."""
    from rich.console import Console

    console = Console(stderr=True)
    with console.status(message):
        return work()


def run_lint(args: argparse.Namespace) -> int:
    """Each finding is printed as soon as its part is done (speaking takes minutes on a big bank)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .. import lint

    bank = load_bank(args.paths)
    for qid in args.question or ():
        find_question(bank, qid)
    report = lint.LintReport()
    err, out = Console(stderr=True), Console()
    show = (lambda part: None) if args.json else (lambda part: _print_lint_part(out, report, part))
    if not args.no_audio:
        synths = _lint_voices(args.voice, report.notes)
        if synths:
            from ..speech.transcriber import WhisperTranscriber

            transcriber = _with_spinner("loading Whisper", lambda: WhisperTranscriber().load())
            total = len(lint.terms_to_probe(bank, questions=args.question or ())) * len(synths) * args.carriers
            with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeRemainingColumn(), console=err, transient=True) as progress:
                task = progress.add_task("speaking terms", total=total)

                def step(done: int, total: int, what: str) -> None:
                    progress.update(task, completed=done, description=f"speaking {what[:40]}")

                report.heard = lint.probe_terms(bank, synths, transcriber, carriers=lint.CARRIERS[:args.carriers],
                                                questions=args.question or (), progress=step)
            show("heard")
    try:
        embedder = _with_spinner("loading the sentence-embedding model", _closeness.closeness_embedder)
        report.close = [p for p in _closeness.close_descriptions(bank, embedder)
                        if not args.question or any(f"'{q}'" in p.where for q in args.question)]
        show("close")
    except (ImportError, VoiceInterviewerError) as exc:
        report.notes.append(f"closeness check of the descriptions skipped ({exc})")
    report.rules = _with_spinner("scoring probe answers", lambda: lint.lint_rules(bank, questions=args.question or ()))
    show("rules")
    fixed = None
    if args.fix is not None:
        files, added = lint.write_fixed_copy(bank, report.heard, args.fix)
        fixed = {"files": [str(f) for f in files], "aliases_added": added}
    if args.json:
        json.dump({"heard": [h.__dict__ for h in report.heard], "close": [p.__dict__ for p in report.close],
                   "rules": [r.__dict__ for r in report.rules], "notes": report.notes, "fix": fixed},
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    _print_lint_end(out, report, fixed)
    return 0


def _lint_voices(wanted: list[str] | None, notes: list[str]) -> list:
    """espeak-ng (the engine pyttsx3 drives here) and Piper, as asked or as installed."""
    from ..errors import SpeakerError
    from ..speech.speaker import EspeakSynth, PiperSynth

    synths = []
    for name in wanted or ("espeak", "piper"):
        try:
            synths.append(EspeakSynth(voice="en-us") if name == "espeak" else PiperSynth(deterministic=True))
        except SpeakerError as exc:
            if wanted:
                raise
            notes.append(f"voice {name} skipped ({exc})")
    if not synths:
        notes.append("no voice available: terms were not spoken")
    return synths


def _print_lint_part(out, report, part: str) -> None:
    from rich.markup import escape

    if part == "heard":
        missed = report.missed
        out.print(f"[bold]Heard wrong[/]: {len(missed)} of {plural(len(report.heard), 'term')} missed by the matcher")
        for h in missed:
            heard = "; ".join(f"“{m}”" for m in h.missed[:3])
            out.print(f"  {escape(h.question)} {escape(h.concept)}: {escape(h.term)!s} "
                      f"{h.hits}/{h.tries} — heard {escape(heard)}"
                      + (f" → suggest {escape(', '.join(h.suggestions))}" if h.suggestions else ""))
    elif part == "close":
        out.print(f"[bold]Too alike[/]: {plural(len(report.close), 'pair')} of concepts")
        for pair in report.close:
            out.print(f"  {escape(str(pair))}")
    else:
        out.print(f"[bold]Rules[/]: {plural(len(report.rules), 'finding')}")
        for finding in report.rules:
            out.print(f"  {escape(str(finding))}")


def _print_lint_end(out, report, fixed) -> None:
    from rich.markup import escape

    for note in report.notes:
        out.print(f"[dim]note: {escape(note)}[/]")
    if fixed:
        out.print(f"wrote {plural(len(fixed['files']), 'file')} with {plural(fixed['aliases_added'], 'alias', 'aliases')} "
                  f"added for review: {escape(', '.join(fixed['files']))}")
