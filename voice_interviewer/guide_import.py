"""`questions import`: a guide file in, a reviewed-ready bank file out.

Reads the guide (:mod:`voice_interviewer.guide_parse`), builds the bank
(:mod:`voice_interviewer.guide_build`), writes ``DIR/<guide name>.toml`` and loads it back with the
bank's own strict loader, so what is written is exactly what ``questions check`` accepts. Nothing is
printed here: the command turns :class:`ImportResult` and :class:`GuideError` into lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .bank import Bank, load_bank
from .errors import BankError
from .guide_build import build_bank, to_toml
from .guide_parse import Problem, parse_guide

if TYPE_CHECKING:
    from .meaning import Embedder

__all__ = ["GuideError", "ImportResult", "import_guide", "read_guide_text"]

GUIDE_SUFFIXES = (".txt", ".md", ".markdown", ".text")


class GuideError(BankError):
    """A guide that cannot be imported; ``problems`` holds one line per thing that could not be read."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(problems[0]) if len(problems) == 1 else
                         f"{problems[0].path}: {len(problems)} problems, the first: {problems[0]}")


@dataclass(frozen=True)
class ImportResult:
    path: Path  # the bank file written
    bank: Bank  # that file, loaded by the bank loader
    skipped: tuple[Problem, ...]  # text outside any question, left out


def read_guide_text(path: Path) -> str:
    if not path.is_file():
        raise BankError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    if path.suffix.lower() not in GUIDE_SUFFIXES:
        raise BankError(f"{path}: expected a text or markdown guide ({', '.join(GUIDE_SUFFIXES)})")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise BankError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise BankError(f"{path}: cannot read ({exc.strerror})") from None


def bank_file_name(guide_path: Path) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", guide_path.stem.lower()).strip("-")
    return f"{stem or 'guide'}.toml"


def import_guide(guide_path: Path, out_dir: Path, *, embedder: "Embedder | None" = None,
                 force: bool = False) -> ImportResult:
    """Import ``guide_path`` into ``out_dir`` (created if needed). Raises :class:`GuideError` with every
    problem when the guide cannot be read, :class:`BankError` when the output would overwrite a file
    (without ``force``) or cannot be written."""
    text = read_guide_text(guide_path)
    guide = parse_guide(text, str(guide_path))
    if guide.errors:
        raise GuideError(guide.errors)
    built = build_bank(guide, embedder)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BankError(f"{out_dir}: not a directory")
    target = out_dir / bank_file_name(guide_path)
    if target.exists() and not force:
        raise BankError(f"{target}: already exists (use --force to replace it, or another -o DIR)")
    toml = to_toml(built, source_name=guide_path.name)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.write_text(toml, encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise BankError(f"{target}: cannot write ({exc.strerror})") from None
    return ImportResult(target, load_bank(target), tuple(guide.skipped))
