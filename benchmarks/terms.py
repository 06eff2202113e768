"""Domain terms heard in the spoken fixtures, per voice: the speech issue's recognition figure.

    python benchmarks/terms.py [--no-hotwords] [--only espeak/] [--rate 16000 48000] [--json]

Every answer fixture (audio_fixtures/scripts.toml: strong and weak, Piper and espeak-ng) is
transcribed by the bundled model with its question's hotwords, as the interview does, and each
term its script speaks is looked for with the scoring engine's matcher and the question's aliases.
Also printed per voice: word error rate against the script, and for strong answers how far the
spoken answer's coverage falls from the typed one's. ``--no-hotwords`` adds the same run without
hotwords, for comparison. ``--rate 48000`` feeds each fixture as a 48 kHz file instead (upsampled
once with soxr at its best quality, written as a WAV, read back through ``load_audio``), so the
program's own resampler is part of the figure. About 3 minutes per rate on 2 idle cores (27 minutes
of audio).

Measured (2 shared cores), with hotwords / without:

    piper   terms 93/95 = 97.9 % / 88/95 = 92.6 %    WER 0.098 / 0.110   coverage drop worst 0.033 / 0.100
    espeak  terms 95/103 = 92.2 % / 87/103 = 84.5 %  WER 0.143 / 0.155   coverage drop worst 0.115 / 0.167

Issue 14 (soxr resampling, text2num numbers), one run before and one after, with hotwords. At 16 kHz
(no resampling) both give the same: piper 93/95, WER 0.101; espeak 96/103, WER 0.137. Fed at 48 kHz,
the numpy windowed sinc before / libsoxr now:

    piper   terms 93/95 / 93/95        WER 0.099 / 0.098   coverage drop mean 0.007 / 0.005, worst 0.037 / 0.033
    espeak  terms 96/103 / 95/103      WER 0.143 / 0.138   coverage drop mean 0.025 / 0.019, worst 0.097 / 0.094

(one term either way is within what tiny.en does with any small change of input: at 48 kHz both
hear "Feature Store", missed at 16 kHz, and both miss one "Kubernetes"; "AWS" in one follow-up is
missed only after.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "audio_fixtures"


def fixture_audio(path: Path, rate: int):
    """The fixture as ``load_audio`` returns it when the file is at ``rate`` Hz (16 kHz: as stored)."""
    import tempfile

    import soxr

    from voice_interviewer.speech.audio import load_audio, save_wav

    audio = load_audio(path)
    if rate == 16000:
        return audio
    with tempfile.TemporaryDirectory() as tmp:
        upsampled = soxr.resample(audio, 16000, rate, quality="VHQ")
        return load_audio(save_wav(Path(tmp) / "at-rate.wav", upsampled, rate))


def measure(entries, bank, transcriber, hotwords: bool, rate: int = 16000) -> dict:
    from voice_interviewer.bank import aliases_naming
    from voice_interviewer.matching import Matcher, tokenize
    from voice_interviewer.scoring import score_answer
    from voice_interviewer.wer import wer

    voices: dict[str, dict] = {}
    for e in entries:
        question = bank.get(e["question"])
        item = question if not e.get("follow_up") else next(f for f in question.follow_ups if f.id == e["follow_up"])
        heard = transcriber.transcribe(fixture_audio(FIXTURES / e["path"], rate),
                                       hotwords=question.hotwords() if hotwords else ())
        v = voices.setdefault(e["voice"], {"found": 0, "terms": 0, "missed": [], "wer": [], "coverage_drop": []})
        tokens = tokenize(heard.text)
        for term in e.get("terms", []):
            v["terms"] += 1
            if Matcher([(term, aliases_naming(term, item.concepts))]).find(tokens):
                v["found"] += 1
            else:
                v["missed"].append(f"{e['path']}: {term}")
        v["wer"].append(wer(e["text"], heard.text))
        if e["kind"] == "strong":
            v["coverage_drop"].append(score_answer(item, e["text"]).coverage - score_answer(item, heard).coverage)
    out = {}
    for name, v in voices.items():
        drops = v["coverage_drop"]
        out[name] = {
            "found": v["found"], "terms": v["terms"],
            "rate": round(v["found"] / v["terms"], 3) if v["terms"] else None,
            "missed": v["missed"],
            "mean_wer": round(sum(v["wer"]) / len(v["wer"]), 3),
            "coverage_drop_mean": round(sum(drops) / len(drops), 3) if drops else None,
            "coverage_drop_worst": round(max(drops), 3) if drops else None,
        }
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-hotwords", action="store_true", help="also measure without hotwords")
    ap.add_argument("--only", default="", help="only fixtures whose path contains this text")
    ap.add_argument("--rate", type=int, nargs="+", default=[16000],
                    help="sample rates to feed the fixtures at (default 16000, as stored)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from voice_interviewer.bank import load_bank
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    sys.path.insert(0, str(ROOT / "scripts"))
    from make_fixtures import load_scripts

    entries = [f for f in load_scripts()
               if f["kind"] in ("strong", "weak") and args.only in f["path"]]
    bank, transcriber = load_bank(), WhisperTranscriber()
    result: dict = {}
    runs = [(label, hot, rate) for rate in args.rate
            for label, hot in [("hotwords", True)] + ([("no_hotwords", False)] if args.no_hotwords else [])]
    for label, hot, rate in runs:
        label = label if rate == 16000 else f"{label}@{rate}"
        t = time.perf_counter()
        result[label] = measure(entries, bank, transcriber, hot, rate)
        result[label + "_seconds"] = round(time.perf_counter() - t, 1)
        for voice, r in result[label].items():
            cov = ("" if r["coverage_drop_mean"] is None else
                   f"; coverage drop mean {r['coverage_drop_mean']:.3f}, worst {r['coverage_drop_worst']:.3f}")
            print(f"{label:18s} {voice:7s} terms {r['found']}/{r['terms']} = {r['rate']:.1%}; "
                  f"WER {r['mean_wer']:.3f}{cov}")
            for m in r["missed"]:
                print(f"{'':27s}missed {m}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
