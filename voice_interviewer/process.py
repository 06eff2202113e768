"""Process-wide safety around native code: threads that must end first, noise that must stay bounded.

Three things the interpreter cannot do for us:

* **Native work must end before the interpreter does.** A daemon thread still inside CTranslate2
  (a stretch being decoded) when Python finalises takes the process down with a segfault or
  ``terminate called without an active exception``. Threads that run native work are
  :func:`track`-ed, and :func:`settle` joins them before ``main`` returns.
* **A wedged audio library must not hang the exit.** When the sound server dies, PortAudio's ALSA
  thread can spin forever, and closing its stream then blocks for good. Such calls go through
  :func:`run_bounded`; one that does not return in time marks the process *wedged*, and
  :func:`exit_code_or_leave` ends it with ``os._exit`` after flushing, instead of waiting on
  finalisers that would never return.
* **Native libraries print to file descriptor 2 directly** (PortAudio's failed ``Expression …``
  at ~100 MB/s in that spin, libmpg123's ``[src/libmpg123/…]`` on a slightly damaged MP3, ALSA's
  ``ALSA lib …``). :class:`NativeStderr` puts a filter between fd 2 and the terminal: known noise
  is dropped, any other line is passed at most a few times, and the total is capped. Python's own
  ``sys.stderr`` writes straight to the terminal, unfiltered.

And one last resort: **an interrupted process always ends.** Ctrl-C raises KeyboardInterrupt
between any two bytecodes of the main thread, so it can land after a lock's acquire and before
the ``with`` block that releases it (CPython bpo-29988); a wait for a thread that needs that lock
then never returns. Every wait on the way out is bounded, and :func:`install_stop_watchdog` adds a
watchdog that ends the process :data:`STOP_GRACE_S` after the first Ctrl-C or SIGTERM if it is
still running then (everything kept is written and fsynced as it goes, so nothing is lost).
"""

from __future__ import annotations

import io
import os
import re
import sys
import threading
import time
from typing import Callable

__all__ = ["track", "abandon", "run_bounded", "settle", "wedged", "exit_code_or_leave", "NativeStderr", "NOISE",
           "audio_failures", "install_stop_watchdog", "stopping", "STOP_GRACE_S"]

_lock = threading.Lock()
_threads: list[threading.Thread] = []
_wedged: list[str] = []
_abandoned: list[threading.Thread] = []
ABANDONED_WAIT_S = 0.5  # how long the exit still waits for native work that was given up on


def track(thread: threading.Thread) -> threading.Thread:
    """Remember a thread that runs native code; :func:`settle` joins it before exit."""
    with _lock:
        _threads[:] = [t for t in _threads if t.is_alive()]
        _threads.append(thread)
    return thread


def abandon(thread: threading.Thread) -> None:
    """Native work given up on (a decode the program will not wait for, the microphone being lost):
    :func:`settle` waits for it only :data:`ABANDONED_WAIT_S`, then the process is marked wedged and
    leaves with ``os._exit`` — what it wrote is already flushed and fsynced, and nothing finalises
    under the still-running native thread."""
    with _lock:
        if thread not in _abandoned:
            _abandoned.append(thread)


def wedged() -> list[str]:
    """What could not be stopped in time (empty when all is well)."""
    with _lock:
        return list(_wedged)


def run_bounded(fn: Callable[[], object], timeout: float, what: str) -> bool:
    """Run ``fn`` in a helper thread and wait at most ``timeout`` s. False (and the process is
    marked wedged) when it has not returned: the caller goes on, the exit will not wait for it."""
    done = threading.Event()

    def go() -> None:
        try:
            fn()
        except BaseException:  # a failing close is as good as a finished one here
            pass
        finally:
            done.set()

    threading.Thread(target=go, name=f"bounded:{what}", daemon=True).start()
    if _wait_uninterrupted(done, timeout):
        return True
    with _lock:
        _wedged.append(what)
    return False


def _wait_uninterrupted(event: threading.Event, timeout: float) -> bool:
    """Wait for ``event``; a Ctrl-C meanwhile does not cut the wait short (we are already stopping)."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return event.is_set()
        try:
            if event.wait(left):
                return True
        except KeyboardInterrupt:
            continue


def settle(timeout: float = 30.0) -> bool:
    """Join every tracked thread (a repeated Ctrl-C does not interrupt this); True when all ended.

    The bound is generous: a decode in flight is at most one 25 s stretch (about a second or two
    here); past it the process is marked wedged rather than left to crash in finalisation. A thread
    given up on (:func:`abandon`) gets only :data:`ABANDONED_WAIT_S`."""
    start = time.monotonic()
    with _lock:
        threads = [t for t in _threads if t.is_alive() and t is not threading.current_thread()]
        _abandoned[:] = [t for t in _abandoned if t.is_alive()]
        given_up = list(_abandoned)
    for t in threads:
        deadline = start + (min(timeout, ABANDONED_WAIT_S) if t in given_up else timeout)
        while t.is_alive() and time.monotonic() < deadline:
            try:
                t.join(max(0.0, min(0.5, deadline - time.monotonic())))
            except KeyboardInterrupt:
                continue
        if t.is_alive():
            with _lock:
                _wedged.append(t.name)
    return not wedged()


INTERRUPTED = 130

#: Seconds an interrupted process has to end before the watchdog ends it. A normal stop takes well
#: under a second; the slowest legitimate one waits :func:`settle`'s 30 s for a decode in flight.
STOP_GRACE_S = 90.0
_stop_write: list[int] = []  # the watchdog's pipe (write end), once installed
_stop_noted = [False]


def install_stop_watchdog(grace_s: float | None = None) -> None:
    """Arm the last resort for the real program (not for in-process callers such as tests): a
    daemon thread that waits for :func:`stopping`, then gives the process ``grace_s`` seconds
    (``VOICE_INTERVIEWER_STOP_GRACE_S``, default :data:`STOP_GRACE_S`) and ends it with exit code
    130 and one line on stderr. Ctrl-C is routed through :func:`stopping` too, unless SIGINT is
    ignored (a background job), which stays so."""
    import signal

    if _stop_write:
        return
    if grace_s is None:
        try:
            grace_s = float(os.environ.get("VOICE_INTERVIEWER_STOP_GRACE_S", STOP_GRACE_S))
        except ValueError:
            grace_s = STOP_GRACE_S
    read, write = os.pipe()

    def watch() -> None:
        try:
            os.read(read, 1)  # blocks, without any Python lock, until the first stop
        except OSError:
            return
        time.sleep(grace_s)
        _leave_stuck(grace_s)

    threading.Thread(target=watch, name="stop-watchdog", daemon=True).start()
    _stop_write.append(write)
    if threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_sigint)


def stopping() -> None:
    """Ctrl-C or SIGTERM arrived: the watchdog (when installed) starts counting. Safe inside a signal
    handler: one flag and one ``os.write``, no lock."""
    if _stop_noted[0] or not _stop_write:
        return
    _stop_noted[0] = True
    try:
        os.write(_stop_write[0], b"!")
    except OSError:
        pass


def _on_sigint(signum: int, frame: object) -> None:
    stopping()
    raise KeyboardInterrupt


def _leave_stuck(grace_s: float) -> None:
    """The process did not end ``grace_s`` after the interrupt: say so and leave (no finalisers:
    the main thread may hold any lock). The flushes are bounded for the same reason."""
    line = f"\nerror: still stopping {grace_s:g} s after the interrupt; leaving now (what was saved is kept)\n"
    run_bounded(lambda: sys.stdout.flush(), 2.0, "flush stdout")
    try:
        os.write(sys.stderr.fileno(), line.encode())
    except (OSError, ValueError, AttributeError):
        pass
    os._exit(INTERRUPTED)


def exit_code_or_leave(code: int) -> int:
    """``code`` when the process can end normally; otherwise flush and leave now with ``code``
    (finalisers would block on a wedged audio stream, or crash under a native thread).

    An interrupted run (``code`` 130: Ctrl-C or SIGTERM) always leaves this way once its threads
    have settled: what it kept is already closed and fsynced, and the native libraries' teardown at
    interpreter exit (CTranslate2, onnxruntime, PortAudio, torn down mid-answer) aborted the process
    in about one interrupted run in twelve ("Fatal Python error: Aborted", no Python frame)."""
    if settle() and not wedged() and code != INTERRUPTED:
        return code
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(code)


# --------------------------------------------------------------------------- native stderr

#: Lines native libraries print that tell the user nothing (matched at the start of a line).
NOISE = re.compile(
    r"^(\[src/libmpg123/|Note: (Illegal Audio-MPEG-Header|Trying to resync|Skipped \d+ bytes)|"
    r"Expression '.*' failed in 'src/hostapi/|ALSA lib |"
    r"PaAlsaStream|AlsaRestart|ftruncate\(\) failed|Cannot connect to server socket|"
    r"jack server is not running|shm_open\(\) failed|Home directory not accessible)"
)

#: PortAudio reporting that its host API failed (the sound server is gone, the device vanished).
AUDIO_FAILURE = re.compile(r"^Expression '.*' failed in 'src/hostapi/")
_audio_failures = [0]


def audio_failures() -> int:
    """How many host-API failures PortAudio has printed so far (0 when stderr is not filtered).

    The audio adapters compare this before and after: a stream whose device went away often
    stays "active" and simply stops delivering, and this is the earliest sign of it."""
    return _audio_failures[0]


class NativeStderr:
    """Filter what native code writes to file descriptor 2.

    fd 2 becomes a pipe read by a thread; ``sys.stderr`` is re-pointed at a duplicate of the
    original descriptor, so Python's output is unaffected. Lines matching :data:`NOISE` are
    dropped; any other line is passed at most ``repeats`` times; after ``max_lines`` lines
    nothing more is passed. A native thread printing in a loop thus costs a bounded amount of
    output, and when the filter falls behind, the pipe fills and the printing thread simply
    blocks.
    """

    _installed: "NativeStderr | None" = None

    def __init__(self, repeats: int = 3, max_lines: int = 200):
        self.repeats, self.max_lines = repeats, max_lines
        self.seen: dict[str, int] = {}
        self.passed = self.dropped = 0
        self._real = self._read = -1
        self._thread: threading.Thread | None = None
        self._saved_stderr = None

    @classmethod
    def install(cls) -> "NativeStderr | None":
        """Install once for this process; None when fd 2 cannot be redirected."""
        if cls._installed is not None:
            return cls._installed
        guard = cls()
        try:
            sys.stderr.flush()
            guard._real = os.dup(2)
            read, write = os.pipe()
            os.dup2(write, 2)
            os.close(write)
        except (OSError, ValueError, AttributeError):
            return None
        guard._read = read
        guard._saved_stderr = sys.stderr
        errors = getattr(sys.stderr, "errors", None) or "backslashreplace"
        encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
        # line-buffered, not write-through: print() writes its text and its newline separately, and a
        # native line passed by the filter in between would land inside Python's own line
        sys.stderr = io.TextIOWrapper(open(os.dup(guard._real), "wb", buffering=0), encoding=encoding,
                                      errors=errors, line_buffering=True)
        import faulthandler

        if faulthandler.is_enabled():  # a crash report must reach the terminal, not the filter
            faulthandler.enable(file=sys.stderr)
        guard._thread = threading.Thread(target=guard._pump, name="native-stderr", daemon=True)
        guard._thread.start()
        cls._installed = guard
        return guard

    def _pump(self) -> None:
        pending = b""
        while True:
            try:
                data = os.read(self._read, 65536)
            except OSError:
                break
            if not data:
                break
            pending += data
            *lines, pending = pending.split(b"\n")
            for line in lines:
                self._line(line)
        if pending:
            self._line(pending)

    def _line(self, raw: bytes) -> None:
        text = raw.decode("utf-8", "replace").rstrip("\r")
        if AUDIO_FAILURE.match(text):
            _audio_failures[0] += 1
        if not text.strip() or NOISE.match(text):
            self.dropped += 1
            return
        count = self.seen.get(text, 0) + 1
        self.seen[text] = count
        if count > self.repeats or self.passed >= self.max_lines:
            self.dropped += 1
            return
        self.passed += 1
        try:
            os.write(self._real, raw + b"\n")
        except OSError:
            pass

    def uninstall(self, wait: float = 1.0) -> None:
        """Give fd 2 back (the pump drains what is left, then ends)."""
        if self._real < 0:
            return
        try:
            os.dup2(self._real, 2)  # closes our pipe's write end: the pump sees end-of-file
        except OSError:
            pass
        if self._thread is not None:
            self._thread.join(wait)
        if self._saved_stderr is not None:
            try:
                sys.stderr.flush()
            except Exception:
                pass
            sys.stderr = self._saved_stderr
        if NativeStderr._installed is self:
            NativeStderr._installed = None
        self._real = -1

