"""Audio devices: list them, pick one by index or name, and the ``devices`` command.

PortAudio (through sounddevice) sees what ALSA offers; with PulseAudio running that is the
``pulse`` and ``default`` devices, which follow PulseAudio's default source and sink.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass

from ..errors import DeviceError

__all__ = ["Device", "list_devices", "find_device", "default_input", "add_device_options", "resolve_devices",
           "register_devices", "NO_MICROPHONE"]

NO_MICROPHONE = ("no microphone found: plug one in (or start PulseAudio), or use --demo-if-no-mic for "
                 "the demo, or --answers DIR to answer from audio files")


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    hostapi: str
    inputs: int
    outputs: int
    default_samplerate: float
    default_input: bool = False
    default_output: bool = False


def _sd():
    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:  # OSError: libportaudio missing
        raise DeviceError(f"audio devices unavailable: {exc} (install libportaudio2)") from None
    return sd


def list_devices() -> list[Device]:
    """Every device PortAudio reports, with which are the defaults."""
    sd = _sd()
    try:
        raw = sd.query_devices()
        apis = sd.query_hostapis()
        din, dout = sd.default.device
    except sd.PortAudioError as exc:
        raise DeviceError(f"cannot query audio devices: {exc}") from None
    out = []
    for d in raw:
        out.append(Device(index=d["index"], name=d["name"], hostapi=apis[d["hostapi"]]["name"],
                          inputs=d["max_input_channels"], outputs=d["max_output_channels"],
                          default_samplerate=d["default_samplerate"],
                          default_input=d["index"] == din, default_output=d["index"] == dout))
    return out


def find_device(spec: int | str | None, kind: str = "input") -> int | None:
    """Resolve ``spec`` (an index, or a case-insensitive name substring) to a device index.

    ``None`` means the default device, which must exist. Raises DeviceError with one line that
    says what is available.
    """
    if kind not in ("input", "output"):
        raise ValueError(kind)
    devices = [d for d in list_devices() if (d.inputs if kind == "input" else d.outputs) > 0]
    if not devices:
        raise DeviceError(NO_MICROPHONE if kind == "input" else "no audio output device found: "
                          "questions will be printed (use --speaker file or silent to choose that)")
    names = ", ".join(f"{d.index}: {d.name}" for d in devices)
    if spec is None or spec == "":
        is_default = (lambda d: d.default_input) if kind == "input" else (lambda d: d.default_output)
        default = next((d for d in devices if is_default(d)), None)
        return default.index if default else devices[0].index
    text = str(spec).strip()
    if text.isdigit():
        idx = int(text)
        if any(d.index == idx for d in devices):
            return idx
        raise DeviceError(f"no {kind} device with index {idx} (available: {names})")
    matches = [d for d in devices if text.lower() in d.name.lower()]
    exact = [d for d in matches if d.name.lower() == text.lower()]
    if len(exact) == 1 or len(matches) == 1:
        return (exact or matches)[0].index
    if not matches:
        raise DeviceError(f"no {kind} device matches {text!r} (available: {names})")
    raise DeviceError(f"{text!r} matches several {kind} devices ({', '.join(d.name for d in matches)}); "
                      "use its index")


def default_input() -> int:
    """The microphone to record from, or DeviceError saying what to do."""
    return find_device(None, "input")


def add_device_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--input-device`` / ``--output-device`` for commands that record or speak."""
    parser.add_argument("--input-device", metavar="DEVICE", default=None,
                        help="microphone: index or part of the name (see `voice-interviewer devices`)")
    parser.add_argument("--output-device", metavar="DEVICE", default=None,
                        help="speaker: index or part of the name (see `voice-interviewer devices`)")


def resolve_devices(args: argparse.Namespace, *,
                    need_input: bool = True) -> tuple[int | None, int | str | None]:
    """(input index, output spec) from parsed options; checks the microphone exists when needed.

    The output is returned unresolved when not given, so a missing speaker never stops an
    interview (the speaker falls back to printing).
    """
    in_spec = getattr(args, "input_device", None)
    out_spec = getattr(args, "output_device", None)
    inp = find_device(in_spec, "input") if need_input else None
    out = find_device(out_spec, "output") if out_spec not in (None, "") else None
    return inp, out


def _cmd_devices(args: argparse.Namespace) -> int:
    try:
        devices = list_devices()
    except DeviceError:
        if not args.json:
            raise
        devices = []
    if args.json:
        print(json.dumps({"devices": [asdict(d) for d in devices]}))
        return 0
    if not any(d.inputs for d in devices):
        print(f"warning: {NO_MICROPHONE}", file=sys.stderr)
    from rich.console import Console
    from rich.table import Table

    table = Table(title="audio devices", box=None)
    for col in ("", "index", "name", "host API", "in", "out", "rate"):
        table.add_column(col)
    for d in devices:
        mark = ("<" if d.default_input else "") + (">" if d.default_output else "")
        table.add_row(mark, str(d.index), d.name, d.hostapi, str(d.inputs), str(d.outputs),
                      f"{d.default_samplerate:.0f}")
    Console().print(table)
    print("< default input   > default output   (choose with --input-device / --output-device)")
    return 0


def register_devices(subparsers) -> None:
    """Add the ``devices`` command (called from ``commands/speech.py``)."""
    p = subparsers.add_parser("devices", help="list audio input and output devices",
                              description="List the microphones and speakers PortAudio can see.")
    p.add_argument("--json", action="store_true", help="print {devices: [...]} as JSON")
    p.set_defaults(func=_cmd_devices)
    from ..commands.mic import register as register_check_mic  # check-mic sits beside devices

    register_check_mic(subparsers)
