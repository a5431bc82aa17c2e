"""Roles and affiliations: a parsed ``Doc`` with ``doc._.kg_mentions`` in, ``doc._.kg_roles`` (list of :class:`Role`) out.

A person mention gets a role when a role noun of ``titles.json`` (``roles``)
stands right before the name or in apposition to it:

- a title: "Russian President Vladimir Putin", "U.S. Secretary of State Antony
  Blinken", "Apple CEO Steve Jobs", "former Fox News host Tucker Carlson", also with
  a rank or a given name the mention left out between ("Pentagon spokesman Colonel
  Dave Lapan", "NATO chief Anders Fogh Rasmussen");
- an apposition, either way round: "Samuel Charap, a Russia analyst at the RAND
  Corporation", "Yevgeny Prigozhin, head of the Wagner group", "Russia's foreign
  minister, Sergei Lavrov".

What the role belongs to is, nearest first: an organisation or country named
after the role noun with "of", "at", "for", "to", "with" or "from" ("the CEO of Apple"),
else an organisation the name itself takes with "of", "at", "with" or "from"
("analyst Davide Tabarelli from Nomisma Energy"; a country there only for an
office: "President Vladimir V. Putin of Russia"), else one named before it ("Fox
News host", "Russia's foreign minister"). A
country written before the role, as a name or an adjective ("Russian"), counts
only for an office (``office: true``: president, minister …): "a Russia
analyst" studies Russia and does not work for it. A time word before the role
(``time_qualifiers``: "former", "then-", "ex-", "acting" …) dates it. A role
with nothing it belongs to is not recorded.

A name that belongs to an organisation without a role word is an affiliation too,
with the role ``affiliated``: an organisation the name takes with one of those
prepositions ("said Fernando Calado of the International Organization for
Migration", "Alex Warren, of Frontier MEA") or an organisation or country as its
possessor ("MSF's Rosa Crestani", "Tunisia's Zine al-Abidine Ben Ali"). A
place the name is "of" or "from" is where the person comes from, not whom they
work for ("Hamid from Misrata"), so only an organisation counts there. So is each
person of a list of two or more "PERSON in COUNTRY" ("as they did on Slobodan Milosevic in
Yugoslavia, Saddam Hussein in Iraq, and Bashar al-Assad in Syria": leaders named by the
country they rule); a lone "PERSON in COUNTRY" and a list with a city (a byline: "Ivan
Watson in Tripoli, Kareem Khadder in Tunisia") are where people are, and give nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.sentences import sentence_of_token
from kg.extract.syntax import children, doc_memo, objects_of
from kg.gazetteer import gazetteer
from kg.records import Mention, Role
from kg.resources import load_json, title_words

TARGET_LABELS = frozenset({"ORG", "GPE"})
BELONGING_PREPOSITIONS = frozenset({"of", "at", "for", "to", "with", "from"})
#: on a name itself "for" and "to" say what a person did ("voted for", "a letter to"), not whom they serve
NAME_PREPOSITIONS = frozenset({"of", "at", "with", "from"})
#: the role of a person the text ties to an organisation without a role word ("Calado of the IOM", "MSF's Crestani")
UNNAMED_ROLE = "affiliated"
# A title ends where the noun phrase before the name does.
_BREAKS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADP", "NUM"})
#: what may stand between the pairs of a list: "Milosevic in Serbia, then Saddam Hussein in Iraq, and Gaddafi in Libya"
LIST_JOINERS = frozenset({",", "and", ";", "or"})
#: the subject of a relative clause that says what a name is: "Hayward, *who* was BP's chief executive"
RELATIVE_SUBJECTS = frozenset({"who", "that"})
_STOPS = frozenset({",", ";", ":", "(", ")", "\"", "“", "”", "--", "-LRB-", "-RRB-", "``", "''"})


@dataclass(frozen=True)
class RoleWords:
    """A matched role: token range of its words and its lexicon entry."""

    start: int
    end: int
    role: str
    office: bool


def _word(token: Token) -> str:
    return token.lower_.rstrip(".")


def _words(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as the tokens spaCy makes of it: "director-general" → director, -, general."""
    return tuple(re.findall(r"[^\s-]+|-", phrase))


class RoleFinder:
    """The ``kg_roles`` component: the role lexicon read once, applied per doc."""

    def __init__(self):
        titles = load_json("titles.json")
        self.roles = {_words(phrase): entry for phrase, entry in titles["roles"].items() if phrase != "_doc"}
        self.longest = max(len(words) for words in self.roles)
        #: every word of a role phrase: a token with none of them is in no role (most nouns and names
        #: that :meth:`role_at` is asked of), known without reading the words around it
        self.role_words = frozenset(word for words in self.roles for word in words)
        self.times = {word: entry["time"] for word, entry in titles["time_qualifiers"].items() if word != "_doc"}
        self.joiners = {"of"} | set(self.times)  # words inside a title though tagged as breaks: "of", "Acting"
        self.ranks = title_words() - {"of"}  # title words that may follow a role: "spokesman Colonel"
        self.gazetteer = gazetteer()

    def role_at(self, doc: Doc, token: Token, end_by: int | None = None) -> RoleWords | None:
        """The longest role phrase that contains ``token`` (and, with ``end_by``, ends there)."""
        # the words around the token, each read once per Doc: every phrase of up to ``longest`` words
        # there is looked up, for every name and noun, and reading each from the Doc made a new Token
        # and lower-case string for the same words again and again
        known = doc_memo(doc, "role_words")
        if token.i not in known:
            known[token.i] = _word(token)
        if known[token.i] not in self.role_words:
            return None
        first = max(0, token.i - self.longest + 1)
        for i in range(first, min(len(doc), token.i + self.longest if end_by is None else end_by)):
            if i not in known:
                known[i] = _word(doc[i])
        for size in range(self.longest, 0, -1):
            for start in range(max(0, token.i - size + 1), token.i + 1):
                end = start + size
                if end > len(doc) or (end_by is not None and end != end_by):
                    continue
                entry = self.roles.get(tuple(known[i] for i in range(start, end)))
                if entry is not None:
                    return RoleWords(start, end, entry["role"], entry["office"])
        return None

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.kg_mentions or []
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions]
        targets: dict[int, int] = {}  # token index → index of the organisation or country mention there
        for index, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
            if span is not None and mention.antecedent is None and mention.label in TARGET_LABELS:
                targets.update((i, index) for i in range(span.start, span.end))
        sentences = sentence_of_token(doc)
        persons = {i: index for index, (mention, span) in enumerate(zip(mentions, spans, strict=True))
                   if span is not None and mention.label == "PERSON" for i in range(span.start, span.end)}
        roles = []
        for index, (mention, span) in enumerate(zip(mentions, spans, strict=True)):
            if span is None or mention.label != "PERSON" or mention.antecedent is not None:
                continue
            belongs, linking = self._belonging(span, targets, mentions)
            stated = self.stated(doc, span, mention.key, persons) + [
                found for found in (self._predicate(doc, span),) if found is not None]
            for words, modifiers_start, *was in stated:
                role = self._role(doc, index, words, modifiers_start, targets, mentions, sentences, belongs, linking,
                                  bool(was and was[0]))
                if role is not None and role not in roles:
                    roles.append(role)
            if not stated and belongs is not None and (mentions[belongs].label == "ORG" or linking.dep_ != "prep"):
                roles.append(Role(index, UNNAMED_ROLE, linking.text, sentences[linking.i], linking.idx,
                                  linking.idx + len(linking.text), "current", None, belongs, None))
        for person, place, linking in _listed_in_countries(doc, mentions, spans):
            if not any(r.person == person for r in roles):
                roles.append(Role(person, UNNAMED_ROLE, linking.text, sentences[linking.i], linking.idx,
                                  linking.idx + len(linking.text), "current", None, place, None))
        doc._.kg_roles = roles
        return doc

    def stated(self, doc: Doc, span: Span, key: str, persons: dict[int, int]) -> list[tuple[RoleWords, int]]:
        """The roles set beside the person's name ``span`` (its ``key``) and where the words before
        each start: a title and an apposition, both when both give one ("Arab League
        Secretary-General Amr Moussa, a former Egyptian foreign minister"). ``persons``: token
        index → the person mention there."""
        return [found for found in (self._title(doc, span, _name_start(span, key)),
                                    self._apposition(doc, span, persons)) if found is not None]

    def _title(self, doc: Doc, span: Span, name: int) -> tuple[RoleWords, int] | None:
        """A role right before the name, and where the words before it start."""
        start = name
        while start > span.start or start > span.root.left_edge.i:
            before = doc[start - 1]
            outside = before.i < span.start
            if outside and (before.pos_ in _BREAKS and _word(before) not in self.joiners or before.text in _STOPS
                            or "\n" in before.whitespace_ or before.is_space):
                break
            start -= 1
        # The role may stand a few words before where the name's key starts: a rank ("Pentagon
        # spokesman Colonel Dave Lapan") or a given name the tagger left out ("NATO chief Anders
        # Fogh Rasmussen", whose mention is "Fogh Rasmussen").
        end = name
        while end > start:
            words = self.role_at(doc, doc[end - 1], end_by=end)
            if words is not None:
                return (words, start) if words.start >= start else None
            between = doc[end - 1]
            if not (_word(between) in self.ranks or between.pos_ == "PROPN" and between.is_title):
                return None
            end -= 1
        return None

    def _apposition(self, doc: Doc, span: Span, persons: dict[int, int]) -> tuple[RoleWords, int] | None:
        """A role noun in apposition: the name's appositive, or the noun the name is an appositive of.
        A role that is the title of another name is that person's ("France's President Francois
        Hollande Russia's President Vladimir Putin", a caption the parser reads as one apposition)."""
        root = span.root
        nouns = [c for c in children(root) if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            words = self.role_at(doc, noun)
            if words is not None and persons.get(words.end, -1) in (-1, persons.get(span.start)):
                return words, noun.left_edge.i
        return None

    def _predicate(self, doc: Doc, span: Span) -> tuple[RoleWords, int, bool] | None:
        """A role noun said of the name with "be", in its clause or in a relative clause on it, and
        whether the verb is in the past: "Fawaz Gerges is a professor at the London School of
        Economics", "Tony Hayward, who was BP's chief executive" (the past: a role once held).
        Not denied, hypothetical or to come ("would no longer be the ruler", "will be the next
        chief executive")."""
        root = span.root
        verbs = [root.head] if root.dep_ == "nsubj" else []
        verbs += [c for c in children(root) if c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and s.lower_ in RELATIVE_SUBJECTS for s in children(c))]
        for verb in verbs:
            if verb.lemma_ != "be" or any(c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ == "longer" for c in children(verb)):
                continue  # "is not", "would be", "will be", "would no longer be": no role held
            for noun in (c for c in children(verb) if c.dep_ == "attr"):
                words = self.role_at(doc, noun)
                if words is not None and words.end - 1 == noun.i:
                    return words, noun.left_edge.i, verb.tag_ == "VBD"
        return None

    def _belonging(self, span: Span, targets: dict[int, int], mentions: list[Mention]) -> tuple[int | None, Token | None]:
        """The organisation or country the name itself belongs to, and the word that says so: its
        phrase with "of", "at", "with" or "from" ("Fernando Calado *of* the IOM", "President
        Vladimir V. Putin *of* Russia": a country there counts only for an office), or its
        possessor right before it, titles and names the mention left out allowed between ("MSF*'s*
        Rosa Crestani", "Tunisia*'s* Zine al-Abidine Ben Ali", "the Free Syrian Army's Lt Col
        Muleldine al-Zein"). A name possessed with a
        description between ("Turkey's centre-left Radikal") or read "in" ("Murat Yetkin in
        Turkey's Hurriyet") is a newspaper the tagger took for a person."""
        root = span.root
        for child in children(root):
            if child.dep_ == "prep" and child.lower_ in NAME_PREPOSITIONS and child.i >= span.end:
                for pobj in objects_of(child):
                    index = targets.get(pobj.i)
                    if index is not None and (mentions[index].label == "ORG" or mentions[index].country_code):
                        return index, child
            if child.dep_ == "poss" and child.i < span.start:
                index = targets.get(child.i)
                marker = next((t for t in children(child) if t.tag_ == "POS"), child)
                between = span.doc[max(marker.i, child.right_edge.i) + 1 : span.start]
                read_in = root.dep_ == "pobj" and root.head.lower_ == "in"
                if (index is not None and (mentions[index].label == "ORG" or mentions[index].country_code)
                        and all(_word(t) in self.ranks or t.pos_ == "PROPN" and t.dep_ == "compound" or t.text == "-"
                                for t in between) and not read_in):
                    return index, marker
        return None, None

    def _role(self, doc: Doc, person: int, words: RoleWords, modifiers_start: int, targets: dict[int, int],
              mentions: list[Mention], sentences: list[int], belongs: int | None, linking: Token | None,
              was: bool = False) -> Role | None:
        """The role of ``words``; what it belongs to as the module says (a possessor before the
        title is among the words before it: "France's UN Ambassador" belongs to the UN); ``was``:
        said with a past "be" ("who was BP's chief executive"), a role once held."""
        modifiers = doc[modifiers_start : words.start]
        qualifier = next((t.text for t in modifiers if _word(t) in self.times), None)
        organisation = self._after(doc, words, targets)
        if organisation is None and belongs is not None and linking.dep_ == "prep" and (
                mentions[belongs].label == "ORG" or words.office):
            organisation = belongs  # "analyst Davide Tabarelli from Nomisma Energy", "President Putin of Russia"
        code = None
        if organisation is None:
            before = [targets[t.i] for t in modifiers if t.i in targets]
            before = [i for i in before if words.office or mentions[i].label == "ORG" and not mentions[i].country_code]
            organisation = before[-1] if before else None
        if organisation is None and words.office:
            code = next((self.gazetteer.demonym(t.text) or self.gazetteer.country(t.text)
                         for t in reversed(modifiers) if self.gazetteer.demonym(t.text) or self.gazetteer.country(t.text)),
                        None)
        if organisation is None and code is None:
            return None
        role_words = doc[words.start : words.end]
        time = self.times[qualifier.lower()] if qualifier else "past" if was else "current"
        return Role(person, words.role, role_words.text, sentences[words.start], role_words.start_char,
                    role_words.end_char, time, qualifier, organisation, code)

    @staticmethod
    def _after(doc: Doc, words: RoleWords, targets: dict[int, int]) -> int | None:
        """The organisation or country in a prepositional phrase on the role noun or a role
        coordinated with it: "CEO of Apple", "a former foreign minister and deputy prime
        minister of Jordan"."""
        head = doc[words.end - 1]
        for child in (c for noun in (head, *head.conjuncts) for c in children(noun)):
            if child.dep_ == "prep" and child.lower_ in BELONGING_PREPOSITIONS and child.i >= words.end:
                for token in child.subtree:
                    if token.i in targets:
                        return targets[token.i]
        return None


def _listed_in_countries(doc: Doc, mentions: list[Mention], spans: list[Span | None]) -> list[tuple[int, int, Token]]:
    """(person, country, "in") of each pair in a list of two or more "PERSON in COUNTRY": "as
    they did on Slobodan Milosevic in Yugoslavia, Saddam Hussein in Iraq, and Bashar al-Assad in
    Syria", "the overthrow of Nimeiri in the Sudan, and Ben Ali in Tunisia" — leaders named by
    the country they rule. A single "PERSON in COUNTRY" is as often where a person is
    ("Atiyah Abdul Rahman in Pakistan", a reporter "in Tunisia"); a list with a city ("Ivan
    Watson in Tripoli, Kareem Khadder in Tunisia") is a byline, and is left alone: every place of
    the list must be a GPE that is no capital or region, at least two of them countries."""
    g = gazetteer()
    at = {span.start: index for index, span in enumerate(spans) if span is not None}
    units: list[tuple[int, int, Token, int, int]] = []  # person, place, "in", first and last token
    # a non-breaking space is a token of its own; the words are read as indices, not as the
    # Token objects of the whole text
    words = numpy.flatnonzero(doc.to_array(IS_SPACE) == 0).tolist()

    def following(i: int) -> int | None:
        """The next word after token ``i``, when ``i`` is a word and not the last."""
        n = bisect_left(words, i)
        return words[n + 1] if n + 1 < len(words) and words[n] == i else None

    for index, span in enumerate(spans):
        linking = following(span.end - 1) if span is not None and mentions[index].label == "PERSON" else None
        if linking is None or doc[linking].lower_ != "in" or (after := following(linking)) is None:
            continue
        beyond = following(after)
        place = at.get(beyond if doc[after].lower_ == "the" and beyond is not None else after)
        if place is not None and mentions[place].label == "GPE":
            units.append((index, place, doc[linking], span.start, spans[place].end - 1))
    found: list[tuple[int, int, Token]] = []
    run: list[tuple[int, int, Token, int, int]] = []
    for unit in [*units, None]:
        if unit is not None and run and all(
                t.lower_ in LIST_JOINERS or t.tag_ in ("RB", "RBR") or t.is_space for t in doc[run[-1][4] + 1 : unit[3]]):
            run.append(unit)
            continue
        places = [mentions[place] for _, place, _, _, _ in run]
        if (len(run) >= 2 and sum(1 for m in places if m.country_code) >= 2
                and not any(g.capital(m.text) or g.region(m.key) for m in places)):
            found += [(person, place, linking) for person, place, linking, _, _ in run]
        run = [unit] if unit is not None else []
    return found


def _name_start(span: Span, key: str) -> int:
    """Token index where the name proper starts inside a mention that may include a title."""
    first = key.split()[0] if key else ""
    return next((t.i for t in span if t.text == first), span.start)


@Language.factory("kg_roles", assigns=["doc._.kg_roles"], requires=["doc._.kg_mentions", "token.dep"])
def make_roles(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder()
