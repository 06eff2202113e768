"""One module per command group; each exposes ``register(subparsers)``.

Command modules import heavy libraries (faster-whisper, sounddevice, pyttsx3) only inside
the functions that need them, so ``voice-interviewer --help`` stays instant.
"""

#: Modules registered by the CLI, in the order their commands appear in ``--help``.
COMMAND_MODULES = (
    "questions",  # questions, questions check
    "score",  # score
    "speech",  # transcribe, devices
    "interview",  # practice, rehearse
    "history",  # sessions, replay, compare, progress, report, delete
)
