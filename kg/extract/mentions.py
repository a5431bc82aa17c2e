"""Entity mentions: a parsed ``Doc`` in, ``doc._.kg_mentions`` (list of :class:`Mention`) out.

Mentions are spaCy's named entities of the actor types, each with a ``key``:
the name with articles, possessives and leading titles stripped ("Russian
President Vladimir Putin's" → "Vladimir Putin"), which resolution groups on.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.sentences import sentence_of_token
from kg.records import Mention
from kg.resources import load_json

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "LAW", "EVENT")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def mention_key(text: str) -> str:
    """The normalised form of a mention used to group it with others.

    >>> mention_key("Russian President Vladimir Putin’s")
    'Vladimir Putin'
    >>> mention_key("the United States")
    'United States'
    """
    titles = load_json("titles.json")
    words = _POSSESSIVE.sub("", " ".join(text.split())).split()
    while words and words[0].lower() in titles["articles"]:
        words = words[1:]
    while len(words) > 1 and (
        words[0].lower().rstrip(".") in titles["titles"] or words[0].lower() in titles["qualifiers"]
    ):
        words = words[1:]
    return " ".join(words)


@Language.component("kg_mentions")
def mentions_component(doc: Doc) -> Doc:
    sentences = sentence_of_token(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        key = mention_key(ent.text)
        if not key:
            continue
        found.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, sentences[ent.start], key))
    doc._.kg_mentions = found
    return doc
