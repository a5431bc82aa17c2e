"""Evaluation against annotated corpora: ``kg eval timex|entities|events|tlinks|timelines``.

:mod:`kg.evaluate.scores` holds the shared counting; each task has its module, which
registers its command with :func:`add_folder_command`.
"""
from __future__ import annotations

import argparse


def add_folder_command(subcommands, name: str, help: str, description: str, folder_help: str,
                       run) -> argparse.ArgumentParser:
    """``kg eval NAME FOLDER [--model NAME]``, run by ``run(args)``; returns the parser for more options."""
    command = subcommands.add_parser(name, help=help, description=description)
    command.add_argument("folder", metavar="FOLDER", help=folder_help)
    command.add_argument("--model", metavar="NAME", help="installed spaCy pipeline")
    command.set_defaults(run=run)
    return command
