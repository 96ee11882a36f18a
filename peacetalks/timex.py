"""Temporal expressions in news text, resolved against the article's publication date.

``find_timexes(text, anchor=...)`` finds expressions such as "on Tuesday", "last week", "in late March",
"April 15", "Feb. 24, 2022", "since 2022" and resolves each to an ISO value with a precision
(day / week / month / year / unknown) and ISO day bounds ``earliest`` .. ``latest``.

Rules are regular expressions (no dateparser): fast, deterministic, and conservative. Conventions:

- A bare weekday or a month / month-day without a year refers to the most recent such day or month **on or
  before** the anchor (news writes "the Kremlin said Wednesday" about the publication day itself), unless the
  surrounding sentence is about the future (the nearest tense cue is "will", "would", "planned",
  "scheduled", "expected", "upcoming", "next", "due to" …); then it is the first such day or month **on or
  after** the anchor (an article of Tuesday saying talks "will be held on Tuesday" means that day).
- Two margins for month-days without a year: one up to 31 days after the anchor is this year's even without
  a future cue ("after Sept. 11 elections" in an August article), and a future one up to 14 days before the
  anchor stays in this year (a reported plan: "beginning 1 May, we will …" published on 2 May).
  "Friday, February 24" takes the year, within a year of the anchor, in which that date is a Friday.
- Story year: a year-less past month-day takes the year of an earlier expression of the same paragraph that
  states a year with a month, day or season ("left Kabul in July 2021 … took power on Aug. 15" is 2021-08-15),
  when nothing between ties the text to the present; bare years ("annexed in 2014") never count.
- "last Tuesday" / "last November" are strictly before the anchor, "next …" strictly after.
- Weeks run Monday to Sunday; a week's value is the date of its Monday.
- "early / mid / late <month>" and "the beginning / middle / end of <month>" keep month precision and narrow
  the bounds to the first, second or last third of the month (days 1-10, 11-20, 21-end); for years the thirds
  are January-April, May-August, September-December.
- Without an anchor, relative expressions are returned with precision "unknown" and empty values: they are
  never guessed. Absolute ones ("April 15, 2022", "in 2022") still resolve.

Not read as dates: "may" as a modal ("May" is a month only next to a day or year or after "in", "since",
"until", "by", "early", "late", "mid" …), weekday abbreviations ("sat", "Sun"), newspaper names ("Sunday
Times", "Mail on Sunday"), feast days ("Good Friday"), "Russia Today", "the March on Rome", numbers that are
not years in a temporal context ("2,000", "Minsk-2", "COVID-19", "Resolution 2202", "the 10-point formula").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = ["Timex", "find_timexes", "resolve", "is_future_context", "parse_anchor"]

PRECISIONS = ("day", "week", "month", "year", "unknown")


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression ``text == article[start:end]`` and its resolution.

    ``value`` is ISO ("2023-01-17" day, "2023-01-16" the Monday of a week, "2022-03" month, "2022" year) or
    "" when ``precision`` is "unknown"; ``earliest``/``latest`` are the ISO day bounds of the interval meant.
    ``rule`` names the rule that matched and the direction used (e.g. ``weekday:past``).
    """

    start: int
    end: int
    text: str
    value: str
    precision: str  # day | week | month | year | unknown
    earliest: str
    latest: str
    rule: str


# --------------------------------------------------------------------------------------------- vocabularies

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

_FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON = rf"(?P<mon>{_FULL_MONTH}|{_ABBR_MONTH})(?![A-Za-z])"
_MON_FULL = rf"(?P<mon>{_FULL_MONTH})(?![A-Za-z])"
_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%:]|,\d{3}\b)"
_YEAR = r"(?<![\d,.\-/])(?P<year>(?:19|20)\d\d)(?![\d]|[.,]\d|[A-Za-z])"
_YEAR_RANGE = r"(?:\s*[-–]\s*(?P<year2>\d{4}|\d{2})(?![\d]|[A-Za-z]))?"
_SEASON = (r"(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Ll]ate)\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
           r"(?:\s+of)?\s+")

# prepositions included in the span when they immediately precede an expression
_PREP_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?P<prep>[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring"
    r"|[Tt]hrough|[Tt]hroughout)\s+$")
# words after which a bare month name is a month ("in November", "since March", "of May")
_MONTH_CONTEXT = re.compile(
    r"(?:^|(?<=[^\w]))(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough"
    r"|[Tt]hroughout|of|[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ince\s+early|[Ss]ince\s+late)\s+$"
    rf"|{_FULL_MONTH}\s+(?:and|or|to|through|until)\s+$|\b{_FULL_MONTH}\s*[-–]\s*$")
# words after which a bare four-digit number is a year
_YEAR_CONTEXT = re.compile(
    r"(?:^|(?<=[^\w]))(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough"
    r"|[Tt]hroughout|of|[Bb]etween|[Ss]tarting|[Ee]nding)\s+$|(?:19|20)\d\d\s+(?:and|to|or|through|until)\s+$")
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|would(?!\s+have\b)|planned|planning|plans\s+to|scheduled|slated|expected\s+to"
    r"|(?:is|are|be|being)\s+expected|expects?"
    r"|intends?|tomorrow|(?:set|going|is|are)\s+to|to\s+(?:be\s+held|take\s+place)|due\s+to\s+(?:be|start|begin"
    r"|meet|hold|take|visit|arrive|resume|sign|vote|travel|open|end|expire|announce|return|attend|speak|deliver"
    r"|launch|present|publish|release|receive|decide|rule|hear|appear|host|come|go|leave|give|make)"
    r"|(?P<weak>upcoming|forthcoming|next|coming))\b|['’]ll\b")
_MAY_OK_BEFORE = {"on", "in", "since", "until", "till", "by", "from", "before", "after", "during", "through",
                  "early", "late", "mid", "last", "next", "this", *(d.lower() for d in calendar.day_name)}
_PAST_CUE = re.compile(
    r"\b(?:said|says|told|tells|spoke|met|held|made|gave|took|went|came|began|became|sent|wrote|was|were|had"
    r"|has|did|saw|left|brought|sought|chose|rose|fell|ran|won|lost|struck|broke|stood|led|ago|last|earlier"
    r"|already|yesterday|would\s+have|[a-z]{3,}ed)\b")
_NOT_PAST_ED = {"planned", "scheduled", "slated", "indeed", "hundred", "sacred", "naked", "wicked",
                "kindred", "based", "united", "limited", "related", "interested", "concerned", "advanced",
                "unprecedented", "detailed", "alleged", "dedicated", "supposed", "experienced", "sophisticated",
                "complicated", "armed", "proceed", "succeed", "exceed", "speed", "need", "embed", "shed",
                "unexpected", "unlimited", "intended", "prolonged", "needed"}
_SENT_LEFT = re.compile(r"[.!?][\"”’»)]?\s+|[.!?][\"”’»)](?=[A-Z])|\n")
# a cue beyond one of these belongs to another clause ("said on Monday that talks would resume")
_CLAUSE_BREAK = re.compile(r"\bthat\b|[;:()–—]|\s-\s")
_CLAUSE_PENALTY = 120
_WEAK_PENALTY = 25
_COMMA_PENALTY = 30
_FUTURE_GRACE_DAYS = 14
_NEAR_FUTURE_DAYS = 31
_PASSIVE_BEFORE = re.compile(r"\b(?:be|is|are|being)\s+$")
_SENT_RIGHT = re.compile(r"[.!?](?=[\"”’»)]?(?:\s|$))|\n")

_NEWSPAPER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|People|Sport|Mail|Star|World|Independent"
    r"|Tribune|Review|Magazine|Edition|Supplement|Politics|Morning\s+Herald)\b")
_FEAST_BEFORE = re.compile(
    r"(?:Black|Good|Bloody|Super|Easter|Palm|Ash|Holy|Maundy|Cyber|Giving|Clean|Great|Whit|Trinity|Mothering"
    r"|Forgiveness|(?:Mail|Independent|Observer|Express|Mirror|People|Telegraph)\s+[Oo]n)\s+$")
_COUNT_NOUNS = re.compile(
    r"\s+(?:troops|soldiers|servicemen|fighters|mercenaries|people|men|women|children|civilians|residents"
    r"|refugees|prisoners|POWs|captives|deaths|dead|casualties|victims|tanks|drones|missiles|shells|rounds"
    r"|units|km|kilometres|kilometers|miles|metres|meters|dollars|euros|rubles|roubles|hryvnias|tonnes|tons"
    r"|pages|words|votes|delegates|cases|points|times|sq|square|hectares|villages|homes|buildings|of)\b")

# ------------------------------------------------------------------------------------------------- patterns

# Every rule is a core pattern that starts on a required token (a digit, a month or weekday name …) plus an
# optional prefix pattern matched backwards from the core ("late ", "Tuesday, ", "the summer of "): optional
# prefixes at the front of a pattern would be tried at every position of the text and cost most of the time.
_PART_CORE = (r"(?P<part>(?:[Aa]t\s+|[Bb]y\s+|[Ii]n\s+|[Uu]ntil\s+|[Tt]owards?\s+)?(?:[Tt]he\s+)?(?:very\s+)?"
              r"(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose)\s+of\s*"
              r"|(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)|[Ee]nd-)")
_P_ISO = re.compile(
    r"(?<![\d\-/])(?P<year>(?:19|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d])")
_P_MDY = re.compile(
    rf"{_MON}\s+(?:the\s+)?{_DAY}"
    r"(?:\s*(?:-|–|to|and)\s*(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%:]))?"
    rf"(?:(?:,\s*|\s+){_YEAR})?")
_P_DMY = re.compile(
    rf"(?<![\d,.:/\-]){_DAY}"
    r"(?:\s*(?:-|–|to|and)\s*(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?{_MON}(?:(?:,\s*|\s+){_YEAR})?")
_X_DATE = re.compile(rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:[Tt]he\s+)?$")
_P_MONTH_YEAR = re.compile(rf"{_MON}(?:\s+of)?,?\s+{_YEAR}")
_X_PART = re.compile(rf"{_PART_CORE}$")
_P_MONTH = re.compile(rf"\b{_MON_FULL}")
_X_MONTH = re.compile(rf"(?:{_PART_CORE}|(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)$")
_P_WEEKDAY = re.compile(rf"\b(?P<wd>{_WEEKDAY})(?![A-Za-z])(?:\s+(?:night|evening|morning|afternoon)\b)?")
_X_WEEKDAY = re.compile(r"(?:^|(?<=[^\w]))(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Ll]ate|[Ee]arly)\s+$")
_P_DEICTIC = re.compile(
    r"\b(?P<w>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)"
    r"|[Ee]arlier\s+today|[Ll]ater\s+today|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![A-Za-z])")
_P_UNIT_REL = re.compile(
    r"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier\s+this|[Ll]ater\s+this|[Ee]arly\s+this|[Ee]arly\s+last"
    r"|[Ll]ate\s+last|[Ll]ate\s+this|[Ee]arly\s+next|[Ee]arlier\s+in\s+the|[Oo]ver\s+the|[Aa]t\s+the)\s+"
    r"(?P<unit>week|weekend|month|year)(?![A-Za-z])")
_P_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve)\s+(?P<unit>day|week|month|year)s?\s+ago(?![A-Za-z])")
_P_YEAR = re.compile(rf"{_YEAR}{_YEAR_RANGE}")
_X_YEAR = re.compile(rf"(?:{_PART_CORE}|{_SEASON})$")

# ---------------------------------------------------------------------------------------------- date helpers

def parse_anchor(anchor: str | date | None) -> date | None:
    """An anchor as a date: ``None`` or "" stay None; "YYYY-MM-DD" (optionally followed by a time) is parsed.

    Raises ValueError for anything else, and for years outside 1900-2100.
    """
    if anchor is None:
        return None
    if isinstance(anchor, date):
        day = anchor.date() if isinstance(anchor, datetime) else anchor
        if not 1900 <= day.year <= 2100:
            raise ValueError(f"anchor year out of range 1900-2100: {anchor!r}")
        return day
    if isinstance(anchor, str):
        s = anchor.strip()
        if not s:
            return None
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z]*)?", s)
        if m and 1900 <= int(m[1]) <= 2100:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
        raise ValueError(f"anchor must be an ISO date YYYY-MM-DD, got {anchor!r}")
    raise ValueError(f"anchor must be a date, an ISO string or None, got {type(anchor).__name__}")


def _month_no(name: str) -> int:
    key = name.rstrip(".").lower()
    return _MONTHS.get(key) or _MONTH_ABBR[key]


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _part_of(part: str | None) -> str | None:
    if not part:
        return None
    p = part.lower()
    if "early" in p or "beginning" in p or "start" in p:
        return "early"
    if "mid" in p or "middle" in p:
        return "mid"
    if "late" in p or "end" in p or "close" in p:
        return "late"
    return None


def _day(d: date, rule: str, latest: date | None = None) -> tuple[str, str, str, str, str]:
    return d.isoformat(), "day", d.isoformat(), (latest or d).isoformat(), rule


def _week(monday: date, rule: str, earliest: date | None = None, latest: date | None = None):
    return (monday.isoformat(), "week", (earliest or monday).isoformat(),
            (latest or monday + timedelta(days=6)).isoformat(), rule)


def _month(y: int, m: int, rule: str, part: str | None = None, latest: date | None = None):
    lo, hi = 1, _last_day(y, m)
    if part == "early":
        hi = 10
    elif part == "mid":
        lo, hi = 11, 20
    elif part == "late":
        lo = 21
    end = date(y, m, hi) if latest is None else min(latest, date(y, m, hi))
    return f"{y:04d}-{m:02d}", "month", date(y, m, lo).isoformat(), end.isoformat(), rule


def _year(y: int, rule: str, part: str | None = None, y2: int | None = None, latest: date | None = None,
          earliest: date | None = None):
    lo, hi = date(y, 1, 1), date(y2 or y, 12, 31)
    if part == "early":
        hi = date(y, 4, 30)
    elif part == "mid":
        lo, hi = date(y, 5, 1), date(y, 8, 31)
    elif part == "late":
        lo = date(y, 9, 1)
    if latest is not None:
        hi = min(hi, latest)
    if earliest is not None:
        lo = max(lo, earliest)
    return f"{y:04d}", "year", lo.isoformat(), hi.isoformat(), rule


_UNKNOWN = ("", "unknown", "", "")


def _month_year(m: int, anchor: date, direction: str) -> int:
    a = anchor.month
    if direction == "past":
        return anchor.year if m <= a else anchor.year - 1
    if direction == "future":
        return anchor.year if m >= a else anchor.year + 1
    if direction == "last":
        return anchor.year if m < a else anchor.year - 1
    return anchor.year if m > a else anchor.year + 1  # next


def _weekday_date(wd: int, anchor: date, direction: str) -> date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if direction == "past":
        return anchor - timedelta(days=back)
    if direction == "future":
        return anchor + timedelta(days=fwd)
    if direction == "last":
        return anchor - timedelta(days=back or 7)
    return anchor + timedelta(days=fwd or 7)  # next


def _month_day_date(m: int, d: int, anchor: date, direction: str) -> date:
    this = date(anchor.year, m, d) if not (m == 2 and d == 29 and not calendar.isleap(anchor.year)) else None
    if direction == "future":
        # a future date a few days before publication is a reported statement ("from May 1, we will …")
        if this is not None and this >= anchor - timedelta(days=_FUTURE_GRACE_DAYS):
            return this
        y = anchor.year + 1
    else:
        # a date a few days after publication is this year's (a plan reported without a tense cue, or a late
        # dateline), never the same day a year earlier
        if this is not None and this <= anchor + timedelta(days=_NEAR_FUTURE_DAYS):
            return this
        y = anchor.year - 1
    while m == 2 and d == 29 and not calendar.isleap(y):
        y += 1 if direction == "future" else -1
    return date(y, m, d)


# ---------------------------------------------------------------------------------------------- tense cues

def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 400)
    left = lo
    for m in _SENT_LEFT.finditer(text, lo, min(len(text), start + 1)):  # +1: the lookahead sees the match
        if m.end() <= start:
            left = m.end()
    m = _SENT_RIGHT.search(text, end, min(len(text), end + 400))
    right = m.start() + 1 if m else min(len(text), end + 400)
    return left, right


def is_future_context(text: str, start: int, end: int) -> bool:
    """Whether the nearest tense cue to ``text[start:end]`` in its sentence points to the future.

    Future cues: will, would, shall, 'll, planned, scheduled, expected, upcoming, next, set/due/going to …;
    past cues: said, told, met, was, has, -ed verbs …. Ties and sentences without cues count as past.
    """
    left, right = _sentence_window(text, start, end)

    def distance(m: re.Match) -> int:
        lo, hi = (m.end(), start) if m.end() <= start else (end, m.start())
        if _CLAUSE_BREAK.search(text, lo, hi):
            return hi - lo + _CLAUSE_PENALTY
        return hi - lo + (_COMMA_PENALTY if "," in text[lo:hi] else 0)

    best_future: int | None = None
    best_past: int | None = None
    for m in _FUTURE_CUE.finditer(text, left, right):
        if m.start() < end and m.end() > start:
            continue
        dist = distance(m) + (_WEAK_PENALTY if m["weak"] else 0)
        if best_future is None or dist < best_future:
            best_future = dist
    for m in _PAST_CUE.finditer(text, left, right):
        if m.start() < end and m.end() > start:
            continue
        word = m.group(0)
        if _PASSIVE_BEFORE.search(text, max(0, m.start() - 7), m.start()):  # "will be held", "is expected"
            continue
        if word in _NOT_PAST_ED or (word.endswith("eed") and word not in {"agreed", "freed", "guaranteed"}):
            continue
        dist = distance(m)
        if best_past is None or dist < best_past:
            best_past = dist
    return best_future is not None and (best_past is None or best_future < best_past)


# ------------------------------------------------------------------------------------------- the rules

# A rule gets (named groups, anchor, is_future) and returns (value, precision, earliest, latest, rule) or None to
# reject the match. ``is_future`` is a thunk: the tense is only looked up when a rule needs it.
_Res = tuple[str, str, str, str, str] | None
_Future = Callable[[], bool]


def _r_iso(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    try:
        return _day(date(int(m["year"]), int(m["mon"]), int(m["day"])), "iso_date")
    except ValueError:
        return None


def _r_month_day(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    mon, d = _month_no(m["mon"]), int(m["day"])
    d2 = int(m["day2"]) if m["day2"] else None
    if d > 31 or (d2 is not None and d2 <= d):
        d2 = None
    if m["year"]:
        y = int(m["year"])
        try:
            start = date(y, mon, d)
        except ValueError:
            return None
        latest = date(y, mon, d2) if d2 and d2 <= _last_day(y, mon) else None
        return _day(start, "month_day_year", latest)
    if d > 29 and mon == 2 or d > _last_day(2000, mon):
        return None
    if anchor is None:
        return (*_UNKNOWN, "month_day:no_anchor")
    start = _weekday_year(mon, d, _WEEKDAYS[m["wd"].lower()], anchor) if m["wd"] else None
    if start is not None:
        direction = "weekday"
    else:
        direction = "future" if future() else "past"
        start = _month_day_date(mon, d, anchor, direction)
    try:
        latest = date(start.year, mon, d2) if d2 else None
    except ValueError:
        latest = None
    return _day(start, f"month_day:{direction}", latest)


def _weekday_year(mon: int, d: int, wd: int, anchor: date) -> date | None:
    """The date of "<weekday>, <month> <day>" nearest the anchor (within a year) on which the weekday fits."""
    fits = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day = date(y, mon, d)
        except ValueError:
            continue
        if day.weekday() == wd and abs((day - anchor).days) <= 366:
            fits.append(day)
    return min(fits, key=lambda day: abs((day - anchor).days)) if fits else None


def _r_month_year(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    return _month(int(m["year"]), _month_no(m["mon"]), "month_year", _part_of(m["part"]))


def _r_month(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    mon = _month_no(m["mon"])
    part = _part_of(m["part"])
    rel = (m["rel"] or "").lower()
    rule = "month_part" if part else "month_rel" if rel else "month"
    if anchor is None:
        return (*_UNKNOWN, f"{rule}:no_anchor")
    if rel in ("last", "next"):
        direction = rel
    else:
        direction = "future" if future() else "past"
    return _month(_month_year(mon, anchor, direction), mon, f"{rule}:{direction}", part)


def _r_weekday(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    rel = (m["rel"] or "").lower()
    if anchor is None:
        return (*_UNKNOWN, "weekday:no_anchor")
    if rel in ("last", "next"):
        direction = rel
    else:
        direction = "future" if future() else "past"
    return _day(_weekday_date(_WEEKDAYS[m["wd"].lower()], anchor, direction), f"weekday:{direction}")


def _r_deictic(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    w = " ".join(m["w"].lower().split())
    if anchor is None:
        return (*_UNKNOWN, "deictic:no_anchor")
    if w == "yesterday":
        return _day(anchor - timedelta(days=1), "deictic")
    if w == "the day before yesterday":
        return _day(anchor - timedelta(days=2), "deictic")
    if w == "tomorrow":
        return _day(anchor + timedelta(days=1), "deictic")
    if w == "the day after tomorrow":
        return _day(anchor + timedelta(days=2), "deictic")
    if w == "last night":  # the night before publication: the evening of the previous day into the anchor day
        return _day(anchor - timedelta(days=1), "deictic", anchor)
    return _day(anchor, "deictic")  # today, tonight, this morning, earlier/later today


def _r_unit_rel(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    mod = " ".join(m["mod"].lower().split())
    unit = m["unit"]
    if anchor is None:
        return (*_UNKNOWN, f"relative_{unit}:no_anchor")
    rule = f"relative_{unit}:{mod.replace(' ', '_')}"
    if unit == "weekend":
        if mod in ("early this", "early last", "late last", "late this", "early next", "earlier in the"):
            return None
        monday = _monday(anchor)
        if mod == "last" or (mod in ("over the", "at the") and not future()):
            # the most recent Saturday-Sunday that has begun by the anchor day
            sat = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
            if mod == "last" and anchor.weekday() >= 5:
                sat -= timedelta(days=7)
        elif mod == "next" or mod in ("over the", "at the"):
            sat = anchor + timedelta(days=(5 - anchor.weekday()) % 7 or 7)
        else:  # this weekend
            sat = monday + timedelta(days=5)
        return _week(_monday(sat), rule, sat, sat + timedelta(days=1))
    if mod in ("over the", "at the"):
        return None
    shift = {"last": -1, "early last": -1, "late last": -1, "next": 1, "early next": 1}.get(mod, 0)
    part = "early" if mod.startswith("early ") else "late" if mod.startswith("late ") else None
    earlier = mod in ("earlier this", "earlier in the")
    later = mod == "later this"
    if unit == "week":
        monday = _monday(anchor) + timedelta(days=7 * shift)
        if part == "early":
            return _week(monday, rule, latest=monday + timedelta(days=2))
        if part == "late":
            return _week(monday, rule, earliest=monday + timedelta(days=3))
        return _week(monday, rule, earliest=anchor if later else None, latest=anchor if earlier else None)
    if unit == "month":
        y, mon = anchor.year, anchor.month + shift
        if mon == 0:
            y, mon = y - 1, 12
        elif mon == 13:
            y, mon = y + 1, 1
        value = _month(y, mon, rule, part, latest=anchor if earlier else None)
        if later:
            value = (value[0], value[1], anchor.isoformat(), value[3], value[4])
        return value
    y = anchor.year + shift
    return _year(y, rule, part, latest=anchor if earlier else None, earliest=anchor if later else None)


def _r_ago(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = m["unit"]
    if anchor is None:
        return (*_UNKNOWN, f"ago_{unit}:no_anchor")
    if unit == "day":
        return _day(anchor - timedelta(days=n), "ago_day")
    if unit == "week":
        return _week(_monday(anchor - timedelta(days=7 * n)), "ago_week")
    if unit == "month":
        k = anchor.year * 12 + anchor.month - 1 - n
        return _month(k // 12, k % 12 + 1, "ago_month")
    return _year(anchor.year - n, "ago_year")


def _r_year(m: _Groups, anchor: date | None, future: _Future) -> _Res:
    y = int(m["year"])
    y2 = None
    if m["year2"]:
        raw = m["year2"]
        y2 = int(raw) if len(raw) == 4 else (y // 100) * 100 + int(raw)
        if not y < y2 <= y + 30:
            y2 = None
    season = (m["season"] or "").lower()
    if season:
        bounds = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}.get(season)
        if bounds:
            lo, hi = bounds
            return (f"{y:04d}", "year", date(y, lo, 1).isoformat(), date(y, hi, _last_day(y, hi)).isoformat(),
                    f"year_season:{season}")
        return _year(y, "year_season:winter")
    return _year(y, "year", _part_of(m["part"]), y2)


class _Groups(dict):
    """Named groups of a core match and its prefix; a group that did not take part is None."""

    def __missing__(self, key: str) -> None:
        return None


_RULES: list[tuple[str, re.Pattern[str], re.Pattern[str] | None, Callable[..., _Res]]] = [
    ("iso", _P_ISO, None, _r_iso),
    ("mdy", _P_MDY, _X_DATE, _r_month_day),
    ("dmy", _P_DMY, _X_DATE, _r_month_day),
    ("month_year", _P_MONTH_YEAR, _X_PART, _r_month_year),
    ("month", _P_MONTH, _X_MONTH, _r_month),
    ("weekday", _P_WEEKDAY, _X_WEEKDAY, _r_weekday),
    ("deictic", _P_DEICTIC, None, _r_deictic),
    ("unit_rel", _P_UNIT_REL, None, _r_unit_rel),
    ("ago", _P_AGO, None, _r_ago),
    ("year", _P_YEAR, _X_YEAR, _r_year),
]
_ORDER = {name: i for i, (name, *_rest) in enumerate(_RULES)}


def _accept(name: str, g: _Groups, start: int, core: int, end: int, text: str) -> bool:
    """Context filters that keep non-temporal look-alikes out (``core`` is where the core match begins)."""
    before = text[max(0, start - 40):start]
    if name == "month":
        return bool(g["part"] or g["rel"] or _MONTH_CONTEXT.search(before))
    if name == "weekday":
        if g["rel"]:
            return True
        return not (_FEAST_BEFORE.search(before) or _NEWSPAPER_AFTER.match(text, core + len(g["wd"])))
    if name == "deictic" and g["w"] == "Today":
        # "Russia Today", "USA Today", the BBC's "Today programme"
        if re.search(r"[A-Z][\w.]*\s+$", before) and not re.search(r"(?:^|[.!?\"“”]\s*)[A-Z][\w.]*\s+$", before):
            return False
        return not re.match(r"\s+(?:programme|program|show)\b", text[end:end + 12])
    if name == "year":
        if g["part"] or g["season"]:
            return True
        if _YEAR_CONTEXT.search(before):
            return True
        if re.search(r"(?:^|[^\w])[Tt]he\s+$", before):
            return (1945 <= int(g["year"]) <= 2039 and not _COUNT_NOUNS.match(text, end)
                    and bool(re.match(r"\s+[A-Za-z]|['’]s\b", text[end:end + 3])))
        return bool(re.match(r"['’]s\b", text[end:end + 3]))
    if name in ("mdy", "month_year") and g["mon"] == "May" and start == core:
        # "Theresa May 2019": a capitalised name word right before "May" makes it a surname, not a month
        prev = re.search(r"(^|[.!?\"“”(:;]\s*|\s)([A-Z][a-z]+)\s+$", before)
        if prev and prev.group(1) and not prev.group(1).strip() and prev.group(2).lower() not in _MAY_OK_BEFORE:
            return False
    return True


def _find(text: str, anchor: date | None, future_override: bool | None) -> list[Timex]:
    candidates: list[tuple[int, int, int, str, _Groups]] = []
    for name, pattern, prefix, _ in _RULES:
        for m in pattern.finditer(text):
            core, end = m.start(), m.end()
            if end <= core:
                continue
            g = _Groups(m.groupdict())
            start = core
            if prefix is not None:
                p = prefix.search(text, max(0, core - 40), core)
                if p and p.end() == core and p.end() > p.start():
                    start = p.start()
                    g.update({k: v for k, v in p.groupdict().items() if v is not None})
            if _accept(name, g, start, core, end, text):
                # a preceding preposition belongs to the expression ("on Tuesday", "since 2022")
                q = _PREP_BEFORE.search(text, max(0, start - 12), start)
                candidates.append((q.start() if q and q.end() == start else start, end, core, name, g))
    # leftmost-longest, no overlaps; ties go to the earlier rule in _RULES
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), _ORDER[c[3]]))
    resolvers = {name: fn for name, *_rest, fn in _RULES}
    out: list[Timex] = []
    last_end = -1
    for start, end, _core, name, g in candidates:
        if start < last_end:
            continue

        def future(cs: int = start, ce: int = end) -> bool:
            return future_override if future_override is not None else is_future_context(text, cs, ce)

        res = resolvers[name](g, anchor, future)
        if res is None:
            continue
        value, precision, earliest, latest, rule = res
        out.append(Timex(start, end, text[start:end], value, precision, earliest, latest, rule))
        last_end = end
    if anchor is not None:
        _story_years(text, out, anchor)
    return out


# ------------------------------------------------------------------------------------------- story year

# Expressions that state a year with a month, a day or a season ("in July 2021", "Aug. 6, 1945", "2022-03-29",
# "the summer of 2008") may frame later year-less dates of the same paragraph; bare years ("in 2014", "the 2015
# deal") may not: in news they are mostly background, not the time of the story.
_FRAME_RULES = ("iso_date", "month_day_year", "month_year", "month_day:story_year", "year_season:spring",
                "year_season:summer", "year_season:autumn", "year_season:fall")
# year-less months a story passes through ("in August 1991 and in December, … on December 26")
_STORY_MONTH_RULES = ("month:past", "month_part:past")
_STORY_MAX_CHARS = 1500
_STORY_MAX_DAYS = 183
# words between the frame and the date that bring the text back to the present ("in recent days, … on Feb. 25")
_PRESENT_BETWEEN = re.compile(r"\b(?:[Ii]n\s+recent\s+(?:days|weeks|months)|[Rr]ecently|[Cc]urrently|[Nn]owadays"
                              r"|[Tt]hese\s+days|[Aa]t\s+present|[Ss]o\s+far)\b")
_THIS_YEAR_AFTER = re.compile(r"[\s,]*(?:of\s+)?(?:this|last|that)\s+year\b")


def _story_frame(text: str, out: list[Timex], i: int) -> int | None:
    """Index of the dated expression that frames ``out[i]``, or None.

    It is the nearest earlier expression of the same paragraph (at most ``_STORY_MAX_CHARS`` back) with a year
    and a month, day or season; only year-less months and bare years equal to its year may stand between.
    Anything else in between - a weekday, "this week", "two years ago", another year, another year-less date -
    ties the text to another time, so nothing frames the date.
    """
    lo = max(0, out[i].start - _STORY_MAX_CHARS)
    para = text.rfind("\n", lo, out[i].start) + 1 or lo
    years = set()  # bare years between: they must agree with the frame ("in the summer of 2008 … in 2008 …")
    for k in range(i - 1, -1, -1):
        prev = out[k]
        if prev.start < para:
            return None
        if prev.rule.startswith(_FRAME_RULES):
            return k if years <= {prev.value[:4]} else None
        if prev.rule == "year" and prev.earliest[:4] == prev.latest[:4]:
            years.add(prev.value)
        elif prev.rule not in _STORY_MONTH_RULES:
            return None
    return None


def _story_years(text: str, out: list[Timex], anchor: date) -> None:
    """Re-date year-less past month-days that an earlier, dated expression of the same paragraph frames.

    "She left Kabul in July 2021 … the Taliban took power on Aug. 15." is 2021-08-15, not the anchor year's
    Aug. 15. The story runs forward from the frame (see ``_story_frame``) through the year-less months between
    ("in August 1991 and in December, … on December 26"). The date takes the year of the story's time when it
    then falls on or after that time, at most ``_STORY_MAX_DAYS`` after it, and on or before the anchor. Left
    alone: a date followed by "this year", one after "recently", "so far" and the like, and a weekday + date
    whose weekday does not fit. Rewrites ``out`` in place with the rule ``month_day:story_year``.
    """
    window = timedelta(days=_STORY_MAX_DAYS)
    for i, t in enumerate(out):
        if t.rule != "month_day:past" or _THIS_YEAR_AFTER.match(text, t.end):
            continue
        k = _story_frame(text, out, i)
        if k is None:
            continue
        lo, hi = date.fromisoformat(out[k].earliest), date.fromisoformat(out[k].latest)
        for step in out[k + 1:i]:  # year-less months move the story forward
            if step.precision != "month":
                continue
            mon = int(step.value[5:7])
            y = lo.year + (mon < lo.month)
            lo, prev_hi = date(y, mon, 1), hi
            hi = date(y, mon, _last_day(y, mon))
            if lo > prev_hi + window or lo > anchor:
                break
        else:
            mon, d = int(t.value[5:7]), int(t.value[8:10])
            try:
                new = date(lo.year, mon, d)
            except ValueError:  # 29 February
                continue
            if new.isoformat() == t.value or not lo <= new <= min(anchor, hi + window):
                continue
            wd = re.search(_WEEKDAY, t.text)  # "Tuesday, March 29" must stay a Tuesday
            if wd and _WEEKDAYS[wd.group(0).lower()] != new.weekday():
                continue
            if _PRESENT_BETWEEN.search(text, out[k].end, t.start):
                continue
            latest = date.fromisoformat(t.latest)
            out[i] = Timex(t.start, t.end, t.text,
                           *_day(new, "month_day:story_year", new + (latest - date.fromisoformat(t.value))))


def find_timexes(text: str, *, anchor: str | date | None) -> list[Timex]:
    """All temporal expressions in ``text`` (sorted, non-overlapping), resolved against ``anchor``.

    ``anchor`` is the publication date (``date`` or "YYYY-MM-DD"); None or "" means undated: relative
    expressions then get precision "unknown". The tense of ambiguous expressions ("on Thursday", "April 15")
    is read from the sentence around each match. Raises ValueError on a malformed anchor.
    """
    return _find(text, parse_anchor(anchor), None)


def resolve(expression: str, *, anchor: str | date | None, sentence: str | None = None) -> Timex | None:
    """Resolve one temporal expression; None when it is not one, ValueError when it holds several.

    ``sentence`` is the sentence the expression comes from; when given, it decides the tense of ambiguous
    expressions (future: the first such day on or after the anchor; otherwise on or before).
    """
    future: bool | None = None
    if sentence is not None:
        i = sentence.find(expression.strip())
        if i >= 0:
            future = is_future_context(sentence, i, i + len(expression.strip()))
        else:
            future = is_future_context(sentence + " " + expression, len(sentence) + 1,
                                       len(sentence) + 1 + len(expression))
    found = _find(expression, parse_anchor(anchor), future)
    if not found:
        return None
    if len(found) > 1:
        raise ValueError(f"{expression!r} holds {len(found)} temporal expressions: {[t.text for t in found]}")
    return found[0]


def _main(argv: list[str] | None = None) -> int:
    """``python -m peacetalks.timex "TEXT" --anchor YYYY-MM-DD`` or ``--bench ARTICLES.jsonl`` (speed)."""
    import argparse
    import json
    import time

    parser = argparse.ArgumentParser(prog="python -m peacetalks.timex", description=_main.__doc__)
    parser.add_argument("text", nargs="?", default=None, help="text to scan; prints one expression a line")
    parser.add_argument("--anchor", default=None, help="publication date YYYY-MM-DD (default: undated)")
    parser.add_argument("--bench", default=None, help='JSONL articles {"text", "date" or "published"}')
    args = parser.parse_args(argv)
    if args.bench:
        with open(args.bench, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        t0 = time.perf_counter()
        n = sum(len(find_timexes(r["text"], anchor=r.get("date") or r.get("published") or None)) for r in rows)
        dt = time.perf_counter() - t0
        chars = sum(len(r["text"]) for r in rows)
        print(f"{args.bench}: {len(rows)} articles, {chars:,} chars, {n} expressions in {dt:.2f} s = "
              f"{chars / dt / 1e6:.2f} M chars/s, {len(rows) / dt:.0f} articles/s (one core)")
        return 0
    if args.text is None:
        parser.error("give a TEXT or --bench FILE")
    for t in find_timexes(args.text, anchor=args.anchor):
        print(f"{t.start}\t{t.end}\t{t.text}\t{t.value}\t{t.precision}\t{t.earliest}\t{t.latest}\t{t.rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
