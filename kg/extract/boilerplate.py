"""Boilerplate: a ``Doc`` with entity mentions in, the character spans of text that is no
news (bylines, credits, photo credits, wire datelines, copyright, comment, share and
newsletter lines) in ``doc._.kg_boilerplate`` out, and the entity mentions and events
inside them removed from ``doc._.kg_mentions`` and ``doc._.kg_events``.

Runs as the ``kg_boilerplate`` component after ``kg_events`` and removes the events
whose trigger and the mentions that lie inside these spans, renumbering the mention
indices of what stays: "Reporting by JoAnne Allen; editing by Peter Cooney" is no
event, and its names are no actors unless they also appear in the news. The patterns are data (``resources/boilerplate.json``).

Before the parser, the ``kg_furniture_breaks`` component starts a sentence where furniture that
the news runs on from begins and ends (the patterns marked ``runs_into_text``: bylines, photo
credits, a page's time stamp), so that the parser reads the news as a sentence of its own.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from operator import itemgetter

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.events.headlines import renumber_title
from kg.extract.text import doc_text
from kg.extract.timex_patterns import lowered, may_match, needs_of
from kg.records import EventMention, Mention
from kg.resources import load_json

if not Doc.has_extension("kg_boilerplate"):
    Doc.set_extension("kg_boilerplate", default=None)
if not Doc.has_extension("kg_furniture"):
    Doc.set_extension("kg_furniture", default=None)


@dataclass(frozen=True)
class BoilerplatePattern:
    name: str
    regex: re.Pattern
    extent: str  # match, line, from_line_start, to_end
    # words one of which every match holds, sought in the lower-cased text (None: unknown), read
    # from the pattern as the temporal scan reads its own: most patterns match in few texts
    needs: tuple[str, ...] | None = None
    runs_into_text: bool = False  # furniture the news runs on from, on its line (``furniture_runs``)
    # ... only where at least this many characters of its line come before it: a story's
    # highlights run into its dateline, which the parser then reads as one sentence with the story
    runs_into_text_after: int = 0
    # a pattern that is furniture only on a page that repeats it: at least this many matches, not all
    # of them like ``not_all_like`` ("1633 UN Secretary General says …" opens a live page's entry)
    min_matches: int = 1
    not_all_like: re.Pattern | None = None
    # what every match holds, sought before the pattern: a pattern with look-aheads over each line
    # (the photo caption's) costs more than this search in the many texts it turns away
    sought_first: re.Pattern | None = None

    def matches(self, text: str) -> list[re.Match]:
        """The matches in ``text`` that are furniture: none when the page repeats the pattern
        fewer than :attr:`min_matches` times, or only in matches like :attr:`not_all_like` (a list
        of years, "1983 Thriller is released", is no live page's clock times); none in a text
        without :attr:`sought_first`, where the pattern cannot match."""
        if self.sought_first is not None and self.sought_first.search(text) is None:
            return []
        found = list(self.regex.finditer(text))
        if len(found) < self.min_matches or (
                self.not_all_like is not None and all(self.not_all_like.fullmatch(m.group()) for m in found)):
            return []
        return found


@cache
def boilerplate_patterns() -> tuple[BoilerplatePattern, ...]:
    data = load_json("boilerplate.json")
    # as outlets.json reads its names: with or without a leading "the" ("(New York Times)")
    outlets = sorted({re.sub(r"^the\s+", "", name, flags=re.IGNORECASE) for name in load_json("outlets.json")["names"]},
                     key=lambda name: (-len(name), name))
    placeholders = {**data["brackets"], "OUTLET": r"(?:the\s+)?(?:" + "|".join(re.escape(name) for name in outlets) + ")"}

    def expanded(source: str) -> str:
        for placeholder, expansion in placeholders.items():
            source = source.replace("{" + placeholder + "}", expansion)
        return source

    found = []
    for entry in data["patterns"]:
        source = expanded(entry["pattern"])
        not_all_like, sought_first = entry.get("not_all_like"), entry.get("sought_first")
        found.append(BoilerplatePattern(entry["name"], re.compile(source, re.IGNORECASE), entry["extent"], needs_of(source),
                                        entry.get("runs_into_text", False), entry.get("runs_into_text_after", 0),
                                        entry.get("min_matches", 1),
                                        None if not_all_like is None else re.compile(not_all_like),
                                        None if sought_first is None else re.compile(expanded(sought_first), re.IGNORECASE)))
    return tuple(found)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character spans of ``text`` that are boilerplate, merged and sorted.

    >>> text = "Rebels took Zawiyah. (Reporting by Tom Perry; editing by Jon Hemming)"
    >>> [text[s:e] for s, e in boilerplate_spans(text)]
    ['(Reporting by Tom Perry; editing by Jon Hemming)']
    """
    spans = []
    lowered_text = lowered(text)
    for pattern in boilerplate_patterns():
        if not may_match(pattern.needs, lowered_text):
            continue
        for match in pattern.matches(text):
            start, end = match.span()
            if pattern.extent == "line":
                line_end = text.find("\n", end)
                end = len(text) if line_end < 0 else line_end
            elif pattern.extent == "from_line_start":
                start = text.rfind("\n", 0, start) + 1
            elif pattern.extent == "to_end":
                start, end = text.rfind("\n", 0, start) + 1, len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if end > start:
                spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def furniture_runs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character spans, sorted, of page furniture the news runs into on its
    line (patterns that ``runs_into_text``), each from where the furniture starts to where the
    text after it starts. The parser reads "Photograph: Ann Heisenfelt/EPA BP ordered the owner"
    as one sentence whose subject is the photograph.

    >>> text = "Photograph: Ann Heisenfelt/EPA BP ordered the owner of the rig to act."
    >>> [text[s:e] for s, e in furniture_runs(text)]
    ['Photograph: Ann Heisenfelt/EPA ']
    """
    runs = set()
    lowered_text = lowered(text)
    for pattern in boilerplate_patterns():
        if not pattern.runs_into_text or not may_match(pattern.needs, lowered_text):
            continue
        for match in pattern.matches(text):
            start, end = match.span()
            if start - (text.rfind("\n", 0, start) + 1) < pattern.runs_into_text_after:
                continue
            while end < len(text) and text[end] in " \t":
                end += 1
            while start < end and text[start].isspace():
                start += 1
            if end < len(text) and text[end] not in "\r\n":  # (alone on its line, it is a paragraph already)
                runs.add((start, end))
    return sorted(runs)


@Language.component("kg_furniture_breaks", assigns=["token.is_sent_start", "doc._.kg_furniture"])
def furniture_sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence where each of :func:`furniture_runs` starts and where the news after it
    starts, before the parser runs (the parser keeps preset boundaries), and keep the runs in
    ``doc._.kg_furniture``: a live page's clock time "1633" is no year (``kg_temporal``). Its
    words stay boilerplate, removed by ``kg_boilerplate``."""
    runs = furniture_runs(doc_text(doc))
    doc._.kg_furniture = runs
    breaks = sorted({offset for run in runs for offset in run})
    if breaks:
        starts = doc.to_array(IDX)
        for offset in breaks:
            i = int(numpy.searchsorted(starts, offset))
            if 0 < i < len(doc) and starts[i] == offset:
                doc[i].is_sent_start = True
                if i + 1 < len(doc):  # nor a sentence of its first word alone ("BP || has managed to place a cap")
                    doc[i + 1].is_sent_start = False
    return doc


def boilerplate_tail(text: str) -> int:
    r"""Where the part of ``text`` that is boilerplate to its end begins (the line of a ``to_end``
    pattern's first match: a page's reader comments, a programme listing), else its length.

    >>> boilerplate_tail("BP capped the well.\nAt 1:09 pm on 10 Jun 2010 , Walrus wrote : Shame .")
    20
    """
    tail = len(text)
    lowered_text = lowered(text)
    for pattern in boilerplate_patterns():
        if pattern.extent == "to_end" and may_match(pattern.needs, lowered_text):
            match = pattern.regex.search(text, 0, tail)
            if match:
                tail = text.rfind("\n", 0, match.start()) + 1
    return tail


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text ``start``–``end`` lies within one of ``spans``, merged and sorted as
    :func:`boilerplate_spans` gives them: only the last span that begins at or before ``start``
    can hold it (a page of reader comments has hundreds of spans, checked for every mention).

    >>> inside([(0, 5), (10, 20)], 12, 15), inside([(0, 5), (10, 20)], 4, 11)
    (True, False)
    """
    at = bisect_right(spans, start, key=itemgetter(0)) - 1
    return at >= 0 and end <= spans[at][1]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text ``start``–``end`` shares a character with one of ``spans`` (merged and
    sorted): a name the tagger ran out of a byline into the news ("By Lisa Rein and *Ed O'Keefe
    BP* has reimbursed") is read across both, and is no name of either.

    >>> overlaps([(0, 5), (10, 20)], 4, 8), overlaps([(0, 5), (10, 20)], 5, 10)
    (True, False)
    """
    at = bisect_right(spans, end - 1, key=itemgetter(0)) - 1
    return at >= 0 and spans[at][1] > start


def _renumbered(mentions: list[Mention], spans: list[tuple[int, int]]) -> dict[int, int]:
    """Old index → new index of the mentions that stay: those clear of ``spans``, and
    pronouns only when their antecedent stays too."""
    outside = {n for n, m in enumerate(mentions) if not overlaps(spans, m.start, m.end)}
    staying = [n for n in sorted(outside) if mentions[n].antecedent is None or mentions[n].antecedent in outside]
    return {old: new for new, old in enumerate(staying)}


def without_boilerplate(mentions: list[Mention], events: list[EventMention], spans: list[tuple[int, int]]
                        ) -> tuple[list[Mention], list[EventMention]]:
    """The mentions and events outside ``spans``, with every mention index renumbered
    (antecedents, participants, speakers, media, titles); a pronoun whose antecedent was
    boilerplate goes too."""
    new = _renumbered(mentions, spans)
    # (boilerplate mostly ends a page: most mentions keep their index, and what refers only to
    # such mentions is kept as it is, not copied)
    kept_mentions = [
        m if m.antecedent is None or new[m.antecedent] == m.antecedent else replace(m, antecedent=new[m.antecedent])
        for old, m in enumerate(mentions) if old in new
    ]
    kept_events = []
    for event in events:
        if inside(spans, event.start, event.end):
            continue
        kept_events.append(event if all(new.get(i) == i for i in _mentions_of(event)) else replace(
            event,
            participants=[replace(p, mention=new[p.mention]) for p in event.participants if p.mention in new],
            speaker=new.get(event.speaker) if event.speaker is not None else None,
            medium=new.get(event.medium) if event.medium is not None else None,
            title=renumber_title(event.title, new),
        ))
    return kept_mentions, kept_events


def _mentions_of(event: EventMention) -> list[int]:
    """The indices of the mentions ``event`` refers to: participants, speaker, medium, title."""
    return [*(p.mention for p in event.participants), *(i for i in (event.speaker, event.medium) if i is not None),
            *(piece[0] for piece in event.title if not isinstance(piece, str))]


class BoilerplateFilter:
    """The ``kg_boilerplate`` pipeline component."""

    def __call__(self, doc: Doc) -> Doc:
        spans = boilerplate_spans(doc_text(doc))
        doc._.kg_boilerplate = spans
        if spans:
            doc._.kg_mentions, doc._.kg_events = without_boilerplate(doc._.kg_mentions or [], doc._.kg_events or [], spans)
        return doc


@Language.factory("kg_boilerplate")
def make_boilerplate_component(nlp: Language, name: str) -> BoilerplateFilter:
    return BoilerplateFilter()
