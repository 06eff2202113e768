"""Turn-taking: never cut off a thinking pause, never leave a finished candidate waiting.

    python benchmarks/turn_taking.py [--answers 6] [--voices piper espeak] [--no-noise] [--held-out]
                                     [--without-model] [--without-reader] [--patience S] [--json]
    python benchmarks/turn_taking.py --voice-curve [--held-out] [--voices ...] [--json]

Spoken answers written for this benchmark (not the fixtures), each with one thinking pause of
2–4 s *inside a clause* ("…we push it to the [3 s] staging registry…"), pauses of 0.8–1.5 s between
sentences, and a finished last sentence. Each is synthesised with the project's own speaker code
(Piper, espeak-ng). The words before a mid-clause pause are synthesised ending in a comma, so the
voice stays up as in a sentence that goes on (synthesised alone without it, "…we push it to the"
falls like a finished sentence); the rest of the sentence is synthesised after the pause. (Cutting
one synthesis of the whole sentence at Whisper's word boundary was tried first: the synthesisers
run the words together, and the cut took the next word's first sound with it — "to the s|taging"
heard as "to the nest".) Clean, and with fan noise at 10 dB SNR (benchmarks/noise.py).

Every answer goes through the recorder's own ``listen`` with the streaming transcriber, the pause
reader (``speech/tailread.py``: the last words read at once at a pause; ``--without-reader``: the
stream's committed text only) and the Smart Turn model when installed, as ``practice`` runs. The rules
were tuned on ``ANSWERS``; ``--held-out`` runs ``HELD_OUT``, written after and never tuned on. By default each decode is charged to the audio clock by its CPU time, as if the
decoder had a core of its own (see :class:`OwnCoreStream`): the project's 2 cores are shared with
other work, and a wall-clock run there measures the neighbours (one stretch took 19 s to decode at
load average 8.6). ``--paced`` plays in real time with the threaded stream instead. Printed:

* cut-offs — the answer ended before its last word (where: mid-clause or between sentences);
* end delay — end of the answer minus end of speech (median, max);
* perceived wait — end of speech to the first sound of the next question: the end delay, the
  stream's last decode, and synthesising the next question with the default voice (pyttsx3, else
  espeak-ng);
* decision CPU — per end-of-turn decision (the audio model and the rules), median and max;

and the same answers with a fixed silence (4 s, and 1.5 s) side by side, from the same VAD.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the program's entry point sets it (voice_interviewer/cli.py)

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from voice_interviewer.seams import SAMPLE_RATE, ListenPolicy  # noqa: E402

SR = SAMPLE_RATE
CACHE = Path(tempfile.gettempdir()) / "voice-interviewer-bench" / "turns"

# '|' marks the mid-clause thinking pause. Written for this benchmark.
ANSWERS = [
    ["We keep every training run in an experiment tracker.",
     "When a run beats the current model we push it to the | staging registry and run the offline checks.",
     "Only then does it go live behind a canary."],
    ["The first thing I look at is the data.",
     "If the input distribution has moved, the model is usually fine and | the retraining job just needs fresh labels.",
     "Otherwise I compare the predictions with last week."],
    ["Our pipeline starts with a schema check on every batch.",
     "Bad rows are sent to a quarantine table so that | somebody can look at them in the morning.",
     "Nothing silently disappears."],
    ["I would start with a simple baseline.",
     "A logistic regression on the obvious features tells you whether the | problem is learnable at all.",
     "After that a boosted tree is hard to beat."],
    ["We had a model that slowly got worse over a month.",
     "It turned out that an upstream team changed the units of a | column from seconds to milliseconds.",
     "Now every feature has a range check."],
    ["For serving we put the model in a container.",
     "It runs on the cluster with two replicas, and um | the autoscaler adds more when latency goes up.",
     "Rollbacks take about a minute."],
    ["The hardest part of the project was agreeing on the metric.",
     "Sales wanted recall, but the support team was drowning in | false alarms, so we settled on precision at a fixed recall.",
     "That made everybody a little unhappy, which is usually a good sign."],
    ["Testing a model is different from testing code.",
     "Besides unit tests we keep a small set of hard examples and | every new version has to pass them.",
     "We also compare it with the old one on live traffic."],
]
# Held out: written after the decision's rules were set and never looked at while tuning them
# (`--held-out`); the same shape as ANSWERS.
HELD_OUT = [
    ["Feature stores solve a consistency problem.",
     "The same code computes a feature for training and for | serving, so the two cannot drift apart.",
     "That alone removed most of our skew bugs."],
    ["I measure a recommender offline first.",
     "We replay last month's clicks and check whether the new ranking puts the | items people chose near the top.",
     "Then a small online test decides."],
    ["Our biggest incident was a silent failure.",
     "The feature job kept running but it was reading an empty | partition for three days.",
     "We now alert when the row count drops."],
    ["I like to keep training reproducible.",
     "Every run records the commit, the data snapshot and, um, | the random seed in the tracker.",
     "Anyone can rebuild a model from that."],
    ["Labelling was our bottleneck.",
     "We sent only the examples the model was least sure about to | the annotators each week.",
     "It halved the labelling bill."],
    ["For monitoring I watch three things.",
     "The input distributions, the prediction distribution, and the | business metric that the model is meant to move.",
     "Alerts go to the team that owns the model."],
    ["A shadow deployment is my favourite safety net.",
     "The new model sees real traffic but its answers are only logged because | nobody has checked them yet.",
     "We promote it after a week of clean logs."],
    ["We retrain on a schedule and on demand.",
     "The nightly job retrains with the latest data, and if the drift monitor fires we | start a run by hand.",
     "Most weeks nothing needs a person."],
]
# Answers the decision was never tuned on, for the acceptance check through
# `rehearse --answers DIR --realtime` (question id → sentences; '|' is a 2.5–3.5 s thinking pause,
# sentences are 1.0–1.2 s apart). Written by --write-unseen DIR.
UNSEEN = {
    "model-registry": ["A registry is where every trained model gets a version and an owner.",
                       "We store the metrics with it, and then we | promote it from staging to production by hand.",
                       "Nobody deploys a model that is not in the registry."],
    "drift-types": ["There are two kinds of drift that I watch.",
                    "Data drift is when the inputs change, and concept drift is when the | relationship to the label changes.",
                    "The second one is harder to see."],
    "rollout-strategies": ["I prefer a canary for risky models.",
                           "Five percent of the traffic goes to the new version and we compare it with the | old one for a day.",
                           "If it holds up we ramp up slowly."],
    "data-validation": ["Every batch goes through a schema check first.",
                        "We also test the ranges, because a unit change upstream can | quietly break a feature.",
                        "Failures stop the pipeline."],
    "serving-latency": ["Latency starts with the model size.",
                        "We quantised the model and moved the | feature lookups into a cache.",
                        "That took the median from eighty to twenty milliseconds."],
    "gpu-cost": ["Most of our cost was idle GPUs.",
                 "We moved the batch jobs to spot instances and um | scaled the serving pool down at night.",
                 "The bill dropped by about forty percent."],
}
#: the shortest answer most of the bank's questions expect (``target_seconds[0]``); a practice turn
#: passes its question's own, and the decision waits longer while an answer is far shorter.
EXPECTED_S = 60.0
NEXT_QUESTION = "Thanks. How would you know that the new model is actually better in production?"


def _synth(voice: str):
    from voice_interviewer.speech.speaker import EspeakSynth, PiperSynth

    if voice == "piper":
        return PiperSynth(deterministic=True)
    return EspeakSynth()


def synthesise(voice: str, text: str, synth_cache: dict) -> np.ndarray:
    from voice_interviewer.speech.audio import load_audio, resample, save_wav

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / (hashlib.sha1(f"{voice}:{text}".encode()).hexdigest()[:16] + ".wav")
    if not path.exists():
        synth = synth_cache.setdefault(voice, _synth(voice))
        audio, rate = synth.synthesize(text)
        audio = resample(np.asarray(audio, dtype=np.float32), rate, SR) if rate != SR else audio
        save_wav(path, audio)
    return load_audio(path)


def _trim(audio: np.ndarray) -> np.ndarray:
    """Without the synthesiser's leading and trailing silence."""
    frames = audio[: len(audio) // 160 * 160].reshape(-1, 160)
    power = np.mean(frames.astype(np.float64) ** 2, axis=1)
    loud = np.nonzero(power > power.max() * 1e-4)[0]
    if not len(loud):
        return audio
    return audio[max(0, loud[0] * 160 - 320) : (loud[-1] + 1) * 160 + 320]


def build(voice: str, sentences: list[str], rng: np.random.Generator, transcriber, synth_cache) -> dict | None:
    """The answer's audio and where its pauses and its speech end are (seconds)."""
    parts = [np.zeros(int(0.6 * SR), np.float32)]
    pauses = []  # (kind, start, end)
    t = 0.6
    for i, sentence in enumerate(sentences):
        if "|" in sentence:
            first, second = (x.strip() for x in sentence.split("|"))
            head = _trim(synthesise(voice, first + ",", synth_cache))  # a comma: the voice stays up
            tail = _trim(synthesise(voice, second, synth_cache))
            pause = float(rng.uniform(2.0, 4.0))
            audio = np.concatenate([head, np.zeros(int(pause * SR), np.float32), tail])
            parts.append(audio)
            pauses.append(("mid-clause", t + len(head) / SR, t + len(head) / SR + pause))
        else:
            audio = _trim(synthesise(voice, sentence, synth_cache))
            parts.append(audio)
        t += len(audio) / SR
        if i < len(sentences) - 1:
            pause = float(rng.uniform(0.8, 1.5))
            parts.append(np.zeros(int(pause * SR), np.float32))
            pauses.append(("between sentences", t, t + pause))
            t += pause
    speech = np.concatenate(parts)
    return {"audio": speech, "speech_end": len(speech) / SR, "pauses": pauses}


def fixed_silence_end(probs: np.ndarray, end_silence_s: float) -> float | None:
    from voice_interviewer.speech.recorder import Endpointer
    from voice_interviewer.speech.vad import WINDOW_S

    ep = Endpointer(ListenPolicy(end_silence_s=end_silence_s, patience_s=None, max_seconds=1e9))
    for i, p in enumerate(probs, start=1):
        ep.feed(i * WINDOW_S, float(p))
        if ep.check():
            return i * WINDOW_S
    return None


def where(answer: dict, ended: float) -> str:
    for kind, a, b in answer["pauses"]:
        if a - 0.05 <= ended <= b + 0.3:
            return kind
    return "speech"


class OwnCoreStream:
    """The streaming transcriber as if its decoder had a core of its own (``--paced`` off).

    The answer is fed as fast as the recorder can take it; every decode runs inline (the stream's
    synchronous mode) and its *CPU time* is charged to the audio clock: text committed by a decode
    becomes visible only when the audio has advanced by that much past the moment the decoder was
    free and asked. So figures do not depend on how busy the benchmark machine's cores are with
    other work, yet every decode costs what it really costs. The recorder's pause hint
    (``progress()``) cuts and decodes at once, as the threaded stream does.
    """

    def __init__(self, transcriber, hotwords=()):
        self.inner = transcriber.stream(hotwords, threaded=False)
        self.fed = 0
        self.busy_until = 0.0  # audio time at which the decoder is free again
        self.visible: list[tuple[float, str, float]] = [(0.0, "", 0.0)]  # (from, text, covered)
        self.hint_cpu = 0.0  # decode CPU spent inside progress() (not the decision's own cost)

    def _timed(self, work) -> None:
        before = len(self.inner._pieces)
        t = time.process_time()
        work()
        cpu = time.process_time() - t
        if len(self.inner._pieces) != before:
            now = self.fed / SR
            self.busy_until = max(self.busy_until, now) + cpu
            text = " ".join(p.text for p in self.inner._pieces if p.text)
            self.visible.append((self.busy_until, text, self.inner._committed_s))

    def clock(self) -> float:
        """The audio clock, for ``listen(clock=...)``: the limits follow audio time, not wall time."""
        return self.fed / SR

    def feed(self, chunk, probs=None) -> None:
        self.fed += len(chunk)
        self._timed(lambda: self.inner.feed(chunk, probs))

    def progress(self) -> tuple[str, float]:
        t = time.process_time()
        self._timed(self.inner.progress)  # the synchronous stream cuts and decodes right here
        self.hint_cpu += time.process_time() - t
        now = self.fed / SR
        _, text, covered = [v for v in self.visible if v[0] <= now][-1]
        return text, covered

    def finish(self):
        return self.inner.finish()

    @property
    def stats(self):
        return self.inner.stats


class ChargedPauseReader:
    """The pause reader (``speech/tailread.py``) in own-core mode: its read is charged to the audio
    clock by its CPU time like the stream's decodes — its words become visible that much later."""

    def __init__(self, stream: OwnCoreStream, reader):
        from voice_interviewer.speech.tailread import PauseReader

        self.stream = stream
        self.inner = PauseReader(stream.progress, reader)
        self.ready: dict[int, float] = {}  # read number -> audio time its words are visible

    def feed(self, chunk, probs=None) -> None:
        self.inner.feed(chunk, probs)
        self.stream.feed(chunk, probs)

    def progress(self):
        reads, cpu = self.inner.reads, self.inner.read_cpu_s
        got = self.inner.progress()
        now = self.stream.clock()
        if self.inner.reads != reads:
            self.ready[self.inner.reads] = now + (self.inner.read_cpu_s - cpu)
        if got is self.inner._read and now < self.ready.get(self.inner.reads, 0.0):
            return "", 0.0, None  # the read is still running
        return got


def run_one(answer: dict, transcriber, turn, noise: np.ndarray | None, paced: bool, reader=None,
            patience_s: float | None = None, expected_s: float | None = EXPECTED_S) -> dict:
    from voice_interviewer.speech.recorder import FileSource, listen
    from voice_interviewer.speech.tailread import reading_pauses
    from voice_interviewer.speech.vad import speech_probabilities

    tail = np.zeros(int(6.0 * SR), np.float32)
    audio = np.concatenate([answer["audio"], tail])
    if noise is not None:
        audio = (audio + noise[: len(audio)]).astype(np.float32)
    stream = transcriber.stream() if paced else OwnCoreStream(transcriber)
    policy = ListenPolicy(enter_ends=False, max_seconds=120.0, expected_s=expected_s)
    if patience_s is not None:
        policy = replace(policy, patience_s=patience_s)
    pauses = None
    if paced:
        rec = reading_pauses(listen, reader)(FileSource(audio, realtime=True), policy, on_chunk=stream.feed,
                                              show=False, text=stream.progress, turn=turn)
    else:
        feed, text = stream.feed, stream.progress
        if reader is not None:
            pauses = ChargedPauseReader(stream, reader)
            feed, text = pauses.feed, pauses.progress
        rec = listen(FileSource(audio), policy, on_chunk=feed, show=False, text=text, turn=turn,
                     clock=stream.clock)
    t, cpu = time.perf_counter(), time.process_time()
    transcript = stream.finish()
    # what is left to decode once the answer ended (own-core mode: its CPU time, plus any decode
    # still running at the end)
    finish_s = time.perf_counter() - t if paced else (
        time.process_time() - cpu + max(0.0, stream.busy_until - rec.duration))
    end = rec.duration
    cut = end < answer["speech_end"] - 0.05
    probs = speech_probabilities(audio)
    fixed = {}
    for s in (4.0, 1.5):
        e = fixed_silence_end(probs, s)
        e = len(audio) / SR if e is None else e
        fixed[f"{s:g}"] = {"end": round(e, 2), "cut_off": e < answer["speech_end"] - 0.05,
                           "where": where(answer, e) if e < answer["speech_end"] - 0.05 else None,
                           "delay": round(e - answer["speech_end"], 2)}
    turn_info = dict(rec.turn or {})
    read_ms = pauses.inner.read_cpu_s * 1000 if pauses is not None else 0.0
    if not paced:  # the inline decodes and reads ran inside the decision's timing: take them out
        turn_info["decide_cpu_ms"] = max(0.0, turn_info.get("decide_cpu_ms", 0.0) - stream.hint_cpu * 1000
                                         - read_ms)
    turn_info["read_cpu_ms"] = round(read_ms, 1)
    turn_info["reads"] = pauses.inner.reads if pauses is not None else 0
    return {"end": round(end, 2), "speech_end": round(answer["speech_end"], 2), "cut_off": cut,
            "where": where(answer, end) if cut else None, "delay": round(end - answer["speech_end"], 2),
            "finish_s": round(finish_s, 2), "ended_by": rec.ended_by, "turn": turn_info,
            "decision_ms": turn_info.get("decide_cpu_ms", 0.0) / max(1, turn_info.get("decisions", 1)),
            "read_ms": read_ms / max(1, turn_info["reads"]) if turn_info["reads"] else None,
            "text": transcript.text, "fixed": fixed}


def summarise(rows: list[dict], synth_s: float) -> dict:
    def stats(delays):
        return (round(float(np.median(delays)), 2), round(float(max(delays)), 2)) if delays else (None, None)

    out = {"answers": len(rows)}
    ok = [r for r in rows if not r["cut_off"]]
    out["cut_offs"] = len(rows) - len(ok)
    out["cut_offs_mid_clause"] = sum(r["where"] == "mid-clause" for r in rows)
    out["end_delay_median_s"], out["end_delay_max_s"] = stats([r["delay"] for r in ok])
    out["perceived_wait_median_s"], out["perceived_wait_max_s"] = stats(
        [r["delay"] + r["finish_s"] + synth_s for r in ok])
    ms = [r["decision_ms"] for r in rows if r["turn"].get("decisions")]
    out["decision_cpu_ms_median"], out["decision_cpu_ms_max"] = stats(ms)
    out["read_cpu_ms_median"], out["read_cpu_ms_max"] = stats([r["read_ms"] for r in rows if r.get("read_ms")])
    for s in ("4", "1.5"):
        f = [r["fixed"][s] for r in rows]
        fine = [x for x in f if not x["cut_off"]]
        out[f"fixed_{s}s"] = {
            "cut_offs": len(f) - len(fine),
            "cut_offs_mid_clause": sum(x["where"] == "mid-clause" for x in f),
            "end_delay_median_s": stats([x["delay"] for x in fine])[0],
            "end_delay_max_s": stats([x["delay"] for x in fine])[1],
            "perceived_wait_median_s": stats([x["delay"] + synth_s for x in fine])[0],
        }
    return out


def write_unseen(folder: Path, seed: int, answers: dict[str, list[str]] | None = None) -> int:
    """The acceptance check's answers: 2.5–3.5 s mid-clause pauses, 1.0–1.2 s between sentences
    (``answers``: question id → sentences, ``|`` the thinking pause; default ``UNSEEN``)."""
    from voice_interviewer.speech.audio import save_wav

    folder.mkdir(parents=True, exist_ok=True)
    rng, cache, index = np.random.default_rng(seed + 7), {}, {}
    for qid, sentences in (UNSEEN if answers is None else answers).items():
        parts, t = [np.zeros(int(0.5 * SR), np.float32)], 0.5
        for i, sentence in enumerate(sentences):
            chunks = [x.strip() for x in sentence.split("|")]
            for j, chunk in enumerate(chunks):
                audio = _trim(synthesise("piper", chunk + ("," if j < len(chunks) - 1 else ""), cache))
                parts.append(audio)
                t += len(audio) / SR
                if j < len(chunks) - 1:
                    pause = float(rng.uniform(2.5, 3.5))
                    parts.append(np.zeros(int(pause * SR), np.float32))
                    t += pause
            if i < len(sentences) - 1:
                pause = float(rng.uniform(1.0, 1.2))
                parts.append(np.zeros(int(pause * SR), np.float32))
                t += pause
        index[qid] = round(t, 2)  # where the speech ends
        parts.append(np.zeros(int(8.0 * SR), np.float32))
        save_wav(folder / f"{qid}.wav", np.concatenate(parts))
    (folder / "speech_end.json").write_text(json.dumps(index))
    print(f"wrote {len(index)} answers to {folder} (speech ends: {folder / 'speech_end.json'})")
    return 0


def default_voice_synth_seconds() -> float:
    """Time to synthesise the next question with the default voice (pyttsx3, else espeak-ng)."""
    from voice_interviewer.speech.speaker import EspeakSynth, Pyttsx3Synth

    for make in (Pyttsx3Synth, EspeakSynth):
        try:
            synth = make()
            synth.synthesize("Ready.")
            t = time.perf_counter()
            synth.synthesize(NEXT_QUESTION)
            return time.perf_counter() - t
        except Exception:
            continue
    return 0.0


def model_cpu(as_json: bool, rounds: int = 4) -> int:
    """The turn model's CPU time per call (features + run; process time, as ``listen`` charges a
    decision), with faster-whisper's extractor ("whisper", the features before 2026-12-02) and with
    :class:`~voice_interviewer.speech.smartturn.LogMel` ("project"), interleaved in one run; each call
    after a 0.3 s rest, so that spinning OpenBLAS threads of the call before are not charged to it."""
    from voice_interviewer.speech.audio import load_audio
    from voice_interviewer.speech.recorder import turn_model

    model = turn_model()
    jfk = ROOT.parent / "shared" / "real_speech" / "jfk.flac"
    if model is None or not jfk.exists():
        print("needs the Smart Turn model (make) and ../shared/real_speech/jfk.flac", file=sys.stderr)
        return 2
    audio = load_audio(jfk)
    cuts = [audio[: int(s * SR)] for s in np.linspace(0.5, len(audio) / SR, 12)]
    ways = {"whisper": model._features.reference, "project": model._features}
    cpu: dict = {k: {"features": [], "call": []} for k in ways}
    probs: dict = {k: [] for k in ways}

    def run(features) -> float:
        return float(np.ravel(model._session.run(None, {model._input: features[None]})[0])[0])

    for r in range(rounds):
        for part in cuts:
            for name, extract in ways.items():
                time.sleep(0.3)
                t = time.process_time()
                f = extract(part)
                mid = time.process_time()
                p = run(f)
                cpu[name]["features"].append(mid - t)
                cpu[name]["call"].append(time.process_time() - t)
                if r == 0:
                    probs[name].append(p)
    out: dict = {"calls": rounds * len(cuts),
                 "max_abs_prob_diff": max(abs(a - b) for a, b in zip(probs["whisper"], probs["project"]))}
    for name in ways:
        for part_name, xs in cpu[name].items():
            ms = np.array(xs) * 1000
            out[f"{name}_{part_name}_ms"] = {"median": round(float(np.median(ms)), 1),
                                             "p95": round(float(np.percentile(ms, 95)), 1)}
    for name in ways:
        f, c = out[f"{name}_features_ms"], out[f"{name}_call_ms"]
        print(f"{name:8s} features median {f['median']:6.1f} ms p95 {f['p95']:6.1f} ms | per call (features + "
              f"model) median {c['median']:6.1f} ms p95 {c['p95']:6.1f} ms   [{out['calls']} calls]")
    print(f"max |probability difference| over {len(cuts)} cuts: {out['max_abs_prob_diff']:.2e}")
    if as_json:
        print(json.dumps(out))
    return 0


CURVE_SILENCES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2)


def voice_curve(held_out: bool, voices: list[str], n_answers: int, seed: int, as_json: bool) -> int:
    """The audio turn model's probability at every pause of the answers, heard after a fixed
    silence (``CURVE_SILENCES``, from the VAD's end of speech), and how many pauses of each kind
    reach ``Patience.voice_confirm`` at each silence: whether looking later (or twice) would end
    more finished answers without passing more mid-clause pauses. Deterministic: the same cut
    always gives the same number, unlike a look whose moment depends on when the words were read.

    Measured 2026-12-02 on the tuning answers (both voices, clean): finished endings reaching 0.8 at
    0.3-1.2 s: 10 10 12 14 15 12 13 14 13 of 16; mid-clause pauses: 6 4 5 6 7 7 8 8 7 of 16 — no
    silence passes more endings without passing more thinking pauses, and a 50 ms shift moves one
    pause by up to 0.5 (espeak #8's ending: 0.11 at 0.5 s, 0.85 at 0.6 s). A second look at 0.9 s
    taking the larger probability, and a fixed cut at speech end + 0.5 or 0.7 s, were measured with
    the full run and rejected (see the commit that added this mode)."""
    from voice_interviewer.speech.recorder import turn_model
    from voice_interviewer.speech.vad import DEFAULT, WINDOW_S, SpeechTracker, speech_probabilities
    from voice_interviewer.turntaking import Patience

    model = turn_model()
    if model is None:
        print("needs the Smart Turn model (make)", file=sys.stderr)
        return 2
    confirm = Patience().voice_confirm
    rows = []
    for voice in voices:
        for i, sentences in enumerate((HELD_OUT if held_out else ANSWERS)[:n_answers]):
            a = build(voice, sentences, np.random.default_rng(seed + 100 * i + len(voice)), None, {})
            audio = np.concatenate([a["audio"], np.zeros(int(2 * SR), np.float32)])
            tracker, ends = SpeechTracker(DEFAULT), []  # speech ends followed by >= 0.4 s of silence
            for k, p in enumerate(speech_probabilities(audio), start=1):
                tracker.push(float(p))
                if tracker.first_speech is None:
                    continue
                last = tracker.last_speech_end * WINDOW_S
                if k * WINDOW_S - last >= 0.4 and (not ends or ends[-1] != last):
                    ends.append(last)
            for e in ends:
                kind = "final" if e > a["speech_end"] - 0.3 else where(a, e + 0.1)
                kind = "in speech" if kind == "speech" else kind
                probs = [round(model.probability(audio[max(0, int((e + s - 8.0) * SR)): int((e + s) * SR)]), 3)
                         for s in CURVE_SILENCES]
                rows.append({"voice": voice, "index": i, "kind": kind, "at": round(e, 2), "p": probs})
                print(f"{voice:6s} #{i + 1} {kind:17s} {e:6.2f} s  " + " ".join(f"{x:.2f}" for x in probs),
                      flush=True)
    print(f"silence (s)              {' '.join(f'{s:4.1f}' for s in CURVE_SILENCES)}")
    counts: dict = {}
    for kind in ("final", "mid-clause", "between sentences"):
        mine = [r for r in rows if r["kind"] == kind]
        counts[kind] = [sum(r["p"][j] >= confirm for r in mine) for j in range(len(CURVE_SILENCES))]
        print(f">= {confirm:.2f} {kind:17s}  " + " ".join(f"{c:4d}" for c in counts[kind]) + f"   of {len(mine)}")
    if as_json:
        print(json.dumps({"answers": "held-out" if held_out else "tuning", "silences": CURVE_SILENCES,
                          "voice_confirm": confirm, "reaching_confirm": counts, "pauses": rows}))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answers", type=int, default=len(ANSWERS), help="answers per voice (default all)")
    ap.add_argument("--voices", nargs="+", default=["piper", "espeak"], choices=["piper", "espeak"])
    ap.add_argument("--no-noise", action="store_true", help="clean only")
    ap.add_argument("--snr", type=float, default=10.0, help="fan noise SNR for the noisy runs (dB)")
    ap.add_argument("--without-model", action="store_true", help="no audio turn model: transcript + silence")
    ap.add_argument("--without-reader", action="store_true",
                    help="no fast read of the last words at a pause: the decision waits for the stream's decode")
    ap.add_argument("--held-out", action="store_true",
                    help="the held-out answers (HELD_OUT: never looked at while tuning) instead of ANSWERS")
    ap.add_argument("--paced", action="store_true",
                    help="play in real time with the threaded stream (wall-clock figures: only meaningful "
                         "on idle cores); default: decodes charged by their CPU time (see OwnCoreStream)")
    ap.add_argument("--write-unseen", metavar="DIR",
                    help="write the unseen answers as DIR/<question-id>.wav (Piper) for "
                         "`voice-interviewer rehearse --answers DIR --realtime`, and stop")
    ap.add_argument("--unseen-file", metavar="JSON", type=Path,
                    help="with --write-unseen: the answers from this file (question id -> sentences, '|' the "
                         "thinking pause) instead of UNSEEN. Both files here were written blind by other "
                         "sessions: turn_unseen2.json was then read while tuning (tuning data now); "
                         "turn_unseen3.json was run once with the old and once with the new decision, never "
                         "tuned on")
    ap.add_argument("--model-cpu", action="store_true",
                    help="only the audio turn model's CPU per call on real speech (JFK cut at 12 points, a "
                         "few seconds): faster-whisper's features vs the project's, and the probabilities")
    ap.add_argument("--voice-curve", action="store_true",
                    help="only the audio turn model's probability at every pause after fixed silences "
                         "(0.3-1.2 s), and how many finished endings and mid-clause pauses reach voice_confirm")
    ap.add_argument("--patience", type=float, default=None, metavar="S",
                    help="--patience for the end-of-turn decision (default: the program's)")
    ap.add_argument("--expected", type=float, default=EXPECTED_S, metavar="S",
                    help="the question's shortest expected answer, as a practice turn passes it (default "
                         f"{EXPECTED_S:g} s, most of the bank's questions; 0: unknown)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="last line: one JSON object")
    args = ap.parse_args(argv)
    if args.model_cpu:
        return model_cpu(args.json)
    if args.voice_curve:
        return voice_curve(args.held_out, args.voices, args.answers, args.seed, args.json)

    from noise import fan, mix

    from voice_interviewer.speech.recorder import turn_model
    from voice_interviewer.speech.tailread import TailReader
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    if args.write_unseen:
        answers = None
        if args.unseen_file is not None:
            try:
                answers = json.loads(args.unseen_file.read_text())
            except (OSError, ValueError) as exc:
                sys.exit(f"error: {args.unseen_file}: {exc}")
        return write_unseen(Path(args.write_unseen), args.seed, answers)
    transcriber = WhisperTranscriber().load()
    turn = False if args.without_model else (turn_model() or False)
    reader = None if args.without_reader else TailReader.load()
    synth_s = default_voice_synth_seconds()
    rng = np.random.default_rng(args.seed)
    synth_cache: dict = {}
    answers = []
    for voice in args.voices:
        for i, sentences in enumerate((HELD_OUT if args.held_out else ANSWERS)[: args.answers]):
            a = build(voice, sentences, np.random.default_rng(args.seed + 100 * i + len(voice)), transcriber,
                      synth_cache)
            a["voice"], a["index"] = voice, i
            answers.append(a)
    conditions = ["clean"] + ([] if args.no_noise else [f"fan@{args.snr:g}dB"])
    result: dict = {"turn_model": bool(turn), "pause_reader": reader is not None,
                    "answers": "held-out" if args.held_out else "tuning", "synth_next_question_s": round(synth_s, 2), "conditions": {},
                    "mode": "paced (wall clock)" if args.paced else "decoder on its own core (CPU-time clock)"}
    for cond in conditions:
        rows = []
        for a in answers:
            noise = None
            if cond != "clean":
                noise = fan(len(a["audio"]) + 6 * SR, rng)
                _, g = mix(a["audio"], noise, args.snr)
                noise = (g * noise).astype(np.float32)
            r = run_one(a, transcriber, turn, noise, args.paced, reader, args.patience, args.expected or None)
            r["voice"], r["index"] = a["voice"], a["index"]
            rows.append(r)
            t = r["turn"]
            print(f"{cond:10s} {a['voice']:6s} #{a['index'] + 1}: "
                  f"{'CUT OFF (' + r['where'] + ')' if r['cut_off'] else 'ended'} {r['delay']:+.2f} s after speech "
                  f"[{t.get('reason')}; last decode {r['finish_s']:.2f} s]  fixed 4 s {r['fixed']['4']['delay']:+.2f} s, "
                  f"1.5 s {'cut' if r['fixed']['1.5']['cut_off'] else 'ok'}", flush=True)
        s = summarise(rows, synth_s)
        result["conditions"][cond] = {"summary": s, "rows": [{k: v for k, v in r.items() if k != "text"} for r in rows]}
        print(f"== {cond}: {s['answers']} answers, turn model {'on' if turn else 'off'}, "
              f"next question synthesised in {synth_s:.2f} s")
        print(f"   end-of-turn decision: cut-offs {s['cut_offs']} (mid-clause {s['cut_offs_mid_clause']}), "
              f"end delay median {s['end_delay_median_s']} s, max {s['end_delay_max_s']} s, "
              f"perceived wait median {s['perceived_wait_median_s']} s, max {s['perceived_wait_max_s']} s, "
              f"decision CPU median {s['decision_cpu_ms_median']} ms, max {s['decision_cpu_ms_max']} ms, "
              f"pause read CPU median {s['read_cpu_ms_median']} ms, max {s['read_cpu_ms_max']} ms")
        for k in ("4", "1.5"):
            f = s[f"fixed_{k}s"]
            print(f"   fixed {k} s silence:    cut-offs {f['cut_offs']} (mid-clause {f['cut_offs_mid_clause']}), "
                  f"end delay median {f['end_delay_median_s']} s, max {f['end_delay_max_s']} s, "
                  f"perceived wait median {f['perceived_wait_median_s']} s")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
