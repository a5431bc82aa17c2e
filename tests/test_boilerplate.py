"""Bylines, credits, photo credits, datelines and site boilerplate: every pattern's own
example, and no event nor actor from them in a parsed article."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from kg.extract import boilerplate
from kg.extract.boilerplate import boilerplate_spans
from kg.resources import load_json
from tests.conftest import shared_data

PATTERNS = load_json("boilerplate.json")["patterns"]


@pytest.mark.parametrize("entry", PATTERNS, ids=[p["name"] for p in PATTERNS])
def test_each_pattern_excludes_its_example(entry):
    text = entry["example"]["text"]
    excluded = entry["example"]["excluded"]
    assert [text[s:e] for s, e in boilerplate_spans(text)] == (excluded if isinstance(excluded, list) else [excluded])


def test_pre_tokenised_brackets_and_credits_are_found():
    text = ("BRUSSELS -LRB- Reuters -RRB- - NATO commanders face a tough act .\n"
            "-LRB- Additional reporting by Dmitry Zhdannikov ; editing by Alastair Macdonald -RRB- We welcome it .\n"
            "Photograph : Win McNamee\\/Getty BP 's geyser is now the biggest spill .")
    found = [text[s:e] for s, e in boilerplate_spans(text)]
    assert found == ["BRUSSELS -LRB- Reuters -RRB- -",
                     "-LRB- Additional reporting by Dmitry Zhdannikov ; editing by Alastair Macdonald -RRB-",
                     "Photograph : Win McNamee\\/Getty"]


def test_news_that_looks_like_boilerplate_stays():
    text = ("It remains unclear how he can follow up such exhortations.\n"
            "The report, compiled by WWF, was published on Monday.\n"
            "The firm sued over copyright infringement.\n"
            "By Monday, CNN had aired the tape.\n"
            "The well was capped on Thursday , July 15 , 2010 .\n"
            "He dies July 4 , 1936 .\n"
            "Apple has reached 78 percent increase in its profits during the last quarter , which ended December 30 , 2006 .\n"
            "Apple Corps sues Apple Computer\n\nJanuary 18 , 2007\n"
            "Rebels held the town on Tuesday . Tune in to the debate tonight , the mayor urged .\n"
            "He said : `` Tune in to the news and you will see it . ''")
    assert boilerplate_spans(text) == []


def test_bylines_give_no_event_and_no_mention(nlp):
    doc = nlp("Rebels attacked Brega on Tuesday.\n"
              "Reporting by Joseph Logan and Tom Perry in Tripoli; Editing by Peter Graff")
    names = {m.text for m in doc._.kg_mentions}
    assert "Joseph Logan" not in names and "Tom Perry" not in names and "Peter Graff" not in names
    assert [e.trigger for e in doc._.kg_events] == ["attacked"]


def test_a_byline_run_into_the_first_sentence_gives_no_actor(nlp):
    """"By Lisa Rein and Ed O'Keefe BP has reimbursed …": the byline goes, and a name the tagger
    ran from it into the news ("Ed O'Keefe BP") is no one's."""
    doc = nlp("By Lisa Rein and Ed O'Keefe BP has reimbursed the federal government $ 518 million for clean-up costs.")
    assert not any("Keefe" in m.text or "Lisa Rein" in m.text for m in doc._.kg_mentions)
    doc = nlp("By Wyre Davies BBC News Some Syrian Kurds have fled to Iraq.")
    assert not any("Davies" in m.text for m in doc._.kg_mentions)


def test_a_dateline_loses_its_wire_not_its_sentence(nlp):
    doc = nlp("TRIPOLI (Reuters) - NATO bombed Gaddafi's compound on Monday.")
    assert "Reuters" not in {m.text for m in doc._.kg_mentions}
    assert [e.trigger for e in doc._.kg_events] == ["bombed"]


@pytest.mark.parametrize("marker", [
    "March 29 , 2011 at 12:43 am | Reply",  # CNN
    "March 21 , 2011 at 1:32 pm |",  # CNN, a blog without buttons
    "March 19 , 2011 at 11:03 am | Report abuse |",
    "Posted by : eye95 | July 19 , 2010 9:25 AM | Report abuse",  # The Washington Post
])
def test_reader_comments_are_cut_from_the_first_time_stamp_line_to_the_end(marker):
    text = ("BP capped the well on Thursday.\nThe first comment, no stamp before it.\n"
            f"Good job {marker} Take Obama - he never listens.\nReply Obama is no leader.")
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == [text[text.index("Good job"):].rstrip()]
    assert "BP capped the well" not in text[spans[0][0]:]



def test_a_pattern_skipped_for_want_of_its_words_would_have_found_nothing(monkeypatch):
    """``boilerplate_spans`` skips a pattern in a text holding none of the words it needs (read
    from the pattern); on news from every Timeline17 topic, in three cases, it finds what
    scanning with every pattern finds."""
    texts = ["Reporting by Tom Perry; editing by Jon Hemming", "Photo: Getty Images\nFollow us on Twitter",
             "Copyright \u212a 2011 all rights reserved"]
    for topic in sorted(shared_data("news", "timeline17").iterdir()):
        with open(topic / "articles.jsonl", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line, _ in zip(handle, range(15), strict=False) if line.strip()]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    patterns = boilerplate.boilerplate_patterns()
    assert sum(p.needs is not None for p in patterns) >= 15  # the test is on for most patterns
    skipping = [boilerplate_spans(text) for text in texts]
    monkeypatch.setattr(boilerplate, "boilerplate_patterns", lambda: tuple(replace(p, needs=None) for p in patterns))
    assert [boilerplate_spans(text) for text in texts] == skipping
    assert sum(map(len, skipping)) > 100


@pytest.mark.parametrize("text, trigger, actor", [
    # a photo credit run into the first sentence: the credit's last name is no subject, and the
    # photograph orders nothing
    ("Photograph : Ann Heisenfelt\\/EPA BP ordered the owner of the rig to overhaul its equipment . "
     "BP said the work would take a month .", "ordered", "BP"),
    ("Photograph : Stephane Jourdain\\/AFP\\/Getty Images The White House directed BP to cut its use of dispersants .",
     "directed", "White House"),
    # a one-word name that begins the news after the credit, which the tagger tags in the next sentence only
    ("Photograph : Luke Macgregor\\/Reuters BP has delayed the publication of its results by a week . "
     "BP said the cost of the spill was hard to count .", "delayed", "BP"),
])
def test_the_news_after_a_credit_run_into_it_is_a_sentence_of_its_own(nlp, text, trigger, actor):
    doc = nlp(text)
    event = next(e for e in doc._.kg_events if e.trigger.split()[0] == trigger)
    doers = [doc._.kg_mentions[p.mention].text for p in event.participants if p.role == "actor"]
    assert doers == [actor]
    assert not any("Photograph" in piece for piece in event.title if isinstance(piece, str))
    assert not any(s.text.startswith("Photograph") and trigger in s.text for s in doc.sents)


def test_a_story_starts_a_sentence_after_the_highlights_run_into_its_dateline(nlp):
    """A CNN story's highlights run into its dateline on one line; the story after the dateline is
    a sentence of its own (``runs_into_text_after``), while a dateline that opens its line is left
    to the parser, which ends the dateline at its dash."""
    story = "Libyan government forces fired a missile at an Italian warship on Wednesday , a spokesman said ."
    text = ("The missile fell into the sea about 2 kilometers from the frigate Bersagliere `` We have n't used "
            "our real military power , '' a Gadhafi spokesman says He discounts claims that pro-Gadhafi forces "
            f"are down to 20 % of their capabilities Tripoli , Libya -LRB- CNN -RRB- -- {story}")
    assert [text[s:e] for s, e in boilerplate.furniture_runs(text)] == ["-LRB- CNN -RRB- -- "]
    assert story in [s.text for s in nlp(text).sents]
    assert boilerplate.furniture_runs("TRIPOLI , March 5 -LRB- Reuters -RRB- - Rebels advanced on Sirte .") == []


def test_a_page_time_stamp_ends_the_headline_and_starts_no_sentence_of_the_news(nlp):
    doc = nlp("Are we going to war with Iran ? Dan Plesch evaluates the evidence Tuesday 18 October 2005 12.01 BST "
              "The Sunday Telegraph warned last weekend that the UN had a last chance to avert war .")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts[-2:] == ["Tuesday", "The"]
    # and its date is no date of the news: only "last weekend" is
    assert [t.text for t in doc._.kg_timexes] == ["last weekend"]


def test_an_update_stamp_between_headline_and_story_is_a_sentence_break(nlp):
    """"… for uprising updated : Fri Feb 25 2011 09:12:00 Libya 's beleaguered leader …": parsed as one sentence the
    stamp's weekday was a subject ("Fri Feb 25 blamed the uprising sweeping Libya"); the story starts after it."""
    from kg.extract.events.headlines import fill_title

    doc = nlp("Gadhafi blames al Qaeda for uprising updated : Fri Feb 25 2011 09:12:00 Libya 's beleaguered leader "
              "Moammar Gadhafi blamed the uprising sweeping Libya on al Qaeda .")
    assert [s.text.split()[0] for s in doc.sents][-1] == "Libya"
    titles = [fill_title(e.title, lambda index: None) for e in doc._.kg_events]
    assert "Moammar Gadhafi blamed the uprising sweeping Libya on al Qaeda" in titles
    assert not any("Fri" in t or "updated" in t for t in titles)


def test_story_highlights_ending_with_a_broadcast_promo_give_no_event(nlp):
    """A page's highlights run together without full stops and end with "Tune in to …": parsed as one sentence they
    gave "Barack Obama: Libya's foreign minister accuses some Western nations NATO begins …"; the story stays."""
    doc = nlp("NEW : President Obama pledges $ 15 million in humanitarian aid NEW : Libya 's foreign minister accuses "
              "some Western nations of helping divide the country NATO begins around-the-clock surveillance flights "
              "Tune in to `` AC360 '' for the latest on what 's next for Libya .\n"
              "Tripoli , Libya -LRB- CNN -RRB- -- Libyan leader Moammar Gadhafi took aim at the rebel-controlled town "
              "of Ras Lanuf Monday .")
    assert [e.trigger for e in doc._.kg_events] == ["took"]


@pytest.mark.parametrize("text, credit", [
    ("Photograph : Sarah Lee for the Guardian Tony Hayward has claimed the spill is tiny .", "Photograph : Sarah Lee for the Guardian"),
    ("Photograph : AP The disastrous financial fallout from the spill grew .", "Photograph : AP"),
    ("Photograph : Rex Features Shares in BP hit a 14-year low this morning .", "Photograph : Rex Features"),
])
def test_photo_credits_without_a_slash(text, credit):
    assert [text[s:e] for s, e in boilerplate_spans(text)] == [credit]


LIVE_PAGE = ("Rescue teams searched the rubble of the capital on Wednesday .\n"
             "1633 UN Secretary General Ban Ki-moon says order is being maintained in Haiti .\n"
             "1510 Bill Clinton writes in Time magazine about Haiti 's future .\n"
             "1053 The Red Cross says up to three million people have been affected .")


def test_a_live_page_clock_time_is_no_year_and_no_part_of_its_entry(nlp):
    from tests.conftest import resolve_texts

    extractions, _, events = resolve_texts(nlp, [LIVE_PAGE], "2010-01-14")
    assert "Wednesday" in [t.text for t in extractions[0].timexes]
    assert not any(t.text.isdigit() for t in extractions[0].timexes)
    statements = [e for e in events if e.trigger in ("say", "write")]
    assert len(statements) == 3
    assert not any(e.date is not None and e.date.value.startswith("1") for e in statements)
    assert not any(t[:4].isdigit() for e in statements for t in [e.title])


@pytest.mark.parametrize("text", [
    "Thriller was his best-selling album .\n1983 Thriller is released .\n2006 He moves to Bahrain .",  # a list of years
    "Rescue teams searched the rubble .\n1633 UN Secretary General Ban Ki-moon says order is maintained .",  # one alone
])
def test_four_digits_opening_lines_are_clock_times_only_on_a_page_of_them(text):
    assert boilerplate_spans(text) == []


def test_what_a_pattern_seeks_first_is_in_every_match_and_turns_the_other_texts_away(monkeypatch):
    """A pattern with ``sought_first`` (the photo caption's look-aheads read every line) is not
    scanned over a text without it; its every match holds it, on the examples and on news from
    every Timeline17 topic, where the spans are those of scanning with the pattern alone."""
    patterns = boilerplate.boilerplate_patterns()
    seeking = {p.name: p for p in patterns if p.sought_first is not None}
    assert {"photo caption", "copyright", "reader comments", "editorial sign-off", "anonymity formula"} <= set(seeking)
    texts = [entry["example"]["text"] for entry in PATTERNS]
    for topic in sorted(shared_data("news", "timeline17").iterdir()):
        with open(topic / "articles.jsonl", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line, _ in zip(handle, range(15), strict=False) if line.strip()]
    for pattern in seeking.values():
        for text in texts:
            for match in pattern.regex.finditer(text):
                assert pattern.sought_first.search(match.group()), (pattern.name, match.group())
    spans = [boilerplate_spans(text) for text in texts]

    class NotScanned:
        def finditer(self, text):
            raise AssertionError(f"scanned: {text!r}")

    caption = "Rebels shelled the port of Misrata on Monday, residents said.\nNATO jets struck Tripoli April 25 , 2011 ."
    monkeypatch.setattr(boilerplate, "boilerplate_patterns",
                        lambda: tuple(replace(p, regex=NotScanned()) if p.name == "photo caption" else p for p in patterns))
    assert boilerplate_spans(caption.replace("2011 .", "2011 , officials said .")) == []
    monkeypatch.setattr(boilerplate, "boilerplate_patterns", lambda: tuple(replace(p, sought_first=None) for p in patterns))
    assert [boilerplate_spans(text) for text in texts] == spans
    assert boilerplate_spans(caption) == [(caption.index("NATO"), len(caption))]


@pytest.mark.parametrize("text, note", [
    ("Gaddafi fled. This article is reproduced with permission of The Nation . Rebels cheered.",
     "This article is reproduced with permission of The Nation ."),
    ("Gaddafi fled.\nThis reporting is supported in part by a grant from the Pulitzer Center .",
     "This reporting is supported in part by a grant from the Pulitzer Center ."),
    ("Gaddafi fled. This story was first published in Foreign Policy .", "This story was first published in Foreign Policy ."),
])
def test_republication_and_funding_notes_are_boilerplate(text, note):
    assert [text[s:e] for s, e in boilerplate_spans(text)] == [note]


def test_news_of_a_report_first_published_stays():
    text = "The report was first published in 2009 . BP said the story first appeared on its website ."
    assert boilerplate_spans(text) == []
