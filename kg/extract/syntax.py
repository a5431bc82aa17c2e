"""Clause helpers over spaCy's dependency parse: a token in, a token of its clause
(its subject, the object of a preposition) or a yes/no about the clause out.

Shared by the event detector (:mod:`kg.extract.events`) and the factuality rules
(:mod:`kg.extract.factuality`), so that "the subject of a verb" means one thing.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

VERBAL = frozenset({"VERB", "AUX"})

#: the ``Doc`` whose children were read last, and their children by token index (see :func:`children`)
_last_read: tuple[Doc | None, dict[int, tuple[Token, ...]]] = (None, {})


def children(token: Token) -> tuple[Token, ...]:
    """``token.children``, in the same order, read once per token.

    spaCy's ``token.children`` is a generator that walks the tokens between the token's left
    and right edges and makes a new ``Token`` for each child on every call; the rules ask for
    the children of the same few tokens (verbs, event nouns, their objects) again and again.
    Only the last ``Doc``'s children are kept, outside the ``Doc`` (its ``Token`` objects point
    back at it: kept in ``doc.user_data`` they would make a reference cycle that only the cycle
    collector frees); a document passes through kg's components one at a time. The parse
    must not change once read (none of kg's components changes it).

    >>> import spacy; from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Police", "arrested", "him", "."], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "punct"])
    >>> [t.text for t in children(doc[1])]
    ['Police', 'him', '.']
    """
    global _last_read
    doc = token.doc
    last_doc, read = _last_read
    if last_doc is not doc:
        read = {}
        _last_read = (doc, read)
    found = read.get(token.i)
    if found is None:
        found = read[token.i] = tuple(token.children)
    return found


#: the ``Doc`` read last, and what :func:`doc_memo` keeps of it
_memos: tuple[Doc | None, dict[str, dict]] = (None, {})


def doc_memo(doc: Doc, name: str) -> dict:
    """A dictionary named ``name`` for what a rule worked out from ``doc`` and asks again (the
    phrases of a title), kept, as :func:`children` keeps its own, for the last ``Doc`` only."""
    global _memos
    if _memos[0] is not doc:
        _memos = (doc, {})
    return _memos[1].setdefault(name, {})


def first_child(token: Token, deps: Iterable[str]) -> Token | None:
    """The first child of ``token`` attached by one of ``deps``."""
    return next((child for child in children(token) if child.dep_ in deps), None)


def objects_of(preposition: Token) -> Iterator[Token]:
    """The objects of a preposition or passive agent: "with *Lavrov*", "by *Russia*"."""
    return (child for child in children(preposition) if child.dep_ == "pobj")


def subject(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, or its passive agent."""
    found = first_child(verb, ("nsubj", "csubj"))
    if found is not None:
        return found
    for child in children(verb):
        if child.dep_ == "agent":
            for agent in objects_of(child):
                return agent
    return None


def is_passive_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle describing a noun, a passive ("Kofi Annan, *sent*
    by the UN"; "Soldiers *killed* in an ambush"), and not the main verb of a sentence that
    the parser read as one after a subject set off by commas ("Jackson's brothers, Tito,
    Marlon and Jackie, *performed* at the event": they performed)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    main_verb = noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN", "PRON") and verb.i > 0 and (
        verb.doc[verb.i - 1].text == ",") and not any(c.dep_ == "agent" for c in children(verb))
    return not main_verb


def is_trailing_participle(verb: Token) -> bool:
    """Whether a verb the tagger took for a simple past is a past participle set off by a comma
    after the clause it hangs on, with no subject, auxiliary or object of its own: "Putin told
    reporters, *asked* whether Russia would back the calls" (he was asked). Only a regular verb,
    whose past and participle are one word, can be so mistagged."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.head.i < verb.i and verb.i > 0
            and verb.doc[verb.i - 1].text == "," and verb.lower_.endswith("ed") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in children(verb)))


def is_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive: "a call *to negotiate*"."""
    return any(child.dep_ == "aux" and child.tag_ == "TO" for child in children(verb))


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

