"""Events: a parsed ``Doc`` with mentions and timexes in, ``doc._.kg_events`` out.

A verb or noun whose lemma is in the event lexicon (``resources/events.json``)
is an event trigger. Its participants come from the dependency parse (subject
→ actor, object → recipient, passive agent → actor); its date is a temporal
expression in the same sentence; its factuality comes from modal auxiliaries,
negation and conditionals, with word lists in ``resources/factuality.json``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.sentences import sentence_of_token
from kg.records import EventMention, Participant
from kg.resources import load_json

SUBJECT_DEPS = {"nsubj", "agent"}
OBJECT_DEPS = {"dobj", "nsubjpass", "dative", "attr"}


def _mention_at(token: Token, mention_of_token: dict[int, int]) -> int | None:
    return mention_of_token.get(token.i)


def _agent_tokens(token: Token):
    for child in token.children:
        if child.dep_ == "agent":
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in SUBJECT_DEPS:
            yield child


def _with_conjuncts(token: Token):
    yield token
    yield from token.conjuncts


def factuality(trigger: Token) -> str:
    """Factuality of the event a verb expresses: asserted, negated, hypothetical,
    future, proposed or reported."""
    words = load_json("factuality.json")
    head = trigger
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head
    children = list(trigger.children) + ([c for c in head.children] if head is not trigger else [])
    lowered = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod")}
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    if lowered & set(words["conditional"]) or any(c.dep_ == "mark" and c.lower_ in words["conditional"] for c in children):
        return "hypothetical"
    if lowered & set(words["normative"]):
        return "proposed"
    if lowered & set(words["hypothetical"]):
        return "hypothetical"
    if lowered & set(words["future"]):
        return "future"
    if head.dep_ in ("ccomp",) and head.head.lemma_ in words["reporting"]:
        return "reported"
    return "asserted"


@Language.component("kg_events")
def events_component(doc: Doc) -> Doc:
    lexicon = load_json("events.json")
    sentences = sentence_of_token(doc)
    mentions = doc._.kg_mentions or []
    mention_of_token: dict[int, int] = {}
    for number, mention in enumerate(mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                mention_of_token[token.i] = number
    timexes = doc._.kg_timexes or []
    events = []
    for token in doc:
        entry = lexicon["verbs"].get(token.lemma_.lower()) if token.pos_ == "VERB" else None
        if entry is None and token.pos_ == "NOUN":
            entry = lexicon["nouns"].get(token.lemma_.lower())
        if entry is None:
            continue
        participants: list[Participant] = []
        seen: set[int] = set()

        def add(tok: Token, role: str) -> None:
            for t in _with_conjuncts(tok):
                index = _mention_at(t, mention_of_token)
                if index is not None and index not in seen:
                    seen.add(index)
                    participants.append(Participant(index, role))

        for subject in _agent_tokens(token):
            add(subject, "actor")
        for child in token.children:
            if child.dep_ in OBJECT_DEPS:
                add(child, "recipient")
            elif child.dep_ == "prep" and child.lower_ in lexicon["recipient_prepositions"]:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(pobj, "recipient")
            elif child.dep_ in ("poss", "compound"):
                add(child, "actor")
        sentence = sentences[token.i]
        dated = [i for i, t in enumerate(timexes) if t.sentence == sentence and t.type == "DATE"]
        events.append(
            EventMention(
                start=token.idx,
                end=token.idx + len(token.text),
                trigger=token.text,
                lemma=token.lemma_.lower(),
                type=entry["type"],
                quad_class=lexicon["types"][entry["type"]]["quad_class"],
                sentence=sentence,
                participants=participants,
                timex=dated[0] if dated else None,
                date_anchor="sentence" if dated else None,
                factuality=factuality(token) if token.pos_ == "VERB" else "asserted",
            )
        )
    doc._.kg_events = events
    return doc
