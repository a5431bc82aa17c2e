"""Sentences: paragraph breaks as sentence starts (``kg_paragraphs``, before the parser)
and the sentence numbering shared by the extraction components."""
from __future__ import annotations

import re
from itertools import pairwise

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.text import doc_text
from kg.resources import load_json


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token indices of each sentence, in order, as ``doc.sents`` gives them;
    read once per ``Doc`` from the sentence starts (the parse is done when the extraction
    components run) and kept in its ``user_data``: ``doc.sents`` and ``token.sent`` walk the
    tokens again on every call.

    >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> sentence_bounds(nlp("One. Two."))
    [(0, 2), (2, 4)]
    """
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        starts = [0, *(int(i) for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1) if i > 0), len(doc)]
        bounds = doc.user_data[_BOUNDS] = list(pairwise(starts)) if len(doc) else []
    return bounds


def sentence_of_token(doc: Doc) -> list[int]:
    """Token index → number of the sentence it belongs to (0-based); the same list for every
    call on one ``Doc``, which its callers only read.

    >>> import spacy; nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> sentence_of_token(nlp("One. Two."))
    [0, 0, 1, 1]
    """
    index = doc.user_data.get(_SENTENCE_OF_TOKEN)
    if index is None:
        index = doc.user_data[_SENTENCE_OF_TOKEN] = []
        for number, (start, end) in enumerate(sentence_bounds(doc)):  # the sentences cover the doc, in order
            index += [number] * (end - start)
    return index


def sentence_start(token: Token) -> int:
    """``token.sent.start``, from :func:`sentence_bounds`, without making the ``Span``."""
    doc = token.doc
    return sentence_bounds(doc)[sentence_of_token(doc)[token.i]][0]


def sentence_of(token: Token) -> Span:
    """``token.sent``, from :func:`sentence_bounds`."""
    doc = token.doc
    start, end = sentence_bounds(doc)[sentence_of_token(doc)[token.i]]
    return Span(doc, start, end)  # ``doc[start:end]`` without checking the bounds again in Python


_BOUNDS = "kg_sentence_bounds"
_SENTENCE_OF_TOKEN = "kg_sentence_of_token"


#: a clock time as live blogs stamp their entries: "18.39", "01:10", "5.45pm" (the tokenizer
#: keeps "am"/"pm" written without a space on the number)
CLOCK = re.compile(r"\d{1,2}[.:]\d{2}([ap]m)?", re.IGNORECASE)
#: what follows a live blog's time stamp before the entry's text: "*5.30 pm:* Obama will visit …"
STAMP_MARKS = (":", "-", "--")


def clock_time_end(doc: Doc, i: int) -> int:
    """The index of the last token of a clock time at ``i`` told with its "am"/"pm", its time zone
    or both ("5.30 pm", "18.39 BST", "1.45 pm BST"), or -1 when ``doc[i]`` opens none: a bare
    "18.39" may be a score or a price.

    >>> import spacy; nlp = spacy.blank("en")
    >>> [clock_time_end(nlp(text), 0) for text in ("1.45 pm BST: Just", "5.45pm: Obama", "18.39 points")]
    [2, 0, -1]
    """
    clock = CLOCK.fullmatch(doc[i].text)
    if clock is None:
        return -1
    lexicon = load_json("temporal/lexicon.json")
    end = i + 1 if i + 1 < len(doc) and doc[i + 1].lower_ in lexicon["meridiem"] else i
    if end + 1 < len(doc) and doc[end + 1].text in lexicon["timezones"]:
        end += 1
    return end if end > i or clock.group(1) else -1


#: where a page's date-and-time stamp may stand in the text: a year, at most a separator, and a
#: clock time ("July 23 , 2010 ; 7:07 AM", "May 24 , 2010 7:32 pm EDT", "June 4 , 2010 | 11:06 AM")
STAMP_YEAR_CLOCK = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[;,|]?\s*(?P<clock>\d{1,2}[.:]\d{2})\b")
#: words before a date that make it part of a sentence, not a stamp ("due *on* May 24, 2010 7:30 pm")
STAMP_GOVERNORS = frozenset({"on", "at", "by", "until", "till", "for", "before", "after", "since", "from", "to"})


def page_stamp_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The first and last token of each page stamp in ``doc``: a full date with its clock time, as a
    web page prints when a story was posted, run on between a headline and the story's first
    sentence when a page is copied as text ("Hearings focus on human factors in BP oil spill
    *Friday , July 23 , 2010 ; 7:07 AM* KENNER , LA. -- Before he died …"). A date a sentence
    governs is none ("the vote *on* May 24, 2010 7:30 pm").

    >>> import spacy; nlp = spacy.blank("en")
    >>> page_stamp_bounds(nlp("Spill hearings begin Friday , July 23 , 2010 ; 7:07 AM KENNER , LA. -- Crews left."))
    [(3, 11)]
    >>> page_stamp_bounds(nlp("The vote is due on May 24 , 2010 7:30 pm ."))
    []
    """
    months, weekdays = load_json("temporal/months.json"), load_json("temporal/lexicon.json")["weekdays"]
    bounds = []
    for found in STAMP_YEAR_CLOCK.finditer(doc_text(doc)):  # kept once per Doc: ``doc.text`` joins the tokens
        year, clock = doc.char_span(*found.span("year")), doc.char_span(*found.span("clock"))
        if year is None or clock is None or (end := clock_time_end(doc, clock.start)) < 0:
            continue
        start = year.start
        # back over "Month day ," and "Weekday ," (the month may be abbreviated: "Mon May 24", "Fri Apr 30")
        while start > 0 and (doc[start - 1].text in (",", ".") or doc[start - 1].like_num
                             or doc[start - 1].lower_.rstrip(".") in months or doc[start - 1].lower_.rstrip(".") in weekdays):
            start -= 1
        while start < year.start and not (doc[start].lower_.rstrip(".") in months or doc[start].lower_.rstrip(".") in weekdays):
            start += 1  # a stamp opens with its weekday or month, not with the number or comma before
        if start == year.start or not any(doc[k].lower_.rstrip(".") in months for k in range(start, year.start)):
            continue  # a year and a time with no month: no date of a stamp
        if start > 0 and doc[start - 1].lower_ in STAMP_GOVERNORS:
            continue
        bounds.append((start, end))
    return bounds


#: brackets as written and as tokenised wire copy writes them ("-LRB- BP.L -RRB-")
OPENERS, CLOSERS = ("(", "-LRB-"), (")", "-RRB-")
#: how far a bracket is looked for on either side of a line break: a ticker or a short aside
BRACKET_REACH = 6
#: a heading in capitals has at least this many words, one of them at least
#: :data:`HEADING_LONG_WORD` letters long: shorter capitals open a name ("BP CEO Tony
#: Hayward", "A US Senate committee")
HEADING_WORDS, HEADING_LONG_WORD = 3, 5


@Language.component("kg_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs: a heading or
    a paragraph never runs on into the next one (the parser keeps preset boundaries);
    a single line break inside brackets starts none ("Munich Re -LRB- MUVGn . \nDE -RRB-
    follows": a wire ticker broken at its dot); one before a live blog's time stamp starts one."""
    for start, end in page_stamp_bounds(doc):
        # the stamp is a sentence of its own: the headline before it does not run on into the story,
        # whose first words (a dateline: "KENNER , LA. --") start a sentence after it
        doc[start].is_sent_start = True
        for token in doc[start + 1 : end + 1]:
            token.is_sent_start = False
        if end + 1 < len(doc):
            doc[end + 1].is_sent_start = True
    # a line break is a white space token of its own (a token's trailing ``whitespace_`` is
    # one space at most): only those tokens are read
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 >= len(doc) or "\n" not in doc[i].text:
            continue
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
            continue
        closer = _bracket_around(doc, i)
        for token in doc[i + 1 : closer + 1] if closer is not None else ():
            token.is_sent_start = False
        stamp = clock_time_end(doc, i + 1)
        if stamp >= 0 and stamp + 1 < len(doc) and doc[stamp + 1].text in STAMP_MARKS:
            # a live blog's entry opened by its time stamp on a line of its own: the parser runs
            # it on into the entry before ("… affected by the spill. *5.30 pm:* The Centre …"), and
            # may cut the stamp after its number
            doc[i + 1].is_sent_start = True
            for token in doc[i + 2 : stamp + 3]:
                token.is_sent_start = False
            continue
        text_start = _after_heading(doc, i + 1)
        if text_start is not None:  # and the parser may not cut the text's first word off
            doc[i + 1].is_sent_start = doc[text_start].is_sent_start = True
            for token in doc[text_start + 1 : text_start + 2]:
                token.is_sent_start = False
    return doc


def _after_heading(doc: Doc, start: int) -> int | None:
    """Where the text starts after a heading in capitals that opens the line at ``start``
    and runs on into it ("WEATHER HAMPERING FIGHT AGAINST SLICK Hayward on Monday
    acknowledged …": wire copy's subheadings lose their line break); ``None`` when the
    line opens with no such heading. A dotted abbreviation ending the capitals opens the
    text ("U.S. SAYS NOT LEADING INTERVENTION U.S. Vice President …")."""
    end = start
    while end < len(doc) and (doc[end].is_upper or (doc[end].is_punct and "\n" not in doc[end].text)):
        end += 1
    if end >= len(doc) or not (doc[end].is_title and doc[end].is_alpha):
        return None
    if "." in doc[end - 1].text and doc[end - 1].is_upper:
        end -= 1
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < HEADING_WORDS or max(len(t) for t in words) < HEADING_LONG_WORD:
        return None
    return end


def _bracket_around(doc: Doc, i: int) -> int | None:
    """The closing bracket of a bracket left open before the line break at ``i``, both
    within :data:`BRACKET_REACH` tokens of it and on its two lines."""
    def bracket_or_break(token: Token) -> bool:
        return token.text in OPENERS or token.text in CLOSERS or "\n" in token.text

    opener = next((t for t in reversed(doc[max(0, i - BRACKET_REACH) : i]) if bracket_or_break(t)), None)
    closer = next((t for t in doc[i + 1 : i + 1 + BRACKET_REACH] if bracket_or_break(t)), None)
    if opener is None or opener.text not in OPENERS or closer is None or closer.text not in CLOSERS:
        return None
    return closer.i
