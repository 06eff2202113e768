"""voice-interviewer: a local, offline, voice-based mock interviewer for MLOps engineers."""

__version__ = "0.1.0"

__all__ = ["__version__"]
