"""Sessions on disk: one folder per interview, an append-only JSONL event log and the answer audio.

Layout (``home`` is ``VOICE_INTERVIEWER_HOME`` or the platform's user data directory)::

    <home>/sessions/<id>/session.jsonl      first line: {"type": "session", "format": 1, ...}
    <home>/sessions/<id>/audio/01-lifecycle.wav

Why it is written this way: a candidate must never lose a take. Every event is written with one
``os.write`` of the whole line and then fsynced, so a crash leaves at most one cut-off last line,
which the readers tolerate. A write that fails (disk full) is truncated back to the previous
size, so later lines never follow half a line. Audio goes to a temporary name and is renamed into
place. Folders are 0700 and files 0600: these are recordings of someone's voice.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import string
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from . import __version__
from .errors import StoreError
from .events import FORMAT, Event, SessionHeader

SESSION_FILE = "session.jsonl"
AUDIO_DIR = "audio"
#: ``YYYYMMDD-HHMMSS-xxxx`` (what :meth:`SessionStore.create` makes; a longer suffix or a second one
#: is read too): sortable, and nothing that could walk out of the sessions folder.
SESSION_ID_RE = re.compile(r"^\d{8}-\d{6}(?:-[0-9a-z]{1,16}){1,2}$")
_NAME_RE = re.compile(r"[^0-9A-Za-z._-]+")

_os_write = os.write  # indirection so tests can inject faults without patching the os module


def data_home() -> Path:
    """Where sessions live: ``VOICE_INTERVIEWER_HOME`` or platformdirs' user data dir."""
    env = os.environ.get("VOICE_INTERVIEWER_HOME")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("voice-interviewer"))


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "disk full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "not writable"
    return exc.strerror or str(exc)


def _mkdir_private(path: Path) -> None:
    """Create ``path`` (and parents) with mode 0700, failing as a one-line StoreError."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create data directory ({_why(exc)})") from None


def valid_session_id(session_id: str) -> bool:
    """True for ids this program makes (``YYYYMMDD-HHMMSS-xxxx``); rejects '/', '..', absolute paths."""
    return isinstance(session_id, str) and bool(SESSION_ID_RE.match(session_id))


class SessionStore:
    """Writes one session: the event log and the answer audio.

    Create it with :meth:`create`; every :meth:`append` is durable when it returns.
    """

    def __init__(self, folder: Path, session_id: str, *, clock: Callable[[], float] = time.monotonic):
        self.folder = folder
        self.id = session_id
        self.path = folder / SESSION_FILE
        self._clock = clock
        self._t0 = clock()
        self._fd: int | None = None

    # ------------------------------------------------------------------ creation

    @classmethod
    def create(
        cls,
        home: Path | str | None,
        mode: str,
        questions: list[str],
        options: dict[str, Any],
        bank: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: datetime | None = None,
    ) -> "SessionStore":
        """Make ``sessions/<id>/`` (0700) and write the ``session`` header event as line 1."""
        home = Path(home) if home is not None else data_home()
        sessions = home / "sessions"
        _mkdir_private(home)
        _mkdir_private(sessions)
        moment = now or _utc_now()
        alphabet = string.digits + string.ascii_lowercase
        for _ in range(100):
            suffix = "".join(secrets.choice(alphabet) for _ in range(4))
            session_id = f"{moment.astimezone(timezone.utc):%Y%m%d-%H%M%S}-{suffix}"
            folder = sessions / session_id
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:
                continue
            except OSError as exc:
                raise StoreError(f"{folder}: cannot create session folder ({_why(exc)})") from None
            break
        else:  # pragma: no cover - 36**4 ids per second
            raise StoreError(f"{sessions}: cannot find a free session id")
        try:
            os.chmod(folder, 0o700)
        except OSError as exc:  # pragma: no cover
            raise StoreError(f"{folder}: cannot set permissions ({_why(exc)})") from None
        store = cls(folder, session_id, clock=clock)
        store._open()
        store.append(SessionHeader(id=session_id, mode=mode, started=_iso(moment), bank=str(bank),
                                   questions=tuple(questions), options=options, app_version=__version__))
        return store

    def _open(self) -> None:
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
            os.chmod(self.path, 0o600)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create session file ({_why(exc)})") from None

    # ------------------------------------------------------------------ writing

    def elapsed(self) -> float:
        return self._clock() - self._t0

    def append(self, event: Event | dict[str, Any]) -> dict[str, Any]:
        """Append one event (``t`` and ``elapsed`` added), flushed and fsynced before returning.

        ``event`` is one of :mod:`voice_interviewer.events` (a dict is written as it is).

        On failure the file is truncated back to its previous size, so it never holds half a
        line followed by more lines; the error is a one-line :class:`StoreError`.
        """
        if self._fd is None:
            raise StoreError(f"{self.path}: session is closed")
        record = event.to_json() if not isinstance(event, dict) else dict(event)
        record["t"] = _iso(_utc_now())
        record["elapsed"] = round(self.elapsed(), 3)
        data = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        before = os.fstat(self._fd).st_size
        try:
            written = _os_write(self._fd, data)
            if written != len(data):
                raise OSError(errno.ENOSPC, "short write")
            os.fsync(self._fd)
        except OSError as exc:
            try:
                os.ftruncate(self._fd, before)
            except OSError:  # pragma: no cover - nothing more we can do
                pass
            raise StoreError(f"{self.path}: cannot save event {record.get('type')!r} ({_why(exc)})") from None
        return record

    def save_audio(self, turn: int, name: str, audio: Any, *, partial: bool = False) -> str:
        """Write ``audio/NN-name[.partial].wav`` atomically (temp name + rename, 0600).

        Returns the path relative to the session folder (what ``answer_audio`` events hold).
        """
        safe = _NAME_RE.sub("-", name).strip("-.") or "answer"
        rel = f"{AUDIO_DIR}/{turn:02d}-{safe}{'.partial' if partial else ''}.wav"
        target = self.folder / rel
        _mkdir_private(target.parent)
        data = _wav_bytes(audio)
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        fd = None
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            view = memoryview(data)
            while view:
                n = _os_write(fd, view)
                if n <= 0:
                    raise OSError(errno.ENOSPC, "short write")
                view = view[n:]
            os.fsync(fd)
            os.close(fd)
            fd = None
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except BaseException as exc:  # disk full, or Ctrl-C mid-write: no temp file left behind
            if fd is not None:
                os.close(fd)
            try:
                tmp.unlink()
            except OSError:
                pass
            if isinstance(exc, OSError):
                raise StoreError(f"{target}: cannot save answer audio ({_why(exc)})") from None
            raise
        return rel

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "SessionStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some filesystems refuse
        pass
    finally:
        os.close(fd)


def _wav_bytes(audio: Any) -> bytes:
    """16-bit PCM mono WAV at 16 kHz from float samples in [-1, 1] (numpy imported lazily)."""
    import io
    import wave

    import numpy as np

    from .seams import SAMPLE_RATE

    samples = np.asarray(audio, dtype=np.float32).reshape(-1)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm)
    return buf.getvalue()


# ---------------------------------------------------------------------- reading (the one reader)


@dataclass
class SessionLog:
    """A session log as read back from disk: the raw events (dicts) of every readable line.

    :func:`voice_interviewer.sessions.fold` turns it into typed events and a
    :class:`~voice_interviewer.sessions.SessionRecord`.

    Attributes:
        path: the ``session.jsonl`` file.
        events: every event that could be read, in order (the header first).
        warnings: one line per problem tolerated (a cut-off last line, a garbage line).
    """

    path: Path
    events: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)

    @property
    def header(self) -> dict[str, Any]:
        return self.events[0]

    @property
    def id(self) -> str:
        return str(self.header.get("id") or self.path.parent.name)

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def mode(self) -> str:
        return str(self.header.get("mode", ""))

    @property
    def started(self) -> str:
        return str(self.header.get("started", ""))

    @property
    def status(self) -> str:
        """``completed`` / ``interrupted`` from ``session_end``; ``incomplete`` when it never ended."""
        for event in reversed(self.events):
            if event.get("type") == "session_end":
                return str(event.get("status", "completed"))
        return "incomplete"

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e.get("type") == kind]


def read_log(path: Path | str, *, skip_transcripts: bool = False) -> SessionLog:
    """Read a session log: THE reader every command uses, with one policy.

    * A last line without its newline that does not parse was cut off mid-write (power loss):
      everything before it is kept, with a warning. Any other unparsable line is garbage and
      skipped with a warning.
    * Line 1 must be the ``session`` header. A header without ``format`` is read as format 1
      (the earliest drafts wrote none); a ``format`` that is not a number, or is newer than
      :data:`FORMAT`, is refused with a one-line :class:`StoreError` rather than misread.
    * ``skip_transcripts`` leaves out the (large) transcript events without parsing them (listing).
    """
    path = Path(path)
    events, warnings = parse_events(path, read_log_bytes(path), skip=_TRANSCRIPT_LINE if skip_transcripts else None)
    if not events or events[0].get("type") != "session":
        raise StoreError(f"{path}: not a session file (first line is not a session header)")
    version = events[0].get("format", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreError(f"{path}: format version {version!r} is not a number")
    if version > FORMAT:
        raise StoreError(
            f"{path}: session format {version} is newer than this version reads "
            f"(up to {FORMAT}); upgrade voice-interviewer to open it"
        )
    return SessionLog(path=path, events=events, warnings=warnings)


read_events = read_log  # the name the tests and hardening helpers know


def read_log_bytes(path: Path) -> bytes:
    """A session log's bytes, or a one-line :class:`StoreError` naming the file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise StoreError(f"{path}: no such session file") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from None


_TRANSCRIPT_LINE = re.compile(rb'^\{\s*"type"\s*:\s*"transcript"')


def parse_events(path: Path, raw: bytes, *,
                 skip: "re.Pattern[bytes] | None" = None) -> tuple[list[dict[str, Any]], list[str]]:
    """The events in a session log's bytes, and one-line warnings for the lines that are not.

    Lines after the first that match ``skip`` are left out unparsed (a reader that does not need them).
    """
    events: list[dict[str, Any]] = []
    warnings: list[str] = []
    lines = raw.split(b"\n")
    cut_off = lines[-1] != b""  # a complete file ends with a newline
    for number, line in enumerate(lines, 1):
        if not line.strip() or (skip is not None and number > 1 and skip.match(line)):
            continue
        try:
            event = json.loads(line.decode("utf-8"))
            if not isinstance(event, dict) or not isinstance(event.get("type"), str):
                raise ValueError("not an event")
        except (ValueError, UnicodeDecodeError):
            if number == len(lines) and cut_off:
                warnings.append(f"{path}: line {number} was cut off mid-write; ignored")
            else:
                warnings.append(f"{path}: line {number} is not a valid event; ignored")
            continue
        events.append(event)
    return events, warnings


def open_session(home: Path | str | None, session_id: str) -> SessionLog:
    """Read the session ``session_id`` under ``home``; ids with '/', '..' etc. are refused."""
    if not valid_session_id(session_id):
        raise StoreError(f"invalid session id {session_id!r} (expected YYYYMMDD-HHMMSS-xxxx)")
    home = Path(home) if home is not None else data_home()
    path = home / "sessions" / session_id / SESSION_FILE
    if not path.exists():
        raise StoreError(f"no session {session_id!r} in {home / 'sessions'}")
    return read_log(path)


def list_sessions(home: Path | str | None = None) -> list[SessionLog]:
    """Every readable session log under ``home``, oldest id first; unreadable ones are skipped
    (``voice_interviewer.sessions.load_summaries`` names them)."""
    home = Path(home) if home is not None else data_home()
    root = home / "sessions"
    if not root.is_dir():
        return []
    logs = []
    for folder in sorted(root.iterdir()):
        if not valid_session_id(folder.name) or not (folder / SESSION_FILE).is_file():
            continue
        try:
            logs.append(read_log(folder / SESSION_FILE))
        except StoreError:
            continue
    return logs
