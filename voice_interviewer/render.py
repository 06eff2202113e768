"""Showing a verdict in the terminal with rich.

The ``format_*`` functions are pure: they build rich renderables (or strings) from a
:class:`~voice_interviewer.scoring.Verdict`; only :func:`render_verdict` prints. ``score``,
``practice`` and ``replay`` all show verdicts through here, so they look the same everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .wording import plural

if TYPE_CHECKING:
    from .scoring import Evidence, Verdict


def _when(e: "Evidence") -> str:
    if e.start is None:
        return ""
    m, s = divmod(e.start, 60)
    return f" [{int(m)}:{s:04.1f}]"


def score_style(score: float) -> str:
    return "bold green" if score >= 70 else "bold yellow" if score >= 45 else "bold red"


def format_answer(verdict: "Verdict") -> Text:
    """The answer with concept hits highlighted and negated mentions struck through in red."""
    text = Text(verdict.transcript)
    for c in verdict.concepts:
        e = c.evidence
        if e is None or not (0 <= e.start_char < e.end_char <= len(verdict.transcript)):
            continue
        if c.hit:
            text.stylize("bold cyan" if c.kind != "signal" else "italic", e.start_char, e.end_char)
        elif c.negated:
            text.stylize("red strike", e.start_char, e.end_char)
    for e in verdict.quantified:
        if 0 <= e.start_char < e.end_char <= len(verdict.transcript):
            text.stylize("bold magenta", e.start_char, e.end_char)
    return text


def format_headline(verdict: "Verdict") -> Text:
    head = Text()
    head.append(f"Score {verdict.score:.0f}/100", style=score_style(verdict.score))
    head.append(f"   coverage {verdict.coverage:.0%}")
    hits = [c for c in verdict.concepts if c.hit and c.kind != "signal"]
    total = [c for c in verdict.concepts if c.kind != "signal"]
    head.append(f"   concepts {len(hits)}/{len(total)}", style="dim")
    return head


def format_missing(verdict: "Verdict") -> Table | None:
    """What the interviewer listened for and did not hear, by stage, as ideas in plain words.

    A concept is listed as its idea (the description's first sentence) where the verdict has one,
    else its label; tools are never demanded, only named as examples under a stage that is
    missing altogether; a concept said in other words, or wrongly, is not "missing" (misreadings
    have their own section); no line is printed twice.
    """
    missing: dict[str, list[str]] = {}
    tools: dict[str, list[str]] = {}
    covered = {c.stage for c in verdict.concepts if c.hit and c.kind != "signal"}
    for c in verdict.concepts:
        if c.hit or c.kind == "signal" or c.misconception:
            continue
        if c.kind == "tool":
            if c.negated:
                missing.setdefault(c.stage, []).append(f"{c.label} (you said there was none)")
            else:
                tools.setdefault(c.stage, []).append(c.label)
            continue
        line = c.idea or c.label
        if c.negated:
            line += " (you said there was none)"
        elif c.similarity is not None:
            line = "partly: " + line  # near the idea in other words, not clearly it
        if line not in missing.get(c.stage, []):
            missing.setdefault(c.stage, []).append(line)
    for stage, names in tools.items():
        if stage not in covered and stage in missing:
            missing[stage][-1] += f" (e.g. {', '.join(names[:2])})"
    if not missing:
        return None
    table = Table(title="Missing", title_justify="left", show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold")
    table.add_column()
    for stage, lines in missing.items():
        table.add_row(stage, "\n".join(lines))
    return table


def format_misreadings(verdict: "Verdict") -> RenderableType | None:
    """Concepts the answer got wrong: what was said, and the belief it matches."""
    wrong = [c for c in verdict.concepts if c.misconception]
    if not wrong:
        return None
    lines: list[RenderableType] = [Text("Misunderstood", style="bold red")]
    for c in wrong:
        lines.append(_indent(Text(f"{c.label}: you said “{c.evidence.quote if c.evidence else ''}”"), 2))
        lines.append(_indent(Text(f"that is a common misconception ({c.misconception})", style="yellow"), 4))
    return Group(*lines)


def format_notes(verdict: "Verdict") -> RenderableType | None:
    notes = getattr(verdict, "notes", None)
    if not notes:
        return None
    return Group(*(Text(f"note: {n}", style="cyan") for n in notes))


def _indent(renderable: RenderableType, spaces: int) -> Padding:
    """Indented on every line, wrapped ones included (a Text's own leading spaces are not)."""
    return Padding(renderable, (0, 0, 0, spaces), expand=False)


def format_flags(verdict: "Verdict") -> RenderableType | None:
    if not verdict.red_flags:
        return None
    lines: list[RenderableType] = [Text("Red flags", style="bold red")]
    for f in verdict.red_flags:
        head = Table.grid(padding=(0, 1))  # the marker in its own column: wrapped text hangs under the text
        head.add_column(style="red", no_wrap=True)
        head.add_column()
        head.add_row("⚑", Text(f.text, style="bold"))
        lines.append(_indent(head, 2))
        lines.append(_indent(Text(f"why: {f.reason}", style="yellow"), 4))
        for e in f.evidence[:3]:
            lines.append(_indent(Text(f"“{e.quote}”{_when(e)}", style="italic"), 4))
    return Group(*lines)


def format_quantified(verdict: "Verdict") -> Text | None:
    if not verdict.quantified:
        return None
    t = Text("Quantified impact: ", style="bold")
    t.append("; ".join(f"“{e.quote}”{_when(e)}" for e in verdict.quantified), style="magenta")
    return t


def format_star(verdict: "Verdict") -> Table | None:
    if verdict.star is None:
        return None
    table = Table(title="STAR", title_justify="left", show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold")
    table.add_column()
    for part in ("situation", "task", "action", "result"):
        e = verdict.star.get(part)
        table.add_row(part, Text(f"“{e.quote}”{_when(e)}", style="green") if e else Text("missing", style="red"))
    return table


def format_delivery(verdict: "Verdict") -> Text | None:
    d = verdict.delivery
    if d is None:
        return None
    data = d.to_json() if hasattr(d, "to_json") else dict(d)
    parts = []
    if data.get("duration") is not None:
        parts.append(f"{data['duration']:.0f}s ({data.get('length', '?')})")
    if data.get("wpm") is not None:
        parts.append(f"{data['wpm']:.0f} wpm ({data.get('pace', '?')})")
    elif data.get("duration") is not None:  # spoken, but too little speech to say anything about pace
        parts.append("too short to judge pace")
    if data.get("fillers") is not None:
        rate = data.get("fillers_per_min")
        parts.append(f"{data['fillers']} fillers" + (f" ({rate:.1f}/min)" if rate is not None else ""))
    if data.get("long_pauses"):
        parts.append(f"{plural(data['long_pauses'], 'long pause')} (longest {data.get('longest_pause') or 0:.1f}s)")
    if data.get("time_to_first_word") is not None:
        parts.append(f"first word after {data['time_to_first_word']:.1f}s")
    t = Text("Delivery: ", style="bold")
    t.append(" · ".join(parts) or "—")
    return t


def format_follow_up(verdict: "Verdict") -> Text | None:
    if verdict.follow_up is None:
        return None
    t = Text("Follow-up: ", style="bold")
    t.append(verdict.follow_up.text)
    t.append(f"\n  ({verdict.follow_up.reason})", style="dim")
    return t


def format_verdict(verdict: "Verdict") -> RenderableType:
    """Everything about one verdict, as one renderable."""
    parts: list[RenderableType] = [format_headline(verdict), Text(""), Panel(format_answer(verdict), title="Answer",
                                                                             title_align="left")]
    for part in (format_notes(verdict), format_misreadings(verdict), format_missing(verdict), format_flags(verdict), format_quantified(verdict), format_star(verdict),
                 format_delivery(verdict), format_follow_up(verdict)):
        if part is not None:
            parts.append(part)
    return Group(*parts)


def render_verdict(verdict: "Verdict", console: Console | None = None) -> None:
    """Print the human verdict."""
    (console or Console()).print(format_verdict(verdict))
