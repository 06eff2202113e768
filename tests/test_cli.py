"""The command-line parser: one-line usage errors that say what was meant, and help for everything."""

from __future__ import annotations

import argparse

import pytest

from voice_interviewer.cli import build_parser, main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits on usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv, wanted", [
    (["pratice"], "did you mean: practice?"),
    (["sesions"], "did you mean: sessions?"),
    (["questions", "shw", "x"], "did you mean: show?"),
    (["practice", "--voice", "espek"], "did you mean: espeak?"),
])
def test_a_mistyped_choice_suggests_the_closest(capsys, argv, wanted):
    """Issue 15 item 18: a mistyped command gets a "did you mean", as a mistyped question id does."""
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert wanted in err


@pytest.mark.parametrize("argv, wanted, help_of", [
    (["practice", "--cout", "3"], "did you mean: --count?", "voice-interviewer practice --help"),
    (["questions", "show", "lifecycle", "--jsn"], "did you mean: --json?", "voice-interviewer questions show --help"),
    (["sessions", "extra"], "unrecognized arguments: extra", "voice-interviewer sessions --help"),
])
def test_an_unknown_option_points_to_its_commands_help(capsys, argv, wanted, help_of):
    """Issue 15 item 18: `practice --cout 3` points to `practice --help` (not the top level) and to --count."""
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert wanted in err and f"(see '{help_of}')" in err


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _parsers(sub)


def test_every_command_has_a_description_and_every_option_help():
    """Issue 15 item 22: sessions, replay, compare, progress, report, delete (and the rest) describe
    themselves in --help, and no option (-o, --json…) is left without help text."""
    missing = []
    for parser in _parsers(build_parser()):
        if parser.prog != "voice-interviewer" and not parser.description:
            missing.append(f"{parser.prog}: no description")
        for action in parser._actions:
            if action.option_strings and not action.help:
                missing.append(f"{parser.prog} {'/'.join(action.option_strings)}: no help")
    assert not missing, "\n".join(missing)
