"""What resampling a 48 kHz input to 16 kHz costs, and what it lets through.

    python benchmarks/resample.py [--seconds 60] [--block-ms 10] [--repeats 3] [--json]

Cost, in CPU seconds per second of audio (lower is better; the best of ``--repeats``):

* ``whole``: ``speech.audio.resample`` over the whole array, as ``lint`` and the speaker use it;
* ``stream``: ``speech.audio.Resampler`` fed ``--block-ms`` blocks, as the microphone recorder feeds
  it when a device cannot open at 16 kHz (and ``load_audio`` block by block for files).

Quality, from pure tones at 48 kHz: the gain (dB) of tones the speech band keeps (1, 4 and 7 kHz)
and the level (dB below the input) of what 16 kHz cannot carry (a 12 kHz tone would fold back to
4 kHz) — the reason a band-limited filter is used at all. The input is noise shaped like speech
(most energy below 4 kHz) with tones, so the figures do not depend on files outside the repository.
With ``--json`` the last line is one JSON object.

Measured (2 shared cores, 60 s at 48 kHz), the hand-written numpy windowed sinc before issue 14 /
libsoxr "HQ" through python-soxr now:

    whole array           4.971 / 0.283 ms CPU per audio second
    streamed, 10 ms       8.393 / 1.089 ms CPU per audio second (both: the same samples as whole)
    gain at 1 / 4 / 7 kHz 0.00 / 0.00 / -1.03 dB  vs  0.00 / 0.00 / 0.00 dB
    a 12 kHz tone         -100 dB  vs  below -200 dB (nothing left)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voice_interviewer.speech.audio import Resampler, resample  # noqa: E402

RATE_IN, RATE_OUT = 48_000, 16_000


def speechlike(seconds: float, seed: int = 0) -> np.ndarray:
    """Noise with a speech-like spectrum (a 1/f tilt) plus a few tones, at 48 kHz, peak 0.5."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE_IN)
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n, 1 / RATE_IN)
    spectrum /= np.maximum(freqs, 100.0) / 100.0
    audio = np.fft.irfft(spectrum, n)
    t = np.arange(n) / RATE_IN
    audio = audio / np.abs(audio).max() + 0.2 * np.sin(2 * np.pi * 220 * t) + 0.1 * np.sin(2 * np.pi * 2500 * t)
    return (0.5 * audio / np.abs(audio).max()).astype(np.float32)


def cpu_seconds(run, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def streamed(audio: np.ndarray, block: int) -> np.ndarray:
    r = Resampler(RATE_IN, RATE_OUT)
    parts = [r.process(audio[i : i + block]) for i in range(0, len(audio), block)]
    return np.concatenate(parts + [r.flush()])


def tone_level_db(freq: float) -> float:
    """Level of a 48 kHz tone at ``freq`` after resampling, dB relative to its input level."""
    t = np.arange(RATE_IN * 2) / RATE_IN
    out = resample((0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32), RATE_IN, RATE_OUT)
    middle = out[RATE_OUT // 4 : -RATE_OUT // 4]
    rms = float(np.sqrt(np.mean(middle.astype(np.float64) ** 2)))
    return round(20 * np.log10(max(rms, 1e-12) / (0.5 / np.sqrt(2))), 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="length of the 48 kHz input (default 60)")
    ap.add_argument("--block-ms", type=float, default=10.0, help="streaming block length (default 10 ms)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="last line: one JSON object")
    args = ap.parse_args(argv)
    audio = speechlike(args.seconds)
    block = max(1, int(RATE_IN * args.block_ms / 1000))
    whole = cpu_seconds(lambda: resample(audio, RATE_IN, RATE_OUT), args.repeats)
    stream = cpu_seconds(lambda: streamed(audio, block), args.repeats)
    same = bool(np.array_equal(streamed(audio, block), resample(audio, RATE_IN, RATE_OUT)))
    result = {
        "input_seconds": args.seconds, "block_ms": args.block_ms,
        "whole_cpu_s_per_audio_s": round(whole / args.seconds, 6),
        "stream_cpu_s_per_audio_s": round(stream / args.seconds, 6),
        "stream_equals_whole": same,
        "passband_gain_db": {str(f): tone_level_db(f) for f in (1000, 4000, 7000)},
        "alias_12khz_db": tone_level_db(12_000),
    }
    print(f"48 kHz -> 16 kHz, {args.seconds:.0f} s of audio: whole {result['whole_cpu_s_per_audio_s'] * 1000:.3f} ms "
          f"CPU per audio second, streamed in {args.block_ms:g} ms blocks "
          f"{result['stream_cpu_s_per_audio_s'] * 1000:.3f} ms (same samples as whole: {same})")
    print(f"gain at 1/4/7 kHz: {' / '.join(f'{v:+.2f}' for v in result['passband_gain_db'].values())} dB; "
          f"a 12 kHz tone comes out at {result['alias_12khz_db']:.1f} dB")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
