"""Type-checked only (mypy, tests/test_typing.py), never run: the real adapters and the test fakes
against the seams the interview loop is typed with. A fake or an adapter that drifts from its
protocol (a changed signature, a missing method) fails ``make test`` here."""

from __future__ import annotations

from voice_interviewer import seams, testing
from voice_interviewer.commands._interview_ui import ConsoleUI
from voice_interviewer.commands.interview import answer_files, microphone
from voice_interviewer.embedding import MiniLMEmbedder
from voice_interviewer.speech.recorder import FileSource, MicrophoneSource, listen
from voice_interviewer.speech.speaker import FallbackSpeaker, FileSpeaker, PlayingSpeaker, SilentSpeaker
from voice_interviewer.speech.streaming import WhisperStream
from voice_interviewer.speech.transcriber import WhisperTranscriber


def real_adapters(speaker: PlayingSpeaker, file_speaker: FileSpeaker, silent: SilentSpeaker,
                  fallback: FallbackSpeaker, transcriber: WhisperTranscriber, stream: WhisperStream,
                  mic: MicrophoneSource, file: FileSource, ui: ConsoleUI, files: answer_files,
                  mics: microphone, embedder: MiniLMEmbedder) -> None:
    speakers: list[seams.Speaker] = [speaker, file_speaker, silent, fallback]
    streaming: seams.StreamingTranscriber = transcriber
    a_stream: seams.TranscriptStream = stream
    live: seams.LiveSource = mic
    source: seams.AudioSource = file
    listener: seams.Listener = listen
    shown: seams.InterviewUI = ui
    sources: list[seams.Sources] = [files, mics]
    model: seams.BackgroundModel = embedder
    del speakers, streaming, a_stream, live, source, listener, shown, sources, model


def fakes() -> None:
    speaker: seams.Speaker = testing.ScriptedSpeaker()
    transcriber: seams.StreamingTranscriber = testing.ScriptedTranscriber()
    stream: seams.TranscriptStream = testing.ScriptedTranscriber().stream()
    live: seams.LiveSource = testing.ScriptedSource()
    sources: seams.Sources = testing.ScriptedSources(lambda turn, attempt: None)
    listener: seams.Listener = testing.ScriptedListen()
    ui: seams.InterviewUI = testing.RecordingUI()
    del speaker, transcriber, stream, live, sources, listener, ui
