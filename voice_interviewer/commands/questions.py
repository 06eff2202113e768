"""`questions`: list the bank, and `questions check PATH...`: validate a custom bank.

`questions import` and `questions lint` live in :mod:`voice_interviewer.commands.questions_guide`, the
look at the descriptions both checks share in :mod:`voice_interviewer.commands._closeness`.

Also home of the shared ``--bank`` plumbing (:func:`add_bank_option`, :func:`load_bank_from_args`,
:func:`select_category`) so every command that reads questions takes ``--bank`` the same way.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..bank import Bank, Question, default_bank_dir, load_bank
from ..errors import UsageError, VoiceInterviewerError
from ..wording import plural
from . import _closeness
from ._filters import add_filter_options, narrow
from ._suggest import did_you_mean


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
    from .questions_guide import register_guide_commands

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
    for flag in q.red_flags:
        out.print(f"  • {escape(flag.text)}")
    out.print("\n[bold]Follow-ups[/]")
    for fu in q.follow_ups:
        out.print(f"  • {escape(fu.text)} [dim]({escape(q.id)}/{escape(fu.id)})[/]")
    return 0


def run_check(args: argparse.Namespace) -> int:
    bank = load_bank(args.paths)
    n, m = len(bank.questions), len(bank.sources)
    print(f"ok: {plural(n, 'question')} in {plural(m, 'file')}")
    for line in _closeness.missing_descriptions(bank):
        print(f"warning: {line}", file=sys.stderr)
    try:
        embedder = _closeness.closeness_embedder()
    except (ImportError, VoiceInterviewerError) as exc:  # EmbeddingError: no model, or it cannot load
        print(f"note: closeness check of the descriptions skipped ({exc})", file=sys.stderr)
        return 0
    for pair in _closeness.close_descriptions(bank, embedder):
        print(f"warning: {pair}", file=sys.stderr)
    return 0
