"""Find how the bundled Whisper model mis-hears the bank's domain terms (a thin wrapper).

This is now the user-facing command ``voice-interviewer questions lint`` (see
voice_interviewer/lint.py): every tool name and hotword is spoken in carrier sentences by each
available voice, transcribed with its question's hotwords, and looked for with the scorer's matcher;
missed terms are listed with what was heard, and ``--fix DIR`` writes those stand-ins as aliases to a
copy of the bank for review. Kept so that old notes still work:

    python scripts/probe_mishearings.py --voice espeak --question cloud-platform --json
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", choices=("espeak", "piper"), action="append")
    parser.add_argument("--question", action="append", help="only these question ids")
    parser.add_argument("--carriers", type=int, default=3, choices=(1, 2, 3))
    parser.add_argument("--bank", default=str(ROOT / "questions"))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from voice_interviewer.cli import main as cli

    command = ["questions", "lint", args.bank, "--carriers", str(args.carriers)]
    for v in args.voice or ():
        command += ["--voice", v]
    for q in args.question or ():
        command += ["--question", q]
    return cli(command + (["--json"] if args.json else []))


if __name__ == "__main__":
    sys.exit(main())
