"""``practice`` and ``rehearse``: build the real adapters from options and run the interview loop.

Nothing heavy is imported at module level: the Whisper model starts loading in a background
thread just before the first question is spoken.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from ..errors import DeviceError, UsageError
from ..wording import plural
from ._filters import add_filter_options, narrow

AUDIO_EXTS = (".wav", ".flac", ".ogg", ".mp3")
VOICES = ("espeak", "pyttsx3", "piper")
DEFAULT_COUNT = {"practice": 3, "rehearse": 4}
DEMO_ANSWERS = Path(__file__).resolve().parents[2] / "audio_fixtures" / "strong"
DEMO_COUNT = 2


def register(sub) -> None:
    p = sub.add_parser("practice", help="spoken desk practice: a verdict after every answer",
                       description="Ask questions aloud, listen, transcribe, score and follow up, "
                                   "showing the verdict after each answer.")
    _add_common(p)
    p.set_defaults(func=lambda args: run(args, "practice"))
    r = sub.add_parser("rehearse", help="a timed mock interview; all feedback at the end",
                       description="A mock interview under time: a soft cue before each answer's limit, "
                                   "a hard stop at it, follow-ups included, the full report at the end.")
    _add_common(r)
    r.add_argument("--time-limit", type=float, metavar="SECONDS",
                   help="per-answer limit (default: each question's target maximum)")
    r.add_argument("--total", type=float, metavar="MINUTES", help="time for the whole run")
    r.set_defaults(func=lambda args: run(args, "rehearse"))


def _add_common(p: argparse.ArgumentParser) -> None:
    from ..speech.devices import add_device_options

    sel = p.add_argument_group("questions")
    sel.add_argument("--question", action="append", metavar="ID",
                     help="ask this question (repeatable, in order)")
    sel.add_argument("--category", metavar="C", help="only questions of this category")
    add_filter_options(sel)
    sel.add_argument("--count", type=int, metavar="N", help="how many questions")
    sel.add_argument("--seed", type=int, metavar="S", help="repeatable choice and order")
    sel.add_argument("--weakest", type=int, metavar="N",
                     help="the N questions most due for practice (weak answers first, spaced repetition)")
    sel.add_argument("--bank", metavar="DIR", help="question bank directory (default: the bundled one)")
    cand = p.add_argument_group("candidate")
    cand.add_argument("--answers", metavar="DIR",
                      help="answer from audio files DIR/<question-id>.(wav|flac|ogg|mp3) and "
                           "DIR/<question-id>.followup.(...); a missing file is an unanswered turn")
    cand.add_argument("--realtime", action="store_true",
                      help="with --answers: feed the files at speaking pace, as a microphone would")
    cand.add_argument("--end-silence", type=float, default=4.0, metavar="S",
                      help="seconds of silence that end an unfinished thought, or any answer when nothing "
                           "says it is finished (default 4)")
    cand.add_argument("--patience", type=float, default=1.3, metavar="S",
                      help="seconds of silence that end a finished answer (default 1.3; 0: no end-of-turn "
                           "decision, every answer waits --end-silence)")
    cand.add_argument("--mic-check", action=argparse.BooleanOptionalAction, default=True,
                      help="practice: read the first second of the microphone before the first question and "
                           "warn in one line when the level looks wrong (on by default; voice-interviewer "
                           "check-mic is the full check)")
    cand.add_argument("--demo-if-no-mic", action="store_true",
                      help="with no microphone, run the demo "
                           "(a short rehearsal answered by audio_fixtures/strong)")
    out = p.add_argument_group("voice")
    out.add_argument("--silent", action="store_true", help="no audio output")
    out.add_argument("--speak-to", metavar="DIR",
                     help="write each utterance to a WAV in DIR instead of playing it")
    out.add_argument("--voice", choices=VOICES,
                     help="text-to-speech engine (default: pyttsx3, then espeak-ng)")
    out.add_argument("--rate", type=int, metavar="WPM", help="speaking rate in words per minute")
    add_device_options(out)
    flow = p.add_argument_group("interview")
    flow.add_argument("--no-follow-ups", action="store_true", help="do not ask follow-up questions")
    flow.add_argument("--no-live-transcript", action="store_true",
                      help="do not show what was heard so far under the level meter while you answer")
    flow.add_argument("--speak-feedback", action="store_true", help="also say a two-sentence summary aloud")
    flow.add_argument("--json", action="store_true", help="print the summary as one JSON object on stdout")


# --------------------------------------------------------------------------- validation


def check_options(args: argparse.Namespace, mode: str) -> None:
    """Conflicting or impossible options → UsageError (one line)."""
    pairs = [("silent", "speak_to", "--silent", "--speak-to"),
             ("question", "category", "--question", "--category"),
             ("question", "count", "--question", "--count"),
             ("question", "level", "--question", "--level"),
             ("question", "kind", "--question", "--kind"),
             ("question", "weakest", "--question", "--weakest"),
             ("count", "weakest", "--count", "--weakest"),
             ("answers", "input_device", "--answers", "--input-device")]
    for a, b, na, nb in pairs:
        if getattr(args, a, None) and getattr(args, b, None) is not None and getattr(args, b) is not False:
            raise UsageError(f"{na} and {nb} cannot be used together")
    if args.realtime and not args.answers:
        raise UsageError("--realtime needs --answers DIR (the microphone is always real time)")
    if args.count is not None and args.count < 1:
        raise UsageError("--count must be at least 1")
    if args.weakest is not None and args.weakest < 1:
        raise UsageError("--weakest must be at least 1")
    if args.end_silence <= 0:
        raise UsageError("--end-silence must be positive")
    if args.patience < 0:
        raise UsageError("--patience must be 0 or more seconds")
    if args.rate is not None and not 60 <= args.rate <= 400:
        raise UsageError("--rate must be between 60 and 400 words per minute")
    if mode == "rehearse":
        if args.time_limit is not None and args.time_limit <= 0:
            raise UsageError("--time-limit must be positive")
        if args.total is not None and args.total <= 0:
            raise UsageError("--total must be positive")
        if args.total is not None:
            from ..rehearsal import RehearsalSettings, shortest_total_s

            need = shortest_total_s(RehearsalSettings(time_limit_s=args.time_limit))
            if args.total * 60 < need:
                raise UsageError(f"--total {args.total:g} ({args.total * 60:.0f} s) is too short to ask one "
                                 f"question: give at least --total {math.ceil(need / 60 * 100) / 100:g} "
                                 f"({need:.0f} s)")
    if args.answers and not Path(args.answers).is_dir():
        raise UsageError(f"--answers {args.answers}: no such directory")


def note_if_capped(args: argparse.Namespace, questions: list) -> None:
    """One ``note:`` line on stderr when ``--count`` asked for more questions than there are."""
    if args.count and len(questions) < args.count:
        where = f"category {args.category!r} has" if args.category else "the bank has"
        matching = " matching --level/--kind" if getattr(args, "level", None) or getattr(args, "kind", None) else ""
        print(f"note: {where} only {plural(len(questions), 'question')}{matching}; asking {len(questions)}, "
              f"not {args.count}", file=sys.stderr)


# --------------------------------------------------------------------------- answer sources


def answer_file(folder: Path, key: str) -> Path | None:
    for ext in AUDIO_EXTS:
        path = folder / f"{key}{ext}"
        if path.is_file():
            return path
    return None


class answer_files:
    """Sources from files: ``<qid>``, ``<qid>.<follow-up id>`` or ``<qid>.followup``; a repeat
    (after "repeat the question") reads ``<key>.attempt2`` and so on."""

    live = False  # decoded after the question is spoken (no start-up gap to cover)

    def __init__(self, folder: Path, realtime: bool):
        self.folder, self.realtime = folder, realtime

    def __call__(self, turn, attempt: int):
        from ..speech.sources import FileSource

        keys = [turn.question.id] if turn.follow_up is None else [
            f"{turn.question.id}.{turn.follow_up.id}", f"{turn.question.id}.followup"]
        if attempt > 1:
            keys = [f"{k}.attempt{attempt}" for k in keys]
        for key in keys:
            path = answer_file(self.folder, key)
            if path is not None:
                return FileSource(path, realtime=self.realtime)
        return None


class microphone:
    """Sources from the microphone; ``live``: the loop opens it before speaking the question.

    ``check_first`` (practice): the first answer's stream is opened here and its first second read
    for a quiet look at the level (``check-mic``'s figures; one line only when something looks
    wrong) — on the interview's own stream: a second one opened and closed on the device first left
    this one deaf on PulseAudio."""

    live = True

    def __init__(self, device, check_first: bool = False):
        self.device, self.check_first = device, check_first

    def __call__(self, turn, attempt: int):
        from ..speech.sources import MicrophoneSource

        source = MicrophoneSource(device=self.device)
        if self.check_first:
            self.check_first = False
            from .mic import quick_check

            try:
                source.start()  # DeviceError: the interview's own one-line error, as without the check
                quick_check(source)
            except BaseException:
                source.close()
                raise
        return source


def has_microphone(args: argparse.Namespace) -> bool:
    from ..speech.devices import find_device

    try:
        find_device(getattr(args, "input_device", None), "input")
    except DeviceError:
        return False
    return True


# --------------------------------------------------------------------------- running


def _preload_turn_model() -> None:
    """Load the audio end-of-turn model while the first question is spoken (0.7 s idle, seconds on a
    busy machine): loaded by the first ``listen`` instead, it held the first answer's start, and a
    Ctrl-C in that wait came before any audio was heard, so no partial take was kept."""
    import threading

    from ..process import track
    from ..speech.recorder import turn_model

    def load() -> None:
        try:
            turn_model()
        except Exception:  # listen() loads it again and reports what is wrong
            pass

    track(threading.Thread(target=load, name="turn-model-load", daemon=True)).start()


def _speaker(args: argparse.Namespace, output_device):
    from ..speech.speaker import make_speaker

    if args.silent:
        return make_speaker("silent")
    if args.speak_to:
        return make_speaker("file", rate=args.rate, voice="piper" if args.voice == "piper" else None,
                            out_dir=args.speak_to)
    kind = args.voice or "auto"
    return make_speaker(kind, rate=args.rate, output_device=output_device)


def _options(args: argparse.Namespace, mode: str) -> dict:
    keys = ["question", "category", "level", "kind", "count", "seed", "weakest", "answers", "realtime", "end_silence", "patience",
            "silent", "speak_to", "voice", "rate", "no_follow_ups", "speak_feedback", "time_limit", "total",
            "demo"]
    return {k: getattr(args, k, None) for k in keys if getattr(args, k, None) not in (None, False)}


def run(args: argparse.Namespace, mode: str) -> int:
    check_options(args, mode)
    if not args.answers and args.demo_if_no_mic and not has_microphone(args):
        from ..speech.devices import NO_MICROPHONE

        print(f"{NO_MICROPHONE.split(':')[0]}: running the demo instead — a short rehearsal answered by "
              f"the recordings in {DEMO_ANSWERS.relative_to(DEMO_ANSWERS.parents[1])}", file=sys.stderr)
        args = demo_args(args)
        mode = "rehearse"
    return interview(args, mode)


def demo_args(args: argparse.Namespace) -> argparse.Namespace:
    """The demo: a short rehearsal whose candidate is the strong-answer fixtures."""
    demo = argparse.Namespace(**vars(args))
    demo.answers = str(DEMO_ANSWERS)
    demo.demo = True
    demo.time_limit = getattr(args, "time_limit", None)
    demo.total = getattr(args, "total", None)
    if not args.question and not args.count:
        demo.count = DEMO_COUNT
    if not DEMO_ANSWERS.is_dir():
        raise UsageError(f"{DEMO_ANSWERS}: demo answers are missing (run scripts/make_fixtures.py)")
    return demo


def interview(args: argparse.Namespace, mode: str) -> int:
    import time

    from ..bank import default_bank_dir, load_bank
    from ..interview import Interrupted, Policy, install_signal_handlers, run_interview
    from ..rehearsal import RehearsalSettings
    from ..selection import last_asked, select_questions
    from ..store import SessionStore, data_home
    from ._interview_ui import ConsoleUI, render_report

    restore = install_signal_handlers()
    try:
        bank_dir = Path(args.bank) if args.bank else default_bank_dir()
        bank = narrow(load_bank(bank_dir), args)
        if getattr(args, "demo", False) and not args.question:
            ids = [q.id for q in bank.questions if answer_file(Path(args.answers), q.id)]
            args.question = ids[: args.count or DEMO_COUNT]
            args.count = None
        home = data_home()
        if getattr(args, "weakest", None):
            from ..selection import pick_weakest

            picks = pick_weakest(home, bank, args.weakest, category=args.category)
            for p in picks:
                print(f"{p.question_id}: {p.reason}", file=sys.stderr)
            args.question = [p.question_id for p in picks]
            args.category = None
        questions = select_questions(
            bank, ids=args.question, category=args.category,
            count=args.count or (None if args.question else DEFAULT_COUNT[mode]), seed=args.seed,
            recent=None if args.question or args.seed is not None else last_asked(home))
        note_if_capped(args, questions)
        if args.answers:
            sources: answer_files | microphone = answer_files(Path(args.answers), args.realtime)
            output_device: int | str | None = None
            if args.output_device:
                from ..speech.devices import find_device

                output_device = find_device(args.output_device, "output")
        else:
            from ..speech.devices import resolve_devices

            input_device, output_device = resolve_devices(args, need_input=True)
            check_first = mode == "practice" and getattr(args, "mic_check", True)
            sources = microphone(input_device, check_first=check_first)
        from ..speech.recorder import listen
        from ..speech.transcriber import WhisperTranscriber

        settings = None
        if mode == "rehearse":
            settings = RehearsalSettings(time_limit_s=args.time_limit,
                                         total_s=args.total * 60 if args.total else None)
        common = dict(follow_ups=not args.no_follow_ups, speak_feedback=args.speak_feedback,
                      live_transcript=not getattr(args, "no_live_transcript", False),
                      end_silence_s=args.end_silence, patience_s=args.patience or None)
        policy = Policy.practice(**common) if mode == "practice" else Policy.rehearse(settings, **common)
        ui = ConsoleUI(json_mode=args.json, mode=mode)
        # The speaker and the transcriber first: when either cannot be built, no empty session is left.
        speaker = _speaker(args, output_device)
        transcriber = WhisperTranscriber()
        from ..speech.tailread import ReaderLoader, reading_pauses

        # the last words before a pause, read at once (a fast Whisper pass over the last seconds)
        # while the candidate is heard live — the microphone, or --answers at speaking pace;
        # files fed as fast as they can be read keep waiting for the stream, as before
        pause_reader = ReaderLoader() if policy.patience_s is not None and (args.realtime or not args.answers) else None
        if policy.patience_s is not None:
            _preload_turn_model()
        from ..embedding import MiniLMEmbedder

        embedder = MiniLMEmbedder()  # loads in the background; without it, answers are judged by words
        try:
            store = SessionStore.create(home, mode, [q.id for q in questions], _options(args, mode),
                                        str(bank_dir))
        except BaseException:
            speaker.close()
            raise
        try:
            result = run_interview(questions, speaker=speaker, transcriber=transcriber, sources=sources,
                                   listen=reading_pauses(listen, pause_reader), policy=policy, store=store, ui=ui,
                                   clock=time.monotonic,
                                   embedder=embedder)
        finally:
            store.close()
            try:
                speaker.close()
            except Exception:
                pass
            transcriber.close()  # after the loop closed its streams: no decode is left running
            if pause_reader is not None:
                pause_reader.close()
            embedder.close()
    except Interrupted:
        raise KeyboardInterrupt from None  # before the session existed: the CLI says "interrupted"
    finally:
        restore()
    if args.json:
        print(json.dumps({"session_id": result.session_id, "path": str(store.folder), "mode": mode,
                          "status": result.status, "summary": result.summary}))
    else:
        render_report(ui.out, result, mode)
    if result.status == "interrupted":
        kept = sum(1 for t in result.turns if t.status in ("answered", "unanswered", "skipped"))
        turns = f"{kept} finished turn{'s' if kept != 1 else ''}"
        print(f"interrupted: {turns} kept in session {result.session_id} ({store.folder})", file=sys.stderr)
        return 130
    return 0
