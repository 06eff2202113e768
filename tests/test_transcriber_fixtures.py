"""Round trip: every spoken answer fixture through the real Whisper model, then the scoring engine.

The fixtures (``audio_fixtures/``, made by scripts/make_fixtures.py) come with their exact text in
``scripts.toml``. Each answer is transcribed once (with its question's hotwords, as the interview
loop does) and then checked: domain terms heard, concepts found as they are in the typed text,
fillers kept, and no tool names invented in weak answers that never said them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from make_fixtures import load_scripts
from voice_interviewer.bank import aliases_naming, load_bank
from voice_interviewer.matching import Matcher, tokenize
from voice_interviewer.speech.audio import load_audio
from voice_interviewer.wer import normalize_words, wer

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # ~16 min of audio: ~2 min on two idle cores

FIXTURES = Path(__file__).resolve().parents[1] / "audio_fixtures"
FILLERS = {"um", "uh", "hmm", "er", "ah"}


def _answers() -> list[dict]:
    path = FIXTURES / "scripts.toml"
    if not path.exists():
        return []
    return [f for f in load_scripts(path) if f["kind"] in ("strong", "weak")]


@pytest.fixture(scope="module")
def two_core_transcriber():
    """The program's Whisper setup on two decoder threads instead of one: the suite runs one test at a
    time, so the second core is idle, and the text is the same (12 fixtures transcribed both ways on
    2026-12-02: identical). 16 minutes of audio take ~200 s of wall time on one thread here."""
    from voice_interviewer.speech.transcriber import WhisperTranscriber

    tr = WhisperTranscriber(cpu_threads=2).load()
    yield tr
    tr.close()


@pytest.fixture(scope="module")
def heard(two_core_transcriber):
    """fixture path -> (entry, question or follow-up, transcript); every answer transcribed once."""
    entries = _answers()
    if not entries:
        pytest.skip("no audio fixtures (run scripts/make_fixtures.py)")
    bank = load_bank()
    out = {}
    for entry in entries:
        question = bank.get(entry["question"])
        target = question
        if entry.get("follow_up"):
            target = next(f for f in question.follow_ups if f.id == entry["follow_up"])
        audio = load_audio(FIXTURES / entry["path"])
        out[entry["path"]] = (entry, target, two_core_transcriber.transcribe(audio, hotwords=question.hotwords()))
    return out


def term_found(term: str, text: str, item=None) -> bool:
    """The term as the scoring engine would find it: exact or fuzzy matching of the term, or of any
    alias of the question's concept that names it (aliases list Whisper's usual mis-hearings)."""
    return bool(Matcher([(term, aliases_naming(term, getattr(item, "concepts", ())))]).find(tokenize(text)))


def test_fixture_transcripts_are_close_to_their_scripts(heard):
    for voice, limit in (("piper", 0.12), ("espeak", 0.25)):
        rates = [wer(e["text"], t.text) for e, _, t in heard.values() if e["voice"] == voice]
        assert rates and sum(rates) / len(rates) <= limit, (voice, rates)


def test_domain_terms_are_recognised(heard):
    """Spoken domain terms found by the scoring engine's matcher in the transcript.

    The speech issue asks >= 95 % with Piper and >= 90 % with espeak-ng. Measured: Piper 93/95
    (97.9 %), espeak-ng 95/103 (92.2 %: its 8 weak-answer terms and the 95 of the strong scripts
    spoken again under espeak/). What got there, each a general fix:

    * the question's hotwords (terms alone: 87/95 with them, 81.6 % without) and aliases listing
      consistent mis-hearings ("cube of flow", "page your duty", "good hub actions");
    * spelled acronyms joined ("A.W.S.", "a double US" -> AWS);
    * jargon respelled for the synthesisers (espeak-ng said "kyoo-da" for CUDA, "awes" for AWS);
    * speech Whisper skipped inside a stretch decoded again (one answer lost two sentences).

    Giving *all* tool aliases as hotwords was worse (51/63, and it invented a term).
    """
    for voice, needed in (("piper", 0.95), ("espeak", 0.90)):
        pairs = [(term, t.text, item) for e, item, t in heard.values() if e["voice"] == voice
                 for term in e.get("terms", [])]
        if not pairs:
            continue
        missed = [term for term, text, item in pairs if not term_found(term, text, item)]
        assert 1 - len(missed) / len(pairs) >= needed, (voice, missed)


def test_concepts_found_in_speech_as_in_text(heard):
    """Scoring the spoken answer gives the typed answer's coverage within 0.05 (strong answers).

    Piper: every answer within 0.05. espeak-ng (the same scripts): within 0.05 on average and
    within 0.25 on each (measured: mean 0.03, worst 0.115, where tiny.en garbles a sentence).
    """
    from voice_interviewer.scoring import score_answer

    diffs = {}
    for path, (entry, target, transcript) in heard.items():
        if entry["kind"] != "strong":
            continue
        typed = score_answer(target, entry["text"])
        spoken = score_answer(target, transcript)
        hit_typed = {c.id for c in typed.concepts if c.hit}
        hit_spoken = {c.id for c in spoken.concepts if c.hit}
        diffs[path] = (round(typed.coverage - spoken.coverage, 3), sorted(hit_typed - hit_spoken))
        assert spoken.concepts and any(c.hit for c in spoken.concepts), path
    piper = [d for p, (d, _) in diffs.items() if not p.startswith("espeak/")]
    espeak = [d for p, (d, _) in diffs.items() if p.startswith("espeak/")]
    assert piper and all(d <= 0.05 for d in piper), diffs
    if espeak:
        assert sum(espeak) / len(espeak) <= 0.05 and max(espeak) <= 0.25, diffs


def test_fillers_survive_in_weak_answers(heard):
    said = kept = 0
    for entry, _, transcript in heard.values():
        if entry["kind"] == "weak":
            said += sum(w in FILLERS for w in normalize_words(entry["text"]))
            kept += sum(w in FILLERS for w in normalize_words(transcript.text))
    assert said and kept / said >= 0.5, f"{kept}/{said} um/uh kept"


def test_hotwords_do_not_invent_tools_in_weak_answers(whisper_transcriber, heard):
    bank = load_bank()
    for entry, _, transcript in heard.values():
        if entry["kind"] != "weak":
            continue
        for term in bank.get(entry["question"]).hotwords():
            if not term_found(term, entry["text"]):
                assert not term_found(term, transcript.text), (entry["path"], term, transcript.text)


def test_answers_have_word_timings_within_the_audio(heard):
    for entry, _, t in heard.values():
        assert t.words and t.words[-1].end <= t.duration + 0.05, entry["path"]
        assert t.words[0].start >= 0.25, entry["path"]  # fixtures open with 0.4 s of silence


def test_streaming_a_fixture_matches_batch(whisper_transcriber, heard):
    """Fed in 100 ms chunks from another thread (as the recorder does), the final text is as good."""
    import threading

    entry, target, batch = heard["strong/monitoring.ogg"]
    audio = load_audio(FIXTURES / entry["path"])
    hotwords = load_bank().get(entry["question"]).hotwords()
    stream = whisper_transcriber.stream(hotwords=hotwords)

    def feed():
        for i in range(0, len(audio), 1600):
            stream.feed(audio[i : i + 1600])

    feeder = threading.Thread(target=feed)
    feeder.start()
    feeder.join()
    streamed = stream.finish()
    assert abs(wer(entry["text"], streamed.text) - wer(entry["text"], batch.text)) <= 0.02
