"""Where a reported clause starts and ends: ``_pre_start``, ``clause_follows``/``bare_clause`` and the clip of
its end (``clip_end`` with ``closing_comment``, ``new_attribution``, ``speech_adjunct``, ...).

A mixin of ``_Extractor`` used by the reported-speech reader (``_reported.one_reported``) and by the mixed-quote
tails (``_marked``) once a cue and its speaker are found: it turns "cue + rest of sentence" into the span of
the reported content.
"""

from __future__ import annotations

import re

from peacetalks.cues import Cue
from peacetalks.quotes._wordlists import (
    _ADJUNCT_OPENERS, _ADV_SKIP, _BELIEF_OBJECT_INFINITIVE, _BOUNDARY, _CLAUSE_START, _CLIP_AFTER_COMMA,
    _COMMENT_NOUNS, _DETS, _FINITE, _INFINITIVE_CUES, _IRREG_PAST, _LEAD_SUBORD, _LEXICAL_CLAUSE_CUES,
    _MAIN_SPEECH_VERBS, _MASK, _MODAL_OR_FUTURE, _OBJ_PRON, _OPENING_CONNECTIVES, _OPENING_PREPS, _PARTICIPLE_END,
    _PARTICLES, _PERSON_SUBJ_PRON, _PP_MODIFIERS, _PP_START, _PP_WORDS, _NETWORKS, _PREPS, _QUOTE_MARKS,
    _REASON_SUBORD, _SUBJ_PRON, _SUBORD, _TIME, _WH_CUES, _WITH_REPORT_LEMMAS,
)


class _ClauseEnds:
    """Mixin of ``_Extractor``: where a reported clause starts and ends (``clip_end`` and its tests)."""

    def spaced_dash(self, j: int) -> bool:
        """A hyphen standing for a dash between spaces ("… enemies - said Biden", translated news): a one-token
        ``_Parser.hyphen_dash``."""
        return self.p.hyphen_dash(j) == j

    def dash_at(self, j: int) -> bool:
        """Token ``j`` is a dash: an em or en dash, or one typed with hyphens (``_Parser.hyphen_dash``: a hyphen
        between spaces, the second hyphen of '--')."""
        return self.doc.toks[j].text in ("—", "–") or self.p.hyphen_dash(j) is not None

    def _pre_start(self, ls: int, pre_end: int) -> int | None:
        """Start token of the reported clause before a postposed attribution (after a leading quote, if any)."""
        t = self.doc.toks
        start = self.clause_opening(ls, pre_end)
        for m in range(pre_end - 1, ls - 1, -1):
            if t[m].text in (";",):
                start = m + 1
                break
        if start == ls and start < pre_end and t[start].text in _QUOTE_MARKS:
            start = self.quote_opening(start)  # '"…? I want to wait" before talking, he said': the whole quote
        return start if start < pre_end else None

    def clause_opening(self, ls: int, b: int) -> int:
        """First token of the clause a sentence starting at token ``ls`` reports, before token ``b``: after a
        paragraph's dateline ('KYIV, Ukraine (AP) —') and an opening discourse connective with its comma
        ('However,', 'At the same time,'), which are the writer's, not the speaker's; else ``ls``."""
        t = self.doc.toks
        a = self.after_dateline(ls, b)
        for m in range(a + 1, min(b, a + 5)):
            if t[m].text == ",":
                if " ".join(x.low for x in t[a:m]) in _OPENING_CONNECTIVES:
                    a = m + 1
                break
            if not t[m].text.isalpha():
                break
        return a

    def quote_opening(self, m: int) -> int:
        """Token ``m`` closes an outer quote that opened before it (a sentence break inside the quote): the first
        token of the sentence the quote opens in, else ``m``."""
        d, tok = self.doc, self.doc.toks[m]
        if tok.start == 0 or self.text[tok.start - 1].isspace():
            return m  # an opening mark (a quote re-opened in a new paragraph), not a closing one
        if m + 1 >= len(d.toks) or not (d.toks[m + 1].text.isalpha() and d.toks[m + 1].text.islower()):
            return m  # the clause must run on from the quote ('…" before talking'), not after a dash or a comma
        span = self.outer_closing_at(m)
        if span is not None and span.start < tok.start and d.para_of(span.start) == d.para_of(tok.start):
            return self.sent_tok_bounds(span.start)[0]  # from the start of the sentence it opens in
        return m

    def clause_follows(self, cue: Cue, k2: int, le: int, *, saw_that: bool) -> bool:
        """What a that-cue needs follows at token ``k2``: its 'that' (``saw_that``), a wh-word ('explained why …'),
        a bare clause for cues that take one ('believes riders will …') or a to-infinitive ('vowed to …')."""
        t = self.doc.toks
        return saw_that or cue.lemma in _WH_CUES and k2 < le and t[k2].low in _CLAUSE_START or (
            cue.bare_clause and self.bare_clause(k2, le, lexical=cue.lemma in _LEXICAL_CLAUSE_CUES)) or (
            cue.lemma in _INFINITIVE_CUES and self.infinitive_at(k2, le)) or (
            cue.lemma in _BELIEF_OBJECT_INFINITIVE and self.object_then_infinitive(k2, le))

    def object_then_infinitive(self, k: int, le: int) -> bool:
        """A noun phrase or object pronoun at token ``k`` followed by its to-infinitive in the same clause ('expects
        Kyiv to sign', 'expected them to leave'; not 'expects to sign', 'expects a deal.')."""
        t, p = self.doc.toks, self.p
        if k >= le or not (t[k].low in _OBJ_PRON or p.cls(k) in ("det", "cap", "role", "mod")
                           or self.common_noun_start(k)):
            return False
        return self.object_infinitive(k, le)

    def bare_clause(self, k: int, le: int, *, lexical: bool = False) -> bool:
        """A finite clause without 'that' starts at token ``k`` ('believe this is …', 'think he will …'):
        a subject pronoun followed by a word, or a noun phrase followed by an auxiliary or modal within eleven
        tokens (``lexical``: or by a lexical finite verb, 'suggested Doe misread …')."""
        t, p = self.doc.toks, self.p
        if k + 1 >= le or t[k - 1].text == ",":
            return False  # 'Doe agreed, he told …': a new clause after the comma
        if t[k].low in _SUBJ_PRON:
            nxt = t[k + 1]
            return nxt.text[:1].isalpha() and nxt.low not in _PP_START and nxt.low not in _SUBORD and (
                t[k].low not in ("it", "you") or nxt.low in _ADV_SKIP or p.verb_at(k + 1))
        if not (p.cls(k) in ("det", "cap", "role", "mod") or t[k].text.isdigit()
                or t[k].low in ("this", "that", "these", "those", "most", "many", "some", "all", "no", "nobody")
                or self.common_noun_start(k)):
            return False
        for m in range(k + 1, min(le, k + 12)):
            if t[m].text in _QUOTE_MARKS and m + 1 < le and t[m + 1].text == _MASK:
                return self.quoted_finite(m)  # 'believes the plan "is dead"': the verb is quoted
            if t[m].text in _BOUNDARY or t[m].low in _SUBORD or t[m].low in _PP_START and m == k + 1:
                return False
            if t[m].low in _FINITE:
                return True
            if lexical and p.verb_at(m) and t[m - 1].low not in _DETS and not any(
                    t[x].low in _PP_START or t[x].low in _PREPS for x in range(k, m)):
                return m - k <= 4  # 'suggested Doe misread …', not 'denied the charges and counter-accused …'
        return False

    def common_noun_start(self, k: int) -> bool:
        """Token ``k`` may open a subject without a determiner ('voters', 'such', 'any'): a lowercase word that
        is no verb, preposition, subordinator, clause word or adverb."""
        low = self.doc.toks[k].low
        return low.isalpha() and self.doc.toks[k].text.islower() and not self.p.verb_at(k) and low not in _PP_START \
            and low not in _PREPS and low not in _SUBORD and low not in _CLAUSE_START and low not in _ADV_SKIP \
            and low not in _OPENING_PREPS and low not in _PARTICLES and not low.endswith("ly")

    def quoted_finite(self, m: int) -> bool:
        """The quote opening at token ``m`` starts with an auxiliary or modal ('"is dead"', '"didn't work"')."""
        first = re.match(r"\W*([\w'’]+)", self.text[self.doc.toks[m].end:self.doc.toks[m].end + 40])
        return first is not None and first.group(1).lower().replace("’", "'") in _FINITE

    def clip_end(self, k: int, le: int, end_pos: int) -> int:
        """End of a reported clause: the sentence end, or before ', adding/saying …' / '; …'."""
        t, p = self.doc.toks, self.p
        for m in range(k + 1, le):
            if t[m].text == ";":
                return t[m].start
            if t[m].text == "," and m + 1 < le:
                cue = p.cue_at(m + 1)
                if cue is not None and cue.words[-1].endswith(_PARTICIPLE_END):
                    return t[m].start
                if t[m + 1].low == "according" and m + 2 < le and t[m + 2].low == "to":
                    return t[m].start
                if cue is not None and cue.type == "verb" and m + 2 < le and t[m + 1].text.islower() \
                        and t[m + 1].low in _MAIN_SPEECH_VERBS \
                        and self.in_relative(k):
                    return t[m].start  # "Tom Brown, who said he …, said the …": the main verb after a relative
                if self.closing_comment(k, m, le):
                    return t[m].start  # "… was unfair, a charge Kyiv denied": the writer's comment
                if t[m + 1].low == "compared" and m + 2 < le and t[m + 2].low in ("with", "to"):
                    return t[m].start  # "…, compared with 39 percent for …": the writer's comparison
                if t[m + 1].low in _CLIP_AFTER_COMMA and not (m + 2 < le and t[m + 2].low == "that") and not (
                        t[m + 1].low in ("and", "but") and self.and_continues(m + 2, le) and not (
                            t[m + 1].low == "but" and m + 2 < le and (t[m + 2].low in ("it", "there")
                                                                       or t[m + 2].low in _PP_START))) and not (
                        t[m + 1].low in ("though", "although") and not self.cue_before_break(m + 2, le)):
                    return t[m].start  # but ', and that …' goes on with the same reported speech
                if m - k >= 3 and self.new_attribution(m + 1, le) and p.has_verb(k, m):
                    return t[m].start  # "While the mayor said …, Mr. Brown said …"
                if m - k >= 3 and t[m + 1].low in _REASON_SUBORD and t[m - 1].low not in ("that", "which", "who") \
                        and self.subordinate_report(m + 2, le):
                    return t[m].start  # "warned the board against it, because he thought it …": his own report
                    # (not a parenthetical after a relative: 'the raid that, as officials said, killed …')
                if t[m + 1].low == "with" and self.with_report(m + 2, le):
                    return t[m].start  # "Kyiv denied it, with its envoy calling it "absurd"": a new speaker's report
                if t[m + 1].low in ("who", "whom", "which") and self.relative_report(m + 2, le):
                    return t[m].start  # "… the riders, whom Doe called "calm," …": a report of its own
            if m + 1 < le and self.dash_at(m) and self.dash_comment(k, m, le):
                return t[m - 1].start if t[m].text == "-" == t[m - 1].text else t[m].start
                # "… was unfair — a charge Kyiv denied": the writer's comment after a last dash
            if t[m].low in ("and", "but") and m > k and self.outer_closing_at(m - 1) is not None \
                    and self.new_attribution(m + 1, le, with_content=True):
                return t[m].start  # 'called it "odd" and Mr. Roe said …': a new speaker's report after the quote
            if t[m].low == "and" and m + 1 < le and self.p.cue_at(m + 1) and self.p.cue_at(m + 1).type == "verb" \
                    and not self.base_conjunct(k, m + 1):
                return t[m].start  # "that he will try, and insisted that …" / "and vowing to …"
            if m + 2 < le and t[m + 1].low in ("and", "but") and (
                    p.cls(m + 2) == "cap" or t[m + 2].low in _PERSON_SUBJ_PRON) and not self.and_continues(m + 2, le) \
                    and self.cue_before_break(m + 2, le):
                # a new report after a dash or a quote closed by a comma ('called it "a blow," but he also noted
                # …', '… the ferries - but she also insisted …')
                if t[m].text in ("—", "–", "--") or self.spaced_dash(m):
                    return t[m].start
                if t[m].text != "," and self.comma_before(m + 1):
                    return t[m].end
            if m - k >= 3 and t[m].low in ("on", "at", "during", "in") and self.speech_adjunct(k, m, le):
                return t[m].start  # "Kyiv was the main obstacle on Thursday at a Moscow briefing"
        return end_pos

    def source_tail(self, k: int, le: int) -> bool:
        """Tokens ``[k, le)`` after an 'according to' source are a prepositional phrase with no verb (', according
        to a transcript of his radio show.'): the rest of the source, not reported content. An occasion noun that is
        also a cue form ('show', 'report') is no verb there."""
        t, p = self.doc.toks, self.p
        return t[k].low in _PREPS and not any(
            p.has_verb(m, m + 1, infinitive=True, s_forms=True, mask=True) and t[m].low not in _PP_WORDS
            for m in range(k, le))

    def relative_report(self, k: int, le: int) -> bool:
        """After a relative pronoun, tokens from ``k`` are a subject and a speech verb of their own ('whom he
        described as …', 'which the panel said was …'): a new attribution, not part of the report before it —
        unless the report goes on after the relative clause (', whom he called Tom, was ill', '…, as "bad."')."""
        t, p = self.doc.toks, self.p
        for j in range(k + 1, min(le, k + 5)):
            if t[j].text in _BOUNDARY:
                return False
            cue = p.cue_at(j)
            if cue is not None and cue.type == "verb" and not t[j].low.endswith(_PARTICIPLE_END):
                return not p.has_verb(k, j, lexical=False) and not any(
                    t[m].text == "," and (p.verb_at(m + 1) or t[m + 1].low == "as") for m in range(j + 1, le - 1))
        return False

    def with_report(self, a: int, le: int) -> bool:
        """After ', with', tokens from ``a`` are a subject of up to eight words with no verb, then the -ing form of a
        speech cue (``_WITH_REPORT_LEMMAS``: 'with the envoy saying …', 'with critics calling it "…"'): a new
        speaker's report, not part of the clause before the comma — unless a verb follows its first comma ('the plan,
        with critics calling it costly, was approved')."""
        t, p = self.doc.toks, self.p
        j = self.subject_cue(a, le)
        if j is None:
            return False
        cue = p.cue_at(j)
        if cue.type != "verb" or cue.lemma not in _WITH_REPORT_LEMMAS or not t[j].low.endswith(_PARTICIPLE_END) \
                or p.has_verb(a, j, lexical=False):
            return False
        comma = next((m for m in range(j + 1, le - 1) if t[m].text == ","), None)
        return comma is None or not p.verb_at(comma + 1)

    def subject_cue(self, a: int, le: int) -> int | None:
        """The token of the first cue after token ``a`` within the eight tokens a subject opening at ``a`` may span,
        before any boundary; None when a boundary or no cue comes first (review19: ``with_report`` and
        ``new_attribution``)."""
        t, p = self.doc.toks, self.p
        for j in range(a + 1, min(le, a + 9)):
            if t[j].text in _BOUNDARY:
                return None
            if p.cue_at(j) is not None:
                return j
        return None

    def in_relative(self, k: int) -> bool:
        """Does the clause holding token ``k`` open on who/which/whose after a comma ('Tom Brown, who said
        …')?"""
        t = self.doc.toks
        for w in range(k - 1, max(-1, k - 8), -1):
            if t[w].text in _BOUNDARY:
                return False
            if t[w].low in ("who", "which", "whose"):
                return w > 0 and t[w - 1].text == ","
        return False

    def closing_comment(self, k: int, m: int, le: int) -> bool:
        """Is the phrase after the comma ``m`` the writer's comment on the reported clause from token ``k``
        ('…, a charge Kyiv denied', '…, a swipe at …', '…, the worst since March'), to be left out? It opens with
        an article or a plural comment noun (``_COMMENT_NOUNS``: '…, claims Kyiv denied') and does not follow a name
        ('met Tom Brown, the deputy envoy'). Either it opens with 'a/an' or that noun after a main clause with a
        verb ('…, a move that …', '…, remarks that …'), or it is a plain noun phrase to the sentence end: not
        after a parenthesis or quote mark, no list ('Israel, the Iran deal and …'), no verb in its first words
        ('…, a boss invited her'), no auxiliary or 'be' in its first six ('…, the talks were …') and no comma
        before a verb after it ('the plan, a Russian proposal, was dead')."""
        t, p = self.doc.toks, self.p
        if m - k < 3 or m + 1 >= le or p.cls(m - 1) == "cap" or t[m + 1].low not in ("a", "an", "the") and not (
                t[m + 1].low.endswith("s") and t[m + 1].low[:-1] in _COMMENT_NOUNS and not any(
                    t[x].low in ("and", "or", ",") for x in range(m + 2, min(le, m + 4)))):
            return False  # (a plural noun in a list is no comment: '… the offers, claims and demands')
        if t[m + 1].low != "the" and p.has_verb(k, m, s_forms=True) and not any(
                t[x].low in _SUBORD or t[x].low == "even" for x in range(k, min(m, k + 3))):
            return True
        a = m + 1
        if t[m - 1].text in _BOUNDARY or any(t[x].low in ("and", "or") for x in range(a + 1, min(le, a + 7))):
            return False
        if p.has_verb(a + 1, min(le, a + 4), s_forms=True) or p.has_verb(a + 1, min(le, a + 7), lexical=False):
            return False
        return not any(t[x].text == "," and p.verb_at(x + 1) for x in range(a + 1, le - 1))

    def dash_comment(self, k: int, m: int, le: int) -> bool:
        """Is the phrase after the dash ``m`` the writer's comment on the reported clause from token ``k`` ('…
        was unfair — a charge Kyiv denied', '… — a move that …')? A ``closing_comment`` whose noun, in its first
        four words, names a statement or step (``_COMMENT_NOUNS``), with no dash after it (a paired dash is a
        parenthesis: '— a claim Kyiv denied — and would …'). Other nouns often restate the report's last noun
        ('… was a mirage — a combination of …')."""
        t = self.doc.toks
        return any(t[x].low in _COMMENT_NOUNS for x in range(m + 2, min(le, m + 6))) and not any(
            self.dash_at(x) for x in range(m + 2, le)) and self.closing_comment(k, m, le)

    def base_conjunct(self, k: int, j: int) -> bool:
        """The verb at token ``j`` after 'and' is a bare form that a modal, future or 'to' in the report from token
        ``k`` governs ('he would call Kyiv and tell them …', 'urged Doe to resign and call …'): the report's own
        verb, not the speaker's next speech act ('said it would fail and told …', 'said … and asks …'). Not after
        'did/does/do' alone ('said they did not get help and believe …': a present tense of the speaker)."""
        t = self.doc.toks
        w = t[j].low
        if not w.isalpha() or w.endswith(("ed", "s", "ing")) or w in _IRREG_PAST:
            return False
        return any(t[x].low in _MODAL_OR_FUTURE or t[x].low.endswith(("'d", "’d", "'ll", "’ll"))
                   for x in range(k, j - 1))

    def subordinate_report(self, a: int, le: int) -> bool:
        """Tokens from ``a`` open a report of its own inside a subordinate clause: a subject pronoun, then a
        finite speech verb ('because he thought …', 'since she said …'), or a name or role phrase with one."""
        t, p = self.doc.toks, self.p
        if a + 1 < le and t[a].low in _PERSON_SUBJ_PRON:
            cue = p.cue_at(a + 1)
            return cue is not None and cue.type == "verb"
        return self.new_attribution(a, le)

    def new_attribution(self, a: int, le: int, *, with_content: bool = False) -> bool:
        """Does a new clause with its own speaker and speech verb start at token ``a`` ('40 percent said',
        'Mr. Smith said')? A name, role phrase or share of up to eight words, then a cue; ``with_content``: a cue
        that ends its clause or takes a prepositional object ('the two leaders agreed on …', 'Doe agreed.') is no
        report of its own."""
        t, p = self.doc.toks, self.p
        k = self.subject_cue(a, le)
        if k is None:
            return False
        cue = p.cue_at(k)
        if cue.type != "verb" or cue.scope != "all" or cue.words[-1].endswith(_PARTICIPLE_END):
            return False
        e = k + len(cue.words)
        if with_content and (e >= le or (t[e].text in _BOUNDARY and t[e].text not in _QUOTE_MARKS)
                             or t[e].low in _PREPS):
            return False
        np = p.np_left(k - 1, a)
        return (np is not None and np[0] == a and p.cls(p.head_of(np)) in ("cap", "role")) or \
            self.share_subject(a, k - 1) == (a, k)

    def speech_adjunct_only(self, k: int, hi: int, cue: Cue) -> bool:
        """The words after a cue are an adjunct of the speech act, not its content: a time or place phrase
        without a verb ('said at a news conference in May', 'criticized on social media', 'added up to …') or a
        'when'/'than' clause ('said when Doe asked him', 'a larger say than they do')."""
        t, p = self.doc.toks, self.p
        low = t[k].low
        if t[k - 1].text == ",":
            return False  # "Ms. Doe said, when she was working …, a manager …": the report goes on
        if low in ("when", "than"):
            return cue.lemma not in _WH_CUES
        if low == "on" and k + 1 < hi and (t[k + 1].low.endswith(("ing", "'s", "’s")) or t[k + 1].low in _CLAUSE_START):
            return False  # "insisted on building a corridor", "commented on Lavrov's future": the topic
        return low in _ADJUNCT_OPENERS and not p.has_verb(k + 1, hi, infinitive=True, mask=True)

    def medium_phrase_only(self, k: int, hi: int) -> bool:
        """The words after a cue, from token ``k`` to ``hi``, are only the participle phrase placing the medium
        ('said in a message posted to Telegram.', 'told a meeting organised by the union.'): no content of its own
        (round 19; ``medium_participle``)."""
        return self.medium_participle(k) and not self.p.has_verb(k + 1, hi, mask=True)

    def object_adjunct_end(self, k: int, end: int, le: int) -> int:
        """End of an object content that starts at token ``k`` and ends at char ``end``: before a speech-act phrase
        after an object of two or more tokens ('condemned the deal on Tuesday', 'rejected the offer in a radio
        interview'), the rest of the content being that phrase (``speech_adjunct`` with ``own_phrase``). Not when
        the object has a verb ('described what happens on the video', 'offers made at a rally': the phrase is the
        clause's)."""
        t, p = self.doc.toks, self.p
        hi = min(le, self.doc.tok_at_or_after(end))
        for m in range(k + 2, hi):
            if t[m].low in ("on", "at", "during", "in") and self.speech_adjunct(k, m, hi, own_phrase=True):
                return end if t[k].low in _CLAUSE_START or p.has_verb(k, m) else t[m].start
        return end

    def cue_before_break(self, k: int, le: int) -> bool:
        """A speech cue between token ``k`` and the next clause break ('…, though Mrs. Doe said …')."""
        t, p = self.doc.toks, self.p
        for m in range(k, le):
            if t[m].text in (",", ";", ":", "—", "–"):
                return False
            if p.cue_at(m) is not None and t[m].low != "that":
                return True
        return False

    def and_continues(self, k: int, le: int) -> bool:
        """After ', and' at token ``k``, the reported clause goes on ('…, and the talks would resume',
        '…, and stepping up …'): no new actor (a name, a personal pronoun), no verb of the speaker
        ('…, and has championed …') and no speech cue before the next clause break."""
        t, p = self.doc.toks, self.p
        if k >= le:
            return False
        tok = t[k]
        first = re.split(r"['’]", tok.low)[0]
        if p.cls(k) == "cap" or first in _SUBJ_PRON and first not in ("it", "there") or not tok.text[:1].isalpha() \
                or tok.low in _LEAD_SUBORD or tok.low in ("as", "if") or tok.low in _DETS and k + 1 < le \
                and p.cls(k + 1) == "cap":
            return False  # a new actor ('…, and the ACLU has sued'), a number, a subordinate clause, ', and, later,'
        m = k
        while m < le and (t[m].low in _ADV_SKIP or t[m].low == "most" or t[m].low.endswith("ly") and len(t[m].low) > 4):
            m += 1
        if m < le and p.verb_at(m):
            return False  # a verb of the speaker (a cue is caught by cue_before_break below)
        return not self.cue_before_break(k, le)

    def speech_adjunct(self, k: int, m: int, le: int, *, own_phrase: bool = False) -> bool:
        """True when the tail from token ``m`` to the sentence end is a time/occasion phrase of the speech act
        ('on Wednesday at a rally', ', at the town hall this week'), not part of the report: it names a day or an
        occasion in its first words, has no verb, and the report before it has no future or modal verb (in
        'talks would resume on Monday' the day belongs to the report). With ``own_phrase`` the day or occasion
        (or a social network: 'on Twitter') comes before the next preposition ('the limits on the ferries on
        Monday' is no adjunct at 'on the ferries')."""
        t, p = self.doc.toks, self.p
        hi = min(le, m + 5)
        if own_phrase:
            hi = next((i for i in range(m + 1, hi) if t[i].low in _PREPS or t[i].low in _PP_START), hi)
        head = [t[i].low for i in range(m + 1, hi)]
        if not any(w in _TIME or w in _PP_WORDS or own_phrase and w in _NETWORKS for w in head):
            return False
        if t[m].low == "in" and not any(w in _PP_WORDS and w not in _PP_MODIFIERS for w in head):
            return False  # 'in recent weeks', 'in the last few years': a time of the report, not of the speech act
        if any(p.is_verb(i) or t[i].low in _SUBORD for i in range(m + 1, le)):
            return False
        day = next((i for i in range(m + 1, le) if t[i].low not in _TIME), le)
        if m + 1 < day < le and t[day].low in ("of", "to"):
            return False  # 'urged the board on Friday to act', 'accused Doe on Monday of stalling': the object goes on
        if self.quote_inside(t[m].start, t[le - 1].end):
            return False  # 'said the ferry was closed on Sunday "for good."': quoted words of the report follow
        return not any(t[i].low in _MODAL_OR_FUTURE for i in range(k, m))
