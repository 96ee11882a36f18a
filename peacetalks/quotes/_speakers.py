"""Speaker resolution: every candidate's speaker phrase becomes an actor (``Registry.resolve`` with the date and
the actors mentioned so far), a pronoun takes the most recent compatible speaker or person mention
(``antecedent``), an unnamed speaker falls back to a titled or named mention (``unnamed_fallback``), and
duplicates and narration are dropped (``resolve_all``).

The last step of ``_Extractor.run``. A mixin of ``_Extractor`` plus ``_SubjectMentions``/``_LazyMentions``,
the per-article index of subject mentions that pronoun resolution reads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from peacetalks.actors import (
    _FIRM_WORDS, _STATE_UNITS, CONTEXT_SIZE, DEFINITE_UNIT_NOUNS, HONORIFICS, ORGANISATION_NOUNS, Registry, Resolution,
    pronoun_gender,
)
from peacetalks.records import FIRST_PERSON_METHOD, Quote
from peacetalks.quotes._wordlists import (
    _ABBREVIATION, _ADDRESSEE_BEFORE, _Antecedent, _ASKER_NOUNS, _BASE_CONFIDENCE, _BE, _BOUNDARY, _CAP_STOP,
    _CAP_WORD_BEFORE, _CLAUSE_OPENERS, _CONJ, _CROWD_NOUNS, _DEFINITE_OPENERS, _DETS, _DOCUMENT_HEADS, _FINITE,
    _FIRST_PERSON, _GENERIC_PERSONS, _GROUP_HEADS, _HEAD_PREPOSITIONS, _INDEFINITE, _INDEFINITE_ALT, _ING_NOUNS,
    _INSTITUTION_HEADS, _IRREG_PAST, _ISSUED_TEXT_NOUNS, _LEAD_SKIP, _LOCATIVE, _MARKUP, _MASK, _MEDIA_NOUNS,
    _MEDIUM_HEADS, _NAME_BEFORE_BRACKET, _NAME_ONLY, _NAME_PARTICLES, _NEW_REFERENT, _NO_PERSON_WORDS, _NO_SIDE,
    _NON_REPORT_THAT, _NONPERSON_HEADS, _NOT_NAME_WORDS, _NOT_PERSON_HEADS, _OBJECT_PREPOSITIONS, _OF_FOR,
    _OFFICIAL_HEADS, _OTHER_POST, _PARENTHESIS, _PARTICIPLE_END, _PAST_PARTICIPLES, _PERSON_SUFFIXES,
    _PHOTO_CREDIT_BEFORE, _PHRASE_TAIL_PREPOSITIONS, _PLACE_HEADS, _PLAIN_CUE_AFTER,
    _PLAIN_CUE_BEFORE, _PLURAL_VERBS, _POLL_HEADS, _POSSESSIVE_WORD, _PP_START, _PREPS, _RECENT_SPEAKERS, _ROLE_PPS,
    _SINGULAR_S_ENDS, _SINGULAR_THEY_HEADS, _SLUG, _Spoken, _SUBJECT_CHAIN, _SUBORD, _THE, _TIME, _TITLE_ABBREVIATIONS,
    _TITLE_RUN_CUT, _TITLE_WINDOW, _TITLED_NAME, _WORD_CHAR,
)
from peacetalks.quotes._wordlists import (  # round 15: epithets, issuers, calibration
    _AGED_NAME_AFTER, _AGED_NAME_BEFORE, _AGE_EPITHET, _AGE_NOT_TITLE, _AGE_SIDE_NAME, _APPOSED_NAME, _BAD_MARKS,
    _CUE_LEMMA_CLASSES, _EPITHET_HEADS, _INDEFINITE_BEFORE, _ISSUED_IN, _ISSUER_CUT, _ISSUER_DETS, _ISSUER_PREPS,
    _ISSUER_SENTENCES, _ISSUER_WINDOW, _ISSUE_VERBS, _LEADERS_ALT, _LEADER_NOUNS, _LED_NAME, _NO_ISSUER_DOCUMENTS,
    _OWNED_DOCUMENT, _PLACE_PREPS, _TITLE_OF_NAME,
)
from peacetalks.quotes._wordlists import _CAPITAL_RUN, _NETWORKS, _OUTLET_NAME_WORDS, _OUTLET_SENTENCES  # direct19
from peacetalks.quotes._wordlists import (  # round 16: role phrases named after them, ledes
    _IDENTIFIED_AS, _LEDE_NAME, _LEDE_VERBS, _TITLE_RUN_AFTER, _TWO_CAPITALS,
)
from peacetalks.quotes._wordlists import (  # round 18: names in apposition after the speaker phrase
    _APPOSITION_PLACE_PREPS, _APPOSITION_TEXT_HEADS,
)
from peacetalks.quotes._wordlists import _ARTICLES, _NOT_NAME_ENDS, _NOT_NAME_HEADS  # round 16: given names
from peacetalks.quotes._wordlists import _BODY_HEADS, _BODY_SENTENCES  # body18
from peacetalks.quotes._wordlists import (  # body19: lowercase bodies and documents as "it"
    _BODY_ADVERBS, _IT_BODY_HEADS, _IT_BODY_OPENERS, _IT_BODY_WORDS, _IT_DOCUMENT_HEADS, _STATE_ORGAN_HEADS,
)
from peacetalks.quotes._wordlists import (  # round 19: the body that spoke before
    _BODY_BACK_NOUNS, _FIRM_PAIR, _MEDIUM_NAME_WORDS, _MEDIUM_PHRASE_NOUNS,
)
from peacetalks.quotes._wordlists import _OBTAINED_DOCUMENTS  # next19: an outlet's memo is someone else's
from peacetalks.quotes._wordlists import _LEDE_DETERMINERS, _OPENING_PHRASE_CHARS  # next19: lede roles
from peacetalks.quotes._wordlists import _GIVEN_NAMES_LIKE_NOUNS  # next19: 'Alexander Doe' is no title
from peacetalks.quotes._wordlists import _ISSUED_TEXT_HEADS  # conf19: the calibration class 'document'
from peacetalks.quotes._wordlists import _NAME_OPENING_ROLE, _OWNED_TEXT_NOUNS, _POSSESSIVE_PRONOUNS  # phrase19
from peacetalks.quotes._common import _as_written, _person_noun, _words
from peacetalks.quotes._confidence import features as confidence_features, load_weights, score
from peacetalks.quotes._parser import _Cand

if TYPE_CHECKING:
    from peacetalks.quotes._extractor import _Extractor


class _SubjectMentions:
    """Person and actor mentions outside quotes (runs of capitalised words, plus the noun phrase that opens a
    sentence), resolved with the registry on demand, sentence by sentence: the antecedents of pronouns.
    Cheaper than a full ``find_mentions`` pass, which costs more than the whole extraction."""

    def __init__(self, ex: "_Extractor") -> None:
        self.ex = ex
        self.cache: dict[int, list] = {}
        self.names: dict[str, Resolution] = {}
        self.oblique: set[int] = set()  # starts of names after a preposition ('in South Carolina')
        self.openers: set[int] = set()  # one-word names opening a sentence before its verb ('Jeanne is …', round 12)
        self.linked: set[int] = set()  # one-word names opening a sentence right after a link (audit VIII)
        self.modifiers: set[int] = set()  # a nationality modifying a noun ('The Russian position', round 13 audit VIII)
        self.surnames: set[int] = set()  # one-word subjects given in full before ('… Doe, the envoy, said', XIII-P)
        self.subjects: set[int] = set()  # a sentence's opening phrase, or a capitalised run before its verb (body18)
        self.body_cache: dict[int, list[tuple[int, None, str]]] = {}  # sentence -> its lowercase bodies (body19)
        self.full_names: dict[str, list[tuple[int, str]]] = {}  # word -> the '<Given> <word>' pairs (name_pairs)
        self.given_names: dict[str, list[tuple[int, str]]] = {}  # word -> the '<word> <Surname>' pairs (given_pairs)

    def _resolve(self, mention: str) -> Resolution:
        if mention not in self.names:
            self.names[mention] = self.ex.safe_resolve(mention, ())
        return self.names[mention]

    def mentions(self, si: int) -> list:
        if si in self.cache:
            return self.cache[si]
        ex, d = self.ex, self.ex.doc
        p, t = ex.p, d.toks
        ls, le = d.sent_toks[si]
        out = []
        a = ls
        if a < le and (p.cls(a) == "prep" or t[a].low in _PP_START or t[a].low in _SUBORD):
            comma = next((m for m in range(a, min(le, a + 12)) if t[m].text == ","), None)
            a = comma + 1 if comma is not None else le
        np = p.np_right(a, le) if a < le else None
        if np is not None and p.cls(np[0]) != "pron" and any(p.cls(m) == "cap" for m in range(*np)):
            cs, ce = ex.np_chars(np)
            out.append((cs, self._resolve(ex.text[cs:ce]), ex.text[cs:ce]))
            self.note_modifier(cs, np[1], le)
            self.subjects.add(cs)
            if np[1] - np[0] == 1 and np[0] == a and t[a].low not in _NO_PERSON_WORDS and np[1] < le \
                    and t[np[1]].low not in _PLURAL_VERBS and p.has_verb(np[1], min(le, np[1] + 2)) \
                    and not ex.registry_qualifier(t[a].text):
                self.openers.add(cs)
            if np[1] - np[0] == 1 and np[0] == a and np[1] < le and (t[np[1]].text == "," or p.verb_at(np[1])) \
                    and out[-1][1].actor_id is None and self.given_in_full(t[a].text, cs):
                self.surnames.add(cs)
        k = np[1] if np is not None else ls
        while k < le:
            # a "cap" word starts with a capital: lowercase words skip the class lookup
            if not t[k].text[0].isupper() or p.cls(k) != "cap":
                k += 1
                continue
            m = k
            while m < le and p.cls(m) == "cap":
                m += 1
            multi = m - k >= 2
            if multi and _link_fragment(ex.text, t[k].start):
                k += 1  # 'pic.twitter.com/<slug> Taira said': the link's tail is no part of the name (audit VIII)
                if m - k == 1 and p.has_verb(m, min(le, m + 2)):
                    self.openers.add(t[k].start)  # the name opens the sentence after the link
                    self.linked.add(t[k].start)
            cs, ce = t[k].start, t[m - 1].end
            mention = ex.text[cs:ce]
            res = self._resolve(mention)
            if not multi and res.actor_id is None and m < le and p.verb_at(m) \
                    and self.given_in_full(mention, cs):
                self.surnames.add(cs)  # '…, and Doe dangled sanctions': a surname as a clause subject (XIII-P)
            if (multi or res.actor_id is not None or cs in self.surnames) and not _photo_credit(ex.text, cs, ce):
                out.append((cs, res, mention))
                self.note_modifier(cs, m, le)
                if m < le and p.has_verb(m, min(le, m + 2)):
                    self.subjects.add(cs)  # '…, and Northwind Energy on Monday warned': a clause subject (body18)
                if k - 1 >= ls and (t[k - 1].low in _LOCATIVE or t[k - 1].low in _MEDIA_NOUNS
                                    or t[k - 1].low in _ADDRESSEE_BEFORE or t[k - 1].low in _OF_FOR or (
                        p.cls(k - 1) == "det" and k - 2 >= ls and t[k - 2].low in _LOCATIVE | _OF_FOR)) or (
                        m < le and t[m].low in _MEDIUM_HEADS | _CROWD_NOUNS):
                    self.oblique.add(cs)  # also 'the Spanish newspaper El Pais', 'told Bild': an outlet is no "he";
                    # nor the name before a medium or crowd noun ('a New Yorker interview', 'the Ohio crowd')
            k = m
        self.cache[si] = out
        return out

    def name_pairs(self, word: str) -> list[tuple[int, str]]:
        """Audit XIII-P: the pairs '<Given> <word>' the article writes for the capitalised one-word ``word`` (start,
        pair; in text order): a title-case word before it that is no function word or -ing form ('In Kharkiv',
        'Following Doe'); none for an abbreviation. Found from the plain occurrences of " <word>" (no regex scan of
        the whole text per word); whether a pair names a person is :meth:`person_pair`."""
        if word not in self.full_names:
            found = self.full_names[word] = []
            if word[:1].isupper() and not word.isupper() and word.lower() not in _CAP_STOP:
                text = self.ex.text
                for at in _occurrences(text, " " + word):
                    end = at + 1 + len(word)
                    i = _past_initial(text, at)  # 'John F. Doe': the given name before a middle initial (next19)
                    j = i  # the given name: [A-Z][a-z]+ right before the space, at a word start
                    while j > 0 and "a" <= text[j - 1] <= "z":
                        j -= 1
                    if j == i or j < 1 or not "A" <= text[j - 1] <= "Z" or not _word_bounded(text, j - 1, end):
                        continue  # no title-case word before, or no word boundary around the pair
                    given = text[j - 1:i]
                    first = given.lower()
                    if given == word:  # 'Jane Doe Doe' (a caption glued to a name): one pair
                        continue
                    if first not in _CAP_STOP and not first.endswith("ing"):
                        found.append((j - 1, text[j - 1:end]))
        return self.full_names[word]

    def person_pair(self, full: str) -> bool:
        """Is the pair ``full`` compatible with a person for the registry (or one it does not know)."""
        res = self._resolve(full)
        return self.ex.compatible(res, True, full)

    def given_in_full(self, word: str, pos: int) -> bool:
        """Is ``word`` a surname the article gave in full before ``pos`` ('Jane Doe … Doe'; :meth:`name_pairs`)."""
        return any(start < pos and self.person_pair(full) for start, full in self.name_pairs(word))

    def full_name(self, word: str, pos: int) -> str | None:
        """The one full name ``word`` stands for: the only person pair of :meth:`name_pairs` written before ``pos``
        whose first word is no honorific, title or person noun ('Mr Doe', 'President Doe', 'Russian Doe'); None
        when there is none or several ('Jane Doe' and 'Tom Doe': relatives). A registry qualifier may open it
        ('Saudi Okafco', 'British Gas': round 16)."""
        names = {full for start, full in self.name_pairs(word)
                 if start < pos and not self.titled(full.split()[0]) and self.person_pair(full)}
        names -= {full for full in names if _INITIAL.sub("", full) in names - {full}}  # 'Jo K. Doe' is 'Jo Doe' (next19)
        return names.pop() if len(names) == 1 else None

    def given_pairs(self, word: str) -> list[tuple[int, str]]:
        """Round 16: the pairs '<word> <Surname>' the article writes for the title-case one-word ``word`` (start,
        pair; in text order), the surname a title-case word that is no function word or -ing form; none inside a
        quoted span ('"… Jane Roe …," Jane said' names someone else). Plain occurrences, as :meth:`name_pairs`."""
        if word not in self.given_names:
            found = self.given_names[word] = []
            if word[1:].islower() and word.isalpha() and self.name_word(word):
                text, n = self.ex.text, len(word)
                for i in _occurrences(text, word + " "):
                    j = e = i + n + 1  # the surname: [A-Z][a-z]+ right after the space, at a word end
                    if e < len(text) and "A" <= text[e] <= "Z":
                        e += 1
                        while e < len(text) and "a" <= text[e] <= "z":
                            e += 1
                    while e + 2 < len(text) and text[e] == "-" and text[e + 1].isalpha():  # 'Kim Jong-un'
                        e += 2
                        while e < len(text) and text[e].isalpha() and text[e].islower():
                            e += 1
                    if e - j < 2 or not _word_bounded(text, i, e) \
                            or text[e:e + 1] == " " and text[e + 1:e + 2].isupper():
                        continue  # no surname, no word boundary, or a third name ('Jane Ann Doe': which half?)
                    k = i - 1  # the word before the pair: 'the Dnieper River' names no person
                    while k > 0 and text[k - 1].isalpha():
                        k -= 1
                    if text[k:i - 1].lower() in _ARTICLES or not self.name_word(text[j:e]) \
                            or self.ex.outer_around(i) is not None:
                        continue
                    found.append((i, text[i:e]))
        return self.given_names[word]

    def name_word(self, word: str) -> bool:
        """Round 16: can the title-case ``word`` be one half of a person's '<Given> <Surname>': no function word,
        -ing form or adjective ('Presidential'), plural, honorific, title, registry qualifier ('Ukraine', 'British')
        or organisation, place or institution head ('Energy', 'Region', 'Ltd')."""
        low = word.lower()
        plural = low.endswith("s") and not low.endswith("ss") and (
            _person_noun(low) or low[:-1] in _NOT_NAME_HEADS or self.ex.registry_qualifier(word[:-1]))
        titles = getattr(self.ex.registry, "titles_in", None)  # (not titled(): '-er' names are no person nouns)
        return word[:1].isupper() and low not in _CAP_STOP and not low.endswith(_NOT_NAME_ENDS) and not plural \
            and low not in _NOT_NAME_HEADS and low not in HONORIFICS and not (titles is not None and titles(word)) \
            and not self.ex.registry_qualifier(word)

    def given_full_name(self, word: str, pos: int) -> str | None:
        """Round 16: the one full name whose given name ``word`` is: the only person pair of :meth:`given_pairs`
        written before ``pos`` ('Jane Doe … Jane said'); None when there is none or several ('Jane Doe' and 'Jane
        Roe'), or when ``word`` is also someone's surname (a person pair of :meth:`name_pairs`: 'Tom Jane')."""
        if any(self.person_pair(full) for _start, full in self.name_pairs(word)):
            return None
        names = {full for start, full in self.given_pairs(word)
                 if start < pos and self.person_pair(full)}
        return names.pop() if len(names) == 1 else None

    def titled(self, first: str) -> bool:
        """Is ``first`` (before a surname) an honorific, a role title or a person noun ('Russian', '-ian')
        rather than a given name ('Alexander', 'Igor': given names with a person-noun ending, next19)."""
        low = first.lower()
        if low in HONORIFICS or _person_noun(low) and low not in _GIVEN_NAMES_LIKE_NOUNS:
            return True
        titles = getattr(self.ex.registry, "titles_in", None)
        return titles is not None and bool(titles(first))

    def note_modifier(self, cs: int, end: int, le: int) -> None:
        """A mention ending in a nationality that modifies the lowercase noun after it ('The Russian position',
        'a Ukrainian attack', 'a Russian speaker') is no "he"/"she": its start goes to ``modifiers``. Not before
        a verb, a relative or a conjunction ('the Russian said', 'a Ukrainian who …'), nor a role ('Russian
        official': the qualifier stands for the unnamed official)."""
        ex, t = self.ex, self.ex.doc.toks
        if end < le and end > 0 and t[end].text[:1].islower() and t[end].text.isalpha() \
                and ex.registry_qualifier(t[end - 1].text) and ex.p.cls(end) in (None, "mod") \
                and not _person_noun(t[end].low) and t[end].low not in _SUBORD | _CONJ and not ex.p.verb_at(end):
            self.modifiers.add(cs)

    def before(self, pos: int, *, limit: int = 6, bodies: bool = False):
        """Mentions ending before ``pos``, most recent first, from at most ``limit`` sentences back; with
        ``bodies`` also the lowercase definite bodies (`bodies`, whose resolution is None: body19)."""
        d = self.ex.doc
        if not d.sents:
            return
        si = d.sent_of(pos)
        for k in range(si, max(-1, si - limit - 1), -1):
            got_k = self.mentions(k)
            found = self.bodies(k) if bodies else []
            if found:
                got_k = sorted(got_k + found, key=lambda m: m[0])
            for got in reversed(got_k):
                if got[0] + len(got[2]) <= pos:
                    yield got

    def bodies(self, si: int) -> list[tuple[int, None, str]]:
        """Sentence ``si``'s lowercase definite bodies and documents that are clause subjects ('The charity has
        opened …', '…, and the petition calls …'; `_lowercase_body`): (start, None, phrase). No registry mention:
        an antecedent of "it" only, resolved when a pronoun reaches it (body19)."""
        if si in self.body_cache:
            return self.body_cache[si]
        ex = self.ex
        t = ex.doc.toks
        ls, le = ex.doc.sent_toks[si]
        out: list[tuple[int, None, str]] = []
        for k in range(ls, le - 2):
            if t[k].low not in _IT_BODY_OPENERS or (k > ls and not (
                    t[k - 1].text == "," or t[k - 1].low in _SUBORD or t[k - 1].low in _CONJ)):
                continue  # a subject opens the sentence or a clause ('…, and the charity said'), never an object
            h = self.body_head(k, le)
            if h is not None:  # the phrase with its complement ('the ministry of emergency situations')
                cs = t[k].start
                out.append((cs, None, ex.text[cs:t[self.complement_end(h + 1, le) - 1].end]))
        self.body_cache[si] = out
        return out

    def body_head(self, k: int, le: int) -> int | None:
        """The head token of a lowercase body phrase opened by the determiner at ``k`` and followed by its verb
        ('the country's military command said', 'the charity also warned'), else None (body19)."""
        p, t = self.ex.p, self.ex.doc.toks
        for h in range(k + 1, min(le - 1, k + _IT_BODY_WORDS)):
            if not t[h].text.replace("'", "").replace("’", "").replace("-", "").isalpha() or p.verb_at(h):
                return None  # punctuation or a verb before any head: no such phrase
            if t[h].text.islower() and t[h].low in _IT_BODY_HEADS:
                nxt = self.complement_end(h + 1, le)
                if t[nxt].low in _BODY_ADVERBS and nxt + 1 < le:
                    nxt += 1  # 'the charity also said'
                if p.verb_at(nxt, s_forms=True) and _lowercase_body(self.ex.text[t[k].start:t[h].end]):
                    return h  # ('the company statement said': the last head before the verb)
        return None

    def complement_end(self, k: int, le: int) -> int:
        """The token after a short complement of a head at ``k`` ('in Odesa', 'of the region'), at most
        `_IT_BODY_WORDS` words with no verb nor punctuation; ``k`` itself when none opens there (body19)."""
        p, t = self.ex.p, self.ex.doc.toks
        if k >= le or t[k].low not in _HEAD_PREPOSITIONS:
            return k
        m = k + 1
        while m < min(le - 1, k + _IT_BODY_WORDS) and t[m].text.isalpha() and not p.verb_at(m, s_forms=True) \
                and t[m].low not in _PREPS and t[m].low not in _TIME:
            m += 1
        return m if m > k + 1 and p.verb_at(m, s_forms=True) else k  # ('the assessment of Russian losses' + a
        # noun, 'the ministry of justice on Monday': no complement that ends at the verb)


class _LazyMentions:
    """``registry.find_mentions`` run on first use, as a list of (start, Mention)."""

    def __init__(self, registry, text: str, published: str | None) -> None:
        self.registry, self.text, self.published = registry, text, published
        self._items: list | None = None

    def __iter__(self):
        if self._items is None:
            try:
                scan = getattr(self.registry, "article_mentions", None) or self.registry.find_mentions
                found = list(scan(self.text, date=self.published))  # cached: resolve(span=…) reuses it
            except ValueError:  # a bad date or mention must not lose the quotes
                found = []
            self._items = [(m.start, m) for m in found]
        return iter(self._items)


def _link_fragment(text: str, i: int) -> bool:
    """The word at character ``i`` is the tail of a link glued to the text ('pic.twitter.com/Xy3kQaB7 Jane Doe'):
    after a slash, letters and digits mixed or a capital after a lowercase letter (not 'Reuters/Jane Doe',
    'Getty Images', 'EPA')."""
    if i == 0 or text[i - 1] != "/":
        return False
    m = _SLUG.match(text, i)
    return m is not None and bool(re.search(r"\d", m.group()) or len(m.group()) >= 8 and re.search(r"[a-z][A-Z]", m.group()))


def _photo_credit(text: str, start: int, end: int) -> bool:
    """Is the mention at ``start:end`` part of a photo credit ('(AP Photo/Jane Doe)', 'Photo by Jane Doe'): the
    photographer or the credit label, never a speaker's antecedent (round 18)?"""
    return bool(_PHOTO_CREDIT_BEFORE.search(text, max(0, start - 12), start)) \
        or (text.startswith("/", end) and text[start:end].endswith(("Photo", "Photos")))


def _proper_word(text: str, word: str) -> bool:
    """Round 19: is ``word`` written capitalised after a lowercase word or a comma ("… that McDonald's"), so a
    name, not a common noun opening its sentence ("People were told …")?"""
    return re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None


def _word_char(ch: str) -> bool:
    """A character of a regex word (``\\w``): a letter, a digit or an underscore."""
    return ch.isalnum() or ch == "_"


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` set off as by regex ``\\b`` at both ends: a word character on exactly one side of
    each end ('Jane Doe' in 'met Jane Doe.', not in 'xJane Doe' nor 'Jane Doe2'). The boundary test of the pair
    scans :meth:`_SubjectMentions.name_pairs` and :meth:`_SubjectMentions.given_pairs`."""
    return all((at > 0 and _word_char(text[at - 1])) != (at < len(text) and _word_char(text[at]))
               for at in (start, end))


def _past_leading(text: str, span: tuple[int, int], words: frozenset[str]) -> tuple[int, int]:
    """``span`` without its leading words (lowercased) in ``words``, unchanged when no word would be left: the name
    after a calendar word the capitalised run took in ('Monday Jane Doe' -> 'Jane Doe'; review 17)."""
    start = span[0]
    for m in re.finditer(r"\S+\s+", text[span[0]:span[1]]):
        if m.group().strip().lower() not in words:
            break
        start = span[0] + m.end()
    return (start, span[1]) if start < span[1] else span


_INITIAL = re.compile(r" [A-Z]\.(?= )")  # a middle initial in a full name ('John F. Doe', next19)


def _past_initial(text: str, i: int) -> int:
    """The space before a middle initial that ends at ``i`` ('John F.| Doe' -> 'John| F. Doe'), else ``i`` (next19)."""
    if i >= 3 and text[i - 1] == "." and "A" <= text[i - 2] <= "Z" and text[i - 3] == " ":
        return i - 3
    return i


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Start offsets of ``word`` in ``text`` (plain substring search; none for an empty word)."""
    i = text.find(word) if word else -1
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _named(mention: str, registry: Registry) -> bool:
    """Whether a speaker mention carries a name: a capitalised word other than a sentence-initial determiner
    ("The former adviser"), the registry's qualifiers ("the Russian diplomat", "Russia's ambassador") and titles;
    a mention with no title counts every capital (round 11)."""
    words = mention.split()
    titles_in = getattr(registry, "titles_in", None)  # (optional, like reads_context: a plain resolver has none)
    if titles_in is None or not titles_in(mention):
        return any(w[:1].isupper() for w in words)
    if words and words[0].lower() in _DEFINITE_OPENERS:
        words = words[1:]
    return any(w[:1].isupper() and not registry.is_qualifier(w) and not titles_in(w) for w in words)


def _name_key(word: str) -> str:
    """A name word compared without case, dots and the apostrophe's form ("Jr." = "jr", "O’Neil" = "O'Neil")."""
    return word.casefold().replace(".", "").replace("’", "'")


def _capitals_headline(mention: str) -> bool:
    """Three or more words in capitals ('ALLIES ACCUSE THE ENVOY'): a subheading, no person (round 12)."""
    words = [w for w in re.findall(r"[^\W\d_]+", mention) if len(w) > 2]
    return len(words) >= 3 and all(w.isupper() for w in words)


def _head_end(words: Sequence[str]) -> int:
    """How many of a mention's ``words`` run to its head: up to the first preposition after the first word
    ('Ann Lee of the Harbour Council' -> 2: 'Lee'), else all of them."""
    return next((n for n, w in enumerate(words) if n and w in _HEAD_PREPOSITIONS), len(words))


def _lowercase_body(mention: str) -> bool:
    """'the charity', "the country's military command", 'this organisation', 'the draft peace treaty': is
    ``mention`` a definite lowercase phrase whose head is a body or a document (`_IT_BODY_HEADS`) — one thing an
    "it" may stand for, never a person (body19)?"""
    words = [w.strip(",") for w in mention.split()]
    if not 2 <= len(words) <= _IT_BODY_WORDS or words[0].lower() not in _IT_BODY_OPENERS:
        return False
    head = words[_head_end(words) - 1]
    return head.islower() and head in _IT_BODY_HEADS


def _head_word(mention: str) -> str:
    """The lowercased head of a phrase, before its complement and without a possessive ('the ministry of justice'
    -> 'ministry', "the group's letter" -> 'letter'; body19)."""
    words = mention.split()
    return _unpossessed(words[_head_end(words) - 1]).lower() if words else ""


def _unpossessed(word: str) -> str:
    """``word`` without a possessive 's ("Doe's", "Doe’s" -> "Doe")."""
    return re.sub(r"['’]s$", "", word)


def _plural_mention(mention: str, res: Resolution) -> bool:
    """Does ``mention`` name several people or things ('Ukrainian officials', 'project leaders', 'Doe and Lee') —
    no antecedent of 'it' (pron18)? A capitalised head ('Armed Forces', 'the United Nations'), an organisation
    head ('Heating and Hot Water Council') and a registry state or institution ('Bosnia and Herzegovina') are one."""
    if res.actor_id is not None and res.type in ("institution", "state"):
        return False
    words = mention.split()
    cut = _head_end(words)
    if not cut:
        return False
    head = _unpossessed(words[cut - 1])
    low = head.lower()
    if low in _NOT_PERSON_HEADS or low in ORGANISATION_NOUNS:
        return False
    if head.islower():
        return len(head) > 3 and head.endswith("s") and not head.endswith(_SINGULAR_S_ENDS)
    return "and" in words[1:cut - 1]


def _side(res: Resolution | None) -> str | None:
    """The resolution's side; None for no resolution and for a side given as 'unknown' (or empty)."""
    side = getattr(res, "side", None) if res is not None else None
    if side is None or str(side).strip().lower() in _NO_SIDE:
        return None
    return str(side)


class _PlainResolver:
    """Fallback when the registry cannot be loaded: the mention as written, unknown actor."""

    def resolve(self, mention: str, *, date: str | None = None, context: Sequence[Resolution] = ()) -> Resolution:
        return Resolution(name=" ".join(mention.split()), actor_id=None, side=None, type="unknown",
                          method="unknown", confidence=0.3)

    def find_mentions(self, text: str, *, date: str | None = None) -> list:
        return []


class _Speakers:
    """Mixin of ``_Extractor``: speaker resolution: actors, pronouns, unnamed speakers (step 5)."""

    # --- 5. resolution -------------------------------------------------------------------------------------
    def resolve_all(self) -> list[Quote]:
        mention_pos = _SubjectMentions(self)
        order = sorted(range(len(self.cands)), key=lambda i: (self.cands[i].start, -self.cands[i].end))
        speakers: list[_Spoken] = []
        cache: dict[tuple[int, int], Resolution] = {}
        reporters: dict[tuple[int, int], Resolution] = {}  # speaker span -> resolution, as resolved so far
        for i in order:
            c = self.cands[i]
            if c.inherit:
                prev = self.previous_speaker(speakers, c)
                subj = self.lead_subject(c)
                if subj is None:
                    subj = self.preceding_subject(c)
                res = None
                if subj is not None and (prev is None or subj[0] > prev[2][1]):
                    res = cache.get(subj) or self.resolve_mention(subj, speakers, mention_pos)
                    cache[subj] = res
                    if res.name.lower() in _FIRST_PERSON | {"who", "which"}:
                        res = self.first_person(c, res, speakers)  # the author's "I ask." is nobody's quote
                if res is not None:
                    # "He then turned to the reporters. / "Who will guarantee the deal?"": the subject of the
                    # sentence right before the quote, when it comes after the last speaker
                    c.method, c.resolution, c.speaker_span = "subject", res, subj
                    c.confidence = c.confidence / _BASE_CONFIDENCE["floating"] * _BASE_CONFIDENCE["subject"]
                    speakers.append((subj[0], res, subj, c.para))
                    continue
                if prev is None:
                    c.method = "unattributed"
                    c.confidence = _BASE_CONFIDENCE["unattributed"] * c.confidence / _BASE_CONFIDENCE["floating"]
                    if _words(self.text[c.start:c.end]) < 6 and not c.extra.get("cued"):
                        c.extra["drop"] = True
                    continue
                pos, res, span, para = prev
                if para != c.para and self.inside_narration(c):
                    # a quote inside a paragraph of narration (no quote before it there) takes no speaker from an
                    # earlier paragraph: left unattributed
                    c.method = "unattributed"
                    c.confidence = _BASE_CONFIDENCE["unattributed"] * c.confidence / _BASE_CONFIDENCE["floating"]
                    continue
                if para == c.para:
                    c.method = "interrupted"
                    c.confidence = c.confidence / _BASE_CONFIDENCE["floating"] * _BASE_CONFIDENCE["interrupted"]
                c.resolution, c.speaker_span = res, span
                continue
            if c.np is None:
                continue
            c.np = self.poll_source(self.trim_mention(c.np), c.start)
            if c.np in cache:
                res = cache[c.np]
            else:
                res = self.resolve_mention(c.extra.get("full", c.np), speakers, mention_pos)
                cache[c.np] = res
            if c.method == "post-signature" and res.method == "unknown":
                res = replace(res, name=" ".join(self.text[c.np[0]:c.np[1]].split()))  # an account's name, whole
            if res is not None and res.name.lower() in _FIRST_PERSON | {"who", "which"}:
                own = self.first_person(c, res, speakers)
                if own is None:
                    c.confidence *= _BASE_CONFIDENCE["unattributed"] / _BASE_CONFIDENCE["floating"]
                    written = self.text[c.np[0]:c.np[1]]
                    if written.lower() in _FIRST_PERSON and c.outer is None:
                        # the author's own "I think …": the mention as written, no actor and no side
                        c.resolution, c.speaker_span, c.method = _as_written(written), c.np, FIRST_PERSON_METHOD
                    else:
                        c.resolution, c.speaker_span, c.method = None, None, "unattributed"
                    continue
                res = own
            span = c.np
            if res is not None:
                span = self.embedded_pronoun_source(c.np)
                res = reporters.get(span, res) if span != c.np else res  # the reporter's own resolution
            c.resolution, c.speaker_span = res, span
            reporters[span] = res
            if c.outer is None:
                speakers.append((c.np[0], res, c.np, c.para))
        self.lead_into_next(order)
        quotes: list[Quote] = []
        ids: dict[int, str] = {}
        n = 0
        kept = [i for i in order if not self.cands[i].extra.get("drop") and not self.markup(self.cands[i])]
        kept = self.dedupe(kept)
        folded = {self.cands[i].extra["folds"] for i in kept if "folds" in self.cands[i].extra
                  and self.cands[i].end >= self.cands[self.cands[i].extra["folds"]].end}  # unless cut back before it
        if folded:
            kept = [i for i in kept if i not in folded]
        joined, orphans = self.join_interrupted(kept)
        if joined or orphans:
            kept = [i for i in kept if i not in joined and i not in orphans]
        for i in kept:
            ids[i] = f"{self.article_id}:q{n}"
            n += 1
        for tail, head in joined.items():
            ids[tail] = ids[head]  # a quote nested in the second half is nested in the joined quote
        weights = load_weights()
        for i in kept:
            c = self.cands[i]
            res = self.in_full(c.resolution, c.speaker_span, mention_pos)
            on = self.quote_features(c)
            if self.feature_log is not None:
                self.feature_log.append((on, round(min(1.0, max(0.0, c.confidence)), 3)))
            quotes.append(Quote(
                quote_id=ids[i], article_id=self.article_id, start=c.start, end=c.end,
                text=self.text[c.start:c.end], kind=c.kind,
                nested_in=ids.get(c.outer) if c.outer is not None else None,
                speaker=res.name if res else None, actor_id=res.actor_id if res else None,
                side=_side(res),
                speaker_start=c.speaker_span[0] if res and c.speaker_span else None,
                speaker_end=c.speaker_span[1] if res and c.speaker_span else None,
                cue=c.cue, method=c.method, confidence=score(on, weights)))
        return quotes

    def join_interrupted(self, kept: list[int]) -> tuple[dict[int, int], set[int]]:
        """'The ferry deal, the envoy said, would be signed by June.': the two halves of a report interrupted by its
        attribution (the first candidate's ``extra["continued_by"]``, set by the postposed reader and
        ``split_subject``) become one quote from the first half's start to the second's end, its text as written,
        the attribution inside (PolNeAR marks one content with two segments; the first half alone is often a bare
        subject). The first candidate is widened in place. Returns {second half's index: first half's index} for
        the kept pairs and the first halves made only to be joined (``split_subject``'s) whose second half is
        gone, to drop (round 18)."""
        heads = [i for i in kept if "continued_by" in self.cands[i].extra]
        if not heads:
            return {}, set()
        at = {id(self.cands[i]): i for i in kept}
        joined: dict[int, int] = {}
        orphans: set[int] = set()
        for i in heads:
            c = self.cands[i]
            tail = c.extra["continued_by"]
            j = at.get(id(tail))
            if j is None:
                if c.extra.get("subject_only"):
                    orphans.add(i)
                continue
            c.end = tail.end
            c.kind = "indirect" if c.kind == tail.kind == "indirect" else "mixed"
            joined[j] = i
        return joined, orphans

    def in_full(self, res: Resolution | None, span: tuple[int, int] | None, names: _SubjectMentions
                ) -> Resolution | None:
        """An unregistered speaker named by a surname alone ('Doe said') under the one full name the article gave
        before the mention ('Jane Doe'), so one person is one speaker in the study's tables; the registry's actor
        when the full name is one. The mention span is unchanged."""
        if res is None or span is None or res.actor_id is not None or " " in res.name \
                or not res.name[:1].isupper() \
                or self.registry_qualifier(res.name):
            return res
        full = names.full_name(res.name, span[0])
        given = full is None and not self.honorific_before(span)
        if given:
            full = names.given_full_name(res.name, span[0])  # 'Jane said' after 'Jane Doe' (round 16)
        if full is None:
            return res
        known = self.safe_resolve(full, ())
        if known.actor_id is not None and known.type == "person":
            # a public figure is not named by the given name the registry lists ('Dmitry said' is someone else)
            return res if given and res.name in self.registry_given_names(known.actor_id) else known
        if "." in full:  # 'John F. Doe': the registry's spelling, the name its full mention gets (next19)
            return replace(res, name=known.name) if known.name.endswith(" " + res.name) else res
        return replace(res, name=full)

    def registry_given_names(self, actor_id: str) -> tuple[str, ...]:
        """The given names the registry lists for ``actor_id`` (none when the registry has no such list)."""
        actor = getattr(self.registry, "actors", {}).get(actor_id)
        return getattr(actor, "given_names", ()) or ()

    def honorific_before(self, span: tuple[int, int]) -> bool:
        """Does the speaker mention at ``span`` carry an honorific or follow one ('Mr Kim', 'Mrs. Jane said'): the
        name after it is a surname, never a given name (round 16)."""
        words = self.text[max(0, span[0] - 6):span[1]].replace(".", " ").split()
        return len(words) >= 2 and words[-2].lower() in HONORIFICS

    def mention_name(self, span: tuple[int, int]) -> str | None:
        """The canonical name the engine gives a speaker mention at ``span`` that is only a name ('Doe', 'Mr. Doe',
        "Doe's"; 'Doe, the envoy,' by its name before the comma): the registry's resolution, then a surname alone under the article's one full name (``in_full``);
        None for a pronoun or any other phrase. Scoring uses it to name a gold speaker mention (round 16)."""
        written = self.text[span[0]:span[1]]
        mention = written.split(",")[0]  # 'Doe, the envoy,': the name before its apposition
        if not _NAME_ONLY.fullmatch(mention) or mention.lower() in self.lex.pronouns:
            return None
        span = (span[0], span[0] + len(mention))
        names = _SubjectMentions(self)
        res = self.in_full(self.resolve_mention(span, [], names), span, names)
        if res is None or res.type == "state" and mention != written:
            return None  # review 16: "Washington, a stage actor,": a person of that name, not the place's country
        # review 16: the name is the mention's own: its head word is in it, or stands for it alone ("Moscow",
        # "U.S."); not a name inside a longer one ("Putin Foundation", "Doe's department": another actor)
        head = re.sub(r"['’]s?$", "", mention.split()[-1])
        if _name_key(head) not in {_name_key(w) for w in res.name.split()} \
                and self.safe_resolve(head, ()).name != res.name:
            return None
        return res.name

    def quote_features(self, c: _Cand) -> list[str]:
        """The calibration features of a resolved candidate (``_confidence.features``): read from the candidate,
        its resolution and the document's sentence and quote-span indexes (bisections, no text scan)."""
        res = c.resolution
        span = c.speaker_span if res is not None else None
        distance = None
        if span is not None:  # sentences from the mention to the quote's nearest end (0 inside or beside it)
            sent = self.doc.sent_of
            if span[0] >= c.end:
                distance = sent(span[0]) - sent(max(c.start, c.end - 1))
            elif span[1] <= c.start:
                distance = sent(c.start) - sent(span[0])
            else:
                distance = 0
        return confidence_features(kind=c.kind, method=c.method, cue_class=self.cue_class(c.cue),
                                   speaker_class=self.speaker_class(res, span), inherited=c.inherit and res is not None,
                                   distance=distance, chars=c.end - c.start,
                                   flagged=self.flagged_marks(c.start) or bool(c.extra.get("guessed_start")))

    def cue_class(self, cue: str | None) -> str | None:
        """The cue's class for calibration: its lexicon lemma when one of say/tell/add/according to, 'object' for
        a stance verb with an object complement, 'other' for any other lexicon cue, None without a lexicon cue."""
        if not cue:
            return None
        words = tuple(cue.lower().split())
        row = next((k for k in self.lex.cues.get(words[0], ()) if k.words == words), None) if words else None
        if row is None:
            return None
        if row.lemma in _CUE_LEMMA_CLASSES:
            return row.lemma
        return "object" if row.complement == "object" else "other"

    def speaker_class(self, res: Resolution | None, span: tuple[int, int] | None) -> str:
        """How the speaker was read: registry (an actor by name), registry-role (an actor by a role noun),
        pronoun, name (capitalised, not in the registry), a phrase kept as written (``phrase_class``), none."""
        if res is None:
            return "none"
        if span is not None and self.text[span[0]:span[1]].lower() in self.lex.pronouns:
            return "pronoun"
        if res.actor_id is not None:
            return "registry-role" if res.method.startswith("role") else "registry"
        return "name" if res.name[:1].isupper() else phrase_class(self.text[span[0]:span[1]] if span else "", res.name)

    def flagged_marks(self, pos: int) -> bool:
        """Does ``pos`` fall inside an outermost quoted span flagged unbalanced or unclosed?"""
        span = self.outer_around(pos)
        return span is not None and bool(span.flags & _BAD_MARKS)

    def in_marks(self, pos: int) -> bool:
        """Does ``pos`` fall inside an outermost quoted span (quoted words, not the narration)?"""
        return self.outer_around(pos) is not None

    def inside_narration(self, c: _Cand) -> bool:
        """Does quote candidate ``c`` stand after words of narration in its own paragraph (not opening it, no
        other quote before it there)?"""
        lead = self.text[self.doc.paras[c.para].start:c.start]
        return bool(lead.strip(" \t\n*_-—–")) and not any(m in lead for m in ('"', "“", "”", "«", "»", "''"))

    def lead_into_next(self, order: list[int]) -> None:
        """'"…," Kuleba said. "…." He added, "…"': an interrupted quote right before the speaker phrase that
        leads into the next quote of its paragraph takes that nearer mention of the same speaker (another
        speaker there is a reply: the quote keeps the previous one)."""
        for n, i in enumerate(order[:-1]):
            c = self.cands[i]
            if not c.inherit or c.method != "interrupted":
                continue
            nxt = self.cands[order[n + 1]]
            if nxt.para != c.para or nxt.inherit or nxt.np is None or nxt.resolution is None \
                    or nxt.speaker_span is None or not c.end <= nxt.np[0] < nxt.np[1] <= nxt.start \
                    or self.text[c.end:nxt.np[0]].strip() or c.resolution is None \
                    or c.resolution.name != nxt.resolution.name:
                continue
            c.speaker_span = nxt.speaker_span

    def markup(self, c: _Cand) -> bool:
        """The span holds a markup tag ('<tweet author="…">…</tweet>' embeds): its quote marks are attribute
        delimiters, not anyone's words."""
        text = self.text[c.start:c.end]
        if text.startswith('">'):
            return True
        m = _MARKUP.search(text) if "<" in text else None
        if m is None:
            return False
        span = self._content(c.start, c.start + m.start()) if c.kind != "direct" else None
        if span is None or _words(self.text[span[0]:span[1]]) < 3:
            return True
        c.end = span[1]  # "… breaks the truce terms pic.twitter.com/x<tweet/>": the report ends before the tag
        return False

    def first_person(self, c: _Cand, res: Resolution, speakers) -> Resolution | None:
        """'I'/'we' (and an unresolved 'who'): inside a quote, the quote's speaker; in a dash-dialogue paragraph
        ('- I think …' after '… - said Biden'), the previous speaker; in the author's narration, nobody."""
        if res.name.lower() in ("who", "which"):
            return None
        if c.outer is not None:
            outer = self.cands[c.outer]
            return outer.resolution
        para = self.doc.paras[c.para] if 0 <= c.para < len(self.doc.paras) else None
        lead = self.text[para.start:c.start].lstrip()[:1] if para is not None else ""
        if lead in ("-", "–", "—"):
            prev = self.previous_speaker(speakers, c)
            if prev is not None:
                return prev[1]
        return None

    def dedupe(self, order: list[int]) -> list[int]:
        """Drop outermost candidates that overlap an earlier kept one (nested quotes are kept)."""
        kept: list[int] = []
        max_end = -1  # candidates come sorted by start
        for i in order:
            c = self.cands[i]
            if c.outer is None and c.start < max_end:
                continue
            kept.append(i)
            if c.outer is None:
                max_end = max(max_end, c.end)
        return kept

    def preceding_subject(self, c: _Cand) -> tuple[int, int] | None:
        """Subject (name, role noun or pronoun) of the sentence just before a floating quote, if that sentence
        holds no quote itself and ends the previous paragraph or precedes the quote in its own."""
        d = self.doc
        si = d.sent_of(c.start)
        if si == 0 or not d.sents:
            return None
        sent = d.sents[si]
        if sent.start < c.start and self.text[sent.start:c.start].strip():
            return None
        prev = d.sents[si - 1]
        if d.para_of(c.start) - d.para_of(prev.start) > 1 or any(
                s.start < prev.end and prev.start < s.end for s in d.outer):
            return None
        ls, le = d.tok_at_or_after(prev.start), d.tok_at_or_after(prev.end)
        subj = self.sentence_subject(ls, le)
        if subj is None:
            return None
        a, b = self.np_chars(subj)
        mention = self.text[a:b]
        if not (mention.lower() in self.lex.pronouns or any(w[:1].isupper() for w in mention.split())) \
                or mention.lower() in _NONPERSON_HEADS:
            return None  # 'It was a long ride. "…"': a thing, no speaker; the last speaker goes on (audit VIII)
        return a, b

    def poll_source(self, np: tuple[int, int], content_start: int) -> tuple[int, int]:
        """'In a KIIS/Rating survey, 68 percent of Ukrainians said …', 'A Levada poll found that
        voters said …': respondents (a share or a group, no name) reported by a poll named in the same sentence
        before the content speak through the poll; its mention is the speaker. Otherwise ``np`` unchanged."""
        d, t, p = self.doc, self.doc.toks, self.p
        a, b = d.tok_at_or_after(np[0]), d.tok_at_or_after(np[1])
        if not self.respondents(a, b):
            return np
        ls, _ = self.sent_tok_bounds(np[0])
        hi = d.tok_at_or_after(min(content_start, d.sents[d.sent_of(np[0])].end)) if d.sents else b
        for h in range(ls, hi):
            if t[h].low not in _POLL_HEADS or not t[h].text.islower():
                continue
            m = h
            while m - 1 >= ls and h - m < 8 and t[m - 1].text not in _BOUNDARY and t[m - 1].low not in _PP_START \
                    and t[m - 1].low not in _SUBORD and not p.is_verb(m - 1) and t[m - 1].low not in _PREPS:
                m -= 1
                if p.cls(m) == "det":
                    break
            return t[m].start, t[h].end
        return np

    def respondents(self, a: int, b: int) -> bool:
        """Tokens ``a``..``b`` name poll respondents: a share ('68 percent of Ukrainians', 'about half') or a plural
        group ('voters', 'Latino voters', 'the public'), no personal name (two capitalised words in a row) or pronoun
        other than 'they'."""
        t, p = self.doc.toks, self.p
        words = [t[m] for m in range(a, b)]
        if not words or (len(words) == 1 and words[0].low in self.lex.pronouns and words[0].low != "they"):
            return False
        if any(w.low in ("percent", "%", "half", "majority", "third", "quarter") or w.text.isdigit() for w in words):
            return True
        caps = [p.cls(m) == "cap" and not t[m].low.endswith("s") for m in range(a, b)]
        return words[-1].low in _GROUP_HEADS and not any(x and y for x, y in zip(caps, caps[1:]))

    def embedded_pronoun_source(self, np: tuple[int, int]) -> tuple[int, int]:
        """A pronoun speaker inside a clause reported by its own antecedent ('Brown said he believes …',
        'Zelensky said at a briefing, adding that he believed …', 'Doe is letting them know he believes …'): the
        report is the antecedent's, so its mention (earlier in the same sentence) is the speaker span, as PolNeAR
        marks it. Otherwise ``np``."""
        ante = self.antecedent_spans.get(np[0])
        if ante is None and self.text[np[0]:np[1]].lower() in ("he", "she"):
            return self.reporting_name(np)
        if ante is None or self.text[np[0]:np[1]].lower() not in ("he", "she", "they") or ante[1] > np[0]:
            return np
        d, t = self.doc, self.doc.toks
        k = d.tok_at_or_after(np[0])
        if k == 0 or d.sent_of(ante[0]) != d.sent_of(np[0]) or self.in_content(ante[0]):
            return np
        prev = t[k - 1]
        if prev.low == "that" and k >= 2 and (t[k - 2].low in _NON_REPORT_THAT or (
                t[k - 2].text.isalpha() and not self.p.verb_at(k - 2) and not any(
                    self.p.cue_at(m) is not None or t[m].text in _BOUNDARY for m in range(max(0, k - 10), k - 1)))):
            return np  # "so much so that he accused …", "now that she runs …": no report of the antecedent's;
            # "moves that he said improved …": a relative 'that' after a noun with no cue before it
        if prev.low in ("that", "whether", "how", "if") or (
                prev.text.islower() and self.p.cue_at(k - 1) is not None and self.p.cue_at(k - 1).type == "verb"):
            return self.reporter_span(np, ante) or ante
        return np

    def reporting_name(self, np: tuple[int, int]) -> tuple[int, int]:
        """'Berg said he believes "…"' with no antecedent found by resolution (a name outside the registry): the
        name that speaks the cue right before the pronoun (or before its 'that') reports it. Otherwise ``np``."""
        d, t, p = self.doc, self.doc.toks, self.p
        k = d.tok_at_or_after(np[0])
        ci = k - 2 if k >= 2 and t[k - 1].low == "that" else k - 1
        cue = p.cue_at(ci) if ci >= 0 and t[ci].text.islower() else None
        if cue is None or cue.type != "verb" or ci + len(cue.words) > k:
            return np
        ls, _ = self.sent_tok_bounds(np[0])
        rep, _how = p.speaker_left(ci, ls, cue)
        if rep is None or p.cls(rep[1] - 1) != "cap" or self.in_content(t[rep[0]].start):
            return np
        return self.np_chars(rep)

    def reporter_span(self, np: tuple[int, int], ante: tuple[int, int]) -> tuple[int, int] | None:
        """The speaker mention of the attribution whose content holds the pronoun ``np``, when it comes before
        the antecedent found by recency ('The president told the BBC's Jane Doe that he believes …': the
        president, not the addressee). None when there is no such reporter."""
        best = None
        for c in self.cands:
            sp = c.speaker_span
            if c.inherit or sp is None or not (c.start <= np[0] < c.end) or sp[1] > np[0] or sp[0] >= ante[0]:
                continue
            if self.doc.sent_of(sp[0]) == self.doc.sent_of(np[0]) and (best is None or sp[0] > best[0]):
                best = sp
        return best

    def trim_mention(self, np: tuple[int, int]) -> tuple[int, int]:
        """A speaker mention (character span) without the stray words a phrase reader can take in: a leading
        conjunction or subordinator ('and that he', 'but he', 'as she', 'when it') and a trailing modal,
        negation, adverb or dash ('he won't', 'they should', 'she now', 'he would honor a previous',
        'Peskov -'). Unchanged when nothing would be left."""
        d, t = self.doc, self.doc.toks
        a, b = d.tok_at_or_after(np[0]), d.tok_at_or_after(np[1])
        if b - a < 2:
            return np
        while a < b - 1 and (t[a].low in _SUBORD or t[a].low in _CONJ or t[a].low in _LEAD_SKIP
                             or _link_fragment(self.text, t[a].start)):
            a += 1
        for m in range(a + 1, b):
            low = t[m].low
            if low in _FINITE or low in _BE or low == "now" or (low in ("-", "—", "–") and m == b - 1) or (
                    self.p.cls(a) == "pron" and m == a + 1):
                b = m
                break
        if (t[a].start, t[b - 1].end) == np or not t[a].text[:1].isalnum():
            return np
        return t[a].start, t[b - 1].end

    def asked_by(self, ls: int, q: int) -> tuple[int, int] | None:
        """'Kuleba was asked by host Anna Berg, "…?"' / 'was asked by a reporter whether …': the agent of a
        passive 'asked by' before the quote asks the question (a name or role phrase)."""
        t, p = self.doc.toks, self.p
        for m in range(max(ls + 1, q - 45), q - 2):
            if t[m].low == "asked" and t[m + 1].low == "by" and t[m - 1].low in _BE:
                return self.by_agent(m + 2, q)
        return None

    def by_agent(self, a: int, hi: int) -> tuple[int, int] | None:
        """The agent phrase starting at token ``a`` after a passive's 'by', before ``hi``: a name or role phrase,
        lowercase premodifiers kept ('by host Anna Berg', 'by a reporter'), or None."""
        t, p = self.doc.toks, self.p
        for s in range(a, min(hi, a + 3)):
            np = p.np_right(s, hi)
            if np is not None and p.cls(np[1] - 1) in ("cap", "role"):
                return a, np[1]
            if not (t[s].text.isalpha() and t[s].text.islower()):
                break
        return None

    def lead_subject(self, c: _Cand) -> tuple[int, int] | None:
        """Subject of the clause that leads into a floating quote in its own sentence ('When Lavrov finally
        wrapped up — "…"', 'Ms. Doe has been an envoy, … with a simple message: "…"'): the first name,
        role phrase or pronoun that opens the sentence or follows one of its commas (introductory phrases,
        'As'/'When', datelines and adverbs skipped, places inside a prepositional phrase refused) and is
        followed by a verb-like lowercase word, a comma, a parenthesis or a dash."""
        d, p, t = self.doc, self.p, self.doc.toks
        ls, _ = self.sent_tok_bounds(c.start)
        q = d.tok_at_or_after(c.start)
        if q - ls < 2 or _words(self.text[t[ls].start:c.start].replace(_MASK, " ")) < 2:
            return None
        agent = self.asked_by(ls, q)
        if agent is not None:
            return self.np_chars(agent)
        near = self.nearest_clause_subject(ls, q)
        if near is not None:
            return self.np_chars(near)
        a = self.after_dateline(ls, q)
        starts = [a] + [m + 1 for m in range(a, q) if t[m].text == ","]
        for s in starts:
            while s < q and (t[s].text in _BOUNDARY or t[s].low in _LEAD_SKIP or t[s].low in _CONJ or (
                    t[s].low.endswith(("ly", "wise")) and t[s].text[:1].isupper() and p.cls(s) != "pron")):
                s += 1
            if s >= q or p.cls(s) == "prep" or t[s].low in _PP_START or t[s].low in _SUBORD \
                    or p.participle_opening(s, q) or t[s].low == "there" or (
                    t[s].text[:1].isupper() and t[s].low.endswith(_PARTICIPLE_END) and s + 1 < q and t[s + 1].text.islower()):
                continue
            base = re.sub(r"['’]\w+$", "", t[s].low)
            if base != t[s].low and base in ("he", "she", "they", "we"):
                return t[s].start, t[s].start + len(base)  # "he's repeated the same line at each briefing: …"
            if base != t[s].low and (base in self.lex.pronouns or base in _CAP_STOP):
                continue  # "I'm sure we all agree …", "It's the old habit of …"
            np = p.np_right(s, q)
            if np is not None and np[1] + 1 < q and t[np[1]].text in ("’", "'") and p.cls(np[1] + 1) == "cap":
                more = p.np_right(np[1] + 1, q)  # "RealClearPolitics’ David Byler"
                np = (np[0], more[1]) if more is not None else np
            if np is None and p.cls(s) == "det" and t[s].low not in ("his", "her", "its", "their", "my", "our"):
                np = self.common_subject(s, q)  # "the rally denounced …", "a familiar voice celebrated …"
            if np is None or np[1] >= q or p.cls(np[1] - 1) not in ("cap", "role", "pron", None):
                continue
            if p.in_place_pp(np, ls) or (np[1] - np[0] == 1 and t[s].low.endswith(("ly", "wise"))):
                continue
            nxt = t[np[1]]
            if nxt.text in (",", "(", "—", "–", "--") or (
                    nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _PP_START
                    and nxt.low not in _PREPS and nxt.low not in _SUBORD and nxt.low not in _DETS):
                return self.np_chars(np)
        return None

    def nearest_clause_subject(self, ls: int, q: int) -> tuple[int, int] | None:
        """The subject of a subordinate clause that runs up to the quote ('… won applause as she greeted her home
        city and then declared, "…"', '… Tom Brown, whom he calls a man of "…"', '… in which Kuleba
        expressed hope that …'): a personal or relative pronoun or a name right after the last clause
        opener before the quote, followed by a lowercase word, with no clause break up to the quote."""
        t, p = self.doc.toks, self.p
        end = q
        while end - 1 > ls and t[end - 1].text in (",", ":", "—", "–"):
            end -= 1
        for r in range(end - 1, ls - 1, -1):
            if t[r].text in _BOUNDARY:
                return None
            if t[r].low in ("who", "which") and r + 1 < end and t[r + 1].text.islower() and (
                    p.is_verb(r + 1) or t[r + 1].low.endswith("s")) and r - 1 >= ls and t[r - 1].text != ",":
                return r, r + 1
            if t[r].low not in _CLAUSE_OPENERS or (t[r + 1].text.islower() and p.cls(r + 1) != "pron"
                                                   and t[r + 1].low not in _DETS):
                continue  # "describes as having …": no clause opens here
            if r + 2 >= end:
                return None
            np = p.np_right(r + 1, end)
            if np is None or np[1] >= end or p.cls(np[1] - 1) not in ("cap", "pron"):
                return None
            if p.cls(np[0]) == "pron" and t[np[0]].low not in ("he", "she", "they", "it"):
                return None
            nxt = t[np[1]]
            if nxt.text.isalpha() and nxt.text.islower() and (p.is_verb(np[1]) or nxt.low.endswith("s")) \
                    and nxt.low not in _SUBORD:
                return np
            return None
        return None

    def common_subject(self, s: int, q: int) -> tuple[int, int] | None:
        """A determiner and up to three lowercase words before a past-tense verb ('the rally denounced', 'a
        familiar voice celebrated', 'The team cited'): a clause subject without a name or role noun."""
        t, p = self.doc.toks, self.p
        m = s + 1
        while m < q and m - s <= 3 and t[m].text.isalpha() and t[m].text.islower() and not p.is_verb(m) \
                and t[m].low not in _SUBORD and t[m].low not in _PP_START and t[m].low not in _PREPS:
            m += 1
        if m == s + 1 or m >= q or not p.is_verb(m) or t[m].low in _BE or t[m].low in _PAST_PARTICIPLES - {
                "said", "told", "wrote"}:
            return None
        return s, m

    def previous_speaker(self, speakers, c: _Cand):
        """The speaker mentioned last before the quote (by the mention's place, not the order its report was read
        in: 'A, B mocked the plan, Jane Doe said. / "…"' inherits Jane Doe), within two paragraphs."""
        last = max((s for s in speakers[-_RECENT_SPEAKERS:] if s[0] < c.start), key=lambda s: s[0], default=None)
        if last is None:
            return None
        if c.para - last[3] > 2:
            return None
        return last

    def resolve_mention(self, np: tuple[int, int], speakers, mention_pos) -> Resolution:
        mention = self.text[np[0]:np[1]]
        # "the CIS (Commonwealth of Independent States) Department", "Ministry of Defence (MoD)": the
        # parenthesis glosses the name; resolve without it
        bare = " ".join(_PARENTHESIS.sub(" ", mention).split())
        if bare and bare != mention:
            mention = bare
        low = mention.lower()
        if low in self.lex.pronouns:
            ante = self.antecedent(low, np[0], speakers, mention_pos)
            if ante is not None:
                return ante
            return self.safe_resolve(mention, ())
        named = self.name_in_apposition(np) or self.issuer_after(np, speakers) \
            or self.pronoun_owner(np, speakers, mention_pos) or self.name_before_role(np)
        if named is not None:  # round 18: "another mourner, Jane Doe, said"; "according to a report by X"
            return named
        given = _IDENTIFIED_AS.match(self.text, np[1])
        if given is not None:  # round 16: "the sailor, identified as (52-year-old) Jo Roe,": the name given after it
            res = self.safe_resolve(given.group(1), ())
            if res.type in ("person", "unknown") and res.method != "ambiguous" \
                    and _NOT_NAME_WORDS.isdisjoint(given.group(1).lower().split()):
                return replace(res, type="person", method="role-in-context", confidence=min(res.confidence, 0.6))
        defined = self.abbreviation_defined(np)
        if defined is not None:  # round 17: "the MoD" after "Britain's Ministry of Defence (MoD)"
            return defined
        reads_context = getattr(self.registry, "reads_context", None)
        no_context = reads_context is not None and not reads_context(mention)
        capital = any(w[:1].isupper() for w in mention.split())
        if capital or no_context:
            # a name: the actors mentioned so far are the quotes' speakers (and a noun whose resolution reads no
            # context, e.g. "officials", "the statement": it skips the costly mention scan below)
            context = self.context_before(np[0], speakers, None)
            if not capital:
                res = self.safe_resolve(mention, context)
                if res.method != "unknown":
                    return res
                return self.titled_before(np, context) or self.last_named_speaker(np, speakers, names=mention_pos) \
                    or self.lede_name(np) or self.unit_named(np, context) \
                    or self.issuer_named_before(np, speakers, context) or self.body_spoke_before(np, speakers) \
                    or self.outlet_named_before(np) or self.phrase_named_before(np) or res
            if _named(mention, self.registry):
                res = self.unnamed_fallback(np, mention, self.safe_resolve(mention, context), context)
                return self.or_last_named(np, speakers, res, names=mention_pos, context=context)
            # "The former adviser", "the top Pentagon adviser": a role noun capitalised only by its determiner or
            # qualifiers; the speakers first, then the article's mentions when they leave it unresolved (round 11)
            res = self.safe_resolve(mention, context)
            if res.method not in ("unknown", "ambiguous"):
                return res
            if no_context:  # "A senior official": no context helps, no mention scan
                return self.or_last_named(np, speakers, res, names=mention_pos, context=context)
            context = self.mentions_before(np[0]) + context
        else:
            # a role noun ("the senior diplomat"): the registry's own mentions (titles, appositions) help it;
            # finding them costs more than the whole extraction, so only here, once per article
            context = self.mentions_before(np[0]) + self.context_before(np[0], speakers, None)
            res = self.unnamed_fallback(np, mention, self.safe_resolve(mention, context), context)
            # audit X: "the official" the registry reads in context but leaves unknown: the named speaker just before
            return self.or_last_named(np, speakers, res, names=mention_pos)
        res = self.unnamed_fallback(np, mention, self.safe_resolve(mention, context), context)
        # audit XI: "The official" opening a sentence, as the lowercase one above, but only right after the speaker
        return self.or_last_named(np, speakers, res, names=mention_pos, opening=True)

    def abbreviation_defined(self, np: tuple[int, int]) -> Resolution | None:
        """Round 17 (audit XVIII): "the MoD" after "Britain's Ministry of Defence (MoD)": a short abbreviation the
        registry does not know, defined in brackets after a capitalised name earlier in the article whose word
        initials hold its capitals in order, is what the registry reads that name as, when that reading has an actor
        or a side (never a person); else None."""
        m = _ABBREVIATION.fullmatch(self.text, np[0], np[1])
        at = self.text.rfind(f"({m.group(1)})", 0, np[0]) if m is not None else -1
        if at < 0 or self.safe_resolve(m.group(1), ()).method != "unknown":
            return None  # not defined before; or registered ("NATO"): the registry reads it
        name = _NAME_BEFORE_BRACKET.search(self.text, max(0, at - 120), at)
        initials = iter(w[0].upper() for w in name.group(1).split()) if name is not None else iter(())
        if name is None or not all(ch in initials for ch in m.group(1) if ch.isupper()):
            return None  # "… said on Tuesday (AP)": no name the abbreviation spells
        res = self.safe_resolve(name.group(1), ())
        if res.type == "person" or res.method == "ambiguous" or not (res.actor_id or res.side):
            return None  # a person; or a name that says no more than its abbreviation (no actor, no side)
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.7))

    def mentions_before(self, pos: int) -> tuple:
        """The last ``CONTEXT_SIZE`` of the article's own mentions (``all_mentions``) before ``pos``."""
        return tuple(m for p, m in self.all_mentions if p < pos)[-CONTEXT_SIZE:]

    def unnamed_fallback(self, np: tuple[int, int], mention: str, res: Resolution, context: tuple) -> Resolution:
        """A role noun left as an unnamed person: the name it is set off after, or the one person named just
        after it whom the role fits; else ``res`` unchanged (round 11). A non-person noun ("the council") is re-read
        by the registry in its article, for the organisation named before it (never a person; round 12)."""
        reads = getattr(self.registry, "reads_context", None)
        if res.type != "person" and res.method in ("unknown", "role-in-context") \
                and mention == self.text[np[0]:np[1]] and reads is not None and reads(mention):
            unit = self.unit_in_article(np, context)  # with audit XI's body named before with that head
            return unit if unit is not None and unit.type != "person" else res
        titled = self.titled_before(np, context) if res.method == "unknown" else None
        if titled is not None:
            return titled
        if res.type != "person" or res.method not in ("unknown", "ambiguous") or mention != self.text[np[0]:np[1]] \
                or res.method == "unknown" and res.name != res.descriptor:
            return res
        return self.apposed_name(np, context) or self.named_ahead(np, context) or res

    def titled_before(self, np: tuple[int, int], context: tuple[Resolution, ...]) -> Resolution | None:
        """"the MI6 chief" after "MI6 chief Jane Doe", "the wholesaler" after "beer wholesaler Harbour Ales": a
        definite role phrase the article used before (within ``_TITLE_WINDOW`` characters) as the title of a name
        stands for that name (audit VII). None for plural phrases and documents, and when any other use of the
        phrase in the window (not "the <phrase>") is no title of that same name: another name, a rank that makes
        it another post ("Deputy governor X"), a longer title, or no name ("a fine artist who …")."""
        aged = _AGE_EPITHET.fullmatch(self.text, np[0], np[1])
        if aged is not None:
            return self.aged_before(np, aged, context)
        words = self.text[np[0]:np[1]].split()
        if len(words) < 2 or words[0].lower() != "the" or not words[-1].islower() or words[-1] in _DOCUMENT_HEADS \
                or words[-1].endswith("s") and not words[-1].endswith("ss"):
            return None
        phrase = " ".join(words[1:])
        person = (words[-1] in self.lex.role_nouns or _person_noun(words[-1])) and words[-1] not in _INDEFINITE
        lo = max(0, np[0] - _TITLE_WINDOW)
        # (a window without the phrase has no use of it, and no pattern is compiled; round 17 speed)
        uses = re.compile(rf"(?<![\w-])[{re.escape(phrase[0].upper() + phrase[0])}]{re.escape(phrase[1:])}(?![\w-])"
                          ).finditer(self.text, lo, np[0]) if self.text.find(phrase[1:], lo, np[0]) >= 0 else ()
        found: list[Resolution] = []
        for m in uses:
            of_name = _TITLE_OF_NAME.match(self.text, m.end())
            if of_name is not None:
                # round 15: "(the) governor of Harbour Region, Jane Doe," -> "the governor" is Jane Doe
                res = self.safe_resolve(of_name.group(1), context)
                if res.type != "person" or res.method == "ambiguous" or len(res.name.split()) < 2 \
                        or res.name.split()[-1].lower() in _PLACE_HEADS:
                    return None  # review 15: a place after the complement ("…, Port Oblast,"; "New Port" read as
                    # a person 'Port') names no one
                found.append(res)
                continue
            apposed = _APPOSED_NAME.search(self.text, max(0, m.start() - 80), m.start()) \
                if person and self.text[m.end():m.end() + 1] not in ("'", "’") else None
            res = self.safe_resolve(apposed.group(1), context) if apposed is not None \
                and _NOT_NAME_WORDS.isdisjoint(apposed.group(1).lower().split()) else None
            if res is not None and res.type == "person" and res.method != "ambiguous":
                found.append(res)  # round 15: "Jane Doe, the region's governor," -> "the governor" is Jane Doe
                continue
            before = self.text[max(0, m.start() - 12):m.start()].lower().split()
            if before and before[-1] == "the":
                continue  # "the artist said": the phrase referring back, as the speaker does
            name = _TITLED_NAME.match(self.text, m.end())
            if name is None and not found and _INDEFINITE_BEFORE.search(self.text, max(0, m.start() - 30), m.start()):
                continue  # round 15: "A Ukrainian commander of …" introducing "their commander Jane Doe"
            if before and before[-1] in _OTHER_POST or name is None \
                    or not _NOT_NAME_WORDS.isdisjoint(name.group(1).lower().split()) \
                    or name.group(1).split()[0].lower() in self.lex.role_nouns:
                return None  # "Deputy governor X", "a fine artist who …", "secretary General Y", "report Monday"
            # the title cased as in "the <phrase>": a sentence-initial "Psychotherapist Ann Lee" is Ann Lee too; a
            # one-word rest keeps the title as written ("Prince Charles", not "Charles")
            res = self.safe_resolve(phrase + self.text[m.end():name.end(1)], context)
            if len(res.name.split()) < 2:
                res = self.safe_resolve(self.text[m.start():name.end(1)], context)
            if not res.name[:1].isupper() or res.method == "ambiguous" or res.name.lower() in phrase.lower():
                return None
            found.append(res)
        if found and len({r.actor_id or r.name for r in found}) == 1:
            return found[-1]
        return None if found else self.leader_named_before(np, words, context)

    def leader_named_before(self, np: tuple[int, int], words: list[str], context: tuple) -> Resolution | None:
        """Round 15: "the space boss", "the Chechen leader" (a leader noun after its field or body word) when the
        article named the one person leading it before (``_TITLE_WINDOW`` characters) as
        "<field …> chief/CEO/head (,) <Name>" or "the head/leader of <… field …>, <Name>"; None for a rank that
        makes it another post ("the deputy space boss"), two such names, or none."""
        if len(words) < 3 or words[-1] not in _LEADER_NOUNS or not _OTHER_POST.isdisjoint(w.lower() for w in words):
            return None
        lo = max(0, np[0] - _TITLE_WINDOW)
        if self.text.find(words[-2][1:], lo, np[0]) < 0:
            return None  # every match holds the field word (round 17 speed)
        mod = re.escape(words[-2])
        mod = f"[{mod[0].upper()}{mod[0].lower()}]{mod[1:]}" if mod[:1].isalpha() else mod
        led = re.compile(rf"(?<![\w-]){mod}(?![\w-])(?:\s+\([A-Z.]+\))?(?:\s+[\w'’.-]+){{0,2}}?\s+(?:{_LEADERS_ALT}),?\s+"
                         rf"{_LED_NAME}|\b(?:{_LEADERS_ALT})\s+of\s+[^,.;:\n]{{0,60}}?(?<![\w-]){mod}(?![\w-])"
                         rf"[^,.;:\n]{{0,40}}?,\s+{_LED_NAME}(?=[,.;]|\s+(?:has|had|said|says|told|was|is)\b)")
        names: set[str] = set()
        res: Resolution | None = None
        for m in led.finditer(self.text, lo, np[0]):
            name = m.group(1) or m.group(2)
            if not _NOT_NAME_WORDS.isdisjoint(name.lower().split()):
                continue
            res = self.safe_resolve(name, context)
            if res.type != "person" or res.method == "ambiguous":
                return None
            names.add(res.actor_id or res.name)
        if res is None or len(names) != 1:
            return None
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def aged_person(self, aged: re.Match) -> bool:
        """An age epithet that names a person: "the 43-year-old", "the 43-year-old (church) volunteer"; not "the
        43-year-old law" or a plural ("the 43-year-old twins")."""
        rest = aged.group(2).split()
        return not rest or (rest[-1] in self.lex.role_nouns or _person_noun(rest[-1])) \
            and not (rest[-1].endswith("s") and not rest[-1].endswith("ss"))

    def age_uses(self, np: tuple[int, int], age: str) -> list[str | None]:
        """The article's uses of ``age`` in the ``_TITLE_WINDOW`` characters before ``np``, outside quoted content,
        oldest first: the name each gives that age ("Jane Doe, 43," / "43-year-old Jane Doe" / "Jane Doe, a
        43-year-old nurse"), None for an unnamed "43-year-old" ("a 43-year-old woman") and any use inside quotation
        marks; "the 43-year-old" (a
        reference back) and a bare ", 43," with no name before it are no uses."""
        uses: list[str | None] = []
        t = self.text
        used = re.compile(rf"(?<![\w.,£$€-]){age}(?:-year-old(?![\w-])|(?=\s*[,)]))")
        for m in used.finditer(t, max(0, np[0] - _TITLE_WINDOW), np[0]):
            if self.in_marks(m.start()):
                uses.append(None)  # an age given inside quoted words: never read as the narration's
                continue
            before = _AGED_NAME_BEFORE.search(t, max(0, m.start() - 60), m.start())
            span = _past_leading(t, before.span(1), _NOT_NAME_WORDS) if before is not None else None
            if m.group().endswith("old"):
                if t[max(0, m.start() - 4):m.start()].lower() == "the ":
                    continue
                after = _AGED_NAME_AFTER.match(t, m.end())
                if after is not None and _AGE_NOT_TITLE.isdisjoint(after.group(1).split()) \
                        and self.aged_name(after.span(2)):
                    span = after.span(2)  # (a place after it, "… teacher near Portville", leaves the name before)
            elif span is None:
                continue
            uses.append(t[span[0]:span[1]] if span is not None and self.aged_name(span) else None)
        return uses

    def aged_name(self, span: tuple[int, int]) -> bool:
        """Round 16: is the capitalised phrase at ``span``, given an age, a name: no calendar or function word
        ("On Monday, 43 …"), and no place phrase: not opening on a place preposition nor its object ("Near
        Portville, a 43-year-old …", "a 43-year-old teacher near Portville"), nor inside a sentence-opening place
        phrase ("In the port of Portville, a 43-year-old …"). Review 17: such a phrase with no comma is over
        before a name that follows a lowercase noun or an age ("In a letter Jane Doe, 43, wrote …")."""
        words = self.text[span[0]:span[1]].lower().split()
        t, p = self.doc.toks, self.p
        ls, k = self.sent_tok_bounds(span[0])[0], self.doc.tok_at_or_after(span[0])
        if not _NOT_NAME_WORDS.isdisjoint(words) or words[0] in _PLACE_PREPS or k > 0 and t[k - 1].low in _PLACE_PREPS:
            return False
        goes_on = k > ls and (p.cls(k - 1) in ("det", "prep", "cap", "join") or t[k - 1].low in _CONJ | _ROLE_PPS)
        return not (t[ls].low in _PLACE_PREPS and goes_on and all(t[m].text != "," for m in range(ls, k)))

    def aged_before(self, np: tuple[int, int], aged: re.Match, context: tuple) -> Resolution | None:
        """Round 15: "the 43-year-old said" after "Jane Doe, 43," or "43-year-old Jane Doe": the one person the
        article gave that age before (``age_uses``). None when no use gives a name, when an unnamed or a second
        person has that age, and for an epithet of no person ("the 43-year-old law")."""
        if not self.aged_person(aged):
            return None
        uses = self.age_uses(np, aged.group(1))
        if not uses or None in uses or len({n.split()[-1] for n in uses if n}) > 1:
            return None
        res = self.safe_resolve(max((n for n in uses if n), key=len), context)
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def or_last_named(self, np: tuple[int, int], speakers: list[_Spoken], res: Resolution, *,
                      names: _SubjectMentions, context: tuple | None = None, opening: bool = False) -> Resolution:
        """``res``; when it left the mention unknown, the named speaker just before it (``last_named_speaker``) or,
        given the ``context``, the body named before with the noun's head word (``unit_named``)."""
        if res.method != "unknown":
            return res
        return self.last_named_speaker(np, speakers, names=names, opening=opening) or self.lede_name(np) or (
            self.unit_named(np, context) or self.issuer_named_before(np, speakers, context)
            if context is not None else None) or self.body_spoke_before(np, speakers) \
                    or self.outlet_named_before(np) or self.phrase_named_before(np) or res

    def last_named_speaker(self, np: tuple[int, int], speakers: list[_Spoken], *, names: _SubjectMentions,
                           opening: bool = False) -> Resolution | None:
        """"Rock singer Jo Doe spoke to Harbour Radio. '…,' the singer said": a definite person noun the registry has
        no title for ("the singer", "the Okean Elzy singer"), left unresolved, stands for the named person who spoke
        last, when that speech is at most two sentences back in the same or the previous paragraph (audit VII).
        Generic nouns that bring in someone new ("the woman", "the spokesman", "the insider"), the other side of the
        exchange ("the reporter") and a new-referent modifier ("the other singer", "the rival singer") never do.
        ``opening`` (a capitalised "The official", audit XI): only with no capitalised modifier ("The U.S. official")
        and the speech in the sentence just before, and never for a name ending in a place word ("Kursk Region")."""
        words = self.text[np[0]:np[1]].split()
        # round 15: "the billionaire", "the MP": a class of people, no office the role rules could read
        epithet = len(words) == 2 and words[0].lower() in _DEFINITE_OPENERS and words[1].lower() in _EPITHET_HEADS
        if opening and (any(w[:1].isupper() for w in words[1 + epithet:]) or len(words) > 3):
            return None
        cut = _head_end(words)
        head = words[cut - 1] if words else ""  # "the editor of the … newspaper": editor
        aged = _AGE_EPITHET.fullmatch(self.text, np[0], np[1])
        # round 16: an office noun ("the senator", "the secretary", "the ministerial adviser") the role rules left
        # unknown goes to the speaker only when the article gave that speaker the noun as a title (`title_given`)
        need_title = False
        if aged is not None:  # round 15: "the 43-year-old" whose age the article gave no one before
            if not self.aged_person(aged) or self.age_uses(np, aged.group(1)):
                return None
        elif not epithet and not (self.plain_role_phrase(words, head, cut, openers=_DEFINITE_OPENERS)
                                  and (head.endswith(_PERSON_SUFFIXES) or head in _OFFICIAL_HEADS)
                                  and head not in _GENERIC_PERSONS - _OFFICIAL_HEADS):
            if not self.office_noun(words, head, cut):
                return None  # "the regulator", "the petition's author", "the other singer", "the country's …
                # operator"
            need_title = True
        titles = getattr(self.registry, "titles_in", None)
        if titles is not None and head not in _OFFICIAL_HEADS and not epithet and titles(" ".join(words)):
            need_title = True  # a registry title: the role rules decide ("the minister"), unless it was the speaker's
        last = next((s for s in reversed(speakers[-_RECENT_SPEAKERS:]) if s[0] < np[0]), None)
        if last is None:
            return None
        pos, res, _span, para = last
        d = self.doc
        # audit X: "Jo's husband" is no one named; audit XI: a surname the article gave in full before it is
        # (``_SubjectMentions.given_in_full``: a person's "<Given> <Surname>", no abbreviation: "a Ukrainian POW"),
        # when it spoke in an earlier sentence ("According to Doe, the doctor told him" is someone else)
        named = res.type == "person" and res.name[:1].isupper() and not _POSSESSIVE_WORD.search(res.name) and (
            res.actor_id or len(res.name.split()) > 1 or d.sent_of(pos) != d.sent_of(np[0])
            and names.given_in_full(res.name, pos))
        if not named or d.para_of(np[0]) - para > 1 or d.sent_of(np[0]) - d.sent_of(pos) > (1 if opening else 2) \
                or opening and res.name.split()[-1].lower() in _PLACE_HEADS:
            return None
        roles = getattr(self.registry, "roles_of", None)
        if res.actor_id and roles is not None and roles(res.actor_id, date=self.published):
            need_title = True  # an office holder is referred to by the office, which the role rules read
        if need_title and not self.title_given(res, _span, words, head, cut, pos, np):
            return None
        if (aged is not None or epithet) and self.someone_else_since(pos, np, head):
            return None  # round 15: "Jo Roe's lawyer, Tom Brown, said …. The 44-year-old": maybe Jo Roe
        if self.indefinite_use(head, pos, np[0]):
            return None  # "a reservist …": someone new since the last speaker
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    @staticmethod
    def plain_role_phrase(words: list[str], head: str, cut: int, *, openers: tuple[str, ...]) -> bool:
        """A definite phrase ("the …", an opener of ``openers``) whose lowercase head noun ``head`` is no asker,
        document or organisation noun, with no new-referent modifier ("the other singer") and no possessive ("the
        petition's author"): what `last_named_speaker` and `office_noun` both require."""
        return len(words) >= 2 and words[0].lower() in openers and head.isalpha() and head.islower() \
            and head not in _ASKER_NOUNS | _DOCUMENT_HEADS | ORGANISATION_NOUNS \
            and _NEW_REFERENT.isdisjoint(words[1:cut]) and not any(w.endswith(("'s", "’s", "´s")) for w in words)

    def office_noun(self, words: list[str], head: str, cut: int) -> bool:
        """Round 16: "the senator", "the secretary", "the U.N. nuclear chief": a definite singular person noun of an
        office (a lexicon role noun), not a rank that makes it another post, a new referent or a possessed role."""
        return self.plain_role_phrase(words, head, cut, openers=_THE) and head in self.lex.role_nouns \
            and not head.endswith("s") and head not in _GENERIC_PERSONS \
            and _OTHER_POST.isdisjoint(w.lower() for w in words)

    def title_given(self, res: Resolution, span: tuple[int, int] | None, words: list[str], head: str, cut: int,
                    pos: int, np: tuple[int, int]) -> bool:
        """Round 16: did the article give the speaker ``res`` (mentioned at ``pos``) the office noun ``head`` as a
        title within ``_TITLE_WINDOW`` characters before ``np``: "Secretary of State Jo Roe", "Sen. Jo Roe", "Jo
        Roe, an adviser to the minister,"? The phrase's capitalised modifiers ("the U.N. … chief") must be words of
        that title; and no other name is titled so between the speaker and the phrase ("Secretary Tom Brown")."""
        t = self.text
        surnames = {res.name.split()[-1]} | ({t[span[0]:span[1]].split()[-1]} if span is not None else set())
        surnames = {w for w in surnames if w[:1].isupper() and w.isalpha()}
        if not surnames:
            return False
        alt = "|".join(re.escape(w) for w in sorted(surnames))
        given: list[str] | None = None
        for m in re.finditer(rf"(?<![\w'’-])(?:{alt})(?![\w'’-])", t[max(0, np[0] - _TITLE_WINDOW):np[0]]):
            at = max(0, np[0] - _TITLE_WINDOW) + m.start()
            run = self.title_run_before(at, head) or self.title_run_after(at + len(m.group()), head)
            if run:
                given = run
        if given is None:
            return False
        mods = {w.lower().replace(".", "") for w in words[1:cut - 1] if w[:1].isupper() or w.lower() in _OTHER_POST}
        ranks = _OTHER_POST.intersection(given) - {w.lower() for w in words}  # "Deputy Secretary Jo Roe"
        if ranks or not mods <= {w.replace(".", "") for w in given}:
            return False  # "the U.N. nuclear chief" for "IAEA chief Jo Roe": another body; "the deputy minister"
        spelt = "|".join([f"[{head[0].upper()}{head[0]}]{re.escape(head[1:])}"] + [
            rf"{a[0].upper()}{a[1:]}\." for a, full in _TITLE_ABBREVIATIONS.items() if full == head])
        other = re.compile(rf"(?<![\w-])(?:{spelt})\s+(?:[A-Z][\w'’-]+\s+){{0,2}}([A-Z][\w'’-]+)")
        return all(m.group(1) in surnames for m in other.finditer(t, min(pos, np[0]), np[0]))

    def title_run_before(self, at: int, head: str) -> list[str]:
        """The words of the title right before the name at ``at`` ("Homeland Security Secretary Jo", "Sen. Jo"),
        lowercased, abbreviations spelt out, when ``head`` is one of them; [] otherwise and after a rank ("former
        senator Jo Roe"). Only capitalised words, abbreviations and the head itself belong to the run."""
        toks = re.findall(r"[\w'’.-]+|[^\w\s]", self.text[max(0, at - 80):at])
        run: list[str] = []
        for w in reversed(toks):
            low = w.lower().rstrip(".")
            short = low in _TITLE_ABBREVIATIONS or w[:1].isupper() and len(low) <= 3  # "Sen.", "U.S.", "Mr."
            if w.endswith(".") and not short:
                break  # review 16: "… met the senator. Doe said": the sentence before ends there, no title
            if w[:1].isupper() and (not w.endswith(".") or short):
                run.append(_TITLE_ABBREVIATIONS.get(low, low))
            elif low == head or low in ("of", "for", "the") and run:
                run.append(low)
            else:
                if low in _OTHER_POST:
                    run.append(low)
                break
        return run if head in run else []

    def title_run_after(self, end: int, head: str) -> list[str]:
        """The apposition after the name ending at ``end`` whose head noun is ``head`` (", an adviser to the
        minister," -> adviser), lowercased; [] otherwise."""
        m = _TITLE_RUN_AFTER.match(self.text, end)
        if m is None:
            return []
        words = m.group(1).lower().split()
        if words[:1] in (["who"], ["which"]):  # ", who served as commanding general": only a post the name held
            words = words[words.index("as") + 1:] if "as" in words[:4] else []
            words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
        cut = next((i for i, w in enumerate(words) if w in _TITLE_RUN_CUT), len(words))
        words = words[:cut]
        return words if words and words[-1] == head else []

    def lede_name(self, np: tuple[int, int]) -> Resolution | None:
        """Round 16: "The head of the ferry agency warned … . Agency President Jane Doe said …": a definite person
        role phrase in the article's first sentence stands for the person whose name opens the second sentence (the
        lede withholds the name), when that sentence names no one else first and the first names no one at all."""
        d, t = self.doc, self.text
        k = d.sent_of(np[0]) if d.sents else -1
        if k != 0 or len(d.sents) < 2:
            return None
        words = t[np[0]:np[1]].split()
        if len(words) < 2:
            return None
        cut = _head_end(words)
        head = words[cut - 1].lower()
        if not (words[0].lower() in _LEDE_DETERMINERS or _POSSESSIVE_WORD.search(words[0])) \
                or not words[cut - 1].isalpha() or head.endswith("s") \
                or not (head in self.lex.role_nouns or _person_noun(head)) or head in _GENERIC_PERSONS \
                or head in ORGANISATION_NOUNS or head in _MEDIA_NOUNS \
                or not _NEW_REFERENT.isdisjoint(w.lower() for w in words):
            return None
        opening = _LEDE_NAME.match(t, self.past_opening_phrase(d.sents[k + 1].start, d.sents[k + 1].end))
        if opening is None or opening.group(2) not in _LEDE_VERBS:
            return None
        res = self.safe_resolve(opening.group(1), ())
        if res.type != "person" or res.method == "ambiguous" or len(res.name.split()) < 2 \
                or not res.name[:1].isupper() or res.name.lower() in t[np[0]:np[1]].lower():
            return None
        title = opening.group(1).split()[:-2]
        if words[0].lower() != "the" and title and head not in {w.lower() for w in title}:
            return None  # "…, an expert warned. President Jane Doe said": a name under another title (next19)
        first = t[d.sents[k].start:np[0]] + " " + t[np[1]:d.sents[k].end]
        if any(self.safe_resolve(m.group(), ()).type == "person" for m in _TWO_CAPITALS.finditer(first)):
            return None  # "The head of the agency met Jane Doe …": the lede named someone
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def past_opening_phrase(self, start: int, end: int) -> int:
        """Next19: where the subject of the sentence at ``start`` may begin: after a short opening phrase on a
        preposition or an -ing form and its comma ('In an interview with the paper, Jane Doe said'), else ``start``."""
        first = self.text[start:end].split(" ", 1)[0].lower()
        comma = self.text.find(", ", start, min(end, start + _OPENING_PHRASE_CHARS))
        if comma < 0 or not (first in _PP_START or first.endswith("ing")):
            return start
        return comma + 2

    def someone_else_since(self, pos: int, np: tuple[int, int], head: str) -> bool:
        """Round 15: between the start of the sentence of the last speaker's mention at ``pos`` and the epithet at
        ``np``, the article brings in someone else the epithet may be: a possessive name's aide named after it ("Jo
        Roe's lawyer, Tom Brown"), a by-agent ("asked by Tom Brown"), an indefinite use of the head in that sentence
        ("One Tory MP close to Jo Roe told …")."""
        d = self.doc
        if any(not m.group(1) or _person_noun(m.group(1)) or m.group(1) in self.lex.role_nouns
               for m in _AGE_SIDE_NAME.finditer(self.text, d.sents[d.sent_of(pos)].start, np[0])):
            return True
        sent = d.sents[d.sent_of(pos)]
        return self.indefinite_use(head, sent.start, min(sent.end, np[0]))

    def indefinite_use(self, head: str, a: int, b: int) -> bool:
        """Does ``text[a:b]`` bring in someone new with ``head`` ("a reservist", "one Tory MP"): an indefinite
        determiner at most 40 characters before the noun, in one sentence."""
        return re.search(rf"\b(?:{_INDEFINITE_ALT})\b[^.!?]{{0,40}}\b{re.escape(head)}\b", self.text[a:b],
                         re.I) is not None

    def apposed_name(self, np: tuple[int, int], context: tuple) -> Resolution | None:
        """"<Name>, the <role>, …": a role noun set off by commas right after a name describes that person."""
        t, d = self.doc.toks, self.doc
        k, e = d.tok_at_or_after(np[0]) - 1, d.tok_at_or_after(np[1])
        if k < 1 or e >= len(t) or t[k].text != "," or t[e].text != ",":
            return None
        head = self.p.np_left(k - 1, self.sent_tok_bounds(np[0])[0])
        if head is None or self.p.cls(head[1] - 1) != "cap":
            return None
        res = self.safe_resolve(self.text[self.np_chars(head)[0]:np[1]], context)
        named = res.type == "person" and res.name[:1].isupper() and res.name != res.descriptor
        return res if named and res.method != "ambiguous" else None

    def name_in_apposition(self, np: tuple[int, int]) -> Resolution | None:
        """Round 18 (audit XX): "<role, kin or body phrase>, <Name>, …" ("another mourner, Jane Doe, said", "the pub's
        owner, Tom Brown, who …", "the head of the Harbour Council, Ann Lee,"): the one named in the apposition right
        after the speaker phrase speaks. None unless the phrase is headed by a role, person or body noun
        (``apposition_head``) and the words after its comma are a name closed by a comma or full stop (no list:
        ", and"); not for one word after a place ("the mayor in Lutsk, Ivan,"), not when the phrase is itself the
        apposition of a name before it ("Jo Roe, a professor at Harbour College, North Dakota,"), not for a name
        ending in a body's head ("the agency, Harbour Space Corporation,"), and not when the phrase reads as a
        registered person while the name does not (a spelling variant)."""
        t, d, p = self.doc.toks, self.doc, self.p
        a, k = d.tok_at_or_after(np[0]), d.tok_at_or_after(np[1])
        ls, le = self.sent_tok_bounds(np[0])
        if k >= le or t[k].text != "," or not self.apposition_head(a, k):
            return None
        j = k + 1
        while j < le and (p.cls(j) == "cap" or t[j].low in _NAME_PARTICLES
                          or t[j].text == "." and j + 1 < le and p.cls(j + 1) == "cap"):
            j += 1
        if j < le and (t[j].text not in (",", ".") or j + 1 < le and t[j + 1].low in _CONJ) \
                or not p.name_between(k, j) or t[j - 1].low in _NOT_PERSON_HEADS | ORGANISATION_NOUNS | _PLACE_HEADS \
                or j - k == 2 and any(t[m].low in _APPOSITION_PLACE_PREPS for m in range(a, k)):
            return None
        if a - 2 >= ls and t[a - 1].text == ",":
            prev = p.np_left(a - 2, ls)
            if prev is not None and p.cls(prev[1] - 1) == "cap":
                return None  # the phrase describes the name before it; a place or body follows it
        name = self.text[t[k + 1].start:t[j - 1].end]
        res = self.safe_resolve(name, ())
        if res.type not in ("person", "unknown") or res.method == "ambiguous" or not res.name[:1].isupper() \
                or not _NOT_NAME_WORDS.isdisjoint(res.name.lower().split()) or not res.actor_id and res.name != name:
            return None  # an unregistered name the registry cuts ("North Dakota" read as "Dakota") is no name
        own = self.safe_resolve(self.text[np[0]:np[1]], ())
        if own.type == "person" and own.actor_id and not res.actor_id:
            return None  # "Ukraine's interior minister, <spelling variant>": the registry's minister stays
        return replace(res, confidence=min(res.confidence, 0.7))

    def issuer_after(self, np: tuple[int, int], speakers: list[_Spoken]) -> Resolution | None:
        """Round 18: a document phrase as the speaker ("according to a statement by the Harbour Agency", "a new
        report from X said", "the report published by X"): its issuer named right after it (``issuer_of``, with
        its guards: no list, no cut or unnamed issuer; "by X and Y" neither); None for other phrases."""
        words = self.text[np[0]:np[1]].lower().split()
        if not 2 <= len(words) <= 4 or words[0] not in _DETS or words[-1] not in _ISSUED_TEXT_HEADS:
            return None
        t, d = self.doc.toks, self.doc
        j, k = d.tok_at_or_after(np[0]), d.tok_at_or_after(np[1]) - 1
        if k + 2 >= len(t) or not (t[k + 1].low in _ISSUER_PREPS or t[k + 1].low in _ISSUE_VERBS
                                   and t[k + 2].low == "by"):
            return None
        res = self.issuer_of(j, k, speakers, self.context_before(np[0], speakers, None))
        return None if res is None or " and " in res.name else res  # "by X and Y": a joint text, no one issuer

    def name_before_role(self, np: tuple[int, int]) -> Resolution | None:
        """Phrase19: "Jane Roe, a harbour official conceded …": a person role phrase right after the name that opens
        its sentence and its comma (the comma closing the apposition left out) stands for that name. None when the
        name is no person's, opens on a preposition or an -ing form ("Sentencing Jo Roe, the judge said"), or the
        phrase is a parenthetical attribution ("Jo Roe, the agency said, …")."""
        words = self.text[np[0]:np[1]].rstrip(",").split()
        if len(words) < 2 or words[0] not in ("a", "an", "the"):
            return None
        cut = _head_end(words)
        head = words[cut - 1].lower()
        if not words[cut - 1].isalpha() or head.endswith("s") or head in ORGANISATION_NOUNS or head in _MEDIA_NOUNS \
                or not (head in self.lex.role_nouns or _person_noun(head)) or head in ("latter", "former"):
            return None
        sent = self.doc.sents[self.doc.sent_of(np[0])]
        m = _NAME_OPENING_ROLE.fullmatch(self.text, sent.start, np[0])
        if m is None or re.match(r"\s*[a-z]+,", self.text[np[1]:np[1] + 40]):
            return None
        name = m.group("name")
        first = name.split()[0].lower()
        if first in _PP_START or first.endswith("ing"):
            return None
        res = self.safe_resolve(name, ())
        if res.type not in ("person", "unknown") or res.method == "ambiguous" or not res.name[:1].isupper() \
                or not _NOT_NAME_WORDS.isdisjoint(res.name.lower().split()) or not res.actor_id and res.name != name:
            return None
        return replace(res, type="person", method="role-in-context", confidence=min(res.confidence, 0.7))

    def pronoun_owner(self, np: tuple[int, int], speakers: list[_Spoken], mention_pos) -> Resolution | None:
        """Phrase19: "their manifesto says", "according to its website", "his statement said": a text owned through a
        possessive pronoun is issued by that pronoun's antecedent (read as the pronoun at the phrase's place), when
        it is a name; None for other phrases and for texts with no issuer's words ("his video")."""
        words = self.text[np[0]:np[1]].split()
        if len(words) != 2 or words[0].lower() not in _POSSESSIVE_PRONOUNS or words[1] in _NO_ISSUER_DOCUMENTS \
                or words[1] not in _OWNED_TEXT_NOUNS:
            return None
        return self.named_issuer(self.antecedent(_POSSESSIVE_PRONOUNS[words[0].lower()], np[0], speakers,
                                                 mention_pos))

    def body_spoke_before(self, np: tuple[int, int], speakers: list[_Spoken]) -> Resolution | None:
        """Round 19: "the agency said", "the report said", "the newspaper added" left unresolved: the body that spoke
        just before (the last speaker, at most two sentences back in the same or the previous paragraph: "the FSB said
        on Monday. … the agency added"), when it is a named body, not a person, and no joint one ("X and Y"). A
        medium noun ("the paper") takes only an outlet; a text with no issuer's words ("the video") none; and the
        noun used for something else since that speech ("… the company's work. The firm said") refuses."""
        words = self.text[np[0]:np[1]].split()
        if len(words) != 2 or words[0] not in ("the", "The") or words[1] in _NO_ISSUER_DOCUMENTS \
                or words[1] not in DEFINITE_UNIT_NOUNS | _MEDIUM_PHRASE_NOUNS | _ISSUED_TEXT_HEADS:
            return None
        last = next((s for s in reversed(speakers[-_RECENT_SPEAKERS:]) if s[0] < np[0]), None)
        if last is None:
            return None
        pos, res, span, para = last
        d = self.doc
        mention = self.text[span[0]:span[1]]
        named_outlet = self.outlet_name(res)
        if not (res.type in ("institution", "group") or self.unregistered_body(res, mention) or named_outlet) \
                or not res.name[:1].isupper() or res.method == "ambiguous" or " and " in res.name or "," in res.name \
                or d.para_of(np[0]) - para > 1 or d.sent_of(np[0]) - d.sent_of(pos) > 2:
            return None  # ",": a name read across an apposition ("Ukrainian military, the intelligence agency")
        cut = mention.find(res.name)
        if cut >= 0 and mention[cut + len(res.name):].strip()[:1].islower() \
                or "-" in res.name.split()[-1] and res.name.split()[-1].split("-")[-1].islower():
            return None  # "the American intelligence" read as "American"; "the Russian-controlled city"
        if words[1] not in _BODY_BACK_NOUNS | _ISSUED_TEXT_HEADS \
                and words[1] not in f"{mention} {res.name}".lower().split():
            return None  # "the union" after "the Harbour Ports Authority said": another body; "the bank" no outlet
        if words[1] in _STATE_UNITS and res.actor_id is None:
            return None  # "the RAC said …. In March, the government announced": a state's body, no other one's
        if self.other_subject_since(pos, np[0], f"{mention} {res.name}"):
            return None  # "X said …. The WNBA did not respond. The organization said": two bodies compete
        outlet = named_outlet or any(w.lower() in self.lex.outlets or w.lower() in _MEDIUM_NAME_WORDS
                                     for w in f"{mention} {res.name}".split())
        if outlet != (words[1] in _MEDIUM_PHRASE_NOUNS) and words[1] not in _ISSUED_TEXT_HEADS:
            return None  # "colleagues in the Senate told the paper …. The paper noted": no outlet spoke; "…,
            # according to the FT. The bank said": the outlet reported, the bank speaks
        if outlet and words[1] in _OBTAINED_DOCUMENTS:
            return None  # "…, according to a translation by <outlet>. … the memo said": the memo's author speaks
        if res.type == "unknown" and res.actor_id is None and res.side and " " not in res.name:
            return None  # "the American" cut from "the American intelligence": a nationality, no body
        if self.noun_used_since(words[1], span, pos, np[0]):
            return None  # "It states that the company provides …. The firm also creates": another referent
        if words[1] in _ISSUED_TEXT_HEADS:
            return self.named_issuer(res)  # the issuer guards: no "Harbour Board Report" issues "the report"
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def outlet_name(self, res: Resolution) -> bool:
        """Next19: is the unregistered name ``res`` as a whole an outlet of the lexicon ('Politico', 'the NYT', 'Der
        Spiegel': cited outlets and outlet words), which the registry types as a person or leaves unknown? A name
        that only holds one ('CNN's Jane Doe', 'Jane Bloomberg') is none."""
        name = res.name.lower()
        name = name[4:] if name.startswith("the ") else name
        return res.actor_id is None and (name in self.lex.cited_outlets or name in self.lex.outlets)

    def outlet_named_before(self, np: tuple[int, int]) -> Resolution | None:
        """direct19: "the network said", "the paper added" that no body speaking before resolves: the one outlet named
        in its sentence or the ``_OUTLET_SENTENCES`` before ("A reporter for Harbour News was hurt, the network said";
        "told the Post …. The paper said"), a capitalised run with an outlet word of the lexicon or a medium word
        ("Courier", "Times", "Radio"); a one-word run only after "the" or as a lexicon outlet ("Independent analysts"
        is none). None when two outlets compete, a person noun or title is in the run, or "a <noun>" brought in
        another referent ("a paper published in <journal>"); platforms ("Telegram") and photo credits are no outlet."""
        words = self.text[np[0]:np[1]].split()
        if len(words) != 2 or words[0] not in ("the", "The") or words[1] not in _MEDIUM_PHRASE_NOUNS:
            return None
        d, text = self.doc, self.text
        lo = d.sent_starts[max(0, d.sent_of(np[0]) - _OUTLET_SENTENCES)]
        if re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+)?{words[1]}\b", text[lo:np[0]]):
            return None  # "according to a paper published in the Harbour Journal …. the paper noted": a study
        titles = getattr(self.registry, "titles_in", None)
        found: dict[frozenset[str], str] = {}
        for m in _CAPITAL_RUN.finditer(text, lo, np[0]):
            after_the = m.group().startswith("The ") or text[max(0, m.start() - 4):m.start()] == "the "
            run = " ".join(_unpossessed(w) for w in m.group().split()[(1 if m.group().startswith("The ") else 0):])
            key = frozenset(w.lower() for w in run.split()
                            if w.lower() in self.lex.outlets or w.lower() in _OUTLET_NAME_WORDS)
            if not key or " " not in run and not after_the and run.lower() not in self.lex.outlets \
                    or any(w.lower() in _NETWORKS for w in run.split()) or "/" in text[m.start() - 1:m.end() + 1]:
                continue  # "Independent analysts"; "the Telegram channel <name>"; "Photograph: <name>/AFP"
            if any(_person_noun(w.lower()) and w.lower() not in key for w in run.split()) \
                    or titles is not None and titles(run):
                return None  # "White House Press Secretary <name>": a person
            if key not in found or len(run) < len(found[key]):
                found[key] = run  # "Harbour News" and "Harbour News Ukraine" (its correspondent): one outlet
        if len(found) != 1:
            return None
        run = next(iter(found.values()))
        res = self.safe_resolve(run, ())
        if res.actor_id is None:
            res = replace(res, name=run)  # no registry outlet: the name as written ("Wall Street Journal")
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def phrase_named_before(self, np: tuple[int, int]) -> Resolution | None:
        """direct19: "the polling agency said" that nothing before resolves: the one body the article named with the
        same words before ("the state Harbourpoll polling agency", "the polling agency Harbourpoll", "Harbourpoll, a
        polling agency"); the phrase has two words or more after "the" and ends on a body or outlet noun. None when
        two names compete or the name reads as a person."""
        words = self.text[np[0]:np[1]].split()
        if len(words) < 3 or words[0] not in ("the", "The") or not all(w.isalpha() and w.islower() for w in words[1:]) \
                or words[-1] not in _BODY_BACK_NOUNS | DEFINITE_UNIT_NOUNS:
            return None
        phrase = r"\s+".join(words[1:])
        name = r"(?P<name>(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)"
        found: set[str] = set()
        for pat in (rf"{name}\s+{phrase}\b", rf"\b{phrase},?\s+{name}", rf"{name},\s+(?:the|an?)\s+{phrase}\b"):
            for m in re.finditer(pat, self.text[:np[0]]):
                run = m.group("name")
                run = run[4:] if run.startswith("The ") else run
                if run in ("The", "A", "An") or run.split()[0].lower() in _CAP_STOP or _unpossessed(run) != run \
                        or re.search(r"-[a-z]", run):
                    continue  # "Ruritania's central bank", "Soviet-era foreign ministry": no name of the body
                found.add(run)
        if len(found) != 1:
            return None
        run = found.pop()
        res = self.safe_resolve(run, ())
        titles = getattr(self.registry, "titles_in", None)
        if res.actor_id is not None and res.type not in ("institution", "group") or res.side and res.actor_id is None \
                or any(_person_noun(w.lower()) for w in run.split()) \
                or titles is not None and titles(run):
            return None  # a state or person ("the Ruritanian central bank"), a title: no name of the body
        if res.actor_id is None:
            res = replace(res, name=run)
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def other_subject_since(self, pos: int, at: int, names: str) -> bool:
        """Round 19: does a sentence after the one of the speech at ``pos`` and before the one of ``at`` open on a
        capitalised subject that is a body (no person: "Shoigu visited …" is no competitor) none of whose capitalised
        words is in ``names`` (the last speaker's mention and name)?"""
        d, t, p = self.doc, self.doc.toks, self.p
        known = {_unpossessed(w) for w in names.split()}
        for si in range(d.sent_of(pos) + 1, d.sent_of(at)):
            np = p.opening_subject(*d.sent_toks[si])
            if np is None or not t[np[1] - 1].text[:1].isupper() or any(
                    _unpossessed(t[m].text) in known for m in range(*np) if t[m].text[:1].isupper()):
                continue
            a, b = self.np_chars(np)
            res = self.safe_resolve(self.text[a:b], ())
            if res.type != "person" and res.method != "unknown" or self.unregistered_body(res, self.text[a:b]) \
                    or res.actor_id is None and " " not in res.name and _proper_word(self.text, res.name):
                # "McDonald's has …": a one-word name the article writes capitalised inside a sentence too
                return True
        return False

    def noun_used_since(self, noun: str, span: tuple[int, int], pos: int, at: int) -> bool:
        """Round 19: is ``noun`` (a body noun, or "company"/"firm" for either) written between the last speaker's
        mention at ``span`` (its speech at ``pos``) and ``at``, so that it may name something else? A document noun
        counts, with any other document noun, only from the sentence after that speech ("X said in a statement"
        issues it; "Y referred to an earlier statement", "Y sent a letter" bring in another text), and a joint one
        anywhere ("X and Y put out a joint statement")."""
        between = self.text[max(span[1], pos):at].lower()
        if noun not in _ISSUED_TEXT_HEADS:
            nouns = _FIRM_PAIR if noun in _FIRM_PAIR else (noun,)
            return any(re.search(rf"\b{n}\b", between) for n in nouns)
        t = self.doc.toks
        ls, le = self.sent_tok_bounds(pos)
        if re.search(rf"\bjoint {noun}\b", self.text[t[ls].start:at].lower()):
            return True
        later = self.text[max(span[1], pos, t[le - 1].end):at].lower()
        return any(re.search(rf"\b{n}\b", later) for n in _ISSUED_TEXT_HEADS)

    def apposition_head(self, a: int, k: int) -> bool:
        """Is the head of tokens ``a:k`` (the noun before its first of/for/to/at/in PP, possessive and hyphen parts
        dropped; for a phrase that is the object of "<role> of", that role) a role, person or body noun, no document
        ("the pub's owner", "another mourner", "Ukraine's prosecutor general", "an activist group"; not
        "statements", "a summary of its inquiry", nor a body that is named, "the Times"), after a determiner,
        possessive or capitalised word?"""
        t, p = self.doc.toks, self.p
        head = next((m for m in range(a + 1, k) if t[m].low in _ROLE_PPS), k) - 1
        if a >= 2 and t[a - 1].low in _OF_FOR and t[a - 2].text.islower():
            head = a - 2  # "the chief executive of [the Harbour Council], Ann Lee,": the phrase is the role's object
        base = t[head].low.removesuffix("'s").removesuffix("’s").split("-")[-1]
        body = base in _NOT_PERSON_HEADS | ORGANISATION_NOUNS and t[head].text.islower()  # "the Times" names itself
        if base in _APPOSITION_TEXT_HEADS or not (base in self.lex.role_nouns or _person_noun(base) or body):
            return False
        determined = t[a].low in _DETS or t[a].low in ("another", "one") \
            or any(t[m].low.endswith(("'s", "’s")) for m in range(a, head))
        if not t[head].text.islower() and base not in self.lex.role_nouns:
            return determined  # "the UN Crisis Coordinator", not "Jo Brewer, Harbour Growth,": a name, no role
        return determined or p.cls(a) in ("cap", "role", "mod")

    def unit_in_article(self, np: tuple[int, int], context: tuple) -> Resolution | None:
        """An organisation noun ("the council") read in its article for the organisation named before it; with a
        context, without the registry's scan of the whole article's mentions (its context comes from that scan)."""
        return self.in_article(np, context, at=np[0]) if context else self.named_ahead(np, context)

    def issuer_named_before(self, np: tuple[int, int], speakers: list[_Spoken], context: tuple
                            ) -> Resolution | None:
        """Audit XII: "the statement said" after "X said in a statement", "a statement from X" or "X issued a
        statement": the issuer, when the latest mention of the document noun at most ``_ISSUER_SENTENCES`` sentences
        back (earlier "the <noun>" mentions refer back and are passed over) names it so; None when that mention
        names no issuer ("a joint statement"), for modified or plural nouns, and when the issuer is no name."""
        words = self.text[np[0]:np[1]].split()
        owned = _OWNED_DOCUMENT.fullmatch(self.text, np[0], np[1])
        if owned is not None and owned.group(2) in _DOCUMENT_HEADS and owned.group(2) not in _NO_ISSUER_DOCUMENTS:
            return self.document_owner(owned.span(1), context)
        noun = words[1] if len(words) == 2 else ""
        if words[0].lower() != "the" or noun not in _ISSUED_TEXT_HEADS or noun.endswith("s") \
                or noun in _NO_ISSUER_DOCUMENTS:
            return None
        found = self.document_before(np[0], {noun})
        if found is None and noun in _ISSUED_TEXT_NOUNS:  # round 16: "a statement from X" … "the announcement"
            found = self.document_before(np[0], _ISSUED_TEXT_HEADS)
            if found is not None and self.doc.toks[found[1]].low not in _ISSUED_TEXT_NOUNS:
                return None  # "a letter from Y" came in since: another document
        return self.issuer_of(*found, speakers, context) if found is not None else None

    def document_before(self, at: int, nouns: set[str] | frozenset[str]) -> tuple[int, int] | None:
        """The tokens (determiner, noun) of the latest indefinite or possessed mention of one of ``nouns`` at most
        ``_ISSUER_SENTENCES`` sentences before ``at`` ("a brief written statement", "its release"); earlier
        "the <noun>" mentions refer back and are passed over."""
        d, t = self.doc, self.doc.toks
        here = d.sent_of(at)
        lo = max(0, at - _ISSUER_WINDOW)
        for m in reversed(list(re.finditer(rf"\b(?:{'|'.join(sorted(nouns))})\b", self.text[lo:at]))):
            pos = lo + m.start()
            if here - d.sent_of(pos) > _ISSUER_SENTENCES:
                return None
            k = d.tok_at_or_after(pos)
            j = k - 1
            while j >= 0 and k - j <= 3 and t[j].low not in _DETS and t[j].low not in _ISSUER_DETS:
                j -= 1  # "a brief written statement": back to its determiner
            if j < 0 or t[j].low == "the" or t[j].low not in _DETS | _ISSUER_DETS:
                continue  # "the statement" again, or no determiner: refers back, look further
            return j, k
        return None

    def issuer_of(self, j: int, k: int, speakers: list[_Spoken], context: tuple) -> Resolution | None:
        """The issuer of the document noun at token ``k`` (determiner at ``j``): "<speaker> said in a statement"
        (the speaker of that sentence), "a statement from/by X" (X), "X issued a statement" (its subject)."""
        d, t, p = self.doc, self.doc.toks, self.p
        ls, le = self.sent_tok_bounds(t[k].start)
        span: tuple[int, int] | None = None
        np: tuple[int, int] | None = None
        if k + 2 < le and (t[k + 1].low in _ISSUER_PREPS or t[k + 1].low in _ISSUE_VERBS and t[k + 2].low == "by"):
            np = p.np_right(k + (2 if t[k + 1].low in _ISSUER_PREPS else 3), le)
        elif j - 1 > ls and t[j - 1].low in _ISSUED_IN and p.is_verb(j - 2):
            # the speaker whose mention ends just before the verb ("X, the agency, said in a statement"), not a
            # pronoun (its antecedent is a guess) and not someone named inside the clause
            said = [s for s in speakers if t[max(ls, j - 5)].start <= s[2][1] <= t[j - 2].start
                    and self.text[s[2][0]:s[2][1]].lower() not in self.lex.pronouns]
            return self.named_issuer(said[-1][1] if said else None)
        elif j - 1 >= ls and t[j - 1].low in _ISSUE_VERBS:
            np = self.document_issuer((j, k + 1), ls)
            np = np if np != (j, k + 1) and np[1] >= j - 3 else None  # its subject, right before the verb
        if np is None or np[0] > 0 and t[np[0] - 1].low in _ISSUER_CUT and not self.opens_after_comma(np, ls, le) \
                or np[1] < len(t) and (t[np[1]].low in _ISSUER_CUT or t[np[1]].text[:1].islower()
                                       and not p.is_verb(np[1]) and t[np[1]].low not in _PREPS):
            return None  # "X and Y issued", "by X, Y and Z", "School of Economics", "British spies"
        a, b = self.np_chars(np)
        if self.text[a:b].startswith(("the ", "The ")) and self.text[a:b].split()[-1] in DEFINITE_UNIT_NOUNS \
                and all(w.islower() for w in self.text[a:b].split()[1:]):
            # "a statement from the ministry": the ministry named before, never the document phrase kept as written
            bodies = tuple(c for c in context if _DOCUMENT_HEADS.isdisjoint(c.name.lower().split()))
            return self.named_issuer(self.unit_named((a, b), bodies))
        res = self.safe_resolve(self.text[a:b], context)
        written = self.text[a:b].removeprefix("the ").removeprefix("The ")
        if res.name in written and not written.startswith(res.name):
            return None  # "the Organisation for … in Europe" read as "Europe"
        return self.named_issuer(res)

    def opens_after_comma(self, np: tuple[int, int], ls: int, le: int) -> bool:
        """Round 16: is the comma before token span ``np`` the one that closes a sentence-opening phrase, ``np`` the
        clause's subject ("On Tuesday, the Harbour Agency released its report"), not a list's ("X, Y and Z")?"""
        opening = self.p.opening_subject(ls, le) if self.doc.toks[np[0] - 1].text == "," else None
        return opening is not None and opening[0] == np[0]

    def document_owner(self, span: tuple[int, int], context: tuple) -> Resolution | None:
        """"the ministry's statement", "Jane Doe's post": the possessor issued it; a definite organisation noun is
        read at its place in the article ("the ministry" after "Ruritania's Transport Ministry"). None for a day
        ("Tuesday's report"), a pronoun's ("her office's") or an unnamed possessor."""
        owner = self.text[span[0]:span[1]]
        words = owner.split()
        definite = words[0].lower() == "the"
        if words[0].lower() in _DETS - {"the"} \
                or not _TIME.isdisjoint(w.lower() for w in words):
            return None  # "Tuesday's report", "her office's statement", "its report", "Yesterday's statement"
        if definite and all(w.islower() for w in words[1:]):
            return self.named_issuer(self.unit_named(span, context))
        return self.named_issuer(self.safe_resolve(owner, context))

    @staticmethod
    def named_issuer(res: Resolution | None) -> Resolution | None:
        """``res`` as a document's issuer: a name, not a noun as written, a pronoun left unresolved or ambiguous."""
        if res is None or not res.name[:1].isupper() or res.method == "ambiguous" or ". " in res.name \
                or res.name.split()[-1].lower() in _DOCUMENT_HEADS:
            return None  # ". ": a name read across a sentence end ("RIA. The … embassy")
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

    def unit_named(self, np: tuple[int, int], context: tuple) -> Resolution | None:
        """A definite organisation noun whose registry reading reads no context ("the bank"): the registry's reading
        at its place in the article (audit XI: the body named before with that head, "the bank" after "Northwind
        Bank"); None for other mentions and when that leaves it unknown or reads a person."""
        words = self.text[np[0]:np[1]].split()
        if len(words) < 2 or words[0].lower() != "the" or words[-1] not in DEFINITE_UNIT_NOUNS:
            return None
        res = self.in_article(np, context, at=np[0])
        return res if res is not None and res.type != "person" else None

    def in_article(self, np: tuple[int, int], context: tuple, *, span: tuple[int, int] | None = None,
                   at: int | None = None) -> Resolution | None:
        """The registry's reading of the mention at character span ``np`` in its article (``span`` or ``at``: see
        ``Registry.resolve``); None when it stays unknown or ambiguous."""
        where = {"span": span} if span is not None else {"at": at}
        try:
            res = self.registry.resolve(self.text[np[0]:np[1]], date=self.published, context=context, strict=False,
                                        text=self.text, **where)
        except (TypeError, ValueError):
            return None
        return res if res.method not in ("unknown", "ambiguous") else None

    def named_ahead(self, np: tuple[int, int], context: tuple) -> Resolution | None:
        """A definite role noun nothing before it resolves ("Russia's ambassador warned …" in a lede): the one
        person named in the next paragraph or so whom the role fits (the registry's look-ahead), else None. Also
        an organisation noun read in its article ("the council" after "BCP Council", round 12)."""
        first = self.text[np[0]:np[1]].split()[0].lower()
        if first not in _DEFINITE_OPENERS and not self.registry_qualifier(first):
            return None  # a bare "president" ("whose president"): no definite reference to look ahead for
        return self.in_article(np, context, span=np)

    def safe_resolve(self, mention: str, context) -> Resolution:
        """``registry.resolve`` that never loses a quote: ambiguous or bad mentions fall back to the text."""
        try:
            try:
                return self.registry.resolve(mention, date=self.published, context=context, strict=False)
            except TypeError:
                return self.registry.resolve(mention, date=self.published, context=context)
        except ValueError:
            return _PlainResolver().resolve(mention)

    def context_before(self, pos: int, speakers, mention_pos) -> tuple[Resolution, ...]:
        """The registry context at ``pos``: the latest speakers and article mentions before it, oldest first."""
        recent = []
        for p, r, _s, _pa in reversed(speakers):
            if p < pos:
                recent.append((p, r))
                if len(recent) == CONTEXT_SIZE:
                    break
        items = [(p, r) for p, r, _m in (mention_pos.before(pos, limit=3) if mention_pos else ())
                 if p not in mention_pos.surnames] + recent  # (surnames: pronoun antecedents only, XIII-P)
        items.sort(key=lambda x: x[0])
        return tuple(r for _p, r in items[-CONTEXT_SIZE:])

    def relative_antecedent(self, pos: int, speakers: list[_Spoken], mention_pos) -> Resolution | None:
        """The head of a relative "who"/"which" at ``pos``: the noun phrase before it (restrictive or after a
        comma or dash), else the plain noun phrase a relative clause hangs on; None when there is none."""
        t = self.doc.toks
        k = self.doc.tok_at_or_after(pos) - 1
        ls, _ = self.sent_tok_bounds(pos)
        if k >= ls and t[k].text != "," and self.p.cls(k) in ("cap", "role"):
            # restrictive: "Slovakian authorities who said", "Medical Aid Ukraine which confirmed"
            np = self.p.np_left(k, ls)
            if np is not None and t[np[0]].low not in ("who", "which"):
                return self.resolve_np(np, speakers, mention_pos)
        if k >= 0 and t[k].text in (",", "—", "–", "-"):  # "Dmitry Peskov - who previously said"
            k = self.p.hyphen_dash(k) or k  # 'Jane Doe -- who …': before the first hyphen (round 18)
            np = self.p.np_left(k - 1, ls)
            if np is None or self.p.cls(np[1] - 1) not in ("cap", "role"):
                # "Kiev and its backers, who …": the phrase back to a clause break or a preposition
                m = k - 1
                while m >= ls and k - m <= 8 and t[m].text not in _BOUNDARY and t[m].low not in _PP_START \
                        and not self.p.is_verb(m):
                    m -= 1
                np = (m + 1, k) if m + 1 < k and any(self.p.cls(x) in ("cap", "role", "det")
                                                     for x in range(m + 1, k)) else None
            if np is not None:
                return self.resolve_np(np, speakers, mention_pos)
        np = self.relative_head(k, ls)
        if np is not None:
            # "hedge fund traders who think …", "the 26 percent who say …": the plain noun phrase
            return self.resolve_np(np, speakers, mention_pos)
        return None

    def resolve_np(self, np: tuple[int, int], speakers: list[_Spoken], mention_pos) -> Resolution:
        """The registry resolution of the noun phrase at token span ``np``, in the context before it."""
        a, b = self.np_chars(np)
        return self.safe_resolve(self.text[a:b], self.context_before(a, speakers, mention_pos))

    def antecedent(self, pron: str, pos: int, speakers: list[_Spoken], mention_pos) -> Resolution | None:
        if pron in ("i", "we", "you"):
            return None
        if pron in ("who", "which"):
            return self.relative_antecedent(pos, speakers, mention_pos)
        person = pron in ("he", "she")
        cands: list[_Antecedent] = []
        spoken = False  # an earlier speaker fits the pronoun's kind (whatever its gender)
        group = -1  # pron18: the sentence of the latest group passed over for an "it" ('Doe and Lee', 'officials')
        for p, r, span, _para in speakers[-_RECENT_SPEAKERS:]:  # the search stays linear in the article
            mention = self.speaker_mention(span, r)
            own: tuple[int, int] | None = span if mention == self.text[span[0]:span[1]] else None
            near = self.doc.sent_of(pos) - self.doc.sent_of(p) <= _BODY_SENTENCES if p < pos else False
            one_word = p < pos and pron == "it" and near and not self.compatible(r, person, mention) \
                and self.one_word_body(r, mention, span, mention_pos)
            if one_word and _plural_mention(mention.strip().lower(), r):
                group = max(group, self.doc.sent_of(p))  # 'Charities warned …. It said': a group, no "it" (body18)
                continue
            if p < pos and (self.fits(r, pron, mention, near=near) or one_word
                            or (pron == "it" and near and self.lowercase_speaker(r, mention))):
                if pron == "it" and _plural_mention(mention, r):
                    group = max(group, self.doc.sent_of(p))
                    continue
                spoken = True
                if pron == "it" and r.method == "unknown" and _lowercase_body(mention):
                    # 'Bluewave Energy said …. The company said …. It added': the body it names (body19)
                    r = self.named_body_before(span[0], mention, speakers, mention_pos) or r
                if not self.gender_clash(r, pron):
                    cands.append(self.outer_speaker(p, pron, person, speakers) or (p, r, own))
        if pron == "they":
            single = self.singular_they(pos, speakers)
            if single is not None:  # 'A defence source said: "…" They added …': the unnamed person (pron18)
                cands.append(single)
        scanned = last_resort = None
        for p, r, mention in mention_pos.before(pos, bodies=pron == "it"):
            if r is None:  # a lowercase definite body or document ('The charity has opened …', body19)
                r = self.body_antecedent(p, mention, pos, spoken, speakers, mention_pos)
                if r is None:
                    continue
                if self.competing_subject(p, mention, r, mention_pos):
                    return None  # 'As the bank cut rates, the regulator warned …. It said': refuse, not guess
                if r.method == "unknown":  # 'Bluewave said …. The corporation announced …'
                    r = self.named_body_before(p, mention, speakers, mention_pos) or r
                scanned = (p, r, (p, p + len(mention)))
                cands.append(scanned)
                break
            if spoken and self.in_content(p):
                # "Zelensky said … he sees no desire in Putin … / '…,' he said": a name inside reported
                # content does not displace the speaker as the antecedent of a speaking pronoun
                continue
            if person and r.actor_id is not None and self.oblique_person(p, mention, mention_pos):
                # 'Doe thanked President Lee, whom he …' / '… told Lee. "…," he said': a known person named after
                # a preposition or as the addressee is the pronoun's antecedent only when no one else is (pron17)
                last_resort = last_resort or ((p, r, (p, p + len(mention)))
                                              if self.compatible(r, person, mention)
                                              and not self.gender_clash(r, pron) else None)
                continue
            if person and r.actor_id is None and (p in mention_pos.oblique or p in mention_pos.modifiers
                                                  or self.described(r.name)
                                                  or _capitals_headline(mention)):
                continue  # 'older voters in Odesa Oblast. … he prevailed': a place, not a person; 'The power in
                # her London home …', 'Seeing the coverage of the invasion, …': a phrase, no person's name (round 12)
            if pron == "it" and r.type == "state" and self.state_in_passing(p, mention, mention_pos, speakers):
                last_resort = last_resort or ((p, r, (p, p + len(mention)))
                                              if self.compatible(r, person, mention) else None)
                continue
            if person and r.actor_id is None and self.phrase_tail(mention, r.name, mention_pos, p):
                continue  # 'Life in Kherson has …', 'the Donetsk People's Republics': a phrase that ends on a place
                # or thing names no "he"/"she" (round 18)
            if pron == "they" and r.type == "state":
                continue  # 'his family said … in eastern Ukraine. "…," they said': a country named in passing is no
                # "they"; a country that spoke still is, as a speaker (round 12 audit VI)
            if r.actor_id is None and spoken and any(sp[0] <= p < sp[1]
                                                     for _q, _r, sp, _pa in speakers[-_RECENT_SPEAKERS:]):
                continue  # the phrase of a speaker ("…, the President said:"), resolved there already (round 11)
            if self.fits(r, pron, mention, subject=p in mention_pos.subjects and p not in mention_pos.oblique
                         and not any(sp[0] <= p < sp[1] for _q, _r, sp, _pa in speakers[-_RECENT_SPEAKERS:]),
                         near=self.doc.sent_of(pos) - self.doc.sent_of(p) <= _BODY_SENTENCES) \
                    and (r.actor_id is not None or len(mention.split()) >= 2
                                                         or person and p in mention_pos.openers
                                                         and self.named_elsewhere(mention)
                                                         or person and p in mention_pos.surnames):
                if self.gender_clash(r, pron):
                    continue  # 'Jane Doe met Tom Brown. "…," she said': the nearer man is not 'she'
                if pron == "it" and _plural_mention(mention, r):
                    group = max(group, self.doc.sent_of(p))
                    continue  # 'The think tank said Doe and Lee face cuts …; it warned': no group is 'it' (pron18)
                if r.actor_id is None and len(mention.split()) < 2:  # 'Okafor said …': the person named before
                    r = next((c[1] for c in reversed(cands) if len(c[1].name.split()) > 1
                              and mention in c[1].name.split()), None) \
                        or self.safe_resolve(mention, self.context_before(p, speakers, mention_pos))
                scanned = (p, r, (p, p + len(mention)))
                cands.append(scanned)
                break
        if not cands and last_resort is not None:
            scanned = last_resort
            cands.append(scanned)
        if group >= 0:  # an antecedent before the group competes with it: refuse rather than guess (pron18)
            cands = [c for c in cands if self.doc.sent_of(c[0]) >= group]
        if not cands:
            return None
        cands.sort(key=lambda x: x[0])
        if person and scanned is cands[-1] and not any(c[0] == scanned[0] for c in cands[:-1]):
            best = self.sentence_subject_cand(cands, pron, pos, mention_pos, speakers) or cands[-1]
        else:
            best = cands[-1]
        self.antecedent_spans[pos] = best[2]
        return best[1]

    def lowercase_speaker(self, res: Resolution, mention: str) -> bool:
        """'The church said …. It said': is a speaker's lowercase definite phrase a body or document
        (`_lowercase_body`) that the registry did not read as a person, so an "it" may stand for it (body19)?"""
        return res.type != "person" and _lowercase_body(mention)

    def body_antecedent(self, p: int, mention: str, pos: int, spoken: bool, speakers: list[_Spoken],
                        mention_pos: _SubjectMentions) -> Resolution | None:
        """The resolution of the lowercase body subject ``mention`` at ``p`` as the antecedent of an "it" at
        ``pos`` ('The charity has opened an office. It said …'; 'the agency' after the atomic energy agency named
        before: that agency), or None when it is no candidate: more than `_BODY_SENTENCES` back, inside reported
        content of a speaker, a speaker's own phrase (judged as that speaker), or read as a person (body19)."""
        if self.doc.sent_of(pos) - self.doc.sent_of(p) > _BODY_SENTENCES or (spoken and self.in_content(p)) \
                or any(sp[0] <= p < sp[1] for _q, _r, sp, _pa in speakers[-_RECENT_SPEAKERS:]):
            return None
        res = self.resolve_mention((p, p + len(mention)), speakers, mention_pos)
        return res if res.type != "person" else None

    def competing_subject(self, p: int, phrase: str, res: Resolution, mention_pos: _SubjectMentions) -> bool:
        """Does another "it" candidate open a clause of the sentence of the lowercase body ``phrase`` at ``p``
        before it — another such body, or a named body or country that is a clause subject and no object — one
        that the body (resolved as ``res``) does not name (body19)? Then an "it" after them refuses. A state
        before a state organ ('Ruritania moved …, before the government rations …') is the organ's own country."""
        si = self.doc.sent_of(p)
        if any(q < p for q, _r, _m in mention_pos.bodies(si)):
            return True
        organ = _head_word(phrase) in _STATE_ORGAN_HEADS
        return any(q < p and q in mention_pos.subjects and q not in mention_pos.oblique and r.name != res.name
                   and (r.type == "institution" or (r.type == "state" and not organ) or self.unregistered_body(r, m))
                   and not _plural_mention(m, r) for q, r, m in mention_pos.mentions(si))

    def named_body_before(self, p: int, phrase: str, speakers: list[_Spoken], mention_pos: _SubjectMentions
                          ) -> Resolution | None:
        """'Bluewave said …. The corporation announced …. It added': the body the lowercase definite ``phrase`` at
        ``p``, which the registry left unnamed, co-refers with — the latest named body (`named_body`, or a one-word
        body speaker: `one_word_body`) that spoke or is a clause subject at most `_BODY_SENTENCES` sentences before
        it; None when there is none, or when the phrase is a document (its issuer is another matter: 'the memo' is no
        name of the outlet that obtained it) or a state organ ('the court', 'the military': never a company or an
        office named before it) (body19)."""
        if _head_word(phrase) in _IT_DOCUMENT_HEADS | _STATE_ORGAN_HEADS:
            return None
        si = self.doc.sent_of(p)
        best: tuple[int, Resolution] | None = None
        for _q, r, span, _pa in speakers[-_RECENT_SPEAKERS:]:
            mention = self.text[span[0]:span[1]]
            if span[1] <= p and si - self.doc.sent_of(span[0]) <= _BODY_SENTENCES \
                    and mention.lower() not in self.lex.pronouns and (
                    self.named_body(r, mention) or (self.one_word_body(r, mention, span, mention_pos)
                                                    and not _plural_mention(mention.lower(), r))):
                if best is None or span[0] > best[0]:
                    best = (span[0], r)
        for q, r, mention in mention_pos.before(p, limit=_BODY_SENTENCES):
            if best is not None and q <= best[0]:
                break
            if q in mention_pos.subjects and q not in mention_pos.oblique and self.named_body(r, mention):
                best = (q, r)
                break
        return best[1] if best is not None else None

    def named_body(self, res: Resolution, mention: str) -> bool:
        """A registry institution ('Gazprom', 'the IMF') or an unregistered capitalised body (`unregistered_body`),
        one thing (`_plural_mention`) and a name, no lowercase phrase or document ('the report'): a name a lowercase
        body phrase after it may stand for (body19)."""
        words = mention.split()
        capital = bool(words) and _unpossessed(words[_head_end(words) - 1])[:1].isupper()
        return ((res.type == "institution" and (res.actor_id is not None or capital))
                or self.unregistered_body(res, mention)) and _head_word(mention) not in _IT_DOCUMENT_HEADS \
            and not _plural_mention(mention, res)

    def state_in_passing(self, p: int, mention: str, mention_pos: _SubjectMentions, speakers: list[_Spoken]
                         ) -> bool:
        """'Prices in the United Kingdom rose, the statistics office said. …, it said': is the country named at ``p``
        after a preposition or as a modifier ('the Russian market') — an antecedent of "it" only when nothing else
        is (pron18)? A possessor stays one ('a talk at Ruritania's wish, on what it calls …') unless a speaker's
        phrase opens at the same place ("Ruritania's defence ministry said … it said": the ministry)."""
        if p not in mention_pos.oblique and p not in mention_pos.modifiers:
            return False
        end = p + len(mention)
        if not (mention.endswith(("'s", "’s")) or self.text.startswith(("'s", "’s"), end)):
            return True
        return any(sp[0] == p and sp[1] > end for _q, _r, sp, _pa in speakers[-_RECENT_SPEAKERS:])

    def singular_they(self, pos: int, speakers: list[_Spoken]) -> _Antecedent | None:
        """'A defence source said …. "…," they added': the latest speaker before a "they" at ``pos``, when it is
        an unnamed person under a gender-neutral noun ('a spokesperson', 'the official', 'one Western official')
        at most two sentences back, stands for it (singular they, pron18); else None. A later fitting mention
        still wins: the candidates are compared by position."""
        latest = max((s for s in speakers[-_RECENT_SPEAKERS:] if s[0] < pos), key=lambda s: s[0], default=None)
        if latest is None:
            return None
        p, r, span, _para = latest
        words = self.text[span[0]:span[1]].split()
        if r.actor_id is not None or not words or words[-1].lower() not in _SINGULAR_THEY_HEADS \
                or self.doc.sent_of(pos) - self.doc.sent_of(p) > 2:
            return None  # a role noun the registry read as a named person ('the official' -> a president) is no
            # unnamed person: the pronoun keeps its old reading
        return p, r, span

    @staticmethod
    def phrase_tail(mention: str, name: str, mention_pos: _SubjectMentions, at: int) -> bool:
        """Does ``mention`` end in a place or body after a preposition with no person noun or title before it
        ('Life in Kherson', 'Back in Tbilisi', 'Originally from Brooklyn'), or is the one-word ``name`` a plural
        that is no name after a possessive ("Luhansk People's Republics" -> 'Republics')? Then it is no "he"/"she"
        (round 18); 'the mayor of Lutsk', 'a reporter from Belgorod', 'an image of Doe' (a surname the article gave in
        full before ``at``), 'AEI's Doe', 'her mother Jane' still are."""
        words = mention.split()
        if len(words) < 2:
            return False
        i = len(words)
        while i > 0 and words[i - 1][:1].isupper():
            i -= 1
        if 1 < i < len(words) and words[i - 1] in _PHRASE_TAIL_PREPOSITIONS:
            return not any(mention_pos.titled(w.strip(",")) for w in words[:i - 1]) \
                and not mention_pos.given_in_full(_unpossessed(words[-1]), at)
        return " " not in name and _unpossessed(words[-1]) == name and words[-2].endswith(("'s", "’s")) \
            and name.endswith("s") and not mention_pos.name_word(name)

    def oblique_person(self, p: int, mention: str, mention_pos) -> bool:
        """Is the known person named at ``p`` the object of a preposition or an addressee ('ties with Lee', 'a
        speechwriter for Lee'), not a possessor ('in Lee's view', 'a blow to Lee's plan') nor part of a capitalised
        title before it ('Chief of the Defence Staff Lee', 'Secretary of State Lee'), nor the subject of a participle
        after 'with' ('with Lee making a trip …') (pron17)?"""
        if p not in mention_pos.oblique or mention.endswith(("'s", "’s")) \
                or self.text.startswith(("'s", "’s"), p + len(mention)):
            return False
        t = self.doc.toks
        k = self.doc.tok_at_or_after(p) - 1
        if k >= 0 and self.p.cls(k) == "det":
            k -= 1
        if k < 0 or t[k].low not in _OBJECT_PREPOSITIONS:
            return False  # 'Lee's interview', 'the Spanish newspaper Lee': no preposition before the name
        if t[k].low == "with":
            after = self.doc.tok_at_or_after(p + len(mention))
            if after < len(t) and t[after].low.endswith("ing") and t[after].text.islower():
                return False  # 'with Lee making a trip to the port': the subject of the participle
        return not (k > 0 and t[k].low in _OF_FOR and t[k - 1].text[:1].isupper())

    def sentence_subject_cand(self, cands: list[_Antecedent], pron: str, pos: int, mention_pos,
                              speakers: list[_Spoken] = ()) -> _Antecedent | None:
        """'Doe, an adviser to Brown, spoke to reporters. "…," he said' / 'Doe defended Brown, noting …. He …':
        a person mention later in an earlier sentence than the pronoun's does not displace that sentence's first
        person (a speaker there, or a name that is no object of a preposition and no possessor) — the subject
        (round 12 audit V); None when the mention is the first or the sentence has no such person. A sentence
        opened by the same pronoun ('He urged Brown …. "…," he said') has that pronoun's own antecedent as its
        subject (round 12 audit VI)."""
        d, t = self.doc, self.doc.toks
        last = cands[-1][0]
        si = d.sent_of(last)
        if si >= d.sent_of(pos):
            return None
        lo = d.sents[si].start
        k = d.tok_at_or_after(lo)
        if k < len(t) and t[k].low in _CONJ | {"however"}:
            k += 1 + (k + 1 < len(t) and t[k + 1].text == ",")
        if k < len(t) and t[k].low == pron and t[k].start < last:
            if self._subject_chain >= _SUBJECT_CHAIN:
                return None  # a long run of sentences opened by the same pronoun: no deeper reading back
            self._subject_chain += 1
            try:
                ante = self.antecedent(pron, t[k].start, speakers, mention_pos)
            finally:
                self._subject_chain -= 1
            return (t[k].start, ante, self.antecedent_spans.get(t[k].start)) if ante is not None else None
        spoken = [c for c in cands[:-1] if lo <= c[0] < last]  # (compatible already)
        named = [(p, r, (p, p + len(m))) for p, r, m in mention_pos.mentions(si) if p < last and (
            r.actor_id is not None or len(m.split()) >= 2 or p in mention_pos.linked and self.named_elsewhere(m)
            or p in mention_pos.surnames)
            and self.compatible(r, True, m)
            and not self.gender_clash(r, pron) and not self.in_content(p)]
        for p, r, span in sorted(spoken + named, key=lambda m: m[0]):
            mention = self.text[p:span[1]] if span else ""
            k = d.tok_at_or_after(p)
            if p in mention_pos.oblique or p in mention_pos.modifiers or k > 0 and t[k - 1].low in _PP_START \
                    or mention.endswith(("'s", "’s")) \
                    or self.text.startswith(("'s", "’s", "/"), p + len(mention)) or any(
                    w[:1].islower() and w not in _NAME_PARTICLES and w != "of" for w in mention.split()[1:]):
                continue  # 'In Kyiv, …', 'Appearing on <Show>, …', 'Back in <Town>', '<Name>'s adviser', 'X/Reuters'
            return p, r, span
        return None

    def named_elsewhere(self, word: str) -> bool:
        """Is a capitalised word that opens a sentence a person's name elsewhere in the article: the last word
        of a longer name ('Tom Okafor', 'Ms Okafor') or the speaker of a plain cue ('Okafor said', 'said Okafor')?
        Not 'Eight years later', 'Shelling is …', nor a town, 'Kharkiv has …' (round 12)."""
        if word not in self._named_words:
            self._named_words[word] = any(self.named_at(i, word) for i in _occurrences(self.text, word))
        return self._named_words[word]

    def named_at(self, i: int, word: str) -> bool:
        """``word`` at character ``i`` is a whole word after another capitalised word in the sentence (not as a
        possessive), or right before or after a plain cue ('Okafor said', 'said Okafor')."""
        text, end = self.text, i + len(word)
        if end < len(text) and _WORD_CHAR.match(text, end) or i > 0 and _WORD_CHAR.match(text, i - 1):
            return False
        if text[end:end + 2] not in ("'s", "’s") and _CAP_WORD_BEFORE.search(text, max(0, i - 80), i):
            return True
        return bool(text[end:end + 1] == " " and _PLAIN_CUE_AFTER.match(text, end + 1)
                    or _PLAIN_CUE_BEFORE.search(text, max(0, i - 12), i))

    def described(self, name: str) -> bool:
        """Is a resolved name a clause or participle phrase rather than a person's name or role: it opens on a word
        in -ing ('Posting from Kyiv', 'Seeing the coverage of …') or holds a lowercase verb or 'that' ('Her father
        was in Ukraine', 'fact that Russia')? Roles ('MP for Islington North', 'British author') are not."""
        words = name.split()
        first = words[0].lower() if words else ""
        return bool(words) and (first.endswith("ing") and len(first) > 4 and first not in _ING_NOUNS or any(
            w in _BE or w in _IRREG_PAST or w == "that" or len(w) > 4 and w.endswith("ed") and (w.islower() or "-" in w)
            for w in words[1:]))

    def registry_qualifier(self, word: str) -> bool:
        """A nationality or other qualifier of the registry ('Russian'), when the registry has the list."""
        qualifier = getattr(self.registry, "is_qualifier", None)
        return qualifier is not None and qualifier(word)

    def speaker_mention(self, span: tuple[int, int], r: Resolution) -> str:
        """A speaker's mention as written, or its resolved name for a resolved pronoun ("He said …, and said he
        hoped …": the pronoun counts as the person it stands for)."""
        mention = self.text[span[0]:span[1]]
        return r.name if mention.lower() in self.lex.pronouns and r.name.lower() not in self.lex.pronouns else mention

    def outer_speaker(self, pos: int, pron: str, person: bool, speakers: list[_Spoken]
                      ) -> tuple[int, Resolution, tuple[int, int]] | None:
        """'Doe said Ukrainians believe …. "…," he said' / 'Doe recalled Lee telling him …. "…," he said': a
        speaker at ``pos`` opening (within three words) the content of a report whose speaker is named before it
        stands for that report's speaker when it fits the pronoun (round 10 audit II); else None."""
        if not self.in_content(pos):
            return None
        holder = next((c for c in self.cands if c.np is not None and not c.inherit and c.start <= pos < c.end
                       and c.np[1] <= c.start), None)  # "Doe said [… Lee …]": the reporter named first
        if holder is None or _words(self.text[holder.start:pos]) > 3 or "," in self.text[holder.start:pos]:
            return None  # only a subject opening the content: '… that Ukrainians believe', not a later clause
        for _p, r, span, _para in reversed(speakers[-_RECENT_SPEAKERS:]):
            if span == holder.np:
                mention = self.speaker_mention(span, r)
                if self.compatible(r, person, mention) and not self.gender_clash(r, pron):
                    return pos, r, span
                return None
        return None

    def relative_head(self, k: int, ls: int) -> tuple[int, int] | None:
        """The plain noun phrase ending at token ``k`` right before a 'who' ('bankers', 'the 26 percent',
        'some'): back to a clause break, a preposition, a conjunction or a verb, at most 6 words."""
        t, p = self.doc.toks, self.p
        if k < ls or not (t[k].text[:1].isalnum() or t[k].text == "%") or p.is_verb(k) or t[k].low in _SUBORD \
                or t[k].low in _PP_START or t[k].low in _DETS or p.cls(k) == "pron":
            return None
        m = k
        while m - 1 >= ls and k - m < 5:
            prev = t[m - 1]
            if prev.text in _BOUNDARY or prev.low in _SUBORD or prev.low in _PP_START or p.is_verb(m - 1) \
                    or p.cls(m - 1) == "pron" or not (prev.text[:1].isalnum() or prev.text in ("-", "%")):
                break
            m -= 1
        return (m, k + 1)

    def relative_clause_head(self, np: tuple[int, int], ls: int) -> tuple[int, int] | None:
        """The head of a restrictive relative clause that ends in the speaker phrase ``np`` ('officials who
        spoke with The Daily Post said', 'leaders who would rather work for Jane Doe say'): the noun phrase before
        'who', when a verb stands between 'who' and ``np`` and no clause break."""
        t, p = self.doc.toks, self.p
        lo = max(ls, np[0] - 20)
        if np[0] <= lo or "who" not in self.text[t[lo].start:t[np[0]].start].lower():
            return None
        verb = False
        for w in range(np[0] - 1, lo - 1, -1):
            if t[w].text in _BOUNDARY or t[w].text in ("-", "--") or t[w].low in _SUBORD and t[w].low not in (
                    "who", "and", "or"):
                return None
            if t[w].low in ("who", "who'd", "who’d", "who've", "who’ve"):
                verb = verb or t[w].low != "who"
                if not verb or w - 1 < ls or t[w - 1].text in _BOUNDARY:
                    return None
                head = self.relative_head(w - 1, ls)
                return head if head is not None and (head[0] == ls or t[head[0] - 1].text in _BOUNDARY
                                                     or t[head[0] - 1].low in ("of", "and", "but")) else None
            verb = verb or p.verb_at(w)
        return None

    def in_content(self, pos: int) -> bool:
        """Is ``pos`` inside the content of an attributed (non-floating) candidate?"""
        if self._content_spans is None:
            self._content_spans = sorted((c.start, c.end) for c in self.cands if c.np is not None and not c.inherit)
            self._content_starts = [a for a, _ in self._content_spans]
        i = bisect.bisect_right(self._content_starts, pos) - 1
        return any(self._content_spans[m][0] <= pos < self._content_spans[m][1] for m in (i, i - 1) if m >= 0)

    def gender_clash(self, res: Resolution, pron: str) -> bool:
        """Does the registry document ``res``'s person as the other gender than the pronoun ('she' -> a man)?
        Unknown gender (no registry entry, no documented gender) never clashes."""
        want = pronoun_gender(pron)
        if want is None or res.type != "person" or res.actor_id is None:
            return False
        got = self.registry.gender(res.actor_id)
        return got is not None and got != want

    def fits(self, res: Resolution, pron: str, mention: str, *, subject: bool = True, near: bool = True) -> bool:
        """Can ``mention`` (resolved as ``res``) be the antecedent of ``pron``: `compatible`, or for "it" an
        unregistered body that spoke or is a clause ``subject`` at most `_BODY_SENTENCES` sentences back (``near``;
        `unregistered_body`, body18)? A body named after a preposition or as an addressee ('told the Harbour
        Gazette'), or inside a speaker's phrase (judged as that speaker: 'The Harbour dock bosses'), is no "it"."""
        person = pron in ("he", "she")
        return self.compatible(res, person, mention) or pron == "it" and subject and near \
            and self.unregistered_body(res, mention)

    def one_word_body(self, res: Resolution, mention: str, span: tuple[int, int], mention_pos) -> bool:
        """'Northwind said it expects …': could the one-word unregistered speaker ``mention`` at ``span`` be a
        body — no person noun, and the article never writes it with a given name before it ('Jane Northwind') nor as a
        given name ('Northwind Doe') (body18)? ('Mr Northwind' is no one-word speaker.) A person in a news text is
        named in full first, so such a word that spoke at most `_BODY_SENTENCES` before an "it" is its body."""
        word = mention.strip()
        if res.actor_id is not None or res.type not in ("person", "unknown") or " " in word \
                or not word[:1].isupper() or mention_pos is None \
                or _person_noun(word.lower()) and not _plural_mention(word.lower(), res):
            return False  # 'Witness said …': a person noun; a plural ('Charities warned …') is a group: refuse
        return not mention_pos.given_in_full(word, span[1]) \
            and not any(start < span[0] for start, _full in mention_pos.given_pairs(word))

    def unregistered_body(self, res: Resolution, mention: str) -> bool:
        """'The Harbour Policy Foundation said … It added': is the unregistered capitalised ``mention``, which the
        registry types as a person or leaves unknown, a body (body18)? Its capitalised head is an organisation noun or
        suffix ('Northwind Energy Ltd', 'Office for Budget Checks'), 'the' opens it ('the Sunday Courier'), or a firm
        word or (direct19) an outlet noun stands right before the name ('energy company Northwind', 'the news website
        Harbour Daily'). A title or a person noun in it ('the former MP Jane Doe', 'Foundation chairman Tom Lee') keeps
        it a person."""
        if res.actor_id is not None or res.type not in ("person", "unknown"):
            return False
        words = [w.strip(",") for w in mention.split()]
        titles = getattr(self.registry, "titles_in", None)
        if not words or not words[-1][:1].isupper() or any(_person_noun(w.lower()) for w in words) \
                or titles is not None and titles(mention):
            return False
        head = _unpossessed(words[_head_end(words) - 1])
        if head[:1].isupper() and head.lower() in _BODY_HEADS:
            return True
        if len(words) >= 2 and words[0].lower() == "the" and words[1][:1].isupper():
            return True
        return any((w.lower() in _FIRM_WORDS or w.lower() in _MEDIA_NOUNS)
                   and all(x[:1].isupper() for x in words[n + 1:]) for n, w in enumerate(words[:-1]))

    def compatible(self, res: Resolution, person: bool, mention: str) -> bool:
        if mention.lower() in self.lex.pronouns:
            return False
        words = mention.split()
        if person and words and res.actor_id is None:
            # the head is the word before a preposition ('Ann Lee of the Harbour Policy Center': a person)
            head = _unpossessed(words[_head_end(words) - 1].lower())
            if head in _NOT_PERSON_HEADS or head in self.lex.outlets:
                return False  # 'Fox News', 'Wall Street', 'the Islamic State' (not in the registry) are no he/she
        if res.type == "person":
            return person
        if res.type in ("institution", "state", "group"):
            return not person
        last = words[-1] if words else ""
        head = _unpossessed(last.lower())
        # a plural common-noun head is no "he"/"she", capitalised phrase or not ("White House staffers"; round 10)
        institutional = head in _INSTITUTION_HEADS or head.endswith("s") and not (
            mention[:1].isupper() and (last[:1].isupper() or head.endswith("ss")))
        return institutional != person


def phrase_class(mention: str, name: str) -> str:
    """The calibration class of a speaker phrase kept as written (round 19): 'document' for an issued text
    ('the statement', 'a new report': its issuer is the speaker), 'definite' for a singular phrase on
    the/this/that ('the senator', 'this agency': someone the article has named or will name), else 'phrase'
    ('officials', 'a source', 'two defence officials'). News judges read the first two as unresolved speakers."""
    words = mention.lower().split()
    head = _head_word(mention)
    if head in _ISSUED_TEXT_HEADS or _head_word(name) in _ISSUED_TEXT_HEADS:
        return "document"
    if words and words[0] in _DEFINITE_OPENERS and not (head.endswith("s") and not head.endswith(_SINGULAR_S_ENDS)):
        return "definite"
    return "phrase"

