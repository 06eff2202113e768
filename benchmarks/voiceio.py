"""Speech in/out figures: TTS reliability and speed, VAD cost, microphone start-up.

    python benchmarks/voiceio.py [--utterances 100] [--json]

Prints one line per figure; with --json the last line is one JSON object. The microphone figure
needs PulseAudio (skipped otherwise; tests/pulse.py starts a virtual microphone).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "How do you monitor the performance and health of machine learning models in production?"


def rtf(synth, text: str, repeat: int = 3) -> tuple[float, float]:
    """(seconds of synthesis per second of audio, audio seconds) — best of ``repeat``."""
    best, seconds = float("inf"), 0.0
    for _ in range(repeat):
        t = time.perf_counter()
        audio, rate = synth.synthesize(text)
        best = min(best, time.perf_counter() - t)
        seconds = len(audio) / rate
    return best / seconds, seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--utterances", type=int, default=100, help="pyttsx3 utterances in one process")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from voice_interviewer.speech.speaker import EspeakSynth, PiperSynth, Pyttsx3Synth

    out: dict = {}
    synth = Pyttsx3Synth()
    t = time.perf_counter()
    shortest = float("inf")
    for i in range(args.utterances):
        audio, rate = synth.synthesize(f"Question {i + 1}. {TEXT}")
        shortest = min(shortest, len(audio) / rate)
    out["pyttsx3_utterances"] = args.utterances
    out["pyttsx3_attempts"] = synth.attempts
    out["pyttsx3_failed_attempts"] = synth.failures
    out["pyttsx3_runandwait_returned_early"] = synth.early
    out["pyttsx3_unfinished_after_wait"] = synth.late
    out["pyttsx3_ms_per_utterance"] = round(1000 * (time.perf_counter() - t) / args.utterances, 1)
    out["pyttsx3_shortest_audio_s"] = round(shortest, 2)
    out["espeak_rtf"], _ = rtf(EspeakSynth(), TEXT * 3)
    piper = PiperSynth()
    t = time.perf_counter()
    piper.load()
    out["piper_load_s"] = round(time.perf_counter() - t, 2)
    out["piper_rtf"], _ = rtf(piper, TEXT * 3)

    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.recorder import SileroVAD

    audio = load_audio(ROOT / "audio_fixtures" / "strong" / "lifecycle.ogg")
    vad = SileroVAD()
    t = time.perf_counter()
    for i in range(0, len(audio), 800):  # 50 ms chunks, as the microphone delivers them
        vad.feed(audio[i : i + 800])
    out["vad_rtf"] = (time.perf_counter() - t) / (len(audio) / 16000)

    mic = None
    try:
        from voice_interviewer.speech.recorder import MicrophoneSource

        sys.path.insert(0, str(ROOT / "tests"))
        from pulse import start_virtual_mic  # a PulseAudio virtual microphone, as the tests use

        mic = start_virtual_mic()
        src = MicrophoneSource()
        t = time.perf_counter()
        src.start()
        first = next(c for c in src.chunks() if len(c))
        out["mic_first_block_s"] = round(time.perf_counter() - t, 3)
        src.close()
        del first
    except Exception as exc:  # no PulseAudio / no device
        out["mic_first_block_s"] = None
        print(f"microphone skipped: {exc}", file=sys.stderr)
    finally:
        if mic is not None:
            mic.close()
    for k in ("espeak_rtf", "piper_rtf", "vad_rtf"):
        out[k] = round(out[k], 4)
    for k, v in out.items():
        print(f"{k:28s} {v}")
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
