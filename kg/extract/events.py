"""Events: a parsed ``Doc`` with mentions and timexes in, ``doc._.kg_events`` out.

One pass over the tokens finds the triggers: verbs and nouns whose lemma is in
the event lexicon (``resources/events.json``: type, quad class, headline form).
Two triggers that say one thing become one event: a verb with an event
complement ("agreed to meet", "threatened to invade") and a support verb with
an event noun ("signed the agreement", "launched an invasion", "staged a
mutiny"; the noun gives the type, the verb the participants and the clause).

Participants come from the dependency parse, mapped onto entity mentions by
character span: subject → actor, object and passive subject → recipient, passive
agent → actor, prepositional objects by preposition ("talks with", "aid to",
"invasion of", "by"), with coordination, appositions, modifiers ("Russian
troops"), relative clauses ("Crimea, which Russia annexed"), participles ("the
mutiny led by Prigozhin") and controlled subjects ("Putin's decision to invade").
A noun such as "agreement" preceded by a proper name is a *named* event
(``EventMention.name``: "Budapest Memorandum", "Minsk II agreement"); the
events of a relative clause describing it ("whereby Ukraine renounced …")
lend it their participants.

Dates: a DATE expression attached below the trigger in the parse (same clause),
else the nearest one in the same sentence that no other event took, else —
for past-tense verbs in a sentence without a time of its own ("three years
later") — the last DATE of the sentence before, in the same paragraph
(``date_anchor="narrative"``). Durations, sets and unresolved dates never
date an event. Factuality: :mod:`kg.extract.factuality`.

``mode="broad"`` (evaluation only) also takes every other content verb and
eventive noun as an event of type ``OCCURRENCE``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.factuality import clause_factuality, noun_factuality
from kg.extract.sentences import sentence_of_token
from kg.records import FACTUAL, EventMention, Participant, Timex
from kg.resources import load_json
from kg.vocabulary import YEAR

NOUNS = {"NOUN", "PROPN"}
DEFINITE = {"the", "this", "that", "these", "those"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}
MODIFIER_DEPS = ("appos", "poss", "compound", "amod", "nmod")
NAME_LABELS = {"LAW", "EVENT"}
OCCURRENCE = {"type": "OCCURRENCE"}


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


def _entry(token: Token, lexicon: dict, mode: str) -> tuple[dict, str] | None:
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


class _Doc:
    """Per-document lookups shared by the participant rules."""

    def __init__(self, doc: Doc, lexicon: dict):
        self.doc = doc
        self.lexicon = lexicon
        self.mentions = doc._.kg_mentions or []
        self.named: set[int] = set()  # mentions that name an agreement or event
        self.triggers: set[int] = set()  # event tokens: never stand for a participant
        self.mention_of_token: dict[int, int] = {}
        for number, mention in enumerate(self.mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                # a shorter mention inside a longer one (a pronoun inside a name) wins
                current = self.mention_of_token.get(token.i)
                if current is None or (mention.end - mention.start) < (
                    self.mentions[current].end - self.mentions[current].start
                ):
                    self.mention_of_token[token.i] = number

    def mention_for(self, token: Token) -> int | None:
        """The entity mention a participant token stands for, if any."""
        if token.tag_ in RELATIVE_TAGS:
            clause = token
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl":
                token = clause.head
        if token.i in self.mention_of_token:
            return self.mention_of_token[token.i]
        for dep in MODIFIER_DEPS:
            for child in token.children:
                if child.dep_ == dep and child.i in self.mention_of_token:
                    return self.mention_of_token[child.i]
        if token.pos_ == "NOUN" and token.i not in self.triggers:  # "the leaders of France"
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.i in self.mention_of_token:
                            return self.mention_of_token[pobj.i]
        return None


class _Participants:
    def __init__(self, lookup: _Doc, exclude: set[int]):
        self.lookup = lookup
        self.exclude = exclude  # tokens of the event's own name
        self.found: list[Participant] = []
        self.seen: set[int] = {lookup.mention_of_token[t] for t in exclude if t in lookup.mention_of_token}
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


def _prepositional(token: Token, table: dict[str, str], out: _Participants) -> None:
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in table:
            role = "actor" if child.dep_ == "agent" else table[child.lower_]
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    before = len(out.found)
                    out.add(pobj, role)
                    if role == "recipient" and len(out.found) > before and out.recipient_preposition is None:
                        out.recipient_preposition = child.lower_


def _subject(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, or its passive agent."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _verb_participants(verb: Token, out: _Participants, lexicon: dict) -> None:
    table = lexicon["prepositions"]["verb"]
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            out.add(child, "actor")
        elif child.dep_ == "nsubjpass" or child.dep_ in ("dobj", "dative"):
            out.add(child, "recipient")
    _prepositional(verb, table, out)
    if out.has("actor") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return
    # the subject is elsewhere: control, coordination, relative clauses, participles
    head, link = verb.head, verb.dep_
    if link == "xcomp" and head.i != verb.i:
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            out.add(objects[0], "actor")
        elif (subject := _subject(head)) is not None:
            out.add(subject, "actor")
    elif link in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        if (subject := _subject(head)) is not None:
            out.add(subject, "actor")
    elif link == "relcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        for child in head.children:  # "Putin's call to negotiate"
            if child.dep_ == "poss":
                out.add(child, "actor")
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
            for child in head.children:
                if child.dep_ == "poss":
                    out.add(child, "actor")


def _binder(pronoun: Token, lookup: _Doc, lexicon: dict) -> Token | None:
    """The subject of the clause a possessive pronoun sits in, when its entity type
    agrees ("Putin offered defenses of his invasion", "During his interview …,
    Putin said"); used only where no entity mention covers the pronoun."""
    labels = lexicon["possessive_pronouns"].get(pronoun.lower_)
    if not labels:
        return None
    for ancestor in pronoun.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(ancestor)
        if subject is None:
            continue
        index = lookup.mention_for(subject)
        if index is not None and lookup.mentions[index].label in labels:
            return subject
        return None
    return None


def _direct_objects(verb: Token, lookup: _Doc) -> set[int]:
    found = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            for member in [child, *child.conjuncts]:
                index = lookup.mention_for(member)
                if index is not None:
                    found.add(index)
    return found


def _name_tokens(noun: Token, lookup: _Doc) -> list[Token]:
    """The tokens naming a specific agreement or event ("Budapest Memorandum on
    Security Assurances", "Minsk II agreement"); empty when the noun is generic."""
    in_name = noun.i in lookup.mention_of_token and \
        lookup.mentions[lookup.mention_of_token[noun.i]].label in NAME_LABELS
    tokens = [noun]

    def left(token: Token) -> None:
        for child in token.lefts:
            if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN":
                tokens.append(child)
                left(child)

    left(noun)
    if noun.pos_ == "PROPN" or in_name or len(tokens) > 1:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "on"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        tokens.extend([child, pobj, *pobj.conjuncts])
                        for member in [pobj, *pobj.conjuncts]:
                            left(member)
    # a capitalised noun alone ("the War in Ukraine" in a headline) is no name
    if len(tokens) == 1 and not in_name:
        return []
    return sorted(tokens, key=lambda t: t.i)


def _noun_participants(noun: Token, name: list[Token], carrier: Token | None, out: _Participants,
                       lexicon: dict, entry: dict) -> None:
    table = lexicon["prepositions"]["noun"]
    if "of" in entry:
        table = {**table, "of": entry["of"]}
    possessed = any(c.dep_ == "poss" for c in noun.children)
    for token in [noun, *name]:
        for child in token.children:
            if child.i in out.exclude:
                continue
            if child.dep_ == "poss":
                if child.i not in out.lookup.mention_of_token and child.pos_ == "PRON":
                    child = _binder(child, out.lookup, lexicon) or child
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
    if carrier is not None:
        _verb_participants(carrier, out, lexicon)


def _timex_tokens(doc: Doc, timexes: list[Timex]) -> list[Token | None]:
    roots = []
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        roots.append(span.root if span is not None and len(span) else None)
    return roots


def _usable(timex: Timex) -> bool:
    return timex.type == "DATE" and timex.start_date is not None and timex.anchor != "unresolved"


def _year_timexes(doc: Doc, name: list[Token], noun: Token, timexes: list[Timex], sentence: int) -> int | None:
    """A year written into an event's name ("the 1994 Budapest Memorandum") that no
    timex covers: added to the document's timexes, its index returned."""
    for child in [*noun.children, *(c for t in name for c in t.children)]:
        if child.dep_ in ("nummod", "compound", "amod") and YEAR.match(child.text):
            start, end = child.idx, child.idx + len(child.text)
            for number, timex in enumerate(timexes):
                if timex.start <= start and end <= timex.end:
                    return number if _usable(timex) else None
            year = child.text
            timexes.append(Timex(start, end, year, "DATE", year, "absolute", "year", sentence,
                                 f"{year}-01-01", f"{year}-12-31"))
            return len(timexes) - 1
    return None


class EventExtractor:
    """The ``kg_events`` pipeline component."""

    def __init__(self, mode: str = "lexicon"):
        if mode not in ("lexicon", "broad"):
            raise ValueError(f"unknown event detection mode {mode!r}")
        self.mode = mode

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_events = extract_events(doc, self.mode)
        return doc


@Language.factory("kg_events", default_config={"mode": "lexicon"})
def make_events_component(nlp: Language, name: str, mode: str) -> EventExtractor:
    return EventExtractor(mode)


def extract_events(doc: Doc, mode: str = "lexicon") -> list[EventMention]:
    lexicon = load_json("events.json")
    types = lexicon["types"]
    support = set(lexicon["support_verbs"])
    lookup = _Doc(doc, lexicon)
    text = doc.text  # built anew on every access: take it once
    sentences = sentence_of_token(doc)
    if doc._.kg_timexes is None:
        doc._.kg_timexes = []
    timexes: list[Timex] = doc._.kg_timexes

    triggers: dict[int, tuple[dict, str]] = {}
    name_of: dict[int, list[Token]] = {}
    for token in doc:
        found = _entry(token, lexicon, mode)
        if found is not None:
            triggers[token.i] = found
            lookup.triggers.add(token.i)
            if found[1] == "noun" and found[0].get("named"):
                name_of[token.i] = _name_tokens(token, lookup)
                lookup.named |= {lookup.mention_of_token[t.i] for t in name_of[token.i]
                                 if t.i in lookup.mention_of_token}

    # merge what is one event said with two words
    suppressed: set[int] = set()
    complement: dict[int, Token] = {}  # matrix verb → its event complement
    carrier: dict[int, Token] = {}  # noun → the support verb carrying it
    for i, (entry, kind) in triggers.items():
        token = doc[i]
        if kind == "verb":
            for child in token.children:
                if child.dep_ == "xcomp" and child.i in triggers and triggers[child.i][1] == "verb":
                    complement[i] = child
                    suppressed.add(child.i)
                    break
        elif (token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB"
              and token.head.lemma_.lower() in support and entry is not OCCURRENCE):
            carrier[i] = token.head
            suppressed.add(token.head.i)

    events: list[EventMention] = []
    event_of_token: dict[int, int] = {}
    tokens: list[Token] = []
    names: list[list[Token]] = []
    for i in sorted(triggers):
        if i in suppressed:
            continue
        entry, kind = triggers[i]
        token = doc[i]
        type_ = entry["type"]
        quad = types[type_]["quad_class"] if type_ in types else "none"
        name: list[Token] = []
        definite = False
        if kind == "verb":
            out = _Participants(lookup, set())
            _verb_participants(token, out, lexicon)
            start, end = token.idx, token.idx + len(token.text)
            predicate = past_tense(token.lemma_.lower(), entry)
            if i in complement:
                other = complement[i]
                _verb_participants(other, out, lexicon)
                end = other.idx + len(other.text)
                predicate += " to " + other.lemma_.lower()
                event_of_token[other.i] = len(events)
            if out.recipient_preposition and not any(p.role == "recipient" and p.mention in
                                                     _direct_objects(token, lookup) for p in out.found):
                predicate += " " + out.recipient_preposition
            factuality, speaker = clause_factuality(token)
        else:
            name = name_of.get(i, [])
            out = _Participants(lookup, {i, *(t.i for t in name)})
            carried = carrier.get(i)
            _noun_participants(token, name, carried, out, lexicon, entry)
            if carried is not None:
                event_of_token[carried.i] = len(events)
            start, end = token.idx, token.idx + len(token.text)
            predicate = entry.get("headline", "")
            if out.participle is not None and not name:
                predicate = f"{out.participle.lower_} {token.lower_}"
                if out.recipient_preposition:
                    predicate += " " + out.recipient_preposition
            definite = bool(name) or any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in token.children)
            factuality, speaker = noun_factuality(token, carried, definite)
        speaker_index = lookup.mention_for(speaker) if speaker is not None else None
        name_text = None
        if name:
            name_text = text[name[0].idx : name[-1].idx + len(name[-1].text)]
        event_of_token[i] = len(events)
        events.append(
            EventMention(
                start=start,
                end=end,
                trigger=text[start:end],
                lemma=token.lemma_.lower(),
                type=type_,
                quad_class=quad,
                sentence=sentences[i],
                participants=out.found,
                factuality=factuality,
                speaker=speaker_index,
                name=name_text,
                predicate=predicate,
                definite=kind == "noun" and definite,
            )
        )
        tokens.append(token)
        names.append(name)

    own_mentions = [{lookup.mention_of_token[t.i] for t in name if t.i in lookup.mention_of_token}
                    for name in names]
    _lend_participants(events, tokens, names, event_of_token, own_mentions)
    _date(doc, text, events, tokens, names, event_of_token, timexes, sentences)
    return events


def _lend_participants(events, tokens, names, event_of_token, own_mentions) -> None:
    """A named agreement's relative clause ("…, whereby Ukraine renounced its
    arsenal in return for a pledge by Russia") names its parties."""
    for number, name in enumerate(names):
        if not name:
            continue
        event = events[number]
        seen = {p.mention for p in event.participants}
        seen |= own_mentions[number]
        for token in [tokens[number], *name]:
            for child in token.children:
                if child.dep_ != "relcl":
                    continue
                for inner in child.subtree:
                    other = event_of_token.get(inner.i)
                    if other is None or other == number:
                        continue
                    for participant in events[other].participants:
                        if participant.role != "recipient" and participant.mention not in seen:
                            seen.add(participant.mention)
                            event.participants.append(Participant(participant.mention, "participant"))


def _date(doc, text, events, tokens, names, event_of_token, timexes, sentences) -> None:
    roots = _timex_tokens(doc, timexes)
    claimed: dict[int, int] = {}  # timex → event
    # 1. attached in the parse: the nearest trigger above the expression
    for number, root in enumerate(roots):
        if root is None or not _usable(timexes[number]):
            continue
        owner = None
        for ancestor in root.ancestors:
            if ancestor.i in event_of_token:
                owner = event_of_token[ancestor.i]
                break
        if owner is None:
            continue
        owner = _lower_attachment(root, owner, tokens, events, event_of_token)
        if events[owner].timex is None:
            events[owner].timex = number
            events[owner].date_anchor = "clause"
        claimed[number] = owner
    # 2. a year in an event's own name
    for number, event in enumerate(events):
        if event.timex is None and names[number]:
            index = _year_timexes(doc, names[number], tokens[number], timexes, event.sentence)
            if index is not None:
                event.timex, event.date_anchor = index, "clause"
                claimed[index] = number
    # 3. the events describing a named event in its relative clause share its date
    for number, name in enumerate(names):
        if not name or events[number].timex is None:
            continue
        for token in [tokens[number], *name]:
            for child in token.children:
                if child.dep_ == "relcl":
                    for inner in child.subtree:
                        other = event_of_token.get(inner.i)
                        if other is not None and events[other].timex is None:
                            events[other].timex, events[other].date_anchor = events[number].timex, "clause"
    # 4. the nearest free expression of the sentence; 5. the narrative, for past-tense verbs
    by_sentence: dict[int, list[int]] = {}
    timed = {timex.sentence for timex in timexes}
    breaks = set(load_json("events.json")["narrative_breaks"])
    for number, timex in enumerate(timexes):
        if _usable(timex):
            by_sentence.setdefault(timex.sentence, []).append(number)
    for number, event in enumerate(events):
        if event.timex is not None:
            continue
        free = [t for t in by_sentence.get(event.sentence, []) if t not in claimed]
        if names[number]:
            continue  # a named war or treaty is dated by its own words, not by its sentence
        if free:
            event.timex = min(free, key=lambda t: (abs(timexes[t].start - event.start), t))
            event.date_anchor = "sentence"
            continue
        if event.sentence in timed:
            continue  # the sentence has its own time, even if kg could not resolve it
        token = tokens[number]
        if token.tag_ != "VBD" or event.factuality not in FACTUAL:
            continue
        if any(t.lower_ in breaks for t in token.sent):
            continue  # "Three years later, he told …"
        earlier = by_sentence.get(event.sentence - 1, [])
        earlier = [t for t in earlier if timexes[t].end <= event.start
                   and "\n\n" not in text[timexes[t].end : event.start]]
        if earlier:
            event.timex = max(earlier, key=lambda t: timexes[t].start)
            event.date_anchor = "narrative"


def _lower_attachment(root: Token, owner: int, tokens, events, event_of_token) -> int:
    """A date phrase right after an event noun inside a verb's object belongs to the
    noun ("offered defenses of his invasion of Ukraine in February 2022")."""
    owner_token = tokens[owner]
    if owner_token.pos_ != "VERB":
        return owner
    phrase = root
    while phrase.head.i != owner_token.i and phrase.head.i != phrase.i:
        phrase = phrase.head
    first = min(t.i for t in phrase.subtree)
    if first == 0:
        return owner
    before = root.doc[first - 1]
    for candidate in [before, *before.ancestors]:
        if candidate.i == owner_token.i:
            break
        number = event_of_token.get(candidate.i)
        if number is not None and tokens[number].pos_ in NOUNS and candidate.right_edge.i == first - 1:
            return number
    return owner
