"""How long the candidate waits after an answer: streaming transcription vs transcribe-after-the-end.

Builds an N-second spoken answer (real human speech from ../shared/real_speech, the committed
audio fixtures when present, and espeak-ng sentences from the interview guide, joined with natural
pauses and a few longer thinking pauses), plays it through the recorder's own endpointing path
(``recorder.listen`` with a paced source, VAD ending the answer after the policy's silence), with
the streaming transcriber fed from ``on_chunk``. In the same run it then transcribes the whole
recording at once. Latencies are measured from the moment ``listen`` returns (the answer is over)
to the final transcript; the endpointing silence itself is the same for both and printed apart.

It also prints the CPU time one answer costs while it is heard and transcribed (process CPU, all
threads: recorder, VAD, stream worker), in the same run for the two ways of running the VAD: once
in the recorder with its probabilities handed to the stream (today), and again in the stream's
worker as well (before issue 14: two Silero passes per answer).

    python benchmarks/latency.py --answer-seconds 120 [--speed 1] [--end silence|enter] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from voice_interviewer.seams import SAMPLE_RATE, ListenPolicy  # noqa: E402
from voice_interviewer.speech.audio import load_audio  # noqa: E402
from voice_interviewer.wer import wer  # noqa: E402

REAL = ROOT.parent / "shared" / "real_speech"
GUIDE = ROOT.parent / "shared" / "seed" / "000_03ac0d1b1b231269.txt"
CACHE = Path(tempfile.gettempdir()) / "voice-interviewer-bench"
HOTWORDS = ["MLflow", "Kubernetes", "DVC", "Prometheus", "Grafana", "Docker"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _guide_sentences(limit: int = 80) -> list[str]:
    text = GUIDE.read_text(encoding="utf-8") if GUIDE.exists() else ""
    out = []
    for s in re.split(r"(?<=[.?!])\s+", text.replace("\n", " ")):
        s = re.sub(r"\s+", " ", s).strip()
        if 8 <= len(s.split()) <= 30 and re.fullmatch(r"[A-Za-z0-9 ,.'?()/&-]+", s):
            out.append(s.replace("/", " and ").replace("&", "and"))
    return out[:limit]


def _espeak(sentence: str, rate: int) -> np.ndarray | None:
    exe = shutil.which("espeak-ng")
    if not exe:
        return None
    CACHE.mkdir(exist_ok=True)
    path = CACHE / (hashlib.sha1(f"{rate}:{sentence}".encode()).hexdigest()[:16] + ".wav")
    if not path.exists():
        subprocess.run([exe, "-v", "en-us", "-s", str(rate), "-w", str(path), sentence], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    audio = load_audio(path)
    return audio[int(0.05 * SAMPLE_RATE):]  # espeak's leading click


def _fixture_clips() -> list[tuple[np.ndarray, str]]:
    """Committed spoken-answer fixtures that come with a reference text (``<name>.txt`` beside them)."""
    clips = []
    for audio_path in sorted((ROOT / "audio_fixtures").glob("*.*")):
        ref = audio_path.with_suffix(".txt")
        if audio_path.suffix in (".wav", ".flac", ".ogg", ".mp3") and ref.exists():
            clips.append((load_audio(audio_path), ref.read_text(encoding="utf-8").strip()))
    return clips


def speech_clips() -> list[tuple[np.ndarray, str]]:
    """(audio, reference text) clips of varied speech, real human speech first."""
    clips = []
    if REAL.exists():
        refs = {line.split("|")[1].strip().strip("`"): line.split("|")[3].strip()
                for line in (REAL / "README.md").read_text().splitlines() if line.count("|") >= 4}
        clips.append((load_audio(REAL / "jfk.flac"), refs.get("jfk.flac", "")))
        for ch, key in ((0, "stereo_diarization.wav` left channel"), (1, "stereo_diarization.wav` right channel")):
            clips.append((load_audio(REAL / "stereo_diarization.wav", channel=ch), refs.get(key, "")))
        clips = [c for c in clips if c[1]]
    clips += _fixture_clips()
    for i, sentence in enumerate(_guide_sentences()):
        audio = _espeak(sentence, rate=(150, 165, 175)[i % 3])
        if audio is not None:
            clips.append((audio, sentence))
    if not clips:
        raise SystemExit("no speech to build an answer from (need ../shared/real_speech or espeak-ng)")
    return clips


def build_answer(seconds: float, seed: int = 0) -> tuple[np.ndarray, str, float]:
    """An answer of about ``seconds`` of speech with pauses; returns (audio, reference, speech_end_s)."""
    rng = np.random.default_rng(seed)
    clips = speech_clips()
    order: list[int] = []
    parts, refs, total = [np.zeros(int(0.8 * SAMPLE_RATE), np.float32)], [], 0.8
    while total < seconds - 1.0:
        if not order:
            order = [int(k) for k in rng.permutation(len(clips))]
        left = seconds - total
        fits = [k for k in order if len(clips[k][0]) / SAMPLE_RATE <= left + 2.0]
        k = fits[0] if fits else min(order, key=lambda k: len(clips[k][0]))
        order.remove(k)
        audio, ref = clips[k]
        pause = float(rng.choice([rng.uniform(0.3, 1.0), rng.uniform(1.5, 3.0)], p=[0.8, 0.2]))
        parts += [audio, np.zeros(int(pause * SAMPLE_RATE), np.float32)]
        refs.append(ref)
        total += (len(audio) / SAMPLE_RATE) + pause
    speech_end = total - pause
    answer = np.concatenate(parts)[: int(speech_end * SAMPLE_RATE)]
    return answer, " ".join(refs), speech_end


class PacedSource:
    """An :class:`AudioSource` that delivers audio at ``speed`` x real time, in 50 ms chunks."""

    def __init__(self, audio: np.ndarray, speed: float = 1.0, chunk_s: float = 0.05):
        self.audio, self.speed, self.chunk = audio, speed, int(chunk_s * SAMPLE_RATE)
        self._closed = False

    def chunks(self):
        start = time.perf_counter()
        for i in range(0, len(self.audio), self.chunk):
            if self._closed:
                return
            ahead = i / SAMPLE_RATE / self.speed - (time.perf_counter() - start)
            if ahead > 0:
                time.sleep(ahead)
            yield self.audio[i : i + self.chunk]

    def close(self) -> None:
        self._closed = True


def run(answer_seconds: float, speed: float = 1.0, end: str = "silence", threads: int | None = None) -> dict:
    from voice_interviewer.speech.recorder import listen
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    answer, reference, speech_end = build_answer(answer_seconds)
    # a fixed silence ends the answer here (the end-of-turn decision is benchmarks/turn_taking.py)
    policy = ListenPolicy(enter_ends=False, max_seconds=answer_seconds * 2 + 60, patience_s=None)
    tail = policy.end_silence_s + 2.0 if end == "silence" else 0.3  # 'enter': stops 0.3 s after speech
    audio = np.concatenate([answer, np.zeros(int(tail * SAMPLE_RATE), np.float32)])
    transcriber = WhisperTranscriber(cpu_threads=threads).load()
    rss_loaded = peak_rss_mb()

    def heard(one_pass: bool):
        """Listen to the answer with a stream; (recording, transcript, latency, stream, CPU s)."""
        stream = transcriber.stream(hotwords=HOTWORDS)
        feed = stream.feed if one_pass else (lambda chunk, probs: stream.feed(chunk))  # own VAD too
        cpu = time.process_time()
        recording = listen(PacedSource(audio, speed), policy, on_chunk=feed, show=False, turn=False)
        ended = time.perf_counter()
        streamed = stream.finish()
        return recording, streamed, time.perf_counter() - ended, stream, time.process_time() - cpu

    _, _, _, _, cpu_two = heard(one_pass=False)  # before: the stream ran its own Silero pass
    recording, streamed, streaming_latency, stream, cpu_one = heard(one_pass=True)
    rss_streaming = peak_rss_mb()
    from voice_interviewer.speech.vad import SileroVAD

    vad, cpu = SileroVAD(), time.process_time()
    for i in range(0, len(audio), 800):
        vad.feed(audio[i : i + 800])
    vad_cpu = time.process_time() - cpu
    cpu = time.process_time()  # the recorder's VAD before issue 14: one model call per 32 ms window
    vad.reset()
    for i in range(0, len(audio) // 512 * 512, 512):
        vad.feed(audio[i : i + 512])
    vad_window_cpu = time.process_time() - cpu

    started = time.perf_counter()
    batch = transcriber.transcribe(recording.audio, hotwords=HOTWORDS)
    batch_latency = time.perf_counter() - started

    # reference point: faster-whisper's own long-form decoding of the whole answer in one call
    started = time.perf_counter()
    segments, _ = transcriber._model.transcribe(
        recording.audio, language="en", beam_size=transcriber.beam_size, word_timestamps=True,
        vad_filter=True, initial_prompt=transcriber.prompt or None, hotwords=" ".join(HOTWORDS))
    longform_text = " ".join(seg.text.strip() for seg in segments)
    longform_latency = time.perf_counter() - started
    return {
        "answer_seconds": round(speech_end, 1),
        "recording_seconds": round(recording.duration, 1),
        "ended_by": recording.ended_by,
        "end": end,
        "speed": speed,
        "endpoint_silence_s": round(recording.duration - speech_end, 2),
        "streaming_latency_s": round(streaming_latency, 3),
        "batch_latency_s": round(batch_latency, 3),
        "latency_ratio": round(streaming_latency / batch_latency, 3) if batch_latency else None,
        "stretches": stream.stats["stretches"],
        "stream_decode_s": round(stream.stats["decode_s"], 2),
        "max_stream_buffer_s": round(stream.stats["max_buffer_s"], 1),
        "wer_streaming": round(wer(reference, streamed.text), 4),
        "wer_batch": round(wer(reference, batch.text), 4),
        "longform_latency_s": round(longform_latency, 3),
        "wer_longform": round(wer(reference, longform_text), 4),
        "rss_after_load_mb": round(rss_loaded, 1),
        "peak_rss_streaming_mb": round(rss_streaming, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "threads": transcriber.cpu_threads,
        "cpu_per_answer_one_vad_s": round(cpu_one, 2),
        "cpu_per_answer_two_vads_s": round(cpu_two, 2),
        "vad_pass_cpu_s": round(vad_cpu, 2),
        "vad_pass_per_window_cpu_s": round(vad_window_cpu, 2),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answer-seconds", type=float, default=30.0)
    parser.add_argument("--speed", type=float, default=1.0, help="playback pace, x real time (default 1)")
    parser.add_argument("--end", choices=["silence", "enter"], default="silence",
                        help="how the answer ends: VAD silence (default) or Enter 0.3 s after the last word")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="last line: one JSON object")
    args = parser.parse_args(argv)
    r = run(args.answer_seconds, args.speed, args.end, args.threads)
    print(f"answer: {r['answer_seconds']} s of speech, ended by {r['ended_by']} "
          f"{r['endpoint_silence_s']} s after the last word (played at {r['speed']}x)")
    print(f"wait after the answer ended: streaming {r['streaming_latency_s']:.2f} s, "
          f"batch {r['batch_latency_s']:.2f} s (ratio {r['latency_ratio']})")
    print(f"streaming: {r['stretches']} stretches, {r['stream_decode_s']} s decoding during the answer, "
          f"largest buffer {r['max_stream_buffer_s']} s")
    print(f"WER: streaming {r['wer_streaming']:.3f}, batch {r['wer_batch']:.3f} "
          f"(faster-whisper long-form in one call: {r['wer_longform']:.3f} in {r['longform_latency_s']:.2f} s)")
    print(f"peak RSS: {r['peak_rss_streaming_mb']:.0f} MB after streaming, {r['peak_rss_mb']:.0f} MB after batch "
          f"(model loaded: {r['rss_after_load_mb']:.0f} MB)")
    print(f"CPU per answer (heard + transcribed): {r['cpu_per_answer_one_vad_s']:.2f} s with one VAD pass, "
          f"{r['cpu_per_answer_two_vads_s']:.2f} s with two (one Silero pass alone: {r['vad_pass_cpu_s']:.2f} s "
          f"in 50 ms blocks, {r['vad_pass_per_window_cpu_s']:.2f} s one window per call)")
    if args.json:
        print(json.dumps(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
