"""Word lists and regular expressions of the quote engine (no code beyond their construction).

The lowest layer of ``peacetalks.quotes``: every other module imports its constants from here, and it imports
nothing from the package. The constants keep their order and comments from the original single-file engine,
so a word list and the comment saying why a word is (not) in it stay together.
"""

from __future__ import annotations

import re

from peacetalks.actors import ORGANISATION_NOUNS, Resolution
from peacetalks.actors import _INDEFINITE, _PERSON_NOUNS, _UNIT_NEW
from peacetalks.actors import _MONTHS as _CALENDAR_WORDS  # months and weekdays
from peacetalks.text import TITLE_ABBREVIATIONS
from peacetalks.timex import _FULL_MONTH  # '(?:January|…|December)'

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
# prepositions opening an occasion phrase between a cue and its 'that' ('said at a rally in Lviv, Norland, that …',
# 'told voters after his win in the primary that …'; round 17): not 'to', 'for', 'from', which open objects
_OCCASION_PREPS = frozenset("in at on during after before amid".split())
# modifiers of an occasion noun ('in a separate interview', 'at last week's briefing'): alone they name no occasion
_PP_MODIFIERS = frozenset("separate joint recent brief last this next weekly daily annual same".split())
_PP_WORDS = frozenset("""interview statement conference news press briefing call phone television tv radio speech
meeting tweet post letter address remarks session hearing appearance rally event summit show program programme
broadcast podcast op-ed column video message email e-mail report interviews channel website blog forum meeting
visit trip sidelines emailed written telephone televised online later earlier""".split()) | _PP_MODIFIERS
# social networks named as the place of a statement ('criticized the plan on Twitter'; round 16)
_NETWORKS = frozenset("twitter facebook telegram instagram youtube tiktok linkedin social media".split())
_CLAUSE_START = frozenset("that whether if why how what when where who which whom".split())
_CLIP_AFTER_COMMA = frozenset("and but while although though whereas despite".split())
# speech lemmas whose -ing form opens a new speaker's report after ', with' inside a reported clause ('Kyiv denied
# it, with its foreign minister saying …'; round 19); 'add' is left out ('with the factories adding 3,000 jobs').
# Each is a lemma of the cue lexicon (speech_cues.csv; a test checks): review19 removed 'blast', 'brand', 'dub' and
# 'praise', which are none, so no cue could match them. The lead (round 19) kept only lemmas whose '-ing' clause
# the participle reader reads as a report; with19 re-admitted the object-complement ones once the with-clause's
# subject was read as theirs ('with X accusing Y of …', 'describing Y as …'; ``with_absolute``). Not 'dismiss':
# the lexicon lists no 'dismissing' form
_WITH_REPORT_LEMMAS = frozenset("""say call tell warn insist argue claim state predict vow promise stress deny
allege describe accuse urge label denounce condemn slam demand reject""".split())
# the head noun of a writer's comment after a dash that closes a report ('… — a charge Kyiv denied'; round 17)
_COMMENT_NOUNS = frozenset("""charge claim allegation accusation assertion argument contention point fact view
position stance proposal idea notion move step decision statement remark comment message warning reference""".split())
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
_BELIEF_OBJECT_INFINITIVE = frozenset({"expect"})  # belief cues that also take an object + to-infinitive
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
# words that open an adverbial phrase or clause, never a speaker phrase, right after a quote ('"…," despite
# countries agreeing …', '"…" without explaining …', '"…" even though images showed …'; round 17 post17)
_NO_SPEAKER_OPENERS = _LEAD_SUBORD | _OPENING_PREPS | _ING_PREPOSITIONS | frozenset("even unless".split())
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
# determiners of one thing only: a bare cue form after one and its lowercase modifiers is a noun ('an explanatory
# note on …'; a singular subject would take '-s': 'an official notes that …'; round 18)
_SINGULAR_DETS = frozenset("a an another one such every".split())
_RELATIVES = frozenset("who whom which that what whose".split())
# before such a determiner, words that put its phrase inside a longer, maybe plural, subject ('opponents of a deal
# say', 'a sailor and a police officer say')
_DET_INSIDE_SUBJECT = frozenset("of and or nor".split())
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
# the writer's discourse connectives that may open a sentence before a comma ('However, …', 'In particular, …');
# a reported clause starts after them (round 17). Not 'still', 'instead', 'indeed', 'in fact', 'of course': those
# are as often the speaker's own emphasis.
_OPENING_CONNECTIVES = frozenset(("however", "meanwhile", "moreover", "furthermore", "additionally", "nevertheless",
                                  "nonetheless", "separately", "similarly", "likewise", "besides", "consequently",
                                  "in particular", "at the same time", "in addition", "on the other hand",
                                  "in contrast", "by contrast", "in the meantime", "as a result"))
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
_THE = ("the",)  # an office noun (`office_noun`) opens on "the" only
_RECENT_SPEAKERS = 50  # speakers an antecedent search looks back over (it stays linear in the article)
# reply cues: their object is the other party's words ('Responding to Doe's claim that "…", Roe said'), so a quote
# in a sentence-opening phrase of theirs is not the main speaker's (round 17)
_REPLY_CUES = frozenset("respond answer reply react".split())
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
# a mention that is only a name (1-5 capitalised words; "Mr.", "O'Donnell", "Doe's" included): what
# `_Speakers.mention_name` names; a phrase with a lowercase word, a comma or a parenthesis is no name
_NAME_ONLY = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}")
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
# round 16: a title abbreviated before a name ("Sen. Jo Roe") read as the role noun it stands for
_TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gen": "general", "gov": "governor",
                        "amb": "ambassador", "adm": "admiral", "col": "colonel", "lt": "lieutenant"}
_TITLE_RUN_CUT = frozenset("of to for at in with from on".split())  # "an adviser to the minister": adviser
# the apposition after a name (", an adviser to the minister,"; a short parenthesis before it allowed)
_TITLE_RUN_AFTER = re.compile(r"(?:\s*\([^()]{0,30}\))?,\s+(?:(?:the|an?)\s+)?([^,;:.!?()\n]{1,60})")
_POSSESSIVE_WORD = re.compile(r"\w['’´]s\b")  # "Jo's husband": a kin or role phrase, no person's name
_NEW_REFERENT = frozenset(_UNIT_NEW | {"rival"})  # "the other singer", "the new singer", "the rival singer"
_INDEFINITE_ALT = "|".join(sorted(_INDEFINITE))  # "a", "another", "one" … before a noun: someone new
_SLUG = re.compile(r"[A-Za-z0-9]{6,}(?![\w'’-])")  # the tail of a link: 'pic.twitter.com/Xy3kQaB7'
_PERSON_NOUNS_MORE = frozenset("""refugee girl boy child children national citizen diplomat envoy expert analyst
pilot captain colonel general commander veteran agent spy emigre émigré dissident oligarch mp despot dictator
tyrant autocrat""".split()) | frozenset("""defendant executive boss champion critic star employee retiree evacuee
attendee draftee suspect fan recruit surgeon nurse medic priest bishop archbishop clerk scholar magistrate magnate
pundit commissar athlete guest schoolboy schoolgirl assailant captive client landlord undergraduate victim companion
mom mum dad aunt uncle widow girlfriend boyfriend bride bridegroom""".split())  # audit VIII; round 19: the
# lowercase speaker heads left unresolved on the news that name a person (not 'host', 'ally', 'guard': bodies too;
# nouns on a _PERSON_SUFFIXES ending need no entry, review19)
# next19: given names with a person-noun ending (`_PERSON_SUFFIXES`: "-er", "-or", "-ian", "-man"), which
# ``_SubjectMentions.titled`` took for a role before a surname ('Alexander Doe', 'Igor Roe', 'Ian Moe'); no
# nationality ('German', 'Christian': also adjectives before a body) and no surname-like word ('Carter', 'Fletcher')
_GIVEN_NAMES_LIKE_NOUNS = frozenset("""alexander aleksander oleksander olexander viktor wiktor victor igor ihor yegor
egor yehor roman peter péter brian tucker jennifer trevor fyodor fedor walter olivier suleiman suleyman christopher
kristofer nariman adrian oliver alisher gillian conor connor enver julian lester luther norman vivian sebastian
jixian leander florian didier skyler heather markiian ian damian dorian roger herman hunter esther iskander wess""".split())
_TITLE_WINDOW = 3000  # characters before a role noun searched for the phrase used as a title
# never in a name after a title ("a ferry chief Monday …"); "May" may be one ("Prime minister May")
_NOT_NAME_WORDS = frozenset(_CALENDAR_WORDS - {"may"}) | frozenset("the a an in on at and but he she it they".split())
_NO_PERSON_WORDS = frozenset("everyone everybody nobody nothing someone anyone something everything god police".split())
# before an addressee ('told Ruritania's Daily Post', 'speaking to Harbour Radio'): no "he" (round 10 audit II)
_ADDRESSEE_BEFORE = frozenset("told tell tells telling to with".split())
# a preposition or addressee word before a known person's name: no he/she antecedent unless no one else fits (round 17)
_OBJECT_PREPOSITIONS = _LOCATIVE | _ADDRESSEE_BEFORE | _OF_FOR
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_FIRST_PERSON = frozenset("i we you me us".split())
_NO_SIDE = frozenset({"", "unknown", "none", "null", "nan"})
_DOCUMENT_HEADS = frozenset("""statement statements release letter memo note report email tweet tweets post message
ad video op-ed editorial""".split())
# round 16: nouns for one issued text: "the announcement" with no "an announcement" before it refers back to the
# latest "a statement"/"a release" … ("a statement from the ministry" … "the announcement continued")
_ISSUED_TEXT_NOUNS = frozenset("statement release announcement communique communiqué readout".split())
_ISSUED_TEXT_HEADS = _DOCUMENT_HEADS | _ISSUED_TEXT_NOUNS  # heads of an issued text (review19: one name for the union)
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
# the words of a link teaser before a colon ('Related:', 'Read more:', 'Watch:'; the ingest rule read_more_teaser
# strips such a line only when it stands alone): a quote after one is a linked item's title (round 19)
_LINK_LABELS = frozenset("related read more also see watch listen".split())
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
# participles that place a medium after a cue ('said in a message posted to Telegram that …', 'told a meeting
# organised by the union that …'): no verb of the report, the 'that' after them still opens it (round 18)
_MEDIUM_PARTICIPLES = _RELEASE_PARTICIPLES | frozenset("""posted aired broadcast carried organised organized hosted
provided shared sent given""".split())
_OCCASION_HEADS = _MEDIUM_HEADS | frozenset(
    "meeting event conference forum summit rally programme program show".split())
_SOURCE_LINKS = frozenset("close familiar briefed knowledgeable closest".split())
# "the government led by <Person> declared": the leader named in the participle phrase is no subject (round 19)
_LEADER_PARTICIPLES = frozenset("led headed chaired fronted".split())
_ONE_HEADS = frozenset(("one", "another"))  # role heads that take a noun after them ('said one mutineer'; round 19)
_QUANTIFIER_SUBJECTS = frozenset("many most some few several others both".split())
# words before a share of respondents that opens a clause ("while 47% say", "with 47% saying")
_SHARE_BREAK = frozenset("and but while whereas though although as when since among with".split())
_SHARE_WORDS = frozenset("""percent % half third thirds quarter quarters majority plurality minority two-thirds
three-quarters one-third one-quarter majorities three-fourths""".split())
# "40 percent … polled said"
_RESPONDENT_PARTICIPLES = frozenset("polled surveyed questioned interviewed asked".split())
_PRONOUN_BE = frozenset("he's she's they're we're i'm you're".split())
_PRONOUN_HAS = frozenset("he's she's".split())  # 'He's said …', 'She's called it "…"': has + participle


def _past_participle(low: str) -> bool:
    """A lowercase word that may be a past participle ('said', 'called', 'written'; ``_PAST_PARTICIPLES`` below)."""
    return low.endswith("ed") or low in _IRREG_PAST or low in _PAST_PARTICIPLES


_PROGRESSIVE_AUX = frozenset("is are was were am 's ’s".split())
_SUBJ_PRON = frozenset("he she they we i you it there".split())
_PERSON_SUBJ_PRON = frozenset("he she they we i".split())  # subject pronouns of a person speaking
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
_PHRASE_TAIL_PREPOSITIONS = _HEAD_PREPOSITIONS | _LOCATIVE  # "the mayor of <town>": no he/she (round 18)
_PHOTO_CREDIT_BEFORE = re.compile(r"\bPhotos?(?:/| by )[ \t]*\Z")  # "(AP Photo/<name>)": no antecedent (round 18)
# Round 19 (credit19): a credit line opens here ("Additional reporting by …"): its label is no speaker
_CREDIT_LINE_START = re.compile(r"(?:(?:Additional|Extra|Further) reporting|Reporting|Editing|Writing|Compiled|"
                                r"Translated) by\b")
# Round 19 (credit19): "Additional reporting by Jane Doe": the cue form as a credit line's noun, no cue
_CREDIT_CUE_WORDS = frozenset(("reporting",))
_INSTITUTION_HEADS = frozenset("""kremlin ministry government administration office department agency embassy
mission council parliament duma military army navy service services statement report poll survey study committee
campaign party union company firm bank board court panel network outlet newspaper channel team group side""".split())
# pron18: lowercase heads in -s that are no plural ('the press', 'the census', 'the crisis', 'economics')
_SINGULAR_S_ENDS = ("ss", "us", "is", "ics")
# pron18: gender-neutral nouns of one unnamed person a following "they" may stand for ('A defence source said …
# They added …'; British news): singular they
_SINGULAR_THEY_HEADS = frozenset("source spokesperson representative insider official person".split())
_PLACE_HEADS = frozenset("region oblast province republic city district territory krai".split())  # audit XI
# heads of capitalised phrases that name no person ('Fox News', 'Wall Street', 'Islamic State'): never a "he"/"she";
# outlet and app names ('RIA Novosti', audit X) come from the lexicon (``Lexicon.outlets``: outlets.csv, label rows)
_NOT_PERSON_HEADS = (_INSTITUTION_HEADS | frozenset("""post news times journal tribune press guardian magazine senate
congress convention partnership foundation project center centre institute university association commission street
city county state democrats republicans""".split()) | _MEDIUM_HEADS | frozenset("story report article caption".split())
    | frozenset("radio television tv police".split()))  # audit XIII-P: 'on BBC Radio 4's …', 'according to police'

# body18: heads and suffixes that make an unregistered capitalised name a body an "it" may stand for ('Harbour Policy
# Foundation', 'Northwind Energy Ltd', 'the Trades Union Congress'); the registry types such names as persons
_BODY_HEADS = (ORGANISATION_NOUNS | _INSTITUTION_HEADS | _NOT_PERSON_HEADS | frozenset("""association trust charity
fund coalition consortium society league club exchange forum network alliance authority agency ltd plc inc llc corp
gmbh ag""".split())) - frozenset("street city county state democrats republicans police".split())
_BODY_SENTENCES = 2  # body18: such a body is an "it" at most this many sentences before the pronoun
# round 19: "the paper said" goes back to the body that spoke just before only when that is an outlet: one of the
# lexicon's outlet words or a name with one of these words ("The Sunday Courier", "Harbour News")
_MEDIUM_PHRASE_NOUNS = _MEDIA_NOUNS - frozenset(("agency",))  # "the agency" is any body's ("the FSB")
_MEDIUM_NAME_WORDS = _MEDIA_NOUNS | frozenset("""times post journal tribune press guardian gazette herald telegraph
mail courier news radio television tv independent observer express mirror standard chronicle""".split())
# next19: documents an outlet obtains rather than issues ("…, according to a translation by <outlet>. … the memo
# said": the memo's author speaks, not the outlet)
_OBTAINED_DOCUMENTS = frozenset("memo letter email note message".split())
# round 19: body nouns that refer back to any body that spoke ("the FSB said …. the agency added"); the other
# definite unit nouns ("the union", "the bank", "the court") only to a body named with them
_BODY_BACK_NOUNS = _MEDIUM_PHRASE_NOUNS | frozenset("""agency organisation organization group company firm department
office service military body watchdog regulator operator government administration""".split())
# direct19: "the network said" with no body speaking before it: a capitalised run in the sentence or the two before
# that names an outlet ("A reporter for Harbour News was hurt, the network said"; "told the Post …. The paper said")
_CAPITAL_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’&-]*[ \t]+){0,4}[A-Z][\w'’&-]*")
_OUTLET_SENTENCES = 2
# the words that make such a run an outlet's name: not the body nouns a power station, a charity network or a state
# agency share ("Harbour Power Station", "the Jewish Agency"); news agencies are lexicon outlets ("Reuters")
_OUTLET_NAME_WORDS = _MEDIUM_NAME_WORDS - frozenset("agency network station channel outlet website".split())
_FIRM_PAIR = ("company", "firm")  # round 19: one noun for the other ("the company's work …. The firm said")

# round 15: a role phrase's complement then the name it titles ("governor of Harbour Region, Jane Doe,")
_TITLE_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,\s+"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=[,.;]|\s+(?:said|says|told|added))")
# round 15: a name set off before a role phrase ("Jane Doe, the region's governor"; "Jane Doe, Harbour's governor")
_APPOSED_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:the\s+)?"
                           r"(?:[\w'’-]+(?:'s|’s)\s+)?$")
# round 15 epithets: "the 43-year-old (<person noun>)" refers back to the person the article gave that age
_AGE_EPITHET = re.compile(r"[Tt]he\s+(\d{1,3})-year-old((?:\s+[a-z][\w-]*){0,3})")
# the age given with a name: "Jane Doe, 43," / "Jane Doe, a 43-year-old …" / "Jane Doe (43)" (name before the age)
_AGED_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+(?:an?\s+)?|\s+\()$")
# "43-year-old (mother) Jane Doe": up to two lowercase words, then the name
_AGED_NAME_AFTER = re.compile(r"((?:\s+[a-z][\w-]*){0,2}?)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# from the last speaker's sentence on, someone else is named: a possessive name's person noun before a name, a by-agent
_AGE_SIDE_NAME = re.compile(r"\b[A-Z][\w-]+['’]s\s+([a-z]+),?\s+[A-Z]|\bby\s+(?:[a-z]+\s+)?[A-Z][\w'’-]+\s+[A-Z]")
_AGE_NOT_TITLE = frozenset("who was is and or of in on at from for with to by".split())  # "… woman in Kyiv"
# round 16: prepositions of a place phrase ("Near Portville, a 43-year-old …"): its names are given no age
_PLACE_PREPS = _LOCATIVE | _OPENING_PREPS | frozenset("along beyond off toward towards".split())
# round 15 epithets: "the <field> chief" after "the head of the <field> agency, <Name>," or "<field> CEO <Name>"
_LEADER_NOUNS = frozenset("chief boss head leader chairman chairwoman director founder".split())
_LEADERS_ALT = "chief|boss|head|leader|chairman|chairwoman|director|founder|CEO|executive"
_LED_NAME = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
_EPITHET_HEADS = frozenset("billionaire millionaire tycoon oligarch magnate lawmaker legislator mp mep".split())
# audit XII: a document's issuer named with it at most this many sentences (and characters) before "the statement"
_ISSUER_SENTENCES = 3
_ISSUER_WINDOW = 1500
_ISSUER_DETS = frozenset("its their his her".split())  # "said in its statement"
_ISSUE_VERBS = frozenset("issued released published posted sent circulated".split())
_ISSUER_CUT = frozenset(", and or of for & with".split())  # an issuer phrase that goes on or began before
_ISSUER_PREPS = frozenset(("from", "by"))  # "a statement from/by X"
_ISSUED_IN = frozenset(("in", "via"))  # "X said in/via a statement"
# "the ministry's statement", "Jane Doe's latest post": the possessor and the document noun
_OWNED_DOCUMENT = re.compile(r"((?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)['’]s(?:\s+[\w-]+){0,2}?\s+(\w+)")
_NO_ISSUER_DOCUMENTS = frozenset("video ad op-ed editorial".split())  # "the video shows": no issuer's words
# an indefinite determiner opening the phrase that ends where the role word starts ("a senior Ukrainian …"), not in
# apposition to a name ("Jane Roe, a fine artist": someone else)
_INDEFINITE_BEFORE = re.compile(r"(?<![,(]\s)\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,2}$")
# round 17 (audit XVIII): a short abbreviation as a speaker ("the MoD", "MoD"), and the capitalised name an earlier
# "<Name> (<abbreviation>)" defines it by ("Britain's Ministry of Defence (MoD)"): the words before the bracket
_ABBREVIATION = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,3})")
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z](?:[\w'’-]|\.(?=\w))*\s+(?:(?:of|for|the|and|on)\s+){0,2}){0,7}"
                                  r"[A-Z](?:[\w'’-]|\.(?=\w))*)\s*$")  # no sentence end inside: "Office. The …"
# round 16: a name given right after a role phrase: "the sailor, identified (only) as 52-year-old Jo Roe,"
_IDENTIFIED_AS = re.compile(r",?\s+(?:identified|named)(?:\s+only|\s+simply)?\s+as\s+(?:\d{1,3}-year-old\s+)?"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-])")
# round 16: the name opening a lede's second sentence ("Agency President Jane Doe said", "Jane Doe, the …,")
_LEDE_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?:,[^,.;:]{1,80},)?\s+"
                        r"(?:also\s+|later\s+|then\s+)?([a-z]+)")
# ... as the subject of a verb of speech: the name the lede withheld speaks ("Jane Doe said", "… made the remarks")
_LEDE_VERBS = frozenset("""said says told tells wrote writes posted added warned made explained noted stressed
claimed stated announced urged insisted argued""".split())
# next19: the determiners of a lede's role phrase named in the next sentence ("a general said", "its chief prosecutor
# said"; a possessive word too: "the country's health minister"), and the longest opening phrase before that
# sentence's subject ("In an interview with the paper, Jane Doe said")
_LEDE_DETERMINERS = frozenset("the a an its his her their".split())
_OPENING_PHRASE_CHARS = 80
_TWO_CAPITALS = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]+")
# a quoted span flagged so by quote_marks (a calibration feature, round 15)
_BAD_MARKS = frozenset(("unbalanced", "unclosed"))
# cue lemmas that are a calibration class of their own (any other lexicon cue: "object" or "other")
_CUE_LEMMA_CLASSES = frozenset(("say", "tell", "add", "according to"))

_BASE_CONFIDENCE = {"subject": 0.6, "quote+verb": 0.75, "colon": 0.7, "quote+cue": 0.9, "cue+quote": 0.88,
                    "colon-paragraph": 0.8, "nested": 0.8, "interrupted": 0.8, "floating": 0.6, "unattributed": 0.35,
                    "indirect": 0.7, "postposed": 0.72, "according_to": 0.75, "headline": 0.6, "participle": 0.65,
                    "mixed": 0.75, "object": 0.65, "asked": 0.6, "source_opening": 0.6, "stance": 0.55,
                    "post-signature": 0.8, "transcript-turn": 0.75}


# round 16 (given names): a capitalised pair after an article names no person ('the Dnieper River'), and a word
# that heads an organisation, place or institution is no given name or surname ('Belgorod Region', 'Octopus Energy')
_ARTICLES = frozenset({"the", "a", "an"})
_NOT_NAME_HEADS = frozenset(ORGANISATION_NOUNS) | _PLACE_HEADS | _NOT_PERSON_HEADS | _INSTITUTION_HEADS | frozenset(
    """jr sr ltd plc inc llc oil college initiative online tour river peninsula archbishop bishop patriarch metropolitan
    pope cardinal imam rabbi sheikh taoiseach father movie film list championship cup festival prize award photograph
    sentinel""".split())
_NOT_NAME_ENDS = ("ing", "ional", "ial", "ern")  # -ing forms and adjectives ('Regional', 'Presidential', 'Northern')
# round 18: "the mayor in Lutsk, Ivan,": one capitalised word after a phrase with these may be a place, no name
_APPOSITION_PLACE_PREPS = frozenset("in at from near".split())
# round 18: heads of texts, polls and media among the role nouns: "according to a summary of the inquiry, Jo Roe, …"
# names someone inside the report, never its author
_APPOSITION_TEXT_HEADS = _ISSUED_TEXT_HEADS | _MEDIUM_HEADS | _POLL_HEADS | frozenset(
    "article book caption column emails headline piece sign story study summary transcript".split())

# body19: lowercase singular heads of a definite phrase that names a body or a document an "it" may stand for ('the
# charity', 'the country's military command', 'the petition', 'the draft treaty'): the body18 heads less the
# modifiers, plurals, the press and speech events, plus documents and trade nouns ('the lender', not 'the producer');
# the plurals 'statements' and 'tweets' of _DOCUMENT_HEADS stay in (review19: a known bug, a strict xfail test)
_IT_DOCUMENT_HEADS = _ISSUED_TEXT_HEADS | frozenset("""petition document treaty draft declaration resolution bill
decree ruling verdict judgment indictment lawsuit complaint filing assessment analysis update bulletin notice advisory
alert review index forecast website obituary proposal agreement survey poll study article story caption column
blog""".split())  # body19: the documents among them: never a body's name
_IT_BODY_HEADS = (_BODY_HEADS | _IT_DOCUMENT_HEADS | frozenset("""church command utility insurer lender retailer
airline carrier manufacturer supplier provider giant chain ngo think-tank consultancy""".split())) - frozenset(
    """affairs forces services communications technologies headquarters staff defence defense energy health interior
justice finance security trade information development policy industry remarks interview speech address broadcast
podcast press news times guardian tribune journal convention project kremlin ag inc ltd plc llc corp gmbh
statements tweets""".split())  # plurals of _DOCUMENT_HEADS: no "it" (review19's bug B, mended by the lead)
# body19: a definite phrase ('the charity', 'this organisation'); not 'that', which after a cue opens a clause
_IT_BODY_OPENERS = frozenset(_DEFINITE_OPENERS) - {"that"}
_IT_BODY_WORDS = 6  # body19: longest such phrase (words), 'the country's top military command'
_BODY_ADVERBS = frozenset("also then later now still previously already further".split())  # 'the charity also said'
# body19: heads of a state's organs ('the court', 'the military'): the registry reads them (or leaves them unnamed);
# never taken for a company or an office named before them (only checked on _IT_BODY_HEADS heads: review19 removed
# 'kremlin', which is none)
_STATE_ORGAN_HEADS = frozenset("""government ministry military army navy administration embassy parliament duma court
command department office consulate mission senate congress committee""".split())
# phrase19: a text its possessor issued ("his statement said", "their manifesto says", "its charter states"): the
# possessive pronoun's antecedent is its issuer; not a text the possessor only keeps or that tells of him ("according to
# its website", "his memoirs", "his account": 2 better, 8 worse on all_en)
_OWNED_TEXT_NOUNS = _ISSUED_TEXT_HEADS | frozenset("manifesto charter".split())
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
# phrase19: "<Name>, a <role phrase> conceded …" opening a sentence with no comma closing the apposition (after an
# optional "And"/"But"); the name before the speaker phrase
_NAME_OPENING_ROLE = re.compile(r"(?:(?:And|But)\s+)?(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+),\s+")
