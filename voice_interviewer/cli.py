"""Command-line entry point: argument parsing and turning errors into one line + exit code."""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from typing import Sequence

from . import __version__
from .commands import COMMAND_MODULES
from .errors import VoiceInterviewerError


class _Parser(argparse.ArgumentParser):
    """argparse with usage mistakes as one ``error:`` line (not the whole usage block), like every
    other bad input; subcommand parsers inherit the class."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
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
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return int(args.func(args) or 0)
    except VoiceInterviewerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
