"""Run the real ``voice-interviewer`` CLI with a marker (and a pause) at one phase of one turn.

    python tests/hardening_driver.py PHASE TURN MARKER -- practice|rehearse ...

Why: a test that sends SIGINT/SIGTERM "while transcribing" must know the program is transcribing
at that moment, not guess from timing. This wraps the seam the interview loop calls for PHASE
(the speaker's ``say``, the recorder's ``listen``, the transcript's ``finish``/``transcribe``, the
store's first write of answer audio); on the TURN-th call it creates MARKER and — except for
listening, which a ``--realtime`` answer keeps long by itself — sleeps up to 60 s before running
the real code, so the signal lands inside that phase. Everything else is the real program.

With ``HARDENING_PAUSE_AGAIN=1`` (saving only) the save that follows the signal — the interrupted
turn being kept — is held too, with ``MARKER.again``, so a test can send a second signal there.

With ``HARDENING_LEAK_LOCK=1`` (listening only) the answer's transcript stream has its lock taken
by the main thread and never released once the marker is dropped — what Ctrl-C landing between a
``with`` block's acquire and its body leaves behind (CPython bpo-29988): the stream's worker can then
never end, and the stop must not wait for it for ever.

With ``HARDENING_NO_HOLD=1`` the marker is dropped and nothing is held: the signal lands in the
real work of that phase (a stretch really being decoded by CTranslate2, a question really being
played), which is where native threads are alive.

The CLI runs as the console script does (``main()`` reading ``sys.argv``), so what the test sees
is what a user's process does at exit: filtered native stderr, native threads joined.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main() -> int:
    phase, turn, marker = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    assert sys.argv[4] == "--"
    cli_args = sys.argv[5:]
    calls = {"n": 0}

    def arrived() -> bool:
        calls["n"] += 1
        if calls["n"] != turn:
            return False
        marker.write_text(phase)
        return True

    def pause(seconds: float = 60) -> None:
        if os.environ.get("HARDENING_NO_HOLD") == "1":
            return
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            time.sleep(0.05)

    if phase == "speaking":
        from voice_interviewer.speech import speaker

        for cls in (speaker.FileSpeaker, speaker.SilentSpeaker, speaker.PlayingSpeaker):
            real_say = cls.say

            def say(self, text, _real=real_say):
                if arrived():
                    pause()
                return _real(self, text)

            cls.say = say
    elif phase == "listening":
        from voice_interviewer.speech import recorder

        real_listen = recorder.listen

        leak = {"armed": False}

        def listen(*args, **kwargs):
            leak["armed"] = arrived() and os.environ.get("HARDENING_LEAK_LOCK") == "1"
            return real_listen(*args, **kwargs)

        recorder.listen = listen
        from voice_interviewer.speech import streaming

        real_feed = streaming.WhisperStream.feed

        def feed(self, *args, **kwargs):
            if leak["armed"]:  # the answer's first block: every block is fed under that lock
                leak["armed"] = False
                self._cond.acquire()  # and never released: the worker is stuck from now on
            return real_feed(self, *args, **kwargs)

        streaming.WhisperStream.feed = feed
    elif phase == "transcribing":
        from voice_interviewer.speech import transcriber  # first: it imports streaming at its end
        from voice_interviewer.speech import streaming

        real_finish = streaming.WhisperStream.finish
        real_transcribe = transcriber.WhisperTranscriber.transcribe

        def finish(self, *args, **kwargs):
            if arrived():
                pause()
            return real_finish(self, *args, **kwargs)

        def transcribe(self, *args, **kwargs):
            if arrived():
                pause()
            return real_transcribe(self, *args, **kwargs)

        streaming.WhisperStream.finish = finish
        transcriber.WhisperTranscriber.transcribe = transcribe
    elif phase == "scored":  # right after the TURN-th answer's verdict: between two turns
        from voice_interviewer import interview

        real_score = interview.score_spoken

        def score_spoken(*args, **kwargs):
            verdict = real_score(*args, **kwargs)
            if arrived():
                pause()
            return verdict

        interview.score_spoken = score_spoken
    elif phase == "saving":
        from voice_interviewer import store

        real_save, real_write = store.SessionStore.save_audio, store._os_write
        state = {"armed": False}

        again = os.environ.get("HARDENING_PAUSE_AGAIN") == "1"  # also hold the save after the signal

        def save_audio(self, *args, **kwargs):
            state["armed"] = arrived()
            if again and calls["n"] == turn + 1:
                Path(f"{marker}.again").write_text(phase)
                state["armed"] = True
            try:
                return real_save(self, *args, **kwargs)
            finally:
                state["armed"] = False

        def os_write(fd, data):
            if state["armed"]:
                state["armed"] = False  # mid-save: the temp file is open, nothing renamed yet
                # the hold after the signal: the second signal, sent 0.3 s into it, is ignored, so it
                # runs its course; 5 s is plenty for that (60 s cost each such test a minute)
                pause(5 if again and calls["n"] == turn + 1 else 60)
            return real_write(fd, data)

        store.SessionStore.save_audio = save_audio
        store._os_write = os_write
    else:
        raise SystemExit(f"unknown phase {phase!r}")

    from voice_interviewer.cli import main as cli_main

    sys.argv = ["voice-interviewer", *cli_args]
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
