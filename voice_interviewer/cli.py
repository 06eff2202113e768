"""Command-line entry point: argument parsing and turning errors into one line + exit code."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from typing import Sequence

# Before numpy loads: OpenBLAS's second thread spins on the other core after each small matrix product
# (a log-mel frame), taking CPU from the decoder and the turn model on a 2-core machine (a turn
# decision cost ~42 ms more CPU right after a Whisper feature extraction). The models run their own
# thread pools; a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from . import __version__  # noqa: E402
from .commands import COMMAND_MODULES  # noqa: E402
from .commands._suggest import did_you_mean  # noqa: E402
from .errors import VoiceInterviewerError, one_line  # noqa: E402
from .process import NativeStderr, exit_code_or_leave, install_stop_watchdog, settle, stopping  # noqa: E402
from .terminal import prepare_output  # noqa: E402


class _Parser(argparse.ArgumentParser):
    """argparse with usage mistakes as one ``error:`` line (not the whole usage block), like every
    other bad input; subcommand parsers inherit the class. A mistyped command or option says what
    was probably meant, and points to the help of the command it was given to."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"error: {message} (see '{self.prog} --help')\n")

    def _check_value(self, action, value):  # argparse's one place for "invalid choice"
        try:
            super()._check_value(action, value)
        except argparse.ArgumentError:
            hint = did_you_mean(str(value), [str(c) for c in action.choices])
            if not hint:
                raise
            raise argparse.ArgumentError(action, f"invalid choice: {value!r}{hint}") from None

    def parse_known_args(self, args=None, namespace=None):
        namespace, extras = super().parse_known_args(args, namespace)
        if not hasattr(namespace, _CHOSEN):  # the innermost (sub)command parser finishes first
            setattr(namespace, _CHOSEN, self)
        return namespace, extras

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        namespace, extras = self.parse_known_args(args, namespace)
        chosen = vars(namespace).pop(_CHOSEN, self)
        if extras:
            options = [o for o in chosen._option_string_actions if o.startswith("--")]
            unknown = next((e for e in extras if e.startswith("--")), None)
            hint = did_you_mean(unknown.split("=")[0], options) if unknown else ""
            chosen.error(f"unrecognized arguments: {' '.join(extras)}{hint}")
        return namespace


_CHOSEN = "_voice_interviewer_parser"  # which (sub)command parser read the arguments


def build_parser() -> argparse.ArgumentParser:
    prepare_output()  # the first step of every run: from here on no print fails on a character
    parser = _Parser(
        prog="voice-interviewer",
        description="A local, offline, voice-based mock interviewer for MLOps engineer interviews.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as exc:  # a command group not written yet
            if exc.name and exc.name.endswith(f"commands.{name}"):
                continue
            raise
        module.register(sub)
    return parser


def _on_sigterm(signum, frame):  # SIGTERM ends like Ctrl-C: cleanly, keeping what was saved
    stopping()
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. ``argv=None`` is the real program (the console script, ``python -m``):
    only then is native libraries' stderr filtered and a wedged audio library left behind with
    ``os._exit`` (see :mod:`voice_interviewer.process`); in-process callers keep their stderr."""
    if argv is None:
        NativeStderr.install()
        install_stop_watchdog()  # an interrupted run always ends, whatever it was waiting for
    code = _run(argv)
    if argv is None:
        return exit_code_or_leave(code)
    settle()
    return code


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return int(args.func(args) or 0)
    except VoiceInterviewerError as exc:
        print(f"error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
