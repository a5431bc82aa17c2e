"""Links between names: a parsed ``Doc`` with ``doc._.kg_mentions`` in, ``doc._.kg_links``
(list of :class:`Link`) out.

Two kinds of link, each only as the sentence states it (words in ``resources/links.json``):

- ``located_in``: a place (GPE, LOC or FAC that is no country) lies in a country —
  a place noun with a name and a country ("the Ukrainian city of Kherson", "the Libyan
  capital Tripoli", "Ukraine's Donbas region", "Benghazi, Libya's second city", "the
  city of Sirte in Libya"), a name, a comma and a country that ends the phrase ("Berlin,
  Germany"; a list such as "Kherson, Donetsk and Luhansk" is no containment), or a
  country's name as possessor of a region or city the gazetteer knows ("Ukraine's Kharkiv").
  A bare "Place in Country" is not read: the parser hangs too many "in" phrases on the
  wrong name ("a foothold for Tehran in Lebanon").
  Nothing is looked up: the gazetteer only says which names are countries and which
  adjectives are nationalities.
- ``party``: a party (GPE, ORG, PERSON, NORP) to a named agreement or law (LAW) or
  war (EVENT): the subject of a verb of signing, withdrawing, violating or fighting
  whose object is the name ("Russia and Ukraine signed the Minsk agreements", "the
  United States withdrew from the ABM Treaty", "Russia has lost plenty of wars: the
  Crimean War, …"), with its passive agent and relative clauses ("the Minsk
  agreements, signed by Russia and Ukraine"); the possessor or "by" phrase of the
  same acts as nouns ("its withdrawal from the ABM Treaty"); the names in a
  "between" phrase on the name; the subject of a clause that acts "under" it; the
  subjects of a relative clause opened by "during/in/at which" on the name or its
  apposition ("the Pan-European Picnic, a demonstration during which Hungary and
  Austria opened their borders": participants).
  Coordinated names count each ("X and Y signed", "the A and the B"), and so do
  names in apposition to the object ("wars: the Crimean War, the Afghan War") and
  the list of names a colon after the object opens, however the parser hangs it
  ("plenty of wars: the Crimean War, World War I, and the Afghan War").
  The link keeps the factuality of its clause (:mod:`kg.extract.factuality`), so
  "the US should return to the INF Treaty" is proposed, not a fact.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.extract.factuality import clause_factuality, noun_factuality
from kg.extract.sentences import sentence_of_token
from kg.extract.syntax import VERBAL, children, first_child, is_passive_participle, objects_of
from kg.extract.text import tokens_among
from kg.gazetteer import gazetteer
from kg.records import Link, Mention
from kg.resources import load_json

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: places that a compound or possessive may name: "the Donbas region" (a sea, "Black Sea ports", names no place in it)
NAMED_PLACE_LABELS = frozenset({"GPE", "FAC"})
PARTY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
NAMED_LABELS = frozenset({"LAW", "EVENT"})
#: the parts of speech of a tie noun ("rival" is tagged an adjective before a name)
TIE_POS = ("NOUN", "ADJ")
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
#: a name in a list continues with one of these: "Kherson, Donetsk and Luhansk"
LIST_WORDS = frozenset({",", "and", "or", "&"})
#: what may follow "Place, Country" when the country only places the place: "Kherson, Ukraine was shelled", "in Berlin, Germany on"
CLAUSE_GOES_ON = frozenset({"VERB", "AUX", "ADP", "PART"})


def _entries(section: str) -> dict[str, dict]:
    return {key: entry for key, entry in load_json("links.json")[section].items() if key != "_doc"}


@dataclass(frozen=True)
class Names:
    """The mentions of a doc by token: each token of a name → the mention's index."""

    mentions: list[Mention]
    by_token: dict[int, int]
    roots: dict[int, int]  # a name's root token → the mention's index
    plural: frozenset[int]  # mentions whose root is a plural proper noun ("Alawites")

    def at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def rooted(self, token: Token) -> int | None:
        return self.roots.get(token.i)


def _listed_after(phrase: Token, names: Names) -> list[int]:
    """The names of the list a colon right after ``phrase`` opens, up to where the list ends:
    "plenty of wars: the Crimean War, the Russo-Japanese War, World War I, and the Afghan War"
    (the parser hangs such a list anywhere, often on the subject)."""
    doc = phrase.doc
    colon = phrase.right_edge.i + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return []
    found: list[int] = []
    for token in doc[colon + 1 :]:
        index = names.at(token)
        if index is not None:
            if index not in found:
                found.append(index)
        elif not (token.lower_ in LIST_WORDS or token.dep_ == "det" or token.is_space):
            break
    return found


def _coordinated(token: Token) -> Iterator[Token]:
    """``token``, its conjuncts and what stands in apposition to them: "wars: the Crimean War, …, and the Afghan War"."""
    seen: set[int] = set()
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i in seen:
            continue
        seen.add(current.i)
        yield current
        stack.extend(child for child in children(current) if child.dep_ in ("conj", "appos"))


class LinkFinder:
    """The ``kg_links`` component: the link lexicon read once, applied per doc."""

    def __init__(self):
        # place noun phrases by their last word, in lexicon order: a noun is looked up once
        self.place_nouns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in _entries("place_nouns"):
            self.place_nouns.setdefault(phrase.split()[-1], []).append((tuple(phrase.split()), phrase))
        self.historic = frozenset(load_json("links.json")["historic_words"]["words"])
        self.party_verbs = _entries("party_verbs")
        # forms the lemmatizer gets wrong ("waged" → "wag"): form → lemma
        self.verb_forms = {form: lemma for lemma, entry in self.party_verbs.items() for form in entry.get("forms", ())}
        self.party_nouns = _entries("party_nouns")
        self.party_patterns = _entries("party_patterns")
        # tie nouns by their last word, longest phrase first ("parent company" before a bare noun)
        self.tie_nouns: dict[str, list[tuple[tuple[str, ...], dict]]] = {}
        for phrase, entry in sorted(_entries("tie_nouns").items(), key=lambda item: -len(item[0].split())):
            self.tie_nouns.setdefault(phrase.split()[-1], []).append((tuple(phrase.split()), entry))
        self.possessive_labels = load_json("events.json")["possessive_pronouns"]
        self.gazetteer = gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.kg_mentions or []
        by_token: dict[int, int] = {}
        roots: dict[int, int] = {}
        plural: set[int] = set()
        for index, mention in enumerate(mentions):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            by_token.update((t.i, index) for t in span)
            roots[span.root.i] = index
            if span.root.tag_ == "NNPS":
                plural.add(index)
        names = Names(mentions, by_token, roots, frozenset(plural))
        sentences = sentence_of_token(doc)
        links: dict[tuple, Link] = {}
        for link in [*self._places(doc, names, sentences), *self._parties(doc, names, sentences),
                     *self._ties(doc, names, sentences)]:
            links.setdefault((link.kind, link.source, link.target, link.country_code), link)
        doc._.kg_links = sorted(links.values(), key=lambda x: (x.start, x.kind, x.source, x.target or -1))
        return doc

    # Places

    @staticmethod
    def _is_place(names: Names, index: int | None, labels=PLACE_LABELS) -> bool:
        """A named place that is no country, and no plural ("Alawites" tagged GPE is a people)."""
        return (index is not None and names.mentions[index].label in labels and not names.mentions[index].country_code
                and index not in names.plural)

    @staticmethod
    def _is_country(names: Names, index: int | None) -> bool:
        """A country by its name: not a nationality ("Ukrainians"), a capital for its government or a pronoun."""
        return (index is not None and names.mentions[index].label == "GPE" and bool(names.mentions[index].country_code)
                and names.mentions[index].resolved_from is None and names.mentions[index].antecedent is None)

    def _places(self, doc: Doc, names: Names, sentences: list[int]) -> Iterator[Link]:
        for token in (doc[i] for i in tokens_among(doc, TAG, ("NN",))):  # a place noun is singular
            phrase = self._place_noun(doc, token)
            if phrase is not None:
                yield from self._named_place(doc, token, phrase, names, sentences)
        for index, mention in enumerate(names.mentions):
            if not self._is_place(names, index) or mention.antecedent is not None:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if mention.label in NAMED_PLACE_LABELS:  # "With access to Europe, Qatar …": a region, a clause
                yield from self._comma(doc, span, index, names, sentences)
        for token in (doc[i] for i in tokens_among(doc, DEP, ("poss",))):  # "Egypt's Suez Canal"
            country = names.rooted(token)
            if self._is_country(names, country):
                place = names.rooted(token.head)
                if self._is_place(names, place) and self._surely_place(names.mentions[place]):
                    yield self._place_link(place, country, None, "possessive", token, token, sentences)

    def _surely_place(self, mention: Mention) -> bool:
        """A possessor also owns companies, newspapers and ships the tagger calls GPE, FAC or LOC
        ("Russia's Gazprom", "Kuwait's Al-Siyassah", "Britain's HMS Ocean"): without a place noun,
        only a region or city the gazetteer knows is a place."""
        return bool(self.gazetteer.region(mention.key) or self.gazetteer.capital(mention.key))

    def _place_noun(self, doc: Doc, token: Token) -> str | None:
        """The place noun phrase that ends at ``token`` (singular: "ports" name no one place), if any."""
        if token.tag_ != "NN":
            return None
        for words, phrase in self.place_nouns.get(token.lemma_.lower(), ()):
            start = token.i - len(words) + 1
            if start >= 0 and all(doc[start + k].lower_ == word for k, word in enumerate(words[:-1])):
                return phrase
        return None

    def _named_place(self, doc: Doc, noun: Token, phrase: str, names: Names, sentences: list[int]) -> Iterator[Link]:
        """"the Ukrainian city of Kherson", "the Libyan capital Tripoli", "Ukraine's Donbas region",
        "Benghazi, Libya's second city", "the city of Sirte in Libya"."""
        places: list[int] = []
        for child in children(noun):
            if child.dep_ == "prep" and child.lower_ == "of":
                places += [names.rooted(t) for t in objects_of(child) if self._is_place(names, names.rooted(t))]
            elif self._is_place(names, names.rooted(child), {"appos": PLACE_LABELS, "compound": NAMED_PLACE_LABELS}.get(
                    child.dep_, ())):
                places.append(names.rooted(child))
        if noun.dep_ in ("compound", "appos") and self._is_place(names, names.rooted(noun.head)):
            places.append(names.rooted(noun.head))  # "the capital Tripoli", "Benghazi, Libya's second city"
        if not places:
            return
        for place in dict.fromkeys(places):
            container, code, cue = self._container(noun, names, place)
            if container is not None or code is not None:
                yield self._place_link(place, container, code, phrase, cue, noun, sentences)

    def _container(self, noun: Token, names: Names, place: int) -> tuple[int | None, str | None, Token | None]:
        """The country a place noun says its place lies in: a nationality or country before the
        noun ("Ukrainian", "Libya's"), else a country in an "in" phrase on the noun."""
        if any(child.lower_ in self.historic for child in children(noun) if child.i < noun.i):
            return None, None, None  # "the ancient Greek port of Apollonia" lies in no Greece of today
        for child in children(noun):
            if child.i > noun.i or names.at(child) == place:
                continue
            mention = names.at(child)
            if self._is_country(names, mention):
                return mention, None, child
            if mention is not None and names.mentions[mention].resolved_from == "demonym":
                return None, names.mentions[mention].country_code, child  # "the American state" read as an actor
            if child.dep_ in ("amod", "compound") and mention is None:
                code = self.gazetteer.demonym(child.text)
                if code:
                    return None, code, child
        for child in children(noun):
            if child.dep_ == "prep" and child.lower_ == "in":
                for container in objects_of(child):
                    if self._is_country(names, names.rooted(container)):
                        return names.rooted(container), None, child
        return None, None, None

    def _comma(self, doc: Doc, span, index: int, names: Names, sentences: list[int]) -> Iterator[Link]:
        """"Berlin, Germany": a country right after the comma that closes the phrase, the place not in a list."""
        after = span.end
        if after + 1 >= len(doc) or doc[after].text != ",":
            return
        container = names.at(doc[after + 1])
        if not self._is_country(names, container):
            return
        country = doc.char_span(names.mentions[container].start, names.mentions[container].end, alignment_mode="expand")
        if country.root.head.i != span.root.i or country.root.dep_ not in ("appos", "npadvmod"):
            return  # "With access to Europe, Qatar would …": the country is the next clause's subject
        following = doc[country.end] if country.end < len(doc) else None
        if following is not None and (following.lower_ in LIST_WORDS or following.tag_ == "POS"
                                      or not (following.is_punct or following.pos_ in CLAUSE_GOES_ON)):
            return  # a list goes on, a possessive ("Berlin, Germany's capital"), a country addressed ("Misrata, United States how …")
        if span.start >= 2 and doc[span.start - 1].lower_ in LIST_WORDS and names.at(doc[span.start - 2]) is not None:
            return
        yield self._place_link(index, container, None, "comma", doc[after], doc[after], sentences)

    @staticmethod
    def _place_link(place: int, container: int | None, code: str | None, cue: str, first: Token, last: Token,
                    sentences: list[int]) -> Link:
        words = first.doc[min(first.i, last.i) : max(first.i, last.i) + 1]
        return Link("located_in", place, cue, words.text, sentences[first.i], words.start_char, words.end_char,
                    container, code)

    # Parties

    def _parties(self, doc: Doc, names: Names, sentences: list[int]) -> Iterator[Link]:
        # a party verb or noun, or a name: the other tokens need no Token object
        for token in (doc[i] for i in sorted({*tokens_among(doc, POS, (*VERBAL, "NOUN")), *names.roots})):
            pos = token.pos_
            if pos in VERBAL or pos == "NOUN":  # the lemma only of what can be a party verb or noun
                lemma = self.verb_forms.get(token.lower_)
                if lemma is None:
                    lemma = token.lemma_.lower()
                if pos in VERBAL and lemma in self.party_verbs:
                    yield from self._verb(token, self.party_verbs[lemma], names, sentences)
                elif pos == "NOUN" and lemma in self.party_nouns:
                    yield from self._noun(token, self.party_nouns[lemma], names, sentences)
            named = names.rooted(token)
            if named is not None and names.mentions[named].label in NAMED_LABELS:
                yield from self._between(token, named, names, sentences)
                yield from self._under(token, named, names, sentences)
                yield from self._which(token, named, names, sentences)

    def _named(self, tokens, labels, names: Names) -> list[int]:
        found = [names.rooted(t) for token in tokens for t in _coordinated(token)]
        return [i for i in dict.fromkeys(found) if i is not None and names.mentions[i].label in labels]

    def _party_mentions(self, tokens, names: Names) -> list[int]:
        found = [names.at(t) for token in tokens for t in [token, *token.conjuncts]]
        return [i for i in dict.fromkeys(found) if i is not None and names.mentions[i].label in PARTY_LABELS]

    @staticmethod
    def _prepositional_objects(token: Token, prepositions: list[str]) -> list[Token]:
        """Objects of ``token``'s phrases with these prepositions, a particle between allowed: "pulled out of"."""
        found = []
        for child in children(token):
            if child.dep_ in ("prep", "prt", "agent") and child.lower_ in prepositions:
                found += list(objects_of(child))
                found += [o for grand in children(child) if grand.dep_ == "prep" and grand.lower_ in prepositions
                          for o in objects_of(grand)]
        return found

    def _verb(self, verb: Token, entry: dict, names: Names, sentences: list[int]) -> Iterator[Link]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) or is_passive_participle(verb)
        if entry["prepositions"]:
            objects = self._prepositional_objects(verb, entry["prepositions"])
        else:
            objects = [c for c in children(verb) if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
        objects = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
        if passive and verb.dep_ == "acl" and not entry["prepositions"]:
            objects.append(verb.head)  # "the Minsk agreements, signed by Russia"
        named = self._named(objects, entry["labels"], names)
        listed = [i for o in objects for i in _listed_after(o, names) if names.mentions[i].label in entry["labels"]]
        named += [i for i in listed if i not in named]
        if not named:
            return
        if passive:
            subjects = [o for c in children(verb) if c.dep_ == "agent" for o in objects_of(c)]
        else:
            subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "conj":  # "Russia signed and ratified the treaty"
                subjects = [c for c in children(verb.head) if c.dep_ == "nsubj"]
        subjects = [verb.head if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else s for s in subjects]
        factuality = clause_factuality(verb).factuality
        for party in self._party_mentions(subjects, names):
            for name in named:
                yield self._party_link(party, name, entry["role"], verb, verb, sentences, factuality)

    def _noun(self, noun: Token, entry: dict, names: Names, sentences: list[int]) -> Iterator[Link]:
        objects = self._prepositional_objects(noun, entry["prepositions"])
        named = self._named(objects, entry["labels"], names)
        if not named:
            return
        owners = [c for c in children(noun) if c.dep_ == "poss"]
        # "the signing of the treaty by Ukraine": the parser often hangs the "by" phrase on the name
        owners += [o for holder in [noun, *objects] for c in children(holder) if c.dep_ == "prep" and c.lower_ == "by"
                   for o in objects_of(c)]
        definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in children(noun))
        factuality = noun_factuality(noun, None, definite).factuality
        for party in self._party_mentions(owners, names):
            for name in named:
                yield self._party_link(party, name, entry["role"], noun, noun, sentences, factuality)

    def _between(self, root: Token, named: int, names: Names, sentences: list[int]) -> Iterator[Link]:
        for child in children(root):
            if child.dep_ == "prep" and child.lower_ == "between":
                for party in self._party_mentions(objects_of(child), names):
                    yield self._party_link(party, named, self.party_patterns["between"]["role"], child, child, sentences,
                                           "asserted")

    def _under(self, root: Token, named: int, names: Names, sentences: list[int]) -> Iterator[Link]:
        preposition = root.head
        if root.dep_ != "pobj" or preposition.lower_ != "under" or preposition.head.pos_ not in VERBAL:
            return
        verb = preposition.head
        subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
        factuality = clause_factuality(verb).factuality
        for party in self._party_mentions(subjects, names):
            yield self._party_link(party, named, self.party_patterns["under"]["role"], preposition, preposition,
                                   sentences, factuality)

    def _which(self, root: Token, named: int, names: Names, sentences: list[int]) -> Iterator[Link]:
        """The subjects of a relative clause that a preposition and "which" open on the name or
        on its apposition take part in it: "the Pan-European Picnic, a massive demonstration
        *during which* Hungary and Austria opened their borders"."""
        entry = self.party_patterns["which"]
        holders = [root, *(c for c in children(root) if c.dep_ == "appos")]
        for verb in (c for holder in holders for c in children(holder) if c.dep_ == "relcl"):
            opener = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ in entry["prepositions"]
                           and any(o.lower_ == "which" for o in children(c))), None)
            if opener is None or opener.i > verb.i:
                continue
            subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
            factuality = clause_factuality(verb).factuality
            for party in self._party_mentions(subjects, names):
                yield self._party_link(party, named, entry["role"], opener, opener, sentences, factuality)

    # Ties

    def _tie_entry(self, noun: Token) -> dict | None:
        """The tie a noun names, with the compound words before it its phrase needs ("parent company")."""
        if noun.pos_ not in TIE_POS:  # "rival" is tagged an adjective before a name
            return None
        for words, entry in self.tie_nouns.get(noun.lemma_.lower(), ()):
            start = noun.i - len(words) + 1
            if start >= 0 and tuple(t.lower_ for t in noun.doc[start : noun.i]) == words[:-1]:
                return entry
        return None

    def _ties(self, doc: Doc, names: Names, sentences: list[int]) -> Iterator[Link]:
        """Lasting ties stated without an event: "Iran, Syria's closest ally", "the Kremlin, its
        partner", "Russia's ally Syria" (``tie_nouns`` in ``links.json``)."""
        for noun in (doc[i] for i in tokens_among(doc, POS, TIE_POS)):
            entry = self._tie_entry(noun)
            if entry is None:
                continue
            possessor = first_child(noun, ("poss",))
            if possessor is None and noun.dep_ in ("amod", "compound") and names.rooted(noun.head) is not None:
                possessor = first_child(noun.head, ("poss",))  # "Lockheed's rival Boeing": the parser hangs it on the name
            if possessor is None:
                continue
            # "Iran, Syria's closest ally"; "Russia's ally Syria": the name right after the noun
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(doc) else None
            first = noun.head if noun.dep_ == "appos" else after
            tied = self._possessor(possessor, noun.head if noun.dep_ == "appos" else noun, names)
            if first is None or tied is None:
                continue
            # each name of a list: "Libya's neighbors Chad, Egypt and Tunisia", "its allies France and Italy"
            for name in dict.fromkeys(names.at(t) for t in [first, *first.conjuncts]):
                if name is None or name == tied or not {names.mentions[name].label, names.mentions[tied].label} <= PARTY_LABELS:
                    continue
                source, target = (tied, name) if entry.get("inverse") else (name, tied)
                yield Link("tie", source, entry["tie"], noun.text, sentences[noun.i], noun.idx, noun.idx + len(noun.text),
                           target)

    def _possessor(self, possessor: Token, name: Token, names: Names) -> int | None:
        """The mention a tie noun's possessor stands for: a name ("Syria's ally"), or for a
        possessive pronoun on a noun in apposition, the subject of the clause the name is in
        ("China … against the Kremlin, *its* partner": China's), when its type agrees."""
        if possessor.tag_ != "PRP$":
            return names.at(possessor)
        labels = self.possessive_labels.get(possessor.lower_, ())
        for ancestor in name.ancestors:
            doer = first_child(ancestor, ("nsubj", "nsubjpass")) if ancestor.pos_ in VERBAL else None
            if doer is not None and doer.i != name.i:  # "said BP, its parent company, would pay": not BP's own
                found = names.at(doer)
                return found if found is not None and names.mentions[found].label in labels else None
        return None

    @staticmethod
    def _party_link(party: int, named: int, role: str, first: Token, last: Token, sentences: list[int],
                    factuality: str) -> Link:
        return Link("party", party, role, first.text, sentences[first.i], first.idx, first.idx + len(first.text),
                    named, None, factuality)


@Language.factory("kg_links", assigns=["doc._.kg_links"], requires=["doc._.kg_mentions", "token.dep"])
def make_links(nlp: Language, name: str) -> LinkFinder:
    return LinkFinder()
