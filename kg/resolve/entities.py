"""Canonical entities: every mention of the corpus in, one :class:`Entity` per actor out.

``resolve_entities(extractions)`` returns the entities and a map from
``(document id, mention index)`` to entity id. Mentions are first given a
base key, then base keys are joined (union-find) by these rules:

- countries join on their ISO code ("U.S.", "America", "the Kremlin" as the
  Russian government, "Russian forces", all carry one);
- a person's full name is their given name (spelling variants and familiar
  forms folded by ``resources/entities/names.json``: Sergei/Sergey, Bill/William)
  and surname (an "al-" particle dropped, transliterations folded:
  Gaddafi/Qaddafi/Gadhafi); two full names join when the given
  names agree and the surnames are the same or, guarded, nearly so (rapidfuzz
  ratio ≥ 85, same initial: Zelensky/Zelenskyy; not when the texts write
  different offices before them: Sen. Mary Landrieu, Adm. Mary Landry) and their
  middle initials do not differ (George W. Bush is not George H. W. Bush); an
  initial for a given name ("V. Putin") joins the only full name it can abbreviate;
- a surname alone joins the full name with that surname in the same document
  (of several, the one with nine in ten of the corpus's full-name mentions of
  them, else the nearest preceding one), else the only such full
  name in the corpus; with no evidence it stays its own node (one per name,
  so two different "Johnson"s are never joined through it); a given name
  alone joins the nearest full name with that given name in its document, a
  familiar form only where the corpus writes it for that person ("Jim" for Jim
  Woolsey, but "her son Jack" is no John Oxford);
  either joins only a person of the sex its title ("Mrs", "Mr") or three or more
  pronouns referring back to it say (these where a namesake's given name is of
  that sex), and who holds the office written before it where another of the
  surname does ("President Obama" is no Michelle Obama); a
  word the corpus writes as a given name more often than as a surname joins no
  one across articles ("Michael Jackson's father Joseph" is no Evan Joseph);
- a one-word name after a monarch's or pope's title ("King Abdullah",
  ``titles.json`` given_name_titles) is a name of its own, not a surname, and
  keeps its title in its label;
- a name tagged PERSON is a place when its word, or its last word after a first
  word that is no given name ("Berriew Wales"), is no known given name nor the
  surname of a full name of the corpus, and the corpus tags it a place (alone or
  ending a place's name: "South Wales") more often than a person;
- a one-word name tagged PERSON that is a country's name is that country when
  its article, or else the corpus, writes it as the country more often ("But
  Jordan says …");
- a one-word name spaCy typed ORG/GPE/LOC that is the surname of a person in
  the same document, or that the corpus mostly tags as a person, is a person;
- a name the corpus types a thing (product, index, currency) at least as often
  as anything else is one ("Deepwater Horizon" tagged PERSON), and a name of
  several words the corpus types a person more often than not is a person, one
  it types an organisation more often than a person is none;
- a surname alone with no full name in its article joins the person with nine in
  ten of the corpus's full-name mentions of it and of its uses alone in the
  articles that name someone with it ("Obama"; "Gadhafi" where Khamis and Saif
  Gadhafi are named often too), unless it is used alone in more than four
  times as many articles as name that person in full ("Lord Goldsmith" in 17
  articles is not the Harvey Goldsmith one article names); words run into a
  name ("Reuters Barack Obama"), or an organisation's name after it ("Mark Bly
  BP"), go when the rest is a full name of the corpus;
- an acronym is one node over the corpus: it joins the expansion its articles
  introduce before it more often than all others together, else the one name
  in the corpus whose initials it spells ("NATO" ↔ "North Atlantic Treaty
  Organization"), and where an article defines it in brackets, that expansion
  (any name whose letters it takes in order: "Singapore Airlines (SIA)");
- an organisation name that is another plus a word for its trade joins it
  ("Apple Computer" = "Apple", ``organisations.json`` descriptive_tails);
- a named agreement or war joins the one name of the corpus that adds a
  prepositional phrase to it ("Budapest Memorandum" = "Budapest Memorandum on
  Security Assurances");
- other names join on their folded key; a pronoun or a description ("the
  alliance") takes its antecedent's entity, and is not listed among the aliases;
  "he" or "she" takes no place (an antecedent the tagger called a person).

Only keys with the same first letter and given name are compared fuzzily, so
the work grows with the number of distinct names, not with pairs of mentions.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kg.gazetteer import bare_name, fold, gazetteer, sex_of_first_name, surname_spelling
from kg.records import DocumentExtraction, Entity, Mention
from kg.resources import load_json, title_words
from kg.vocabulary import ACTOR_LABELS, INITIAL, THING_LABELS

MentionRef = tuple[str, int]  # (document id, mention index)
SURNAME_SIMILARITY = 85
#: a Roman number after a single name makes a monarch's or pope's name: "Abdullah II", "Benedict XVI"
REGNAL_NUMBER = re.compile(r"[ivx]+")
DOMINANT_SHARE = 0.9  # of a surname's full-name mentions, for a surname alone to stand for that person
#: how many times as often the corpus names a namesake in full as the one an article names nearest before a
#: surname alone, for that surname to stand for the former (:func:`_named_in_passing`)
FAR_MORE = 3
# a surname used alone (its article naming no one by it) in more than this many times as many
# articles as name the person in full is someone else: "Lord Goldsmith", alone in 17 articles, is
# not the Harvey Goldsmith one article names
OUTNUMBERED = 4
#: the cues whose label outvotes the tagger's in a name's other mentions; a thing rule's does not
#: ("the Gulf of Mexico spill" is no product)
CUES_OUTVOTING_THE_TAGGER = ("company", "place")
_CLASS = {"PERSON": "PERSON", "LAW": "WORK", "EVENT": "WORK"}
PLACE_LABELS = ("GPE", "LOC")
#: the letters a feed that drops accented letters leaves a name's last word short of ("Jos" of "José")
CUT_VOWELS = frozenset("aeiouy")
_SHORTENED = ("NAME", "THING")  # the classes whose names have short forms ("Northrop", "787" for "787 Dreamliner")


def entity_id(label: str, kind: str) -> str:
    """A stable, readable id.

    >>> entity_id("Vladimir Putin", "PERSON")
    'person:vladimir-putin'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii(label).lower()).strip("-") or "x"
    return f"{kind.lower()}:{slug}"


NAMES_CACHED = 1 << 18  # names repeat across mentions: each distinct one is worked out once


@lru_cache(maxsize=NAMES_CACHED)
def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return {variant: group[0] for group in load_json("entities/names.json")["first_names"] for variant in group}


@dataclass(frozen=True)
class PersonName:
    """A person's name as compared: canonical given name ("" when absent) and folded surname."""

    given: str
    surname: str
    middle: str = ""  # middle initials, which tell George W. Bush from George H. W. Bush

    @classmethod
    @lru_cache(maxsize=NAMES_CACHED)
    def parse(cls, key: str, text: str = "") -> PersonName:
        """The name in a key.

        >>> PersonName.parse("Sergey Lavrov")
        PersonName(given='sergei', surname='lavrov', middle='')
        >>> PersonName.parse("Bashar al-Assad") == PersonName.parse("Bashar Assad")
        True
        >>> PersonName.parse("Abdullah II")
        PersonName(given='abdulah', surname='ii', middle='')
        """
        names = load_json("entities/names.json")
        written = _ascii(key).casefold().replace(".", "").split()
        if len(written) == 2 and REGNAL_NUMBER.fullmatch(written[1]):
            # a monarch's or pope's name: "Abdullah II" is no Abdullah by surname ("Khalid Abdullah")
            return cls(_given(written[0]), written[1])
        words = [w for w in written if w not in names["suffixes"]] or [""]
        particle, _, rest = words[-1].partition("-")
        surname = surname_spelling(rest if rest and particle in names["particles"] else words[-1])
        if len(words) == 1:
            return cls("", surname)
        inner = text.split()[1:-1] if len(key.split()) == 2 else []
        middle = "".join(w[0].casefold() for w in inner if INITIAL.match(w))
        return cls(_given(words[0]), surname, middle)


def _given(word: str) -> str:
    """A given name as names are compared (folded, in lower case, without dots): its spelling
    variants and familiar forms one (``names.json`` first_names: Sergey = Sergei, Bill = William).

    >>> _given("Sergey") == _given("sergei"), _given("Alice")
    (True, 'alike')
    """
    word = _ascii(word).casefold().replace(".", "")
    return _given_names().get(word, _spelling(word))


def _spelling(given: str) -> str:
    """A given name with the spelling differences that never tell two names apart
    folded: c/k and doubled letters ("Carl-Henric" = "Carl-Henrik", "Philipp" = "Philip").

    >>> _spelling("carl-henric") == _spelling("carl-henrik"), _spelling("daniel") == _spelling("danielle")
    (True, False)
    """
    return re.sub(r"(\w)\1", r"\1", given.replace("c", "k"))


class _Union:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


@lru_cache(maxsize=NAMES_CACHED)
def _initials(key: str) -> str:
    """The letters an acronym of ``key`` spells; a word that is itself an acronym gives all its letters.

    >>> _initials("North Atlantic Treaty Organization"), _initials("BGC Partners")
    ('NATO', 'BGCP')
    """
    skip = load_json("entities/organisations.json")["acronym_skips"]
    return "".join(w.replace(".", "") if _is_acronym(w) else w[0] for w in re.split(r"[\s-]+", key)
                   if w and w.lower() not in skip and w[0].isupper())


def _is_acronym(key: str) -> bool:
    """Whether a name is an acronym, with or without dots.

    >>> _is_acronym("NATO"), _is_acronym("U.N."), _is_acronym("Nato")
    (True, True, False)
    """
    letters = key.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _unique(values) -> object | None:
    values = sorted(set(values))
    return values[0] if len(values) == 1 else None


@dataclass
class _Votes:
    """How the corpus types names: ``person``/``other`` count a word as a person's
    surname (or a one-word name beside that surname's full name) and as a one-word
    non-person name; ``by_name`` counts each whole name's labels."""

    person: Counter
    other: Counter
    by_name: dict[str, Counter]
    in_full: set[str]  # the surnames (as compared) of the full names whose given name is a known one
    place_ends: Counter  # the last words of the names of several words tagged a place ("South *Wales*")

    def place(self, word: str) -> bool:
        """Whether a word tagged PERSON is a place: no known given name, no one's surname in a full
        name of the corpus, and more often a place than a person, as a name (GPE, LOC) or as the
        end of a place's name ("Wales" in genealogy pages: tagged PERSON 51 times, GPE 39, and
        ends "South Wales" and "North Wales" 14 times; not "Sasha", tagged GPE once)."""
        key = _vote_key(word)
        labels = self.by_name.get(key, Counter())
        return (sum(labels[p] for p in PLACE_LABELS) + self.place_ends[key] > labels["PERSON"] and not _known_given(word)
                and surname_spelling(fold(word)) not in self.in_full)

    def thing(self, name: str) -> str | None:
        """The thing label (PRODUCT, INDEX, CURRENCY) of a name the corpus types a thing at
        least as often as anything else ("Deepwater Horizon": "the Deepwater Horizon rig")."""
        labels = self.by_name.get(_vote_key(name), Counter())
        things = sum(labels[t] for t in THING_LABELS)
        if not things or things < labels.total() - things:
            return None
        return max(THING_LABELS, key=lambda t: (labels[t], t))

    def person_name(self, name: str) -> bool:
        """Whether a name of several words is typed a person more often than anything else."""
        labels = self.by_name.get(_vote_key(name), Counter())
        return labels["PERSON"] > labels.total() - labels["PERSON"]

    def organisation_name(self, name: str) -> bool:
        """Whether a name of several words is typed an organisation more often than a person."""
        labels = self.by_name.get(_vote_key(name), Counter())
        return labels["ORG"] > labels["PERSON"]


@lru_cache(maxsize=NAMES_CACHED)
def _vote_key(name: str) -> str:
    """The form a name is counted in: folded, with its spelling variants one ("Carl-Henric" = "Carl-Henrik")."""
    return _spelling(fold(name))


def _known_given(word: str) -> bool:
    """Whether a word is a given name ``names.json`` or gender-guesser knows ("Evan"; not "Abergavenny")."""
    plain = _ascii(word).replace(".", "")
    return sex_of_first_name(plain.capitalize()) is not None or plain.casefold() in _given_names()


def _votes(extractions: list[DocumentExtraction]) -> _Votes:
    votes = _Votes(Counter(), Counter(), defaultdict(Counter), set(), Counter())
    for extraction in extractions:
        surnames = _surnames(extraction)
        for mention in extraction.mentions:
            if mention.resolved_from or mention.country_code:
                continue
            words = mention.key.split()
            if mention.label == "PERSON" and len(words) > 1 and _known_given(words[0]):
                votes.in_full.add(surname_spelling(fold(words[-1])))
            if mention.label in PLACE_LABELS and len(words) > 1:
                votes.place_ends[_vote_key(words[-1])] += 1
            votes.by_name[_vote_key(mention.key)][mention.label] += 1
            if mention.label == "PERSON" or surname_spelling(fold(mention.key)) in surnames:
                votes.person[surname_spelling(fold(words[-1]))] += 1
            elif len(words) == 1:
                votes.other[surname_spelling(fold(words[0]))] += 1
    return votes


def _surnames(extraction: DocumentExtraction) -> set[str]:
    """The surnames of the full names of a document, transliterations folded."""
    return {surname_spelling(fold(m.key.split()[-1])) for m in extraction.mentions
            if m.label == "PERSON" and " " in m.key}


def _retype(extraction: DocumentExtraction, votes: _Votes) -> list[str]:
    """The class each mention is resolved in: PERSON, WORK (LAW, EVENT), THING
    (products, indices, currencies) or NAME (the rest).

    A name the corpus types a thing at least as often as anything else is a
    thing, whatever spaCy called it here ("Deepwater Horizon" tagged PERSON). A
    one-word name is a person when it is a person's surname in the same
    document, or when the corpus calls it a person at least as often as
    something else (the small model tags some surnames ORG throughout), and not
    when the corpus calls it something else more often ("Novartis" tagged PERSON
    where no text calls it a drugmaker); a name of several words when the corpus
    calls it a person more often than not ("Carl-Henric Svanberg" tagged ORG), and
    not when it calls it an organisation more often than a person ("Northrop
    Grumman" tagged PERSON).
    """
    surnames = {name for name in _surnames(extraction) if not votes.place(name)}  # "Abergavenny Wales" names no Wales
    classes = []
    for mention in extraction.mentions:
        kind = _CLASS.get(mention.label, "NAME")
        word = fold(mention.key)
        spelled = surname_spelling(word)  # as a surname is compared: "Gadaffi" is the Gaddafi of "Muammar Gaddafi"
        named = not mention.country_code and not mention.resolved_from
        if named and kind != "WORK" and votes.thing(word):
            kind = "THING"
        elif kind == "PERSON" and named and _tagged_place(mention.key, votes):
            kind = "PLACE"
        elif kind == "PERSON" and named and (votes.organisation_name(word) if " " in word
                                             else spelled not in surnames and votes.other[spelled] > votes.person[spelled]):
            kind = "NAME"
        elif kind == "NAME" and named and not _is_acronym(mention.key) and not votes.place(word) and not (
                _place_of_a_place_noun(extraction, mention)) and (
                spelled in surnames or votes.person[spelled] >= votes.other[spelled] > 0 if " " not in word
                else votes.person_name(word)):
            kind = "PERSON"
        classes.append(kind)
    return classes


#: a noun of a place and "of" right before a name: "the *village of* Nasr"
PLACE_NOUN_OF = re.compile(r"\b([a-z]+) of\s+$")


def _place_of_a_place_noun(extraction: DocumentExtraction, mention: Mention) -> bool:
    """Whether a name tagged a place follows a noun of a place and "of" ("the village of Nasr",
    "the town of Zintan"; ``place_nouns`` of actors.json): the place itself, though a person of
    the text has it as a surname ("Mokhtar Ben Nasr")."""
    if mention.label not in PLACE_LABELS:
        return False
    found = PLACE_NOUN_OF.search(extraction.document.text[max(0, mention.start - 20) : mention.start])
    return found is not None and found.group(1) in _place_nouns()


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """Nouns that name a place itself (``place_nouns`` of actors.json, as the extraction reads them; read here
    without it, which would bring spaCy into ``kg query``)."""
    return frozenset(load_json("entities/actors.json")["place_nouns"]["words"])


def _tagged_place(name: str, votes: _Votes) -> bool:
    """Whether a name tagged PERSON is a place (``_Votes.place``): the word alone ("Wales"), or a
    place after a first word that is no given name ("Abergavenny Wales", "b. Meifod": a town and
    its county, a birthplace after "born")."""
    words = name.split()
    return votes.place(words[-1]) and (len(words) == 1 or not _known_given(words[0]))


def _full_names(extractions: list[DocumentExtraction]) -> set[str]:
    """The folded two-word names the corpus tags PERSON."""
    return {fold(m.key) for x in extractions for m in x.mentions if m.label == "PERSON" and len(m.key.split()) == 2}


def _organisation_names(extractions: list[DocumentExtraction]) -> set[str]:
    """The folded names the corpus tags ORG."""
    return {fold(m.key) for x in extractions for m in x.mentions if m.label == "ORG"}


def _person_key(key: str, full_names: set[str], organisations: set[str]) -> str:
    """A person's name without words run into it, when what is left is a full name of the
    corpus: from before ("Reuters Barack Obama", "Katrina Barack Obama" → "Barack Obama"), or
    an organisation's name after it where a comma was lost ("Mark Bly BP's head of safety" →
    "Mark Bly": else BP, as his surname, would become him across the article).

    >>> _person_key("Reuters Barack Obama", {"barack obama"}, set()), _person_key("Martin Luther King", set(), set())
    ('Barack Obama', 'Martin Luther King')
    >>> _person_key("Mark Bly BP", {"mark bly"}, {"bp"})
    'Mark Bly'
    """
    words = key.split()
    if len(words) > 2 and fold(" ".join(words[-2:])) in full_names:
        return " ".join(words[-2:])
    if len(words) > 2 and fold(" ".join(words[:2])) in full_names and fold(" ".join(words[2:])) in organisations:
        return " ".join(words[:2])
    return key


def _base_keys(extractions, votes):
    """Per document: each mention's class and base key (a list the linking steps refine)."""
    full_names, organisations = _full_names(extractions), _organisation_names(extractions)
    countries = _CountriesTaggedPeople(extractions)
    for extraction in extractions:
        classes = _retype(extraction, votes)
        keys = []
        for mention, kind in zip(extraction.mentions, classes, strict=False):
            if mention.country_code:
                keys.append(("COUNTRY", mention.country_code))
            elif kind == "PERSON" and " " not in mention.key and (code := countries.code(extraction, mention)):
                keys.append(("COUNTRY", code))
            elif kind == "PERSON":
                name = PersonName.parse(_person_key(mention.key, full_names, organisations), mention.text)
                title = _given_name_title(extraction, mention)
                if title and not name.given:  # "King Abdullah": a name of its own, as if "King" were his given name
                    name = PersonName(title, name.surname)
                keys.append(("PERSON", name.given, name.surname) + ((name.middle,) if name.middle else ()))
            else:  # a place tagged PERSON is named as the places tagged so are ("Wales")
                keys.append(("NAME" if kind == "PLACE" else kind, fold(_ascii(mention.key))))
        yield extraction, classes, keys


#: a capitalised word right before a name, and the dot of its abbreviation: "*Ms* Wilson", "*Mr.* Rove"
WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")


@lru_cache(maxsize=1)
def _title_sexes() -> dict[str, str]:
    gendered = load_json("entities/actors.json")["gendered_words"]
    return {word: sex for sex in ("female", "male") for word in gendered[sex]}


def _titled_sex(extraction: DocumentExtraction, mention: Mention) -> str | None:
    """The sex a title before a name says ("*Ms* Wilson", "*Mr* Rove"; ``gendered_words`` of
    actors.json), written before the mention or as its first word; None without one."""
    first = mention.text.split()[0].rstrip(".").lower() if mention.text.split() else ""
    found = WORD_BEFORE.search(extraction.document.text[max(0, mention.start - 12) : mention.start])
    return _title_sexes().get(first) or (_title_sexes().get(found.group(1).lower()) if found else None)


#: a lower-case word right before a name: "the *elder* Assad"
LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _told_apart(extraction: DocumentExtraction, mention: Mention) -> bool:
    """Whether a word before a surname alone tells an older one of a family from a younger ("the
    *elder* Assad": ``namesake_words`` of actors.json)."""
    found = LOWER_WORD_BEFORE.search(extraction.document.text[max(0, mention.start - 12) : mention.start])
    return found is not None and found.group(1) in _namesake_words()


@lru_cache(maxsize=1)
def _namesake_words() -> frozenset[str]:
    return frozenset(load_json("entities/actors.json")["namesake_words"]["words"])


#: how far back before a name its title is looked for, in characters ("Secretary of State", "Maj Gen")
TITLE_REACH = 40


def _titles_before(extraction: DocumentExtraction, mention: Mention) -> list[str]:
    """The words of the title written right before a person's name, in lower case: inside the
    mention ("*King* Abdullah") and before it ("*President* Obama", the tagger's name being
    "Obama"); a word that is no title (a nationality, a possessive, a comma) ends the title."""
    written = mention.text.split()
    first = mention.key.split()[0] if mention.key else ""
    inside = written[: written.index(first)] if first in written else []
    before = extraction.document.text[max(0, mention.start - TITLE_REACH) : mention.start].split()
    words = (before[1:] if mention.start > TITLE_REACH else before) + inside  # the first word read may be cut
    title: list[str] = []
    for word in reversed(words):
        word = word.lower().rstrip(".")
        if word not in title_words():
            break
        title.insert(0, word)
    return title


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The title words that name an office, not a courtesy ("President", "Gen"; not "Mr", "Dr")."""
    titles = load_json("titles.json")
    return frozenset(titles["titles"]) - frozenset(titles["honorifics"]["words"])


def _given_name_title(extraction: DocumentExtraction, mention: Mention) -> str | None:
    """The monarch's or pope's title a one-word name is written after ("*King* Abdullah";
    ``titles.json`` given_name_titles), which makes it a given or regnal name, not a surname."""
    if " " in mention.key:
        return None
    title = _titles_before(extraction, mention)
    return title[-1] if title and title[-1] in _given_name_titles() else None


@lru_cache(maxsize=1)
def _given_name_titles() -> frozenset[str]:
    return frozenset(load_json("titles.json")["given_name_titles"]["words"])


class _CountriesTaggedPeople:
    """Which one-word names tagged PERSON are a country ("But Jordan says it is placing a huge
    burden"): those the gazetteer knows as one that their document writes as the country (a
    mention with its ISO code) more often than it tags them a person, or, where the document never
    writes them as the country, that the corpus does; a full name ending in the word ("King
    Abdullah Park Jordan", a tagger's run of words) counts for the person."""

    def __init__(self, extractions: list[DocumentExtraction]):
        self.as_country: Counter = Counter()  # (document id or None for the corpus, word) → mentions
        self.as_person: Counter = Counter()
        for extraction in extractions:
            for mention in extraction.mentions:
                if mention.resolved_from:
                    continue
                if mention.country_code and " " not in mention.key:
                    counts, word = self.as_country, mention.key
                elif mention.label == "PERSON" and mention.key:
                    counts, word = self.as_person, mention.key.split()[-1]
                else:
                    continue
                counts[(extraction.document.id, word)] += 1
                counts[(None, word)] += 1

    def code(self, extraction: DocumentExtraction, mention: Mention) -> str | None:
        """The ISO code of the country a one-word name tagged PERSON is, else None."""
        code = gazetteer().country(mention.key)
        if code is None:
            return None
        where = extraction.document.id if self.as_country[(extraction.document.id, mention.key)] else None
        return code if self.as_country[(where, mention.key)] > self.as_person[(where, mention.key)] else None


@lru_cache(maxsize=1)
def _pronoun_sexes() -> dict[str, str]:
    return load_json("entities/actors.json")["gendered_words"]["pronouns"]


#: of the pronouns that take a document's surname alone for antecedent, how many, and the share of one
#: sex, that tell the surname's sex there ("President Obama … he", though "Michelle Obama" is named once);
#: one or two may be a wrong antecedent (a name called out in a transcript, "Hala, …")
PRONOUNS_NEEDED = 3
PRONOUN_SHARE = 0.75


def _surname_sexes(extraction: DocumentExtraction, keys: list[tuple]) -> dict[str, str]:
    """The sex each surname used alone in a document has by the pronouns that refer back to it:
    the sex of three in four of them, when they are three or more (a pronoun's antecedent is now
    and then wrong)."""
    told: dict[str, Counter] = defaultdict(Counter)
    for mention in extraction.mentions:
        sex = _pronoun_sexes().get(mention.text.lower())
        if mention.resolved_from == "pronoun" and mention.antecedent is not None and sex:
            key = keys[mention.antecedent]
            if key[0] == "PERSON" and not key[1]:
                told[key[2]][sex] += 1
    return {surname: sex for surname, sexes in told.items() for sex, n in sexes.items()
            if sexes.total() >= PRONOUNS_NEEDED and n >= PRONOUN_SHARE * sexes.total()}


def _offices(documents) -> dict[tuple, frozenset[str]]:
    """The offices written before each full name of the corpus, by its key ("Sen. Mary Landrieu":
    sen; "Rear Adm. Mary Landry": adm)."""
    offices: dict[tuple, frozenset[str]] = defaultdict(frozenset)
    for extraction, _, keys in documents:
        for mention, key in zip(extraction.mentions, keys, strict=False):
            if key[0] == "PERSON" and key[1] and not mention.resolved_from:
                offices[key] |= frozenset(_titles_before(extraction, mention)) & _role_words()
    return offices


def _link_people(union: _Union, documents) -> None:
    """Join near-identical full names, and each surname alone to its full name."""
    full = sorted({k for _, _, keys in documents for k in keys if k[0] == "PERSON" and k[1]})
    offices = _offices(documents)
    blocks: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for key in full:
        blocks[(key[1], key[2][:1])].append(key)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                # nearly the same surname is the same person, unless the texts give them different offices
                # ("Sen. Mary Landrieu" is not "Adm. Mary Landry")
                if a[3:] == b[3:] and fuzz.ratio(a[2], b[2]) >= SURNAME_SIMILARITY and (
                        not offices[a] or not offices[b] or offices[a] & offices[b]):
                    union.join(a, b)
    middles: dict[tuple, set] = defaultdict(set)
    for key in full:
        if len(key) == 4:
            middles[key[:3]].add(key)
    for plain, with_middle in middles.items():  # "Vladimir Putin" is "Vladimir V. Putin", unless two initials compete
        if len(with_middle) == 1:
            union.join(plain, next(iter(with_middle)))
    same_surname: dict[str, list[tuple]] = defaultdict(list)
    for key in full:
        same_surname[key[2]].append(key)
    for key in full:  # "V. Putin" joins the one Putin whose given name starts with V
        if len(key[1]) == 1:
            match = _unique(union.find(k) for k in same_surname[key[2]] if len(k[1]) > 1 and k[1][0] == key[1])
            if match is not None:
                union.join(key, match)
    _link_names_alone(union, documents, full, same_surname, offices)


@dataclass
class _Known:
    """What the corpus says of its full names, for the names written alone: each person's
    full-name mentions (``written``) and articles (``named_in``), the offices written before
    their full name (``offices``: "President" for Barack Obama, none for Michelle Obama), and how
    often each word is a full name's given name (canonical) and surname; ``sexes``: the sexes
    their given names as written say (``sex_of_first_name``: "Michelle", not the folded "mikhele");
    ``givens``: their given names as written (``_spelling``: "Jim" and "James" for Jim Woolsey)."""

    person_of: dict[tuple, tuple]  # full-name key → the person (root) before names alone join
    written: Counter
    named_in: Counter
    offices: dict[tuple, frozenset[str]]
    sexes: dict[tuple, frozenset[str]]
    givens: dict[tuple, frozenset[str]]
    as_given: Counter
    as_surname: Counter

    def fits(self, person: tuple, sex: str | None, office: frozenset[str], namesakes: list[tuple]) -> bool:
        """Whether a name written alone, of ``sex`` and after ``office``, may be ``person``: the
        given name does not say the other sex ("Joseph Wilson" is no "Ms Wilson"), and the person
        holds the office where another of the surname's ``namesakes`` (full-name keys) does
        ("President Obama" is no Michelle Obama)."""
        if sex is not None and not self.sexes[person] <= {sex}:
            return False
        return not office or office & self.offices[person] or not any(office & self.offices[self.person_of[k]] for k in namesakes)


def _known(documents, full: list[tuple], union: _Union, offices: dict[tuple, frozenset[str]]) -> _Known:
    person_of = {k: union.find(k) for k in full}  # before surnames alone join (and may become the root)
    known = _Known(person_of, Counter(), Counter(), defaultdict(frozenset), defaultdict(frozenset), defaultdict(frozenset),
                   Counter(), Counter())
    for key in full:
        known.offices[person_of[key]] |= offices[key]
    for extraction, _, keys in documents:
        people = set()
        for mention, key in zip(extraction.mentions, keys, strict=False):
            if key[0] != "PERSON" or not key[1]:
                continue
            person = person_of[key]
            people.add(person)
            if not mention.resolved_from:  # a pronoun's key is its antecedent's
                known.written[person] += 1
                known.as_given[key[1]] += 1
                known.as_surname[key[2]] += 1
                given = _given_as_written(mention.key, key)
                known.sexes[person] |= {sex_of_first_name(given)} - {None}
                known.givens[person] |= {_spelled(given)}
        known.named_in.update(people)  # articles naming each person in full
    return known


def _link_names_alone(union: _Union, documents, full: list[tuple], same_surname: dict[str, list[tuple]],
                      offices: dict[tuple, frozenset[str]]) -> None:
    """Join each surname alone, or given name alone, to its full name (the module's rules)."""
    known = _known(documents, full, union, offices)
    # whom a surname alone stands for where its article names the person: the evidence for the articles that do not
    alone: dict[str, Counter] = defaultdict(Counter)
    unnamed: list[tuple[tuple, tuple, str | None, frozenset[str], bool]] = []
    alone_in: dict[str, set[str]] = defaultdict(set)  # the articles using a surname with no full name for it
    for extraction, _, keys in documents:
        surnames: dict[str, list[tuple[int, tuple]]] = defaultdict(list)
        givens: dict[str, list[tuple[int, tuple]]] = defaultdict(list)
        for i, k in enumerate(keys):
            # the full names as written: a pronoun keyed by its antecedent counts no second time
            # ("against the late Hafez al-Assad, *he* sent troops" makes Hafez no likelier than the
            # Bashar al-Assad the story is about, whom the next "Assad" names)
            if k[0] == "PERSON" and k[1] and not extraction.mentions[i].resolved_from:
                surnames[k[2]].append((i, k))
                givens[k[1]].append((i, k))
        told = _surname_sexes(extraction, keys)
        for position, key in enumerate(keys):
            if key[0] != "PERSON" or key[1]:
                continue
            mention = extraction.mentions[position]
            keys[position] = node = key + (extraction.document.id, position)
            # of the sex its title or the pronouns that refer to it say, and holding the office written before it
            namesakes = same_surname.get(key[2], [])
            if len({known.person_of[k] for k in namesakes}) > 1 and _told_apart(extraction, mention):
                union.join(node, key)  # "the elder Assad" of Hafez and Bashar: the word says which, the text does not
                continue
            told_sex = told.get(key[2])
            if not any(known.sexes[known.person_of[k]] == {told_sex} for k in namesakes):
                told_sex = None  # pronouns choose among namesakes; of a sex none has, they are likely misread ("she" as Gadhafi)
            sex = _titled_sex(extraction, mention) or told_sex
            office = frozenset(_titles_before(extraction, mention)) & _role_words()
            # a surname alone, else a given name alone ("Steve" after "Steve Jobs")
            given = _given(mention.key)
            # a given name alone is a person the corpus calls so, familiar form or not: "Jim" is the Jim Woolsey
            # an article names James Woolsey, "her son Jack" no John Oxford
            called = [(i, k) for i, k in givens.get(given, []) if _spelled(mention.key) in known.givens[known.person_of[k]]]
            in_doc = [(i, k) for i, k in surnames.get(key[2]) or called if known.fits(known.person_of[k], sex, office, namesakes)]
            if not in_doc:
                unnamed.append((node, key, sex, office, known.as_given[given] > known.as_surname[key[2]]))
                alone_in[key[2]].add(extraction.document.id)
                continue
            before = bisect_left(in_doc, position, key=lambda entry: entry[0])  # the nearest preceding, else the last
            target = in_doc[before - 1][1]
            named = [(i, k) for i, k in surnames.get(key[2], ()) if known.fits(known.person_of[k], sex, office, namesakes)]
            dominant = _dominant(Counter({known.person_of[k]: known.written[known.person_of[k]] for _, k in named}))
            if dominant is None and named:
                dominant = _named_in_passing(known, Counter(known.person_of[k] for _, k in named), known.person_of[target],
                                             known.person_of[named[0][1]])
            if dominant is not None:  # "Gaddafi" after "Saadi Gaddafi" is still Muammar Gaddafi, named before
                target = next(k for _, k in named if known.person_of[k] == dominant)
            if named:
                alone[key[2]][known.person_of[target]] += 1
            union.join(node, target)
    for node, key, sex, office, given in unnamed:
        # the one with nine in ten of the surname's full-name mentions and of its uses alone in the
        # articles that name someone with it ("Gadhafi" is Moammar Gadhafi, though Khamis and Saif are named often),
        # of the sex and office written with it; a word the corpus writes as a given name more often than as
        # a surname is no one's surname ("Michael Jackson's father Joseph" is no Evan Joseph)
        namesakes = same_surname.get(key[2], ())
        votes = alone[key[2]] + Counter({known.person_of[k]: known.written[known.person_of[k]] for k in namesakes})
        target = None if given else _dominant(Counter({person: n for person, n in votes.items()
                                                       if known.fits(person, sex, office, namesakes)}))
        if target is not None and len(alone_in[key[2]]) > OUTNUMBERED * known.named_in[target]:
            target = None
        union.join(node, target if target is not None else key)


def _named_in_passing(known: _Known, in_doc: Counter, nearest: tuple, first: tuple) -> tuple | None:
    """The namesake a surname alone stands for instead of the ``nearest`` full name before it, when
    that one is only named in passing: another of the article's namesakes (``in_doc``: their
    full-name mentions there), named there at least as often or named ``first`` (whom the story
    opens with), is named in the corpus :data:`FAR_MORE` times as often ("Bashar al-Assad …
    succeeded his father, Hafez al-Assad, in 2000. *Assad* said" is Bashar in a corpus about him,
    also where the father is named twice: "his father Hafez al-Assad sent commandos … Hafez
    al-Assad's brother Rifaat"). Else None: "Bill Clinton spoke. Hillary Clinton spoke next.
    *Clinton* was brief" is Hillary."""
    others = [person for person, count in in_doc.items() if person != nearest
              and (count >= in_doc[nearest] or person == first)
              and known.written[person] >= FAR_MORE * known.written[nearest]]
    return max(others, key=lambda person: (known.written[person], person)) if others else None


def _spelled(word: str) -> str:
    """A given name as written, compared without case, accents, dots or spelling differences
    (``_spelling``), but not through familiar forms ("Jack" is not "John")."""
    return _spelling(_ascii(word).casefold().replace(".", ""))


def _given_as_written(name: str, key: tuple) -> str:
    """The word of ``name`` that is the given name of the person's ``key``: not a word run into the
    name before it ("Michael Katherine Jackson" is Katherine Jackson).

    >>> _given_as_written("Michael Katherine Jackson", ("PERSON", _given("katherine"), "jackson"))
    'Katherine'
    """
    return next((word for word in name.split() if _given(word) == key[1]), "")


def _dominant(people: Counter) -> tuple | None:
    """The person a surname alone stands for where its article gives no full name: the
    only one with it in the corpus, or the one with nine in ten of their mentions
    ("Obama" is Barack Obama where Michelle Obama is named a few times)."""
    if not people:
        return None
    best, count = max(people.items(), key=lambda kv: (kv[1], kv[0]))
    return best if len(people) == 1 or count >= DOMINANT_SHARE * people.total() else None


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of the organisation name ``full``: its
    acronym, its first words, or what follows a leading country or nationality.

    >>> abbreviates("NATO", "North Atlantic Treaty Organization"), abbreviates("Northrop", "Northrop Grumman")
    (True, True)
    >>> abbreviates("Air Force", "United States Air Force"), abbreviates("Air Force", "Israeli Air Force")
    (True, True)
    >>> abbreviates("Air France", "Air Force")
    False
    """
    words, long_words = short.split(), full.split()
    if len(words) >= len(long_words):
        return False
    if _is_acronym(short):
        return _initials(full) == short
    if long_words[: len(words)] == words:
        return True
    leading = " ".join(long_words[: -len(words)])
    return long_words[-len(words) :] == words and (gazetteer().country(leading) or gazetteer().demonym(leading)) is not None


#: the lower-case word right after a name: "Gulf" *coast*
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _rejoin_cut_places(documents) -> None:
    """Give a place name the key of the longer place name it is the start of when the word after
    it, capitalised, makes a place name of the corpus: "the Gulf coast" is the "Gulf Coast" other
    sentences write, not the "Gulf". Why: names lose their lower-case last word ("the Gulf coast"
    is tagged, and a name ends at its last capitalised word), and the cut name is then another
    place; a word after it that makes no name of the corpus ("the Louisiana coast") is left to
    the name."""
    places = {key for extraction, _, keys in documents for mention, key in zip(extraction.mentions, keys, strict=False)
              if key[0] == "NAME" and mention.label in PLACE_LABELS and not mention.resolved_from}
    for extraction, _, keys in documents:
        for position, (mention, key) in enumerate(zip(extraction.mentions, keys, strict=False)):
            if key not in places or mention.resolved_from:
                continue
            word = _NEXT_WORD.match(extraction.document.text, mention.end)
            longer = ("NAME", fold(_ascii(f"{mention.key} {word.group(1)}"))) if word else None
            if longer in places:
                keys[position] = longer


def _cut_before_of(short: str, full: str, mentions: tuple[Mention, Mention]) -> bool:
    """Whether the place name ``short`` is the place name ``full`` cut before its "of": "the Gulf"
    of "the Gulf of Mexico", "the Strait" of "the Strait of Hormuz". Why: a text names such a place
    in full and then by its first word, which it writes more often than the full name (so the
    test organisations take, "Apple" is not "Apple TV", does not hold), and no other name that
    begins with it is meant ("the Gulf Coast" is another place).

    >>> m = Mention(0, 4, "Gulf", "LOC", 0, "Gulf")
    >>> _cut_before_of("Gulf", "Gulf of Mexico", (m, m)), _cut_before_of("Gulf", "Gulf Coast", (m, m))
    (True, False)
    """
    return all(m.label in PLACE_LABELS for m in mentions) and _before_of(short, full)


def _before_of(short: str, full: str) -> bool:
    """Whether ``full`` is ``short`` and an "of" phrase: "Gulf" of "Gulf of Mexico"."""
    words = full.split()
    return len(words) > len(short.split()) + 1 and words[len(short.split())] == "of" and full.startswith(short + " ")


def _link_short_names(union: _Union, documents) -> None:
    """Join a short organisation name to the one name in its document it abbreviates
    (for first words and what follows a country, a name introduced earlier,
    and for first words a name more frequent in the corpus than the short one:
    "Northrop Grumman … Northrop", but not "Apple … Apple TV").

    An acronym is a name in its own right, one node over the corpus: it joins
    the expansion its documents introduce before it (or define it by, "General
    Motors (GM)") more often than all others together — "Barataria Pass" after
    "BP" introduces nothing — else, when no document spells it out, the one
    name in the corpus whose initials it spells; where an article defines it
    in brackets it joins that expansion there whatever the corpus says. A
    short form that is no acronym likewise joins, in the articles that never
    name what it shortens, the name it shortens in more of the other articles
    than all others together ("Air Force" alone is the "U.S. Air Force" it
    stood for elsewhere)."""
    spelled: set[tuple[tuple, str, tuple]] = set()  # (acronym key, document, expansion key) spelled out there
    shortened: dict[tuple, Counter] = defaultdict(Counter)  # short form key → the names it shortens, per document
    beside_longer: list[tuple[tuple, tuple]] = []  # (node, key) of short forms kept apart in their document
    acronyms: dict[tuple, str] = {}  # acronym key → its letters
    corpus: dict[str, set] = defaultdict(set)
    for extraction, _, keys in documents:
        for mention, key in zip(extraction.mentions, keys, strict=False):
            if key[0] in _SHORTENED and " " in mention.key:
                corpus[_initials(mention.key)].add(key)
    standalone = Counter(k for extraction, _, keys in documents for m, k in zip(extraction.mentions, keys, strict=False)
                         if k[0] in _SHORTENED and not m.resolved_from)  # how often each is written, pronouns aside
    for extraction, _, keys in documents:
        # the keys as the document writes them: joining below replaces some in ``keys``
        written = list(keys)
        index: dict[str, list[tuple[str, tuple, int]]] = defaultdict(list)  # short form → (name, key, first seen)
        seen: set[str] = set()
        for position, (mention, key) in enumerate(zip(extraction.mentions, keys, strict=False)):
            if key[0] in _SHORTENED and len(key) == 2 and " " in mention.key and mention.key not in seen:
                seen.add(mention.key)
                for short in _short_forms(mention.key):
                    index[short].append((mention.key, key, position))
        for position, (mention, key) in enumerate(zip(extraction.mentions, keys, strict=False)):
            if key[0] not in _SHORTENED or mention.resolved_from or key[1] != fold(_ascii(mention.key)):
                continue  # a name rejoined to the longer one it was cut from ("the Gulf coast") is no short form
            short = mention.key.replace(".", "") if _is_acronym(mention.key) else mention.key
            acronym = short != mention.key or _is_acronym(short)
            if acronym:
                acronyms[key] = short
            candidates = index.get(short, ())
            longer = [(k, first) for full, k, first in candidates
                      if _cut_before_of(short, full, (mention, extraction.mentions[first]))] or [
                (k, first) for full, k, first in candidates if abbreviates(short, full) and (
                    acronym or standalone[key] < standalone[k] or not full.startswith(short))]
            target = _unique(k for k, first in longer if acronym or first < position)
            if target is None and acronym:  # "Singapore Airlines (SIA)": brackets say what the letters stand for
                target = _bracketed_expansion(extraction, position, written, short)
            if target is None and longer and not acronym:  # "Air Force" beside "Israeli Air Force", named after it,
                keys[position] = key + (extraction.document.id,)  # is not another article's "Air Force"
                beside_longer.append((keys[position], key))
            if target is None or target == key:
                continue
            if acronym and (_defines(extraction, position, written, target) or _introduces(written, key, target)):
                spelled.add((key, extraction.document.id, target))
            if acronym and not _defines(extraction, position, written, target):
                continue
            if not acronym:
                shortened[key][target] += 1
            keys[position] = node = key + (extraction.document.id,)
            union.join(node, target)
    for key, targets in sorted(shortened.items()):  # "Air Force" where no article names the one it shortens
        best, count = max(targets.items(), key=lambda kv: (kv[1], kv[0]))
        if count > targets.total() - count:
            union.join(key, best)
    for node, key in beside_longer:  # "Gulf" beside "US Gulf" is the corpus's one "Gulf" when it stands for no other
        if union.find(key) == key:
            union.join(node, key)
    votes: dict[tuple, Counter] = defaultdict(Counter)
    for key, _, target in spelled:
        votes[key][target] += 1
    for key, short in sorted(acronyms.items()):
        best = max(votes[key].items(), key=lambda kv: (kv[1], kv[0]), default=None)
        if best is not None and best[1] > votes[key].total() - best[1]:
            union.join(key, best[0])
        elif best is None and _unique(corpus.get(short, ())) is not None:
            union.join(key, _unique(corpus[short]))


#: words that carry a named agreement or event on ("Article 5 *of* the Washington Treaty"): what comes before is its short form
WORK_NAME_PREPOSITIONS = frozenset({"of", "on"})


def _link_work_heads(union: _Union, documents) -> None:
    """Join a named agreement or event to the one name earlier in its document that it is the
    start of up to a preposition: "Article 5" → "Article 5 of the 1949 Washington Treaty";
    elsewhere in the corpus, to the one such name of the corpus ("the Budapest Memorandum" →
    "the Budapest Memorandum on Security Assurances"), unless it names a part ("Article 5"
    of which treaty?)."""
    parts = frozenset(load_json("entities/patterns.json")["parts"])
    corpus: dict[str, set[tuple]] = defaultdict(set)  # the same over the corpus, by folded key
    alone: set[tuple] = set()  # keys of short names no longer name in their own document starts
    for extraction, _, keys in documents:
        heads: dict[str, set[tuple]] = defaultdict(set)  # the words before a preposition → the full names' keys
        for position, (mention, key) in enumerate(zip(extraction.mentions, keys, strict=False)):
            if key[0] != "WORK" or mention.resolved_from:
                continue
            target = _unique(heads.get(mention.key, ()))
            if target is not None and target != key:
                keys[position] = node = key + (extraction.document.id,)
                union.join(node, target)
            elif mention.key.split()[0].lower() not in parts:
                alone.add(key)
            words = mention.key.split()
            for n in range(1, len(words)):
                if words[n].lower() in WORK_NAME_PREPOSITIONS:
                    heads[" ".join(words[:n])].add(key)
                    corpus[fold(_ascii(" ".join(words[:n])))].add(key)
    for key in sorted(alone):
        target = _unique(corpus.get(key[1], ()))
        if target is not None and target != key:
            union.join(key, target)


def _link_descriptive_tails(union: _Union, documents) -> None:
    """Join an organisation name that is another one plus a word naming its trade
    (``organisations.json`` descriptive_tails) to that name: "Apple Computer" is
    "Apple", when the corpus types both names organisations more often than anything
    else; "Apple Records" and a country ("Qatar Airways") are left alone."""
    tails = frozenset(load_json("entities/organisations.json")["descriptive_tails"]["words"])
    labels: dict[tuple, Counter] = defaultdict(Counter)
    for extraction, _, keys in documents:
        for mention, key in zip(extraction.mentions, keys, strict=False):
            if key[0] == "NAME" and not mention.resolved_from:
                labels[key[:2]][mention.label] += 1
    organisations = {key for key, counts in labels.items() if 2 * counts["ORG"] > counts.total()}
    for key in sorted(organisations):
        words = key[1].split()
        shorter = ("NAME", " ".join(words[:-1]))
        if len(words) > 1 and words[-1] in tails and shorter in organisations:
            union.join(key, shorter)


def _defines(extraction: DocumentExtraction, position: int, keys: list[tuple], expansion: tuple) -> bool:
    """Whether the acronym at ``position`` is defined beside its expansion, in brackets:
    "General Motors (GM)", "GM (General Motors)"."""
    mentions, text = extraction.mentions, extraction.document.text
    for other in (position - 1, position + 1):
        if 0 <= other < len(mentions) and keys[other] == expansion:
            first, second = sorted((mentions[position], mentions[other]), key=lambda m: m.start)
            if text[first.end : second.start].strip() in ("(", "-LRB-"):
                return True
    return False


def _bracketed_expansion(extraction: DocumentExtraction, position: int, keys: list[tuple], acronym: str) -> tuple | None:
    """The key of the name an acronym is put in brackets beside, when the acronym's letters come
    in order in it, the first one its first ("Singapore Airlines (SIA)"): brackets define an
    acronym whose letters are not all initials."""
    mentions = extraction.mentions
    for other in (position - 1, position + 1):
        if 0 <= other < len(mentions) and keys[other][0] in _SHORTENED and _spells(acronym, mentions[other].key):
            expansion = keys[other]
            if _defines(extraction, position, keys, expansion):
                return expansion
    return None


def _spells(acronym: str, name: str) -> bool:
    """Whether the letters of ``acronym`` come in order in ``name``, the first its first letter.

    >>> _spells("SIA", "Singapore Airlines"), _spells("SIA", "Air Singapore")
    (True, False)
    """
    letters = iter(name.casefold())
    return name[:1].casefold() == acronym[:1].casefold() and all(c in letters for c in acronym.casefold())


def _introduces(keys: list[tuple], acronym: tuple, expansion: tuple) -> bool:
    """Whether a document names the expansion before its first use of the acronym."""
    return expansion in keys and acronym in keys and keys.index(expansion) < keys.index(acronym)


def _short_forms(name: str) -> list[str]:
    """Where to index a name so its short forms find it: initials, first words, words after each leading part."""
    words = name.split()
    return [_initials(name)] + [" ".join(words[:n]) for n in range(1, len(words))] + \
        [" ".join(words[n:]) for n in range(1, len(words))]


def _label(members: list[Mention], code: str | None, person: bool) -> str:
    """A country's short name; a person's most frequent full name (titles dropped); a
    place's, an index's or a currency's most frequent canonical name ("Kyiv" for "Kiev",
    "Dow Jones Industrial Average" for "the Dow"); else the most frequent
    name as written ("RAND Corporation")."""
    if code:
        return gazetteer().label(code)
    keys = Counter(m.key if person or m.label in ("GPE", "LOC", "INDEX", "CURRENCY") else bare_name(m.text)
                   for m in members if not m.resolved_from)
    if not keys:
        return members[0].key
    keys = _whole_spellings(keys)
    # a name cut before its "of" says less: "Gulf of Mexico", not the "Gulf" written more often
    keys = Counter({k: n for k, n in keys.items() if person or not any(_before_of(k, other) for other in keys)})
    full = person and any(" " in k for k in keys)
    label = max(keys, key=lambda k: (full and " " in k, keys[k], len(k), k))
    return _as_written(label, members) if person else label


def _whole_spellings(keys: Counter) -> Counter:
    """The names no other name of the entity continues within its last word: feeds that
    drop accented letters cut "Felipe Calderón" to "Felipe Calder n", and the label is
    the spelling other articles give ("Felipe Calderon"), however often the cut one occurs.
    A name continued by one consonant is whole: the other is a slip ("Moammar Gadhafim" in
    one article is no fuller "Moammar Gadhafi"), for the letters feeds drop are vowels or run
    on past the cut ("Jos" of "José", "Calder" of "Calderón").

    >>> _whole_spellings(Counter({"Felipe Calder": 5, "Felipe Calderon": 1, "Kim Jong": 1, "Kim Jong-il": 1}))
    Counter({'Felipe Calderon': 1, 'Kim Jong': 1, 'Kim Jong-il': 1})
    >>> _whole_spellings(Counter({"Moammar Gadhafi": 40, "Moammar Gadhafim": 1}))
    Counter({'Moammar Gadhafi': 40, 'Moammar Gadhafim': 1})
    """
    def continues(other: str, name: str) -> bool:
        rest = other[len(name):]
        return other.startswith(name) and rest[:1].isalpha() and (len(rest) > 1 or rest in CUT_VOWELS)

    def cut(name: str) -> bool:
        return any(continues(other, name) for other in keys)

    return Counter({name: n for name, n in keys.items() if not cut(name)})


def _as_written(name: str, members: list[Mention]) -> str:
    """A person's name with the middle initials the texts give it, when the texts
    never write it without them: "George W. Bush", never an unwritten "George Bush".

    >>> _as_written("George Bush", [Mention(0, 22, "President George W. Bush", "PERSON", 0, "George Bush")])
    'George W. Bush'
    """
    if " " not in name or any(name in m.text for m in members):
        return name
    first, rest = name.split(" ", 1)
    pattern = re.compile(re.escape(first) + r"((?: [A-Z]\.)+) " + re.escape(rest))
    written = Counter(match.group(0) for m in members for match in pattern.finditer(m.text))
    return max(written, key=lambda w: (written[w], w)) if written else name


def _type(members: list[Mention], classes: list[str]) -> str:
    kind = Counter(classes).most_common(1)[0][0]
    if kind in ("PERSON", "PLACE"):
        return "GPE" if kind == "PLACE" else "PERSON"
    if kind == "THING":
        members = [m for m in members if m.label in THING_LABELS] or members
    # the labels a cue in the text set ("US oil services company Halliburton") outvote the
    # tagger's guesses elsewhere ("Halliburton" tagged GPE in most other articles)
    labels = (Counter(m.label for m in members if m.typed_by in CUES_OUTVOTING_THE_TAGGER and not m.resolved_from)
              or Counter(m.label for m in members if not m.resolved_from) or Counter(m.label for m in members))
    # a name the corpus does not call a person is none, whatever the tagger said of it here: an organisation
    labels = Counter({label: n for label, n in labels.items() if label != "PERSON"}) or Counter(ORG=1)
    return max(labels, key=lambda t: (labels[t], -ACTOR_LABELS.index(t)))


def resolve_entities(extractions: list[DocumentExtraction]) -> tuple[list[Entity], dict[MentionRef, str]]:
    extractions = sorted(extractions, key=lambda x: x.document.id)
    documents = list(_base_keys(extractions, _votes(extractions)))
    _rejoin_cut_places(documents)
    union = _Union()
    _link_people(union, documents)
    _link_short_names(union, documents)
    _link_work_heads(union, documents)
    _link_descriptive_tails(union, documents)
    clusters: dict[tuple, list[tuple[MentionRef, Mention, str]]] = defaultdict(list)
    titles: dict[tuple, str] = {}  # the monarch's title of a cluster of a titled given name ("King Abdullah")
    for extraction, classes, keys in documents:
        for index, (mention, kind, key) in enumerate(zip(extraction.mentions, classes, keys, strict=False)):
            if mention.antecedent is not None:
                continue
            root = union.find(key)
            clusters[root].append(((extraction.document.id, index), mention, kind))
            if key[0] == "PERSON" and key[1] in _given_name_titles():
                titles[root] = key[1]
    entities: list[Entity] = []
    assignment: dict[MentionRef, str] = {}
    taken: Counter = Counter()
    namesakes = Counter(root[:3] for root in clusters if root[0] == "PERSON" and root[1])
    for root, members in sorted(clusters.items()):
        mentions = [m for _, m, _ in members]
        code = root[1] if root[0] == "COUNTRY" else None
        kind = "GPE" if code else _type(mentions, [k for _, _, k in members])
        label = _label(mentions, code, kind == "PERSON")
        if len(root) == 4 and namesakes[root[:3]] > 1 and len(label.split()) == 2:  # "George W. Bush"
            label = label.replace(" ", " " + "".join(f"{c.upper()}. " for c in root[3]), 1)
        if kind == "PERSON" and " " not in label and root in titles:
            label = f"{titles[root].capitalize()} {label}"  # "King Abdullah": "Abdullah" alone says not who he is
        ident = entity_id(label, kind)
        taken[ident] += 1
        if taken[ident] > 1:
            ident = f"{ident}-{taken[ident]}"
        for ref, _, _ in members:
            assignment[ref] = ident
        entities.append(Entity(ident, label, kind, sorted({m.text for m in mentions if m.antecedent is None}),
                               len(members), sorted({ref[0] for ref, _, _ in members}), code))
    counts = Counter()
    places = {e.id for e in entities if e.type in PLACE_LABELS}
    for extraction in extractions:
        for index, mention in enumerate(extraction.mentions):
            if mention.antecedent is not None:
                target = assignment.get((extraction.document.id, mention.antecedent))
                # "he" or "she" is no place: its antecedent was a place the tagger called a person
                # ("She left Wales for Australia, where she married")
                if target in places and mention.resolved_from == "pronoun" and mention.text.lower() in _pronoun_sexes():
                    continue
                if target:
                    assignment[(extraction.document.id, index)] = target
                    counts[target] += 1
    for entity in entities:
        entity.mentions += counts[entity.id]
    entities.sort(key=lambda e: e.id)
    return entities, assignment
