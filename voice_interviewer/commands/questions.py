"""`questions`: list the bank, and `questions check PATH...`: validate a custom bank.

Also home of the shared ``--bank`` plumbing (:func:`add_bank_option`, :func:`load_bank_from_args`,
:func:`select_category`) so every command that reads questions takes ``--bank`` the same way.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from ..bank import Bank, Concept, Question, default_bank_dir, load_bank
from ..errors import UsageError, VoiceInterviewerError
from ..wording import plural
from ._filters import add_filter_options, narrow
from ._suggest import did_you_mean

if TYPE_CHECKING:
    from ..meaning import Embedder


def add_bank_option(parser: argparse.ArgumentParser, *, nested: bool = False) -> None:
    """Add ``--bank PATH`` (repeatable: a directory of ``*.toml`` files or one file).

    ``nested``: for a subcommand whose group takes ``--bank`` too (``questions --bank D show ID``
    and ``questions show --bank D ID``). argparse lets a subcommand's defaults overwrite what was
    given before it, so the subcommand keeps its paths apart and they are added to the group's.
    """
    parser.add_argument(
        "--bank",
        metavar="DIR",
        type=Path,
        action="append",
        dest=_NESTED_BANK if nested else "bank",
        default=None,
        help="question bank directory or file (repeat to combine; default: the bundled bank)",
    )


_NESTED_BANK = "subcommand_bank"


def load_bank_from_args(args: argparse.Namespace) -> Bank:
    """Load the bank named by ``--bank`` (a path or list of paths), else the default bank."""
    paths = getattr(args, "bank", None) or []
    paths = [*(paths if isinstance(paths, list) else [paths]), *(getattr(args, _NESTED_BANK, None) or [])]
    return load_bank(paths or default_bank_dir())


def select_category(bank: Bank, category: str | None) -> list[Question]:
    """The bank's questions, optionally only one category; an unknown category is a UsageError."""
    if category is None:
        return list(bank.questions)
    known = [c.id for c in bank.categories]
    if category not in known:
        raise UsageError(f"unknown category {category!r} (categories: {', '.join(known)})")
    return bank.by_category(category)


def question_to_json(bank: Bank, q: Question) -> dict[str, Any]:
    """The ``questions --json`` object for one question."""
    return {
        "id": q.id,
        "category": q.category,
        "category_label": bank.category_label(q.category),
        "level": q.level,
        "kind": q.kind,
        "source": q.source,
        "prompt": q.prompt,
        "why": q.why,
        "framework": q.framework,
        "stages": list(q.stages),
        "concepts": [
            {"id": c.id, "label": c.label, "stage": c.stage, "weight": c.weight, "kind": c.kind,
             "aliases": list(c.aliases), "description": c.description, "examples": list(c.examples),
             "misconceptions": list(c.misconceptions)}
            for c in q.concepts
        ],
        "red_flags": [{"id": f.id, "text": f.text} for f in q.red_flags],
        "follow_ups": [{"id": f.id, "text": f.text} for f in q.follow_ups],
        "target_seconds": list(q.target_seconds),
    }


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "questions",
        help="list the question bank, or check a custom one",
        description="List the question bank. `questions check PATH...` validates a custom bank.",
    )
    p.add_argument("--category", metavar="C", help="only this category (e.g. core, cicd, monitoring)")
    add_filter_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    add_bank_option(p)
    p.set_defaults(func=run_list)
    sub = p.add_subparsers(dest="questions_command", metavar="{check,show,import,lint}")
    c = sub.add_parser("check", help="validate a custom bank (files or directories)",
                       description="Validate question bank files: prints 'ok: N questions in M files', or "
                                   "one line naming the file, the question and the field that is wrong. "
                                   "Warns about concepts without a description and, when the sentence-"
                                   "embedding model is installed, about two concepts of one question whose "
                                   "descriptions are too close to tell apart.")
    c.add_argument("paths", metavar="PATH", type=Path, nargs="+", help="*.toml file or directory of them")
    c.set_defaults(func=run_check)
    s = sub.add_parser("show", help="one question in full: framework, concepts, red flags, follow-ups",
                       description="One question in full: why it is asked, its answer framework, the concepts "
                                   "checked per stage, its red flags and its follow-ups.")
    s.add_argument("question_id", metavar="ID", help="question id (see `voice-interviewer questions`)")
    # SUPPRESS: `questions --json show ID` keeps the --json given before the subcommand
    s.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the question as JSON")
    add_bank_option(s, nested=True)
    s.set_defaults(func=run_show)
    register_guide_commands(sub)


def run_list(args: argparse.Namespace) -> int:
    bank = load_bank_from_args(args)
    questions = select_category(narrow(bank, args), args.category)
    if args.json:
        json.dump([question_to_json(bank, q) for q in questions], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from rich.console import Console

    console = Console()
    console.print(questions_view(questions, console.width))
    return 0


MIN_PROMPT_WIDTH = 28  # below this a prompt is a column of single words: drop columns, then the table


def questions_view(questions: list[Question], width: int):
    """The listing as a table that fits ``width`` columns: kind and source go first when the prompt
    would be squeezed (kind first: the guide's questions stay marked), and on a narrow terminal
    (``COLUMNS=40``) it becomes a list."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    title = plural(len(questions), "question")
    for names in (("id", "category", "level", "kind", "source"), ("id", "category", "kind", "source"),
                  ("id", "category", "source"), ("id", "category")):
        fixed = sum(max([len(n), *(len(getattr(q, n)) for q in questions)]) + 3 for n in names) + 4
        if width - fixed >= MIN_PROMPT_WIDTH:
            table = Table(title=title, title_justify="left", show_lines=False)
            for name in names:
                table.add_column(name, no_wrap=True)
            table.add_column("prompt", overflow="fold")
            for q in questions:  # bank text is not markup
                table.add_row(*(Text(getattr(q, n)) for n in names), Text(q.prompt))
            return table
    items: list = [Text(title)]
    for q in questions:
        items.append(Text.assemble((q.id, "bold"), f" · {q.category} · {q.level or '-'} · {q.kind} · {q.source}"))
        items.append(Padding(Text(q.prompt), (0, 0, 0, 2)))
    return Group(*items)


def find_question(bank: Bank, question_id: str) -> Question:
    """``bank.get`` with a one-line UsageError listing the known ids."""
    try:
        return bank.get(question_id)
    except KeyError:
        hint = did_you_mean(question_id, bank.ids(), otherwise_list=True)
        raise UsageError(f"unknown question {question_id!r}{hint}") from None


def run_show(args: argparse.Namespace) -> int:
    bank = load_bank_from_args(args)
    q = find_question(bank, args.question_id)
    if args.json:
        json.dump(question_to_json(bank, q), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    from rich.console import Console
    from rich.markup import escape

    out = Console()
    lo, hi = q.target_seconds
    out.print(f"[bold]{escape(q.id)}[/] · {escape(bank.category_label(q.category))} · "
              f"{q.level + ' · ' if q.level else ''}{q.kind} · {lo}–{hi} s")
    out.print(f"\n[bold]{escape(q.prompt)}[/]\n")
    out.print(f"[dim]Why:[/] {escape(q.why)}\n")
    out.print(f"[dim]Framework:[/] {escape(q.framework)}\n")
    for stage in q.stages:
        labels = [c.label + (" (tool)" if c.kind == "tool" else "") for c in q.concepts
                  if c.stage == stage and c.kind != "signal"]
        out.print(f"  [cyan]{escape(stage)}[/]: {escape('; '.join(labels))}")
    out.print("\n[bold red]Red flags[/]")
    for f in q.red_flags:
        out.print(f"  • {escape(f.text)}")
    out.print("\n[bold]Follow-ups[/]")
    for f in q.follow_ups:
        out.print(f"  • {escape(f.text)} [dim]({escape(q.id)}/{escape(f.id)})[/]")
    return 0


def run_check(args: argparse.Namespace) -> int:
    bank = load_bank(args.paths)
    n, m = len(bank.questions), len(bank.sources)
    print(f"ok: {plural(n, 'question')} in {plural(m, 'file')}")
    for line in missing_descriptions(bank):
        print(f"warning: {line}", file=sys.stderr)
    try:
        embedder = closeness_embedder()
    except (ImportError, VoiceInterviewerError) as exc:  # EmbeddingError: no model, or it cannot load
        print(f"note: closeness check of the descriptions skipped ({exc})", file=sys.stderr)
        return 0
    for pair in close_descriptions(bank, embedder):
        print(f"warning: {pair}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ questions check: the descriptions

#: Two concepts of one question (or follow-up) whose descriptions have at least this cosine similarity
#: (all-MiniLM-L6-v2) read as one idea, so an answer cannot be credited to one and not the other.
#: Calibrated on the bundled bank: 20 of its descriptions written again in other words score 0.65-0.88
#: against the original (median 0.79; 16 of 20 reach 0.70); its 1,197 pairs of distinct sibling
#: descriptions score median 0.34, 99th percentile 0.61, highest 0.67 (the first drafts had five pairs
#: at 0.70-0.85, such as a platform's "strengths" and "weaknesses", and were reworded). The mean vector
#: of description and examples separates worse (rewordings 0.53-0.89, median 0.74, against distinct
#: pairs up to 0.70), so the examples are left out of this check.
CLOSE_DESCRIPTIONS = 0.70


def closeness_embedder() -> "Embedder":
    """The sentence embedder for the closeness check (a seam: tests pass the session's one)."""
    from ..embedding import MiniLMEmbedder

    return MiniLMEmbedder().load()


def _scored_items(q: Question) -> Iterator[tuple[str, str, tuple[Concept, ...]]]:
    """(where, id prefix, concepts) for a question and each follow-up: each is scored on its own."""
    yield f"question {q.id!r}", "", q.concepts
    for f in q.follow_ups:
        yield f"question {q.id!r}, follow-up {f.id!r}", f"{f.id}/", f.concepts


def missing_descriptions(bank: Bank) -> list[str]:
    """One line per question naming its concepts without a description (``FOLLOW_UP/ID`` for a follow-up's)."""
    lines = []
    for q in bank.questions:
        ids = [prefix + c.id for _, prefix, concepts in _scored_items(q)
               for c in concepts if not c.description]
        if ids:
            lines.append(f"{q.path}: question {q.id!r}: {plural(len(ids), 'concept')} without a description "
                         f"({', '.join(ids)}): add one so answers can be matched by meaning")
    return lines


@dataclass(frozen=True)
class ClosePair:
    """Two concepts of one question or follow-up whose descriptions say nearly the same thing."""

    path: str
    where: str
    first: str
    second: str
    similarity: float
    threshold: float

    def __str__(self) -> str:
        return (f"{self.path}: {self.where}: concepts {self.first!r} and {self.second!r} have descriptions "
                f"too close to tell apart (similarity {self.similarity:.2f}, threshold {self.threshold:.2f}): "
                f"reword one so each says what only it covers")


def close_descriptions(bank: Bank, embedder: "Embedder",
                       threshold: float = CLOSE_DESCRIPTIONS) -> list[ClosePair]:
    """Pairs of concepts within one question (or one follow-up) whose descriptions are at least
    ``threshold`` similar, most similar first within each question.

    Tool concepts are left out: a tool is recognised by its name, and every tool's description
    ("a tool that tracks experiments") is meant to sit close to the practice it serves.
    """
    pairs = []
    for q in bank.questions:
        found = []
        for where, _, concepts in _scored_items(q):
            described = [c for c in concepts if c.description and c.kind != "tool"]
            if len(described) < 2:
                continue
            vectors = embedder.embed([c.description for c in described])
            similarity = vectors @ vectors.T
            for i, j in itertools.combinations(range(len(described)), 2):
                if similarity[i, j] >= threshold:
                    found.append(ClosePair(q.path, where, described[i].id, described[j].id,
                                           float(similarity[i, j]), threshold))
        pairs.extend(sorted(found, key=lambda p: -p.similarity))
    return pairs


# ------------------------------------------------------------------ questions import / lint


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
            embedder = _with_spinner("loading the sentence-embedding model", closeness_embedder)
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
        embedder = _with_spinner("loading the sentence-embedding model", closeness_embedder)
        report.close = [p for p in close_descriptions(bank, embedder)
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
