"""Clean actors: ``doc._.kg_mentions`` in, the same list without what is not a name out.

The ``kg_actor_filter`` component runs after ``kg_mentions`` and before the
components that use mentions. Word lists are in ``entities/not_names.json``:

- a currency ("the dollar", kg.extract.things) is kept as found: it is written in lower case;
- a name ends at a treebank bracket or quote token of pre-tokenised text
  ("National Transitional Council -LRB- NTC" → "National Transitional
  Council"); a name that is only such tokens is dropped;
- an ordinal, a sentence adverb or a verb glued to the front of a country,
  capital or region by lost punctuation is dropped ("Second Russia" → Russia), and a
  verb, modal or adverb glued to the front of a name the text uses alone elsewhere
  ("Will Gadhafi survive?", "Later Saadi Gadhafi told me");
- a person's name ends before a number ("Margaret Lewis 5" in a numbered list);
- a time zone of the temporal lexicon is no name ("by 2000 GMT had recovered"), nor the
  start of one ("15.39 BST Government officials" in live-blog copy);
- a news outlet glued to the front of a name the text also uses alone is a mention of
  its own ("told Reuters Gaddafi's forces fired" → Reuters, Gaddafi);
- a person's name with a digit in it is a code ("H1N1"), and a name against the "=" of a wire
  service's instrument code is part of it ("Gold XAU= hit a record", "the euro EUR=EBS");
- a name dressed up or posed as is a costume, no doer ("protesters dressed as Vladimir Putin");
- a one-word name that only opens a sentence or a quotation, whose word the text writes in lower
  case elsewhere and never with a capital inside a sentence, is a common noun the tagger took for
  a name ("``Oil hit a 32-month high" where the story speaks of oil; "Mortars, tank fire and
  artillery were used");
- a company name ends at a closing legal form ("Goldman Sachs Group Inc Lower"
  → "Goldman Sachs Group Inc");
- in a line that reads as a headline (no sentence-final punctuation, mostly
  capitalised words) capitals say nothing, so only its subject ("Putin Says War
  Will Go On") and known names stay: countries, capitals, regions and names the
  rest of the text uses, and a longer name is cut to the known part ("What the US Needs to Offer Russia to Avoid War" keeps the
  US and Russia, drops "Avoid War").

A pronoun whose antecedent is dropped is dropped with it; antecedent indices are
renumbered.
"""
from __future__ import annotations

from dataclasses import replace

import numpy
from spacy.attrs import IS_LOWER, IS_TITLE, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from kg.extract.factuality import is_outlet
from kg.extract.mentions import mention_key
from kg.extract.text import doc_text, string_keys
from kg.gazetteer import city, gazetteer
from kg.records import Mention
from kg.resources import load_json, title_words

#: the most words of a person's name an affiliation ("of GlaxoSmithKline") follows
MAX_PERSON_WORDS = 3
_SENTENCE_END = (".", "!", "?", ":", ";", "\"", "”", "'", "’", ")")
_EDGE_POS = frozenset({"PUNCT", "DET", "ADP", "CCONJ", "PART", "SPACE"})
_VERB_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD"})
#: tags of words no name begins with: verbs, modals, adverbs ("Will Gadhafi survive?", "Later Saadi Gadhafi told me")
_NO_NAME_TAGS = _VERB_TAGS | {"VBG", "MD", "RB", "WRB", "UH"}


def _known(text: str) -> str | None:
    """The country code of a country, or the text itself for a capital or region; None for anything else."""
    g = gazetteer()
    if g.country(text):
        return g.country(text)
    return text if g.capital(text) or g.region(text) else None


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` that read as headlines.

    >>> headline_lines("Putin Says Talks Go On\\nHe said talks go on.")
    [(0, 22)]
    """
    rules = load_json("entities/not_names.json")["headline"]
    ranges, start = [], 0
    for line in text.split("\n"):
        if not line.rstrip().endswith(_SENTENCE_END):  # (most lines are paragraphs: their words are not counted)
            words = [w for w in line.split() if any(c.isalpha() for c in w)]
            capitalised = sum(1 for w in words if w[0].isupper())
            if len(words) >= rules["min_words"] and capitalised >= rules["capitalised_share"] * len(words):
                ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


class ActorFilter:
    def __init__(self):
        rules = load_json("entities/not_names.json")
        self.brackets = frozenset(rules["bracket_tokens"]["tokens"])
        self.lead_words = frozenset(rules["lead_words"]["words"])
        self.closing = frozenset(rules["closing_designators"]["words"])
        self.disease_heads = frozenset(rules["disease_heads"]["words"])
        self.institution_heads = frozenset(load_json("entities/organisations.json")["institution_heads"]["words"])
        self.title_starts = frozenset(rules["title_starts"]["words"])
        self.caption_verbs = frozenset(rules["caption_verbs"]["words"])
        self.code_marks = tuple(rules["instrument_codes"]["marks"])
        self.costume_verbs = frozenset(rules["costumes"]["verbs"])
        self.affiliation_words = frozenset(rules["affiliations"]["words"])
        self.titles = title_words()
        self.time_zones = frozenset(load_json("temporal/lexicon.json")["timezones"])
        actors = load_json("entities/actors.json")
        self.common_nouns = frozenset(actors["actor_nouns"]) | frozenset(actors["nominals"])

    def trim(self, span: Span, label: str, used_elsewhere: frozenset[str] = frozenset()) -> Span | None:
        """The part of a name's span (of entity type ``label``) that is the name; None when nothing is.
        ``used_elsewhere``: the names the text uses outside headlines."""
        doc = span.doc
        start, end = span.start, span.end
        cut = next((t.i for t in span if t.text in self.brackets), None)
        if cut is not None:
            first = doc[start:cut]
            start, end = (start, cut) if any(c.isupper() for c in first.text) else (cut + 1, end)
            end = next((t.i for t in doc[start:end] if t.text in self.brackets), end)
        while start < end and (doc[start].pos_ in _EDGE_POS or doc[start].text in self.brackets):
            start += 1
        if start < end and doc[start].text in self.time_zones:
            # a live-blog entry's clock time run into the name ("15.39 BST Government officials"):
            # the entry starts after it, so a common noun there is capitalised as a sentence's first word
            start += 1
            if end - start == 1 and doc[start].lower_ in self.common_nouns:
                return None
        while end > start and (doc[end - 1].pos_ in _EDGE_POS or doc[end - 1].text in self.brackets
                               or label == "PERSON" and doc[end - 1].is_digit):
            end -= 1
        if end - start > 1 and doc[end - 1].lower_ in self.caption_verbs and all(
                t.is_upper for t in doc[start:end] if t.is_alpha):
            end -= 1  # "HAMAD BIN JASIM AL THANI SAYING": a caption in capitals runs on to its verb
        if end - start > 1 and (doc[start].lower_ in self.lead_words or doc[start].tag_ in _VERB_TAGS) \
                and _known(doc[start + 1 : end].text):
            start += 1
        elif end - start > 1 and doc[start].tag_ in _NO_NAME_TAGS and doc[start + 1 : end].text in used_elsewhere:
            start += 1  # "Will Gadhafi survive?" where the text has "Gadhafi" alone
        closing = next((t.i for t in doc[start : end - 1] if t.lower_.rstrip(".") in self.closing), None)
        if closing is not None:
            end = closing + 1
        if label in ("ORG", "FAC"):
            end = self._without_place(doc, start, end)
        if label != "PERSON" and end - start > 1 and end < len(doc) and doc[end].ent_type_ == "PERSON" and \
                doc[end - 1].lower_.rstrip(".") in self.titles:
            end -= 1  # "Coast Guard Adm. Thad Allen": the person's title is no word of the body's name
        if label != "PERSON" and end - start > 1 and end < len(doc) and doc[end - 1].lower_.rstrip(".") in \
                self.title_starts and doc[end].lower_.rstrip(".") in self.titles:
            end -= 1  # "U.S. Coast Guard Rear Admiral Thad Allen": "Rear" starts the title
        if end <= start or not any(c.isupper() for c in doc[start:end].text) or doc[start:end].text in self.time_zones:
            return None  # no capital, or a time zone ("by 2000 GMT had recovered")
        if label == "PERSON" and any(c.isdigit() for c in doc[start:end].text):
            return None  # a code: "H1N1"
        if any(mark in t.text for t in doc[max(start - 1, 0) : end + 1] for mark in self.code_marks):
            return None  # a wire service's instrument code: "Gold XAU= hit a record", "the euro EUR=EBS"
        if self._worn(doc, start):
            return None  # "protesters dressed as Vladimir Putin": a costume, no doer
        if label == "PERSON" and _family(doc, start, end, used_elsewhere):
            return None  # "the Berlusconis": several people, none of them Silvio Berlusconi
        if doc[end - 1].lower_ in self.disease_heads or end < len(doc) and doc[end].lower_ in self.disease_heads:
            return None  # "Swine flu", "Swine Flu", "the Ebola virus": a disease's name
        return doc[start:end]

    def _worn(self, doc: Doc, start: int) -> bool:
        """Whether the name starting at ``start`` is a figure dressed up or posed as: "as" after a verb of
        ``costumes`` comes before it with only words of names and titles, and "and", between ("dressed as
        Russian President Vladimir Putin and U.S. President *Joe Biden*")."""
        at = start - 1
        while at > 0 and (doc[at].is_title or doc[at].is_upper or doc[at].lower_ in ("and", ",")):
            at -= 1
        return at > 0 and doc[at].lower_ == "as" and doc[at - 1].lemma_.lower() in self.costume_verbs

    def _without_place(self, doc: Doc, start: int, end: int) -> int:
        """The end of an organisation's or facility's name before "in" and the place it is in
        ("Alleyn's School in Dulwich"), when an institution's head comes before "in" or the place is known."""
        for token in doc[start + 1 : end - 1]:
            place = doc[token.i + 1 : end]
            if token.lower_ == "in" and all(t.is_title for t in place) and (
                    doc[token.i - 1].lower_ in self.institution_heads or _known(place.text) or city(place.text)):
                return token.i
        return end

    def affiliation(self, span: Span, used_elsewhere: frozenset[str]) -> tuple[Span, Span] | None:
        """A person's full name and the name they are "of", run into one PERSON name by the
        tagger ("Stephen Rae of GlaxoSmithKline"), when the text names that body on its own too
        or it is a known place; None for a name with "of" in it that is a title's ("Duke of
        York"), one name ("Catherine of Aragon") or an office's ("White House Office of Energy
        and Climate Change Policy")."""
        for token in span[2:min(span.end - span.start - 1, MAX_PERSON_WORDS + 1)]:
            person, body = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
            if token.lower_ in self.affiliation_words and all(
                    t.is_title and t.lower_.rstrip(".") not in self.titles for t in person) and (
                    body.text in used_elsewhere or _known(body.text) or city(body.text)):
                return person, body
        return None

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[Mention] = doc._.kg_mentions or []
        headlines = headline_lines(doc_text(doc))

        def in_headline(mention: Mention) -> bool:
            return any(a <= mention.start < b for a, b in headlines)

        used_elsewhere = frozenset({m.text for m in mentions if not in_headline(m)}
                                   | {m.key for m in mentions if not in_headline(m)})
        common = _CommonWords(doc)
        kept: dict[int, Mention] = {}
        outlets: dict[int, Mention] = {}  # a news outlet glued to the front of the name at that index
        affiliations: dict[int, Mention] = {}  # the organisation or place run into the person's name at that index
        for index, mention in enumerate(mentions):
            if mention.antecedent is not None:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            trimmed = (self.trim(span, mention.label, used_elsewhere)
                       if span is not None and mention.label != "CURRENCY" else span)
            if trimmed is None or common.opens_with(trimmed) and not _known(trimmed.text) and not is_outlet(
                    trimmed.text, mention.label):
                continue
            if in_headline(mention) and not trimmed.root.dep_.startswith("nsubj"):  # "Putin Says War Will Go On"
                trimmed = _known_part(trimmed, used_elsewhere)
                if trimmed is None:
                    continue
            parts = self.affiliation(trimmed, used_elsewhere) if mention.label == "PERSON" else None
            if parts is not None:
                trimmed, body = parts
                affiliations[index] = _renamed(replace(mention, label="ORG"), body)
            outlet = _outlet_before(trimmed, used_elsewhere)
            if outlet is not None:
                outlets[index] = Mention(outlet.start_char, outlet.end_char, outlet.text, "ORG", mention.sentence,
                                         mention_key(outlet.text, "ORG"))
                trimmed = trimmed.doc[outlet.end : trimmed.end]
            if (trimmed.start, trimmed.end) != (span.start, span.end):
                mention = _renamed(mention, trimmed)
            kept[index] = mention
        kept.update((i, m) for i, m in enumerate(mentions) if m.antecedent is not None and m.antecedent in kept)
        order = [(i, m) for index, kept_mention in sorted(kept.items())
                 for i, m in ([(None, outlets[index])] if index in outlets else []) + [(index, kept_mention)]
                 + ([(None, affiliations[index])] if index in affiliations else [])]
        position = {old: new for new, (old, _) in enumerate(order) if old is not None}
        doc._.kg_mentions = [m if m.antecedent is None else replace(m, antecedent=position[m.antecedent])
                             for _, m in order]
        return doc


class _CommonWords:
    """Which one-word names of a ``Doc`` are common nouns capitalised only because they open a
    sentence or a quotation: the words it writes in lower case and those it capitalises inside
    a sentence, read once per ``Doc`` when a name asks, as string store keys."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lower: set[int] | None = None
        self.capitalised_inside: set[int] = set()

    def opens_with(self, span: Span) -> bool:
        if len(span) != 1 or not _opening(span[0]):
            return False
        if self.lower is None:
            self._read()
        word = span[0]
        return (word.orth not in self.capitalised_inside and
                (word.lower in self.lower or get_string_id(word.lemma_.lower()) in self.lower))

    def _read(self) -> None:
        """The words of the ``Doc`` in lower case, and those capitalised inside a sentence but not
        as a word of a name of several capitalised words ("Mobil *Oil*'s refinery", "*Oil* Minister"
        are no name alone), from ``doc.to_array``: a ``Token`` for every word, and the text of every
        key, cost more than the names that ask. (No word is both in lower case and capitalised.)"""
        doc = self.doc
        lower, title, sent_start, pos, orth = doc.to_array([IS_LOWER, IS_TITLE, SENT_START, POS, ORTH]).T
        lower, title = lower.astype(bool), title.astype(bool)
        opening = sent_start == 1  # as ``_opening``: a sentence's first word, or one after an opener
        opening[1:] |= numpy.isin(orth[:-1], _OPENER_KEYS)
        named = title & (pos == PROPN) & ~opening  # a word of a name that does not open a sentence
        in_longer_name = numpy.zeros(len(doc), dtype=bool)
        in_longer_name[1:] |= named[:-1] | (title & opening)[:-1]  # after "Mobil", or a capitalised opening word
        in_longer_name[:-1] |= named[1:]  # before "Minister"
        self.lower = set(orth[lower].tolist())
        self.capitalised_inside = set(orth[~lower & title & ~opening & ~in_longer_name].tolist())


#: what a sentence's first word may follow: a quotation mark, a bracket, a dash
_OPENERS = frozenset({"``", "`", "\"", "\u201c", "'", "\u2018", "-LRB-", "(", "--", "-", "\u2014"})
_OPENER_KEYS = string_keys(_OPENERS)


def _opening(token) -> bool:
    """Whether ``token`` is the first word of its sentence, or of a quotation or an aside in it."""
    return token.is_sent_start or token.i > 0 and token.doc[token.i - 1].text in _OPENERS


def _outlet_before(span: Span, used_elsewhere: frozenset[str]) -> Span | None:
    """A news outlet glued to the front of a name the text uses on its own ("told Reuters
    Gaddafi's forces fired" → Reuters, Gaddafi); None when the whole is one name."""
    if is_outlet(span.text, "ORG"):
        return None
    for end in range(span.start + 1, span.end):
        rest = span.doc[end : span.end]
        if is_outlet(span.doc[span.start : end].text, "ORG") and (rest.text in used_elsewhere
                                                                   or mention_key(rest.text) in used_elsewhere):
            return span.doc[span.start : end]
    return None


def _known_part(span: Span, used_elsewhere: frozenset[str]) -> Span | None:
    """The longest part of a headline's name that is a known name: a country, capital or
    region, or a name the text uses outside headlines ("Goldman Sachs Sees Oil" → "Goldman Sachs")."""
    for size in range(len(span), 0, -1):
        for start in range(span.start, span.end - size + 1):
            part = span.doc[start : start + size]
            if _known(part.text) or part.text in used_elsewhere:
                return part
    return None


def _renamed(mention: Mention, span: Span) -> Mention:
    """The mention for the trimmed span: a country when the gazetteer says so, else re-keyed."""
    code = gazetteer().country(span.text)
    if code:
        return Mention(span.start_char, span.end_char, span.text, "GPE", mention.sentence, gazetteer().label(code),
                       mention.resolved_from, code)
    return Mention(span.start_char, span.end_char, span.text, mention.label, mention.sentence,
                   mention_key(span.text, mention.label), mention.resolved_from, mention.country_code)


@Language.factory("kg_actor_filter", assigns=["doc._.kg_mentions"], requires=["doc._.kg_mentions", "token.pos"])
def make_actor_filter(nlp: Language, name: str) -> ActorFilter:
    return ActorFilter()


def _family(doc: Doc, start: int, end: int, used_elsewhere: frozenset[str]) -> bool:
    """Whether the one-word name ``doc[start:end]`` is a family ("the *Berlusconis*"): "the" before it, a
    final "s", and without it the last word of a person's name the text uses elsewhere (``families`` of
    ``entities/not_names.json``)."""
    word = doc[start].text
    if end - start != 1 or start == 0 or doc[start - 1].lower_ != "the" or not word.endswith("s"):
        return False
    return any(name.split()[-1] == word[:-1] for name in used_elsewhere)
