"""Negotiation positions as coded, dated events.

A position is one actor's stated stance on talks (``READY_TO_TALK``, ``PROPOSE``, ``URGE_TALKS``,
``SET_CONDITION``, ``REJECT``, ``BLAME``) or a reported state of the talks (``TALKS_HELD``, ``TALKS_STALLED``),
found by the indicator cues of ``data/reference/position_codes.csv`` in the study's statements
(``peacetalks.statements``: attributed quotes and narration sentences), with:

- the **actor**: the quote's speaker, or for narration the grammatical subject of the cue's clause resolved
  through the actor registry ("Moscow has rejected …" -> Russia);
- the **issue** (``data/reference/position_issues.csv``) and a **target** (the other party named);
- the **event date**: the temporal expression of the cue's clause, else of its sentence, else of the quote's
  attribution ("…," Naryshkin told Tass on Tuesday), resolved by ``peacetalks.timex`` against the publication
  date; only failing all three the publication date itself, marked ``date_basis = "publication"``; an undated
  article gives ``date_precision = "unknown"`` and an empty date, never a guess.

Articles outside the Russia–Ukraine war give nothing (scope gate), and so do sentences about other conflicts.
``group_events`` merges the reports of one position (same voice, code, issue, event date) into events; an
institution and its spokesperson are one voice (``voice_of``: the Kremlin and Dmitry Peskov).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import pandas as pd

from peacetalks.records import Quote, actor_speaker
from peacetalks.statements import quote_cover, statements
from peacetalks.tables import is_missing, quotes_by_article, read_reference
from peacetalks.text import Span, paragraphs, sentences

CODES = ("READY_TO_TALK", "PROPOSE", "URGE_TALKS", "SET_CONDITION", "REJECT", "BLAME", "TALKS_HELD",
         "TALKS_STALLED")
ISSUES = ("TERRITORY", "WITHDRAWAL", "NEUTRALITY_NATO", "CEASEFIRE", "SECURITY_GUARANTEES", "SANCTIONS",
          "REPARATIONS", "ACCOUNTABILITY", "LEADER_MEETING", "HUMANITARIAN", "OTHER")
TALKS_CODES = ("TALKS_HELD", "TALKS_STALLED")  # reported states of the talks; the others are stances
PRECISIONS = ("day", "week", "month", "year", "unknown")
CLI_KEYS = ("article_id", "actor", "side", "code", "target", "issue", "event_date", "date_precision",
            "evidence_start", "evidence_end")

# regex plumbing for the codebook (not knowledge): up to three words between a cue verb and its object
_GAP = r"(?:\W+[\w'’-]+){0,3}?\W+"
_NEGATORS = {"not", "never", "no", "nor", "neither", "cannot", "hardly", "nobody", "none", "noone"}
_PRIVATIVE = {"without", "no"}
_OBJECT_PREPS = {"with", "to", "from", "against", "on", "of", "for", "by", "between", "at", "in", "toward",
                 "towards", "about", "than", "into", "among", "including", "via", "over", "under", "behind", "without",
                 "like", "unlike", "despite", "after", "before", "during", "through", "across", "beyond", "per",
                 "upon", "within", "as"}
_CLAUSE_BREAK = re.compile(
    r"\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas|although|though|however|which|who|as|because|with)\b)"
    r"|\s+(?=(?:but|while|whereas)\b)")
_HYPOTHETICAL = re.compile(r"\b(?:if|whether|unless|should\s+\w+\s+be)\b", re.I)
_CONTRAST = re.compile(r"\b(?:but|unlike)\b", re.I)
_WORD = re.compile(r"[\w'’]+")
_MODAL = re.compile(r"\b(?:could|would|might|may|can|should)\W+(?:[\w'’-]+\W+){0,3}$", re.I)
_INFINITIVE = re.compile(r"\b(?:to|on|for|of|about)\W+(?:[\w'’-]+\W+){0,2}$", re.I)  # "urged X to hold", "insists on holding"
_INTERJECTION = re.compile(r"\b[Nn]o\s*[,.!]")
_SUBJECT_WORDS = 15  # a subject is looked for at most this many words before its cue
_PRONOUN = re.compile(r"\b(?P<p>[Ww]e|us|[Oo]urs?|I|[Tt]hey|them|[Tt]heir|[Tt]hose|[Oo]thers|[Hh]e|[Ss]he)\b")  # "US" is no pronoun
_HEAD_OF = re.compile(r"\b(?:leadership|government|authorities|side|regime|president|delegation|people|leaders?|"
                      r"representatives?|officials?|negotiators?|ministry|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$",
                      re.I)  # "X of <party>": the party acts (the subject), it is not an object
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided(?:\s+that)?|on\s+(?:the\s+)?condition|as\s+long\s+as|once|"
                          r"only\s+(?:after|when|if|once)|in\s+exchange\s+for|subject\s+to)\b", re.I)
_CAUSATIVE = re.compile(r"\b(?:convinc\w*|persuad\w*|pressur\w*|forc(?:e|es|ed|ing)|push(?:es|ed|ing)?|urg(?:e|es|ed|ing)|"
                        r"ask(?:s|ed|ing)?|tell(?:s|ing)?|told|encourag\w*|prompt\w*|induc\w*|lead(?:s|ing)?|led)\s+"
                        r"(?:[\w'’-]+\s+){1,4}?to\s+$", re.I)  # "X pressured <party> to <cue>": the cue is not X's
_SCARE = re.compile(r"[“\"‘]\*?([^“”\"‘’\n]{1,60}?)\*?[”\"’]")
_ISO_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class TimexLike(Protocol):
    start: int
    end: int
    text: str
    value: str
    precision: str
    earliest: str
    latest: str
    rule: str


@dataclass(slots=True)
class Position:
    """One coded position (or talks-state report) with its evidence span in the article text."""

    position_id: str
    article_id: str
    outlet: str
    published: str
    actor: str
    actor_id: str | None
    side: str | None
    code: str
    target: str
    target_side: str | None
    issue: str
    event_date: str  # "YYYY-MM-DD" (day, or the Monday of a week), "YYYY-MM", "YYYY" or "" when unknown
    date_precision: str  # day | week | month | year | unknown
    date_basis: str  # text | publication | none
    date_rule: str  # clause | sentence | attribution | previous | lead | publication | background | none
    date_text: str
    earliest: str
    latest: str
    evidence_start: int
    evidence_end: int
    evidence: str
    cue: str
    cue_start: int
    cue_end: int
    cue_group: str
    negated: bool
    source: str  # quote | narration
    quote_id: str | None


# ------------------------------------------------------------------------------------------------ codebook

@dataclass(frozen=True, slots=True)
class CueRule:
    code: str
    cue_group: str
    pattern: re.Pattern
    subject_role: str  # actor | target
    requires: str  # none | talk | talk_or_issue
    negated_code: str
    privative_code: str
    self_code: str


@dataclass(frozen=True, slots=True)
class Codebook:
    rules: tuple[CueRule, ...]
    third_party: dict = field(default_factory=dict)  # final code -> code when the cue's subject is a third party
    talk: re.Pattern = re.compile("(?!)")  # TALK or CONDITION words: what requires=talk looks for
    background: re.Pattern = re.compile("(?!)")
    condition: re.Pattern = re.compile("(?!)")
    speech_that: re.Pattern = re.compile("(?!)")  # "X told Modi that …" (speech verbs of speech_cues.csv)
    speech: re.Pattern = re.compile("(?!)")  # any speech verb form of speech_cues.csv
    framing: re.Pattern = re.compile("(?!)")
    issues: tuple[tuple[str, re.Pattern], ...] = ()
    scope: re.Pattern = re.compile("(?!)")
    scope_ua: re.Pattern = re.compile("(?!)")
    other_conflict: re.Pattern = re.compile("(?!)")
    peace_context: re.Pattern = re.compile("(?!)")
    other_negotiation: re.Pattern = re.compile("(?!)")


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """Read ``position_codes.csv`` and ``position_issues.csv`` and compile their patterns."""
    lex = read_reference("position_issues")
    by = {(r.kind, r.name): r.pattern for r in lex.itertuples()}
    talk, condition = by[("lexicon", "TALK")], by[("lexicon", "CONDITION")]
    codes = read_reference("position_codes")
    unknown = set(codes.code) - set(CODES)
    if unknown:
        raise ValueError(f"position_codes.csv has unknown codes: {sorted(unknown)}")
    rules, third = [], {}
    for r in codes.itertuples():
        pattern = (r.indicator_cues.replace("{GAP}", _GAP).replace("{TALK}", f"(?:{talk})")
                   .replace("{CONDITION}", f"(?:{condition})"))
        rules.append(CueRule(r.code, r.cue_group, re.compile(pattern, re.I), r.subject_role, r.requires,
                             r.negated_code, r.privative_code, r.self_code))
        third.setdefault(r.code, r.third_party_code)
    issues = tuple((r.name, re.compile(r.pattern, re.I)) for r in lex.itertuples() if r.kind == "issue")
    cues = read_reference("speech_cues")
    # speech verbs that introduce reported speech; direct-only ones ("demanded", "pleaded") and stance verbs that
    # take only an object ("rejected the plan", "called for talks") are left out: their objects are positions
    object_only = (cues.get("complement", pd.Series("clause", index=cues.index)).fillna("clause") == "object") & (
        cues["requires_that"].fillna("no") == "no")
    verbs = cues[(cues["type"] == "verb") & (cues.get("scope", pd.Series("all", index=cues.index)) != "direct")
                 & ~object_only]
    forms = sorted({f for v in verbs.forms for f in v.split("|") if f}, key=len, reverse=True)
    speech_that = re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b(?:\s+[\w'’-]+){{0,4}}?\s+that\b", re.I)
    speech = re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", re.I)
    return Codebook(rules=tuple(rules), third_party=third, talk=re.compile(f"{talk}|{condition}", re.I), issues=issues,
                    speech=speech,
                    background=re.compile(by[("lexicon", "BACKGROUND")], re.I),
                    condition=re.compile(condition, re.I), speech_that=speech_that,
                    framing=re.compile(by[("lexicon", "FRAMING")], re.I),
                    scope=re.compile(by[("scope", "RU_UA")], re.I), scope_ua=re.compile(by[("scope", "UA_CORE")], re.I),
                    other_conflict=re.compile(by[("scope", "OTHER_CONFLICT")], re.I),
                    peace_context=re.compile(by[("scope", "PEACE_CONTEXT")], re.I),
                    other_negotiation=re.compile(by[("scope", "OTHER_NEGOTIATION")], re.I))


def in_scope(text: str, *, min_hits: int = 3) -> bool:
    """Is the article about the Russia–Ukraine war (>= ``min_hits`` war terms, at least one Ukrainian)?"""
    book = load_codebook()
    return bool(book.scope_ua.search(text)) and sum(1 for _ in book.scope.finditer(text)) >= min_hits


# ------------------------------------------------------------------------------------------------- helpers

@dataclass(frozen=True, slots=True)
class _Party:
    """Who a subject or target is: a resolved mention, a pronoun, or the speaker of a nested quote."""

    name: str
    actor_id: str | None
    side: str | None
    kind: str  # mention | self | they | person | nested
    start: int = -1


def _norm_date(tx: TimexLike) -> tuple[str, str]:
    """(event_date, precision) of a timex, using its value when it is ISO-shaped."""
    precision = tx.precision if tx.precision in PRECISIONS else "unknown"
    if precision == "unknown":
        return "", "unknown"
    value = tx.value or ""
    if _ISO_VALUE.match(value):
        return value, precision
    start = tx.earliest or ""
    cut = {"day": 10, "week": 10, "month": 7, "year": 4}[precision]
    return (start[:cut], precision) if start else ("", "unknown")


def _usable(tx: TimexLike) -> bool:
    """A timex that dates an event: resolved, and not an open range such as "since 2022" or "until May"."""
    head = tx.text.lower().lstrip()
    return bool(tx.value) and tx.precision in PRECISIONS[:4] and not head.startswith(
        ("since", "until", "till", "for ", "by ", "from ", "through", "throughout", "after", "before"))


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at clause boundaries (; : dashes, ", and/but/which…", "but")."""
    out, pos = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out or [(start, end)]


def _around(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return spans[-1]


def _negation(text: str, clause_start: int, cue_start: int) -> str:
    """"verbal", "privative" or "" from the last four words before the cue in its clause."""
    window = re.sub(r"\bno\s+one\b", "noone", _INTERJECTION.sub(" ", text[clause_start:cue_start]), flags=re.I)
    words = [w.lower() for w in _WORD.findall(window)][-4:]
    if any(w in _PRIVATIVE for w in words[-2:]):
        return "privative"
    if any(w in _NEGATORS or w.endswith(("n't", "n’t")) for w in words):
        return "verbal"
    return ""


def _in_scare_quotes(text: str, seg: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Is the cue inside a short quoted phrase (scare quotes, a title) of a narration sentence?"""
    for m in _SCARE.finditer(text, *seg):
        if m.start() <= cue[0] and cue[1] <= m.end() and len(m.group(1).split()) <= 5:
            return True
    return False


def _issue(text: str, clause: tuple[int, int], cue: tuple[int, int], book: Codebook) -> str:
    """The issue whose keyword is nearest the cue in its clause, else OTHER."""
    best, best_d = "OTHER", None
    for name, pattern in book.issues:
        for m in pattern.finditer(text, *clause):
            d = 0 if m.start() < cue[1] and cue[0] < m.end() else min(abs(m.start() - cue[1]), abs(cue[0] - m.end()))
            if best_d is None or d < best_d:
                best, best_d = name, d
    return best


def _has_object(text: str, clause: tuple[int, int], cue: tuple[int, int], requires: str, book: Codebook) -> bool:
    if requires == "talk_after":  # "accused Kiev of torpedoing the talks", not "accused Russia of war crimes"
        return bool(book.talk.search(text, cue[1], clause[1]))
    if requires == "none" or book.talk.search(text, *clause):
        return True
    return requires == "talk_or_issue" and any(p.search(text, *clause) for _, p in book.issues)


def _is_object(text: str, start: int) -> bool:
    words = _WORD.findall(text[max(0, start - 20):start])
    return bool(words) and words[-1].lower() in _OBJECT_PREPS


def _party(mention: Any) -> _Party:
    r = mention.resolution
    return _Party(r.name, r.actor_id, None if r.side in (None, "", "unknown") else r.side, "mention", mention.start)


def _window_start(text: str, lo: int, cue: int, n_words: int = _SUBJECT_WORDS) -> int:
    starts = [m.start() for m in _WORD.finditer(text, lo, cue)]
    return starts[-n_words] if len(starts) > n_words else lo


def _subject(text: str, lo: int, cue: int, mentions: Sequence[Any], persons: Sequence[tuple[int, _Party]],
             nested: Sequence[Quote], *, near: bool = True) -> _Party | None:
    """The grammatical subject of a cue: the nearest non-object mention or pronoun before it in ``[lo, cue)``.

    Looks at most ``_SUBJECT_WORDS`` words back. A mention after a preposition is an object ("talks with
    Moscow"), except right at the clause start ("with Zelensky signing a decree …", an absolute clause).
    """
    for q in nested:  # a cue inside a nested quote belongs to that quote's speaker
        if q.start <= cue < q.end and q.speaker:
            return _Party(q.speaker, q.actor_id, _side(q.side), "nested", q.start)
    clause_lo, lo = lo, (_window_start(text, lo, cue) if near else lo)

    def is_object(pos: int) -> bool:
        if re.search(r"\b(?:and|or)\s+(?:the\s+)?$", text[max(0, pos - 12):pos]):  # "between Russia and Ukraine"
            before = [m for m in mentions if m.end <= pos and re.fullmatch(r"\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?",
                                                                          text[m.end:pos])]
            if before:
                return is_object(before[-1].start)
        if _HEAD_OF.search(text[max(0, pos - 40):pos]):  # "the leadership of Ukraine has refused"
            return False
        return _is_object(text, pos) and not re.fullmatch(r"\W*with\s+(?:\w+\s+){0,3}", text[clause_lo:pos], re.I)

    def is_determiner(m: Any) -> bool:  # "Zelensky's proposal, saying that it refuses …": not the subject
        tail = text[m.end:cue]
        return bool(re.match(r"['’]s?\s", tail)) and len(_WORD.findall(tail)) > 3

    best: _Party | None = None
    for m in mentions:
        if lo <= m.start and m.end <= cue and not is_object(m.start) and not is_determiner(m):
            if best is None or m.start >= best.start:
                best = _party(m)
    group = _side_group(text, lo, cue)
    if group is not None and (best is None or group.start > best.start):
        best = group
    for m in _PRONOUN.finditer(text, lo, cue):
        if best is not None and m.start() < best.start or is_object(m.start()):
            continue
        p = m.group("p").lower()
        if p in {"we", "us", "our", "ours", "i"}:
            best = _Party(p, None, None, "self", m.start())
        elif p in {"they", "them", "their", "those", "others"}:
            best = _Party(p, None, None, "they", m.start())
        else:
            earlier = [party for pos, party in persons if pos < m.start()]
            if earlier:
                best = _Party(earlier[-1].name, earlier[-1].actor_id, earlier[-1].side, "person", m.start())
    return best


_PASSIVE_GROUPS = {"refusal", "offer", "appeal", "accusation"}  # transitive verbs ("was rejected by Moscow")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.I)


def _passive(text: str, clause: tuple[int, int], cue: tuple[int, int], rule: CueRule, code: str, neg: str,
             source: str, quote: Quote | None, seg: tuple[int, int], mentions: Sequence[Any]) -> list[tuple]:
    """"a meeting … which was rejected by Moscow": the actor is the agent after "by"; without one, nobody."""
    agent = next((_party(m) for m in mentions if cue[1] <= m.start < clause[1]
                  and re.fullmatch(r"\s+by\s+(?:the\s+)?", text[cue[1]:m.start])), None)
    if agent is None or rule.subject_role != "actor":
        return []
    if source == "quote":
        speaker = _speaker(text, quote, seg, mentions)
        if not _known(speaker):
            return []
        if _third_party(agent, speaker):
            code = _codebook_third(code)
            return [(speaker, code, agent, bool(neg))] if code else []
        return [(speaker, code, None, bool(neg))]
    return [(agent, code, None, bool(neg))] if _known(agent) else []


def _codebook_third(code: str) -> str:
    return load_codebook().third_party.get(code, "")


def _reporter(text: str, lo: int, subject: _Party, mentions: Sequence[Any], book: Codebook) -> _Party | None:
    """The speaker of an unattributed "X said that <subject> …" around a narration cue, if any."""
    speech = None
    for m in book.speech_that.finditer(text, lo, max(lo, subject.start)):
        speech = m
    if speech is None:
        return None
    before = [m for m in mentions if lo <= m.start and m.end <= speech.start() and not _is_object(text, m.start)]
    if before and _known(_party(before[-1])):
        return _party(before[-1])
    return _UNKNOWN if _WORD.search(text, lo, speech.start()) else None  # "Recall that …" has no reporter


_UNKNOWN = _Party("", None, None, "unknown")


def _trailing_reporter(text: str, cue_end: int, seg_end: int, mentions: Sequence[Any], book: Codebook
                       ) -> _Party | None:
    """The speaker of a trailing attribution after a narration cue: "…, President Vladimir Putin said on
    Thursday", "…, Peskov told reporters", "…, said Lavrov"."""
    for m in mentions:
        if not (cue_end <= m.start and m.end <= seg_end):
            continue
        before = text[cue_end:m.start]
        if not re.search(r",\s*[\"”’']?\s*(?:(?:the\s+)?[\w'’.-]+\s+){0,5}$", before):
            continue
        after = re.match(r"\s+(?:has\s+|had\s+|have\s+)?", text[m.end:m.end + 12])
        verb_at = m.end + (after.end() if after else 0)
        said_before = re.search(r",\s*[\"”’']?\s*(\w+)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$", before)
        if book.speech.match(text, verb_at) or said_before and book.speech.fullmatch(said_before.group(1)):
            party = _party(m)
            return party if _known(party) else _UNKNOWN
    parts = text[cue_end:seg_end].rsplit(",", 1)
    words = _WORD.findall(parts[-1])[:6] if len(parts) == 2 else []
    if words and words[0].lower() not in {"he", "she", "they", "it", "we", "i"} \
            and any(book.speech.fullmatch(w) for w in words[1:]):
        return _UNKNOWN  # "…, Western analysts said": a claim of somebody who is not an actor
    return None


def _possessor(text: str, clause: tuple[int, int], cue: tuple[int, int], mentions: Sequence[Any]) -> _Party | None:
    """Whose unwillingness: "Ukraine's inability", "their lack of will", "lack of will of Ukrainian negotiators",
    "lack of willingness on Kyiv's part"."""
    for m in mentions:
        if m.end <= cue[0] and re.fullmatch(r"['’]s?\s+(?:\w+\s+)?", text[m.end:cue[0]]):
            return _party(m)
    pronoun = re.search(r"\b(our|their|its)\s+(?:\w+\s+)?$", text[clause[0]:cue[0]], re.I)
    if pronoun:
        word = pronoun.group(1).lower()
        return _Party(word, None, None, "self" if word == "our" else "they")
    for m in mentions:
        if cue[1] <= m.start < cue[1] + 80 and m.end <= clause[1]:
            gap = text[cue[1]:m.start]
            if re.search(r"\b(?:of|on|from|by)\s+(?:the\s+)?(?:\w+\s+){0,2}$", gap) and not re.search(r"[.;]", gap):
                return _party(m)
    return None


def _antecedent(text: str, lo: int, clause_start: int, mentions: Sequence[Any]) -> _Party | None:
    """For a relative clause ("…, which calls for", "Kiev and its backers, who continued to say"): the nearest
    mention before the clause, objects included (the owner of the plan, the party described)."""
    before = [m for m in mentions if lo <= m.start and m.end <= clause_start]
    return _party(before[-1]) if before else None


def _coordinated(text: str, subject: _Party, mentions: Sequence[Any], cue: int) -> list[_Party]:
    """"Russia and Ukraine haven't sat …": the subject plus the mentions joined to it by "and"."""
    if subject.kind != "mention":
        return [subject]
    ordered = [m for m in mentions if m.end <= cue]
    idx = next((i for i, m in enumerate(ordered) if m.start == subject.start), None)
    if idx is None:
        return [subject]
    group = [ordered[idx]]
    joint = re.compile(r"(?:['’]s?)?\s*,?\s+and\s+(?:the\s+)?|\s*,\s+")
    i = idx
    while i > 0 and joint.fullmatch(text[ordered[i - 1].end:ordered[i].start]) \
            and " and " in text[ordered[i - 1].end:group[-1].start]:
        group.insert(0, ordered[i - 1])
        i -= 1
    out, seen = [], set()
    for m in group:
        p = _party(m)
        if (p.actor_id or p.name) not in seen:
            seen.add(p.actor_id or p.name)
            out.append(p)
    return out


def _target(text: str, clause: tuple[int, int], after: int, mentions: Sequence[Any], actor: _Party) -> _Party | None:
    for m in mentions:
        if after <= m.start and m.end <= clause[1]:
            p = _party(m)
            if (p.actor_id or p.name) != (actor.actor_id or actor.name):
                return p
    return None


def _contrast_target(text: str, cue_end: int, sent_end: int, mentions: Sequence[Any]) -> _Party | None:
    """"it's not we who refuse negotiations, but they" / "unlike other participants": the party contrasted."""
    for m in _CONTRAST.finditer(text, cue_end, sent_end):
        tail = text[m.end():m.end() + 60]
        they = re.match(r"\W*(they|them|the\s+others?|other\s+[a-z]+(?:\s+(?!in\b|of\b)[a-z]+){0,2})\b", tail)
        if they:
            return _Party(they.group(1), None, None, "they", m.end())
        for men in mentions:
            if m.end() <= men.start and re.fullmatch(r"\W*(?:the\s+)?", text[m.end():men.start]):
                return _party(men)
    return None


def _third_party(subject: _Party | None, speaker: _Party) -> bool:
    if subject is None or subject.kind == "self":
        return False
    if subject.kind == "they":
        return True
    if subject.actor_id and speaker.actor_id and subject.actor_id == speaker.actor_id:
        return False
    if subject.side and speaker.side:
        return subject.side != speaker.side
    return subject.side is not None or subject.kind == "nested" and subject.name != speaker.name


def _find_timexes(text: str, published: str | None) -> list[TimexLike]:
    from peacetalks.timex import find_timexes

    return list(find_timexes(text, anchor=published or None))


_DETACHED = re.compile(r"\b(?:that|which|who|whom|whose|since|until|till)\b", re.I)


def _date(timexes: Sequence[TimexLike], windows: Sequence[tuple[str, tuple[int, int], tuple[int, int] | None]],
          near: int, published: str, *, allow_future: bool, text: str = "", cue_end: int | None = None,
          ) -> tuple[str, str, str, str, str, str, str]:
    """(event_date, precision, basis, rule, text, earliest, latest) from the first window with a usable timex.

    A stance is dated by when it was taken, never after publication: with ``allow_future`` False a timex that
    starts after the publication date ("talks on Thursday", the date of a proposed summit) is not its date.
    With ``text`` and ``cue_end``, a timex after the cue that is detached from it by a relative clause or an open
    range ("refused to give up the regions *that voted this week*", "have stalled *since* … in late March")
    belongs to something else and does not date the cue.
    """
    def attached(tx: TimexLike) -> bool:  # a comma after the relative clause returns to the cue's clause
        if cue_end is None or tx.start < cue_end:
            return True
        found = list(_DETACHED.finditer(text, cue_end, tx.start))
        return not found or "," in text[found[-1].end():tx.start]

    for rule, (lo, hi), exclude in windows:
        found = [tx for tx in timexes if lo <= tx.start and tx.end <= hi and _usable(tx)
                 and (rule not in {"clause", "sentence"} or attached(tx))
                 and not (exclude and exclude[0] <= tx.start < exclude[1])
                 and (allow_future or not published or not tx.earliest or tx.earliest <= published)]
        if found:
            tx = min(found, key=lambda t: min(abs(t.start - near), abs(t.end - near)))
            value, precision = _norm_date(tx)
            if value:
                return value, precision, "text", rule, tx.text, tx.earliest, tx.latest
    if published:
        return published, "day", "publication", "publication", "", published, published
    return "", "unknown", "none", "none", "", "", ""


# -------------------------------------------------------------------------------------------------- extract

def extract_positions(text: str, quotes: Sequence[Quote], *, article_id: str, published: str | None,
                      outlet: str = "", registry: Any = None, timexes: Sequence[TimexLike] | None = None,
                      ) -> list[Position]:
    """Coded, dated positions in one article (``quotes`` from ``peacetalks.quotes.extract_quotes``).

    ``registry`` defaults to ``peacetalks.actors.load_registry()``; ``timexes`` to
    ``peacetalks.timex.find_timexes(text, anchor=published)``. ``published`` is ISO or empty when unknown.
    """
    published = published or ""
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise ValueError(f"published must be YYYY-MM-DD or empty, got {published!r}")
    if not text.strip() or not in_scope(text):
        return []
    book = load_codebook()
    if registry is None:
        registry = _default_registry()
    token = _REGISTRY.set(registry)
    try:
        return _extract(text, quotes, article_id=article_id, published=published, outlet=outlet, registry=registry,
                        timexes=timexes, book=book)
    finally:
        _REGISTRY.reset(token)


def _extract(text: str, quotes: Sequence[Quote], *, article_id: str, published: str, outlet: str, registry: Any,
             timexes: Sequence[TimexLike] | None, book: Codebook) -> list[Position]:
    mentions = sorted(registry.find_mentions(text, date=published or None), key=lambda m: (m.start, -m.end))
    if timexes is None:
        timexes = _find_timexes(text, published)
    persons = sorted([(m.start, _party(m)) for m in mentions if m.resolution.type == "person"]
                     + [(q.speaker_start if q.speaker_start is not None else q.start,
                         _Party(q.speaker, q.actor_id, _side(q.side), "person")) for q in quotes if actor_speaker(q)],
                     key=lambda x: x[0])
    by_id = {q.quote_id: q for q in quotes}
    sents, paras = sentences(text), paragraphs(text)
    out: list[Position] = []
    seen: set[tuple] = set()
    clause_cues: dict[tuple, int] = {}
    stmts = statements(text, quotes, article_id=article_id, outlet=outlet)
    for st in stmts:
        quote = by_id.get(st.quote_id) if st.quote_id else None
        if quote is not None and (quote.nested_in or not actor_speaker(quote)):
            continue  # nested quotes are coded inside their outer quote; unattributed ones have no actor
        nested = [q for q in quotes if quote is not None and q.nested_in == quote.quote_id]
        st_start = quote_cover(text, quote)[0] if quote is not None else st.start
        for sent in sents:
            lo, hi = max(st_start, sent.start), min(st.end, sent.end)
            if hi <= lo:
                continue
            if book.other_conflict.search(sent.text) and not book.scope.search(sent.text):
                continue
            para = next((p for p in paras if p.start <= sent.start < p.end), sent)
            if not (book.scope_ua.search(para.text) or book.peace_context.search(para.text)):
                continue  # another negotiation (a prisoner deal, protesters' demands), not the war's settlement
            if not book.scope_ua.search(sent.text) and (book.other_negotiation.search(sent.text)
                                                        or book.other_negotiation.search(para.text)):
                continue  # US–Russia prisoner deals, arms control: Russia negotiates, but not about this war
            if text[lo:hi].rstrip(" \"”’'*").endswith("?"):
                continue
            clauses = _clauses(text, lo, hi)
            matches = [(rule, m) for rule in book.rules for m in rule.pattern.finditer(text, lo, hi)]
            for rule, m in matches:
                if _is_cue_object(text, m, matches, book) or rule.code == "PROPOSE" and book.condition.search(m.group(0)):
                    continue
                if True:
                    for pos in _code_match(text, m, rule, book, st.source, quote, nested, clauses, (lo, hi),
                                           sent, mentions, persons):
                        actor, code, target, negated = pos
                        clause = _around(clauses, m.start())
                        issue = _issue(text, clause, (m.start(), m.end()), book)
                        key = (st.statement_id, actor.name, code, issue)
                        first_cue = clause_cues.setdefault((st.statement_id, clause, code), m.start())
                        if key in seen or (actor.name, code, m.start()) in seen or first_cue != m.start():
                            continue  # one cue of a code per clause ("demands that … as a condition for …")
                        seen.update([key, (actor.name, code, m.start())])
                        windows = [("clause", clause, None), ("sentence", (sent.start, sent.end), None)]
                        if quote is not None:
                            windows.append(("attribution", _attribution_window(quote, sents),
                                            (quote.start, quote.end)))
                            previous = _previous_sentence(text, quote, sents, mentions)
                            if previous is not None:
                                windows.append(("previous", previous, None))
                            windows[1] = ("sentence", (lo, hi), None)  # the quote's own words; then its attribution
                        d = _date(timexes, windows, m.start(), published, allow_future=code in TALKS_CODES,
                                  text=text, cue_end=m.end())
                        if d[2] == "publication" and _is_background(text, windows[:2], quote, book):
                            d = ("", "unknown", "none", "background", "", "", "")
                        elif d[2] == "publication" and code not in TALKS_CODES:
                            d = _context_date(text, timexes, sents, sent, actor, mentions, published, book) or d
                        out.append(Position(
                            position_id="", article_id=article_id, outlet=outlet, published=published,
                            actor=actor.name, actor_id=actor.actor_id, side=actor.side, code=code,
                            target=target.name if target else "", target_side=target.side if target else None,
                            issue=issue, event_date=d[0], date_precision=d[1], date_basis=d[2], date_rule=d[3],
                            date_text=d[4], earliest=d[5], latest=d[6], evidence_start=lo, evidence_end=hi,
                            evidence=text[lo:hi], cue=m.group(0), cue_start=m.start(), cue_end=m.end(),
                            cue_group=rule.cue_group, negated=negated, source=st.source,
                            quote_id=quote.quote_id if quote else None))
    out.sort(key=lambda p: (p.evidence_start, p.cue_start, CODES.index(p.code)))
    for i, p in enumerate(out):
        p.position_id = f"{article_id}:p{i}"
    return out


_LEAD_DAYS = 14  # a lead's date counts for a later sentence only when it is this close to publication


def _context_date(text: str, timexes: Sequence[TimexLike], sents: Sequence[Span], sent: Span, actor: _Party,
                  mentions: Sequence[Any], published: str, book: Codebook) -> tuple | None:
    """The date of the occasion a publication-dated stance belongs to, from the sentence before it in its
    paragraph or the article's lead sentence: only when that sentence names the same registry actor with a speech
    verb and a past date at most two weeks before publication ("Peskov said on Sunday. … Kiev will still have to
    understand the demands, the Kremlin spokesman pointed out.")."""
    if not actor.actor_id or not published:
        return None
    para_start = text.rfind("\n", 0, sent.start) + 1
    before = [x for x in sents if x.end <= sent.start]
    candidates = []
    if before and before[-1].start >= para_start:
        candidates.append(("previous", before[-1]))
    lead = next((x for x in sents if x.text.strip()), None)
    if lead is not None and lead.end <= sent.start and all(lead is not c for _, c in candidates):
        candidates.append(("lead", lead))
    floor = (pd.Timestamp(published) - pd.Timedelta(days=_LEAD_DAYS)).date().isoformat()
    for rule, cand in candidates:
        own = [m for m in mentions if cand.start <= m.start < cand.end and m.resolution.actor_id == actor.actor_id]
        verbs = list(book.speech.finditer(text, cand.start, cand.end))
        if not any(m.end <= v.start() and len(_WORD.findall(text[m.end:v.start()])) <= 6
                   or v.end() <= m.start and len(_WORD.findall(text[v.end():m.start])) <= 2 for m in own for v in verbs):
            continue  # the actor must be the speaker: "Peskov said on Sunday", "…, said Peskov on Sunday"
        found = [tx for tx in timexes if cand.start <= tx.start and tx.end <= cand.end and _usable(tx)
                 and tx.earliest and floor <= tx.earliest <= published]
        if len(found) == 1:  # one date in the sentence: no doubt which occasion it is
            value, precision = _norm_date(found[0])
            if value:
                return value, precision, "text", rule, found[0].text, found[0].earliest, found[0].latest
    return None


def _is_cue_object(text: str, m: re.Match, matches: Sequence[tuple[CueRule, re.Match]], book: Codebook) -> bool:
    """A cue inside an earlier cue, or right after it, is that cue's object ("did not intend to agree to |
    preconditions"): it is not a position of its own. Cues that merely overlap both count."""
    for other_rule, other in matches:
        if other is m or other.start() >= m.start():
            continue
        if other_rule.cue_group == "accusation" and re.match(r"blam|accus", other.group(0), re.I) \
                and m.start() - other.end() < 80 \
                and not re.search(r"[;:.]|,\s+(?:and|but)\b", text[other.end():m.start()]):
            return True  # "blamed Kyiv for the pause in the ferry talks": the pause is what is blamed
        if m.end() <= other.end() or other.end() <= m.start() and re.fullmatch(
                r"\s*(?:the|a|an|any|its|their|all|such)?\s*", text[other.end():m.start()]):
            return True
    return False


def _is_background(text: str, windows: Sequence, quote: Quote | None, book: Codebook) -> bool:
    """Does the text present the stance as repeated or past ("has repeatedly declared")? For a quote only the
    attribution counts: what a speaker says about the past is still said on the day they say it."""
    for _, (a, b), _x in windows:
        for m in book.background.finditer(text, a, b):
            if quote is None or not (quote.start <= m.start() < quote.end):
                return True
    return False


def _side(side: str | None) -> str | None:
    return None if side in (None, "", "unknown") else side


def _speaker(text: str, quote: Quote, seg: tuple[int, int], mentions: Sequence[Any]) -> _Party:
    """The quote's speaker; a relative pronoun ("Kiev and its backers, who continued to say …") is replaced by
    the mention it refers to."""
    name = (quote.speaker or "").strip()
    if name.lower() in {"who", "which", "that"} and quote.speaker_start is not None:
        before = [m for m in mentions if seg[0] - 200 <= m.start and m.end <= quote.speaker_start]
        if before:
            return _party(before[-1])
    if not quote.actor_id and quote.speaker_start is not None:
        inside = [m for m in mentions if quote.speaker_start <= m.start and m.end <= quote.speaker_end
                  and (m.resolution.actor_id or not _side(quote.side))]
        if inside:  # "Kiev and its backers", "Kiev now declares": the actor named in the speaker phrase
            return _party(inside[0])
    return _as_state(_Party(name, quote.actor_id, _side(quote.side), "person"))


_GOVERNMENT = re.compile(r"\b(?:leadership|government|authorities|officials|side|delegation|negotiators|diplomats|regime|"
                         r"administration|people|nation|leaders)\b", re.I)
_OFFICIAL = re.compile(r"\b(?:leader\w*|government|authorit\w+|officials?|side|delegations?|negotiators?|diplomats?|"
                       r"regime|administration|people|nation|military|army|forces|lawmakers|parliament\w*|senators?|"
                       r"deputies|ministry|ministers?|envoys?|ambassadors?|spokes\w+|presidents?|presidency|premier|"
                       r"legislators?|council|cabinet|commanders?|generals?|representatives?|sources?|states?|allies|"
                       r"capitals?|governor\w*|mayor|aides?|advis[eo]rs?|chief|head|office|presidency)\b", re.I)
_SIDE_GROUP = re.compile(r"\b(?:[Tt]he\s+)?([A-Z][\w’'-]+)\s+(?:people|nation|side|government|leadership|authorities|"
                         r"officials|delegation|negotiators|diplomats|regime|administration)\b")


_REGISTRY: ContextVar[Any] = ContextVar("positions_registry", default=None)  # set by extract_positions


def _state_of_side(side: str) -> tuple[str, str] | None:
    """(actor_id, name) of the registry's state for a side (RU -> Russia, UA -> Ukraine), if exactly one."""
    registry = _REGISTRY.get()
    actors = getattr(registry, "actors", None) or {}
    states = [a for a in actors.values() if a.type == "state" and a.side == side]
    return (states[0].actor_id, states[0].name) if len(states) == 1 else None


def _as_state(party: _Party) -> _Party:
    """A described governmental group with a side but no registry id ("the Ukrainian leadership", "Russian
    officials", "the Ukrainian people") speaks for its state: the study codes it as that state."""
    if party.actor_id or not party.side or not _GOVERNMENT.search(party.name) or party.name[:1].isupper() and \
            not re.match(r"(?:The\s+)?[A-Z][\w’'-]+\s+[a-z]", party.name):
        return party
    state = _state_of_side(party.side)
    return _Party(state[1], state[0], party.side, party.kind, party.start) if state else party


def _side_group(text: str, lo: int, cue: int) -> _Party | None:
    """The last "the Ukrainian people" / "Russian officials" before the cue whose adjective names one side."""
    best = None
    for m in _SIDE_GROUP.finditer(text, lo, cue):
        if _is_object(text, m.start()):
            continue
        named = getattr(_REGISTRY.get(), "sides_named", None)
        sides = [sd for sd in named(m.group(1)) if sd] if named else []
        if len(sides) == 1:
            best = _as_state(_Party(m.group(0), None, sides[0], "mention", m.start()))
    return best if best is not None and best.actor_id else None


def _known(party: _Party) -> bool:
    """A registry actor, or a described group with a side and an official head noun ("Russian officials", "the
    Ukrainian side", "Kyiv's negotiators").

    A named person the registry does not know (an analyst quoted by name: every word capitalised) and a
    speaker without a side ("the expert") are not actors of the talks."""
    if party.actor_id:
        return True
    return bool(party.side) and any(w[:1].islower() for w in party.name.split()) \
        and bool(_OFFICIAL.search(party.name)) and not re.search(r"\b(?:former|ex-)", party.name, re.I)
    # "Ukrainian media reports", "Russian experts", "a former French presidential candidate" are not actors


_ANAPHOR = re.compile(r"(?:he|she|they|the\s+[a-z][\w\s-]*)$", re.I)


def _previous_sentence(text: str, quote: Quote, sents: Sequence[Span], mentions: Sequence[Any]
                       ) -> tuple[int, int] | None:
    """The sentence before the quote dates it when it introduced the same speaker: for an anaphoric speaker ("he
    said", "the diplomat emphasized": "This was announced in November by … Peskov.") any mention of that actor,
    for a named one a speech verb too ("… Podoliak told Babel on Friday. 'Today, …,' Podoliak said.")."""
    if quote.speaker_start is None:
        return None
    if not _ANAPHOR.fullmatch(text[quote.speaker_start:quote.speaker_end].strip()) and not quote.actor_id:
        return None  # a named speaker: only when the sentence before names the same registry actor
    first = min(quote.start, quote.speaker_start)
    before = [s for s in sents if s.end <= first]
    if not before:
        return None
    prev = before[-1]
    same = any(prev.start <= m.start < prev.end and (m.resolution.actor_id and m.resolution.actor_id == quote.actor_id
                                                     or m.resolution.name == quote.speaker) for m in mentions)
    if same and not _ANAPHOR.fullmatch(text[quote.speaker_start:quote.speaker_end].strip()):
        same = bool(load_codebook().speech.search(text, prev.start, prev.end))  # "… Podolyak told Babel on Friday."
    return (prev.start, prev.end) if same else None


def _attribution_window(quote: Quote, sents: Sequence[Span]) -> tuple[int, int]:
    """The sentences holding the quote's speaker (or the quote itself when the speaker is not located)."""
    anchor = [quote.speaker_start, quote.speaker_end] if quote.speaker_start is not None else [quote.start, quote.end]
    lo = min(anchor[0], quote.start) if quote.speaker_start is None else anchor[0]
    hi = anchor[1]
    covering = [s for s in sents if s.start < hi and lo < s.end] or [s for s in sents if s.start <= lo < s.end]
    if not covering:
        return quote.start, quote.end
    return covering[0].start, covering[-1].end


def _code_match(text: str, m: re.Match, rule: CueRule, book: Codebook, source: str, quote: Quote | None,
                nested: Sequence[Quote], clauses: Sequence[tuple[int, int]], seg: tuple[int, int], sent: Span,
                mentions: Sequence[Any], persons: Sequence[tuple[int, _Party]]) -> list[tuple]:
    """Turn one cue match into zero or more (actor, code, target, negated) tuples.

    Conditional readiness ("ready to negotiate if Kyiv accepts …", "prepared to talk provided that …") is both
    ``READY_TO_TALK`` and ``SET_CONDITION`` of the same actor."""
    found = _code_match_base(text, m, rule, book, source, quote, nested, clauses, seg, sent, mentions, persons)
    out = list(found)
    for actor, code, target, negated in found:
        if code == "READY_TO_TALK" and not negated and _conditional_after(text, m.end(), seg[1]):
            out.append((actor, "SET_CONDITION", target, False))
    return out


def _conditional_after(text: str, cue_end: int, seg_end: int) -> bool:
    """Is the readiness cue followed, in its sentence and before a ';' or a new clause with its own subject, by a
    condition ("if", "provided that", "only after", "in exchange for" …)?"""
    tail = text[cue_end:seg_end]
    tail = re.split(r"[;:]|\s[—–]\s|,\s+(?:and|but|while|whereas|although)\s+(?!only\b)", tail)[0]
    return bool(_CONDITIONAL.search(tail))


def _between_parties(text: str, seg: tuple[int, int], mentions: Sequence[Any]) -> list[_Party]:
    """The parties of "talks between Moscow and Kiev" / "negotiations between Russia and Ukraine" in ``seg``."""
    m = re.search(r"\b(?:talks|negotiations|dialogue|contacts|meeting|round)\s+between\s+(?:the\s+)?", text[seg[0]:seg[1]],
                  re.I)
    if not m:
        return []
    pos = seg[0] + m.end()
    first = next((x for x in mentions if x.start == pos), None)
    if first is None:
        return []
    second = next((x for x in mentions if x.start > first.end and re.fullmatch(r"\s*(?:,\s*)?and\s+(?:the\s+)?",
                                                                                text[first.end:x.start])), None)
    parties = [_party(first)] + ([_party(second)] if second is not None else [])
    return [p for p in parties if _known(p)] if second is not None else []


_GENERIC_PARTIES = re.compile(r"\b(?:sides|parties|delegations?|negotiators|negotiating\s+teams?)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|plans?\s+to|intends?\s+to|wants?\s+to)\W+(?:[\w'’-]+\W+){0,2}$|[’']ll\W+$",
                     re.I)
_CONTEXT_SENTENCES = 2  # sentences before the cue's, inside its paragraph, that may name the talks' parties


def _context_parties(text: str, seg: tuple[int, int], sent: Span, mentions: Sequence[Any]) -> list[_Party]:
    """Russia and Ukraine (one party each) for a round or a stall whose sentence names no party ("the ninth
    round of talks was held", "the two sides haven't sat down …"), when the sentence or the (at most two)
    sentences before it in the same paragraph (for a paragraph's first sentence: the last sentence of the paragraph
    before) name a Russian and a Ukrainian actor. Nothing otherwise."""
    para_start = text.rfind("\n", 0, sent.start) + 1
    if not text[para_start:sent.start].strip():  # the paragraph's first sentence: the last one of the paragraph before
        before = [x for x in sentences(text[:para_start]) if x.text.strip()]
        lo = before[-1].start if before else sent.start
    else:
        starts = [x.start for x in sentences(text[para_start:sent.start])]
        lo = para_start + starts[-_CONTEXT_SENTENCES] if len(starts) >= _CONTEXT_SENTENCES else para_start
    sides = {m.resolution.side for m in mentions if lo <= m.start < sent.end}
    if not {"RU", "UA"} <= sides:
        return []
    states = [_state_of_side("RU"), _state_of_side("UA")]
    return [_Party(st[1], st[0], side, "mention") for st, side in zip(states, ("RU", "UA")) if st]


def _code_match_base(text: str, m: re.Match, rule: CueRule, book: Codebook, source: str, quote: Quote | None,
                     nested: Sequence[Quote], clauses: Sequence[tuple[int, int]], seg: tuple[int, int], sent: Span,
                     mentions: Sequence[Any], persons: Sequence[tuple[int, _Party]]) -> list[tuple]:
    cue = (m.start(), m.end())
    clause = _around(clauses, m.start())
    relative = bool(re.match(r"(?:which|who)\b", text[clause[0]:clause[0] + 6], re.I))
    if not _has_object(text, (seg[0], clause[1]) if relative else clause, cue, rule.requires, book):
        return []  # a relative clause ("…, which was rejected") finds its object in the clause before
    if source == "narration" and _in_scare_quotes(text, seg, cue):
        return []
    if rule.code != "SET_CONDITION" and _HYPOTHETICAL.search(text, clause[0], cue[0]):
        return []
    if book.framing.search(text, seg[0], cue[0]):
        return []
    before = text[max(clause[0], cue[0] - 40):cue[0]]
    noun_first = bool(re.match(r"(?:talks|negotiations|meeting|round|summit|agreements?|delegations?|negotiators)\b",
                               m.group(0), re.I))  # "the ninth round of | talks was held": no infinitive
    if rule.code in TALKS_CODES and (_MODAL.search(before) or rule.code == "TALKS_HELD" and not noun_first
                                     and _INFINITIVE.search(before)):
        return []  # "could hold negotiations if …", "urged Putin to hold talks": not a round of talks
    neg = _negation(text, clause[0], cue[0])
    code = rule.code
    if neg:
        code = rule.privative_code if neg == "privative" else rule.negated_code
        if not code:
            return []
    if rule.subject_role == "possessor":
        if source != "quote":
            return []  # a party's unwillingness stated by the outlet has no accuser
        speaker = _speaker(text, quote, seg, mentions)
        if not _known(speaker):
            return []
        owner = _possessor(text, clause, cue, mentions)
        if owner is not None and (owner.kind == "self" or owner.side and owner.side == speaker.side):
            return [(speaker, rule.self_code or rule.code, None, bool(neg))]
        return [(speaker, rule.code, owner, bool(neg))]
    if rule.cue_group in _PASSIVE_GROUPS and _PASSIVE.search(text[max(clause[0], cue[0] - 30):cue[0]]) \
            and re.match(r"\w+ed\b", m.group(0)):
        return _passive(text, clause, cue, rule, code, neg, source, quote, seg, mentions)
    lo = clause[0]
    if quote is not None and cue[0] >= quote.start:
        lo = max(lo, quote.start)  # a cue in the quote's words: the speaker's own name is not its subject
    if _CAUSATIVE.search(text, max(clause[0], cue[0] - 80), cue[0]):
        return []  # "risks convincing Ukraine to reject a deal", "pressured Kyiv to accept": another party's act
    subject = _subject(text, lo, cue[0], mentions, persons, nested)
    if subject is not None and quote is not None and quote.kind == "indirect" and subject.kind in {"they", "person"} \
            and subject.start >= quote.start and not _WORD.search(text, quote.start, subject.start):
        subject = _Party("we", None, None, "self", subject.start)  # "The US said they see no point …": the speaker
    if subject is None and re.match(r"(?:which|who)\b", text[clause[0]:clause[0] + 6], re.I):
        subject = _antecedent(text, seg[0], clause[0], mentions)
    if subject is None and source == "narration":  # the main subject of a long clause, then of the sentence
        subject = _subject(text, clause[0], cue[0], mentions, persons, nested, near=False)
        if subject is None and len(_WORD.findall(text[clause[0]:cue[0]])) <= 3:  # ", and later accused …"
            subject = _subject(text, seg[0], clause[0], mentions, persons, nested, near=False)
    out: list[tuple] = []
    if source == "quote":
        speaker = _speaker(text, quote, seg, mentions)
        if not _known(speaker):
            return []
        third = _third_party(subject, speaker)
        if rule.subject_role == "target":
            if subject is not None and not third and (subject.kind == "self" or subject.kind == "mention"
                                                      and subject.side is not None and subject.side == speaker.side):
                code = rule.self_code or code
                target = _target(text, clause, cue[1], mentions, speaker)
            else:
                target = subject if third else _target(text, clause, cue[1], mentions, speaker)
        elif third:
            code = book.third_party.get(code, "")
            if not code:
                return []
            target = subject
        else:
            target = _target(text, clause, cue[1], mentions, speaker)
        out.append((speaker, code, target, bool(neg)))
        if neg and rule.code == "REJECT" and code == "READY_TO_TALK":
            contrasted = _contrast_target(text, cue[1], seg[1], mentions)
            if contrasted is not None:
                out.append((speaker, "BLAME", contrasted, True))
        return out
    # narration: the subject is the actor. An obstruction stated as fact ("Kiev backtracked on the Istanbul
    # promises", "the US blocks any peace talks") is the subject's own refusal (self_code)
    if code in TALKS_CODES and (subject is None or subject.kind == "they" or not _known(subject)):
        parties = _between_parties(text, seg, mentions)  # "talks between Moscow and Kiev stalled"
        if not parties and (subject is None or subject.kind == "they" or _GENERIC_PARTIES.search(subject.name)):
            near_talk = book.talk.search(text[max(clause[0], cue[0] - 60):cue[1]]) \
                or re.search(r"\brounds?\b", m.group(0), re.I)  # the talks stalled, not "the war is at a standstill"
            open_slot = not any(_window_start(text, clause[0], cue[0], 8) <= x.start < cue[0] for x in mentions) \
                and not _FUTURE.search(text[max(clause[0], cue[0] - 30):cue[0]])
            # "the ninth round was held": no actor before the cue ("after Putin signed agreements" is Putin's act,
            # not the talks'), and a past or present round ("will instead hold talks with the next leader" is a stance)
            parties = _context_parties(text, seg, sent, mentions) if near_talk and open_slot else []
        return [(p, code, None, bool(neg)) for p in parties]
    if subject is None or subject.kind in {"self", "they"} or not _known(subject):
        return []
    if rule.subject_role == "target":
        code = rule.self_code
        if not code:
            return []
    if code != "SET_CONDITION" and re.search(r"\b(?:may|might|could)\s+(?:not\s+)?(?:\w+\s+)?$", before, re.I):
        return []  # the outlet's speculation ("the envoy Okafor may not yet want a truce") is not a stated position
    reporter = _reporter(text, seg[0], subject, mentions, book)
    if reporter is None:  # "Russia is ready for talks, President Vladimir Putin said on Thursday"
        reporter = _trailing_reporter(text, cue[1], sent.end, mentions, book)
    if reporter is _UNKNOWN:
        return []  # "… for hinting that Kyiv ought to be willing": someone's claim, not the subject's stance
    if reporter is not None:  # "Putin was to tell Modi that Ukraine rejected negotiations": Putin's blame
        if not _third_party(subject, reporter):  # own side: the speaker's stance, as for a quote (gold guide)
            return [(reporter, code, _target(text, clause, cue[1], mentions, reporter), bool(neg))]
        code = book.third_party.get(code, "")
        return [(reporter, code, subject, bool(neg))] if code else []
    for actor in _coordinated(text, subject, mentions, cue[0]):
        out.append((actor, code, _target(text, clause, cue[1], mentions, actor), bool(neg)))
    if neg and rule.code == "REJECT" and code == "READY_TO_TALK":
        contrasted = _contrast_target(text, cue[1], seg[1], mentions)
        if contrasted is not None:
            out.append((subject, "BLAME", contrasted, True))
    return out


@lru_cache(maxsize=1)
def _default_registry() -> Any:
    from peacetalks.actors import load_registry

    return load_registry()


def to_cli_record(p: Position) -> dict:
    """The CLI's record: exactly ``CLI_KEYS``."""
    return {"article_id": p.article_id, "actor": p.actor, "side": p.side, "code": p.code, "target": p.target,
            "issue": p.issue, "event_date": p.event_date or None, "date_precision": p.date_precision,
            "evidence_start": p.evidence_start, "evidence_end": p.evidence_end}


def cli_records(article: dict) -> list[dict]:
    """``python -m peacetalks positions``: one article ``{"id","text","published"?,"outlet"?}`` -> position dicts
    with exactly ``CLI_KEYS`` (``event_date`` null when unknown). A corpus export's ``date`` is read as
    ``published`` when ``published`` is absent."""
    from peacetalks.quotes import extract_quotes

    text, article_id = article["text"], str(article["id"])
    published = article.get("published") or article.get("date") or ""  # corpus exports call it "date"
    registry = _default_registry()
    quotes = extract_quotes(text, article_id=article_id, published=published or None, registry=registry)
    found = extract_positions(text, quotes, article_id=article_id, published=published,
                              outlet=article.get("outlet") or "", registry=registry)
    return [to_cli_record(p) for p in found]


# -------------------------------------------------------------------------------------------- events, dates

def event_key(actor: str, code: str, issue: str, event_date: str, article_id: str) -> str:
    """Reports of one position share a key; undated reports are never merged across articles. ``actor`` is the
    voice the position is grouped under (``voice_of``)."""
    raw = "|".join([actor, code, issue, event_date or f"undated:{article_id}"])
    return "ev_" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def voice_of(actor: str, actor_id: str | None, date: str = "", *, registry: Any = None) -> str:
    """The voice a report is grouped under: an institution speaks for itself, and a person holding a
    spokesperson role of an institution on ``date`` (registry ``actor_roles.csv``) speaks for that institution
    ("Dmitry Peskov" -> the Kremlin, "Karine Jean-Pierre" -> the White House); anyone else is their own voice."""
    if not actor_id or registry is None or actor_id not in registry.actors:
        return actor_id or actor
    if registry.actors[actor_id].type == "institution":
        return actor_id
    day = date if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date or "") else None
    orgs = [r.org for r in registry.roles_of(actor_id, date=day) if "spokesperson" in r.role and r.org in registry.actors]
    orgs.sort(key=lambda o: registry.actors[o].type != "institution")  # the Kremlin before Russia
    return orgs[0] if orgs else actor_id


def group_events(positions: pd.DataFrame, *, registry: Any = None) -> pd.DataFrame:
    """Add ``voice``, ``event_id`` and ``n_reports`` to ``positions``: reports of the same voice (``voice_of``:
    "the Kremlin" and its spokesman Peskov are one), code, issue and event date are one event."""
    df = positions.copy()
    if df.empty:
        return df.assign(voice=pd.Series(dtype=str), event_id=pd.Series(dtype=str), n_reports=pd.Series(dtype=int))
    if registry is None and "actor_id" in df:
        registry = _default_registry()
    ids = df["actor_id"] if "actor_id" in df else pd.Series([None] * len(df), index=df.index)
    dates = df.event_date.fillna("")
    df["voice"] = [voice_of(a, None if is_missing(i) else i, d, registry=registry)
                   for a, i, d in zip(df.actor, ids, dates)]
    df["event_id"] = [event_key(v, c, i, d or "", art) for v, c, i, d, art in
                      zip(df.voice, df.code, df.issue, dates, df.article_id)]
    df["n_reports"] = df.groupby("event_id")["event_id"].transform("size").astype(int)
    return df


def events_table(positions: pd.DataFrame) -> pd.DataFrame:
    """One row per event: its key, date, and how many reports, articles and outlets carry it. ``actor`` is the
    event's most reported actor, ``actors`` all actors whose reports it merges ("the Kremlin; Dmitry Peskov")."""
    df = positions if "event_id" in positions else group_events(positions)
    cols = ["event_id", "actor", "actors", "side", "code", "issue", "event_date", "date_precision", "date_basis",
            "n_reports", "n_articles", "n_outlets", "outlets", "first_published", "last_published", "targets"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    g = df.groupby("event_id", sort=False)
    out = g.agg(actor=("actor", lambda s: s.value_counts().index[0]),
                actors=("actor", lambda s: "; ".join(dict.fromkeys(s))),
                side=("side", "first"), code=("code", "first"), issue=("issue", "first"),
                event_date=("event_date", "first"), date_precision=("date_precision", "first"),
                date_basis=("date_basis", lambda s: "text" if (s == "text").any() else s.iloc[0]),
                n_reports=("event_id", "size"), n_articles=("article_id", "nunique"),
                n_outlets=("outlet", "nunique"),
                outlets=("outlet", lambda s: "; ".join(sorted({o for o in s if o}))),
                first_published=("published", "min"), last_published=("published", "max"),
                targets=("target", lambda s: "; ".join(sorted({t for t in s if t})))).reset_index()
    return out[cols].sort_values(["event_date", "actor", "code"], kind="stable").reset_index(drop=True)


def event_midpoint(event_date: str, precision: str) -> pd.Timestamp | None:
    """A point on the time axis for an event date: the day, or the middle of its week, month or year."""
    if not event_date or precision == "unknown":
        return None
    try:
        if precision == "day":
            return pd.Timestamp(event_date)
        if precision == "week":
            return pd.Timestamp(event_date) + pd.Timedelta(days=3)
        if precision == "month":
            start = pd.Timestamp(event_date + "-01")
            return start + (start + pd.offsets.MonthEnd(0) - start) / 2
        if precision == "year":
            return pd.Timestamp(event_date + "-07-01")
    except ValueError:
        return None
    return None


def lag_days(event_date: str, precision: str, published: str) -> float | None:
    """Days from the event (its midpoint) to the publication that reports it; None when either is unknown."""
    mid = event_midpoint(event_date, precision)
    if mid is None or not published:
        return None
    return float((pd.Timestamp(published) - mid).days)


# --------------------------------------------------------------------------------------------------- scoring

def _actor_match(gold: str, pred: str) -> bool:
    """Gold actor (alternatives separated by "|") matches a predicted canonical name, or shares its surname."""
    def norm(name: str) -> str:
        return re.sub(r"^(?:the|other)\s+", "", (name or "").casefold().strip())

    for p in (pred or "").split("|"):
        p = norm(p)
        for g in (gold or "").split("|"):
            g = norm(g)
            if not g or not p:
                continue
            if g == p or (len(g.split()) > 1 and g.split()[-1] == p.split()[-1] and len(p.split()[-1]) > 3):
                return True
    return False


def score(pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Precision/recall of (article, actor, code) against gold, and event-date accuracy over matched pairs.

    Matching is one-to-one per article: each gold row takes the unmatched prediction with the same code and a
    matching actor, preferring one whose evidence overlaps the gold evidence span.
    """
    pred = pred.reset_index(drop=True)
    used: set[int] = set()
    pairs = []
    for g in gold.itertuples():
        cands = [i for i, p in pred.iterrows() if i not in used and p.article_id == g.article_id
                 and p.code == g.code and _actor_match(g.actor, p.actor)]
        if not cands:
            continue
        overlap = [i for i in cands if pred.at[i, "evidence_start"] < int(g.evidence_end)
                   and int(g.evidence_start) < pred.at[i, "evidence_end"]]
        i = (overlap or cands)[0]
        used.add(i)
        pairs.append((g, pred.loc[i]))
    tp = len(pairs)
    # a collective gold row ("Russia|Ukraine" for "the two sides") is reported once per party: the second party's
    # report of the same statement and code is no false positive (nor a second hit)
    covered = {i for i, p in pred.iterrows() if i not in used and any(
        "|" in str(g.actor) and p.article_id == g.article_id and p.code == g.code and _actor_match(g.actor, p.actor)
        and pred.at[i, "evidence_start"] < int(g.evidence_end) and int(g.evidence_start) < pred.at[i, "evidence_end"]
        for g, _ in pairs)}
    n_pred = len(pred) - len(covered)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / len(gold) if len(gold) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dates_ok = [str(p.event_date or "") == str(g.event_date or "") and p.date_precision == g.date_precision
                for g, p in pairs]
    return {"n_gold": len(gold), "n_pred": n_pred, "tp": tp, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3),
            "date_accuracy": round(sum(dates_ok) / tp, 3) if tp else 0.0, "n_dates_correct": int(sum(dates_ok))}


def score_table(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """``score`` per article and overall, as a table."""
    rows = [{"article_id": a, **score(pred[pred.article_id == a], gold[gold.article_id == a])}
            for a in sorted(set(gold.article_id) | set(pred.article_id))]
    rows.append({"article_id": "ALL", **score(pred, gold)})
    return pd.DataFrame(rows)


def load_gold(path: str | None = None) -> pd.DataFrame:
    """The hand-coded seed positions (``data/reference/gold/positions_seeds.csv``)."""
    from peacetalks.paths import GOLD

    df = pd.read_csv(path or GOLD / "positions_seeds.csv", dtype=str, keep_default_na=False)
    df["evidence_start"] = df["evidence_start"].astype(int)
    df["evidence_end"] = df["evidence_end"].astype(int)
    bad = set(df.code) - set(CODES) | set(df.issue) - set(ISSUES) | set(df.date_precision) - set(PRECISIONS)
    if bad:
        raise ValueError(f"gold has unknown codes/issues/precisions: {sorted(bad)}")
    return df


def positions_frame(records: Iterable[Position]) -> pd.DataFrame:
    """Positions as a table with stable columns (empty input gives the columns)."""
    from dataclasses import fields

    from peacetalks.tables import to_frame

    return to_frame(list(records), columns=[f.name for f in fields(Position)])


# ----------------------------------------------------------------------------------------------- study tables

def extract_articles(articles: pd.DataFrame, quotes: pd.DataFrame | None, *, registry: Any = None,
                     progress: bool = False) -> pd.DataFrame:
    """Positions of every article of an articles table (columns article_id, text, published, outlet), using the
    quotes table for attribution; one row per report, with ``event_id`` and ``n_reports``."""
    from tqdm import tqdm

    registry = registry if registry is not None else _default_registry()
    by_article = quotes_by_article(quotes)
    found: list[Position] = []
    for row in tqdm(articles.to_dict("records"), desc="positions", disable=not progress):
        published = "" if is_missing(row.get("published")) else str(row.get("published") or "")
        found += extract_positions(row["text"], by_article.get(str(row["article_id"]), []),
                                   article_id=str(row["article_id"]), published=published,
                                   outlet="" if is_missing(row.get("outlet")) else str(row.get("outlet") or ""),
                                   registry=registry)
    return group_events(positions_frame(found), registry=registry)


def codebook_table() -> pd.DataFrame:
    """The codebook as shown in the report: code, cue group, definition, example, CAMEO, PLOVER."""
    return read_reference("position_codes")[["code", "cue_group", "definition", "example", "cameo", "plover"]]


def predict_seeds(*, registry: Any = None) -> pd.DataFrame:
    """Quotes -> positions on the raw seed texts (``data/raw``), the texts the gold offsets refer to."""
    from peacetalks.paths import SEEDS
    from peacetalks.quotes import extract_quotes

    registry = registry if registry is not None else _default_registry()
    meta = pd.read_csv(SEEDS / "metadata.csv", dtype=str, keep_default_na=False)
    found: list[Position] = []
    for row in meta.itertuples():
        path = SEEDS / row.file
        text, article_id = path.read_text(encoding="utf-8"), path.stem
        quotes = extract_quotes(text, article_id=article_id, published=row.published or None, registry=registry)
        found += extract_positions(text, quotes, article_id=article_id, published=row.published, outlet=row.outlet,
                                   registry=registry)
    return positions_frame(found)


def preview(positions: pd.DataFrame, *, n: int = 15, width: int = 90) -> pd.DataFrame:
    """A compact view of position reports for the report: who, what, when, and the evidence cut to ``width``."""
    cols = ["outlet", "actor", "side", "code", "target", "issue", "event_date", "date_precision", "date_basis"]
    out = positions[cols].head(n).copy()
    out["evidence"] = [e if len(e) <= width else e[:width - 1] + "…" for e in positions["evidence"].head(n)]
    return out.reset_index(drop=True)


# ------------------------------------------------------------------------------------ corpus sample (gold frame)

_SAMPLE_FRAME = re.compile(r"\bpeace\w*|\bceasefire|\bcease-fire|\btruce", re.I)
_NEGOTIATION_FRAME = re.compile(r"\bnegotiat\w*|\btalks\b|\bceasefire|\bcease-fire|\btruce|\bpeace\s+(?:deal|plan|process|"
                                r"proposals?|agreement|settlement|formula|summit|initiative)", re.I)


def sample_sentences(articles: Iterable[dict], *, n: int, seed: int, exclude: Iterable[tuple[str, int, int]] = (),
                     frame: str = "talk") -> list[tuple[str, int, int]]:
    """A random sample of ``n`` corpus sentences for hand coding, as ``(article_id, start, end)`` offsets into the
    article ``text``: sentences that name talks, peace, a ceasefire or conditions (the TALK and CONDITION
    lexicons, or peace/ceasefire/truce), drawn without replacement; sentences overlapping any ``exclude`` span
    (an earlier review or sample) are not drawn. ``frame="negotiation"`` narrows the frame to sentences naming
    negotiations, talks, a ceasefire/truce or a peace deal/plan/process. The frame uses no detector output."""
    import random

    book = load_codebook()
    taken: dict[str, list[tuple[int, int]]] = {}
    for art, s, e in exclude:
        taken.setdefault(str(art), []).append((int(s), int(e)))
    if frame not in {"talk", "negotiation"}:
        raise ValueError(f"frame must be 'talk' or 'negotiation', got {frame!r}")
    pool = []
    for art in articles:
        aid = str(art["id"])
        for sent in sentences(art["text"]):
            if frame == "negotiation" and not _NEGOTIATION_FRAME.search(sent.text):
                continue
            if not (book.talk.search(sent.text) or _SAMPLE_FRAME.search(sent.text)):
                continue
            if any(s < sent.end and sent.start < e for s, e in taken.get(aid, [])):
                continue
            pool.append((aid, sent.start, sent.end))
    if n > len(pool):
        raise ValueError(f"sample of {n} asked from a frame of {len(pool)} sentences")
    return sorted(random.Random(seed).sample(pool, n))


def load_corpus_sample(path: str | None = None) -> pd.DataFrame:
    """The hand-coded corpus sample (``data/reference/gold/positions_corpus_sample.csv``): one row per (sentence,
    actor, code), and one row with an empty code for each sampled sentence that holds no position."""
    from peacetalks.paths import GOLD

    df = pd.read_csv(path or GOLD / "positions_corpus_sample.csv", dtype=str, keep_default_na=False)
    for col in ("sent_start", "sent_end"):
        df[col] = df[col].astype(int)
    coded = df[df.code != ""]
    bad = set(coded.code) - set(CODES) | set(coded.issue) - set(ISSUES) | set(coded.date_precision) - set(PRECISIONS)
    if bad:
        raise ValueError(f"corpus sample has unknown codes/issues/precisions: {sorted(bad)}")
    return df


def predict_corpus_sample(corpus: str, sample: pd.DataFrame, *, registry: Any = None) -> pd.DataFrame:
    """Quotes -> positions on the raw ``text`` of the sampled corpus articles (the texts the sample's offsets
    refer to); only reports whose cue lies in a sampled sentence, with ``sent_start``/``sent_end`` added."""
    import json

    from peacetalks.quotes import extract_quotes

    registry = registry if registry is not None else _default_registry()
    wanted = set(sample.article_id)
    spans = {a: list(zip(g.sent_start, g.sent_end)) for a, g in sample.drop_duplicates(
        ["article_id", "sent_start"]).groupby("article_id")}
    rows = []
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            aid = str(art["id"])
            if aid not in wanted:
                continue
            text, published = art["text"], art.get("published") or art.get("date") or ""
            quotes = extract_quotes(text, article_id=aid, published=published or None, registry=registry)
            for p in extract_positions(text, quotes, article_id=aid, published=published,
                                       outlet=art.get("outlet") or "", registry=registry):
                for s, e in spans[aid]:
                    if s <= p.cue_start < e:
                        rows.append({**positions_frame([p]).iloc[0].to_dict(), "sent_start": s, "sent_end": e})
    cols = [*positions_frame([]).columns, "sent_start", "sent_end"]
    return pd.DataFrame(rows, columns=cols)


def score_sample(pred: pd.DataFrame, sample: pd.DataFrame, *, by: str | None = "batch") -> pd.DataFrame:
    """Precision/recall of (sentence, actor, code) and date accuracy on the corpus sample, per ``by`` group and
    overall. A report matches a gold row of the same sentence with the same code and a matching actor."""
    def keyed(df: pd.DataFrame) -> pd.DataFrame:
        out = df.copy()
        out["article_id"] = out.article_id + ":" + out.sent_start.astype(str)
        out["evidence_start"], out["evidence_end"] = out.sent_start, out.sent_end
        return out

    gold = keyed(sample[sample.code != ""])
    pred = keyed(pred)
    groups = [("ALL", sample)]
    if by:
        groups = [(k, g) for k, g in sample.groupby(by)] + groups
    rows = []
    for name, g in groups:
        keys = set(g.article_id + ":" + g.sent_start.astype(str))
        rows.append({"group": name, "n_sentences": len(keys),
                     **score(pred[pred.article_id.isin(keys)], gold[gold.article_id.isin(keys)])})
    return pd.DataFrame(rows)
