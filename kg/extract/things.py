"""Names of things: a parsed ``Doc`` in, :class:`Thing` spans (``THING_LABELS``: PRODUCT, INDEX, CURRENCY) out.

Business and market news has actors that are neither people, places nor
organisations: products and vehicles ("the Airbus A380", "the Deepwater Horizon
rig"), market indices ("the Dow rebounded") and currencies ("the dollar rose").
The small model misses most of them or calls them persons; these rules
(``resources/entities/things.json``, every rule with an example) find them:

- INDEX: a known market index in any of its written forms, keyed by its
  canonical name ("the Dow" → Dow Jones Industrial Average), or a capitalised
  name before "index"/"average" ("the Bovespa index");
- CURRENCY: a currency word as a singular noun with a determiner or possessor
  ("the dollar", "a stronger yen"), not a modifier ("the euro zone") nor a unit
  ("a pound of");
- PRODUCT: a capitalised name before or after a vehicle, vessel or product noun
  ("the Deepwater Horizon rig", "the drilling rig Deepwater Horizon") unless the
  name is an organisation or place ("the BP rig"); a maker the model tags ORG
  with a model code ("Airbus A380", "Boeing 787 Dreamliner"); a camel-case
  product word with a number ("iPhone 4").

:class:`kg.extract.mentions.MentionFinder` ranks these above spaCy's names and
types every other mention of the same name in the document alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.syntax import children
from kg.extract.text import doc_text, tokens_among
from kg.gazetteer import gazetteer
from kg.resources import load_json
from kg.vocabulary import YEAR

# A model code: letters and digits with at least two digits ("A380", "787", "747-8", "S60"), not a year.
MODEL_CODE = re.compile(r"^[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4}[A-Z]?)?[A-Za-z]{0,2}$")
CAMEL_CASE = re.compile(r"^[a-z][A-Z][a-z]+$")  # "iPhone", "iPad"
VERSION = re.compile(r"^\d{1,2}(?:\.\d)?[A-Za-z]?$")  # "4" of "iPhone 4", "2.0", "3G"
_NOT_PRODUCTS = ("ORG", "GPE", "NORP", "FAC")  # an owner or a place before a vehicle noun is not its name
_DIGIT = re.compile(r"\d")


def _with_digit(doc: Doc) -> list[int]:
    """The tokens with a digit, the only ones a model code or a version can be (MODEL_CODE,
    VERSION): found in the text, not by reading every token's text."""
    digits = [match.start() for match in _DIGIT.finditer(doc_text(doc))]
    return numpy.unique(numpy.searchsorted(doc.to_array(IDX), digits, side="right") - 1).tolist()


@dataclass(frozen=True)
class Thing:
    """A name of a thing: token span, label (PRODUCT, INDEX or CURRENCY) and key."""

    start: int
    end: int
    label: str
    key: str


def _name_before(doc: Doc, head: int) -> int:
    """Start of the capitalised name that ends just before token ``head`` (``head`` when none)."""
    start = head
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper and doc[start - 1].is_alpha) \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


def _words(span, lower: bool = False) -> tuple[str, ...]:
    return tuple(t.lower_ if lower else t.text for t in span)


class ThingFinder:
    """The matchers of ``things.json``, built once per pipeline."""

    def __init__(self, nlp: Language):
        rules = load_json("entities/things.json")
        # forms are keyed by their tokens, as the matchers match them, so that tokenised
        # text ("Standard & Poor 's 500") finds the form written "Standard & Poor's 500"
        self.index_of: dict[tuple[str, ...], str] = {}
        self.indices = PhraseMatcher(nlp.vocab, attr="ORTH")
        for canonical, forms in rules["indices"].items():
            for form in forms:
                self.index_of[_words(nlp.make_doc(form))] = canonical
                self.indices.add("INDEX", [nlp.make_doc(form)])
        self.currency_of: dict[tuple[str, ...], str] = {}
        self.currencies = PhraseMatcher(nlp.vocab, attr="LOWER")
        for canonical, forms in rules["currencies"].items():
            for form in forms:
                self.currency_of[_words(nlp.make_doc(form.lower()))] = canonical
                self.currencies.add("CURRENCY", [nlp.make_doc(form)])
        self.index_heads = frozenset(rules["index_heads"])
        self.units = frozenset(rules["currency_units"])
        self.product_heads = frozenset(rules["product_heads"])
        self.head_modifiers = frozenset(rules["product_head_modifiers"])
        self.not_makers = frozenset(rules["numbered_not_models"])
        self.geographic_words = frozenset(rules["geographic_words"])

    def __call__(self, doc: Doc) -> list[Thing]:
        return [*self._indices(doc), *self._currencies(doc), *self._products(doc)]

    def _indices(self, doc: Doc) -> list[Thing]:
        found = []
        for _, start, end in self.indices(doc):
            canonical = self.index_of[_words(doc[start:end])]
            after = doc[end] if end < len(doc) else None
            if after is not None and (after.is_title and after.text not in self.index_heads or after.text == "&"):
                continue  # "Dow Chemical", "Dow Jones & Co."
            if after is not None and after.text in self.index_heads:
                end += 1
            found.append(Thing(start, end, "INDEX", canonical))
        for token in (doc[i] for i in tokens_among(doc, ORTH, self.index_heads)):
            if token.i > 0 and token.pos_ in ("NOUN", "PROPN"):
                start = _name_before(doc, token.i)
                name = doc[start : token.i]
                if start < token.i and _words(name) not in self.index_of and not gazetteer().country(name.text):
                    found.append(Thing(start, token.i + 1, "INDEX", name.text))
        return found

    def _currencies(self, doc: Doc) -> list[Thing]:
        found = []
        for _, start, end in self.currencies(doc):
            noun = doc[end - 1]
            after = doc[end] if end < len(doc) else None
            if noun.tag_ not in ("NN", "NNP") or noun.dep_ in ("compound", "amod", "nmod"):
                continue  # "dollars", "the euro zone", "dollar bonds"
            if after is not None and after.lower_ in self.units or noun.i > 0 and doc[noun.i - 1].like_num:
                continue  # "a pound of coffee", "10 euro"
            if not any(c.dep_ in ("det", "poss") for c in children(noun)):
                continue
            found.append(Thing(start, end, "CURRENCY", self.currency_of[_words(doc[start:end], lower=True)]))
        return found

    def _products(self, doc: Doc) -> list[Thing]:
        entity_label = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
        found = []
        for token in (doc[i] for i in sorted({*tokens_among(doc, ORTH, self.product_heads), *_with_digit(doc)})):
            text = token.text
            if text in self.product_heads and (token.pos_ == "NOUN" or token.i > 0 and (
                    doc[token.i - 1].dep_ == "compound" and doc[token.i - 1].head.i == token.i)):  # "Macondo well" (ADV)
                found.extend(self._around_head(doc, token.i, entity_label))
            elif (code := MODEL_CODE.match(text)) and not YEAR.match(text) and token.i > 0:
                maker = doc[token.i - 1]
                if maker.ent_type_ == "ORG" and maker.ent_iob_ == "B" and maker.is_title \
                        and maker.lower_ not in self.not_makers or CAMEL_CASE.match(maker.text):
                    found.append(self._model(doc, maker.i, token.i))
            elif token.i > 0 and VERSION.match(text) and CAMEL_CASE.match(doc[token.i - 1].text) and not code:
                found.append(self._model(doc, token.i - 1, token.i))
        return found

    @staticmethod
    def _model(doc: Doc, maker: int, code: int) -> Thing:
        """A maker's model and a capitalised nickname after it ("Boeing 787 Dreamliner"), keyed
        without the maker when the code says the model alone ("A380" is "Airbus A380")."""
        end = code + 1
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in _NOT_PRODUCTS:
            end += 1
        start = code if MODEL_CODE.match(doc[code].text) and not CAMEL_CASE.match(doc[maker].text) else maker
        return Thing(maker, end, "PRODUCT", doc[start:end].text)

    def _around_head(self, doc: Doc, head: int, entity_label: dict[int, str]) -> list[Thing]:
        """The name of a vehicle or product noun: before it ("the Deepwater Horizon (oil) rig")
        or in apposition after it ("the drilling rig Deepwater Horizon")."""
        end = head
        while end > 0 and doc[end - 1].lower_ in self.head_modifiers:
            end -= 1
        start = _name_before(doc, end)
        if start == end and head + 1 < len(doc) and doc[head + 1].pos_ == "PROPN" and doc[head + 1].is_title:
            start = end = head + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            if doc[start:end].root.head.dep_ in ("relcl", "acl"):
                return []  # "the plane Obama flew"
            return self._product(doc[start:end], start, end, entity_label)
        if start < end and doc[end - 1].lower_ in self.geographic_words:
            return []  # "the Gulf well", "a North Sea rig": where it is, not its name
        return self._product(doc[start:end], start, head + 1, entity_label)

    @staticmethod
    def _product(name: Span, start: int, end: int, entity_label: dict[int, str]) -> list[Thing]:
        if not len(name) or any(entity_label.get(t.i) in _NOT_PRODUCTS for t in name):
            return []
        g = gazetteer()
        if g.country(name.text) or g.demonym(name.text) or g.capital(name.text) or g.region(name.text):
            return []
        return [Thing(start, end, "PRODUCT", name.text)]
