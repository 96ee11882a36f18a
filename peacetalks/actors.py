"""Canonical actors: a reviewed registry and mention -> actor resolution.

The knowledge lives in three reviewed CSVs in ``data/reference/`` (each row with a ``source``):

- ``actors.csv``: actor_id, canonical name, type (person/institution/state/group), side, given-name and surname
  spellings (Sergey/Sergei, Zelensky/Zelenskyy/Zelenskiy), other aliases (Kyiv/Kiev, "the Kremlin"), adjectives
  of states ("Russian", "Kyiv's") and descriptors of persons ("political scientist").
- ``actor_roles.csv``: dated roles (role, org, actor_id, start, end): "foreign minister" of ukraine is Kuleba until
  2024-09-05, then Sybiha. ``start`` is inclusive, ``end`` exclusive, blank = open.
- ``role_titles.csv``: title phrases ("press secretary", "top diplomat", "FM") -> role, and the class nouns a
  holder may be referred back with ("the diplomat", "the minister").

A fourth, ``relation_nouns.csv``, lists relational and organisation nouns ("a spokesman for X", "sources close to
X", "X's campaign"): such a phrase is not X (its speaker is the unnamed head; X's side only where the noun takes
it).

Resolution order (:meth:`Registry.resolve`): exact alias -> pronoun against context -> relational or possessed
noun phrase -> coordination -> registry person named in the mention (an honorific allows a bare common surname) (full name, or a bare surname: context first, then the registry) -> unknown proper name (kept as written) ->
role noun against context persons whose roles, registry descriptors or introducing description match -> role by
date from the registry -> unknown (canonicalised from the text, side only when unambiguous). Genuinely ambiguous
input (two candidates and nothing to choose between them) raises :class:`AmbiguousMention` (a ``ValueError``)
unless ``strict=False``, which returns an unresolved record with ``method="ambiguous"`` instead (keeping the side
all candidates share). Pronouns prefer persons of a compatible documented ``gender`` (actors.csv, optional);
indefinite role nouns ("a U.S. official") never take a context actor. With ``text=`` and ``span=`` a mention is
read in its article: the head of a longer person mention it sits in, the article's earlier mentions as context,
and a headline role title resolved by the one fitting person introduced right after it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from peacetalks.paths import REFERENCE

SIDES = ("RU", "UA", "US", "UK", "EU", "NATO", "TR", "CN", "UN", "BY", "other")
GENDERS = ("f", "m")  # actors.csv ``gender``: only where documented (the source page), blank otherwise
TYPES = ("person", "institution", "state", "group", "unknown")
METHODS = ("alias", "pronoun", "surname", "role-in-context", "role-by-date", "ambiguous", "unknown")

# Closed-class words of English, not knowledge about actors: determiners, pronouns, honorifics, modifiers.
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "another", "some", "his", "her", "its",
                "their", "our"}
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_PRONOUNS_OTHER = {"they", "them", "it", "we", "i", "you", "us", "who", "which"}
# ranks and professions ("Capt Carlson", "Dr Moore") name someone's trade, not just a person: a common registry
# surname after them needs context or a fitting title like a bare one (round 12)
_RANK_HONORIFICS = {"dr", "prof", "gen", "col", "capt", "sen", "rep"}
_GIVEN_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Graham", "Dame Ann": a given name follows, not a surname (round 18)
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_HONORIFICS = set(_HONORIFIC_GENDER) | _RANK_HONORIFICS | {"mx"}
HONORIFICS = frozenset(_HONORIFICS)  # "Mr", "Dr", "Gen", …: before a surname, never a given name
_TITLE_HONORIFICS = {"rep"}  # honorifics that are also a role title (role_titles.csv "rep"): kept as a descriptor
_MODIFIERS = {"senior", "top", "veteran", "acting", "then", "former", "ex", "current", "outgoing", "incoming",
              "new", "first", "interim", "longtime", "long-time", "high-ranking", "high", "ranking", "russian-born"}
_PAST_MARKERS = {"then", "former", "ex", "outgoing", "late"}
_ARTICLE_DROP = {"the", "a", "an"} | _HONORIFICS | {f"{h}." for h in _HONORIFICS}
_LEADING_DROP = _DETERMINERS | _ARTICLE_DROP
_FUNCTION_WORDS = {"but", "and", "or", "so", "as", "when", "while", "if", "after", "before", "since", "then", "however",
                   "meanwhile", "also", "yet", "though", "although", "because", "with", "without", "for", "from",
                   "by", "to", "under", "says", "said", "told", "asked", "later", "earlier", "instead", "still",
                   "now", "today", "yesterday", "here", "there", "where", "why", "how", "what", "who", "whom"}
_FIRST_PERSON = {"our", "my", "your", "their", "his", "her", "its"}
_INDEFINITE = {"a", "an", "another", "one", "some", "any", "several"}  # a new referent: never an earlier actor
_ORG_NOUNS = {"committee", "department", "ministry", "council", "office", "agency", "service", "academy", "commission",
              "parliament", "government", "administration", "party", "university", "institute", "foundation",
              "center", "centre", "news", "times", "post", "bureau", "directorate", "staff", "forces", "army",
              "federation", "republic", "union", "organization", "organisation", "group", "company", "bank",
              "industry", "trade", "affairs", "defence", "defense", "justice", "finance", "energy", "health",
              "interior", "security", "development", "policy", "communications", "technologies", "information"}
_PLURAL_PERSON_NOUNS = {"officials", "sources", "diplomats", "experts", "analysts", "negotiators", "lawmakers",
                        "politicians", "leaders", "ministers", "authorities", "observers", "scientists", "people"}
_PERSON_NOUNS = {"source", "official", "person", "insider", "observer", "figure", "representative", "member"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_RELATION_PREPS = ("close to|familiar with|working for|acting for|on behalf of|representing|inside|within|for|of|to|"
                   "with|in|at|from")
_MEMBER_PREPS = {"in", "at", "from", "inside", "within", "with"}  # "a source in the Kremlin": a member, its side
_NO_SIDE_PREPS = {"close to", "familiar with"}  # "sources close to X": not X's voice, side unknown
_UNIT_NOUNS = {"department", "directorate", "committee", "subcommittee", "commission", "division", "bureau", "service",
               "office", "agency", "council", "board", "section", "unit", "secretariat", "administration", "ministry",
               "chamber", "faction", "mission", "embassy", "consulate", "directorate-general", "staff", "headquarters"}
# organisation nouns a bare "the <noun>" refers back with (round 10 news-corpus audit: 302 bare "ministry" speakers
# in all_en)
_DEFINITE_UNITS = _UNIT_NOUNS | {"institute", "newspaper", "outlet", "company", "firm", "foundation", "center",
                                 "centre", "organisation", "organization", "group", "university", "court",
                                 # round 12: "the government", "the alliance", "the bloc", "the watchdog" …
                                 "government", "military", "alliance", "bloc", "watchdog", "navy", "corporation",
                                 "operator", "regulator", "network", "paper", "broadcaster", "party",
                                 "army"}  # audit VII: "the army" after "the Ukrainian army"
# for callers: heads that name an organisation, not a person (the definite-reference nouns and the registry's
# organisation words: "the regulator", "the ministry", "the bureau")
ORGANISATION_NOUNS = frozenset(_DEFINITE_UNITS | _ORG_NOUNS)
# modifiers that make "the <modifier> <noun>" a new or different organisation, not the last one named
_UNIT_NEW = {"other", "new", "former", "old", "same", "first", "second", "next", "last", "whole", "entire", "interim",
             "incoming", "outgoing", "previous", "current", "then", "one", "such", "own"}
_SPELLING = {"defence": "defense", "organisation": "organization", "centre": "center"}
# nouns a country adjective or possessive alone names ("the German government", "Ukraine's army": one per state)
_STATE_UNITS = {"government", "embassy", "ministry", "parliament", "administration", "army", "military", "navy"}
_ATTRIBUTIVE_UNITS = {"army", "military", "navy"}  # also modifiers of a next noun: "the Russian military operation"
_AUXILIARIES = {"has", "had", "have", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
                "must", "should", "does", "did"}
# words after an attributive noun that are no noun it modifies ("the army in the south", "army and police")
_NOT_NOUNS = _FUNCTION_WORDS | _MEMBER_PREPS | _DETERMINERS | _AUXILIARIES | {"of", "on", "near", "into", "who",
                                                                              "which", "that"}
_OBJECT_STARTS = _DETERMINERS | _FIRST_PERSON  # "the army took the port": the word before them is a verb
_NEXT_TWO_WORDS = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([\w'’]+)(?:[ \t]+([\w'’]+))?)?")
_POSTS = {"embassy", "consulate", "mission"}  # "the Russian embassy in Washington": the place is part of the name
# round 19: a diplomatic post and the place it is posted to ("the Russian embassy in Washington", "Kyiv's envoy to
# the UN"): the side is the sending state's, named before the preposition; the host after it is no side
_HOST_PLACE = re.compile(r"\b(?:embass(?:y|ies)|consulates?|missions?|ambassadors?|envoys?|consuls?)"
                         r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?(?P<host>\s+(?:in|to|at)\s)", re.I)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?")  # round 19: "I.C.R.C." for the registry's "ICRC"
_UNIT_WINDOW = 2500  # characters before the speaker searched for an unregistered organisation ("BCP Council")
_NAMED_UNIT_WINDOW = 5000  # audit XI: characters searched for a body named with the noun as its head …
_NAMED_UNIT_SENTENCES = 5  # … whose name (or its initials) comes at most this many sentences before the noun
# audit XI (round 15: moved here from the quote engine): nouns read back to a body named with them as its head
# beyond the window (no documents, no generic sides or "the military", "the government"); "the bank", "the union",
# "the academy", not in _DEFINITE_UNITS, only so ("A small bank" since "Northwind Bank" is a new body; "Public and
# Commercial Services union" no name of the dockers' union)
_NAMED_UNITS = frozenset("""ministry agency department committee council commission court bank company firm union
party embassy consulate office bureau service directorate institute foundation corporation group board parliament
academy alliance regulator watchdog operator broadcaster network""".split())
# for callers: the nouns a definite "the <noun>" is read back from (`_definite_unit`)
DEFINITE_UNIT_NOUNS = frozenset(_DEFINITE_UNITS | _NAMED_UNITS)
_NAMED_UNIT_WORD = r"(?:[A-Z](?:[\w'’&-]|\.(?=\w))*|of|for|and|the)"
# round 16: words that set off a firm's name as "the company"/"the firm" does ("energy giant Gazprom", "fertiliser
# maker Yara", "chemical group BASF", "power supplier Northwind"): "the company" reads back to that name
_FIRM_WORDS = ("company", "firm", "giant", "maker", "producer", "supplier", "manufacturer", "operator", "retailer",
               "conglomerate", "corporation", "group", "chain")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s+(?:[\w'’-]+\s+){0,3}$")  # "…, KFC and clothing " before "retailer"
_LIST_AFTER = re.compile(r",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,")  # "… Yara and BASF"
_NAMED_UNIT_LINKS = frozenset(("of", "for", "and", "the"))  # its lowercase words, never its first
# round 17 (side17): a minister's title and the department it names ("defence minister", "minister of foreign
# affairs"): a ministry written without its country ("the Defense Ministry") answers to that title's holders
_MINISTER_TITLE = re.compile(r"minister of (?:the )?([a-z][a-z ]*)|([a-z][a-z ]*?) minister")
_MINISTRY_NAME = re.compile(r"(?:(?P<dept>[A-Za-z][\w ]*?) )?ministry(?: of (?:the )?(?P<of>[A-Za-z][\w ]*))?", re.I)
_MINISTER_SENTENCES = 2  # … named at most this many sentence breaks before it (never a minister paragraphs back)
_CLAUSE_BREAK = re.compile(r"[,;:!?()\"“”]|\.\s")  # the words of a ministry's own noun phrase stop here
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")  # "Ministry of Defence of Ukraine"
_MINISTRY_WORD = re.compile(r"(?<![\w-])[Mm]inistry(?![\w-])")
CONTEXT_SIZE = 20  # mentions: the most recent ones a role noun or pronoun is resolved against
_CONTEXT_GAP = 40  # characters: without the article text, two candidates closer than this are "mentioned together"
_CATAPHORA_WINDOW = 1200  # characters after a role noun searched for its referent ("Russia's deputy FM has said ...
# (headline) ... Deputy Foreign Minister Sergey Ryabkov"), only when nothing before it fits
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)]*\s|\n")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "})


def pronoun_gender(pronoun: str) -> str | None:
    """The gender a person pronoun refers to: "m" for he/him/his, "f" for she/her, None for any other word."""
    return _PRONOUN_GENDER.get(pronoun.lower())


# Patterns matched at a position inside the article (``pattern.match(text, pos)``: no copy of the text's tail).
_AFTER_NAME = re.compile(r"(?:'s|’s)?\s+([a-z]+)")
_AFTER_TITLE_ORG = re.compile(r"(?:'s|’s)?\s+(?:office|administration|government|team|news|agency|palace|residence)\b")
_SPACES = re.compile(r"\s*")
_APPOSITION_AFTER = re.compile(r"\s*,\s*([^,.;:()\"“”«»\n]{3,100})")
_NAME_AFTER_TITLE = re.compile(r",?\s+((?:Lord |Sir |Dame )?[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){0,2})(?![\w'’-])")
_OF_TAIL = re.compile(r"(?:\s+of(?:\s+the)?\s+(?:[A-Z][\w'’.-]*|of|the)(?:\s+(?:[A-Z][\w'’.-]*|of|the))*)")
# Patterns searched in a short window before a position (the window is a slice: '^' and '$' are its ends).
# the characters for which a case-insensitive scan and a case-sensitive scan of the lower-cased text can differ
# (for lowercase patterns of ASCII letters and 'é', 'ü': 'İ' lower-cases to two characters, 'ı' and 'ſ' match 'i'
# and 's' only under re.I, and the Kelvin sign; checked over all code points in tests/test_actors.py)
_CASE_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")


def _lowered_scan(ci: re.Pattern, low_re: re.Pattern | None, text: str, low: str | None) -> list[re.Match]:
    """``list(ci.finditer(text))`` for a case-insensitive ``ci``, found by its case-sensitive twin ``low_re`` (the
    same pattern with lowercase forms) over ``low`` (``text`` lower-cased, None when unsafe): the same matches, each
    re-read by ``ci`` at its start so groups keep the text's own case. The case-sensitive scan is about twice as
    fast (round 16 speed)."""
    if low_re is None or low is None:
        return list(ci.finditer(text))
    return [ci.match(text, m.start()) for m in low_re.finditer(low)]


_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_HONORIFICS) + r")\.?[ \t]+$", re.I)
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[.;:!?\n(]\s*|,\s*)((?:the|a|an|[A-Z][\w'’]*'s|[A-Z][\w'’]*’s)\s[^,.;:()\"“”«»\n]{2,100}),[ \t]+$", re.I)
_NAMES_BEFORE = re.compile(r"([A-Z][\w.'’-]*)(?: ([A-Z][\w.'’-]*))?[ \t]+$")
# (the lookbehinds let a search skip starts inside a word at once: the same leftmost match, 2-3x faster; round 17)
_WORD_BEFORE = re.compile(r"(?<![^\s,;:()\"“”«»])([^\s,;:()\"“”«»]+)[ \t]+$")
_NONSPACE_BEFORE = re.compile(r"(?<!\S)(\S+)[ \t]+$")
# Patterns applied to short mention strings
_INITIAL = re.compile(r"[A-Z]\.?")  # a middle initial ("John F. Kirby", "Antony J Blinken")
_MIDDLE_INITIAL_END = re.compile(r"(?<=\S) " + _INITIAL.pattern + "$")
_POSSESSIVE = re.compile(r"(.+?)'s (.+)$")
_OF_THE_END = re.compile(r"(?:\s+(?:of|the))+$")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")


class AmbiguousMention(ValueError):
    """A mention that fits several actors equally well (raised by ``resolve(strict=True)``). ``side`` and
    ``type`` are what all the candidates share (None / "unknown" when they differ)."""

    def __init__(self, message: str, *, side: str | None = None, type: str = "unknown",
                 candidates: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.side = side
        self.type = type
        self.candidates = tuple(candidates)  # registry ids of the candidates, when they are registry actors


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a speaker mention refers to."""

    name: str  # canonical name (registry) or the mention canonicalised from the text when unknown
    actor_id: str | None  # registry id, None when the actor is not in the registry
    side: str | None  # RU/UA/US/UK/EU/NATO/TR/CN/UN/BY/other or None when unknown
    type: str  # person | institution | state | group | unknown
    method: str  # alias | pronoun | surname | role-in-context | role-by-date | ambiguous | unknown
    confidence: float
    descriptor: str = ""  # the role words that introduced the actor ("Deputy Foreign Minister"), for later reference


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention found in text, with offsets."""

    start: int
    end: int
    text: str
    resolution: Resolution


@dataclass(frozen=True, slots=True)
class Actor:
    actor_id: str
    name: str
    type: str
    side: str
    parent: str
    given_names: tuple[str, ...]
    surnames: tuple[str, ...]
    surname_alone: bool
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    descriptors: tuple[str, ...]
    gender: str = ""  # "f" / "m" where documented, "" otherwise


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    org: str
    actor_id: str
    start: str
    end: str

    def active(self, day: str | None) -> bool:
        return day is None or ((not self.start or self.start <= day) and (not self.end or day < self.end))


@dataclass(frozen=True, slots=True)
class Relation:
    """A relational or organisation noun (relation_nouns.csv): "a spokesman for X", "X's campaign" are not X."""

    noun: str
    forms: tuple[str, ...]
    relation: str  # "speaks for", "legal counsel", "organisation" ...
    kind: str  # person | group | institution: what the phrase refers to
    takes_side: bool  # whether the phrase takes X's side


@dataclass(frozen=True, slots=True)
class Title:
    phrase: str
    role: str  # "" for class nouns ("the diplomat")
    classes: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.role or self.phrase


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


@lru_cache(maxsize=1 << 13)  # a pure function of short mention strings, seven calls in ten repeat one (round 19)
def normalise(text: str) -> str:
    """Unify quote marks and apostrophes, collapse whitespace."""
    return " ".join(text.translate(_QUOTES).split())


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s'") else word


_CHECKED_DATES: set[str] = set()  # dates ``_check_date`` has accepted (bounded: emptied at 4,096)


def _check_date(date: str | None) -> str | None:
    """``date`` if it is an ISO date YYYY-MM-DD, None for None or ""; ValueError otherwise. A date accepted once is
    accepted from a set (every ``resolve`` checks its article's date; round 18 speed)."""
    if date is None or date == "":
        return None
    if type(date) is str and date in _CHECKED_DATES:
        return date
    if not isinstance(date, str) or not _ISO.fullmatch(date):
        raise ValueError(f"date must be ISO YYYY-MM-DD or None, got {date!r}")
    _date.fromisoformat(date)
    if len(_CHECKED_DATES) >= 4096:
        _CHECKED_DATES.clear()
    _CHECKED_DATES.add(date)
    return date


def _alternation(words: Iterable[str], *, not_after: str | None = None) -> str:
    """A regex alternation of ``words`` as a prefix trie (much faster than a flat alternation in ``re``);
    longer words win over their prefixes.

    ``not_after`` (a character class, e.g. ``[\\w-]``) requires the character before a word not to be in it, as a
    leading ``(?<![\\w-])`` would, but tested after the word's first character (``A(?<![\\w-]A)…``): the pattern
    then starts with its first characters, so ``re`` skips at once the positions no word starts with (2-4x faster
    scans of case-sensitive tries; round 18 speed)."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict, guard: str | None = None) -> str:
        end = node.get("") is True
        branches = [re.escape(ch) + (f"(?<!{guard}{re.escape(ch)})" if guard else "") + build(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie, not_after)


class _Ctx(NamedTuple):
    """One context entry: a resolution and (when known) its offsets. A named tuple, not a frozen dataclass: every
    ``resolve`` builds its context anew, and a tuple is built in half the time (round 14b)."""

    res: Resolution
    start: int | None
    end: int | None
    index: int


class Registry:
    """The actor registry. Load with ``load_registry()``."""

    def __init__(self, actors: Sequence[Actor], roles: Sequence[Role], titles: Sequence[Title],
                 relations: Sequence[Relation] = ()) -> None:
        self.actors = {a.actor_id: a for a in actors}
        self._relations = {f.lower(): r for r in relations for f in r.forms}
        nouns = _alternation(self._relations) if self._relations else "(?!)"
        # "one of the former prosecutors for X", "a spokesman for X", "sources close to X": the head is not X
        self._relation_re = re.compile(
            r"^(?P<pre>(?:[\w'’.-]+\s+){0,6}?)(?P<noun>" + nouns + r")\s+(?P<prep>" + _RELATION_PREPS + r")\s+(?P<comp>\S.*)$",
            re.I)
        # "Trump's campaign", "Zelensky's top aide": a possessor's organisation or associate, not the possessor
        self._owned_re = re.compile(r"^(?:the\s+)?(?P<owner>.+?)(?:'s|s')\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
                                    r"(?P<noun>" + nouns + r")$", re.I)
        # "Griner's wife Cherelle", "Trump's son Eric": after a possessor, a relation noun and the name it heads
        self._owned_name_re = re.compile(r"(?:'s|s')\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + nouns + r")\s+[A-Z]")
        self.roles = list(roles)
        self._roles_by_actor: dict[str, list[Role]] = {}  # roles_of's index: each actor's roles, registry order
        for role in self.roles:
            self._roles_by_actor.setdefault(role.actor_id, []).append(role)
        self.titles = {t.phrase.lower(): t for t in titles}
        self._mention_cache: dict[tuple[str, str | None], list[Mention]] = {}
        self._reads_context_memo: dict[str, bool] = {}  # reads_context per mention (bounded: see there)
        self._titles_memo: dict[str, tuple[tuple[int, int, Title], ...]] = {}  # _titles_in per text (bounded)
        self._qualifiers_memo: dict[str, tuple[str, ...]] = {}  # _qualifiers_in per text (bounded)
        for role in self.roles:
            if role.actor_id not in self.actors or role.org not in self.actors:
                raise ValueError(f"actor_roles row {role} names an unknown actor_id or org")
        self._role_classes: dict[str, set[str]] = {}
        for t in titles:
            self._role_classes.setdefault(t.key, set()).update(t.classes)
        # exact aliases: lower-cased, except all-caps short forms (US, UK, EU) which stay case-sensitive
        self._alias_ci: dict[str, set[str]] = {}
        self._alias_cs: dict[str, set[str]] = {}
        for a in actors:
            forms = list(a.aliases)
            if a.type == "person":
                forms += [f"{g} {s}" for g in a.given_names for s in a.surnames]
            forms.append(a.name)
            for form in forms:
                form = normalise(form)
                for variant in {form, form[4:] if form.lower().startswith("the ") else form}:
                    if variant.isupper() or "." in variant:
                        self._alias_cs.setdefault(variant, set()).add(a.actor_id)
                    else:
                        self._alias_ci.setdefault(variant.lower(), set()).add(a.actor_id)
        # qualifiers: words that tie a role noun to a state or organisation ("Russian", "Kyiv's", "NATO")
        self._qualifier: dict[str, str] = {}
        for a in actors:
            if a.type in ("state", "institution"):
                for form in (*a.aliases, *a.adjectives):
                    form = normalise(form)
                    form = form[4:] if form.lower().startswith("the ") else form
                    self._qualifier.setdefault(form.lower(), a.actor_id)
                    if not form.endswith("'s"):
                        self._qualifier.setdefault(form.lower() + "'s", a.actor_id)
        self._qualifier_re = re.compile(r"(?<![\w-])(" + _alternation(self._qualifier) + r")(?![\w-])", re.I)
        self._surnames: dict[str, list[str]] = {}
        for a in actors:
            if a.type == "person":
                for s in a.surnames:
                    self._surnames.setdefault(s, []).append(a.actor_id)
        person_forms = [s for s in self._surnames] + [al for a in actors if a.type == "person" for al in a.aliases]
        # (the lookbehind after each first character: see _alternation; the same matches as a leading (?<![\w-]))
        self._person_re = re.compile("(" + _alternation(person_forms, not_after=r"[\w-]") + r")(?![\w-])")
        # "the ex-president": a hyphenated "ex-" belongs to the title's span (round 12)
        self._title_re = re.compile(r"(?<![\w-])(?:ex-)?(" + _alternation(self.titles) + r")(?![\w-])", re.I)
        # a registry role that is no title ("ambassador to the uk") answers for the titles it contains (round 11)
        for role in sorted({r.role for r in self.roles} - set(self._role_classes)):
            for _, _, t in self._titles_in(role):
                self._role_classes.setdefault(role, set()).update({t.key, *t.classes})
        alias_forms = [f for f, ids in self._alias_ci.items() if any(self.actors[i].type != "person" for i in ids)]
        self._alias_ci_re = re.compile(r"(?<![\w-])(" + _alternation(alias_forms) + r")(?![\w-])", re.I)
        # case-sensitive twins over the lower-cased text, for find_mentions (only when every form is lowercase)
        self._title_low_re = re.compile(self._title_re.pattern) if all(
            t == t.lower() for t in self.titles) else None
        self._alias_low_re = re.compile(self._alias_ci_re.pattern) if all(
            f == f.lower() for f in alias_forms) else None
        cs_forms = [f for f, ids in self._alias_cs.items() if any(self.actors[i].type != "person" for i in ids)]
        self._alias_cs_re = re.compile("(" + _alternation(cs_forms, not_after=r"[\w.-]") + r")(?![\w-])")
        vocab: set[str] = set()
        for phrase in self.titles:
            vocab.update(phrase.split())
        for form in self._qualifier:
            vocab.update(_strip_possessive(w) for w in form.split())
        # the minister's role a ministry named by its department answers to ("defense" -> "defence minister")
        self._ministry_roles: dict[str, str] = {}
        for phrase, t in self.titles.items():
            mt = _MINISTER_TITLE.fullmatch(phrase)
            if mt and t.role and not t.role.startswith(("deputy ", "prime ")):
                self._ministry_roles.setdefault(mt.group(1) or mt.group(2), t.role)
        self._vocab = vocab | _MODIFIERS | _HONORIFICS | _DETERMINERS | {"of", "and", "for", "on", "at", "in"}

    # ------------------------------------------------------------------ lookups
    def actor(self, actor_id: str) -> Actor:
        """The registry row of ``actor_id`` (KeyError when absent)."""
        return self.actors[actor_id]

    def gender(self, actor_id: str | None) -> str | None:
        """"f" or "m" when the registry documents the person's gender, None otherwise (unknown ids included)."""
        a = self.actors.get(actor_id) if actor_id else None
        return a.gender if a is not None and a.gender in GENDERS else None

    def sides_named(self, text: str) -> list[str]:
        """Sides of the states and institutions named in ``text`` as qualifiers ("Russian", "Kyiv's",
        "NATO"), in order of appearance, without repeats."""
        return list(dict.fromkeys(self.actors[o].side for o in self._qualifiers_in(normalise(text))))

    def holders(self, role: str, *, org: str | None = None, date: str | None = None) -> list[str]:
        """Actor ids holding ``role`` (of ``org``) on ``date`` (any time when None), registry order, no repeats."""
        date = _check_date(date)
        out: list[str] = []
        for r in self.roles:
            if r.role == role and (org is None or r.org == org) and r.active(date) and r.actor_id not in out:
                out.append(r.actor_id)
        return out

    def roles_of(self, actor_id: str, *, date: str | None = None) -> list[Role]:
        """Dated roles of ``actor_id`` active on ``date`` (all when None)."""
        return [r for r in self._roles_by_actor.get(actor_id, ()) if r.active(date)]

    def _from_actor(self, actor_id: str, method: str, confidence: float, descriptor: str = "") -> Resolution:
        a = self.actors[actor_id]
        return Resolution(a.name, a.actor_id, a.side, a.type, method, confidence, descriptor)

    def titles_in(self, text: str) -> list[tuple[int, int, Title]]:
        """The registry's role titles in ``text``: (start, end, title) in order."""
        return list(self._titles_in(text))

    def is_qualifier(self, word: str) -> bool:
        """Whether ``word`` is a state's or institution's qualifier ("Russian", "Kyiv's"), any case."""
        return word.lower() in self._qualifier

    def _titles_in(self, text: str) -> tuple[tuple[int, int, Title], ...]:
        """:meth:`titles_in` as a tuple, memoised per text: the same mentions and descriptors are read by several
        rules (three calls in four repeat a text; the memo is emptied at 8,192 texts; round 17 speed)."""
        memo = self._titles_memo
        got = memo.get(text)
        if got is None:
            if len(memo) >= 1 << 13:
                memo.clear()
            got = memo[text] = tuple((m.start(), m.end(), self.titles[m.group(1).lower()])
                                     for m in self._title_re.finditer(text))
        return got

    def _qualifiers_in(self, text: str) -> list[str]:
        """Org ids named in ``text`` ("Russian", "Kremlin", "Kyiv's"), case-sensitive for all-caps forms. Memoised
        per text as ``_titles_in`` (four calls in five repeat a text; round 19 speed); a fresh list each call."""
        memo = self._qualifiers_memo
        got = memo.get(text)
        if got is None:
            if len(memo) >= 1 << 13:
                memo.clear()
            got = memo[text] = self._scan_qualifiers(text)
        return list(got)

    def _scan_qualifiers(self, text: str) -> tuple[str, ...]:
        out = []
        for m in self._qualifier_re.finditer(text):
            word = m.group(1)
            if word.lower() in {"us", "us's", "uk", "un", "eu", "rf"} and not word[:2].isupper():
                continue
            out.append(self._qualifier[word.lower()])
        return tuple(out)

    def _side_of(self, org_ids: Iterable[str]) -> str | None:
        sides = {self.actors[o].side for o in org_ids}
        return sides.pop() if len(sides) == 1 else None

    def _answers(self, res: Resolution, date: str | None) -> set[str]:
        """Role keys and class nouns a context actor can be referred back with."""
        keys: set[str] = set()
        if res.actor_id and res.actor_id in self.actors:
            a = self.actors[res.actor_id]
            keys.update(a.descriptors)
            for r in self.roles_of(a.actor_id, date=date):
                keys.add(r.role)
        for _, _, title in self._titles_in(res.descriptor):
            keys.add(title.key)
            keys.update(title.classes)
        for key in list(keys):
            keys.update(self._role_classes.get(key, ()))
        return keys

    def _office_keys(self, actor_id: str, date: str | None) -> set[str]:
        """Role keys of the offices ``actor_id`` holds on ``date`` and the class nouns of those roles."""
        keys = {r.role for r in self.roles_of(actor_id, date=date)}
        return keys.union(*(self._role_classes.get(k, ()) for k in keys))

    def _described_as(self, res: Resolution) -> set[str]:
        """Role keys and class nouns of the titles in the article's own description of the actor."""
        keys: set[str] = set()
        for _, _, title in self._titles_in(res.descriptor):
            keys.add(title.key)
            keys.update(title.classes)
            keys.update(self._role_classes.get(title.key, ()))
        return keys

    def _orgs_of(self, res: Resolution, date: str | None) -> set[str]:
        orgs = set(self._qualifiers_in(res.descriptor))
        if res.actor_id:
            orgs.update(r.org for r in self.roles_of(res.actor_id, date=date))
        return orgs

    # ------------------------------------------------------------------ resolution
    def resolve(self, mention: str, *, date: str | None = None, context: Sequence[Resolution | Mention] = (),
                strict: bool = True, text: str | None = None, span: tuple[int, int] | None = None,
                at: int | None = None) -> Resolution:
        """Resolve a speaker mention as written ("Kremlin spokesman Dmitry Peskov", "the deputy minister",
        "Peskov", "the Kremlin") to a canonical actor. ``date`` (ISO) picks dated roles; ``context`` holds actors
        mentioned earlier in the same article (most recent last; :class:`Mention` items also give offsets, which
        let two candidates mentioned together count as ambiguous; without offsets "together" means consecutive
        context items). A candidate whose own introducing description fits the noun beats one that fits only
        through registry knowledge. Raises :class:`AmbiguousMention` when several
        actors fit equally (``strict=False`` returns ``method="ambiguous"`` instead) and ValueError on an empty
        mention or a malformed date. ``text`` (the article the context offsets point into) lets "mentioned
        together" mean "in the same sentence" rather than "within 40 characters".

        A context that mixes :class:`Mention` items (with offsets) and plain resolutions (without) is read as the
        quote engine builds it: plain resolutions of actors that also occur as mentions are dropped (the mention
        says where), the remaining plain ones count as less recent than every mention, and "mentioned together"
        is judged only between items with offsets.

        ``span=(start, end)`` (with ``text``, the whole article; ``text[start:end]`` must be the mention) lets the
        registry read the mention in its article: a mention inside a longer person mention resolves as that
        mention (the head role of "the press secretary of the President of [the Russian Federation] Dmitry
        Peskov" is Peskov, not Russia); with no ``context`` the article's mentions before ``start`` are the
        context; and a role noun that nothing before it resolves ("Russia's deputy FM has said" in a headline)
        is matched against the people mentioned in the next ~1,200 characters, when exactly one fits (and, for a
        dated role held by several people, is one of them). ``at`` (with ``text``, without ``span``) is the mention's
        offset for the rules that read the text before it ("the ministry" after "Ukraine's Defence Ministry")
        without scanning the whole article's mentions; ``span`` implies it."""
        if not isinstance(mention, str) or not mention.strip():
            raise ValueError("empty speaker mention")
        date = _check_date(date)
        ctx = _contextualise(context)
        found: list[Mention] = []
        if span is not None:
            found = self._article_mentions(text, span, mention, date)
            start, end = span
            outer = [m for m in found if m.start <= start and end <= m.end and m.end - m.start > end - start
                     and m.resolution.type == "person" and m.resolution.method not in ("unknown", "ambiguous")]
            if outer:  # part of a longer person mention: its head
                return replace(outer[0].resolution, confidence=min(outer[0].resolution.confidence, 0.8))
            if not ctx:
                ctx = _contextualise([m for m in found if m.end <= start][-CONTEXT_SIZE:])
        clean = normalise(mention)
        candidates: tuple[str, ...] | None = None
        ambiguous: AmbiguousMention | None = None
        try:
            res: Resolution | None = self._resolve(clean, date, ctx, text, at=span[0] if span else at)
        except AmbiguousMention as exc:
            res, candidates, ambiguous = None, exc.candidates, exc
        if span is not None and (res is None or res.method in ("unknown", "ambiguous")):
            ahead = self._cataphora(clean, date, [m for m in found if m.start >= span[1]
                                                  and m.start - span[1] <= _CATAPHORA_WINDOW], candidates)
            if ahead is not None:
                return ahead
        if ambiguous is not None:
            if strict:
                raise ambiguous
            return Resolution(_canonical_text(clean), None, ambiguous.side, ambiguous.type, "ambiguous", 0.2)
        return res

    def _article_mentions(self, text: str | None, span: tuple[int, int], mention: str,
                          date: str | None) -> list[Mention]:
        """``find_mentions`` of the article (cached for the last few articles), after checking ``span``."""
        if not isinstance(text, str):
            raise ValueError("span needs the article text (text=...)")
        start, end = span
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise ValueError(f"span {span!r} is not inside the text (length {len(text)})")
        if normalise(text[start:end]) != normalise(mention):
            raise ValueError(f"text[{start}:{end}] is {text[start:end]!r}, not the mention {mention!r}")
        return self.article_mentions(text, date=date)

    def article_mentions(self, text: str, *, date: str | None = None) -> list[Mention]:
        """``find_mentions(text, date=date)``, cached for the last few articles (shared with ``resolve(span=…)``)."""
        key = (text, date)
        if key not in self._mention_cache:
            if len(self._mention_cache) >= 4:
                self._mention_cache.pop(next(iter(self._mention_cache)))
            self._mention_cache[key] = self.find_mentions(text, date=date)
        return self._mention_cache[key]

    def _cataphora(self, mention: str, date: str | None, after: Sequence[Mention],
                   candidates: tuple[str, ...] | None) -> Resolution | None:
        """A role noun resolved forward: the one person mentioned in ``after`` that the noun fits."""
        titles = self._titles_in(mention)
        if not titles or self._person_re.search(mention) or mention.split()[0].lower() in _FIRST_PERSON | _INDEFINITE:
            return None
        _, _, head = min(titles, key=lambda t: (t[0], -(t[1] - t[0])))
        if not head.role:
            return None  # class nouns ("the official", "the diplomat") are too vague to look ahead for
        orgs = set(self._qualifiers_in(mention))
        orgs |= {self.actors[o].parent for o in orgs if self.actors[o].parent}
        hits: dict[str, Resolution] = {}
        for m in after:
            r = m.resolution
            if r.type != "person" or (r.method in ("unknown", "ambiguous") and not r.name[:1].isupper()):
                continue
            if orgs and not (self._orgs_of(r, date) & orgs or r.actor_id and self.actors[r.actor_id].parent in orgs):
                continue  # "France's Europe minister" needs a French candidate, not just one of the same side
            try:
                got = self._role(mention, date, [_Ctx(r, None, None, 0)], self._qualifiers_in(mention), None,
                                 by_phrase=False)
            except AmbiguousMention:
                continue
            if got is None or got.method != "role-in-context" or (candidates and got.actor_id not in candidates):
                continue
            hits.setdefault(got.actor_id or got.name, r)
        if len(hits) != 1:
            return None
        res = next(iter(hits.values()))
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def _resolve_safely(self, mention: str, date: str | None, ctx: list[_Ctx], article: str | None) -> Resolution:
        try:
            return self._resolve(normalise(mention), date, ctx, article)
        except AmbiguousMention as exc:
            return Resolution(_canonical_text(normalise(mention)), None, exc.side, exc.type, "ambiguous", 0.2)

    def reads_context(self, mention: str) -> bool:
        """Whether ``resolve(mention)`` may depend on its ``context`` (and ``text``): False only when none of the
        rules of :meth:`_resolve` that read the context applies (alias, he/she, relational or coordinated phrase,
        registry name, unregistered name, definite role noun), so callers can skip building a costly context
        ("officials", "the statement", "a spokesperson"). Must mirror every use of ``ctx`` in :meth:`_resolve`.
        Memoised per mention (the answer reads only the registry; the memo is emptied at 8,192 mentions)."""
        memo = self._reads_context_memo
        got = memo.get(mention)
        if got is None:
            if len(memo) >= 1 << 13:
                memo.clear()
            got = memo[mention] = self._reads_context(mention)
        return got

    def _reads_context(self, mention: str) -> bool:
        """:meth:`reads_context` without its memo."""
        text = normalise(mention)
        if not text:
            return True
        bare = _strip_determiner(text)
        key = _strip_possessive(bare)
        if self._alias_cs.get(key) or self._alias_ci.get(key.lower()) or self._possessive_alias(key) \
                or self._alias_cs.get(_undotted(key)):
            return True  # 1. alias: context picks among several actors
        if bare.lower() in _PRONOUNS_PERSON:
            return True  # 2. pronoun
        if "," not in text and self._relations and (self._relation_re.match(text) or self._owned_re.match(text)):
            return True  # 2a. relational / possessed phrase
        if " and " in text or text.lower().startswith("those ") and "," in text:
            return True  # 2b. coordination
        if self._person_re.search(text) or _split_name(text, self._vocab)[0]:
            return True  # 3-4. registry person or unregistered name
        first = text.split()[0].lower()
        unit = _definite_unit(text)
        if self._ministry_role(text) is not None:
            return True  # 6c. "the Defense Ministry": its minister named in the article
        if unit is not None and unit[0] in _DEFINITE_UNITS:
            return True  # 6b. "the ministry" ("the bank" reads only the article text, at its offset)
        return bool(self._titles_in(text)) and first not in _FIRST_PERSON and first not in _INDEFINITE  # 5. role

    def _resolve(self, text: str, date: str | None, ctx: list[_Ctx], article: str | None = None, *,
                 at: int | None = None) -> Resolution:
        bare = _strip_determiner(text)
        bare_key = _strip_possessive(bare)
        # 1. exact alias of the whole mention
        ids = self._alias_cs.get(bare_key) or self._alias_ci.get(bare_key.lower()) or self._possessive_alias(bare_key)
        if not ids and (plain := _undotted(bare_key)) != bare_key:
            ids = self._alias_cs.get(plain)  # round 19: "the I.C.R.C." is the ICRC (all-caps forms only)
        if ids:
            return self._namesake_in_context(bare_key, ids, ctx) or \
                self._pick(sorted(ids), date, ctx, "alias", 0.95, bare_key)
        # 2. pronouns: only the most recent person in context
        low = bare.lower()
        if low in _PRONOUNS_PERSON:
            want = pronoun_gender(low)  # "she" never picks a person documented as male, nor "he" a woman
            persons = [c for c in ctx if c.res.type == "person" and self.gender(c.res.actor_id) in (None, want)]
            if persons:
                return replace(persons[-1].res, method="pronoun", confidence=min(persons[-1].res.confidence, 0.6))
            return Resolution(bare, None, None, "unknown", "unknown", 0.1)
        if low in _PRONOUNS_OTHER:
            return Resolution(bare, None, None, "unknown", "unknown", 0.1)
        # 2a. relational and possessed noun phrases: "a lawyer for X", "sources close to X", "X's campaign" are not X
        related = self._relational(text, date, ctx)
        if related is not None:
            return related
        # 2b. coordinations ("Putin and other Russian officials", "Kiev and its backers"): a group, one side or none
        group = self._coordination(text, date, ctx)
        if group is not None:
            return group
        # 3. a registry person named in the mention
        named = self._named_person(text, date, ctx)
        if named is not None:
            return named
        # 4. an unknown proper name: kept as written; a bare surname of an unknown context person resolves to it
        placed: list[str] = []
        name, descriptor = _split_name(text, self._vocab, object_of=placed)
        orgs = self._qualifiers_in(descriptor if name else text)
        if name:
            surname = name.split()[-1]
            for c in reversed(ctx):
                known = self.actors.get(c.res.actor_id or "")
                if c.res.type == "person" and c.res.name.split()[-1] == surname \
                        and _same_given_name(name, c.res.name, vocab=self._vocab,
                                             variants=known.given_names if known else ()):
                    return replace(c.res, method="surname", confidence=min(c.res.confidence, 0.85))
            sent = self._qualifiers_in(_sending_part(descriptor))  # "Russia's ambassador to the UK": Russia's
            return Resolution(name, None, self._side_of(sent), "person", "unknown", 0.5, descriptor)
        # 5-6c. role nouns: context first, then role by date; units, ministries. Not for a role of an unregistered
        # place or body ("the president of <a country the registry lacks>" is no president of the context, round 18)
        role = None if placed else self._role(text, date, ctx, orgs, article)
        if role is not None:
            return role
        # 6b. "the ministry", "the institute": the latest organisation in context with that head noun (round 10)
        unit = None if placed else self._unit_antecedent(text, date, ctx, article, at)
        if unit is not None:
            return unit
        # 6c. "the Defense Ministry" with no country: the country of its minister named before it (round 17)
        office = None if placed else self._ministry_of_minister(text, date, article, at)
        if office is not None:
            return office
        # 7. unknown: canonicalised, side only when one side is named
        canon = _canonical_text(text)
        head = canon.lower().split()[-1] if canon.split() else ""
        kind = ("group" if head in _PLURAL_PERSON_NOUNS or set(canon.lower().split()[:1]) & _PLURAL_PERSON_NOUNS else
                "institution" if _unit_head(canon) in _UNIT_NOUNS else
                "person" if head in _PERSON_NOUNS or self._titles_in(canon) else "unknown")
        sent = self._qualifiers_in(_sending_part(text))  # "the embassy in Kyiv" is no Ukrainian body (round 19)
        side = self._side_of(sent) if kind != "unknown" or sent else None
        return Resolution(canon, None, side, kind, "unknown", 0.3 if side else 0.2, canon if kind != "unknown" else "")

    def _aliases(self, actor_id: str | None) -> tuple[str, ...]:
        """The registry aliases of ``actor_id`` (none for None or an unknown id)."""
        a = self.actors.get(actor_id or "")
        return a.aliases if a else ()

    def _ministry_role(self, text: str) -> str | None:
        """The minister's role a ministry written without a country answers to: "the Defense Ministry", "the
        Ministry of Foreign Affairs" -> "defence minister", "foreign minister"; "" for a bare "the ministry"; None
        for other mentions, a department no minister's title names ("the Ministry of Justice"), a country or other
        qualifier ("Russia's Defense Ministry") and a non-definite or possessed one ("a ministry", "its ministry")."""
        words = text.split()
        if not words or words[0].lower() not in ("the", "this") and not words[0][:1].isupper():
            return None
        m = _MINISTRY_NAME.fullmatch(" ".join(words[1:] if words[0].lower() in ("the", "this") else words))
        if m is None or m.group("dept") and m.group("of") or self._qualifiers_in(text):
            return None
        dept = (m.group("dept") or m.group("of") or "").lower()
        return self._ministry_roles.get(dept) if dept else ""

    def _minister_posts(self, res: Resolution, date: str | None) -> set[tuple[str, str]]:
        """(state, role) of the ministers' offices a person mention holds on ``date``: the registry's dated roles of
        a registered person, else the titles and the one state qualifier of the article's own description of
        them ("the Estonian foreign minister"); states only (a qualifier's parent state for an institution)."""
        wanted = set(self._ministry_roles.values())
        if res.actor_id in self.actors:
            pairs = {(r.org, r.role) for r in self.roles_of(res.actor_id, date=date) if r.role in wanted}
        else:
            orgs = {o if self.actors[o].type == "state" else self.actors[o].parent
                    for o in self._qualifiers_in(res.descriptor)}
            keys = {t.key for _, _, t in self._titles_in(res.descriptor)} & wanted
            pairs = {(orgs.pop(), k) for k in keys} if len(orgs) == 1 else set()
        return {(s, k) for s, k in pairs if s in self.actors and self.actors[s].type == "state"}

    def _ministry_of_minister(self, text: str, date: str | None, article: str | None,
                              at: int | None) -> Resolution | None:
        """Round 17 (audit XVIII): "the Defense Ministry said" in an article that names "Defense Minister Jo Roe"
        before it: the ministry of the one state whose minister of that department (any department for a bare
        "the ministry", when only one is named) the person mentions in the ``_UNIT_WINDOW`` characters before
        ``at`` hold on ``date`` — the registered ministry when the registry knows "<State adjective> <name>",
        else the name with that state's side. None when no minister, or ministers of two states or departments,
        are named there."""
        role = self._ministry_role(text) if article is not None and at is not None else None
        if role is None:
            return None
        posts: set[tuple[str, str]] = set()
        for m in self.article_mentions(article, date=date):
            if m.end <= at and len(_SENTENCE_BREAK.findall(article, m.end, at)) <= _MINISTER_SENTENCES \
                    and m.resolution.type == "person" and m.resolution.method != "ambiguous":
                posts |= {p for p in self._minister_posts(m.resolution, date) if p[1] == role or not role}
        if len(posts) != 1:
            return None
        state, key = posts.pop()
        lo = max(0, at - _UNIT_WINDOW)
        for m in _MINISTRY_WORD.finditer(article, lo, at + len(text)):
            before = _CLAUSE_BREAK.split(article[max(lo, m.start() - 40):m.start()])[-1].split()[-3:]
            after = _OF_NAME.match(article, m.end())
            owners = {o if self.actors[o].type == "state" else self.actors[o].parent
                      for o in self._qualifiers_in(" ".join([*before, after.group() if after else ""]))}
            if owners - {state}:
                return None  # "Moscow's foreign ministry", "Russia´s Defense Ministry": another state's ministry
        adjective = next((a for a in self.actors[state].adjectives if not a.endswith(("'s", "’s"))),
                         self.actors[state].name)
        name = _strip_determiner(text) if role else _ministry_of(key)
        phrase = f"{adjective} {name}"
        ids = self._alias_ci.get(phrase.lower(), set()) | self._alias_cs.get(phrase, set())
        if len(ids) == 1:
            return self._from_actor(ids.pop(), "role-in-context", 0.6, _canonical_text(text))
        return Resolution(_canonical_text(phrase), None, self.actors[state].side, "institution", "role-in-context",
                          0.5, _canonical_text(text))

    def _namesake_in_context(self, bare: str, ids: Iterable[str], ctx: Sequence[_Ctx]) -> Resolution | None:
        """"the Investigative Committee" after "Belarus's Investigative Committee": a bare alias of a registered
        organisation that ends (or heads, before "of") the name of another organisation in context, named later
        than the registered one, is that organisation; None otherwise (the registry's reading stands)."""
        low = bare.lower()
        if not ctx or any(self.actors[i].type != "institution" for i in ids) or _unit_head(bare) not in _UNIT_NOUNS \
                or set(self._qualifiers_in(bare)) - set(ids):
            return None  # a state, a person, a one-word name; "Russia's Investigative Committee" names its state
        for c in reversed(ctx):
            if c.res.type == "person":
                continue
            if c.res.actor_id in ids:
                return None
            name = c.res.name.translate(_QUOTES).lower()
            states = [q for q in self._qualifiers_in(c.res.name) if q not in ids]  # "Belarus's": another state's
            if states and (name.endswith(" " + low) or name.startswith(low + " of ")):
                side = c.res.side or self._side_of(states)
                return replace(c.res, side=side, method="role-in-context", confidence=min(c.res.confidence, 0.7))
        return None

    def _unit_antecedent(self, text: str, date: str | None, ctx: Sequence[_Ctx], article: str | None,
                         at: int | None) -> Resolution | None:
        """"the ministry" after "Russia's Defence Ministry", "the bloc" after the EU, "the council" after "BCP
        Council": the latest organisation before the mention that answers to the noun and its modifiers — a
        context institution whose name, aliases, description or registry descriptors hold them, or (given the
        article and the mention's offset ``at``) an organisation headed by the noun in the text before it. None when
        none fits, or when a different one fits in the latest one's sentence (two candidates: kept as written)."""
        unit = _definite_unit(text)
        if unit is None:
            return None
        noun, mods = unit
        if noun not in _DEFINITE_UNITS:  # "the bank": only a body named with that head ("Northwind Bank")
            return self._unit_named_before(article, at, noun, mods, date) if article is not None and at is not None \
                else None
        state_mods = [m for m in mods if not m.islower() and self._qualifiers_in(m)]
        # other capitalised modifiers are words the organisation must answer to ("the Defence Ministry")
        want = _unit_words(" ".join([*(m.lower() for m in mods if m not in state_mods), noun]))
        states = set(self._qualifiers_in(" ".join(state_mods)))
        found: list[tuple[int, int, Resolution]] = []  # (start, end, organisation) in reading order
        for c in ctx:
            if c.res.type == "person":
                continue
            a = self.actors.get(c.res.actor_id or "")
            words = _unit_words(" ".join([c.res.name, c.res.descriptor, *(a.aliases + a.descriptors if a else ())]))
            if a is None and _SPELLING.get(head := _unit_head(c.res.name), head) != _SPELLING.get(noun, noun):
                continue  # headed by another noun: "Government sources", "military chiefs" are people
            if want <= words and words - want - {"country", "nation"} and self._unit_of(c.res, states):
                # "regulator", "the country's government" say no more than the noun
                found.append((c.start if c.start is not None else -1, c.end or -1, c.res))
        if article is not None and at is not None:
            found.extend(f for f in self._units_in_text(article, at, noun, want, states, date)
                         if not any(s0 < f[1] and f[0] < e0 for s0, e0, _ in found))  # a context mention says it
        if not found:
            named = article is not None and at is not None and noun in _NAMED_UNITS
            return self._unit_named_before(article, at, noun, mods, date) if named else None
        found.sort(key=lambda f: f[0])
        start, _, res = found[-1]
        if states and not res.actor_id:
            return None  # "the Russian military" after "Russia's military": as written says as much
        said = res.name.translate(_QUOTES).lower()  # the context's fuller name of the same organisation
        res = next((f[2] for f in found if "," not in f[2].name and (
            (name := f[2].name.translate(_QUOTES).lower()) == said or name.startswith(said + " ")
            or name.endswith(" " + said))), res)
        key = res.actor_id or res.name.lower()
        for s0, e0, other in found[:-1]:
            if (other.actor_id or other.name.lower()) != key and 0 <= e0 <= start and (
                    not _SENTENCE_BREAK.search(article[e0:start]) if article else start - e0 < _CONTEXT_GAP):
                return None  # two organisations that fit, mentioned together: ambiguous
        if not (res.actor_id or res.side):  # round 17: "the Defense Ministry" again, named before with its country
            said = _unit_words(res.name)
            sided = {f[2].actor_id or f[2].name.lower(): f[2] for f in found if (f[2].actor_id or f[2].side)
                     and said <= _unit_words(" ".join([f[2].name, *self._aliases(f[2].actor_id)]))}
            res = sided.popitem()[1] if len(sided) == 1 else res
        kind = "institution" if res.type == "unknown" else res.type  # it answers to an organisation noun
        return replace(res, type=kind, method="role-in-context", confidence=min(res.confidence, 0.7))

    def _unit_named_before(self, article: str, at: int, noun: str, mods: Sequence[str],
                           date: str | None) -> Resolution | None:
        """Audit XI: "the agency" after "the Coastal Ferry Agency (CFA) … the CFA", beyond the
        context and ``_UNIT_WINDOW``: the latest capitalised name with the noun as its head in the
        ``_NAMED_UNIT_WINDOW`` characters before ``at`` (``_unit_names_before``), when the noun's modifiers are all
        words of that name ("the central bank" never takes "World Bank"), the name or its initials come at most
        ``_NAMED_UNIT_SENTENCES`` sentences before, no other name with that head comes as close, and no indefinite
        "a/another … <noun>" since brings in a new body. None otherwise."""
        found = _unit_names_before(article, noun, at)
        if not found:
            return None
        name, end = found[-1]
        if not {m.lower() for m in mods} <= set(re.findall(r"[a-z]+", name.lower())):
            return None  # "the central bank" after "World Bank": its modifier names another body
        short = "".join(w[0] for w in name.split() if w[0].isupper())
        last = article.rfind(short, end, at) if len(short) > 2 else -1  # "… Agency (IAEA)" then "the IAEA"

        def sentences(since: int) -> int:
            return len(_SENTENCE_BREAK.findall(article, since, at))
        if sentences(max(end, last)) > _NAMED_UNIT_SENTENCES:
            return None  # named too far back: another body of that kind may be meant
        if any(n != name and sentences(e) <= _NAMED_UNIT_SENTENCES for n, e in found):
            return None  # "the X Agency and the Y Agency met. The agency said": two bodies fit
        if re.search(rf"\b(?:{'|'.join(sorted(_INDEFINITE))})\b[^.!?]{{0,40}}\b{noun}\b", article[end:at], re.I):
            return None  # "a state agency …": a new body since the name
        res = self._resolve_safely(name, date, [], None)
        if res.method == "unknown":
            res = Resolution(_canonical_text(name), None, self._side_of(self._qualifiers_in(name)), "institution",
                             "unknown", 0.5)
        kind = "institution" if res.type == "unknown" else res.type
        return replace(res, type=kind, method="role-in-context", confidence=min(res.confidence, 0.6))

    def _unit_of(self, res: Resolution, states: set[str]) -> bool:
        """Whether an organisation belongs to one of ``states`` (always, when no state is asked for)."""
        if not states:
            return True
        a = self.actors.get(res.actor_id or "")
        return bool(a and (a.actor_id in states or a.parent in states) or set(self._qualifiers_in(res.name)) & states)

    def _units_in_text(self, article: str, at: int, noun: str, want: set[str], states: set[str],
                       date: str | None) -> list[tuple[int, int, Resolution]]:
        """Organisations headed by ``noun`` in the ~2,500 characters before ``at`` ("Ukraine's Defence Ministry",
        "the German government", "the Institute for the Study of War", "consultancy firm Harbour Insight"),
        resolved through the registry when it knows them; indefinite ones ("a Russian company") are skipped."""
        lo = max(0, at - _UNIT_WINDOW)
        out: list[tuple[int, int, Resolution]] = []
        if noun not in ("company", "firm") and article.find(noun[1:], lo, at) < 0:
            return out  # every match holds the noun (only these two also take a firm word): none (round 17 speed)
        pattern = _unit_pattern(noun)
        for m in pattern.finditer(article, lo, at):
            if m.group("name") is None and m.group("noun").islower():
                named = pattern.match(article, m.start("noun"), at)  # "the Russian company Gazprom": the name
                m = named if named and named.group("name") is not None else m
            if m.group("name") is not None:  # "consultancy firm Harbour Insight"
                phrase, start = m.group("name"), m.start("name")
                firm = m.group("firm") is not None  # round 16: "maker Yara" for "the company"
                if any(w.lower() in self._vocab for w in phrase.split()) or not want <= _unit_words(
                        article[max(lo, m.start() - 40):m.end()]) | ({noun} if firm else set()):
                    continue  # "company CEO Jane Doe": a person
                if firm and (_LIST_BEFORE.search(article, max(lo, m.start() - 40), m.start())
                             or _LIST_AFTER.match(article, m.end())):
                    continue  # "Nike, KFC and clothing retailer Mango": one firm of several
            else:
                words = [(w.group(), m.start("pre") + w.start()) for w in re.finditer(r"\S+", m.group("pre"))]
                before = article[max(lo, m.start() - 30):m.start()].lower().split()[-2:]
                if set(before) & _INDEFINITE or [w for w, _ in words[:1]] in (["A"], ["An"]):
                    continue  # "a Russian company", "an upstate New York newspaper": a new referent
                ends = [i for i, (w, _) in enumerate(words) if w.endswith(".") and any(ch.islower() for ch in w)]
                words = words[ends[-1] + 1:] if ends else words  # "… in Kyiv. The Ministry of …"
                while words and words[0][0].lower() in _LEADING_DROP | _FUNCTION_WORDS | _MONTHS:
                    words = words[1:]
                pre = [w for w, _ in words]
                if not m.group("tail") and (not pre or noun not in _STATE_UNITS and all(
                        self.is_qualifier(w) for w in pre)):
                    continue  # the bare noun itself; "the Chinese company" is no name (but "the German government")
                if noun in _ATTRIBUTIVE_UNITS and _modifies_next(article, m.end("noun")):
                    continue  # "Ukrainian military command", "the Russian military operation": a modifier
                tail = (m.group("tail") or "").split()
                if tail and tail[-1].endswith(".") and any(ch.islower() for ch in tail[-1]):
                    tail[-1] = tail[-1][:-1]  # round 17: "… the Russian Ministry of Defense." ends its sentence
                phrase = " ".join([*pre, m.group("noun"), *tail])
                start = words[0][1] if words else m.start("noun")  # the first word kept, not a dropped "The"
                if not want <= _unit_words(phrase):
                    continue
            phrase = _before_full_stop(phrase)
            if any(w.lower() in _MONTHS for w in phrase.split()) or self._person_re.search(phrase):
                continue
            res = self._resolve_safely(phrase, date, [], None)
            if res.type == "person" or res.method in ("unknown", "ambiguous"):
                res = Resolution(_canonical_text(phrase), None,
                                 self._side_of(self._qualifiers_in(_sending_part(phrase))), "institution", "unknown", 0.5)
            if self._unit_of(res, states):
                last = phrase.split()[-1]
                end = article.find(last, start, m.end())
                out.append((start, end + len(last) if end >= 0 else m.end(), res))
        return out

    def _relational(self, text: str, date: str | None, ctx: list[_Ctx]) -> Resolution | None:
        """A noun phrase headed by a relational or organisation noun whose complement or possessor names someone
        ("one of the former lawyers for Jane Doe", "a spokesman for the Kremlin", "an aide to Zelensky",
        "Trump's campaign"): the speaker is the unnamed head, never the actor named. Its side is the named actor's
        only when the noun takes it (spokesperson, aide, representative, organisation; relation_nouns.csv) or the
        preposition makes the head a member ("a source in the Kremlin"); "close to"/"familiar with" never do.
        An organisation noun owned by a person ("Trump's administration") is the registered institution that
        fits the person's office on ``date`` when there is exactly one (:meth:`_owned_institution`).
        Definite titles of institutions ("the spokesman for the Kremlin") and appositions ("the press secretary
        of the President of the Russian Federation Dmitry Peskov") are left to the other rules (None)."""
        if "," in text or not self._relations:
            return None
        m = self._relation_re.match(text)
        if m is not None:
            pre = m.group("pre").split()
            if any(w[:1].isupper() and _strip_possessive(w.translate(_QUOTES)).lower() not in self._qualifier
                   and w.lower() not in _LEADING_DROP | _MODIFIERS | _INDEFINITE | {"of"} for w in pre):
                return None  # a name or a possessor before the head ("Putin's envoy for Ukraine ..."): not this shape
            rel = self._relations[m.group("noun").lower()]
            if rel.relation == "organisation":
                return None  # "the Ministry of Defence", "the government of Ukraine": aliases and qualifiers decide
            prep = " ".join(m.group("prep").lower().split())
            comp_text = m.group("comp")
            try:
                comp: Resolution | None = self._resolve(comp_text, date, ctx)
            except AmbiguousMention as exc:
                comp = Resolution(comp_text, None, exc.side, exc.type, "ambiguous", 0.2)
            definite = not pre or pre[0].lower() in {"the", "this", "that"}
            if comp.type == "person" and comp.actor_id:
                head_keys = {t.key for _, _, t in self._titles_in(" ".join(pre) + " " + m.group("noun"))}
                if head_keys & {r.role for r in self.roles_of(comp.actor_id, date=date)} or " of " in comp.descriptor:
                    return None  # apposition: "the press secretary of the President ... Dmitry Peskov" is Peskov
            if definite and comp.type in ("institution", "state") and self._titles_in(m.group("noun")):
                return None  # "the spokesman for the Kremlin": a title of the institution (role by date may apply)
            if comp.type == "unknown" and not comp.side and not comp_text[:1].isupper() and not definite:
                pass  # "a spokesman for the company": still an unknown person, no side
            first = pre[0].lower() if pre else ""
            plural = m.group("noun").lower().endswith(("s", "people")) and not m.group("noun").lower().endswith("ss")
            kind = rel.kind if rel.kind != "person" else "group" if plural and first not in _INDEFINITE else "person"
            takes = prep not in _NO_SIDE_PREPS and (rel.takes_side or prep in _MEMBER_PREPS)
            own = self._side_of(self._qualifiers_in(" ".join(pre))) if pre else None  # "a Russian source in ..."
            side = own or (comp.side if takes else None)
            canon = _canonical_text(text)
            return Resolution(canon, None, side, kind, "unknown", 0.3 if side else 0.2, canon)
        m = self._owned_re.match(text)
        if m is None:
            return None
        owner_text = m.group("owner")
        owner = self._named_person(owner_text, date, ctx)
        if owner is None:
            name, _ = _split_name(owner_text, self._vocab)
            if not name or name != _strip_determiner(owner_text) or name.lower() in self._qualifier:
                return None  # "Russia's government", "the ministry's staff": other rules
            owner = Resolution(name, None, None, "person", "unknown", 0.5)
        if owner.type != "person":
            return None
        rel = self._relations[m.group("noun").lower()]
        if rel.relation == "organisation" and owner.actor_id:
            inst = self._owned_institution(owner.actor_id, m.group("noun").lower(), date)
            if inst is not None:
                return self._from_actor(inst, "alias", 0.6)
        noun = m.group("noun").lower()
        plural = noun.endswith(("s", "people")) and not noun.endswith("ss")
        if owner.actor_id and not plural:
            holder = self._office_holder(owner.actor_id, noun, date)
            if holder is not None:  # "Putin's spokesman" on a date when one person holds that post
                return self._from_actor(holder, "role-by-date", 0.75 if date else 0.6, _canonical_text(text))
        kind = rel.kind if rel.kind != "person" else "group" if plural else "person"
        side = owner.side if rel.takes_side else None
        canon = _canonical_text(text)
        return Resolution(canon, None, side, kind, "unknown", 0.3 if side else 0.2, canon)

    def _office_holder(self, actor_id: str, noun: str, date: str | None) -> str | None:
        """The one person who holds the post a (singular) title noun names in an office of ``actor_id`` on ``date``
        ("Putin's spokesman" -> the spokesperson of Russia, the Kremlin spokesman); None unless exactly one."""
        roles = {t.role for _, _, t in self._titles_in(noun) if t.role}
        if not roles:
            return None
        found: set[str] = set()
        for office in self.roles_of(actor_id, date=date):
            for role in roles:
                found.update(h for h in self.holders(role, org=office.org, date=date) if h != actor_id)
        return found.pop() if len(found) == 1 else None

    def _owned_institution(self, actor_id: str, noun: str, date: str | None) -> str | None:
        """The registered institution a person's organisation noun stands for on ``date`` ("Trump's
        administration" on 2025-05-01 -> the White House; "Zelensky's office" -> Office of the President of
        Ukraine): per office the person holds that day, the alias "<adjective of the org> <noun>" ("US
        administration"), "<noun> of <org>", or an institution under that org whose names contain both the noun
        and the office ("Office of the President of Ukraine"). None unless exactly one fits (no date: None)."""
        if date is None:
            return None
        found: set[str] = set()
        for role in self.roles_of(actor_id, date=date):
            org = self.actors[role.org]
            forms = [f"{adj} {noun}" for adj in org.adjectives if not adj.endswith(("'s", "’s"))]
            forms += [f"{noun} of {alias}" for alias in (org.name, *org.aliases)]
            for form in forms:
                found |= self._alias_cs.get(form, set()) | self._alias_ci.get(form.lower(), set())
            office = role.role.split()[-1].lower()[:8]  # "president" -> "presiden": presidential, President
            for inst in self.actors.values():
                if inst.type != "institution" or inst.parent != org.actor_id:
                    continue
                names = [n.lower() for n in (inst.name, *inst.aliases)]
                if any(re.search(rf"\b{re.escape(noun)}\b", n) and office in n for n in names):
                    found.add(inst.actor_id)
        found = {f for f in found if self.actors[f].type != "person"}
        return found.pop() if len(found) == 1 else None

    def _coordination(self, text: str, date: str | None, ctx: list[_Ctx]) -> Resolution | None:
        """Several speakers joined by "and" (or "those in X, those in Y"): a group with a side only if all agree."""
        if text.lower().startswith("those ") and "," in text:
            parts = [p.strip() for p in text.split(",") if p.strip()]
        elif " and " in text and "," not in text.split(" and ", 1)[0]:
            parts = [p.strip() for p in text.split(" and ") if p.strip()]
            left = parts[0]
            if not (self._person_re.search(left) or self._alias_ci.get(_strip_determiner(left).lower())
                    or self._alias_cs.get(_strip_determiner(left))):
                return None
        else:
            return None
        if len(parts) < 2:
            return None
        sides = []
        for part in parts:
            part = re.sub(r"^(?:those|other|certain|some|several)\s+", "", part, flags=re.I)
            try:
                res = self._resolve(part, date, ctx)
            except AmbiguousMention:
                return Resolution(_canonical_text(text), None, None, "group", "unknown", 0.3)
            sides.append(res.side)
        side = sides[0] if sides[0] and all(s == sides[0] for s in sides) else None
        return Resolution(_canonical_text(text), None, side, "group", "unknown", 0.4 if side else 0.3)

    def _shared(self, ids: Sequence[str]) -> dict:
        """The side and type all of ``ids`` share (for an ambiguous mention: "one of four Russian deputies")."""
        sides = {self.actors[i].side for i in ids}
        types = {self.actors[i].type for i in ids}
        return {"side": sides.pop() if len(sides) == 1 else None, "type": types.pop() if len(types) == 1 else "unknown"}

    def _possessive_alias(self, text: str) -> set[str]:
        """"Russia's Foreign Ministry" -> the alias "Russian Foreign Ministry" or "Foreign Ministry of Russia"."""
        m = _POSSESSIVE.match(text)
        if not m or m.group(1).lower() not in self._qualifier:
            return set()
        org = self.actors[self._qualifier[m.group(1).lower()]]
        rest = m.group(2)
        forms = [f"{adj} {rest}" for adj in org.adjectives if not adj.endswith("'s")]
        forms += [f"{rest} of {alias}" for alias in (org.name, *org.aliases)]
        for form in forms:
            ids = self._alias_cs.get(form) or self._alias_ci.get(form.lower())
            if ids:
                return ids
        return set()

    def _pick(self, ids: list[str], date: str | None, ctx: list[_Ctx], method: str, conf: float,
              text: str, descriptor: str = "") -> Resolution:
        """One actor among ``ids``: the only one, else the one in context, else the one active on ``date``."""
        if len(ids) == 1:
            return self._from_actor(ids[0], method, conf, descriptor)
        in_ctx = [i for i in ids if any(c.res.actor_id == i for c in ctx)]
        if len(in_ctx) == 1:
            return self._from_actor(in_ctx[0], "surname" if method == "surname" else method, conf, descriptor)
        active = [i for i in ids if date and self.roles_of(i, date=date)]
        if len(active) == 1:
            return self._from_actor(active[0], method, conf - 0.1, descriptor)
        alone = [i for i in ids if self.actors[i].surname_alone]
        if method == "surname" and len(alone) == 1:
            return self._from_actor(alone[0], method, conf - 0.15, descriptor)
        raise AmbiguousMention(f"{text!r} fits several actors: {', '.join(ids)}", candidates=ids, **self._shared(ids))

    def _named_person(self, text: str, date: str | None, ctx: list[_Ctx]) -> Resolution | None:
        """A registry person named in ``text``: full name (given name checked) or bare surname."""
        best: Resolution | None = None
        if "," in text:  # apposition: the head is the part that names a person, the first such part
            parts = text.split(",")
            for i, part in enumerate(parts):
                if self._person_re.search(part):
                    rest = ", ".join(p.strip() for j, p in enumerate(parts) if j != i and p.strip())
                    head = self._named_person(part.strip(), date, ctx)
                    if head is not None and not head.descriptor and self._titles_in(rest):
                        head = replace(head, descriptor=_clean_descriptor(rest))
                    if head is not None:
                        return head
            return None
        for m in self._person_re.finditer(text):
            form = m.group(1)
            ids = self._surnames.get(form) or [a for a in self.actors if form in self.actors[a].aliases]
            before = _drop_middle_initial(text[: m.start()].rstrip())
            prev = before.split()[-1] if before.split() else ""
            prev2 = " ".join(before.split()[-2:])
            descriptor = before
            full = [i for i in ids if prev in self.actors[i].given_names or prev2 in self.actors[i].given_names
                    or form in self.actors[i].aliases]
            if full:
                cut = len(prev2) if prev2 in self.actors[full[0]].given_names else len(prev)
                descriptor = before[: len(before) - cut].strip() if form not in self.actors[full[0]].aliases else before
                res = self._pick(full, date, ctx, "alias", 0.95, text, _clean_descriptor(descriptor))
            elif prev and prev[:1].isupper() and prev.lower().rstrip(".") not in self._vocab | _FUNCTION_WORDS \
                    and not prev.endswith(("'s", "-")):
                continue  # "Mike Johnson" is not Boris Johnson: another given name precedes the surname
            else:
                # a registered person in context also answers to a surname that is not the last word of the
                # name ("Qin said" after "Qin Gang": family name first)
                in_ctx = [c for c in reversed(ctx) if c.res.type == "person" and (
                    c.res.name.split()[-1] == form or c.res.actor_id in ids)]
                if in_ctx:
                    res = replace(in_ctx[0].res, method="surname", confidence=min(in_ctx[0].res.confidence, 0.9),
                                  descriptor=_clean_descriptor(descriptor) or in_ctx[0].res.descriptor)
                else:
                    hon = prev.lower().rstrip(".") if prev.lower().rstrip(".") in _HONORIFICS else ""
                    if hon in _GIVEN_NAME_HONORIFICS:
                        continue  # "Sir Graham (Doe)", "Dame Ann": a knight's given name, no bare surname (round 18)
                    if hon and hon not in _RANK_HONORIFICS:  # "Mrs May", "Mr Hunt": a person, maybe the gender
                        want = _HONORIFIC_GENDER.get(hon)
                        usable = [i for i in ids if want is None or self.gender(i) in (None, want)]
                    else:
                        usable = [i for i in ids if self.actors[i].surname_alone
                                  or self._fits_title(i, descriptor, date)]
                    if not usable:
                        continue  # "Austin", "Burns": a bare common surname needs context or a matching title
                    res = self._pick(usable, date, ctx, "surname", 0.85, text, _clean_descriptor(descriptor))
            best = res  # the last (rightmost) name is the head of "X's adviser Y"
            if self._owned_name_re.match(text, m.end()):
                best = None  # ... also when Y is unregistered: "Griner's wife Cherelle" is not Griner (round 13)
        return best

    def _fits_title(self, actor_id: str, descriptor: str, date: str | None) -> bool:
        """Whether a title in ``descriptor`` ("Defense Secretary") names a role ``actor_id`` holds on ``date``."""
        keys = {t.key for _, _, t in self._titles_in(descriptor)}
        return bool(keys & {r.role for r in self.roles_of(actor_id, date=date)})

    def _role(self, text: str, date: str | None, ctx: list[_Ctx], orgs: list[str],
              article: str | None = None, *, by_phrase: bool = True) -> Resolution | None:
        titles = self._titles_in(text)
        if not titles:
            return None
        if text.split()[0].lower() in _FIRST_PERSON:
            return None  # "our President": depends on who speaks, which only the quote knows
        if text.split()[0].lower() in _INDEFINITE:
            return None  # "a U.S. official", "an aide": someone not named, not the president mentioned before
        _, _, title = min(titles, key=lambda t: (t[0], -(t[1] - t[0])))  # the head: leftmost, longest
        post = re.match(r"^(?:the\s+)?(.+?)\s+(?:of|for)\s+(?:the\s+)?(.+)$", text, re.I)
        if post:  # "the spokesperson of the Russian Foreign Ministry" is "the Foreign Ministry spokesperson"
            alt = f"{post.group(2)} {post.group(1)}"
            longer = [t for s0, e0, t in self._titles_in(alt) if e0 == len(alt) and len(t.phrase) > len(title.phrase)]
            if longer and longer[0].role:
                title = max(longer, key=lambda t: len(t.phrase))
        key = title.key
        words = {w.lower().strip("-") for w in re.split(r"[\s-]+", text)}
        past = bool(words & _PAST_MARKERS)
        org_side = self._side_of(orgs) if orgs else None
        descriptor = _clean_descriptor(_strip_determiner(text))
        # role in context: persons whose roles/descriptors answer the noun, matching the qualifier's side
        candidates: dict[str, _Ctx] = {}
        strength: dict[str, int] = {}  # 2: the article's own description fits the noun; 1: registry knowledge only
        # "the envoy" (role key "special envoy") also fits an earlier ambassador; never when looking ahead (round 12)
        wanted = {key, title.phrase} if by_phrase else {key}
        for c in ctx:
            if c.res.type != "person":
                continue
            if not wanted & self._answers(c.res, date if not past else None):
                continue
            if past and c.res.actor_id and wanted & self._office_keys(c.res.actor_id, date):
                continue  # "the former president" is not the one in office on the article's date
            if orgs and c.res.side != org_side and not (self._orgs_of(c.res, date) & set(orgs)):
                continue
            ident = c.res.actor_id or c.res.name
            candidates[ident] = c  # later mentions overwrite: most recent kept
            strength[ident] = max(strength.get(ident, 0), 2 if wanted & self._described_as(c.res) else 1)
        if candidates:
            top = max(strength.values())
            ordered = sorted((c for i, c in candidates.items() if strength[i] == top), key=lambda c: c.index)
            winner = ordered[-1]
            if len(ordered) > 1:
                runner = ordered[-2]
                if winner.start is not None and runner.end is not None and runner.end <= winner.start:
                    if article is not None:  # mentioned in the same sentence
                        together = not _SENTENCE_BREAK.search(article[runner.end:winner.start])
                    else:
                        together = winner.start - runner.end < _CONTEXT_GAP
                elif winner.start is None and runner.start is None and not any(c.start is not None for c in ctx):
                    together = winner.index - runner.index == 1  # consecutive context items: "Lavrov met Kuleba"
                else:
                    together = False  # one of them has no offsets in a context that has some: cannot tell
                if together:
                    sides = {runner.res.side, winner.res.side}
                    raise AmbiguousMention(f"{text!r} fits {runner.res.name} and {winner.res.name} in context",
                                           side=sides.pop() if len(sides) == 1 else None, type="person")
            return replace(winner.res, method="role-in-context", confidence=min(winner.res.confidence, 0.8))
        # role by date: needs a dated role, its org, and the present tense ("then-", "former" ask for the past)
        if title.role and orgs and not past:
            holders: list[str] = []
            for org in dict.fromkeys(orgs):
                for org_id in (org, self.actors[org].parent):
                    if org_id:
                        holders += [h for h in self.holders(title.role, org=org_id, date=date) if h not in holders]
                if holders:
                    break
            if len(holders) == 1:
                conf = 0.75 if date else 0.6
                return self._from_actor(holders[0], "role-by-date", conf, descriptor)
            if len(holders) > 1:
                raise AmbiguousMention(f"{text!r} on {date or 'an unknown date'} fits {', '.join(holders)}",
                                       candidates=holders, **self._shared(holders))
        return None

    # ------------------------------------------------------------------ mentions in running text
    def find_mentions(self, text: str, *, date: str | None = None, exclude: Sequence[tuple[int, int]] = (),
                      unknown_names: bool = True) -> list[Mention]:
        """All actor mentions in ``text`` with offsets, in text order: registry persons with the descriptor before
        the name ("Deputy Foreign Minister Sergey Ryabkov"), role nouns ("the Russian leader"), institutions and
        states, and (``unknown_names``) unregistered people introduced with a title or an apposition
        ("Vladimir Vinokurov, professor at ..."). Each is resolved against the mentions before it; ambiguous
        ones get ``method="ambiguous"``. Spans overlapping ``exclude`` (e.g. quote contents) are skipped."""
        date = _check_date(date)
        spans: list[tuple[int, int, int]] = []  # (start, end, priority)
        for m in self._person_re.finditer(text):
            start = self._given_start(text, m.start(), m.group(1))
            if start is None:
                continue  # another given name precedes the surname: not this registry person
            name_start = start
            start = self._extend_left(text, start)
            descriptor = text[start:name_start].translate(_QUOTES).strip()
            if not self._titles_in(descriptor) and not descriptor.endswith("'s"):
                hon = _HONORIFIC_BEFORE.search(text[max(0, name_start - 8):name_start])
                start = name_start - len(hon.group(0)) if hon else name_start  # keep "Mrs" of "Mrs May"
            if start < name_start and self._relation_re.match(text[start:name_start] + "X") and \
                    self._relational(normalise(text[start:m.end()]), date, []) is not None:
                start = name_start  # "a spokesman for Zelensky": the mention of Zelensky is the name itself
            start = self._apposition_before(text, start)
            after = _AFTER_NAME.match(text, m.end())
            if after and after.group(1) in _ORG_NOUNS | {"administration", "regime", "camp", "team", "cabinet"}:
                continue  # "the Biden administration", "Zelensky's office": not the person speaking
            spans.append((start, m.end(), 0))
        low = text.lower() if not _CASE_UNSAFE.search(text) else None  # for the case-insensitive scans
        if low is not None and len(low) != len(text):
            low = None
        title_matches = _lowered_scan(self._title_re, self._title_low_re, text, low)  # one scan for two uses
        if unknown_names:
            spans += self._unknown_names(text, title_matches)
        for m in title_matches:
            start = self._extend_left(text, m.start(), allow_names=False)
            end = self._extend_right_of(text, m.end())
            first = text[start:end].split()[0].translate(_QUOTES)
            if first.lower() not in {"the", "this", "that"} and first.lower() not in self._qualifier:
                continue  # "as President", "President's Office": no determiner, no actor reference
            if not self.titles[m.group(1).lower()].role and first.lower() not in {"the", "this", "that"}:
                continue  # class nouns are adjectives too: "Russia's official news agency"
            if _AFTER_TITLE_ORG.match(text, end):
                continue
            spans.append((start, end, 2))
        for matches in (self._alias_cs_re.finditer(text), _lowered_scan(self._alias_ci_re, self._alias_low_re, text,
                                                                         low)):
            for m in matches:
                if m.group().rsplit(None, 1)[-1].lower() in _ATTRIBUTIVE_UNITS and _modifies_next(text, m.end()):
                    continue  # "Russian military aid", "the Ukrainian army chief": a modifier, not the army
                spans.append((m.start(), m.end(), 3))
        chosen: list[tuple[int, int, int]] = []
        taken = bytearray(len(text) + 1)  # characters already covered by a chosen span or excluded
        for s, e in exclude:
            taken[max(0, s):max(0, e)] = b"\x01" * (max(0, e) - max(0, s))
        for start, end, prio in sorted(spans, key=lambda s: (s[2], s[0], -(s[1] - s[0]))):
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, prio))
        chosen.sort()
        mentions: list[Mention] = []
        ctx: list[_Ctx] = []  # the same mentions as resolution context, built incrementally
        known_unknown: set[str] = set()
        blocked_until = -1
        for start, end, prio in chosen:
            surface = text[start:end]
            if start < blocked_until or self._skip_role_mention(text, start, end):
                continue
            apposition = self._apposition(text, end) if prio <= 1 else ""
            if apposition:
                blocked_until = _SPACES.match(text, end).end() + len(apposition) + 1
            res = self._resolve_safely(surface + apposition, date, ctx, text)
            if prio == 0 and res.actor_id is None and res.method != "surname":
                continue  # a registry surname that is not that person here ("Austin is a city")
            if res.method in ("unknown", "ambiguous") and self._titles_in(surface) and not self._person_re.search(
                    surface) and not (res.type == "person" and res.name[:1].isupper() and res.name in surface
                                      and (res.name != _canonical_text(surface)  # "Rep. Jane Doe": a name (round 12)
                                           or surface.split()[0].lower().rstrip(".") in _TITLE_HONORIFICS)):
                continue  # a role noun nothing resolves ("the minister", "Deputy Chairman of the ... Committee")
            if res.method == "unknown" and res.type not in ("person", "group"):
                continue
            if res.method == "unknown" and res.type == "person" and res.name.count(" ") >= 1 and res.name[0].isupper():
                known_unknown.add(res.name.split()[-1])
            if res.method == "unknown" and not res.side and res.type != "person":
                continue
            if res.method == "unknown" and res.type == "person" and not res.name[:1].isupper():
                continue  # a bare role noun with nothing to resolve it ("the minister"): not an actor mention
            mentions.append(Mention(start, end, surface, res))
            ctx.append(_Ctx(res, start, end, len(ctx)))
        if known_unknown:  # later bare surnames of unregistered people ("Vinokurov said")
            rx = re.compile("(" + _alternation(known_unknown, not_after=r"[\w-]") + r")(?![\w-])")
            taken = [(m.start, m.end) for m in mentions]
            for m in rx.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in [*taken, *exclude]):
                    continue
                context = [x for x in mentions if x.end <= m.start()]
                res = self.resolve(m.group(1), date=date, context=context, strict=False, text=text)
                if res.method == "surname":
                    mentions.append(Mention(m.start(), m.end(), m.group(1), res))
            mentions.sort(key=lambda x: x.start)
        return mentions

    def _apposition_before(self, text: str, start: int) -> int:
        """Start of "the coordinator of the US National Security Council ..., " before a name at ``start``."""
        m = _APPOSITION_BEFORE.search(text[max(0, start - 130):start])
        if not m or not self._titles_in(m.group(1)) or self._person_re.search(m.group(1)):
            return start
        return start - (len(text[max(0, start - 130):start]) - m.start(1))

    def _apposition(self, text: str, end: int) -> str:
        """", Deputy Chairman of the State Duma Committee" right after a name: its description, for context."""
        m = _APPOSITION_AFTER.match(text, end)
        if not m or not self._titles_in(m.group(1)):
            return ""
        tail = m.group(1).strip()
        first = tail.split()[0]
        if not (first[:1].isupper() or first.lower() in {"a", "an", "the"} or self._title_re.match(tail)):
            return ""
        return ", " + tail

    def _skip_role_mention(self, text: str, start: int, end: int) -> bool:
        """A role noun used generically ("a deputy minister", "foreign ministers") is no actor mention."""
        surface = text[start:end]
        if not self._titles_in(surface) or self._person_re.search(surface):
            return False
        first = surface.split()[0].lower()
        return first in {"a", "an"} or surface.lower().endswith("s") and not surface.lower().endswith(("ss", "'s"))

    def _given_start(self, text: str, pos: int, form: str) -> int | None:
        """Start of the full name whose surname starts at ``pos`` (the given names of the registry persons with
        that surname), ``pos`` for a bare surname, None when an unknown capitalised given name precedes it."""
        ids = self._surnames.get(form)
        if not ids:
            return pos
        m = _NAMES_BEFORE.search(text[max(0, pos - 40):pos])
        if not m:
            return pos
        givens = {g for i in ids for g in self.actors[i].given_names}
        if m.group(2) and _INITIAL.fullmatch(m.group(2)) and m.group(1) in givens:
            return pos - len(m.group(0))  # "John F Kirby": a middle initial between given name and surname
        two = f"{m.group(1)} {m.group(2)}" if m.group(2) else None
        if two and two in givens:
            return pos - len(m.group(0))
        last = m.group(2) or m.group(1)
        if last in givens:
            return pos - (len(m.group(0)) - (m.start(2) - m.start(0) if m.group(2) else 0))
        word = _strip_possessive(last.translate(_QUOTES)).lower().strip(".")
        if (word in self._vocab or word in self._qualifier or word in _MONTHS or word in _FUNCTION_WORDS
                or last.endswith(("'s", "’s"))):
            return pos
        return None

    def _extend_left(self, text: str, pos: int, *, allow_names: bool = True) -> int:
        """Start of the descriptor before ``pos``: titles, qualifiers, modifiers ("then-UK prime minister")."""
        start = pos
        i = pos
        while True:
            m = _WORD_BEFORE.search(text[max(0, i - 60):i])
            if not m:
                break
            word = m.group(1)
            if word.lower() in _DETERMINERS - {"the", "a", "an"}:
                break
            if word.endswith(".") and word.count(".") == 1 and word.lower().rstrip(".") not in _HONORIFICS:
                break  # the end of the previous sentence ("Moscow. Kremlin. Putin")
            w = _strip_possessive(word.translate(_QUOTES)).lower().strip(".")
            parts = [p for p in w.split("-") if p]
            ok = bool(parts) and all(p in self._vocab or p in self._qualifier for p in parts)
            if not ok and allow_names and word[:1].isupper() and len(word) > 1 and word.lower() not in _MONTHS:
                ok = w in self._qualifier or (w in self._vocab)
            if not ok:
                break
            i = i - len(m.group(0))
            if w not in {"of", "the", "and", "for", "on", "at", "in", "a", "an"}:
                start = i
            elif w in {"the", "a", "an"}:
                start = i
                prev = _NONSPACE_BEFORE.search(text[max(0, i - 20):i])
                if not (prev and prev.group(1).lower() == "of"):
                    break
        # never start with "of"/"and"
        return start

    def _extend_right_of(self, text: str, pos: int) -> int:
        """Extend "press secretary" over "of the President of the Russian Federation"."""
        m = _OF_TAIL.match(text, pos)
        if not m:
            return pos
        chunk = m.group(0)
        chunk = _OF_THE_END.sub("", chunk)
        return pos + len(chunk)

    def _unknown_names(self, text: str, title_matches: Sequence[re.Match]) -> list[tuple[int, int, int]]:
        """Unregistered "Firstname Lastname" introduced by a title before it (``title_matches``: the caller's scan of
        ``self._title_re`` over ``text``) or an apposition after it."""
        out = []
        for m in re.finditer(r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]+(?:[- ][A-ZÀ-Þ][a-zà-ÿ]+){1,2})(?=\s*,\s*([^,.;]{3,90}))", text):
            name = m.group(1)
            if any(w.lower() in self._vocab or w.lower() in _MONTHS for w in name.split()):
                continue
            if self._person_re.search(name):
                continue
            tail = m.group(2)
            if self._titles_in(tail) and (tail[:1].isupper() or tail.split()[0].lower() in {"a", "an", "the"}
                                          or self._title_re.match(tail)):
                out.append((m.start(1), m.end(1), 1))
        for m in title_matches:
            # "Rep. Jane Doe" (capitalised: a lowercase "rep." may end a sentence)
            dot = (m.group(1)[:1].isupper() and m.group(1).lower() in _TITLE_HONORIFICS
                   and text[m.end():m.end() + 1] == ".")
            n = _NAME_AFTER_TITLE.match(text, m.end() + 1 if dot else m.end())
            if n and " " not in n.group(1) and not n.group(0).startswith(","):
                continue  # "President Smith" alone is too weak; "Minister John Smith" or ", Lord Frost" is not
            if n and not self._person_re.search(n.group(1)) and not any(
                    w.lower() in self._vocab or w.lower() in _MONTHS for w in n.group(1).split()):
                start = self._extend_left(text, m.start())
                out.append((start, n.end(), 1))
        return out


def _contextualise(context: Sequence[Resolution | Mention]) -> list[_Ctx]:
    """Context items in reading order (see ``Registry.resolve`` on mixed contexts)."""
    new = tuple.__new__  # (skips the named tuple's Python-level constructor, as the quote engine's tokens do)
    items = [new(_Ctx, (c.resolution, c.start, c.end, i)) if isinstance(c, Mention) else new(_Ctx, (c, None, None, i))
             for i, c in enumerate(context)]
    placed = [c for c in items if c.start is not None]
    plain = [c for c in items if c.start is None]
    if not placed or not plain:
        return items
    known = {c.res.actor_id or c.res.name for c in placed}
    # a dropped plain resolution keeps its description ("its ambassador to the UK Jane Doe" read as a speaker
    # while the mention scan saw only "UK Jane Doe"): the mentions of that actor carry it on (round 10)
    described: dict[str, list[str]] = {}
    for c in plain:
        key = c.res.actor_id or c.res.name
        if key in known and c.res.descriptor and c.res.descriptor not in described.setdefault(key, []):
            described[key].append(c.res.descriptor)
    if described:
        placed = [c._replace(res=replace(c.res, descriptor=", ".join(
            [d for d in (c.res.descriptor,) if d] + [d for d in described[k] if d != c.res.descriptor])))
            if (k := c.res.actor_id or c.res.name) in described else c for c in placed]
    plain = [c for c in plain if (c.res.actor_id or c.res.name) not in known]
    placed.sort(key=lambda c: (c.start or 0, c.end or 0))
    return [new(_Ctx, (c.res, c.start, c.end, i)) for i, c in enumerate(plain + placed)]


def _definite_unit(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The organisation noun and its modifiers of a definite "the ministry" / "the defense ministry" / "the Russian
    military" (at most two modifiers), else None (indefinite or plural nouns, "the new government")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "this") \
            or words[-1].lower() not in DEFINITE_UNIT_NOUNS:
        return None
    mods = tuple(words[1:-1])
    if any(not w.replace("-", "").isalpha() or w.lower() in _UNIT_NEW for w in mods):
        return None
    return words[-1].lower(), mods


def _unit_names_before(article: str, noun: str, pos: int) -> list[tuple[str, int]]:
    """The capitalised names in the ``_NAMED_UNIT_WINDOW`` characters before ``pos`` whose head is ``noun``
    capitalised ("Investigative Committee", "Ministry of Foreign Affairs"), without an opening "The", each with
    where it ends, in text order. A name needs a capitalised word besides its head and an opening "The"; a head
    followed by another capitalised word is inside a longer phrase ("Ministry Spokesman Ann Lee") and not taken."""
    cap = noun.capitalize()
    lo = max(0, pos - _NAMED_UNIT_WINDOW)
    if article.find(cap, lo, pos) < 0:
        return []  # every name holds the head (round 17 speed)
    out = []
    for m in _named_unit_pattern(cap).finditer(article, lo, pos):
        left = m.group(1).split()
        while left and left[0].lower() in _NAMED_UNIT_LINKS:
            left = left[1:]
        rest = m.group(2).split()
        if left or rest:
            out.append((" ".join(left + [cap] + rest), m.end()))
    return out


@lru_cache(maxsize=64)
def _named_unit_pattern(cap: str) -> re.Pattern[str]:
    """``_unit_names_before``'s pattern for the capitalised head ``cap``."""
    return re.compile(rf"((?:(?!{cap}\b)[A-Z](?:[\w'’&-]|\.(?=\w))*\s+)(?:(?!{cap}\b){_NAMED_UNIT_WORD}\s+){{0,5}})"
                      rf"{cap}\b"
                      rf"((?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w'’-]*)+)?)(?!\s+[A-Z])")


def _unit_words(text: str) -> set[str]:
    """The lowercase words of an organisation's name, British and American spellings merged."""
    return {_SPELLING.get(w, w) for w in _strip_possessive(text.lower()).replace("-", " ").replace("'s", "").split()}


def _before_full_stop(phrase: str) -> str:
    """A capitalised phrase cut after a word that ends a sentence ("War. The" -> "War"; "U.S." is no end)."""
    words = phrase.split()
    for i, w in enumerate(words[:-1]):
        if w.endswith(".") and any(ch.islower() for ch in w):
            return " ".join(words[:i + 1]).rstrip(".")
    return phrase


def _modifies_next(article: str, end: int) -> bool:
    """"the Russian military operation", "army units": the lowercase word after an attributive noun ending at
    ``end`` is a noun it modifies — no function word, preposition, auxiliary or -ed/-ly word, and no word read as
    a verb by what follows it: a determiner or a name ("the army took the port", "the navy shelled Odesa"), a
    number ("the army lost 500 men") or "to" before a lowercase non-determiner ("the army continues to shell").
    "aid to Kyiv", "aid to the port" stay nouns; a verb before a bare noun or a preposition ("claims victory",
    "retreats from") is not told from a noun ("military aid from", "military operation in") and counts as one."""
    m = _NEXT_TWO_WORDS.match(article, end)
    if m is None:
        return False
    word, after, third = m.group(1), m.group(2) or "", m.group(3) or ""
    infinitive = after == "to" and third[:1].islower() and third.lower() not in _OBJECT_STARTS
    return word not in _NOT_NOUNS and not word.endswith(("ed", "ly")) and after.lower() not in _OBJECT_STARTS \
        and not after[:1].isupper() and not after[:1].isdigit() and not infinitive


@lru_cache(maxsize=64)
def _unit_pattern(noun: str) -> re.Pattern[str]:
    """Unregistered organisations headed by ``noun`` in running text: capitalised words before it ("BCP Council",
    "Ukraine's Defence Ministry", "the German government"), a capitalised noun with an of/for complement ("the
    Institute for the Study of War"), or the noun right before a name ("consultancy firm Harbour Insight")."""
    cap = r"[A-Z][\w'’.&-]*"
    place = r"(?!(?:" + "|".join(m.capitalize() for m in sorted(_MONTHS)) + r")\b)" + cap  # no "on Monday"
    head = f"(?:{noun[0].upper()}|{noun[0]}){re.escape(noun[1:])}"
    firm = "|".join(w for w in _FIRM_WORDS if w != noun) if noun in ("company", "firm") else "(?!)"
    before = f"(?:{head},?|(?P<firm>{firm}))"  # "energy giant Gazprom" for "the company", never "giant, Jo Roe"
    return re.compile(
        rf"(?<![\w'’-]){before}\s+(?P<name>{cap}(?:\s+{cap}){{0,3}})"
        rf"|(?<![\w'’-])(?P<pre>(?:{cap}\s+){{0,4}})(?P<noun>{head})(?![\w-])"
        rf"(?P<tail>\s+(?:of|for|on{'|in|at' if noun in _POSTS else ''})\s+(?:the\s+)?{place}"
        rf"(?:(?:\s+(?:of|the|and|for|on))*\s+{place})*)?")


def _unit_head(text: str) -> str:
    """The head noun of a noun phrase that may carry a complement: "State Duma Committee on International
    Affairs" -> "committee", "Second CIS (Commonwealth of Independent States) Department" -> "department"."""
    words = _PARENTHETICAL.sub("", text).split()
    for i, w in enumerate(words):
        if i and w.lower() in {"of", "on", "for", "at", "in"}:
            words = words[:i]
            break
    return _strip_possessive(words[-1].lower()) if words else ""


# initials that transliterations of one given name share (Oleksandr/Alexander, Yevgeny/Evgeny, Iurii/Yuri)
_INITIAL_CLASS = str.maketrans({"o": "a", "y": "e", "i": "e", "j": "e"})
# capitalised titles and abbreviations that _split_name keeps inside a name ("Colonel Smith", "Gov Smith")
_NAME_TITLES = {"colonel", "governor", "baroness", "baron", "father", "judge", "archbishop", "bishop", "madam",
                "rev", "reverend", "major", "captain", "sergeant", "lieutenant", "corporal", "admiral", "commander",
                "sheriff", "justice", "king", "queen", "prince", "princess", "pope", "patriarch", "professor",
                "pres", "gov", "adm", "maj", "lt", "sgt", "cpl"}
_GIVEN_NAME = re.compile(r"^[A-Z][a-z]{2,}$")


def _same_given_name(name: str, other: str, *, vocab: set[str], variants: Sequence[str] = ()) -> bool:
    """Whether the unregistered ``name`` may be the context person ``other``: False only for "Given Surname" whose
    given name is no title, no word of ``other`` and, when ``other`` is registered with given-name ``variants``,
    shares the first three letters with none of them ("James Biden" is not Joe Biden, "Oleskiy Reznikov" is him);
    for an unregistered ``other``, one that starts differently even across transliteration ("Cherelle Griner" is
    not "Brittney Griner"; "Serhiy" may be "Sergiy"; round 13)."""
    words, known = name.split(), other.split()
    if len(words) != 2 or len(known) < 2 or not _GIVEN_NAME.match(words[0]) or words[0] in known:
        return True
    first = words[0].lower()
    if first in _NAME_TITLES or first in vocab or first in _FUNCTION_WORDS:
        return True
    if variants:  # a variant, or a misspelling of one sharing its first three letters ("Oleskiy", "Jen")
        return any(first[:3] == v.split()[0].lower()[:3] for v in variants)
    return first[:1].translate(_INITIAL_CLASS) == known[0][:1].lower().translate(_INITIAL_CLASS)


def _drop_middle_initial(before: str) -> str:
    """The words before a surname without a trailing middle initial ("John F." -> "John"); a lone initial stays."""
    return _MIDDLE_INITIAL_END.sub("", before)


def _ministry_of(role: str) -> str:
    """The ministry a minister's role heads: "defence minister" -> "Defence Ministry", "minister of health" ->
    "Ministry of Health" (any other role: "Ministry")."""
    m = _MINISTER_TITLE.fullmatch(role)
    if m is None:
        return "Ministry"
    return f"{m.group(2).title()} Ministry" if m.group(2) else f"Ministry of {m.group(1).title()}"


def _sending_part(text: str) -> str:
    """``text`` up to a diplomatic post noun followed by its host place ("the US embassy in Kyiv" -> "the US
    embassy"), whole when there is none: the words whose state qualifiers give the mention's side."""
    m = _HOST_PLACE.search(text)
    return text[:m.start("host")] if m else text


def _undotted(key: str) -> str:
    """"I.C.R.C." -> "ICRC": dotted initials without their full stops; any other text unchanged."""
    return key.replace(".", "") if _DOTTED_INITIALS.fullmatch(key.rstrip(".") + ".") else key


@lru_cache(maxsize=1 << 13)  # four calls in five repeat a mention (round 19)
def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _LEADING_DROP:
        words = words[1:]
    return " ".join(words)


def _clean_descriptor(text: str) -> str:
    text = text.strip(" ,;:-")
    if text.lower().rstrip(".") in _TITLE_HONORIFICS:
        return text  # "Rep." alone before a name: its only description (round 12)
    return _strip_determiner(text)


def _canonical_text(text: str) -> str:
    """The mention without leading articles, honorifics and trailing punctuation ("a Russian official" ->
    "Russian official")."""
    words = text.strip(" ,.;:\"'").split()
    while words and words[0].lower() in _ARTICLE_DROP:
        words = words[1:]
    return _strip_possessive(" ".join(words)).strip()


_NAME_WORD_TRIM = "\"'.()"


def _is_name_word(word: str, vocab: set[str]) -> bool:
    """A capitalised word that can be part of an unregistered person's name: no title or qualifier from
    ``vocab``, month, organisation noun or possessive (quotes, brackets and full stops around it ignored)."""
    core = word.strip(_NAME_WORD_TRIM)
    low = core.lower()
    return (core[:1].isupper() and low not in vocab and low not in _MONTHS and low not in _ORG_NOUNS
            and not core.endswith(("'s", "’s")))


_AFFILIATION_PREPS = frozenset({"at", "of", "from", "with"})
_OBJECT_PREPS = frozenset({"of", "in", "at", "from", "for", "near"})  # "the mayor of <town>" (round 18)
# round 18: nouns whose "of/from <Name>" names their source, so the name stays the speaker ("footage of <Name>",
# "a report from <Agency>", "data from <Firm>"), unlike "the mayor of <Town>"
_SOURCE_NOUNS = frozenset("""footage video videos clip report reports statement statements data photo photos image
images picture pictures poll polls survey surveys study analysis research figures estimate estimates interview
comments remarks words message messages letter post posts tweet tweets speech account documents document records
record support recording recordings transcript quote quotes article articles listing drawings forecast forecasts
exit number numbers percent percentage majority share proportion""".split())


def _name_before_affiliation(words: Sequence[str], vocab: set[str]) -> int:
    """Length of a two- to four-word name opening ``words`` right before at/of/from/with and a capitalised or
    'the' phrase ("Jon Doe at the Center for Port Studies", "Ann Lee of Harbour Watch"); 0 when there is none
    (titles, organisation nouns and possessives are no names: "Secretary of State …", "Bank of …")."""
    for n in range(2, min(5, len(words) - 1)):
        if words[n].lower() not in _AFFILIATION_PREPS:
            continue
        nxt = words[n + 1]
        if not (nxt.lower() == "the" or nxt[:1].isupper()):
            return 0
        return n if all(_is_name_word(w, vocab) for w in words[:n]) else 0
    return 0


def _titles_name(word: str, vocab: set[str]) -> bool:
    """Can ``word`` come right before a person's name: a title or honorific ("Sen.", "Mr", "President"), a
    possessive ("the BBC's") or a lowercase word ("a letter from"), but no article ("the", "a")?"""
    low = word.lower().rstrip(".")
    if low in _LEADING_DROP and low not in _HONORIFICS:
        return False
    return low in vocab or word.endswith(("'s", "’s")) or word[:1].islower()


def _split_name(text: str, vocab: set[str], *, object_of: list[str] | None = None) -> tuple[str, str]:
    """(proper name, descriptor) of a mention with an unregistered name, or ("", text) when there is no name.

    A name is a run of capitalised words that are not titles, qualifiers or honorifics: "the head of ...
    Department, Aleksey Polishchuk" -> ("Aleksey Polishchuk", "the head of ... Department"). Capitalised words
    after a preposition are no name ("the mayor of Lutsk": round 18); they go to ``object_of`` when given."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for i, part in enumerate(parts if len(parts) > 1 else [text]):
        words = part.split()
        lead = _name_before_affiliation(words, vocab)
        if lead:  # "Jon Doe at the Center for Port Studies": the name, not the organisation's last word
            rest = [p for j, p in enumerate(parts) if j != i] if len(parts) > 1 else []
            return " ".join(words[:lead]), _clean_descriptor(", ".join([" ".join(words[lead:]), *rest]))
        run: list[str] = []
        for w in reversed(words):
            if not _is_name_word(w, vocab):
                break
            run.insert(0, w.strip(_NAME_WORD_TRIM))
        if run and (len(run) >= 2 or len(words) == 1 or len(run) == 1 and len(words) > 1):
            if len(run) == 1 and len(words) > 1 and words[-2].lower() in {"the", "a", "an"}:
                continue  # "the Diplomat" is a noun phrase, not a name
            before = words[: len(words) - len(run)]
            if before and len(run) <= 2 and before[-1].lower() in {"of", "for", "on", "and"} and any(
                    w[:1].isupper() and w.lower().strip("\"'.()") in _ORG_NOUNS for w in before):
                continue  # "the University of Ottawa", "the Institute for the Study of War": an organisation's name
            if len(before) >= 2 and before[-1].lower() in _OBJECT_PREPS \
                    and before[-2].lower().strip(_NAME_WORD_TRIM) not in _SOURCE_NOUNS:
                # "the mayor of Lutsk", "Rep. Jane Doe of Ohio" (round 18): the capitalised words after a preposition
                # are its object, a place or body; the name, if any, comes before the preposition
                head, _ = _split_name(" ".join(before[:-1]), vocab)
                lead = before[:-1][:-len(head.split())] if head else []
                if len(head.split()) >= 2 and lead and _titles_name(lead[-1], vocab):
                    # "Sen. Jane Doe of Ohio", "the BBC's Jane Doe in Kyiv": a full name, not "the Harbour School of
                    # Economics" (an article before it: a body's name)
                    return head, _clean_descriptor(" ".join(part.replace(head, "", 1).split()))
                if object_of is not None:
                    object_of.append(" ".join(run))
                continue
            rest = [p for j, p in enumerate(parts) if j != i] if len(parts) > 1 else [" ".join(before)]
            return " ".join(run), _clean_descriptor(", ".join(r for r in rest if r))
    return "", text


@lru_cache(maxsize=4)
def _load(actors_path: str, roles_path: str, titles_path: str, relations_path: str = "") -> Registry:
    def rows(path: str) -> list[dict[str, str]]:
        with open(path, encoding="utf-8", newline="") as fh:
            return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]

    actors = []
    for row in rows(actors_path):
        if not row["name"]:
            continue
        if row["side"] not in SIDES or row["type"] not in TYPES:
            raise ValueError(f"actors.csv: bad side/type in row {row['actor_id']!r}")
        actors.append(Actor(row["actor_id"], row["name"], row["type"], row["side"], row["parent"],
                            _split(row["given_names"]), _split(row["surnames"]), row["surname_alone"] == "yes",
                            _split(row["aliases"]), _split(row["adjectives"]), _split(row["descriptors"]),
                            row.get("gender", "")))
        if actors[-1].gender not in ("", *GENDERS):
            raise ValueError(f"actors.csv: bad gender in row {row['actor_id']!r} (f, m or blank)")
    ids = [a.actor_id for a in actors]
    if len(ids) != len(set(ids)):
        raise ValueError("actors.csv: duplicate actor_id")
    roles = [Role(r["role"], r["org"], r["actor_id"], r["start"], r["end"]) for r in rows(roles_path)]
    titles = [Title(r["phrase"], r["role"], _split(r["classes"])) for r in rows(titles_path)]
    relations = []
    if Path(relations_path).exists():
        for r in rows(relations_path):
            if r["kind"] not in TYPES or r["takes_side"] not in ("yes", "no"):
                raise ValueError(f"relation_nouns.csv: bad kind/takes_side in row {r['noun']!r}")
            relations.append(Relation(r["noun"], _split(r["forms"]), r["relation"], r["kind"], r["takes_side"] == "yes"))
    return Registry(actors, roles, titles, relations)


def load_registry(path: str | None = None) -> Registry:
    """Load the registry from ``data/reference/actors.csv`` (or ``path``); the roles and titles tables are read
    from the same folder (``actor_roles.csv``, ``role_titles.csv``, ``relation_nouns.csv`` when present). Cached per
    path."""
    actors = Path(path) if path else REFERENCE / "actors.csv"
    folder = actors.parent
    return _load(str(actors), str(folder / "actor_roles.csv"), str(folder / "role_titles.csv"),
                 str(folder / "relation_nouns.csv"))
