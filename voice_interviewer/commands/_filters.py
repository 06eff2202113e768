"""``--level`` and ``--kind``: the same two filters on ``questions``, ``practice`` and ``rehearse``."""

from __future__ import annotations

import argparse

from ..bank import LEVELS, QUESTION_KINDS, Bank, normal_kind
from ..errors import UsageError
from ._suggest import did_you_mean


def add_filter_options(group: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--level L`` and ``--kind K``: repeatable, or comma-separated (``--level senior,staff``)."""
    group.add_argument("--level", action="append", metavar="L",
                       help=f"only questions at this level ({', '.join(LEVELS)}; repeat or comma-separate)")
    group.add_argument("--kind", action="append", metavar="K",
                       help=f"only questions of this kind ({', '.join(QUESTION_KINDS)})")


def _values(given: list[str] | None, option: str, known: tuple[str, ...], normal) -> list[str]:
    out = []
    for value in (v for raw in given or [] for v in raw.split(",")):
        name = normal(value)
        if name is None:
            hint = did_you_mean(value.strip(), known) or f" (expected one of {', '.join(known)})"
            raise UsageError(f"{option} {value.strip()!r} is not a {option[2:]}{hint}")
        out.append(name)
    return list(dict.fromkeys(out))


def _level(value: str) -> str | None:
    name = value.strip().lower()
    return name if name in LEVELS else None


def narrow(bank: Bank, args: argparse.Namespace) -> Bank:
    """``bank`` with only the questions ``--level``/``--kind`` ask for (unchanged without them).

    Bad values and filters that leave nothing (within ``--category`` too, when given) are one-line
    UsageErrors saying what the bank does hold.
    """
    levels = _values(getattr(args, "level", None), "--level", LEVELS, _level)
    kinds = _values(getattr(args, "kind", None), "--kind", QUESTION_KINDS, normal_kind)
    if not levels and not kinds:
        return bank
    narrowed = bank.only(levels=levels, kinds=kinds)
    category = getattr(args, "category", None)
    pool = narrowed.by_category(category) if category in {c.id for c in bank.categories} else narrowed.questions
    if not pool:
        asked = " and ".join(x for x in (f"level {'/'.join(levels)}" if levels else "",
                                          f"kind {'/'.join(kinds)}" if kinds else "") if x)
        where = f" in category {category!r}" if category in {c.id for c in bank.categories} else ""
        have = sorted({f"{q.level or 'no level'} {q.kind}" for q in
                       (bank.by_category(category) if where else bank.questions)})
        raise UsageError(f"no question{where} has {asked} (this bank has: {', '.join(have)})")
    return narrowed
