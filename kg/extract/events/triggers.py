"""Event triggers: a parsed ``Doc`` and its :class:`MentionLookup` in, :class:`Trigger`
records out, one per event, in text order.

A trigger is a token the trained TimeML event tagger marked
(``doc.spans["kg_event_tagger"]``, :mod:`kg.extract.event_tagger`: verbs, event
nouns such as "the invasion" or "the bailout", states), or a verb or noun whose
lemma is in the political event lexicon (``resources/events.json``: type, quad
class, headline form) or has a domain sense that holds
(``resources/event_domains.json``: "sued", "fell 3 %"; a noun there that can name
an event gives it a name: "the Deepwater Horizon spill"), so that a lexicon
event the tagger missed stays an event; in ``broad`` mode also any other
content verb or eventive noun. Each trigger gets its provisional type from
:mod:`~kg.extract.events.senses` (participants may still refuse it). Two
triggers that say one thing become one event when the first has a specific
type: a verb with an event complement
("agreed to meet", "threatened to invade") and a support verb with an event
noun ("signed the agreement", "launched an invasion", "staged a mutiny"; the
noun gives the type, the verb the participants and the clause). A noun such as
"agreement" preceded by a proper name is a *named* event ("Budapest
Memorandum", "Minsk II agreement").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import numpy
from spacy import symbols
from spacy.attrs import POS
from spacy.tokens import Doc, Token

from kg.extract.event_tagger import SPANS_KEY as TAGGER_SPANS
from kg.extract.events.lookup import MentionLookup
from kg.extract.events.senses import GENERIC, domain_of, domain_sense, event_type, political_type
from kg.extract.factuality import is_outlet, reporting_verbs
from kg.extract.syntax import children, objects_of
from kg.records import EventMention
from kg.resources import load_json

NOUNS = {"NOUN", "PROPN"}
#: the parts of speech :func:`lexicon_entry` looks up, as ``doc.to_array(POS)`` gives them
LEXICON_POS = numpy.array([symbols.VERB, symbols.NOUN, symbols.PROPN], dtype=numpy.uint64)
DEFINITE = {"the", "this", "that", "these", "those"}
NAME_LABELS = {"LAW", "EVENT"}
OCCURRENCE = {"type": GENERIC}  # the entry of a trigger the political lexicon does not know
# a participle modifying a noun names no event of its own: "a man *named* Smith"
PARTICIPLE_MODIFIERS = {"amod", "acl"}


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
    tml_class: str | None = None  # the TimeML class the tagger gave it, if it tagged it
    type: str = GENERIC  # the type the words alone give; participants may still refuse it
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
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in children(self.token)))


def lexicon_entry(token: Token, lexicon: dict, mode: str) -> tuple[dict, str] | None:
    """``(entry, "verb" or "noun")`` when ``token`` is an event trigger."""
    pos = token.pos_
    if pos != "VERB" and pos not in NOUNS:
        return None  # most tokens: no lemma to look up
    lemma = token.lemma_.lower()
    if pos == "VERB":
        if token.dep_ == "amod" and token.i < token.head.i:
            return None  # a participle before its noun says what the noun is, no deed: "*wounded* people were calling"
        entry = lexicon["verbs"].get(lemma)
        if entry is not None and entry.get("intransitive") and any(
            c.dep_ in ("dobj", "ccomp") for c in children(token)
        ):
            entry = None
        if entry is not None and _only_typed_elsewhere(token, entry):
            entry = None
        if entry is not None:
            return entry, "verb"
        sense = domain_sense(token, "verb") if token.dep_ not in PARTICIPLE_MODIFIERS else None
        if sense is not None:
            return ({**OCCURRENCE, "past": sense["past"]} if "past" in sense else OCCURRENCE), "verb"
        if mode == "broad" and lemma not in lexicon["broad"]["exclude_verbs"] and token.dep_ != "amod":
            return OCCURRENCE, "verb"
    else:
        entry = lexicon["nouns"].get(lemma) or _hyphened_entry(token, lexicon)
        if entry is not None and (pos == "NOUN" or entry.get("named")) and not _only_typed_elsewhere(token, entry):
            return entry, "noun"
        if pos == "NOUN" and domain_of(token, "noun") is not None:
            return OCCURRENCE, "noun"
        if mode == "broad" and pos == "NOUN" and lemma in lexicon["broad"]["nouns"]:
            return OCCURRENCE, "noun"
    return None


def _only_typed_elsewhere(token: Token, entry: dict) -> bool:
    """Whether ``token`` is a common word the lexicon has only in its political sense, and not in
    that sense here ("took *the village*", "ruled *out* talks", "restrictions *on the media*" are the
    lexicon's; "took a break", "restrictions on imports" are what the tagger and the domain senses make
    them)."""
    return bool(entry.get("only_typed")) and political_type(token, entry, None) is None


def _hyphened_entry(noun: Token, lexicon: dict) -> dict | None:
    """The lexicon entry of the word a hyphen splits into ``noun`` and the word before it: "a
    *cease-fire*" is the lexicon's ceasefire, an agreement, not a fire (the tokenizer splits at the
    hyphen and the parser makes "cease" a modifier of "fire")."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return lexicon["nouns"].get(doc[i - 2].lower_ + noun.lemma_.lower())


def tagged_classes(doc: Doc) -> dict[int, str]:
    """Token index → TimeML class of every event the tagger marked (none without the tagger)."""
    if TAGGER_SPANS not in doc.spans:
        return {}
    return {span.start: span.label_ for span in doc.spans[TAGGER_SPANS]}


def tagged_entry(token: Token) -> dict:
    """The entry of an event only the tagger found: a verb written as a simple past heads its
    headline with that form, right for irregular verbs too ("sought"); a participle does
    not ("has shown" is "showed")."""
    return {**OCCURRENCE, "past": token.lower_} if token.tag_ == "VBD" else OCCURRENCE


def find_triggers(doc: Doc, lexicon: dict, mode: str, lookup: MentionLookup) -> list[Trigger]:
    """Every trigger of ``doc``, with the name of each named event."""
    found = []
    tagged = tagged_classes(doc)
    # only a verb or a noun has a lexicon entry: the others need no Token unless tagged
    candidates = numpy.flatnonzero(numpy.isin(doc.to_array(POS), LEXICON_POS)).tolist()
    for token in (doc[i] for i in sorted({*candidates, *tagged})):
        if _in_capitals(token) or _in_a_works_title(token) or _done_by_an_outlet(token, lookup) or (
                token.pos_ == "PROPN" and lookup.label_at(token) == "PERSON"):
            continue  # (a word of a person's name is no event: "said Richard *Charter*")
        match = lexicon_entry(token, lexicon, mode)
        tml_class = tagged.get(token.i)
        if match is None and tml_class is None:
            continue
        if match is None:
            match = tagged_entry(token), "noun" if token.pos_ in NOUNS else "verb"
        trigger = Trigger(token, *match, tml_class=tml_class)
        trigger.type = event_type(token, trigger.kind, trigger.entry, tml_class, about=False)
        if trigger.kind == "noun" and can_be_named(trigger):
            trigger.name = name_tokens(token, lookup)
            trigger.own_mentions = lookup.mentions_in(t.i for t in trigger.name)
        found.append(trigger)
    return found


def _done_by_an_outlet(token: Token, lookup: MentionLookup) -> bool:
    """Whether ``token`` is a participle describing a noun with a news outlet for its doer
    ("Experts *interviewed* by CNN said …", "a letter *obtained* by Reuters"): how the news
    was gathered, no event of the news; the outlet is where the statement was given."""
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    for agent in children(token):
        if agent.dep_ != "agent":
            continue
        for noun in children(agent):
            number = lookup.mention_of_token.get(noun.i)
            if number is not None and is_outlet(lookup.mentions[number].text, lookup.mentions[number].label):
                return True
    return False


def _in_a_works_title(token: Token) -> bool:
    """Whether ``token`` is a capitalised word of the title of a book, show or game (spaCy's
    WORK_OF_ART: "His book *War on the War on Terror* is published", "Star Wars: Grievous
    Getaway"): the title names a work, not an event of the news. A lower-case word is left,
    since the tagger also reads some quotations as works."""
    return token.ent_type_ == "WORK_OF_ART" and token.text[:1].isupper() and not token.is_sent_start


def _in_capitals(token: Token) -> bool:
    """Whether ``token`` is a word of a caption or headline written in capitals that a sentence in
    running text takes in ("U.S. SAYS REBELS NOT ROBUST U.S. Vice Admiral Bill Gortney said …",
    "HAMAD BIN JASIM AL THANI SAYING"): it tells what the text tells again, no event of its own."""
    if not (token.is_upper and token.is_alpha and len(token) > 1):
        return False
    doc = token.doc
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    if not any(t.is_upper and any(c.isalpha() for c in t.text) for t in beside):
        return False
    return any(t.is_lower and t.is_alpha for t in token.sent)


def can_be_named(trigger: Trigger) -> bool:
    """Whether a noun can name a specific event: the political lexicon says so ("the
    Minsk agreement"), or the domain sense that types it does ("the Deepwater Horizon spill")."""
    if trigger.entry.get("named"):
        return True
    sense = domain_sense(trigger.token, "noun")
    return bool(sense and sense.get("named") and sense["domain"] == trigger.type)


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
    tokens.sort(key=lambda t: t.i)
    return [*_name_begun_before(tokens[0], lookup), *tokens]


def _name_begun_before(first: Token, lookup: MentionLookup) -> list[Token]:
    """The words of the entity the name's first word belongs to that come before it, where the
    modifiers stopped at a word no proper noun ("the *Gulf of* Mexico oil spill", "the *Three* Mile
    Island disaster"): a name cut there names another thing ("Mexico oil spill"). Its article stays out, and
    so does a date or year the entity took in ("Iran's *1979* Islamic Revolution", "the *1997* Treaty of
    Friendship"), which the timeline gives as the date; a number in words is of the name ("Three Mile Island")."""
    number = lookup.mention_of_token.get(first.i)
    start = first.i
    while number is not None and start > 0 and lookup.mention_of_token.get(start - 1) == number:
        start -= 1
    return [t for t in first.doc[start : first.i] if t.pos_ != "DET" and t.ent_type_ != "DATE" and not t.is_digit]


def merge_two_word_events(triggers: list[Trigger], lexicon: dict) -> list[Trigger]:
    """The triggers left when a verb takes in its event complement ("agreed to meet")
    and an event noun its support verb ("signed the agreement"). Only a trigger with
    a specific type takes in another: in "expected to rise 3 %" both stay, so that
    the market move keeps its type."""
    by_token = {trigger.token.i: trigger for trigger in triggers}
    support = set(lexicon["support_verbs"])
    merged: set[int] = set()
    for trigger in triggers:
        token = trigger.token
        if trigger.type == GENERIC:
            continue
        if trigger.kind == "verb":
            # a measure the verb ends or refuses is one happening with it: "vetoed *sanctions*", "lifted *the curfew*"
            merged.update(c.i for c in children(token) if c.dep_ in ("dobj", "nsubjpass") and c.i in by_token
                          and _ended_measure(c, lexicon))
            for child in children(token):
                if child.dep_ == "xcomp" and child.i in by_token and by_token[child.i].kind == "verb":
                    trigger.complement = child
                    merged.add(child.i)
                    if token.lemma_.lower() in reporting_verbs() and any(c.dep_ == "auxpass" for c in children(token)):
                        # a report in the passive only says the deed was told: "Massoud *was reported killed*"
                        # is a killing, no statement by Massoud
                        told = by_token[child.i]
                        trigger.entry, trigger.type, trigger.tml_class = told.entry, told.type, told.tml_class
                    break
        else:
            argument = _counted_by(token)
            if (argument.dep_ in ("dobj", "nsubjpass") and argument.head.pos_ == "VERB"
                    and argument.head.lemma_.lower() in support):
                trigger.carrier = argument.head
                merged.add(argument.head.i)
    return [trigger for trigger in triggers if trigger.token.i not in merged]


def _ended_measure(noun: Token, lexicon: dict) -> bool:
    """Whether ``noun`` is a measure its verb ends, eases or refuses: the lexicon's entry checks the verb it is
    the object of (``heads_not``: "vetoed sanctions", "sanctions were lifted") and refuses it here, so that no
    sanction is imposed and the verb's event (REJECT, YIELD) tells the one happening."""
    entry = lexicon["nouns"].get(noun.lemma_.lower())
    return entry is not None and "heads_not" in entry.get("requires", {}) and political_type(noun, entry, None) is None


def _counted_by(noun: Token) -> Token:
    """The quantity a noun is counted by ("imposed *a series* of sanctions"), which stands for
    it as the verb's argument, else the noun itself."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "of" and (
            preposition.head.lower_ in _quantities() or preposition.head.lemma_.lower() in _quantities()):
        return preposition.head  # "a wave of", and "waves of", bombings
    return noun


@cache
def _quantities() -> frozenset[str]:
    """Words that count what follows their "of" (``quantities`` of event_coreference.json, read once)."""
    return frozenset(load_json("event_coreference.json")["quantities"])


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
        for child in children(token):
            if child.dep_ != "relcl":
                continue
            for inner in child.subtree:
                other = events_at.get(inner.i)
                if other is not None and other != number:
                    yield other
