"""Headline predicates: a :class:`Trigger` and its participants in, the past-tense verb
phrase a timeline title is made of out ("invaded", "agreed to meet", "held talks
with", "presented treaties").

A verb gives its past tense, with its event complement ("agreed to meet") and
the preposition of a recipient that is no direct object ("talked with"). A noun
gives the headline form of its lexicon entry ("invasion" → "invaded"), or,
when a participle names its actor ("the treaties presented by Russia"), the
participle and the noun.

:func:`complement` gives the words a title puts after the predicate, rendered from
the parse: the object phrase as written where it is no entity ("agreed to set up a
$20bn compensation fund"), the clause a statement reports when it holds no event
of its own, and the place ("at the White House") — bounded, cut between phrases.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.events.lookup import MentionLookup
from kg.extract.events.participants import Participants, direct_objects
from kg.extract.events.triggers import Trigger
from kg.extract.syntax import objects_of


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
    predicate = past_tense(verb.lemma_.lower(), trigger.entry) + _particle(verb)
    if trigger.complement is not None:
        predicate += " to " + trigger.complement.lemma_.lower() + _particle(trigger.complement)
    if participants.recipient_preposition:
        objects = direct_objects(verb, lookup)
        if not any(p.role == "recipient" and p.mention in objects for p in participants.found):
            predicate += " " + participants.recipient_preposition
    return predicate


def _particle(verb: Token) -> str:
    """A phrasal verb's particle: "set *up*", "pulled *out*"."""
    return "".join(" " + child.lower_ for child in verb.children if child.dep_ == "prt")


def _noun_headline(trigger: Trigger, participants: Participants) -> str:
    if participants.participle is None or trigger.name:
        return trigger.entry.get("headline", "")
    predicate = f"{participants.participle.lower_} {trigger.token.lower_}"
    if participants.recipient_preposition:
        predicate += " " + participants.recipient_preposition
    return predicate


#: a title's complement has at most this many words; longer phrases lose their modifiers, then the phrase
COMPLEMENT_WORDS = 8
#: dependents a title never carries: clauses and asides inside an argument
ASIDES = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "mark", "npadvmod", "dep", "meta", "advmod", "neg"})
#: dependents dropped, after the asides, when a phrase is still too long
DETAILS = frozenset({"prep", "ccomp", "xcomp", "conj", "cc", "amod"})
#: punctuation a title keeps inside a phrase
KEPT_PUNCT = frozenset({",", "-", "$", "%", "'", "'s"})
#: personal and relative pronouns: a title cannot say whom they stand for
UNRESOLVED_TAGS = frozenset({"PRP", "WDT", "WP"})
BRACKETS = {"-LRB-": "(", "-RRB-": ")"}


def complement(trigger: Trigger, participants: Participants, lookup: MentionLookup) -> str:
    """What a title says after the predicate and its recipients, as written: the object
    when it is no entity of its own ("agreed to set up *a $20bn compensation fund*"),
    what a statement that reports no event said ("said *the well was capped*"), and
    where it happened ("met BP executives *at the White House*"). At most
    :data:`COMPLEMENT_WORDS` words, cut between phrases, never inside one."""
    if trigger.kind != "verb":
        return ""
    verb = trigger.complement or trigger.token
    named = {p.mention for p in participants.found if p.role in ("actor", "recipient")}
    chunks = []
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and not participants.recipient_preposition:
            if child.i not in lookup.mention_of_token and not _names_any(child, named, lookup):
                chunks.append(render(child, COMPLEMENT_WORDS))
        elif child.dep_ == "ccomp" and trigger.entry["type"] == "STATEMENT" or (
                child.dep_ == "xcomp" and trigger.complement is None):
            chunks.append(render(child, COMPLEMENT_WORDS))  # "said the well was capped", "agreed to pay"
        elif child.dep_ == "prep":
            places = [p for p in objects_of(child) if _has_role(p, "location", participants, lookup)]
            if places:
                chunks.append(render(child, COMPLEMENT_WORDS))
    words: list[str] = []
    for chunk in chunks:
        if chunk and len(words) + len(chunk.split()) <= COMPLEMENT_WORDS:
            words.extend(chunk.split())
    return " ".join(words)


def _names_any(phrase: Token, mentions: set[int], lookup: MentionLookup) -> bool:
    return any(lookup.mention_of_token.get(token.i) in mentions for token in phrase.subtree)


def _has_role(token: Token, role: str, participants: Participants, lookup: MentionLookup) -> bool:
    index = lookup.mention_for(token)
    return any(p.mention == index and p.role == role for p in participants.found)


def render(head: Token, budget: int) -> str:
    """The phrase headed by ``head`` as a title writes it: without asides, and without
    details too when it is longer than ``budget`` words; empty when still too long or
    when it holds a personal or relative pronoun, which a title cannot resolve."""
    for dropped in (ASIDES, ASIDES | DETAILS):
        tokens = _kept(head, dropped)
        if any(t.tag_ in UNRESOLVED_TAGS for t in tokens):
            return ""
        text = _join(tokens)
        if len(text.split()) <= budget:
            return text
    return ""


def _kept(head: Token, dropped: frozenset[str]) -> list[Token]:
    kept = [head]
    for child in head.children:
        if child.dep_ in dropped or child.is_punct and child.text not in KEPT_PUNCT:
            continue
        kept.extend(_kept(child, dropped))
    kept.sort(key=lambda t: t.i)
    if len(kept) > 1 and kept[0].lower_ == "that" and kept[0].head.pos_ in ("VERB", "AUX"):
        kept.pop(0)  # the complementiser, whatever the parser attached it as
    while kept and kept[-1].is_punct:
        kept.pop()
    while kept and kept[0].is_punct and kept[0].text != "$":
        kept.pop(0)
    return kept


def _join(tokens: list[Token]) -> str:
    """Tokens as running text, also from pre-tokenised input ("BP 's" → "BP's")."""
    text = ""
    for number, token in enumerate(tokens):
        word = BRACKETS.get(token.text, token.text)
        glued = word.startswith("'") or word in (",", "%", "n't", "-", ")") or text.endswith(("$", "-", "("))
        text += word if number == 0 or glued else " " + word
    return text
