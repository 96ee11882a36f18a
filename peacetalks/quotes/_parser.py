"""Tokens and the token-level parser: ``_Tok``, ``_tokens``, ``_Parser`` (verb, name and phrase tests over the
token list) and ``_Doc`` (paragraphs, sentences, quote spans and masks of one article, built by ``_build_doc``).

First step of the pipeline: ``_Extractor.__init__`` builds one ``_Doc`` and one ``_Parser`` per article; every
rule in the other modules reads the article through them. Imports only ``_wordlists`` and ``_common``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from peacetalks.actors import Resolution
from peacetalks.cues import Cue, Lexicon
from peacetalks.quote_marks import MarkedSpan, quote_spans
from peacetalks.text import Span, paragraphs, sentences, split_glued
from peacetalks.quotes._wordlists import (
    _ADV_SKIP, _BE, _BOUNDARY, _CAP_STOP, _CONJ, _CREDIT_CUE_WORDS, _DETS, _FINITE, _INTERJECT, _IRREG_PAST,
    _LEADER_PARTICIPLES, _LINKING, _LY_NOUNS, _MASK, _MAX_DEFECTIVE_WORDS, _MEDIUM_HEADS, _NAME_PARTICLES,
    _NOT_NAME_WORDS, _OBJECT_INFINITIVE, _ONE_HEADS, _OPENING_PARTICLES, _PARTICIPLE_END, _PAST_PARTICIPLES,
    _PP_ADVERBS, _PP_ADVERB_ENDS, _PP_START, _PREPS, _PROGRESSIVE_AUX, _PRONOUN_BE, _QUANTIFIER_SUBJECTS, _ROLE_PPS,
    _SOURCE_LINKS, _SUBORD, _TIME, _TOKEN, _TO_ADJ, _TO_ADJ_DEGREE, _TO_LEADS,
)
from peacetalks.quotes._common import _VERB_CUE, _person_noun, _words


class _Tok(NamedTuple):
    """A word or punctuation token: character span, text, lower-cased text (a tuple: cheap to build)."""

    start: int
    end: int
    text: str
    low: str


_DEGREE = frozenset("most more less least very so too".split())  # before an -ing cue form: an adjective
_RELATIVE_LEAD = re.compile(r"\b(?:which|who|whom|what|that|in|to)\s+$", re.I)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    method: str
    cue: str | None
    np: tuple[int, int] | None  # speaker mention char span
    para: int
    confidence: float  # the rule's hand-set value (rounds <= 14's output); since round 15 the output is calibrated
    outer: int | None = None  # index of the enclosing candidate for nested quotes
    inherit: bool = False  # floating / interrupted: take the previous speaker
    resolution: Resolution | None = None
    speaker_span: tuple[int, int] | None = None
    quote_id: str = ""
    extra: dict = field(default_factory=dict)


# every non-space character starts a _TOKEN match, so tokens are separated by whitespace only: findall with the
# whitespace before each token gives the same tokens and their offsets without a Match object per token
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    out = []
    append, new = out.append, tuple.__new__  # tuple.__new__ skips the NamedTuple's Python-level constructor
    pos = lo
    for space, t in _SPACED_TOKEN.findall(text, lo, hi):
        a = pos + len(space)
        pos = a + len(t)
        if t[0] == "#":
            t = "#"
        append(new(_Tok, (a, pos, t, t if t.islower() else t.lower())))  # (no copy of a lowercase word)
    return out


def _masked(text: str, spans: Sequence[MarkedSpan]) -> str:
    """``text`` with the inside of every given quoted span replaced by '#' (same length: offsets hold)."""
    if not spans:
        return text
    parts, pos = [], 0
    for s in spans:
        if s.inner_start < pos:
            continue
        parts.append(text[pos:s.inner_start])
        parts.append(_MASK * (s.inner_end - s.inner_start))
        pos = s.inner_end
    parts.append(text[pos:])
    return "".join(parts)


class _Parser:
    """Speaker phrases and cues over one token list (indices are token positions)."""

    def __init__(self, toks: list[_Tok], lex: Lexicon) -> None:
        self.t = toks
        self.lex = lex
        self._cls: list = [0] * len(toks)  # memo: 0 = not computed yet
        cues = lex.cues
        self._cue_idx = [i for i, tok in enumerate(toks) if tok.low in cues]  # where a cue form may start
        self._cue: list = [None] * len(toks)  # memo of cue_at, same convention; None (no cue) where none can start
        for i in self._cue_idx:
            self._cue[i] = 0

    # --- token classes -------------------------------------------------------------------------------------
    def cls(self, k: int) -> str | None:
        c = self._cls[k]
        if c == 0:
            c = self._cls[k] = self._classify(k)
        return c

    def _classify(self, k: int) -> str | None:
        tok = self.t[k]
        low, txt = tok.low, tok.text
        if low in _DETS:
            return "det"
        if low in self.lex.pronouns and low not in ("who", "which"):
            return "pron"
        if txt[0].isupper() and low not in _CAP_STOP:
            return "cap"
        base = low[:-2] if low.endswith(("'s", "’s")) else low
        if base in self.lex.role_nouns or (base.endswith("s") and base[:-1] in self.lex.role_nouns):
            return "role"
        if base in self.lex.modifiers or low != base:
            return "mod"
        if low in _PREPS:
            return "prep"
        if txt in ("-", "–", "&"):
            return "join"
        return None

    def cue_at(self, k: int) -> Cue | None:
        c = self._cue[k]
        if c == 0:
            c = self._cue[k] = self._find_cue(k)
        return c

    def cue_candidates(self, lo: int, hi: int) -> list[int]:
        """Token indices in ``[lo, hi)`` whose word is the first word of some cue form (cheap pre-filter)."""
        idx = self._cue_idx
        return idx[bisect.bisect_left(idx, lo):bisect.bisect_left(idx, hi)]

    def _find_cue(self, k: int) -> Cue | None:
        tok = self.t[k]
        cands = self.lex.cues.get(tok.low)
        if not cands:
            return None
        if not tok.text[0].islower() and tok.low not in ("according", "as"):  # "As reported by X, …"
            return None
        if tok.low in _CREDIT_CUE_WORDS and k + 1 < len(self.t) and self.t[k + 1].low == "by":
            return None  # 'Additional reporting by Jane Doe': a credit line's noun, no cue (round 19)
        for cue in cands:  # (keyed by their first word: the tokens after it are compared)
            words = cue.words
            n = len(words)
            if n == 1 or k + n <= len(self.t) and all(self.t[k + i].low == words[i] for i in range(1, n)):
                return None if cue.lemma in _OBJECT_INFINITIVE and self.after_determiner(k) else cue
        return None

    def after_determiner(self, k: int) -> bool:
        """Token ``k`` follows a determiner, maybe with one lowercase singular word between ('an appeal to …', 'a
        fresh appeal to …'): a noun, not the verb."""
        t = self.t
        return k > 0 and (t[k - 1].low in _DETS or k > 1 and t[k - 2].low in _DETS and t[k - 1].text.isalpha()
                                and t[k - 1].text.islower() and not t[k - 1].low.endswith("s"))

    # --- speaker phrases -----------------------------------------------------------------------------------
    def skip_adverbs_left(self, k: int, lo: int) -> int:
        while k >= lo:
            low = self.t[k].low
            if low == "," and k - 2 >= lo and self.t[k - 2].text == "," and self.t[k - 1].low in _INTERJECT:
                k -= 3  # "The two envoys, however, argue"
                continue
            n = next((n for n in (2, 3) if k - n + 1 >= lo and tuple(
                self.t[m].low for m in range(k - n + 1, k + 1)) in _PP_ADVERBS), 0) if low in _PP_ADVERB_ENDS else 0
            if n and k - n >= lo and (self.t[k - n].low in _ADV_SKIP or self.t[k - n].low in _BE):
                k -= n  # "have in fact reported": only after an auxiliary
                continue
            if low == "to" and k - 1 >= lo and self.t[k - 1].text.islower() and (
                    self.t[k - 1].low.endswith("ed") or self.t[k - 1].low in ("went", "go", "goes", "going")):
                k -= 2  # "interjected to say", "went on to say"
                continue
            if low == "to" and k - 1 >= lo and self.t[k - 1].low in _TO_LEADS and self.t[k - 1].text.islower():
                k -= 2  # "continues to insist", "was quick to note", "were far more likely to say"
                if self.t[k + 1].low in _TO_ADJ:
                    while k >= lo and (self.t[k].low in _TO_ADJ_DEGREE or self.t[k].text.islower() and len(
                            self.t[k].low) > 4 and self.t[k].low.endswith("ly")):
                        k -= 1
                    if k >= lo and (self.t[k].low in _BE or self.t[k].low in _LINKING):
                        k -= 1
                continue
            if low == "on" and k - 1 >= lo and self.t[k - 1].low in ("went", "goes", "go", "going"):
                k -= 2
                continue
            if low == "to" and k - 2 >= lo and self.t[k - 1].low == "on" and self.t[k - 2].low in (
                    "went", "goes", "go", "going"):
                k -= 3  # "He went on to call Kuleba …"
                continue
            if low == "both" and (k == lo or self.t[k - 1].text in _BOUNDARY and self.t[k - 1].text != ","
                                  or self.t[k - 1].low in _CONJ):
                break  # "Both have promised …", "and both vowed …": the subject, not 'they both' (nor ', both
                # claiming …': an absolute phrase)
            if low in _ADV_SKIP or low in _TIME or (low.endswith("ly") and self.t[k].text.islower() and len(low) > 4
                                                    and low not in _LY_NOUNS):  # "The family said": a noun
                k -= 1
                continue
            if low in ("on", "last", "this", "late", "early") and k + 1 < len(self.t) and self.t[k + 1].low in _TIME:
                k -= 1
                continue
            break
        return k

    def np_left(self, j: int, lo: int) -> tuple[int, int] | None:
        """Speaker phrase ending at token ``j`` (inclusive) and starting at or after ``lo``: (first, last+1)."""
        if j < lo:
            return None
        if self.t[j].text == ")":
            m = j - 1
            while m >= lo and m > j - 8 and self.t[m].text != "(":
                m -= 1
            if m > lo and self.t[m].text == "(":
                inner = self.np_left(m - 1, lo)
                return (inner[0], j + 1) if inner is not None else None
            return None
        c = self.cls(j)
        if c == "pron" or self.t[j].low in ("who", "which"):
            return (j, j + 1)
        if c not in ("cap", "role"):
            return None
        if self.t[j].low.endswith(("'s", "’s")):
            return None
        k = j
        while k >= lo:
            c = self.cls(k)
            if c in ("cap", "role", "mod"):
                k -= 1
                continue
            if c == "det":
                k -= 1
                if k - 1 >= lo and self.t[k].low == "and" and self.cls(k - 1) == "cap":
                    k -= 1  # "Kiev and its backers say"
                    continue
                break
            if c == "prep" and k - 1 >= lo and (self.cls(k - 1) in ("cap", "role") or self.t[k - 1].low == "those") \
                    and self.cls(k + 1) in ("cap", "det", "role", "mod"):
                k -= 1
                continue
            if self.t[k].low == "and" and k - 1 >= lo and k < j and self.cls(k - 1) == "cap" and self.cls(
                    k + 1) in ("cap", "mod", "det"):
                k -= 1  # "Putin and other Russian officials have stated"
                continue
            if c == "join" and k - 1 >= lo and self.cls(k - 1) in ("cap", "mod", "role") and \
                    self.t[k].start == self.t[k - 1].end:
                k -= 1
                continue
            if self.t[k].text == ")" and k < j:
                m = k - 1
                while m >= lo and m > k - 8 and self.t[m].text != "(":
                    m -= 1
                if m >= lo and self.t[m].text == "(":
                    k = m - 1
                    continue
            break
        a = k + 1
        while a <= j and (self.cls(a) in ("prep", "join") or (
                self.t[a].text[0].isupper() and self.t[a].low in _CAP_STOP and self.t[a].low not in _DETS)):
            a += 1
        if a > j or j - a > 12:
            return None
        if all(self.cls(i) in ("det", "mod") or self.cls(i) is None for i in range(a, j)) and self.cls(j) == "role" \
                and self.t[a].low not in _DETS and not self.t[j].low.endswith("s") and j == a:
            # a bare singular role noun with no determiner ("official said") is rare: accept only plurals/names
            return None
        return (a, j + 1)

    def np_right(self, k: int, hi: int) -> tuple[int, int] | None:
        """Speaker phrase starting at token ``k`` (inverted 'said Peskov', 'according to X')."""
        if k >= hi:
            return None
        if self.cls(k) == "pron":
            return (k, k + 1)
        a = k
        m = k
        if self.cls(m) == "det":
            m += 1
        last_head = None
        while m < hi:
            c = self.cls(m)
            if c in ("cap", "role", "mod"):
                if c in ("cap", "role") and not self.t[m].low.endswith(("'s", "’s")):
                    last_head = m
                m += 1
                continue
            if c in ("prep", "join") and last_head is not None and m + 1 < hi and self.cls(m + 1) in (
                    "cap", "det", "role", "mod"):
                m += 1
                continue
            if c == "det" and m > a and self.cls(m - 1) == "prep":
                m += 1
                continue
            if self.t[m].low == "and" and last_head is not None and m + 1 < hi and self.cls(m + 1) in (
                    "cap", "mod"):
                m += 1  # "citing Ukrainian and US officials"
                continue
            if c is None and m > a and self.t[m].text.isalpha() and self.t[m].text.islower() \
                    and self.t[m].low not in _SUBORD and self.t[m].low not in _PP_START and not self.is_verb(m):
                # "a Ukrainian energy ministry source": plain nouns inside the phrase, if a head follows
                nxt = next((x for x in range(m + 1, min(hi, m + 4)) if self.cls(x) in ("cap", "role")), None)
                if nxt is not None and all(self.t[x].text.isalpha() and not self.is_verb(x) for x in range(m, nxt)):
                    m = nxt
                    continue
            break
        if last_head == a and self.t[a].low in _ONE_HEADS:
            last_head = self.one_noun_end(a, hi)  # "said one mutineer": the noun after it is the head
        if last_head is None or last_head - a > 12:
            return None
        return (a, last_head + 1)

    def one_noun_end(self, a: int, hi: int) -> int:
        """The last token of 'one'/'another' and the words after it up to a person or role noun, at most three
        lowercase words ('one mutineer', 'another grey farmer'; not 'another theory', 'one jokingly'): no verb,
        preposition, conjunction, subordinator or time word between (round 19); ``a`` when there is no such noun."""
        m, head = a, a
        while m + 1 < min(hi, a + 4) and self.t[m + 1].text.isalpha() and self.t[m + 1].text.islower() \
                and self.cls(m + 1) in (None, "mod", "role") and not self.is_verb(m + 1) \
                and self.t[m + 1].low not in _SUBORD | _PP_START | _CONJ | _TIME:
            m += 1
            if self.cls(m) == "role" or _person_noun(self.t[m].low):
                head = m
        return head

    def speaker_left(self, ci: int, lo: int, cue: Cue, *, relaxed: bool = False
                     ) -> tuple[tuple[int, int] | None, str]:
        """Speaker before the cue at ``ci``: (token span, how) with how in np | apposition | passive | none."""
        j = self.skip_adverbs_left(ci - 1, lo)
        if j < lo:
            return None, "none"
        if self.t[j].low in _BE and (cue.words[0] in _PAST_PARTICIPLES or cue.words[0].endswith("ed")):
            return None, "passive"
        if self.t[j].low in _PROGRESSIVE_AUX and cue.words[0].endswith(_PARTICIPLE_END) and j - 1 >= lo:
            j = self.skip_adverbs_left(j - 1, lo)  # "the minister is promising to …", "officials are saying …"
            if j < lo:
                return None, "none"
        if j + 1 < ci and self.t[j + 1].low in ("been",):
            return None, "passive"
        if cue.words[-1].endswith(_PARTICIPLE_END) and self.t[j].low.replace("’", "'") in _PRONOUN_BE:
            return (j, j + 1), "np"  # "He's predicting that …": a contracted progressive
        for w in range(j - 1, max(lo, j - 10), -1):
            # "a source familiar with the investigation said", "people close to the minister say"
            if self.t[w].text in _BOUNDARY or self.is_verb(w):
                break
            if self.t[w].low in _SOURCE_LINKS and self.t[w + 1].low in ("to", "with", "on", "about") and w - 1 >= lo:
                head = self.np_left(w - 1, lo) or self.loose_subject(w - 1, lo)
                if head is not None and head[1] == w:
                    return (head[0], j + 1), "np"
                break
        np = self.np_left(j, lo)
        if np is not None and np[0] - 2 >= lo and self.t[np[0] - 1].low in ("in", "on", "during") \
                and self.t[np[1] - 1].low in _MEDIUM_HEADS:
            head = self.np_left(np[0] - 2, lo)
            if head is not None and self.cls(head[1] - 1) in ("cap", "role", "pron"):
                return self.coordinated(head, lo), "np"  # "The ministry in a statement said": not the statement
        if np is not None and np[0] - 3 >= lo and self.t[np[0] - 1].low == "by" \
                and self.t[np[0] - 2].low in _LEADER_PARTICIPLES:
            body = self.np_left(np[0] - 3, lo) or self.loose_subject(np[0] - 3, lo)
            if body is not None and body[1] == np[0] - 2:
                return self.coordinated(body, lo), "np"  # "the cabinet led by Jane Doe declared": the cabinet
        if np is not None and np[0] - 1 >= lo and self.t[np[0] - 1].low in _PP_START \
                and self.t[np[0] - 1].low not in ("of", "for"):
            # "Another source speaking to Interfax said": the noun phrase is an object; the subject comes
            # before the participle
            for w in range(np[0] - 2, max(lo - 1, np[0] - 8), -1):
                if self.t[w].text in _BOUNDARY:
                    break
                if self.t[w].text.islower() and self.t[w].low.endswith(_PARTICIPLE_END) and w - 1 >= lo:
                    subj = self.np_left(w - 1, lo) or self.loose_subject(w - 1, lo)
                    if subj is not None:
                        return subj, "np"
                    break
        if np is not None:
            return self.coordinated(np, lo), "np"
        if self.t[j].text == ",":
            # apposition: "Dmitry Peskov, the Kremlin spokesman, said"
            k = j - 1
            while k >= lo and k > j - 26 and (self.t[k].text not in (",", ".", ";", ":", "!", "?", "#", "\"", "“",
                                                                      "”") or (
                    self.t[k].text == "." and k - 1 >= lo and self.t[k - 1].text[:1].isupper()
                    and len(self.t[k - 1].text) <= 5)):
                k -= 1
            if k >= lo and self.t[k].text == "," and k < j - 1:
                np = self.np_left(self.skip_adverbs_left(k - 1, lo), lo)
                nxt = self.t[k + 1]
                if np is not None and 2 <= j - (k + 1) <= 4 and all(
                        self.cls(m) == "cap" for m in range(k + 1, j)) and self.cls(np[1] - 1) != "cap" or (
                        np is not None and self.t[np[1] - 1].low in ("department", "ministry", "office", "agency")
                        and all(self.cls(m) == "cap" for m in range(k + 1, j))) or self.role_before_name(k, j, lo) \
                        is not None:
                    chain = self.apposition_chain(j, lo)
                    if chain is not None and chain[1] < k:
                        return chain, "apposition"  # "Jane Doe, the editor of the paper, The Daily Post, said"
                    return (k + 1, j), "apposition"  # "the head of the …  Department, Aleksey Polishchuk, said"
                if np is not None and self.t[np[0]].low == nxt.low and self.cls(np[0]) not in ("cap",) \
                        and self.np_left(j - 1, k + 1) == (k + 1, j):
                    return self.coordinated((k + 1, j), lo), "np"  # "those in Washington, those in London, told"
                if np is not None and self.cls(np[1] - 1) in ("cap", "role", "pron") and (
                        self.cls(k + 1) in ("det", "cap", "role", "mod") or nxt.text.isdigit()
                        or (self.cls(np[1] - 1) == "cap" and nxt.text[:1].isalpha() and not any(
                            self.is_verb(m) and not (self.t[m + 1].low == "by" and self.t[m - 1].text.isalpha())
                            for m in range(k + 1, j)))
                        or nxt.low in ("who", "which") or (nxt.low.endswith(_PARTICIPLE_END) and nxt.text.islower())
                        or (nxt.text.islower() and (nxt.low.endswith("ed") or nxt.low in _PAST_PARTICIPLES)
                            and self.cls(np[1] - 1) in ("cap", "role"))):
                    if cue.words[-1].endswith(_PARTICIPLE_END):
                        sub = self.comma_clause_subject(k + 1, j)
                        if sub is not None:
                            return sub, "np"  # "When he moved to Ohio, his mother refused …, insisting …"
                    if cue.words[-1].endswith(_PARTICIPLE_END) and np[0] - 1 >= lo:
                        # "Kuleba was blunt about his dislike of Sergei Lavrov, the veteran minister, saying …":
                        # an object with its apposition; the participle belongs to the clause subject (also
                        # after a verb the reader does not know or a list: 'sued the port, …, claiming')
                        subj = self.opening_subject(lo, np[0])
                        if subj is not None and (self.t[np[0] - 1].low in _PP_START | {"of"} or self.is_verb(
                                np[0] - 1) or subj[1] <= np[0] - 1 and self.t[subj[1]].text.islower()):
                            return subj, "np"
                    if self.in_place_pp(np, lo):
                        # "In a speech in Lviv Oblast, Mr. Zelensky struck a tone, saying" / "Tom Brown, speaking
                        # in Dayton, Ohio, warned": a place after a preposition is no apposition's head
                        alt = self.clause_subject(k + 1, j) or self.subject_before(np[0], lo)
                        if alt is not None:
                            return alt, "apposition"
                    if np[0] - 2 >= lo and self.t[np[0] - 1].text == "," and "role" in (
                            self.cls(np[0]), self.cls(np[0] + 1) if self.cls(np[0]) == "det" else ""):
                        # audit X: "Jo Doe, the head of Harbourco, the ferry operator, said": the role phrase is
                        # itself an apposition; the phrase opening the sentence before it speaks (a name, also a
                        # role phrase or pronoun: 'The mayor, the head of …, …, said')
                        name = self.np_left(np[0] - 2, lo)
                        if name is not None and (name[0] == lo or name[0] - 1 == lo and self.t[lo].low in _CONJ):
                            return name, "apposition"
                    return np, "apposition"
        if self.t[j].text == "," and j - 1 >= lo:
            # "Sen. Ann Lee (R-OH), said"
            np = self.np_left(j - 1, lo)
            if np is not None and (np[0] == lo or self.t[np[0] - 1].text in (",", "—", "–")):
                return np, "np"
        if (self.t[j].text in (",", "—", "–") or self.hyphen_dash(j) is not None) \
                and not cue.words[-1].endswith(_PARTICIPLE_END):
            np = self.apposition_chain(j, lo)
            if np is not None:
                return np, "apposition"
            if self.t[j].text != ",":
                # "Insiders in two capitals — Kyiv and Warsaw — said": a verbless aside between dashes (also
                # between spaced hyphens or '--', the pair at the same bracket depth: 'Several envoys -- including
                # two from Kyiv -- said')
                first = self.hyphen_dash(j)
                if first is None:
                    opener = next((m for m in range(j - 1, max(lo - 1, j - 20), -1)
                                   if self.t[m].text == self.t[j].text or self.is_verb(m)), None)
                    opened = opener is not None and self.t[opener].text == self.t[j].text
                else:
                    opener = next((m for m in range(first - 1, max(lo - 1, first - 20), -1)
                                   if (self.hyphen_dash(m) is not None and self.outside_brackets(m, first))
                                   or self.is_verb(m)), None)
                    opened = opener is not None and self.hyphen_dash(opener) is not None
                    opener = self.hyphen_dash(opener) if opened else None
                if opened and opener - 1 >= lo:
                    np, how = self.speaker_left(opener, lo, cue)
                    if np is not None and how in ("np", "loose"):
                        return np, how
        # "a Kremlin official who asked not to be named … said"
        for w in range(j, max(lo - 1, j - 16), -1):
            if self.t[w].text in _BOUNDARY:
                break
            if self.t[w].low in ("who", "whose") and w - 1 >= lo:
                np = self.np_left(w - 1, lo) or self.loose_subject(w - 1, lo)
                if np is not None:
                    return np, "relative"
                break
        # a loose phrase does not end on a lone dash typed with hyphens before a finite cue ('Talks will go on -
        # said the envoy': translated news, the speaker follows; not after an aside 'Some envoys - like Jane Doe -
        # said', nor a participle '… - saying'; round 18)
        first = self.hyphen_dash(j)
        lone = first is not None and not cue.words[-1].endswith(_PARTICIPLE_END) and not any(
            self.hyphen_dash(m) is not None for m in range(lo, first))
        np = self.loose_subject(j, lo, relaxed=relaxed) if not lone else None
        if np is not None and np[0] - 1 >= lo and self.is_verb(np[0] - 1) and self.t[np[0] - 1].low not in _BE \
                and self.cls(np[1] - 1) not in ("cap", "role", "pron") and self.cls(np[0]) in ("det", "mod"):
            # "Peskov delivered a curt retort", "Kuleba … offered his plainest promise that …": the object of
            # a verb, with the cue form used as its noun, is no speaker; the verb's subject is
            subj, how = self.speaker_left(np[0] - 1, lo, _VERB_CUE)
            return (subj, how) if subj is not None and how != "loose" else (None, "none")
        if np is not None:
            return np, "loose"
        return None, "none"

    def head_of(self, np: tuple[int, int]) -> int:
        """The head token of a speaker phrase, before a closing parenthetical ('John Smith (D-Va.)' -> Smith)."""
        b = np[1] - 1
        if self.t[b].text == ")":
            m = b - 1
            while m > np[0] and self.t[m].text != "(":
                m -= 1
            if m > np[0]:
                return m - 1
        return b

    def hyphen_dash(self, k: int) -> int | None:
        """When token ``k`` ends a dash typed with hyphens (a hyphen between spaces, or the second hyphen of
        '--', which the tokenizer splits in two), the dash's first token; None otherwise (round 18)."""
        t = self.t
        if t[k].text != "-":
            return None
        if k > 0 and t[k - 1].text == "-" and t[k - 1].end == t[k].start:
            return k - 1
        spaced = k > 0 and t[k - 1].end < t[k].start and k + 1 < len(t) and t[k].end < t[k + 1].start
        return k if spaced else None

    def outside_brackets(self, k: int, j: int) -> bool:
        """Do tokens ``(k, j)`` hold balanced round brackets, so that ``k`` and ``j`` stand at the same depth?"""
        depth = 0
        for m in range(k + 1, j):
            depth += (self.t[m].text == "(") - (self.t[m].text == ")")
            if depth < 0:
                return False
        return depth == 0

    def apposition_chain(self, j: int, lo: int) -> tuple[int, int] | None:
        """The sentence subject before one to three appositions that end at the comma or dash at token ``j``:
        'Jane Doe, 27, a nurse in Ohio, said' / 'John Smith (D-Ore.), a member of …, said' / 'Ann Lee — who
        chairs the board — told'. The subject must open the sentence (after a conjunction or an introductory
        phrase) and the first apposition must start like one (determiner, name, number, who/whose, participle)."""
        t = self.t
        closer = t[j].text
        dash = closer != ","
        hyphens = closer == "-"  # a spaced hyphen or '--' (two hyphen tokens) pairs with its own kind
        delims = 0
        for k in range(j - 1, max(lo - 1, j - 40), -1):
            tx = t[k].text
            if tx in (";", ":"):
                return None
            if hyphens:
                first = self.hyphen_dash(k)
                if first is None or not self.outside_brackets(k, j):
                    continue  # '(counterpart of X - PAP) - said': a hyphen inside brackets pairs with none outside
                k0 = first  # the dash opening the aside starts at its first hyphen
            elif not ((tx == "," and not dash) or (dash and tx == closer)):
                continue
            else:
                k0 = k
            delims += 1
            if delims > 3 or k0 - 1 < lo:
                return None
            np = self.np_left(self.skip_adverbs_left(k0 - 1, lo), lo)
            if np is None or np[1] != k0 or self.cls(self.head_of(np)) not in ("cap", "role"):
                continue
            n1 = k + 1
            while n1 < j - 1 and t[n1].low in ("also", "now", "still", "once", "then", "himself", "herself"):
                n1 += 1  # "Sen. Tom Lane (R-Ohio), also a candidate, said …"
            nxt = t[n1]
            if not (self.cls(n1) in ("det", "cap", "role", "mod") or nxt.text[:1].isdigit()
                    or nxt.low in ("who", "whose", "which") or (nxt.text.islower() and (
                        nxt.low.endswith(("ing", "ed")) or nxt.low in _PAST_PARTICIPLES))
                    or (nxt.text.isalpha() and nxt.text.islower() and not self.is_verb(n1)
                        and nxt.low not in _PP_START and nxt.low not in _SUBORD and nxt.low not in _CONJ
                        and nxt.low not in _PREPS and nxt.low not in _ADV_SKIP)):
                return None
            a = np[0]
            if a == lo or (a - 1 == lo and t[lo].low in _CONJ):
                return np
            if t[a - 1].text == "," and self.opening_subject(lo, k + 1) == np:
                return np  # "In an interview, Jane Doe, 27, a nurse, said"
            if t[a - 1].low in _PREPS or t[a - 1].low in ("of", "for", "from", "at", "in", "with"):
                continue  # "…, a director of the Eastern Party, whose …": a name inside an apposition
            return None
        return None

    def role_phrase(self, k: int, lo: int) -> int | None:
        """Start of the verbless role phrase that ends before token ``k`` and whose head (the noun before its first
        of/for/to/at/in PP) is a role noun: 'The mayor of Lviv', "Ukraine's ambassador to the UK", 'A Kremlin
        spokesman', 'The head of defence intelligence in Ukraine'; else None."""
        t = self.t
        a = k
        while a - 1 >= lo and k - a < 20:
            tok = t[a - 1]
            if tok.text == ")" and a - 3 >= lo and t[a - 3].text == "(" and t[a - 2].text.isupper():
                a -= 3  # "… Treaty (NPT) review conference": an abbreviation in brackets inside the phrase
                continue
            joined = tok.low == "and" and a - 2 >= lo and self.cls(a - 2) in ("cap", "role")
            if not joined and (tok.text in _BOUNDARY or tok.low in _SUBORD or tok.low in _CONJ
                               or self.verb_at(a - 1, participles=False)):
                break  # ("Eastern Europe and Central Asia", "adviser and chief negotiator": one phrase)
            a -= 1
        b = a
        while b < k and (t[b].low in _TIME or t[b].low in ("last", "next", "this", "now", "then")):
            b += 1  # "Last week Ruritania's ambassador to …", "Now an opposition MP": time words before the role
        if b >= k or self.cls(b) not in ("det", "cap", "role", "mod"):
            return None
        if a - 2 >= lo and self.t[a - 1].text == ",":
            prev = self.np_left(a - 2, lo)
            if prev is not None and self.cls(prev[1] - 1) == "cap" and (
                    prev[0] == lo or t[prev[0] - 1].text in _BOUNDARY):
                return None  # "Tom Brown, an adviser to Secretary of State, Ann Lee, said": Brown's apposition
        head = next((m for m in range(b + 1, k) if t[m].low in _ROLE_PPS), k) - 1
        base = t[head].low[:-2] if t[head].low.endswith(("'s", "’s")) else t[head].low
        base = base.split("-")[0]  # "commander-in-chief"
        roles = self.lex.role_nouns
        return a if base in roles or base.endswith("s") and base[:-1] in roles else None

    def name_between(self, k: int, j: int) -> bool:
        """Tokens ``(k, j)`` are a person's name: one to seven capitalised words, initials or particles ('Maj.
        Gen. Tom Brown', 'Jan de Vries'), no weekday or month."""
        t = self.t
        return 1 <= j - (k + 1) <= 7 and self.cls(k + 1) == "cap" and self.cls(j - 1) == "cap" and all(
            self.cls(m) == "cap" and t[m].low not in _BE and t[m].low not in _NOT_NAME_WORDS
            or t[m].text == "." and self.cls(m - 1) == "cap" or t[m].low in _NAME_PARTICLES for m in range(k + 1, j))

    def role_before_name(self, k: int, j: int, lo: int) -> int | None:
        """'<role phrase>, <name>, <cue>' with commas at tokens ``k`` and ``j``: the start of the role phrase when
        tokens ``(k, j)`` are a person's name (capitalised words, initials, particles: 'Maj. Gen. Tom Brown',
        'Jan de Vries'); one word only when the role phrase does not end in a place ('… in Wichita, Kansas')."""
        if not self.name_between(k, j):
            return None
        t = self.t
        n = j - (k + 1)
        a = self.role_phrase(k, lo)
        if a is None or n == 1 and any(t[m].low in ("in", "from", "at") for m in range(a, k)):
            return None
        return a

    def opening_subject(self, lo: int, end: int) -> tuple[int, int] | None:
        """The name, role phrase or pronoun opening the clause at token ``lo`` (after an introductory phrase up to
        its comma), followed by a lowercase word (its verb), a comma or a parenthesis, ending before ``end``."""
        a = lo
        while a < end and (self.t[a].low in _CONJ or self.t[a].text in _BOUNDARY):
            a += 1
        if a < end and (self.cls(a) == "prep" or self.t[a].low in _PP_START or self.t[a].low in _SUBORD
                        or self.participle_opening(a, end) or (
                            self.t[a].text[:1].isupper() and self.t[a].low.endswith(_PARTICIPLE_END) and a + 1 < end
                            and self.t[a + 1].text.islower()) or self.time_opening(a, end)):
            comma = next((m for m in range(a, end) if self.t[m].text == ","), None)
            if comma is None:
                return None
            a = comma + 1
        if a >= end:
            return None
        np = self.np_right(a, end)
        if np is None or np[1] >= end or self.cls(np[1] - 1) not in ("cap", "role", "pron"):
            return None
        nxt = self.t[np[1]]
        if nxt.text in (",", "(") or (nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _PP_START
                                      and nxt.low not in _PREPS and nxt.low not in _SUBORD):
            return np
        return None

    def time_opening(self, a: int, end: int) -> bool:
        """Does a short time phrase ending in a comma open the clause at token ``a`` ('This year, …', 'Last
        week, …')?"""
        comma = next((m for m in range(a, min(end, a + 5)) if self.t[m].text == ","), None)
        return comma is not None and any(self.t[m].low in _TIME for m in range(a, comma))

    def in_place_pp(self, np: tuple[int, int], lo: int) -> bool:
        """Is the phrase the object of a preposition ('in Bangor', 'of Flint'), or the second part of one
        ('in Aurora, Colorado')?"""
        a = np[0]
        if a - 1 >= lo and self.t[a - 1].low in _PP_START | {"of"}:
            return True
        if a - 2 >= lo and self.t[a - 1].text == "," and self.cls(a - 2) == "cap":
            m = a - 2
            while m - 1 >= lo and self.cls(m - 1) == "cap":
                m -= 1
            return m - 1 >= lo and self.t[m - 1].low in _PP_START | {"of"}
        return False

    def clause_subject(self, a: int, j: int) -> tuple[int, int] | None:
        """A name opening a clause between tokens ``a`` and ``j`` ('Mr. Zelensky struck a tone'): the name, when a
        lowercase word (its verb) follows it."""
        np = self.np_right(a, j)
        if np is None or self.cls(np[1] - 1) not in ("cap", "role") or np[1] >= j:
            return None
        nxt = self.t[np[1]]
        if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.low in _SUBORD or nxt.low in _PP_START \
                or nxt.low in _DETS or nxt.low in _PREPS:
            return None
        return np

    def comma_clause_subject(self, a: int, j: int) -> tuple[int, int] | None:
        """The subject of a clause between a comma at ``a - 1`` and a participle cue's comma at ``j``, when the
        phrase there opens on a noun phrase and a verb ('…, his mother refused to teach him, insisting'): no
        apposition of the name before the comma, the clause the participle closes."""
        np = self.np_right(a, j)
        v = np[1] if np is not None else j
        while v < j and (self.t[v].low in _ADV_SKIP or self.t[v].low.endswith("ly") and self.t[v].text.islower()):
            v += 1  # 'Jane Roe also rejected …'
        if np is None or np[0] != a or v >= j or not self.is_verb(v) \
                or self.cls(np[1] - 1) not in ("cap", "role", "pron", None) and self.t[np[1] - 1].text.isalpha():
            return None
        return np

    def subject_before(self, a: int, lo: int) -> tuple[int, int] | None:
        """The nearest name or role phrase before token ``a`` that ends at a comma, opens the sentence (or follows a
        comma or dash) and is not itself inside a prepositional phrase: 'Zelensky, speaking at …'."""
        for m in range(a - 1, max(lo, a - 30) - 1, -1):
            if self.t[m].text in _BOUNDARY and self.t[m].text not in (",", "—", "–"):
                return None
            if self.t[m].text != "," or m - 1 < lo:
                continue
            cand = self.np_left(m - 1, lo)
            if cand is None or cand[1] != m or self.cls(cand[1] - 1) not in ("cap", "role"):
                continue
            if (cand[0] == lo or self.t[cand[0] - 1].text in (",", "—", "–")) and not self.in_place_pp(cand, lo):
                return cand
        return None

    def coordinated(self, np: tuple[int, int], lo: int) -> tuple[int, int]:
        """Extend a speaker phrase over parallel conjuncts before it: 'those in Washington, those in London'
        / 'officials in Kyiv and officials in Moscow' (the conjuncts start with the same word)."""
        a, b = np
        while a - 2 >= lo and self.t[a - 1].low in (",", "and"):
            prev = self.np_left(a - 2, lo)
            if prev is None or self.t[prev[0]].low != self.t[a].low or prev[1] != a - 1:
                break
            a = prev[0]
        return (a, b)

    def is_verb(self, k: int) -> bool:
        tok = self.t[k]
        if not tok.text[:1].islower():
            return False
        c = self._cue[k]  # cue_at's memo read in place: most tokens hold None (no cue form starts with them)
        if c == 0:
            c = self.cue_at(k)
        return (c is not None or tok.low in _IRREG_PAST or tok.low in _BE
                or (len(tok.low) > 4 and tok.low.endswith("ed")))

    def has_verb(self, a: int, b: int, *, lexical: bool = True, participles: bool = True, infinitive: bool = False,
                 s_forms: bool = False, mask: bool = False) -> bool:
        """Tokens ``[a, b)`` hold a word that reads as a verb. A finite auxiliary or modal or a form of 'be' ('is',
        "won't", 'been') always counts; ``lexical`` adds the words of ``is_verb`` (a lowercase speech cue,
        irregular past or word in -ed; ``participles=False`` leaves out its -ed words: 'the retired'); the other
        options add the marker 'to' (``infinitive``), a lowercase word in -s ('opposes', ``s_forms``) and a
        masked quote (``mask``)."""
        t = self.t
        for m in range(a, b):
            tok = t[m]
            low = tok.low
            if (low in _FINITE and not (tok.text == "May" and m > 0 and t[m - 1].text not in _BOUNDARY)
                    or low in _BE or infinitive and low == "to" or mask and tok.text == _MASK
                    or s_forms and _verb_s(tok) or lexical and self.is_verb(m) and (
                        participles or not low.endswith("ed"))):
                return True  # (the month: 'in May', 'talks since May' — mid-sentence 'May' is no modal)
        return False

    def verb_at(self, k: int, *, participles: bool = True, s_forms: bool = False) -> bool:
        """Token ``k`` reads as a verb (``has_verb`` of that one token, with its lexical words)."""
        return self.has_verb(k, k + 1, participles=participles, s_forms=s_forms)

    def loose_subject(self, j: int, lo: int, *, relaxed: bool = False) -> tuple[int, int] | None:
        """The whole clause subject before a cue ("the paper's editorial board", "The ad"): up to 9 words back
        to a clause boundary, with no verb or subordinator inside, starting like a noun phrase."""
        if j < lo or self.t[j].text in _BOUNDARY or self.cls(j) in ("prep", "det"):
            return None
        k = j
        while k >= lo and j - k < 9 and not self.subject_break(k):
            k -= 1
        a = k + 1
        if k >= lo and j - k >= 9:
            return None
        if k >= lo and self.t[k].low in _PP_START:
            return None  # "… in the town officials said": the subject is not delimited
        if not relaxed and k >= lo and self.t[k].text == "who":
            return self.relative_subject(k, j, lo)
        while a <= j and self.t[a].text[0].isupper() and self.t[a].low in _CAP_STOP and self.t[a].low not in _DETS \
                and not (self.cls(a) == "pron" and a == j):
            a += 1
        if a > j or self.participle_opening(a, j + 1):
            return None  # "Rattling off promises …": a participial phrase, not a subject
        if relaxed:
            # right after a quote ('"…," federal prosecutors wrote'): any short run of words is the speaker
            if self.t[a].low in _PP_START or self.t[a].low in _SUBORD:
                return None  # '"bears a duty" as an atomic power': not a speaker
            if not all(self.t[m].text[:1].isalnum() or self.t[m].text in ("(", ")", "-", "&", "'s", "’s")
                       for m in range(a, j + 1)):
                return None
        elif self.plain_plural_subject(a, j, lo):
            pass  # "But grain exporters say …"
        elif self.cls(a) not in ("det", "cap", "role", "pron", "mod") and not self.t[a].text.isdigit():
            return None
        elif self.cls(a) != "det" and not any(self.cls(m) in ("cap", "role", "pron") for m in range(a, j + 1)):
            return None
        if self.t[j].low.endswith(("'s", "’s")):
            return None
        return (a, j + 1)

    def subject_break(self, k: int) -> bool:
        """Token ``k`` ends a subject read leftwards: a clause boundary, a subordinator, a verb or a preposition.
        An -ed word right after an article is an adjective, no verb ('The retired surgeon', round 16), unless a
        preposition opens that phrase ('filed by a fired official alleging …' keeps 'official')."""
        tok = self.t[k]
        return tok.text in _BOUNDARY or tok.low in _SUBORD or tok.low in _PP_START or self.is_verb(k) and not (
            k > 0 and self.t[k - 1].low in ("the", "a", "an") and tok.low.endswith("ed")
            and not (k > 1 and (self.t[k - 2].low in _PP_START or self.cls(k - 2) == "prep")))

    def relative_subject(self, who: int, j: int, lo: int) -> tuple[int, int] | None:
        """'Those who study the ports argue …', 'Some voters who met him say …': a subject whose relative clause
        (from token ``who``) runs up to the cue after token ``j`` is the head before 'who' (one to three words
        opening like a noun phrase after a clause break or at the sentence start) with its clause; None otherwise."""
        if who == j or self.has_verb(who + 1, j + 1, lexical=False):
            return None  # no clause after 'who', or a finite verb in it ('Those who were left behind are …')
        h = who - 1
        while h >= lo and who - h <= 3 and not self.subject_break(h):
            h -= 1
        a = h + 1
        if a == who or h >= lo and not self.subject_break(h) or self.cls(a) not in (
                "det", "cap", "role", "pron", "mod") and not (
                self.t[who - 1].low in _QUANTIFIER_SUBJECTS or self.t[who - 1].low.endswith("s")):
            return None  # (no head, or a head longer than three words: not delimited)
        return (a, j + 1)

    def plain_plural_subject(self, a: int, j: int, lo: int) -> bool:
        """Lowercase words ending in a plural noun right after a sentence-opening conjunction ('But grain
        exporters say', 'And rail workers warn'): a subject the role lexicon does not know."""
        t = self.t
        if a - 1 < lo or t[a - 1].low not in ("but", "and", "yet") or not (
                a - 1 == lo or t[a - 2].text in (".", ";", ":", ",")):
            return False
        return j - a <= 2 and t[j].low.endswith("s") and not t[j].low.endswith(("ss", "us", "ly")) and all(
            t[m].text.isalpha() and t[m].text.islower() and not self.is_verb(m) for m in range(a, j + 1))

    def participle_opening(self, a: int, hi: int) -> bool:
        """Does token ``a`` open a participial or adverbial phrase ('Rattling off …', 'Continuing to …',
        'Arriving upon …', 'Shortly after …', 'Back in 1999')? A capitalised -ing/-ly word (or 'Back') followed
        by a particle or preposition."""
        tok = self.t[a]
        if a + 1 >= hi or not tok.text[:1].isupper() or not (
                tok.low.endswith(("ing", "ly")) and len(tok.low) > 5 or tok.low == "back"):
            return False
        return self.t[a + 1].low in _PP_START | _OPENING_PARTICLES

    def name_after_phrase(self, r: int, comma: int, v: int, end: int) -> tuple[int, int] | None:
        """'"…," the last round before the winter, Koval says' / '"…," like the mood in the corridors, said Anna Berg':
        a phrase with no name, role or pronoun between the quote and a comma continues the quote's topic; the
        name right before the verb after it (or right after a cue there) is the speaker."""
        if any(self.cls(m) in ("cap", "role", "pron") for m in range(r, comma)):
            return None
        a = comma + 1
        if a < v and v - a <= 4 and all(self.cls(m) == "cap" for m in range(a, v)):
            return a, v
        cue = self.cue_at(v) if a == v else None
        if cue is not None and cue.type == "verb":
            b = c = v + len(cue.words)
            while c < end and c - b < 5 and self.cls(c) == "cap":
                c += 1
            if c > b:
                return b, c
        return None

    def loose_right(self, r: int, hi: int) -> tuple[tuple[int, int], int] | None:
        """Speaker right after a quote, the verb not necessarily a cue: '"…," the board wrote' /
        '"…," said a veteran Kremlin watcher who …'. Returns (speaker token span, verb token)."""
        end = r
        while end < hi and self.t[end].text not in (".", "!", "?", "#", ";") and end - r < 16:
            end += 1
        if end == r:
            return None
        cue = self.cue_at(r)
        inverted = cue is not None and cue.scope != "quoted"
        if not inverted and self.t[r].text.islower() and self.is_verb(r) and self.t[r].low not in _BE:
            cue, inverted = _VERB_CUE, True  # '"…," opined Cleveland's Plain Dealer.'
        if inverted:
            a = r + (len(cue.words) if cue is not _VERB_CUE else 1)
            b = a
            while b < end and self.t[b].text not in _BOUNDARY and self.t[b].low not in _SUBORD and not (
                    self.t[b].low in _PP_START and self.t[b].low not in ("of", "for")) and b - a < 10:
                b += 1
            if b > a and (self.cls(a) == "det" or self.t[a].text[:1].isalpha()) and (self.cls(a) == "det" or any(
                    self.cls(m) in ("cap", "role", "pron") for m in range(a, b))):
                return (a, b), r  # '"…," said pollster Frank Luntz.' 
            return None
        v = r
        while v < end and v - r <= 10 and not self.is_verb(v):
            v += 1
        if v >= end or v == r:
            return None
        j = self.skip_adverbs_left(v - 1, r)
        if j < r:
            return None
        first_comma = next((m for m in range(r, j + 1) if self.t[m].text == ","), None)
        if first_comma is not None:
            named = self.name_after_phrase(r, first_comma, v, end)
            if named is not None:
                return named, v
            j = first_comma - 1  # "Tom Brown, a spokesman for …, told": the name before the apposition
        first_pp = next((m for m in range(r + 1, j + 1) if self.t[m].low in _PP_START), None)
        if first_pp is not None:
            j = first_pp - 1  # "a Ukrainian delegate in the hall wondered"
        span = self.loose_subject(j, r, relaxed=True)
        if span is None or span[0] != r:
            return None
        return span, v


@dataclass(slots=True)
class _Doc:
    text: str
    paras: list
    para_starts: list[int]
    sents: list
    sent_starts: list[int]
    spans: list[MarkedSpan]
    outer: list[MarkedSpan]
    outer_starts: list[int]
    toks: list[_Tok]
    tok_starts: list[int]
    sent_toks: list[tuple[int, int]]  # per sentence: its tokens [first, end) (tok_at_or_after of its start and end)

    def para_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return i if i > 0 else 0  # (not max(): a builtin call per lookup)

    def sent_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return i if i > 0 else 0

    def tok_at_or_after(self, pos: int) -> int:
        return bisect.bisect_left(self.tok_starts, pos)


_NAME_ABBREV = re.compile(r"(?:\b(?:Gov|Lt|Sen|Rep|Gen|Col|Capt|Sgt|Maj|Adm|Dr|Mr|Mrs|Ms|Rev|Pres|Sec)\."
                          r"|\b[A-Z][a-z]+ (?:[A-Z]\.){1,2})$")


def _join_false_breaks(text: str, sents: list) -> list:
    """Undo sentence breaks the splitter makes after an abbreviation: before a lowercase word, a closing
    parenthesis or a comma ('Rep. Tom Lane (D-Ore.), a member of …, said'), after 'No.' before a number ('the
    No. 3 official'), and after a title or a name's initial before a capital ('Arkansas Gov. Mike Huckabee', 'George
    H.W. Bush'). Only within a paragraph, and only after a full stop (not after '!"' or '?"')."""
    out: list = []
    for s in sents:
        if out:
            prev = out[-1]
            first = s.text[:1]
            if "\n" not in text[prev.end:s.start] and prev.text.endswith((".", ".)")) and (
                    first.islower() or first in ")," or (first.isdigit() and prev.text.endswith("No."))
                    or first.isupper() and _NAME_ABBREV.search(prev.text, max(0, len(prev.text) - 16))):
                out[-1] = Span(prev.start, s.end, text[prev.start:s.end])
                continue
        out.append(s)
    return out


def _build_doc(text: str) -> _Doc:
    paras = paragraphs(text)
    spans = quote_spans(text, paras=paras)
    # a defective span (unclosed or in an unbalanced paragraph) running over many sentences is a pairing
    # failure, not a quote: dropped with its nested spans, its text read as narration
    bad = [(s.start, s.end) for s in spans if s.depth == 0 and s.flags & {"unclosed", "unbalanced"}
           and _words(text[s.inner_start:s.inner_end]) > _MAX_DEFECTIVE_WORDS]
    if bad:
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in bad)]
    outer = [s for s in spans if s.depth == 0]
    # a depth-0 span inside another (should not happen) is treated as nested
    cleaned: list[MarkedSpan] = []
    for s in outer:
        if cleaned and s.start < cleaned[-1].end:
            continue
        cleaned.append(s)
    sents = _join_false_breaks(text, split_glued(sentences(text, paras=paras)))
    masked = _masked(text, cleaned)
    toks = _tokens(masked, 0, len(masked))
    tok_starts = [t.start for t in toks]
    sent_toks = [(bisect.bisect_left(tok_starts, s.start), bisect.bisect_left(tok_starts, s.end)) for s in sents]
    return _Doc(text, paras, [p.start for p in paras], sents, [s.start for s in sents], spans, cleaned,
                [s.start for s in cleaned], toks, tok_starts, sent_toks)


def _verb_s(tok: _Tok) -> bool:
    """A lowercase word in -s that reads as a present-tense verb where a verb is expected ('opposes')."""
    return tok.text.isalpha() and tok.text.islower() and tok.low.endswith("s") and not tok.low.endswith(
        ("ss", "us", "is")) and len(tok.low) > 3
