"""Finding saved sessions: an id or ``last`` to a folded record, the cached listing, deletion.

Listing 1,000 sessions must take well under a second, and re-parsing every ``session.jsonl``
(with word timings, ~100 kB each) cannot. So listing, ``progress`` and scheduling work from
:class:`~voice_interviewer.sessions.SessionSummary` objects kept in a small cache file,
``<home>/cache/history-v1.json``, keyed by each session file's size and modification time. The
cache is derived, never authoritative: a stale entry is rebuilt from the session file, a corrupt
or unwritable cache is silently ignored, and deleting it loses nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from .errors import StoreError, UsageError
from .sessions import SessionRecord, SessionSummary, check_session_id, fold, newest_first, session_ids, sessions_dir
from .store import SESSION_FILE, read_log

_CACHE_NAME = "history-v1.json"
SKIPPED = "; skipped"  # ends a warning about a session left out of the listing


def resolve_session_id(home: Path | str, ref: str, *, warn: Callable[[str], None] | None = None) -> str:
    """``"last"`` or an id → the id of an existing session.

    ``last`` is the first session ``sessions`` lists (sessions it cannot read are skipped, with a
    warning through ``warn``). An id that is not there is a :class:`UsageError` (exit 2, like any
    wrong argument); a session folder the program may not read is a :class:`StoreError`.
    """
    if ref == "last":
        said: list[str] = []
        summaries = load_summaries(home, warn=said.append)
        for message in said:  # why a newer-looking folder is not "last"; not every damaged line
            if message.endswith(SKIPPED) and warn:
                warn(message)
        if not summaries:
            raise UsageError(f"no saved sessions yet in {sessions_dir(home)} "
                             "(run 'voice-interviewer practice' or 'rehearse')")
        return summaries[0].id
    check_session_id(ref)
    path = sessions_dir(home) / ref / SESSION_FILE
    try:
        os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"no session {ref!r} in {sessions_dir(home)} (see 'voice-interviewer sessions')") from None
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot read session folder ({exc.strerror})") from None
    return ref


def load_session(home: Path | str, ref: str, *, warn: Callable[[str], None] | None = None) -> SessionRecord:
    """Load one session by id or ``"last"``, with warnings about any lines that were skipped."""
    session_id = resolve_session_id(home, ref, warn=warn)
    return fold(read_log(sessions_dir(home) / session_id / SESSION_FILE))


# --------------------------------------------------------------------------- listing (cached)


def _cache_path(home: Path | str) -> Path:
    return Path(home) / "cache" / _CACHE_NAME


def _read_cache(home: Path | str) -> dict[str, Any]:
    try:
        data = json.loads(_cache_path(home).read_bytes())
        return data["sessions"] if data.get("version") == 1 and isinstance(data.get("sessions"), dict) else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _write_cache(home: Path | str, entries: dict[str, Any]) -> None:
    path = _cache_path(home)
    tmp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".history-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"version": 1, "sessions": entries}, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:  # derived data: a read-only home just means no cache
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def load_summaries(home: Path | str, *, warn: Callable[[str], None] | None = None) -> list[SessionSummary]:
    """Summaries of every readable session, newest first (:func:`newest_first`), from the cache
    where it is fresh.

    What was wrong with a session is said through ``warn`` on every call, from the cache too:
    a folder that cannot be read, a file that is not a session or too new (left out), lines cut
    off or ignored (the rest is listed).
    """
    cache = _read_cache(home)
    fresh: dict[str, Any] = {}
    out: list[SessionSummary] = []
    changed = False
    root = str(sessions_dir(home))
    say = warn or (lambda message: None)
    for session_id in session_ids(home):
        path_str = os.path.join(root, session_id, SESSION_FILE)  # plain strings: 1,000 stats stay cheap
        try:
            st = os.stat(path_str)
        except FileNotFoundError:
            continue  # a folder being created, or a session with nothing written yet
        except OSError as exc:
            say(f"{os.path.dirname(path_str)}: cannot read session folder ({exc.strerror}){SKIPPED}")
            continue
        key = [st.st_size, st.st_mtime_ns]
        entry = cache.get(session_id)
        summary = None
        if entry and entry.get("key") == key and isinstance(entry.get("warnings"), list):
            try:
                summary = SessionSummary._from_cache(entry["summary"])
            except (KeyError, TypeError):
                summary = None
        if summary is None:
            changed = True
            try:
                record = fold(read_log(Path(path_str), skip_transcripts=True))
            except StoreError as exc:
                say(f"{exc}{SKIPPED}")
                continue
            summary = record.summary()
            entry = {"key": key, "summary": summary._to_cache(), "warnings": record.warnings}
        assert entry is not None
        for message in entry["warnings"]:
            say(str(message))
        fresh[session_id] = entry
        out.append(summary)
    if changed or set(fresh) != set(cache):
        _write_cache(home, fresh)
    return newest_first(out)


def delete_session(home: Path | str, ref: str) -> str:
    """Remove a session folder with its audio (and its cache entry); returns the id."""
    import shutil

    session_id = resolve_session_id(home, ref)
    folder = sessions_dir(home) / session_id
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot delete ({exc.strerror})") from None
    cache = _read_cache(home)
    if cache.pop(session_id, None) is not None:
        _write_cache(home, cache)
    return session_id
