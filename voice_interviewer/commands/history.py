"""Looking back: ``sessions``, ``replay``, ``compare``, ``progress``, ``report`` and ``delete``.

The reading and the figures live in :mod:`voice_interviewer.history` (pure); this module only
parses arguments and prints. Warnings about damaged session files go to stderr, one line each,
so ``--json`` stdout stays pure JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import history
from ..errors import UsageError, one_line
from ..turntaking import describe as describe_end
from ..wording import plural
from ._suggest import did_you_mean
from .questions import add_bank_option, load_bank_from_args, select_category


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sessions", help="list saved sessions, newest first",
                       description="List the saved sessions, newest first: id, date, mode, questions, "
                                   "mean score and status. A damaged session is listed with a warning.")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("replay", help="replay a session turn by turn (optionally heard again or re-scored)",
                       description="Show a saved session turn by turn: each question, the answer as heard, "
                                   "its verdict and timing. --play plays the answers, --speak says the "
                                   "questions, --rescore scores the transcripts again with the current bank.")
    p.add_argument("session", metavar="SESSION", help="a session id from 'sessions', or 'last'")
    p.add_argument("--play", action="store_true", help="play each recorded answer")
    p.add_argument("--speak", action="store_true", help="speak each question aloud")
    p.add_argument("--rescore", action="store_true", help="score the saved transcripts with the current bank")
    add_bank_option(p)
    p.add_argument("--json", action="store_true", help="print the session as JSON")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("compare", help="every attempt at one question side by side",
                       description="Every answered attempt at one question (or QUESTION/FOLLOW_UP) side by "
                                   "side, oldest first, and what changed since the first one shown.")
    p.add_argument("question", metavar="QUESTION", help="question id, or QUESTION/FOLLOW_UP for a follow-up")
    p.add_argument("--last", type=int, default=None, metavar="N", help="only the last N attempts")
    add_bank_option(p)
    p.add_argument("--json", action="store_true", help="print the attempts and changes as JSON")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("progress", help="score trends per category and question, and the weakest questions",
                       description="Score trends per category and per question (table and sparklines, "
                                   "0-100), and the questions most due for practice.")
    p.add_argument("--category", default=None, help="only this category")
    add_bank_option(p)
    p.add_argument("--weakest", type=int, default=3, metavar="N", help="how many weakest questions to list")
    p.add_argument("--json", action="store_true", help="print the trends and weakest questions as JSON")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser("report", help="write a self-contained HTML report",
                       description="Write one self-contained HTML file for a session (or --all): "
                                   "transcripts with hits and red flags marked, the answers' audio, and "
                                   "charts across sessions. Works offline.")
    p.add_argument("session", metavar="SESSION", nargs="?", help="a session id or 'last'")
    p.add_argument("--all", action="store_true", help="every session")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.html",
                   help="the HTML file to write")
    p.add_argument("--audio-mb", type=float, default=25.0, metavar="MB",
                   help="embed answer audio up to this size, newest sessions first (0: no audio)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("delete", help="delete a session and its audio",
                       description="Delete a saved session: its folder, its recorded answers and its "
                                   "entry in the listing cache. Asks first unless --yes.")
    p.add_argument("session", metavar="SESSION", help="a session id or 'last'")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_delete)


# --------------------------------------------------------------------------- helpers


def _warner():
    """A ``warning:`` printer for one command that says each thing once (a damaged session is
    noticed both by the listing and when it is loaded)."""
    said: set[str] = set()

    def warn(message: str) -> None:
        if message not in said:
            said.add(message)
            print(f"warning: {one_line(message)}", file=sys.stderr)

    return warn


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _load_bank(args):
    return load_bank_from_args(args)


def _num(value, pattern: str = "{:.0f}") -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "–"
    return pattern.format(value)


def _date(started: str) -> str:
    return history.parse_time(started).astimezone().strftime("%Y-%m-%d %H:%M")  # local time for people


# --------------------------------------------------------------------------- sessions


def cmd_sessions(args) -> int:
    summaries = history.load_summaries(history.data_home(), warn=_warner())
    if args.json:
        print(json.dumps([s.to_json() for s in summaries]))
        return 0
    if not summaries:
        print("no saved sessions yet (run 'voice-interviewer practice' or 'rehearse')")
        return 0
    # Plain aligned text, not a rich Table: 1,000 rows must print in well under a second.
    lines = [f"{'id':<22} {'date':<16} {'mode':<8} {'questions':>9} {'mean score':>10}  status"]
    for s in summaries:
        lines.append(f"{s.id:<22} {_date(s.started):<16} {s.mode:<8} {len(s.question_ids):>9} "
                     f"{_num(s.mean_score):>10}  {s.status}")
    print("\n".join(lines))
    return 0


# --------------------------------------------------------------------------- replay


def _turn_json(turn: history.Turn, folder: Path) -> dict:
    return {
        "turn": turn.number,
        "question_id": turn.question_id,
        "follow_up_id": turn.follow_up_id,
        "text": turn.text,
        "parent_turn": turn.parent_turn,
        "audio": str(turn.audio_path.relative_to(folder)) if turn.audio_path else None,
        "audio_duration": turn.audio_duration,
        "ended_by": turn.ended_by,
        "end_of_turn": turn.end_of_turn,
        "partial": turn.partial,
        "transcript": turn.transcript.to_json() if turn.transcript else None,
        "verdict": turn.verdict.to_json() if turn.verdict is not None else None,
        "follow_up_chosen": turn.follow_up_chosen,
        "timing": turn.timing,
        "cues": turn.cues,
        "commands": turn.commands,
        "unanswered": turn.unanswered,
        "interrupted": turn.interrupted,
    }


def _print_verdict(console, turn: history.Turn) -> None:
    """The saved verdict through the same renderer as a live answer's."""
    from ..render import render_verdict

    assert turn.verdict is not None
    render_verdict(turn.verdict, console)


def _play(path: Path) -> None:
    """Play one recorded answer through the default output device and wait for its end."""
    from ..speech.audio import SAMPLE_RATE, load_audio
    from ..speech.speaker import play

    play(load_audio(path), SAMPLE_RATE)


def _print_change(console, change: history.TurnChange) -> None:
    if change.note:
        console.print(f"  re-score: {change.note}")
        return
    delta = change.delta
    sign = "" if delta is None else f" ({delta:+.0f})"
    console.print(f"  re-score with the current bank: {_num(change.old_score)} → {_num(change.new_score)}{sign}")
    for label, items in (("gained", change.gained), ("lost", change.lost),
                         ("new red flags", change.flags_added), ("red flags gone", change.flags_removed)):
        if items:
            console.print(f"    {label}: {', '.join(items)}")
    if not (change.gained or change.lost or change.flags_added or change.flags_removed or delta):
        console.print("    no change")


def cmd_replay(args) -> int:
    warn = _warner()
    record = history.load_session(history.data_home(), args.session, warn=warn)
    for w in record.warnings:
        warn(w)
    changes = None
    if args.rescore:
        from ..embedding import embedder_or_none

        changes = history.rescore(record, _load_bank(args), embedder=embedder_or_none())
    by_turn = {c.turn: c for c in changes or []}
    if args.json:
        data = {
            "session": {**record.summary().to_json(), "bank": record.bank, "options": record.options,
                        "app_version": record.app_version, "format": record.format, "warnings": record.warnings},
            "turns": [_turn_json(t, record.path) for t in record.turns],
        }
        if changes is not None:
            data["rescore"] = [c.to_json() for c in changes]
        print(json.dumps(data))
        return 0
    console = _console()
    speaker = None
    if args.speak:
        from ..speech.speaker import make_speaker

        speaker = make_speaker("auto")
    s = record.summary()
    console.print(f"[bold]Session {record.id}[/] · {_date(record.started)} · {record.mode} · {record.status} · "
                  f"{plural(len(s.question_ids), 'question')} · mean score {_num(s.mean_score)}")
    try:
        for turn in record.turns:
            kind = f"follow-up to turn {turn.parent_turn}" if turn.follow_up_id else "question"
            console.rule(f"Turn {turn.number} · {turn.follow_up_id or turn.question_id} ({kind})")
            console.print(f"[bold]Q:[/] {turn.text}", markup=True)
            if speaker is not None:
                speaker.say(turn.text)
            if turn.audio_path is not None:
                extra = " · partial (interrupted)" if turn.partial else ""
                console.print(f"answer audio: {turn.audio_path.name} · {_num(turn.audio_duration, '{:.1f}')} s · "
                              f"ended by {turn.ended_by or '?'}{extra}")
                why = describe_end(turn.end_of_turn)
                if why:
                    console.print(f"why it ended: {why}", markup=False, highlight=False)
                if args.play:
                    if turn.audio_path.is_file():
                        _play(turn.audio_path)
                    else:
                        warn(f"{turn.audio_path}: recorded answer is missing")
            if turn.verdict is not None:
                _print_verdict(console, turn)
            elif turn.transcript is not None:
                console.print(turn.transcript.text or "(no speech)")
            else:
                why = turn.unanswered or (f"interrupted while {turn.interrupted}" if turn.interrupted else "not saved")
                console.print(f"(no answer: {why})")
            if turn.timing:
                t = turn.timing
                console.print(f"time used {_num(t.get('used_s'), '{:.1f}')} s of {_num(t.get('budget_s'))} s"
                              + (" · hard stop" if t.get("hard_stop") else ""))
            if turn.number in by_turn:
                _print_change(console, by_turn[turn.number])
    finally:
        if speaker is not None:
            speaker.close()
    if record.interrupted:
        console.print(f"[red]interrupted[/] during {record.interrupted.get('during', '?')}", markup=True)
    return 0


# --------------------------------------------------------------------------- compare


def cmd_compare(args) -> int:
    if args.last is not None and args.last < 1:
        raise UsageError("--last must be at least 1")
    home = history.data_home()
    warn = _warner()
    summaries = history.load_summaries(home, warn=warn)
    wanted = [s for s in summaries if any(history.asks(t, args.question) for t in s.turns)]
    if not wanted:
        known = {t.follow_up_id or t.question_id for s in summaries for t in s.turns}
        known |= {f"{t.question_id}/{t.follow_up_id}" for s in summaries for t in s.turns if t.follow_up_id}
        try:
            bank = _load_bank(args)
            known |= set(bank.ids()) | {f"{q.id}/{f.id}" for q in bank.questions for f in q.follow_ups}
            known |= {f.id for q in bank.questions for f in q.follow_ups}
        except Exception:  # noqa: BLE001 - suggestions only
            pass
        if args.question not in known:
            raise UsageError(f"unknown question {args.question!r}{did_you_mean(args.question, sorted(known))}")
    if args.last:
        wanted = wanted[: args.last]  # newest first: at least the last N attempts are in these
    records = []
    for s in wanted:
        record = history.load_session(home, s.id)
        for w in record.warnings:
            warn(w)
        records.append(record)
    attempts = history.attempts_for(records, args.question, last=args.last)
    notes = history.improvements(attempts)
    if args.json:
        print(json.dumps({"question": args.question, "attempts": [a.to_json() for a in attempts],
                          "improvements": notes}))
        return 0
    if not attempts:
        print(f"no answered attempts at {args.question!r} yet")
        return 0
    from rich.table import Table

    table = Table(title=f"{args.question}: {plural(len(attempts), 'attempt')}", show_lines=True)
    table.add_column("")
    for i, a in enumerate(attempts, 1):
        table.add_column(f"#{i}")
    rows = [
        ("date", [_date(a.started) for a in attempts]),
        ("session", [a.session_id for a in attempts]),
        ("score", [_num(a.score) for a in attempts]),
        ("coverage", [_num(None if a.coverage is None else a.coverage * 100) + "%" for a in attempts]),
        ("covered", ["\n".join(a.covered) or "–" for a in attempts]),
        ("missed", ["\n".join(a.missed) or "–" for a in attempts]),
        ("red flags", ["\n".join(a.red_flags) or "–" for a in attempts]),
        ("WPM", [_num(a.wpm) for a in attempts]),
        ("fillers/min", [_num(a.fillers_per_min, "{:.1f}") for a in attempts]),
        ("duration", [_num(a.duration, "{:.0f} s") + (" (partial)" if a.partial else "") for a in attempts]),
    ]
    for name, cells in rows:
        table.add_row(name, *cells)
    console = _console()
    console.print(table)
    if notes:
        console.print("[bold]What changed since #1:[/] " + "; ".join(notes), markup=True)
    return 0


# --------------------------------------------------------------------------- progress


def cmd_progress(args) -> int:
    home = history.data_home()
    bank = _load_bank(args)
    select_category(bank, args.category)  # an unknown category is a one-line UsageError
    summaries = history.load_summaries(home, warn=_warner())
    cats, questions = history.progress(summaries, bank, category=args.category)
    weakest = history.weakest_questions(summaries, bank, args.weakest, category=args.category)
    if args.json:
        print(json.dumps({
            "categories": [t.to_json() for t in cats],
            "questions": [t.to_json() for t in questions],
            "weakest": [{"question_id": w.question_id, "recent_score": w.recent_score, "attempts": w.attempts,
                         "due": w.due.isoformat() if w.due else None, "reason": w.reason} for w in weakest],
        }))
        return 0
    console = _console()
    if not questions:
        console.print("no scored answers yet" + (f" in category {args.category!r}" if args.category else ""))
    from rich.table import Table

    for title, trends in (("By category", cats), ("By question", questions)):
        if not trends:
            continue
        table = Table(title=title, box=None, pad_edge=False)
        for col in ("", "n", "latest", "best", "mean", "change", "trend (0–100)"):
            table.add_column(col, justify="left" if col in ("", "trend (0–100)") else "right")
        for t in trends:
            table.add_row(t.label, str(len(t.scores)), _num(t.latest), _num(t.best), _num(t.mean),
                          f"{t.change:+.0f}", history.sparkline(t.scores[-30:]))
        console.print(table)
    if weakest:
        console.print("[bold]Practise next[/] (voice-interviewer practice --weakest N):", markup=True)
        for w in weakest:
            console.print(f"  {w.question_id}: {w.reason}")
    return 0


# --------------------------------------------------------------------------- report / delete


def cmd_report(args) -> int:
    from ..report import build_report

    if args.session is None and not args.all:
        raise UsageError("report needs a SESSION id (or 'last') or --all")
    if args.session is not None and args.all:
        raise UsageError("report takes a SESSION id or --all, not both")
    home = history.data_home()
    warn = _warner()
    ids = [] if args.all else [history.resolve_session_id(home, args.session, warn=warn)]  # a wrong id first
    summaries = history.load_summaries(home, warn=warn)
    ids = ids or [s.id for s in summaries]
    records = []
    for session_id in ids:
        record = history.load_session(home, session_id)
        for w in record.warnings:
            warn(w)
        records.append(record)
    if args.audio_mb < 0:
        raise UsageError("--audio-mb must be 0 or more")
    page = build_report(records, summaries, max_audio_bytes=int(args.audio_mb * 1024 * 1024))
    out: Path = args.output
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{out}: cannot write report ({exc.strerror})") from None
    print(f"wrote {out} ({len(page.encode()) / 1024:.0f} kB, {plural(len(records), 'session')})", file=sys.stderr)
    return 0


def cmd_delete(args) -> int:
    home = history.data_home()
    session_id = history.resolve_session_id(home, args.session, warn=_warner())
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(f"not deleting {session_id} without confirmation: pass --yes")
        answer = input(f"Delete session {session_id} and its recorded audio? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            print("kept", file=sys.stderr)
            return 1
    history.delete_session(home, session_id)
    print(f"deleted {session_id}", file=sys.stderr)
    return 0
