"""Find how the bundled Whisper model mis-hears the bank's domain terms, to curate aliases.

Each term (every tool's name, every concept hotword, and every term the fixture scripts speak) is
synthesised inside a few neutral carrier sentences by one of the product's voices, transcribed
with its question's hotwords as the interview does, and looked for with the scoring engine's
matcher and the aliases the bank already has. Terms that are missed are printed with what was
heard, so that a consistent mis-hearing can be added to the concept's aliases by hand (only when
it is not ordinary English: "cube flow" yes, "good" for Git no).

The carrier sentences are not the fixtures' sentences, so the fixture figures stay a fair test.

    python scripts/probe_mishearings.py --voice espeak --rates 140,175
    python scripts/probe_mishearings.py --voice piper --question cloud-platform --json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CARRIERS = (
    "We used {} for that part.",
    "Um, {} was the main one, I think.",
    "Then {} handled the rest of it.",
)


def vocabulary(bank, scripts: list[dict]) -> dict[str, list[str]]:
    """question id -> the terms to probe for it."""
    terms: dict[str, list[str]] = defaultdict(list)
    for q in bank.questions:
        terms[q.id].extend(q.hotwords())
    for f in scripts:
        if f.get("question"):
            terms[f["question"]].extend(f.get("terms", []))
    return {q: list(dict.fromkeys(t)) for q, t in terms.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", choices=("espeak", "piper"), default="espeak")
    parser.add_argument("--rates", default="140,175", help="espeak words per minute, comma-separated")
    parser.add_argument("--question", action="append", help="only these question ids")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from make_fixtures import load_scripts
    from voice_interviewer.bank import aliases_naming, load_bank
    from voice_interviewer.matching import Matcher, tokenize
    from voice_interviewer.speech.audio import resample
    from voice_interviewer.speech.speaker import EspeakSynth, PiperSynth
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    bank = load_bank()
    scripts = load_scripts()
    if args.voice == "espeak":
        synths = [EspeakSynth(rate=int(r), voice="en-us") for r in args.rates.split(",")]
    else:
        synths = [PiperSynth()]
    transcriber = WhisperTranscriber()
    pad = np.zeros(8000, dtype=np.float32)
    report: dict[str, dict] = {}
    found = tried = 0
    for qid, terms in vocabulary(bank, scripts).items():
        if args.question and qid not in args.question:
            continue
        question = bank.get(qid)
        for term in terms:
            concepts = list(question.concepts) + [c for f in question.follow_ups for c in f.concepts]
            matcher = Matcher([(term, aliases_naming(term, concepts))])
            heard, hits = [], 0
            for synth in synths:
                for carrier in CARRIERS:
                    audio, rate = synth.synthesize(carrier.format(term))
                    audio = np.concatenate([pad, resample(audio, rate, 16_000), pad, pad])
                    text = transcriber.transcribe(audio, hotwords=question.hotwords()).text
                    tried += 1
                    if matcher.find(tokenize(text)):
                        hits += 1
                    else:
                        heard.append(text)
            found += hits
            report[f"{qid}/{term}"] = {"hits": hits, "tries": len(synths) * len(CARRIERS), "missed": heard}
            if not args.json:
                print(f"{qid:22s} {term:28s} {hits}/{len(synths) * len(CARRIERS)}"
                      + "".join(f"\n{'':52s}{h}" for h in heard), flush=True)
    summary = {"voice": args.voice, "found": found, "tried": tried,
               "rate": round(found / tried, 3) if tried else None}
    if args.json:
        print(json.dumps({"summary": summary, "terms": report}, indent=2))
    else:
        print(f"\n{found}/{tried} utterances had their term found ({summary['rate']:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
