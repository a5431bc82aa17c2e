"""Named mentions: a parsed ``Doc`` in, ``doc._.kg_mentions`` (one :class:`Mention` per actor name) out.

Names come from four sources, longest first when they overlap:

1. rule patterns (``resources/entities/patterns.json``) for named agreements
   (LAW) and named wars and operations (EVENT) the small model misses, and
   the names of things (:mod:`kg.extract.things`: PRODUCT, INDEX, CURRENCY);
   a name a thing rule types is typed so throughout its document ("Deepwater
   Horizon" after "the Deepwater Horizon rig" is no person);
2. spaCy's named entities of the actor types, cleaned (cut at blank lines,
   trailing function words dropped, lower-case junk dropped) and relabelled
   when the gazetteer knows the name ("Kyiv" tagged PERSON → GPE);
3. gazetteer names spaCy missed ("the U S"), and an organisation's one-word name
   spaCy tagged elsewhere in the text and missed as an argument ("BP and the
   Louisiana Department … have vowed").

Each name gets a ``key`` (titles, articles, possessives and middle initials
stripped: "Russian President Vladimir V. Putin's" → "Vladimir Putin") and, for
countries, an ISO ``country_code``. Two rules make a name stand for
something other than its literal reading (``resolved_from`` names the rule):

- ``demonym``: a nationality used as a noun ("Ukrainians") or modifying an
  actor noun ("Russian forces") is its country, as is one before an event
  noun ("the Russian invasion": "Russian"); one that only describes
  ("Russian culture", "Russian President") is not an actor and is dropped;
- ``metonym``: a seat of power ("the Kremlin") always, and a capital when it is
  a subject or possessor ("Moscow said", "Moscow's demands"), stand for the
  government; "visited Moscow", "in Moscow" stay the city.

A name the text calls a company ("drugmaker Novartis", "GlaxoSmithKline Plc", a stock
ticker after it) is an organisation throughout its document, whatever the small model
tagged it (often PERSON); a name of several words in apposition to a person's role
("Nicola Sturgeon, the Scottish health secretary") is a person throughout its document;
a nationality tagged PERSON ("the German") is a nationality.

The component also leaves the name each mention was read from in
``doc.spans["kg_names"]`` (same order, labelled like the mention), for
``kg_anaphora`` (:mod:`kg.extract.anaphora`), which adds pronouns and
descriptions that refer back to these names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.extract.factuality import is_outlet, reporting_verbs
from kg.extract.sentences import sentence_bounds, sentence_of_token
from kg.extract.syntax import children
from kg.extract.text import doc_text, string_keys, tokens_among, tokens_with
from kg.extract.things import ThingFinder
from kg.gazetteer import bare_name, city, gazetteer, sex_of_first_name
from kg.records import Mention
from kg.resources import load_json, title_words
from kg.vocabulary import ACTOR_LABELS, INITIAL, POSSESSIVE, THING_LABELS, YEAR, YEAR_DIGITS

NAMES_KEY = "kg_names"  # doc.spans key of the names behind doc._.kg_mentions
_TRAILING_POS = {"ADP", "DET", "CCONJ", "PUNCT", "PART", "SPACE", "SCONJ", "ADV"}
#: labels the small model gives a named event it does not know: "the Pan-European Picnic" ORG, "Occupy Wall Street" FAC
NAMED_AS_EVENTS = ("ORG", "PERSON", "FAC")
#: labels the small model gives a company name the text calls a company ("drugmaker Novartis" PERSON, "Solvay" GPE)
COMPANY_MISLABELS = ("PERSON", "GPE", "LOC", "NORP", "FAC")
TICKER_OPENERS = ("(", "-LRB-")
SHARE_WORDS = ("shares", "stock", "stocks")  # a company's ("Novartis shares"), not "the Mac market share"
#: role words a body is put beside too ("the European Commission, the EU's executive")
BODY_ROLES = frozenset({"executive", "host", "member", "head", "anchor", "state", "justice", "general", "crown", "of"})
#: labels the small model gives a person's name the text puts beside a role ("Nicola Sturgeon, the … secretary" ORG)
PERSON_MISLABELS = ("ORG", "GPE", "NORP", "FAC")
#: the tagger's labels a cue is relabelled from in its article but not across the corpus: a group
#: is no company ("minority groups, including Christians"), a party no place ("a stronghold of the
#: ruling Baath Party")
CUES_MISLEAD_FROM = {"company": ("NORP",), "place": ("ORG",)}
#: labels the tagger gives a news outlet's name written alone ("*SANA* said", "*MENA* reported"), which
#: ``outlets.json`` knows by name: an organisation
OUTLET_MISLABELS = ("PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART")
#: the tagger's labels of a place a place word names ("Cape Cod" PERSON, "Plaquemines Parish" NORP)
PLACE_WORD_MISLABELS = ("PERSON", "NORP")
#: the tagger's labels of a word after a storm word that is no storm's name ("hurricane Louisiana", "storm Thursday")
NO_STORM_NAMES = ("GPE", "LOC", "FAC", "NORP", "DATE", "TIME")
_RANK = {"pattern": 3, "thing": 3, "ner": 2, "gazetteer": 1, "surname": 0, "again": 0}


def _strip_words(words: list[str]) -> list[str]:
    words = [POSSESSIVE.sub("", w) for w in words]
    words = [w for w in words if w]
    while words and words[0].lower() in load_json("titles.json")["articles"]:
        words = words[1:]
    return words


def mention_key(text: str, label: str = "PERSON") -> str:
    """The normalised form of a mention used to group it with others.

    Persons lose leading titles, qualifiers and nationalities and their middle
    initials; agreements and wars lose a leading year; names of any type lose
    articles and possessives, and a nationality before an acronym.

    >>> mention_key("Russian President Vladimir V. Putin’s")
    'Vladimir Putin'
    >>> mention_key("the United States", "GPE")
    'United States'
    >>> mention_key("the 1997 Treaty of Friendship", "LAW")
    'Treaty of Friendship'
    """
    titles = load_json("titles.json")
    words = _strip_words(text.split())
    if label == "PERSON":
        skip = title_words() | set(titles["qualifiers"])
        titled = [i for i, w in enumerate(words[:-1]) if _titles(w, skip) and w[:1].isupper()]
        if titled:  # "Apple CEO Steve Jobs", "Secretary of State Antony Blinken"
            words = words[titled[-1] + 1 :]
        while len(words) > 1 and (
            _titles(words[0], skip) or gazetteer().demonym(words[0]) or gazetteer().country(words[0])
        ):
            words = words[1:]
        if len(words) > 2:
            words = [words[0]] + [w for w in words[1:-1] if not INITIAL.match(w)] + [words[-1]]
    elif len(words) == 2 and gazetteer().demonym(words[0]) and words[1].isupper():
        words = words[1:]
    elif label == "ORG":
        words = _organisation_words(words)
    if label in ("LAW", "EVENT") and len(words) > 1 and YEAR.match(words[0]):
        words = words[1:]
    if label == "EVENT" and len(words) > 1 and all(w.lower() in _storm_words() for w in words[:-1]):
        words = words[-1:]  # "Tropical Storm Bonnie" is the storm Bonnie, keyed by its name as the storm rule keys it
    return " ".join(words)


def _titles(word: str, skip: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is a title of ``skip``, or its plural before a list of names ("*Openers*
    Strauss and Cook", "*Senators* John McCain and Lindsey Graham": each one's title).

    >>> _titles("Openers", {"opener"}), _titles("Strauss", {"opener"})
    (True, False)
    """
    lower = word.lower().rstrip(".")
    return lower in skip or lower.endswith("s") and lower[:-1] in skip


@cache
def _storm_words() -> frozenset[str]:
    storms = load_json("entities/patterns.json")["storms"]
    return frozenset([*storms["words"], *storms["modifiers"]])


def _organisation_words(words: list[str]) -> list[str]:
    """Drop trailing legal forms ("Inc.", "N.V.") and spell a leading country one way."""
    designators = set(load_json("entities/organisations.json")["designators"])
    while len(words) > 1 and re.sub(r"[.,]", "", words[-1]).lower() in designators:
        words = words[:-1]
    for size in (3, 2, 1):
        code = gazetteer().country(" ".join(words[:size])) if len(words) > size else None
        if code:
            return gazetteer().label(code).split() + words[size:]
    return words


@dataclass
class Name:
    """A candidate name: token span, label and where it came from."""

    start: int
    end: int
    label: str
    source: str
    key: str | None = None  # a thing's canonical name ("the Dow" → "Dow Jones Industrial Average")


ESCAPED_SLASH = "\\/"  # "NAWFALIYAH\\/MISRATA" (Timeline17's escaped slash): two names, however the tagger joins them


def _clean(doc: Doc, ent: Span, prefixes: frozenset[str], institution_heads: frozenset[str]) -> Span | None:
    """Cut a spaCy entity at a blank line or an escaped slash (keeping the part with its head) and at
    an inner possessive unless an institution's head follows it ("Guy's Hospital"), drop trailing
    function and lower-case words; None for junk."""
    start, end = ent.start, ent.end
    for token in ent:
        slash = token.text == ESCAPED_SLASH
        if token.is_space and "\n\n" in token.text or "\n\n" in token.whitespace_ or slash:
            if token.i < ent.root.i:
                start = token.i + 1
            else:
                end = token.i + (0 if token.is_space or slash else 1)
                break
    for token in doc[start + 1 : end - 1]:
        if token.tag_ == "POS" and doc[token.i + 1].lower_ not in institution_heads:
            end = token.i  # "Putin’s Bahkmut": the name ends at the possessive
            break
    while end > start and (doc[end - 1].pos_ in _TRAILING_POS or doc[end - 1].is_lower) and not _hyphenated_part(
            doc, start, end):
        end -= 1
    while end > start and (doc[start].is_space or doc[start].pos_ == "PUNCT"):
        start += 1
    if end <= start:
        return None
    span = doc[start:end]
    if not any(c.isupper() for c in span.text):
        return None
    if span[0].lower_ in prefixes and len(span) > 1 and span[1].text == "-":
        return None
    return span


def _joined_organisations(doc: Doc) -> list[Span]:
    """spaCy's entities, two organisations the tagger cut one name into joined when nothing stands
    between them and the first ends in a lower-case word ("the Local Co-ordination" + "Committees";
    not "Chrysler" + "LLC", nor a headline's name and the next line's)."""
    joined: list[Span] = []
    for ent in doc.ents:
        if (joined and ent.label_ == "ORG" == joined[-1].label_ and ent.start == joined[-1].end
                and doc[ent.start - 1].is_lower and "\n" not in doc[ent.start - 1].whitespace_):
            joined[-1] = Span(doc, joined[-1].start, ent.end, label="ORG")
        else:
            joined.append(ent)
    return joined


def _capitalised_name_word(token: Token) -> bool:
    """Whether ``token`` is a word of a name with a capital inside it ("McKay", "MacArthur", "DeLay")."""
    return token.is_alpha and token.text[0].isupper() and token.text[1:2].islower() and not token.is_upper


def _hyphenated_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the last token of ``doc[start:end]`` is a lower-case part of the name's last word, joined
    by a hyphen with no space ("Ban Ki-*moon*"): no word trailing after the name."""
    if end - start < 3 or not doc[end - 1].is_alpha or doc[end - 2].text != "-":
        return False
    return not doc[end - 3].whitespace_ and not doc[end - 2].whitespace_ and doc[end - 3].is_title


def _acting(token: Token, deps: frozenset[str]) -> bool:
    """Whether a name's head token has one of ``deps`` (subject, possessor …), through conjunctions."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in deps


#: the links of a word that is an argument or possessor, not a modifier ("Jobs cuts")
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "conj", "appos", "attr"})


def _surnames_again(doc: Doc, chosen: list[Name], taken: list[bool]) -> list[Name]:
    """A person's surname standing alone after their full name where the tagger saw no
    name ("Steve Jobs … Jobs welcomed everyone": "Jobs" read as a plural noun): a
    capitalised word, exactly the surname, as an argument or possessor."""
    first_seen: dict[str, int] = {}
    for name in chosen:
        last = doc[name.end - 1]
        if name.label == "PERSON" and name.end - name.start >= 2 and last.is_title and last.is_alpha:
            first_seen.setdefault(last.text, name.end)
    found = []
    for i in tokens_among(doc, ORTH, first_seen):  # the surnames' tokens, read from an array
        token = doc[i]
        if token.i < first_seen[token.text] or taken[token.i]:
            continue
        if token.pos_ in ("PROPN", "NOUN") and token.dep_ in ARGUMENT_DEPS:
            found.append(Name(token.i, token.i + 1, "PERSON", "surname"))
    return found


def _organisations_again(doc: Doc, chosen: list[Name], taken: list[bool]) -> list[Name]:
    """An organisation's one-word name the tagger saw elsewhere in the text and missed here
    ("BP and the Louisiana Department of Wildlife and Fisheries have vowed …", with "BP" tagged
    in other sentences): the same word, a proper noun, as an argument or possessor."""
    words = {doc[n.start].text for n in chosen if n.label == "ORG" and n.end - n.start == 1 and n.source == "ner"
             and doc[n.start].pos_ == "PROPN" and doc[n.start].text[:1].isupper()}
    return [Name(i, i + 1, "ORG", "again") for i in tokens_among(doc, ORTH, words)
            if not taken[i] and doc[i].pos_ == "PROPN" and doc[i].dep_ in ARGUMENT_DEPS
            and not any(_same_sentence_neighbour(doc, i, j) and doc[j].pos_ == "PROPN" for j in (i - 1, i + 1))]  # not "Mac OS X Lion"


def _same_sentence_neighbour(doc: Doc, i: int, j: int) -> bool:
    """Whether token ``j``, next to token ``i``, is in its sentence: the credit before a first
    sentence ends with a name ("Photograph: Luke Macgregor/Reuters | BP has delayed …")."""
    return 0 <= j < len(doc) and not doc[max(i, j)].is_sent_start


def _initialled(name: str) -> bool:
    """Whether a name is a given name, a middle initial and a surname (``names.json`` initialled).

    >>> _initialled("Nassim N Taleb"), _initialled("Carl H. Svanberg"), _initialled("Bank of America")
    (True, True, False)
    """
    words = name.split()
    return (len(words) == 3 and INITIAL.match(words[1]) is not None
            and all(len(w) > 1 and w.isalpha() and w.istitle() for w in (words[0], words[2])))


class MentionFinder:
    """The ``kg_mentions`` component: matchers built once per pipeline, applied per doc."""

    def __init__(self, nlp: Language):
        self.gazetteer = gazetteer()
        self.actors = load_json("entities/actors.json")
        self.rules = load_json("entities/patterns.json")
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        for text, kind in self.gazetteer.surfaces:
            self.places.add(kind, [nlp.make_doc(text)])
        self.things = ThingFinder(nlp)
        self.matcher = Matcher(nlp.vocab)
        for label, heads in sorted(self.rules["heads"].items()):
            for key, pattern in self._patterns(label, heads):
                self.matcher.add(f"{label}:{key}", [pattern], greedy="LONGEST")
        # the words that head a pattern's name, hashed once: every document is searched for them
        self.head_keys = string_keys({h for heads in self.rules["heads"].values() for h in heads})
        self.name_joiners = tuple(tuple(words) for words in self.rules["name_joiners"])
        self.prefixes = frozenset(self.actors["name_prefixes"])
        self.acting = frozenset(self.actors["acting_deps"])
        self.actor_nouns = frozenset(self.actors["actor_nouns"])
        self.counted_people = frozenset(self.actors["counted_people"]["nouns"])
        self.titles = title_words()
        self.honorific_keys = string_keys(load_json("titles.json")["honorifics"]["words"])
        self.storm_keys = string_keys(self.rules["storms"]["words"])
        self.storm_modifiers = frozenset(self.rules["storms"]["modifiers"])
        place_words = load_json("entities/places.json")["place_words"]
        self.place_firsts = {w: label for label in ("GPE", "LOC") for w in place_words[label]["first"]}
        self.place_lasts = {w: label for label in ("GPE", "LOC") for w in place_words[label]["last"]}
        organisations = load_json("entities/organisations.json")
        self.designators = frozenset(organisations["designators"])
        self.institution_heads = frozenset(organisations["institution_heads"]["words"])
        # trade words that end a company's name ("Fitch Ratings", "AirTran Airways")
        self.company_tails = frozenset([*organisations["company_tails"]["words"],
                                        *organisations["descriptive_tails"]["words"]])
        self.place_cues = self.rules["place_cues"]
        self.motion_verbs = frozenset(load_json("roles.json")["location"]["motion"]["verbs"])
        self.event_nouns = frozenset(load_json("events.json").get("nouns", ()))  # the event lexicon's nouns
        self.place_nouns = frozenset(p for p in load_json("links.json")["place_nouns"] if p != "_doc")
        self.event_appositions = frozenset(self.rules["event_appositions"]["nouns"])
        self.company_nouns = frozenset(load_json("event_domains.json")["word_lists"]["company_nouns"])
        # one-word roles a person is put in apposition to ("Nicola Sturgeon, the Scottish health *secretary*")
        titles = load_json("titles.json")
        self.role_nouns = frozenset(r for r in [*titles["roles"], *title_words()]
                                    if r != "_doc" and " " not in r) - BODY_ROLES

    def _patterns(self, label: str, heads: list[str]):
        """Token patterns for names with these head nouns (see ``patterns.json``)."""
        not_names = {"NOT_IN": ["VERB", "AUX", "ADP", "PRON", "DET", "SCONJ"]}  # "Putin Says War" is no name
        name = {"TEXT": {"REGEX": rf"^([A-Z][\w'’.]*|-|{YEAR_DIGITS})$"}, "POS": not_names}
        capital_head = {"LOWER": {"IN": heads}, "IS_TITLE": True}
        yield "name-head", [name, {"TEXT": {"REGEX": r"^([A-Z][\w'’.]*|-|\d+)$"}, "POS": not_names, "OP": "*"},
                            capital_head]
        if label == "LAW":  # "the Minsk agreements"; "the Ukraine war" is no name
            yield "the-name-head", [{"LOWER": "the"}, {"POS": "PROPN", "OP": "+"}, {"LOWER": {"IN": heads}}]
        yield "head-of", [{"TEXT": {"REGEX": YEAR.pattern}, "OP": "?"}, capital_head,
                          {"LOWER": {"IN": self.rules["prepositions"]}}, {"LOWER": "the", "OP": "?"},
                          {"TEXT": {"REGEX": r"^[A-Z0-9]"}, "OP": "+"}]
        yield "numbered", [name, {"OP": "*", "TEXT": {"REGEX": r"^[A-Z]"}, "POS": not_names}, capital_head,
                           {"TEXT": {"IN": self.rules["numbered"]}}]
        yield "head-first", [{"LOWER": {"IN": [h for h in heads if h in self.rules["head_first"]]}, "IS_TITLE": True},
                             {"IS_TITLE": True, "OP": "+"}]

    def _extend(self, doc: Doc, end: int) -> int:
        """Extend a name over joined capitalised words: "of Friendship, Cooperation, and
        Partnership", "on the Non-Proliferation of Nuclear Weapons"."""
        while end < len(doc):
            for joiner in self.name_joiners:
                after = end + len(joiner)
                if after < len(doc) and tuple(t.lower_ for t in doc[end:after]) == joiner and doc[after].is_title:
                    end = after
                    break
            else:
                break
            while end < len(doc) and doc[end].is_title:
                end += 1
        return end

    @staticmethod
    def _topic_follows(doc: Doc, end: int) -> bool:
        """Whether "of" or "on" and two or more capitalised words go on a name that ends at
        ``end``: "Memorandum *on Security Assurances*" (not "the Minsk agreements on Ukraine",
        "the Geneva Conventions on Monday")."""
        return (end + 2 < len(doc) and doc[end].lower_ in ("of", "on")
                and doc[end + 1].is_title and doc[end + 2].is_title)

    def _pattern_names(self, doc: Doc) -> list[Name]:
        names = []
        matches = []
        # only sentences with a head noun are matched: most have none
        sentence_of = sentence_of_token(doc)
        bounds = sentence_bounds(doc)
        for start, end in (bounds[n] for n in sorted({sentence_of[i] for i in tokens_with(doc, LOWER, self.head_keys)})):
            matches.extend((m, start + s, start + e) for m, s, e in self.matcher(doc[start:end]))
        for match_id, start, end in matches:
            label = doc.vocab.strings[match_id].split(":")[0]
            if doc[start].lower_ == "the":
                start += 1
            kind = doc.vocab.strings[match_id].split(":")[1]
            if kind == "the-name-head" and self.gazetteer.country(doc[start : end - 1].text):
                continue  # "the U.S. agreement" describes; "the Minsk agreements" names
            if kind == "head-of":
                end = self._extend(doc, end)
                while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                    start -= 1  # "the 1994 Budapest Memorandum on Security Assurances": the name's first words
            elif kind == "name-head" and doc[start].ent_type_ == "PERSON" and doc[end - 1].ent_type_ == "PERSON" and (
                    sex_of_first_name(doc[start].text) is not None):
                continue  # a person whose surname is a head noun: "said Richard *Charter*", no charter
            elif kind == "name-head" and self._topic_follows(doc, end):
                end += 1  # "the Budapest Memorandum on Security Assurances"
                while end < len(doc) and doc[end].is_title:
                    end += 1
                end = self._extend(doc, end)
            elif end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                continue  # part of a longer name: "North Atlantic Treaty Organization"
            if start > 2 and doc[start - 1].lower_ in ("of", "the"):
                part = start - (3 if doc[start - 1].lower_ == "the" else 2)
                if doc[part].lower_ == "of":
                    part -= 1
                if part >= 1 and doc[part].like_num and doc[part - 1].lower_ in self.rules["parts"]:
                    start = part - 1
            names.append(Name(start, end, label, "pattern"))
        return names

    def _honorific_names(self, doc: Doc) -> list[Name]:
        """The proper nouns after an honorific (``titles.json`` honorifics), a person
        whatever the tagger said: "Dr Keiji Fukuda" (tagged ORG), "Mr Fukuda" (missed)."""
        names = []
        for i in tokens_with(doc, LOWER, self.honorific_keys):
            start = end = i + 1
            # "McKay", "MacArthur": a capital inside a name's word does not end it
            while end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].is_title or _capitalised_name_word(doc[end])):
                end += 1
            if doc[i].is_title and end > start:
                names.append(Name(start, end, "PERSON", "pattern"))
        return names

    def _place_word_label(self, name: str) -> str | None:
        """GPE or LOC for a name of several words a place word opens or ends (``places.json``
        place_words: "Cape Cod", "Plaquemines Parish"), else None."""
        words = bare_name(name).lower().replace(".", "").split()
        if len(words) < 2:
            return None
        return self.place_firsts.get(words[0]) or self.place_lasts.get(words[-1])

    def _storm_names(self, doc: Doc) -> list[Name]:
        """Named storms (``patterns.json`` storms): "tropical storm Alex", "Hurricane Alex" — an
        event keyed by its name, which the tagger often types PERSON."""
        names = []
        for i in tokens_with(doc, LOWER, self.storm_keys):
            name = doc[i + 1] if i + 1 < len(doc) else None
            named = (name is not None and name.is_title and name.is_alpha and name.pos_ == "PROPN"
                     and name.ent_type_ not in NO_STORM_NAMES and not (i + 2 < len(doc) and doc[i + 2].is_title))
            before = doc[i - 1] if i > 0 and not doc[i].is_sent_start else None
            if named and not (before is not None and before.is_title and before.lower_ not in self.storm_modifiers):
                modified = before is not None and before.lower_ in self.storm_modifiers  # "Tropical Storm Bonnie"
                names.append(Name(i - modified, i + 2, "EVENT", "thing", name.text))
        return names

    def _names(self, doc: Doc) -> list[Name]:
        kinds = {}
        for match_id, start, end in self.places(doc):
            kinds[(start, end)] = doc.vocab.strings[match_id]
        candidates = self._pattern_names(doc) + self._honorific_names(doc) + self._storm_names(doc)
        candidates += [Name(t.start, t.end, t.label, "thing", t.key) for t in self.things(doc)]
        for ent in _joined_organisations(doc):
            if ent.label_ not in ACTOR_LABELS:
                continue
            span = _clean(doc, ent, self.prefixes, self.institution_heads)
            if span is None:
                continue
            core = (span.start + (span[0].lower_ == "the"), span.end - bool(POSSESSIVE.fullmatch(span[-1].text)))
            label = ent.label_
            personal = label == "PERSON" and doc[core[0] : core[1]].text in self.gazetteer.personal
            if core in kinds and label != "NORP" and not personal:  # "Kyiv" tagged PERSON is a place
                label = "LOC" if kinds[core] == "LOC" else "GPE"
            candidates.append(Name(span.start, span.end, label, "ner"))
        for (start, end), kind in sorted(kinds.items()):
            candidates.append(Name(start, end, "LOC" if kind == "LOC" else "GPE", "gazetteer"))
        taken = [False] * len(doc)
        chosen = []
        for name in sorted(candidates, key=lambda n: (-_RANK[n.source], n.start - n.end, n.start)):
            if not any(taken[name.start : name.end]):
                taken[name.start : name.end] = [True] * (name.end - name.start)
                chosen.append(name)
        again = _surnames_again(doc, chosen, taken)
        for name in again:
            taken[name.start : name.end] = [True] * (name.end - name.start)
        return sorted(chosen + again + _organisations_again(doc, chosen, taken), key=lambda n: n.start)

    def _mention(self, doc: Doc, name: Name, sentence: int) -> Mention | None:
        span = doc[name.start : name.end]
        written = doc_text(doc)[span.start_char : span.end_char]  # span.text joins the tokens on every call
        g = self.gazetteer
        label, start, end, code, resolved = name.label, name.start, name.end, None, None
        if label == "PERSON" and len(span) == 1 and g.demonym(written):
            label = "NORP"  # "the German" tagged a person is a nationality
        elif label in OUTLET_MISLABELS and is_outlet(written, label):
            label = "ORG"  # "SANA said" tagged a person is the Syrian news agency
        elif label in PERSON_MISLABELS and _initialled(written):
            label = "PERSON"  # "Nassim N Taleb" tagged an organisation
        elif label in PLACE_WORD_MISLABELS and self._place_word_label(written):
            label = self._place_word_label(written)  # "Cape Cod" tagged a person
        if name.key is not None:
            return Mention(span.start_char, span.end_char, written, label, sentence, name.key)
        if label != "PERSON" and g.demonym(written):
            code, head = g.demonym(written), span.root
            if head.dep_ in ("amod", "compound") and head.head.i >= span.end:
                noun = head.head
                if noun.lower_ in self.counted_people and any(c.dep_ == "nummod" for c in children(noun)):
                    return None  # "four Irish people": so many of its people, not the nation
                if noun.lower_ in self.actor_nouns or noun.lemma_.lower() in self.actor_nouns:
                    end = noun.i + 1
                elif noun.lemma_.lower() not in self.event_nouns:
                    return None
                resolved = "demonym"
            elif head.pos_ == "ADJ" and head.dep_ not in ("nsubj", "dobj", "pobj", "conj"):
                return None
            elif any(c.dep_ == "nummod" for c in children(head)):
                return None  # "more than 70 Mexicans were held": so many of its people, as "four Irish people"
            elif _one_person(head):
                return None  # "an American was kidnapped", "the Briton's death": one of its people
            else:
                resolved = "demonym"
        elif label == "NORP" and span.root.dep_ in ("amod", "compound"):
            return None
        elif label != "PERSON":
            seat, capital = g.seat(written), g.capital(written)
            if seat:
                code, resolved = seat, "metonym"
            elif capital and _acting(span.root, self.acting) and not written.isupper():  # not a "MOSCOW -" dateline
                code, resolved = capital[0], "metonym"
            elif g.country(written) and label in ("GPE", "ORG", "LOC", "NORP"):
                code = g.country(written)
        text = written if end == name.end else doc[start:end].text
        if code:
            return Mention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), text, "GPE", sentence,
                           g.label(code), resolved, code)
        key = mention_key(text, label)
        if all(w.lower().rstrip(".") in self.titles for w in key.split()):
            return None  # "State" of "Secretary of State"
        if label == "ORG" and all(re.sub(r"[.,]", "", w).lower() in self.designators for w in key.split()):
            return None  # "LLC" that spaCy cut from "Chrysler LLC"
        if label != "PERSON":
            region, capital = g.region(key), g.capital(key)
            if region:
                key, label = region
            elif capital:
                key, label = capital[1], "GPE"
        if not key:
            return None
        return Mention(span.start_char, span.end_char, written, label, sentence, key)

    def __call__(self, doc: Doc) -> Doc:
        sentences = sentence_of_token(doc)
        mentions: list[Mention] = []
        spans: list[Span] = []
        things: dict[str, str] = {}  # key → label of the names a thing rule typed
        for name in self._names(doc):
            mention = self._mention(doc, name, sentences[name.start])
            if mention is not None:
                mentions.append(mention)
                spans.append(Span(doc, name.start, name.end, label=mention.label))
                if name.source == "thing":
                    things.setdefault(mention.key, mention.label)
        places = {m.key for m, span in zip(mentions, spans, strict=True)
                  if self._called_place(span) or m.label == "PERSON" and not m.resolved_from and self._placed(span)}
        places |= self._cities(mentions, spans)
        events = {m.key for m, span in zip(mentions, spans, strict=True)
                  if m.label in NAMED_AS_EVENTS and not m.country_code and self._called_event(span)}
        companies = {key for m, span in zip(mentions, spans, strict=True)
                     if not m.country_code and m.label not in THING_LABELS
                     for name in [self._called_company(span)] if name is not None
                     for key in (m.key, mention_key(name.text, m.label))}
        people = {m.key for m, span in zip(mentions, spans, strict=True)
                  if m.label in PERSON_MISLABELS and not m.country_code and m.key not in companies
                  and " " in m.key and self._called_person(span)}
        people |= self._surnames_of_people(mentions, companies)
        self._namesakes_of_countries(mentions, spans)
        for position, mention in enumerate(mentions):
            typed = None
            if mention.key in people and mention.label in (*PERSON_MISLABELS, "PERSON") and not mention.country_code:
                typed = "person", "PERSON"
            elif mention.key in things and mention.label in ("PERSON", "ORG", *THING_LABELS) and not mention.country_code:
                typed = "thing", things[mention.key]
            elif mention.key in places and mention.label in ("PERSON", "ORG", "NORP", "GPE"):
                typed = "place", "GPE"
            elif mention.key in events and mention.label in (*NAMED_AS_EVENTS, "EVENT") and not mention.country_code:
                typed = "event", "EVENT"
            elif mention.key in companies and mention.label in (*COMPANY_MISLABELS, "ORG") and not mention.country_code:
                typed = "company", "ORG"
            if typed:
                cue, label = typed
                # the cue outweighs the tagger's label across the corpus too (kg/resolve/entities.py),
                # unless the tagger's label here is one such cues get wrong
                mention.typed_by = cue if mention.label not in CUES_MISLEAD_FROM.get(cue, ()) else None
                mention.label = spans[position].label_ = label
        doc._.kg_mentions = mentions
        doc.spans[NAMES_KEY] = spans
        return doc

    def _surnames_of_people(self, mentions: list[Mention], companies: set[str]) -> set[str]:
        """The one-word names of other types that are the last word of a person's full name in the
        same text: "Tarhouni said" tagged a place after "Ali Tarhouni", "Trump said" tagged an
        organisation after "Donald Trump" — not a country, capital or region ("Jordan", "Paris"),
        nor a company, which often bears its founder's name: one a cue calls a company, or the
        first word of an organisation's longer name ("Ford said sales fell" beside "Ford Motor
        Co." and "Gerald Ford"), nor an acronym, run into a name where a comma was lost ("Mark Bly
        BP's head of safety" leaves BP a company)."""
        last_words = {m.key.split()[-1] for m in mentions if m.label == "PERSON" and " " in m.key}
        surnames = {word for word in last_words if not word.isupper()}
        firms = companies | {m.key.split()[0] for m in mentions if m.label == "ORG" and " " in m.key}
        g = self.gazetteer
        return {m.key for m in mentions if m.label in PERSON_MISLABELS and m.key in surnames and not m.country_code
                and not (m.label == "ORG" and m.key in firms)
                and not (g.country(m.key) or g.capital(m.key) or g.region(m.key) or g.demonym(m.key))}

    def _namesakes_of_countries(self, mentions: list[Mention], spans: list[Span]) -> None:
        """A one-word country name that is a word of a person's full name in the same text, where
        the text calls it a person (:meth:`_a_person`: a title before it, a verb of saying after it,
        a role in apposition), is that person: "John Ireland, a spokesman for Transocean … *Ireland*
        said", "Chad Smith … *Chad* told reporters" — not the country. "Ireland said" in a text that
        names no one so stays the country, and so does a word of a name whose first word is no given name
        ("Garuda Indonesia", an airline the tagger called a person)."""
        words = {w for m in mentions if m.label == "PERSON" and " " in m.key and sex_of_first_name(m.key.split()[0])
                 for w in m.key.split()}
        if not words:
            return
        people = {span.root.i for m, span in zip(mentions, spans, strict=True) if m.label == "PERSON"}
        for mention, span in zip(mentions, spans, strict=True):
            if (mention.country_code and not mention.resolved_from and len(span) == 1 and span.text in words
                    and (self._a_person(span, people) or self._called_person(span))):
                mention.label = span.label_ = "PERSON"
                mention.key, mention.country_code = span.text, None

    def _cities(self, mentions: list[Mention], spans: list[Span]) -> set[str]:
        """The names tagged PERSON that are cities or US states (``entities/places.json``), unless the
        document says they are a person's: a word of a person's full name in it ("Tony Hayward"), a
        title before them ("Mr Jackson"), a verb of saying they are the subject of ("Hayward said")."""
        named = {m.key for m in mentions if m.label == "PERSON" and not m.resolved_from and city(m.key)}
        if not named:
            return set()
        people = {w for m in mentions if m.label == "PERSON" and " " in m.key for w in m.key.split()}
        person_heads = {span.root.i for m, span in zip(mentions, spans, strict=True)
                        if m.label == "PERSON" and m.key not in named}
        speaking = {m.key for m, span in zip(mentions, spans, strict=True)
                    if m.key in named and self._a_person(span, person_heads)}
        return named - people - speaking

    def _a_person(self, span: Span, person_heads: set[int]) -> bool:
        """Whether the text says this name is a person's: a title or honorific before it, a verb of
        saying after it, or another person's name it is joined to ("Natasha and Ann")."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        root = span.root
        joined = [root.head] if root.dep_ == "conj" else []
        joined += [c for c in children(root) if c.dep_ == "conj"]
        return (before is not None and before.lower_.rstrip(".") in self.titles
                or root.dep_ == "nsubj" and root.head.lemma_.lower() in reporting_verbs()
                or any(t.i in person_heads for t in joined))

    def _called_place(self, span: Span) -> bool:
        """Whether the text calls this name a place (``links.json`` place nouns): "the town of
        Brega", "the stronghold of Homs". The small model often tags such names PERSON or ORG;
        the name is then a place (GPE) throughout its document."""
        head = span.root.head
        return (span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ == "NN"
                and head.head.lemma_.lower() in self.place_nouns)

    def _placed(self, span: Span) -> bool:
        """Whether the text puts this name where only a place goes (``patterns.json``
        place_cues): the object of a place preposition hung on a verb ("were killed in
        Houla"), or the object or passive subject of a verb only done to places ("shelled
        Houla", "Rastan was stormed by troops"). The small model tags
        some towns PERSON; such a name is then a place (GPE) throughout its document."""
        if span.start > 0 and span.doc[span.start - 1].lower_ in self.titles:
            return False  # "in Jisr el-Shughour, Lieutenant Colonel Husain Harmoush": the parser hung him on "in"
        root = span.root
        while root.dep_ == "conj" and root.head is not root:  # "in Houla and Ibn Talkalakh"
            root = root.head
        head = root.head
        if root.dep_ == "pobj":
            return head.head.pos_ in ("VERB", "AUX") and (head.lower_ in self.place_cues["prepositions"] or (
                head.lower_ in self.place_cues["motion_prepositions"] and head.head.lemma_.lower() in self.motion_verbs))
        return root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in self.place_cues["verbs"]


    def _called_person(self, span: Span) -> bool:
        """Whether the text puts this name of several words in apposition to a person's role:
        "Nicola Sturgeon, the Scottish health secretary", "The Scottish health secretary, Nicola
        Sturgeon". The small model tags some such names ORG; the name is then a person
        throughout its document."""
        root = span.root
        role = (root.head if root.dep_ == "appos" else
                next((c for c in children(root) if c.dep_ == "appos"), None))
        return role is not None and role.tag_ == "NN" and role.lemma_.lower() in self.role_nouns

    def _called_company(self, span: Span) -> Span | None:
        """Whether the text calls this name a company: a legal form at its end or after it
        ("GlaxoSmithKline Plc", "Novartis AG"), a stock ticker after it ("GlaxoSmithKline
        (GSK.L)"), a company noun over it or its list ("Swiss drugmaker Novartis", "Sanofi,
        the world's largest vaccine maker", "European drugmakers Novartis, Sanofi-Aventis and
        Solvay", "vaccine makers including Novartis"), or its shares ("Novartis shares", "shares of Novartis"). The small model
        tags many company names PERSON or GPE; the name is then an organisation (ORG)
        throughout its document. Returns the name (without a ticker the tagger ran into it), or None."""
        doc = span.doc
        bracket = next((t.i for t in span if t.text in TICKER_OPENERS), None)
        if bracket == span.start:
            return None
        if bracket is not None:  # the tagger ran the name into its ticker: "GlaxoSmithKline -LRB- GSK"
            span = doc[span.start : bracket]
        return span if self._company_cue(span) else None

    def _company_cue(self, span: Span) -> bool:
        doc = span.doc
        following = doc[span.end] if span.end < len(doc) else None
        if any(t is not None and t.text[:1].isupper() and t.lower_.rstrip(".") in self.designators
               for t in (span[-1], following)):
            return True  # "Novartis AG", "GlaxoSmithKline Plc"; not "succeeding Jobs as CEO"
        if len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in self.company_tails \
                and not (following is not None and (following.is_title or following.lower_ in ("and", "&"))):
            return True  # "Fitch Ratings"; not "Chris Huhne Energy and Climate Change Secretary", a title run in
        after = doc[span.end : span.end + 4]
        if len(after) == 4 and after[0].text in TICKER_OPENERS and after[1].is_upper and after[2].text == "." \
                and after[3].is_upper:
            return True
        first = span.root
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ == "appos" and first.head.lemma_.lower() in self.company_nouns:
            return True  # "European drugmakers Novartis, …"
        if first.dep_ == "pobj" and first.head.lower_ in ("including", "like") \
                and first.head.head.lemma_.lower() in self.company_nouns:
            return True  # "vaccine makers including GlaxoSmithKline and Novartis"
        appositions = [c for c in children(first) if c.dep_ == "appos"]
        if any(c.tag_ == "NN" and c.lemma_.lower() in self.role_nouns for c in appositions):
            return False  # "Rolf Hagemann, finance chief of MMS, the largest retailer": the parser hung MMS's on him
        if any(c.lemma_.lower() in self.company_nouns and (c.dep_ == "appos" or c.i == span.start - 1)
               for c in children(first)):
            return True  # "drugmaker Novartis", "Sanofi, the world's largest drugmaker"; not "company president X"
        head = span.root.head
        return (span.root.dep_ in ("compound", "poss") and head.lower_ in SHARE_WORDS
                or span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SHARE_WORDS)

    def _called_event(self, span: Span) -> bool:
        """Whether the text calls this name an event (``patterns.json`` event_appositions): "the
        so-called Pan-European Picnic, a massive demonstration during which …". The small model
        tags such names ORG; the name is then an event (EVENT) throughout its document."""
        return any(child.dep_ == "appos" and child.tag_ == "NN" and child.lemma_.lower() in self.event_appositions
                   for child in children(span.root))


@Language.factory(
    "kg_mentions",
    assigns=["doc._.kg_mentions", "doc.spans"],
    requires=["doc.ents", "doc.sents", "token.dep", "token.pos", "token.tag", "token.lemma"],
)
def make_mentions(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(nlp)


def _one_person(noun: Token) -> bool:
    """Whether a nationality used as a noun names one person, not the nation: a singular with
    "a", "an" or "another" ("*an American* was kidnapped"), or a possessive after "the" ("*the
    Briton's* death"; the nation's would be "Britain's")."""
    if noun.tag_ not in ("NN", "NNP"):
        return False
    determiners = {c.lower_ for c in children(noun) if c.dep_ == "det"}
    return bool(determiners & {"a", "an", "another"}) or "the" in determiners and any(
        c.dep_ == "case" for c in children(noun))
