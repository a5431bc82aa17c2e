"""Participants: a :class:`Trigger` and the document's :class:`MentionLookup` in, the
event's :class:`Participant` records (entity mention and role) out.

They come from the dependency parse, mapped onto entity mentions: subject →
actor, object and passive subject → recipient, passive agent → actor,
prepositional objects by preposition ("talks with", "aid to", "invasion of",
"by"), with coordination, appositions, modifiers ("Russian troops"), relative
clauses ("Crimea, which Russia annexed"), participles ("the mutiny led by
Prigozhin") and controlled subjects ("Putin's decision to invade"). The events of
a relative clause describing a named agreement ("…, whereby Ukraine renounced …")
lend it their participants.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.events.lookup import RELATIVE_TAGS, MentionLookup
from kg.extract.events.triggers import NAME_LABELS, Trigger, described_by
from kg.extract.syntax import VERBAL, first_child, is_infinitive, objects_of, subject
from kg.records import Participant


class Participants:
    """The participants of one event as they are found, each mention once."""

    def __init__(self, lookup: MentionLookup, exclude: set[int]):
        self.lookup = lookup
        self.exclude = exclude  # tokens of the event's own name
        self.found: list[Participant] = []
        self.seen: set[int] = lookup.mentions_in(exclude)
        self.seen |= lookup.named  # named agreements and events are what events are about
        self.recipient_preposition: str | None = None
        self.participle: Token | None = None  # the participle that names a noun's actor

    def add(self, token: Token, role: str) -> None:
        for member in [token, *token.conjuncts]:
            if member.i in self.exclude:
                continue
            index = self.lookup.mention_for(member)
            if index is not None and self.lookup.mentions[index].label in NAME_LABELS:
                continue  # a treaty or a war is what an event is about, not who takes part
            if index is not None and index not in self.seen:
                self.seen.add(index)
                self.found.append(Participant(index, role))

    def has(self, role: str) -> bool:
        return any(p.role == role for p in self.found)


def link_participants(trigger: Trigger, lookup: MentionLookup, lexicon: dict) -> Participants:
    """The participants of the event ``trigger`` says."""
    if trigger.kind == "verb":
        out = Participants(lookup, set())
        verb_participants(trigger.token, out, lexicon)
        if trigger.complement is not None:
            verb_participants(trigger.complement, out, lexicon)
    else:
        out = Participants(lookup, {trigger.token.i, *(t.i for t in trigger.name)})
        noun_participants(trigger, out, lexicon)
    return out


def _prepositional(token: Token, table: dict[str, str], out: Participants) -> None:
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in table:
            role = "actor" if child.dep_ == "agent" else table[child.lower_]
            for pobj in objects_of(child):
                before = len(out.found)
                out.add(pobj, role)
                if role == "recipient" and len(out.found) > before and out.recipient_preposition is None:
                    out.recipient_preposition = child.lower_


def verb_participants(verb: Token, out: Participants, lexicon: dict) -> None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            out.add(child, "actor")
        elif child.dep_ == "nsubjpass" or child.dep_ in ("dobj", "dative"):
            out.add(child, "recipient")
    _prepositional(verb, lexicon["prepositions"]["verb"], out)
    if not out.has("actor") and first_child(verb, ("nsubj", "nsubjpass", "csubj")) is None:
        _subject_elsewhere(verb, out)


def _subject_elsewhere(verb: Token, out: Participants) -> None:
    """A verb without a subject of its own takes it from the clause around it:
    control, coordination, relative clauses, participles."""
    head, link = verb.head, verb.dep_
    if link == "xcomp" and head.i != verb.i:
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            out.add(objects[0], "actor")
        elif (doer := subject(head)) is not None:
            out.add(doer, "actor")
    elif link in ("conj", "advcl") and head.pos_ in VERBAL:
        if (doer := subject(head)) is not None:
            out.add(doer, "actor")
    elif link == "relcl" and is_infinitive(verb):
        _add_possessor(head, out)  # "Putin's call to negotiate"
    elif link == "relcl":
        pronoun = any(c.tag_ in RELATIVE_TAGS for c in verb.subtree)
        if not pronoun:
            out.add(head, "recipient")
    elif link == "acl":
        if verb.tag_ == "VBN":
            out.add(head, "recipient")
        elif verb.tag_ == "VBG":
            out.add(head, "actor")
        else:
            _add_possessor(head, out)


def _add_possessor(noun: Token, out: Participants) -> None:
    for child in noun.children:
        if child.dep_ == "poss":
            out.add(child, "actor")


def binder(pronoun: Token, lookup: MentionLookup, lexicon: dict) -> Token | None:
    """The subject of the clause a possessive pronoun sits in, when its entity type
    agrees ("Putin offered defenses of his invasion", "During his interview …,
    Putin said"); used only where no entity mention covers the pronoun."""
    labels = lexicon["possessive_pronouns"].get(pronoun.lower_)
    if not labels:
        return None
    for ancestor in pronoun.ancestors:
        if ancestor.pos_ not in VERBAL:
            continue
        doer = subject(ancestor)
        if doer is None:
            continue
        index = lookup.mention_for(doer)
        if index is not None and lookup.mentions[index].label in labels:
            return doer
        return None
    return None


def noun_participants(trigger: Trigger, out: Participants, lexicon: dict) -> None:
    noun = trigger.token
    table = lexicon["prepositions"]["noun"]
    if "of" in trigger.entry:
        table = {**table, "of": trigger.entry["of"]}
    possessed = any(c.dep_ == "poss" for c in noun.children)
    for token in [noun, *trigger.name]:
        for child in token.children:
            if child.i in out.exclude:
                continue
            if child.dep_ == "poss":
                if child.i not in out.lookup.mention_of_token and child.pos_ == "PRON":
                    child = binder(child, out.lookup, lexicon) or child
                out.add(child, "actor")
            elif child.dep_ in ("compound", "amod", "nmod"):
                # "Russian invasion": the doer; "his Kremlin interview": only where
                out.add(child, "participant" if possessed else "actor")
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                before = out.has("actor")
                _prepositional(child, lexicon["prepositions"]["verb"], out)
                if out.has("actor") and not before and token.i == noun.i:
                    out.participle = child  # "the treaties presented by Russia"
        _prepositional(token, table, out)
    if trigger.carrier is not None:
        verb_participants(trigger.carrier, out, lexicon)


def lend_participants(triggers: list[Trigger], events_at: dict[int, int]) -> None:
    """A named agreement's relative clause ("…, whereby Ukraine renounced its
    arsenal in return for a pledge by Russia") names its parties."""
    for number, trigger in enumerate(triggers):
        event = trigger.event
        seen = {p.mention for p in event.participants} | trigger.own_mentions
        for other in described_by(number, triggers, events_at):
            for participant in triggers[other].event.participants:
                if participant.role != "recipient" and participant.mention not in seen:
                    seen.add(participant.mention)
                    event.participants.append(Participant(participant.mention, "participant"))


def direct_objects(verb: Token, lookup: MentionLookup) -> set[int]:
    """The mentions ``verb`` takes as its direct object or passive subject."""
    found = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            for member in [child, *child.conjuncts]:
                index = lookup.mention_for(member)
                if index is not None:
                    found.add(index)
    return found
