"""Framing: deadlock frames per statement (with evidence span, speaker and blamed target), generic news frames per
article (Semetko & Valkenburg 2000), loaded language per 1,000 words, and who-blames-whom edges.

Knowledge lives in reviewed CSVs (``data/reference/``): ``frames_codebook.csv`` (frames, indicator cues as
regular expressions, blame predicates, target terms, side -> blame frame), ``generic_frames.csv`` (indicator
questions with cue patterns) and ``loaded_language.csv`` (terms with the side that typically uses them).

A frame is attributed to who voiced it: the statement's speaker and side (from the quotes table via
``peacetalks.statements``), or the outlet's narration (side ``"narrator"``). Blame predicates ("refuse talks",
"lacks will", "forbid") pick the blamed party from actor mentions in the statement (``Registry.find_mentions``
first, codebook target terms as a fallback, pronouns resolved to the nearest earlier mention); the BLAME_* frame
follows the blamed party's side. A negated refusal ("it is not we who refuse") is READINESS of its subject, and a
contrast that follows it ("..., but they") is blame of that party. A negated readiness ("Kyiv is not ready to
talk") is blame of its subject.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from peacetalks.paths import REFERENCE
from peacetalks.statements import Statement
from peacetalks.tables import is_missing
from peacetalks.text import n_words, sentences

DEADLOCK_FRAMES = ("BLAME_WEST", "BLAME_KYIV", "BLAME_RUSSIA", "READINESS", "PRECONDITIONS", "GROUND_REALITIES",
                   "ROOT_CAUSES", "BROKEN_PROMISES", "WESTERN_AID", "JUSTICE")
BLAME_FRAMES = ("BLAME_WEST", "BLAME_KYIV", "BLAME_RUSSIA")
GENERIC_FRAMES = ("responsibility", "conflict", "human_interest", "morality", "economic")
CLI_KEYS = ("article_id", "frame", "start", "end", "speaker", "side", "target", "confidence")
FRAME_COLUMNS = ["article_id", "statement_id", "frame", "start", "end", "speaker", "side", "target", "target_side",
                 "confidence", "cue", "actor_id", "target_actor_id", "method"]

_ROLES = {"predicate", "cue", "target", "side", "exclude"}
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves)\b")  # not "US"
_THIRD_PERSON = re.compile(r"\b(?:they|them|their|theirs|these\s+(?:figures|people|countries|states|gentlemen)|"
                           r"those\s+(?:people|figures|countries)|(?:such|these|those)\s+(?:moves|steps|actions|decisions|"
                           r"measures))\b", re.I)
# Negation right before a cue: "does not refuse", "it is not we who refuse", "never refused", "no one is ready".
_NEGATION = re.compile(r"(?:\b(?:not|never|no\s+one|nobody)|n[’']t)\b(?!\s+(?:hesitate|only|just|stop|cease|fail))"
                       r"(?:\s+[\w’']+){0,3}\s*$", re.I)
# Interlocutors are not agents: "talks with Moscow", "negotiations between Russia and Ukraine".
_INTERLOCUTOR = re.compile(r"\b(?:(?:negotiat\w*|talks?|talking|dialogue|table|meet\w*|agreements?|peace|engage\w*|"
                          r"deal|contacts?|relations)\s+(?:[\w’']+\s+){0,3}?(?:with|to)|between|against)"
                          r"\s+(?:the\s+)?$", re.I)
_CONTRAST = re.compile(r"\b(?:but|unlike|rather|instead)\b", re.I)
# A blame the speaker reports but distances from ("the West is trying to accuse Moscow of ...", "supposedly").
_DISTANCING = re.compile(r"\b(?:supposedly|allegedly|so-called|falsely|trying\s+to\s+(?:accuse|create|portray|present|"
                         r"blame|paint)|accus\w+\s+(?:[\w’']+\s+){1,4}of)\b", re.I)
_ATTEMPT = re.compile(r"\b(?:trying|try|tries|tried|attempt\w*|seek\w*|sought|want\w*)\s+to\s*$", re.I)
_ONLY_IF = re.compile(r"[^.;:?!]{0,80}?\bonly\s+(?:\w+\s+)?(?:after|if|when|once|until|unless|on\s+condition)\b", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|once)\b", re.I)
# Hedge scope before a cue, within its sentence (after the last strong break): a denial reverses the cue ("denied that
# Kyiv refused talks"); a doubt says the party is *not* so ("no sign that Russia was ready to negotiate", "far from",
# "unlikely to"); an open question leaves it undecided ("refused to say whether", "questioned whether").
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismiss(?:ed|es)?)\s+(?:(?:claims|reports|suggestions|"
                     r"allegations|accusations)\s+)?(?:that|being|it\s+(?:was|is|had))\b", re.I)
_DOUBT = re.compile(r"\b(?:no|little|scant|few)\s+(?:real\s+|clear\s+)?(?:signs?|indications?|evidence|hints?|suggestion)"
                    r"\s+(?:yet\s+)?(?:that|of)\b|\bfar\s+from\b|\b(?:unlikely|improbable)\s+(?:to|that)\b|"
                    r"(?<!\bno\s)(?<!\blittle\s)(?<!\bwithout\s)\b(?:doubt\w*|sceptic\w*|skeptic\w*)\s+(?:that|about)\b", re.I)
_OPEN = re.compile(r"\b(?:question\w*|ask\w*|wonder\w*|doubt\w*|unclear|uncertain|not\s+(?:clear|known|certain)|"
                   r"remains?\s+to\s+be\s+seen|(?:refus\w+|declin\w+)\s+to\s+(?:say|confirm|comment\s+on|disclose))"
                   r"\s+(?:[\w’']+\s+)?(?:whether|if)\b[^,;:—–]*$", re.I)
_HEDGE_BREAK = re.compile(r"[.;!?]\s|\bbut\b|\bhowever\b|\bwhile\b", re.I)
# Yes/no questions ("Might some countries ... scupper a peace deal?") assert nothing; "why" questions may blame.
_YES_NO = re.compile(r"[\s\"“‘'(]*(?:might|could|would|will|can|is|are|was|were|do|does|did|should|shall|has|have|"
                     r"had|may)\b", re.I)
# "X is ready for negotiations, but they are not" -> blame of "they"
_BUT_NOT = re.compile(r"\bbut\s+(?P<who>[\w’' ]{1,40}?)\s+(?:are|is|were|was|do|does|did|have|has)"
                      r"(?:\s+not\b|n[’']t\b)", re.I)
_ATTRIBUTION = re.compile(r"\s*(?:[\w.]+\s+){0,2}?(?:said|says|explained|told|added|noted|argued|claimed|stressed|"
                          r"insisted|believes?|thinks?)\b", re.I)
_OBJECT_BEFORE = re.compile(r"\b(?:of|to|for|with|on|in|into|from|against|about)\s+(?:the\s+)?$", re.I)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"[’']s?\b")
_UNNAMED_SUBJECT = re.compile(r"\b(?:those|anyone|everyone|whoever|all|others?|some|people)\s+who\s+$", re.I)
_UNNAMED_AFTER = re.compile(r"\s*(?:those|anyone|everyone|whoever|others?|some)\b", re.I)
_THIRD_SELF = re.compile(r"\b(?:he|his|she|her|its)\b(?:\s+(?:country|government|side|administration))?", re.I)
# Clause boundaries used to find the subject of a cue.
_CLAUSE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?;:]\s|\s[–—]\s|"
                           r",\s*(?:but|while|whereas|although|though)\b|\bbecause\s+(?!of\b)|"
                           r"\bwhile\b|\bwhereas\b|\bbut\b", re.I)
_AGENT_AFTER = re.compile(r"[\s\"“”‘’*]*(?:by|on\s+the\s+part\s+of|from|of)\s+(?:the\s+)?", re.I)  # fullmatch
_DIRECTIONS = {"before", "after", "either", "before-only", "after-only", "with", "object"}
_GAP_EDGE = " \t\r\n\u00a0,;:.\u2014\u2013-\"'\u201c\u201d\u2018\u2019\u00ab\u00bb*"
_COORDINATION = re.compile(r"^[\s\"“”‘’*,]*(?:and|&|or|as\s+well\s+as|together\s+with)[\s\"“”‘’*]*"
                           r"(?:(?:its|their|his)\s+)?$", re.I)


# --------------------------------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class Frame:
    """One deadlock frame voiced in one statement; ``start``/``end`` is the evidence (cue) span in the article."""

    article_id: str
    statement_id: str
    frame: str
    start: int
    end: int
    speaker: str | None  # who voiced it: quote speaker, or the outlet for narration
    side: str | None  # speaker's side, "narrator" for the outlet's own sentences
    target: str | None  # blamed party (BLAME_*) or party declared ready (READINESS); None otherwise
    target_side: str | None
    confidence: float
    cue: str  # codebook cue name that fired
    actor_id: str | None = None  # speaker's registry id
    target_actor_id: str | None = None
    method: str = ""  # cue | predicate | negated | contrast | implied; "+pronoun" when the target was a pronoun


@dataclass(frozen=True, slots=True)
class GenericAnswer:
    """One Semetko & Valkenburg indicator question answered for one article, with its first evidence span."""

    article_id: str
    frame: str
    question_id: str
    answer: bool | None  # None: not applicable to text (the visual question)
    start: int | None
    end: int | None
    cue: str  # matched text or the deadlock frame that answered it
    n_hits: int


@dataclass(frozen=True, slots=True)
class LoadedTerm:
    """One loaded-language hit in an article."""

    article_id: str
    term: str
    side: str  # side that typically uses the term: RU, UA/West, both
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class BlameEdge:
    """Blamer -> blamed, counted over statements of one outlet."""

    outlet: str
    blamer: str
    blamer_side: str
    blamed: str
    blamed_side: str
    frame: str
    n_statements: int
    n_articles: int


@dataclass(frozen=True, slots=True)
class _Cue:
    frame: str
    role: str
    cue: str
    regex: re.Pattern | None
    weight: float
    target_side: str
    target_dir: str
    negated_as: str = ""  # frame a negated predicate expresses ("does not refuse talks" -> READINESS)


@dataclass(frozen=True)
class Codebook:
    """The frame codebook, compiled."""

    cues: tuple[_Cue, ...]  # role cue/predicate
    targets: tuple[_Cue, ...]  # role target: collective actors -> side
    excludes: tuple[_Cue, ...]  # role exclude: sentences about other negotiations (prisoner swaps, other wars)
    side_frame: Mapping[str, str]  # registry side or "actor:<id>" -> BLAME_* frame
    labels: Mapping[str, str]
    definitions: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    name: str
    actor_id: str | None
    side: str | None  # registry side, "WEST", None when unknown
    kind: str  # registry | codebook | self | pronoun


# --------------------------------------------------------------------------------------------------- codebook
def _read_csv(path: Path):
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False)


@lru_cache(maxsize=4)
def load_codebook(path: str | Path | None = None) -> Codebook:
    """Read and validate ``frames_codebook.csv``; raise ValueError on an unknown frame/role or a bad pattern."""
    df = _read_csv(Path(path) if path else REFERENCE / "frames_codebook.csv")
    need = {"frame", "label", "definition", "role", "cue", "pattern", "weight", "target_side", "target_dir",
            "negated_as", "source"}
    if missing := need - set(df.columns):
        raise ValueError(f"frames codebook lacks columns {sorted(missing)}")
    cues, targets, excludes, side_frame, labels, definitions = [], [], [], {}, {}, {}
    for i, row in df.iterrows():
        frame, role = row["frame"], row["role"]
        if frame not in (*DEADLOCK_FRAMES, "BLAME") or role not in _ROLES:
            raise ValueError(f"codebook row {i + 2}: unknown frame {frame!r} or role {role!r}")
        if labels.setdefault(frame, row["label"]) != row["label"]:
            raise ValueError(f"codebook row {i + 2}: label of {frame} differs from an earlier row")
        definitions.setdefault(frame, row["definition"])
        if role == "side":
            side_frame[row["cue"]] = frame
            continue
        try:
            regex = re.compile(row["pattern"], re.I)
        except re.error as exc:
            raise ValueError(f"codebook row {i + 2} ({row['cue']}): bad pattern: {exc}") from exc
        if regex.search(""):
            raise ValueError(f"codebook row {i + 2} ({row['cue']}): pattern matches the empty string")
        direction = row["target_dir"] or "before"
        if direction not in _DIRECTIONS or row["negated_as"] not in ("", *DEADLOCK_FRAMES):
            raise ValueError(f"codebook row {i + 2}: bad target_dir {direction!r} or negated_as {row['negated_as']!r}")
        cue = _Cue(frame, role, row["cue"], regex, float(row["weight"] or 1.0), row["target_side"], direction,
                   row["negated_as"])
        {"target": targets, "exclude": excludes}.get(role, cues).append(cue)
    return Codebook(tuple(cues), tuple(targets), tuple(excludes), side_frame, labels, definitions)


def blame_frame_for(side: str | None, actor_id: str | None = None, *, codebook: Codebook | None = None) -> str | None:
    """The BLAME_* frame for blaming an actor of ``side`` (None for sides no blame frame covers, e.g. UN, CN)."""
    book = codebook or load_codebook()
    if actor_id and f"actor:{actor_id}" in book.side_frame:
        return book.side_frame[f"actor:{actor_id}"]
    return book.side_frame.get(side or "")


# --------------------------------------------------------------------------------------------------- mentions
def _article_mentions(text: str, *, registry, book: Codebook, published: str | None) -> list[_Mention]:
    """Actor mentions over the whole article: registry first, codebook target terms where the registry has none."""
    found: list[_Mention] = []
    if registry is not None:
        for m in registry.find_mentions(text, date=published):
            r = m.resolution
            found.append(_Mention(m.start, m.end, r.name, r.actor_id, r.side, "registry"))
    extra: list[_Mention] = []
    for t in book.targets:
        for m in t.regex.finditer(text):
            if m.end() <= m.start():
                continue
            overlap = [r for r in found if r.start < m.end() and m.start() < r.end]
            # a longer codebook phrase that contains registry mentions wins ("overseas masters of the Ukrainian regime")
            if all(m.start() <= r.start and r.end <= m.end() and (r.end - r.start) < m.end() - m.start()
                   for r in overlap) and (not overlap or t.target_side == "WEST" or
                                          all(blame_frame_for(r.side, r.actor_id, codebook=book) ==
                                              blame_frame_for(t.target_side, codebook=book) for r in overlap)):
                found = [r for r in found if r not in overlap]
                extra.append(_Mention(m.start(), m.end(), t.cue, None, t.target_side, "codebook"))
    taken = [(m.start, m.end) for m in found]
    extra.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for m in extra:  # longest-leftmost, no overlaps
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    for m in _THIRD_PERSON.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            kept.append(_Mention(m.start(), m.end(), m.group(0), None, None, "pronoun"))
    return sorted([*found, *kept], key=lambda m: (m.start, m.end))


def _group(m: _Mention, book: Codebook) -> str | None:
    return blame_frame_for(m.side, m.actor_id, codebook=book)


def _resolve_pronoun(m: _Mention, mentions: Sequence[_Mention], *, avoid: str | None, book: Codebook, text: str,
                     lookback: int = 700) -> list[_Mention]:
    """Nearest earlier non-pronoun mention (and its coordinated partners), skipping the speaker's own side."""
    before = [c for c in mentions if c.end <= m.start and c.start >= m.start - lookback
              and c.kind not in ("pronoun", "self") and _group(c, book)]
    for i in range(len(before) - 1, -1, -1):
        if avoid and _group(before[i], book) == avoid:
            continue
        return _coordinated(before, i, avoid=avoid, book=book, text=text)
    return []


def _coordinated(cands: Sequence[_Mention], i: int, *, avoid: str | None, book: Codebook,
                 text: str | None) -> list[_Mention]:
    """Mention ``i`` plus neighbours joined to it by "and" / "," (``text`` given: check the gap text)."""
    out = [cands[i]]
    if text is None:
        return out
    j = i
    while j > 0 and _COORDINATION.match(text[cands[j - 1].end:cands[j].start] or "x"):
        j -= 1
        out.insert(0, cands[j])
    j = i
    while j + 1 < len(cands) and _COORDINATION.match(text[cands[j].end:cands[j + 1].start] or "x"):
        j += 1
        out.append(cands[j])
    return out


# --------------------------------------------------------------------------------------------------- detection
def _clause(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around ``text[start:end]`` inside the statement ``[lo, hi)``."""
    c_start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, start):
        c_start = m.end()
    m = _CLAUSE_BREAK.search(text, end, hi)
    return c_start, (m.start() if m else hi)


_SENT_END = re.compile(r"[.!?][”\"’']?\s+|\n")


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (not before ``lo``): after the last ". "/"? "/"! " or line break."""
    cut = lo
    for m in _SENT_END.finditer(text, lo, pos):
        cut = m.end()
    return cut


def _statement_mentions(text: str, st: Statement, mentions: Sequence[_Mention]) -> list[_Mention]:
    inside = [m for m in mentions if m.start >= st.start and m.end <= st.end]
    if st.source == "quote":
        for m in _FIRST_PERSON.finditer(text, st.start, st.end):
            inside.append(_Mention(m.start(), m.end(), st.speaker or m.group(0), st.actor_id, st.side, "self"))
        if st.quote_kind in ("indirect", "mixed") and st.speaker:  # "Zelensky said his country is not prepared"
            head = text[st.start:min(st.end, st.start + 40)]
            m = _THIRD_SELF.match(head.lstrip(" “\"'‘")) if head else None
            if m:
                off = st.start + len(head) - len(head.lstrip(" “\"'‘"))
                inside.append(_Mention(off, off + m.end(), st.speaker, st.actor_id, st.side, "self"))
    return sorted(inside, key=lambda m: (m.start, m.end))


def _candidate(text: str, m: _Mention, lo: int, cue_start: int, book: Codebook, *,
               attribution_ok: bool = False) -> bool:
    """Can mention ``m`` be the party a cue is predicated of? Not an interlocutor ("talks with Moscow"), not a
    speaker attribution (", U.S. officials said,"), not a modifier ("the trials of Ukrainian prisoners", "Zelensky's
    warning that ...") unless the cue follows the possessive directly ("Kyiv's unwillingness")."""
    if not (m.kind in ("pronoun", "self") or _group(m, book)):
        return False
    att = None if attribution_ok else _ATTRIBUTION.match(text, m.end)
    if att and re.search(r"(?:believes?|thinks?)$", att.group(0)) and not text[max(lo, m.start - 3):m.start].strip(
            " \"“”‘’'").endswith(","):
        att = None  # "Fishermen now believe the strike is over ..." is the clause's subject, not an attribution
    if _INTERLOCUTOR.search(text[max(lo, m.start - 60):m.start]) or att:
        return False
    if m.end <= cue_start:
        # "the trials of Ukrainian prisoners" is a modifier; "the actions of Russia's military" names the agent
        if (_OF_BEFORE.search(text[max(lo, m.start - 8):m.start]) and m.kind != "codebook"
                and not _POSSESSIVE.match(text, m.end)):
            return False
        if _POSSESSIVE.match(text, m.end) and cue_start - m.end > 30:
            return False
    return True


def _find_targets(text: str, st: Statement, start: int, end: int, direction: str, inside: Sequence[_Mention],
                  all_mentions: Sequence[_Mention], *, avoid: str | None, book: Codebook,
                  allow_self: bool = False) -> tuple[list[_Mention], bool]:
    """Who the cue at ``[start, end)`` is predicated of: (mentions, via_pronoun).

    Searches the cue's clause in the statement; when that finds nobody, the part of the cue's sentence before the
    statement (the attribution: "Zelensky said [his country is not prepared ...]"). ``allow_self``: the speaker
    may be the party (refusals voiced by the refuser: "we will not negotiate").
    """
    c_lo, c_hi = _clause(text, st.start, st.end, start, end)
    if direction == "with":  # "impossible to negotiate with X": the interlocutor right after the cue is the party
        after = [m for m in inside if end <= m.start and m.end <= c_hi and m.kind != "self"
                 and (m.kind == "pronoun" or _group(m, book))
                 and text[end:m.start].strip(" ,\"“”‘’'*").count(" ") <= 3]
        if not after:
            return [], False
        if after[0].kind == "pronoun":
            res = _resolve_pronoun(after[0], all_mentions, avoid=avoid, book=book, text=text)
            return [r for r in res if not avoid or _group(r, book) != avoid], True
        return _coordinated(after, 0, avoid=avoid, book=book, text=text), False
    usable = [m for m in inside if _candidate(text, m, st.start, start, book)]
    # "before-only" cues may hold their subject ("when Russia truly wants peace")
    before = [m for m in usable if c_lo <= m.start and m.end <= (end if direction == "before-only" else start)]
    after = [m for m in usable if m.start >= end and m.end <= c_hi]
    if allow_self and direction == "before-only" and not before and st.source == "quote" and st.speaker:
        # a refusal in a quote that names nobody ("there is no platform for negotiations", Putin said): the speaker's
        return [_Mention(start, start, st.speaker, st.actor_id, st.side, "self")], True
    if not before and not after and direction not in ("after-only", "object") and c_lo == st.start:
        sent_lo = _sentence_start(text, max(0, st.start - 300), st.start)
        before = [m for m in all_mentions if sent_lo <= m.start and m.end <= st.start and m.kind != "pronoun"
                  and _candidate(text, m, sent_lo, st.start, book, attribution_ok=True)]
    if direction == "object":  # "accused Kyiv of ...": the object before "of/for", not a party named later
        order = [[m for m in after if not re.search(r"\b(?:of|for|that)\b", text[end:m.start], re.I)][:1]]
    elif direction == "after-only":
        order = [after]
    elif direction == "before-only":
        order = [before]
    elif after and _AGENT_AFTER.fullmatch(text[end:after[0].start]):
        order = [after, before]  # passive agent / "on the part of X"
    elif direction == "after":
        order = [after, before]
    elif direction == "either":
        order = [before, after]
    else:  # the first party after the cue, unless it is an object or modifier ("military support of Ukraine")
        order = [before, [m for m in after[:1] if not _OBJECT_BEFORE.search(text[max(end, m.start - 12):m.start])]]
    for group in order:
        idx = list(range(len(group) - 1, -1, -1) if group is before else range(len(group)))
        # a party named in the clause beats a pronoun ("Ukrainians believe ... they secure victory rather than ...")
        idx = [i for i in idx if group[i].kind != "pronoun"] + [i for i in idx if group[i].kind == "pronoun"]
        for i in idx:
            cand = group[i]
            if cand.kind == "self":
                resolved, pron = [cand], False
            elif cand.kind == "pronoun":
                resolved, pron = _resolve_pronoun(cand, all_mentions, avoid=avoid, book=book, text=text), True
            else:
                resolved, pron = _coordinated(group, i, avoid=avoid, book=book, text=text), False
            if avoid and pron:  # "they" in a quote is not the speaker's own side
                resolved = [r for r in resolved if _group(r, book) != avoid]
            if avoid and not allow_self and any(r.kind == "self" for r in resolved):  # nor blames "we"
                continue
            if resolved:
                return resolved, pron
    return [], False


def _frame(st: Statement, frame: str, start: int, end: int, conf: float, cue: str, method: str,
           target: _Mention | None = None, target_side: str | None = None) -> Frame:
    side = target.side if target is not None else target_side
    if frame == "BLAME_WEST" and side not in ("US", "UK", "EU", "NATO"):
        side = "WEST"  # collective West (registry side "other")
    return Frame(st.article_id, st.statement_id, frame, start, end, st.speaker, st.side,
                 target.name if target is not None else ("the West" if target_side == "WEST" else None),
                 side, round(conf, 3), cue, st.actor_id, target.actor_id if target is not None else None, method)


def _but_not(text: str, st: Statement, s: int, e: int, cue: _Cue, inside, mentions, ready: _Mention | None,
             book: Codebook) -> list[Frame]:
    """Blame frames from an elliptical contrast after a readiness cue: "Moscow is ready ..., but they are not"."""
    end = text.find(". ", e, st.end)
    m = _BUT_NOT.search(text, e, st.end if end < 0 else end)
    if not m:
        return []
    avoid = _group(ready, book) if ready is not None else _speaker_group(st, book)
    found, pron = _find_targets(text, st, m.start("who"), m.start("who"), "after-only", inside, mentions,
                                avoid=avoid, book=book)
    return [_frame(st, fr, s, e, cue.weight * (0.7 if pron else 0.85), cue.cue,
                   "contrast+pronoun" if pron else "contrast", t)
            for t in found if t.start < m.end("who") and (fr := _group(t, book)) is not None and fr != avoid]


def _excluded(text: str, lo: int, hi: int, book: Codebook) -> bool:
    """Is the sentence starting at ``lo`` about other negotiations (prisoner swap, arms control, another war)?"""
    end = text.find(". ", lo, hi)
    end = hi if end < 0 else end
    return any(x.regex.search(text, lo, end) for x in book.excludes)


def _both_parties(text: str, lo: int, hi: int, mentions: Sequence[_Mention], book: Codebook) -> bool:
    """Are Russia and Ukraine both named in the sentence at ``lo`` or the one before it (mutual blame)?"""
    end = text.find(". ", lo, hi)
    end = hi if end < 0 else end
    groups = {_group(m, book) for m in mentions if max(0, lo - 300) <= m.start < end and m.kind != "pronoun"}
    return {"BLAME_KYIV", "BLAME_RUSSIA"} <= groups


def _hedge(text: str, lo: int, pos: int) -> str | None:
    """Hedge governing a cue at ``pos`` in the sentence starting at ``lo``: "denial", "doubt", "open" or None."""
    lo = max(lo, pos - 160)
    for m in _HEDGE_BREAK.finditer(text, lo, pos):
        lo = m.end()
    window = text[lo:pos]
    if _OPEN.search(window):
        return "open"
    if _DENIAL.search(window):
        return "denial"
    if _DOUBT.search(window):
        return "doubt"
    return None


def _is_question(text: str, st: Statement, pos: int) -> bool:
    """Does the sentence holding ``pos`` end with a question mark ("Are they ready to negotiate?")."""
    m = re.compile(r"[.!?]").search(text, pos, st.end)
    return bool(m and m.group(0) == "?")


def _speaker_group(st: Statement, book: Codebook) -> str | None:
    if st.source != "quote":
        return None
    return blame_frame_for(st.side, st.actor_id, codebook=book)


def _statement_frames(text: str, st: Statement, mentions: Sequence[_Mention], book: Codebook,
                      sentence_starts: Sequence[int] = (), hits: Sequence[tuple] | None = None) -> list[Frame]:
    """Frames of one statement; ``hits`` are the codebook matches over the whole article (cue, start, end)."""
    inside = _statement_mentions(text, st, mentions)
    own = _speaker_group(st, book)
    out: list[Frame] = []
    if hits is None:
        hits = [(cue, m.start(), m.end()) for cue in book.cues for m in cue.regex.finditer(text, st.start, st.end)]
    for cue, s, e in hits:
        if s < st.start or e > st.end:
            continue
        if e <= s:
            continue
        sent_lo = _sentence_start(text, st.start, s)
        if _excluded(text, _sentence_start(text, max(0, st.start - 400), s), st.end, book):  # whole sentence
            continue
        clause_lo, _ = _clause(text, st.start, st.end, s, e)
        negated = bool(_NEGATION.search(text[max(clause_lo, s - 40):s]))
        if cue.role == "cue" and cue.frame not in ("READINESS", *BLAME_FRAMES):
            out.append(_frame(st, cue.frame, s, e, cue.weight, cue.cue, "cue"))
            continue
        if cue.role == "cue" and cue.frame in BLAME_FRAMES:  # target implied by the cue ("overseas masters")
            if cue.cue.startswith("mutual blame") and not _both_parties(text, sent_lo, st.end, mentions, book):
                continue  # "blamed each other": only when Russia and Ukraine are the two named
            found, pron = _find_targets(text, st, s, e, "either", inside, mentions, avoid=own, book=book)
            named = [t for t in found if _group(t, book) == cue.frame]
            out.append(_frame(st, cue.frame, s, e, cue.weight, cue.cue, "implied",
                              named[0] if named else None, None if named else cue.target_side))
            continue
        blame_like = cue.role == "predicate"
        hedge = (_hedge(text, _sentence_start(text, max(0, st.start - 400), s), s)
                 if cue.frame == "READINESS" or blame_like else None)
        if hedge == "open":
            continue  # "refused to say whether Moscow was ready to talk"
        if cue.frame == "READINESS" and hedge in ("denial", "doubt"):
            negated = True  # "no sign that Russia was ready to negotiate" -> Russia is not ready
        elif blame_like and hedge == "doubt":
            continue  # "unlikely to derail the talks", "no evidence that Kyiv sabotaged"
        elif blame_like and hedge == "denial":
            negated = not negated  # "denied that it had refused talks" -> readiness
        if blame_like and not negated and _is_question(text, st, e) and _YES_NO.match(text, sent_lo):
            continue  # blame asked about, not asserted ("Might some countries ... scupper a peace deal?")
        if cue.frame == "READINESS":
            if (_is_question(text, st, e) or _CONDITIONAL.search(text[clause_lo:s]) or _ONLY_IF.match(text, e)
                    or re.search(r"\bonly\b", text[max(clause_lo, s - 25):s], re.I)):
                continue  # "ready to resume talks only after ..." is a precondition, not readiness
            if not negated:
                found, pron = _find_targets(text, st, s, e, "before-only" if cue.target_dir == "before-only" else
                                            "before", inside, mentions, avoid=None, book=book)
                t = found[0] if found else None
                if t is None and st.source == "quote" and st.speaker:  # "its readiness": the speaker's own
                    t, pron = _Mention(s, s, st.speaker, st.actor_id, st.side, "self"), True
                if cue.target_side and (t is None or (t.side or "") not in cue.target_side.split(";")):
                    continue  # cue restricted to the warring parties (third parties urging talks are not coded)
                out.append(_frame(st, "READINESS", s, e, cue.weight * (0.8 if pron else 1.0), cue.cue,
                                  "cue+pronoun" if pron else "cue", t))
                out += _but_not(text, st, s, e, cue, inside, mentions, t, book)
                continue
            blame_like, negated = True, False  # "X is not ready to negotiate" blames X
        if not blame_like:
            continue
        if not negated and cue.cue != "accuse/blame X" and _DISTANCING.search(text[sent_lo:s]):
            continue
        if cue.cue == "accuse/blame X" and _ATTEMPT.search(text[sent_lo:s]):  # "trying to accuse Moscow of"
            continue
        if negated and not cue.negated_as:
            continue
        if negated:  # "it is not we who refuse negotiations, but they"
            found, pron = _find_targets(text, st, s, e, "before", inside, mentions, avoid=None, book=book)
            out.append(_frame(st, cue.negated_as, s, e, cue.weight * 0.9, cue.cue, "negated",
                              found[0] if found else None))
            c = _CONTRAST.search(text, e, min(st.end, e + 60))
            if c and not _UNNAMED_AFTER.match(text, c.end()):
                found, pron = _find_targets(text, st, c.end(), c.end(), "after-only", inside, mentions,
                                            avoid=_group(found[0], book) if found else own, book=book)
                for t in found:
                    if (fr := _group(t, book)) is not None:
                        out.append(_frame(st, fr, s, e, cue.weight * (0.7 if pron else 0.85), cue.cue,
                                          "contrast+pronoun" if pron else "contrast", t))
            continue
        if _UNNAMED_SUBJECT.search(text[sent_lo:s]):  # "those who refuse should know ..."
            continue
        refusal = cue.negated_as == "READINESS" or cue.frame == "READINESS"
        found, pron = _find_targets(text, st, s, e, cue.target_dir, inside, mentions, avoid=own, book=book,
                                    allow_self=refusal)
        if cue.target_side and cue.frame != "READINESS":  # restricted to one blamed side ("controls Kyiv" -> West)
            want = blame_frame_for(cue.target_side, codebook=book)
            found = [t for t in found if _group(t, book) == want]
            if not found:
                out.append(_frame(st, want, s, e, cue.weight * 0.8, cue.cue, "implied", None, cue.target_side))
                continue
        for t in found:
            if (fr := _group(t, book)) is not None:
                out.append(_frame(st, fr, s, e, cue.weight * (0.75 if pron else 1.0), cue.cue,
                                  "predicate+pronoun" if pron else "predicate", t))
    return _dedupe(out, sentence_starts)


def _dedupe(frames: Iterable[Frame], sentence_starts: Sequence[int] = ()) -> list[Frame]:
    """One frame per (statement, sentence, frame, target side): the most confident, then the earliest evidence."""
    from bisect import bisect_right

    best: dict[tuple, Frame] = {}
    for f in frames:
        key = (f.statement_id, bisect_right(sentence_starts, f.start), f.frame,
               f.target_side if f.frame in BLAME_FRAMES else None)
        cur = best.get(key)
        if cur is None or (f.confidence, -f.start) > (cur.confidence, -cur.start):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.start, f.frame))


def _attribution_gaps(text: str, statements: Sequence[Statement], sents) -> list[tuple[Statement, int, int]]:
    """Stretches of a sentence that no statement covers, next to an outer quote in that sentence (the reporting
    clause the quote step folded into the quote's cover): (quote statement, start, end)."""
    outer = [st for st in statements if st.end > st.start and not any(
        o is not st and o.start <= st.start and st.end <= o.end and (o.end - o.start) > (st.end - st.start)
        for o in statements)]
    out = []
    for sent in sents:
        inside = sorted((st for st in outer if st.start < sent.end and sent.start < st.end),
                        key=lambda st: (st.start, st.end))
        quotes = [st for st in inside if st.source == "quote"]
        if not quotes:
            continue
        pos = sent.start
        for i, st in enumerate([*inside, None]):
            a = sent.end if st is None else max(sent.start, st.start)
            if a - pos > 3 and text[pos:a].strip(_GAP_EDGE):
                nxt = st if st is not None and st.source == "quote" else None
                prev = inside[i - 1] if i > 0 and inside[i - 1].source == "quote" else None
                owner = nxt or prev
                if owner is not None:
                    out.append((owner, pos, a))
            if st is not None:
                pos = max(pos, min(st.end, sent.end))
    return out


def detect_frames(text: str, statements: Sequence[Statement], *, article_id: str, registry=None,
                  published: str | None = None, codebook: Codebook | None = None) -> list[Frame]:
    """Deadlock frames voiced in each statement of one article, with evidence spans into ``text``.

    ``registry`` (``peacetalks.actors.Registry``) resolves blamed actors; without it codebook target terms are used.
    """
    book = codebook or load_codebook()
    for st in statements:
        if st.article_id != article_id:
            raise ValueError(f"statement {st.statement_id} belongs to {st.article_id!r}, not {article_id!r}")
        if not (0 <= st.start <= st.end <= len(text)):
            raise ValueError(f"statement {st.statement_id} span {st.start}:{st.end} lies outside the text")
    mentions = _article_mentions(text, registry=registry, book=book, published=published)
    sents = sentences(text)
    starts = [s.start for s in sents]
    # every cue is matched once over the article; a statement keeps the matches that lie inside it
    hits = sorted(((cue, m.start(), m.end()) for cue in book.cues for m in cue.regex.finditer(text)
                   if m.end() > m.start()), key=lambda h: h[1])
    from bisect import bisect_left

    hit_starts = [h[1] for h in hits]
    frames: list[Frame] = []
    for st in statements:
        if st.end > st.start:
            mine = hits[bisect_left(hit_starts, st.start):bisect_left(hit_starts, st.end)]
            frames.extend(_statement_frames(text, st, mentions, book, starts, mine))
    # the reporting clause of a quote ("The Kremlin *blamed Ukraine for frozen talks*, saying ...") belongs to no
    # statement: its cues are voiced by the quote's speaker
    for st, lo, hi in _attribution_gaps(text, statements, sents):
        mine = [h for h in hits[bisect_left(hit_starts, lo):bisect_left(hit_starts, hi)] if h[2] <= hi]
        if mine:
            wide = replace(st, start=min(lo, st.start), end=max(hi, st.end))
            frames.extend(_statement_frames(text, wide, mentions, book, starts, mine))
    # the same evidence found in a nested quote and in the quote around it is voiced by the outer speaker
    span = {st.statement_id: st.end - st.start for st in statements}
    best: dict[tuple, Frame] = {}
    for f in frames:
        key = (f.frame, f.start, f.end, f.target_side)
        if key not in best or span[f.statement_id] > span[best[key].statement_id]:
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.start, f.frame, f.statement_id))


# --------------------------------------------------------------------------------------------------- generic frames
@lru_cache(maxsize=4)
def _generic_table(path: str | None = None) -> tuple[tuple[str, str, re.Pattern | None, tuple[str, ...]], ...]:
    df = _read_csv(Path(path) if path else REFERENCE / "generic_frames.csv")
    rows = []
    for i, row in df.iterrows():
        if row["frame"] not in GENERIC_FRAMES:
            raise ValueError(f"generic_frames row {i + 2}: unknown frame {row['frame']!r}")
        regex = re.compile(row["pattern"], re.I) if row["pattern"] else None
        from_frames = tuple(f for f in row["from_frames"].split(";") if f)
        if bad := set(from_frames) - set(DEADLOCK_FRAMES):
            raise ValueError(f"generic_frames row {i + 2}: unknown deadlock frames {sorted(bad)}")
        rows.append((row["frame"], row["question_id"], regex, from_frames))
    return tuple(rows)


def generic_frames(text: str, *, article_id: str, frames: Sequence[Frame] = (),
                   path: str | None = None) -> list[GenericAnswer]:
    """Answer every Semetko & Valkenburg indicator question for one article, with the first evidence span.

    A question is answered yes by its cue pattern or by a detected deadlock frame listed in ``from_frames``;
    the visual question has no pattern and is answered None (not applicable to text).
    """
    out = []
    for frame, qid, regex, from_frames in _generic_table(path):
        hits = [(m.start(), m.end(), m.group(0)) for m in regex.finditer(text)] if regex else []
        hits += [(f.start, f.end, f.frame) for f in frames if f.frame in from_frames]
        if regex is None and not from_frames:
            out.append(GenericAnswer(article_id, frame, qid, None, None, None, "", 0))
            continue
        first = min(hits) if hits else (None, None, "")
        out.append(GenericAnswer(article_id, frame, qid, bool(hits), first[0], first[1], first[2], len(hits)))
    return out


def generic_scores(answers: Iterable[GenericAnswer]) -> list[dict]:
    """Per article and generic frame: share of applicable indicator questions answered yes (0-1)."""
    acc: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for a in answers:
        if a.answer is not None:
            acc[(a.article_id, a.frame)].append(a.answer)
    return [{"article_id": aid, "frame": fr, "score": round(sum(v) / len(v), 3), "n_yes": sum(v),
             "n_questions": len(v)} for (aid, fr), v in sorted(acc.items())]


# --------------------------------------------------------------------------------------------------- loaded language
@lru_cache(maxsize=4)
def _loaded_table(path: str | None = None) -> tuple[tuple[str, str, str, re.Pattern], ...]:
    df = _read_csv(Path(path) if path else REFERENCE / "loaded_language.csv")
    rows = []
    for i, row in df.iterrows():
        if not row["pattern"] or not row["side"]:
            raise ValueError(f"loaded_language row {i + 2}: pattern and side are required")
        rows.append((row["term"], row["side"], row["kind"], re.compile(row["pattern"], re.I)))
    return tuple(rows)


def loaded_language(text: str, *, article_id: str, path: str | None = None) -> list[LoadedTerm]:
    """Loaded-language hits in ``text`` (longest match wins where terms overlap), in text order."""
    hits = []
    for term, side, kind, regex in _loaded_table(path):
        hits += [LoadedTerm(article_id, term, side, kind, m.start(), m.end(), m.group(0))
                 for m in regex.finditer(text) if m.end() > m.start()]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[LoadedTerm] = []
    for h in hits:
        if not kept or h.start >= kept[-1].end:
            kept.append(h)
    return kept


def loaded_rates(terms: Iterable[LoadedTerm], words: Mapping[str, int], *, outlets: Mapping[str, str] | None = None,
                 by: str = "article") -> list[dict]:
    """Loaded terms per 1,000 words by article (``by="article"``) or outlet (``by="outlet"``), per term side.

    ``words`` maps article_id -> word count (every article, including those with no hit).
    """
    if by not in ("article", "outlet"):
        raise ValueError("by must be 'article' or 'outlet'")
    outlets = outlets or {}
    key = (lambda aid: aid) if by == "article" else (lambda aid: outlets.get(aid, "") or "unknown")
    n_words_by: Counter = Counter()
    for aid, n in words.items():
        n_words_by[key(aid)] += int(n)
    counts: Counter = Counter()
    for t in terms:
        counts[(key(t.article_id), t.side)] += 1
    sides = sorted({s for _, s in counts} | {"RU", "UA/West", "both"})
    rows = []
    for unit in sorted(n_words_by):
        for side in sides:
            n = counts.get((unit, side), 0)
            rows.append({by: unit, "side": side, "n_terms": n, "n_words": n_words_by[unit],
                         "per_1000_words": round(1000 * n / n_words_by[unit], 3) if n_words_by[unit] else 0.0})
    return rows


# --------------------------------------------------------------------------------------------------- blame edges
def blame_edges(frames: Iterable[Frame], *, outlets: Mapping[str, str]) -> list[BlameEdge]:
    """Directed blamer -> blamed edges per outlet from BLAME_* frames (narration: the outlet blames)."""
    stmts: dict[tuple, set] = defaultdict(set)
    arts: dict[tuple, set] = defaultdict(set)
    for f in frames:
        if f.frame not in BLAME_FRAMES:
            continue
        outlet = outlets.get(f.article_id, "") or "unknown"
        blamer = f.speaker or ("(narration)" if f.side == "narrator" else "(unattributed)")
        key = (outlet, blamer, f.side or "unknown", f.target or "(unnamed)", f.target_side or "unknown", f.frame)
        stmts[key].add(f.statement_id)
        arts[key].add(f.article_id)
    return [BlameEdge(*k, len(stmts[k]), len(arts[k])) for k in sorted(stmts)]


def side_group(side: str | None) -> str:
    """Coarse side for figures: RU, UA, West (US/UK/EU/NATO/WEST), narrator, other."""
    if side in ("US", "UK", "EU", "NATO", "WEST"):
        return "West"
    if side in ("RU", "UA", "narrator", "unknown"):
        return side
    if side == "BY":
        return "RU"
    return "other" if side else "unknown"


# --------------------------------------------------------------------------------------------------- batch / CLI
@lru_cache(maxsize=1)
def _registry():
    from peacetalks.actors import load_registry

    return load_registry()


def _extract_quotes(text: str, *, article_id: str, published: str | None, registry) -> list:
    try:
        from peacetalks.quotes import extract_quotes
    except ModuleNotFoundError as exc:  # quotes step not installed yet: frames on narration only
        if exc.name != "peacetalks.quotes":
            raise
        print("frames: peacetalks.quotes is missing; coding narration only", file=sys.stderr)
        return []
    return extract_quotes(text, article_id=article_id, published=published, registry=registry)


def frames_for_article(article: Mapping, *, registry=None) -> tuple[list[Statement], list[Frame]]:
    """Quotes -> statements -> frames for one article ``{"id"|"article_id", "text", "published"?, "outlet"?}``."""
    from peacetalks.statements import statements

    text = article.get("text")
    article_id = article.get("article_id", article.get("id"))
    if not isinstance(text, str) or article_id in (None, ""):
        raise ValueError("article needs an 'id' and a 'text' string")
    article_id = str(article_id)
    published = article.get("published") or None
    registry = registry if registry is not None else _registry()
    quotes = _extract_quotes(text, article_id=article_id, published=published, registry=registry)
    sts = statements(text, quotes, article_id=article_id, outlet=str(article.get("outlet") or ""))
    return sts, detect_frames(text, sts, article_id=article_id, registry=registry, published=published)


def cli_records(article: dict) -> list[dict]:
    """``python -m peacetalks frames``: one dict per frame with exactly the CLI keys."""
    _, frames = frames_for_article(article)
    return [{k: getattr(f, k) for k in CLI_KEYS} for f in frames]


# --------------------------------------------------------------------------------------------------- study tables
def code_articles(articles, quotes=None, *, registry=None, progress: bool = False) -> dict:
    """Run the framing step over an articles table (and its quotes table) -> dict of DataFrames:
    ``frames``, ``statements``, ``generic``, ``loaded``, ``blame_edges``, ``article_frames``, ``frame_evidence``."""
    import pandas as pd

    from peacetalks.statements import statements
    from peacetalks.tables import quotes_by_article, to_frame

    registry = registry if registry is not None else _registry()
    by_article = quotes_by_article(quotes)
    all_frames, all_sts, answers, terms, words, outlets = [], [], [], [], {}, {}
    rows = articles.to_dict("records")
    if progress:
        from tqdm.auto import tqdm

        rows = tqdm(rows, desc="frames", unit=" articles")
    for a in rows:
        aid, text = str(a["article_id"]), a["text"]
        outlets[aid] = "unknown" if is_missing(a.get("outlet")) else (a.get("outlet") or "unknown")
        words[aid] = int(a.get("n_words") or n_words(text))
        published = None if is_missing(a.get("published")) else (a.get("published") or None)
        sts = statements(text, by_article.get(aid, []), article_id=aid, outlet=outlets[aid])
        fr = detect_frames(text, sts, article_id=aid, registry=registry, published=published)
        all_sts += sts
        all_frames += fr
        answers += generic_frames(text, article_id=aid, frames=fr)
        terms += loaded_language(text, article_id=aid)
    frames_df = to_frame(all_frames, columns=FRAME_COLUMNS)
    frames_df.insert(1, "outlet", frames_df["article_id"].map(outlets))
    st_df = to_frame(all_sts, columns=list(Statement.__dataclass_fields__))
    st_df.insert(1, "outlet", st_df["article_id"].map(outlets))
    gen_df = to_frame(answers, columns=list(GenericAnswer.__dataclass_fields__))
    loaded_df = to_frame(terms, columns=list(LoadedTerm.__dataclass_fields__))
    loaded_df.insert(1, "outlet", loaded_df["article_id"].map(outlets))
    texts = {str(a["article_id"]): a["text"] for a in articles.to_dict("records")}
    return {
        "frames": frames_df,
        "statements": st_df,
        "generic": gen_df,
        "loaded": loaded_df,
        "loaded_rates": pd.DataFrame(loaded_rates(terms, words, outlets=outlets, by="article")).assign(
            outlet=lambda d: d["article"].map(outlets)).rename(columns={"article": "article_id"}),
        "loaded_rates_outlet": pd.DataFrame(loaded_rates(terms, words, outlets=outlets, by="outlet")),
        "blame_edges": to_frame(blame_edges(all_frames, outlets=outlets),
                                columns=list(BlameEdge.__dataclass_fields__)),
        "article_frames": article_frames(frames_df, st_df, gen_df, outlets=outlets),
        "frame_evidence": evidence_table(frames_df, st_df, gen_df, loaded_df, texts=texts),
    }


def article_frames(frames_df, statements_df, generic_df, *, outlets: Mapping[str, str]):
    """Per article and frame: deadlock frames as statement counts and shares, generic frames as 0-1 scores."""
    import pandas as pd

    n_st = statements_df.groupby("article_id").size()
    rows = []
    for aid in sorted(outlets):
        sub = frames_df[frames_df["article_id"] == aid]
        for fr in DEADLOCK_FRAMES:
            hit = sub[sub["frame"] == fr]
            n = hit["statement_id"].nunique()
            rows.append({"article_id": aid, "outlet": outlets[aid], "kind": "deadlock", "frame": fr, "value": n,
                         "share": round(n / n_st.get(aid, 1), 4) if n_st.get(aid, 0) else 0.0,
                         "n_evidence": len(hit), "questions_yes": ""})
    answers = [GenericAnswer(**r) for r in generic_df.to_dict("records")]
    yes = defaultdict(list)
    for a in answers:
        if a.answer:
            yes[(a.article_id, a.frame)].append(a.question_id)
    for s in generic_scores(answers):
        rows.append({"article_id": s["article_id"], "outlet": outlets.get(s["article_id"], ""), "kind": "generic",
                     "frame": s["frame"], "value": s["score"], "share": s["score"], "n_evidence": s["n_yes"],
                     "questions_yes": ";".join(yes[(s["article_id"], s["frame"])])})
    return pd.DataFrame(rows, columns=["article_id", "outlet", "kind", "frame", "value", "share", "n_evidence",
                                       "questions_yes"])


def evidence_table(frames_df, statements_df, generic_df, loaded_df, *, texts: Mapping[str, str]):
    """One row per piece of evidence (deadlock frame, generic answer, loaded term) with its sentence, filterable."""
    import pandas as pd

    from peacetalks.text import sentences

    sent_index = {aid: sentences(t) for aid, t in texts.items()}

    def sentence_of(aid, start, end):
        for s in sent_index.get(aid, []):
            if s.start <= start < s.end:
                return s.text
        return texts[aid][start:end] if aid in texts and start is not None else ""

    st_by_id = statements_df.set_index("statement_id") if len(statements_df) else None
    rows = []
    for f in frames_df.to_dict("records"):
        st_text = st_by_id.loc[f["statement_id"], "text"] if st_by_id is not None else ""
        rows.append({"kind": "deadlock", "article_id": f["article_id"], "outlet": f["outlet"], "frame": f["frame"],
                     "speaker": f["speaker"], "side": f["side"], "target": f["target"],
                     "target_side": f["target_side"], "confidence": f["confidence"], "start": f["start"],
                     "end": f["end"], "cue": f["cue"], "evidence": texts[f["article_id"]][f["start"]:f["end"]],
                     "sentence": sentence_of(f["article_id"], f["start"], f["end"]),
                     "statement": st_text if isinstance(st_text, str) else str(st_text.iloc[0])})
    outlet_of = dict(zip(frames_df["article_id"], frames_df["outlet"])) if len(frames_df) else {}
    if len(loaded_df):
        outlet_of.update(dict(zip(loaded_df["article_id"], loaded_df["outlet"])))
    for g in generic_df.to_dict("records"):
        if g["answer"] is True and g["start"] is not None and not is_missing(g["start"]):
            s, e = int(g["start"]), int(g["end"])
            rows.append({"kind": "generic", "article_id": g["article_id"], "outlet": outlet_of.get(g["article_id"], ""),
                         "frame": g["question_id"], "speaker": None, "side": None, "target": None,
                         "target_side": None, "confidence": None, "start": s, "end": e, "cue": g["cue"],
                         "evidence": texts[g["article_id"]][s:e], "sentence": sentence_of(g["article_id"], s, e),
                         "statement": ""})
    for t in loaded_df.to_dict("records"):
        rows.append({"kind": "loaded", "article_id": t["article_id"], "outlet": t["outlet"], "frame": t["term"],
                     "speaker": None, "side": t["side"], "target": None, "target_side": None, "confidence": None,
                     "start": t["start"], "end": t["end"], "cue": t["kind"], "evidence": t["text"],
                     "sentence": sentence_of(t["article_id"], t["start"], t["end"]), "statement": ""})
    cols = ["kind", "article_id", "outlet", "frame", "speaker", "side", "target", "target_side", "confidence",
            "start", "end", "cue", "evidence", "sentence", "statement"]
    return pd.DataFrame(rows, columns=cols)


def show_evidence(evidence, *, frame: str | None = None, outlet: str | None = None, side: str | None = None,
                  kind: str | None = None, n: int = 5):
    """The top evidence rows (most confident first) for a frame / outlet / speaker side, for reading."""
    sub = evidence
    for col, val in (("frame", frame), ("outlet", outlet), ("side", side), ("kind", kind)):
        if val is not None:
            sub = sub[sub[col] == val]
    sub = sub.sort_values(["confidence", "article_id", "start"], ascending=[False, True, True], na_position="last")
    cols = ["outlet", "article_id", "frame", "speaker", "side", "target", "confidence", "evidence", "sentence"]
    return sub[cols].head(n).reset_index(drop=True)


# --------------------------------------------------------------------------------------------------- evaluation
@dataclass(frozen=True, slots=True)
class FrameScore:
    """Detector vs hand-coded gold for one frame (``ALL``: micro-average over frames)."""

    frame: str
    n_gold: int
    n_pred: int
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None


def load_gold(name: str, *, batch: str | None = None) -> list[dict]:
    """Hand-coded gold units from ``data/reference/gold/<name>.csv``: article_id, start, end, frames (a set), batch.

    ``batch`` keeps one batch of the corpus sample ("dev": used for error analysis, "heldout": coded blind and
    scored once)."""
    from peacetalks.paths import GOLD

    df = _read_csv(GOLD / f"{name}.csv")
    id_col = "article_id" if "article_id" in df.columns else "id"
    rows = []
    for i, r in df.iterrows():
        frames = {f for f in r["frames"].split(";") if f}
        if bad := frames - set(DEADLOCK_FRAMES):
            raise ValueError(f"gold {name} row {i + 2}: unknown frames {sorted(bad)}")
        start, end = int(r["start"]), int(r["end"])
        if not 0 <= start < end:
            raise ValueError(f"gold {name} row {i + 2}: bad span {start}:{end}")
        if batch is None or r.get("batch", "") == batch:
            rows.append({"article_id": r[id_col], "start": start, "end": end, "frames": frames,
                         "batch": r.get("batch", "")})
    return rows


def score_frames(predicted: Iterable[Frame], gold: Sequence[dict]) -> tuple[list[FrameScore], list[dict]]:
    """Per-frame precision/recall at the level of gold units (sentences).

    A predicted frame belongs to the gold unit that contains its evidence start; predictions outside every coded
    unit are ignored (the corpus sample codes only some sentences). Returns (scores, errors) where each error is
    ``{article_id, start, end, frame, error: "FP"|"FN"}``.
    """
    units = defaultdict(list)
    for g in gold:
        units[g["article_id"]].append(g)
    pred: dict[tuple, set] = defaultdict(set)
    for f in predicted:
        for g in units.get(f.article_id, []):
            if g["start"] <= f.start < g["end"]:
                pred[(g["article_id"], g["start"], g["end"])].add(f.frame)
                break
    counts = {fr: Counter() for fr in DEADLOCK_FRAMES}
    errors = []
    for g in gold:
        key = (g["article_id"], g["start"], g["end"])
        p = pred.get(key, set())
        for fr in DEADLOCK_FRAMES:
            hit_g, hit_p = fr in g["frames"], fr in p
            counts[fr]["gold"] += hit_g
            counts[fr]["pred"] += hit_p
            counts[fr]["tp"] += hit_g and hit_p
            if hit_p != hit_g:
                errors.append({"article_id": key[0], "start": key[1], "end": key[2], "frame": fr,
                               "error": "FP" if hit_p else "FN"})

    def row(name: str, c: Counter) -> FrameScore:
        tp, n_pred, n_gold = c["tp"], c["pred"], c["gold"]
        prec = round(tp / n_pred, 3) if n_pred else None
        rec = round(tp / n_gold, 3) if n_gold else None
        f1 = round(2 * prec * rec / (prec + rec), 3) if prec and rec else (0.0 if n_pred and n_gold else None)
        return FrameScore(name, n_gold, n_pred, tp, n_pred - tp, n_gold - tp, prec, rec, f1)

    scores = [row(fr, counts[fr]) for fr in DEADLOCK_FRAMES]
    scores.append(row("ALL", sum(counts.values(), Counter())))
    return scores, errors


def evaluate_gold(name: str, texts: Mapping[str, str], *, batch: str | None = None,
                  outlets: Mapping[str, str] | None = None, published: Mapping[str, str] | None = None,
                  registry=None) -> tuple[list[FrameScore], list[dict]]:
    """Run quotes -> statements -> frames on ``texts`` (article_id -> text) and score against gold ``name``."""
    gold = load_gold(name, batch=batch)
    ids = sorted({g["article_id"] for g in gold})
    if missing := [i for i in ids if i not in texts]:
        raise ValueError(f"{len(missing)} gold articles have no text (e.g. {missing[0]})")
    frames: list[Frame] = []
    for aid in ids:
        _, fr = frames_for_article({"id": aid, "text": texts[aid], "outlet": (outlets or {}).get(aid, ""),
                                    "published": (published or {}).get(aid)}, registry=registry)
        frames += fr
    return score_frames(frames, gold)


# ------------------------------------------------------------------------------------------ tables for the notebook
def codebook_table(codebook: Codebook | None = None):
    """One row per deadlock frame: label, definition, number of cues, an example (for reading the codebook)."""
    import pandas as pd

    book = codebook or load_codebook()
    df = _read_csv(REFERENCE / "frames_codebook.csv")
    rows = []
    for fr in ("BLAME", *DEADLOCK_FRAMES):
        sub = df[(df["frame"] == fr) & df["role"].isin(["cue", "predicate"])]
        first = df[df["frame"] == fr].iloc[0]
        rows.append({"frame": fr, "label": book.labels[fr], "definition": first["definition"],
                     "n_cues": len(sub), "example": first["example"]})
    return pd.DataFrame(rows)


def frame_table(frames_df, statements_df, *, by: str = "outlet"):
    """Share of statements voicing each deadlock frame per ``by`` group ("outlet" or "side_group").

    ``n_statements`` counts distinct statements with the frame; ``share`` divides by all statements of the group
    (the denominator is ``n_total``), so groups of different size compare.
    """
    import pandas as pd

    if by not in ("outlet", "side_group"):
        raise ValueError("by must be 'outlet' or 'side_group'")
    st = statements_df.assign(side_group=statements_df["side"].map(side_group))
    fr = frames_df.assign(side_group=frames_df["side"].map(side_group))
    totals = st.groupby(by)["statement_id"].nunique()
    hits = fr.groupby([by, "frame"])["statement_id"].nunique()
    rows = [{by: g, "frame": f, "n_statements": int(hits.get((g, f), 0)), "n_total": int(n),
             "share": round(hits.get((g, f), 0) / n, 4) if n else 0.0}
            for g, n in totals.items() for f in DEADLOCK_FRAMES]
    return pd.DataFrame(rows, columns=[by, "frame", "n_statements", "n_total", "share"])


def blame_matrix(edges_df):
    """Blamer side group x blamed side group: statements with a blame edge (long table)."""
    import pandas as pd

    if not len(edges_df):
        return pd.DataFrame(columns=["blamer_side", "blamed_side", "n_statements"])
    df = edges_df.assign(blamer_side=edges_df["blamer_side"].map(side_group),
                         blamed_side=edges_df["blamed_side"].map(side_group))
    return (df.groupby(["blamer_side", "blamed_side"], as_index=False)["n_statements"].sum()
            .sort_values(["blamer_side", "blamed_side"]).reset_index(drop=True))


# --------------------------------------------------------------------------------------------------- figures
_SIDE_ORDER = ["RU", "UA", "West", "narrator", "other", "unknown"]


def plot_frame_heatmap(table, *, by: str = "outlet", title: str, max_groups: int = 15):
    """Seaborn heatmap: groups (rows: outlets or speaker sides, the ``max_groups`` with most statements) x frames
    (columns); cells = % of the group's statements voicing the frame; row labels carry the group's n."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    from peacetalks.plots import short_label

    wide = table.pivot(index=by, columns="frame", values="share")[list(DEADLOCK_FRAMES)] * 100
    n = table.groupby(by)["n_total"].first()
    if by == "side_group":
        rows = [c for c in _SIDE_ORDER if c in wide.index]
    else:
        rows = list(n.sort_values(ascending=False, kind="stable").index[:max_groups])
    wide = wide.loc[rows]
    wide.index = [f"{short_label(g)} (n={n[g]})" for g in rows]
    wide.columns = [c.replace("_", " ").title().replace("Blame ", "Blame ") for c in wide.columns]
    fig, ax = plt.subplots(figsize=(10.5, 1.4 + 0.42 * len(wide)))
    fmt = ".1f" if wide.max().max() < 10 else ".0f"
    sns.heatmap(wide, annot=True, fmt=fmt, cmap="Reds", vmin=0, cbar_kws={"label": "% of statements"}, ax=ax,
                linewidths=0.5, linecolor="white")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(title, fontsize=11)
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
    fig.tight_layout()
    return fig


def plot_blame_matrix(matrix, *, title: str):
    """Heatmap of who blames whom: blamer side (rows) x blamed side (columns), cells = statements."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    wide = matrix.pivot(index="blamer_side", columns="blamed_side", values="n_statements").fillna(0)
    wide = wide.reindex(index=[s for s in _SIDE_ORDER if s in wide.index],
                        columns=[s for s in _SIDE_ORDER if s in wide.columns])
    fig, ax = plt.subplots(figsize=(5.8, 4.2))
    sns.heatmap(wide, annot=True, fmt=".0f", cmap="Purples", cbar_kws={"label": "statements"}, ax=ax,
                linewidths=0.5, linecolor="white")
    ax.set_xlabel("blamed (side)")
    ax.set_ylabel("blamer (side of who voiced it)")
    ax.set_title(title, fontsize=11)
    fig.tight_layout()
    return fig


def plot_blame_network(edges_df, *, title: str, top: int = 14):
    """Node-link drawing of blamer -> blamed actors (top edges by statements), nodes coloured by side."""
    import math

    import matplotlib.pyplot as plt

    from peacetalks.plots import SIDE_COLOURS

    agg = (edges_df.groupby(["blamer", "blamer_side", "blamed", "blamed_side"], as_index=False)["n_statements"].sum()
           .sort_values("n_statements", ascending=False).head(top))
    fig, ax = plt.subplots(figsize=(8.5, 6.5))
    ax.set_axis_off()
    ax.set_title(title, fontsize=11)
    if not len(agg):
        ax.text(0.5, 0.5, "no blame edges", ha="center")
        return fig, agg
    sides = {}
    for _, r in agg.iterrows():
        sides.setdefault(r["blamer"], r["blamer_side"])
        sides.setdefault(r["blamed"], r["blamed_side"])
    order = sorted(sides, key=lambda n: (_SIDE_ORDER.index(side_group(sides[n])), n))
    pos = {n: (math.cos(2 * math.pi * i / len(order)), math.sin(2 * math.pi * i / len(order)))
           for i, n in enumerate(order)}
    width = agg["n_statements"].max()
    for _, r in agg.iterrows():
        (x0, y0), (x1, y1) = pos[r["blamer"]], pos[r["blamed"]]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                    arrowprops=dict(arrowstyle="-|>", color="#555", lw=0.8 + 3.5 * r["n_statements"] / width,
                                    shrinkA=14, shrinkB=14, connectionstyle="arc3,rad=0.12", alpha=0.75))
    for n, (x, y) in pos.items():
        colour = SIDE_COLOURS.get(sides[n], SIDE_COLOURS.get(side_group(sides[n]), "#999"))
        if side_group(sides[n]) == "West":
            colour = SIDE_COLOURS.get(sides[n], SIDE_COLOURS["US"])
        ax.scatter([x], [y], s=420, color=colour, edgecolor="black", zorder=3)
        ax.text(x * 1.16, y * 1.16, f"{n}\n({sides[n]})", ha="center", va="center", fontsize=8)
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.4, 1.4)
    return fig, agg


def plot_loaded(rates_outlet, *, title: str):
    """Grouped bars: loaded terms per 1,000 words per outlet, by the side that typically uses the term."""
    import matplotlib.pyplot as plt

    wide = rates_outlet.pivot(index="outlet", columns="side", values="per_1000_words").fillna(0)
    colours = {"RU": "#c0392b", "UA/West": "#2471a3", "both": "#7f8c8d"}
    fig, ax = plt.subplots(figsize=(7.5, 0.6 + 0.55 * max(len(wide), 3)))
    wide[[c for c in ("RU", "UA/West", "both") if c in wide.columns]].plot.barh(
        ax=ax, color=[colours[c] for c in ("RU", "UA/West", "both") if c in wide.columns], width=0.8)
    ax.set_xlabel("loaded terms per 1,000 words")
    ax.set_ylabel("")
    ax.set_title(title, fontsize=11)
    ax.legend(title="term typically used by", fontsize=8)
    fig.tight_layout()
    return fig


_TOPIC_ARTICLE = re.compile(r"\b(?:peace\s+talks|negotiat\w+|ceasefire|cease-fire|peace\s+(?:plan|deal|process))\b",
                            re.I)
_TOPIC_SENTENCE = re.compile(r"\b(?:negotiat\w*|talks|peace|ceasefire|cease-fire|dialogue)\b", re.I)


def sample_sentences(rows: Iterable[Mapping], *, n: int, seed: int, exclude_ids: Iterable[str] = (),
                     max_share: float = 0.3, min_words: int = 8, max_words: int = 80,
                     min_topic: int = 2) -> list[dict]:
    """Draw gold-sample sentences independently of the detector: one sentence per article, articles about the
    Russia-Ukraine war that name negotiations at least ``min_topic`` times, sentences of ``min_words``-``max_words``
    words naming negotiat-/talks/peace/ceasefire/dialogue; outlets round-robin (in random order), no outlet above
    ``max_share`` of the sample; articles with a title already drawn are skipped (syndicated copies).

    Returns ``{id, outlet, start, end}`` dicts (no text), in draw order."""
    import random

    if n <= 0 or not 0 < max_share <= 1:
        raise ValueError("n must be positive and max_share in (0, 1]")
    rng = random.Random(seed)
    exclude = set(exclude_ids)
    by_outlet: dict[str, list[Mapping]] = defaultdict(list)
    for r in rows:
        t = r.get("text") or ""
        if (r.get("id") in exclude or "Ukrain" not in t or "Russia" not in t
                or len(_TOPIC_ARTICLE.findall(t)) < min_topic):
            continue
        by_outlet[str(r.get("outlet") or "unknown")].append(r)
    outlets = sorted(by_outlet)
    rng.shuffle(outlets)
    for o in outlets:
        rng.shuffle(by_outlet[o])
    cap, taken, titles, out = max(1, int(n * max_share)), Counter(), set(), []
    while len(out) < n and any(by_outlet[o] for o in outlets):
        for o in outlets:
            if len(out) >= n or not by_outlet[o] or taken[o] >= cap:
                by_outlet[o] = [] if taken[o] >= cap else by_outlet[o]
                continue
            r = by_outlet[o].pop()
            title = str(r.get("title") or "").strip().lower()
            if title and title in titles:
                continue
            cands = [s for s in sentences(r["text"]) if min_words <= n_words(s.text) <= max_words
                     and _TOPIC_SENTENCE.search(s.text)]
            if not cands:
                continue
            s = rng.choice(cands)
            titles.add(title)
            taken[o] += 1
            out.append({"id": r["id"], "outlet": o, "start": s.start, "end": s.end})
    return out


def corpus_sample_texts(corpus: str | Path | Sequence[str | Path] | None = None) -> dict[str, str] | None:
    """Texts of the corpus-sample gold articles (id -> text) from ``../shared/corpus/`` (``negotiations_en.jsonl``
    for dev/heldout/heldout2, ``all_en.jsonl`` for dev2/heldout3); None when the corpus is absent."""
    import json

    from peacetalks.paths import ROOT

    if corpus is None:
        base = ROOT.parent / "shared" / "corpus"
        paths = [base / "negotiations_en.jsonl", base / "all_en.jsonl"]
    else:
        paths = [Path(corpus)] if isinstance(corpus, (str, Path)) else [Path(p) for p in corpus]
    paths = [p for p in paths if p.is_file()]
    if not paths:
        return None
    ids = {g["article_id"] for g in load_gold("frames_corpus_sample")}
    texts: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get("id") in ids and row["id"] not in texts:
                    texts[row["id"]] = row["text"]
    return texts


def evaluate_corpus_sample(corpus: str | Path | Sequence[str | Path] | None = None, *,
                           batches: Sequence[str] | None = None):
    """Scores on the corpus-sample gold, per batch (dev, heldout, ...), as a table; None when the corpus is absent.

    The corpus (``../shared/corpus/``) is for developers only: the gold stores ids and offsets, never its text.
    Articles of the gold missing from the corpus files are skipped with their units (reported in ``n_units``).
    """
    import pandas as pd

    from peacetalks.tables import to_frame

    texts = corpus_sample_texts(corpus)
    if texts is None:
        return None
    gold = load_gold("frames_corpus_sample")
    parts = []
    for batch in batches or sorted({g["batch"] for g in gold}):
        units = [g for g in gold if g["batch"] == batch and g["article_id"] in texts]
        if not units:
            continue
        scores, _ = score_batch(units, texts)
        parts.append(to_frame(scores).assign(batch=batch, n_units=len(units)))
    return pd.concat(parts, ignore_index=True)[["batch", "n_units", *FrameScore.__dataclass_fields__]]


def score_batch(units: Sequence[dict], texts: Mapping[str, str], *, registry=None) -> tuple[list[FrameScore],
                                                                                         list[dict]]:
    """Run quotes -> statements -> frames on the articles of gold ``units`` and score them."""
    frames: list[Frame] = []
    for aid in sorted({g["article_id"] for g in units}):
        frames += frames_for_article({"id": aid, "text": texts[aid]}, registry=registry)[1]
    return score_frames(frames, units)
