"""Quotes in quote marks: direct quotes attributed from the words after (``"...," X said``), before
(``X told Tass: "..."``), from a colon lead-in or a cue paragraph; mixed quotes (a lead or tail in the same
clause); nested quotes; floating quotes (speech-like spans left over, attributed to the previous subject or
speaker); and the final trim of mixed-quote tails.

Steps 1, 2 and 4 of the pipeline (``_Extractor.run``). A mixin of ``_Extractor``: quote spans come from
``quote_marks`` through ``_Doc``; speakers are phrases resolved later by ``_speakers``.
"""

from __future__ import annotations

import bisect
import re

from peacetalks.cues import Cue
from peacetalks.quote_marks import SINGLE, MarkedSpan
from peacetalks.quotes._wordlists import (
    _ADV_SKIP, _BASE_CONFIDENCE, _BE, _BOUNDARY, _BYLINE, _CAP_STOP, _CHANT_PREPS, _CLAUSE_OPENERS, _CLAUSE_START,
    _CONJ, _CREDIT_LINE_START, _DETS, _DOCUMENT_HEADS, _DURATIONS, _FINITE, _FRAGMENT_LEADS, _ING_PREPOSITIONS,
    _IRREG_PAST, _LEAD_BREAK, _LINK_LABELS, _NAME_PARTICLES, _NAMING_WORDS, _NO_SPEAKER_OPENERS, _NOT_NAMES,
    _OBJ_PRON, _OBJECT_PARTICLES, _OPENING_SUBORD, _PARTICIPLE_END, _PASSIVE_BE, _PAST_PARTICIPLES, _PP_START,
    _PP_WORDS, _PREPS, _QUOTED_AS, _QUOTE_MARKS, _QUOTE_OPENERS, _REPLY_CUES, _SUBJ_PRON, _SUBORD, _TAIL_BREAK,
    _TIME, _TITLE_BEFORE,
)
from peacetalks.quotes._common import _VERB_CUE, _WORD, _flag_factor, _is_title_like, _words
from peacetalks.quotes._parser import _Cand, _Parser, _masked, _tokens, _verb_s

_SPEECH_END = re.compile(r"[.!?,…]\W*$")


def _speech_like(span: MarkedSpan, text: str) -> bool:
    inner = text[span.inner_start:span.inner_end].strip(" *_\n\t")
    n = _words(inner)
    if n < 3 or _is_title_like(inner):
        return False
    if n >= 6:
        return True
    return bool(_SPEECH_END.search(inner)) and inner[:1].isupper()


_COLON_CUE = Cue(words=(), lemma=":", type="verb", requires_that=False, scope="direct")


class _MarkedQuotes:
    """Mixin of ``_Extractor``: quotes in marks: direct, mixed, nested and floating quotes (steps 1, 2, 4)."""

    # --- 1. direct quotes ----------------------------------------------------------------------------------
    def tokens_after_quote(self, si: int, span: MarkedSpan) -> tuple[int, int]:
        """Token range after quote ``si`` up to the end of its paragraph or the next quote, leading commas, dashes
        and emphasis marks skipped: where an attribution after the quote is read."""
        d, t = self.doc, self.doc.toks
        hi_pos = d.paras[d.para_of(span.end - 1)].end
        if si + 1 < len(d.outer) and d.outer[si + 1].start < hi_pos:
            hi_pos = d.outer[si + 1].start
        r, hi = d.tok_at_or_after(span.end), d.tok_at_or_after(hi_pos)
        while r < hi and t[r].text in (",", "—", "–", "-", "*", "_"):
            r += 1
        return r, hi

    def attribute_right(self, si: int, span: MarkedSpan) -> tuple | None:
        d, p, t = self.doc, self.p, self.doc.toks
        r, hi = self.tokens_after_quote(si, span)
        if r >= hi:
            return None
        inner = self.text[span.inner_start:span.inner_end].rstrip(" *_")
        closed_sentence = inner.endswith(".") and not self.text[span.end:span.end + 1] == ","
        # "…," said Peskov
        cue = p.cue_at(r)
        if cue is not None:
            ce = r + len(cue.words)
            if t[ce - 1].low.endswith(_PARTICIPLE_END) or (
                    cue.lemma in ("tell", "tell2") and t[ce - 1].low.startswith("tell")):
                return None  # '… as "fantastic," telling reporters …': the phrase after it is an addressee
            np = p.np_right(ce, hi)
            if np is not None and not self.clause_subject_after(np, hi):
                return self.name_tail(np, hi), r, cue, "quote+cue"
        # '"…," From said': a one-word name that is also a function word, right before the cue
        if r + 1 < hi and self.function_word_name(r):
            cue = p.cue_at(r + 1)
            if cue is not None and cue.type == "verb" and (
                    r + 1 + len(cue.words) >= hi or t[r + 1 + len(cue.words)].text in (".", ",", "!", "?")):
                return (r, r + 1), r + 1, cue, "quote+cue"
        # "…," Peskov (also) said
        for ci in range(r, min(hi, r + 26)):
            if t[ci].text in ("!", "?", ";", "#") or (t[ci].text == "." and not (
                    ci + 1 < hi and t[ci + 1].text == ")")):
                break
            cue = p.cue_at(ci)
            if cue is None or cue.scope == "quoted" or self.noun_cue(ci, r):
                continue
            np, how = p.speaker_left(ci, r, cue, relaxed=True)
            if ci - r >= 18 and not (how == "apposition" and np is not None
                                     and p.role_before_name(np[0] - 1, np[1], r) == r):
                continue  # past 18 tokens only '"…," <long role phrase>, <name>, said'
            if np is None and self.noun_cue(ci - 1, r):
                np = (ci - 2, ci)  # '"…!" the note says'
            if np is not None and r < np[0] <= r + 2 and all(
                    t[m].text.isalpha() and t[m].text.islower() and not t[m].low.endswith("ed")
                    and t[m].low not in _PP_START and t[m].low not in _PREPS and t[m].low not in _CONJ
                    for m in range(r, np[0])):
                np = (r, np[1])  # '"…," veteran envoy Kim said', not '"…," but she also cautioned'
            elif np is not None and r < np[0] <= r + 8 and self.premodifiers(r, np[0]):
                np = (r, np[1])  # '"…," the grey-haired, 64-year-old envoy said
            elif np is not None and r + 2 <= np[0] <= r + 10 and self.first_conjunct(r, np[0]):
                np = (r, np[1])  # '"…," the envoy and former minister said': both conjuncts
            if np is not None and self.no_speaker_after(r, np, ci + len(cue.words), hi, cue):
                return None  # '"…," prompting fears …', '"…" despite …': no speaker phrase after the quote
            q0 = d.tok_at_or_after(span.start) - 1
            if np is not None and np[0] == r + 1 and t[r].low in _CONJ and q0 >= 0 and p.cue_at(q0) is not None:
                return None  # '32 percent said "rather unlikely" and 9 percent said "…"': the cue before owns it
            if np is not None and self.quote_in_earlier_clause(span, np, r):
                return None  # 'Peskov called the strike "an escalation," but he also noted …': a new clause
            if np is not None and self.runs_on(span, r):
                return None  # 'As the "No Deal" campaign continues': the sentence runs on through the quote
            if np is None or np[0] != r and not (np[0] == r + 1 and t[r].low in _CONJ):
                if how == "apposition" and np is not None and (np[0] == r or (
                        inner.endswith(",") or self.text[span.end:span.end + 1] == ",")
                        and p.role_before_name(np[0] - 1, np[1], r) == r):
                    pass  # '"…," the chief envoy of the alliance, Tom Okafor, said': the name after the role
                else:
                    return None
            if self.governs_clause(ci + len(cue.words), hi, cue, closed_sentence) and not self.in_opening_phrase(span):
                return None  # (in a sentence-opening phrase the quote is the speaker's too: opening_phrase_report)
            if self.introduces_next_quote(si, span, ci + len(cue.words), hi):
                return None
            return np, ci, cue, "quote+cue"
        return None

    def in_opening_phrase(self, span: MarkedSpan) -> bool:
        """Does the quote ``span`` close a phrase that opens its sentence on the -ing form of a speech cue ('Citing
        "…," Doe said …', 'Calling the plan "a sham," Doe said …'; not 'During "…,"')? It is the sentence's first
        quote, no comma stands before it and a comma closes it."""
        d, t = self.doc, self.doc.toks
        sent = d.sents[d.sent_of(span.start)] if d.sents else None
        if sent is None or d.outer_starts[bisect.bisect_left(d.outer_starts, sent.start)] != span.start:
            return False
        a, q = d.tok_at_or_after(sent.start), d.tok_at_or_after(span.start)
        if not (a < q and t[a].text[:1].isupper() and t[a].low.endswith(_PARTICIPLE_END)):
            return False
        if not (self.text[span.inner_start:span.inner_end].rstrip(" *_'’").endswith(",")
                or self.text[span.end:span.end + 1] == ","):
            return False
        cue = self.one_word_cue(t[a].low)
        return cue is not None and cue.type == "verb" and cue.lemma not in _REPLY_CUES and not any(
            t[m].text in (",", ";", ":") for m in range(a, q))

    def opening_phrase_content(self, span: MarkedSpan) -> int:
        """Start of the content of the sentence-opening cue phrase that holds the quote ``span``
        (``in_opening_phrase``): after the cue, its addressee and, for a clause cue, a 'that' ('Noting that the
        port "…,"' → 'the port "…,"'; 'Telling reporters that …'; 'Calling that a "…,"' keeps its 'that')."""
        d, t = self.doc, self.doc.toks
        c = d.tok_at_or_after(d.sents[d.sent_of(span.start)].start)
        cue = self.one_word_cue(t[c].low)
        q = d.tok_at_or_after(span.start)
        a = self.skip_tail(c + 1, q, cue)[0] if cue.lemma in ("tell", "tell2", "assure", "warn") else c + 1
        if a < q and t[a].low == "that" and cue.complement == "clause" and cue.scope == "all":
            a += 1
        return min(t[a].start, span.start) if a < len(t) else span.start

    def opening_phrase_report(self, si: int, span: MarkedSpan, ci: int, cue: Cue) -> bool:
        """The quote ``span``, attributed by the cue at ``ci`` after it, sits in a sentence-opening phrase and
        that cue has a clause of its own ('Citing "high costs," Doe said the port would close'): the speaker owns
        both the quote and the clause, which is read as a report too."""
        return self.in_opening_phrase(span) and self.governs_clause(
            ci + len(cue.words), self.tokens_after_quote(si, span)[1], cue, True)

    def noun_cue(self, ci: int, r: int) -> bool:
        """A document noun that is also a cue form, after a determiner and before a verb ('"…," the report
        concluded', '"…!" the note says'): the head of the speaker phrase, not the cue."""
        t = self.doc.toks
        return ci > r and t[ci - 1].low in _DETS and t[ci].low in _DOCUMENT_HEADS and ci + 1 < len(t) \
            and self.p.cue_at(ci + 1) is not None

    def first_conjunct(self, r: int, a: int) -> bool:
        """Tokens ``[r, a)`` right after a quote are a speaker phrase and 'and' before the speaker phrase at
        ``a`` ('the senator and Republican candidate', 'leader A and Speaker B, both Republicans,')."""
        t, p = self.doc.toks, self.p
        if t[a - 1].low != "and":
            return False
        prev = p.np_left(a - 2, r)
        if prev is not None and prev[0] == r + 1 and t[r].text.isalpha() and t[r].text.islower() \
                and not p.is_verb(r) and t[r].low not in _PP_START and t[r].low not in _PREPS:
            prev = (r, prev[1])  # 'state Senate leader A and …': a lowercase premodifier
        return prev is not None and prev[1] == a - 1 and (prev[0] == r or self.premodifiers(r, prev[0]))

    def function_word_name(self, k: int) -> bool:
        """Is token ``k`` a capitalised function word used as a surname ('From', 'Will') mid-sentence?"""
        tok = self.doc.toks[k]
        return tok.text[:1].isupper() and tok.text[1:].islower() and tok.text.isalpha() and (
            tok.low in _CAP_STOP or tok.low in _ADV_SKIP) and tok.low not in _DETS and tok.low not in _NOT_NAMES \
            and tok.low not in self.lex.pronouns

    def name_tail(self, np: tuple[int, int], hi: int) -> tuple[int, int]:
        """'said Al From, who …': a surname that is also a function word, closing the inverted name before a
        comma or the end of the sentence, belongs to it; 'said his partner, Jane Doe.': the name in the
        apposition after an inverted role or kin phrase is the speaker."""
        t, p = self.doc.toks, self.p
        b = np[1]
        if b + 3 < hi and p.cls(b) == "cap" and t[b].low.endswith(("'s", "’s")):
            b += 1  # 'said Mr. Doe's …': the possessor's surname after a title the phrase reader stopped at
        if b + 2 < hi and t[b - 1].low.endswith(("'s", "’s")) and t[b].text.isalpha() and t[b].text.islower() \
                and t[b + 1].text == ",":
            b += 1  # 'said Mr. Doe's partner, Jane Doe': the possessor's plain head noun
        if b + 1 < hi and t[b].text == "," and p.cls(b - 1) != "cap" and p.cls(np[0]) in ("det", "cap"):
            j = b + 1  # 'said his partner, Jane Doe.': the name in the apposition closing the sentence
            while j < hi and (p.cls(j) == "cap" or t[j].low in _NAME_PARTICLES or t[j].text == "." and j + 1 < hi
                              and p.cls(j + 1) == "cap"):
                j += 1
            if (j >= hi or t[j].text in (",", ".", "!", "?")) and p.name_between(b, j):
                return b + 1, j
        b = np[1]
        if b + 1 <= hi and b < len(t) and p.cls(b - 1) == "cap" and self.function_word_name(b) and (
                b + 1 >= hi or t[b + 1].text in (",", ".", "!", "?")) and t[b].start == t[b - 1].end + 1:
            return np[0], b + 1
        return np

    def quote_in_earlier_clause(self, span: MarkedSpan, np: tuple[int, int], r: int) -> bool:
        """The quote sits in a clause with its own verb before it, and the speaker phrase after it opens a new
        clause: after 'and'/'but' ('called the strike "an escalation," but he also noted …') or after a
        subordinate clause opening the sentence ('Although he says he "respects Kyiv," he also accuses …')."""
        d, t, p = self.doc, self.doc.toks, self.p
        ls, _ = self.sent_tok_bounds(span.start)
        q0 = d.tok_at_or_after(span.start)
        if q0 - ls < 2:
            return False
        if not p.has_verb(ls, q0):
            return False
        if np[0] == r + 1 and t[r].low in ("and", "but"):
            return True
        return t[ls].low in _OPENING_SUBORD and np[0] == r

    def introduces_next_quote(self, si: int, span: MarkedSpan, ce: int, hi: int) -> bool:
        """The cue after a quote that closed its sentence leads into the next quote of the paragraph ('"…." He
        added, "…"', '"…?" Mills then writes back, "…"'): it attributes that quote, not this one."""
        d, t = self.doc, self.doc.toks
        inner = self.text[span.inner_start:span.inner_end].rstrip(" *_'’")
        if not inner.endswith((".", "?", "!")) or si + 1 >= len(d.outer) or hi <= ce:
            return False
        if t[hi - 1].text not in (",", ":") or d.outer[si + 1].start > t[hi - 1].end + 2:
            return False
        return not any(t[m].text in (".", "!", "?", ";", "#") for m in range(ce, hi))

    def clause_subject_after(self, np: tuple[int, int], hi: int) -> bool:
        """The phrase after a cue is the subject of the cue's own clause, not an inverted speaker ('"…," said he
        doesn't believe …', '"…," claiming he had disavowed …'): a verb follows it."""
        t, p = self.doc.toks, self.p
        k = np[1]
        if k >= hi or not t[k].text[:1].isalpha() or not t[k].text.islower():
            return False
        return p.verb_at(k)

    def no_speaker_after(self, r: int, np: tuple[int, int], ce: int, hi: int, cue: Cue) -> bool:
        """The phrase at ``np`` that opens right after a quote (at ``r``), before a cue ending at ``ce``, is no speaker
        but an adverbial phrase or a participle clause of the sentence: a preposition or subordinator ('"…," despite
        countries agreeing …', '"…" without explaining …', '"…" even though images have shown …'), a verb's -ing
        form alone or with its object or clause ('"…," prompting fears …', '"…," echoing a similar claim',
        '"…," implying that …'; not 'leading analyst Jane Doe'), or 'as' with a cue that takes an object or clause
        ('as the Kremlin continues to threaten …', 'as he called on the board to …'; not 'as Jane Doe put it', 'as
        Doe said on Monday, in …', 'as Doe told her')."""
        t = self.doc.toks
        tok = t[r]
        if np[0] != r or not tok.text.islower():
            return False
        if tok.low in _NO_SPEAKER_OPENERS:
            return True
        if tok.low.endswith(_PARTICIPLE_END) and not tok.low.endswith("thing") and (
                np[1] == r + 1 or t[r + 1].low in _DETS or t[r + 1].low in _CLAUSE_START
                or self.p.cls(r + 1) == "pron"):
            return True
        if tok.low != "as" or ce >= hi:
            return False
        nxt = t[ce]  # the cue's own complement: 'to …', 'that …', a determiner's noun phrase, a quote
        return nxt.low in ("to", "that") or nxt.text in _QUOTE_OPENERS or (
            nxt.low in _DETS and nxt.low not in _OBJ_PRON)

    def premodifiers(self, a: int, b: int) -> bool:
        """Tokens ``[a, b)`` are a determiner and adjectives before a speaker's head noun ('the retired',
        'the bespectacled, 71-year-old'): words (participles included), commas between them, no verb, preposition
        or subordinator."""
        t, p = self.doc.toks, self.p
        if t[a].low not in _DETS or t[a].low in ("this", "that", "these", "those"):
            return False
        for m in range(a + 1, b):
            tok = t[m]
            if tok.text == ",":
                if m == a + 1 or t[m - 1].text == ",":
                    return False
                continue
            if not tok.text[:1].isalnum() or tok.low in _PP_START or tok.low in _PREPS or tok.low in _SUBORD \
                    or p.verb_at(m, participles=False):
                return False
        return True

    def runs_on(self, span: MarkedSpan, r: int) -> bool:
        """The sentence runs on through the quote: no punctuation closes it and a lowercase word other than a
        pronoun follows it ('the "Avatar" star posted', 'is "complex" and he feels …')."""
        t = self.doc.toks
        inner = self.text[span.inner_start:span.inner_end].rstrip(" *_'’")
        if inner.endswith((".", ",", "?", "!", ";", ":", "—", "–", "-", "…")) or r >= len(t) \
                or t[r].start > span.end + 1:
            return False
        return t[r].text[:1].islower() and self.p.cls(r) != "pron"

    def governs_clause(self, ce: int, hi: int, cue: Cue, closed_sentence: bool) -> bool:
        """True when the cue after a quote introduces its own reported clause ('"This Week," Lavrov said that
        …'), so it does not attribute the quote."""
        t = self.doc.toks
        end = ce
        while end < hi and t[end].text not in (".", "!", "?", "#", ";"):
            end += 1
        if ce < hi and t[ce].text == ",":
            return False
        k2, saw_that = self.skip_tail(ce, end, cue, lenient=True)
        if saw_that:
            return True
        if not closed_sentence:
            return False  # '"…," X said on a day when …': a quote ending in a comma is attributed by what follows
        return end - k2 > 0 and t[k2].text != ","

    def attribute_loose_right(self, si: int, span: MarkedSpan) -> tuple | None:
        p = self.p
        inner = self.text[span.inner_start:span.inner_end].rstrip(" *_")
        if not (inner.endswith((",", "?", "!", "—", "–", "-")) or self.text[span.end:span.end + 1] == ","):
            return None
        r, hi = self.tokens_after_quote(si, span)
        got = p.loose_right(r, hi)
        if got is None:
            return None
        np, v = got
        if _CREDIT_LINE_START.match(self.text, self.doc.toks[np[0]].start):
            return None  # '"…" Additional reporting by Jane Doe and …': a credit line, no speaker (round 19)
        cue = p.cue_at(v) or _VERB_CUE
        if self.no_speaker_after(r, np, v + len(cue.words or (None,)), hi, cue):
            return None  # '"…," echoing a similar claim …': a participle clause, no speaker
        layered = self.quoted_as_object(v, hi)
        if layered is not None:
            return layered, v, _VERB_CUE, "quote+verb"  # '"…," NBC quoted one official as saying': the official
        return np, v, cue, "quote+verb"

    def quoted_as_object(self, v: int, hi: int) -> tuple[int, int] | None:
        """The object of "quoted/cited <person> as saying" right after the verb ``v`` (round 10), or None."""
        t = self.doc.toks
        if t[v].low not in _QUOTED_AS:
            return None
        m = next((m for m in range(v + 2, min(hi - 1, v + 12)) if t[m].low == "as"), None)
        if m is None or not t[m + 1].low.endswith(_PARTICIPLE_END) or self.p.cue_at(m + 1) is None:
            return None
        return self.quoted_as_speaker(v, m)

    def attribute_colon(self, si: int, span: MarkedSpan, lo_pos: int) -> tuple | None:
        """'She then addressed the delegates:' / 'Peskov:' + quote: the speaker is the clause subject."""
        d, p, t = self.doc, self.p, self.doc.toks
        before = self.text[lo_pos:span.start].rstrip(" \t*_\u00a0")
        colon_pos = None
        if before.endswith(":"):
            colon_pos = lo_pos + len(before) - 1
        else:
            pi = d.para_of(span.start)
            para = d.paras[pi]
            if pi > 0 and not self.text[para.start:span.start].strip(" \t*_—–-"):
                prev = d.paras[pi - 1]
                if prev.text.rstrip(" *_\u00a0").endswith(":"):
                    colon_pos = prev.start + len(prev.text.rstrip(" *_\u00a0")) - 1
        if colon_pos is None:
            return None
        c = d.tok_at_or_after(colon_pos)
        ls, _ = self.sent_tok_bounds(colon_pos)
        if c <= ls:
            return None
        # "Peskov:" / "Pollsters agree - Jane Doe:"
        np = p.np_left(c - 1, ls)
        if np is not None and (np[0] == ls or t[np[0] - 1].text in ("-", "—", "–", ",")):
            return np, c, _COLON_CUE, "colon"
        if t[ls].low == "from" and c - ls <= 12:
            np = p.np_right(ls + 1, c)
            if np is not None and np[1] == c:
                return np, c, _COLON_CUE, "colon"  # "From the report:"
        # "…, to which O'Malley interjected:" -> the noun phrase before the last verb
        for v in range(c - 1, max(ls, c - 7) - 1, -1):
            if p.is_verb(v) and t[v].low not in _BE:
                np, how = p.speaker_left(v, ls, _VERB_CUE)
                if np is not None and (p.cls(np[1] - 1) in ("cap", "pron") or how == "apposition"):
                    return np, c, _COLON_CUE, "colon"
                break
        # "She then addressed the delegates again:" -> the subject before the first verb (of the clause that
        # ', but'/', and'/'while' opened: "Reid praised A, but he gave B a warning:")
        subj = self.conjunct_subject(ls, c)
        if subj is None or any(t[m].text == "," for m in range(subj[1], c)):
            subj = self.sentence_subject(ls, c)
        if subj is None:
            return None
        return subj, c, _COLON_CUE, "colon"

    def attribute_left(self, si: int, span: MarkedSpan, lo_pos: int) -> tuple | None:
        d, p, t = self.doc, self.p, self.doc.toks
        q = d.tok_at_or_after(span.start)
        lo = d.tok_at_or_after(lo_pos)
        ls, _ = self.sent_tok_bounds(span.start)
        lo = max(lo, ls)
        if q - lo > 40:
            lo = q - 40
        if q - 1 >= lo and t[q - 1].low in ("on", "in", "at", "from", "of", "by") and _is_title_like(
                self.text[span.inner_start:span.inner_end]):
            return None  # 'Kuleba said on BBC's "Hardtalk."': a programme title, not a quote
        said = self.opening_said(ls, q) if ls >= lo and t[ls].text in ("Said", "Says") else None
        if said is not None:
            return said
        for ci in range(q - 1, lo - 1, -1):
            cue = p.cue_at(ci)
            if cue is None or self.medium_participle(ci):
                continue  # ('said in a message posted to X that "…"': the cue is 'said'; round 18)
            ce = ci + len(cue.words)
            if cue.type == "according":
                np = p.np_right(ce, q)
                if np is not None and np[1] < q and t[np[1]].text == "," and np[1] + 1 == q:
                    return np, ci, cue, "cue+quote"
                return None
            while ce < q - 1 and t[ce].low in ("back", "up", "out", "in") and t[ce + 1].text in (",", ":"):
                ce += 1  # 'Mills then writes back, "…"', 'fired back: "…"'
            k, _ = self.skip_tail(ce, q, cue)
            if k != q and self.pp_before_quote(ce, q) and not _is_title_like(
                    self.text[span.inner_start:span.inner_end].rstrip(" ,.;:")):
                k = q  # 'wrote to his 35,000 Telegram subscribers, "…"'
            if k != q:
                # inverted: 'said Peskov: "…"' (never after a verb taking an addressee: 'told her supporters,')
                np = p.np_right(ce, q)
                if cue.lemma not in ("tell", "tell2", "assure", "warn", "ask") and np is not None and np[1] < q \
                        and t[np[1]].text in (":", ",") and np[1] + 1 == q:
                    return np, ci, cue, "cue+quote"
                return None
            np, how = p.speaker_left(ci, lo, cue)
            j0 = p.skip_adverbs_left(ci - 1, ls)
            if np is None and j0 >= ls and t[j0].low in ("and", "but"):
                np = self.verb_pair_subject(ls, j0) or self.conjunct_subject(ls, j0) or self.sentence_subject(
                    ls, j0)  # "Suu Kyi said it was too early but added, "…"" / "…, he laughed and said, "…""
            if cue.words[-1].endswith(_PARTICIPLE_END):
                subj = self.with_subject(ls, ci) or self.sentence_subject(ls, ci)
                near = self.participle_subject(ls, ci, openers=("where",)) if subj is not None else None
                said = self.cue_speaker_before(ci)
                if said is not None:
                    np = said  # '…, telling a host, "A," Doe said, adding, "B"': Doe adds, not the subject
                elif near is not None and near[0] > subj[1]:
                    np = near  # '…, where 50 workers had gathered, chanting "…"': the place clause's subject
                elif subj is not None:
                    np = subj
                elif np is None:
                    np = self.participle_subject(ls, ci)  # '…, when protesters interrupted her, shouting "…"'
            if np is None:
                return None
            return self.document_issuer(np, ls), ci, cue, "cue+quote"
        return None

    def cue_speaker_before(self, ci: int) -> tuple[int, int] | None:
        """The speaker of the direct quote whose cue stands right before the comma before participle cue ``ci``
        ('"…," Doe said, adding, "…"'), or None."""
        return self.cue_speakers.get(ci - 2) if ci >= 2 and self.doc.toks[ci - 1].text == "," else None

    def one_word_cue(self, word: str) -> Cue | None:
        """The lexicon's one-word cue ``word`` ('said', 'noting'), or None when the lexicon has none."""
        return next((c for c in self.lex.cues.get(word, ()) if c.words == (word,)), None)

    def opening_said(self, ls: int, q: int) -> tuple | None:
        """'Said Jane Doe, who grew up near the port, "…"': a sentence opening on a capitalised 'Said'/'Says',
        then the speaker (a name or role phrase, an apposition or relative clause after it) and a comma or colon
        right before the quote token ``q``. None otherwise."""
        t, p = self.doc.toks, self.p
        np = p.np_right(ls + 1, q)
        if np is None or q - 1 <= np[0] or t[q - 1].text not in (",", ":") or p.cls(np[1] - 1) not in ("cap", "role"):
            return None
        if np[1] < q - 1 and (t[np[1]].text != "," or any(t[m].text in _BOUNDARY for m in range(np[1] + 1, q - 1))):
            return None
        cue = self.one_word_cue("said")
        return (np, ls, cue, "cue+quote") if cue is not None else None

    def with_subject(self, ls: int, ci: int) -> tuple[int, int] | None:
        """The subject of an absolute 'with' phrase that the participle cue belongs to ('…, with many marchers
        chanting "…"', 'with Peskov posting that … and asking, "…"'): the noun phrase after 'with', itself
        followed by a participle, no clause break between it and the cue."""
        t, p = self.doc.toks, self.p
        for w in range(ci - 1, max(ls, ci - 20) - 1, -1):
            if t[w].text in (";", ".", "!", "?", ":") or t[w].text == "," and w < ci - 1:
                return None
            if t[w].low != "with":
                continue
            m = next((m for m in range(w + 1, min(ci + 1, w + 8)) if t[m].text.islower()
                      and t[m].low.endswith(_PARTICIPLE_END)), None)
            if m is None or m == w + 1 or any(p.is_verb(k) or t[k].text in _BOUNDARY or t[k].low in _PP_START
                                              for k in range(w + 1, m)):
                return None
            np = (w + 1, m)  # 'with many marchers and spectators chanting'
            return np if all(t[k].text.isalpha() or t[k].text in ("'s", "’s") for k in range(w + 1, m)) else None
        return None

    def participle_subject(self, ls: int, ci: int, *, openers: frozenset[str] | tuple[str, ...] = _CLAUSE_OPENERS
                           ) -> tuple[int, int] | None:
        """Subject of the clause that a participle cue after a comma closes ('…, when protesters
        interrupted her, shouting', 'where 50 workers gathered, chanting'): the noun phrase after the last clause
        opener (or the sentence start) before its first verb."""
        t, p = self.doc.toks, self.p
        j = p.skip_adverbs_left(ci - 1, ls)
        if j <= ls or t[j].text != ",":
            return None  # not after 'and': 'warning that X was … and adding' coordinates the participles
        a = j - 1
        while a > ls and t[a - 1].low not in openers and t[a - 1].text not in _BOUNDARY - {","}:
            a -= 1
        if a > ls and (t[a - 1].text in _BOUNDARY or t[a - 1].low == "that") or a == ls and openers is not \
                _CLAUSE_OPENERS:
            return None  # a 'that' clause is a complement, not the clause the participle closes
        while a < j and t[a].low in ("about", "some", "nearly", "roughly", "almost"):
            a += 1  # 'where about 50 protesters had gathered'
        start = a
        v = a
        while v < j and not p.verb_at(v):
            v += 1
        if v >= j or v == a:
            return None
        subj = p.loose_subject(p.skip_adverbs_left(v - 1, a), a)
        return subj if subj is not None and subj[0] == start else None

    def verb_pair_subject(self, ls: int, j0: int) -> tuple[int, int] | None:
        """A personal pronoun right before the verb that 'and'/'but' at ``j0`` coordinates with the cue, after a
        comma or clause opener ('When X was asked …, he laughed and said, "…"'): the nearest subject."""
        t, p = self.doc.toks, self.p
        v = j0 - 1
        if v - 1 < ls or not p.is_verb(v) or p.cls(v - 1) != "pron" or t[v - 1].low not in ("he", "she", "they"):
            return None
        if v - 1 > ls and t[v - 2].text != "," and t[v - 2].low not in _CLAUSE_OPENERS:
            return None
        return v - 1, v

    def pp_before_quote(self, a: int, q: int) -> bool:
        """Tokens ``[a, q)`` are one short prepositional phrase ending in a comma or colon right before the quote
        ('to his 35,000 Telegram subscribers,'): no verb, subordinator or clause break inside."""
        t, p = self.doc.toks, self.p
        if q - a < 3 or q - a > 12 or t[a].low not in _PP_START or t[q - 1].text not in (",", ":"):
            return False
        for m in range(a + 1, q - 1):
            tok = t[m]
            if tok.text == "," and m > a + 1 and t[m - 1].text.isdigit() and t[m + 1].text.isdigit():
                continue  # a digit group: "20,000"
            if tok.text in _BOUNDARY or tok.low in _SUBORD or tok.low in _CLAUSE_START or p.is_verb(m):
                return False
            if p.cls(m) == "det" and not (t[m - 1].low in _PP_START or p.cls(m - 1) == "prep"):
                return False  # a determiner opens a new phrase only after a preposition ('on Twitter the change')
        return True

    def attribute_colon_paragraph(self, span: MarkedSpan) -> tuple | None:
        d, p = self.doc, self.p
        pi = d.para_of(span.start)
        para = d.paras[pi]
        if self.text[para.start:span.start].strip(" \t*_—–-") or pi == 0:
            return None
        prev = d.paras[pi - 1]
        if not prev.text.rstrip(" *_").endswith(":"):
            return None
        hi = d.tok_at_or_after(prev.end) - 1  # the colon
        ls, _ = self.sent_tok_bounds(prev.end - 1)
        got = self.as_source_lead(ls, hi)
        if got is not None:
            return got
        for ci in range(hi - 1, max(ls, hi - 20) - 1, -1):
            cue = p.cue_at(ci)
            if cue is None:
                continue
            k, _ = self.skip_tail(ci + len(cue.words), hi, cue)
            np, _how = p.speaker_left(ci, ls, cue)
            if np is not None and k >= hi:
                return np, ci, cue, "colon-paragraph"
            return None
        return None

    def as_source_lead(self, ls: int, hi: int) -> tuple | None:
        """'As Interfax reported, the Kremlin was refusing …:' + a block quote: the source named in the
        'as X <cue>' opening of the lead sentence (after at most one introductory phrase) speaks the quote."""
        t, p = self.doc.toks, self.p
        a = ls
        if a < hi and t[a].low != "as":
            comma = next((m for m in range(a, min(hi, a + 4)) if t[m].text == ","), None)
            a = comma + 1 if comma is not None else hi
        if a >= hi or t[a].low != "as":
            return None
        np = p.np_right(a + 1, hi)
        if np is None or np[1] >= hi or p.cls(np[1] - 1) not in ("cap", "role"):
            return None
        cue = p.cue_at(np[1])
        if cue is None or cue.type != "verb":
            return None
        return np, np[1], cue, "colon-paragraph"

    def direct_quotes(self) -> None:
        d = self.doc
        prev_end = 0
        for si, span in enumerate(d.outer):
            para_start = d.paras[d.para_of(span.start)].start
            lo_pos = max(para_start, prev_end)
            prev_end = span.end
            inner = self.text[span.inner_start:span.inner_end].rstrip(" *_")
            right_first = inner.endswith((",", "?", "!", "—", "–", "-")) or self.text[span.end:span.end + 1] == ","
            order = (self.attribute_right, self.attribute_left) if right_first else (self.attribute_left,
                                                                                      self.attribute_right)
            found = None
            q0 = d.tok_at_or_after(span.start) - 1
            if self.named_title(span, q0):
                continue
            if right_first and self.cue_led_question(span, q0):
                order = (self.attribute_left, self.attribute_right)
            object_of_cue = not right_first and q0 >= 0 and d.toks[q0].end <= span.start and \
                self.p.cue_at(q0) is not None and self.p.cue_at(q0).type == "verb"
            if object_of_cue:
                # '32 percent said "rather unlikely" and 9 percent said …': the quote is the object of the cue
                # before it, never attributed to a speaker after it
                order = (self.attribute_left,)
            for fn in order:
                found = fn(si, span) if fn == self.attribute_right else fn(si, span, lo_pos)
                if found:
                    break
            if not found:
                found = self.attribute_colon_paragraph(span)
            if not found and not object_of_cue:
                found = self.attribute_loose_right(si, span)
            if not found:
                found = self.attribute_colon(si, span, lo_pos)
            if not found:
                continue
            np, ci, cue, method = found
            if _words(inner) == 0:
                continue
            conf = _BASE_CONFIDENCE[method]
            cue_text = " ".join(tok.text for tok in d.toks[ci:ci + len(cue.words)]) if cue.words else None
            start, end, kind = span.start, span.end, "direct"
            if method in ("quote+cue", "quote+verb"):
                start, kind = self.mixed_lead(span, lo_pos)
                if kind == "mixed" and self.aside_lead(span, lo_pos):
                    start, kind = span.start, "direct"  # 'As for the plan, "it is dead," he said': an aside
                elif kind == "direct" and method == "quote+cue":
                    start = self.subject_lead(span, lo_pos)
                    kind = "direct" if start == span.start else "mixed"
                if kind == "mixed" and self.in_opening_phrase(span):
                    start = self.opening_phrase_content(span)  # 'Noting that X "…," Doe said': after the cue
                    kind = "direct" if start == span.start else "mixed"
                if method == "quote+verb" and (kind == "mixed" or self.has_lead(span, lo_pos)):
                    continue  # 'the crowd chanted "x" as the network anchor reacted': too unsure
            else:
                tail = self.mixed_tail(span)
                if tail is not None:
                    end, kind = tail, "mixed"
            idx = self.add(_Cand(start, end, kind, method, cue_text, self.np_chars(np),
                                 d.para_of(span.start), conf * _flag_factor(span)))
            if self.page_label(span, q0):
                self.cands[idx].extra["drop"] = True  # kept until the output, as it bounds the clauses around it
            lead = self.interrupted_lead(span, np, ci, cue_text=cue_text) \
                if method == "cue+quote" and kind == "direct" else None
            if lead is not None:
                lead.extra["continued_by"] = self.cands[idx]  # one mixed quote (``join_interrupted``)
                self.add(lead)
            if not (method == "quote+cue" and self.opening_phrase_report(si, span, ci, cue)):
                self.used_cues.add(ci)  # (a cue after an opening phrase also reports the clause after it)
            self.cue_speakers[ci] = np
            self.attributed[si] = idx

    def interrupted_lead(self, span: MarkedSpan, np: tuple[int, int], ci: int, *, cue_text: str | None
                         ) -> _Cand | None:
        """'Such fees, the envoy said, "would hit the islands hardest."': the clause before a speaker and cue set
        off by commas is the subject of a quote that opens on a finite verb (``_FINITE``, lowercase), so the two
        are one report; the clause's candidate (``split_subject``), or None (round 18)."""
        t, d = self.doc.toks, self.doc
        q = d.tok_at_or_after(span.start)
        first = _WORD.match(self.text, span.inner_start)
        if first is None or first.group() not in _FINITE:
            return None
        if not (np[1] == ci and q >= 1 and t[q - 1].text == ","):
            return None
        ls, le = self.sent_tok_bounds(span.start)
        return self.split_subject(np, q - 1, ls, le, cue_text=cue_text, para=d.para_of(span.start))

    def cue_led_question(self, span: MarkedSpan, q0: int) -> bool:
        """A quoted question or exclamation right after a speech verb and a colon or comma ('Doe responded: "Why
        now?" Her critics said …'): the cue before it attributes it, not a speaker in the next sentence."""
        t = self.doc.toks
        return (q0 >= 1 and t[q0].text in (":", ",") and self.text[span.inner_end - 1:span.inner_end] in "?!"
                and self.p.cue_at(q0 - 1) is not None)

    def page_label(self, span: MarkedSpan, q0: int) -> bool:
        """A quote right after a link label that opens its sentence ('Related: ‘…’: <headline>', 'Watch: "…"') is
        the title of a linked item, no one's words (round 19); not an outlet's label ('CNN: "…"')."""
        t = self.doc.toks
        if q0 < 1 or t[q0].text != ":":  # (q0 starts before the span, so a one-character colon ends before it)
            return False
        ls, _ = self.sent_tok_bounds(t[q0].start)
        np = self.p.np_left(q0 - 1, ls)
        return np is not None and np[0] == ls and all(t[m].low in _LINK_LABELS for m in range(*np))

    def named_title(self, span: MarkedSpan, q0: int) -> bool:
        """A title-like quote right after a preposition, a determiner or a possessive names a show, a book or a
        group ('on BBC's "Newsnight,"', 'the "Servant" star', 'founder of "Mothers for Peace"'): never a
        quote of its own."""
        if q0 < 0:
            return False
        t = self.doc.toks
        prev = t[q0]
        cue = self.p.cue_at(q0)
        if not (prev.low in _TITLE_BEFORE or prev.low.endswith(("'s", "’s"))
                or prev.low in _PP_WORDS and (cue is None or q0 > 0 and self.p.cls(q0 - 1) in ("det", "cap", "mod"))
                or cue is not None and cue.lemma in ("tell", "tell2") or self.named_by(q0)):
            return False  # 'the TV show "Dancing Stars"', 'told "Good Morning Kyiv"': a programme, not a quote
        if not _is_title_like(self.text[span.inner_start:span.inner_end].rstrip(" ,.;:")):
            return False  # (tested after the word before: the dearer test, seldom reached)
        r = self.doc.tok_at_or_after(span.end)
        for m in range(r, min(len(t), r + 5)):
            if t[m].low == "that" and not (m == r and self.skip_programme(q0 + 1, len(t)) > q0 + 1):
                return False  # 'stating on BBC's "Hardtalk" that …': the cue's reported clause follows
            if t[m].text in _BOUNDARY or self.p.verb_at(m):
                break  # 'told "Morning Ferry," reminding the hosts that …': the 'that' is the next verb's
        return True

    def outer_opening_at(self, k: int) -> MarkedSpan | None:
        """The outermost quoted span that token ``k`` opens, or None."""
        d = self.doc
        i = bisect.bisect_left(d.outer_starts, d.toks[k].start)
        return d.outer[i] if i < len(d.outer) and d.outer[i].start == d.toks[k].start else None

    def outer_closing_at(self, k: int) -> MarkedSpan | None:
        """The outermost quoted span that token ``k`` closes, or None."""
        d = self.doc
        i = bisect.bisect_right(d.outer_starts, d.toks[k].start) - 1
        return d.outer[i] if i >= 0 and d.outer[i].end == d.toks[k].end else None

    def outer_around(self, pos: int) -> MarkedSpan | None:
        """The outermost quoted span that character ``pos`` falls inside, or None (narration)."""
        d = self.doc
        i = bisect.bisect_right(d.outer_starts, pos) - 1
        return d.outer[i] if i >= 0 and d.outer[i].start <= pos < d.outer[i].end else None

    def title_at(self, k: int) -> bool:
        """Token ``k`` opens an outermost quoted span that names a work (``named_title``)."""
        if k >= len(self.doc.toks) or self.doc.toks[k].text not in _QUOTE_MARKS:
            return False
        span = self.outer_opening_at(k)
        return span is not None and self.named_title(span, k - 1)

    def named_by(self, q0: int) -> bool:
        """Token ``q0`` before a title-like quote names a work: a naming verb or a work noun, alone or before a
        comma ('a film called "…"', 'his 2012 book, "…"'), or 'and'/'or' after another such title ('starred in
        "Port Life" and "Ferry Tales,"')."""
        t = self.doc.toks
        k = q0 - 1 if t[q0].text == "," and q0 > 0 else q0
        if t[k].low in _NAMING_WORDS:
            return True
        if t[q0].low not in ("and", "or") or q0 < 2 or t[q0 - 1].text not in _QUOTE_MARKS:
            return False
        prev_span = self.outer_closing_at(q0 - 1)
        return prev_span is not None and self.named_title(prev_span, self.doc.tok_at_or_after(prev_span.start) - 1)

    def aside_lead(self, span: MarkedSpan, lo_pos: int) -> bool:
        """The words before a quote end in a comma, a dash or a parenthesis and the quote opens a clause of its
        own (a capital or a subject pronoun): they are an aside ('As for the plan, "It is dead," he said'), not
        part of the quote."""
        if not self.text[lo_pos:span.start].rstrip(" \t*_\u00a0").endswith(_LEAD_BREAK):
            return False
        inner = self.text[span.inner_start:span.inner_end]
        m = re.match(r"\W*(\w+)", inner)
        if m is None or _is_title_like(inner.rstrip(" ,.;:")):
            return False
        first = m.group(1)
        return first[0].isupper() or first.lower() in _SUBJ_PRON and first.lower() != "there"

    def quoted_as_speaker(self, ls: int, j: int) -> tuple[int, int] | None:
        """The person a report is layered on in "<outlet> quoted/cited <person> as saying …" and "<person> was
        quoted as saying …" (``j`` is the token "as" before the participle cue), or None (round 10)."""
        t, p = self.doc.toks, self.p
        if j - 2 < ls or t[j].low != "as":
            return None
        if t[j - 1].low in _QUOTED_AS and j - 2 > ls and t[j - 2].low in _PASSIVE_BE:
            return p.np_left(j - 3, ls)
        m = j - 1
        while m > ls and j - m <= 10 and t[m].low not in _QUOTED_AS and t[m].text not in _BOUNDARY \
                and not p.verb_at(m):
            m -= 1
        if t[m].low not in _QUOTED_AS or m + 1 >= j or p.cls(j - 1) in ("det", "prep", "join"):
            return None
        if t[m + 1].low in _PREPS or t[m + 1].low in _PP_START:
            # "Jane Doe was quoted by the agency as saying": the subject, not the agent
            if m - 1 > ls and t[m - 1].low in _PASSIVE_BE:
                return p.np_left(m - 2, ls)
            return None
        return m + 1, j

    def lead_lo(self, span: MarkedSpan, lo_pos: int) -> int:
        """Where words leading into the quote ``span`` may start: its sentence start, not before ``lo_pos``."""
        sent = self.doc.sents[self.doc.sent_of(span.start)] if self.doc.sents else None
        return max(lo_pos, sent.start) if sent is not None else lo_pos

    def mixed_lead(self, span: MarkedSpan, lo_pos: int) -> tuple[int, str]:
        """'The plan is a "very welcome step," he said.': the words before the quote belong to it (mixed)."""
        lo = self.lead_lo(span, lo_pos)
        lead = self._content(lo, span.start)
        if lead is None or _words(self.text[lead[0]:lead[1]]) < 2:
            return span.start, "direct"
        a = self.doc.tok_at_or_after(lead[0])
        q = self.doc.tok_at_or_after(span.start)
        t, p = self.doc.toks, self.p
        if self.text[lo:span.start].rstrip(" \t*_\u00a0").endswith(":"):
            return span.start, "direct"
        start = a
        for k in range(a, q):
            cue = p.cue_at(k)
            if cue is not None and cue.type == "verb" and p.speaker_left(k, a, cue)[0] is not None:
                k2, _ = self.skip_tail(k + len(cue.words), q, cue)
                if k2 >= q:
                    return span.start, "direct"  # the lead is an attribution: 'Zelensky told the crowd, "…"'
                start = k2  # 'Doe says the mission is more likely to be "stalled,"': the reported clause
            elif t[k].text in (",", ";") and k + 1 < q and (t[k + 1].low in _CONJ or t[k].text == ";"):
                start = k + 2 if t[k].text == "," else k + 1  # ', and the group is …'
        if start >= q or _words(self.text[t[start].start:span.start]) < 2:
            return span.start, "direct"
        return t[start].start, "mixed"

    def subject_lead(self, span: MarkedSpan, lo_pos: int) -> int:
        """'Voters "think the port is safe," she said': a one-word subject (a name, a pronoun, a role) opening the
        sentence before a quote that goes on in lowercase is part of the quote (mixed); its start, else the quote's."""
        d, t = self.doc, self.doc.toks
        k = d.tok_at_or_after(self.lead_lo(span, lo_pos))
        inner = re.match(r"\W*(\w)", self.text[span.inner_start:span.inner_end])
        if k + 1 != d.tok_at_or_after(span.start) or inner is None or not inner.group(1).islower() or \
                self.p.cls(k) not in ("cap", "pron", "role") or t[k].low.endswith(_PARTICIPLE_END):
            return span.start
        return t[k].start

    def has_lead(self, span: MarkedSpan, lo_pos: int) -> bool:
        """Words before the quote in its sentence (other than a colon-ended lead-in)."""
        lo = self.lead_lo(span, lo_pos)
        lead = self.text[lo:span.start].strip(" \t*_\u00a0\n")
        return bool(_words(lead)) and not lead.endswith(":")

    def mixed_tail(self, span: MarkedSpan, *, attributed: bool = True) -> int | None:
        """End of the clause a quote is part of ('concluded that "it was a provocation" to the mediators'), or None
        when the sentence ends (or an attribution follows) right after the quote."""
        d, t = self.doc, self.doc.toks
        sent = d.sents[d.sent_of(span.end - 1)] if d.sents else None
        if sent is None or sent.end <= span.end:
            return None
        k = d.tok_at_or_after(span.end)
        le = d.tok_at_or_after(sent.end)
        if k >= le or t[k].text in (".", "!", "?", ";", ":", "—", "–", "(", "#") or t[k].text == ",":
            return None
        if self.p.cue_at(k) is not None or t[k].text[:1].isupper() and self.p.cue_at(min(k + 1, le - 1)):
            return None
        if t[k].low in _TIME or k + 1 < le and t[k + 1].low in ("after", "before", "later", "ago") and (
                t[k].low in _TIME or t[k].low in _DURATIONS):
            return None  # '"Thank you Kharkiv" minutes after polls closed': a time adverbial, not the quote's
        if self.text[span.inner_start:span.inner_end].rstrip(" *_'’").endswith(",") and (
                t[k].low in ("and", "but") and k + 1 < le and self.p.is_verb(k + 1)
                or t[k].low in ("who", "which", "where") or self.p.verb_at(k, s_forms=True)
                or attributed and (self.p.cls(k) in ("det", "cap") or t[k].low.endswith("ly") and t[k].text.islower())):
            return None  # '"It's time," and shared a link', 'supports "pay raises," opposes …': the quote is over
        if t[k].low in _TAIL_BREAK or (t[k].text.islower() and t[k].low.endswith(_PARTICIPLE_END)):
            return None  # 'cautioned "we must not rush anything," before predicting …': a new clause
        end = self.clip_end(k, le, t[le - 1].end)
        tail = self._content(span.end, end)
        if tail is None or _words(self.text[tail[0]:tail[1]]) < 2:
            return None
        return tail[1]

    # --- 2. nested quotes ----------------------------------------------------------------------------------
    def nested_quotes(self) -> None:
        d = self.doc
        for si, ci in list(self.attributed.items()):
            outer = d.outer[si]
            inners = [s for s in d.spans if s.depth == 1 and outer.inner_start <= s.start and s.end <= outer.inner_end]
            if not inners:
                continue
            region = _masked(self.text, inners)
            toks = _tokens(region, outer.inner_start, outer.inner_end)
            p = _Parser(toks, self.lex)
            starts = [tok.start for tok in toks]
            for s in inners:
                q = bisect.bisect_left(starts, s.start)
                lo = q
                while lo > 0 and toks[lo - 1].text not in (".", "!", "?", "#", ";") and q - lo < 30:
                    lo -= 1
                found = None
                for k in range(q - 1, lo - 1, -1):
                    cue = p.cue_at(k)
                    if cue is None or cue.type != "verb":
                        continue
                    np, _how = p.speaker_left(k, lo, cue)
                    tail = range(k + len(cue.words), q)
                    tail_ok = not tail or toks[q - 1].text in (",", ":", "—") or toks[q - 1].low == "that" or all(
                        p.cls(m) is not None for m in tail)
                    if np is not None and tail_ok and q - (k + len(cue.words)) <= 8:
                        found = (np, k, cue)
                    break
                if found is None:
                    r = bisect.bisect_left(starts, s.end)
                    while r < len(toks) and toks[r].text in (",", "—"):
                        r += 1
                    for k in range(r, min(len(toks), r + 8)):
                        cue = p.cue_at(k)
                        if cue is None:
                            continue
                        np, _how = p.speaker_left(k, r, cue)
                        if np is not None and np[0] == r:
                            found = (np, k, cue)
                        break
                if found is None:
                    continue
                np, k, cue = found
                np_span = (toks[np[0]].start, toks[np[1] - 1].end)
                self.add(_Cand(s.start, s.end, "direct", "nested", toks[k].text, np_span, d.para_of(s.start),
                               _BASE_CONFIDENCE["nested"] * _flag_factor(s), outer=ci))

    # --- 4. floating quotes --------------------------------------------------------------------------------
    def floating(self) -> None:
        d = self.doc
        consumed = sorted((c.start, c.end) for c in self.cands)
        starts = [a for a, _b in consumed]
        max_end, running = [], -1
        for _a, b in consumed:
            running = max(running, b)
            max_end.append(running)
        for si, span in enumerate(d.outer):
            if si in self.attributed:
                continue
            i = bisect.bisect_left(starts, span.end)
            if i and max_end[i - 1] > span.start:
                continue  # inside or overlapping a quote found already
            if self.subhead(span) or self.excerpt(span):
                continue
            chant = self.chant_of(span)
            if chant is not None:
                self.add(_Cand(span.start, span.end, "direct", "chant", None, chant or None, d.para_of(span.start),
                               _BASE_CONFIDENCE["unattributed"] * _flag_factor(span)))
                continue
            got = self.stance_object(span)
            if got is not None:
                a, b, kind, np = got
                self.add(_Cand(a, b, kind, "stance", None, self.np_chars(np), d.para_of(span.start),
                               _BASE_CONFIDENCE["stance"] * _flag_factor(span)))
                continue
            if not _speech_like(span, self.text):
                continue
            start, kind = self.mixed_lead(span, d.paras[d.para_of(span.start)].start)
            lead = start
            if start != span.start and self.cue_before(span):
                start, kind = span.start, "direct"  # '…, furrowed his brow and said, "…"': the cue's own quote
            end = self.mixed_tail(span, attributed=False)
            if end is not None or (start != span.start and _words(self.text[span.inner_start:span.inner_end]) < 5):
                continue  # a quoted phrase inside narration with no cue: a scare quote, a title, or too unsure
            if start != span.start:
                # 'President Zelensky released a statement condemning "…"': the sentence's subject said it
                ls, _ = self.sent_tok_bounds(span.start)
                q = d.tok_at_or_after(span.start)
                subj = self.sentence_subject(ls, q)
                if subj is not None:
                    a, kind = self.subject_clause(span, subj)
                    if kind == "direct" and self.fragment_lead(q):
                        continue  # 'lost his job when "…"': the quote ends the writer's clause, no one's words
                    agent = self.asked_by(ls, q)  # 'X was asked by Y whether …': Y asks
                    dummy = agent is None and self.expletive_passive(subj, q)  # 'It is estimated that "…"' (round 19)
                    self.add(_Cand(a, span.end, kind, "subject", None, None if dummy else self.np_chars(agent or subj),
                                   d.para_of(span.start), _BASE_CONFIDENCE["subject"] * _flag_factor(span)))
                    continue
            if self.fragment_lead(d.tok_at_or_after(span.start)):
                continue
            dash = self.dash_paragraph(span)
            if dash is not None:
                self.add(_Cand(span.start, span.end, "direct", "dash-paragraph", None, dash, d.para_of(span.start),
                               _BASE_CONFIDENCE["colon"] * _flag_factor(span)))
                continue
            idx = self.add(_Cand(span.start, span.end, "direct", "floating", None, None, d.para_of(span.start),
                                 _BASE_CONFIDENCE["floating"] * _flag_factor(span), inherit=True))
            if start != lead:
                self.cands[idx].extra["cued"] = True  # a cue's own quote: kept even when short and unattributed

    def expletive_passive(self, subj: tuple[int, int], q: int) -> bool:
        """The subject ``subj`` before the quote at token ``q`` is the dummy 'it' of an impersonal passive ('It is
        now estimated that "…"', 'it was widely reported that "…"'): be, adverbs, a participle and 'that' fill
        the rest of the gap (round 19; PolNeAR marks these reports with no speaker)."""
        t = self.doc.toks
        if subj[1] - subj[0] != 1 or t[subj[0]].low != "it":
            return False
        k = subj[1]
        while k < q and (t[k].low in _PASSIVE_BE or t[k].low in _ADV_SKIP or t[k].low.endswith("ly")
                         or t[k].low == "now"):
            k += 1
        if k == subj[1] or k >= q or not (t[k].low.endswith("ed") or t[k].low in _PAST_PARTICIPLES):
            return False
        return k + 2 == q and t[k + 1].low == "that"  # not 'It was titled "…"': that 'it' is a document

    def fragment_lead(self, q: int) -> bool:
        """The quote opening at token ``q`` right after a lowercase subordinator or 'by' ('funded by "…"', 'only
        when "…"'; lowercase, so no sentence starts between them) completes the writer's clause: no quotation of its
        own (train: 10 / 0)."""
        t = self.doc.toks
        return q > 0 and t[q - 1].low in _FRAGMENT_LEADS and t[q - 1].text.islower()

    def chant_of(self, span: MarkedSpan) -> tuple[int, ...] | None:
        """A quote after 'chants of' / 'a chant of' is the chanters' words (direct): their possessive as the speaker
        ('their chants of "…"', as characters) or, with none, () (the crowd is seldom named there); None otherwise."""
        t = self.doc.toks
        q = self.doc.tok_at_or_after(span.start)
        if q < 2 or t[q - 1].low != "of" or t[q - 2].low not in ("chants", "chant"):
            return None
        if q >= 3 and t[q - 3].low in ("their", "his", "her", "our"):
            return t[q - 3].start, t[q - 3].end
        chanters = self.chanters(q - 2)
        return self.np_chars(chanters) if chanters is not None else ()

    def chanters(self, c: int) -> tuple[int, int] | None:
        """Who chants, for 'chant(s)' at token ``c`` after with/in/into/to and adjectives: the subject of an
        active verb right before the preposition ('Port workers answered with chants of', 'A crowd joined in a loud
        chant of') or the object between a verb and 'to' ('stirred the dockers to chants of'); None after a passive
        ('was met with chants of') or a place ('walked into the hall to chants of')."""
        t, p = self.doc.toks, self.p
        ls, _ = self.sent_tok_bounds(t[c].start)
        b = c - 1
        while b > ls and (t[b].low in ("a", "an", "the") or t[b].text.islower() and not p.is_verb(b)
                          and t[b].low not in _CHANT_PREPS and c - b <= 4):
            b -= 1  # 'a thunderous', 'spontaneous'
        if b <= ls or t[b].low not in _CHANT_PREPS:
            return None
        v = p.skip_adverbs_left(b - 1, ls)
        if v > ls and p.verb_at(v) and t[v - 1].low not in _BE and t[b].low != "to":
            subj = p.loose_subject(p.skip_adverbs_left(v - 1, ls), ls) or self.sentence_subject(ls, v)
            return subj if subj is not None and subj[1] <= v else None
        np = p.loose_subject(b - 1, ls) if t[b].low == "to" else None
        if np is not None and np[0] - 1 > ls and p.verb_at(np[0] - 1) and t[np[0] - 2].low not in _BE:
            return np  # 'stirred the dockers to chants of'
        return None

    def cue_before(self, span: MarkedSpan) -> bool:
        """A speech verb and a comma or colon right before the quote ('… and said, "…"'): the quote is that
        verb's direct object even when no speaker phrase was read before the verb."""
        t, p = self.doc.toks, self.p
        k = self.doc.tok_at_or_after(span.start) - 1
        if k < 1 or t[k].text not in (",", ":"):
            return False
        k -= 1
        for ci in range(k, max(-1, k - 3), -1):
            cue = p.cue_at(ci)
            if cue is not None and cue.type == "verb" and ci + len(cue.words) - 1 == k:
                return True
        return False

    def subject_clause(self, span: MarkedSpan, subj: tuple[int, int]) -> tuple[int, str]:
        """A quote that closes the clause of a verb outside the lexicon ('Peskov is questioning whether Kuleba would
        have come "if …"'): the content runs from after that verb (mixed); after a comma the quote stands alone."""
        t, p = self.doc.toks, self.p
        q = self.doc.tok_at_or_after(span.start)
        if q == 0 or t[q - 1].text in _BOUNDARY:
            return span.start, "direct"
        m = subj[1]
        while m < q and (t[m].low in _ADV_SKIP or t[m].low in _FINITE or t[m].low in _BE):
            m += 1
        if m >= q or not (p.verb_at(m, s_forms=True) or t[m].low.endswith(_PARTICIPLE_END) or t[m].low in _IRREG_PAST):
            return span.start, "direct"
        for v in range(q - 1, m, -1):  # the last verb before the quote governs it ('… to promote X "…"')
            if t[v].text in _BOUNDARY:
                break
            if t[v].text[:1].islower() and (p.is_verb(v) and t[v].low not in _BE or t[v].low.endswith(_PARTICIPLE_END)
                                             and len(t[v].low) > 4 and t[v].low not in _ING_PREPOSITIONS):
                m = v
                break
        m += 1
        for v in range(m, q):
            if t[v].low in ("that", "whether"):
                m = v + 1
                break
            if p.is_verb(v) or t[v].text in _BOUNDARY:
                break
        lead = self._content(t[m].start, span.start) if m < q else None
        if lead is None or _words(self.text[lead[0]:span.start]) < 2:
            return span.start, "direct"
        return lead[0], "mixed"

    def excerpt(self, span: MarkedSpan) -> bool:
        """A quote after a byline ending in a colon ('—"Hamilton to play Chicago," by Variety's Gordon Cox: "…"')
        is an excerpt of the article, not someone's words."""
        para = self.doc.paras[self.doc.para_of(span.start)]
        return bool(_BYLINE.search(self.text, max(para.start, span.start - 80), span.start))

    def subhead(self, span: MarkedSpan) -> bool:
        """A paragraph that is nothing but a short phrase in single quotes is a section heading quoting the
        section ('\'A really tough decision.\''), not a quote of its own."""
        if span.family != SINGLE or _words(self.text[span.inner_start:span.inner_end]) > 6:
            return False
        para = self.doc.paras[self.doc.para_of(span.start)]
        return self.text[para.start:para.end].strip(" \t*_.\u00a0") == self.text[span.start:span.end].strip(" .")

    def stance_object(self, span: MarkedSpan) -> tuple[int, int, str, tuple[int, int]] | None:
        """'Kuleba supports "a phased ceasefire"', 'Lavrov blasted NATO for its "reckless expansion"':
        a quote in the object of a verb whose subject is a name, a role noun or a pronoun right before it.
        (start, end, kind, speaker token span) or None."""
        d, p, t = self.doc, self.p, self.doc.toks
        inner = self.text[span.inner_start:span.inner_end]
        if _words(inner) == 0 or _is_title_like(inner.rstrip(" ,.;:")):
            return None
        q = d.tok_at_or_after(span.start)
        ls, le = self.sent_tok_bounds(span.start)
        label, as_pos = False, -1  # 'welcomed the deal as a "first step"': a label for the object
        for v in range(q - 1, max(ls, q - 12) - 1, -1):
            tok = t[v]
            if tok.low == "as" and q - v <= 3 and v - 1 > ls and t[v - 1].text.isalpha() and not label \
                    and t[v - 1].low != "such":
                label, as_pos = True, v
                continue
            if label and (as_pos - v > 7 or p.is_verb(v) and as_pos - v < 2):
                return None  # the labelling verb has an object of a few words before 'as' ('served as' has none)
            if tok.text in _BOUNDARY and tok.text != "," or tok.low in _SUBORD and tok.low != "that":
                return None
            if not (tok.text.isalpha() and tok.text.islower()) or tok.low in _BE or tok.low in _FINITE:
                continue
            j = p.skip_adverbs_left(v - 1, ls)
            if j < ls or p.cls(j) not in ("cap", "role", "pron"):
                continue
            finite = tok.low.endswith("ed") and len(tok.low) > 4 or tok.low in _IRREG_PAST or _verb_s(tok) or \
                p.has_verb(j + 1, v, lexical=False, infinitive=True)  # 'would denounce
            if not finite:
                continue
            np = p.np_left(j, ls)
            if np is None or p.cls(np[1] - 1) not in ("cap", "role", "pron"):
                continue
            if np[0] > ls and t[np[0] - 1].low in _PP_START | _PREPS | _DETS:
                continue
            a = v + 1
            that_clause = t[v + 1].low == "that" and not any(p.cue_at(m) for m in range(v + 2, q))
            while a < q and t[a].low in ("to", "about", "of", "on", "against", "for", "that", "with"):
                a += 1
            if a < q and (t[a].low in _PP_START or t[a].low in _TIME or t[a].low in _OBJECT_PARTICLES
                          or any(t[m].text in _BOUNDARY and not (that_clause and t[m].text == ",")
                                 for m in range(a, q)) or p.is_verb(a)):
                return None  # 'said Wednesday on ABC's "…"', 'landed in Phoenix for …', 'fired back': no object
            start = t[a].start if a < q else span.start
            end = self.mixed_tail(span) or span.end
            if not (label or that_clause) and (_words(inner) < 4 or 2 * _words(inner) < _words(self.text[start:end])):
                return None  # a short quoted phrase in a longer object: as often a scare quote as someone's words
            kind = "direct" if start == span.start and end == span.end else "mixed"
            return start, end, kind, np
        return None

    def dash_paragraph(self, span: MarkedSpan) -> tuple[int, int] | None:
        """A quote paragraph followed by a signature paragraph '- Jane Doe.' / '—Ann Lee, Ohio.', or an unclosed
        one whose closing mark ends a short signature line (a block quote: '"… we must act.' / 'Jane Doe,
        Institute for Peace."')."""
        d = self.doc
        pi = d.para_of(span.end - 1)
        para = d.paras[pi]
        if self.text[span.end:para.end].strip(" .*_\u00a0") or pi + 1 >= len(d.paras):
            return None
        nxt = d.paras[pi + 1]
        m = re.match(r"[-—–]+\s*", nxt.text)
        if not m and not ("unclosed" in span.flags and nxt.text.rstrip().endswith(('."', '.”'))
                          and len(nxt.text.split()) <= 12 and nxt.text[:1].isupper()):
            return None
        k = d.tok_at_or_after(nxt.start + (m.end() if m else 0))
        hi = d.tok_at_or_after(nxt.end)
        np = self.p.np_right(k, hi)
        if np is None or self.p.cls(np[0]) == "pron":
            return None
        return self.np_chars(np)

    def trim_mixed_tails(self) -> None:
        """A mixed quote ends at a clause break after its last quoted span ('he was "not ready to sign," who
        …', '… "patience and goodwill" but argues …', '… "corrupt," noting …'): what follows is narration."""
        d, t = self.doc, self.doc.toks
        for c in self.cands:
            if c.kind != "mixed" or c.outer is not None:
                continue
            inside = self.quote_inside(c.start, c.end)
            if not inside:
                continue
            hi = d.tok_at_or_after(c.end)
            for n, i in enumerate(inside):
                last = d.outer[i]
                k = d.tok_at_or_after(last.end)
                stop = d.tok_at_or_after(d.outer[inside[n + 1]].start) if n + 1 < len(inside) else hi
                comma_in = self.text[last.inner_start:last.inner_end].rstrip(" *_'’").endswith(",")
                inner = n + 1 < len(inside)
                m = next((m for m in range(k, stop) if (self.inner_break(m, stop) if inner else self.tail_break(m, hi))
                          or m == k and comma_in and (self.speech_participle(m) if inner
                                                      else self.after_comma_break(m) or self.and_new_clause(m, hi))),
                         None)
                if m is not None:
                    span = self._content(last.start, t[m].start)
                    if span is not None:
                        c.end = max(last.end, span[1])
                    break

    def inner_break(self, m: int, hi: int) -> bool:
        """Token ``m``, between two quoted spans of a mixed quote, starts a new report of the same speaker:
        'and/but <verb>' ('called it "a sham" and ranked …') or ', <speech participle>' (', adding that …')."""
        t, p = self.doc.toks, self.p
        tok = t[m]
        if tok.text == "," and m + 1 < hi:
            return self.speech_participle(m + 1)
        v = self.after_and(m, hi)
        return v is not None and t[v].low not in _BE and p.is_verb(v)

    def after_and(self, m: int, hi: int) -> int | None:
        """Token ``m`` is 'and'/'but': the next token, an adverb of sequence skipped ('and then tweeted …',
        'but also called …'); None otherwise or at ``hi``."""
        t = self.doc.toks
        if t[m].low not in ("and", "but"):
            return None
        v = m + 2 if m + 2 < hi and t[m + 1].low in ("then", "later", "also") else m + 1
        return v if v < hi else None

    def and_new_clause(self, m: int, hi: int) -> bool:
        """After a comma closing a quote, token ``m`` is ', and/but' before a new actor, a name, a subject pronoun
        or a possessive ('"insanity," and Doe, who …', '"unpatriotic," and his office has …', '"far off," and he
        said …'): the writer goes on, the quote's clause is over ('"far off," and have failed …' goes on)."""
        t = self.doc.toks
        if t[m].low not in ("and", "but") or m + 1 >= hi:
            return False
        first = re.split(r"['’]", t[m + 1].low)[0]
        return self.p.cls(m + 1) == "cap" or first in _SUBJ_PRON and first not in ("it", "there") \
            or first in ("his", "her", "their", "its")

    def speech_participle(self, m: int) -> bool:
        """Token ``m`` is a lowercase speech cue in -ing ('adding', 'noting')."""
        tok = self.doc.toks[m]
        return tok.text.islower() and tok.low.endswith(_PARTICIPLE_END) and self.p.cue_at(m) is not None

    def after_comma_break(self, m: int) -> bool:
        """After a comma, token ``m`` opens a relative clause, 'according to' or a participle cue."""
        nxt = self.doc.toks[m]
        return nxt.low in ("who", "which", "where", "whose", "according") or (
            nxt.text.islower() and nxt.low.endswith(_PARTICIPLE_END) and len(nxt.low) > 4
            and nxt.low not in _ING_PREPOSITIONS)

    def tail_break(self, m: int, hi: int) -> bool:
        """Token ``m`` starts narration after a quote: a dash, ', who/which/…' or ', <participle>', a
        subordinator ('while', 'as', 'but', …) or 'and'/'but' before a verb."""
        t, p = self.doc.toks, self.p
        tok = t[m]
        if tok.text in ("—", "–", ";") or self.spaced_dash(m):
            return True
        if tok.text == "," and m + 1 < hi:
            return self.after_comma_break(m + 1)
        if tok.low in ("while", "whereas", "although", "though"):
            return True
        v = self.after_and(m, hi)
        return v is not None and t[v].low not in _BE and (p.is_verb(v) or (
            t[v].text.islower() and t[v].low.endswith(_PARTICIPLE_END) and len(t[v].low) > 4))
