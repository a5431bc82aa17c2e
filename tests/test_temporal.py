"""The temporal component on short real sentences: recognition, TIMEX3 types and values, anchors."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def timexes(nlp):
    def run(text: str, published: str | None = "2024-05-15"):
        doc = nlp.make_doc(text)
        doc._.kg_published = published
        return nlp(doc)._.kg_timexes

    return run


def only(found):
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(
    "text, span, value, granularity",
    [
        ("The treaty was signed in 1994 in Budapest.", "1994", "1994", "year"),
        ("Russia massed troops on the border in February 2022.", "February 2022", "2022-02", "month"),
        ("The statement was issued on February 09, 2022, in Moscow.", "February 09, 2022", "2022-02-09", "day"),
        ("Such protests were common in the 1960s.", "the 1960s", "196", "decade"),
        ("It was the bloodiest war of the twentieth century.", "the twentieth century", "19", "century"),
        ("Growth slowed sharply in the first quarter of 2011.", "the first quarter of 2011", "2011-Q1", "quarter"),
        ("In nineteen ninety-one Charles Keating was convicted.", "nineteen ninety-one", "1991", "year"),
        ("The clerics who led the 1992 protests have moved.", "1992", "1992", "year"),
        ("The decree is dated 22.02.2022 in the archive.", "22.02.2022", "2022-02-22", "day"),
        ("The filing was stamped 22-Feb-2022 by the clerk.", "22-Feb-2022", "2022-02-22", "day"),
    ],
)
def test_absolute_dates_keep_their_granularity(timexes, text, span, value, granularity):
    timex = only(timexes(text))
    assert (timex.text, timex.type, timex.value, timex.granularity, timex.anchor) == (
        span, "DATE", value, granularity, "absolute")
    assert timex.start_date <= timex.end_date


def test_bounds_span_the_whole_period(timexes):
    timex = only(timexes("Russia massed troops on the border in February 2024."))
    assert (timex.start_date, timex.end_date) == ("2024-02-01", "2024-02-29")


def test_first_decade_of_the_millennium_counts_from_the_publication(timexes):
    timex = only(timexes("Growth was strong in the first decade of the millennium."))
    assert (timex.value, timex.start_date, timex.end_date) == ("200", "2000-01-01", "2009-12-31")


@pytest.mark.parametrize(
    "text, value, granularity",
    [
        ("Ministers met last month to discuss the sanctions.", "2024-04", "month"),
        ("The ceasefire collapsed a week ago.", "2024-W19", "week"),
        ("The minister resigned on Friday.", "2024-05-10", "day"),
        ("Officials said Thursday that talks had failed.", "2024-05-09", "day"),
        ("Exports fell sharply last year.", "2023", "year"),
        ("The company was founded two years ago.", "2022", "year"),
        ("Fighting resumed last spring.", "2023-SP", "season"),
        ("Talks continue this week in Geneva.", "2024-W20", "week"),
        ("The verdict was announced yesterday.", "2024-05-14", "day"),
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(timexes, text, value, granularity):
    timex = only(timexes(text))
    assert (timex.value, timex.granularity, timex.anchor) == (value, granularity, "publication")


def test_yearless_month_follows_the_tense(timexes):
    past = only(timexes("The parliament approved the budget in May.", published="2024-09-15"))
    future = only(timexes("The parliament will approve the budget in May.", published="2024-09-15"))
    assert (past.value, future.value) == ("2024-05", "2025-05")


def test_would_points_forward_like_will(timexes):
    text = "The stock split would be paid on a still unspecified date in January to holders of record."
    assert only(timexes(text, published="1989-10-26")).value == "1990-01"


def test_present_is_to_points_forward_and_a_possessive_day_back(timexes):
    arranged = only(timexes("Navigation Mixte is to resume trading in Paris Tuesday.", published="1989-10-27"))
    reported = only(timexes("The debentures carry a 24% premium over Thursday's closing price.",
                            published="1989-10-30"))
    assert (arranged.value, reported.value) == ("1989-10-31", "1989-10-26")


def test_until_and_through_point_forward_unless_a_past_perfect_closes_them(timexes):
    loans = "Lenders have extended Control Data up to $90 million in revolving loans through January."
    suspect = "Until Thursday, they had not called Kopp a suspect."
    values = (only(timexes(loans, published="1989-10-30")).value, only(timexes(suspect, published="1999-05-07")).value)
    assert values == ("1990-01", "1999-05-06")


def test_the_text_of_a_doc_is_joined_once_for_all_its_dates(nlp):
    # why: spaCy's ``doc.text`` joins every token again on each read; the words before each date
    # (is it "ahead of" it?) and the page stamps are read from the text kept once per Doc. Read
    # per date, it made the temporal component a quarter of kg's components' time. ``nlp(doc)``
    # runs every component, so a read per anything in any of them fails here too
    from spacy.tokens import Doc

    class Counting(Doc):
        joined = 0

        @property
        def text(self):
            Counting.joined += 1
            return super().text

    made = nlp.make_doc("Shares rose ahead of Friday's jobs report. Troops left on Monday and came back on Tuesday. "
                        "Voters go to the polls ahead of the May elections.")
    doc = Counting(nlp.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made])
    doc._.kg_published = "2010-04-08"  # a Thursday
    found = [(t.text, t.value) for t in nlp(doc)._.kg_timexes]
    assert found == [("Friday", "2010-04-09"), ("Monday", "2010-04-05"), ("Tuesday", "2010-04-06"), ("May", "2010-05")]
    assert Counting.joined <= 1


def test_last_before_a_month_and_day_names_the_past_day(timexes):
    timex = only(timexes("Slepian was shot to death last Oct. 23 at his home.", published="1999-04-19"))
    assert (timex.text, timex.value) == ("last Oct. 23", "1998-10-23")


def test_a_bare_clock_time_in_the_past_falls_on_the_day_the_text_is_on(timexes):
    found = timexes("The blast occurred on Aug. 7. It struck at about 10:35 a.m., toppling a building.",
                    published="1998-08-08")
    assert [t.value for t in found] == ["1998-08-07", "1998-08-07T10:35"]


def test_a_year_ago_compares_with_the_quarter_reported_not_one_forecast(timexes):
    text = ("Bethlehem posted a drop in third-quarter profit. Analysts expect losses through the third "
            "quarter of 1990. In the year-ago period, Bethlehem earned $46.9 million.")
    assert timexes(text, published="1989-10-26")[-1].value == "1988-Q3"


def test_the_latest_period_is_the_quarter_reported(timexes):
    text = "Profit rose in the fiscal second quarter. The latest period includes gains of $9.1 million."
    assert [t.value for t in timexes(text, published="1989-10-26")] == ["1989-Q2", "1989-Q2"]


def test_the_past_year_is_the_year_before_as_timebank_marks_it(timexes):
    timex = only(timexes("Hate groups grew sharply in the United States over the past year.", published="1998-03-03"))
    assert (timex.type, timex.value) == ("DATE", "1997")


def test_next_weekday_points_forward_in_the_future_tense(timexes):
    timex = only(timexes("The envoys will meet again on Monday.", published="2024-05-15"))
    assert timex.value == "2024-05-20"


@pytest.mark.parametrize("text, value", [
    # a Friday paper: the Saturday arranged is the next day, not the day before last
    ("Protesters planned a large demonstration in Little Havana on Saturday.", "2000-01-08"),
    ("The prosecutor has scheduled a news conference Thursday to announce a major development.", "2000-01-13"),
    # the day of arranging, named before the verb, and a plan overtaken stay in the past
    ("On Thursday, the government planned a new appeal.", "2000-01-06"),
    ("The union had scheduled a strike for Thursday.", "2000-01-06"),
])
def test_a_day_a_past_verb_of_scheduling_arranges_lies_ahead(timexes, text, value):
    assert only(timexes(text, published="2000-01-07")).value == value


@pytest.mark.parametrize("text, value", [
    ("The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.", "1989-10-20"),
    ("The talks opened on Oct. 13. The following Monday, the rebels walked out.", "1989-10-16"),
])
def test_previous_or_following_weekday_counts_from_the_day_the_text_is_on(timexes, text, value):
    assert timexes(text, published="1989-10-30")[-1].value == value


@pytest.mark.parametrize("text, value", [
    ("The spread has narrowed after reaching a record high of $26.69 on Friday.", "2011-08-19"),
    ("The firm will resume talks after meeting on Friday.", "2011-08-26"),
])
def test_participle_after_a_preposition_takes_its_head_tense(timexes, text, value):
    assert only(timexes(text, published="2011-08-23")).value == value


def test_a_time_said_with_an_approximator_is_no_rate(timexes):
    timex = only(timexes("The president spoke for a little bit less than an hour and a half."))
    assert (timex.text, timex.type, timex.value) == ("less than an hour and a half", "DURATION", "PT1H30M")


@pytest.mark.parametrize("text, span, value", [
    ("The mission will last a year and a half.", "a year and a half", "P1Y6M"),
    ("The talks could last two weeks.", "two weeks", "P2W"),
    ("Prices rose over the last two years.", "the last two years", "P2Y"),
])
def test_the_verb_last_is_no_part_of_the_duration(timexes, text, span, value):
    timex = only(timexes(text))
    assert (timex.text, timex.value) == (span, value)


@pytest.mark.parametrize("text, value", [
    # a Thursday paper: the day a plan is for may be just ahead or just past, the nearer one
    ("The State Department says it has no evacuation flights from Egypt planned for Friday.", "2011-02-04"),
    ("A memorial service planned at the university for Wednesday was canceled.", "2011-02-02"),
])
def test_a_day_a_participle_of_scheduling_arranges_is_the_nearest(timexes, text, value):
    assert only(timexes(text, published="2011-02-03")).value == value


def test_now_is_present_ref(timexes):
    timex = only(timexes("Prices are now higher than before the war."))
    assert (timex.type, timex.value) == ("DATE", "PRESENT_REF")


def test_recently_is_past_ref(timexes):
    assert only(timexes("The ministry recently changed its policy.")).value == "PAST_REF"


def test_narrative_anchoring_three_years_later(timexes):
    found = timexes("In 2008 the company entered the market. Three years later it left again.", published=None)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("2008", "2008", "absolute"), ("Three years later", "2011", "narrative")]


def test_narrative_anchoring_the_following_year_and_a_decade_earlier(timexes):
    found = timexes("The law passed in 1996. The following year it was repealed. "
                    "A decade earlier, a similar bill had failed.")
    assert [(t.value, t.anchor) for t in found] == [
        ("1996", "absolute"), ("1997", "narrative"), ("1986", "narrative")]


@pytest.mark.parametrize("text, value", [
    ("He took over the business in the late 1990s. About a month later, two incidents occurred.", "XXXX-XX"),
    ("The war began in March 2003. Two days later, troops entered the city.", "XXXX-XX-XX"),
])
def test_narrative_step_finer_than_the_narrative_time_is_unknown(timexes, text, value):
    # a month of a decade, a day of a month: counting on from the period's first day would invent one
    later = timexes(text)[-1]
    assert (later.value, later.anchor) == (value, "unresolved")


@pytest.mark.parametrize("text", ["Output rose in 2014 and 2015.", "Output rose in 2014-15.",
                                  "Output rose from 2014 to 2015."])
def test_year_ranges_span_both_years(timexes, text):
    timex = only(timexes(text))
    assert (timex.value, timex.start_date, timex.end_date) == ("2014/2015", "2014-01-01", "2015-12-31")


def test_since_and_until_make_open_intervals(timexes):
    since, until = timexes("The embargo has held since 2022 and the old one lasted until 2015.")
    assert (since.value, since.mod, since.start_date, since.end_date) == ("2022", "ON_OR_AFTER", "2022-01-01", None)
    assert (until.value, until.mod, until.start_date, until.end_date) == ("2015", "ON_OR_BEFORE", None, "2015-12-31")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The war lasted three years.", "P3Y"),
        ("He spent 16 months in prison.", "P16M"),
        ("Prices have risen in recent weeks.", "PXW"),
        ("The hearing lasted 5 1/2 hours.", "PT5H30M"),
    ],
)
def test_durations_stay_durations(timexes, text, value):
    timex = only(timexes(text))
    assert (timex.type, timex.value, timex.start_date) == ("DURATION", value, None)


def test_durations_never_date_an_event(nlp):
    doc = nlp.make_doc("The army shelled the city for three days.")
    doc._.kg_published = "2024-05-15"
    events = nlp(doc)._.kg_events
    assert events and all(event.timex is None for event in events)


def test_sets_stay_sets(timexes):
    assert [(t.type, t.value) for t in timexes("The council meets every year and reports daily.")] == [
        ("SET", "P1Y"), ("SET", "P1D")]


@pytest.mark.parametrize(
    "text",
    [
        "The government may impose new sanctions.",
        "Thousands of protesters march through the capital.",
        "The fund raised $75 billion from investors.",
        "She published a 5,000-word essay on the crisis.",
        "Article 5 of the treaty obliges members to help.",
        "Police found 1500 rifles in the warehouse.",
        "Baker said on ABC News' \"This Week\" that the request gives the U.N. more time.",
        "The poster showed a picture of Gary Cooper from the film ``High Noon.''",
        "Agents scanned the crowd at the annual March for Life on Capitol Hill.",
        "The group started a series of ``Spring of Life'' demonstrations to shut down clinics.",
    ],
)
def test_false_friends_are_not_dates(timexes, text):
    assert timexes(text) == []


def test_month_may_is_still_a_month(timexes):
    assert only(timexes("The election was held in May 2019.")).value == "2019-05"


def test_capitalised_at_the_start_of_a_quoted_sentence_is_still_a_date(timexes):
    found = timexes("``Today is a sad day,'' he said. Protests resumed in March for the third time.",
                    published="2000-05-05")
    assert [t.value for t in found] == ["2000-05-05", "2000-03"]


def test_without_publication_date_relative_expressions_stay_unresolved(timexes):
    found = timexes("The minister resigned on Friday and the bill passed in May, as it did last year.",
                    published=None)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("Friday", "XXXX-WXX-5", "unresolved"), ("May", "XXXX-05", "unresolved"),
        ("last year", "XXXX", "unresolved")]
    assert all(t.start_date is None for t in found)


def test_offsets_point_into_the_text(timexes):
    text = "On Friday, Feb. 4, 1994, and again last week, the talks stalled."
    for timex in timexes(text):
        assert text[timex.start : timex.end] == timex.text


def test_deictic_words_need_the_publication_date_even_after_a_named_year(timexes):
    found = timexes("The plant opened in 1989 and closed in May. Last year it reopened.", published=None)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("1989", "1989", "absolute"), ("May", "1989-05", "narrative"), ("Last year", "XXXX", "unresolved")]


def test_a_date_named_paragraphs_earlier_does_not_anchor_a_bare_month(timexes):
    found = timexes("The end of communist rule in Hungary in 1989 set the stage.\n\n"
                    "Nor has Ukraine received enough missiles, even though Britain delivered some in May.",
                    published=None)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("1989", "1989", "absolute"), ("May", "XXXX-05", "unresolved")]


def test_a_quantity_per_unit_of_time_is_a_set(timexes):
    found = timexes("The airline added four flights a week and the plan saves $2 million a year.")
    assert [(t.text, t.type, t.value) for t in found] == [("a week", "SET", "P1W"), ("a year", "SET", "P1Y")]


def test_ages_and_index_levels_are_not_timexes(timexes):
    assert timexes("Mr. Reupke, 52 years old, said the DAX closed at 1462.93 points.") == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Jobs, born in San Francisco on February 24 , 1955 , built the company.", "February 24 , 1955",
         "1955-02-24"),
        ("Boeing had been suspended since July 24 , 2003 after violating federal law.", "July 24 , 2003",
         "2003-07-24"),
        ("Sales fell short of last year 's fourth quarter .", "last year 's fourth quarter", "2023-Q4"),
    ],
)
def test_pre_tokenised_dates_keep_their_year(timexes, text, span, value):
    timex = only(timexes(text))
    assert (timex.text, timex.value) == (span, value)


def test_a_plan_in_the_past_perfect_no_longer_points_forward(timexes):
    timex = only(timexes("The offer was extended to Nov. 16. It had been due to expire Friday evening.",
                         published="1989-10-30")[1:])
    assert timex.value == "1989-10-27TEV"


def test_comparison_periods_step_back_a_year_from_the_quarter_reported(timexes):
    text = ("Profit rose in the third quarter. Sales fell from the same period last year. "
            "In the 1989 period, costs rose.")
    assert [(t.text, t.value) for t in timexes(text, published="1989-11-01")] == [
        ("the third quarter", "1989-Q3"), ("the same period last year", "1988-Q3"), ("the 1989 period", "1989-Q3")]


def test_the_week_of_a_day_is_that_week(timexes):
    timex = only(timexes("The case will be heard the week of March 6, his lawyer said.", published="2000-02-24"))
    assert (timex.text, timex.value) == ("the week of March 6", "2000-W10")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The take-off, at 08:30 UTC, was apparently normal.", "2005-04-27T08:30Z"),
        ("The father will leave at 4 in the morning.", "2005-04-27T04:00"),
    ],
)
def test_clock_times_in_other_notations(timexes, text, value):
    timex = only(timexes(text, published="2005-04-27"))
    assert (timex.type, timex.value) == ("TIME", value)


def test_vague_spans_of_years_are_durations(timexes):
    found = timexes("Apple settled its decades-long dispute, thanking staff for their work over the years.")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("decades-long", "DURATION", "PXY"), ("the years", "DURATION", "PXY")]


def test_recurring_parts_of_a_weekday_and_yearly_payments_are_sets(timexes):
    found = timexes("The show airs on Tuesday nights and dividends are paid annually.")
    assert [(t.type, t.value) for t in found] == [("SET", "XXXX-WXX-2TNI"), ("SET", "P1Y")]


def test_now_in_a_compound_adjective_is_not_a_timex(timexes):
    assert timexes("He spoke against the now-cancelled deal.") == []


def test_overnight_is_the_night_before_the_day_a_later_paper_reports_on(timexes):
    text = ("London shares closed sharply lower Friday in active trading. They were depressed by overnight "
            "losses in New York, and the index ended down 4.5% from the previous Friday.")
    found = timexes(text, published="1989-10-30")
    assert [(t.text, t.value) for t in found] == [
        ("Friday", "1989-10-27"), ("overnight", "1989-10-26TNI"), ("the previous Friday", "1989-10-20")]
    # on a story of the day before publication, "overnight" stays the night before publication
    found = timexes("Rebels attacked Misrata on Sunday. NATO jets struck overnight.", published="2011-04-18")
    assert found[-1].value == "2011-04-17TNI"


def test_the_quarter_ended_a_day_is_the_quarter_that_day_closes(timexes):
    text = "Jayark distributes audio-visual equipment. In the quarter ended July 31, Jayark had 5.6 million shares."
    assert timexes(text, published="1989-10-30")[0].value == "1989-Q2"
    # a text reporting a fiscal quarter keeps its numbering
    text = "Sun posted a loss for its fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%."
    assert [t.value for t in timexes(text, published="1989-10-26")][:2] == ["1989-Q1", "1989-Q1"]


def test_the_year_speaks_of_a_date_of_its_own_paragraph(timexes):
    text = ("Kellogg had told Wall Street that by 1992 it intended to achieve a 50% share.\n\n"
            "Its chairman forecast an earnings increase for the full year.")
    assert timexes(text, published="1989-10-30")[-1].value == "1989"
    # "that year" points back across paragraphs
    text = "Munero fled to Florida in 1998.\n\nHe returned to Cuba that year."
    assert timexes(text, published="2000-01-28")[-1].value == "1998"


def test_a_day_coordinated_with_a_date_is_a_date_of_that_month(timexes):
    found = timexes("NATO leaders will gather in Washington for the summit on April 24 and 25.", published="1999-02-10")
    assert [(t.text, t.value) for t in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    # a count after a date is no day
    found = timexes("The blasts on April 24 and 25 bystanders were injured.", published="1999-05-10")
    assert [t.text for t in found] == ["April 24"]


@pytest.mark.parametrize("text, value", [
    ("The day before last Tuesday's federal court hearing, the great-uncle met the lawyers.", "2000-02-21"),
    ("Lazaro Gonzalez went to the hospital the day before yesterday.", "2000-02-22"),
])
def test_the_day_before_a_named_day_is_the_day_before_it(timexes, text, value):
    assert only(timexes(text, published="2000-02-24")).value == value


def test_a_counted_span_a_year_earlier_is_its_length(timexes):
    found = timexes("Net for the year-earlier nine months also included a gain of $9.7 million.", published="1989-10-26")
    assert [(t.text, t.type, t.value) for t in found] == [("the year-earlier nine months", "DURATION", "P9M")]


def test_a_month_after_since_lies_before_the_telling(timexes):
    text = "Rebels have sought to oust the government of Muammar Gaddafi since February."
    assert only(timexes(text, published="2011-07-28")).value == "2011-02"


def test_the_week_beginning_a_day_is_that_week(timexes):
    text = "Adm Allen said the bottom kill would start probably in the week beginning 6 September."
    timex = only(timexes(text, published="2010-08-19"))
    assert (timex.text, timex.value) == ("the week beginning 6 September", "2010-W36")


def test_the_quarter_far_from_the_last_date_named_is_the_current_one(timexes):
    text = ("Oil hit a record $147 a barrel in July 2008 before the financial crisis sent it tumbling. Since then "
            "traders have watched the dollar, the economy in China and the stocks held in the United States. "
            "Analysts at the bank said the euro, the yen and the pound had all gained against the dollar. "
            "Investors who hold assets in those currencies find crude cheaper, and demand has risen with them. "
            "Fighting in Libya has also cut exports of the light, sweet crude that European refiners prefer. "
            "They said that new investment flows at the start of the quarter are driving oil prices higher.")
    assert timexes(text, published="2011-04-08")[-1].value == "2011-Q2"


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The Berbers used this place 2,000 years ago to look out for invading armies.", "2,000 years ago", "0024"),
        ("The siege of the city lasted 1,000 days.", "1,000 days", "P1000D"),
        ("Our ancestors crossed the land bridge 15,000 years ago.", "15,000 years ago", "PAST_REF"),
    ],
)
def test_a_count_with_a_thousands_separator_is_read_whole(timexes, text, span, value):
    timex = only(timexes(text))
    assert (timex.text, timex.value) == (span, value)


def test_a_match_never_begins_inside_a_number(timexes):
    # a thousands separator written as a full stop: "000 years ago" would be the publication year
    assert [t.text for t in timexes("The cave was painted some 10.000 years ago.")] == []


def test_the_last_century_is_the_one_before_the_publications(timexes):
    assert only(timexes("Energy sources from the last century hold us hostage.")).value == "19"


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("The documentary at 9pm tonight also delves into the spill.", "9pm tonight", "2024-05-15T21:00"),
        ("Doors will open at 4pm tomorrow for the concert.", "4pm tomorrow", "2024-05-16T16:00"),
        ("The minister spoke at 15.01 BST in the Commons.", "15.01 BST", "2024-05-15T15:01"),
        ("The chart was compiled from data gathered at 16:00 yesterday.", "16:00 yesterday", "2024-05-14T16:00"),
    ],
)
def test_clock_times_written_the_british_way(timexes, text, span, value):
    assert (span, value) in [(t.text, t.value) for t in timexes(text)]


@pytest.mark.parametrize("text", ["The home side won 21:14 in the final.", "Shares closed at 12.51 in London."])
def test_a_bare_pair_of_numbers_is_no_clock_time(timexes, text):
    assert timexes(text) == []


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("LONDON | Thu Oct 6, 2011 3:22 pm BST LONDON (Reuters) - Defensive stocks rose.", "Thu Oct 6, 2011",
         "2011-10-06"),
        ("The talks will resume on 14 Nov in Geneva.", "14 Nov", "2024-11-14"),
    ],
)
def test_month_abbreviations_without_their_full_stop_beside_a_day(timexes, text, span, value):
    assert (span, value) in [(t.text, t.value) for t in timexes(text)]


@pytest.mark.parametrize("text", ["Jan Egeland, the envoy, flew in.", "The Mar Mikhael district was quiet."])
def test_an_undotted_abbreviation_without_a_day_is_no_month(timexes, text):
    assert timexes(text) == []


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("He fought smoking bans in California in the '90s.", "2011-02-03", "199"),
        ("Rock music changed in the seventies.", "2011-02-03", "197"),
        ("Prices have doubled since the early '10s.", "2022-03-01", "201"),
        ("Planners are already looking ahead to the nineties.", "1989-10-26", "199"),
    ],
)
def test_a_two_digit_decade_after_the_publications_is_of_the_century_before(timexes, text, published, value):
    assert only(timexes(text, published)).value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dudley told CNN of an operation to begin late Tuesday.", "2024-05-21"),
        ("He was the first man to reach the summit on Tuesday.", "2024-05-14"),
    ],
)
def test_an_infinitive_of_a_noun_points_ahead_unless_the_noun_is_ranked(timexes, text, value):
    assert only(timexes(text)).value == value


@pytest.mark.parametrize("text", [
    "The chancellor delivered the Autumn Statement to parliament.",
    "London hosted the Summer Olympics.",
    "The car plunged into the Spring River.",
])
def test_a_capitalised_season_after_the_article_begins_a_name(timexes, text):
    assert timexes(text) == []


def test_a_capitalised_season_with_its_year_is_a_date(timexes):
    assert only(timexes("In Spring 2012, sales of the phone rose.")).value == "2012-SP"


@pytest.mark.parametrize("text", [
    "He told the Sunday Times that he would stay.",
    "The Mail on Sunday reported the claims.",
    "She appeared on Saturday Night Live.",
])
def test_a_weekday_in_the_name_of_a_paper_or_a_show_is_no_day(timexes, text):
    assert timexes(text) == []


def test_a_weekday_before_a_name_is_still_a_day(timexes):
    assert only(timexes("On Sunday Mr Brown told the Times he would stay.")).value == "2024-05-12"


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Prayers were held on Good Friday.", "Good Friday", "2024-03-29"),
        ("Prayers will be held on Good Friday.", "Good Friday", "2025-04-18"),
        ("The rebellion began on Easter Monday 1916.", "Easter Monday 1916", "1916-04-24"),
    ],
)
def test_holidays_counted_from_easter(timexes, text, span, value):
    timex = only(timexes(text))
    assert (timex.text, timex.value) == (span, value)


def test_a_holiday_in_a_name_is_no_day(timexes):
    assert [t.text for t in timexes("The Good Friday Agreement was signed in 1998.")] == ["1998"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("The summit is due to take place on 27-28 June in Brussels.", [("27", "2024-06-27"), ("28 June", "2024-06-28")]),
        ("The festival will be held September 2-6, 2010, in Morgan City.",
         [("September 2", "2010-09-02"), ("6, 2010", "2010-09-06")]),
    ],
)
def test_both_days_of_a_range_of_days_take_its_month_and_year(timexes, text, found):
    assert [(t.text, t.value) for t in timexes(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Rebels took the town on 3 May. Troops had shelled it the day before.",
         [("3 May", "2024-05-03"), ("the day before", "2024-05-02")]),
        ("Police met to discuss a shoot-out the night before, the chief said.", [("the night before", "2024-05-14TNI")]),
        ("The vote was held on 4 May, and the results came the day after in the capital.",
         [("4 May", "2024-05-04"), ("the day after", "2024-05-05")]),
        # refusals: before a noun phrase the day counts from it, not from the text's day
        ("Jets bombed the town the day before the assault.", []),
        ("He arrived the day before yesterday.", [("the day before yesterday", "2024-05-13")]),
    ],
)
def test_the_day_before_counts_from_the_day_the_text_is_on(timexes, text, found):
    assert [(t.text, t.value) for t in timexes(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Here is a timeline.\nOctober 1960 - Britain grants independence .\n1966 - Coup ends civilian rule .",
         ["October 1960", "1966"]),
        # refusals: a number before a dash inside a line is a count or a score
        ("The index closed at 1990 - a record .", []),
        ("The score was 2000 - 1500 at the break .", ["1500"]),
    ],
)
def test_a_bare_year_opening_a_line_of_a_chronology_is_a_year(timexes, text, found):
    assert [t.text for t in timexes(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("The quake struck on 3 May. Police raided the house at about 2:30 a.m. (0030 GMT) on Thursday.",
         [("3 May", "2024-05-03"), ("2:30 a.m.", "2024-05-09T02:30"), ("0030 GMT", "2024-05-09T00:30Z"),
          ("Thursday", "2024-05-09")]),
        ("The quake struck on 3 May. A plane landed at 0900 local time (1400 GMT) on Sunday.",
         [("3 May", "2024-05-03"), ("1400 GMT", "2024-05-12T14:00Z"), ("Sunday", "2024-05-12")]),
        # refusal: a day named in another clause is not the clock time's
        ("The quake struck on 3 May. Police raided the house at 2:30 a.m. and left on Thursday.",
         [("3 May", "2024-05-03"), ("2:30 a.m.", "2024-05-03T02:30"), ("Thursday", "2024-05-09")]),
    ],
)
def test_a_clock_time_falls_on_the_day_named_right_after_it(timexes, text, found):
    assert [(t.text, t.value) for t in timexes(text)] == found


def test_a_decade_word_before_a_capitalised_word_heads_a_name(timexes):
    # "Forties Alpha" is an oil rig, no decade; "the Forties" still is one
    assert timexes("BP cut the budget at an offshore rig called Forties Alpha.", published="2010-08-23") == []
    assert timexes("FORTIES ALPHA, NOVEMBER 27, 2003 Another incident resembled Piper Alpha.",
                   published="2010-08-23")[0].text != "FORTIES"
    assert only(timexes("Oil boomed in the Forties.", published="2010-08-23")).value == "194"
