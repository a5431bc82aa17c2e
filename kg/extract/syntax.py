"""Clause helpers over spaCy's dependency parse: a token in, a token of its clause
(its subject, the object of a preposition) or a yes/no about the clause out.

Shared by the event detector (:mod:`kg.extract.events`) and the factuality rules
(:mod:`kg.extract.factuality`), so that "the subject of a verb" means one thing.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

VERBAL = frozenset({"VERB", "AUX"})


def first_child(token: Token, deps: Iterable[str]) -> Token | None:
    """The first child of ``token`` attached by one of ``deps``."""
    return next((child for child in token.children if child.dep_ in deps), None)


def objects_of(preposition: Token) -> Iterator[Token]:
    """The objects of a preposition or passive agent: "with *Lavrov*", "by *Russia*"."""
    return (child for child in preposition.children if child.dep_ == "pobj")


def subject(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, or its passive agent."""
    found = first_child(verb, ("nsubj", "csubj"))
    if found is not None:
        return found
    for child in verb.children:
        if child.dep_ == "agent":
            for agent in objects_of(child):
                return agent
    return None


def is_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive: "a call *to negotiate*"."""
    return any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)


def reporting_verb_over(token: Token, verb: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb a time phrase belongs to when the parser hung it on the clause
    reported: in "BP said on Tuesday it would act" (no "that") "on Tuesday" stands
    between "said" and the subject of "act", where only "said" can take it. ``token``
    is a word of the phrase, ``verb`` the verb the parse gives it; None when the parse
    stands ("said that on Tuesday it would act", "said it would act on Tuesday")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reporting:
        return None
    if first_child(verb, ("mark",)) is not None:
        return None
    reported_subject = first_child(verb, ("nsubj", "nsubjpass"))
    if reported_subject is None or not verb.head.i < token.i < reported_subject.left_edge.i:
        return None
    return verb.head

