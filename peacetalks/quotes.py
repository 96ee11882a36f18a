"""Quote extraction and attribution: direct, mixed (partial) and indirect quotes with canonical speakers.

Rules over one tokenisation of the article (no statistical models); docs/quotes.md has the method, the
measured accuracy on PolNeAR and the seed gold, and the known limitations.

1. ``quote_marks.quote_spans`` pairs quote marks per paragraph (any style, multi-paragraph, nested, never
   raising on unbalanced marks).
2. Each outermost quoted span is attributed from the words right after it (``"…," Peskov said`` /
   ``"…," said Peskov`` / ``"…," federal prosecutors wrote``), right before it (``Peskov told Tass on
   Tuesday: "…"``), from a lead-in ending in a colon (its subject), or from a paragraph that ends in a cue and a
   colon; quoted spans inside an attributed quote are attributed the same way inside it (nested quotes). Words
   before or after the quote in the same clause make it a mixed quote.
3. Each sentence is scanned for reporting cues from ``data/reference/speech_cues.csv`` outside quotes:
   ``X said (that) …``, ``…, X said``, ``according to X, …``, ``…, adding that …`` give indirect quotes (the
   reported clause); a reported clause that contains an unattributed quoted span is a mixed quote.
4. Quoted spans left over that read like speech take the subject of the sentence just before them or inherit
   the previous speaker (interrupted and floating quotes); short ones (scare quotes, titles, nicknames) give
   nothing.
5. Speaker mentions go through ``Registry.resolve`` (date + actors mentioned so far); pronouns resolve to the
   most recent compatible speaker or person mention, keeping the pronoun's own span.
"""

from __future__ import annotations

import bisect
import gc
import re
from datetime import date
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from peacetalks.actors import CONTEXT_SIZE, ORGANISATION_NOUNS, Registry, Resolution, pronoun_gender
from peacetalks.actors import _INDEFINITE, _PERSON_NOUNS, _UNIT_NEW
from peacetalks.actors import _MONTHS as _CALENDAR_WORDS  # months and weekdays
from peacetalks.cues import Cue, Lexicon, load_cues
from peacetalks.quote_marks import SINGLE, MarkedSpan, quote_spans
from peacetalks.records import FIRST_PERSON_METHOD, Quote
from peacetalks.text import TITLE_ABBREVIATIONS, Span, paragraphs, sentences, split_glued
from peacetalks.timex import _FULL_MONTH  # '(?:January|…|December)'

CLI_KEYS = ("article_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue", "side",
            "nested_in", "confidence")

_TOKEN = re.compile(  # the lookahead lets plain words skip the abbreviation branches (same tokens, ~40 % faster)
    r"(?=[A-Z#])(?:(?:[A-Z]\.){2,}|(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Calif|Fla|Ariz|Mass|Conn|Penn|Wash|Mich|Minn|Wis|Tenn)\."
    r"|[A-Z]\.(?=\s*[A-Z])|#+)|\w+(?:[’'\-&]\w+|\.(?![A-Z][a-z])\w+)*|[^\w\s]")
_MASK = "#"
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DETS = frozenset("the a an his her their its our my your this these those".split())
_DEMONSTRATIVES = frozenset(("this", "these", "those"))  # determiners that also stand alone as pronouns
_OPENING_PREPS = frozenset("outside inside across beyond among within without behind beside like unlike".split())
_CAP_STOP = frozenset("""the a an but and or so in on at as if when while after before since yet then now still however
meanwhile also although though because this that these those there here what why how where who which whose last
earlier later today yesterday tonight monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december speaking according asked instead indeed
moreover furthermore besides nevertheless overall separately previously recently finally first second third
unlike like for from with without by of to over under during amid among despite even only just not no yes both
either neither each every many most some such other all any once again next it he she they we i you
its his her their our my your one said says say told""".split()) | _OPENING_PREPS | frozenset(
    "alongside toward towards throughout".split())
# sentence adverbs that may stand between a cue and its 'that' ('suggest however that …')
_ASIDE_ADVERBS = frozenset("however nonetheless nevertheless instead though".split())
_ADV_SKIP = frozenset("""also later previously has have had would will could may might did does do not never just
already reportedly repeatedly then again recently once further earlier separately publicly privately often
subsequently immediately quickly simply flatly firmly openly explicitly clearly bluntly angrily sharply curtly
n't nt has've even still only first since long yet too both all long always twice""".split())
_LY_NOUNS = frozenset("family assembly rally supply reply".split())  # -ly words that are nouns
_TIME = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning
afternoon evening night week weekend month year day days earlier later recently""".split())
_BE = frozenset("was were is are be been being am 's".split())
_PREPS = frozenset("of for in at from on".split())
_MEDIUM_HEADS = frozenset("""statement interview post letter tweet op-ed column video message email e-mail speech
remarks address podcast broadcast release blog memo""".split())
# prepositions and verb particles that open no subject ('found out his …', 'found along the coast …')
_PARTICLES = frozenset("out up down off along around against into onto under upon toward towards near".split())
_PP_START = frozenset("in at on during via through after before while from over to with for by about amid".split())
# modifiers of an occasion noun ('in a separate interview', 'at last week's briefing'): alone they name no occasion
_PP_MODIFIERS = frozenset("separate joint recent brief last this next weekly daily annual same".split())
_PP_WORDS = frozenset("""interview statement conference news press briefing call phone television tv radio speech
meeting tweet post letter address remarks session hearing appearance rally event summit show program programme
broadcast podcast op-ed column video message email e-mail report interviews channel website blog forum meeting
visit trip sidelines emailed written telephone televised online later earlier""".split()) | _PP_MODIFIERS
_CLAUSE_START = frozenset("that whether if why how what when where who which whom".split())
_CLIP_AFTER_COMMA = frozenset("and but while although though whereas despite".split())
# subordinators of reason and time after which a new subject and speech verb start a report of their own (round 14)
_REASON_SUBORD = frozenset("because since as when".split())  # (though/although: _CLIP_AFTER_COMMA)
_SUBORD = frozenset("""that which who whom whose when while if because although though as after before since until
where whether and but or than so then""".split())
_IRREG_PAST = frozenset("""wrote told said spoke began went thought put sang shot hit quipped sent gave made took had has
felt knew saw found kept left met ran stood""".split())
# finite speech verbs that can follow a relative clause as the main verb ("Tom Brown, who …, said …")
_MAIN_SPEECH_VERBS = _IRREG_PAST | frozenset("says adds argues added argued claimed".split())
_BOUNDARY = frozenset(",;:.!?—–#\"“”«»‘’()[]")
_QUOTE_MARKS = frozenset("\"“”«»‘’'„‟‹›`")
_INTERJECT = frozenset("however though meanwhile instead too also nevertheless moreover then furthermore".split())
# that-cues whose bare clause may have a lexical past verb ("suggested Doe went too far"): train precision >= 80 %
_LEXICAL_CLAUSE_CUES = frozenset("report suggest hope".split())
_WH_CUES = frozenset("ask explain reveal announce indicate wonder recall".split())  # "explained why …"
_INFINITIVE_CUES = frozenset("promise pledge vow threaten offer agree urge claim".split())
# a verb or adjective before "to <cue>" whose subject is the speaker ("continues to insist", "was quick to note")
# ("has sought to portray", "would be able to claim": train 6 right / 6 new, round 11)
_TO_ADJ = frozenset("quick eager careful keen likely inclined able".split())
_TO_LEADS = _TO_ADJ | frozenset("continue continues continuing sought".split())
# degree words and linking verbs before a to-adjective ('were far more likely to say', 'appeared more likely to')
_TO_ADJ_DEGREE = frozenset("more less much far all".split())
_LINKING = frozenset("appear appears appeared seem seems seemed".split())
# prepositional adverbials between an auxiliary and a cue ('have in fact reported', 'had in the past said')
_PP_ADVERBS = frozenset({("in", "fact"), ("in", "particular"), ("in", "the", "past"), ("at", "times")})
_PP_ADVERB_ENDS = frozenset(words[-1] for words in _PP_ADVERBS)  # a cheap test before the word tuples are built
# verbs whose object is the subject of a following to-infinitive cue ('led some allies to worry …')
_CAUSATIVES = frozenset("""lead leads led leading prompt prompts prompted prompting cause causes caused causing force
forces forced forcing drive drives drove left leaving allow allows allowed allowing""".split())
# -ing words that work as prepositions: ', including the recognition of …' goes on with the same report
_ING_PREPOSITIONS = frozenset("""including excluding regarding concerning following barring pending
notwithstanding""".split())
_NEGATION = frozenset("not never nor no".split())
_GERUND_LINKS = frozenset("by while before after".split())  # "… by saying …": the subject speaks
_QUOTED_AS = frozenset("quoted cited quotes cites quoting citing".split())  # "… quoted X as saying …" (round 10)
_PASSIVE_BE = frozenset("was were is are been being".split())  # before a participle: "Doe was quoted as saying"
_REPORTED_ADVERBS = frozenset("first initially originally previously earlier also".split())
_WH_ANSWER = frozenset("whether if why how what when where who which".split())
_APPROX = frozenset("about nearly almost roughly around over under some just only".split())
_HYPOTHETICAL = frozenset("could might may can should must".split())  # "could agree to …": speech not (yet) made
_QUOTED_INFINITIVE = frozenset({"pledge"})  # to-infinitive only with quoted words in it (train: plain 16/45)
# object cues whose object reports speech only with a to-infinitive after it ('appealed to the board to reopen …',
# not 'appealed to the court' or 'appeals to voters'; round 14)
_OBJECT_INFINITIVE = frozenset({"appeal to"})
_CLAUSE_BREAKS = frozenset(",;:.!?—–")
_QUOTE_OPENERS = frozenset("\"“‘'«")
_OBJ_PRON = frozenset("him her them it himself herself themselves itself me us".split())
# words after "called X" that make no label: "called him back", "called the police a day later"
_CALL_NOT_LABEL = frozenset("""back up off out in on for to and or but again once twice twice later earlier soon
few second third day week month year hour number lot couple minute while meeting news press conference vote
repeatedly directly personally immediately""".split())
_EVIDENCE_CUES = frozenset("show find indicate suggest".split())  # "a poll shows Zelensky leading"
_LEAD_SUBORD = frozenset("""when while though although after because since once until before whereas where following
despite amid""".split())
# words that open an adjunct of the speech act, not its content ('said on stage', 'told NBC before her speech')
_ADJUNCT_OPENERS = frozenset("on at during before after up back while since until".split())
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")  # an HTML/XML tag ('<tweet id="…">', '<tweet/>')
_TAIL_BREAK = frozenset("before after while as when since until whereas although though but".split())
_TITLE_SMALL = frozenset("of the a an and or in on for to with at by from".split())  # lowercase in Title Case
_TITLE_BEFORE = frozenset("on in of at from by for with the a an".split())
# before a title-like quote, alone or with a comma: it names the work ('a film called "Long Road"', 'his book,
# "Open Ports"', 'an ad titled, "Ferry Tales"'), it is no quote
_NAMING_WORDS = frozenset("""called titled entitled dubbed named nicknamed book memoir novel film movie show series
documentary album song play""".split())
_DURATIONS = frozenset("moments minutes hours seconds weeks months years shortly soon".split())
_OBJECT_PARTICLES = frozenset("up out back home off down away over into through around".split())  # "fired back"
_MODALS = frozenset("would will could can should did does do may might must to".split())
_BYLINE = re.compile(r"\bby\s+[A-Z][^.:;!?\"“”]{0,60}:[\s*_]*$")
_LEAD_BREAK = (",", "—", "–", " -", "(")
_CONJ = frozenset("and but or so yet".split())
_ROLE_PPS = frozenset("of for to at in with from on".split())  # "the mayor of …", "ambassador to …", "aide at …"
_NAME_PARTICLES = frozenset("de da di del dos du van von der den la le al el bin ibn".split())  # "Thomas de Waal"
_POLL_HEADS = frozenset("poll polls survey surveys".split())
_GROUP_HEADS = frozenset("""voters respondents people americans democrats republicans independents adults public
electorate they residents latinos""".split())
# connectives that may open a sentence before its subject ('Then he …', 'But the envoy …')
_LEAD_CONNECTIVES = frozenset("and but so then also yet still now".split())
_CLAUSE_OPENERS = frozenset("as when while after where whom which that because since".split())
_CONJUNCT_OPENERS = frozenset("while whereas".split())
_NONPERSON_HEADS = frozenset("it this that there".split())  # pronouns that head no speaker of a clause
_SUBJECT_CHAIN = 20  # sentences opened by the same pronoun read back for its antecedent (no unbounded recursion)
_CONJUNCT_WINDOW = 30  # tokens searched back from a cue's 'and' for the ', and'/'while' that opened its clause
_NON_REPORT_THAT = frozenset("so such now given except provided assuming considering despite".split())
_LEAD_SKIP = frozenset("as when then once because since until while though although so".split())
_OPENING_PARTICLES = frozenset("off up out down upon counter back into onto across around behind".split())
_PARTICIPLE_END = "ing"
_Spoken = tuple[int, Resolution, tuple[int, int], int]  # a speaker so far: (position, resolution, span, para)
_Antecedent = tuple[int, Resolution, tuple[int, int] | None]  # a pronoun's candidate: (position, resolution, span)
_DEFINITE_OPENERS = ("the", "this", "that")  # a role noun opening so refers to someone definite
_RECENT_SPEAKERS = 50  # speakers an antecedent search looks back over (it stays linear in the article)
_CHANT_PREPS = frozenset("with in into to".split())  # 'responded with chants of', 'stirred the dockers to chants of'
# words before 'according to' that leave their clause open ('reported that, according to X, …')
_DANGLING_WORDS = frozenset("that because after while when since although though before unless".split())
_FRAGMENT_LEADS = frozenset("when because than by unless whereas until".split())  # '… only when "…"'
# subordinators opening a sentence whose main clause has its own speaker ('Although he says …, he …')
_OPENING_SUBORD = frozenset("although though while whereas after before when once because since if unless".split())
_NOT_NAMES = frozenset("""then also now still so and but as which who there here it this that these those what why how
when where if yet or nor for however meanwhile instead indeed""".split())  # never surnames
_LOCATIVE = frozenset("in at from near across throughout inside outside around".split())
# before an institution's name in a speaker's apposition ('a professor at the School of Trade', 'envoy for Port
# Affairs', 'a speech to their Harbour party'): no "he" either (round 11 news-corpus pronoun audit)
_OF_FOR = frozenset({"of", "for"})
_CROWD_NOUNS = frozenset("crowd audience rally show program programme".split())  # after a modifying name
_MEDIA_NOUNS = frozenset("newspaper daily paper outlet broadcaster channel magazine network station website "
                         "agency tabloid weekly".split())  # before an outlet's name (round 10 news-corpus audit)
# round 12 (audit V): one-word sentence openers as he/she antecedents, participle phrases as none
# names and nouns in -ing, no participles ('Downing Street'; words of four letters or fewer never are: 'Ding')
_ING_NOUNS = frozenset("viking sterling darling downing".split())
_PLURAL_VERBS = frozenset("are were have do say".split())  # 'Brimstones are …': no one-word name
_PLAIN_CUES = "said|says|told|tells|added|adds|wrote|writes|explained|recalled|recalls"
_PLAIN_CUE_AFTER = re.compile(rf"(?:{_PLAIN_CUES})\b")  # 'Okafor said'
_PLAIN_CUE_BEFORE = re.compile(rf"\b(?:{_PLAIN_CUES}) $")  # 'said Okafor'
_CAP_WORD_BEFORE = re.compile(r"(?<![.!?\n] )\b[A-Z][\w'’-]+ $")  # 'Tom Okafor', not '… end. Okafor'
_WORD_CHAR = re.compile(r"\w")
# audit VII: "the MI6 chief" / "the psychotherapist" after "MI6 chief Jane Doe" / "psychotherapist Tom Brown": the name
# the role phrase stood before as a title; not after a rank that makes it another post ("Deputy governor X")
_TITLED_NAME = re.compile(r"[ \t]+((?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)")
_OTHER_POST = frozenset("deputy vice assistant former ex- ex first".split())
# audit VII: person nouns outside the registry's titles ("the singer", "the politician", "the zookeeper") that may
# stand for the named person who spoke just before; nouns for someone new or anyone are left out
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "eer", "man", "woman", "ess")
_GENERIC_PERSONS = frozenset("""man woman officer soldier resident witness spokesman spokeswoman spokesperson
partner customer worker user reader viewer owner driver passenger student teacher patient
mother father brother sister grandmother grandfather daughter son wife husband neighbour neighbor survivor latter
former provider supplier producer manufacturer carrier retailer exporter importer lender insurer distributor
developer""".split()) | _PERSON_NOUNS  # "provider" … "developer" name firms; "insider", "observer": anonymous
# the other side of an exchange with the last speaker ('"Will you resign?" the reporter asked'), never that speaker
_ASKER_NOUNS = frozenset("reporter interviewer moderator questioner attacker".split())
# audit X: "the official" / "the senior official" after a named speaker, a person noun without a person suffix
_OFFICIAL_HEADS = frozenset({"official"})
_POSSESSIVE_WORD = re.compile(r"\w['’´]s\b")  # "Jo's husband": a kin or role phrase, no person's name
_NEW_REFERENT = frozenset(_UNIT_NEW | {"rival"})  # "the other singer", "the new singer", "the rival singer"
_INDEFINITE_ALT = "|".join(sorted(_INDEFINITE))  # "a", "another", "one" … before a noun: someone new
_SLUG = re.compile(r"[A-Za-z0-9]{6,}(?![\w'’-])")  # the tail of a link: 'pic.twitter.com/Xy3kQaB7'
_PERSON_NOUNS_MORE = frozenset("""refugee girl boy child children national citizen diplomat envoy expert analyst
pilot captain colonel general commander veteran agent spy emigre émigré dissident oligarch mp despot dictator
tyrant autocrat""".split())  # audit VIII
_TITLE_WINDOW = 1500  # characters before a role noun searched for the phrase used as a title
# never in a name after a title ("a ferry chief Monday …"); "May" may be one ("Prime minister May")
_NOT_NAME_WORDS = frozenset(_CALENDAR_WORDS - {"may"}) | frozenset("the a an in on at and but he she it they".split())
_NO_PERSON_WORDS = frozenset("everyone everybody nobody nothing someone anyone something everything god police".split())
# before an addressee ('told Ruritania's Daily Post', 'speaking to Harbour Radio'): no "he" (round 10 audit II)
_ADDRESSEE_BEFORE = frozenset("told tell tells telling to with".split())
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_FIRST_PERSON = frozenset("i we you me us".split())
_NO_SIDE = frozenset({"", "unknown", "none", "null", "nan"})
_DOCUMENT_HEADS = frozenset("""statement statements release letter memo note report email tweet tweets post message
ad video op-ed editorial""".split())
_MAX_DEFECTIVE_WORDS = 250  # longest defective quote kept (words); longer ones are mark-pairing failures
# the signature a scraped Twitter/X embed leaves after the post's words: '— Jane Doe (@janedoe) May 8, 2022', or a
# bare handle '— @janedoe May 8, 2022' (no name, no label such as 'Photo:' before the handle)
_POST_SIGNATURE = re.compile(r"(?:[—–―]|(?<=\s)-(?=\s))[ \t\u00a0]*(?:(?P<name>[^\n—–―()@:]{1,80}?)[ \t\u00a0]*"
                             r"\((?P<handle>@\w{1,15})\)|\(?(?P<bare>@\w{1,15})\)?)\s*" +
                             _FULL_MONTH + r"\.? \d{1,2}, \d{4}\b")
_POST_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+")  # a post's picture or shortened link
# the links closing a post: matched from a link's first character (a run of spaces is never a start), so a long
# run of spaces costs linear time; searched only in the last _POST_LINKS_SPAN characters before the signature
_POST_LINKS_END = re.compile(r"(?:" + _POST_LINK.pattern + r")(?:\s*(?:" + _POST_LINK.pattern + r"))*\s*$")
_POST_LINKS_SPAN = 600
_SPACES = re.compile(r"\s+")
_POST_CREDIT = re.compile(r"(?:📷|📸|🎥|(?:Photo|Video)s?:)")  # a post's last paragraph only credits its picture
# capital and small letters of the Latin, Greek and Cyrillic scripts, so labels and names with diacritics are read
# ('RINKĒVIČS:', 'Maroš Šefčovič:'; round 14)
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())
# a transcript turn's label: a name of one to three capitalised words (or 'Q', 'A') and a colon, optionally with a
# translation note ('Jane Doe (translation): …'); where it may start is checked by ``_turn_start`` (round 13)
_LABEL_WORD = "[" + _UPPER + r"](?:[^\W\d_]|['’-])+"
_TURN_LABEL = re.compile(r"\b(?P<label>(?:" + _LABEL_WORD + r"|Q|A)(?: " + _LABEL_WORD + r"){0,2})"
                         r"(?: \((?:translation|translated|through an interpreter)\))?(?P<colon>:)[ \t]+"
                         r"(?=[^\W\d_]|[“\"‘'(\[—])")
_RUN_ON_PARA = 1000  # a paragraph longer than this is from a page that lost its breaks (round 14)
_TURN_WINDOW = 120  # a label and its translation note end at most this far before their colon
# a label starts a turn after one of these and a space (or at a paragraph start); a dash ends an interrupted turn
_TURN_ENDS = frozenset('.?!…"”’)]―—–')
# labels that mark an unnamed interviewer's turn: they end the previous turn, but are nobody's quote
_INTERVIEWER_LABELS = _ASKER_NOUNS - {"attacker"} | frozenset(  # the asker nouns above, as labels (review 13b)
    "q a question answer reporters journalist host anchor producer audience".split())
_OWN_NAME = (0, 0)  # ``turn_speaker``: the label is the name itself
_NOT_SPEAKER_TYPES = ("state", "institution", "group")  # a label resolved to one of these is no person's name
_NAME_WORD = "[" + _UPPER + "][" + _LOWER + "'’-]+"  # a capitalised word ('Doe', 'Šefčovič')
_CAPITALISED_RUN = re.compile(r"\b" + _NAME_WORD + "(?: " + _NAME_WORD + r")+\b")  # 'Port Correspondent Jane Doe'
# words of boilerplate and credit labels ('LATEST:', "DON'T MISS:", 'Camera:', 'Video editor:') and of place headings
_TURN_NOT_WORDS = frozenset("don't don’t dont miss latest just new camera editor editors video graphics design "
                            "reporting writer writers republic".split())
_POST_MAX = 300  # a post's words run back at most this far (tweets hold 280 characters) when no break bounds them
# belief cues whose negation still reports the speaker's stance ("don't think that …")
_NEGATED_BELIEFS = frozenset("think believe expect know feel".split())
# topic cues whose negation reports the topic left out as an object ("did not mention the port", "never mentioned X")
_NEGATED_TOPICS = frozenset({"mention"})
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next final".split())
_QUANTITY = frozenset("""half a one two three four five six seven eight nine ten dozen hundred hundreds thousand
thousands million""".split())
# that-cues that also report the clause before them ('…, the study concluded.', 'The ferries, Doe predicted, will
# run.'): assertions; not beliefs (think, fear), evidence without a speaker (show, find), promises or worries, nor
# deny ('…, something Moscow denied' is the writer's comment)
_POSTPOSED_THAT_CUES = frozenset("""claim state write explain admit acknowledge report predict suggest conclude
declare confirm allege complain reiterate observe maintain reveal announce mention boast testify estimate indicate
signal hint post""".split())
_CLAUSE_PREPS = frozenset("after before since until while".split())  # prepositions that also open a clause
_RELEASE_PARTICIPLES = frozenset("released published conducted commissioned issued obtained".split())
_SOURCE_LINKS = frozenset("close familiar briefed knowledgeable closest".split())
_QUANTIFIER_SUBJECTS = frozenset("many most some few several others both".split())
# words before a share of respondents that opens a clause ("while 47% say", "with 47% saying")
_SHARE_BREAK = frozenset("and but while whereas though although as when since among with".split())
_SHARE_WORDS = frozenset("""percent % half third thirds quarter quarters majority plurality minority two-thirds
three-quarters one-third one-quarter majorities three-fourths""".split())
# "40 percent … polled said"
_RESPONDENT_PARTICIPLES = frozenset("polled surveyed questioned interviewed asked".split())
_PRONOUN_BE = frozenset("he's she's they're we're i'm you're".split())
_PRONOUN_HAS = frozenset("he's she's".split())  # 'He's said …', 'She's called it "…"': has + participle
_PAST_PARTICIPLES = frozenset("written spoken".split())


def _past_participle(low: str) -> bool:
    """A lowercase word that may be a past participle ('said', 'called', 'written')."""
    return low.endswith("ed") or low in _IRREG_PAST or low in _PAST_PARTICIPLES


_PROGRESSIVE_AUX = frozenset("is are was were am 's ’s".split())
_SUBJ_PRON = frozenset("he she they we i you it there".split())
# a label or a full name opening on a pronoun or determiner is no name ('He Said It:', 'The Draw:'): the subject
# pronouns and non-person heads above, articles and possessives (round 14: one source for the pronouns)
_TURN_NOT_NAMES = _SUBJ_PRON | _NONPERSON_HEADS | frozenset("the a an his her here".split())
_DO = frozenset("do does did".split())
_FINITE = frozenset("""is are was were will would can could should shall has have had does did do may might must
's 're 'll ’s ’re ’ll won't can't don't doesn't didn't isn't wasn't aren't weren't wouldn't couldn't shouldn't
hasn't haven't won’t can’t don’t doesn’t didn’t isn’t wasn’t aren’t weren’t wouldn’t couldn’t shouldn’t hasn’t
haven’t""".split())
_FINDING_SOURCES = _POLL_HEADS | frozenset("study studies report analysis research".split())
_MODAL_OR_FUTURE = (_MODALS - _DO) | frozenset("'ll ’ll shall going plan plans planned".split())
_PAST_PARTICIPLES = frozenset("told said thought known shown found written read seen heard".split())
_HEAD_PREPOSITIONS = frozenset("of in at for from".split())  # the head of a mention comes before these
_INSTITUTION_HEADS = frozenset("""kremlin ministry government administration office department agency embassy
mission council parliament duma military army navy service services statement report poll survey study committee
campaign party union company firm bank board court panel network outlet newspaper channel team group side""".split())
# heads of capitalised phrases that name no person ('Fox News', 'Wall Street', 'Islamic State'): never a "he"/"she"
_NOT_PERSON_HEADS = (_INSTITUTION_HEADS | frozenset("""post news times journal tribune press guardian magazine senate
congress convention partnership foundation project center centre institute university association commission street
city county state democrats republicans""".split()) | _MEDIUM_HEADS | frozenset("story report article caption".split())
    | frozenset("""bbc cnn reuters tass afp rt cbs nbc interfax ria novosti sputnik ukrinform unian belta instagram
telegram twitter facebook youtube tiktok whatsapp""".split()))  # audit X: outlets, apps

_BASE_CONFIDENCE = {"subject": 0.6, "quote+verb": 0.75, "colon": 0.7, "quote+cue": 0.9, "cue+quote": 0.88,
                    "colon-paragraph": 0.8, "nested": 0.8, "interrupted": 0.8, "floating": 0.6, "unattributed": 0.35,
                    "indirect": 0.7, "postposed": 0.72, "according_to": 0.75, "headline": 0.6, "participle": 0.65,
                    "mixed": 0.75, "object": 0.65, "asked": 0.6, "source_opening": 0.6, "stance": 0.55,
                    "post-signature": 0.8, "transcript-turn": 0.75}


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
    confidence: float
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
        append(new(_Tok, (a, pos, t, t.lower())))
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
        self._cue: list = [0] * len(toks)  # memo of cue_at, same convention
        self._cue_idx = [i for i, tok in enumerate(toks) if tok.low in lex.cues]  # where a cue form may start

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
        for cue in cands:
            n = len(cue.words)
            if k + n <= len(self.t) and all(self.t[k + i].low == w for i, w in enumerate(cue.words)):
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
        if last_head is None or last_head - a > 12:
            return None
        return (a, last_head + 1)

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
                        # itself an apposition; the name opening the sentence before it speaks
                        name = self.np_left(np[0] - 2, lo)
                        if name is not None and self.cls(name[1] - 1) == "cap" and (
                                name[0] == lo or name[0] - 1 == lo and self.t[lo].low in _CONJ):
                            return name, "apposition"
                    return np, "apposition"
        if self.t[j].text == "," and j - 1 >= lo:
            # "Sen. Ann Lee (R-OH), said"
            np = self.np_left(j - 1, lo)
            if np is not None and (np[0] == lo or self.t[np[0] - 1].text in (",", "—", "–")):
                return np, "np"
        if self.t[j].text in (",", "—", "–", "--") and not cue.words[-1].endswith(_PARTICIPLE_END):
            np = self.apposition_chain(j, lo)
            if np is not None:
                return np, "apposition"
            if self.t[j].text != ",":
                # "Insiders in two capitals — Kyiv and Warsaw — said": a verbless aside between dashes
                opener = next((m for m in range(j - 1, max(lo - 1, j - 20), -1)
                               if self.t[m].text == self.t[j].text or self.is_verb(m)), None)
                if opener is not None and self.t[opener].text == self.t[j].text and opener - 1 >= lo:
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
        np = self.loose_subject(j, lo, relaxed=relaxed)
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

    def apposition_chain(self, j: int, lo: int) -> tuple[int, int] | None:
        """The sentence subject before one to three appositions that end at the comma or dash at token ``j``:
        'Jane Doe, 27, a nurse in Ohio, said' / 'John Smith (D-Ore.), a member of …, said' / 'Ann Lee — who
        chairs the board — told'. The subject must open the sentence (after a conjunction or an introductory
        phrase) and the first apposition must start like one (determiner, name, number, who/whose, participle)."""
        t = self.t
        closer = t[j].text
        dash = closer != ","
        delims = 0
        for k in range(j - 1, max(lo - 1, j - 40), -1):
            tx = t[k].text
            if tx in (";", ":"):
                return None
            if not ((tx == "," and not dash) or (dash and tx == closer)):
                continue
            delims += 1
            if delims > 3 or k - 1 < lo:
                return None
            np = self.np_left(self.skip_adverbs_left(k - 1, lo), lo)
            if np is None or np[1] != k or self.cls(self.head_of(np)) not in ("cap", "role"):
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
        return (self.cue_at(k) is not None or tok.low in _IRREG_PAST or tok.low in _BE
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
                return None  # '"has a responsibility" as a nuclear weapons state': not a speaker
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
        """Token ``k`` ends a subject read leftwards: a clause boundary, a subordinator, a verb or a preposition."""
        tok = self.t[k]
        return tok.text in _BOUNDARY or tok.low in _SUBORD or self.is_verb(k) or tok.low in _PP_START

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

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

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
    return _Doc(text, paras, [p.start for p in paras], sents, [s.start for s in sents], spans, cleaned,
                [s.start for s in cleaned], toks, [t.start for t in toks])


def _verb_s(tok: _Tok) -> bool:
    """A lowercase word in -s that reads as a present-tense verb where a verb is expected ('opposes')."""
    return tok.text.isalpha() and tok.text.islower() and tok.low.endswith("s") and not tok.low.endswith(
        ("ss", "us", "is")) and len(tok.low) > 3


_WORD = re.compile(r"\w+")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_CLAUSE_PUNCT = re.compile(r"[,;]")
_SPEECH_END = re.compile(r"[.!?,…]\W*$")
_LEADING_CONJ = re.compile(r"(?:and|but|so|yet)\s+", re.I)
# a photo credit glued to the start of a paragraph ("Photograph: Jane Doe/Reuters “…,” she said", "(AP Photo/Jane
# Doe) Talks …"): not part of the content (round 10 news-corpus audit: 43 contents in all_en began with one)
_PHOTO_CREDIT = re.compile(r"(?:\((?:AP |AFP )?Photo(?:graph)?[:/][^)\n]{0,80}\)|Photograph: [^“\"‘'\n/]{3,60}"
                           r"/(?:The Guardian|The Observer|[^\s/“\"‘']+(?: via [^\s/“\"‘']+)?(?: Images)?))\s+")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _is_title_like(inner: str) -> bool:
    inner = inner.strip().rstrip(",.;: ")  # 'Lavrov's memoir ''The Long Road Home,'' …': the comma is the sentence's
    words = _TITLE_WORD.findall(inner)
    if not words:
        return True
    if _CLAUSE_PUNCT.search(inner):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    if len(words) <= 8 and caps / len(words) >= 0.6:
        return True
    big = [w for w in words if w.lower() not in _TITLE_SMALL]  # 'State of the Union': Title Case
    return 2 <= len(big) and len(words) <= 10 and all(w[0].isupper() for w in big)


def _speech_like(span: MarkedSpan, text: str) -> bool:
    inner = text[span.inner_start:span.inner_end].strip(" *_\n\t")
    n = _words(inner)
    if n < 3 or _is_title_like(inner):
        return False
    if n >= 6:
        return True
    return bool(_SPEECH_END.search(inner)) and inner[:1].isupper()


class _Extractor:
    def __init__(self, text: str, article_id: str, published: str | None, registry: Registry) -> None:
        self.text = text
        self.article_id = article_id
        self.published = published
        self.registry = registry
        self.lex = load_cues()
        self.doc = _build_doc(text)
        self.p = _Parser(self.doc.toks, self.lex)
        self.cands: list[_Cand] = []
        self.used_cues: set[int] = set()
        self.cue_speakers: dict[int, tuple[int, int]] = {}  # a direct quote's cue token -> its speaker's tokens
        self._direct_spans: list[tuple[int, int]] = []
        self._direct_ends: list[int] | None = None
        self.attributed: dict[int, int] = {}  # outer span index -> candidate index
        self._content_spans: list[tuple[int, int]] | None = None  # built at resolution time (in_content)
        self._content_starts: list[int] = []
        self.antecedent_spans: dict[int, tuple[int, int] | None] = {}  # pronoun start -> antecedent mention
        self._named_words: dict[str, bool] = {}  # (named_elsewhere, per sentence-opening word)
        self._subject_chain = 0  # sentence_subject_cand's depth of pronoun-opened sentences read back

    # --- helpers -------------------------------------------------------------------------------------------
    def sent_tok_bounds(self, pos: int) -> tuple[int, int]:
        s = self.doc.sents[self.doc.sent_of(pos)] if self.doc.sents else None
        if s is None:
            return 0, len(self.doc.toks)
        return self.doc.tok_at_or_after(s.start), self.doc.tok_at_or_after(s.end)

    def np_chars(self, np: tuple[int, int]) -> tuple[int, int]:
        t = self.doc.toks
        a, b = np
        if t[a].text == "(":
            # "(AP Photo/…) Authorities said": a leading parenthesis is a caption, not part of the speaker
            close = next((m for m in range(a + 1, b - 1) if t[m].text == ")"), None)
            if close is not None:
                a = close + 1
        last = t[b - 1]
        if b - a == 1 and last.low.replace("’", "'") in _PRONOUN_BE:
            return last.start, last.start + len(re.split(r"['’]", last.text)[0])  # "He's" -> "He"
        return t[a].start, t[b - 1].end

    def skip_programme(self, m: int, hi: int) -> int:
        """Past a title-like quote closing a place phrase after a possessive ('said on BBC's "Hard Talk" that',
        'on the channel's "Morning Show"'), or ``m`` unchanged."""
        t = self.doc.toks
        if not (m + 2 < hi and t[m + 1].text == _MASK and t[m].text in _QUOTE_MARKS and t[m + 2].text in _QUOTE_MARKS
                and t[m - 1].low.endswith(("'s", "’s"))):
            return m
        if not _is_title_like(self.text[t[m].end:t[m + 2].start].rstrip(" ,.;:")):
            return m
        return m + 3

    def skip_tail(self, k: int, hi: int, cue: Cue, *, lenient: bool = False) -> tuple[int, bool]:
        """Skip an addressee object, time words and short PPs after a cue; (next token, saw 'that')."""
        t, p = self.doc.toks, self.p
        if cue.lemma in ("tell", "tell2", "assure", "warn") and k < hi:
            low = t[k].low
            her_det = low == "her" and k + 1 < hi and t[k + 1].text[:1].isalnum() and t[k + 1].low != "that"
            if low in ("me", "us", "him", "her", "them", "you", "reporters", "journalists", "lawmakers",
                       "supporters", "listeners", "viewers", "senators", "voters", "students") and not her_det:
                k += 1
            else:
                np = p.np_right(k, hi)
                if np is not None and p.cls(np[1] - 1) in ("cap", "role"):
                    k = np[1]
                elif her_det or low in _DETS:
                    m = k + 1  # "told her supporters", "told a crowd in Lviv"
                    while m < hi and m - k < 6 and t[m].text[:1].isalnum() and not p.is_verb(m) \
                            and t[m].low not in ("that", "on", "in", "at", "during"):
                        m += 1
                    k = m
        guard = 0
        k0 = k
        while k < hi and guard < 14:
            guard += 1
            low = t[k].low
            if low in ("a", "an", "one", "two", "three", "several", "the") and k + 2 < hi and t[k + 1].low in _TIME \
                    and t[k + 2].low in ("earlier", "later", "ago", "before", "after"):
                k += 3
                continue
            if low in _TIME or (low.endswith("ly") and t[k].text.islower() and len(low) > 4) or low in (
                    "also", "again", "earlier", "later", ","):
                k += 1
                continue
            if low in ("last", "this", "next", "early", "late") and k + 1 < hi and t[k + 1].low in _TIME:
                k += 2
                continue
            if low == "of" and k == k0 and k + 1 < hi:
                m = k + 1  # "said of the senator," / "said of Lavrov's latest request:"
                while m < hi and m - k <= 6 and t[m].text not in _BOUNDARY and t[m].low != "that" \
                        and not p.is_verb(m):
                    m += 1
                if m < hi and (t[m].text in (",", ":") or t[m].low == "that"):
                    k = m  # 'said of the talks that …'
                    continue
            if low in _PP_START and k + 1 < hi and lenient:
                m = k + 1
                while m < hi and m - k <= 9 and t[m].text not in _BOUNDARY and t[m].low != "that" and not p.is_verb(m):
                    m += 1
                if m > k + 1:
                    k = m
                    continue
            if low in _PP_START and k + 1 < hi:
                m = k + 1
                while m < hi and m - k <= 7 and (p.cls(m) in ("det", "cap", "mod", "role", "prep") or
                                                 t[m].low in _PP_WORDS or t[m].low in _TIME or t[m].text.isdigit()):
                    m += 1
                m = self.skip_programme(m, hi)
                if m > k + 1 and (m >= hi or t[m].low == "that" or t[m].text in (",", ":", "—", "–")
                                  or low in ("on", "in", "at", "during") and t[m - 1].low in _TIME | _PP_WORDS):
                    k = m
                    continue
            break
        if k < hi and t[k].text in (":", ",", "—", "–"):
            k += 1
        if cue.lemma in _WH_CUES and k < hi and t[k].low not in _CLAUSE_START:
            # "asked former Deputy Minister Jane Doe whether …": an addressee object, then the wh-clause
            for m in range(k + 1, min(hi, k + 10)):
                if t[m].low in ("whether", "if", "why", "how", "what", "when", "where"):
                    k = m
                    break
                if t[m].text in _BOUNDARY and t[m].text != "," or p.is_verb(m) or t[m].low in _SUBORD:
                    break
        if k < hi and t[k].low != "that":
            # "told a crowd at a trade fair in Lviv last month that …": a 'that' close ahead, with
            # no verb or clause break before it, opens the reported clause
            for m in range(k, min(hi, k + 12)):
                if t[m].low == "that":
                    if m > k and t[m - 1].low not in _DETS and t[m - 1].text not in _BOUNDARY \
                            and t[m - 1].low not in _PP_START and (
                                t[k].low in _PP_START or t[m - 1].low in _TIME or t[m - 1].low in _PP_WORDS
                                or t[m - 1].low in _ADV_SKIP or t[m - 1].low.endswith("ly")
                                or p.cls(m - 1) in ("cap", "role") or t[m - 1].low in _ASIDE_ADVERBS
                                or cue.lemma in ("tell", "tell2", "assure", "warn")):
                        k = m  # not 'with that request' (a determiner), nor 'pledged her commitment to the
                        # causes that …' (a relative pronoun after an object)
                    elif m - 1 > k and t[m - 1].text == "," and t[k - 1].text == "," and k - 1 >= k0:
                        k = m  # "believes, for example, that …": an aside between commas before the 'that'
                    break
                if t[m].text in _BOUNDARY and t[m].text not in (",", "“", "”", "\"", "#", "«", "»") \
                        or self.p.verb_at(m) and not self.attributive_participle(m) or t[m].low in _SUBORD:
                    break
        saw_that = k < hi and t[k].low == "that"
        if saw_that:
            k += 1
        return k, saw_that

    def attributive_participle(self, m: int) -> bool:
        """Token ``m`` is an -ed word between an occasion phrase's preposition and determiner and a lowercase
        noun ('in a prepared statement', 'during a heated exchange'): an adjective, not a verb."""
        t = self.doc.toks
        return 2 <= m < len(t) - 1 and t[m].low.endswith("ed") and t[m - 1].low in _DETS \
            and t[m - 2].low in ("in", "during", "at", "on") and t[m + 1].text.isalpha() and t[m + 1].text.islower()

    def quote_inside(self, a: int, b: int) -> list[int]:
        """Indices of the outermost quoted spans inside ``[a, b)`` (they are sorted and do not overlap)."""
        outer, out = self.doc.outer, []
        i = bisect.bisect_left(self.doc.outer_starts, a)
        while i < len(outer) and outer[i].start < b:
            if outer[i].end <= b:
                out.append(i)
            i += 1
        return out

    def add(self, cand: _Cand) -> int:
        self.cands.append(cand)
        return len(self.cands) - 1

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
            if self.governs_clause(ci + len(cue.words), hi, cue, closed_sentence):
                return None
            if self.introduces_next_quote(si, span, ci + len(cue.words), hi):
                return None
            return np, ci, cue, "quote+cue"
        return None

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
        layered = self.quoted_as_object(v, hi)
        if layered is not None:
            return layered, v, _VERB_CUE, "quote+verb"  # '"…," NBC quoted one official as saying': the official
        return np, v, p.cue_at(v) or _VERB_CUE, "quote+verb"

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
        (Reuters) -', 'Washington (AFP) –'), or ``ls`` when there is none."""
        t, d = self.doc.toks, self.doc
        if ls >= c or d.paras[d.para_of(t[ls].start)].start != t[ls].start or not t[ls].text[:1].isupper():
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
            if cue is None:
                continue
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
                if method == "quote+verb" and (kind == "mixed" or self.has_lead(span, lo_pos)):
                    continue  # 'the crowd chanted "x" as the network anchor reacted': too unsure
            else:
                tail = self.mixed_tail(span)
                if tail is not None:
                    end, kind = tail, "mixed"
            idx = self.add(_Cand(start, end, kind, method, cue_text, self.np_chars(np),
                                 d.para_of(span.start), conf * _flag_factor(span)))
            self.used_cues.add(ci)
            self.cue_speakers[ci] = np
            self.attributed[si] = idx

    def cue_led_question(self, span: MarkedSpan, q0: int) -> bool:
        """A quoted question or exclamation right after a speech verb and a colon or comma ('Doe responded: "Why
        now?" Her critics said …'): the cue before it attributes it, not a speaker in the next sentence."""
        t = self.doc.toks
        return (q0 >= 1 and t[q0].text in (":", ",") and self.text[span.inner_end - 1:span.inner_end] in "?!"
                and self.p.cue_at(q0 - 1) is not None)

    def named_title(self, span: MarkedSpan, q0: int) -> bool:
        """A title-like quote right after a preposition, a determiner or a possessive names a show, a book or a
        group ('on BBC's "Newsnight,"', 'the "Servant" star', 'founder of "Mothers for Peace"'): never a
        quote of its own."""
        if q0 < 0 or not _is_title_like(self.text[span.inner_start:span.inner_end].rstrip(" ,.;:")):
            return False
        t = self.doc.toks
        prev = t[q0]
        cue = self.p.cue_at(q0)
        if not (prev.low in _TITLE_BEFORE or prev.low.endswith(("'s", "’s"))
                or prev.low in _PP_WORDS and (cue is None or q0 > 0 and self.p.cls(q0 - 1) in ("det", "cap", "mod"))
                or cue is not None and cue.lemma in ("tell", "tell2") or self.named_by(q0)):
            return False  # 'the TV show "Dancing Stars"', 'told "Good Morning Kyiv"': a programme, not a quote
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

    # --- 3. indirect and mixed quotes ----------------------------------------------------------------------
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
        for si, ci in self.attributed.items():
            s = self.doc.outer[si]
            if (s.start, s.end) != span:
                continue
            c = self.cands[ci]
            if c.np is None or not a <= c.np[0] < span[0] or c.start < a:
                return False
            if self.text[a:span[0]].rstrip()[-1:] in (":", ",") or \
                    _RELATIVE_LEAD.search(self.text, max(a, c.np[0] - 8), c.np[0]):
                return False  # 'he said: "…"', 'which he called "…"': a report of its own
            c.extra["drop"] = True
            return True
        return False

    def reported(self) -> None:
        d, p = self.doc, self.p
        last_speaker_in_sent: dict[int, tuple[int, int]] = {}
        for c in self.cands:
            if c.np is not None:
                last_speaker_in_sent[d.sent_of(c.start)] = c.np
        for sidx, sent in enumerate(d.sents):
            ls, le = d.tok_at_or_after(sent.start), d.tok_at_or_after(sent.end)
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

    def _content(self, a: int, b: int) -> tuple[int, int] | None:
        """Trim a content char span: spaces, trailing punctuation, a leading conjunction."""
        s = self.text
        while a < b and (s[a].isspace() or s[a] in ",;:—–-"):
            a += 1
        while b > a and (s[b - 1].isspace() or s[b - 1] in ".,;:!?—–-)"):
            b -= 1
        m = _LEADING_CONJ.match(s, a, b)  # no slice copy of the clause
        if m and m.end() < b:
            a = m.end()
        if s.startswith(("Photograph: ", "(AP Photo", "(AFP Photo", "(Photo"), a):
            m = _PHOTO_CREDIT.match(s, a, min(len(s), b + 1))
            if m and m.end() >= b:
                return None  # the whole span is the credit (the lead before a quote)
            if m:
                a = m.end()
        if b <= a:
            return None
        # a closing quote mark belongs to the content if its opener does
        return a, b

    def _finish(self, a: int, b: int, np: tuple[int, int] | None, cue_text: str, method: str, para: int,
                cue: Cue, min_words: int = 2) -> _Cand | None:
        span = self._content(a, b)
        if span is None:
            return None
        a, b = span
        direct = self.covered_by_direct(a, b)
        if direct is not None and direct[0] > a and self.nested_direct(a, direct):
            direct = None  # 'said he trusted "with all his soul" that …': the inner report is part of ours
        if direct is not None:
            if direct[0] <= a:
                return None
            b2 = direct[0]
            span = self._content(a, b2)
            if span is None:
                return None
            a, b = span
        # include a closing quote mark cut off by the trim
        inside = self.quote_inside(a, b + 2)
        for i in inside:
            s = self.doc.outer[i]
            if s.end > b:
                b = s.end
        inside = self.quote_inside(a, b)
        if _words(self.text[a:b]) < min_words:
            return None
        last = self.doc.tok_at_or_after(b) - 1
        if not inside and _words(self.text[a:b]) <= 4 and 1 <= last and self.doc.toks[last - 1].start >= a and \
                self.p.cue_at(last) is not None and self.p.cls(last - 1) in ("cap", "role", "pron"):
            return None  # "We will respond - Biden said": the content is another attribution, not speech
        if inside:
            kind = "mixed" if self.words_outside(a, b, inside) else "direct"
        else:
            # a quote that starts inside the content and runs past it: stop the content before it
            kind = "indirect"
            if cue.scope != "all":
                return None
        base = _BASE_CONFIDENCE["mixed" if kind == "mixed" else method]
        for i in inside:
            base *= _flag_factor(self.doc.outer[i])
        return _Cand(a, b, kind, method, cue_text, np, para, base)

    def words_outside(self, a: int, b: int, inside: list[int]) -> bool:
        """Does the content ``[a, b)`` hold a word outside its quoted spans ``inside`` ('he's "here to help"',
        'in any talks, "we will …"')? Then it is a mixed quote, else a direct one (PolNeAR's convention)."""
        pos = a
        for i in inside:
            s = self.doc.outer[i]
            if any(ch.isalnum() for ch in self.text[pos:s.start]):
                return True
            pos = max(pos, s.end)
        return any(ch.isalnum() for ch in self.text[pos:b])

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
            np = p.np_right(ce, le) or self.source_right(ce, le, limit=24 if k == ls else 12)
            if np is None:
                return None
            npc = self.np_chars(np)
            out = []
            after_start = np[1] + 1 if np[1] < le and t[np[1]].text == "," else np[1]
            clause_after = after_start < le and _words(self.text[t[after_start].start:end_pos]) >= 3
            # 'shelled before, according to X.': an adverb or object, no subordinator, when no clause follows
            before = k > ls and _words(self.text[t[ls].start:t[k].start]) >= 3 and not (
                clause_after and self.dangling_before(k, ls))
            if before:
                c = self._finish(t[ls].start, t[k].start, npc, cue_text, "according_to", para, cue, 3)
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
        np, how = p.speaker_left(k, ls, cue)
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
                                    and pre_words <= 8 or participial):
                pre = None  # "In an address last March, he said:" / "Asked about it later, she said …": an
                # introductory phrase, not reported speech ("Negotiating with Kyiv is pointless, he said" is)
            if pre is not None and tail_words >= 2 and (
                    t[pre].low in _TIME or t[pre].low in ("later", "earlier", "afterwards", "then")
                    or t[pre].low in ("the", "that", "this", "last", "each") and pre + 1 < pre_end
                    and t[pre + 1].low in _TIME) and not p.has_verb(
                    pre, pre_end, infinitive=True, s_forms=True):
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
                    tail_words <= 4 and not saw_that or (ce < le and t[ce].text == ",") or participle_tail):
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
        if not saw_that and self.speech_adjunct_only(k2, d.tok_at_or_after(end), cue):
            return None  # "said at a news conference in May", "told NBC before her speech": no content
        if gap and np[0] - 2 >= ls and t[np[0] - 2].text == ",":  # ', which officials fear will fail, …'
            end = next((t[m].start for m in range(k2, d.tok_at_or_after(end)) if t[m].text == ","), end)
        c = self._finish(t[np[0] - 1 if gap else k2].start, end, npc, cue_text, method, para, cue, 2)
        if c is not None and c.kind == "indirect" and cue.lemma in _QUOTED_INFINITIVE and t[k2].low == "to":
            return None  # "pledged to work together": an intention PolNeAR rarely marks; with quoted words it stays
        return [c] if c else None

    def dangling_before(self, k: int, ls: int) -> bool:
        """The words before 'according to' at token ``k`` stop on a subordinator or 'that' ('The port reported that,
        according to its logs, …'): they open the clause the source vouches for, so its content follows the source
        (the caller asks only when a clause follows: 'shelled before, according to X.' keeps its words)."""
        t = self.doc.toks
        j = k - 1 if k - 1 > ls and t[k - 1].text == "," else k
        return j - 1 >= ls and t[j - 1].low in _DANGLING_WORDS and t[j - 1].text.islower()

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
                t[np[0] - 1].low in _CLAUSE_PREPS and not cue_text.endswith(_PARTICIPLE_END)):
            return None  # "the plan outlined by Kiev calls for …": the phrase before the verb is not its subject
            # (after a subordinator the phrase is a clause subject: "after Doe announced the deal")
        k2, saw_that = self.skip_tail(ce, le, cue)
        if k2 >= le:
            return None
        if not saw_that and t[k2].low != "to" and (t[k2].low in _PP_START or t[k2].low in _PREPS
                                                   or t[k2].low in _CONJ):
            return None  # "endorsed by …", "backed in 2008", "dismissed or not implemented": not an object
        end = min(self.clip_end(k2, le, end_pos), end_pos)  # an earlier end (a leading clause) holds
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

    def object_infinitive(self, k2: int, le: int) -> bool:
        """A to-infinitive follows the object at token ``k2`` in its clause ('… the board on Friday to reopen', 'the
        UN (and the IAEA) to "act"'; not 'to his plan')."""
        t = self.doc.toks
        for m in range(k2 + 1, min(le - 1, k2 + 14)):
            if t[m].text in _CLAUSE_BREAKS:
                return False
            w = m + 2 if t[m + 1].text in _QUOTE_OPENERS and m + 2 < le else m + 1
            if self.infinitive_at(m, le) and self.p.cls(w) != "pron" and (t[w].text.islower() or t[w].text == _MASK):
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
        while b > ls and (t[b].low in _BE or t[b].low in ("been", "being")):
            b -= 1
        if b < ls or not (t[b].low in ("it", "it's", "it’s") or cue.lemma == "tell") or cue.lemma == "expect":
            return None  # ("is expected" stays no cue: rejected for precision in earlier rounds)
        k2, saw_that = self.skip_tail(ce, le, cue)
        if not saw_that or k2 >= le:
            return None
        c = self._finish(t[k2].start, min(self.clip_end(k2, le, end_pos), end_pos), None,
                         " ".join(tok.text for tok in t[k:ce]), "indirect", para, cue, 2)
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

    def quoted_tail(self, k: int, le: int) -> bool:
        """A short tail after a cue that opens a clause holding quoted words ('…, she said it "humanizes" her'):
        a report of its own (mixed), not an object after a postposed attribution."""
        t = self.doc.toks
        return k + 1 < le and t[k].low in _SUBJ_PRON and any(t[m].text == _MASK for m in range(k + 1, le))

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
                and not head.low.endswith(("ss", "us", "is", "ics")) and p.cls(j) not in ("pron", "prep")):
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

    def spaced_dash(self, j: int) -> bool:
        """A hyphen standing for a dash between spaces ("… enemies - said Biden", translated news)."""
        t = self.doc.toks
        return t[j].text == "-" and t[j].start > 0 and self.text[t[j].start - 1] == " " and \
            self.text[t[j].end:t[j].end + 1] == " "

    def _pre_start(self, ls: int, pre_end: int) -> int | None:
        """Start token of the reported clause before a postposed attribution (after a leading quote, if any)."""
        t = self.doc.toks
        start = ls
        for m in range(pre_end - 1, ls - 1, -1):
            if t[m].text in (";",):
                start = m + 1
                break
        if start == ls and start < pre_end and t[start].text in _QUOTE_MARKS:
            start = self.quote_opening(start)  # '"…? I want to wait" before talking, he said': the whole quote
        return start if start < pre_end else None

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
            cue.lemma in _INFINITIVE_CUES and self.infinitive_at(k2, le))

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
                if t[m + 1].low in ("who", "whom", "which") and self.relative_report(m + 2, le):
                    return t[m].start  # "… the riders, whom Doe called "calm," …": a report of its own
            if t[m].low == "and" and m + 1 < le and self.p.cue_at(m + 1) and self.p.cue_at(m + 1).type == "verb":
                return t[m].start  # "that he will try, and insisted that …" / "and vowing to …"
            if m + 2 < le and t[m + 1].low in ("and", "but") and (p.cls(m + 2) == "cap" or t[m + 2].low in (
                    "he", "she", "they", "we", "i")) and not self.and_continues(m + 2, le) \
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
        an article and does not follow a name ('met Tom Brown, the deputy envoy'). Either it opens with 'a/an'
        after a main clause with a verb ('…, a move that …'), or it is a plain noun phrase to the sentence end: not
        after a parenthesis or quote mark, no list ('Israel, the Iran deal and …'), no verb in its first words
        ('…, a boss invited her'), no auxiliary or 'be' in its first six ('…, the talks were …') and no comma
        before a verb after it ('the plan, a Russian proposal, was dead')."""
        t, p = self.doc.toks, self.p
        if m - k < 3 or m + 1 >= le or t[m + 1].low not in ("a", "an", "the") or p.cls(m - 1) == "cap":
            return False
        if t[m + 1].low != "the" and p.has_verb(k, m, s_forms=True) and not any(
                t[x].low in _SUBORD or t[x].low == "even" for x in range(k, min(m, k + 3))):
            return True
        a = m + 1
        if t[m - 1].text in _BOUNDARY or any(t[x].low in ("and", "or") for x in range(a + 1, min(le, a + 7))):
            return False
        if p.has_verb(a + 1, min(le, a + 4), s_forms=True) or p.has_verb(a + 1, min(le, a + 7), lexical=False):
            return False
        return not any(t[x].text == "," and p.verb_at(x + 1) for x in range(a + 1, le - 1))

    def subordinate_report(self, a: int, le: int) -> bool:
        """Tokens from ``a`` open a report of its own inside a subordinate clause: a subject pronoun, then a
        finite speech verb ('because he thought …', 'since she said …'), or a name or role phrase with one."""
        t, p = self.doc.toks, self.p
        if a + 1 < le and t[a].low in ("he", "she", "they", "we", "i"):
            cue = p.cue_at(a + 1)
            return cue is not None and cue.type == "verb" and not cue.words[-1].endswith(_PARTICIPLE_END)
        return self.new_attribution(a, le)

    def new_attribution(self, a: int, le: int) -> bool:
        """Does a new clause with its own speaker and speech verb start at token ``a`` ('40 percent said',
        'Mr. Smith said')? A name, role phrase or share of up to eight words, then a cue."""
        t, p = self.doc.toks, self.p
        for k in range(a + 1, min(le, a + 9)):
            if t[k].text in _BOUNDARY:
                return False
            cue = p.cue_at(k)
            if cue is not None:
                if cue.type != "verb" or cue.scope != "all" or cue.words[-1].endswith(_PARTICIPLE_END):
                    return False
                np = p.np_left(k - 1, a)
                return (np is not None and np[0] == a and p.cls(p.head_of(np)) in ("cap", "role")) or \
                    self.share_subject(a, k - 1) == (a, k)
        return False

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

    def speech_adjunct(self, k: int, m: int, le: int) -> bool:
        """True when the tail from token ``m`` to the sentence end is a time/occasion phrase of the speech act
        ('on Wednesday at a rally', ', at the town hall this week'), not part of the report: it names a day or an
        occasion in its first words, has no verb, and the report before it has no future or modal verb (in
        'talks would resume on Monday' the day belongs to the report)."""
        t, p = self.doc.toks, self.p
        head = [t[i].low for i in range(m + 1, min(le, m + 5))]
        if not any(w in _TIME or w in _PP_WORDS for w in head):
            return False
        if t[m].low == "in" and not any(w in _PP_WORDS and w not in _PP_MODIFIERS for w in head):
            return False  # 'in recent weeks', 'in the last few years': a time of the report, not of the speech act
        if any(p.is_verb(i) or t[i].low in _SUBORD for i in range(m + 1, le)):
            return False
        if self.quote_inside(t[m].start, t[le - 1].end):
            return False  # 'said the ferry was closed on Sunday "for good."': quoted words of the report follow
        return not any(t[i].low in _MODAL_OR_FUTURE for i in range(k, m))

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
                    self.add(_Cand(a, span.end, kind, "subject", None, self.np_chars(agent or subj),
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

    def embedded_posts(self) -> None:
        """Social posts pasted into the text without quote marks, each closed by its embed signature ('… pic.twitter
        .com/x — Jane Doe (@janedoe) May 8, 2022'): the post's words are a direct quote of the name (or, with no name,
        of the handle as written). Quotes found already keep their text: the post starts after them."""
        if "@" not in self.text:
            return
        floor = 0
        for m in _POST_SIGNATURE.finditer(self.text):
            if m.group("name") and not _display_name(m.group("name")):
                continue  # 'Ferries — all of them — stopped. Jane Doe (@janedoe) …': a sentence, no signature
            span = self.post_span(m.start(), floor)
            floor = m.end()
            if span is None:
                continue
            a, b, cut = span
            conf = _BASE_CONFIDENCE["post-signature"] * (0.75 if cut else 1.0)
            name = _name_span(self.text, *m.span("name")) if m.group("name") else None
            dash = self.text[m.start()]  # the cue as written: the signature's dash, as ':' for a headline
            cand = _Cand(a, b, "direct", "post-signature", dash, name, self.doc.para_of(a), conf)
            if name is None:
                hs, he = m.span("handle") if m.group("handle") else m.span("bare")
                cand.resolution, cand.speaker_span = _as_written(self.text[hs:he]), (hs, he)
            self.add(cand)

    def post_span(self, dash: int, floor: int) -> tuple[int, int, bool] | None:
        """The words of a post whose signature dash is at ``dash``: back to its paragraph start or the previous
        signature (``floor``), links at its end left out; whole sentences within ``_POST_MAX`` characters when that
        is longer, or the last words within them when one sentence is (both cut short); after any quote found
        already in that stretch. A signature on a line of its own closes the paragraph before; a last paragraph
        that only credits a picture or holds under two words takes the paragraph before in too (cut short).
        (start, end, cut short), or None; never longer than ``_POST_MAX`` characters."""
        d, text = self.doc, self.text
        pi = d.para_of(dash)
        a, end = max(d.paras[pi].start, floor), dash
        if a > floor and pi > 0 and not text[a:dash].strip() and d.paras[pi - 1].end > floor:
            pi -= 1  # '…\n— Jane Doe (@janedoe) May 8, 2022': the post is the paragraph before
            a, end = max(d.paras[pi].start, floor), d.paras[pi].end
        if "<" in text[a:end] and _MARKUP.search(text, a, end):
            return None  # a marked-up embed ('<tweet author="…">…'): its tags, not its signature, delimit it
        links = _POST_LINKS_END.search(text, max(a, end - _POST_LINKS_SPAN), end)
        b = len(text[a:links.start() if links else end].rstrip()) + a
        lo = a
        if a > floor and pi > 0 and d.paras[pi - 1].end > floor and (_POST_CREDIT.match(text, a)
                                                                      or _post_words(text[a:b]) < 2):
            lo = max(floor, d.paras[pi - 1].start)  # '…\n\n📷 Jane Doe — …': the words are in the paragraph before
        cut = lo < a
        si = d.sent_of(b - 1) if b > 0 else 0
        if (b - a > _POST_MAX or lo < a) and d.sents:
            while si > 0 and d.sents[si - 1].start >= lo and b - d.sents[si - 1].start <= _POST_MAX:
                si -= 1
            cut = cut or d.sents[si].start > lo
            a = max(lo, d.sents[si].start)
        if b - a > _POST_MAX:  # one sentence longer than a post (no sentence end found): its last words only
            gap = _SPACES.search(text, b - _POST_MAX, b)
            a, cut = (gap.end() if gap else b), True
        credits = list(_PHOTO_CREDIT.finditer(text, a, b))
        if credits:
            a = credits[-1].end()  # '… Photograph: Jane Doe/Reuters Talks resume …': a page's caption, not the post
        busy = [(c.start, c.end) for c in self.cands if c.start < b and a < c.end]
        busy += [(s.start, s.end) for s in d.outer if s.start < a < s.end or s.start < b < s.end]
        if busy:
            last = max(e for _s, e in busy)
            a = next((s.start for s in d.sents[d.sent_of(last):] if s.start >= last), b)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b or _post_words(text[a:b]) < 2:
            return None
        return a, b, cut

    def transcript_turns(self) -> None:
        """Interview turns opened by a speaker label and a colon ('PSAKI: Well, …', 'Jane Doe (translation): …',
        'Q: …'), at a paragraph start or after a sentence end, in an article with at least two distinct labels: each
        turn of a named person is that person's direct quote, up to the next label or the paragraph end. A label in
        capitals or a bare surname takes the full name given elsewhere in the article ('DOE' -> 'Jane Doe').
        Unnamed interviewers ('Q:', 'Reporter:') only end turns. Text already read as a quote is left alone."""
        labels = [m for m in self.turn_labels() if self.turn_start(m.start())]
        if len({m.group("label").lower() for m in labels}) < 2:
            return
        first: dict[str, re.Match] = {}
        for m in labels:
            first.setdefault(m.group("label").lower(), m)
        upper = {low for low, m in first.items() if m.group("label").isupper() and len(low) > 1}
        people = {low: self.turn_speaker(low, m.start(), capitals=low in upper) for low, m in first.items()}
        # a transcript in capitals: two labels in capitals that name someone ('KYIV:', 'ALSO READ:' do not)
        capitals = len({low for low in upper if people[low] is not None})
        if capitals < 2:
            people.update({low: self.turn_speaker(low, first[low].start(), capitals=False) for low in upper})
        if sum(v is not None for v in people.values()) == 0:
            return
        d = self.doc
        opening = {d.para_of(m.start()) for m in labels  # paragraphs opened by a speaker's or an asker's label
                   if d.paras[d.para_of(m.start())].start == m.start() and (  # ('Photo:' is neither)
                       people[m.group("label").lower()] is not None or m.group("label").lower() in _INTERVIEWER_LABELS)}
        dialogue = self.dialogue_paras(labels)
        for n, m in enumerate(labels):
            full = people[m.group("label").lower()]
            pi = d.para_of(m.start())
            if full is None or d.paras[pi].start == m.start() and not {pi - 1, pi + 1} & opening and not (
                    capitals >= 2 and m.group("label").isupper()):
                continue  # 'Doe: Win in a walk.' then narration: a section heading, no turn of a dialogue (but a
                # transcript in capitals may put a clip or a line of narration between its turns)
            if d.paras[pi].start != m.start() and pi not in dialogue:
                continue  # 'Doe: … Brown: …' in one paragraph: a roundup's second entry (it still ends the first)
            a = m.end()
            b = d.paras[pi].end
            if n + 1 < len(labels) and labels[n + 1].start() < b:
                b = labels[n + 1].start()
                while b > a and self.text[b - 1] in " ―—–":
                    b -= 1  # '… accurate information ― DOE: Yes': the interrupting dash is no word of the turn
            b = self.turn_end(a, b, (m.group("label"), self.text[full[0]:full[1]] if full != _OWN_NAME else ""))
            busy, inside = [], []
            for c in self.cands:
                if c.start < b and a < c.end and not c.extra.get("drop"):
                    if c.kind == "indirect" and a <= c.start and c.end <= b + 1:
                        inside.append(c)  # 'DOE: I think …': an unmarked report inside the turn is part of it
                    else:
                        busy.append(c.start)
            if busy:
                b = min(busy)  # what the other rules read already stays theirs
            body = self.text[a:b].split()
            head = self.text[a:min(b, a + 80)]
            if sum(ch.isupper() for ch in head) * 3 > sum(ch.isalpha() for ch in head):
                continue  # 'PENTAGON: RUSSIA BUILDUP IS LARGEST …': a headline in capitals, not an answer
            if self.text.count(",", a, b) >= 3 and 2 * sum(w[:1].isupper() for w in body) > len(body):
                continue  # 'Ohio: Jane Doe, Tom Brown, …': a list of names
            cand = self._finish(a, b, m.span("label"), ":", "transcript-turn", pi, _HEADLINE_CUE, 3)
            if cand is None:
                continue
            cand.kind = "direct"
            if full != _OWN_NAME:
                cand.extra["full"] = full
            self.add(cand)
            for c in inside:
                c.extra["drop"] = True  # only once the turn is read (review 13b A5)

    def dialogue_paras(self, labels: Sequence[re.Match]) -> set[int]:
        """The paragraphs whose labels form an exchange, where a label inside the paragraph starts a turn: a label
        recurs ('DOE: … LEE: … DOE: …'), an interviewer's label is there ('Q:', 'REPORTER:'), or a turn asks a
        question that the next label answers ('LEE: Will it open? DOE: …'); a lone label, or labels in a paragraph
        longer than ``_RUN_ON_PARA`` (a page that lost its breaks), count as before. Labels in a short paragraph that
        do none of these ('Doe: the port is shut. Brown: ferries wait.') are a roundup's entries (round 14)."""
        by_para: dict[int, list[re.Match]] = {}
        for m in labels:
            by_para.setdefault(self.doc.para_of(m.start()), []).append(m)
        out = set()
        for pi, ms in by_para.items():
            lows = [m.group("label").lower() for m in ms]
            para = self.doc.paras[pi]
            if len(lows) == 1 or para.end - para.start > _RUN_ON_PARA or len(set(lows)) < len(lows) or \
                    not _INTERVIEWER_LABELS.isdisjoint(lows) or any(
                        self.text[m.end():nxt.start()].rstrip(" ―—–").endswith("?") for m, nxt in zip(ms, ms[1:])):
                out.add(pi)
        return out

    def turn_end(self, a: int, b: int, names: Sequence[str]) -> int:
        """A turn from ``a`` to ``b`` ends before a later sentence that names its speaker (a word of ``names``, not
        a title): '… I was there. Doe, 70, fled in May.' is the reporter's narration after the answer. A given name
        addressed (', Jane') or before another surname inside a sentence ('by Jane Lee') is someone else (review
        13b)."""
        words = {w for w in re.findall(r"[^\W\d_][\w'’-]+", " ".join(names))
                 if w.lower() not in self.lex.role_nouns and w.lower() not in self.lex.modifiers}
        words |= {w[:1] + w[1:].lower() for w in words}  # 'DOE:' is named 'Doe' in the narration
        if not words:
            return b
        surnames = {name.split()[-1] for name in names if name.split()}
        surnames |= {w[:1] + w[1:].lower() for w in surnames}
        pattern = re.compile("|".join(r"\b" + re.escape(w) + r"\b" for w in sorted(words)))
        d, text = self.doc, self.text
        for si in range(d.sent_of(a) + 1, len(d.sents)):
            sent = d.sents[si]
            if sent.start >= b:
                break
            for m in pattern.finditer(text, sent.start, min(sent.end, b)):
                i, j = m.span()
                before = text[max(sent.start, i - 30):i].split()  # 'by Jane Lee', not 'Minister Jane Lee'
                if m.group() in surnames or not (text[i - 2:i] == ", " or before and before[-1][:1].islower() and
                                                 re.match(r" [A-Z]", text[j:j + 2])):
                    return sent.start
        return b

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words of the text (maximal runs of word characters), for ``turn_speaker``'s 'written in lower case
        elsewhere' test: built once, so many labels cost linear time (review 13b)."""
        return frozenset(re.findall(r"\w+", self.text))

    @cached_property
    def full_names(self) -> dict[str, list[tuple[int, int]]]:
        """Each capitalised word after one or two other capitalised words -> the char spans of the two or three words
        ending in it, in text order ('Doe' -> 'Correspondent Jane Doe' in 'Port Correspondent Jane Doe'; 'Doe' also
        from "Jane Doe's"): ``turn_speaker``'s full names, found in one scan of the text (review 13b)."""
        out: dict[str, list[tuple[int, int]]] = {}
        text = self.text
        for m in _CAPITALISED_RUN.finditer(text):
            starts = [m.start()] + [k + 1 for k in range(m.start(), m.end()) if text[k] == " "]
            for n in range(1, len(starts)):
                end = text.find(" ", starts[n], m.end())
                end = m.end() if end < 0 else end
                out.setdefault(text[starts[n]:end], []).append((starts[max(0, n - 2)], end))
                stem = re.match(r"[^\W\d_]+", text[starts[n]:end]).end() + starts[n]  # "Doe's", 'Doe-Smith'
                if stem < end:
                    out.setdefault(text[starts[n]:stem], []).append((starts[max(0, n - 2)], stem))
        return out

    def turn_labels(self) -> list[re.Match]:
        """The ``_TURN_LABEL`` matches of the text, found from its colons (a scan of the whole text for capitalised
        words costs more than the rest of the rule)."""
        text, out, floor = self.text, [], 0
        c = text.find(":")
        while c >= 0:
            if text[c + 1:c + 2] in (" ", "\t"):
                m = _TURN_LABEL.search(text, max(floor, c - _TURN_WINDOW), c + 8)
                while m is not None and m.start("colon") < c:
                    m = _TURN_LABEL.search(text, m.end(), c + 8)
                if m is not None and m.start("colon") == c:
                    out.append(m)
                    floor = m.end()
            c = text.find(":", c + 1)
        return out

    def turn_start(self, pos: int) -> bool:
        """May a transcript label start at ``pos``: the text or a paragraph start, or after a sentence end (or the
        dash of an interrupted turn: '… the port ― DOE: Yes') and a space?"""
        return pos == 0 or self.text[pos - 1] == "\n" or (
            pos > 1 and self.text[pos - 1] == " " and self.text[pos - 2] in _TURN_ENDS)

    def turn_speaker(self, low: str, first: int, *, capitals: bool) -> tuple[int, int] | None:
        """The name a transcript label stands for: the char span of the fuller name ending in a one-word label
        elsewhere in the text (the last one before the label's first turn at ``first``, else the first after it:
        'FUHRMANN' -> 'Jane Fuhrmann'), or ``_OWN_NAME`` for the label itself: a person in the registry, a name of
        two or three words, or (``capitals``: the article has two labels in capitals) a surname in capitals. None
        for an unnamed interviewer or a non-name (a label word, a state or institution, a number or ordinal word:
        'Step Two'; a word also written in lower case, leading role nouns and name particles aside: 'Fact Check',
        'Black', round 14; a lone premodifier or role noun: 'PRIME', 'Minister'; also in capitals: 'KYIV' is a
        dateline)."""
        words = low.split()
        lead = next((k for k, w in enumerate(words[:-1]) if w not in self.lex.role_nouns), len(words) - 1)
        if low in _INTERVIEWER_LABELS or words[0] in _TURN_NOT_NAMES or any(
                w.strip(".") in self.lex.labels or w in _INTERVIEWER_LABELS | _TURN_NOT_WORDS | _QUANTITY | _ORDINALS
                for w in words) or \
                any(w in self.lower_words and w not in _NAME_PARTICLES for w in words[lead:-1]) or \
                (words[-1] in self.lower_words if words[-1].isalnum()
                 else re.search(r"\b" + re.escape(words[-1]) + r"\b", self.text)) or \
                len(words) == 1 and (low in self.lex.modifiers or low in self.lex.role_nouns):
            return None  # (one word of the lexicon is no surname: 'PRIME:' is a show's name, 'Minister:' a role)
        title = " ".join(w[:1].upper() + w[1:] for w in words)
        if len(words) == 1:
            text = self.text
            names = [(i, j) for i, j in self.full_names.get(title, ())
                     if not re.match(r" ?\(|:", text[j:j + 2]) and text[i:j].split()[0].lower() not in _TURN_NOT_NAMES | _PREPS]
            before = [n for n in names if n[0] < first]
            full = before[-1] if before else names[0] if names else None
            if full is not None and self.safe_resolve(text[full[0]:full[1]], ()).type not in _NOT_SPEAKER_TYPES:
                lead = re.match(r"(?:(\S+) )?", text[full[0]:full[1]])  # 'Correspondent Jane Doe': no role word
                skip = lead.end() if lead.group(1) and lead.group(1).lower() in self.lex.role_nouns else 0
                return full[0] + skip, full[1]
        res = self.safe_resolve(title, ())
        if res.type == "person" and (res.actor_id is not None or len(words) > 1) or (
                capitals and len(words) == 1 and res.type not in _NOT_SPEAKER_TYPES):
            return _OWN_NAME
        return None

    # --- 5. resolution -------------------------------------------------------------------------------------
    def resolve_all(self) -> list[Quote]:
        mention_pos = _SubjectMentions(self)
        self.all_mentions = _LazyMentions(self.registry, self.text, self.published)
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
        for i in kept:
            ids[i] = f"{self.article_id}:q{n}"
            n += 1
        for i in kept:
            c = self.cands[i]
            res = c.resolution
            quotes.append(Quote(
                quote_id=ids[i], article_id=self.article_id, start=c.start, end=c.end,
                text=self.text[c.start:c.end], kind=c.kind,
                nested_in=ids.get(c.outer) if c.outer is not None else None,
                speaker=res.name if res else None, actor_id=res.actor_id if res else None,
                side=_side(res),
                speaker_start=c.speaker_span[0] if res and c.speaker_span else None,
                speaker_end=c.speaker_span[1] if res and c.speaker_span else None,
                cue=c.cue, method=c.method, confidence=round(min(1.0, max(0.0, c.confidence)), 3)))
        return quotes

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
                return self.titled_before(np, context) or self.last_named_speaker(np, speakers) or res
            if _named(mention, self.registry):
                res = self.unnamed_fallback(np, mention, self.safe_resolve(mention, context), context)
                return (self.last_named_speaker(np, speakers) if res.method == "unknown" else None) or res
            # "The former adviser", "the top Pentagon adviser": a role noun capitalised only by its determiner or
            # qualifiers; the speakers first, then the article's mentions when they leave it unresolved (round 11)
            res = self.safe_resolve(mention, context)
            if res.method not in ("unknown", "ambiguous"):
                return res
            if no_context:  # "A senior official": no context helps, no mention scan
                return (self.last_named_speaker(np, speakers) if res.method == "unknown" else None) or res
            context = self.mentions_before(np[0]) + context
        else:
            # a role noun ("the senior diplomat"): the registry's own mentions (titles, appositions) help it;
            # finding them costs more than the whole extraction, so only here, once per article
            context = self.mentions_before(np[0]) + self.context_before(np[0], speakers, None)
            res = self.unnamed_fallback(np, mention, self.safe_resolve(mention, context), context)
            # audit X: "the official" the registry reads in context but leaves unknown: the named speaker just before
            return (self.last_named_speaker(np, speakers) if res.method == "unknown" else None) or res
        return self.unnamed_fallback(np, mention, self.safe_resolve(mention, context), context)

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
            unit = self.unit_in_article(np, context)
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
        words = self.text[np[0]:np[1]].split()
        if len(words) < 2 or words[0].lower() != "the" or not words[-1].islower() or words[-1] in _DOCUMENT_HEADS \
                or words[-1].endswith("s") and not words[-1].endswith("ss"):
            return None
        phrase = " ".join(words[1:])
        used = re.compile(rf"(?<![\w-])[{re.escape(phrase[0].upper() + phrase[0])}]{re.escape(phrase[1:])}(?![\w-])")
        found: list[Resolution] = []
        for m in used.finditer(self.text, max(0, np[0] - _TITLE_WINDOW), np[0]):
            before = self.text[max(0, m.start() - 12):m.start()].lower().split()
            if before and before[-1] == "the":
                continue  # "the artist said": the phrase referring back, as the speaker does
            name = _TITLED_NAME.match(self.text, m.end())
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
        return None

    def last_named_speaker(self, np: tuple[int, int], speakers: list[_Spoken]) -> Resolution | None:
        """"Rock singer Jo Doe spoke to Harbour Radio. '…,' the singer said": a definite person noun the registry has
        no title for ("the singer", "the Okean Elzy singer"), left unresolved, stands for the named person who spoke
        last, when that speech is at most two sentences back in the same or the previous paragraph (audit VII).
        Generic nouns that bring in someone new ("the woman", "the spokesman", "the insider"), the other side of the
        exchange ("the reporter") and a new-referent modifier ("the other singer", "the rival singer") never do."""
        words = self.text[np[0]:np[1]].split()
        cut = next((i for i, w in enumerate(words) if i > 1 and w in _OF_FOR | _LOCATIVE), len(words))
        head = words[cut - 1] if words else ""  # "the editor of the … newspaper": editor
        if len(words) < 2 or words[0].lower() not in _DEFINITE_OPENERS or not head.isalpha() or not head.islower() \
                or not (head.endswith(_PERSON_SUFFIXES) or head in _OFFICIAL_HEADS) \
                or head in (_GENERIC_PERSONS - _OFFICIAL_HEADS) | _ASKER_NOUNS \
                or head in _DOCUMENT_HEADS or head in ORGANISATION_NOUNS or not _NEW_REFERENT.isdisjoint(words[1:cut]) \
                or any(w.endswith(("'s", "’s", "´s")) for w in words):
            return None  # "the regulator", "the petition's author", "the other singer", "the country's … operator"
        titles = getattr(self.registry, "titles_in", None)
        if titles is not None and head not in _OFFICIAL_HEADS and titles(" ".join(words)):
            return None  # a registry title: the role rules decide ("the minister")
        last = next((s for s in reversed(speakers[-_RECENT_SPEAKERS:]) if s[0] < np[0]), None)
        if last is None:
            return None
        pos, res, _span, para = last
        d = self.doc
        named = res.type == "person" and res.name[:1].isupper() and (res.actor_id or len(res.name.split()) > 1) \
            and not _POSSESSIVE_WORD.search(res.name)  # audit X: "Jo's husband" is no one named
        if not named or d.para_of(np[0]) - para > 1 or d.sent_of(np[0]) - d.sent_of(pos) > 2:
            return None
        roles = getattr(self.registry, "roles_of", None)
        if res.actor_id and roles is not None and roles(res.actor_id, date=self.published):
            return None  # an office holder is referred to by the office, which the role rules read
        if re.search(rf"\b(?:{_INDEFINITE_ALT})\b[^.!?]{{0,40}}\b{re.escape(head)}\b", self.text[pos:np[0]], re.I):
            return None  # "a reservist …": someone new since the last speaker
        return replace(res, method="role-in-context", confidence=min(res.confidence, 0.6))

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

    def unit_in_article(self, np: tuple[int, int], context: tuple) -> Resolution | None:
        """An organisation noun ("the council") read in its article for the organisation named before it; with a
        context, without the registry's scan of the whole article's mentions (its context comes from that scan)."""
        return self.in_article(np, context, at=np[0]) if context else self.named_ahead(np, context)

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
        items = [(p, r) for p, r, _m in (mention_pos.before(pos, limit=3) if mention_pos else ())] + recent
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
        if k >= 0 and t[k].text in (",", "—", "–", "-", "--"):  # "Dmitry Peskov - who previously said"
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
        for p, r, span, _para in speakers[-_RECENT_SPEAKERS:]:  # the search stays linear in the article
            mention = self.speaker_mention(span, r)
            own: tuple[int, int] | None = span if mention == self.text[span[0]:span[1]] else None
            if p < pos and self.compatible(r, person, mention):
                spoken = True
                if not self.gender_clash(r, pron):
                    cands.append(self.outer_speaker(p, pron, person, speakers) or (p, r, own))
        scanned = None
        for p, r, mention in mention_pos.before(pos):
            if spoken and self.in_content(p):
                # "Zelensky said … he sees no desire in Putin … / '…,' he said": a name inside reported
                # content does not displace the speaker as the antecedent of a speaking pronoun
                continue
            if person and r.actor_id is None and (p in mention_pos.oblique or p in mention_pos.modifiers
                                                  or self.described(r.name)
                                                  or _capitals_headline(mention)):
                continue  # 'older voters in Odesa Oblast. … he prevailed': a place, not a person; 'The power in
                # her London home …', 'Seeing the coverage of the invasion, …': a phrase, no person's name (round 12)
            if pron == "they" and r.type == "state":
                continue  # 'his family said … in eastern Ukraine. "…," they said': a country named in passing is no
                # "they"; a country that spoke still is, as a speaker (round 12 audit VI)
            if r.actor_id is None and spoken and any(sp[0] <= p < sp[1]
                                                     for _q, _r, sp, _pa in speakers[-_RECENT_SPEAKERS:]):
                continue  # the phrase of a speaker ("…, the President said:"), resolved there already (round 11)
            if self.compatible(r, person, mention) and (r.actor_id is not None or len(mention.split()) >= 2
                                                         or person and p in mention_pos.openers
                                                         and self.named_elsewhere(mention)):
                if self.gender_clash(r, pron):
                    continue  # 'Jane Doe met Tom Brown. "…," she said': the nearer man is not 'she'
                if r.actor_id is None and len(mention.split()) < 2:  # 'Okafor said …': the person named before
                    r = next((c[1] for c in reversed(cands) if len(c[1].name.split()) > 1
                              and mention in c[1].name.split()), None) \
                        or self.safe_resolve(mention, self.context_before(p, speakers, mention_pos))
                scanned = (p, r, (p, p + len(mention)))
                cands.append(scanned)
                break
        if not cands:
            return None
        cands.sort(key=lambda x: x[0])
        if person and scanned is cands[-1] and not any(c[0] == scanned[0] for c in cands[:-1]):
            best = self.sentence_subject_cand(cands, pron, pos, mention_pos, speakers) or cands[-1]
        else:
            best = cands[-1]
        self.antecedent_spans[pos] = best[2]
        return best[1]

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
            r.actor_id is not None or len(m.split()) >= 2 or p in mention_pos.linked and self.named_elsewhere(m))
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

    def compatible(self, res: Resolution, person: bool, mention: str) -> bool:
        if mention.lower() in self.lex.pronouns:
            return False
        words = mention.split()
        if person and words and res.actor_id is None:
            # the head is the word before a preposition ('Ann Lee of the Harbour Policy Center': a person)
            cut = next((n for n, w in enumerate(words) if n and w in _HEAD_PREPOSITIONS), len(words))
            if re.sub(r"['’]s$", "", words[cut - 1].lower()) in _NOT_PERSON_HEADS:
                return False  # 'Fox News', 'Wall Street', 'the Islamic State' (not in the registry) are no he/she
        if res.type == "person":
            return person
        if res.type in ("institution", "state", "group"):
            return not person
        last = words[-1] if words else ""
        head = re.sub(r"['’]s$", "", last.lower())
        # a plural common-noun head is no "he"/"she", capitalised phrase or not ("White House staffers"; round 10)
        institutional = head in _INSTITUTION_HEADS or head.endswith("s") and not (
            mention[:1].isupper() and (last[:1].isupper() or head.endswith("ss")))
        return institutional != person

    def run(self) -> list[Quote]:
        self.direct_quotes()
        self.nested_quotes()
        self.reported()
        self.floating()
        self.embedded_posts()
        self.transcript_turns()
        self.trim_mixed_tails()
        return self.resolve_all()

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

    def _resolve(self, mention: str) -> Resolution:
        if mention not in self.names:
            self.names[mention] = self.ex.safe_resolve(mention, ())
        return self.names[mention]

    def mentions(self, si: int) -> list:
        if si in self.cache:
            return self.cache[si]
        ex, d = self.ex, self.ex.doc
        p, t = ex.p, d.toks
        sent = d.sents[si]
        ls, le = d.tok_at_or_after(sent.start), d.tok_at_or_after(sent.end)
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
            if np[1] - np[0] == 1 and np[0] == a and t[a].low not in _NO_PERSON_WORDS and np[1] < le \
                    and t[np[1]].low not in _PLURAL_VERBS and p.has_verb(np[1], min(le, np[1] + 2)) \
                    and not ex.registry_qualifier(t[a].text):
                self.openers.add(cs)
        k = np[1] if np is not None else ls
        while k < le:
            if p.cls(k) != "cap":
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
            if multi or res.actor_id is not None:
                out.append((cs, res, mention))
                self.note_modifier(cs, m, le)
                if k - 1 >= ls and (t[k - 1].low in _LOCATIVE or t[k - 1].low in _MEDIA_NOUNS
                                    or t[k - 1].low in _ADDRESSEE_BEFORE or t[k - 1].low in _OF_FOR or (
                        p.cls(k - 1) == "det" and k - 2 >= ls and t[k - 2].low in _LOCATIVE | _OF_FOR)) or (
                        m < le and t[m].low in _MEDIUM_HEADS | _CROWD_NOUNS):
                    self.oblique.add(cs)  # also 'the Spanish newspaper El Pais', 'told Bild': an outlet is no "he";
                    # nor the name before a medium or crowd noun ('a New Yorker interview', 'the Ohio crowd')
            k = m
        self.cache[si] = out
        return out

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

    def before(self, pos: int, *, limit: int = 6):
        """Mentions ending before ``pos``, most recent first, from at most ``limit`` sentences back."""
        d = self.ex.doc
        if not d.sents:
            return
        si = d.sent_of(pos)
        for k in range(si, max(-1, si - limit - 1), -1):
            for got in reversed(self.mentions(k)):
                if got[0] + len(got[2]) <= pos:
                    yield got


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


def _person_noun(word: str) -> bool:
    """A lowercase noun for a person ('refugee', 'speaker', 'woman', 'veteran'): after a nationality it names
    someone ('a Ukrainian refugee'), so the nationality stays a mention of that person."""
    base = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return base in _GENERIC_PERSONS or base in _PERSON_NOUNS_MORE or base.endswith(_PERSON_SUFFIXES)


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


def _capitals_headline(mention: str) -> bool:
    """Three or more words in capitals ('ALLIES ACCUSE THE ENVOY'): a subheading, no person (round 12)."""
    words = [w for w in re.findall(r"[^\W\d_]+", mention) if len(w) > 2]
    return len(words) >= 3 and all(w.isupper() for w in words)


def _post_words(s: str) -> int:
    """Words of a post's text, its links not counted."""
    return _words(_POST_LINK.sub(" ", s)) if "/" in s else _words(s)


def _display_name(name: str) -> bool:
    """An account's display name as a post's signature shows it: no sentence end inside (a title's or initials' point
    is none), and a capital first letter unless it is one word ('Jane Doe', 'Gen. Tom Lee', 'U.S. Embassy Varna',
    'spook'; not 'stopped. Jane Doe', 'says Jane Doe')."""
    letter = next((c for c in name if c.isalpha()), "")
    return not any(_sentence_end(name, m.start()) for m in re.finditer(r"[.!?]\s", name)) and (
        letter.isupper() or len(name.split()) == 1)


def _sentence_end(s: str, i: int) -> bool:
    """Does the mark at ``s[i]`` end a sentence: not the point of a title or of initials ('Gen. Ben Doe', 'U.S.
    Embassy', review 13b)?"""
    before = s[:i].split()
    word = before[-1] if before else ""
    return not (s[i] == "." and (word in TITLE_ABBREVIATIONS or word in ("Sec", "Gov", "Amb")
                                 or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word)))


def _name_span(text: str, i: int, j: int) -> tuple[int, int] | None:
    """``text[i:j]`` without emoji, flags and punctuation around the name ('Jane Doe 🇺🇦' -> 'Jane Doe'); None when
    nothing of a name is left."""
    while i < j and not text[i].isalnum():
        i += 1
    while j > i and not (text[j - 1].isalnum() or text[j - 1] in ".)"):
        j -= 1
    return (i, j) if i < j else None


def _as_written(mention: str) -> Resolution:
    """A speaker kept as written with no actor: the author's own "I"/"we"/"you" in narration, or a post's bare
    handle ('@janedoe')."""
    return Resolution(name=" ".join(mention.split()), actor_id=None, side=None, type="unknown",
                      method="as-written", confidence=0.3)


_VERB_CUE = Cue(words=("",), lemma="verb", type="verb", requires_that=False, scope="direct")
_HEADLINE_CUE = Cue(words=(":",), lemma=":", type="verb", requires_that=False, scope="all")
_COLON_CUE = Cue(words=(), lemma=":", type="verb", requires_that=False, scope="direct")
_ASKED_CUE = Cue(words=("asked",), lemma="ask", type="verb", requires_that=False, scope="all")


def _side(res: Resolution | None) -> str | None:
    """The resolution's side; None for no resolution and for a side given as 'unknown' (or empty)."""
    side = getattr(res, "side", None) if res is not None else None
    if side is None or str(side).strip().lower() in _NO_SIDE:
        return None
    return str(side)


def _flag_factor(span: MarkedSpan) -> float:
    f = 1.0
    if "unbalanced" in span.flags:
        f *= 0.75
    if "unclosed" in span.flags:
        f *= 0.7
    return f


class _PlainResolver:
    """Fallback when the registry cannot be loaded: the mention as written, unknown actor."""

    def resolve(self, mention: str, *, date: str | None = None, context: Sequence[Resolution] = ()) -> Resolution:
        return Resolution(name=" ".join(mention.split()), actor_id=None, side=None, type="unknown",
                          method="unknown", confidence=0.3)

    def find_mentions(self, text: str, *, date: str | None = None) -> list:
        return []


_REGISTRY: Registry | None = None


def default_registry() -> Registry:
    """The project registry, loaded once per process (module-level cache)."""
    global _REGISTRY
    if _REGISTRY is None:
        from peacetalks.actors import load_registry

        try:
            _REGISTRY = load_registry()
        except (OSError, ValueError):
            _REGISTRY = _PlainResolver()  # type: ignore[assignment]
    return _REGISTRY


def prepare_batch() -> None:
    """Before a batch run: load the registry and cue lexicon, then move every object alive now out of the cyclic
    collector's reach (``gc.freeze``).

    They live as long as the process (with NLTK and NumPy about 45,000 objects), and the collector's full passes
    during a corpus run (~50 ms each) would otherwise re-read them: ~8 % of the run (round 14). Garbage is
    collected first, never frozen. A process-wide switch, so only the batch command line and the speed benchmark
    call it, never the library functions."""
    extract_quotes("Warm-up: the registry and the cue lexicon load once, Jane Doe said.", article_id="warm-up")
    gc.collect()
    gc.freeze()


def _iso_day(value: str) -> str | None:
    """The calendar day 'YYYY-MM-DD' of an ISO date or timestamp, None when it is none or impossible (2023-02-30)."""
    m = _ISO_DATE.fullmatch(value)
    try:
        return date.fromisoformat(m.group(1)).isoformat() if m is not None else None
    except ValueError:
        return None


def extract_quotes(text: str, *, article_id: str, published: str | None = None,
                   registry: Registry | None = None) -> list[Quote]:
    """All direct, mixed and indirect quotes of ``text`` in text order, with speakers resolved by ``registry``.

    Offsets index ``text`` exactly as given. Raises ValueError when ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise ValueError(f"text must be a string, not {type(text).__name__}")
    if published:
        day = _iso_day(str(published))
        if day is None:
            raise ValueError(f"published must be an ISO date YYYY-MM-DD (or an ISO timestamp) or empty, "
                             f"got {published!r}")
        published = day
    if not text.strip():
        return []
    return _Extractor(text, str(article_id), published or None,
                      registry if registry is not None else default_registry()).run()


def cli_records(article: dict) -> list[dict]:
    """Batch interface: one article ``{"id", "text", "published"?, "outlet"?}`` -> quote records (CLI_KEYS).

    Without "published", an ISO "date" field (the shared corpus files name it so) dates the article, so that
    role nouns ("the Ukrainian president") resolve by date as in the study pipeline."""
    text = article.get("text")
    if not isinstance(text, str):
        raise ValueError("missing 'text' (must be a string)")
    published = article.get("published") or None
    if published is None and isinstance(article.get("date"), str):
        published = _iso_day(article["date"])  # an impossible date in this optional field: undated, not rejected
    quotes = extract_quotes(text, article_id=str(article["id"]), published=published)
    return [{"article_id": q.article_id, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
             "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
             "side": q.side, "nested_in": q.nested_in, "confidence": q.confidence} for q in quotes]
