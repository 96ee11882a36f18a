"""Temporal expressions: resolution against the publication date, things that must not resolve, seeds, gold."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peacetalks.timex import Timex, find_timexes, is_future_context, parse_anchor, resolve

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = Path(__file__).resolve().parent / "data" / "timex_gold.csv"

TUE = "2023-01-17"  # seed 000's publication day, a Tuesday
WED = "2022-05-18"  # seed 004, a Wednesday

# (expression, anchor, expected value, precision, earliest, latest)
EXPRESSIONS = [
    # weekdays: most recent on or before the anchor, the anchor day included
    ("on Tuesday", TUE, "2023-01-17", "day", "2023-01-17", "2023-01-17"),
    ("Tuesday", WED, "2022-05-17", "day", "2022-05-17", "2022-05-17"),
    ("Wednesday", WED, "2022-05-18", "day", "2022-05-18", "2022-05-18"),
    ("on Sunday", "2025-05-13", "2025-05-11", "day", "2025-05-11", "2025-05-11"),
    ("last Tuesday", TUE, "2023-01-10", "day", "2023-01-10", "2023-01-10"),
    ("last Monday", TUE, "2023-01-16", "day", "2023-01-16", "2023-01-16"),
    ("next Tuesday", TUE, "2023-01-24", "day", "2023-01-24", "2023-01-24"),
    ("on Friday evening", TUE, "2023-01-13", "day", "2023-01-13", "2023-01-13"),
    ("late Saturday", TUE, "2023-01-14", "day", "2023-01-14", "2023-01-14"),
    # deictic days
    ("yesterday", TUE, "2023-01-16", "day", "2023-01-16", "2023-01-16"),
    ("today", TUE, "2023-01-17", "day", "2023-01-17", "2023-01-17"),
    ("Tomorrow", TUE, "2023-01-18", "day", "2023-01-18", "2023-01-18"),
    ("last night", TUE, "2023-01-16", "day", "2023-01-16", "2023-01-17"),
    # weeks: value is the Monday
    ("last week", WED, "2022-05-09", "week", "2022-05-09", "2022-05-15"),
    ("this week", WED, "2022-05-16", "week", "2022-05-16", "2022-05-22"),
    ("Earlier this week", TUE, "2023-01-16", "week", "2023-01-16", "2023-01-17"),
    ("next week", WED, "2022-05-23", "week", "2022-05-23", "2022-05-29"),
    ("later this week", WED, "2022-05-16", "week", "2022-05-18", "2022-05-22"),
    ("over the weekend", WED, "2022-05-09", "week", "2022-05-14", "2022-05-15"),
    ("two weeks ago", WED, "2022-05-02", "week", "2022-05-02", "2022-05-08"),
    # months
    ("last month", WED, "2022-04", "month", "2022-04-01", "2022-04-30"),
    ("last month", "2023-01-05", "2022-12", "month", "2022-12-01", "2022-12-31"),
    ("this month", WED, "2022-05", "month", "2022-05-01", "2022-05-31"),
    ("earlier this month", WED, "2022-05", "month", "2022-05-01", "2022-05-18"),
    ("in November", "2022-12-26", "2022-11", "month", "2022-11-01", "2022-11-30"),
    ("in November", "2022-11-03", "2022-11", "month", "2022-11-01", "2022-11-30"),
    ("in February", WED, "2022-02", "month", "2022-02-01", "2022-02-28"),
    ("in late March", TUE, "2022-03", "month", "2022-03-21", "2022-03-31"),
    ("In early December", "2022-12-26", "2022-12", "month", "2022-12-01", "2022-12-10"),
    ("At the end of December", "2022-12-26", "2022-12", "month", "2022-12-21", "2022-12-31"),
    ("at the end of December", "2023-06-01", "2022-12", "month", "2022-12-21", "2022-12-31"),
    ("mid-April", WED, "2022-04", "month", "2022-04-11", "2022-04-20"),
    ("the beginning of May", "2022-06-01", "2022-05", "month", "2022-05-01", "2022-05-10"),
    ("last November", "2022-11-20", "2021-11", "month", "2021-11-01", "2021-11-30"),
    ("since March", WED, "2022-03", "month", "2022-03-01", "2022-03-31"),
    ("in May", WED, "2022-05", "month", "2022-05-01", "2022-05-31"),
    ("in March 2022", None, "2022-03", "month", "2022-03-01", "2022-03-31"),
    ("late February 2022", None, "2022-02", "month", "2022-02-21", "2022-02-28"),
    ("three months ago", WED, "2022-02", "month", "2022-02-01", "2022-02-28"),
    # days of a month
    ("April 15", WED, "2022-04-15", "day", "2022-04-15", "2022-04-15"),
    ("on April 15", WED, "2022-04-15", "day", "2022-04-15", "2022-04-15"),
    ("15 April", WED, "2022-04-15", "day", "2022-04-15", "2022-04-15"),
    ("the 15th of April", WED, "2022-04-15", "day", "2022-04-15", "2022-04-15"),
    ("April 15, 2022", None, "2022-04-15", "day", "2022-04-15", "2022-04-15"),
    ("15 April 2022", None, "2022-04-15", "day", "2022-04-15", "2022-04-15"),
    ("Feb. 24", TUE, "2022-02-24", "day", "2022-02-24", "2022-02-24"),
    ("Feb 24", TUE, "2022-02-24", "day", "2022-02-24", "2022-02-24"),
    ("Sept. 30, 2022", None, "2022-09-30", "day", "2022-09-30", "2022-09-30"),
    ("Monday, Aug. 15, 2022", None, "2022-08-15", "day", "2022-08-15", "2022-08-15"),
    ("April 30-31, 2022", None, "2022-04-30", "day", "2022-04-30", "2022-04-30"),
    ("on March 29-30", WED, "2022-03-29", "day", "2022-03-29", "2022-03-30"),
    ("Friday, February 24", TUE, "2023-02-24", "day", "2023-02-24", "2023-02-24"),  # the weekday picks the year
    ("Thursday, February 24", TUE, "2022-02-24", "day", "2022-02-24", "2022-02-24"),
    ("Tuesday, February 24", TUE, "2022-02-24", "day", "2022-02-24", "2022-02-24"),  # fits no year: tense rule
    ("2022-03-29", None, "2022-03-29", "day", "2022-03-29", "2022-03-29"),
    ("December 25", "2023-01-05", "2022-12-25", "day", "2022-12-25", "2022-12-25"),
    ("on 9 May", "2022-05-06", "2022-05-09", "day", "2022-05-09", "2022-05-09"),  # days ahead: this year's
    ("after Sept. 11", "2022-08-23", "2022-09-11", "day", "2022-09-11", "2022-09-11"),  # within a month ahead
    ("on 9 July", "2022-05-06", "2021-07-09", "day", "2021-07-09", "2021-07-09"),  # no future cue: the past one
    # years
    ("since 2022", None, "2022", "year", "2022-01-01", "2022-12-31"),
    ("in 2022", None, "2022", "year", "2022-01-01", "2022-12-31"),
    ("in late 2022", None, "2022", "year", "2022-09-01", "2022-12-31"),
    ("in early 2023", None, "2023", "year", "2023-01-01", "2023-04-30"),
    ("the summer of 2022", None, "2022", "year", "2022-06-01", "2022-08-31"),
    ("in 2014-2015", None, "2014", "year", "2014-01-01", "2015-12-31"),
    ("earlier this year", WED, "2022", "year", "2022-01-01", "2022-05-18"),
    ("this year", WED, "2022", "year", "2022-01-01", "2022-12-31"),
    ("last year", WED, "2021", "year", "2021-01-01", "2021-12-31"),
    ("next year", WED, "2023", "year", "2023-01-01", "2023-12-31"),
    ("a year ago", WED, "2021", "year", "2021-01-01", "2021-12-31"),
]


@pytest.mark.parametrize("expression,anchor,value,precision,earliest,latest", EXPRESSIONS)
def test_resolve_expression(expression, anchor, value, precision, earliest, latest):
    t = resolve(expression, anchor=anchor)
    assert t is not None, expression
    assert (t.value, t.precision, t.earliest, t.latest) == (value, precision, earliest, latest)
    assert (t.start, t.end, t.text) == (0, len(expression), expression)


# the tense of the sentence decides ambiguous weekdays, months and month-days
# (expression, sentence, anchor, expected value)
IN_CONTEXT = [
    ("on Thursday", "A Russian delegation will be waiting for the Ukrainian side in Istanbul on Thursday.",
     "2025-05-13", "2025-05-15"),
    ("on Thursday", "The delegations met in Istanbul on Thursday.", "2025-05-13", "2025-05-08"),
    ("on Tuesday", "Talks are scheduled to resume on Tuesday.", TUE, "2023-01-17"),  # same day counts as today
    ("on Friday", "The summit is expected to open on Friday.", TUE, "2023-01-20"),
    ("February 24", "Zelensky is promoting a UN-hosted summit planned for New York on February 24.",
     TUE, "2023-02-24"),
    ("February 24", "The war began on February 24.", TUE, "2022-02-24"),
    ("in November", "Elections will be held in November.", "2023-01-17", "2023-11"),
    ("in November", "Grushko noted in November that Russia did not intend to agree.", "2022-12-26", "2022-11"),
    ("on Sunday", "Putin offered to resume direct negotiations on Sunday.", "2025-05-13", "2025-05-11"),
    ("on Monday", "Kuleba said on Monday that Kyiv would only resume talks after a withdrawal.", WED,
     "2022-05-16"),
    ("on Friday", "The president's wife will meet service members at the airbase on Friday.", "2022-05-02",
     "2022-05-06"),
    ("1 May", "She said that “starting 1 May, we will sell all ferry tickets in euros”.", "2022-05-02",
     "2022-05-01"),
    ("on Sunday", "The mayor told residents to stay in their basements on Sunday because of heavy shelling.",
     "2022-05-02", "2022-05-01"),
    ("on Wednesday", "The ferry ban, announced by the minister on Wednesday, will not cover cargo ships.",
     "2022-09-23", "2022-09-21"),
    ("on Tuesday", "The coordinator posted an update on Tuesday saying he expected ships to leave.", "2022-11-02",
     "2022-11-01"),
    ("on Friday", "The minister, who will travel to Kyiv on Friday, said talks were possible.", WED, "2022-05-20"),
    ("On Thursday", 'He added that "attempts will fail."On Thursday, Putin mentioned the fears.', "2022-09-16",
     "2022-09-15"),
]


@pytest.mark.parametrize("expression,sentence,anchor,value", IN_CONTEXT)
def test_tense_from_sentence(expression, sentence, anchor, value):
    t = resolve(expression, anchor=anchor, sentence=sentence)
    assert t is not None and t.value == value
    found = [x for x in find_timexes(sentence, anchor=anchor) if expression in x.text]
    assert found and found[0].value == value  # find_timexes reads the same sentence itself


# story year: a year-less past month-day takes the year of an earlier date with a year and a month, day or season
# in the same paragraph ("in July 2021 … on Aug. 15"), when nothing between ties the text to the present
# (text, anchor, expression, expected value, expected rule)
STORY_YEAR = [
    ("She left Kabul in July 2021 for a conference. The militants took the capital on Aug. 15.", "2022-08-13",
     "on Aug. 15", "2021-08-15", "month_day:story_year"),
    ("The island voted for home rule in late August 1991 and in December a new ballot confirmed it. The "
     "old council was dissolved on December 26.", "2022-08-24", "on December 26", "1991-12-26", "month_day:story_year"),
    ("In March 2022 the delegations met in Belarus. The talks on March 29 produced a draft.", "2024-04-19",
     "on March 29", "2022-03-29", "month_day:story_year"),
    ("In March 2022 the delegations met in Belarus. On March 29 they met again, and on April 15 a draft was sent.",
     "2024-04-19", "on April 15", "2022-04-15", "month_day:story_year"),  # a re-dated date frames the next
    ("The bombs fell on 6 and 9 August 1945. The empire surrendered on 15 August.", "2022-11-05",
     "on 15 August", "1945-08-15", "month_day:story_year"),  # day-month
    ("The memo is dated 2021-05-03. It reached the ministry on May 20.", "2022-06-01", "on May 20", "2021-05-20",
     "month_day:story_year"),
    ("Skirmishes began in the summer of 2008. On the night of August 7 the town came under fire.", "2022-08-13",
     "August 7", "2008-08-07", "month_day:story_year"),
    ("In February 2022 the talks stalled. On Tuesday, March 1 they resumed.", "2024-04-19", "On Tuesday, March 1",
     "2022-03-01", "month_day:story_year"),  # 1 March 2022 was a Tuesday
    # must not change: the anchor year (or the tense rule) stands
    ("The region was annexed in 2014. The army crossed the border on February 24.", "2022-07-12",
     "on February 24", "2022-02-24", "month_day:past"),  # a bare year is background, not a frame
    ("The agreement was signed on January 10, 2016. On March 3 this year the country applied.", "2022-08-14",
     "On March 3", "2022-03-03", "month_day:past"),
    ("The cap came in in January 2019. On Tuesday the regulator met, and on August 4 it changed the cap.",
     "2022-08-26", "on August 4", "2022-08-04", "month_day:past"),  # a weekday re-anchors to the present
    ("He joined the bank in May 2021. This week he said he resigned on June 10.", "2022-06-20", "on June 10",
     "2022-06-10", "month_day:past"),
    ("He met the premier in November 2009. He was in the capital on 24 February.", "2022-06-08", "on 24 February",
     "2022-02-24", "month_day:past"),  # before the frame: no wrap into the next year
    ("The cap was introduced in January 2019. The rule was changed on August 4.", "2022-08-26", "on August 4",
     "2022-08-04", "month_day:past"),  # more than half a year after the frame
    ("The envoy left in July 2021. Recently the ministry said it wrote to him on Aug. 15.", "2022-08-30",
     "on Aug. 15", "2022-08-15", "month_day:past"),
    ("The talks began in March 2022.\nOn March 29 the delegations met.", "2024-04-19", "On March 29", "2024-03-29",
     "month_day:past"),  # another paragraph
    ("The talks began in March 2022. The delegations will meet again on May 3.", "2024-04-19", "on May 3",
     "2024-05-03", "month_day:future"),
    ("In February 2022 the talks stalled. On Monday, March 1 they resumed.", "2024-04-19", "On Monday, March 1",
     "2024-03-01", "month_day:past"),  # 1 March 2022 was not a Monday
    ("On March 29 the delegations met, as they had in March 2022.", "2024-04-19", "On March 29", "2024-03-29",
     "month_day:past"),  # the dated expression comes after
    ("The plan for March 2025 is ready. The committee met on April 2.", "2024-04-19", "on April 2", "2024-04-02",
     "month_day:past"),  # the re-dated day would be after the anchor
    ("The talks began in March 2022. On Tuesday the delegations met again.", TUE, "On Tuesday", "2023-01-17",
     "weekday:past"),
    ("The talks began in March 2022. Yesterday the delegations met again.", TUE, "Yesterday", "2023-01-16",
     "deictic"),
    ("The talks began in March 2022. Last week the delegations met again.", TUE, "Last week", "2023-01-09",
     "relative_week:last"),
]


@pytest.mark.parametrize("text,anchor,expression,value,rule", STORY_YEAR)
def test_story_year(text, anchor, expression, value, rule):
    hits = [t for t in find_timexes(text, anchor=anchor) if t.text == expression]
    assert len(hits) == 1, [t.text for t in find_timexes(text, anchor=anchor)]
    assert (hits[0].value, hits[0].rule) == (value, rule)
    assert hits[0].earliest == value


def test_story_year_keeps_ranges_and_needs_an_anchor():
    text = "Talks were held in Geneva in January 2022, and again on February 10-11."
    t = [x for x in find_timexes(text, anchor="2023-03-01") if "February" in x.text][0]
    assert (t.value, t.earliest, t.latest, t.rule) == ("2022-02-10", "2022-02-10", "2022-02-11",
                                                       "month_day:story_year")
    t = [x for x in find_timexes(text, anchor=None) if "February" in x.text][0]
    assert (t.value, t.precision) == ("", "unknown")


# texts in which nothing may be read as a date
NOTHING = [
    "Talks may resume soon.",
    "May we ask the minister?",
    "Negotiators haven't sat down since spring.",
    "He sat with the delegation.",
    "The Sunday Times reported the plan.",
    "according to The Mail on Sunday, talks stalled",
    "Ships crossed the Black Sea.",
    "Zelensky's 10-point formula was rejected.",
    "The Minsk II agreement and Minsk-2 failed.",
    "UN Security Council Resolution 2202 endorsed Minsk.",
    "Some 2,000 troops and 1,500 tanks were moved.",
    "COVID-19 slowed the process.",
    "The March on Rome is a historical event.",
    "Protesters march on the capital.",
    "Black Friday sales and Good Friday services.",
    "He spoke to Russia Today and USA Today.",
    "Theresa May met the delegation.",
    "A mayday call and a marching band.",
    "Satellite images, a sunday-school, Saturdays and Mondays",  # no lowercase, plural or embedded weekdays
    "The Weekly Standard and the Monthly Review.",
    "the 1,945 prisoners and 2014.5 points",
    "Call 2022 0000 for details",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing_resolves(text):
    assert find_timexes(text, anchor=TUE) == []


# these must not be read as a month or weekday even though a date is nearby
PARTIAL = [
    ("Talks may resume in March.", ["in March"]),
    ("Theresa May said in 2019 that", ["in 2019"]),
    ("The Sunday Times said on Sunday", ["on Sunday"]),
    ("The agreement of 1994 and the 2014 Maidan coup", ["1994", "2014"]),
    ("the 2000 troops crossed in 2022", ["in 2022"]),
]


@pytest.mark.parametrize("text,expected", PARTIAL)
def test_only_real_dates(text, expected):
    assert [t.text for t in find_timexes(text, anchor=TUE)] == expected


UNANCHORED = [
    ("on Tuesday", "unknown", ""),
    ("last week", "unknown", ""),
    ("in November", "unknown", ""),
    ("April 15", "unknown", ""),
    ("yesterday", "unknown", ""),
    ("earlier this year", "unknown", ""),
    ("two years ago", "unknown", ""),
    ("April 15, 2022", "day", "2022-04-15"),
    ("in 2022", "year", "2022"),
    ("since 2022", "year", "2022"),
    ("in March 2022", "month", "2022-03"),
]


@pytest.mark.parametrize("expression,precision,value", UNANCHORED)
@pytest.mark.parametrize("anchor", [None, ""])
def test_without_anchor_nothing_is_guessed(expression, precision, value, anchor):
    t = resolve(expression, anchor=anchor)
    assert t is not None
    assert (t.precision, t.value) == (precision, value)
    if precision == "unknown":
        assert (t.earliest, t.latest) == ("", "")


@pytest.mark.parametrize("anchor", ["17/01/2023", "2023-13-01", "yesterday", 20230117, "0001-01-01",
                                    date(1, 1, 1)])
def test_bad_anchor_raises(anchor):
    with pytest.raises(ValueError):
        find_timexes("on Tuesday", anchor=anchor)


def test_anchor_forms():
    assert parse_anchor(date(2023, 1, 17)) == parse_anchor("2023-01-17T09:30:00Z") == date(2023, 1, 17)
    assert parse_anchor("") is None


def test_resolve_rejects_several_expressions_and_returns_none_for_none():
    with pytest.raises(ValueError):
        resolve("on Tuesday and on Friday", anchor=TUE)
    assert resolve("the talks", anchor=TUE) is None


def test_future_context_cues():
    s = "On Tuesday, Peskov refused to comment, confirming only that a delegation will be waiting on Thursday."
    assert not is_future_context(s, 0, 10)
    assert is_future_context(s, s.index("on Thursday"), len(s) - 1)


# ------------------------------------------------------------------------------------------------ seeds

SEED_CASES = [
    # seed id, anchor, expression as written, its occurrence (0-based), expected value, precision
    ("000_d7ee3c1017732ecb", "2023-01-17", "on Tuesday", 0, "2023-01-17", "day"),
    ("000_d7ee3c1017732ecb", "2023-01-17", "in late March", 0, "2022-03", "month"),
    ("000_d7ee3c1017732ecb", "2023-01-17", "Earlier this week", 0, "2023-01-16", "week"),
    ("000_d7ee3c1017732ecb", "2023-01-17", "on February 24", 0, "2023-02-24", "day"),
    ("001_f7fd658a330aa63f", "2022-12-26", "in November", 0, "2022-11", "month"),
    ("001_f7fd658a330aa63f", "2022-12-26", "In early December", 0, "2022-12", "month"),
    ("001_f7fd658a330aa63f", "2022-12-26", "At the end of December", 0, "2022-12", "month"),
    ("003_4bbb6c6f8e298a3a", "2025-05-13", "on Tuesday", 0, "2025-05-13", "day"),
    ("003_4bbb6c6f8e298a3a", "2025-05-13", "on Sunday", 0, "2025-05-11", "day"),
    ("003_4bbb6c6f8e298a3a", "2025-05-13", "On Tuesday", 0, "2025-05-13", "day"),
    ("003_4bbb6c6f8e298a3a", "2025-05-13", "on Thursday", 0, "2025-05-15", "day"),
    ("003_4bbb6c6f8e298a3a", "2025-05-13", "in late 2022", 0, "2022", "year"),
    ("004_c5fd40653d8718fd", "2022-05-18", "Wednesday", 0, "2022-05-18", "day"),
    ("004_c5fd40653d8718fd", "2022-05-18", "On Tuesday", 0, "2022-05-17", "day"),
    ("004_c5fd40653d8718fd", "2022-05-18", "on April 15", 0, "2022-04-15", "day"),
    ("004_c5fd40653d8718fd", "2022-05-18", "last week", 0, "2022-05-09", "week"),
    ("004_c5fd40653d8718fd", "2022-05-18", "this week", 0, "2022-05-16", "week"),
    ("004_c5fd40653d8718fd", "2022-05-18", "in February", 0, "2022-02", "month"),
]


def _seed(seed_id: str) -> str:
    return (ROOT / "data" / "raw" / f"{seed_id}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("seed_id,anchor,expression,occurrence,value,precision", SEED_CASES)
def test_seeds(seed_id, anchor, expression, occurrence, value, precision):
    text = _seed(seed_id)
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(expression, pos + 1)
    hits = [t for t in find_timexes(text, anchor=anchor) if t.start <= pos < t.end]
    assert len(hits) == 1, (expression, hits)
    assert (hits[0].value, hits[0].precision) == (value, precision)


def test_undated_seed_yields_no_guessed_dates():
    for t in find_timexes(_seed("002_49bc5ceda81e1ee2"), anchor=None):
        assert t.precision != "unknown" or t.value == ""


# ----------------------------------------------------------------------------------------- properties

@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.lists(st.sampled_from(["on", "Tuesday", "May", "in", "late", "March", "2022", "15", ",", " ", "last",
                                   "week", "Feb.", "24", "-", "the", "end", "of", "will", "said", "\n", "“"]),
                  max_size=40).map(" ".join),
       anchor=st.none() | st.dates(min_value=date(1950, 3, 1), max_value=date(2090, 12, 31)))
def test_never_raises_and_spans_are_inside(text, anchor):
    found = find_timexes(text, anchor=anchor)
    last = 0
    for t in found:
        assert isinstance(t, Timex)
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.start >= last
        last = t.end
        assert t.precision in ("day", "week", "month", "year", "unknown")
        assert (t.value == "") == (t.precision == "unknown")
        if t.precision != "unknown":
            assert t.earliest <= t.latest


# --------------------------------------------------------------------------- hand-labelled corpus sample

def score_gold(articles: dict[str, dict], gold: list[dict]) -> dict[str, object]:
    """Per-row outcome of the resolver on the hand-labelled sample: value and precision both right."""
    rows = []
    for row in gold:
        art = articles[row["article_id"]]
        offset = int(row["offset"])
        hits = [t for t in find_timexes(art["text"], anchor=art["date"] or None) if t.start <= offset < t.end]
        got = (hits[0].value, hits[0].precision) if hits else ("", "none")
        rows.append({**row, "got_value": got[0], "got_precision": got[1],
                     "ok": got == (row["value"], row["precision"])})
    pos = [r for r in rows if r["precision"] != "none"]
    neg = [r for r in rows if r["precision"] == "none"]
    return {"rows": rows, "n_pos": len(pos), "pos_ok": sum(r["ok"] for r in pos),
            "found": sum(r["got_precision"] != "none" for r in pos), "n_neg": len(neg),
            "neg_ok": sum(r["ok"] for r in neg)}


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "corpus" / "negotiations_en.jsonl").exists(), reason="../shared not present")
def test_gold_sample_accuracy():
    """Expressions labelled by hand in ../shared/corpus/negotiations_en.jsonl (ids and offsets only)."""
    articles = {}
    with open(SHARED / "corpus" / "negotiations_en.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            articles[r["id"]] = r
    with open(GOLD, encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    score = score_gold(articles, gold)
    assert score["n_pos"] >= 40
    for r in score["rows"]:
        if not r["ok"]:
            print("WRONG", r["article_id"], r["offset"], r["kind"], "expected", r["value"], r["precision"],
                  "got", r["got_value"], r["got_precision"])
    accuracy = score["pos_ok"] / score["n_pos"]
    print(f"timex gold: {score['pos_ok']}/{score['n_pos']} right ({accuracy:.1%}), found {score['found']}, "
          f"negatives left alone {score['neg_ok']}/{score['n_neg']}")
    assert accuracy >= 0.85
    assert score["neg_ok"] == score["n_neg"]
