"""Headline predicates: a :class:`Trigger` and its participants in, the past-tense verb
phrase a timeline title is made of out ("invaded", "agreed to meet", "held talks
with", "presented treaties").

A verb gives its past tense, with its event complement ("agreed to meet") and
the preposition of a recipient that is no direct object ("talked with"). A noun
gives the headline form of its lexicon entry ("invasion" → "invaded"), or,
when a participle names its actor ("the treaties presented by Russia"), the
participle and the noun.
"""
from __future__ import annotations

import re

from kg.extract.events.lookup import MentionLookup
from kg.extract.events.participants import Participants, direct_objects
from kg.extract.events.triggers import Trigger


def past_tense(lemma: str, entry: dict | None = None) -> str:
    """The headline form of a verb.

    >>> past_tense("invade"), past_tense("sign"), past_tense("deny", {"past": "denied"})
    ('invaded', 'signed', 'denied')
    """
    if entry and entry.get("past"):
        return entry["past"]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def headline(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> str:
    """The predicate of the event ``trigger`` says, for a timeline title."""
    if trigger.kind == "verb":
        return _verb_headline(trigger, participants, lookup)
    return _noun_headline(trigger, participants)


def _verb_headline(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> str:
    verb = trigger.token
    predicate = past_tense(verb.lemma_.lower(), trigger.entry)
    if trigger.complement is not None:
        predicate += " to " + trigger.complement.lemma_.lower()
    if participants.recipient_preposition:
        objects = direct_objects(verb, lookup)
        if not any(p.role == "recipient" and p.mention in objects for p in participants.found):
            predicate += " " + participants.recipient_preposition
    return predicate


def _noun_headline(trigger: Trigger, participants: Participants) -> str:
    if participants.participle is None or trigger.name:
        return trigger.entry.get("headline", "")
    predicate = f"{participants.participle.lower_} {trigger.token.lower_}"
    if participants.recipient_preposition:
        predicate += " " + participants.recipient_preposition
    return predicate
