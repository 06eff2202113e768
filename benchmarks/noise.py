"""Answers heard through real-world noise: WER, domain-term recall and endpointing at SNR 20/10/5 dB.

    python benchmarks/noise.py [--snr 20 10 5] [--only strong/] [--limit 6] [--json]

Spoken answer fixtures (audio_fixtures/scripts.toml: Piper strong answers, espeak-ng weak answers)
are mixed with background noise at a given signal-to-noise ratio, measured between the answer's
*speech* power (its 20 ms frames within 40 dB of its loudest) and the noise's mean power:

* ``fan``  — synthesised: pink (1/f) noise band-limited to 60 Hz–5 kHz with a slow 0.3 Hz swell,
  like a desk fan or air conditioning;
* ``hum``  — synthesised: mains hum, 50 Hz and its harmonics up to 1 kHz falling 6 dB per octave,
  with a little broadband hiss (a cheap USB microphone near a power brick);
* ``typing`` — synthesised: keystrokes at ~6 per second in bursts of 3–12 keys with pauses
  between bursts; each key a 4–8 ms click of band-passed (1–6 kHz) noise with a 15–40 ms decay,
  and a softer key-up click 70–120 ms later, random loudness per key;
* ``babble`` — REAL people talking: ``../shared/real_speech/stereo_diarization.wav`` (two speakers,
  one per channel) mixed to mono and looped, starting at a different place for every answer.

Each noisy answer, followed by 12 s of the same noise, goes through the recorder's own ``listen``
as in an interview: real Silero VAD, the streaming transcriber with the question's hotwords (its
text is also the end-of-turn decision's transcript), the Smart Turn model when installed, and
``max_seconds`` 20 s past the speech. Measured: WER against the script, the script's domain terms
found by the scoring engine's matcher (as benchmarks/terms.py), and the endpoint: the answer must
end by silence, not run to the maximum, and must not be cut before the speech ends. Finally 10 s of each noise alone
(at the 10 dB level of a typical answer) is transcribed: steady noise must give no words.
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
sys.path.insert(0, str(ROOT / "scripts"))

from voice_interviewer.seams import SAMPLE_RATE  # noqa: E402

SR = SAMPLE_RATE
FIXTURES = ROOT / "audio_fixtures"
BABBLE = ROOT.parent / "shared" / "real_speech" / "stereo_diarization.wav"
KINDS = ("fan", "hum", "typing", "babble")


# ----------------------------------------------------------------------------- noise

def _band(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / SR)
    spec[(f < lo) | (f > hi)] = 0
    return np.fft.irfft(spec, len(x)).astype(np.float32)


def fan(n: int, rng: np.random.Generator) -> np.ndarray:
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / SR)
    spec /= np.sqrt(np.maximum(f, 1.0))  # pink
    spec[(f < 60) | (f > 5000)] = 0
    x = np.fft.irfft(spec, n)
    x *= 1 + 0.15 * np.sin(2 * np.pi * 0.3 * np.arange(n) / SR)
    return (x / np.std(x)).astype(np.float32)


def hum(n: int, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(n) / SR
    x = sum(np.sin(2 * np.pi * 50 * k * t + rng.uniform(0, 2 * np.pi)) / k for k in range(1, 21))
    x = x + 0.05 * rng.standard_normal(n)
    return (x / np.std(x)).astype(np.float32)


def typing(n: int, rng: np.random.Generator) -> np.ndarray:
    x = np.zeros(n, dtype=np.float32)
    t = rng.uniform(0, 0.5)
    while t < n / SR:
        for _ in range(int(rng.integers(3, 13))):  # a burst of keys
            for at, gain in ((t, rng.uniform(0.5, 1.0)), (t + rng.uniform(0.07, 0.12), rng.uniform(0.15, 0.35))):
                i = int(at * SR)
                click_n = int(rng.uniform(0.004, 0.008) * SR) + int(rng.uniform(0.015, 0.04) * SR)
                if i + click_n >= n:
                    break
                burst = rng.standard_normal(click_n)
                burst *= np.exp(-np.arange(click_n) / (0.006 * SR))
                x[i : i + click_n] += gain * burst.astype(np.float32)
            t += rng.exponential(1 / 6.0) + 0.03
        t += rng.uniform(0.8, 3.0)  # thinking between bursts
    x = _band(x, 1000, 6000)
    return x / max(np.std(x), 1e-9)


_BABBLE: list[np.ndarray] = []


def babble(n: int, rng: np.random.Generator) -> np.ndarray:
    if not _BABBLE:
        if not BABBLE.exists():
            raise SystemExit(f"{BABBLE} is missing: the babble noise must be real people talking")
        from voice_interviewer.speech.audio import load_audio

        _BABBLE.append(load_audio(BABBLE, channel=None))  # both speakers at once
    src = _BABBLE[0]
    start = int(rng.integers(0, len(src)))
    reps = -(-(n + start) // len(src))
    x = np.tile(src, reps)[start : start + n]
    return (x / max(np.std(x), 1e-9)).astype(np.float32)


MAKERS = {"fan": fan, "hum": hum, "typing": typing, "babble": babble}


def speech_power(speech: np.ndarray) -> float:
    frames = speech[: len(speech) // 320 * 320].reshape(-1, 320)
    power = np.mean(frames.astype(np.float64) ** 2, axis=1)
    active = power[power > power.max() * 1e-4]  # within 40 dB of the loudest frame
    return float(np.mean(active)) if len(active) else 0.0


def mix(speech: np.ndarray, noise: np.ndarray, snr_db: float) -> tuple[np.ndarray, float]:
    """``speech + g * noise`` with g set for ``snr_db``; returns (mix, g)."""
    p_noise = float(np.mean(noise.astype(np.float64) ** 2))
    g = np.sqrt(speech_power(speech) / (p_noise * 10 ** (snr_db / 10)))
    out = speech + g * noise[: len(speech)]
    peak = np.max(np.abs(out))
    return (out / peak * 0.99 if peak > 0.99 else out).astype(np.float32), float(g)


# ----------------------------------------------------------------------------- measures

def _entries(only: str, limit: int) -> list[dict]:
    from make_fixtures import load_scripts

    picked = [f for f in load_scripts() if f["kind"] in ("strong", "weak") and not f.get("follow_up")
              and only in f["path"] and not f["path"].startswith("espeak/")]
    by_kind: dict[str, list] = {}
    for f in picked:
        by_kind.setdefault(f["kind"], []).append(f)
    out = []
    while len(out) < limit and any(by_kind.values()):  # alternate strong (Piper) and weak (espeak-ng)
        for kind in sorted(by_kind):
            if by_kind[kind] and len(out) < limit:
                out.append(by_kind[kind].pop(0))
    return out


def _terms_found(item, terms, text) -> int:
    from voice_interviewer.bank import aliases_naming
    from voice_interviewer.matching import Matcher, tokenize

    tokens = tokenize(text)
    return sum(1 for term in terms if Matcher([(term, aliases_naming(term, item.concepts))]).find(tokens))


def hear(audio: np.ndarray, noise_tail: np.ndarray, speech_end: float, hotwords, transcriber, vad, turn) -> tuple:
    """The noisy answer, then 12 s of the same noise, through the recorder's ``listen`` with the
    streaming transcriber as the decision's transcript (decodes charged by their CPU time, as in
    benchmarks/turn_taking.py); (transcript, endpoint figures)."""
    from turn_taking import OwnCoreStream

    from voice_interviewer.seams import ListenPolicy
    from voice_interviewer.speech.recorder import FileSource, listen

    full = np.concatenate([audio, noise_tail])
    policy = ListenPolicy(enter_ends=False, max_seconds=speech_end + 20.0)
    stream = OwnCoreStream(transcriber, hotwords)
    rec = listen(FileSource(full), policy, show=False, vad=vad, turn=turn, on_chunk=stream.feed,
                 text=stream.progress, clock=stream.clock)  # audio time, not this busy machine's
    heard = stream.finish()
    return heard, {"ended_by": rec.ended_by, "end_delay_s": round(rec.duration - speech_end, 2),
                   "cut_off": rec.duration < speech_end - 0.05, "held_to_max": rec.ended_by == "max",
                   "state": (rec.turn or {}).get("state")}


def last_speech_end(audio: np.ndarray) -> float:
    """Where the clean answer's speech ends (the VAD's last speech window)."""
    from voice_interviewer.speech.vad import WINDOW_S, speech_probabilities, speech_runs

    runs = speech_runs(speech_probabilities(audio))
    return runs[-1][1] * WINDOW_S if runs else 0.0


def run(snrs: list[float], kinds: list[str], only: str, limit: int, seed: int = 0) -> dict:
    from voice_interviewer.bank import load_bank
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.recorder import turn_model
    from voice_interviewer.speech.transcriber import WhisperTranscriber
    from voice_interviewer.speech.vad import SileroVAD
    from voice_interviewer.wer import wer

    entries = _entries(only, limit)
    if not entries:
        raise SystemExit("no fixtures matched")
    bank, transcriber, vad, turn = load_bank(), WhisperTranscriber().load(), SileroVAD(), turn_model()
    conditions = [("clean", None)] + [(k, s) for k in kinds for s in snrs]
    rows: dict[str, dict] = {}
    gains: dict[str, list[float]] = {k: [] for k in kinds}
    for label, snr in conditions:
        name = label if snr is None else f"{label}@{snr:g}dB"
        acc = {"wer": [], "found": 0, "terms": 0, "endpoint": [], "seconds": 0.0}
        t0 = time.perf_counter()
        for i, e in enumerate(entries):
            question = bank.get(e["question"])
            clean = load_audio(FIXTURES / e["path"])
            rng = np.random.default_rng(seed + 1000 * i + (0 if snr is None else int(snr)))
            tail_n = 12 * SR
            if snr is None:
                audio, tail = clean, np.zeros(tail_n, np.float32)
            else:
                noise = MAKERS[label](len(clean) + tail_n, rng)
                audio, g = mix(clean, noise, snr)
                tail = (g * noise[len(clean):]).astype(np.float32)
                if snr == 10:
                    gains[label].append(g)
            heard, ep = hear(audio, tail, last_speech_end(clean), question.hotwords(), transcriber, vad, turn)
            acc["wer"].append(wer(e["text"], heard.text))
            terms = e.get("terms", [])
            acc["terms"] += len(terms)
            acc["found"] += _terms_found(question, terms, heard.text)
            acc["endpoint"].append(ep)
        ep = acc["endpoint"]
        delays = sorted(x["end_delay_s"] for x in ep if not x["cut_off"])
        rows[name] = {
            "answers": len(entries),
            "wer": round(float(np.mean(acc["wer"])), 3),
            "term_recall": round(acc["found"] / acc["terms"], 3) if acc["terms"] else None,
            "terms": f"{acc['found']}/{acc['terms']}",
            "cut_offs": sum(x["cut_off"] for x in ep),
            "held_to_max": sum(x["held_to_max"] for x in ep),
            "end_delay_median_s": round(float(np.median(delays)), 2) if delays else None,
            "end_delay_max_s": max(delays) if delays else None,
            "seconds": round(time.perf_counter() - t0, 1),
        }
        r = rows[name]
        print(f"{name:16s} WER {r['wer']:.3f}  terms {r['terms']} = {r['term_recall']:.1%}  "
              f"endpoint: cut-offs {r['cut_offs']}, held to max {r['held_to_max']}, "
              f"end delay median {r['end_delay_median_s']} s, max {r['end_delay_max_s']} s", flush=True)
    invented = {}
    rng = np.random.default_rng(seed + 7)
    for kind in kinds:
        g = float(np.median(gains[kind])) if gains[kind] else 0.05
        alone = (g * MAKERS[kind](10 * SR, rng)).astype(np.float32)
        words = transcriber.transcribe(alone).text.split()
        invented[kind] = {"words": len(words), "text": " ".join(words)[:120]}
        print(f"{kind:8s} alone (10 s at the 10 dB level): {len(words)} words {' '.join(words)[:80]!r}")
    return {"conditions": rows, "noise_alone": invented, "turn_model": turn is not None,
            "fixtures": [e["path"] for e in entries]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--snr", type=float, nargs="+", default=[20.0, 10.0, 5.0])
    ap.add_argument("--noise", nargs="+", choices=KINDS, default=list(KINDS))
    ap.add_argument("--only", default="", help="only fixtures whose path contains this text")
    ap.add_argument("--limit", type=int, default=6, help="answers per condition (default 6)")
    ap.add_argument("--json", action="store_true", help="last line: one JSON object")
    args = ap.parse_args(argv)
    result = run(args.snr, args.noise, args.only, args.limit)
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
