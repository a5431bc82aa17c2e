"""Sentence boundaries: a blank line always ends a sentence, single line breaks do not."""
from __future__ import annotations

from kg.extract import extract_document
from kg.records import Document


def _sentences(nlp, text):
    return [s.text for s in extract_document(nlp, Document("d", "d.txt", text)).sentences]


def test_a_heading_or_paragraph_never_runs_into_the_next(nlp):
    text = ("Nor has Ukraine received enough missiles, even though Britain delivered some in May\n\n"
            "Because the Ukrainians are only partly equipped, their capabilities are unknown.")
    assert _sentences(nlp, text) == [
        "Nor has Ukraine received enough missiles, even though Britain delivered some in May",
        "Because the Ukrainians are only partly equipped, their capabilities are unknown.",
    ]


def test_a_hard_wrapped_line_stays_one_sentence(nlp):
    text = "Public attention toward peace negotiations is concentrated on the question of territorial\nconcessions."
    assert len(_sentences(nlp, text)) == 1


def test_a_line_break_inside_brackets_ends_no_sentence(nlp):
    # wire copy broken inside a ticker: "Munich Re (MUVGn.DE)" as "-LRB- MUVGn . \nDE -RRB-"
    text = ("It said Munich Re -LRB- MUVGn . \nDE -RRB- follows with $ 80 million , Partner Re with $ 65 million .\n"
            "Hannover Re said on Monday it expected a loss .")
    sentences = _sentences(nlp, text)
    assert any("MUVGn" in s and "follows" in s for s in sentences), sentences
    assert any(s.startswith("Hannover Re") for s in sentences), sentences


def test_a_heading_in_capitals_run_into_its_paragraph_is_a_sentence_of_its_own(nlp):
    # a wire subheading that lost its line break runs into the paragraph it heads
    text = ("Officials discussed how to control the widening spill . \n"
            "WEATHER HAMPERING FIGHT AGAINST SLICK Hayward on Monday acknowledged his company 's "
            "responsibility in appearances on American TV . \n"
            "U.S. SAYS NOT LEADING INTERVENTION U.S. Vice President Joe Biden said the coalition would lead .")
    sentences = _sentences(nlp, text)
    assert "WEATHER HAMPERING FIGHT AGAINST SLICK" in sentences, sentences
    assert any(s.startswith("Hayward on Monday acknowledged") for s in sentences), sentences
    assert any(s.startswith("U.S. Vice President Joe Biden said") for s in sentences), sentences


def test_capitals_that_open_a_name_start_no_sentence(nlp):
    text = "The hearing went on . \nBP CEO Tony Hayward told the committee he was sorry ."
    assert any(s.startswith("BP CEO Tony Hayward told") for s in _sentences(nlp, text))


def test_a_live_blog_entry_stamped_on_its_own_line_starts_a_sentence(nlp):
    # live blogs open each entry with its clock time after a single line break; the parser ran
    # the entry on into the one before, and its title and actors with it
    text = ("More seriously , Jindal says that more than 100 miles of Louisiana coast have now been affected "
            "by the oil spill .\n5.30 pm : The Centre for American Progress 's blog has a good piece on what "
            "the government should be doing .\n5.45pm: Obama will visit the coast on Friday .")
    sentences = _sentences(nlp, text)
    assert sentences[0].endswith("by the oil spill ."), sentences
    assert [s[:7] for s in sentences[1:]] == ["5.30 pm", "5.45pm:"], sentences


def test_a_number_on_a_new_line_that_is_no_clock_stamp_starts_no_sentence(nlp):
    text = "The index closed at\n10.30 points : a gain of 2 per cent on the week ."
    assert len(_sentences(nlp, text)) == 1


def test_a_page_stamp_run_on_between_headline_and_story_is_a_sentence_of_its_own(nlp):
    # a page copied as text runs its headline, its posting date and time and the story's dateline
    # into one line: the headline and the dateline's city became one sentence with the story's
    # first one, the stamp's date its time
    text = ("Hearings focus on human factors in BP oil spill Friday , July 23 , 2010 ; 7:07 AM KENNER , LA. -- "
            "Federal investigators questioned the rig 's crew on Thursday .\n"
            "GALLIANO , Louisiana | Mon May 24 , 2010 7:32 pm EDT GALLIANO , Louisiana -LRB- Reuters -RRB- - "
            "The government piled pressure on BP .")
    sentences = _sentences(nlp, text)
    assert sentences[0] == "Hearings focus on human factors in BP oil spill", sentences
    assert "Friday , July 23 , 2010 ; 7:07 AM" in sentences, sentences
    assert sentences[2].startswith("KENNER , LA. --"), sentences
    assert "Mon May 24 , 2010 7:32 pm EDT" in sentences, sentences


def test_a_date_and_time_a_sentence_governs_is_no_page_stamp(nlp):
    text = "The board said the vote is due on Friday , July 23 , 2010 ; 7:30 pm is the deadline ."
    assert len(_sentences(nlp, text)) == 1
