"""Event triggers: a parsed ``Doc`` and its :class:`MentionLookup` in, :class:`Trigger`
records out, one per event, in text order.

A trigger is a verb or noun whose lemma is in the event lexicon
(``resources/events.json``: type, quad class, headline form); in ``broad`` mode
also any other content verb or eventive noun, as an ``OCCURRENCE``. Two
triggers that say one thing become one event: a verb with an event complement
("agreed to meet", "threatened to invade") and a support verb with an event
noun ("signed the agreement", "launched an invasion", "staged a mutiny"; the
noun gives the type, the verb the participants and the clause). A noun such as
"agreement" preceded by a proper name is a *named* event ("Budapest
Memorandum", "Minsk II agreement").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.events.lookup import MentionLookup
from kg.extract.syntax import objects_of
from kg.records import EventMention

NOUNS = {"NOUN", "PROPN"}
DEFINITE = {"the", "this", "that", "these", "those"}
NAME_LABELS = {"LAW", "EVENT"}
OCCURRENCE = {"type": "OCCURRENCE"}


@dataclass
class Trigger:
    """One event in the making: the words that say it, and what the later steps add."""

    token: Token
    entry: dict  # the lexicon entry: type, headline, named, of …
    kind: str  # "verb" or "noun"
    name: list[Token] = field(default_factory=list)  # the tokens naming a specific agreement or event
    own_mentions: set[int] = field(default_factory=set)  # the entity mentions inside that name
    complement: Token | None = None  # a verb's event complement: "agreed to *meet*"
    carrier: Token | None = None  # the support verb carrying a noun: "*signed* the agreement"
    # built once participants, headline and factuality are known
    event: EventMention = field(init=False, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.token.idx

    @property
    def end(self) -> int:
        last = self.complement or self.token
        return last.idx + len(last.text)

    @property
    def definite(self) -> bool:
        """A noun that refers back to a known event: a name, a possessor or a definite article."""
        return self.kind == "noun" and (bool(self.name) or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in self.token.children))


def lexicon_entry(token: Token, lexicon: dict, mode: str) -> tuple[dict, str] | None:
    """``(entry, "verb" or "noun")`` when ``token`` is an event trigger."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        entry = lexicon["verbs"].get(lemma)
        if entry is not None and entry.get("intransitive") and any(
            c.dep_ in ("dobj", "ccomp") for c in token.children
        ):
            entry = None if mode == "lexicon" else OCCURRENCE
        if entry is not None:
            return entry, "verb"
        if mode == "broad" and lemma not in lexicon["broad"]["exclude_verbs"] and token.dep_ != "amod":
            return OCCURRENCE, "verb"
    elif token.pos_ in NOUNS:
        entry = lexicon["nouns"].get(lemma)
        if entry is not None and (token.pos_ == "NOUN" or entry.get("named")):
            return entry, "noun"
        if mode == "broad" and token.pos_ == "NOUN" and lemma in lexicon["broad"]["nouns"]:
            return OCCURRENCE, "noun"
    return None


def find_triggers(doc: Doc, lexicon: dict, mode: str, lookup: MentionLookup) -> list[Trigger]:
    """Every trigger of ``doc``, with the name of each named event."""
    found = []
    for token in doc:
        match = lexicon_entry(token, lexicon, mode)
        if match is None:
            continue
        trigger = Trigger(token, *match)
        if trigger.kind == "noun" and trigger.entry.get("named"):
            trigger.name = name_tokens(token, lookup)
            trigger.own_mentions = lookup.mentions_in(t.i for t in trigger.name)
        found.append(trigger)
    return found


def _proper_modifiers(token: Token) -> list[Token]:
    """The proper nouns modifying ``token`` from the left, and theirs: "*Minsk II* agreement"."""
    found = []
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN":
            found.extend([child, *_proper_modifiers(child)])
    return found


def name_tokens(noun: Token, lookup: MentionLookup) -> list[Token]:
    """The tokens naming a specific agreement or event ("Budapest Memorandum on
    Security Assurances", "Minsk II agreement"); empty when the noun is generic."""
    in_name = lookup.label_at(noun) in NAME_LABELS
    tokens = [noun, *_proper_modifiers(noun)]
    if noun.pos_ == "PROPN" or in_name or len(tokens) > 1:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "on"):
                for pobj in objects_of(child):
                    if pobj.pos_ == "PROPN":
                        tokens.extend([child, pobj, *pobj.conjuncts])
                        for member in [pobj, *pobj.conjuncts]:
                            tokens.extend(_proper_modifiers(member))
    # a capitalised noun alone ("the War in Ukraine" in a headline) is no name
    if len(tokens) == 1 and not in_name:
        return []
    return sorted(tokens, key=lambda t: t.i)


def merge_two_word_events(triggers: list[Trigger], lexicon: dict) -> list[Trigger]:
    """The triggers left when a verb takes in its event complement ("agreed to meet")
    and an event noun its support verb ("signed the agreement")."""
    by_token = {trigger.token.i: trigger for trigger in triggers}
    support = set(lexicon["support_verbs"])
    merged: set[int] = set()
    for trigger in triggers:
        token = trigger.token
        if trigger.kind == "verb":
            for child in token.children:
                if child.dep_ == "xcomp" and child.i in by_token and by_token[child.i].kind == "verb":
                    trigger.complement = child
                    merged.add(child.i)
                    break
        elif (token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB"
              and token.head.lemma_.lower() in support and trigger.entry is not OCCURRENCE):
            trigger.carrier = token.head
            merged.add(token.head.i)
    return [trigger for trigger in triggers if trigger.token.i not in merged]


def event_of_token(triggers: list[Trigger]) -> dict[int, int]:
    """Token index → number of the event it says: the trigger, and the complement or
    support verb merged into it."""
    found: dict[int, int] = {}
    for number, trigger in enumerate(triggers):
        for token in (trigger.complement, trigger.carrier, trigger.token):
            if token is not None:
                found[token.i] = number
    return found


def described_by(number: int, triggers: list[Trigger], events_at: dict[int, int]) -> Iterator[int]:
    """The other events in the relative clauses of a named event ("the Budapest
    Memorandum, whereby Ukraine renounced its arsenal"): they say what it was."""
    trigger = triggers[number]
    if not trigger.name:
        return
    for token in [trigger.token, *trigger.name]:
        for child in token.children:
            if child.dep_ != "relcl":
                continue
            for inner in child.subtree:
                other = events_at.get(inner.i)
                if other is not None and other != number:
                    yield other
