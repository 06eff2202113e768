"""Looking back at saved sessions: one import for the commands that read them.

The work lives in rooms of its own; this module names them together:

* :mod:`voice_interviewer.sessions` — the fold of a session's events into a record, and ids;
* :mod:`voice_interviewer.listing` — ``load_session`` by id or ``last``, the cached listing
  (``load_summaries``) and ``delete_session``;
* :mod:`voice_interviewer.trends` — ``compare`` (attempts, improvements) and ``progress`` (trends, sparklines);
* :mod:`voice_interviewer.selection` — which questions are most due for practice (spaced repetition);
* :mod:`voice_interviewer.rescore` — a saved session scored again with the current bank.
"""

from __future__ import annotations

from .rescore import TurnChange, rescore
from .selection import (GOOD_SCORE, MAX_INTERVAL_DAYS, WEAK_SCORE, Scheduled, last_asked, pick_weakest,
                        weakest_questions)
from .listing import SKIPPED, delete_session, load_session, load_summaries, resolve_session_id
from .sessions import (FORMAT, SESSION_FILE, SESSION_ID_RE, SessionRecord, SessionSummary, Turn, TurnSummary, asks,
                       check_session_id, data_home, fold, newest_first, parse_time, session_ids, sessions_dir)
from .trends import SPARK, Attempt, Trend, attempts_for, improvements, progress, sparkline

SUPPORTED_FORMAT = FORMAT  # the newest session format this version reads

__all__ = ["FORMAT", "GOOD_SCORE", "MAX_INTERVAL_DAYS", "SESSION_FILE", "SESSION_ID_RE", "SKIPPED", "SPARK",
           "SUPPORTED_FORMAT", "WEAK_SCORE", "Attempt", "Scheduled", "SessionRecord", "SessionSummary", "Trend",
           "Turn", "TurnChange", "TurnSummary", "asks", "attempts_for", "check_session_id", "data_home",
           "delete_session", "fold", "improvements", "last_asked", "load_session", "load_summaries",
           "newest_first", "parse_time", "pick_weakest", "progress", "rescore", "resolve_session_id",
           "session_ids", "sessions_dir", "sparkline", "weakest_questions"]
