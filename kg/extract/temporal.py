"""Temporal expressions: a parsed ``Doc`` in, ``doc._.kg_timexes`` (list of :class:`Timex`) out.

Recognition is by pattern over the text (:mod:`kg.extract.timex_patterns`);
the parse then rejects false friends (modal "may", the verb "march", numbers
that are not years: "$75 billion", "5,000-word", "Article 5") and gives each
expression the tense of its clause, which decides whether "Friday" or "in May"
points back or forward. Normalisation (:mod:`kg.extract.timex_normalise`;
dateparser only for all-numeric dates such as "22.02.2022")
anchors relative expressions on ``doc._.kg_published`` (``YYYY-MM-DD`` or
``YYYY-MM``) and on the last date the text mentioned; without a publication
date they stay ``unresolved``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.boilerplate import inside
from kg.extract.factuality import reporting_verbs
from kg.extract.sentences import sentence_of_token
from kg.extract.syntax import children, reporting_verb_over
from kg.extract.text import doc_text, opens_a_chronology_entry
from kg.extract.timex_normalise import Reading, normalise_candidates, paragraph_numbers, runs_on
from kg.extract.timex_patterns import Candidate, find_candidates, lexicon, month_names
from kg.records import Timex

_LEADING_WORD = re.compile(r"\w+\s+")
_YEAR_RULES = ("year", "year_range")


def _span(doc: Doc, candidate: Candidate) -> Span | None:
    return doc.char_span(candidate.start, candidate.end, alignment_mode="expand")


def _is_false_friend(text: str, span: Span, candidate: Candidate) -> bool:
    words = lexicon()
    tags = words["false_friend_tags"].get(candidate.rule, {})
    if any(tags.get(token.lower_.rstrip(".")) and token.tag_ in tags[token.lower_.rstrip(".")] for token in span):
        return True
    if any(candidate.groups.get(group, "A")[:1].islower() for group in words["capitalised_groups"]):
        return True
    if candidate.rule in words["lowercase_rules"] and "year" not in candidate.groups and _is_title(span):
        return True  # a year makes it a date however written ("Spring 2012")
    if candidate.rule in ("month", "season") and (_heads_a_name(span) or _ends_a_name(span, candidate)):
        return True
    if candidate.rule == "season" and _names_a_decline(span, candidate):
        return True
    if candidate.rule == "decade" and (_decade_word_heads_a_name(span, candidate) or
                                       _bare_decade_is_a_reading(span, candidate)):
        return True
    if candidate.rule in ("weekday", "holiday") and _in_a_weekday_title(span):
        return True
    if candidate.rule in _YEAR_RULES and _continues_as_number(text, candidate):
        return True
    if _begins_inside_number(text, candidate):
        return True
    if candidate.rule == "clock" and "separator" in candidate.groups and "tz" not in candidate.groups:
        return not _is_bare_clock(span, candidate)
    if candidate.rule == "coordinated_day":  # "on May 1 and 2 others": a count
        return _is_number_not_year(span)
    if candidate.rule in _YEAR_RULES and len(candidate.groups) == 1 + (candidate.rule == "year_range"):
        return _is_number_not_year(span)
    return False


def _is_title(span: Span) -> bool:
    """Words that are lowercase in running text but capitalised here name a show or a
    film ("ABC's This Week", "High Noon"): every word is capitalised and
    that is not explained by the start of a sentence."""
    words = [token for token in span if token.is_alpha]
    if words and words[0].is_lower and words[0].lower_ in lexicon()["title_articles"]:
        words = words[1:]  # "the Autumn Statement", "the Summer Olympics": the article is no part of the name
    if not words or not span[0].is_alpha or not all(token.text.istitle() for token in words):
        return False
    before = doc_text(span.doc)[: span.start_char].rstrip(lexicon()["opening_marks"])
    sentence_initial = span[0].is_sent_start or not before or before[-1] in lexicon()["sentence_ends"]
    return len(words) > 1 or not sentence_initial


def _in_a_weekday_title(span: Span) -> bool:
    """"told the Sunday Times", "The Mail on Sunday reported", "appeared on Saturday Night Live",
    "the Good Friday Agreement": a weekday or holiday in the name of a paper, a show or a thing
    (``weekday_titles``: the capitalised word after it, or the name before it and "on") names
    no day."""
    titles = lexicon()["weekday_titles"]
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text.istitle() and after.lower_ in titles["word_after"]:
        return True
    if span.start < 2 or doc[span.start - 1].lower_ != "on":
        return False
    before = doc[span.start - 2]
    return before.text.istitle() and before.lower_ in titles["name_before_on"]


def _names_a_decline(span: Span, candidate: Candidate) -> bool:
    """"a fall in prices", "the fall of the regime", "their biggest fall": a bare "fall" followed
    by "in" or "of", or after an adjective, is a decline, not autumn ("in the fall of 2023",
    "last fall", "early fall" stay seasons)."""
    followers = lexicon()["decline_nouns"].get(candidate.groups["season"].lower())
    if followers is None or set(candidate.groups) - {"season", "det"}:
        return False
    doc = span.doc
    followed = span.end < len(doc) and doc[span.end].lower_ in followers
    return followed or (span.start > 0 and doc[span.start - 1].tag_ in ("JJ", "JJR", "JJS"))


def _heads_a_name(span: Span) -> bool:
    """"the annual March for Life", "``Spring of Life'' demonstrations": a month or season
    followed by "of"/"for" and a capitalised word begins a name ("March of 1998" stays a date)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in lexicon()["name_linkers"]:
        return False
    following = doc[span.end + 1]
    if following.pos_ == "DET" and span.end + 2 < len(doc):
        following = doc[span.end + 2]
    return following.is_alpha and following.text.istitle()


def _decade_word_heads_a_name(span: Span, candidate: Candidate) -> bool:
    """"an offshore rig called Forties Alpha", "FORTIES ALPHA, NOVEMBER 27, 2003": a decade spelled
    as a word with no "the" before a capitalised word that is no month begins a name (an oil
    field's, a band's); a decade is "the Forties" ("in the Forties", "the Roaring Twenties")."""
    doc = span.doc
    if "word" not in candidate.groups or "det" in candidate.groups or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.is_alpha and (following.is_title or following.is_upper) and (
        following.lower_ not in month_names())


def _bare_decade_is_a_reading(span: Span, candidate: Candidate) -> bool:
    """"the late 90s", "throughout the 80s": two digits and "s" with no apostrophe are a decade
    only after "the" ("in his 60s" is an age) and in a sentence that reads no thermometer
    ("lows in the 30s", "temperatures in the 90s": ``temperature_words``)."""
    if "bare" not in candidate.groups:
        return False
    return "det" not in candidate.groups or any(
        token.lower_ in lexicon()["temperature_words"] for token in span.sent)


def _ends_a_name(span: Span, candidate: Candidate) -> bool:
    """"the Long March", "the Arab Spring": a bare month or season after a capitalised word
    of a name ends that name. A weekday or month before it ("Monday March 3") and a capital
    a sentence or headline gives ("In March") leave it a date."""
    if span.start == 0 or set(candidate.groups) - {"month", "season"}:
        return False
    before = span.doc[span.start - 1]
    return (before.is_title and before.tag_ in lexicon()["name_word_tags"]
            and before.lower_ not in month_names() and before.lower_ not in lexicon()["weekdays"])


def _is_number_not_year(span: Span) -> bool:
    """A bare four-digit number that counts or labels something rather than naming a year."""
    words = lexicon()
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in words["not_year_before"]:
        return True
    if after is not None and after.lower_ in words["not_year_after"]:
        return True
    if after is not None and after.text == "-":  # "1990-91", "2000 - 1500": a range or a score,
        # unless the year opens a line of a chronology ("1966 - Coup ends civilian rule")
        return not opens_a_chronology_entry(doc_text(doc), span.start_char, span.end_char)
    counted = after is not None and after.tag_ == "NNS" and after.idx == span.end_char + 1
    # "1500 rifles" counts; "the 1992 protests" names a year
    return counted and (before is None or before.tag_ not in words["year_modifier_before_tags"])


def _continues_as_number(text: str, candidate: Candidate) -> bool:
    """"1462.93", "2,082": the digits go on past the match."""
    end = candidate.end
    return end + 1 < len(text) and text[end] in ",." and text[end + 1].isdigit()


def _is_bare_clock(span: Span, candidate: Candidate) -> bool:
    """"gathered at 16:00": a 24-hour time without a zone is a time only with a colon, two
    digits of hour and a word such as "at" before it; else it is a score ("won 21:14") or a
    price ("$12.51")."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return (candidate.groups["separator"] == ":" and len(candidate.groups["hour24"]) == 2
            and before in lexicon()["clock_signals"])


def _begins_inside_number(text: str, candidate: Candidate) -> bool:
    """"2,000 years ago", "1.5 million years": the match begins past a digit and a separator,
    inside a number it would misread ("000 years ago")."""
    start = candidate.start
    return start >= 2 and text[start - 1] in ",." and text[start - 2].isdigit()


def _verb_of(token: Token) -> Token | None:
    """The verb of the clause ``token`` is in."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in children(verb) if c.dep_ in ("aux", "auxpass")]


def _is_past_perfect(verb: Token) -> bool:
    return any(a.lower_ in lexicon()["past_perfect_auxiliaries"] for a in _auxiliaries(verb))


def expression_tense(span: Span) -> str | None:
    """The tense that decides which way a date of ``span`` points: after "since" the date lies
    before the telling ("have sought to oust him since February"); after "until", "through" or
    "effective" the date lies ahead ("extended the loans through January"), unless a past perfect
    puts it before the telling ("Until Thursday, they had not called him a suspect"); else
    the tense of its clause (:func:`clause_tense`); after "ahead of" in a past clause either way,
    the nearest ("rose ahead of Friday's jobs report" on a Thursday is the next day), in a present
    or future clause ahead ("is campaigning ahead of the November elections" told in May)."""
    words = lexicon()
    if span.start > 0 and span.doc[span.start - 1].lower_ in words["backward_signals"]:
        return "past"  # "have sought to oust him since February": what goes on up to now began before
    if span.start > 0 and span.doc[span.start - 1].lower_ in words["forward_signals"]:
        verb = _verb_of(span.root)
        if verb is None or not _is_past_perfect(verb):
            return "future"
    tense = clause_tense(span.root)
    if _signalled_by(span, words["open_signals"]):
        # "rose ahead of Friday's jobs report": the nearest Friday, before or after the telling; told
        # in the present ("is fighting … ahead of the November elections") what it waits for lies ahead
        return None if tense == "past" else "future"
    return tense


#: how many characters before a date :func:`_signalled_by` reads, more than its longest signal
SIGNAL_REACH = 40


def _signalled_by(span: Span, signals: list[str]) -> bool:
    """Whether one of ``signals`` (a word or a phrase) comes right before ``span`` or before its
    "the" ("ahead of November elections", "in the run-up to the May vote")."""
    start = span.start - 1 if span.start > 0 and span.doc[span.start - 1].lower_ == "the" else span.start
    offset = span.doc[start].idx
    # the words as written: the tokeniser splits "run-up"; the text kept once per Doc (``doc.text``
    # joins every token again: per date, that was half the temporal component's time)
    before = " " + " ".join(doc_text(span.doc)[max(0, offset - SIGNAL_REACH):offset].lower().split())
    return any(before.endswith(" " + signal) for signal in signals)


def clause_tense(token: Token) -> str | None:
    """``past``, ``future`` or None (present or unknown) for the clause governing ``token``.

    An infinitive takes the tense of the verb it depends on, except after verbs
    of intending ("planned to leave on Thursday") and after a present "is to"
    ("is to resume trading Tuesday"), which point forward, unless the intending
    itself is past perfect ("had been due to expire Friday": a plan already
    overtaken). A day in the possessive
    ("Wednesday's ruling") is the day of something already reported: past. A bare
    participle ("testifying on Friday, he rejected …", "narrowed after reaching a high on
    Friday") is told in the tense of its head.
    """
    words = lexicon()
    if token.dep_ == "poss":  # "over Thursday's closing price": the day of something already reported
        return "past"
    verb = _verb_of(token)
    if verb is None:
        return None
    verb = reporting_verb_over(token, verb, reporting_verbs()) or verb  # "said on Tuesday it would act"
    auxiliaries = _auxiliaries(verb)
    if any(a.lower_ in words["future_auxiliaries"] for a in auxiliaries):
        return "future"
    arranged = _arranged_by(verb, token)
    if arranged == "finite":  # "has scheduled a news conference Thursday": the day arranged lies ahead
        return "future"
    if arranged == "participle":  # "no flights planned for Friday": the nearest Friday, either way
        return None
    if verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxiliaries) and verb.head.i != verb.i:
        governor = verb.head
        governing_verb = _verb_of(governor)
        if governing_verb is not None and _is_past_perfect(governing_verb):
            return "past"
        if governor.lemma_.lower() in words["future_governors"] or governor.lower_ in words["future_governors"]:
            return "future"
        if _is_infinitive_of_a_noun(verb, governor):  # "an operation to begin late Tuesday": one still to come
            return "future"
        # "is to resume trading Tuesday" is arranged for later; "were to accede on Friday" is told of the past
        if governor.lemma_.lower() in words["arrangement_governors"] and governor.tag_ not in words["past_tags"]:
            return "future"
        return clause_tense(governor)
    if verb.tag_ == "VBG" and not auxiliaries and verb.dep_ in ("advcl", "acl", "pcomp") and verb.head.i != verb.i:
        # "Hafle, testifying on Friday, rejected the notion", "has narrowed after reaching a high on
        # Friday": a bare participle (of a preposition, too) is told in its head's tense
        return clause_tense(verb.head)
    if verb.tag_ in words["past_tags"] or any(a.tag_ in words["past_tags"] for a in auxiliaries):
        return "past"
    if any(a.lower_ in words["perfect_auxiliaries"] for a in auxiliaries):
        return "past"
    return None


def _is_infinitive_of_a_noun(verb: Token, governor: Token) -> bool:
    """An infinitive that modifies a noun names what is still to come ("an operation to begin
    late Tuesday", "talks to resume on Monday"), unless the noun is picked out by an ordinal
    or a superlative ("the first plane to land on Tuesday", "the only team to win on Sunday"),
    which tells of what happened."""
    if verb.dep_ not in ("acl", "relcl") or governor.pos_ not in ("NOUN", "PROPN"):
        return False
    ranked = lexicon()["ranking_words"]
    return not any(c.lower_ in ranked or c.tag_ == "JJS" for c in children(governor))


def _arranged_by(verb: Token, token: Token) -> str | None:
    """How ``token``, after ``verb``, names a day a verb of scheduling arranges rather than
    the day of arranging ("On Friday, the government planned …"): ``finite`` for a finite
    verb ("planned a rally on Saturday", "has scheduled a news conference Thursday"), whose
    day lies ahead; ``participle`` for one that modifies a noun ("flights planned for
    Friday", "a service planned for Saturday was canceled"), whose day may be just past or
    just ahead; None otherwise, and for a past perfect ("had scheduled a vote for Friday"),
    a plan already overtaken."""
    if token.i < verb.i or verb.lemma_.lower() not in lexicon()["scheduling_verbs"] or _is_past_perfect(verb):
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in children(verb)):
        return "finite"
    return "participle" if verb.tag_ == "VBN" and verb.dep_ == "acl" else None


def _leads_with_the_verb_last(span: Span, candidate: Candidate) -> bool:
    """"The talks will last two days": the verb "last" is no part of the duration it takes
    ("over the last two days" keeps its adjective)."""
    return (candidate.rule == "duration" and "det" not in candidate.groups and span[0].lower_ == "last"
            and span[0].pos_ in ("VERB", "AUX"))


def _as_rate(doc: Doc, span: Span, candidate: Candidate, reading: Reading) -> None:
    """"four flights a week", "$2 million a year": a quantity per unit of time is a SET."""
    words = lexicon()
    if (reading.type != "DURATION" or (candidate.groups.get("num") or "").lower() not in words["rate_articles"]
            or "approx" in candidate.groups):  # "a little less than an hour": the quantity is the time's
        return
    if span.start > 0 and doc[span.start - 1].pos_ in words["rate_preceding_pos"]:
        reading.type, reading.granularity = "SET", "set"


def _open_interval(doc: Doc, span: Span, reading: Reading) -> None:
    """"since 2022", "until 2015": the date becomes one end of an open interval."""
    signal = doc[span.start - 1].lower_ if span.start > 0 else ""
    mod = lexicon()["open_interval_signals"].get(signal)
    if mod is None or reading.type != "DATE" or reading.start_date is None or reading.mod:
        return
    reading.mod = mod
    if mod in ("ON_OR_AFTER", "AFTER"):
        reading.end_date = None
    else:
        reading.start_date = None


@Language.component("kg_temporal")
def temporal_component(doc: Doc) -> Doc:
    sentences = sentence_of_token(doc)
    spans: dict[int, Span] = {}
    kept = []
    text = doc_text(doc)
    furniture = doc._.kg_furniture or []  # a byline's date, a live page's clock time "1633": no date of the news
    for candidate in find_candidates(text):
        span = _span(doc, candidate)
        if span is None or inside(furniture, candidate.start, candidate.end) or _is_false_friend(text, span, candidate):
            continue
        spans[id(candidate)] = span
        kept.append(candidate)

    def tense_of(candidate: Candidate) -> str | None:
        return expression_tense(spans[id(candidate)])

    timexes = []
    for candidate, reading in normalise_candidates(kept, doc._.kg_published, tense_of, paragraph_numbers(text),
                                                    runs_on(text), text):
        start = candidate.start
        span = spans[id(candidate)]
        if not reading.keep_determiner and "det" in candidate.groups or _leads_with_the_verb_last(span, candidate):
            start += _LEADING_WORD.match(candidate.text).end()
        _open_interval(doc, span, reading)
        _as_rate(doc, span, candidate, reading)
        timexes.append(Timex(
            start=start, end=candidate.end, text=text[start : candidate.end], type=reading.type,
            value=reading.value, anchor=reading.anchor, granularity=reading.granularity,
            sentence=sentences[span.start], start_date=reading.start_date, end_date=reading.end_date,
            mod=reading.mod,
        ))
    doc._.kg_timexes = timexes
    return doc
