"""The ``negatives`` command line: demo, plan, check, import, report, schema, catalog.

Every command prints one clear line on stderr and exits with status 2 on a usage or input
error (no traceback, unless ``--debug``). ``negatives check`` exits with 1 when it finds
something at or above ``--fail-on``, 0 otherwise. An error that is the program's own (a bug)
is one line too, with status 70 (``EX_SOFTWARE``), asking to be reported. `main` runs it from
Python and returns the exit status.

Examples:
    >>> main(["schema", "--list"])  # doctest: +ELLIPSIS
    athlete
    ...
    training_log
    0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import sys
import tomllib
import warnings
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, TextIO

from . import analysis, catalog, overload, safety
from ._checks import fmt_number
from .errors import NegativesError, NegativesWarning, ValidationError
from .io import FORMATS, ImportReport, read_export, write_csv
from .model import (
    Athlete,
    Checkin,
    Exercise,
    Prescription,
    Screening,
    Session,
    Set,
    Setup,
    TrainingLog,
)
from .progressions import Gym, Program, ProgramPlan
from .serialization import DEFAULT_MAX_BYTES, KINDS, from_dict, to_dict, to_json
from .units import Load, Unit, kg

__all__ = ["main"]

_EXIT_CLEAN, _EXIT_FINDINGS, _EXIT_ERROR = 0, 1, 2
_EXIT_INTERNAL = 70  # EX_SOFTWARE (sysexits.h): a bug of the program, not of its input
_EXIT_BROKEN_PIPE = 128 + 13  # as if killed by SIGPIPE, like other Unix tools

#: Exports at least this large show a progress display while importing (on a terminal).
_PROGRESS_MIN_BYTES = 1_000_000

_PRESETS = ", ".join(safety.PRESETS)


class _UsageError(Exception):
    """A problem with the command line or its input files (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's usage errors: exit 2, one line
        raise _UsageError(f"{message} (see '{self.prog} --help')")


def _one_line(error: BaseException) -> str:
    """An error as one line of text."""
    if isinstance(error, ValidationError) and error.count > 1:
        lines = error.lines()[:5]
        shown = "; ".join(" ".join(line.split()) for line in lines)
        rest = error.count - len(lines)
        more = f"; and {rest:,} more" if rest else ""
        return f"{error.count:,} problems: {shown}{more}"
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename is not None else ""
        return f"{where}{error.strerror}"
    if isinstance(error, UnicodeDecodeError):
        return f"not UTF-8 text ({error.reason} at byte {error.start})"
    text = " ".join(str(error).split())
    return text or type(error).__name__


# -- argument types (their errors are usage errors) -------------------------------------------


def _date(text: str) -> dt.date:
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"not a date like 2026-11-23: {text!r}")


#: Digits a whole-number option may have: more is never a count of anything (and Python
#: refuses to read integers of more than 4300 digits).
_MAX_DIGITS = 100


def _whole(text: str) -> int:
    """A whole number as people type it: ASCII digits, an optional sign; ranges are the model's."""
    match = re.fullmatch(r"\s*([+-]?)([0-9]+)\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a whole number like 8: {text!r}")
    if len(match[2]) > _MAX_DIGITS:
        raise argparse.ArgumentTypeError(
            f"a whole number of {len(match[2])} digits is far out of range: {text[:12]!r}..."
        )
    return int(match[1] + match[2])


def _decimal(text: str) -> float:
    """A plain decimal number (``0.3``, ``.3``, ``1``): no exponent, ``nan``, ``inf`` or ``_``."""
    if not re.fullmatch(r"\s*[+-]?(?:[0-9]{1,20}(?:\.[0-9]{0,20})?|\.[0-9]{1,20})\s*", text):
        raise argparse.ArgumentTypeError(f"not a decimal number like 0.3: {text!r}")
    return float(text)


def _path(text: str) -> str:
    """A file name: any text a file system takes (not a NUL character, which none does)."""
    if "\x00" in text:
        raise argparse.ArgumentTypeError(f"a file name cannot hold a NUL character: {text!r}")
    if not text:
        raise argparse.ArgumentTypeError("a file name cannot be empty")
    return text


def _unit(text: str) -> Unit:
    try:
        return Unit.parse(text)
    except NegativesError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


_LOAD = re.compile(r"\s*([0-9]{1,20}(?:\.[0-9]{1,20})?)\s*([a-zA-Z]+\.?)\s*")


def _load(text: str) -> Load:
    match = _LOAD.fullmatch(text)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a load with a unit like 40kg or 90lb: {text!r}")
    try:
        return Load(float(match[1]), Unit.parse(match[2]))
    except NegativesError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _zone(text: str) -> str:
    try:
        zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"unknown time zone {text!r}: use a name like Europe/Oslo or America/New_York"
        ) from None
    return text


# -- reading files -----------------------------------------------------------------------------


def _kind_to_type() -> dict[str, type]:
    return {kind: cls for cls, kind in KINDS.items()}


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _iso_dates(value: Any) -> Any:
    """TOML's dates and times as the ISO text a JSON document holds."""
    if isinstance(value, (dt.date, dt.time)):  # dt.datetime is a dt.date
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _iso_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_iso_dates(item) for item in value]
    return value


def _parse(path: str) -> Any:
    """The data of a JSON or TOML file (TOML when its name ends in ``.toml``)."""
    file = Path(path)
    if not file.exists():
        raise _UsageError(f"{path}: no such file")
    if file.is_dir():
        raise _UsageError(f"{path}: is a directory, not a file")
    if file.stat().st_size > DEFAULT_MAX_BYTES:
        raise _UsageError(f"{path}: larger than {DEFAULT_MAX_BYTES // 2**20} MiB")
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _UsageError(f"{path}: {_one_line(error)}") from None
    if file.suffix.lower() == ".toml":
        try:
            return _iso_dates(tomllib.loads(text))
        except tomllib.TOMLDecodeError as error:
            raise _UsageError(f"{path}: not valid TOML: {error}") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise _UsageError(
            f"{path}: not valid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise _UsageError(f"{path}: the JSON is nested too deeply to read") from None
    except ValueError as error:  # NaN, Infinity, an integer of thousands of digits
        raise _UsageError(f"{path}: not valid JSON: {error}") from None


def _read_document(path: str) -> tuple[str, object]:
    """A negatives document from a JSON or TOML file: (kind, object)."""
    data = _parse(path)
    types = _kind_to_type()
    kind = data.get("kind") if isinstance(data, dict) else None
    if not isinstance(kind, str):
        raise _UsageError(
            f'{path}: not a negatives document (an object with "schema": 1 and a "kind")'
        )
    if kind not in types:
        raise _UsageError(
            f"{path}: unknown document kind {kind!r} (known: {', '.join(sorted(types))})"
        )
    try:
        return kind, from_dict(data, types[kind])
    except NegativesError as error:
        raise _UsageError(f"{path}: {_one_line(error)}") from error


def _read_athlete(path: str) -> Athlete:
    kind, value = _read_document(path)
    if not isinstance(value, Athlete):
        raise _UsageError(f"{path}: expected an athlete document, got a document of kind {kind!r}")
    return value


def _sessions_of(path: str, kind: str, value: object) -> tuple[tuple[Session, ...], Athlete | None]:
    if isinstance(value, Session):
        return (value,), None
    if isinstance(value, TrainingLog):
        return value.sessions, value.athlete
    if isinstance(value, ProgramPlan):
        return value.sessions, None
    raise _UsageError(
        f"{path}: expected sessions (a session, training_log or program_plan document), "
        f"got a document of kind {kind!r}"
    )


def _read_sessions(path: str) -> tuple[tuple[Session, ...], Athlete | None]:
    kind, value = _read_document(path)
    return _sessions_of(path, kind, value)


_DOCUMENT_SUFFIXES = frozenset({".json", ".toml"})
_EXPORT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})


def _is_export(path: str) -> bool:
    """Whether ``path`` is an app export (CSV) rather than a negatives document.

    By its name's suffix (``.json``/``.toml`` documents, ``.csv``/``.tsv``/``.txt`` exports),
    else by its first bytes: a JSON document starts with ``{``.
    """
    suffix = Path(path).suffix.lower()
    if suffix in _DOCUMENT_SUFFIXES or suffix in _EXPORT_SUFFIXES:
        return suffix in _EXPORT_SUFFIXES
    try:
        with open(path, "rb") as file:
            head = file.read(256)
    except OSError:
        return False  # the document reader says what is wrong with the path
    return not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _read_input(
    path: str, args: argparse.Namespace, err: IO[str]
) -> tuple[tuple[Session, ...], Athlete | None]:
    """The sessions (and athlete) of a negatives document or of an app export.

    The one way commands read "a training log": an export is imported as ``negatives import``
    does it (``--format``, ``--unit``, ``--tz``), its import report going to ``err``.
    """
    if not _is_export(path):
        return _read_sessions(path)
    sessions, report = _read_export(path, args, err)
    err.write(report.text() + "\n")
    return tuple(sessions), None


def _policy(value: str | None) -> safety.Policy:
    if value is None:
        return safety.Policy.preset("standard")
    if value in safety.PRESETS:
        return safety.Policy.preset(value)
    if not Path(value).exists():
        raise _UsageError(f"unknown policy {value!r}: use a preset ({_PRESETS}) or a policy file")
    kind, policy = _read_document(value)
    if not isinstance(policy, safety.Policy):
        raise _UsageError(f"{value}: expected a policy document, got a document of kind {kind!r}")
    return policy


def _write(text: str, output: str | None, stdout: IO[str]) -> None:
    text = text if text.endswith("\n") else text + "\n"
    if output is None or output == "-":
        stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")


def _describe_set(item: Set) -> str:
    tempo = f", tempo {item.tempo}" if item.tempo else ""
    return f"{item.exercise.name}: {item.reps} x {item.load}{tempo} ({item.method})"


# -- demo and plan --------------------------------------------------------------------------------


def _demo_athlete(today: dt.date) -> Athlete:
    return Athlete(
        "demo-athlete",
        training_age_years=3,
        concentric_1rm={"barbell-curl": kg(50), "bench-press": kg(100), "leg-press": kg(200)},
        bodyweight=kg(80),
        sex="male",
        birth_year=today.year - 30,
        screening=Screening(
            recent_muscle_injury=False,
            previous_rhabdomyolysis=False,
            statins=False,
            sickle_cell_trait=False,
            current_illness=False,
        ),
        checkins=[Checkin(today, soreness={"chest": 1, "biceps": 2})],
    )


def _rounding(exercise: Exercise, gym: Gym) -> Callable[[Load], Load]:
    """Round kg loads down to what the default gym can build (lb loads are kept)."""
    return lambda load: gym.round(load, exercise) if load.unit is Unit.KG else load


def _demo(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    today = dt.date.today()
    athlete = _demo_athlete(today)
    curl = catalog.lookup("Barbell Curl")
    bench = catalog.lookup("Bench Press (Barbell)")
    # Two people at the bench: the partner who helps the lift (and can give up to 40 kg) and
    # a second spotter, free to take the bar (NEG401: a helping partner is not a free spotter).
    setup = Setup(spotters=2, partner_max_assist=kg(40))
    gym = Gym()
    bench_negatives = overload.partner_assisted_negatives(
        bench, athlete=athlete, reps=6, setup=setup, round_to=_rounding(bench, gym)
    )
    curl_negatives = overload.partner_assisted_negatives(
        curl, athlete=athlete, reps=5, setup=setup, round_to=_rounding(curl, gym)
    )
    sets = [
        Set(bench, reps=8, load=kg(75), tempo="3-0-1-0", rest=180),
        Set(bench, reps=8, load=kg(75), tempo="3-0-1-0", rest=180),
        bench_negatives,
        Set(curl, reps=10, load=kg(35), tempo="2-0-1-0", rest=120),
        curl_negatives,
    ]
    session = Session(today, sets=sets, name="Demo: partner-assisted negatives", setup=setup)
    # The primer (negatives.safety.primer): light tempo eccentrics 3 days before, about 10-15 %
    # of the heavy session's eccentric volume for each muscle group (Huang et al. 2019).
    primer = Session(
        today - dt.timedelta(days=3),
        sets=[
            Set(bench, reps=3, load=kg(20), tempo="5-0-1-0"),
            Set(curl, reps=3, load=kg(10), tempo="5-0-1-0"),
        ],
        name="Primer",
    )
    report = safety.check(session, athlete=athlete, history=[primer], policy=_policy(args.policy))
    if args.json:
        document = {"session": to_dict(session), "report": to_dict(report)}
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return _EXIT_CLEAN
    maxima = ", ".join(f"{key} {value}" for key, value in athlete.concentric_1rm.items())
    out.write(f"negatives demo: {session.name}, {session.date}\n")
    out.write(
        f"athlete: {athlete.training_age_years:g} years of training, {athlete.age_on(today)} "
        f"years old; 1RMs {maxima}; screened, nothing flagged; today's check-in: chest 1/10 "
        "and biceps 2/10 sore\n"
    )
    out.write(
        f"setup: {setup.spotters} people at the bar: a partner who helps the lift (up to "
        f"{setup.partner_max_assist}) and a spotter free to take the bar\n"
    )
    out.write(
        f"history: a primer on {primer.date}: light tempo eccentrics (bench 3 x 20 kg, curl "
        "3 x 10 kg, lowered in 5 s)\n\n"
    )
    for number, item in enumerate(session.sets, start=1):
        out.write(f"{number}. {_describe_set(item)}\n")
    out.write("\n")
    for item in (bench_negatives, curl_negatives):
        out.write(overload.explain(item) + "\n\n")
    summary = analysis.summarize(session)
    out.write(
        f"volume load {summary.volume:.0f}; the athlete's eccentric vs concentric work "
        f"{summary.athlete_eccentric_volume:.0f} vs {summary.athlete_concentric_volume:.0f}; "
        f"time under tension {summary.time_under_tension:.0f} s\n\n"
    )
    out.write(report.text() + "\n")
    return _EXIT_CLEAN


def _plan(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    if args.templates:
        return _list_templates(out)
    if args.athlete is None:
        raise _UsageError(
            "the following arguments are required: athlete (see 'negatives plan --help')"
        )
    athlete = _read_athlete(args.athlete)
    setup = Setup(
        spotters=args.spotters,
        safety_arms=args.safety_arms,
        partner_max_assist=args.partner_max,
    )
    policy = _policy(args.policy)
    history = _read_sessions(args.history)[0] if args.history is not None else None
    start = args.start if args.start is not None else dt.date.today()
    _check_simulate_options(args)
    if args.template is not None:
        program = _template_program(args, start)
        return _plan_program(args, out, program, athlete, setup, policy, history)
    exercises = [catalog.lookup(name) for name in (args.exercise or ["bench-press"])]
    weeks = 1 if args.weeks is None else args.weeks
    if weeks == 1:
        return _plan_session(args, out, athlete, exercises, setup, policy, history, start)
    from .progressions import Deload, EccentricRamp, ProgramSlot

    first = 0.25 if args.overload is None else args.overload
    slots = [
        ProgramSlot(
            prescription=Prescription(
                exercise,
                method="partner_assisted",
                sets=2,
                # Down to 3 fewer reps as the load rises: room for the builder to climb.
                reps=(max(1, args.reps - 3), args.reps),
                fraction_1rm=0.75,
                overload=first,
                tempo="4-0-2-0",
                rest=180,
            ),
            progression=Deload(base=EccentricRamp(start=first, end=max(first, 0.40), weeks=3)),
            day=index % 2,
        )
        for index, exercise in enumerate(exercises)
    ]
    program = Program(name="Negatives", weeks=weeks, days=(0, 3), slots=slots, start=start)
    return _plan_program(
        args,
        out,
        program,
        athlete,
        setup,
        policy,
        history,
        title=f"{weeks}-week program of partner-assisted negatives for {athlete.id}",
    )


def _list_templates(out: IO[str]) -> int:
    from .progressions.templates import available_templates

    for info in available_templates():
        out.write(f"{info.name}: {info.title} ({info.confidence} confidence)\n")
        out.write(f"  {info.summary}\n")
        out.write(f"  source: {info.source}\n")
        for parameter in info.parameters:
            if parameter.name == "start":
                continue  # --start
            default = f" (default {parameter.default})" if parameter.default else ""
            out.write(f"  --param {parameter.name}=...: {parameter.help}{default}\n")
        out.write("\n")
    return _EXIT_CLEAN


def _template_program(args: argparse.Namespace, start: dt.date) -> Program:
    """The program of ``--template`` with its ``--param`` values (and --weeks, --exercise)."""
    from .progressions.templates import available_templates, template

    infos = {info.name: info for info in available_templates()}
    info = infos.get(args.template)
    if info is None:
        raise _UsageError(
            f"unknown template {args.template!r}: use one of {', '.join(sorted(infos))} "
            "(negatives plan --templates lists them)"
        )
    kinds = {parameter.name: parameter.kind for parameter in info.parameters}
    params: dict[str, object] = {"start": start}
    for text in args.param or ():
        key, sep, value = text.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in kinds or key == "start":
            known = ", ".join(sorted(k for k in kinds if k != "start"))
            raise _UsageError(
                f"--param {text!r}: {info.name} takes {known} (as KEY=VALUE); --start sets the "
                "first week"
            )
        params[key] = _template_value(key, kinds[key], value.strip())
    for option, key, value in (
        ("--weeks", "weeks", args.weeks),
        ("--exercise", "exercises", args.exercise),
    ):
        if value is None:
            continue
        if key not in kinds:
            raise _UsageError(f"{option}: the {info.name} template does not take it")
        params[key] = tuple(catalog.lookup(name) for name in value) if key == "exercises" else value
    try:
        return template(info.name, **params)
    except NegativesError as error:
        raise _UsageError(f"--template {info.name}: {_one_line(error)}") from error


def _template_value(key: str, kind: str, text: str) -> object:
    try:
        if kind == "date":
            return _date(text)
        if kind == "weeks":
            return _whole(text)
        if kind == "days":
            return tuple(_whole(part) for part in text.split(","))
        if kind == "exercises":
            return tuple(catalog.lookup(part.strip()) for part in text.split(",") if part.strip())
    except argparse.ArgumentTypeError as error:
        raise _UsageError(f"--param {key}: {error}") from None
    return text


def _plan_program(
    args: argparse.Namespace,
    out: IO[str],
    program: Program,
    athlete: Athlete,
    setup: Setup,
    policy: safety.Policy,
    history: tuple[Session, ...] | None,
    *,
    title: str | None = None,
) -> int:
    from .progressions import build_program

    if args.simulate:
        return _plan_simulation(args, out, program, athlete, history, policy, setup)
    plan = build_program(
        program,
        athlete,
        history=history,
        policy=policy,
        setup=setup,
        primer=not args.no_primer,
        help_step=args.help_step,
    )
    status = _EXIT_FINDINGS if plan.report.at_least("error") else _EXIT_CLEAN
    if args.json:
        out.write(to_json(plan, indent=2) + "\n")
        return status
    heading = title or f"{program.name}: a {program.weeks}-week program for {athlete.id}"
    out.write(f"{heading} ({plan.report.policy} policy)\n\n")
    out.write(plan.text() + "\n")
    return status


def _check_simulate_options(args: argparse.Namespace) -> None:
    """``--seed`` and ``--adherence`` go with ``--simulate``, which needs a program."""
    if not args.simulate:
        given = [name for name in ("seed", "adherence") if getattr(args, name) is not None]
        if given:
            raise _UsageError(f"--{given[0]} goes with --simulate")
    elif args.template is None and (args.weeks is None or args.weeks == 1):
        raise _UsageError(
            "--simulate plays a program forward: give --weeks 2 or more, or a --template"
        )


def _plan_simulation(
    args: argparse.Namespace,
    out: IO[str],
    program: Program,
    athlete: Athlete,
    history: tuple[Session, ...] | None,
    policy: safety.Policy,
    setup: Setup,
) -> int:
    """``plan --simulate``: the program played forward against a simulated athlete."""
    from .progressions import Response, simulate

    response = Response() if args.adherence is None else Response(adherence=args.adherence)
    result = simulate(
        program,
        athlete,
        seed=0 if args.seed is None else args.seed,
        response=response,
        history=history,
        policy=policy,
        setup=setup,
        primer=not args.no_primer,
        help_step=args.help_step,
    )
    # As for a plan: a week the policy refuses fails the command (exit 1), though printed.
    refused = any(f.severity is safety.Severity.ERROR for w in result.weeks for f in w.findings)
    status = _EXIT_FINDINGS if refused else _EXIT_CLEAN
    if args.json:
        out.write(to_json(result.log(), indent=2) + "\n")
    else:
        out.write(result.text() + "\n")
    return status


def _plan_session(
    args: argparse.Namespace,
    out: IO[str],
    athlete: Athlete,
    exercises: list[Exercise],
    setup: Setup,
    policy: safety.Policy,
    history: tuple[Session, ...] | None,
    start: dt.date,
) -> int:
    gym = Gym()
    sets = [
        overload.partner_assisted_negatives(
            exercise,
            athlete=athlete,
            history=history or (),
            overload=args.overload,
            reps=args.reps,
            setup=setup,
            round_to=_rounding(exercise, gym),
        )
        for exercise in exercises
    ]
    session = Session(start, sets=sets, name="Partner-assisted negatives", setup=setup)
    report = safety.check(session, athlete=athlete, history=history, policy=policy)
    # A plan the policy refuses is printed (to show why), but the command fails: a script
    # that pipes `plan --json` into an app must not pass it on silently.
    status = _EXIT_FINDINGS if report.at_least("error") else _EXIT_CLEAN
    if args.json:
        out.write(to_json(session, indent=2) + "\n")
        return status
    out.write(f"{session.name} for {athlete.id}, {session.date}\n\n")
    for item in sets:
        out.write(overload.explain(item) + "\n\n")
    out.write(report.text() + "\n")
    return status


# -- check ----------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    sessions, log_athlete = _read_input(args.file, args, err)
    athlete = _read_athlete(args.athlete) if args.athlete is not None else log_athlete
    history = _read_input(args.history, args, err)[0] if args.history is not None else None
    report = safety.check(
        list(sessions), athlete=athlete, history=history, policy=_policy(args.policy)
    )
    out.write((to_json(report, indent=2) if args.json else report.text()) + "\n")
    return _EXIT_FINDINGS if report.at_least(args.fail_on) else _EXIT_CLEAN


# -- import ---------------------------------------------------------------------------------------


class _Progress:
    """``importing log.csv: 42% (12.5 of 29.8 MB)`` on one terminal line, redrawn in place."""

    def __init__(self, stream: IO[str], name: str, total: int) -> None:
        self._stream = stream
        self._name = name
        self._total = max(total, 1)
        self._shown = -1
        self._width = 0

    def update(self, done: int) -> None:
        percent = min(100, done * 100 // self._total)
        if percent == self._shown:
            return
        self._shown = percent
        line = (
            f"importing {self._name}: {percent:3d}% "
            f"({done / 1e6:.1f} of {self._total / 1e6:.1f} MB)"
        )
        self._width = max(self._width, len(line))
        self._stream.write("\r" + line)
        self._stream.flush()

    def close(self) -> None:
        if self._shown >= 0:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()


class _Watched:
    """A binary file whose reads move a progress display."""

    def __init__(self, handle: IO[bytes], progress: _Progress) -> None:
        self.name = handle.name
        self._handle = handle
        self._progress = progress
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        self._done += len(chunk)
        self._progress.update(self._done)
        return chunk


def _read_export(
    path: str, args: argparse.Namespace, err: IO[str]
) -> tuple[list[Session], ImportReport]:
    """The sessions of an app export and the report of their import (as `read_export`).

    A large file shows its progress on stderr while it is read, when stderr is a terminal.
    """
    options: dict[str, Any] = {
        "format": args.format,
        "unit": args.unit,
        "tz": args.tz,
        "names": getattr(args, "names", None),
        "date_format": getattr(args, "date_format", None),
    }
    try:
        size = os.path.getsize(path)
    except (OSError, ValueError):
        size = 0  # read_export says what is wrong with the path
    if size < _PROGRESS_MIN_BYTES or not err.isatty():
        result = read_export(path, **options)
        return list(result.sessions), result.report
    progress = _Progress(err, Path(path).name, size)
    try:
        with open(path, "rb") as handle:
            result = read_export(_Watched(handle, progress), **options)  # type: ignore[arg-type]
    finally:
        progress.close()
    return list(result.sessions), result.report


def _unmapped_text(report: ImportReport) -> str:
    """``--unmapped``: the names left unmapped, most sets first, with what they may mean."""
    if not report.unmapped:
        return "every exercise name was mapped to a catalog exercise"
    lines = [
        "exercise names not mapped (imported as custom exercises, no muscle groups), most sets "
        "first; map them with --names FILE:"
    ]
    lines.extend(f"  {item}" for item in report.unmapped)
    return "\n".join(lines)


def _import(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    athlete = _read_athlete(args.athlete) if args.athlete is not None else None
    sessions, report = _read_export(args.file, args, err)
    err.write(report.text() + "\n")
    log = TrainingLog(athlete, sessions)
    if args.csv:
        write_csv(log, args.csv)
    if args.unmapped:
        out.write(_unmapped_text(report) + "\n")
        if args.output:
            _write(to_json(log, indent=2), args.output, out)
        return _EXIT_CLEAN
    _write(to_json(log, indent=2), args.output, out)
    return _EXIT_CLEAN


# -- report ---------------------------------------------------------------------------------------


def _report(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    if args.html is not None and args.json:
        raise _UsageError("--html and --json: choose one")
    sessions, log_athlete = _read_input(args.file, args, err)
    athlete = _read_athlete(args.athlete) if args.athlete is not None else log_athlete
    chosen = _period(sessions, args)
    unit = args.unit if args.unit is not None else _main_unit(chosen)
    bodyweight = athlete.bodyweight if athlete is not None else None
    if args.html is not None:
        from .reporting import html

        page = html(chosen, athlete=athlete, policy=_policy(args.policy), unit=unit)
        _write(page, args.html, out)
        if args.html != "-":
            err.write(f"wrote {args.html} ({len(chosen)} sessions); open it in a browser\n")
        return _EXIT_CLEAN
    summary = analysis.summarize(
        chosen, unit=unit, basis=args.basis, bodyweight=bodyweight, per_muscle=True
    )
    if args.json:
        out.write(to_json(summary, indent=2) + "\n")
        return _EXIT_CLEAN
    out.write(_report_table(summary, _period_text(args, sessions, chosen)) + "\n")
    return _EXIT_CLEAN


#: The most weeks ``--last-weeks`` takes: a century of training.
_MAX_WEEKS_BACK = 5200


def _period(sessions: Sequence[Session], args: argparse.Namespace) -> list[Session]:
    """The sessions within ``--since``/``--until``/``--last-weeks``, in the file's order."""
    since: dt.date | None = args.since
    until: dt.date | None = args.until
    if args.last_weeks is not None:
        if since is not None:
            raise _UsageError("give --since or --last-weeks, not both")
        if not 1 <= args.last_weeks <= _MAX_WEEKS_BACK:
            raise _UsageError(
                f"--last-weeks must be 1 to {_MAX_WEEKS_BACK}, got {fmt_number(args.last_weeks)}"
            )
    if since is not None and until is not None and since > until:
        raise _UsageError(f"--since {since} is after --until {until}")
    chosen = [s for s in sessions if until is None or s.date <= until]
    if args.last_weeks is not None and chosen:
        # The last N weeks of the log (up to --until): weeks that end with the latest session's.
        latest = max(session.date for session in chosen)
        start = analysis.week_start(latest)
        since = start - dt.timedelta(
            weeks=min(args.last_weeks - 1, (start - dt.date.min).days // 7)
        )
    return [s for s in chosen if since is None or s.date >= since]


def _period_text(
    args: argparse.Namespace, sessions: Sequence[Session], chosen: Sequence[Session]
) -> str | None:
    """A note on the period shown, when the options chose one."""
    if args.since is None and args.until is None and args.last_weeks is None:
        return None
    asked = " ".join(
        part
        for part in (
            f"--since {args.since}" if args.since else "",
            f"--until {args.until}" if args.until else "",
            f"--last-weeks {args.last_weeks}" if args.last_weeks is not None else "",
        )
        if part
    )
    if not chosen:
        return f"no session of the {len(sessions)} read is within {asked}"
    first = min(s.date for s in chosen)
    last = max(s.date for s in chosen)
    days = f"on {first}" if first == last else f"{first} to {last}"
    return f"{len(chosen)} of {len(sessions)} sessions, {days} ({asked})"


def _main_unit(sessions: Iterable[Session]) -> Unit:
    """The unit most sets were logged in (kg when there are none)."""
    counts = {Unit.KG: 0, Unit.LB: 0}
    for session in sessions:
        for item in session.sets:
            counts[item.load.unit] += 1
    return Unit.LB if counts[Unit.LB] > counts[Unit.KG] else Unit.KG


def _share(value: float | None) -> str:
    return "unknown" if value is None else f"{value:.0%}"


def _tut(summary: analysis.Summary) -> str:
    seconds = summary.time_under_tension
    if seconds is None:
        return "unknown"
    known = f"{seconds:.0f} s"
    if summary.sets_without_tempo:
        return f"{known} (+{summary.sets_without_tempo} sets unknown)"
    return known


def _row(week: str, group: str, summary: analysis.Summary) -> tuple[str, ...]:
    return (
        week,
        group,
        str(summary.sets),
        f"{summary.volume.value:,.0f} {summary.unit.value}",
        _share(summary.eccentric_share),
        _tut(summary),
    )


#: How each basis is named in the report's header and explained under it.
_BASIS_TEXT = {
    analysis.VolumeBasis.LOGGED: (
        "as logged",
        "volume as logged: reps x the weight as the app wrote it (one dumbbell of a pair; an "
        "assisted machine's help as a negative weight), the app's own total; --basis external "
        "counts the whole load",
    ),
    analysis.VolumeBasis.EXTERNAL: (
        "external",
        "volume of the external load: reps x the whole load moved (both dumbbells of a pair, "
        "both sides of a machine)",
    ),
    analysis.VolumeBasis.RESISTANCE: (
        "resistance",
        "volume of the resistance: reps x the external load plus the bodyweight share of "
        "bodyweight exercises",
    ),
}


def _report_table(summary: analysis.Summary, period: str | None) -> str:
    name, explanation = _BASIS_TEXT[summary.basis]
    header = (
        "week of",
        "muscle group",
        "sets",
        f"volume ({name})",
        "eccentric share",
        "time under tension",
    )
    rows: list[tuple[str, ...]] = [header]
    for week in summary.weeks:
        rows.append(_row(week.start.isoformat(), "all", week.summary))
        for muscle, part in week.summary.per_muscle.items():
            rows.append(_row("", muscle.value, part))
    rows.append(_row("total", "all", summary))
    for muscle, part in summary.per_muscle.items():
        rows.append(_row("", muscle.value, part))
    numeric = {2, 3}
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    notes = [] if period is None else [period]
    notes.append(explanation)
    if summary.sets_without_tempo:
        notes.append(
            f"{summary.sets_without_tempo} of {summary.sets} sets have no tempo: their time "
            "under tension is unknown, not counted"
        )
    if summary.sets_unknown_assistance:
        notes.append(
            f"{summary.sets_unknown_assistance} sets had help that was not measured: left out "
            "of the eccentric share"
        )
    if summary.sets_missing_bodyweight:
        notes.append(
            f"{summary.sets_missing_bodyweight} bodyweight-exercise sets counted without the "
            "bodyweight (give --athlete with a bodyweight)"
        )
    if summary.sets_without_muscles:
        notes.append(
            f"{summary.sets_without_muscles} sets are of exercises with no known muscle groups "
            "(custom exercises): only in the 'all' rows"
        )
    lines.append("")
    lines.append(
        "muscle rows: working sets (no warm-ups) of exercises with the group as a primary muscle"
    )
    lines.extend(notes)
    return "\n".join(lines)


# -- schema ---------------------------------------------------------------------------------------


def _schema(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    types = _kind_to_type()
    if args.list:
        out.write("\n".join(sorted(types)) + "\n")
        return _EXIT_CLEAN
    kind = args.type or "training_log"
    if kind not in types:
        raise _UsageError(f"unknown document kind {kind!r}: use one of {', '.join(sorted(types))}")
    from .progressions import load_progression
    from .schema import json_schema

    plugins = [load_progression(name) for name in args.progression or ()]
    schema = json_schema(types[kind], progressions=plugins)
    out.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return _EXIT_CLEAN


# -- catalog --------------------------------------------------------------------------------------


def _exercise_row(exercise: Exercise) -> dict[str, Any]:
    return {
        "id": exercise.id,
        "name": exercise.name,
        "muscles": [m.value for m in exercise.muscles],
        "secondary_muscles": [m.value for m in exercise.secondary_muscles],
        "equipment": exercise.equipment.value,
    }


def _resolution_dict(resolution: catalog.Resolution) -> dict[str, Any]:
    exercise = resolution.exercise
    return {
        "kind": resolution.kind,
        "exercise": exercise.id if exercise is not None else None,
        "candidates": list(resolution.candidates),
        "reason": resolution.reason,
        "hold": resolution.hold,
    }


def _catalog(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    cat = catalog.load_names(Path(args.names)) if args.names else catalog.Catalog.builtin()
    text = " ".join(args.text)
    resolution = cat.resolve(text)
    if args.action == "show":
        exercise = cat.lookup(text)  # a CatalogError (exit 2) when there is no one exercise
        entry = cat.entry(exercise.id) if exercise in cat.exercises() else None
        aliases = list(entry.aliases) if entry is not None else []
        notes = entry.notes if entry is not None else "not a catalog entry: " + resolution.reason
        if args.json:
            document: dict[str, Any] = {
                "exercise": to_dict(exercise),
                "aliases": aliases,
                "notes": notes,
                "resolution": _resolution_dict(resolution),
            }
            out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
            return _EXIT_CLEAN
        fields = [
            ("id", exercise.id),
            ("name", exercise.name),
            ("muscles", ", ".join(m.value for m in exercise.muscles) or "unknown"),
            ("secondary", ", ".join(m.value for m in exercise.secondary_muscles) or "-"),
            ("equipment", exercise.equipment.value),
            ("limbs", exercise.limb_mode.value),
            ("load logged", exercise.load_convention.value.replace("_", " ")),
            ("starts with", exercise.starts_with.value),
            ("bodyweight", f"{exercise.bodyweight_fraction:g}"),
            ("ecc:con", f"{exercise.ecc_con_ratio:g}" if exercise.ecc_con_ratio else "-"),
            ("risk", exercise.risk.value if exercise.risk is not None else "not classified"),
            ("aliases", "; ".join(aliases) or "-"),
            ("reading", resolution.reason),
            ("notes", notes),
        ]
        for label, value in fields:
            out.write(f"{label + ':':<13}{value}\n")
        return _EXIT_CLEAN
    found: list[Exercise] = []
    if resolution.exercise is not None:
        found.append(resolution.exercise)
    known = {e.id: e for e in cat.exercises()}
    found += [known[id_] for id_ in resolution.candidates if id_ in known]
    found += list(cat.find(text))
    wanted = set(catalog.normalize_name(text).split())
    for exercise in known.values():  # every exercise with a name containing the words
        names = (exercise.name, *cat.aliases(exercise.id))
        if wanted and any(wanted <= set(catalog.normalize_name(n).split()) for n in names):
            found.append(exercise)
    rows = list({e.id: e for e in found}.values())[: args.limit]
    if args.json:
        document = {
            "query": text,
            "resolution": _resolution_dict(resolution),
            "matches": [_exercise_row(e) for e in rows],
        }
        out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return _EXIT_CLEAN if rows else _EXIT_FINDINGS
    out.write(f"{text!r}: {resolution.kind}: {resolution.reason}\n")
    if not rows:
        return _EXIT_FINDINGS
    width = max(len(e.id) for e in rows)
    for e in rows:
        muscles = ", ".join(m.value for m in e.muscles) or "-"
        out.write(f"  {e.id:<{width}}  {e.name}  [{muscles}]  {e.equipment.value}\n")
    return _EXIT_CLEAN


# -- the parser -----------------------------------------------------------------------------------

_Command = Callable[[argparse.Namespace, IO[str], IO[str]], int]
_COMMANDS: dict[str, _Command] = {
    "demo": _demo,
    "plan": _plan,
    "check": _check,
    "import": _import,
    "report": _report,
    "schema": _schema,
    "catalog": _catalog,
}

_DESCRIPTION = """\
Eccentric ("negative") strength training from the command line: prescribe partner-assisted
negatives, check sessions against a safety policy, import app exports (Strong, Hevy,
FitNotes, JEFIT) and report training volume.

Exit status: 0 done (check: nothing at or above --fail-on), 1 check found something at or
above --fail-on, 2 a usage or input error (one line on stderr), 70 an internal error (a bug).
"""

_DOCUMENTS = "Documents are negatives JSON files (TOML too, for athletes and policies)."
_EXPORTS = (
    "An app export (CSV of Strong, Hevy, FitNotes or JEFIT) is imported first, as\n"
    "'negatives import' does it; its import report goes to stderr."
)


def _export_options(
    parser: argparse.ArgumentParser,
    *,
    unit_help: str = "kg or lb: the unit of an export's weights when it does not say "
    "(Strong, JEFIT)",
) -> None:
    """The options of a command that reads app exports, as ``negatives import`` has them."""
    parser.add_argument(
        "--format", choices=FORMATS, help="the app that wrote an export (default: from its header)"
    )
    parser.add_argument("--unit", type=_unit, metavar="UNIT", help=unit_help)
    parser.add_argument(
        "--tz",
        type=_zone,
        metavar="ZONE",
        help="the time zone of an export's times written without one, e.g. Europe/Oslo",
    )
    parser.add_argument(
        "--names",
        type=_path,
        metavar="FILE",
        help='your exercise names: a TOML or JSON file of "app name" = "exercise-id" pairs, '
        "used before the catalog",
    )
    parser.add_argument(
        "--date-format",
        metavar="FORMAT",
        help="how an export's numeric dates are written when the file does not settle it: dmy "
        "(15/01/2024), mdy (01/15/2024) or a strptime pattern like '%%d.%%m.%%Y %%H:%%M'",
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("negatives")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _parser() -> _Parser:
    formatter = argparse.RawDescriptionHelpFormatter
    common = _Parser(add_help=False)
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the full traceback of an error",
    )
    parser = _Parser(prog="negatives", description=_DESCRIPTION, formatter_class=formatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    def command(name: str, summary: str, description: str) -> _Parser:
        made = sub.add_parser(
            name,
            help=summary,
            description=description,
            parents=[common],
            formatter_class=formatter,
        )
        assert isinstance(made, _Parser)
        return made

    demo = command(
        "demo",
        "prescribe, check and print a sample session of partner-assisted negatives",
        "Prescribe partner-assisted negatives (bench press and barbell curl) for a sample\n"
        "athlete on built-in data, check the session with the safety policy and print it.",
    )
    demo.add_argument(
        "--policy", type=_path, metavar="POLICY", help=f"a preset ({_PRESETS}) or a policy file"
    )
    demo.add_argument(
        "--json", action="store_true", help='print {"session": ..., "report": ...} as JSON'
    )

    plan = command(
        "plan",
        "prescribe partner-assisted negatives for an athlete: a session, a program, a template",
        "Prescribe partner-assisted negatives from an athlete's 1RMs: with --weeks 1 (the\n"
        "default) one session, explained set by set; with more weeks a program (2 sets per\n"
        "exercise of up to --reps reps, each exercise once a week, Monday and Thursday in\n"
        "turn, the overload ramping from --overload (default +25 %) to at least +40 % over\n"
        "3 weeks, every 4th week a deload); with --template an evidence-based block\n"
        "(--templates lists them). A program is built so that the safety policy accepts\n"
        "it: what the policy refuses is adapted (fewer reps, a lighter load, ...) and said,\n"
        "primers come before first exposures, and what cannot be planned around is listed\n"
        "first. Loads in kg are rounded down to a standard set of plates; the partner's help\n"
        "per rep to --help-step.\n\n" + _DOCUMENTS,
    )
    plan.add_argument(
        "athlete",
        type=_path,
        nargs="?",
        help="the athlete document (JSON or TOML), with 1RMs",
    )
    plan.add_argument(
        "--template",
        metavar="NAME",
        help="build an evidence-based block: seed-negatives, walker-ael, tempo-intro or "
        "nordic-hamstring (see --templates)",
    )
    plan.add_argument(
        "--param",
        action="append",
        metavar="KEY=VALUE",
        help="a template parameter, e.g. maintenance_weeks=4 or days=0,2,4; repeat for more",
    )
    plan.add_argument(
        "--templates", action="store_true", help="list the templates and their parameters"
    )
    plan.add_argument(
        "--exercise",
        action="append",
        metavar="NAME",
        help="an exercise, by catalog id or as an app names it ('Bench Press (Barbell)'); "
        "repeat for more (default: bench-press)",
    )
    plan.add_argument(
        "--overload",
        type=_decimal,
        metavar="FRACTION",
        help="extra load over the working load, 0.3 = +30 %% (default: by the exercise's "
        "risk, +25 %% to +35 %%)",
    )
    plan.add_argument("--reps", type=_whole, default=8, help="reps per negative set (default 8)")
    plan.add_argument(
        "--weeks",
        type=_whole,
        help="1 for one session (default), 2-52 for a program; a template's own by default",
    )
    plan.add_argument(
        "--start", type=_date, metavar="DATE", help="the first day, YYYY-MM-DD (default today)"
    )
    plan.add_argument(
        "--spotters", type=_whole, default=1, help="spotters or partners present (default 1)"
    )
    plan.add_argument(
        "--safety-arms",
        action="store_true",
        help="safety arms or pins are set (they count for a spotter in the standard policy)",
    )
    plan.add_argument(
        "--help-step",
        type=_load,
        metavar="LOAD",
        help="round the partner's help per rep to this, e.g. 1kg (default 2.5kg or 5lb: what "
        "a spotter can judge)",
    )
    plan.add_argument(
        "--no-primer",
        action="store_true",
        help="plan no primer before first exposures (the report then asks for one)",
    )
    plan.add_argument(
        "--partner-max",
        type=_load,
        metavar="LOAD",
        help="the most the partner can help with on a lift, e.g. 40kg or 90lb",
    )
    plan.add_argument(
        "--history",
        type=_path,
        metavar="FILE",
        help="sessions already done (a training_log document); without it the rules that "
        "need the history say they could not check",
    )
    plan.add_argument(
        "--policy", type=_path, metavar="POLICY", help=f"a preset ({_PRESETS}) or a policy file"
    )
    plan.add_argument(
        "--json",
        action="store_true",
        help="print a session document (one week) or a program_plan document (more); with "
        "--simulate, the simulated sessions as a training_log document",
    )
    plan.add_argument(
        "--simulate",
        action="store_true",
        help="play the program forward week by week against a simulated athlete (reps "
        "done, skipped sessions, reported RPE, strength gains: negatives.progressions."
        "Response) and print how it responds; every number is simulated",
    )
    plan.add_argument("--seed", type=_whole, help="with --simulate: the random seed (default 0)")
    plan.add_argument(
        "--adherence",
        type=_decimal,
        metavar="FRACTION",
        help="with --simulate: the share of planned sessions that happen, 0-1 (default 0.9)",
    )

    check = command(
        "check",
        "check sessions against a safety policy; exit 1 on findings",
        "Check a session, a training log or a program plan against a safety policy, like a\n"
        "linter: each finding with its rule code, place and a suggested fix, and what could\n"
        "not be checked, and why.\n\n"
        "Exit status: 0 nothing at or above --fail-on, 1 something at or above it, 2 a usage\n"
        "or input error.\n\n" + _DOCUMENTS + " " + _EXPORTS,
    )
    check.add_argument(
        "file",
        type=_path,
        help="a session, training_log or program_plan document, or an app export (.csv)",
    )
    check.add_argument(
        "--policy",
        type=_path,
        metavar="POLICY",
        help=f"a preset ({_PRESETS}) or a policy file (default standard)",
    )
    check.add_argument(
        "--athlete",
        type=_path,
        metavar="FILE",
        help="the athlete document (default: the training log's athlete)",
    )
    check.add_argument(
        "--history",
        type=_path,
        metavar="FILE",
        help="sessions done before (a training_log document or an app export); without it "
        "the rules that need the history say they could not check",
    )
    _export_options(check)
    check.add_argument(
        "--fail-on",
        choices=["info", "warning", "error"],
        default="error",
        help="exit 1 when a finding is at least this severe (default error)",
    )
    check.add_argument("--json", action="store_true", help="print the report as a JSON document")

    imp = command(
        "import",
        "convert an app export (Strong, Hevy, FitNotes, JEFIT) to a training log",
        "Read a CSV export of Strong, Hevy, FitNotes or JEFIT (or a CSV written by negatives)\n"
        "and write it as a negatives training_log JSON document. The import report (rows read,\n"
        "imported, skipped and why, repeated workouts, exercise names not in the catalog) goes\n"
        "to stderr; a large file shows its progress there when stderr is a terminal.",
    )
    imp.add_argument("file", type=_path, help="the CSV export")
    _export_options(imp)
    imp.add_argument(
        "--unmapped",
        action="store_true",
        help="print the exercise names left unmapped, with their set counts and the exercises "
        "they may mean, instead of the log (which -o still writes)",
    )
    imp.add_argument(
        "--athlete", type=_path, metavar="FILE", help="an athlete document to put in the log"
    )
    imp.add_argument(
        "-o",
        "--output",
        type=_path,
        metavar="FILE",
        help="write the training log here (default: stdout)",
    )
    imp.add_argument(
        "--csv",
        type=_path,
        metavar="FILE",
        help="also write a flat CSV, one row per set, for spreadsheets",
    )

    rep = command(
        "report",
        "weekly volume, eccentric share and time under tension, per muscle group",
        "Print a table of each week's sets, volume load, eccentric share (the athlete's\n"
        "eccentric work over eccentric + concentric) and time under tension, overall and per\n"
        "muscle group, then the totals. The volume is as logged (reps x the weight as the app\n"
        "wrote it, the app's own total) unless --basis says otherwise; the table's header and\n"
        'the JSON\'s "basis" say which. With --html, write one self-contained HTML page\n'
        "instead: weekly charts, strength trends and the safety findings, for a browser. "
        + _EXPORTS,
    )
    rep.add_argument(
        "file",
        type=_path,
        help="a training_log or session document, or an app export (.csv)",
    )
    _export_options(
        rep,
        unit_help="kg or lb: the unit of the report, and of an export's weights "
        "when it does not say (default: the unit most sets were logged in)",
    )
    rep.add_argument(
        "--athlete",
        type=_path,
        metavar="FILE",
        help="the athlete document, for the bodyweight of bodyweight exercises",
    )
    rep.add_argument(
        "--basis",
        choices=[basis.value for basis in analysis.VolumeBasis],
        default=analysis.VolumeBasis.LOGGED.value,
        help="what the volume counts: 'logged' (default) the weight as the app wrote it (one "
        "dumbbell of a pair), 'external' the whole load moved (both dumbbells), 'resistance' "
        "the external load plus the bodyweight share of bodyweight exercises",
    )
    rep.add_argument(
        "--since", type=_date, metavar="DATE", help="only sessions on or after DATE (YYYY-MM-DD)"
    )
    rep.add_argument(
        "--until", type=_date, metavar="DATE", help="only sessions on or before DATE (YYYY-MM-DD)"
    )
    rep.add_argument(
        "--last-weeks",
        type=_whole,
        metavar="N",
        help="only the last N weeks of the log (ending with the week of its last session, or "
        "of the last before --until)",
    )
    rep.add_argument(
        "--json", action="store_true", help="print the figures as a summary document (JSON)"
    )
    rep.add_argument(
        "--html",
        metavar="FILE",
        help="write a self-contained HTML report (charts, safety findings) to FILE ('-': stdout)",
    )
    rep.add_argument(
        "--policy",
        metavar="POLICY",
        help=f"the safety policy of the HTML report: a preset ({_PRESETS}) or a policy file",
    )

    schema = command(
        "schema",
        "print the JSON Schema of a document kind",
        "Print the JSON Schema (draft 2020-12) of a negatives document kind, to validate\n"
        "documents in other programs.",
    )
    schema.add_argument(
        "type", nargs="?", metavar="KIND", help="a document kind (default training_log)"
    )
    schema.add_argument("--list", action="store_true", help="list the document kinds")
    schema.add_argument(
        "--progression",
        action="append",
        metavar="NAME",
        help="a plugin progression (entry point name) whose configuration programs may hold; "
        "repeat for more",
    )
    cat = command(
        "catalog",
        "search the exercise catalog, or show one exercise",
        "Search the exercise catalog as the importers read names: 'catalog search TEXT' says how\n"
        "TEXT is read (an exercise, ambiguous, cardio, unknown) and lists matching exercises\n"
        "with their id, name, primary muscles and equipment; 'catalog show NAME' prints one\n"
        "exercise in full (by id or by a name as an app writes it).\n\n"
        "Exit status: 0 found, 1 search found nothing, 2 a usage or input error (show: a\n"
        "name that is not exactly one exercise).",
    )
    cat.add_argument("action", choices=["search", "show"], help="search or show")
    cat.add_argument("text", nargs="+", help="words of a name, a name, or an exercise id")
    cat.add_argument(
        "--names",
        metavar="FILE",
        help="your names file (TOML or JSON: name = exercise id), read before the catalog",
    )
    cat.add_argument("--limit", type=int, default=20, help="most matches search lists (default 20)")
    cat.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


@contextlib.contextmanager
def _notes(err: IO[str]) -> Iterator[None]:
    """The library's warnings as ``negatives: note:`` lines on stderr; others left to Python.

    A `NegativesWarning` (a 1RM estimated from a set of 12 reps is rough, say) is one line,
    once per message, whatever the warning filters say.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("default", NegativesWarning)
        python_shows = warnings.showwarning

        def show(
            message: Warning | str,
            category: type[Warning],
            filename: str,
            lineno: int,
            file: TextIO | None = None,
            line: str | None = None,
        ) -> None:
            if issubclass(category, NegativesWarning):
                err.write(f"negatives: note: {' '.join(str(message).split())}\n")
            else:
                python_shows(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


def _debug_requested(arguments: Sequence[str]) -> bool:
    options = arguments[: arguments.index("--")] if "--" in arguments else arguments
    return "--debug" in options


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line and return its exit status: 0 done, 1 findings, 2 an error.

    An error of the program itself (a bug, not a problem of the input) is reported on one line
    too, with status 70.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdout: where results go (default: ``sys.stdout``).
        stderr: where errors, import reports and progress go (default: ``sys.stderr``).

    Raises:
        BrokenPipeError: stdout was closed early (``negatives demo | head``); the console
            script exits quietly then.
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    debug = _debug_requested(arguments)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                args, extra = _parser().parse_known_args(arguments)
            except SystemExit as stop:  # --help, --version
                return stop.code if isinstance(stop.code, int) else _EXIT_CLEAN
        if extra:
            raise _UsageError(
                f"unrecognized arguments: {' '.join(extra)} (see 'negatives {args.command} --help')"
            )
        with _notes(err):
            return _COMMANDS[args.command](args, out, err)
    except BrokenPipeError:
        raise
    except (_UsageError, NegativesError, OSError, UnicodeDecodeError) as error:
        if debug:
            raise
        err.write(f"negatives: error: {_one_line(error)}\n")
        return _EXIT_ERROR
    except Exception as error:  # a bug: one line too, and a status that says so
        if debug:
            raise
        err.write(
            f"negatives: internal error: {type(error).__name__}: {_one_line(error)} "
            "(a bug: please report it; --debug shows the traceback)\n"
        )
        return _EXIT_INTERNAL


def _entry() -> NoReturn:  # pragma: no cover - the console script, run by a subprocess test
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader of stdout went away (negatives demo | head): stop quietly. Python would
        # flush stdout again at exit and complain; point it at devnull first (see "Note on
        # SIGPIPE" in the signal module's documentation).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = _EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        status = 128 + 2
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    _entry()
