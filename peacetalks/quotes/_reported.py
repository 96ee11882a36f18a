"""Reported speech (indirect quotes and the mixed quotes inside them): ``reported`` walks the sentences,
``one_reported`` reads one cue (``X said (that) ...``, ``..., X said``, ``according to X, ...``, ``..., adding
that ...``) and its many guards, plus headline, opening-phrase and passive forms.

Step 3 of the pipeline (after direct and nested quotes, which it must not overlap; ``covered_by_direct``).
A mixin of ``_Extractor``; subjects come from ``_subjects``, clause ends from ``_clauses``, and each accepted
quote goes through ``_Extractor._finish``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from peacetalks.cues import Cue
from peacetalks.quotes._wordlists import (
    _BASE_CONFIDENCE, _BE, _BOUNDARY, _CALL_NOT_LABEL, _CAUSATIVES, _CLAUSE_BREAKS, _CLAUSE_PREPS, _CLAUSE_START, _CONJ,
    _DANGLING_WORDS, _DEMONSTRATIVES, _DETS, _DET_INSIDE_SUBJECT, _DO, _DOCUMENT_HEADS, _EVIDENCE_CUES,
    _FINDING_SOURCES, _FINITE, _GERUND_LINKS, _HYPOTHETICAL, _INFINITIVE_CUES, _ING_PREPOSITIONS, _IRREG_PAST,
    _LEAD_SUBORD, _MASK, _MODALS, _NEGATED_BELIEFS, _NEGATED_TOPICS, _NEGATION, _OBJECT_INFINITIVE, _OBJECT_PARTICLES,
    _OBJ_PRON, _OPENING_PREPS, _OPENING_SUBORD, _ORDINALS, _PARTICIPLE_END, _PAST_PARTICIPLES, _POSTPOSED_THAT_CUES,
    _PP_START, _PP_WORDS, _PREPS, _PRONOUN_BE, _PRONOUN_HAS, _QUANTIFIER_SUBJECTS, _QUANTITY, _QUOTED_AS,
    _QUOTED_INFINITIVE, _QUOTE_MARKS, _QUOTE_OPENERS, _RELATIVES, _RELEASE_PARTICIPLES, _REPORTED_ADVERBS, _SHARE_WORDS,
    _SINGULAR_DETS, _SUBJ_PRON, _SUBORD, _TIME, _TITLE_SMALL, _WH_ANSWER,
    _past_participle,
)
from peacetalks.quotes._common import _HEADLINE_CUE, _VERB_CUE, _words
from peacetalks.quotes._parser import _Cand, _DEGREE, _RELATIVE_LEAD

_ASKED_CUE = Cue(words=("asked",), lemma="ask", type="verb", requires_that=False, scope="all")


class _ReportedSpeech:
    """Mixin of ``_Extractor``: reported speech: indirect quotes and the mixed quotes inside them (step 3)."""

    # --- 3. indirect and mixed quotes ----------------------------------------------------------------------
    def adjective_noun_use(self, k: int, ls: int, cue: Cue) -> bool:
        """The bare cue form right after an article and an -ed adjective ('a failed promise', 'a classified
        report') is a noun, no cue (round 16: an -ed word after an article no longer ends a subject, so that 'The
        retired pilot acknowledged …' has one). Not before a subject pronoun after "the" ('the displaced say they …':
        a plural noun and its verb; review 16)."""
        t = self.doc.toks
        return t[k].low == cue.lemma and k - 2 >= ls and t[k - 1].low.endswith("ed") \
            and t[k - 2].low in ("the", "a", "an") \
            and not (t[k - 2].low == "the" and k + 1 < len(t) and t[k + 1].low in _SUBJ_PRON)

    def singular_noun_use(self, k: int, ls: int, cue: Cue) -> bool:
        """The bare cue form after a singular determiner and up to three lowercase words with no plural '-s', modal,
        preposition, quantifier or relative among them ('An explanatory note on …', 'One such note has …', 'a
        small think tank') is a noun: a singular subject would take the '-s' form. Not when the determiner
        follows a verb ('heard a soldier say …': a bare infinitive), a modal, an -ing word or of/and/or/nor (inside
        a longer subject: 'Opponents of a deal say …'; round 18)."""
        t = self.doc.toks
        if t[k].low != cue.lemma or len(cue.words) != 1 or t[k].low in _IRREG_PAST or t[k].low == "read":
            return False  # ('One message read "…"': a past tense)
        for m in range(k - 1, max(ls - 1, k - 5), -1):
            w = t[m].low
            if w in _SINGULAR_DETS and (t[m].text.islower() or m == ls):
                b = m - 1 if m - 1 > ls and t[m - 1].low == "such" else m  # 'such a ban'
                return b == ls or not (self.p.is_verb(b - 1) or t[b - 1].low in _MODALS
                                       or t[b - 1].low in _DET_INSIDE_SUBJECT or t[b - 1].low.endswith("ing"))
            if not (w.replace("-", "").isalpha() and t[m].text.islower()) or w.endswith("s") or w in _MODALS \
                    or w in _PREPS or w in _PP_START or w in _SUBJ_PRON or w in _QUANTIFIER_SUBJECTS \
                    or w in _ORDINALS or w in _SHARE_WORDS or w in _RELATIVES:
                return False  # 'a strategy some believe …', 'Nearly a third say …': a plural subject of its own
        return False

    def covered_by_direct(self, a: int, b: int) -> tuple[int, int] | None:
        """The first attributed direct quote overlapping ``[a, b)``."""
        if self._direct_ends is None:
            spans = sorted((self.doc.outer[si].start, self.doc.outer[si].end) for si in self.attributed)
            self._direct_spans, self._direct_ends = spans, [e for _s, e in spans]
        i = bisect.bisect_right(self._direct_ends, a)
        if i < len(self._direct_spans) and self._direct_spans[i][0] < b:
            return self._direct_spans[i]
        return None

    def nested_direct(self, a: int, span: tuple[int, int]) -> bool:
        """True (and the inner candidate dropped) when the attributed quote ``span`` inside a reported clause
        starting at ``a`` has its speaker and cue inside that clause, before the quote: a nested report that
        PolNeAR folds into the outer one ('X said he trusted "with all his soul" that …')."""
        ci = self.attributed_cand(span)
        if ci is None:
            return False
        c = self.cands[ci]
        if c.np is None or not a <= c.np[0] < span[0] or c.start < a:
            return False
        if self.text[a:span[0]].rstrip()[-1:] in (":", ",") or self.relative_speaker(a, c.np):
            return False  # 'he said: "…"', 'which he called "…"': a report of its own
        c.extra["drop"] = True
        return True

    def relative_speaker(self, a: int, np: tuple[int, int]) -> bool:
        """Does the quote's speaker mention ``np``, inside the clause from ``a``, follow a relative or a preposition
        ('which he called "…"', 'what the envoys call "…"', 'in what she called "…"'): a report of its own, not
        part of the clause (``nested_direct``, ``folded_direct``)."""
        return _RELATIVE_LEAD.search(self.text, max(a, np[0] - 8), np[0]) is not None

    def attributed_cand(self, span: tuple[int, int]) -> int | None:
        """The candidate index of the attributed direct quote whose marked span is ``span``, or None."""
        for si, ci in self.attributed.items():
            s = self.doc.outer[si]
            if (s.start, s.end) == span:
                return ci
        return None

    def folded_direct(self, a: int, span: tuple[int, int]) -> int | None:
        """The candidate of the attributed quote ``span`` when the reported clause from ``a`` reads on into it with
        no punctuation between, and the quote's cue is inside the clause ('said the crowd kept chanting "…"', 'said
        the two had agreed that "…"'; not 'praised what the envoys call "…"', a relative report of its own):
        PolNeAR marks clause and quote as one mixed quote, so the quote is folded into ours; None when not."""
        if not self.text[a:span[0]].rstrip()[-1:].isalnum():
            return None
        ci = self.attributed_cand(span)
        if ci is None:
            return None
        c = self.cands[ci]
        inside = c.np is not None and a <= c.np[0] < span[0]
        if not (inside or c.method == "cue+quote") or inside and self.relative_speaker(a, c.np):
            return None
        return ci

    def reported(self) -> None:
        d, p = self.doc, self.p
        last_speaker_in_sent: dict[int, tuple[int, int]] = {}
        for c in self.cands:
            if c.np is not None:
                last_speaker_in_sent[d.sent_of(c.start)] = c.np
        for sidx, sent in enumerate(d.sents):
            ls, le = d.sent_toks[sidx]
            got = self.headline(ls, le, sent) or self.title_headline(ls, le)
            if got is not None:
                self.add(got)
                last_speaker_in_sent[sidx] = got.np
            for opening in (self.asked_opening, self.source_opening, self.when_asked, self.noting_opening):
                got = opening(ls, le)
                if got is not None:
                    self.add(got)
            k = ls
            for k0 in p.cue_candidates(ls, le):  # only tokens whose word starts a cue form
                if k0 < k:
                    continue  # inside the cue just read
                k = k0
                cue = p.cue_at(k)
                if cue is None or k in self.used_cues:
                    k += 1
                    continue
                ce = k + len(cue.words)
                got = self.one_reported(k, ce, cue, ls, le, sent, last_speaker_in_sent.get(sidx))
                if got:
                    for cand in got:
                        self.add(cand)
                    last_speaker_in_sent[sidx] = got[0].np
                    self.used_cues.add(k)
                k = ce

    def one_reported(self, k: int, ce: int, cue: Cue, ls: int, le: int, sent, sent_speaker) -> list[_Cand] | None:
        d, p, t = self.doc, self.p, self.doc.toks
        if cue.lemma == "call" and cue.scope == "quoted" and self.call_label(ce, le):
            cue = replace(cue, scope="all")  # "Tom Brown called the envoy a stubborn man": a label with no quote
        if cue.lemma == "call" and self.title_at(ce):
            return None  # 'a port weekly called "The Harbour Post" reported …': a name, not a report
        para = d.para_of(t[k].start)
        cue_text = " ".join(tok.text for tok in t[k:ce])
        end_pos = t[le - 1].end if le > ls else sent.end
        if cue.type == "according":
            if cue.words[0] == "as" and k > ls:
                return None  # only a sentence opening 'As reported by X, …' (after a clause it is layered)
            np = self.source_with_phrase(ce, le, p.np_right(ce, le)) or self.source_right(
                ce, le, limit=24 if k == ls else 12)
            if np is None:
                return None
            npc = self.np_chars(np)
            out = []
            after_start = np[1] + 1 if np[1] < le and t[np[1]].text == "," else np[1]
            clause_after = after_start < le and _words(self.text[t[after_start].start:end_pos]) >= 3
            # 'shelled before, according to X.': an adverb or object, no subordinator, when no clause follows
            before = k > ls and _words(self.text[t[ls].start:t[k].start]) >= 3 and not (
                clause_after and self.dangling_before(k, ls))
            opening = self.clause_opening(ls, k)  # after a dateline or 'However,'
            if before and self.verbless_opening(k, ls, after_start, le):
                # 'Their goal, according to X, was to …': the opening is the clause's subject or adverbial; X
                # vouches for the whole clause around the source
                c = self._finish(t[opening if opening < k else after_start].start, end_pos, npc, cue_text,
                                 "according_to", para, cue, 3)
                if c:
                    out.append(c)
            elif before and opening < k:
                c = self._finish(t[opening].start, t[k].start, npc, cue_text, "according_to", para, cue, 3)
                if c:
                    out.append(c)
            if clause_after and not before and \
                    t[after_start].low not in ("which", "who", "where", "when", "whose") and not \
                    self.source_tail(after_start, le):
                c = self._finish(t[after_start].start, end_pos, npc, cue_text, "according_to", para, cue, 3)
                if c:
                    out.append(c)
            return out or None
        if cue.type == "nominal":
            got = self.nominal_report(ce, le, end_pos, cue, cue_text, para)
            return [got] if got is not None else None
        if cue.lemma == "report" and ce < le and t[ce].low == "by":
            got = self.reported_by(k, ce, ls, le, cue, cue_text, para)
            if got is not None:
                return [got]  # "The meeting was first reported by the Daily Courier."
        if k - 1 >= ls and (t[k - 1].low in _DETS or t[k - 1].low.endswith(("'s", "’s")) and not (
                t[k - 1].low.replace("’", "'") in _PRONOUN_BE and cue.words[-1].endswith(_PARTICIPLE_END)) and not (
                t[k - 1].low.replace("’", "'") in _PRONOUN_HAS and _past_participle(t[k].low)) or (
                t[k - 1].text.islower() and t[k - 1].low in _ORDINALS and not self.fraction_subject(k, ls, cue)) or (
                cue.words[-1].endswith(_PARTICIPLE_END) and t[k - 1].low in _DEGREE)):
            return None  # a noun, not a cue: "the final say", "The added security", "Editor's note", "fifth state";
            # an adjective: "Perhaps most telling, …"
        if k - 1 >= ls and t[k - 1].low in _PREPS and not t[k].low.endswith(("ed", "ing")):
            return None  # "her plea for caution rests on …", "the notes of warning": a noun after a preposition
        if self.adjective_noun_use(k, ls, cue):
            return None  # "a failed promise to …", "an intercepted phone call between …" (round 16)
        if self.singular_noun_use(k, ls, cue):
            return None  # "An explanatory note on …", "a small think tank has said" (round 18)
        if k - 1 >= ls and t[k - 1].low == "worth":
            return None  # "It is worth noting that …", "Another point worth noting is …": the writer's voice
        np, how = p.speaker_left(k, ls, cue)
        if how == "apposition" and np[0] > ls and t[np[1]].text == "," and t[np[1] + 1].text.islower() \
                and t[np[1] + 1].low.endswith(_PARTICIPLE_END) and p.cue_at(np[1] + 1) is not None:
            # 'The Council for the Study of Ports, citing …, said': the whole opening phrase, read forward, as the
            # participle's own report reads it (round 18)
            npr = p.np_right(self.after_connectives(ls, np[1]), le)
            np = npr if npr is not None and npr[1] == np[1] and npr[0] < np[0] else np
        if how == "relative" and cue.words[-1].endswith(_PARTICIPLE_END):
            rel = self.relative_before(ls, k)
            np = (rel, rel + 1) if rel is not None else np  # 'a captain who sold his boat hoping …': 'who' hopes
        method = "indirect"
        if how == "passive":
            return self.asked_passive(k, ce, le, para) if cue.lemma == "ask" else self.impersonal_passive(
                k, ce, ls, le, cue, end_pos, para)
        tail = self.postposed_phrase(k, ce, ls, le)
        if tail is not None and (np is None or np[0] > tail[0]):
            np = tail  # "…, police said." / "…, a source close to him said." / "…, former officials said."
        if np is not None and np[1] - np[0] == 1 and np[0] - 1 >= ls and t[np[0] - 1].low in _DETS \
                and p.cls(np[0]) not in ("cap", "role", "pron"):
            return None  # "the final say": an adjective before a noun use of the cue form
        j0 = p.skip_adverbs_left(k - 1, ls)
        if np is None and j0 >= ls and t[j0].low in ("and", "but"):
            # "ProPublica obtained a video … and said she …": the subject of the sentence
            # ('…, prompting questions from Tom Brown, who sought details and insisted …': the 'who' first)
            np = (self.relative_conjunct(ls, j0) if j0 == k - 1 and not cue.words[0].endswith(_PARTICIPLE_END)
                  else None) or (self.conjunct_subject(ls, j0) if not cue.words[0].endswith(_PARTICIPLE_END)
                                 else None) or self.sentence_subject(ls, j0) \
                or self.named_subject(ls, j0) \
                or self.first_verb_subject(ls, j0)
            if np is None and sent_speaker is not None and sent_speaker[1] <= t[j0].start and j0 == k - 1 \
                    and (t[j0 - 1].text == "," or t[j0 - 1].text in _QUOTE_MARKS and self.outer_closing_at(j0 - 1)):
                # "Peskov said A, and urged B": the speaker of the sentence's earlier report (also after a
                # closing quote mark: 'called it "weak" and said …', round 13)
                np = (d.tok_at_or_after(sent_speaker[0]), d.tok_at_or_after(sent_speaker[1]))
        ev_np = None
        if cue.lemma in _EVIDENCE_CUES and j0 > ls and (np is None or np[0] - 1 > ls and t[np[0] - 1].low in (
                "by", "of", "from", "for", "in", "on", "among")):
            ev_np = self.evidence_phrase(ls, k)  # "A survey of grain farmers by the institute found …"
            np = ev_np or np
        if np is None and j0 > ls and t[j0].low in _RELEASE_PARTICIPLES:
            np = self.released_source(ls, j0)  # "A survey published Monday found that …"
        elif np is None and cue.lemma in _EVIDENCE_CUES and j0 > ls:
            # "A survey conducted by the institute in May showed …": a release participle a few words back
            w = next((m for m in range(j0 - 1, max(ls, j0 - 8), -1)
                      if t[m].text in _BOUNDARY or t[m].low in _SUBORD or t[m].low in _RELEASE_PARTICIPLES), None)
            if w is not None and t[w].low in _RELEASE_PARTICIPLES:
                np = self.released_source(ls, w)
        if np is None and k - 2 > ls and t[k - 1].low == "to":
            np = self.causative_object(ls, k - 2)  # "The vote led Tom Brown to declare …": the object speaks
        if np is None and j0 >= ls and t[j0].text not in _BOUNDARY:
            np = self.long_subject(ls, j0, reduced=True)
            if np is not None and cue.requires_that and not any(t[m].low in self.lex.evidence for m in range(*np)):
                np = None  # a that-cue takes a long subject only when it is a poll, study or record
        if np is None and j0 >= ls and t[j0].text not in _BOUNDARY:
            np = self.share_subject(ls, j0)
        elif np is not None and np[0] - 1 > ls and t[np[0] - 1].low in ("of", "for", "from", "at", "with", "to") \
                and j0 == np[1] - 1:
            # "One of the former lawyers for Jane Doe said": the head is before the preposition
            np = self.long_subject(ls, j0) or np
        if np is None and j0 > ls and t[j0].text == "," and not cue.words[-1].endswith(_PARTICIPLE_END):
            np = self.interrupted_subject(ls, j0)  # "Cement makers, for instance, argue that …"
        if np is None and j0 >= ls and t[j0].text not in _BOUNDARY:
            np = self.quantified_subject(ls, j0, cue=cue)  # "But some analysts in both capitals argue that …"
        if np is not None and how == "np":
            np = self.relative_clause_head(np, ls) or np
        if np is None:
            j = p.skip_adverbs_left(k - 1, ls)
            opening = j >= ls and t[j].low in _GERUND_LINKS and (j == ls or j == ls + 1 and t[ls].low in _CONJ)
            quoted_as = self.quoted_as_speaker(ls, j) if cue.words[-1].endswith(_PARTICIPLE_END) else None
            if opening and cue.words[-1].endswith(_PARTICIPLE_END):
                # "After suggesting on Monday that …, Jane Doe …": the subject after the opening phrase speaks
                comma = next((m for m in range(ce, le) if t[m].text == ","), None)
                subj = p.np_right(comma + 1, le) if comma is not None else None
                if subj is None or p.cls(subj[1] - 1) not in ("cap", "role", "pron") or t[subj[1] - 1].low in (
                        "it", "there", "this"):
                    return None
                sent_speaker, end_pos = self.np_chars(subj), t[comma].start
            # a multiword participle with a fixed complement is one too ('…, calling for a ceasefire')
            participle = cue.words[0].endswith(_PARTICIPLE_END) and (
                len(cue.words) == 1 or cue.complement == "object" or cue.requires_that)
            if participle and j >= ls and (t[j].text == "," or opening or (
                    t[j].low in _GERUND_LINKS and j > ls + 1 and (
                        t[j - 1].text not in _BOUNDARY or t[j - 1].text == ",")) or (
                    t[j].text in ("\"", "”", "''", "»") and self.text[t[j].start - 1] == ",") or quoted_as):
                # "…, saying …"; "… landed in hot water by saying …", "… responded before adding that …"
                # (also after a comma: "…, before insisting …", round 13);
                # 'called the plan "a step toward peace," saying': a comma inside the closing quote
                # the speaker of an earlier report in the sentence, not one after the cue ('Law said, noting that
                # donors feel "…"': not the donors); an opening participle's subject follows it
                speaker = sent_speaker if sent_speaker is not None and (
                    opening or sent_speaker[1] <= t[k].start) else None
                if quoted_as is not None:
                    speaker = self.np_chars(quoted_as)  # "Interfax quoted Jane Doe as saying …": Jane Doe
                elif (t[j].text == "," or t[j].low in _GERUND_LINKS) and not opening:
                    conj = self.conjunct_subject(ls, j)  # '…, and the union has sued the city, saying …'
                    if conj is not None and (speaker is None or t[conj[0]].start >= speaker[1]):
                        speaker = self.np_chars(conj)
                if speaker is None:
                    rel = self.relative_before(ls, j)
                    subj = (rel, rel + 1) if rel is not None else self.sentence_subject(ls, j)
                    if subj is None:
                        first = self.after_connectives(ls, j)  # 'Then he cut into X, calling …'
                        npr = p.np_right(first, le)
                        # after a connective a verb must follow the subject ('But Doe, making clear …': none)
                        subj = npr if npr is not None and (npr[1] < j or npr[1] == j and first == ls) else None
                    # after ', while/before …' only a speaker-like subject before the comma speaks ('Additionally,
                    # there remains …, while blaming …': none)
                    comma_link = t[j].low in _GERUND_LINKS and t[j - 1].text == ","
                    if comma_link and subj is not None and t[subj[1]].text == ",":
                        subj = None  # a sentence adverb ('Additionally, …') is no subject
                    if subj is not None and (len(cue.words) == 1 and not comma_link
                                             or p.cls(subj[1] - 1) in ("cap", "role", "pron")):
                        speaker = self.np_chars(subj)  # (a multiword one needs a speaker-like subject: not
                        # 'This reflection …, casting doubt on …')
                    elif len(cue.words) == 1:  # a found report's speaker is speaker-like, after a comma link too
                        speaker = self.speaker_before(t[ls].start, t[k].start)
                if speaker is None:
                    return None
                k2, saw_that = self.skip_tail(ce, le, cue)
                to_inf = cue.lemma in _INFINITIVE_CUES and self.infinitive_at(k2, le)  # ', vowing to …'
                if cue.requires_that and not self.clause_follows(cue, k2, le, saw_that=saw_that):
                    return None
                if cue.lemma == "ask" and not saw_that and not (k2 < le and t[k2].low in _CLAUSE_START):
                    return None
                if k2 < le and not saw_that and not to_inf and (t[k2].low in _PP_START or t[k2].low in _PREPS):
                    return None
                if self.added_object(cue, k2, saw_that, le) or cue.lemma in _OBJECT_INFINITIVE and not (
                        self.object_infinitive(k2, le)):
                    return None
                end = min(self.clip_end(k2, le, end_pos), end_pos)  # an earlier end (a leading clause) holds
                if t[j].text == "," and speaker[1] == t[j].start:
                    end = self.main_cue_end(k2, le, end)  # "The board, noting the storm, warned …": its own cue
                if t[j].low in _GERUND_LINKS:
                    nxt = next((m for m in range(k2 + 1, le - 1) if t[m].low in ("and", "or") and t[m + 1].text.islower()
                                and t[m + 1].low.endswith(_PARTICIPLE_END) and t[m].start < end), None)
                    if nxt is not None:
                        end = t[nxt].start  # "by touting her record and pounding him on …": the next gerund
                start = t[k2].start if k2 < le else end_pos
                c = self._finish(start, end, speaker, cue_text, "participle", para, cue,
                                 2 if cue.scope == "quoted" and self.quote_inside(start, end) else 3)
                return [c] if c else None
            # inverted: "…, said Peskov."
            if j >= ls and (t[j].text in (",", "#", "”", "\"", "’", "»") or self.spaced_dash(j)) and k - 1 == j:
                npr = p.np_right(ce, le)
                if npr is not None and (npr[1] >= le or t[npr[1]].text in (".", ",", "!", "?")):
                    pre = self._pre_start(ls, j)
                    if pre is not None and _words(self.text[t[pre].start:t[j].start]) >= 3:
                        c = self._finish(t[pre].start, t[j].start, self.np_chars(npr), cue_text, "postposed", para,
                                         cue, 3)
                        return [c] if c else None
            return None
        if np is not None and cue.words[-1].endswith(_PARTICIPLE_END) and self.object_before_participle(np, ls):
            # "His ministry sued the agency in a Kyiv court, claiming …", "put out a press note saying …": the
            # phrase before the participle is an object; the participle belongs to the clause subject (the
            # nearest one: 'The auditors fined the captain and Okafor dismissed his deputy, Tom Brown, conceding')
            subj = self.conjunct_subject(ls, np[0]) or self.sentence_subject(ls, np[0])
            if subj is not None and subj[1] <= np[0] - 1:
                np = subj
        if np is not None:
            np = self.document_issuer(np, ls)
        if t[k].low == cue.lemma and self.headless_phrase(np) and ce < le and p.is_verb(ce):
            return None  # "The angry tweet was removed", "Her early tweet followed …": a noun use
        npc = self.np_chars(np)
        a = np[0]
        as_lead = False
        if a - 1 >= ls and t[a - 1].low == "as":
            first = self.as_lead(a, ce, ls, le)
            if first is not None:
                c = self._finish(t[first].start, self.clip_end(first, le, end_pos), npc, cue_text, method, para,
                                 cue, 2)
                return [c] if c else None  # "As the ministry noted, the envoys will meet again"
            if not self.as_clause_report(ce, le) or a - 2 >= ls and t[a - 2].low in ("times", "twice", "half") \
                    or t[a].low in ("many", "much"):
                return None  # "as she said at the outset": a parenthetical, not a report; "twice as many … said"
            as_lead = a - 1 - ls <= 2  # "Even as polls show Doe leading, …": the report ends at the comma
            if as_lead:
                end_pos = self.lead_clause_end(ce, le, end_pos)
            cut = next((m for m in range(ce, le) if t[m].low in ("while", "whereas")), None)
            if cut is not None and t[cut].start < end_pos:
                end_pos = t[cut].start  # "…, as lawmakers accused each other of X while doctors warned …"
        if self.unreal_speech(np, k, ls) and not self.withheld_answer(np, k, ls, ce, le, cue):
            if not self.negated_belief(np, k, ls, cue):
                return None  # "Peskov did not say that …", "If he says that …": negated or hypothetical speech
            if cue.lemma in _NEGATED_TOPICS:  # "Doe did not mention the port": the topic left out, to a break
                cue = replace(cue, complement="object")
                if np[1] - 1 > np[0] and t[np[1] - 1].low.endswith(("n't", "n’t")):
                    np = (np[0], np[1] - 1)  # "Jane Doe didn't": the contracted negation is no part of the name
                end_pos = next((t[m].start for m in range(ce + 1, le) if t[m].text in _BOUNDARY
                                or t[m].low in ("but", "until", "while", "though", "although")), end_pos)
        if cue.words[-1].endswith(_PARTICIPLE_END) and np[1] == k - 1 and t[k - 1].text == ",":
            end_pos = self.main_cue_end(ce, le, end_pos)  # "Jane Doe, citing the figures, said …": her own cue
        if cue.complement == "object":
            # a form of 'be' counts before the speaker's first other verb only ('Doe said the plan was odd, and
            # accused …' is no passive)
            verb = next((m for m in range(np[1], k) if p.is_verb(m) and t[m].low not in _BE), k)
            if any(t[m].low in _BE for m in range(np[1], verb)) and not (
                    cue.words[0].endswith(_PARTICIPLE_END) and t[p.skip_adverbs_left(k - 1, ls)].low in _BE):
                return None  # "commitments were made but later dismissed": a passive ("are decrying": progressive)
            if cue.words[0] in ("see", "view") and not self.seen_as(np, k, ce, le, ls):
                return None  # "would rather see someone new", "you'll see nothing like it": no opinion
            if self.subordinate_lead(np, ls):
                end_pos = self.lead_clause_end(ce, le, end_pos)  # "After Doe announced the deal, …"
            c = self.object_complement(np, ce, le, end_pos, cue, cue_text, para)
            if c or cue.lemma not in _POSTPOSED_THAT_CUES:
                return [c] if c else None
            # no object: an assertive cue may close a postposed report ('…, the ministry announced on Monday.')
        # postposed: "…, Peskov said." / "Talks, Peskov said, are on hold."
        if a > ls + 1 and t[a - 1].text not in (",", "—", "–") and k + 1 < le and t[k + 1].text in (".", ","):
            # "…, law enforcement officials say.": lowercase premodifiers the phrase reader stopped at
            for m in range(a - 1, max(ls, a - 4), -1):
                if t[m].text in (",", "—", "–"):
                    if m + 1 < a:
                        np = (m + 1, np[1])
                        npc = self.np_chars(np)
                        a = np[0]
                    break
                if not (t[m].text.isalpha() and t[m].text.islower()) or p.is_verb(m) or t[m].low in _SUBORD \
                        or t[m].low in _PP_START or t[m].low in _PREPS:
                    break
        if t[a].low in ("who", "which"):
            pass
        elif a > ls and (t[a - 1].text in (",", "—", "–") or self.spaced_dash(a - 1)) or (
                a > ls + 1 and t[a - 1].text in ("#", "”", "\"")):
            pre_end = a - 1
            pre = self._pre_start(ls, pre_end)
            role = p.role_before_name(pre_end, np[1], ls) if np[1] < le and t[np[1]].text == "," else None
            if role is not None and role - 1 >= ls and t[role - 1].low == "as":
                if ce >= le or t[ce].text in _BOUNDARY or t[ce].low in _PP_START:
                    return None  # "…, as the head of the delegation, Jane Doe, said": a parenthetical, no report
                pre = None  # "Fares rose as the head of the port, Jane Doe, said the ferries would stop"
            if pre is not None and role is not None:
                # "The head of the delegation, Jane Doe, said …": the role is the name's apposition, no report;
                # "Talks will resume, the head of the delegation, Jane Doe, said.": the report ends before it
                if role <= pre:
                    pre = None
                elif role - 1 > pre and t[role - 1].text in (",", "—", "–"):
                    pre_end = role - 1
                elif t[role - 1].text in _QUOTE_MARKS:
                    pre_end = role  # '"…," the head of the delegation, Jane Doe, said': the quote's end
            k2, saw_that = self.skip_tail(ce, le, cue)
            tail_words = _words(self.text[t[k2].start:end_pos]) if k2 < le else 0
            pre_words = _words(self.text[t[pre].start:t[pre_end].start]) if pre is not None else 0
            if pre is not None and t[pre].low in _CONJ and pre + 1 < pre_end:
                pre += 1  # "But it is his duty, he said, …"
            participial = pre is not None and (t[pre].low.endswith(("ed", "ing")) or t[pre].low in _PAST_PARTICIPLES)
            if participial:  # a finite verb before any wh-/that-clause makes it a gerund subject, not an opening
                head_end = next((m for m in range(pre, pre_end) if t[m].low in _CLAUSE_START), pre_end)
                participial = not p.has_verb(pre, head_end, lexical=False, infinitive=True)
            if pre is not None and ((t[pre].low in _PP_START or t[pre].low in _OPENING_PREPS
                                     or t[pre].low in _SUBORD and t[pre].low != "that")
                                    and pre_words <= 8 or participial) and not self.fronted_clause(pre, pre_end):
                pre = None  # "In an address last March, he said:" / "Asked about it later, she said …": an
                # introductory phrase, not reported speech ("Negotiating with Kyiv is pointless, he said" is)
            if pre is not None and tail_words >= 2 and (((
                    t[pre].low in _TIME or t[pre].low in ("later", "earlier", "afterwards", "then")
                    or (t[pre].low in ("the", "that", "this", "last", "each") and pre + 1 < pre_end
                        and t[pre + 1].low in _TIME)) and not p.has_verb(
                    pre, pre_end, infinitive=True, s_forms=True)) or self.time_ago(pre, pre_end)):
                pre = None  # "Later on Friday, the ministry said it …", "The day after the vote, she said …": a
                # verbless opening phrase
            # "…, Jane Doe said on Friday, adding that …": the time words end the attribution, the participle
            # is its own report (round 10, news-corpus audit)
            participle_tail = ce < k2 < le and t[k2 - 1].text == "," and t[k2].low.endswith(_PARTICIPLE_END) \
                and p.cue_at(k2) is not None
            if pre is not None and pre_words >= 3 and (
                    not cue.requires_that or cue.lemma in _POSTPOSED_THAT_CUES
                    and not cue.words[0].endswith(_PARTICIPLE_END)
                    or self.evidence_source(np, cue)) and (
                    tail_words <= 4 and not saw_that or (ce < le and t[ce].text == ",") or participle_tail
                    or self.closing_pp_tail(k2, le) or self.closing_pp_tail(ce, le)):
                out = []
                c = self._finish(t[pre].start, t[pre_end].start, npc, cue_text, "postposed", para, cue, 3)
                if c and tail_words and t[ce].text != "," and not p.has_verb(pre, pre_end, infinitive=True,
                                                                             s_forms=True, mask=True):
                    c = None  # "Lyon, on Friday morning, the envoy told a joke": a verbless opening, no report
                if c and t[pre_end - 1].low not in ("who", "which"):
                    out.append(c)  # "Jane Doe, who, the aide said, met him": only the clause after it is reported
                if tail_words <= 4 and self.quoted_tail(k2, le):
                    c2 = self._finish(t[k2].start, self.clip_end(k2, le, end_pos), npc, cue_text, "indirect", para,
                                      cue, 3)  # '…, in fact, she said it "humanizes" her': both are reports
                    if c2:
                        out.append(c2)
                if ce < le and t[ce].text == "," and tail_words >= 4 and p.cue_at(ce + 1) is None and not (
                        t[ce + 1].low in _PP_START and not (t[ce + 1].low == "to" and out)
                        or t[ce + 1].low in _SUBORD or t[ce + 1].low.endswith(_PARTICIPLE_END)):
                    c2 = self._finish(t[ce + 1].start, self.clip_end(ce + 1, le, end_pos), npc, cue_text,
                                      "postposed", para, cue, 3)
                    if c2:
                        if c is not None and out and out[0] is c and self.interrupted_report(pre, pre_end, ce, le):
                            c.extra["continued_by"] = c2  # 'A, she said, B': one report (``join_interrupted``)
                        out.append(c2)
                return out or None
        k2, saw_that = self.skip_tail(ce, le, cue)
        evidence = cue.lemma in _EVIDENCE_CUES and (self.p.t[np[1] - 1].low in self.lex.evidence or np == ev_np)
        parenthetical = cue.lemma in _POSTPOSED_THAT_CUES and ce < le and t[ce].text == "," and a > ls + 1 \
            and t[a - 1].text == "," and not cue.words[0].endswith(_PARTICIPLE_END)  # 'The trouble, Doe writes, …'
        gap = not saw_that and cue.requires_that and self.gap_clause(np, k2, le)  # 'which officials believe will …'
        if cue.requires_that and not (evidence or parenthetical or gap
                                      or self.clause_follows(cue, k2, le, saw_that=saw_that)):
            return None
        if cue.lemma == "ask" and not (saw_that or (k2 < le and t[k2].low in _CLAUSE_START)):
            if cue.scope == "all" and not self.quote_inside(t[k2].start if k2 < le else end_pos, end_pos):
                return None
        if k2 >= le:
            return None
        if cue.lemma in _INFINITIVE_CUES and self.infinitive_at(k2, le):
            pass  # "pledged to be 'the greatest jobs president'"
        elif t[k2].low in ("to", "for", "of", "about", "by", "in", "with", "as") and not saw_that and not (
                t[k2].low == "about" and k2 + 1 < le
                and (t[k2 + 1].text[:1].isdigit() or t[k2 + 1].low in _QUANTITY)):
            return None  # "said about the plan …" is a topic; "said about half of …" is a clause
        if evidence and not saw_that and (p.is_verb(k2) or t[k2].low in _SUBORD):
            return None
        if self.added_object(cue, k2, saw_that, le):
            return None
        end = min(self.clip_end(k2, le, end_pos), end_pos)  # an earlier end (a leading clause) holds
        if as_lead or self.subordinate_lead(np, ls):
            end = self.lead_clause_end(k2, le, end)
        if t[np[0]].low == "who" and np[1] < j0 and t[j0].low in ("and", "but"):
            # "Jane Doe, who opened the door and said B, waved": B ends with the relative clause
            end = next((t[m].start for m in range(k2 + 1, d.tok_at_or_after(end)) if t[m].text == ","), end)
        if t[np[0]].low in ("who", "which") and np[0] - 1 >= ls and self.dash_at(np[0] - 1):
            end = self.aside_end(k2, d.tok_at_or_after(end), end)  # "Jane Doe — who said B — said C": B ends
        if not saw_that and self.speech_adjunct_only(k2, d.tok_at_or_after(end), cue):
            return None  # "said at a news conference in May", "told NBC before her speech": no content
        if gap and np[0] - 2 >= ls and t[np[0] - 2].text == ",":  # ', which officials fear will fail, …'
            end = next((t[m].start for m in range(k2, d.tok_at_or_after(end)) if t[m].text == ","), end)
        c = self._finish(t[np[0] - 1 if gap else k2].start, end, npc, cue_text, method, para, cue, 2)
        if c is not None and not saw_that and self.medium_phrase_only(k2, d.tok_at_or_after(end)):
            c.extra["drop"] = True  # no content; its speaker, resolved, stays the issuer of '"…," the statement said'
        if c is not None and c.kind == "indirect" and cue.lemma in _QUOTED_INFINITIVE and t[k2].low == "to":
            return None  # "pledged to work together": an intention PolNeAR rarely marks; with quoted words it stays
        if c is not None and not saw_that and not gap and np[1] == k and ce < k2 < le and t[k2 - 1].text == "," \
                and t[k2].low in _FINITE:
            lead = self.split_subject(np, k2 - 1, ls, le, cue_text=cue_text, para=para)
            if lead is not None:  # 'The ferries, she said, would run again.': one report (``join_interrupted``)
                lead.extra["continued_by"] = c
                return [lead, c]
        return [c] if c else None

    def main_cue_end(self, k2: int, le: int, end: int) -> int:
        """The end of a participle report opened after a comma, before a comma and a finite cue form with no
        subject of its own ('Jane Doe, citing the port figures, said …': 'said' is the subject's main verb, its
        report is read on its own); ``end`` when there is none (round 18)."""
        t, p = self.doc.toks, self.p
        m = next((m for m in range(k2 + 1, le - 1) if t[m].start < end and t[m].text == "," and t[m + 1].text.islower()
                  and not t[m + 1].low.endswith(_PARTICIPLE_END) and p.cue_at(m + 1) is not None), None)
        return end if m is None else t[m].start

    def aside_end(self, k2: int, hi: int, end: int) -> int:
        """The end of a report inside a dash aside opened by a relative pronoun ('Jane Doe — who said the port
        was shut — told …'): the start of the first dash in tokens ``[k2, hi)``, whose content would otherwise run
        on through the main clause; ``end`` when there is none (round 18)."""
        t = self.doc.toks
        m = next((m for m in range(k2 + 1, hi) if self.dash_at(m)), None)
        if m is None:
            return end
        first = self.p.hyphen_dash(m)  # '--': the dash starts at its first hyphen
        return min(t[m if first is None else first].start, end)

    def split_subject(self, np: tuple[int, int], comma: int, ls: int, le: int, *, cue_text: str | None,
                     para: int) -> _Cand | None:
        """The clause before a speaker ``np`` set off by commas whose report (after the ``comma`` closing the
        attribution) opens on a finite verb: that report's subject ('The ferries, she said, would run again.',
        'Such fees, Doe said, "would hit …"'), as a candidate to join it (``join_interrupted``); None when the
        clause fails ``interrupted_report``'s first-half tests (round 18)."""
        t = self.doc.toks
        pre_end = np[0] - 1
        if pre_end <= ls or t[pre_end].text != ",":
            return None
        pre = self._pre_start(ls, pre_end)
        if pre is None or pre >= pre_end or not self.interrupted_report(pre, pre_end, comma, le):
            return None
        got = self._content(t[pre].start, t[pre_end].start)
        if got is None or self.quote_inside(*got):
            return None
        lead = _Cand(got[0], got[1], "indirect", "postposed", cue_text, self.np_chars(np), para,
                     _BASE_CONFIDENCE["postposed"])
        lead.extra["subject_only"] = True  # never a quote of its own (``join_interrupted`` drops it alone)
        return lead

    def time_ago(self, a: int, b: int) -> bool:
        """Tokens ``[a, b)`` are a count of time units and 'ago'/'earlier'/'later' ('Six months ago', 'A week
        later', '2 years earlier'): an opening phrase before a postposed attribution, no report (round 18)."""
        t = self.doc.toks
        return b - a == 3 and (t[a].low in _QUANTITY or t[a].text.isdigit()) \
            and t[a + 1].low.removesuffix("s") in _TIME and t[a + 2].low in ("ago", "earlier", "later")

    def interrupted_report(self, a: int, b: int, ce: int, le: int) -> bool:
        """Are the clause ``[a, b)`` before a postposed attribution set off by commas (``b`` its first comma, ``ce``
        the comma after the cue) and the clause after it one report ('The ferry deal, the envoy said, would be
        signed by June.'; ``join_interrupted``)? The first half holds no clause break (comma, semicolon, colon,
        dash) and no cue + 'that' of its own ('Doe argued that the plan, Brown said, "would fail"'), and ends
        on no subordinator or conjunction ('… and, he argued, B'): after a break it may start later than read
        ('As the talks stalled, it is her task, he said, to …'). The second half is no writer's comment
        (``closing_comment``: '…, the envoy said, an indication that …') nor 'without' + -ing ('…, he said,
        without giving details'). Otherwise the halves stay two quotes, as before (round 18)."""
        t = self.doc.toks
        if t[b].text != "," or t[b - 1].low in _SUBORD or any(
                t[m].text in _CLAUSE_BREAKS or self.dash_at(m)
                or (t[m].low == "that" and m > a and self.p.cue_at(m - 1) is not None) for m in range(a, b)):
            return False
        if ce + 2 < le and t[ce + 1].low == "without" and t[ce + 2].low.endswith("ing"):
            return False
        return not self.closing_comment(a, ce, le)

    def fronted_clause(self, a: int, b: int) -> bool:
        """Tokens ``[a, b)`` are an opening phrase, its comma and a clause with a finite verb ('In fact, the port
        is shut', 'Emerging from the talks, the envoy looked pale'): the reported clause with a fronted adverbial,
        not an introduction to the attribution ('In an address last March'), nor a clause with its own cue
        ('Asked about it, Doe said that …, he said') or a subordinate clause ('On Monday, as the troops neared')."""
        t, p = self.doc.toks, self.p
        comma = next((m for m in range(a + 1, b) if t[m].text == ","), None)
        return comma is not None and comma + 2 < b and t[comma + 1].low not in _SUBORD \
            and not p.has_verb(a, comma, lexical=False) and p.has_verb(comma + 1, b, s_forms=True) \
            and all(p.cue_at(m) is None for m in range(comma + 1, b))

    def dangling_before(self, k: int, ls: int) -> bool:
        """The words before 'according to' at token ``k`` stop on a subordinator or 'that' ('The port reported that,
        according to its logs, …') or on a coordinating 'and'/'but' ('…(,) and, according to X, …'):
        they open the clause the source vouches for, so its content follows the source (the caller asks only when
        a clause follows: 'shelled before, according to X.' keeps its words)."""
        t = self.doc.toks
        j = k - 1 if k - 1 > ls and t[k - 1].text == "," else k
        if t[j - 1].text in ("and", "but"):  # (the caller asks with 3+ words before 'according to')
            return True  # '…(,) and, according to X, B': X vouches for the clause after the conjunction only
        return j - 1 >= ls and t[j - 1].low in _DANGLING_WORDS and t[j - 1].text.islower()

    def verbless_opening(self, k: int, ls: int, after: int, le: int) -> bool:
        """The words before a mid-sentence ', according to X,' at token ``k`` have no verb, and a comma-closed
        source is followed (from ``after``) by words with a verb and no speech cue of their own ('At noon, according to
        X, the envoy said …' is a report of the envoy's): the source stands inside one clause."""
        t, p = self.doc.toks, self.p
        return t[k - 1].text == "," and t[after - 1].text == "," \
            and not p.has_verb(ls, k, infinitive=True, s_forms=True, mask=True) \
            and p.has_verb(after, le, infinitive=True, s_forms=True) \
            and not any(p.cue_at(m) is not None for m in p.cue_candidates(after, le))

    def infinitive_at(self, k: int, le: int) -> bool:
        """Is token ``k`` an infinitive 'to' ('agreed to meet'), not a preposition before a noun phrase ('agreed
        to the plan', 'agree to such a deal': an act, no content)?"""
        t = self.doc.toks
        return k + 1 < le and t[k].low == "to" and t[k + 1].low not in _DETS and t[k + 1].low != "such"

    def relative_before(self, ls: int, j: int) -> int | None:
        """'X, who angered the union by claiming …', 'a captain who sold his boat hoping …': the 'who' opening a
        relative clause that runs without a break up to the participle cue's link or comma at token ``j``
        (the clause the participle belongs to). None when there is none."""
        t = self.doc.toks
        for m in range(j - 1, max(ls, j - 16) - 1, -1):
            if t[m].text in _BOUNDARY:
                return None
            if t[m].low == "who" and m > ls and self.p.has_verb(m + 1, j, s_forms=True):
                return m
        return None

    def headless_phrase(self, np: tuple[int, int]) -> bool:
        """Tokens ``np`` are an article or possessive and modifiers with no name, role, pronoun or second
        determiner ('The original', 'Her early'): before a verb, a base cue form after them ('tweet') is their
        head noun, not a verb."""
        t, p = self.doc.toks, self.p
        return t[np[0]].low in _DETS and t[np[0]].low not in _DEMONSTRATIVES and all(
            p.cls(m) not in ("cap", "role", "pron", "det") for m in range(np[0] + 1, np[1]))

    def fraction_subject(self, k: int, ls: int, cue: Cue) -> bool:
        """The ordinal before the finite cue at ``k`` is a fraction subject, not a noun premodifier ('a third
        said …', 'Nearly a third say …', 'one fifth agreed …')."""
        t = self.doc.toks
        return k - 2 >= ls and not cue.words[-1].endswith(_PARTICIPLE_END) and t[k - 1].low in (
            "third", "fourth", "fifth", "tenth") and t[k - 2].low in ("a", "one", "two")

    def reported_by(self, k: int, ce: int, ls: int, le: int, cue: Cue, cue_text: str, para: int) -> _Cand | None:
        """'<noun phrase> was (first) reported by <source>.' closing the sentence: the subject phrase (from the
        sentence start, no verb inside) is what the source reported."""
        t, p = self.doc.toks, self.p
        b = k - 1
        while b > ls and t[b].low in _REPORTED_ADVERBS:
            b -= 1
        if b <= ls or t[b].low not in ("was", "were", "is", "are"):
            return None
        if b - ls > 10 or any(t[m].text in _BOUNDARY or p.is_verb(m) or t[m].low in _SUBORD or t[m].low in _FINITE
                              for m in range(ls, b)):
            return None
        src = p.np_right(ce + 1, le)
        if src is None:
            return None
        m = src[1]
        while m < le and (t[m].low in _TIME or t[m].low in ("on", "last", "this")):
            m += 1
        if m < le and t[m].text not in (".", "!", "?"):
            return None
        return self._finish(t[ls].start, t[b].start, self.np_chars(src), cue_text, "indirect", para, cue, 2)

    def speaker_before(self, a: int, b: int) -> tuple[int, int] | None:
        """The last speaker mention of a candidate found so far that lies in ``[a, b)`` ('"…," Law said, noting
        that …': Law), or None."""
        spans = [c.np for c in self.cands if c.np is not None and a <= c.np[0] and c.np[1] <= b]
        return max(spans) if spans else None

    def added_object(self, cue: Cue, k2: int, saw_that: bool, le: int) -> bool:
        """'add' right before a noun phrase adds a thing, not words ('the economy added 200,000 jobs', 'she
        added a caveat', 'adding one digit'); it reports speech after 'that', a comma or colon, or a bare
        clause ('he added he would …'). Train: 10 of 10 such predictions false."""
        t = self.doc.toks
        return cue.lemma == "add" and not saw_that and k2 < le and t[k2 - 1].text not in (",", ":") and \
            not self.bare_clause(k2, le)

    def relative_conjunct(self, ls: int, j0: int) -> tuple[int, int] | None:
        """The 'who' of a relative clause after a comma that the 'and' at ``j0`` continues ('Jane Doe, who
        opened the door and said …'): the speaker span, resolved like any 'who'."""
        t = self.doc.toks
        for w in range(j0 - 1, max(ls, j0 - 20), -1):
            if t[w].text in _BOUNDARY:
                return None
            if t[w].low == "who":
                return (w, w + 1) if t[w - 1].text == "," else None
        return None

    def evidence_source(self, np: tuple[int, int], cue: Cue) -> bool:
        """Is the speaker a record, poll or study with an evidence cue ('…, records show.', '…, the poll
        found.')?"""
        return cue.lemma in _EVIDENCE_CUES and self.doc.toks[self.p.head_of(np)].low in self.lex.evidence

    def evidence_phrase(self, ls: int, k: int) -> tuple[int, int] | None:
        """A poll, study or record noun with a prepositional phrase before the cue at ``k`` ('A survey of grain
        farmers by the institute found', 'A review of his filings found'): the whole phrase from the noun's determiner."""
        t, p = self.doc.toks, self.p
        end = k  # the phrase ends before a release participle ('A poll from X released Monday found': 'A poll from X')
        for w in range(k - 1, max(ls - 1, k - 12), -1):
            if t[w].text in _BOUNDARY or p.is_verb(w) and t[w].low not in _RELEASE_PARTICIPLES \
                    or t[w].low in _SUBORD:
                return None
            if t[w].low in _RELEASE_PARTICIPLES:
                end = w
            if t[w].low in self.lex.evidence and (w == k - 1 or t[w + 1].low in (
                    "by", "of", "from", "for", "in", "on", "among") or t[w + 1].low in _RELEASE_PARTICIPLES):
                a = w
                while a - 1 >= ls and a > w - 4 and t[a - 1].text not in _BOUNDARY and not p.is_verb(a - 1) \
                        and t[a - 1].low not in _SUBORD and t[a - 1].low not in _PREPS and t[a - 1].low not in (
                            "and", "but", "or", "that", "which", "who"):
                    a -= 1
                    if t[a].low in _DETS:
                        break
                # a head right before the cue needs a clause opening ('…, a comparison with its filings show': no)
                opens = a == ls or self.clause_opener(a - 1, ls)
                return (a, end) if opens or t[a].low in _DETS and w < k - 1 else None
        return None

    def clause_opener(self, j: int, ls: int) -> bool:
        """Does token ``j`` open a clause: a dash or comma, a subordinator, or a conjunction at the sentence start
        or after a boundary ('But early shipping data suggests', '…, and while a port poll showed')?"""
        t = self.doc.toks
        if j < ls:
            return False
        if t[j].text in ("—", "–", "-", ",") or t[j].low in _OPENING_SUBORD:
            return True
        return t[j].low in _CONJ and (j == ls or t[j - 1].text in _BOUNDARY)

    def call_label(self, ce: int, le: int) -> bool:
        """Does an unquoted label follow 'called' at ``ce``: a pronoun, a name or a short noun phrase, then
        'a/an' + noun ('called the envoy a stubborn man', 'calling the plan a sham') or, after a pronoun, an
        adjective ('called it premature')? Not 'called the police a day later', 'called him back'."""
        t, p = self.doc.toks, self.p
        if ce >= le:
            return False
        m = ce
        pron = t[m].low in _OBJ_PRON
        if pron:
            m += 1
        elif p.cls(m) == "cap":
            while m < le and m < ce + 3 and p.cls(m) == "cap" and not t[m].low.endswith(("'s", "’s")):
                m += 1
        elif t[m].low in ("the", "his", "her", "their", "its"):
            m += 1
            while m < le and m < ce + 4 and t[m].text.isalpha() and t[m].low not in ("a", "an") \
                    and t[m].low not in _PREPS and not p.is_verb(m):
                m += 1
        else:
            return False
        if m == ce or m + 1 >= le:
            return False
        nxt, after = t[m], t[m + 1]
        if nxt.low in ("a", "an"):
            return after.text.isalpha() and after.low not in _CALL_NOT_LABEL and after.low not in _TIME
        return pron and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _CALL_NOT_LABEL \
            and nxt.low not in _PREPS and nxt.low not in _PP_START and nxt.low not in _CONJ \
            and not nxt.low.endswith("ly") and not p.is_verb(m) and nxt.low not in _TIME

    def as_lead(self, a: int, ce: int, ls: int, le: int) -> int | None:
        """First content token of a sentence opening on 'As <speaker> <cue>,' ('As the ministry noted, the
        envoys will meet again'; also after a leading 'But'/'And', or after a comma inside the sentence when a
        comma closes the aside within a short verbless adjunct and a clause with a verb follows: '…, and as the
        ministry noted on Monday, the envoys …'): the main clause after the comma is the report. None for any
        other 'as' clause ('…, as she said at the outset'), after a preposition ('owed it to, as X put it, …') or
        in a sentence opening on a subordinate clause ('If A, as X hope, B')."""
        t, p = self.doc.toks, self.p
        b = a - 1
        if b > ls and t[b - 1].low in ("but", "and", "yet", "so"):
            b -= 1
        if b != ls:
            # "…, and as the ministry noted (on Monday), the envoys will meet again": an aside after a comma
            if not (b > ls + 1 and t[b - 1].text == ",") or t[b - 2].low in _PP_START or (
                    t[ls].low in _LEAD_SUBORD or t[ls].low == "if"):
                return None  # "owed his election to, as X put it, …"; "If A, as X hope, B": A is the report
            ce = next((m for m in range(ce, min(le, ce + 8)) if t[m].text in _BOUNDARY or t[m].low in _SUBORD
                       or p.verb_at(m)), le)
            if ce + 1 >= le or t[ce].text != "," or not p.has_verb(ce + 1, le):
                return None
        if ce + 1 >= le or t[ce].text != ",":
            return None
        if _words(self.text[t[ce + 1].start:t[le - 1].end]) < 3:
            return None
        return ce + 1

    def gap_clause(self, np: tuple[int, int], k2: int, le: int) -> bool:
        """The relative pronoun before the speaker is the subject of the reported clause, whose auxiliary or
        modal follows the cue ('a deal which officials believe will fail', 'what Doe fears is a trap'); used for
        cues that need 'that' or a bare clause (the content runs from the pronoun, the speaker inside it)."""
        t = self.doc.toks
        return np[0] > 0 and t[np[0] - 1].low in ("which", "that", "what", "who") and k2 < le and (
            t[k2].low in _MODALS and t[k2].low != "to" or t[k2].low in _BE or t[k2].low in ("has", "have", "had"))

    def as_clause_report(self, ce: int, le: int) -> bool:
        """'…, as the envoys agreed that …' / '…, as polls show Doe leading': a temporal 'as' clause whose cue has
        its own complement (an explicit 'that' or a subject pronoun, name or noun phrase opening a clause) is a
        report; '…, as she said,' or 'as she said at the outset' is a parenthetical."""
        t = self.doc.toks
        return ce < le and t[ce].text not in _BOUNDARY and t[ce].low not in _PP_START and t[ce].low not in (
            "it", "so", "of", "as", "this", "that", "they", "he", "she", "we", "i", "you")

    def subordinate_lead(self, np: tuple[int, int], ls: int) -> bool:
        """The speaker opens a subordinate clause at the start of its sentence ('When the host pointed out
        that …, the minister said …', 'While Peskov has said that …, Podolyak said …')."""
        t = self.doc.toks
        for m in range(ls, min(ls + 3, np[0])):
            if t[m].low in _LEAD_SUBORD:
                return not any(t[n].text in _BOUNDARY and t[n].text not in ("'", "’", "#", "\"", "“", "”")
                               for n in range(m + 1, np[0]))
            if t[m].text in _BOUNDARY:
                return False
        return False

    def lead_clause_end(self, k: int, le: int, end: int) -> int:
        """End of a reported clause inside a leading subordinate clause: the comma that closes it."""
        t = self.doc.toks
        for m in range(k + 1, le):
            if t[m].start >= end:
                break
            if t[m].text == "," and self.text[t[m].end:t[m].end + 1].isspace():  # not '2,400'
                return t[m].start
            if t[m].text in _QUOTE_MARKS and self.text[t[m].start - 1:t[m].start] == "," and \
                    self.text[t[m].end:t[m].end + 1].isspace() and not (m + 1 < le and t[m + 1].low in _CONJ):
                return t[m].end  # 'When Doe called it "rubbish," the crowd …': the comma inside the quote
        return end

    def scare_quoted(self, i: int) -> bool:
        """True when outermost quote ``i`` follows 'so-called' / 'so called': a label, not anyone's words."""
        before = self.text[max(0, self.doc.outer[i].start - 12):self.doc.outer[i].start].lower()
        return bool(re.search(r"so[\s-]called\s*$", before))

    def unreal_speech(self, np: tuple[int, int], k: int, ls: int) -> bool:
        """True for speech that did not happen: a negation between the speaker and the cue ('did not say',
        'never said', "wouldn't confirm"), or a speaker after 'if'/'unless'/'nor' ('If he says that …')."""
        t = self.doc.toks
        lo = next((m for m in range(k - 1, np[0], -1) if t[m].text in (",", "—", "–", "--")
                   or t[m].low in ("and", "but")), np[0])
        # an apposition or an earlier predicate between speaker and cue is not negated speech ("Jane, who did
        # not vote, said", "She said she did not know and predicted that …")
        if any(t[m].low in _NEGATION or t[m].low.endswith(("n't", "n’t")) or t[m].low in _HYPOTHETICAL
               for m in range(lo + 1, k)):
            return True
        return self.conditional_speaker(np, ls) or self.no_speaker(np, ls)

    def no_speaker(self, np: tuple[int, int], ls: int) -> bool:
        """A negated quantifier as the speaker ('No one thinks that …', 'Nobody believes …'): the author's own
        claim, no one who spoke."""
        t = self.doc.toks
        return np[0] - 1 >= ls and t[np[0] - 1].low == "no" or t[np[0]].low == "nobody"

    def conditional_speaker(self, np: tuple[int, int], ls: int) -> bool:
        """Does the speaker phrase ``np`` follow 'if'/'unless'/'nor' in its sentence ('If he says that …')?"""
        return np[0] - 1 >= ls and self.doc.toks[np[0] - 1].low in ("if", "unless", "nor")

    def negated_belief(self, np: tuple[int, int], k: int, ls: int, cue: Cue) -> bool:
        """A belief cue negated with 'not' ('Democrats don't think that …', 'she does not believe …'): the
        clause is still the speaker's stance (PolNeAR marks it); so is the topic of a negated topic cue ('did not
        mention', 'never mentioned'); not after 'if'/'unless'/'nor' or a modal."""
        t = self.doc.toks
        topic = cue.lemma in _NEGATED_TOPICS
        if cue.lemma not in _NEGATED_BELIEFS and not topic or self.conditional_speaker(np, ls) \
                or self.no_speaker(np, ls):
            return False
        return not any(t[m].low in _HYPOTHETICAL or t[m].low == "nor" or t[m].low == "never" and not topic
                       for m in range(np[0], k))

    def withheld_answer(self, np: tuple[int, int], k: int, ls: int, ce: int, le: int, cue: Cue) -> bool:
        """A negated cue before a wh-clause ('would not say whether …', 'did not explain why …'): the question
        left open is reported (PolNeAR marks it); not after a modal of possibility or 'if'."""
        t = self.doc.toks
        if self.conditional_speaker(np, ls):
            return False
        if t[k - 1].low == "to" or any(t[m].low in _HYPOTHETICAL for m in range(np[1], k)):
            return False  # "It's hard not to wonder whether …": no speaker who kept silent
        k2, saw_that = self.skip_tail(ce, le, cue)
        return not saw_that and k2 < le and t[k2].low in _WH_ANSWER

    def object_before_participle(self, np: tuple[int, int], ls: int, *, appositive: bool = True) -> bool:
        """Is the phrase before a participle cue the object of a verb or a preposition ('put out a press
        note saying', 'sued the agency in a Kyiv court, claiming', 'was in Lviv, emphasizing'), or an apposition
        to such an object ('removed his deputy, Ivan Petrov, conceding')?"""
        t, p = self.doc.toks, self.p
        m = np[0] - 1
        if m < ls:
            return False
        if t[m].text == "," and appositive:
            w = m - 1  # 'removed his deputy, Ivan Petrov, conceding': an apposition
            while w >= ls and m - w <= 5 and t[w].text not in _BOUNDARY and not p.is_verb(w) \
                    and t[w].low not in _PP_START:
                w -= 1
            return w + 1 < m and self.object_before_participle((w + 1, m), ls, appositive=False)
        if t[m].low in _OBJECT_PARTICLES and m - 1 >= ls and p.is_verb(m - 1):
            return True
        if t[m].low in _PP_START and t[m].low not in ("by", "with"):
            # the prepositional phrase hangs on a verb ('wrote a letter to Guterres asking'), not on a noun
            # ('a senior adviser to his delegation acknowledging')
            for w in range(m - 1, max(ls, m - 8) - 1, -1):
                if t[w].text in _BOUNDARY or t[w].low in _ING_PREPOSITIONS:
                    return False
                if (p.is_verb(w) and not t[w].low.startswith("includ")) or (
                        t[w].text.islower() and t[w].low.endswith(_PARTICIPLE_END)):
                    return True
            return False
        return p.is_verb(m) and t[m].low not in _BE and not t[m].low.startswith("includ") and not (
            m - 1 >= ls and t[m - 1].low in _DETS)  # 'a fired staffer alleging': an adjective

    def document_issuer(self, np: tuple[int, int], ls: int) -> tuple[int, int]:
        """The issuer of a document that is the object of a verb ('A veterans' union issued a statement saying …'):
        the verb's subject speaks, not the document; else ``np``."""
        t, p = self.doc.toks, self.p
        if not (t[np[1] - 1].low in _DOCUMENT_HEADS and np[0] - 1 >= ls and p.is_verb(np[0] - 1)
                and t[np[0] - 1].low not in _BE):
            return np
        subj = self.sentence_subject(ls, np[0])
        if subj is None:
            subj, _how = p.speaker_left(np[0] - 1, ls, _VERB_CUE)
        return subj if subj is not None and subj[1] <= np[0] - 1 else np

    def nominal_report(self, ce: int, le: int, end_pos: int, cue: Cue, cue_text: str, para: int) -> _Cand | None:
        """'drawn complaints from rivals that the ferries are unsafe', 'an admission by Jane Doe that …': a speech
        noun with 'from'/'by' and its source, then a that-clause right after the source: the clause is the
        source's report."""
        t, p = self.doc.toks, self.p
        np = p.np_right(ce, le)
        if np is None or np[1] + 1 >= le or t[np[1]].low != "that":
            return None
        return self._finish(t[np[1] + 1].start, self.clip_end(np[1] + 1, le, end_pos), self.np_chars(np), cue_text,
                            "indirect", para, cue, 3)

    def seen_as(self, np: tuple[int, int], k: int, ce: int, le: int, ls: int) -> bool:
        """Plural 'see'/'view' at token ``k`` reports an opinion only as 'see X as Y' ('Voters see Doe as the
        stronger envoy'): an 'as' before the next clause break, no modal, 'to' or auxiliary 'do' before the cue and
        no question ('Do they see …')."""
        t = self.doc.toks
        if any(t[m].low in _MODALS or t[m].low.endswith(("'ll", "’ll", "'d", "’d")) for m in range(np[0], k)) \
                or t[max(ls, np[0] - 1)].low in _DO:
            return False
        return any(t[m].low == "as" for m in range(ce, next((m for m in range(ce, le) if t[m].text in _BOUNDARY), le)))

    def object_complement(self, np: tuple[int, int], ce: int, le: int, end_pos: int, cue: Cue, cue_text: str,
                          para: int) -> _Cand | None:
        """'Kuleba accused Lavrov of stalling' / 'aides declined to confirm the talks' / 'Peskov called for a ban
        on …': the verb's object or infinitive, to the end of its clause, is what the subject is reported to
        hold. Only for a subject that reads like a speaker (a name, role noun or pronoun, not 'who'; for 'see X
        as Y' also a lowercase plural)."""
        t, p = self.doc.toks, self.p
        if t[np[0]].low in ("who", "which", "that"):
            return None
        head = t[np[1] - 1]
        plain = p.cls(np[1] - 1) not in ("cap", "role", "pron")  # 'Corporate lobbyists describe …'
        if plain and not (head.text.isalpha() and head.text.islower() and head.low.endswith("s")
                          and not head.low.endswith("ss")):
            return None
        plain = plain and cue.lemma != "see"  # an opinion 'seen as' is held by any plural group ('pilots see
        # X as Y'); with other cues a common-noun subject speaks only with quoted words (below)
        if np[0] > 0 and (t[np[0] - 1].low in _PP_START or t[np[0] - 1].low in _PREPS) and not (
                t[np[0] - 1].low in _CLAUSE_PREPS and not cue_text.endswith(_PARTICIPLE_END)) \
                and not self.with_absolute(np, cue_text):
            return None  # "the plan outlined by Kiev calls for …": the phrase before the verb is not its subject
            # (after a subordinator the phrase is a clause subject: "after Doe announced the deal")
        k2, saw_that = self.skip_tail(ce, le, cue)
        if k2 >= le:
            return None
        if not saw_that and t[k2].low != "to" and (t[k2].low in _PP_START or t[k2].low in _PREPS
                                                   or t[k2].low in _CONJ):
            return None  # "endorsed by …", "backed in 2008", "dismissed or not implemented": not an object
        end = min(self.clip_end(k2, le, end_pos), end_pos)  # an earlier end (a leading clause) holds
        end = self.object_adjunct_end(k2, end, le)  # "praised the deal on Tuesday": the day is the speech act's
        if t[ce - 1].low in _QUOTED_AS and any(t[m].low == "as" and p.cue_at(m + 1) is not None
                                               for m in range(k2 + 1, min(le - 1, k2 + 12))):
            return None  # "Reuters cited Jane Doe as saying …": Jane Doe's report (participle rule)
        if cue.lemma in _OBJECT_INFINITIVE and not self.object_infinitive(k2, le):
            return None  # 'appealed to the court': no infinitive, no content
        inside = self.quote_inside(t[k2].start, end)
        if inside and all(self.scare_quoted(i) for i in inside):
            return None  # 'rejected the so-called "peace plan"': the quoted words are nobody's (issue 3)
        if plain and not inside:
            return None  # a common-noun subject speaks only with quoted words ('lobbyists describe it as "…"')
        for m in range(k2 + 1, min(le - 1, self.doc.tok_at_or_after(end))):
            if t[m].text == "," and re.split(r"['’]", t[m + 1].low)[0] in _SUBJ_PRON:
                end = t[m].start  # "Since he took office, he's said …": a new clause starts
                break
        return self._finish(t[k2].start, end, self.np_chars(np), cue_text, "object", para, cue, 2)

    def with_absolute(self, np: tuple[int, int], cue_text: str) -> bool:
        """The subject ``np`` opens an absolute with-clause whose -ing cue follows it (', with its chairman
        accusing the envoy of …', ', with Jan Novak describing the talks as …'; round 19): the phrase after 'with' is
        the cue's subject, not a prepositional object. Not inside an opening phrase with no verb ('Following the
        vote, with X slamming Y, the board …': the main clause follows, and the content's end is unclear)."""
        t = self.doc.toks
        if not (np[0] >= 2 and t[np[0] - 1].low == "with" and t[np[0] - 2].text == ","
                and cue_text.endswith(_PARTICIPLE_END)):
            return False
        ls = self.sent_tok_bounds(t[np[0]].start)[0]
        opening = t[ls].low in _PP_START or t[ls].low in _OPENING_PREPS or t[ls].low.endswith(("ing", "ed"))
        return not opening or self.p.has_verb(ls, np[0] - 2, s_forms=True)

    def object_infinitive(self, k2: int, le: int) -> bool:
        """A to-infinitive follows the object at token ``k2`` in its clause ('… the board on Friday to reopen', 'the
        UN (and the IAEA) to "act"'; not 'to his plan')."""
        t = self.doc.toks
        for m in range(k2 + 1, min(le - 1, k2 + 14)):
            if t[m].text in _CLAUSE_BREAKS:
                return False
            w = m + 2 if t[m + 1].text in _QUOTE_OPENERS and m + 2 < le else m + 1
            if self.infinitive_at(m, le) and self.p.cls(w) != "pron" and t[w].low not in _OBJ_PRON and (
                    t[w].text.islower() or t[w].text == _MASK):
                return True
        return False

    def headline(self, ls: int, le: int, sent) -> _Cand | None:
        """'Peskov: Talks are on hold' / 'Kremlin spokesman: Kyiv is not ready' — a paragraph
        opening with a short name (capitalised words or role nouns, not a label or a dateline in capitals)
        and a colon attributes the rest of its sentence (mixed when it holds quoted words)."""
        t, p, d = self.doc.toks, self.p, self.doc
        if le - ls < 5 or d.paras[d.para_of(t[ls].start)].start != t[ls].start:
            return None
        colon = next((m for m in range(ls + 1, min(le, ls + 5)) if t[m].text == ":"), None)
        if colon is None or colon + 1 >= le or t[colon].start != t[colon - 1].end:
            return None
        words = t[ls:colon]
        if any(w.low in self.lex.labels or w.text.isupper() and len(w.text) > 1 or not w.text[:1].isalpha()
               for w in words):
            return None
        if not all(p.cls(m) in ("cap", "role", "mod") and (t[m].text[:1].isupper() or p.cls(m) == "role")
                   for m in range(ls, colon)):
            return None
        if p.cls(colon - 1) not in ("cap", "role") or t[colon - 1].low.endswith(("'s", "’s")):
            return None
        a = colon + 1
        if t[a].text in ("\"", "“", "«", "‘", "'", "#") or p.cue_at(a) is not None:
            return None  # a quote after the colon is a direct quote (colon rule); a cue starts its own clause
        if t[le - 1].text == "?":
            return None  # 'Jane Doe: Harbour hero or career politician?': the writer's question about her (round 18)
        end_pos = t[le - 1].end
        body_end = min(le, a + 10)
        # in Title Case too: 'Poll: Trump Leads', '… Advised X To …'
        if _words(self.text[t[a].start:end_pos]) < 5 and not p.has_verb(a, body_end) and not any(
                m > a and t[m].low.endswith("s") and not t[m].low.endswith("ss") and len(t[m].low) > 3
                and p.cls(m) not in ("role", "det") or (
                m > a and t[m].text[:1].isupper() and (t[m].low in _IRREG_PAST or len(t[m].low) > 4
                                                         and t[m].low.endswith("ed"))) or (
                m + 1 < le and t[m].low in _SUBJ_PRON and t[m + 1].text.isalpha()) for m in range(a, body_end)):
            return None  # 'Peskov: Not yet', 'Kuleba: Talks stall': a section label, not a statement (a verbless
            # body of five words or more is a statement: 'Peskov: No new talks before the spring')
        if sum(t[m].text == "," for m in range(a, le)) >= 3 and sum(p.cls(m) == "cap" for m in range(a, le)) > (
                le - a) / 2:
            return None  # 'Kyiv: Jane Doe, Tom Brown, …': a list of names
        para = d.para_of(t[ls].start)
        return self._finish(t[a].start, end_pos, self.np_chars((ls, colon)), ":", "headline", para,
                            _HEADLINE_CUE, 3)

    def title_headline(self, ls: int, le: int) -> _Cand | None:
        """'Anna Berg Says The Plan Leaves Farmers Behind' — a Title Case headline paragraph: a name of up to six
        capitalised words, a capitalised finite speech verb ('Says', 'Slams', 'Warned') not before a
        preposition, and at least three words after it, which are the content."""
        t, p, d = self.doc.toks, self.p, self.doc
        if le - ls < 5 or d.paras[d.para_of(t[ls].start)].start != t[ls].start:
            return None
        alpha = [m for m in range(ls, le) if t[m].text[:1].isalpha()]
        if len(alpha) < 5 or sum(t[m].text[:1].isupper() or t[m].low in _TITLE_SMALL for m in alpha) < len(alpha) \
                or sum(t[m].text.isupper() and len(t[m].text) > 1 for m in alpha) > len(alpha) / 2:
            return None  # every word capitalised (small words aside), not an all-capitals line
        for k in range(ls + 1, min(le - 3, ls + 7)):
            cue = next((c for c in self.lex.cues.get(t[k].low) or () if all(  # longest first: 'Calls For'
                k + i < le and t[k + i].low == w for i, w in enumerate(c.words))), None)
            if cue is None:
                if p.cls(k) in ("cap", "role", "mod") or t[k].text in ("'s", "’s", "&", "-", "."):
                    continue
                return None
            finite = t[k].low.endswith(("s", "ed")) or t[k].low in _IRREG_PAST
            ce = k + len(cue.words)
            if cue.type != "verb" or cue.scope != "all" or not finite or t[ce].low in _PP_START | {"of", "as"}:
                return None  # 'Accused Of', 'Responds To': a passive or a topic, not the speech itself
            if p.cls(k - 1) not in ("cap", "role") or t[k - 1].low.endswith(("'s", "’s")):
                return None
            if ce >= le or _words(self.text[t[ce].start:t[le - 1].end]) < 3:
                return None
            return self._finish(t[ce].start, t[le - 1].end, self.np_chars((ls, k)), t[k].text, "headline",
                                d.para_of(t[ls].start), cue, 3)
        return None

    def opening_comma(self, a: int, le: int) -> int | None:
        """The comma that closes a sentence-opening phrase starting at token ``a``: the first one followed by
        the start of a main clause (a name, pronoun, determiner or role noun), within 30 tokens."""
        t, p = self.doc.toks, self.p
        for m in range(a + 1, min(le - 1, a + 30)):
            if t[m].text in _BOUNDARY and t[m].text != ",":
                return None
            if t[m].text == "," and (p.cls(m + 1) in ("cap", "pron", "det", "role", "mod")
                                     or t[m + 1].text[:1].isdigit() or t[m + 1].low in _QUANTITY) and not (
                    t[m - 1].text.isdigit() and t[m + 1].text.isdigit() and t[m].end == t[m + 1].start):
                return m  # (not the comma inside '2,400')
        return None

    def asked_opening(self, ls: int, le: int) -> _Cand | None:
        """'Asked whether talks would resume, Peskov said …': the question put to the speaker is reported with
        no speaker of its own (the asker is not named); the main clause is read by the cue rules."""
        t = self.doc.toks
        if le - ls < 5 or t[ls].low != "asked" or t[ls].text[:1] != "A":
            return None
        w = next((m for m in range(ls + 1, min(le, ls + 8)) if t[m].low in _CLAUSE_START and t[m].low != "that"),
                 None)
        if w is None or any(t[m].text in _BOUNDARY for m in range(ls + 1, w)):
            return None
        comma = self.opening_comma(w, le)
        if comma is None:
            return None
        start = t[w + 1].start if t[w].low in ("whether", "if") else t[w].start
        asker = self.p.np_right(ls + 2, w) if t[ls + 1].low == "by" else None  # "Asked by Jane Doe whether …"
        return self._finish(start, t[comma].start, self.np_chars(asker) if asker else None, "asked", "asked",
                            self.doc.para_of(t[ls].start), _ASKED_CUE, 2)

    def noting_opening(self, ls: int, le: int) -> _Cand | None:
        """'Noting that the ferries lost money, Okafor said …': a sentence opening on the -ing form of a clause
        cue and an explicit 'that' reports that clause, up to the comma closing the opening, for the subject of
        the main clause (a name, role phrase or pronoun right before its verb)."""
        t = self.doc.toks
        if le - ls < 6 or not t[ls].text[:1].isupper() or not t[ls].low.endswith(_PARTICIPLE_END) \
                or t[ls + 1].low != "that":
            return None
        cue = self.one_word_cue(t[ls].low)
        if cue is None or cue.type != "verb" or cue.complement != "clause" or cue.scope != "all":
            return None
        end = next((m for m in range(ls + 2, min(le - 1, ls + 40)) if t[m].text in (",", ";", ":", ".", "!", "?")
                    or t[m].text in ("”", '"') and self.text[t[m].start - 1] == ","), None)
        if end is None or t[end].text in (";", ":", ".", "!", "?"):
            return None  # (a closing quote mark after a comma ends the opening too: 'that X "…," Okafor …')
        a = end + 1
        while a + 1 < le and t[a].low in ("though", "however", "then", "also") and t[a + 1].text == ",":
            a += 2  # 'Noting that …, though, Okafor …'
        np = self.p.np_right(a, le)
        if np is None or self.p.cls(np[1] - 1) not in ("cap", "role", "pron") or not self.p.has_verb(
                np[1], min(le, np[1] + 2), s_forms=True):
            return None
        return self._finish(t[ls + 2].start, t[end].end if t[end].text != "," else t[end].start, self.np_chars(np),
                            t[ls].text, "participle", self.doc.para_of(t[ls].start), cue)

    def asked_passive(self, k: int, ce: int, le: int, para: int) -> list[_Cand] | None:
        """'Lavrov was asked whether talks would resume': the question put to the subject, with no speaker of
        its own ('was asked by Jane Doe whether …': the asker), to the next clause break."""
        t = self.doc.toks
        w = next((m for m in range(ce, min(le, ce + 8)) if t[m].low in _CLAUSE_START and t[m].low != "that"), None)
        if w is None or any(t[m].text in _BOUNDARY for m in range(ce, w)):
            return None
        end = next((m for m in range(w + 1, le) if t[m].text in _BOUNDARY), le)
        if end - w < 3:
            return None
        asker = self.by_agent(ce + 1, w) if ce < w and t[ce].low == "by" else None
        start = t[w + 1].start if t[w].low in ("whether", "if") else t[w].start
        c = self._finish(start, t[end].start if end < le else t[le - 1].end, self.np_chars(asker) if asker else None,
                         " ".join(tok.text for tok in t[k:ce]), "asked", para, _ASKED_CUE, 2)
        return [c] if c else None

    def impersonal_passive(self, k: int, ce: int, ls: int, le: int, cue: Cue, end_pos: int, para: int
                           ) -> list[_Cand] | None:
        """'It was (widely) reported that …', 'when it was revealed in March that …', 'I was told that …': an
        explicit that-clause after a passive cue with an impersonal 'it' (or, for 'tell', any subject) is a
        report with no speaker."""
        t = self.doc.toks
        b = self.p.skip_adverbs_left(k - 1, ls)
        while b > ls and (t[b].low in _BE or t[b].low in ("been", "being", "has", "had")):
            b -= 1  # also 'it has been reported' (round 19; not a modal's 'it should be noted', the writer's aside)
        if b < ls or not (t[b].low in ("it", "it's", "it’s") or cue.lemma == "tell") or cue.lemma == "expect":
            return None  # ("is expected" stays no cue: rejected for precision in earlier rounds)
        k2, saw_that = self.skip_tail(ce, le, cue)
        if not saw_that or k2 >= le:
            return None
        agent = self.by_agent(ce + 1, k2) if ce < k2 and t[ce].low == "by" else None  # 'reported by X that' (r. 19)
        c = self._finish(t[k2].start, min(self.clip_end(k2, le, end_pos), end_pos),
                         self.np_chars(agent) if agent else None, " ".join(tok.text for tok in t[k:ce]), "indirect",
                         para, cue, 2)
        return [c] if c else None

    def when_asked(self, ls: int, le: int) -> _Cand | None:
        """'…, the envoy said when asked whether talks would …' / 'When asked how …, she said …': the question
        put to the speaker, with no speaker of its own, to the next comma or the sentence end."""
        t = self.doc.toks
        for i in self.p.cue_candidates(ls + 1, le - 2):
            if t[i].low != "asked" or t[i - 1].low != "when":
                continue
            w = i + 1
            asker = None
            if t[w].low == "by":  # "when asked by a reporter whether …": the asker speaks
                wh = next((m for m in range(w + 2, min(le, w + 8)) if t[m].low in _CLAUSE_START), None)
                asker = self.p.np_right(w + 1, wh) if wh is not None else None
                if asker is None or asker[1] != wh:
                    return None
                w = wh
            if t[w].low not in _CLAUSE_START or t[w].low == "that":
                return None  # 'when asked about X' names a topic, mostly unmarked (train: 6 of 11 right)
            start = t[w + 1].start if t[w].low in ("whether", "if") else t[w].start
            end = next((m for m in range(w + 1, le) if t[m].text in _BOUNDARY), le)
            if end - w < 2:
                return None
            return self._finish(start, t[end].start if end < le else t[le - 1].end,
                                self.np_chars(asker) if asker else None, "asked", "asked",
                                self.doc.para_of(t[i].start), _ASKED_CUE, 2)
        return None

    def source_opening(self, ls: int, le: int) -> _Cand | None:
        """'In a KIIS poll released Monday, 64 percent …': a sentence opening on 'In' + a document or poll
        (poll, survey, study, report) attributes its main clause to that source, unless the clause has its own
        reporting verb."""
        t, p = self.doc.toks, self.p
        if le - ls < 6 or t[ls].low not in ("in", "according") or t[ls].low == "according":
            return None
        comma = self.opening_comma(ls + 1, le)
        if comma is None or comma - ls > 14:
            return None
        if not any(t[m].low in _FINDING_SOURCES and p.cls(m) != "cap" for m in range(ls + 1, comma)):
            return None
        if any((p.cue_at(m) is not None and p.cue_at(m).type == "verb") for m in range(comma + 1, le)):
            return None
        end_pos = t[le - 1].end
        src_end = next((m for m in range(ls + 2, comma) if t[m].text.islower() and (
            t[m].low.endswith("ed") or t[m].low in _PAST_PARTICIPLES or t[m].low in _PP_START)), comma)
        return self._finish(t[comma + 1].start, end_pos, self.np_chars((ls + 1, src_end)), "in", "source_opening",
                            self.doc.para_of(t[ls].start), _HEADLINE_CUE, 3)

    def source_with_phrase(self, k: int, le: int, np: tuple[int, int] | None) -> tuple[int, int] | None:
        """The source phrase ``np`` after 'according to' with its by/from/of phrase when a comma and more words
        close that ('According to a statement by the port office, …'): the whole source, not a content starting
        'by …' (round 15)."""
        t = self.doc.toks
        if np is None or np[1] >= le or t[np[1]].low not in ("by", "from", "of", "released", "issued", "published"):
            return np
        longer = self.source_right(k, le, limit=24)
        if longer is None or longer[1] <= np[1]:
            return np  # (review 15: not cut on any '-ed' word: 'armed forces', 'conducted by', 'peer-reviewed' are
            # part of the source)
        if longer[1] + 1 >= le or t[longer[1]].text != ",":
            return np  # '…, according to a transcript of the hearing.': a closing source keeps its head
        return longer  # before a relative clause ('…, which …') the caller reads no content after the source

    def source_right(self, k: int, le: int, *, limit: int = 12) -> tuple[int, int] | None:
        """The source after 'according to' when it is not a speaker phrase ('exit polls reported by Interfax',
        'data from the U.S. Department of Education', 'ouest-france.fr'): up to a clause break, < ``limit``
        tokens."""
        t, p = self.doc.toks, self.p
        if k >= le or t[k].text in _BOUNDARY or t[k].low in _SUBORD or p.is_verb(k):
            return None
        m = k
        while m < le and t[m].text not in _BOUNDARY and m - k < limit:
            m += 1
        if m - k >= limit or not (m >= le or t[m].text in (",", ".", ";", "—", "–", ")", "!", "?")):
            return None
        return (k, m)

    def causative_object(self, ls: int, j: int) -> tuple[int, int] | None:
        """The object of a causative verb ending at token ``j``, right before 'to' and a cue ('led Tom Brown to
        say', 'prompted the envoys to warn', 'leaving many to wonder'): a name, role, pronoun or quantifier."""
        t, p = self.doc.toks, self.p
        if t[j].low in _QUANTIFIER_SUBJECTS and j - 1 >= ls and t[j - 1].low in _CAUSATIVES:
            return (j, j + 1)
        np = p.np_left(j, ls)
        if np is None or np[0] - 1 < ls or t[np[0] - 1].low not in _CAUSATIVES or t[np[0] - 1].text[:1].isupper():
            return None
        return np

    def quoted_tail(self, k: int, le: int) -> bool:
        """A short tail after a cue that opens a clause holding quoted words ('…, she said it "humanizes" her'):
        a report of its own (mixed), not an object after a postposed attribution."""
        t = self.doc.toks
        return k + 1 < le and t[k].low in _SUBJ_PRON and any(t[m].text == _MASK for m in range(k + 1, le))

    def closing_pp_tail(self, k: int, le: int) -> bool:
        """Tokens from ``k`` to the sentence's closing mark are one verbless prepositional phrase of at most 14
        tokens ('…, the minister said in a speech to the harbour forum in Oslo.'): the occasion of a postposed
        attribution, not a clause of its own; not a by/for/about/to phrase the cue governs (round 15)."""
        t, p = self.doc.toks, self.p
        end = le - 1 if le - 1 > k and t[le - 1].text in (".", "!", "?") else le
        return k < end and end - k <= 14 and end < le and t[k].low in _PP_START and t[k].low not in (
            "by", "for", "about", "to") and not t[k + 1].low.endswith("ing") and not any(
            # 'criticized by …', 'asked for …', 'insists on keeping …': the cue's own complement
            t[m].text in _BOUNDARY or t[m].low in _CLAUSE_START or t[m].low in _SUBORD and t[m].low not in ("and", "or")
            or t[m].low in _IRREG_PAST or t[m].low.endswith(("ed", "ing")) and t[m].low not in _PP_WORDS
            and p.verb_at(m) for m in range(k, end)) and not p.has_verb(k, end, lexical=False)

    def postposed_phrase(self, k: int, ce: int, ls: int, le: int) -> tuple[int, int] | None:
        """The whole phrase between a comma and a cue that ends the sentence ('…, police said.', '…, a source
        close to him said on Monday.'): up to seven words with no verb or clause word, not opening with a
        preposition or subordinator."""
        t, p = self.doc.toks, self.p
        m = ce
        while m < le and (t[m].low in _TIME or t[m].low in ("on", "last", "this")):
            m += 1
        aside = m < le - 1 and t[m].text == "," and m == ce  # "The ceasefire, delegates said, would …"
        if not (aside or m >= le - 1 and (m == le or t[m].text in (".", "!", "?"))):
            return None
        c = next((x for x in range(k - 1, max(ls, k - 9) - 1, -1) if t[x].text in _BOUNDARY), None)
        if c is None or t[c].text != "," or c + 1 >= k or c <= ls:
            return None
        if aside and (k - c - 1 > 3 or any(not t[x].text.islower() for x in range(c + 1, k))):
            return None  # a short lowercase phrase only: names are read by the speaker reader
        first = t[c + 1]
        if first.low in _PP_START or first.low in _SUBORD or first.low in _CONJ or not first.text[:1].isalpha():
            return None
        if p.has_verb(c + 1, k) or any(
                t[x].low in _SUBORD and t[x].low not in ("and", "or") for x in range(c + 1, k)):
            return None
        return (c + 1, k)

    def released_source(self, ls: int, j: int) -> tuple[int, int] | None:
        """A poll, survey or report before 'released/published/conducted …' at token ``j`` ('A new survey of
        Kharkiv released on Friday showed …'): the phrase from its start to the evidence noun."""
        t, p = self.doc.toks, self.p
        sub = p.loose_subject(p.skip_adverbs_left(j - 1, ls), ls)
        if sub is None and j - 1 >= ls and t[j - 1].low in self.lex.evidence:
            # "The report published Tuesday …": a head that is also a cue form ('report') ends no loose subject
            a = next((m for m in range(j - 1, max(ls - 1, j - 5), -1) if t[m].low in _DETS or m == ls), None)
            sub = (a, j) if a is not None and not any(t[m].text in _BOUNDARY for m in range(a, j)) else None
        if sub is None:
            return None
        head = next((m for m in range(sub[1] - 1, sub[0] - 1, -1) if t[m].low in self.lex.evidence), None)
        return (sub[0], head + 1) if head is not None else None
