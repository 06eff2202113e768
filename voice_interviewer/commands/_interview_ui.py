"""What ``practice`` and ``rehearse`` show: the questions, what was heard, verdicts, the report.

Human output goes to stdout; with ``--json`` stdout carries only the JSON summary and the
human view goes to stderr (when it is a terminal) so nothing is lost in an interactive run.
"""

from __future__ import annotations

import sys

from rich.console import Console, Group
from rich.markup import escape
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..wording import plural


class ConsoleUI:
    """The interview loop's UI on a terminal (rich), quiet where a pipe would be polluted."""

    def __init__(self, *, json_mode: bool = False, mode: str = "practice"):
        self.mode = mode
        if json_mode:
            self.out = Console(stderr=True, quiet=not sys.stderr.isatty(), highlight=False)
        else:
            self.out = Console(highlight=False, soft_wrap=False)
        self.err = Console(stderr=True, highlight=False, quiet=not sys.stderr.isatty())

    def asking(self, turn) -> None:
        which = f"follow-up ({turn.follow_up.id})" if turn.follow_up else f"({turn.question.id})"
        label = f"Q{turn.number} {which}"
        self.out.print(f"\n[bold cyan]{escape(label)}[/] {escape(turn.text)}")

    def listening(self, turn, policy) -> bool | None:
        patience = policy.patience_s
        if patience:  # the end-of-turn decision: see voice_interviewer/turntaking.py
            hint = (f"listening… (a finished answer ends after a {patience:g} s pause, "
                    f"an unfinished thought after {policy.end_silence_s:g} s")
        else:
            hint = f"listening… (a pause of {policy.end_silence_s:g} s ends the answer"
        if policy.hard_limit_s:
            hint += f"; limit {policy.hard_limit_s:g} s"
        self.err.print(f"[dim]{hint})[/]")
        return None

    def heard(self, turn, transcript) -> None:
        """Rehearse echoes what was heard; practice shows it in the verdict (short ones: commands)."""
        text = transcript.text.strip()
        if self.mode == "practice" and len(text.split()) > 8:
            return
        self.out.print(f"[dim]heard:[/] {escape(text)}" if text else "[dim]heard: (no speech)[/]")

    def cue(self, turn, at: float) -> None:
        self.err.print(f"[yellow]⏱ time is nearly up ({at:.0f} s)[/]")

    def command(self, turn, command: str) -> None:
        self.out.print(f"[magenta]voice command: {escape(command)}[/]")

    def verdict(self, turn, verdict) -> None:
        from ..render import render_verdict

        render_verdict(verdict, self.out)

    def status(self, message: str):
        """A spinner on stderr (terminals only) while the last words are transcribed."""
        return self.err.status(f"[dim]{escape(message)}[/]", spinner="dots")

    def notice(self, message: str) -> None:
        self.err.print(f"[dim]{escape(message)}[/]")


def _fmt(value, spec: str = "", dash: str = "—") -> str:
    if value is None:
        return dash
    return format(value, spec)


def summary_table(summary: dict, mode: str) -> Table:
    table = Table(title="Summary", show_lines=False)
    for col in ("#", "question", "score", "coverage", "flags", "WPM", "fillers/min"):
        table.add_column(col, justify="right" if col not in ("question",) else "left",
                         overflow="fold" if col == "question" else "ellipsis")
    if mode == "rehearse":
        table.add_column("time / budget", justify="right")
    for row in summary["turns"]:
        name = row["question_id"] if not row["follow_up_id"] else f"  ↳ {row['follow_up_id']}"
        if row["status"] != "answered":
            name += f" ({row['reason'] or row['status']})"
        cells = [str(row["turn"]), name, _fmt(row["score"], ".0f"),
                 "—" if row["coverage"] is None else f"{row['coverage'] * 100:.0f}%",
                 str(len(row["red_flags"])) if row["score"] is not None else "—",
                 _fmt(row["wpm"], ".0f"), _fmt(row["fillers_per_min"], ".1f")]
        if mode == "rehearse":
            cells.append(_time_used(row) or "—")
        table.add_row(*cells)
    return table


def _time_used(row: dict) -> str | None:
    if row.get("budget_s") is None:
        return None
    return f"{row['used_s']:.0f}s / {row['budget_s']:.0f}s" + (" (stopped)" if row.get("hard_stop") else "")


def summary_list(summary: dict, mode: str) -> Group:
    """The summary as one line per turn, for a terminal too narrow for the table."""
    lines: list = [Text("Summary", style="bold")]
    for row in summary["turns"]:
        label = row["question_id"] if not row["follow_up_id"] else f"↳ {row['follow_up_id']}"
        if row["score"] is None:
            parts = [row["reason"] or row["status"]]
        else:
            parts = [f"score {row['score']:.0f}",
                     "coverage —" if row["coverage"] is None else f"coverage {row['coverage'] * 100:.0f}%",
                     plural(len(row["red_flags"]), "red flag")]
            if row["wpm"] is not None:
                parts.append(f"{row['wpm']:.0f} wpm")
            if row["fillers_per_min"] is not None:
                parts.append(f"{row['fillers_per_min']:.1f} fillers/min")
        if mode == "rehearse" and _time_used(row):
            parts.append(_time_used(row))
        line = Text.assemble((f"{row['turn']} {label}", "bold"), ": " + " · ".join(parts))
        lines.append(Padding(line, (0, 0, 0, 2 if row["follow_up_id"] else 0), expand=False))
    return Group(*lines)


def summary_view(summary: dict, mode: str, console: Console):
    """The table where it fits the terminal, else :func:`summary_list` (no column squeezed to '…')."""
    table = summary_table(summary, mode)
    if Measurement.get(console, console.options.update(max_width=1000), table).minimum <= console.width:
        return table
    return summary_list(summary, mode)


def render_report(console: Console, result, mode: str) -> None:
    """The closing report: the table, the weakest area, and (rehearse) every verdict in full."""
    summary = result.summary
    if mode == "rehearse":
        verdicts = [t for t in sorted(result.turns, key=lambda t: t.info.number) if t.verdict is not None]
        if verdicts:
            from ..render import render_verdict

            console.rule("Verdicts")
            for t in verdicts:
                label = f"Q{t.info.number} " + (f"follow-up {t.info.follow_up.id}" if t.info.follow_up
                                                 else t.info.question.id)
                console.print(f"\n[bold]{escape(label)}[/]: {escape(t.info.text)}")
                render_verdict(t.verdict, console)
    console.print()
    console.print(summary_view(summary, mode, console))
    if summary.get("average_score") is not None:
        console.print(f"average score: [bold]{summary['average_score']:.0f}[/] "
                      f"over {plural(summary['answered'], 'answer')}")
    timing = summary.get("timing")
    if timing:
        over = ", ".join(f"Q{n}" for n in timing["over_time"]) or "none"
        console.print(f"time used: {timing['used_s']:.0f} s of {timing['budget_s']:.0f} s budgeted; "
                      f"over time: {over}")
    weakest = summary.get("weakest")
    if weakest and weakest.get("text"):
        console.print(f"[bold]practise next:[/] {escape(weakest['text'])}")
    if summary.get("stopped_by_candidate"):
        console.print("[dim]stopped by voice command[/]")
    if summary.get("out_of_time"):
        console.print("[dim]the run's time ran out before every question was asked[/]")
    console.print(f"[dim]session {result.session_id} saved[/]")
