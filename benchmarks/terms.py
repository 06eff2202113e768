"""Domain terms heard in the spoken fixtures, per voice: the speech issue's recognition figure.

    python benchmarks/terms.py [--no-hotwords] [--only espeak/] [--json]

Every answer fixture (audio_fixtures/scripts.toml: strong and weak, Piper and espeak-ng) is
transcribed by the bundled model with its question's hotwords, as the interview does, and each
term its script speaks is looked for with the scoring engine's matcher and the question's aliases.
Also printed per voice: word error rate against the script, and for strong answers how far the
spoken answer's coverage falls from the typed one's. ``--no-hotwords`` adds the same run without
hotwords, for comparison. About 3 minutes on 2 idle cores (27 minutes of audio).

Measured (2 shared cores), with hotwords / without:

    piper   terms 93/95 = 97.9 % / 88/95 = 92.6 %    WER 0.098 / 0.110   coverage drop worst 0.033 / 0.100
    espeak  terms 95/103 = 92.2 % / 87/103 = 84.5 %  WER 0.143 / 0.155   coverage drop worst 0.115 / 0.167
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "audio_fixtures"


def measure(entries, bank, transcriber, hotwords: bool) -> dict:
    from voice_interviewer.bank import aliases_naming
    from voice_interviewer.matching import Matcher, tokenize
    from voice_interviewer.scoring import score_answer
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.wer import wer

    voices: dict[str, dict] = {}
    for e in entries:
        question = bank.get(e["question"])
        item = question if not e.get("follow_up") else next(f for f in question.follow_ups if f.id == e["follow_up"])
        heard = transcriber.transcribe(load_audio(FIXTURES / e["path"]),
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
    for label, hot in [("hotwords", True)] + ([("no_hotwords", False)] if args.no_hotwords else []):
        t = time.perf_counter()
        result[label] = measure(entries, bank, transcriber, hot)
        result[label + "_seconds"] = round(time.perf_counter() - t, 1)
        for voice, r in result[label].items():
            cov = ("" if r["coverage_drop_mean"] is None else
                   f"; coverage drop mean {r['coverage_drop_mean']:.3f}, worst {r['coverage_drop_worst']:.3f}")
            print(f"{label:12s} {voice:7s} terms {r['found']}/{r['terms']} = {r['rate']:.1%}; "
                  f"WER {r['mean_wer']:.3f}{cov}")
            for m in r["missed"]:
                print(f"{'':21s}missed {m}")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
