"""Entity mentions: a parsed ``Doc`` in, ``doc._.kg_mentions`` (list of :class:`Mention`) out.

Names come from three sources, longest first when they overlap:

1. rule patterns (``resources/entities/patterns.json``) for named agreements
   (LAW) and named wars and operations (EVENT) the small model misses;
2. spaCy's named entities of the actor types, cleaned (cut at blank lines,
   trailing function words dropped, lower-case junk dropped) and relabelled
   when the gazetteer knows the name ("Kyiv" tagged PERSON → GPE);
3. gazetteer names spaCy missed ("the U S").

Each name gets a ``key`` (titles, articles, possessives and middle initials
stripped: "Russian President Vladimir V. Putin's" → "Vladimir Putin") and, for
countries, an ISO ``country_code``. Four rules make a mention stand for
something other than its literal reading (``resolved_from`` names the rule):

- ``demonym``: a nationality used as a noun ("Ukrainians") or modifying an
  actor noun ("Russian forces") is its country, as is one before an event
  noun ("the Russian invasion": "Russian"); one that only describes
  ("Russian culture", "Russian President") is not an actor and is dropped;
- ``metonym``: a seat of power ("the Kremlin") always, and a capital when it is
  a subject or possessor ("Moscow said", "Moscow's demands"), stand for the
  government; "visited Moscow", "in Moscow" stay the city;
- ``pronoun``: he/she/they (and object and possessive forms) as subject,
  object or possessor, "it" as subject and "its", take as ``antecedent`` (index
  into the same list) the nearest compatible preceding mention in the same
  sentence (he/she: PERSON; it: ORG, GPE; they: ORG, GPE, NORP), skipping the
  subject of the pronoun's own verb ("Putin told him"), else the subject (or
  first) compatible mention of the closest earlier sentence in a short window;
  "they" after a coordination ("Ukraine and Russia … they") is left alone;
- ``nominal``: a definite description of an actor ("the company", "the
  alliance"; ``actors.json``) resolves like a pronoun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.extract.sentences import sentence_of_token
from kg.gazetteer import gazetteer
from kg.records import Mention
from kg.resources import load_json
from kg.vocabulary import POSSESSIVE, YEAR

ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "LAW", "EVENT")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_TRAILING_POS = {"ADP", "DET", "CCONJ", "PUNCT", "PART", "SPACE", "SCONJ", "ADV"}
_RANK = {"pattern": 3, "ner": 2, "gazetteer": 1}
IMPERSONAL = frozenset({"be", "seem", "appear", "take", "happen", "matter", "remain", "become"})


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
        skip = set(titles["titles"]) | set(titles["qualifiers"])
        titled = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in skip and w[:1].isupper()]
        if titled:  # "Apple CEO Steve Jobs", "Secretary of State Antony Blinken"
            words = words[titled[-1] + 1 :]
        while len(words) > 1 and (
            words[0].lower().rstrip(".") in skip or gazetteer().demonym(words[0]) or gazetteer().country(words[0])
        ):
            words = words[1:]
        if len(words) > 2:
            words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    elif len(words) == 2 and gazetteer().demonym(words[0]) and words[1].isupper():
        words = words[1:]
    elif label == "ORG":
        words = _organisation_words(words)
    if label in ("LAW", "EVENT") and len(words) > 1 and YEAR.match(words[0]):
        words = words[1:]
    return " ".join(words)


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


def _clean(doc: Doc, ent: Span, prefixes: frozenset[str]) -> Span | None:
    """Cut a spaCy entity at a blank line (keeping the part with its head) and at
    an inner possessive, drop trailing function and lower-case words; None for junk."""
    start, end = ent.start, ent.end
    for token in ent:
        if token.is_space and "\n\n" in token.text or "\n\n" in token.whitespace_:
            if token.i < ent.root.i:
                start = token.i + 1
            else:
                end = token.i + (0 if token.is_space else 1)
                break
    for token in doc[start + 1 : end - 1]:
        if token.tag_ == "POS":  # "Putin’s Bahkmut": the name ends at the possessive
            end = token.i
            break
    while end > start and (doc[end - 1].pos_ in _TRAILING_POS or doc[end - 1].is_lower):
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


def _acting(token: Token, deps: frozenset[str]) -> bool:
    """Whether a name's head token has one of ``deps`` (subject, possessor …), through conjunctions."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in deps


class MentionFinder:
    """The ``kg_mentions`` component: matchers built once per pipeline, applied per doc."""

    def __init__(self, nlp: Language):
        self.gazetteer = gazetteer()
        self.actors = load_json("entities/actors.json")
        self.rules = load_json("entities/patterns.json")
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        for text, kind in self.gazetteer.surfaces:
            self.places.add(kind, [nlp.make_doc(text)])
        self.matcher = Matcher(nlp.vocab)
        for label, heads in sorted(self.rules["heads"].items()):
            for key, pattern in self._patterns(label, heads):
                self.matcher.add(f"{label}:{key}", [pattern], greedy="LONGEST")
        self.head_words = frozenset(h for heads in self.rules["heads"].values() for h in heads)
        self.prefixes = frozenset(self.actors["name_prefixes"])
        self.acting = frozenset(self.actors["acting_deps"])
        self.actor_nouns = frozenset(self.actors["actor_nouns"])
        self.titles = frozenset(load_json("titles.json")["titles"])
        self.event_nouns = frozenset(load_json("events.json").get("nouns", ()))  # the event lexicon's nouns

    def _patterns(self, label: str, heads: list[str]):
        """Token patterns for names with these head nouns (see ``patterns.json``)."""
        not_names = {"NOT_IN": ["VERB", "AUX", "ADP", "PRON", "DET", "SCONJ"]}  # "Putin Says War" is no name
        name = {"TEXT": {"REGEX": r"^([A-Z][\w'’.]*|-|(1[5-9]|20)\d\d)$"}, "POS": not_names}
        capital_head = {"LOWER": {"IN": heads}, "IS_TITLE": True}
        yield "name-head", [name, {"TEXT": {"REGEX": r"^([A-Z][\w'’.]*|-|\d+)$"}, "POS": not_names, "OP": "*"},
                            capital_head]
        if label == "LAW":  # "the Minsk agreements"; "the Ukraine war" is no name
            yield "the-name-head", [{"LOWER": "the"}, {"POS": "PROPN", "OP": "+"}, {"LOWER": {"IN": heads}}]
        yield "head-of", [{"TEXT": {"REGEX": r"^(1[5-9]|20)\d\d$"}, "OP": "?"}, capital_head,
                          {"LOWER": {"IN": self.rules["joiners"]}}, {"LOWER": "the", "OP": "?"},
                          {"TEXT": {"REGEX": r"^[A-Z0-9]"}, "OP": "+"}]
        yield "numbered", [name, {"OP": "*", "TEXT": {"REGEX": r"^[A-Z]"}, "POS": not_names}, capital_head,
                           {"TEXT": {"IN": self.rules["numbered"]}}]
        yield "head-first", [{"LOWER": {"IN": [h for h in heads if h in self.rules["head_first"]]}, "IS_TITLE": True},
                             {"IS_TITLE": True, "OP": "+"}]

    @staticmethod
    def _extend(doc: Doc, end: int) -> int:
        """Extend a name over joined capitalised words: "of Friendship, Cooperation, and
        Partnership", "on the Non-Proliferation of Nuclear Weapons"."""
        joiners = (("-",), (",", "and"), (",",), ("and",), ("&",), ("of", "the"), ("of",))
        while end < len(doc):
            for joiner in joiners:
                after = end + len(joiner)
                if after < len(doc) and tuple(t.lower_ for t in doc[end:after]) == joiner and doc[after].is_title:
                    end = after
                    break
            else:
                break
            while end < len(doc) and doc[end].is_title:
                end += 1
        return end

    def _pattern_names(self, doc: Doc) -> list[Name]:
        names = []
        matches = []
        for sent in doc.sents:  # only sentences with a head noun are matched: most have none
            if any(token.lower_ in self.head_words for token in sent):
                matches.extend((m, sent.start + s, sent.start + e) for m, s, e in self.matcher(sent))
        for match_id, start, end in matches:
            label = doc.vocab.strings[match_id].split(":")[0]
            if doc[start].lower_ == "the":
                start += 1
            kind = doc.vocab.strings[match_id].split(":")[1]
            if kind == "the-name-head" and self.gazetteer.country(doc[start : end - 1].text):
                continue  # "the U.S. agreement" describes; "the Minsk agreements" names
            if kind == "head-of":
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

    def _names(self, doc: Doc) -> list[Name]:
        kinds = {}
        for match_id, start, end in self.places(doc):
            kinds[(start, end)] = doc.vocab.strings[match_id]
        candidates = self._pattern_names(doc)
        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            span = _clean(doc, ent, self.prefixes)
            if span is None:
                continue
            core = (span.start + (span[0].lower_ == "the"), span.end - (span[-1].text in ("'s", "’s", "'", "’")))
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
        return sorted(chosen, key=lambda n: n.start)

    def _mention(self, doc: Doc, name: Name, sentence: int) -> Mention | None:
        span = doc[name.start : name.end]
        g = self.gazetteer
        label, start, end, code, resolved = name.label, name.start, name.end, None, None
        if label != "PERSON" and g.demonym(span.text):
            code, head = g.demonym(span.text), span.root
            if head.dep_ in ("amod", "compound") and head.head.i >= span.end:
                noun = head.head
                if noun.lower_ in self.actor_nouns or noun.lemma_.lower() in self.actor_nouns:
                    end = noun.i + 1
                elif noun.lemma_.lower() not in self.event_nouns:
                    return None
                resolved = "demonym"
            elif head.pos_ == "ADJ" and head.dep_ not in ("nsubj", "dobj", "pobj", "conj"):
                return None
            else:
                resolved = "demonym"
        elif label == "NORP" and span.root.dep_ in ("amod", "compound"):
            return None
        elif label != "PERSON":
            seat, capital = g.seat(span.text), g.capital(span.text)
            if seat:
                code, resolved = seat, "metonym"
            elif capital and _acting(span.root, self.acting) and not span.text.isupper():  # not a "MOSCOW -" dateline
                code, resolved = capital[0], "metonym"
            elif g.country(span.text) and label in ("GPE", "ORG", "LOC", "NORP"):
                code = g.country(span.text)
        text = doc[start:end].text
        if code:
            return Mention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), text, "GPE", sentence,
                           g.label(code), resolved, code)
        key = mention_key(text, label)
        if all(w.lower().rstrip(".") in self.titles for w in key.split()):
            return None  # "State" of "Secretary of State"
        if label != "PERSON":
            region, capital = g.region(key), g.capital(key)
            if region:
                key, label = region
            elif capital:
                key, label = capital[1], "GPE"
        if not key:
            return None
        return Mention(span.start_char, span.end_char, span.text, label, sentence, key)

    def _anaphors(self, doc: Doc, named: list[tuple[Mention, Token]], sentences: list[int]) -> list[Mention]:
        table, window = self.actors["pronouns"], self.actors["pronoun_window"]
        nominals = self.actors["nominals"]
        deps = set(self.actors["pronoun_deps"])
        found: list[Mention] = []
        subject_antecedents: dict[int, int] = {}  # sentence → antecedent of its subject pronoun
        resolved: dict[int, int] = {}  # token index of a resolved pronoun → its antecedent
        cursor = 0
        for token in doc:
            while cursor < len(named) and named[cursor][0].end <= token.idx:
                cursor += 1
            if token.dep_ not in deps:
                continue
            start, labels, rule = token.i, table.get(token.lower_), "pronoun"
            if token.pos_ != "PRON":
                start, labels, rule = self._nominal(token), nominals.get(token.lower_), "nominal"
            if not labels or start is None:
                continue
            if token.lower_ == "it" and (not token.dep_.startswith("nsubj") or token.head.lemma_ in IMPERSONAL):
                continue  # "it is likely that", "afford it": seldom an actor
            best = self._cataphor(token, named, cursor, labels)
            if best is None:
                best = self._reported_subject(token, named, cursor, labels, resolved)
            if best is None:
                best = self._antecedent(token, named, cursor, labels, window, sentences, subject_antecedents)
            if best is not None:
                resolved[token.i] = best
                if token.dep_.startswith("nsubj"):
                    subject_antecedents.setdefault(sentences[token.i], best)
                mention, _ = named[best]
                found.append(Mention(doc[start].idx, token.idx + len(token.text), doc[start : token.i + 1].text,
                                     mention.label, sentences[token.i], mention.key, rule, mention.country_code, best))
        return found

    @staticmethod
    def _nominal(token: Token) -> int | None:
        """Start of a definite description "the company", "the alliance" (a singular
        noun after "the", at most one adjective between); None for anything else."""
        if token.tag_ != "NN" or any(c.dep_ in ("prep", "relcl", "acl", "compound") for c in token.children):
            return None
        start = token.i - 1
        if start > 0 and token.doc[start].dep_ == "amod":
            start -= 1
        return start if start >= 0 and token.doc[start].lower_ == "the" else None

    @staticmethod
    def _cataphor(token: Token, named, cursor: int, labels) -> int | None:
        """A possessive in a clause put before the main subject refers forward to that
        subject: "During his interview with Carlson, Putin said" → Putin."""
        if token.dep_ != "poss":
            return None
        subject = next((c for c in token.sent.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i < token.i or token in subject.subtree:
            return None
        for index in range(cursor, len(named)):
            mention, head = named[index]
            if head.i > subject.i:
                break
            if head.i == subject.i and mention.label in labels:
                return index
        return None

    @staticmethod
    def _reported_subject(token: Token, named, cursor: int, labels, resolved: dict[int, int]) -> int | None:
        """The subject of a clause that reports what someone said or thought is that
        someone: "Putin told Clinton that he was not bound" → Putin."""
        if not token.dep_.startswith("nsubj") or token.head.dep_ != "ccomp":
            return None
        speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            return None
        if speaker.i in resolved:
            index = resolved[speaker.i]
            return index if named[index][0].label in labels else None
        return next((i for i in range(cursor) if named[i][1].i == speaker.i and named[i][0].label in labels), None)

    @staticmethod
    def _antecedent(token: Token, before, cursor: int, labels, window, sentences,
                    subject_antecedents: dict[int, int]) -> int | None:
        """Index of the antecedent among the first ``cursor`` named mentions (those before the pronoun).
        In an earlier sentence a subject comes first, and a subject pronoun counts as the
        mention it stands for: "In 2008, he told Bush … Three years later, he told" → the first he's."""
        here = sentences[token.i]
        for index in range(cursor - 1, -1, -1):
            mention, head = before[index]
            if mention.label not in labels:
                continue
            if here - mention.sentence > window[mention.label]:
                return None
            if token.lower_ in ("they", "them", "their") and any(c.i != head.i for c in head.conjuncts):
                return None  # a plural pronoun after "Ukraine and Russia" means both: leave it
            if mention.sentence == here:
                if token.dep_ != "poss" and head.dep_.startswith("nsubj") and head.head == token.head:
                    continue  # "Putin told him": an object pronoun is not its own verb's subject
                return index
            first = index
            while first > 0 and before[first - 1][0].sentence == mention.sentence:
                first -= 1
            same = [i for i in range(first, index + 1) if before[i][0].label in labels]
            subjects = [i for i in same if before[i][1].dep_.startswith("nsubj")]
            chained = subject_antecedents.get(mention.sentence)
            if not subjects and chained is not None and before[chained][0].label in labels:
                return chained
            return (subjects or same)[0]
        return None

    def __call__(self, doc: Doc) -> Doc:
        sentences = sentence_of_token(doc)
        named: list[tuple[Mention, Token]] = []
        for name in self._names(doc):
            mention = self._mention(doc, name, sentences[name.start])
            if mention is not None:
                named.append((mention, doc[name.start : name.end].root))
        pronouns = self._anaphors(doc, named, sentences)
        mentions = [m for m, _ in named]
        order = sorted(range(len(mentions) + len(pronouns)),
                       key=lambda i: ((mentions + pronouns)[i].start, (mentions + pronouns)[i].end))
        position = {old: new for new, old in enumerate(order)}
        everything = mentions + pronouns
        for pronoun in pronouns:
            pronoun.antecedent = position[pronoun.antecedent]
        doc._.kg_mentions = [everything[i] for i in order]
        return doc


@Language.factory("kg_mentions")
def make_mentions(nlp: Language, name: str) -> MentionFinder:
    return MentionFinder(nlp)
