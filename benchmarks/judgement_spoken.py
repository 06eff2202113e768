"""The judgement figures from audio: every labelled answer spoken by a synthetic voice, heard by the
bundled Whisper, and scored from its transcript — against the same answers scored as text.

    python benchmarks/judgement_spoken.py [--voice espeak|piper ...] [--split tune|holdout|all]
                                          [--limit N] [--json] [--cache DIR]

For each voice (default: espeak-ng and Piper when installed) each answer of tests/judgement_answers.py
is synthesised (``EspeakSynth`` / ``PiperSynth``, the program's own voices), resampled to 16 kHz,
transcribed by ``WhisperTranscriber`` with the question's hotwords (as ``score AUDIO`` does) and scored
with the sentence embedder. It prints, per voice and split, the figures of ``benchmarks/judgement.py``
(pairwise ranking, red-flag precision and recall, follow-up acceptability, plain-vs-keyword gap) next
to the typed figures, and the loss (text minus audio; the issue's bound is 0.03 per figure), plus the
word error rate of the transcripts.

Synthesis and transcription take a few seconds per answer on two cores (~10 minutes per voice for the
85 answers); ``--cache DIR`` keeps the transcripts so a second run only re-scores.

What it does not show: human voices (accents, mumbling, real disfluencies), room noise, or a
microphone — see benchmarks/noise.py and the fixtures for those.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from judgement_eval import SPLITS, evaluate, select  # noqa: E402

from voice_interviewer.bank import default_bank_dir, load_bank  # noqa: E402
from voice_interviewer.scoring import score_answer  # noqa: E402
from voice_interviewer.transcript import Transcript  # noqa: E402

FIGURES = ("pairwise", "flag_precision", "flag_recall", "follow_up_acceptable", "keyword_gap")


def _synth(voice: str):
    from voice_interviewer.speech.speaker import EspeakSynth, PiperSynth

    return PiperSynth() if voice == "piper" else EspeakSynth()


def _voices(asked: list[str] | None) -> list[str]:
    if asked:
        return asked
    import importlib.util

    return ["espeak", *(["piper"] if importlib.util.find_spec("piper") else [])]


def transcripts(cases, bank, voice: str, cache: Path | None, progress) -> dict[str, Transcript]:
    """``{case.key: Transcript}`` heard from ``voice`` (read from ``cache`` when there)."""
    from voice_interviewer.speech.audio import resample
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    store = cache / f"{voice}.json" if cache else None
    known: dict[str, dict] = json.loads(store.read_text()) if store and store.exists() else {}
    synth, whisper = None, None
    out: dict[str, Transcript] = {}
    for c in cases:
        if c.key in known and known[c.key].get("said") == c.text:
            out[c.key] = Transcript.from_json(known[c.key]["transcript"])
        else:
            synth = synth or _synth(voice)
            whisper = whisper or WhisperTranscriber().load()
            audio, rate = synth.synthesize(c.text)
            heard = whisper.transcribe(resample(audio, rate), hotwords=bank.get(c.question).hotwords())
            out[c.key] = heard
            known[c.key] = {"said": c.text, "transcript": heard.to_json()}
            if store:
                store.parent.mkdir(parents=True, exist_ok=True)
                store.write_text(json.dumps(known))
        progress(c.key)
    if whisper is not None:
        whisper.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--voice", action="append", choices=("espeak", "piper"))
    ap.add_argument("--split", choices=(*SPLITS, "all"), default=None)
    ap.add_argument("--limit", type=int, default=0, help="only the first N answers (a quick look)")
    ap.add_argument("--cache", type=Path, default=None, help="keep transcripts here between runs")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from rich.progress import Progress

    from voice_interviewer.embedding import embedder_or_none
    from voice_interviewer.wer import wer

    bank = load_bank(default_bank_dir())
    embedder = embedder_or_none()
    cases = select("judgement")
    if args.limit:
        cases = cases[: args.limit]
    splits = [args.split] if args.split else [*SPLITS, "all"]
    typed = evaluate(cases, bank, embedder, splits)
    report: dict = {"answers": len(cases), "typed": _pick(typed), "voices": {}}
    for voice in _voices(args.voice):
        with Progress(transient=True, disable=args.json) as bar:
            task = bar.add_task(f"{voice}: speaking and hearing", total=len(cases))
            heard = transcripts(cases, bank, voice, args.cache, lambda _key: bar.advance(task))
        verdicts = {c.key: score_answer(bank.get(c.question), heard[c.key], embedder=embedder) for c in cases}
        spoken = evaluate(cases, bank, embedder, splits, verdicts=verdicts)
        errors = [wer(c.text, heard[c.key].text) for c in cases]
        figures = _pick(spoken)
        report["voices"][voice] = {
            "figures": figures,
            "loss": {s: {k: _loss(report["typed"][s].get(k), figures[s].get(k), k) for k in FIGURES}
                     for s in figures},
            "wer_mean": round(sum(errors) / len(errors), 3),
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    _print(report)
    return 0


def _pick(result: dict) -> dict:
    return {s: {k: f.get(k) for k in FIGURES} for s, f in result["splits"].items()}


def _loss(text: float | None, audio: float | None, key: str) -> float | None:
    if text is None or audio is None:
        return None
    # the gap is in points and smaller is better: its "loss" is how much it grew
    return round((audio - text) if key == "keyword_gap" else (text - audio), 3)


def _print(report: dict) -> None:
    print(f"{report['answers']} labelled answers")
    for voice, part in report["voices"].items():
        print(f"\n{voice} (mean WER {part['wer_mean']:.3f})")
        print(f"  {'split':8} " + " ".join(f"{k[:16]:>16}" for k in FIGURES))
        for split, figs in part["figures"].items():
            typed = report["typed"][split]
            cells = []
            for k in FIGURES:
                t, a = typed.get(k), figs.get(k)
                cells.append("—".rjust(16) if t is None or a is None else f"{t:7.3f} → {a:6.3f}".rjust(16))
            print(f"  {split:8} " + " ".join(cells))
        worst = max((v for s in part["loss"].values() for k, v in s.items() if v is not None and k != "keyword_gap"),
                    default=0.0)
        print(f"  largest loss on a ratio figure: {worst:+.3f} (bound 0.03)")


if __name__ == "__main__":
    raise SystemExit(main())
