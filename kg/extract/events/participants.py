"""Participants: a :class:`Trigger` and the document's :class:`MentionLookup` in, the
event's :class:`Participant` records (entity mention and role) out.

They come from the dependency parse, mapped onto entity mentions: subject →
actor, object and passive subject → recipient (also of a passive as headlines
write it: "Charles Taylor convicted of war crimes"), passive agent → actor,
prepositional objects by preposition ("talks with", "aid to", "invasion of",
"by"), with coordination, appositions, modifiers ("Russian troops"), relative
clauses ("Crimea, which Russia annexed"), participles ("the mutiny led by
Prigozhin") and controlled subjects ("Putin's decision to invade"). The events of
a relative clause describing a named agreement ("…, whereby Ukraine renounced …")
lend it their participants.

A subject or object found the same way that is no entity mention — a common noun
("*the plane* crashed", "cut *4,300 jobs*") — becomes one of the event's
``arguments`` (:class:`~kg.records.Argument`, :meth:`Participants._add_thing`):
scored as a participant by ``kg eval events``, but no actor of the graph or the
timeline, which keep resolved entities only.

Roles beyond actor and recipient (``resources/roles.json``): a place in an "in",
"at", "near" … phrase is the ``location`` ("held talks in Italy"), an entity in a
"via" or "through" phrase the ``instrument``. A proper noun that only modifies a
common-noun argument ("destroyed a *Gaddafi* convoy") is not the patient, unless
the noun is an actor noun ("Gaddafi forces", ``entities/actors.json``). The news
outlet a statement is given to ("told Reuters", "in an interview with CNN") is the
event's ``medium``, not a participant (:func:`kg.extract.factuality.is_outlet`). A
statement that stays an event of its own is about the named subjects of the clause it
reports (``topic``: "Hague said *Assad* must step down", :func:`add_statement_topics`).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from kg.extract.events.lookup import (
    RELATIVE_TAGS,
    MentionLookup,
    acting_nouns,
    associate_nouns,
    eventive_nouns,
    names_for,
)
from kg.extract.events.senses import GENERIC, partitive_nouns
from kg.extract.events.triggers import NAME_LABELS, Trigger, described_by
from kg.extract.factuality import FINITE_TAGS, is_outlet, is_platform, reporting_verbs
from kg.extract.sentences import sentence_of, sentence_start
from kg.extract.syntax import (
    VERBAL,
    children,
    first_child,
    is_infinitive,
    is_passive_participle,
    is_trailing_participle,
    objects_of,
    subject,
)
from kg.extract.text import doc_text
from kg.records import TOPIC_ROLE, Argument, EventMention, Participant
from kg.resources import load_json

#: roles that name what the event was done to: a proper-noun modifier alone is not it
PATIENT_ROLES = ("recipient", "participant")
#: a place or nationality that only modifies the doer ("a *U.S.* bank", "a *Middle East* expert") is not it
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: plural nouns: a group that "such as" can give examples of
GROUP_TAGS = frozenset({"NNS", "NNPS"})
#: a name modifying a common noun: "a *Gaddafi* convoy"
NAME_MODIFIER_DEPS = ("compound", "nmod")
#: the tags of a proper noun
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
#: a name modifying the noun a relative clause describes, which the relative pronoun does not stand for
ANTECEDENT_MODIFIER_DEPS = ("compound", "nmod", "poss", "amod")
#: words that head a noun phrase naming a thing that can take part: "*the plane*", "*five*"
THING_POS = frozenset({"NOUN", "PROPN", "NUM"})
#: where a thing takes part: the subject or an object of a clause (a common noun in a phrase
#: mostly says how, where or with what: "in *a statement*", "with *a contribution*")
THING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
#: entity types of a value an event measures rather than a thing that takes part in it
VALUE_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
#: lists of ``events.json`` of verbs whose subject does what their event-noun object names
DOER_VERB_LISTS = ("support_verbs", "voicing_verbs", "course_verbs")


class Participants:
    """The participants of one event as they are found, each mention once."""

    def __init__(self, lookup: MentionLookup, exclude: set[int], reporting: bool = False, relaying: bool = False,
                 aimed: bool = False, political: bool = False):
        self.lookup = lookup
        self.political = political  # an act of the political lexicon: done to a country's things, done to it
        self.aimed = aimed  # an event aimed at something: a place "on" which it happens is its target
        self.reporting = reporting  # a statement: the outlet it is given to is its medium
        self.relaying = relaying  # "Reuters quoted X as saying": the outlet that quotes is the medium too
        self.medium: int | None = None
        self.exclude = exclude  # tokens of the event's own name
        self.found: list[Participant] = []
        self.seen: set[int] = lookup.mentions_in(exclude)
        self.seen |= lookup.named  # named agreements and events are what events are about
        self.recipient_preposition: str | None = None
        self.participle: Token | None = None  # the participle that names a noun's actor
        self.things: list[Argument] = []  # participants that are no entity mention ("*the plane* crashed")
        self.things_seen: set[int] = set()  # their head tokens

    def add(self, token: Token, role: str, alone: bool = False) -> None:
        """Add what ``token`` stands for in ``role``, with what is listed with it unless ``alone``."""
        listed: list[tuple[Token, str]] = []
        for member in [token] if alone else _coordinated_antecedent(token) or _members(token):
            if member.i in self.exclude:
                continue
            index = self.lookup.mention_for(member)
            if index is None and role in PATIENT_ROLES:
                index = _product_in(member, self.lookup)
            if index is None or member.pos_ == "NOUN" and member.i not in self.lookup.mention_of_token:
                # "ministers from the group, including France and Britain"; "U.S. lawmakers,
                # including Senator John Kerry and Senator John McCain": the United States too
                for named in _named_members(member):
                    self.add(named, role)
            if index is None:
                self._add_thing(member, role)
                continue
            mention = self.lookup.mentions[index]
            where = self._only_where(member, mention, role)
            # "the leaders of Tunisia *and Egypt*"
            listed.extend((name, "location" if where else role) for name in _listed_after_of(member, index, self.lookup))
            if mention.label in NAME_LABELS:
                continue  # a treaty or a war is what an event is about, not who takes part
            if mention.label in PLACE_LABELS and member.i + 1 < len(member.doc) and member.doc[member.i + 1].is_currency:
                continue  # "valued at US $ 5.4 trillion": the country only says whose dollars are counted
            # the name only says what kind the noun is or whose: the thing the noun names takes part
            if role in PATIENT_ROLES and _only_modifies(member, index, self.lookup) and not _bought(member, mention):
                self._add_thing(member, role)
                continue  # "destroyed a Gaddafi convoy" — but "bought 20 A320 jets" bought A320s
            if (role in PATIENT_ROLES and not self.political and mention.label in PLACE_LABELS
                    and member.dep_ == "pobj" and _only_modifies(member, index, self.lookup, ("poss",))):
                self._add_thing(member, role)
                # "led to the United States' worst spill", "a debate on America's role": the place only owns what
                # a phrase names; a country is a recipient where it is acted on as a state ("sanctions on Libya's
                # oil", "NATO bombed Libya's air defences": political acts), and the object of a verb is mostly done
                # to its owner ("the revolt toppled Tunisia's strongman", "S&P lowered Egypt's debt rating")
                continue
            where = where or (_place_or_its_people(mention) and _happens_in_a_place(member)
                              and _only_modifies(member, index, self.lookup, ("poss", "compound", "amod")))
            if where:
                # "restricted to parts of Mali, Niger and Mauritania", "drew attention to the Middle East": where;
                # "Syria's conflict has killed 3,500 people": the conflict kills, in Syria
                if index not in self.seen:
                    self.seen.add(index)
                    self.found.append(Participant(index, "location"))
                continue
            if member.lower_ in _kin_nouns() and (_only_modifies(member, index, self.lookup, ("poss", "compound"))
                                                  or _of_name(member, index, self.lookup)) or (
                    member.lower_ in associate_nouns() and _only_modifies(member, index, self.lookup, ("poss",))):
                self._add_thing(member, role)
                # "his studious son had passed the test": the son, not his father; "Syria's critics", "a son of
                # Gaddafi"; "money promised by its allies" — though "NATO allies" are of NATO
                continue
            if role in PATIENT_ROLES and not self.political and member.lower_ in _possessions() and (
                    _only_modifies(member, index, self.lookup, ("poss",)) or mention.label not in PLACE_LABELS
                    and _of_name(member, index, self.lookup)):
                self._add_thing(member, role)
                # "the earthquake hammered Japan's stock market": the market, not Japan; but the place of "the
                # stronghold of Benghazi" is the stronghold itself
                continue
            if role == "actor" and mention.label == "PERSON" and member.lower_ in _owned_bodies() and any(
                    c.dep_ == "poss" and self.lookup.mention_of_token.get(c.i) == index for c in children(member)):
                self._add_thing(member, role)
                # "Donald Tusk's government approved the budget": the government acts, a body of its own; what is
                # done against it is aimed at him too ("protests against Gaddafi's government")
                continue
            if role in PATIENT_ROLES and self._own(member, index):
                self._add_thing(member, role)
                continue  # "Boeing made *its* first test flight": Boeing's own, not what was done to Boeing
            if _modifies_antecedent(member, index, self.lookup):
                self._add_thing(member, role)
                continue  # "BP's ill-fated Gulf well, which is still leaking": the well leaks, not BP
            if role == "actor" and _only_modifies(_described(member), index, self.lookup) and (
                    mention.label in PLACE_LABELS or _thing(_described(member), mention)
                    or mention.label == "PRODUCT" and self.lookup.names_an_event(member)):
                self._add_thing(member, role)
                # "the U.S. bank said", "a Chicago teen who performed": not the place; "a BP rig sank": not BP;
                # "Apple was swamped by iPhone 4 pre-orders": the orders swamp it, the phone is what is ordered
                continue
            if (not self.reporting and member.dep_ in NAME_MODIFIER_DEPS and member.head.i in self.exclude
                    and is_outlet(mention.text, mention.label)):
                continue  # "told *Reuters* clashes had broken out", parsed as Reuters's clashes: it only reports them
            if (self.reporting and role != "actor" or self.relaying or _indirect_object(member)) and is_outlet(
                    mention.text, mention.label) or self.reporting and role != "actor" and is_platform(mention.text):
                # "told Reuters", "sent Reuters a list of the dead": what an outlet is given, it reports;
                # "On Twitter, John Dyer writes": a statement made on a platform
                self.medium = index if self.medium is None else self.medium
                self.seen.add(index)
                continue
            if index not in self.seen:
                self.seen.add(index)
                self.found.append(Participant(index, role))
            if member.pos_ == "NOUN":  # a group noun that names a country too: "Russian units … such as the Legion"
                for named in _named_members(member):
                    self.add(named, role)
            listed.extend((name, role) for name in _coordinated_modifiers(member, index, self.lookup))  # "US *and British* diplomats"
        for name, name_role in listed:
            self.add(name, name_role, alone=True)

    def _only_where(self, member: Token, mention, role: str) -> bool:
        """Whether a place in the "to" phrase of an event no political act only says where it reaches:
        a region, sea or continent ("drew attention *to the Middle East*"; no state to act on), or a
        country named through a noun of a part of it ("restricted *to parts of Mali*": ``region_nouns`` of
        ``roles.json``). A country acted on as a state stays the patient ("sanctions on Russia", "NATO
        bombed parts of Libya"), as does a place that is the object ("the storm hit parts of Florida") or
        that a substance enters ("pumped oil *into the Gulf*": the one place the spill touches)."""
        if (role not in PATIENT_ROLES or self.political or self.aimed or member.dep_ != "pobj"
                or member.head.lower_ != "to" or mention.label not in _place_labels()):
            return False
        return mention.label == "LOC" or member.pos_ == "NOUN" and member.lemma_.lower() in _region_nouns()

    def _add_thing(self, head: Token, role: str) -> None:
        """``head`` as a participant of no entity mention (an :class:`Argument`), when it is the
        subject or an object of a clause and heads a noun phrase that names something: a common
        noun ("*the plane* crashed", "cut *4,300 jobs*"), a number ("bought *five*"), a name the
        recogniser missed — not an event ("challenged *the award*", a noun of the event lexicons
        or one the tagger marked), nor a date or an amount ("secured *$11bn*": what the event
        measures). A pronoun the anaphora step left unresolved is too often an expletive or a
        clause ("*It* is expected", "*This* brings") to stand for a thing; a relative pronoun
        stands for the noun its clause describes ("the new planes, *which* come from the 737-800
        range"), and is the argument when that noun is one."""
        if not (head.dep_ in THING_DEPS or self._of_the_event_noun(head)) or head.i in self.things_seen:
            return
        if head.tag_ in RELATIVE_TAGS:
            antecedent = _described(head)
            if antecedent.i != head.i and self._names_a_thing(antecedent):
                self.things_seen.add(head.i)
                self.things.append(Argument(head.idx, head.idx + len(head.text), head.text, role))
            return
        if not self._names_a_thing(head):
            return
        self.things_seen.add(head.i)
        start = min((c.left_edge.i for c in head.lefts if c.dep_ not in ("poss", "punct")), default=head.i)
        phrase = head.doc[start : head.i + 1]
        self.things.append(Argument(phrase.start_char, phrase.end_char, phrase.text, role))

    def _of_the_event_noun(self, head: Token) -> bool:
        """Whether ``head`` is the object of the event noun's "of": what the event is done to
        ("the purchase *of new long-haul airliners*", "delivery *of six A350 aircraft*")."""
        preposition = head.head
        return head.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.i in self.exclude

    def _names_a_thing(self, head: Token) -> bool:
        """Whether ``head`` heads a noun phrase of a thing: no event, date or amount (:meth:`_add_thing`)."""
        return (head.pos_ in THING_POS and any(c.isalnum() for c in head.text)
                and head.i not in self.lookup.triggers and head.i not in self.lookup.tagged
                and head.ent_type_ not in VALUE_TYPES and head.lemma_.lower() not in eventive_nouns())

    def _own(self, noun: Token, index: int) -> bool:
        """Whether ``noun`` stands for mention ``index`` only as its possessor, where that says
        whose the thing is rather than who undergoes the event: a possessive pronoun ("France
        and Britain dropped *their* insistence", "opened *its* air bases to coalition forces";
        mostly the doer's own, else often a wrong antecedent) or a possessor that is one of the
        event's actors ("Apple lost *Apple's* case"). A name stays: "suspended *Libya's*
        membership" is done to Libya; so does the owner of an actor noun ("*his* forces",
        "against *his* rule")."""
        key = self.lookup.mentions[index].key
        pronoun = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(noun))
        return _only_modifies(noun, index, self.lookup, ("poss",)) and (pronoun or any(
            p.role == "actor" and self.lookup.mentions[p.mention].key == key for p in self.found))

    def has(self, role: str) -> bool:
        return any(p.role == role for p in self.found)


def _described(token: Token) -> Token:
    """The noun a relative pronoun's clause describes ("a Chicago teen *who* performed"), else ``token``."""
    if token.tag_ in RELATIVE_TAGS:
        clause = next((t for t in [token, *token.ancestors] if t.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head
    return token


def _members(token: Token) -> list[Token]:
    """``token`` and what is coordinated with it, also where the parser hangs the list
    elsewhere: the rest of a list in apposition ("reform candidates *Moussavi and Karroubi*"),
    "as well as" ("The Egyptian regime, *as well as Washington*, underestimated"), and the first
    name of a list the parser left out of it ("*Alabama*, Mississippi and Florida sustained damage"); not the
    nouns before a subject the parser joined to them (:func:`_subject_read_as_conjunct`)."""
    if subject_joined_before(token):
        return [token]
    members = [token, *(c for c in token.conjuncts if not subject_joined_before(c))]
    for child in children(token):
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            members += child.conjuncts  # the apposition itself stands for the noun (MentionLookup)
        elif child.dep_ == "cc" and child.lower_ == "as" and child.i > 1 and child.doc[child.i - 1].lower_ == "well":
            members += [o for o in children(child) if o.dep_ == "pobj"]
    first = token.left_edge.i
    if token.conjuncts and first > 1 and token.doc[first - 1].text == ",":
        before = token.doc[first - 2]
        if before.pos_ == "PROPN" and before.head == token.head and before.dep_ in ("npadvmod", "dep", "nmod"):
            members.append(before)
    return members


def _coordinated_antecedent(pronoun: Token) -> list[Token]:
    """The members of a coordination a relative pronoun stands for, when its clause follows
    the last of them: "dismissed by the United States and Britain, *who* said" — the parser
    hangs the clause on the first member. In a list whose members are described one by one
    ("Lanier, Cabraser, *who* battled Exxon, and Girardi, *who* helped"; "Lanier, a Texan, and
    Girardi, *who* helped"), only the member just before the pronoun. Empty for anything else."""
    if pronoun.tag_ not in RELATIVE_TAGS:
        return []
    clause = next((t for t in [pronoun, *pronoun.ancestors] if t.dep_ == "relcl"), None)
    if clause is None:
        return []
    members = [clause.head, *clause.head.conjuncts]
    if len(members) < 2 or clause.i < max(m.i for m in members):
        return []
    nearest = max(members, key=lambda m: m.i)
    described = any(c.dep_ in ("relcl", "appos") and c.i != clause.i for m in members if m.i != nearest.i for c in children(m))
    return [nearest] if described else members


def _named_members(group: Token) -> list[Token]:
    """The members a common noun lists with "including" or "such as", on the noun or on the
    group it is from: "Western powers including France" → France; "ministers from the
    contact group, including the United States" → the United States."""
    if not _says_a_list_marker(group):
        return []  # most sentences: neither "including" nor "such as", so no member to find
    holders = [group] + [o for c in children(group) if c.dep_ == "prep" and c.lower_ in ("from", "of")
                         for o in children(c) if o.dep_ == "pobj"]
    listed = [c for holder in holders for c in children(holder) if c.dep_ == "prep" and (c.lower_ == "including" or _such_as(c))]
    listed += [c for c in _such_as_hung_elsewhere(group) if c not in listed]
    return [o for c in listed for o in children(c) if o.dep_ == "pobj"]


def _such_as(token: Token) -> bool:
    return token.lower_ == "as" and token.i > 0 and token.doc[token.i - 1].lower_ == "such"


def _such_as_hung_elsewhere(group: Token) -> list[Token]:
    """The "as" of each "such as" list of the sentence the parser hung on a word that can have no
    examples (a name, a verb) whose nearest plural noun before it is ``group``: "Russian military
    units fighting against Moscow—*such as* the Russian Volunteer Corps and the Freedom of Russia
    Legion", "rebel groups fighting against Assad, *such as* the Free Syrian Army"."""
    if group.tag_ != "NNS":
        return []
    sentence = sentence_of(group)
    if not _says_such_as(sentence):
        return []  # most sentences: no need to walk them
    found = []
    for token in sentence:
        if token.i > group.i and _such_as(token) and token.head.tag_ not in GROUP_TAGS:
            nearest = next((t for t in reversed(group.doc[sentence.start : token.i]) if t.tag_ in GROUP_TAGS), None)
            if nearest is not None and nearest.i == group.i:
                found.append(token)
    return found


def _says_such_as(sentence: Span) -> bool:
    """Whether "such as" is written in ``sentence``; told once per sentence of a ``Doc`` (kept
    in its ``user_data``), not once per plural noun."""
    said = sentence.doc.user_data.setdefault(_SUCH_AS, {})
    if sentence.start not in said:
        said[sentence.start] = "such as" in doc_text(sentence.doc)[sentence.start_char : sentence.end_char].lower()
    return said[sentence.start]


_SUCH_AS = "kg_such_as_sentences"


def _says_a_list_marker(token: Token) -> bool:
    """Whether "including" or "such as" is written in the sentence of ``token`` (told once per sentence)."""
    said = token.doc.user_data.setdefault(_LIST_MARKERS, {})
    start = sentence_start(token)
    if start not in said:
        sentence = sentence_of(token)
        text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char].lower()
        said[start] = "including" in text or "such as" in text
    return said[start]


_LIST_MARKERS = "kg_list_marker_sentences"


def _coordinated_modifiers(noun: Token, index: int, lookup: MentionLookup) -> list[Token]:
    """The names coordinated with the modifier through which mention ``index`` stands for the
    common noun ``noun``: "US *and British* diplomats argue", "French and *British* warplanes"."""
    if lookup.mention_of_token.get(noun.i) not in (None, index):
        return []
    return [other for child in children(noun) if child.dep_ in ("compound", "amod", "nmod", "poss")
            and lookup.mention_of_token.get(child.i) == index for other in child.conjuncts
            if lookup.mention_of_token.get(other.i) not in (None, index)]


def _only_modifies(token: Token, index: int, lookup: MentionLookup, deps: tuple[str, ...] = NAME_MODIFIER_DEPS) -> bool:
    """Whether mention ``index`` stands for the common noun ``token`` only as its modifier
    (``deps``: "a *Gaddafi* convoy"), the noun being no actor noun ("Gaddafi forces")."""
    if token.i in lookup.mention_of_token or token.pos_ != "NOUN" or token.lower_ in acting_nouns():
        return False
    # a proper noun the parser calls an adjective modifies as a compound does ("fired *Hellfire* missiles")
    name_as_adjective = "compound" in deps
    return any((child.dep_ in deps or name_as_adjective and child.dep_ == "amod" and child.tag_ in PROPER_NOUN_TAGS)
               and lookup.mention_of_token.get(child.i) == index for child in children(token))


def _of_name(noun: Token, index: int, lookup: MentionLookup) -> bool:
    """Whether mention ``index`` stands for the common noun ``noun`` only as the object of its
    "of" ("a son *of Gaddafi*", "critics *of Mubarak*")."""
    return noun.i not in lookup.mention_of_token and noun.pos_ == "NOUN" and any(
        lookup.mention_of_token.get(o.i) == index for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"
        for o in objects_of(c))


def _modifies_antecedent(pronoun: Token, index: int, lookup: MentionLookup) -> bool:
    """Whether mention ``index`` stands for the relative pronoun ``pronoun`` only as a modifier
    of the common noun its clause describes: its possessor or a name before it ("BP's
    ill-fated *well*, which is still leaking": the parser may even call that noun an adverb;
    "Libya's *helicopters*, which he called their greatest threat"; "the popular DC-9 *family*
    of jets, which has sold"; "its *rig*, which exploded") — not for an actor noun, a body or its
    people ("Gaddafi forces, which attacked"; "the House energy *panel* that is investigating";
    "the Apple *company*, which") nor an event noun ("a NATO bombing campaign that has targeted")."""
    if pronoun.tag_ not in RELATIVE_TAGS:
        return False
    noun = _described(pronoun)
    if (noun.i == pronoun.i or noun.i in lookup.mention_of_token or noun.pos_ in ("PROPN", "PRON")
            or noun.lower_ in acting_nouns() or noun.lower_ in _nominal_labels() and not _thing(noun, lookup.mentions[index])
            or noun.i in lookup.triggers or noun.lemma_.lower() in eventive_nouns()):
        return False  # the name stands for an actor noun, a body of its own kind or an event noun: "a NATO campaign that has targeted"
    key = lookup.mentions[index].key  # the pronoun's own, resolved to the modifier's name ("who" → Zawiya), or the modifier's
    return any(child.dep_ in ANTECEDENT_MODIFIER_DEPS and (modifier := lookup.mention_of_token.get(child.i)) is not None
               and lookup.mentions[modifier].key == key for child in children(noun))


def _thing(noun: Token, mention) -> bool:
    """Whether ``noun``, modified by ``mention``'s name, is a thing of another kind than the name,
    which does what its verb says without the name's people: "a *BP* deepwater rig sank" (the
    rig is a product, BP a company; ``nominals`` of ``entities/actors.json``) — but "the
    *Deepwater Horizon* rig" is the rig itself."""
    kinds = _nominal_labels().get(noun.lower_)
    return kinds is not None and mention.label not in kinds


@cache
def _nominal_labels() -> dict[str, tuple[str, ...]]:
    """The labels a description of each kind stands for ("rig": a product; ``nominals``)."""
    return {noun: tuple(labels) for noun, labels in load_json("entities/actors.json")["nominals"].items()}


def _product_done_to(token: Token, noun: Token, lookup: MentionLookup) -> bool:
    """Whether ``token``, a modifier of the event noun ``noun``, is part of a product's name that
    the event is done to ("*Boeing 787* deliveries", "*iPhone 4* pre-orders") — not a weapon
    the event is done with ("a *Tomahawk* missile strike": ``weapons`` of ``event_domains.json``),
    nor a vehicle that goes ("the *Airbus A400M* maiden flight": ``motion`` ``nouns`` of ``roles.json``)."""
    index = lookup.mention_of_token.get(token.i)
    if index is None or lookup.mentions[index].label != "PRODUCT" or noun.lower_ in _motion()["nouns"]:
        return False
    return not any(t.lemma_.lower() in _weapons() for t in token.doc[token.i : noun.i])


def _bought(noun: Token, mention) -> bool:
    """Whether a product name stands for the common noun it modifies: "20 *A320* jets" are
    A320s — but "22 *Tomahawk* missiles fired" make no party of the maker's product."""
    return mention.label == "PRODUCT" and noun.lemma_.lower() not in _weapons()


def _weapons() -> set[str]:
    return set(load_json("event_domains.json")["word_lists"]["weapons"])


def _product_in(noun: Token, lookup: MentionLookup) -> int | None:
    """The product a common-noun object is a version or a batch of: "launched *a 3G version
    of its iPhone device*", "released a new lineup of *MacBook Air* laptops". After a noun of a
    version (``events.json`` ``product_version_nouns``) the name is the product whatever type
    the recogniser gave it (it often calls "iPhone" an organisation)."""
    if noun.pos_ != "NOUN" or noun.i in lookup.triggers:
        return None
    labels = PRODUCT_LIKE_LABELS if noun.lower_ in _product_version_nouns() else ("PRODUCT",)
    for child in children(noun):
        inner = [child] if child.dep_ in ("compound", "nmod") else (
            list(objects_of(child)) if child.dep_ == "prep" and child.lower_ == "of" else [])
        for token in inner:
            for candidate in [token, *(c for c in children(token) if c.dep_ in ("compound", "nmod"))]:
                index = lookup.mention_of_token.get(candidate.i)
                if index is not None and lookup.mentions[index].label in labels:
                    return index
    return None


#: what a recogniser calls a product's name ("iPhone" an organisation, "Windows" a work)
PRODUCT_LIKE_LABELS = ("PRODUCT", "ORG", "WORK_OF_ART")


@cache
def _product_version_nouns() -> frozenset[str]:
    return frozenset(load_json("events.json")["product_version_nouns"]["nouns"])


def is_reporting(trigger: Trigger) -> bool:
    """Whether the event is a statement: "said", "told", "an interview"."""
    return trigger.entry["type"] == "STATEMENT"


def _political(trigger: Trigger) -> bool:
    """Whether the lexicon types the event as a political act (no statement, no generic happening)."""
    return trigger.entry["type"] not in (GENERIC, "STATEMENT")


def link_participants(trigger: Trigger, lookup: MentionLookup, lexicon: dict) -> Participants:
    """The participants of the event ``trigger`` says."""
    aimed = _aimed(trigger)
    if trigger.kind == "verb":
        out = Participants(lookup, set(), is_reporting(trigger), trigger.token.lemma_.lower() in relaying_verbs(), aimed,
                           _political(trigger))
        verb_participants(trigger.token, out, lexicon)
        if trigger.complement is not None:
            verb_participants(trigger.complement, out, lexicon)
        if out.reporting:
            _statement_medium(trigger.token, out)
        if out.relaying and (out.medium is not None or _said_by_outlet(trigger.token)):
            out.found = []  # "the BBC quoted Assad's spokesman": attribution, no happening between them
    else:
        out = Participants(lookup, {trigger.token.i, *(t.i for t in trigger.name)}, is_reporting(trigger), aimed=aimed,
                           political=_political(trigger))
        noun_participants(trigger, out, lexicon)
        if out.reporting and out.medium is None:
            _medium_of_saying(trigger.token, out)
    return out


def _medium_of_saying(noun: Token, out: Participants) -> None:
    """The outlet a verb of saying tells, for the statement noun the verb is said in: "Wayne Pisano
    told *Reuters* in an interview" — the interview's medium, as the telling's."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting_verbs():
        return
    for child in children(verb):
        if child.dep_ in ("dobj", "dative"):
            index = out.lookup.mention_for(child)
            if index is not None and is_outlet(out.lookup.mentions[index].text, out.lookup.mentions[index].label):
                out.medium = index
                out.seen.add(index)
                return


@cache
def _airing_verbs() -> frozenset[str]:
    """Verbs whose participle after a statement noun names the outlet that passed it on, no doer of
    it ("a speech broadcast by Arrai television": ``airing_verbs`` of outlets.json)."""
    return frozenset(entry["lemma"] for entry in load_json("outlets.json")["airing_verbs"])


@cache
def relaying_verbs() -> frozenset[str]:
    """Verbs whose outlet subject passes on what somebody else said ("Reuters *quoted* an
    opposition leader as saying …": ``relaying_verbs`` of outlets.json)."""
    return frozenset(entry["lemma"] for entry in load_json("outlets.json")["relaying_verbs"])


def _said_by_outlet(verb: Token) -> bool:
    """Whether the subject of ``verb`` is an outlet, named or not ("*Libya's official news
    agency* quoted him"), or "it", which in a sentence that relays someone's words stands for an
    outlet or a document ("'Libya will not go back,' *it* quoted him as saying", of state
    television), never for a country or a person to do something to him."""
    doer = subject(verb)
    return doer is not None and (doer.lower_ == "it" or is_outlet(
        doc_text(doer.doc)[doer.left_edge.idx : doer.idx + len(doer.text)], "ORG"))


def _listed_after_of(noun: Token, index: int, lookup: MentionLookup) -> list[Token]:
    """The names listed with the one a noun stands for through "of" or "from" ("the leaders of
    Tunisia and *Egypt*", "the towns of Zawiyah and *Misrata*", "executives from Exxon Mobil,
    *Chevron* and *Shell*"), which the lookup gives one of."""
    if noun.pos_ != "NOUN" or noun.i in lookup.mention_of_token:
        return []
    for preposition in children(noun):
        if names_for(noun, preposition):
            for pobj in objects_of(preposition):
                if lookup.mention_of_token.get(pobj.i) == index:
                    return [c for c in pobj.conjuncts if c.i in lookup.mention_of_token]
    return []


def _indirect_object(member: Token) -> bool:
    """Whether ``member`` is whom something is given: "sent *Reuters* a list", "gave a statement
    *to the AP*"."""
    return member.dep_ == "dative" or member.dep_ == "pobj" and member.head.dep_ == "dative"


def _statement_medium(verb: Token, out: Participants) -> None:
    """The outlet a statement reached through a noun: "said *in an interview with CNN*",
    "said in a statement *to the AP*"; the outlet or platform it was made on: "said *on CNN*",
    "said *on Facebook*"."""
    nouns = set(load_json("outlets.json")["statement_nouns"])
    for child in children(verb):
        if child.dep_ != "prep":
            continue
        for pobj in objects_of(child):
            if child.lower_ == "on":
                _add_medium(pobj, out)
            if pobj.lemma_.lower() in nouns:
                for inner in children(pobj):
                    if inner.dep_ == "prep" and inner.lower_ in ("with", "to", "on"):
                        for outlet in objects_of(inner):
                            _add_medium(outlet, out)


def _add_medium(token: Token, out: Participants) -> None:
    """``token`` as the statement's medium when it names an outlet or a platform."""
    index = out.lookup.mention_for(token)
    if index is not None and (is_outlet(out.lookup.mentions[index].text, out.lookup.mentions[index].label)
                              or is_platform(out.lookup.mentions[index].text)):
        out.add(token, "recipient")  # becomes the medium


def _role(preposition: Token, role: str | None, pobj: Token, out: Participants, holder: Token) -> str | None:
    """``role`` as the preposition table gives it, or location or instrument where the
    preposition and the entity type say so, or where a verb of going says where to or from
    ("went *into Tel Kelakh*", "fled *to Saudi Arabia*"), or where an event not aimed at
    anything happens on a place ("found *on Grand Isle*"). ``holder`` is the word the phrase is on."""
    lookup = out.lookup
    index = lookup.mention_for(pobj)
    if index is None:
        return role
    mention = lookup.mentions[index]
    # also a noun of going: "new arrivals *from Tunisia*" come from the country, they are not sent by it
    if preposition.lower_ in _motion()["prepositions"] and (_goes(holder) or holder.lower_ in _motion()["nouns"]) \
            and _is_place(pobj, lookup):
        return "location"
    # "journalists were taken *to Zlitan*": a town one is sent or taken to is where, a country is sent to
    if preposition.lower_ in _motion()["prepositions"] and holder.lemma_.lower() in _motion()["sending"] \
            and _local_place(pobj, lookup):
        return "location"
    if _on_a_place(preposition, pobj, out, holder):
        return "location"
    if role == "actor":
        # "a statement from Washington" is the government's, "a flight from Los Angeles" only leaves the city
        # (a site too: "a speech from Green Square" was given there)
        from_a_place = preposition.lower_ == "from" and _is_place(pobj, lookup) and mention.country_code is None
        return "location" if from_a_place else role
    label = mention.label
    for special, entry in load_json("roles.json").items():
        if special != "_doc" and preposition.lower_ in entry["prepositions"] and label in entry["labels"]:
            if special == "location" and (pobj.lower_ in acting_nouns() or pobj.lemma_.lower() in _past_nouns()):
                continue  # "within the U.S. government", "in the Libyan army": a body, not a place; "in U.S. history"
            return special
    return role


@cache
def _special_prepositions() -> frozenset[str]:
    """The prepositions of every special role of ``roles.json`` (read once, not once per verb)."""
    return frozenset(word for key, entry in load_json("roles.json").items() if key != "_doc" for word in entry["prepositions"])


def _prepositional(token: Token, table: dict[str, str], out: Participants, own: frozenset[str] = frozenset()) -> None:
    """The participants of the prepositional phrases on ``token`` by ``table``; the role of a
    preposition in ``own`` (the verb's own reading of it: "aimed *at* Seoul") stands whatever
    the entity's type."""
    special = _special_prepositions()
    for child in _prepositions_on(token):
        if child.lower_ in table or child.lower_ in special:
            for pobj in objects_of(child):
                if child.dep_ == "agent" or token.lower_ == "according" and child.lower_ == "to":
                    role = "actor"  # "by NATO"; "according to Berouin": the source says it
                elif child.lower_ in own:
                    role = table[child.lower_]
                else:
                    role = _role(child, table.get(child.lower_), pobj, out, token)
                if role is None:
                    continue  # "near" a person, "through" a city: no role of the event
                before = len(out.found)
                out.add(pobj, role)
                if role == "recipient" and len(out.found) > before and out.recipient_preposition is None:
                    out.recipient_preposition = child.lower_


def _prepositions_on(token: Token) -> list[Token]:
    """The prepositions of the phrases on ``token``, with those of phrases joined to one of them:
    the parser hangs a second phrase on the first one's preposition ("held talks with China *and with
    India*", "fly from New York to Singapore *and from Los Angeles* to Dubai"), where the
    preposition says the role as it would on ``token`` — only where a conjunction joins them: "in
    Rafah*,* near the Gaza border" is one place said two ways, not two places."""
    found = []
    for child in children(token):
        if child.dep_ in ("prep", "agent"):
            found.append(child)
            if first_child(child, ("cc",)) is not None:
                found += [c for c in child.conjuncts if c.dep_ == "conj" and c.pos_ == "ADP"]
    return found


def set_off_participle(verb: Token) -> Token | None:
    """The subject the parser gave a participle set off by commas after it, which belongs to
    the verb it hangs on: "David Axelrod*,* *asked* about the spill*,* said he was confident"
    (Axelrod was asked, and said), also with its adverbs before it ("Egypt*,* *already hit* hard by bird flu*,*
    ordered …": Egypt was hit). None for anything else."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or verb.head.i < verb.i:
        return None
    doer = first_child(verb, ("nsubj",))
    if doer is None:
        return None
    # the participle's first word: itself, or an adverb of its before it ("already", "also")
    start = min((c.i for c in children(verb) if c.dep_ == "advmod" and doer.i < c.i < verb.i), default=verb.i)
    if doer.i != start - 2 or verb.doc[start - 1].text != "," or any(
            t.dep_ != "advmod" or t.head.i != verb.i for t in verb.doc[start : verb.i]):
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass") for c in children(verb)) or first_child(verb.head, ("nsubj", "nsubjpass")):
        return None
    return doer


def verb_participants(verb: Token, out: Participants, lexicon: dict) -> None:
    counterpart = lexicon["counterparts"].get(verb.lemma_.lower())
    giver = _giver(verb, counterpart["giver"], out.lookup) if counterpart and "giver" in counterpart else None
    for child in children(verb):
        if child.dep_ == "advcl" and (doer := set_off_participle(child)) is not None:
            out.add(doer, "actor")  # "Axelrod, asked about the spill, *said*"
    for child in children(verb):
        if child.dep_ in ("nsubj", "csubj") and set_off_participle(verb) is not None:
            out.add(child, "recipient")  # "Axelrod, *asked* about the spill, said"
        elif child.dep_ in ("nsubj", "csubj"):
            out.add(child, "recipient" if giver is not None or _headline_passive(verb) else "actor")
        elif child.dep_ == "dobj" and _goes(verb) and _is_place(child, out.lookup):
            out.add(child, "location")  # "troops entered Tripoli", "left Egypt": where they went
        elif child.dep_ == "nsubjpass" or child.dep_ in ("dobj", "dative"):
            out.add(child, "recipient")
    if giver is not None:
        out.add(giver, "actor")
    own = frozenset(counterpart["prepositions"]) if counterpart else frozenset()
    _prepositional(verb, verb_prepositions(verb, lexicon), out, own)
    _nested_places(verb, out)
    _fronted_place(verb, out)
    _object_partner(verb, out, own)
    passive = first_child(verb, ("auxpass",)) is not None  # "and was criticised by Russia": NATO still undergoes it
    # a past participle on a noun is a passive too: "Kofi Annan, *sent* by the UN": he was sent, by the UN
    passive = passive or is_passive_participle(verb)
    if (passive or not out.has("actor")) and first_child(verb, ("nsubj", "nsubjpass", "csubj")) is None:
        _subject_elsewhere(verb, out)


def _giver(verb: Token, preposition: str, lookup: MentionLookup) -> Token | None:
    """The named giver of what a verb of receiving gets (``giver`` of ``counterparts`` in
    ``events.json``), who does the giving: the object of its ``preposition`` on the verb, on what
    is received, or on a noun of a phrase on either ("received billions *in aid from the United
    States*": the parser hangs "from" on "aid"). None without something received (an object or a
    passive subject), or where the phrase names no entity or only a town or region the thing comes
    from ("received calls from Misrata"): there the subject stays the one who acts."""
    if not any(c.dep_ in ("dobj", "nsubjpass") for c in children(verb)):
        return None
    holders = [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
    holders += [o for holder in holders for p in children(holder) if p.dep_ == "prep" and p.lower_ != preposition
                for o in objects_of(p)]
    for holder in holders:
        for phrase in children(holder):
            if phrase.dep_ == "prep" and phrase.lower_ == preposition:
                for pobj in objects_of(phrase):
                    index = lookup.mention_for(pobj)
                    if index is not None and not (_is_place(pobj, lookup) and lookup.mentions[index].country_code is None):
                        return pobj
    return None


def _headline_passive(verb: Token) -> bool:
    """Whether a verb that takes an object before its preposition has none, nor an auxiliary, but
    has that preposition: a passive as headlines write it ("BP *accused* of killing sea turtles",
    ``headline_passives`` in ``events.json``), whose subject undergoes it."""
    prepositions = load_json("events.json")["headline_passives"]["verbs"].get(verb.lemma_.lower())
    return bool(prepositions) and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in children(verb)) and any(
        c.dep_ == "prep" and c.lower_ in prepositions for c in children(verb))


def verb_prepositions(verb: Token, lexicon: dict) -> dict[str, str]:
    """The role of each preposition's object on ``verb``: the generic table, with a transfer
    verb's counterpart ("bought jets *from France*": the other party, not a mere participant)."""
    counterpart = lexicon["counterparts"].get(verb.lemma_.lower())
    return {**lexicon["prepositions"]["verb"], **counterpart["prepositions"]} if counterpart else lexicon["prepositions"]["verb"]


#: phrases on a verb's object, beside "with", that name the verb's target — unless the object
#: is an event noun, which keeps its own ("launched strikes *on Tripoli*": the strikes')
OBJECT_TARGET_PREPOSITIONS = frozenset({"toward", "towards", "against", "on"})


def _object_partner(verb: Token, out: Participants, counterpart: frozenset[str] = frozenset()) -> None:
    """The partner or target named on the object is the verb's: "agreed a deal *with the United
    States*", "signed a contract *with Boeing*", "took a softer line *toward Gaddafi*",
    "dropped leaflets *on Tripoli*", and a transfer verb's ``counterpart`` prepositions ("was
    leasing the rig *from Transocean*") — the parser hangs the phrase on the noun. The target of
    an event noun is its own, not the verb's ("condemned the attack *on Tripoli*"), unless the verb's
    subject does what the noun names (``voicing_verbs``, ``course_verbs``: "filed a class action
    lawsuit *against Apple*", "tightened sanctions *against Syria*")."""
    # the object is itself the other party ("met Obama with his aides"), unless a transfer's counterpart is named
    named = out.has("recipient") and any(c.dep_ == "dobj" and out.lookup.mention_for(c) is not None for c in children(verb))
    voiced = verb.lemma_.lower() in _doing_verbs()
    for obj in (c for c in children(verb) if c.dep_ == "dobj"):
        for preposition in (c for c in children(obj) if c.dep_ == "prep" and (c.lower_ in counterpart or not named and (
                c.lower_ == "with" or c.lower_ in OBJECT_TARGET_PREPOSITIONS and (
                    voiced or obj.i not in out.lookup.triggers)))):
            for pobj in objects_of(preposition):
                out.add(pobj, "location" if _on_a_place(preposition, pobj, out, preposition.head) else "recipient")


@cache
def _doing_verbs() -> frozenset[str]:
    """Verbs whose subject does what their event-noun object names, the noun staying an event of its
    own (``voicing_verbs`` and ``course_verbs`` of ``events.json``: "filed a lawsuit", "tightened sanctions")."""
    lexicon = load_json("events.json")
    return frozenset(lemma for key in ("voicing_verbs", "course_verbs") for lemma in lexicon[key] if lemma != "_doc")


def _nested_places(verb: Token, out: Participants) -> None:
    """Where it happened, said one phrase down: "cut 1,600 jobs *in the UK*", "held at the
    California Theater *in San Jose*", "assemble the planes *in Mobile, Alabama*", "used
    against troops on the western front *in Misrata*", for a verb of going also where to or
    from ("evacuated employees and their dependents *from Libya*") — the parser hangs the place
    on the object (or a member of a list that is the object), on the first place or on the common
    noun of another phrase."""
    location = load_json("roles.json")["location"]
    prepositions = set(location["prepositions"])
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if _goes(verb):  # "evacuated employees and their dependents *from Libya*": where they went from
        prepositions |= _motion()["prepositions"]
        objects += [member for o in objects for member in o.conjuncts]
    # a place under any phrase's common noun: "used against troops *on the western front in Misrata*"
    holders = objects + [o for c in children(verb) if c.dep_ == "prep" for o in objects_of(c)
                         if c.lower_ in location["prepositions"] or o.pos_ == "NOUN" and out.lookup.mention_for(o) is None]
    for holder in holders:
        for child in children(holder):
            if child.dep_ == "prep" and child.lower_ in prepositions:
                for place in objects_of(child):
                    if _is_place(place, out.lookup):
                        out.add(place, "location")


def _fronted_place(verb: Token, out: Participants) -> None:
    """A place said before a coordination of verbs is where each of them happened: "*In China*,
    airliners are selected and *purchased* by the government" — the parser hangs it on the first."""
    if verb.dep_ != "conj" or out.has("location"):
        return
    first = verb.head
    prepositions = load_json("roles.json")["location"]["prepositions"]
    for child in children(first):
        if child.dep_ == "prep" and child.i < first.i and child.lower_ in prepositions:
            for place in objects_of(child):
                if _is_place(place, out.lookup):
                    out.add(place, "location")


def _on_a_place(preposition: Token, pobj: Token, out: Participants, holder: Token) -> bool:
    """Whether ``pobj`` is a place, no country, that an event not aimed at anything happens on:
    "tar balls were found *on Grand Isle*", "dolphins died *on the Gulf Coast*" — not "an air
    strike *on Surman*" (aimed: the target), nor "talks *on Syria*", nor what something falls on
    ("wreaked havoc *on the Gulf Coast*"), nor people a place only describes ("its impact on *Gulf
    Coast communities*"; ``surface`` of ``roles.json``). ``holder`` is the word the phrase is on."""
    if out.aimed or preposition.lower_ not in _surface()["prepositions"] or not _is_place(pobj, out.lookup):
        return False
    if holder.lemma_.lower() in _surface()["effect_nouns"] or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _surface()["effect_nouns"] for c in children(holder)):
        return False
    index = out.lookup.mention_for(pobj)
    return out.lookup.mentions[index].country_code is None and not _only_modifies(pobj, index, out.lookup, ANTECEDENT_MODIFIER_DEPS)


def _aimed(trigger: Trigger) -> bool:
    """Whether the event is aimed at something: a type of ``surface`` of ``roles.json`` ("struck
    Misrata"), or a military action the lexicon types by its domain only ("an air *strike* on Surman")."""
    return trigger.entry["type"] in _surface()["aimed_types"] or trigger.token.lemma_.lower() in _military_actions()


@cache
def _military_actions() -> frozenset[str]:
    return frozenset(load_json("event_domains.json")["word_lists"]["military_actions"])


@cache
def _surface() -> dict:
    """The prepositions of a place an event happens on, and the types of event aimed at it instead."""
    surface = load_json("roles.json")["location"]["surface"]
    return {"prepositions": frozenset(surface["prepositions"]), "aimed_types": frozenset(surface["aimed_types"]),
            "effect_nouns": frozenset(surface["effect_nouns"]["nouns"])}


@cache
def _motion() -> dict:
    """Verbs and nouns of going, verbs of sending, and the prepositions of where to or from (``motion`` of ``roles.json``)."""
    motion = load_json("roles.json")["location"]["motion"]
    return {**{key: frozenset(motion[key]) for key in ("verbs", "nouns", "prepositions")},
            "sending": frozenset(motion["sending"]["verbs"])}


def _goes(verb: Token) -> bool:
    """Whether ``verb`` is a verb of going somewhere ("went", "fled", "entered")."""
    return verb.pos_ in VERBAL and verb.lemma_.lower() in _motion()["verbs"]


@cache
def _place_happenings() -> tuple[frozenset[str], frozenset[str]]:
    entry = load_json("roles.json")["location"]["place_happenings"]
    return frozenset(entry["nouns"]), frozenset(entry["other_side"])


def _happens_in_a_place(noun: Token) -> bool:
    """Whether ``noun`` names strife that happens in a place ("uprising", "civil war":
    ``place_happenings`` of ``roles.json``) with no phrase naming another side ("war *against*")."""
    if noun.pos_ != "NOUN":
        return False
    nouns, other_side = _place_happenings()
    lemma = noun.lemma_.lower()
    named = lemma in nouns or noun.lower_ in nouns or any(
        c.dep_ == "amod" and f"{c.lower_} {lemma}" in nouns for c in children(noun))
    return named and not any(c.dep_ == "prep" and c.lower_ in other_side for c in children(noun))


def _place_or_its_people(mention) -> bool:
    """Whether ``mention`` names a place or a country by its people ("Libyan"), not a body."""
    return mention.label in ("GPE", "LOC") or mention.label == "NORP" and mention.country_code is not None


def _local_place(token: Token, lookup: MentionLookup) -> bool:
    """Whether ``token`` names a place that is no country ("Abu Ghraib", "Homs")."""
    return _is_place(token, lookup) and lookup.mentions[lookup.mention_for(token)].country_code is None


def _is_place(token: Token, lookup: MentionLookup) -> bool:
    """Whether ``token`` names a place: a mention of a place label, not a body named after one
    ("the U.S. *government*") nor its past ("in U.S. *history*": :func:`_past_nouns`)."""
    index = lookup.mention_for(token)
    return (index is not None and lookup.mentions[index].label in load_json("roles.json")["location"]["labels"]
            and token.lower_ not in acting_nouns() and token.lemma_.lower() not in _past_nouns())


@cache
def _place_labels() -> frozenset[str]:
    return frozenset(load_json("roles.json")["location"]["labels"])


@cache
def _region_nouns() -> frozenset[str]:
    """Nouns of a part of a place, which stand for it only as where ("*parts* of Mali"; ``region_nouns`` of ``roles.json``)."""
    return frozenset(load_json("roles.json")["location"]["region_nouns"]["nouns"])


@cache
def _past_nouns() -> frozenset[str]:
    """Nouns of a people's past, which a place before them only owns ("the largest spill in U.S. *history*";
    ``past_nouns`` of ``roles.json``)."""
    return frozenset(load_json("roles.json")["location"]["past_nouns"]["nouns"])


def _subject_elsewhere(verb: Token, out: Participants) -> None:
    """A verb without a subject of its own takes it from the clause around it:
    control, coordination, relative clauses, participles."""
    head, link = verb.head, verb.dep_
    if (clause := _purpose_clause(verb)) is not None:
        # "purchased 12 aircraft as a means of *modernising* its fleet and *improving* its network"
        if (doer := first_child(clause, ("nsubj", "nsubjpass")) or inherited_doer(clause)) is not None:
            out.add(doer, "recipient" if first_child(verb, ("auxpass",)) is not None else "actor")
    elif link == "advcl" and head.pos_ in VERBAL and (verb.tag_ == "VBN" or is_trailing_participle(verb)) and not any(
            c.dep_ in ("aux", "auxpass") for c in children(verb)):
        if (doer := subject(head)) is not None:
            out.add(doer, "recipient")  # "Asked why, Tarhouni said", "Putin told reporters, asked …": they were asked
    elif link == "conj" and verb.tag_ == "VBN" and (patient := first_child(head, ("nsubjpass",))) is not None:
        out.add(patient, "recipient")  # "Gaddafi was captured and *killed*": killed too
    elif link in CARRIED_SUBJECT or link in ("conj", "advcl") and head.pos_ in VERBAL:
        if (doer := inherited_doer(verb)) is not None:
            # a passive clause's subject undergoes it: "Rasmussen is about *to be prosecuted*"
            out.add(doer, "recipient" if first_child(verb, ("auxpass",)) is not None else "actor")
    elif link == "pcomp" and _gerund(verb) and head.dep_ == "prep" and head.head.pos_ in VERBAL:
        _gerund_doer(verb, head.head, out)
    elif link in ("relcl", "acl") and is_infinitive(verb) and head.dep_ == "ROOT" and head.i in out.lookup.mention_of_token:
        out.add(head, "actor")  # a headline: "Apple to lower UK iTunes prices"
    elif link in ("relcl", "acl") and is_infinitive(verb):
        _infinitive_doer(head, out)  # "Putin's call to negotiate", "EADS won a contract to supply"
    elif link == "relcl":
        pronoun = any(c.tag_ in RELATIVE_TAGS for c in verb.subtree)
        if not pronoun:
            out.add(head, "recipient", alone=_inside_list(verb, head))
    elif link == "acl":
        if verb.tag_ == "VBN":  # "Kofi Annan, *sent* by the UN"; a main verb read as a participle acts
            out.add(head, "recipient" if is_passive_participle(verb) else "actor", alone=_inside_list(verb, head))
        elif verb.tag_ == "VBG":
            out.add(head, "actor", alone=_inside_list(verb, head))
        else:
            _add_possessor(head, out)


def _purpose_clause(verb: Token) -> Token | None:
    """The clause whose aim or means a gerund says in an "of" phrase on a noun of a purpose
    ("as a *means* of modernising", "with the *aim* of ousting"; ``purpose_nouns`` of
    ``events.json``), or a gerund joined to such a one ("… and *improving*"): the clause's verb."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERBAL and _gerund(verb.head):
        verb = verb.head
    preposition = verb.head
    if not (verb.dep_ == "pcomp" and _gerund(verb) and preposition.lower_ == "of"):
        return None
    noun = preposition.head
    if noun.lemma_.lower() not in _purpose_nouns() or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    clause = noun.head.head
    return clause if clause.pos_ in VERBAL else None


@cache
def _purpose_nouns() -> frozenset[str]:
    """Nouns of an aim or a means (``purpose_nouns`` of ``events.json``)."""
    return frozenset(load_json("events.json")["purpose_nouns"]["nouns"])


@cache
def _choosing_verbs() -> frozenset[str]:
    """Verbs whose named object does the infinitive after them (``choosing_verbs`` of ``events.json``)."""
    return frozenset(load_json("events.json")["choosing_verbs"]["verbs"])


#: entity types of a party that can be chosen to do something ("selected *Northrop Grumman* to build")
CHOSEN_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _chosen_party(verb: Token, head: Token) -> Token | None:
    """The named object of a verb of choosing (:func:`_choosing_verbs`) that an infinitive the
    parser hangs on it as a purpose clause is done by: "selected Northrop Grumman on February 29
    *to build* the aircraft"."""
    if verb.dep_ != "advcl" or not is_infinitive(verb) or head.lemma_.lower() not in _choosing_verbs():
        return None
    chosen = first_child(head, ("dobj",))
    return chosen if chosen is not None and chosen.ent_type_ in CHOSEN_LABELS else None


def _inside_list(clause: Token, noun: Token) -> bool:
    """Whether a clause on ``noun`` comes before the end of the list ``noun`` is in, so describes
    it alone: "mention Bach, Dachau, Elizabethan merchants *buying* French cannons, the thoughts of
    Loren Eiseley" — the merchants buy, not Bach."""
    return any(member.i > clause.i for member in noun.conjuncts)


@cache
def _kin_nouns() -> frozenset[str]:
    """Nouns of a relative or an opponent, whose possessor is not them (``kin_nouns`` and
    ``opposed_nouns`` of ``entities/actors.json``): "his son", "Syria's critics"."""
    actors = load_json("entities/actors.json")
    return frozenset(actors["kin_nouns"]["nouns"]) | frozenset(actors["opposed_nouns"]["nouns"])


@cache
def _possessions() -> frozenset[str]:
    """Nouns of things an event may befall without befalling their owner (``possessions`` of
    ``entities/actors.json``): "Japan's stock market", "Saddam's statue"."""
    return frozenset(load_json("entities/actors.json")["possessions"]["nouns"])


@cache
def _owned_bodies() -> frozenset[str]:
    """Nouns of a body a person's possessive only says is his (``owned_bodies`` of
    ``entities/actors.json``): "Tusk's government", "Cheney's company"."""
    return frozenset(load_json("entities/actors.json")["owned_bodies"]["nouns"])


#: links over which a clause without a subject shares its head's: control ("agreed to meet",
#: "urged Obama to act"), a predicate adjective ("they were *willing* to contribute")
CARRIED_SUBJECT = ("xcomp", "acomp")
#: how far up a chain of such clauses the doer is looked for ("willing to contribute … to fund")
MAX_CLAUSE_CLIMB = 4


#: words opening a finite adverbial clause that the parser may read as a preposition, taking the
#: clause's subject for its object ("watched *as* an approaching low-pressure system gathered strength")
CLAUSE_OPENERS = frozenset({"after", "amid", "as", "because", "before", "during", "following", "once", "since",
                            "until", "when", "while"})


def subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a finite adverbial clause without one, which the parser took for the object of the
    word opening the clause, read as a preposition on the clause's head right before the clause's first
    word ("Obama imposed the ban *after an explosion* aboard an oil rig *killed* 11 workers", "BP watched
    *as an approaching storm gathered* strength"; or as a conjunct: "Investors sold BP shares *as a rising
    tide* of lawsuits *threatened* Transocean"): the explosion killed them, the storm gathered strength, the
    lawsuits threatened Transocean, not Obama, BP or the investors, whose subject a clause without its own
    would otherwise borrow; likewise a subject joined to a noun before (:func:`_subject_read_as_conjunct`)."""
    # an auxiliary makes its verb finite when it is finite itself or a modal ("*has* made", "*could* see")
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")
                                             for c in children(verb))
    if verb.dep_ not in ("advcl", "conj") or not finite or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in children(verb)):
        return None  # a participle or infinitive shares its head's subject: "BP responded, *saying* …"
    if (joined := _subject_read_as_conjunct(verb)) is not None:
        return joined
    preposition = next((c for c in children(verb.head) if c.dep_ == "prep" and c.lower_ in CLAUSE_OPENERS
                        and _next_to_clause(c.right_edge, verb.left_edge)), None)
    return next((o for o in objects_of(preposition) if o.pos_ in ("NOUN", "PROPN")), None) if preposition else None


def _next_to_clause(end: Token, start: Token) -> bool:
    """Whether a phrase ending at ``end`` runs into a clause starting at ``start``, right before it or
    with an aside set off by commas between ("after *Beijing*, worried about the flu strain, *ordered* 70
    Mexicans into seclusion")."""
    gap = end.doc[end.i + 1:start.i]
    return not gap or len(gap) > 2 and gap[0].text == gap[-1].text == "," and not any(
        t.dep_ in ("nsubj", "nsubjpass") for t in gap)  # an aside with a subject of its own is a clause


def subject_joined_before(noun: Token) -> bool:
    """Whether ``noun`` is the subject of the clause right after it that the parser joined to nouns before
    it (:func:`_subject_read_as_conjunct`): those nouns are not coordinated with it ("… from Africa and
    *Gaddafi* has made it clear": Gaddafi alone made it clear)."""
    if noun.dep_ != "conj" or noun.i + 1 >= len(noun.doc):
        return False
    after = noun.doc[noun.i + 1]
    return _subject_read_as_conjunct(after.head if after.dep_ in ("aux", "auxpass") else after) == noun


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """The subject of a conjoined clause without one, which the parser joined by its "and" to a noun at the end
    of the clause before ("Libya was a staging post for immigration from Africa *and Gaddafi* has *made* it
    clear …": Gaddafi made it clear, not Libya). A verb with no "and" of its own that comes right after such a
    noun is that noun's: a shared subject would put the verb right after the "and" ("… and *has made*")."""
    noun = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i else None
    if (verb.dep_ != "conj" or noun is None or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN")
            or not verb.head.is_ancestor(noun) or any(c.dep_ == "cc" for c in children(verb))):
        return None
    return noun if any(c.dep_ == "cc" and c.i < noun.i for c in children(noun.head)) else None


def inherited_doer(verb: Token) -> Token | None:
    """Who does what a clause without a subject says: the object of a control verb ("urged
    Obama *to act*", "Gaddafi was forced *to flee*"), else the doer of the clause it hangs from by control, a predicate
    adjective, coordination or an adverbial clause, climbing a chain of them ("they were
    willing to contribute $12 million *to fund* a search": they fund)."""
    for step in range(MAX_CLAUSE_CLIMB):
        head, link = verb.head, verb.dep_
        if head.i == verb.i or not (link in CARRIED_SUBJECT or link in ("conj", "advcl") and head.pos_ in VERBAL):
            return None
        if (lost := subject_read_as_object(verb)) is not None:
            return lost
        if link == "conj" and (listed := listed_before(verb)) is not None:
            verb = listed  # "where rebels captured, *humiliated* and killed him", misparsed onto the main verb
            if (doer := first_child(verb, ("nsubj",))) is not None:
                return doer
            continue
        # "urged Obama to act" — not "defeated Boeing to win", the subject's purpose; further up a
        # chain the object stays ("use sanctions to put pressure on Russia to make concessions")
        if link == "xcomp" and (step or head.lemma_.lower() not in _subject_purpose_verbs()) and (
                objects := [c for c in children(head) if c.dep_ in ("dobj", "dative")]):
            return objects[0]
        if not step and (chosen := _chosen_party(verb, head)) is not None:
            return chosen  # "selected Northrop Grumman on February 29 to build": taken for a purpose
        if link in ("xcomp", "advcl") and is_infinitive(verb) and (asked := _asked_party(head)) is not None:
            return asked  # "called on China *to arrest* Bashir": China is to arrest him
        active = link == "conj" and _active_conjunct(verb, head)  # "was attacked by NATO and *fled*"
        if (doer := first_child(head, ("nsubj", "csubj"))) is not None:
            return doer
        patient = first_child(head, ("nsubjpass",))
        if patient is not None and (link == "xcomp" or active):
            return patient  # "Gaddafi was forced *to flee*", "was attacked and *fled*": he flees
        if (doer := subject(head)) is not None:
            # the agent does a passive conjunct ("is made by Apple and *marketed*"), not an active
            # one ("an estimate defended by BP executives and *say*", a misparse, says nothing of BP)
            return None if active else doer
        if patient is not None:
            return None  # "was captured and *killed*": not by him
        verb = head
    return None


def _asked_party(verb: Token) -> Token | None:
    """The object of the preposition through which ``verb`` asks someone to do what its infinitive
    says ("called *on China* to arrest", "pleaded *with Congress* to pass":
    :func:`_prepositional_control`)."""
    prepositions = _prepositional_control().get(verb.lemma_.lower())
    if not prepositions:
        return None
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in prepositions:
            return next(iter(objects_of(child)), None)
    return None


@cache
def _prepositional_control() -> dict[str, frozenset[str]]:
    """Verb → the prepositions whose object does its infinitive (``prepositional_control_verbs`` of ``events.json``)."""
    verbs = load_json("events.json")["prepositional_control_verbs"]["verbs"]
    return {lemma: frozenset(entry["prepositions"]) for lemma, entry in verbs.items()}


@cache
def _subject_purpose_verbs() -> frozenset[str]:
    """Verbs whose object does not do the infinitive after it (``events.json``): "used the
    event to unveil", "beat Boeing to win"."""
    return frozenset(load_json("events.json")["subject_purpose_verbs"]["verbs"])


def listed_before(verb: Token) -> Token | None:
    """The verb just before ``verb`` in a comma list of verbs when the parser joined ``verb`` to
    a verb further back instead ("compared Syria with Libya, where rebels captured, humiliated
    and killed Gaddafi": *humiliated* hangs on *compared*, but is the rebels' like *captured*)."""
    doc, at = verb.doc, verb.i - 2
    if at <= verb.head.i or doc[verb.i - 1].text != ",":
        return None
    before = doc[at]
    listed = before.tag_ == verb.tag_ and before.pos_ == "VERB" and before.head.i != verb.i
    return before if listed and not is_infinitive(before) else None  # "offer you something to drink, help …"


def _active_conjunct(verb: Token, head: Token) -> bool:
    """Whether a verb joined to ``head`` says what the head's subject did: a form no participle
    has ("and *flees*"), one with an object ("was founded by Jobs and *launched* iTunes"), or a
    past beside a past passive ("was attacked and *fled*") — not a participle sharing a present
    passive ("is made by Apple and *marketed*", which the tagger may call a past; "are detained
    and *forced* to replace their driver": an infinitive after it makes it no active verb)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("dobj", "ccomp") for c in children(verb)):
        return True
    return verb.tag_ == "VBD" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children(head))


#: after a direct object, a gerund in these phrases is done by the object: "blamed NATO *for
#: bombing*", "accused Gaddafi *of killing*", "barred Apple *from using*", "quoted Judeh *as saying*"
OBJECT_GERUND_PREPOSITIONS = frozenset({"for", "from", "of", "as"})


def _gerund(verb: Token) -> bool:
    """Whether ``verb`` is a gerund, active or passive: "after *violating*", "after being *held*"."""
    return verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in children(verb))


def _gerund_doer(gerund: Token, clause: Token, out: Participants) -> None:
    """A gerund in a phrase on a clause is done by the clause's subject, active or passive:
    "Boeing had been suspended after *violating* federal law"; "was freed after *being
    held* for a month" (a passive gerund: its recipient) — or by its object, in a phrase
    that says what the object did ("criticized the United States for *recognizing*")."""
    objects = [c for c in children(clause) if c.dep_ in ("dobj", "dative")]
    if objects and gerund.head.lower_ in OBJECT_GERUND_PREPOSITIONS:
        doer = objects[0]  # "criticized the United States *for recognizing*", "protect the rebels *from getting massacred*"
    else:
        doer = first_child(clause, ("nsubj", "nsubjpass")) or inherited_doer(clause)
    if doer is not None:
        out.add(doer, "recipient" if first_child(gerund, ("auxpass",)) is not None else "actor")


def _infinitive_doer(noun: Token, out: Participants) -> None:
    """Who is to do what a noun's infinitive says: the noun's possessor or name modifier
    ("Putin's call to negotiate", "the Northrop plan to assemble"), else the subject of
    the verb the noun is the object of ("EADS won a contract to supply tankers", "EADS
    defeated Boeing for a contract to supply tankers")."""
    before = len(out.found)
    for child in children(noun):
        if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "PRON"):
            out.add(child, "actor")
    if len(out.found) == before and (verb := _governing_verb(noun)) is not None and (doer := subject(verb)) is not None:
        out.add(doer, "actor")


def _governing_verb(noun: Token) -> Token | None:
    """The verb ``noun`` is the object or predicate of, directly or through a preposition:
    "won *a contract*", "defeated Boeing for *a contract*", "was *the first country*"."""
    if noun.dep_ in ("dobj", "attr"):  # "France was *the first country* to recognise"
        return noun.head
    if (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in PURPOSE_PREPOSITIONS
            and noun.head.head.pos_ in VERBAL):
        return noun.head.head
    return None


#: a noun in these phrases is one the clause's subject has or seeks ("bid *for* a contract to
#: supply", "agreed *on* a plan to", "are *in* talks to") — not "*against* any move to invite"
PURPOSE_PREPOSITIONS = frozenset({"for", "on", "in", "into"})


def _add_possessor(noun: Token, out: Participants) -> None:
    for child in children(noun):
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
    table = {**lexicon["prepositions"]["noun"], **{p: trigger.entry[p] for p in ("for",) if p in trigger.entry}}
    if "of" in trigger.entry:
        table = {**table, "of": trigger.entry["of"]}
    elif noun.lemma_.lower() in _doer_of_nouns() or noun.lower_ in _doer_of_nouns():
        table = {**table, "of": "actor"}  # "the initiative *of Nixon*": he took it, unlike "the invasion of Ukraine"
    possessed = any(c.dep_ == "poss" for c in children(noun))
    # with a doer in a "by" phrase the possessor undergoes it: "Gaddafi's capture *by rebels*"; so it
    # does what is done to someone, without an "of" phrase naming whom: "Syria's suspension", not
    # "Israel's capture *of the Golan*"
    preps = {c.lower_ for c in children(noun) if c.dep_ == "prep"}
    undergone = "of" not in preps and (noun.lemma_.lower() in _undergone_nouns() or noun.lower_ in _undergone_nouns())
    possessor_role = "recipient" if "by" in preps or undergone else "actor"
    happening = _happens_in_a_place(noun)  # "the Libyan uprising": in Libya, by no one named
    for token in [noun, *trigger.name]:
        for child in children(token):
            if child.i in out.exclude:
                continue
            if child.dep_ == "poss":
                if child.i not in out.lookup.mention_of_token and child.pos_ == "PRON":
                    child = binder(child, out.lookup, lexicon) or child
                # "Pakistan's floods", "Japan's earthquake": a place's disaster happened there, nobody did it;
                # so does its strife ("Libya's civil war")
                disaster_place = trigger.type == "DISASTER" and _is_place(child, out.lookup)
                out.add(child, "location" if disaster_place or happening and _is_place(child, out.lookup)
                        else possessor_role)
            elif child.dep_ in ("compound", "amod", "nmod") and not _modifies_an_inner_event(child, token) and not (
                    out.lookup.hyphened(child)):  # "an *al Qaeda*-inspired attack": inspired by it, not its
                # "Russian invasion": the doer; "his Kremlin interview": only where; "the Abu Ghraib
                # prison scandal", "the Homs massacre": a place, no country, is where it happened;
                # "Boeing 787 deliveries", "iPhone 4 pre-orders": a product is what the event is done to
                index = out.lookup.mention_for(child)
                at_home = happening and index is not None and _place_or_its_people(out.lookup.mentions[index])
                out.add(child, "location" if at_home or _local_place(child, out.lookup) else "participant" if possessed
                        else "recipient" if _product_done_to(child, noun, out.lookup) else "actor")
            elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in _airing_verbs():
                # "a speech broadcast by Arrai television": the outlet that aired it did not make it
                before = out.has("actor")
                _prepositional(child, lexicon["prepositions"]["verb"], out)
                if out.has("actor") and not before and token.i == noun.i:
                    out.participle = child  # "the treaties presented by Russia"
        _prepositional(token, table, out)
    if trigger.carrier is not None:
        verb_participants(trigger.carrier, out, lexicon)
    elif not out.has("actor"):
        _doer_of_support(noun, out, lexicon)
        _doer_in_activity(noun, out)


def _modifies_an_inner_event(modifier: Token, noun: Token) -> bool:
    """Whether a modifier of ``noun`` stands before another of its modifiers that names a
    disaster, which it modifies instead: "the *Haiti* earthquake appeal" (where the earthquake
    struck, no party to the appeal). A disaster has a place and no doer, so the name before it
    is that place; before a deed the name does both ("the *NATO* bombing campaign")."""
    return any(other.dep_ in ("compound", "nmod") and modifier.i < other.i < noun.i
               and other.lemma_.lower() in _disaster_nouns() for other in children(noun))


@cache
def _disaster_nouns() -> frozenset[str]:
    """The nouns of ``event_domains.json`` whose first sense is a disaster ("earthquake", "spill")."""
    nouns = load_json("event_domains.json")["nouns"]
    return frozenset(lemma for lemma, senses in nouns.items() if senses[0]["domain"] == "DISASTER")


def _doer_of_support(noun: Token, out: Participants, lexicon: dict) -> None:
    """The subject of a support verb does what its object names, also where the two stay
    apart as events (the noun of no specific type): "Aeroflot has negotiated *the
    purchase* of 22 Dreamliners", "Aer Lingus had made *a purchase*", also through a noun of a
    run of them ("has begun *a round of discussions*"), the subject of a verb that voices or
    files it ("Carney *heaped criticism* on Syria", ``voicing_verbs`` of ``events.json``) or
    that carries it on, steps it up or suspends it ("the EU *tightened sanctions* against
    Syria", ``course_verbs``); in the passive, the agent ("an embargo *is being enforced by
    NATO*")."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in partitive_nouns():
        noun = noun.head.head  # "has begun *a round of* discussions": the round is what is begun
    verb = noun.head.lemma_.lower()
    if noun.dep_ not in ("dobj", "nsubjpass") or not any(verb in lexicon[key] for key in DOER_VERB_LISTS):
        return
    doer = subject(noun.head)
    # a passive's doer is its agent alone: the subject of a verb it is joined to did something else; and
    # a course verb without a subject of its own may only describe the noun ("clinging to power despite
    # a NATO campaign, *tightening* economic sanctions" are not his)
    if doer is None and noun.dep_ == "dobj" and verb not in lexicon["course_verbs"]:
        doer = inherited_doer(noun.head)
    if doer is not None:
        out.add(doer, "actor")
    # whom the verb's phrase aims the noun at, the noun is aimed at ("Alabama filed a lawsuit *against
    # BP*": the parser hangs the phrase on the verb), as its own phrase would say
    _prepositional(noun.head, _aimed_prepositions(lexicon), out)


def _aimed_prepositions(lexicon: dict) -> dict[str, str]:
    """The prepositions an event noun's recipient takes ("a lawsuit *against* BP"), "of" aside (the
    verb's "of" is no noun's: "accused Syria *of* crimes")."""
    return {word: role for word, role in lexicon["prepositions"]["noun"].items() if role == "recipient" and word != "of"}


@cache
def _doer_of_nouns() -> frozenset[str]:
    """Event nouns whose "of" names the doer ("the resignation *of Mubarak*": ``doer_of_nouns`` of ``events.json``, read once)."""
    return frozenset(load_json("events.json")["doer_of_nouns"]["nouns"])


@cache
def _undergone_nouns() -> frozenset[str]:
    """Event nouns whose possessor undergoes them ("Syria's *suspension*": ``undergone_nouns`` of ``events.json``, read once)."""
    return frozenset(load_json("events.json")["undergone_nouns"]["nouns"])


def _doer_in_activity(noun: Token, out: Participants) -> None:
    """The subject of a clause that says it is in the activity a noun names does it:
    "Apple executives are *in negotiations* with film studios", "Boeing challenged the
    award *in a formal protest*" (not a passive subject: "was killed in an air strike"); so
    does the subject of a clause done on a journey (``journey_nouns`` of ``events.json``:
    "Blair met Singh *on a visit* to Delhi")."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in VERBAL:
        return
    journeys = _journey_nouns()
    # whoever acts on a journey makes it, whatever its determiner ("during the visit")
    if not (noun.head.lower_ in journeys["prepositions"] and noun.lower_ in journeys["nouns"]):
        if noun.head.lower_ != "in":
            return
        determiner = first_child(noun, ("det",))
        if determiner is not None and determiner.lower_ == "the" or determiner is None and noun.tag_ == "NN":
            return  # a setting ("took sides *in the civil war*") or an idiom ("*in return*", "*in support* of")
    doer = first_child(noun.head.head, ("nsubj",))
    if doer is not None:
        out.add(doer, "actor")


@cache
def _journey_nouns() -> dict:
    """Nouns of a journey and the prepositions that hang them on what is done on it (``journey_nouns`` of ``events.json``)."""
    return load_json("events.json")["journey_nouns"]


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


#: mentions that stand for a name through anaphora (kg.extract.anaphora): no topic of a statement
ANAPHORIC = frozenset({"pronoun", "relative", "quoted", "nominal"})
#: speakers whose antecedent may be wrong: all but a relative pronoun, which stands for the name
#: its clause hangs on ("Lavrov, *who* said Assad must go")
UNSURE_SPEAKERS = ANAPHORIC - {"relative"}


def add_statement_topics(trigger: Trigger, lookup: MentionLookup) -> None:
    """What a statement that stays an event of its own is about: the named subjects of the
    clause it reports, which is no event that happened ("Hague said *Assad* must step down",
    "Obama said *BP* would pay", "JP Morgan said *BP* was worth less"), as ``topic``
    participants, when a name says who spoke ("they said" may stand for a wrong antecedent) —
    none of its own speaker or recipient, nor an outlet, nor a pronoun or a description (in a
    reported clause "they" and "it" are often not the last name: "Washington and London say
    *they* will not arm the rebels"), nor a name that only modifies the subject ("the *UN*
    report documents …"). A reported clause that happened is an event of its own that
    carries its speaker (:func:`attribute_reports`)."""
    verb = trigger.token
    event = trigger.event
    if trigger.kind != "verb" or event is None or event.type != "STATEMENT" or event.tml_class != "REPORTING":
        return  # "so he *gave* the protesters room" typed a statement is no report of a clause
    if any(lookup.mentions[p.mention].resolved_from in UNSURE_SPEAKERS for p in event.participants if p.role == "actor"):
        return  # "they said", "he said": a wrong antecedent would make a wrong edge of every topic
    taken = {lookup.mentions[p.mention].key for p in event.participants}
    # a clause that itself reports one is taken for the report by a misparse ("El-Nawawy *said*
    # the coverage could mean …, so he *gave* the protesters room": "said" hangs on "gave")
    for clause in (c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ in VERBAL
                   and not any(g.dep_ == "ccomp" for g in children(c))):
        for subject_token in (c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")):
            for member in [subject_token, *subject_token.conjuncts]:
                index = lookup.mention_of_token.get(member.i)
                if index is None:
                    continue  # "the UN report", "Assad's response": about a thing of theirs, not about them
                mention = lookup.mentions[index]
                if (mention.key in taken or mention.resolved_from in ANAPHORIC
                        or is_outlet(mention.text, mention.label)):
                    continue
                taken.add(mention.key)
                event.participants.append(Participant(index, TOPIC_ROLE))


def direct_objects(verb: Token, lookup: MentionLookup) -> set[int]:
    """The mentions ``verb`` takes as its direct object or passive subject."""
    found = set()
    for child in children(verb):
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            for member in [child, *child.conjuncts]:
                index = lookup.mention_for(member)
                if index is not None:
                    found.add(index)
    return found


# TimeML classes of what is a state of affairs rather than a happening
STATIVE_CLASSES = frozenset({"STATE", "I_STATE"})


def attribute_reports(triggers: list[Trigger], reports: dict[int, int]) -> list[EventMention]:
    """The events of ``triggers`` without the reporting events that only attribute another
    one: "Gaddafi told Reuters that NATO had bombed Tripoli" is the bombing, reported by
    Gaddafi to Reuters. ``reports`` maps a trigger's number to the token of the reporting
    word its clause hangs from; the reported event must be a happening (not a state: "said
    the rebels were traitors" stays a statement) with an actor or recipient, and takes the
    reporting event's medium, and must have a title (else the saying, which has one, would be lost
    with it). A reporting verb merged with its own event complement ("claims
    *to possess* the trademark") stays: it is an event of its own."""
    number_at = {trigger.token.i: number for number, trigger in enumerate(triggers)}
    absorbed = set()
    for number, report in sorted(reports.items()):
        reporter = number_at.get(report)
        event = triggers[number].event
        if reporter is None or reporter == number or event.factuality != "reported":
            continue
        if triggers[reporter].complement is not None:
            continue  # "claims to possess the trademark, and that it sells …": the claim says something of its own
        if not any(p.role in ("actor", "recipient") for p in event.participants):
            continue
        if event.tml_class in STATIVE_CLASSES:
            continue  # "Gaddafi said the rebels were traitors": the claim is a state, the saying the event
        if not event.title:
            continue  # "'I used to love Gaddafi,' he said": a clause no title tells would take the saying with it
        absorbed.add(reporter)
        if event.medium is None:
            event.medium = triggers[reporter].event.medium
    return [trigger.event for number, trigger in enumerate(triggers) if number not in absorbed]
