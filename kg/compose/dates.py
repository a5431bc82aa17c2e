"""Key dates: extractions and timeline events in, each date's salience and the top-K summary out.

``collect_dates(extractions, events)`` gathers, and ``date_salience(dates)`` lists, every date the corpus points to —
a DATE expression in a sentence, or the date of a timeline event — once per
TIMEX3 value, in chronological order, with:

- ``documents``: distinct documents with a sentence that refers to the date;
- ``mentions``: sentences that refer to it;
- ``events``: timeline events dated to it;
- ``event_sources``: distinct documents that report an event anchored to it by
  the text (a time expression, the narrative or another event — not the
  publication date, which only bounds when a happening was reported);
- ``published``: documents published on it;
- ``salience``: the ranking score, ``Σ w(document) + 0.25·published + 0.1·events
  + 0.5·event_sources``, the first term summed over the referring documents, where a document weighs 1 when it was
  published after the date (a look back: the date mattered enough to be
  recalled) and 0.5 when published on or before it (same-day reports and
  announcements of what is scheduled), or 1 when its publication date is
  unknown. Documents, not mentions, are counted so that one long article
  repeating a date does not outweigh several articles recalling it; the events
  anchored to a date, and how many sources report them, raise it further.

``timeline_summary(dates, k)`` keeps the ``k`` most salient
day-granularity dates (ties: the earlier date) and returns them in chronological
order, each with one or two representative sentences, as
``[["YYYY-MM-DD", ["sentence", ...]], ...]`` — the format of timeline-summarisation
datasets such as Timeline17. The sentences are those that refer to the date;
the first is the one whose words are most shared by the others (the centre of
what is said about that day) among those that report an event (an event
trigger of the lexicon), the second the next best one from another document
that repeats at most half of the first's words.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.records import DocumentExtraction, TimelineEvent

AFTER, NOT_AFTER, PUBLISHED, EVENT, EVENT_SOURCE = 1.0, 0.5, 0.25, 0.1, 0.5
SENTENCES_PER_DATE = 2
MIN_WORDS, MAX_WORDS = 6, 60
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass
class DateStats:
    value: str
    granularity: str
    start: str | None
    end: str | None
    weights: dict[str, float] = field(default_factory=dict)  # document id → weight
    sentences: list[tuple[str, int, str, bool]] = field(default_factory=list)  # (doc, index, text, has event)
    events: int = 0
    event_sources: set[str] = field(default_factory=set)  # documents reporting an event the text anchors here
    published: int = 0


def _weight(published: str | None, end: str | None) -> float:
    if not published or not end:
        return AFTER
    return AFTER if published[:10] > end else NOT_AFTER


def collect_dates(extractions: list[DocumentExtraction], events: list[TimelineEvent]) -> dict[str, DateStats]:
    dates: dict[str, DateStats] = {}
    for extraction in extractions:
        document = extraction.document
        seen: set[tuple[str, int]] = set()
        with_events = {event.sentence for event in extraction.events}
        for timex in extraction.timexes:
            if timex.type != "DATE" or not timex.start_date:
                continue
            entry = dates.setdefault(timex.value, DateStats(timex.value, timex.granularity, timex.start_date, timex.end_date))
            entry.weights[document.id] = _weight(document.published, timex.end_date)
            if (timex.value, timex.sentence) not in seen:
                seen.add((timex.value, timex.sentence))
                text = " ".join(extraction.sentences[timex.sentence].text.split())
                entry.sentences.append((document.id, timex.sentence, text, timex.sentence in with_events))
    for event in events:
        date = event.date
        if date and date.value:
            entry = dates.setdefault(date.value, DateStats(date.value, date.granularity, date.start, date.end))
            entry.events += 1
            if date.anchor_kind != "publication":
                entry.event_sources.update(source.doc for source in event.sources)
    for extraction in extractions:
        published = extraction.document.published
        if published and published in dates:
            dates[published].published += 1
    return dates


def _score(entry: DateStats) -> float:
    return round(sum(entry.weights.values()) + PUBLISHED * entry.published + EVENT * entry.events
                 + EVENT_SOURCE * len(entry.event_sources), 3)


def date_salience(dates: dict[str, DateStats]) -> list[dict]:
    """The ``dates`` list of ``timeline.json``: one record per date, chronological."""
    return [
        {
            "value": entry.value,
            "start": entry.start,
            "end": entry.end,
            "granularity": entry.granularity,
            "salience": _score(entry),
            "documents": len(entry.weights),
            "mentions": len(entry.sentences),
            "events": entry.events,
            "event_sources": len(entry.event_sources),
            "published": entry.published,
        }
        for entry in sorted(dates.values(), key=lambda d: (d.start or "", d.end or "", d.value))
    ]


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _representatives(sentences: list[tuple[str, int, str, bool]]) -> list[str]:
    usable = [s for s in sentences if MIN_WORDS <= len(s[2].split()) <= MAX_WORDS] or sentences
    bags = [_words(s[2]) for s in usable]
    frequency = Counter(word for bag in bags for word in bag)

    def centrality(i: int) -> tuple:
        bag = bags[i]
        score = sum(frequency[w] - 1 for w in bag) / (len(bag) + 5)
        return (not usable[i][3], -score, usable[i][0], usable[i][1])

    order = sorted(range(len(usable)), key=centrality)
    chosen = [order[0]]
    for i in order[1:]:
        if len(chosen) == SENTENCES_PER_DATE:
            break
        first = bags[chosen[0]]
        if usable[i][0] != usable[chosen[0]][0] and len(bags[i] & first) <= len(first) / 2:
            chosen.append(i)
    return [usable[i][2] for i in chosen]


def timeline_summary(dates: dict[str, DateStats], k: int) -> list[list]:
    """The ``k`` most salient days, chronologically, with their representative sentences."""
    days = [d for d in dates.values() if d.granularity == "day" and d.start and d.start == d.end and d.sentences]
    top = sorted(days, key=lambda d: (-_score(d), d.start))[:k]
    return [[d.start, _representatives(d.sentences)] for d in sorted(top, key=lambda d: d.start)]
