"""Subject finders: who is the subject of a sentence or clause (``sentence_subject``, ``named_subject``,
``first_verb_subject``, ``long_subject``, ``quantified_subject``, ``interrupted_subject``, ``conjunct_subject``, ...).

A mixin of ``_Extractor``: the direct-quote attribution (``_marked``) and the reported-speech reader
(``_reported``) ask these methods for the speaker phrase left of a cue; they return token or character
spans, and speaker resolution (``_speakers``) later maps the phrase to an actor.
"""

from __future__ import annotations

from peacetalks.cues import Cue
from peacetalks.quotes._wordlists import (
    _ADV_SKIP, _APPROX, _BOUNDARY, _CONJ, _CONJUNCT_OPENERS, _CONJUNCT_WINDOW, _DETS, _INTERJECT, _LEAD_CONNECTIVES,
    _NONPERSON_HEADS, _OPENING_PREPS, _PARTICIPLE_END, _PP_START, _PREPS, _QUANTIFIER_SUBJECTS, _QUANTITY,
    _RESPONDENT_PARTICIPLES, _SHARE_BREAK, _SHARE_WORDS, _SINGULAR_S_ENDS, _SUBORD, _TIME,
)
from peacetalks.quotes._common import _VERB_CUE


class _Subjects:
    """Mixin of ``_Extractor``: subject finders (the speaker phrase left of a cue)."""

    def sentence_subject(self, ls: int, c: int) -> tuple[int, int] | None:
        """The subject of the sentence starting at token ``ls`` (before its first verb, after an introductory
        phrase ending in a comma), looked for before token ``c``."""
        p, t = self.p, self.doc.toks
        a = self.after_connectives(self.after_dateline(ls, c), c)
        if a >= c:
            return None
        comma = next((m for m in range(a, min(c, a + 7)) if t[m].text == ","), None)
        intro = p.cls(a) == "prep" or t[a].low in _PP_START or t[a].low in _SUBORD or t[a].low in _ADV_SKIP or (
            p.participle_opening(a, c) and any(t[m].text == "," for m in range(a, c))) or (
            comma is not None and t[a].low in _OPENING_PREPS) or (
            self.participle_with_object(a, c) and any(t[m].text == "," for m in range(a, c))) or (
            comma is not None and any(t[m].low in _TIME or t[m].low in ("later", "ago", "here", "there")
                                      for m in range(a, comma)))
        if intro:
            if comma is None:
                comma = next((m for m in range(a, c) if t[m].text == ","), None)
            if comma is None:
                return None
            a = comma + 1
        v = a
        while v < c and v - a <= 9 and not p.is_verb(v) and not (
                v > a and t[v].text.islower() and t[v].low.endswith("s") and p.cls(v - 1) in ("cap", "role")
                and p.cls(v) is None):
            v += 1
        if v >= c or v == a:
            return None
        subj = p.loose_subject(p.skip_adverbs_left(v - 1, a), a)
        if subj is None and t[p.skip_adverbs_left(v - 1, a)].text == ")":
            subj = p.np_left(p.skip_adverbs_left(v - 1, a), a)  # "Sen. Ann Lee (I-Vt.) defended …"
        if subj is None and t[p.skip_adverbs_left(v - 1, a)].text == ",":
            # "Tom Brown, the press secretary for the ministry, said …"
            subj, how = p.speaker_left(v, a, _VERB_CUE)
            if how != "apposition":
                subj = None
        if subj is None or subj[0] != a:
            return None
        return subj

    def after_connectives(self, a: int, c: int) -> int:
        """The token after the sentence connectives opening at token ``a`` ('And then he …', 'But he …'), before
        token ``c``."""
        t = self.doc.toks
        while a < c and t[a].low in _LEAD_CONNECTIVES:
            a += 1
        return a

    def person_head(self, np: tuple[int, int]) -> bool:
        """The noun phrase ends in a name, a role noun or a personal pronoun (not 'it', 'this', 'that', 'there')."""
        head = np[1] - 1
        return self.p.cls(head) in ("cap", "role", "pron") and self.doc.toks[head].low not in _NONPERSON_HEADS

    def first_verb_subject(self, ls: int, c: int) -> tuple[int, int] | None:
        """'Jane Doe, a former mayor, became a delegate and said …', 'He shook hands and asked …': a name, role
        or pronoun opening the sentence (an apposition after it skipped) right before a lowercase word the verb
        reader does not know, when no clause word, clause break or other cue stands between that word and the
        'and' at token ``c``."""
        p, t = self.p, self.doc.toks
        a = self.after_dateline(ls, c)
        np = p.np_right(a, c)
        if np is None or np[1] >= c or not self.person_head(np):
            return None
        m = np[1]
        if t[m].text == ",":  # "Jane Doe, a former mayor, became …"
            close = next((x for x in range(m + 1, min(c, m + 14)) if t[x].text in _BOUNDARY), None)
            if close is None or t[close].text != "," or close == m + 1 or any(
                    p.is_verb(x) or t[x].low in _SUBORD for x in range(m + 1, close)):
                return None
            m = close + 1
        while m < c and (t[m].low in _ADV_SKIP or t[m].low.endswith("ly") and t[m].text.islower()):
            m += 1
        if m >= c or not (t[m].text.isalpha() and t[m].text.islower()) or t[m].low in _PP_START \
                or t[m].low in _PREPS or t[m].low in _SUBORD or t[m].low in _DETS or t[m].low in _CONJ:
            return None
        if any(t[x].text in (";", ":", "—", "–", "(") or t[x].low in _SUBORD and t[x].low not in ("and", "or")
               or p.cue_at(x) is not None for x in range(m, c)):
            return None
        return np

    def participle_with_object(self, a: int, c: int) -> bool:
        """Does token ``a`` open a participial phrase with its object ('Rallying hundreds of workers, …')? A
        capitalised -ing word followed by a lowercase word that is no verb."""
        t = self.doc.toks
        if a + 1 >= c or not t[a].text[:1].isupper():
            return False
        if t[a].low.endswith("ly") and t[a + 1].text.islower() and t[a + 1].low.endswith(_PARTICIPLE_END):
            a += 1  # 'Hastily politicizing the tragedy, …'
        return a + 1 < c and t[a].low.endswith(_PARTICIPLE_END) and len(t[a].low) > 5 and t[a + 1].text.isalpha() \
            and t[a + 1].text.islower() and not self.p.is_verb(a + 1)

    def named_subject(self, ls: int, c: int) -> tuple[int, int] | None:
        """A name or role phrase opening the sentence right before a lowercase word the verb reader does not
        know ('Jane Doe folded her notes and said …', 'An aide to the governor left the hall and
        said …'), looked for before token ``c``."""
        p, t = self.p, self.doc.toks
        a = self.after_dateline(ls, c)
        np = p.np_right(a, c)
        if np is None or np[1] >= c or p.cls(np[1] - 1) not in ("cap", "role"):
            return None
        nxt = t[np[1]]
        if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.low in _PP_START or nxt.low in _PREPS \
                or nxt.low in _SUBORD or nxt.low in _DETS or nxt.low in ("and", "or", "but", "who", "which", "that"):
            return None
        if nxt.low.endswith("ly") or p.cls(np[0]) != "det" and t[np[0]].low.endswith(_PARTICIPLE_END):
            return None  # "Smiling broadly, Mrs. Koval …": an opening participle, not a name
        return np

    def after_dateline(self, ls: int, c: int) -> int:
        """The token after a dateline opening a paragraph ('WASHINGTON —', 'DECATUR, Ill. —', 'PARIS, Aug 31
        (Reuters) -', 'Washington (AFP) –'), or ``ls`` when there is none; never one opening on a determiner
        ('The Shanghai Cooperation Organisation (SCO) – the biggest bloc – …' is a subject)."""
        t, d = self.doc.toks, self.doc
        if ls >= c or d.paras[d.para_of(t[ls].start)].start != t[ls].start or not t[ls].text[:1].isupper() \
                or t[ls].low in _DETS:
            return ls
        agency = capitals = False
        for m in range(ls, min(c, ls + 12)):
            tok = t[m]
            if tok.text in ("—", "–", "―", "-", "--") and m > ls and tok.start > t[m - 1].end:
                return m + 1 if (capitals or agency) else ls
            if tok.text == "(" and m + 2 < c and t[m + 2].text == ")" and t[m + 1].text[:1].isupper():
                agency = True
            if m == ls and tok.text.isupper() and len(tok.text) >= 3 and tok.text.isalpha():
                capitals = True
            if tok.text in (".", "!", "?", ":", ";", "#") or (tok.text.isalpha() and tok.text.islower()):
                return ls
        return ls

    def conjunct_subject(self, ls: int, j0: int) -> tuple[int, int] | None:
        """The subject of the clause that ', and'/', but'/'while'/'whereas' opens after the sentence's first
        clause, when the 'and' at ``j0`` continues that clause ('Tom Brown signed the order, while Jane Doe, the
        former mayor, called it unfair and said …': Jane Doe): a name, role phrase or personal pronoun before the
        clause's first verb."""
        t, p = self.doc.toks, self.p
        for w in range(j0 - 1, max(ls, j0 - _CONJUNCT_WINDOW), -1):
            if t[w].text in _BOUNDARY and t[w].text != ",":
                return None
            bare = t[w].low == "and" and t[w - 1].text != "," and self.bare_and_clause(ls, w, j0)
            if not (bare or t[w].low in _CONJUNCT_OPENERS or t[w].low in ("and", "but") and self.comma_before(w)):
                continue
            v = next((v for v in range(w + 2, j0) if p.verb_at(v)), None)
            if v is None:
                return None
            np, _how = p.speaker_left(v, w + 1, _VERB_CUE)
            if np is None or any(p.cls(m) == "prep" or t[m].low in _PP_START for m in range(w + 1, np[0])) \
                    or not self.person_head(np):
                return None
            return np
        return None

    def comma_before(self, w: int) -> bool:
        """Is token ``w`` after a comma, also one inside a closing quote ('… "empty shells," but he …')?"""
        t = self.doc.toks
        return w > 0 and (t[w - 1].text == "," or self.outer_closing_at(w - 1) is not None
                          and self.text[t[w - 1].start - 1] == ",")

    def bare_and_clause(self, ls: int, w: int, j0: int) -> bool:
        """Does the 'and' at token ``w`` (no comma before it) open a new clause before token ``j0``: a verb before it,
        a plain lowercase word right before it, and a name or pronoun right after it followed by a verb
        ('The auditors fined the captain and Okafor dismissed his deputy, …')?"""
        t, p = self.doc.toks, self.p
        if w - 1 <= ls or p.cls(w - 1) is not None or not t[w - 1].text.isalpha() or not t[w - 1].text.islower():
            return False
        np = p.np_right(w + 1, j0)
        if np is None or np[1] >= j0 or p.cls(np[1] - 1) not in ("cap", "pron") or not p.verb_at(np[1]):
            return False
        return any(p.verb_at(m) for m in range(ls, w - 1))

    def long_subject(self, ls: int, j: int, *, reduced: bool = False) -> tuple[int, int] | None:
        """A long subject noun phrase from the sentence start to the cue, with no verb inside ('Some advocates
        for a prisoner swap said', '8 percent said', 'one of the former lawyers for X said'); with ``reduced``,
        one participle in -ed after a plural noun and before a preposition or time word may stand inside
        ('People briefed on the talks said')."""
        t, p = self.doc.toks, self.p
        if j < ls:
            return None
        a = ls
        intro = next((m for m in range(j - 1, ls, -1) if t[m].text == ","), None)
        if intro is not None and intro - ls <= 10 and (
                t[ls].low in _PP_START or t[ls].low in _SUBORD or t[ls].low in _ADV_SKIP or t[ls].low in _INTERJECT
                or t[ls].low in ("indeed", "perhaps") or t[ls].low.endswith("ly")) and not any(
                p.is_verb(m) for m in range(ls, intro)):
            a = intro + 1  # "In a Zelensky-Zaluzhny matchup, 27 percent said …", "Again, those surveyed said …"
        if j - a > 14:
            return None
        if t[a].text in ("\"", "“", "‘", "'") or t[a].text == "-":
            return None
        approx = t[a].low in _APPROX and a + 1 <= j and (t[a + 1].text.isdigit() or t[a + 1].low in _QUANTITY)
        if approx:
            a += 1  # "About four in 10 said", "Nearly 60 percent say": the share is the speaker phrase
        if not (p.cls(a) in ("det", "cap", "role", "mod", "pron") or t[a].text.isdigit() or t[a].low in _QUANTITY
                or t[a].low in ("one", "some", "most", "many", "few", "several", "none", "all", "each")):
            return None
        if t[a].low in _SUBORD or t[a].low in _PP_START or t[a].low in _CONJ:
            return None
        if approx:
            a -= 1
        relative = None
        for m in range(a, j + 1):
            participle = m > a and p.cls(m - 1) in ("det", "mod") and t[m].low.endswith("ed")  # "a negotiated …"
            comparative = t[m].low == "than" and m > a and t[m - 1].low in ("more", "less", "fewer")
            if reduced and relative is None and a < m < j and self.reduced_participle(m):
                relative = m
                continue
            if t[m].text in _BOUNDARY or p.verb_at(m, participles=not participle) \
                    or t[m].low in _SUBORD and not comparative:
                return None
        if p.cls(j) not in ("cap", "role") and not t[j].text[:1].isalpha() and not (
                t[j].text.isdigit() and j - 1 > a and t[j - 1].low == "in"):  # "six in 10 said"
            return None
        return (a, j + 1)

    def reduced_participle(self, m: int) -> bool:
        """Token ``m`` is a participle in -ed opening a reduced relative clause after a plural noun ('people
        briefed on …'): not a cue, after a lowercase plural that is no role noun ('Doe apologized for', 'the judges
        ruled on' read as main verbs), before a preposition or a time word."""
        t, p = self.doc.toks, self.p
        prev, nxt = t[m - 1], t[m + 1]
        plural = prev.low in ("people", "men", "women") or prev.text.islower() and prev.low.endswith("s") \
            and not prev.low.endswith("ss") and p.cls(m - 1) != "role"
        return t[m].low.endswith("ed") and p.cue_at(m) is None and t[m].text.islower() and prev.text.isalpha() \
            and plural and (nxt.low in _PP_START or nxt.low in _TIME)

    def quantified_subject(self, ls: int, j: int, *, cue: Cue) -> tuple[int, int] | None:
        """A quantified noun phrase opening a clause and ending at token ``j`` ('Yet many diplomats in both
        capitals believe', 'But few in either camp think', 'and some wavering voters say'): 'some', 'many',
        'most', 'few', 'several', 'others' at the sentence start or after a comma or conjunction, then up to
        ten words with no verb or clause word, ending in a plural, a name or a role; else a short plural
        phrase opening the clause (``plural_subject``)."""
        t, p = self.doc.toks, self.p
        q = next((m for m in range(j, max(ls, j - 11) - 1, -1) if t[m].low in _QUANTIFIER_SUBJECTS
                  or t[m].text in _BOUNDARY or t[m].low in _SUBORD
                  or p.verb_at(m, participles=not (t[m].low.endswith("ed") and self.modifies_next(m, j)))), None)
        if q is None or t[q].low not in _QUANTIFIER_SUBJECTS or t[q].text in _BOUNDARY:
            return None if cue.words[0].endswith("s") else self.plural_subject(ls, j, q)
        before = q - 1
        if before >= ls and t[before].low == "even":
            before -= 1
        if before >= ls and not (t[before].text in (",", ";", ":", "—", "–") or t[before].low in (
                "but", "and", "yet", "while", "as", "when", "though", "although", "because", "so")):
            return None
        head = t[j]
        if q < j and not (p.cls(j) in ("cap", "role") or head.text.isalpha() and head.text.islower()
                          and head.low.endswith("s") and not head.low.endswith(("ss", "us", "is"))):
            return None
        if any(p.cls(m) == "pron" or t[m].low.endswith(("'s", "’s")) and m == j for m in range(q + 1, j + 1)):
            return None
        return (q, j + 1)

    def modifies_next(self, m: int, j: int) -> bool:
        """Token ``m`` (before the head ``j``) is no speech cue and is followed by a lowercase word that reads as no
        verb, so a participle there modifies a noun ('some wavering voters', 'many retired pilots')."""
        t, p = self.doc.toks, self.p
        return m < j and p.cue_at(m) is None and t[m + 1].text.isalpha() and t[m + 1].text.islower() \
            and not p.is_verb(m + 1)

    def plural_subject(self, ls: int, j: int, q: int | None) -> tuple[int, int] | None:
        """A short lowercase plural noun phrase opening a clause right before the cue after token ``j`` ('While
        ferry riders said …', '…, forecasters say …', 'though the records indicate …'): one to three words after
        the clause break ``q`` (None: the sentence start), no verb, an optional determiner, a plural head (the
        caller keeps cues in -s: 'tugboats, however, suggests' has another subject); two such phrases joined by
        a bare 'and' ('…, dock workers and ferry crews say …')."""
        t, p = self.doc.toks, self.p
        a = ls if q is None else q + 1
        start = a
        if q is not None and t[q].low == "and" and q - 1 > ls and t[q - 1].text != "," and a <= j:
            q2 = next((m for m in range(q - 2, ls - 1, -1) if t[m].text in _BOUNDARY or t[m].low in _SUBORD
                       or p.verb_at(m)), None)
            left = self.plural_subject(ls, q - 1, q2) if q2 is None or t[q2].low != "and" else None
            if left is None:
                return None
            start, q = left[0], None  # the right conjunct is checked like a phrase of its own below
        if q is not None and not (t[q].text in (",", ";", ":", "—", "–") or t[q].low in _SUBORD) or (
                q is not None and t[q].low in ("which", "who", "whom", "that", "than", "as")) or (
                q is not None and t[q].low in ("and", "or") and not (q - 1 >= ls and t[q - 1].text == ",")):
            return None  # "which helps explain", "than previous studies have suggested", "experts on X and war crimes"
        if a > j or j - a > 2 or t[a].low in _DETS and a == j:
            return None
        head = t[j]
        if not (head.text.isalpha() and head.text.islower() and head.low.endswith("s")
                and not head.low.endswith(_SINGULAR_S_ENDS) and p.cls(j) not in ("pron", "prep")):
            return None
        words = range(a + 1 if t[a].low in ("the", "these", "those", "their", "its", "our") else a, j + 1)
        if any(not (t[m].text.isalpha() and t[m].text.islower()) or p.verb_at(m) or p.cls(m) in ("pron", "prep")
               for m in words):
            return None
        return (start, j + 1)

    def interrupted_subject(self, ls: int, j: int) -> tuple[int, int] | None:
        """The subject opening the sentence before a phrase set off by commas that ends at the comma ``j``
        right before a cue ('Cement makers, for instance, argue …', 'Powell's office, when contacted, said …',
        'Jane Doe, clad in a red cape, said …'): the phrase from the sentence start (after an opening phrase
        and its comma) to the first comma is a noun phrase; the aside has no clause break."""
        t, p = self.doc.toks, self.p
        a = self.after_dateline(ls, j)
        while a < j and t[a].low in ("and", "but", "so", "yet", "still", "now", "first", "even"):
            a += 1
        if a < j and (p.cls(a) == "prep" or t[a].low in _PP_START or t[a].low in _SUBORD
                      or t[a].low in _OPENING_PREPS or p.participle_opening(a, j)):
            c = next((m for m in range(a, j) if t[m].text == ","), None)
            if c is None or c - a > 12:
                return None
            a = c + 1  # "Speaking later at the same forum, Sen. Ann Lee, who …, said"
        c0 = next((m for m in range(a + 1, j) if t[m].text in _BOUNDARY), None)
        if c0 is None or t[c0].text != "," or j - c0 < 2 or j - c0 > 30:
            return None
        if any(t[m].text in (";", ":", "—", "–", "\"", "“", "”", "#") for m in range(c0 + 1, j)):
            return None
        sub = p.np_left(c0 - 1, a) or p.loose_subject(c0 - 1, a) or self.long_subject(a, c0 - 1) or \
            self.share_subject(a, c0 - 1)  # "Just over a third, 34 percent, say …"
        if sub is None or sub != (a, c0) or t[a].low in _PP_START or t[a].low in _SUBORD:
            return None
        return sub

    def share_subject(self, ls: int, j: int) -> tuple[int, int] | None:
        """A share of poll respondents opening a clause anywhere in the sentence, ending at token ``j``: '…: 47%
        say', 'Among farmers, 61 percent said', '…, but six in 10 said', 'and one in four said', 'more than 3
        in 10 say', 'while three-quarters say', 'but majorities in all four ports say'. The phrase runs back to
        a clause break or conjunction, has no verb, names a number or fraction and starts like a quantity."""
        t, p = self.doc.toks, self.p
        m = j
        while m >= ls and j - m < 10 and t[m].text not in _BOUNDARY and t[m].low not in _SHARE_BREAK:
            if p.verb_at(m) and not (m == j and t[m].low in _RESPONDENT_PARTICIPLES) or t[m].low in _SUBORD and not (
                    t[m].low == "than" and m - 1 >= ls and t[m - 1].low in ("more", "fewer", "less")):
                return None  # "more than 3 in 10": not a comparison clause
            m -= 1
        a = m + 1
        if a > j or j - m >= 10:
            return None
        if a == j and (t[a].low in _QUANTIFIER_SUBJECTS or t[a].low in ("none", "another")):
            return (a, j + 1)  # "…; most said they would sell", "while many said …", "while another says …"
        if not any(t[x].low in _SHARE_WORDS or t[x].low.endswith("%") or (
                t[x].low == "in" and a < x < j and (t[x + 1].text[:1].isdigit() or t[x + 1].low in _QUANTITY))
                for x in range(a, j + 1)):
            return None  # a share ('percent', 'two-thirds', 'six in 10'), not any number ('2016 tweeted')
        first = t[a]
        if not (first.text[:1].isdigit() or first.low in _QUANTITY or first.low in _APPROX or first.low in _SHARE_WORDS
                or first.low in ("more", "less", "fewer", "most", "only", "a", "the", "all")):
            return None
        return (a, j + 1)
