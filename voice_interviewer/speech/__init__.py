"""Adapters behind the seams: audio files, Whisper, TTS, microphone. Heavy imports stay inside functions."""
