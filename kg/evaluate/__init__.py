"""Evaluation against annotated corpora: ``kg eval timex|entities|events``.

:mod:`kg.evaluate.scores` holds the shared counting; each task has its module.
"""
