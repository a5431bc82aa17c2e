"""Which entity mention a token stands for: a parsed ``Doc`` with ``doc._.kg_mentions``
in, a :class:`MentionLookup` out that the trigger, participant and dating steps share.

Mentions are matched by character span, so a mention added upstream (a pronoun
resolved to a name) counts like a name. A participant token stands for the
mention that covers it, else for a mention among its modifiers ("Russian
troops", "the Kremlin's envoy") or its body's ("the Gaddafi regime's forces"), else
for the object of its "of" phrase ("the leaders of France"; not of a noun of an event that is a
subject, "the overthrow of Ben Ali inspired"); a description in apposition stands for the name it describes
("Younes, *Gaddafi's former minister*"), and so does a party or nationality word heading one
("Waxman, a House *Democrat*"); a town or region in a subject's phrase only says where its people are
("a resident *of Damascus* told"); a relative pronoun stands for the noun its
clause modifies, unless the parser hung it on a place inside another noun's phrase.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.syntax import children, objects_of
from kg.records import Mention
from kg.resources import load_json

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MODIFIER_DEPS = ("appos", "poss", "compound", "amod", "nmod")
OTHERS_MODIFIER_DEPS = tuple(dep for dep in MODIFIER_DEPS if dep != "poss")  # of associate_nouns: "their allies"


def names_for(noun: Token, preposition: Token) -> bool:
    """Whether the object of ``preposition`` is whom the common noun ``noun`` stands for: its "of"
    ("the leaders *of* France"), or the "from" of people ("officials *from* the Libyan National
    Council": people of a body act for it too)."""
    return preposition.dep_ == "prep" and (
        preposition.lower_ == "of" or preposition.lower_ == "from" and noun.lower_ in acting_nouns())


@dataclass
class MentionLookup:
    """The document's entity mentions, indexed by the tokens they cover."""

    mentions: list[Mention]
    mention_of_token: dict[int, int]  # token index → mention index
    triggers: set[int] = field(default_factory=set)  # event tokens: never stand for a participant
    tagged: dict[int, str] = field(default_factory=dict)  # token → TimeML class the event tagger gave, kept as events or not
    named: set[int] = field(default_factory=set)  # mentions that name an agreement or event
    # what :meth:`mention_for` answered, by token index: it is asked again of the same tokens (a
    # participant of several events, a speaker); ``triggers`` and ``tagged`` are set before it is first asked
    answers: dict[int, int | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, doc: Doc) -> MentionLookup:
        mentions = doc._.kg_mentions or []
        mention_of_token: dict[int, int] = {}
        for number, mention in enumerate(mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                # a shorter mention inside a longer one (a pronoun inside a name) wins
                current = mention_of_token.get(token.i)
                if current is None or (mention.end - mention.start) < (
                    mentions[current].end - mentions[current].start
                ):
                    mention_of_token[token.i] = number
        return cls(mentions, mention_of_token)

    def _misattached(self, pronoun: Token, name: Token) -> bool:
        """Whether the parser hung a relative clause on a place the clause cannot describe:
        "a Mexican from Shanghai, *who* stayed in the hotel" (a city is no "who"), "a KLM
        aircraft to Istanbul *that* was carrying 163 passengers" (a name takes no restrictive
        "that"). "Misrata, which has been besieged" keeps the place, and "Britain, who" the country.
        Nor on one person a clause whose verb is plural: "warplanes to Libyan leader Muammar Gaddafi
        *that were flown* to Malta"."""
        number = self.mention_of_token.get(name.i)
        if number is not None and self.mentions[number].label == "PERSON" and name.tag_ == "NNP" and (
                _plural_verb(pronoun.head)):
            return True
        if number is None or self.mentions[number].label not in PLACE_LABELS:
            return False
        if pronoun.tag_ == "WP":
            return self.mentions[number].country_code is None
        return pronoun.lower_ == "that" and pronoun.i == name.i + 1

    def label_at(self, token: Token) -> str | None:
        """The label of the mention covering ``token`` itself, if any."""
        number = self.mention_of_token.get(token.i)
        return None if number is None else self.mentions[number].label

    def mentions_in(self, token_indices: Iterable[int]) -> set[int]:
        """The mentions covering any of these tokens."""
        return {self.mention_of_token[i] for i in token_indices if i in self.mention_of_token}

    def _only_where(self, noun: Token, owner: int) -> bool:
        """Whether the mention ``owner`` in the phrase of the subject ``noun`` only says where the noun's
        people or things are: a town, region or site does not speak or act through "a resident of
        Damascus" or "the Doha meeting"; a country does ("the people of Libya"), a body through those who act for it
        ("Tripoli officials"), and a noun of a place is the place ("the city of Homs": :func:`place_nouns`).
        A common noun only: "Elizabeth Birnbaum", a name the tagger took for a town, is still the person."""
        mention = self.mentions[owner]
        return (noun.pos_ == "NOUN" and mention.label in PLACE_LABELS and mention.country_code is None
                and noun.lower_ not in acting_nouns() and noun.lower_ not in place_nouns())

    def mention_for(self, token: Token) -> int | None:
        """The entity mention a participant token stands for, if any."""
        if token.i not in self.answers:
            self.answers[token.i] = self._mention_for(token)
        return self.answers[token.i]

    def _mention_for(self, token: Token) -> int | None:
        """:meth:`mention_for`, worked out."""
        subject = token.dep_ == "nsubj"  # of the relative pronoun's clause too: "a resident of Homs *who* fled"
        if token.tag_ in RELATIVE_TAGS:
            clause = token
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl":
                if self._misattached(token, clause.head):
                    return None
                if token.i in self.mention_of_token:
                    return self.mention_of_token[token.i]  # the pronoun itself, resolved: "Qatar Airways, *which* ordered"
                token = clause.head
        if token.i in self.mention_of_token:
            index = self.mention_of_token[token.i]
            # "Henry Waxman, a House Democrat who is overseeing …": a nationality or party word heading
            # an apposition describes the person it follows, who does what its relative clause says
            if token.dep_ == "appos" and self.mentions[index].label == "NORP" and token.head.i in self.mention_of_token:
                return self.mention_of_token[token.head.i]
            return index
        if token.dep_ == "appos" and token.head.i in self.mention_of_token:
            return self.mention_of_token[token.head.i]  # "Younes, Gaddafi's former minister, who defected"
        if token.lower_ in _named_by_their_of():
            # "the Gulf *state* of Qatar", "the island *kingdom* of Bahrain": the place its "of" names is
            # the noun itself, before any modifier that only says where it lies (not "the Sadr City
            # *district* of Baghdad", named by its modifier)
            for child in children(token):
                if child.dep_ == "prep" and child.lower_ == "of":
                    named = next((o.i for o in objects_of(child) if o.i in self.mention_of_token), None)
                    if named is not None:
                        return self.mention_of_token[named]
        deps = [(child.dep_, child.i) for child in children(token)]  # read once, searched by dependency in turn
        # "a *former* minister of Gaddafi", "*former* Gaddafi officials": no longer people acting for the
        # name, though an apposition still names who they are ("the former minister, Moussa Koussa")
        former = any(child_dep == "amod" and token.doc[child].lower_ in _former_words() for child_dep, child in deps)
        # the possessor of others on one's side is not them: "met *their* U.S. counterparts" are the United States'
        for dep in ("appos",) if former else OTHERS_MODIFIER_DEPS if token.lower_ in associate_nouns() else MODIFIER_DEPS:
            for child_dep, child in deps:
                if child_dep == dep and child in self.mention_of_token and not (
                        # a possessive says whose, not where: "Florida's state meteorologist said" speaks for the state
                        subject and dep not in ("appos", "poss") and self._only_where(token, self.mention_of_token[child])
                        ) and not self.hyphened(token.doc[child]):
                    return self.mention_of_token[child]
        if former:
            return None
        if token.lower_ in acting_nouns():
            # "the Gaddafi *regime's* forces": people of a body, itself named by its modifier
            for child_dep, child in deps:
                body = token.doc[child]
                if child_dep in ("poss", "compound") and body.lower_ in acting_nouns():
                    for inner in children(body):
                        if inner.dep_ in MODIFIER_DEPS and inner.i in self.mention_of_token:
                            return self.mention_of_token[inner.i]
        # "the leaders of France" — not "the parent company of Airbus", "the maker of the iPhone": a body of its own;
        # nor "the overthrow of Ben Ali *inspired* …": what was done to the name did it, not people acting for it
        # (what is done to an event, "demanding the overthrow of Assad", is still aimed at whom it names)
        if token.pos_ == "NOUN" and token.i not in self.triggers and token.lower_ not in _body_nouns() and (
                token.lower_ in acting_nouns() or token.dep_ != "nsubj" or not self.names_an_event(token)):
            for child in children(token):
                if names_for(token, child):
                    for pobj in objects_of(child):
                        if pobj.i in self.mention_of_token and not (
                                subject and self._only_where(token, self.mention_of_token[pobj.i])):
                            return self.mention_of_token[pobj.i]
        return None


    def hyphened(self, token: Token) -> bool:
        """Whether the name ``token`` is part of is joined by a hyphen to the lower-case word after
        it, which it modifies, not the noun after that: "*al Qaeda*-inspired groups", "*Saudi*-backed
        rebels", "a *London*-based group" — inspired, backed or based there, not acting for it (the
        parser makes a one-word name the modifier of that word, but hangs the first word of a longer
        name on the noun)."""
        number = self.mention_of_token.get(token.i)
        if number is None:
            return False
        end = token.i
        while end + 1 < len(token.doc) and self.mention_of_token.get(end + 1) == number:
            end += 1
        doc = token.doc
        return (end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_
                and not doc[end + 1].whitespace_ and doc[end + 2].is_lower)

    def names_an_event(self, noun: Token) -> bool:
        """Whether the common noun ``noun`` names an event: a trigger, a word the tagger marked, or a
        noun of the event lexicons (:func:`eventive_nouns`)."""
        return noun.pos_ == "NOUN" and (noun.i in self.triggers or noun.i in self.tagged
                                        or noun.lemma_.lower() in eventive_nouns())


def _plural_verb(verb: Token) -> bool:
    """Whether a verb's own finite word is plural: "that *were* flown", "who *have* left"."""
    return any(t.lower_ in ("were", "are") or t.tag_ == "VBP" for t in (verb, *(
        c for c in children(verb) if c.dep_ in ("aux", "auxpass"))))


@cache
def eventive_nouns() -> frozenset[str]:
    """Nouns of events (``events.json`` nouns, its broad list and the nouns of what is done to
    someone, ``event_domains.json`` nouns): what such a noun names happens, it is no thing that
    takes part and no people acting for a body ("the *overthrow* of Ben Ali")."""
    events, domains = load_json("events.json"), load_json("event_domains.json")
    return frozenset({*events["nouns"], *events["broad"]["nouns"], *events["undergone_nouns"]["nouns"], *domains["nouns"]})


@cache
def associate_nouns() -> frozenset[str]:
    """Nouns of others on someone's side, whose possessor is not them (``associate_nouns`` of
    ``entities/actors.json``): "its allies", "Yemen's neighbors"."""
    return frozenset(load_json("entities/actors.json")["associate_nouns"]["nouns"])


@cache
def acting_nouns() -> frozenset[str]:
    """Nouns of a body or of people who act for one, whose name modifier takes part: "Gaddafi
    *forces*", "BP *executives*", "the Gaddafi *regime's* forces" (``actor_nouns`` and
    ``member_nouns`` of ``entities/actors.json``)."""
    actors = load_json("entities/actors.json")
    return frozenset({*actors["actor_nouns"], *actors["member_nouns"]["nouns"]})


@cache
def _former_words() -> frozenset[str]:
    """Words of people who no longer hold their post ("a *former* minister": ``former_words`` of ``entities/actors.json``)."""
    return frozenset(load_json("entities/actors.json")["former_words"]["words"])


@cache
def place_nouns() -> frozenset[str]:
    """Nouns that name a place itself ("the *city* of Homs": ``place_nouns`` of ``entities/actors.json``)."""
    return frozenset(load_json("entities/actors.json")["place_nouns"]["words"])


@cache
def _named_by_their_of() -> frozenset[str]:
    """Nouns of a place that their "of" phrase names ("the Gulf *state* of Qatar": ``of_names_it``
    of ``place_nouns`` in ``entities/actors.json``)."""
    return frozenset(load_json("entities/actors.json")["place_nouns"]["of_names_it"])


@cache
def _body_nouns() -> frozenset[str]:
    """Nouns that name a body of their own, as a description of it stands for it ("the
    company", "the airline"; ``nominals`` of ``entities/actors.json``): "the parent *company*
    of Airbus" is another company than Airbus."""
    return frozenset(load_json("entities/actors.json")["nominals"])
