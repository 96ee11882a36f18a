"""Quote extraction: table-driven cases (including texts that must give nothing) and the CLI record shape."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peacetalks.actors import Actor, Registry, Resolution
from peacetalks.quote_marks import quote_spans
from peacetalks.quotes import CLI_KEYS, cli_records, extract_quotes

ROOT = Path(__file__).resolve().parents[1]


class PlainRegistry:
    """Resolves every mention to itself (keeps these tests independent of data/reference/actors.csv)."""

    def resolve(self, mention, *, date=None, context=()):
        person = mention[:1].isupper() and mention.lower() not in ("the kremlin",)
        return Resolution(name=mention, actor_id=None, side=None, type="person" if person else "unknown",
                          method="unknown", confidence=0.3)

    def find_mentions(self, text, *, date=None):
        return []


REG = PlainRegistry()


def run(text):
    return extract_quotes(text, article_id="t", registry=REG)


def spk(text, q):
    return None if q.speaker_start is None else text[q.speaker_start:q.speaker_end]


# (text, [(kind, content must contain, speaker mention as written)])
CASES = [
    ('"The talks are frozen," Peskov said.', [("direct", "talks are frozen", "Peskov")]),
    ('"The talks are frozen," said Kremlin spokesman Dmitry Peskov.',
     [("direct", "talks are frozen", "Kremlin spokesman Dmitry Peskov")]),
    ('Kremlin spokesman Dmitry Peskov told reporters: “We see no will from Kyiv.”',
     [("direct", "We see no will", "Kremlin spokesman Dmitry Peskov")]),
    ("«Nous sommes prêts à négocier», Macron said on Tuesday.", [("direct", "prêts", "Macron")]),
    ("‘We will not give up our land,’ Zelensky said.", [("direct", "give up our land", "Zelensky")]),
    ('The talks ended in March, when *"certain basic agreements were reached,"* Naryshkin said.',
     [("mixed", "certain basic agreements", "Naryshkin")]),
    ('"A deal is possible," he said. "But not this year."',
     [("direct", "deal is possible", "he"), ("direct", "not this year", "he")]),
    ('Kremlin spokesman Dmitry Peskov said the talks were "on hold" for now.',
     [("mixed", "on hold", "Kremlin spokesman Dmitry Peskov")]),
    ("Peskov told Tass on Tuesday that the talks had stalled.", [("indirect", "talks had stalled", "Peskov")]),
    ("Talks with Kyiv have stalled, the Kremlin said on Wednesday.", [("indirect", "Talks with Kyiv", "the Kremlin")]),
    ("According to the Foreign Ministry, the delegation will travel to Istanbul.",
     [("indirect", "delegation will travel", "the Foreign Ministry")]),
    ("A senior official insisted that no ceasefire was on the table.",
     [("indirect", "no ceasefire", "A senior official")]),
    ("Moscow rejected the plan, saying that it ignored the reality on the ground.",
     [("indirect", "the plan", "Moscow"), ("indirect", "ignored the reality", "Moscow")]),
    # object complements of stance verbs (speech_cues.csv complement=object)
    ("Kuleba accused Lavrov of dodging the question.", [("indirect", "Lavrov of dodging the question", "Kuleba")]),
    ("Kremlin aides declined to confirm the meeting.", [("indirect", "to confirm the meeting", "Kremlin aides")]),
    ("Zelensky called for a ceasefire along the current front line.",
     [("indirect", "a ceasefire along the current front line", "Zelensky")]),
    ("Peskov rejected the proposal, which Kyiv had put forward in March.", [("indirect", "the proposal", "Peskov")]),
    ("Lavrov sees the deal as a trap for Moscow.", [("indirect", "the deal as a trap for Moscow", "Lavrov")]),
    ("Erdogan expressed hope for a ceasefire before winter.",
     [("indirect", "hope for a ceasefire before winter", "Erdogan")]),
    ("Lavrov blamed Washington for the collapse of the talks on Wednesday at a press conference.",
     [("indirect", "Washington for the collapse of the talks", "Lavrov")]),
    # 'Asked whether …' openings (no speaker: the asker is not named) and 'In a poll, …' sources
    ("Asked whether talks would resume, Peskov said it was too early.",
     [("indirect", "talks would resume", None), ("indirect", "it was too early", "Peskov")]),
    ("Asked by Anna Berg whether talks would resume, Peskov said it was too early.",
     [("indirect", "talks would resume", "Anna Berg"), ("indirect", "it was too early", "Peskov")]),
    # a gerund subject clause is reported speech, not an opening phrase
    ("Negotiating with Kyiv is pointless, Peskov said.", [("indirect", "Negotiating with Kyiv is pointless", "Peskov")]),
    ("In a Levada Center poll released Friday, 60 percent of Russians backed talks with Kyiv.",
     [("indirect", "60 percent of Russians backed talks with Kyiv", "a Levada Center poll")]),
    # a reported clause ends before the occasion of the speech act, but keeps a future day
    ("Kuleba said Lavrov was the author of the blockade on Wednesday at a Warsaw forum.",
     [("indirect", "the author of the blockade", "Kuleba")]),
    ("Peskov said the talks would resume on Monday in Istanbul.",
     [("indirect", "would resume on Monday in Istanbul", "Peskov")]),
    # 'that' after a preposition is a determiner, not the start of the reported clause
    ("Kuleba said the delegation could return with that offer.",
     [("indirect", "could return with that offer", "Kuleba")]),
    # a 'that' a few words after the cue opens the clause only after an adverbial (time, occasion, adverb, name)
    ("Peskov said that talks would not resume.", [("indirect", "talks would not resume", "Peskov")]),
    ("Peskov confirmed only that a delegation will be waiting in Istanbul.",
     [("indirect", "a delegation will be waiting in Istanbul", "Peskov")]),
    ("Lavrov told reporters in Ankara on Thursday that the talks were over.",
     [("indirect", "the talks were over", "Lavrov")]),
    # a long subject after an introductory phrase ('In a matchup, 17 percent said'), comparatives, 'N in 10'
    ("In a Kuleba-Reznikov matchup, 17 percent said they would stay at home.",
     [("indirect", "they would stay at home", "17 percent")]),
    ("More than seven in 10 said they were not expecting much from the talks.",
     [("indirect", "not expecting much", "More than seven in 10")]),
    ("Again, those surveyed said Ankara was best placed to host the envoys.",
     [("indirect", "Ankara was best placed", "those surveyed")]),
    ("About four in 10 said they wanted talks with Kyiv.", [("indirect", "they wanted talks", "About four in 10")]),
    # an apposition opening on a past participle: the name before it speaks
    ("Olga Petrenko, wrapped in a blue scarf, said the talks were a sham.",
     [("indirect", "the talks were a sham", "Olga Petrenko")]),
    # an opening participle phrase is not reported speech
    ("Asked about it later, she said he had her backing.", [("indirect", "he had her backing", "she")]),
    ("Sergey Lavrov, the foreign minister, warned that the window for talks was closing.",
     [("indirect", "window for talks", "Sergey Lavrov")]),
    ('Naryshkin said: "Those in London told Kiev: \'No peace talks, go and fight.\'"',
     [("direct", "Those in London", "Naryshkin"), ("direct", "No peace talks", "Those in London")]),
    # speaker phrases read loosely right after a quote, appositions, relative clauses, "said of", "put it"
    ('"The ceasefire must hold," federal prosecutors wrote in a filing on Monday.',
     [("direct", "ceasefire must hold", "federal prosecutors")]),
    ("The head of the ministry's second department, Aleksey Polishchuk, said that talks were possible.",
     [("indirect", "talks were possible", "Aleksey Polishchuk")]),
    # a page that lost the space after a full stop: the glued sentence end still ends the sentence
    ("The ferry talks collapsed in May.The minister said the port was closed.",
     [("indirect", "the port was closed", "The minister")]),
    # "MP" is a role noun, and a time word may open the role phrase before the name's apposition
    ("Now an opposition MP, Jane Okafor, said that the ferry talks had stalled.",
     [("indirect", "ferry talks had stalled", "Jane Okafor")]),
    ("A Labour MP, Tom Brown, said the port deal was fair. He added that it would hold.",
     [("indirect", "port deal was fair", "Tom Brown"), ("indirect", "it would hold", "He")]),
    ('As one diplomat put it, "Nobody wants to be the first to blink."',
     [("direct", "first to blink", "one diplomat")]),
    ('Lavrov said of the proposal, "It ignores the realities on the ground."',
     [("direct", "ignores the realities", "Lavrov")]),
    ("Officials who spoke without giving their names said the talks had collapsed.",
     [("indirect", "talks had collapsed", "Officials")]),
    ("The spokesman, however, insisted that the delegation would travel.",
     [("indirect", "delegation would travel", "The spokesman")]),
    ('He pledged to be "the greatest peacemaker" in the region.', [("mixed", "greatest peacemaker", "He")]),
    ('The Kremlin said on Tuesday that "no decisions" had been made and that talks would continue.',
     [("mixed", "talks would continue", "The Kremlin")]),
    # a quote after a lead-in ending in a colon: the clause subject said it
    ('Senate leader Ann Lee, R-Ore., delivered a stern message to the ministry: "End the delays."',
     [("direct", "End the delays", "Senate leader Ann Lee")]),
    # floating quote after a sentence whose subject is newer than the last speaker
    ('"We are close to a deal," Erdogan told reporters. Then Lavrov had a question for the press.\n\n'
     '"Who wants peace more than Russia does?"',
     [("direct", "close to a deal", "Erdogan"), ("direct", "Who wants peace", "Lavrov")]),
    ('"We will not give up an inch of our land."\n\n- Volodymyr Zelensky, in Kyiv.',
     [("direct", "give up an inch", "Volodymyr Zelensky")]),
    # beliefs and evidentials: a bare finite clause after think/believe/suggest, an object after a poll 'shows'
    ("Analysts believe this will give Kyiv a reason to return.",
     [("indirect", "this will give Kyiv a reason", "Analysts")]),
    ("Western officials think he is unlikely to attend the talks.",
     [("indirect", "he is unlikely to attend", "Western officials")]),
    ("A new poll shows Zelensky leading his rivals by twenty points.",
     [("indirect", "Zelensky leading his rivals", "A new poll")]),
    ("The senator asked reporters whether the plan would work.",
     [("indirect", "whether the plan would work", "The senator")]),
    # long subjects with no verb inside; parallel coordinated speakers; the issuer of a statement
    ("Some advocates for a negotiated settlement said the offer ignored the front line.",
     [("indirect", "offer ignored the front line", "Some advocates for a negotiated settlement")]),
    # round 8: a short lowercase plural phrase opening a clause speaks
    ("While ferry riders said the crossing was safe, the mayor disagreed.",
     [("indirect", "the crossing was safe", "ferry riders")]),
    ("If the storm holds, forecasters say the ferries will stop.",
     [("indirect", "the ferries will stop", "forecasters")]),
    # round 8: 'always' and 'twice' between the subject and the cue are adverbs
    ("The ferry board has always claimed that the crossings are safe.",
     [("indirect", "the crossings are safe", "The ferry board")]),
    ("Jane Doe has twice complained that the ferries run late.", [("indirect", "the ferries run late", "Jane Doe")]),
    # round 8: 'both' opening a clause is its subject ('they both said' keeps 'they')
    ("The two envoys met in Oslo, and both said the ferry talks would resume.",
     [("indirect", "the ferry talks would resume", "both")]),
    ("They both said the ferry talks would resume.", [("indirect", "the ferry talks would resume", "They")]),
    # round 8: a that-cue takes a long subject when it is a poll, study or record
    ("The new poll of ferry riders in all four ports revealed that most want night sailings.",
     [("indirect", "most want night sailings", "The new poll of ferry riders in all four ports")]),
    ('Naryshkin said: "Those in Washington, those in London, told Kiev: \'No peace talks, go and fight.\'"',
     [("direct", "Those in Washington", "Naryshkin"),
      ("direct", "No peace talks", "Those in Washington, those in London")]),
    ("The Foreign Ministry issued a statement saying the talks were over.",
     [("indirect", "talks were over", "The Foreign Ministry")]),
    # round 13: so for a direct quote after the participle, also when a relative clause hides the subject's verb
    ('Tom Brown, who had denied the claims all week, issued a statement on Tuesday saying, "We will not sail until '
     'the port is safe."', [("direct", "We will not sail", "Tom Brown")]),
    ('The memo ended with a line saying, "We will not sail until the port is safe."',
     [("direct", "We will not sail", "a line")]),  # no document head: unchanged
    ("Zelensky will win a second term, according to exit polls published by Interfax.",
     [("indirect", "Zelensky will win a second term", "exit polls published by Interfax")]),
    # a headline 'Name: statement' (a paragraph opening with a short name and a colon)
    ("Peskov: Talks with Kyiv are on hold for now\n\nThe Kremlin gave no details.",
     [("indirect", "Talks with Kyiv are on hold", "Peskov")]),
    # translated news: a spaced hyphen as the dash before a postposed attribution, then a dash-dialogue paragraph
    ("Ordinary Russians are no foes of ours - said Tom Brown.\n\n- We believe that their goal is Kyiv.",
     [("indirect", "no foes of ours", "Tom Brown"), ("indirect", "their goal is Kyiv", "We")]),
    ("We will respond - Biden said.", [("indirect", "We will respond", "Biden")]),
    # a noun use of a cue form is not a cue
    ("Erdogan will have the final say about the venue.", []),
    # round 12: an article or possessive and modifiers before a cue form and a verb make it a noun
    ("The angry tweet was removed by Tuesday.", []),
    ("Her early tweet followed another one about the ferries.", []),
    ("The former said the ferry port was shut.", [("indirect", "the ferry port was shut", "The former")]),
    ("Okafor denied it, and the oligarch said claims of a plot were a lie.",
     [("indirect", "claims of a plot were a lie", "the oligarch")]),
    ("Russia blocked the site, an action the ministry said was in response to the ban.",
     [("indirect", "in response to the ban", "the ministry")]),
    # round 12: a verbless opening before a cue with an object is no postposed report
    ("OSLO - On a wet Friday, the last stop of her ferry tour, Jane Doe told a joke.", []),
    ("The ferries, she said, would run again.", [("indirect", "would run again", "she")]),
    # round 18: a report interrupted by its attribution between commas is one quote, attribution inside
    ("The ferry deal, the envoy said, would be signed by June.",
     [("indirect", "The ferry deal, the envoy said, would be signed by June", "the envoy")]),
    ('The harbour plan, she added, would "change everything" for the island.',
     [("mixed", 'The harbour plan, she added, would "change everything" for the island', "she")]),
    ("Jane Doe spoke on Monday. The ferry deal, Doe said, would be signed by June. She added that tolls would fall.",
     [("indirect", "The ferry deal, Doe said, would be signed", "Doe"), ("indirect", "tolls would fall", "She")]),
    # ... not after a break in the first half, a first half ending on 'and', a dash before the speaker, nor before
    # the writer's comment or a 'without' + -ing adjunct (each row fails without its guard)
    ("When the strike ended, the port stayed shut, he said, the crews went home.",
     [("indirect", "When the strike ended, the port stayed shut", "he"), ("indirect", "the crews went home", "he")]),
    ("The port reopened and, the envoy said, the ferries ran on time.",
     [("indirect", "The port reopened and", "the envoy"), ("indirect", "the ferries ran on time", "the envoy")]),
    ("The port stayed shut – the envoy said, the crews went home.",
     [("indirect", "The port stayed shut", "the envoy"), ("indirect", "the crews went home", "the envoy")]),
    ("Tolls will rise, the minister said, a move that angered drivers.",
     [("indirect", "Tolls will rise", "the minister"), ("indirect", "a move that angered drivers", "the minister")]),
    ("Ferries were stopped, the envoy said, without giving a reason.",
     [("indirect", "Ferries were stopped", "the envoy"), ("indirect", "without giving a reason", "the envoy")]),
    # round 12: a verbless prepositional phrase after an 'according to' source is the source's own
    ("Okafor spoke.\n“The ferries are late. They always are,” Okafor said, according to a transcript of his "
     "radio show.\n“Nobody minds. The port is shut.”",
     [("direct", "always are", "Okafor"), ("direct", "Nobody minds", "Okafor")]),
    ("Fares rose in May, according to a transcript of the ferry hearing.",
     [("indirect", "Fares rose in May", "a transcript")]),
    ("According to the port office, at least 1,000 riders arrived overnight by ferry.",
     [("indirect", "1,000 riders arrived overnight", "the port office")]),
    # round 12: a relative clause with a subject and speech verb of its own ends the report before it
    ("Jane Doe criticized the ferry plan, which the port board said was too costly.",
     [("indirect", "the ferry plan", "Jane Doe"), ("indirect", "was too costly", "the port board")]),
    ("Doe said the ferry would be sold to Okafor, who runs the port.",
     [("indirect", "sold to Okafor, who runs the port", "Doe")]),
    ("Jane Doe said her partner, whom she called Tom, was ill.",
     [("indirect", "whom she called Tom, was ill", "Jane Doe")]),
    # round 12: a cue form right after a preposition is a noun
    ("Jane Doe's plea for caution rests on the view that fares are high.", []),
    # a quote the sentence runs on through is not attributed by the cue after it
    ('Lavrov said the ceasefire was "fragile" and he fears it will collapse.',
     [("mixed", "he fears it will collapse", "Lavrov")]),
    # (round 6: the programme title after a possessive is skipped, so the clause with no quoted words is indirect)
    ('Lavrov said on CBS\'s "Harbour Talk" that the talks had stalled.',
     [("indirect", "talks had stalled", "Lavrov")]),
    # words before a quote ending in a comma or dash are an aside when the quote opens its own clause
    ('As for the proposal, "It is dead on arrival," Lavrov said.', [("direct", "It is dead", "Lavrov")]),
    ('Despite the shelling, "we will keep talking," Peskov said.', [("direct", "we will keep talking", "Peskov")]),
    ('The plan, drafted in Paris, "ignores the front line," Lavrov said.',
     [("mixed", "The plan, drafted in Paris", "Lavrov")]),
    # a speaker after the quote: a determiner, adjectives and participles before the head noun
    ('"Nothing is settled yet," the grey-haired, 64-year-old envoy said.',
     [("direct", "Nothing is settled", "the grey-haired, 64-year-old envoy")]),
    ('"They have to sit down and talk," the retired colonel told a radio station.',
     [("direct", "sit down and talk", "the retired colonel")]),
    # a prepositional phrase between the cue and the quote; a quote over before 'and <verb>' has no tail
    ('Kuleba wrote to his 90,000 Telegram subscribers, "The door is still open," and posted a map.',
     [("direct", "door is still open", "Kuleba")]),
    ('Peskov said at a Kremlin press briefing on Monday, "We see no progress."',
     [("direct", "We see no progress", "Peskov")]),
    # a message or sign 'reading' a quote; a time adverbial after the quote is not part of it
    ('Kuleba posted a note on Telegram reading "Thank you Lithuania" minutes after the ruling.',
     [("direct", "Thank you Lithuania", "Kuleba")]),
    ('Lavrov said the plan was "dead" on Tuesday.', [("mixed", "the plan was", "Lavrov")]),
    ('"“We will not back down,” Kuleba said before adding that he would wait."', [("direct", "not back down", "Kuleba"),
                                                                                 ("indirect", "he would wait", "Kuleba")]),
    # a quote of four words or more in the object of a verb whose subject is a name, role noun or pronoun
    ('Lavrov praised "the constructive spirit of the Istanbul talks."',
     [("direct", "constructive spirit", "Lavrov")]),
    ('Lavrov praised the "constructive spirit of the Istanbul talks" on Monday.',
     [("mixed", "the \"constructive spirit", "Lavrov")]),
    # a quote closed by a comma before a new verb is over; a base verb after a modal takes an object too
    ('Lavrov praised "the constructive spirit of the talks," thanked Ankara and left.',
     [("direct", "constructive spirit", "Lavrov")]),
    ('Lavrov would never accept "a peace plan written in Washington and Brussels."',
     [("direct", "written in Washington", "Lavrov")]),
    # a programme named after a noun such as 'show', after 'told', or in Title Case with small words is no quote
    ('"It is too early," said Lavrov, a guest on the TV show "Face the Nation." "We will see."',
     [("direct", "too early", "Lavrov"), ("direct", "We will see", "Lavrov")]),
    ('"We have to talk," the minister told "Fox and Friends" after the summit.',
     [("direct", "We have to talk", "the minister")]),
    ('"We will publish the minutes," Lavrov said in an interview on CNN\'s "Ferry Hour" on Sunday.',
     [("direct", "publish the minutes", "Lavrov")]),
    # an attributed quote closed by a comma before a new phrase (determiner, name, adverb) takes no tail
    ('According to Lavrov, "The talks in Geneva are over," presumably meaning no deal this year.',
     [("direct", "talks in Geneva are over", "Lavrov")]),
    # straight single quotes as the main quotes in a long paragraph that also has a "double" quote
    ('The envoy, known as a "hawk", spoke at length. Asked about a winter offensive, Berg said, '
     "'I'm deeply worried about it.' The talks, he added, would resume.",
     [("direct", "deeply worried", "Berg"), ("indirect", "would resume", "he")]),
    # round 5 (direct): both conjuncts of a coordinated speaker after a quote; the subject of the clause a
    # participle cue closes when the sentence has no plain subject
    ('"The ceasefire is over," the Ukrainian envoy and former defence minister said in a statement.',
     [("direct", "ceasefire is over", "the Ukrainian envoy and former defence minister")]),
    ('The first incident came during a forum in Lviv, when union activists interrupted her speech, shouting "we want '
     'fair wages now!"', [("direct", "we want fair wages now", "union activists")]),
    # a participle cue inside an absolute 'with' phrase belongs to the noun phrase after 'with'
    ('Thousands marched in Kyiv, with many veterans and students chanting "No deal with Moscow."',
     [("direct", "No deal with Moscow", "many veterans and students")]),
    # a participle cue after a 'where' clause belongs to that clause's subject
    ('Kuleba spoke outside the town hall, where about 30 activists had gathered on Friday, chanting "bring '
     'them home" after the vote.', [("direct", "bring them home", "30 activists")]),
    # a long coordinated speaker with an apposition: the cue up to 18 tokens after the quote
    ('"We can only guess at the motive," regional council leader Ivan Petrov and House Speaker Olga '
     'Sidorova, both members of the bloc, said in a statement.',
     [("direct", "guess at the motive", "regional council leader Ivan Petrov and House Speaker Olga Sidorova")]),
    # participles coordinated by 'and' after a 'that' clause: never the subject of the 'that' clause
    ("A senior Ukrainian commander has urged the allies to upgrade their air defences, warning that the Kremlin "
     "was building drones faster than Europe and adding: 'The big wave is coming'.",
     [("indirect", "the allies to upgrade", "A senior Ukrainian commander"),
      ("indirect", "building drones", "A senior Ukrainian commander"),
      ("direct", "The big wave is coming", "A senior Ukrainian commander")]),
    # "he laughed and said": the pronoun subject of the coordinated verb, not the name earlier in the sentence;
    # the question put to him is reported with no speaker (round 6, like "Asked whether …")
    ('When Ivan Petrov, the campaign manager, was asked whether the talks would resume, he laughed and said, "We '
     'will see."', [("indirect", "the talks would resume", None), ("direct", "We will see", "he")]),
    # round 14b: 'and/but, according to X,' in mid-sentence vouches for the clause after the conjunction only
    ("The ferry left at noon and, according to the port office, it will return on Friday.",
     [("indirect", "it will return on Friday", "the port office")]),
    ("Jane Doe sold the boat, but, according to her lawyer, the sale was never signed.",
     [("indirect", "the sale was never signed", "her lawyer")]),
    # round 14b: after a verbless opening (a subject or an adverbial) the source stands inside one clause
    ("The main obstacle, according to the port office, is the weather at sea.",
     [("indirect", "The main obstacle, according to the port office, is the weather at sea", "the port office")]),
    ("In the north, according to Tom Brown, two ferries ran aground.",
     [("indirect", "In the north, according to Tom Brown, two ferries ran aground", "Tom Brown")]),
    ("Fares rose in May, according to the port office.",
     [("indirect", "Fares rose in May", "the port office")]),  # unchanged: the clause before the source
    ("On Friday, according to the port office, Tom Brown said the ferries would stop.",
     [("indirect", "Tom Brown said the ferries would stop", "the port office")]),  # unchanged: a cue after it
    # round 14b: expect + object + to-infinitive is a belief report; no object, a plain object or a passive is not
    ("Analysts expect the ferry fares to rise in May.",
     [("indirect", "the ferry fares to rise in May", "Analysts")]),
    ("The port office expects Tom Brown to resign.", [("indirect", "Tom Brown to resign", "The port office")]),
    ("Jane Doe expects to sail on Friday.", []),
    ("The port expects a busy summer.", []),
    ("Tom Brown expected the ferry to the island.", []),
    ("The ferries were expected to sail at noon.", []),
    # round 15: a postposed attribution closed by one long verbless prepositional phrase (the occasion)
    ("The ferries would sail on Monday, the minister said in a speech to the harbour forum in Oslo.",
     [("indirect", "The ferries would sail on Monday", "the minister")]),
    ("The port is to get more cranes, the port minister has confirmed during a long phone conversation with Mayor "
     "Tom Brown.", [("indirect", "The port is to get more cranes", "the port minister")]),
    ("The port should take a clearer stance, the envoys wrote in an unusual appeal to the harbour council and its "
     "mayor.",
     [("indirect", "The port should take a clearer stance", "the envoys")]),
    ("The ferry fares will rise, Jane Doe wrote in a long post on her website.",
     [("indirect", "The ferry fares will rise", "Jane Doe")]),
    # … but not a phrase the cue governs ('criticized by', 'asked for', 'insists on + gerund')
    ("The harbour kept two ferries in reserve, a practice criticized by Jane Doe and several captains.", []),
    ("The captain needed to lighten the ferry and asked for volunteers to leave at the next port.", []),
    # guard review 15: the tail is no closing phrase when it opens with a gerund ('insisted on keeping …'), has an
    # '-ed' verb in it, or has any verb ('… in a letter the port must close'): the clause before is not the content
    ("Two ferries stayed in port all week, the captain insisted on keeping the crews at home.",
     [("indirect", "on keeping the crews at home", "the captain")]),
    ("On Monday morning, as the old ferry sailed through the strait, the port office reported at least six boats "
     "filled the harbour with smoke.", []),
    ("The ferries are unsafe, the captain warned in a letter the port must close.", []),
    # round 15: an opening 'according to <document> by/from <source>,' reads the whole source, so the content
    # starts at the clause after its comma (not at 'by …')
    ("According to a statement by the port authority, the ferries will sail on Monday.",
     [("indirect", "the ferries will sail on Monday", "a statement by the port authority")]),
    ("According to a ferry survey published by Okafor Lines, most riders want later ferries.",
     [("indirect", "most riders want later ferries", "a ferry survey published by Okafor Lines")]),
    # guard review 15: a relative clause after the whole source: no content starting 'by …' (nothing after the
    # source is read); a clause before the source keeps the whole source
    ("According to a statement by the port authority, which runs the ferries, most ferries will sail.", []),
    ("According to a report by the team that ran the survey, fares will rise.",
     [("indirect", "fares will rise", "a report by the team that ran the survey")]),
    ("The ferries stopped, according to a statement by the port authority, which runs them.",
     [("indirect", "The ferries stopped", "a statement by the port authority")]),
    # review 15: an '-ed' word inside the source phrase does not cut it to its head
    ("According to a survey of captains conducted by the union, most ferries will sail.",
     [("indirect", "most ferries will sail", "a survey of captains conducted by the union")]),
    ("According to the staff of the armed ferry guard, the ferries will sail on Monday.",
     [("indirect", "the ferries will sail on Monday", "the staff of the armed ferry guard")]),
    # round 19: must not change: a label word inside the clause, not opening it
    ('Anna Berg cheered on Twitter: "The talks are over."', [("direct", "talks are over", "Anna Berg")]),
    # (review19) must not change: a label word before a comma, not a colon; a label word before a name (every word
    # of the phrase must be a label word)
    ('Related, "We had no choice," the captain said.', [("direct", "no choice", "the captain")]),
    ('The ferries stopped. Watch Anna Berg: "We had no choice"', [("direct", "no choice", "Watch Anna Berg")]),
]

NOTHING = [
    "The fare rise on the ferries, which helps explain why riders left, was steep.",  # 'helps' is no plural
    "Two ferries and three tugboats, however, suggests the port is busy.",  # an -s cue takes no plural subject
    "The owners of the old ferry in the north harbour know the captain well.",  # a long subject, no poll
    'The so-called "peace plan" was discussed in Geneva.',
    'The 10-point “peace plan” outlined by Kiev calls for a withdrawal.',
    'He appeared on the talk show "Moscow. Kremlin. Putin" on Sunday.',
    "Russian forces shelled the town overnight, officials in the region reported in a statement.",
    "The meeting was said to be productive.",
    'The "Azov" battalion, nicknamed "the Wolves", moved east.',
    "Peskov said.",
    "",
    "Negotiations resumed on Monday in Istanbul after a two-month pause.",
    'Peskov spoke on CBS\'s "Face the Nation" on Sunday.',
    'The film "War and Peace" opened in Moscow on Friday.',
    "The report was published, as he said at the outset, on Monday.",
    "Kremlin said.",
    # a belief cue without 'that' and without a clause after it: nothing reported
    "They believe in a negotiated peace.",
    "I know it.",
    # headline-like labels and section headers are not attributions
    "Update: The talks were postponed until May after a long dispute.",
    "MOSCOW: Russia shelled the town overnight and officials counted the damage.",
    "Berg: Now or never\n\nThe mayor needs a win in Odesa.",
    # a headline 'Name: …?' asks the writer's question about the person (round 18; found a report before)
    "Jane Doe: Harbour hero or another career politician?\n\nThe race is close.",
    "Tom Brown: See you at the pier?\n\nHe lost the vote.",
    "Photograph: Anna Berg/Getty Images",
    # round 19: a quote after a link label opening the sentence is a linked item's title (failed before: 'Related')
    "The ferries stopped. Related: ‘We had no choice’: the crews who stayed at sea",
    "Read more: “Nobody came”: a night on the pier",
    "The added security in Kyiv brought controversy as well.",
    # stance verbs: passive, agent inside a reduced relative, a noun use, no object
    "The plan was rejected by Moscow on Tuesday.",
    "The ceasefire backed by Ankara calls for a pause in shelling.",
    "Calls for talks grew louder in the spring.",
    "Russia declined.",
    "He blamed.",
    "The proposal, which was rejected, called for nothing new.",
    "Commitments were made but later dismissed or not fully implemented.",
    # negated or hypothetical speech did not happen (docs/gold_quotes_guide.md)
    "Peskov did not say that talks would resume.",
    "Lavrov wouldn't confirm that the meeting took place.",
    "If he says that he does not want negotiations, the talks are over.",
    "Kyiv could agree to a ceasefire along the current line.",
    "Leaders might say that the talks failed.",
    # a negated quantifier speaks for no one (round 10 reported-speech audit)
    "No one seriously thinks that the ferries will run by May.",
    "Nobody believes that the envoys will meet again.",
    "No poll shows that the port deal is popular.",
    # 'agree to' + a noun phrase is an act, not a reported commitment
    "Tom Brown agreed to a pause in the port talks.",
    "Okafor agreed to the plan for the ports on Monday.",
    "It is unlikely that Kyiv will ever agree to such a pause.",
    # 'pledged' + object + relative 'that' is no report; 'state' as a noun is no cue
    "Zelensky pledged his commitment to the reforms that she has pushed.",
    "More rural Liberal state legislators have backed him.",
    # an 'Asked …' opening without a wh-clause, and 'In …' openings that are not polls or studies
    "Asked about the war, he smiled.",
    "In the video released Sunday, soldiers walk along a road.",
    "In a poll, three.",
    # a quote the sentence runs on through, or a title after a preposition/determiner/possessive, is no quote
    'As the "Peace Now" movement continues to grow, the rally drew thousands.',
    'After the news spread, the "Avatar" star posted a message about the talks.',
    'The envoy was the founder of "Diplomats for Peace." He left early.',
    'She wrote in her memoir, "Quiet Borders."',
    'Kyiv rejected the so-called "peace plan" on Monday.',
    'The movie, "War and Peace: The Final Chapter," opened on Friday.',
    'Russia blasted the plan for its "outrageous" terms.',
    'Officials in Kyiv landed in Geneva for the "peace summit of all nations" on Friday.',
    # an adjunct of the speech act after the cue is no content
    "Lavrov, the foreign minister, said at a news conference in Moscow in December.",
    "The sanctions were criticized on social media.",
    "The envoy said when a reporter asked him a question.",
    # quote marks of markup attributes are no quotes
    '<tweet id="1" author="@envoy" datetime="2023-01-17">The talks in Istanbul will resume in May</tweet>.',
    # round 13 (embedded posts), no post signature: a dated line with no handle, an e-mail address before a date, a
    # photo credit with a handle, an Instagram caption line (its post's words are not in the text), a handle in a
    # sentence; a signature after only links and emoji; a marked-up embed (its tags delimit it)
    "The ferry left at noon.\n\n— Tom Brown, May 8, 2022",
    "Write to jane@example.com May 8, 2022 for the ferry times.",
    "A ferry docks at Varna.\n\n— Photo: Tom Brown (@tbrown) May 8, 2022",
    "The envoys met again.\n\nA post shared by Jane Doe (@janedoe)\n\nThe ferries sailed.",
    "The envoys met again. Contact: Jane Doe (@janedoe) on May 8, 2022.",
    "pic.twitter.com/Ab1 🇺🇦 — Jane Doe (@janedoe) May 8, 2022",
    '<tweet author="@janedoe">The ferries sailed. — Jane Doe (@janedoe) May 8, 2022</tweet>',
    # round 13 (transcript turns), colon lines that are no turns: boilerplate labels and times, headings of a
    # roundup followed by narration, lists of names, labels of boilerplate in capitals
    "Key points: the ferries stop. Update: the port reopened at 10:30. Photo: Jane Doe. Note: times are local.",
    "Read more: ferries resume. Warning: the port is closed. Details: envoys meet in Geneva on Monday.",
    "Brown: Win in a walk.\n\nTom Brown leads the race for mayor by ten points.\n\nOkafor: Hold on.\n\n"
    "Ann Okafor needs a strong showing in the port districts.",
    "North Port: Jane Doe, Tom Brown, Ann Lee, Sam Okafor.\n\nSouth Port: Ann Brown, Tom Lee, Jo Doe, Al Okafor.",
    "LATEST: The ferries stopped at dawn. DON'T MISS: The port reopened later in the day.",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_extracts_expected_quotes(text, expected):
    quotes = run(text)
    got = [(q.kind, q.text, spk(text, q)) for q in quotes]
    assert len(quotes) == len(expected), got
    for q, (kind, content, speaker) in zip(quotes, expected):
        assert q.kind == kind, got
        assert content in q.text, got
        assert spk(text, q) == speaker, got
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text,content", [
    # a closing 'in' + time phrase belongs to the report; 'in' + an occasion of the speech act does not
    ("Kuleba said he had met many envoys in recent weeks.", "he had met many envoys in recent weeks"),
    ("Peskov said exports had fallen in the last few years.", "exports had fallen in the last few years"),
    ("Peskov said exports had fallen sharply in the same period.", "exports had fallen sharply in the same period"),
    ("Kuleba said he had met many envoys in an interview on Monday.", "he had met many envoys"),
    ("Kuleba said he had met many envoys in the earlier briefing.", "he had met many envoys"),
    ("Kuleba said he had met many envoys in a television interview this week.", "he had met many envoys"),
])
def test_closing_in_phrase(text, content):
    assert [q.text for q in run(text)] == [content]


@pytest.mark.parametrize("text,contents", [
    # round 18: 'A, X said, B' is one quote whose text is the article's, attribution included
    ("Rail fares in the north, the envoy said, would rise in June.",
     ["Rail fares in the north, the envoy said, would rise in June"]),
    ("The port was shut for a week, the envoy said, the crews went home.",
     ["The port was shut for a week, the envoy said, the crews went home"]),
    # a count of time units + ago/earlier/later opens the sentence and is no report (fails without the guard:
    # one quote from "Six weeks ago")
    ("Six weeks ago, the envoy said, the port was still shut.", ["the port was still shut"]),
    ("Two years later, the envoy said, the port was still shut.", ["the port was still shut"]),
    # a first half before a quote that opens on a finite verb is its subject: one mixed quote; not before a quote
    # with its own subject, nor after a break in the first half
    ('The ferry deal, the envoy added, "will be signed by June."',
     ['The ferry deal, the envoy added, "will be signed by June."']),
    ('On Saturday, Jane Doe said, "we will not sign."', ['"we will not sign."']),
    ('When the talks ended, the port, Jane Doe said, "was shut."', ['"was shut."']),
    # a first half of any length is the subject of a report opening on a finite verb (round 12 had left a short
    # one out); a short opening before a report with its own subject stays out
    ("The ferries, she said, would run again.", ["The ferries, she said, would run again"]),
    ("Russia, the envoy said, is ruled by fear.", ["Russia, the envoy said, is ruled by fear"]),
    ("Now, the envoy said, the port is shut.", ["the port is shut"]),
    # must not change: direct halves stay two quotes
    ('"The ferry deal," the envoy said, "will be signed by June."',
     ['"The ferry deal,"', '"will be signed by June."']),
    # (review18) not after a dash typed with hyphens inside the first half (fails without ``dash_at`` there); a
    # quote after a cue before its speaker or after no comma is no second half (the last fails without its guard)
    ("The port -- and the piers -- stayed shut, the envoy said, the crews went home.",
     ["The port -- and the piers -- stayed shut", "the crews went home"]),
    ('Such fees, said the envoy, "would hit the islands hardest."', ['"would hit the islands hardest."']),
    ('Such fees, the envoy said "would hit the islands hardest."', ['"would hit the islands hardest."']),
])
def test_interrupted_report(text, contents):
    assert [q.text for q in run(text)] == contents


@pytest.mark.parametrize("text,first,second", [
    # round 18: a first half holding a cue and 'that' is another report; no quote joins the two
    ('Tom Brown argued that the plan, Jane Doe said, "would fail."', "argued", "would fail"),
    # (review18) must not join: a first half that is itself a quote closed by a comma
    ('The "ferry deal," the envoy said, would be signed by June.', "ferry deal", "would be signed"),
])
def test_interrupted_report_keeps_other_reports_apart(text, first, second):
    assert not any(first in q.text and second in q.text for q in run(text))


@pytest.mark.parametrize("text", NOTHING)
def test_finds_nothing(text):
    assert run(text) == []


def test_nested_quote_links_to_outer():
    text = 'Naryshkin said: "Those in London told Kiev: \'No peace talks, go and fight.\'"'
    outer, inner = run(text)
    assert outer.nested_in is None
    assert inner.nested_in == outer.quote_id
    assert outer.start <= inner.start < inner.end <= outer.end


def test_multi_paragraph_quote_is_one_span():
    text = ('Peskov said: "The first part of the answer runs to the end of this paragraph.\n\n'
            '"And the second part closes it here."\n\nTalks resumed.')
    quotes = run(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith('"The first') and quotes[0].text.endswith('here."')
    assert spk(text, quotes[0]) == "Peskov"


def test_floating_quote_inherits_previous_speaker():
    text = ('"We are ready for talks," Lavrov said.\n\n'
            '"But the West must stop sending weapons to Kyiv first."')
    first, second = run(text)
    assert second.method == "floating"
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)
    assert second.confidence < first.confidence


@pytest.mark.parametrize("text,mention", [
    # round 13: the speaker mentioned last before the quote, not the speaker of the report read last (an object
    # cue's subject earlier in the same sentence)
    ('Her old friends have mocked the ferry plan, Jane Doe said as she stood up.\n\n"Still, the captain is ours, and '
     'the crew will follow him!"', "Jane Doe"),
    ('"We are ready for talks," Lavrov said.\n\n"But the West must stop sending weapons to Kyiv first."', "Lavrov"),
])
def test_floating_quote_inherits_the_speaker_mentioned_last(text, mention):
    assert spk(text, run(text)[-1]) == mention, [(spk(text, q), q.text) for q in run(text)]


def test_pronoun_resolves_to_previous_speaker_but_keeps_its_span():
    text = 'Dmitry Peskov spoke on Tuesday. "Talks are frozen," Peskov said.\n\n"We will see," he added.'
    quotes = run(text)
    assert quotes[-1].speaker == "Dmitry Peskov"  # the unregistered surname in full (round 15), as for "Peskov said"
    assert quotes[-2].speaker == "Dmitry Peskov" and spk(text, quotes[-2]) == "Peskov"
    assert spk(text, quotes[-1]) == "he"


@pytest.mark.parametrize("text, flagged", [
    ('Peskov said "talks are frozen and "will stay so.', 0),
    ('"Unclosed quote in a paragraph that never ends its quote, Peskov said.\n\nNext paragraph.', 1),
    ('”Backwards quote marks“ he said. » « ‘ ’ \' " "', 1),
    ('"""""', 0),
    ("He said: “Talks are on hold.\nThey will resume later,” Peskov said.", 1),
])
def test_unbalanced_marks_never_crash_and_stay_in_bounds(text, flagged):
    # review19: the bound was a fixed ceiling (0.9, loosened to 0.95 by conf19's refit), met by unflagged quotes too;
    # now: offsets and confidence in bounds, the defective marks flagged, and a flagged quote scoring below the same
    # quote with balanced marks (the same features without "marks=flagged", under the table's weights)
    from peacetalks.quotes import extract_with_features
    from peacetalks.quotes._confidence import load_weights, score

    weights = load_weights()
    got = extract_with_features(text, article_id="t", registry=REG)
    for q, on, _rule in got:
        assert 0 <= q.start < q.end <= len(text)
        assert 0.0 <= q.confidence <= 1.0
        if "marks=flagged" in on:
            assert q.confidence < score([f for f in on if f != "marks=flagged"], weights), (q.text, on)
    assert sum("marks=flagged" in on for _q, on, _rule in got) == flagged


def test_unbalanced_paragraph_lowers_confidence():
    clean = run('"Talks are frozen for now," Peskov said.')[0]
    broken = run('"Talks are frozen for now," Peskov said. He added "and more')[0]
    assert broken.confidence < clean.confidence


@pytest.mark.parametrize("text,n", [
    ('She said "yes", and he said "no".', 2),
    ('He said: "one" and "two" and "three."', 3),
    ('"“We will win,” he said."', 1),  # a doubled opener: the typographic quote counts
])
def test_quote_spans_pairs_marks(text, n):
    spans = quote_spans(text)
    assert len(spans) == n
    assert all(text[s.start] in "\"“" and text[s.end - 1] in "\"”" for s in spans)


def test_offsets_refer_to_text_as_given_with_crlf():
    text = 'Intro line.\r\n\r\n"We are ready," Peskov said.\r\n'
    q = run(text)[0]
    assert text[q.start:q.end] == '"We are ready,"'


def test_bad_inputs_raise_value_error():
    with pytest.raises(ValueError):
        extract_quotes(None, article_id="x", registry=REG)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        extract_quotes("He said hi.", article_id="x", published="17/01/2023", registry=REG)
    with pytest.raises(ValueError):
        extract_quotes("He said hi.", article_id="x", published="2023-02-30", registry=REG)


@pytest.mark.parametrize("published", [None, "", "2023-01-17", "2023-01-17T09:30:00Z", "2023-01-17 09:30"])
def test_published_accepts_iso_dates_and_timestamps(published):
    assert extract_quotes('"We are ready," Peskov said.', article_id="x", published=published, registry=REG)


def test_cli_records_have_exactly_the_contract_keys():
    rows = cli_records({"id": "a1", "text": '"We are ready," Peskov said. The so-called "plan" failed.',
                        "published": "2023-01-17"})
    assert rows and all(tuple(r) == CLI_KEYS for r in rows)
    assert rows[0]["speaker_start"] is not None and rows[0]["article_id"] == "a1"
    json.dumps(rows)


def test_cli_quotes_command(tmp_path):
    inp, out = tmp_path / "a.jsonl", tmp_path / "q.jsonl"
    inp.write_text(json.dumps({"id": "a", "text": '"Talks are frozen," Peskov said.'}) + "\n"
                   + json.dumps({"id": "b", "text": "No quotes here."}) + "\n"
                   + json.dumps({"id": "c", "text": "x", "published": "yesterday"}) + "\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "peacetalks", "quotes", "--input", str(inp), "--output", str(out)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["article_id"] for r in rows] == ["a"]
    assert set(rows[0]) == set(CLI_KEYS)
    assert "rejected" in res.stderr


# --- speakers the study cannot use: first person in narration, unresolved relatives, glossed names ---------
@pytest.mark.parametrize("text,speaker", [
    # a dash-dialogue paragraph (interview transcripts) continues the previous speaker
    ('"Talks are possible," said Lavrov.\n\n- I think that Kyiv is not ready for them.', "Lavrov"),
    # 'who' without a comma: the noun phrase it follows
    ("The move was praised by Slovak officials who said that the boy was a hero.", "Slovak officials"),
    # ... also a plain noun phrase outside the lexicon (no capital, no role noun)
    ("Farmers avoid loans from regional bank managers who think that they know best.", "regional bank managers"),
    ("Most pensioners disagree, compared with the 22 percent who say that the truce will last.", "the 22 percent"),
    # a 'who' with no noun phrase before it refers to nobody: unattributed
    ("He backed her in the vote but who said that the truce will last?", None),
])
def test_first_person_and_relative_speakers(text, speaker):
    quotes = run(text)
    assert quotes, text
    assert quotes[-1].speaker == speaker, [(q.speaker, q.text) for q in quotes]
    if speaker is None:
        assert quotes[-1].speaker_start is None and quotes[-1].side is None


@pytest.mark.parametrize("text,mention", [
    # the author's own 'I think' is not a quote of an actor: the pronoun as written, no actor, no side
    ("I think the talks will fail before the summer.", "I"),
    ("We believe that the ceasefire will not hold.", "We"),
    ("Q: Do you think that the ceasefire will hold?", "you"),
])
def test_first_person_narrator_kept_as_written(text, mention):
    q = run(text)[-1]
    assert (q.speaker, spk(text, q), q.method) == (mention, mention, "first-person")
    assert q.actor_id is None and q.side is None


def test_first_person_inside_a_quote_is_the_quote_speaker():
    text = '"I think that the talks will fail," Lavrov said.'
    assert [(q.speaker, q.method) for q in run(text) if q.nested_in is None] == [("Lavrov", "quote+cue")]


def test_parenthesised_gloss_is_not_part_of_the_resolved_name():
    text = "The CIS (Commonwealth of Independent States) Department said that talks were possible."
    seen = []

    class Recording(PlainRegistry):
        def resolve(self, mention, *, date=None, context=()):
            seen.append(mention)
            return super().resolve(mention, date=date, context=context)

    quotes = extract_quotes(text, article_id="t", registry=Recording())
    assert [q.speaker for q in quotes] == ["The CIS Department"]
    assert text[quotes[0].speaker_start:quotes[0].speaker_end].startswith("The CIS (Commonwealth")


# corpus audit VII, run by the round-12 organisation-noun test below (same body)
AUDIT7_SPEAKERS = [
    # "the army" / "the military" / "the navy" after a country's army named with its adjective or possessive; the
    # noun used as a modifier ("military command posts", "the military operation") names no organisation
    ("The Moldovan army pulled back from the port on Sunday. The army said the ferries were safe.",
     ["Moldovan army"]),
    ("The Danish military has sent two ferries. The military said both would sail on Monday.", ["Danish military"]),
    # registry qualifiers too (review fix); the noun before a verb with an object names the army (round 15: the
    # Russian and Ukrainian armed forces are registry rows, so the speaker is the registry's name)
    ("The Ukrainian army took the port on Sunday. The army said the ferries were safe.", ["Armed Forces of Ukraine"]),
    ("Russia's military now holds the port. The military said both ferries would sail.", ["Russian Armed Forces"]),
    # must keep the noun
    ("Drones hit Moldovan military command posts overnight. The military said the port was shelled.", ["military"]),
    ("When the Danish military operation began, ports shut. The military said ferries would wait.", ["military"]),
    ("A Moldovan army unit guarded the port. The army said the ferries were safe.", ["army"]),
    # a definite role phrase the article used before as the title of a name ("MI6 chief Jane Doe" … "the MI6 chief
    # said") stands for that name; another use of the phrase that titles no one or someone else keeps it as written
    ('Ferry union chief Tom Okafor met the envoys on Monday. "The talks went well," the ferry union chief said.',
     ["Tom Okafor"]),
    ("Beer wholesaler Harbour Ales shipped the casks from Lviv. The crossing took five days, the wholesaler said.",
     ["Harbour Ales"]),
    ('On Monday psychotherapist Ann Lee wrote about the war. "Grief can coexist with relief," the psychotherapist '
     'said.', ["Ann Lee"]),
    # must keep the phrase
    ('Deputy governor Jane Doe spoke first. "We are safe," the governor said.', ["governor"]),
    ('Jane Roe, a fine artist from Leeds, painted the wall. Street artist Ann Lee curates the yard. "Make art," the '
     'artist said.', ["artist"]),
    ('The UN Secretary General Tom Okafor spoke. "We are safe," the secretary said.', ["secretary"]),
    ("The ferry union chief said on Monday that the talks went well.", ["union chief"]),
    # review fix: a title opening the sentence is no part of the name; two names under one title, a weekday
    # after the title, a name found inside the phrase keep the phrase
    ('Psychotherapist Ann Lee wrote about the war. "Grief can coexist with relief," the psychotherapist said.',
     ["Ann Lee"]),
    ('Ferry union chief Tom Okafor met the envoys. Later, ferry union chief Ann Lee spoke. "We disagree," the ferry '
     'union chief said.', ["ferry union chief"]),
    ('A ferry union chief Monday urged calm. "We disagree," the ferry union chief said.', ["ferry union chief"]),
    ('Odesa port chief Odesa met us. "We disagree," the Odesa port chief said.', ["Odesa port chief"]),
    ('We met a ferry union chief Monday Night Football fans know. "We disagree," the ferry union chief said.',
     ["ferry union chief"]),
    # "May" may start a name after a title (the registry reads it as a date word and keeps the surname)
    ('Ferry union chief May Okafor met us. "We disagree," the ferry union chief said.', ["Okafor"]),
    # a one-word name keeps the title as written (royal and church titles are part of how people are named)
    ('Prince Okafor toured the port. "We are grateful," the prince said.', ["Prince Okafor"]),
    # a definite person noun the registry has no title for ("the singer") stands for the named person who spoke at
    # most two sentences before; someone new in between, a generic noun or a longer gap keep it as written
    ('Jo Doe, who fronts a rock band, told Harbour Radio that the tour would go on. "We will play in Lviv," the '
     'singer said.', ["Jo Doe", "Jo Doe"]),
    ('Jo Doe, who fronts a rock band, told Harbour Radio that the tour would go on. "We will play in Lviv," the '
     'Harbour Blues singer said.', ["Jo Doe", "Jo Doe"]),
    # must keep the noun
    ('Jo Doe told Harbour Radio that the ferries would sail. "We will not sail," the ferry operator said.',
     ["Jo Doe", "ferry operator"]),
    ('Jo Doe told Harbour Radio that the ferries would sail. "We will not sail," the port\'s manager said.',
     ["Jo Doe", "port's manager"]),
    ('Jo Doe told Harbour Radio that the tour would go on. A singer from Lviv disagreed. "We will not play," the '
     'singer said.', ["Jo Doe", "singer"]),
    ('Jo Doe told Harbour Radio that the tour would go on. "We will not play," the woman said.', ["Jo Doe", "woman"]),
    ('Jo Doe told Harbour Radio that the tour would go on. The ferries were late. The roads were shut. The vans broke '
     'down. "We will not play," the singer said.', ["Jo Doe", "singer"]),
    # must keep the noun (review fix): someone other than the last speaker — a new-referent modifier, an anonymous
    # person noun, the other side of the exchange, an organisation, an office holder, an indefinite "another"
    *[(f'Jo Doe told Harbour Radio that the tour would go on. "We disagree," the {noun} said.', ["Jo Doe", want])
      for noun, want in [("other", "other"), ("other singer", "other singer"), ("rival singer", "rival singer"),
                         ("new singer", "new singer"), ("second singer", "second singer"), ("observer", "observer"),
                         ("Kremlin insider", "Kremlin insider"), ("interviewer", "interviewer"),
                         ("moderator", "moderator"), ("questioner", "questioner"), ("attacker", "attacker"),
                         ("Black Sea ferry operator", "Black Sea ferry operator")]],
    ('Jo Doe told Harbour Radio that the tour would go on. "Will you resign?" the reporter asked.',
     ["Jo Doe", "reporter"]),
    ('Volodymyr Zelensky told Harbour Radio that the ferries would sail. "We will not sail," the singer said.',
     ["Volodymyr Zelensky", "singer"]),
    ('Jo Doe told Harbour Radio that the tour would go on. Another Lviv singer disagreed. "We will not play," the '
     'singer said.', ["Jo Doe", "singer"]),
]

# corpus audit VIII: a nationality that modifies a noun ("The Polish position", "a Polish attack", "The Polish
# economy") is no antecedent of "he"/"she"; before a person noun, a verb or a relative it stays one
AUDIT8_SPEAKERS = [
    ('The Polish position was set out by Foreign Minister Tom Okafor on Monday. "We back the ferry deal," he said.',
     ["Tom Okafor"]),
    ('Jane Doe came to the port. The Polish economy is weak. "It was terrible," she said.', ["Jane Doe"]),
    # must keep the nationality
    ('A Polish refugee reached the port on Monday. "It was terrible," she said.', ["Polish"]),
    ('Tom Okafor met the Polish despot in March. The Polish despot threatened the port. "I am not bluffing," he '
     'said.', ["Polish"]),
    ('A Polish who fled the port spoke to us. "It was terrible," he said.', ["Polish"]),
    # the tail of a link glued before a name ('pic.twitter.com/<slug> Jane Doe') is no part of the name
    ('The mayor posted a clip. pic.twitter.com/Xy3kQaB7 Jane Doe filmed the port. "We were shelled," she said.',
     ["Jane Doe"]),
    ('The mayor posted a clip. pic.twitter.com/Xy3kQaB7 Okafor filmed the port. Okafor said: "We were shelled." '
     '"It was terrible," he said.', ["Okafor", "Okafor"]),
    ('pic.twitter.com/Xy3kQaB7 Okafor told reporters: "We were shelled."', ["Okafor"]),
    # a floating quote after a sentence whose subject is "it" stays with the last speaker
    ('"The ferries are late," Jane Doe said. "We waited all night." It was a long crossing. "The crew was tired."',
     ["Jane Doe", "Jane Doe", "Jane Doe"]),
    # must keep a named subject before a floating quote
    ('"The ferries are late," Jane Doe said. Tom Okafor was angry. "The crew was tired."', ["Jane Doe", "Tom Okafor"]),
    # must keep a name after the slash ("YouGov" is no link tail)
    ('Most voters in a Harbour News/YouGov poll said the ferries were late.', ["YouGov poll"]),
]

AUDIT9_SPEAKERS = [
    # a noun in -ly before the cue is no adverb: "The family said" has the family as speaker, not "The"
    ('The family said the ferry never came.', ["family"]),
    ('"We waited all night at the port," the family said.', ["family"]),
    ("Tom Okafor was taken at the port. Okafor's family said he was a ferry pilot.", ["Okafor's family"]),
    ('The assembly said the ferries would run again.', ["assembly"]),
    # must keep skipping a real adverb in -ly
    ('Tom Okafor publicly said the ferries were late.', ["Tom Okafor"]),
    # "…," said <role or kin phrase>, <name>.: the name in the closing apposition speaks
    ('"We waited all night," said his mother, Jane Doe.', ["Jane Doe"]),
    ('"We waited all night," said Mr. Okafor\'s partner, Jane Doe.', ["Jane Doe"]),
    ('"The ferries are late," said the port authority spokesman, Tom Brown, on Monday.', ["Tom Brown"]),
    # must keep the phrase: no name after the comma, a weekday, or a name followed by more words
    ('"We waited all night," said his mother.', ["his mother"]),
    ('"The ferries are late," said the spokesman, Monday.', ["spokesman"]),
    ('"The ferries are late," said the envoy, Tom Brown and Jane Doe.', ["envoy"]),
    ('"The ferries are late," said Okafor, a farmer.', ["Okafor"]),
]

AUDIT10_SPEAKERS = [
    # "the official" / "the senior official" just after a named speaker is that speaker
    ('"The port will reopen," Tom Okafor said on Harbour Radio. "We need ten ships," the official added.',
     ["Tom Okafor", "Tom Okafor"]),
    ('"The port will reopen," said Tom Okafor, who runs the ferries. "We are ready," the senior official said.',
     ["Tom Okafor", "Tom Okafor"]),
    # must keep the noun: an official brought in since, no named speaker before, a kin phrase as the last speaker
    ('"The port will reopen," Jane Doe said. An official at the harbour disagreed. "We are not ready," the official '
     'said.', ["Jane Doe", "official"]),
    ('"We are not ready," the official said.', ["official"]),
    ('"He sailed at dawn," Jane Doe\'s husband said. "Nobody may leave," the official told him.',
     ["Jane Doe's husband", "official"]),
    # a news outlet or app named in passing is no "he"/"she"
    ('Mayor Jane Doe said the ferries would run again, CNN reported. "Stay calm," she added.', ["CNN", "Jane Doe"]),
    ('Tom Okafor runs a ferry. His Instagram account shows the harbour. "It was cold," he says.', ["Tom Okafor"]),
    # must keep: the outlet as a speaker itself, a person named after it
    ('"The port is shut," Reuters said.', ["Reuters"]),
    ('Tom Okafor spoke to the BBC. "We are not ready," he said.', ["Tom Okafor"]),
    # "<Name>, <role> of <Org>, <apposition>, said": the name opening the sentence speaks, not the organisation
    ('Tom Okafor, the head of Harbourco, Ruritania\'s ferry operator, said: "We are ready."', ["Tom Okafor"]),
    ('Tom Okafor, head of Harbourco, the ferry operator, said the port was shut.', ["Tom Okafor"]),
    # a role phrase or pronoun opening the sentence speaks too (a check for a capitalised name gave the organisation)
    ('The mayor, the head of Harbourco, the ferry operator, said the port was shut.', ["mayor"]),
    ('She, the head of Harbourco, the ferry operator, said the port was shut.', ["She"]),
    # must keep: one apposition only; no name opening the sentence (the name is an object of "with")
    ('Tom Okafor, the head of Harbourco, said: "We are ready."', ["Tom Okafor"]),
    # (round 18: the head of the organisation speaks, no longer the organisation named after "of")
    ('After talks with Jane Doe, the head of Harbourco, the ferry operator, said the port was shut.',
     ["head of Harbourco"]),
]

AUDIT11_SPEAKERS = [
    # "the <unit noun>" the registry leaves unknown: the latest capitalised name with that head, a few sentences back
    ('Workers in the Harbour Dockers Union voted for a strike. The union said the strike would start on Monday.',
     ["Harbour Dockers Union"]),
    ('Northwind Bank raised its rates. "Inflation is too high," the bank said.', ["Northwind Bank"]),
    ('The Ferry Safety Department opened an inquiry. "Two boats failed checks," the department said.',
     ["Ferry Safety Department"]),
    ('Ruritania\'s Ferry Bank and Harbour Bank met. "Rates will rise," the bank said.', ["bank"]),
    ('The Academy of Ferry Pilots (AFP) met in May. The pilots sang. AFP members left. The ships sailed. Ports shut. '
     'Envoys left. "We are closing," the academy said.', ["Academy of Ferry Pilots"]),
    # must keep the noun: a modifier naming another body, a new body since, a name too far back, no other capital
    ('Northwind Bank raised its rates. "Inflation is too high," the central bank said.', ["central bank"]),
    ('Northwind Bank raised its rates. A small bank disagreed. "Inflation is too high," the bank said.', ["bank"]),
    # guard review 15: a video carries no issuer's words ("Jane Doe's video" may show someone else speaking)
    ('The ferries stopped on Monday. "Nobody came to help," Jane Doe\'s video says.', ["Jane Doe's video"]),
    # guard review 15: plural documents may have several issuers: "the tweets" is not read back to one of them
    ('Jane Doe and Tom Brown posted tweets. Jane Doe said in her tweets that ferries will sail. "The port is open," '
     'the tweets said.', ["Jane Doe", "tweets"]),
    # guard review 15: an issuer that is a lowercase noun phrase, no name, is not taken for the document
    ('The popular ferry company issued a statement on Monday. "Fares will rise," the statement said.', ["statement"]),
    # guard review 15: a possessive determiner's document ("Her office's statement") names no issuer
    ('Jane Doe runs the port. Her office\'s statement called the strike "unlawful and reckless," and asked the crews '
     'to return.', ["Her office's statement"]),
    # guard review 15: "the union" (a noun read back only to a body named with it as head) is no registry context
    # reading, so the title rule still reads "the trade union Seaways"
    ('Most pilots belong to the trade union Seaways. The union said the offer was too low.', ["Seaways"]),
    ('Northwind Bank raised its rates. Ports shut. Ferries stopped. Envoys left. Talks failed. Trains ran late. '
     'Fog fell. "Inflation is too high," the bank said.', ["bank"]),
    ('The Bank raised its rates. "Inflation is too high," the bank said.', ["bank"]),
    ('Northwind Bank Chairman Tom Okafor spoke. "Inflation is too high," the bank said.', ["bank"]),
    # "the <role>" after a surname the article gave in full: that person (audit X's rule, one-word names)
    ('Tom Okafor runs the ferries. "Ferries will run," Okafor said. "We are ready," the official added.',
     ["Tom Okafor", "Tom Okafor"]),
    ('Ann Lee grows wheat near the port. "Prices doubled," Lee said. "We will cope," the farmer added.',
     ["Ann Lee", "Ann Lee"]),
    # must keep the noun: a surname never given in full, an abbreviation, the same sentence as the surname
    ('"Ferries will run," Okafor said. "We are ready," the official added.', ["Okafor", "official"]),
    ('Some Ruritanian POW spoke. "We were fed," POW said. "I want to stay," the prisoner added.',
     ["POW", "prisoner"]),
    # round 16: one full-name test (given_in_full) for both callers: a function word before the surname ('But
    # Okafor', 'When Okafor') is no given name
    ('But Okafor runs the ferries. "Ferries will run," Okafor said. "We are ready," the official added.',
     ["Okafor", "official"]),
    ('When Okafor ran the ferries, they were late. "Ferries will run," Okafor said. "We are ready," the official '
     'added.', ["Okafor", "official"]),
    # a capitalised "The official" opening the sentence right after a named speaker's: that speaker
    ('"Ten ferries sank," Tom Okafor said. The official urged calm and "patience" in the port.',
     ["Tom Okafor", "Tom Okafor"]),
    # must keep: a sentence in between
    ('"Ten ferries sank," Tom Okafor said. Ports shut at noon. The official urged "patience" in the port.',
     ["Tom Okafor", "official"]),
    # must keep: a capitalised modifier ('The U.S. official'), a longer phrase than 'The <modifier> official', and a
    # speaker named by a place word
    ('"Ten ferries sank," Tom Okafor said. The U.S. official urged "patience" in the port.',
     ["Tom Okafor", "U.S. official"]),
    ('"Ten ferries sank," Tom Okafor said. The senior port safety official urged "patience" in the port.',
     ["Tom Okafor", "senior port safety official"]),
    ('"Ten ferries sank," the Harbour Region said. The official urged "patience" in the port.',
     ["Harbour Region", "official"]),
]

EPITHET_SPEAKERS = [
    # round 15: an age epithet refers back to the one person the article gave that age, or, when it gave that age to
    # no one, to the named person who spoke just before
    ('Jane Doe, 43, runs a ferry firm in the port. "The crossings are safe," the 43-year-old said.', ["Jane Doe"]),
    ('Ferries are late, and 43-year-old Jane Doe is angry. "We wait for hours," the 43-year-old said.',
     ["Jane Doe"]),
    ('Tom Brown, a 52-year-old harbour pilot, steered the ship in. "The fog was thick," the 52-year-old pilot '
     'said.', ["Tom Brown"]),
    # guard review 15: a place after the age ("a 43-year-old from Odesa") is no name given that age
    ('Jane Doe, a 43-year-old from Odesa, runs the port. "The crossings will resume," the 43-year-old said.',
     ["Jane Doe"]),
    # guard review 15: an earlier "the 43-year-old" refers back too and is no second use of the age
    ('Jane Doe, 43, runs the port. The 43-year-old opened a ferry line in May. "The crossings will resume," the '
     '43-year-old said.', ["Jane Doe"]),
    ('"The ferries stopped in May," Jane Doe said. "We waited for days," the 43-year-old added.',
     ["Jane Doe", "Jane Doe"]),
    # must keep the epithet: two people of that age, an unnamed one, no person noun, the age given inside quoted
    # words, the last speaker named as someone else's aide
    ('Jane Doe, 43, and Tom Brown, 43, run the port. "The crossings are safe," the 43-year-old said.',
     ["43-year-old"]),
    ('Jane Doe, 43, runs the port. A 43-year-old sailor came too. "The crossings are safe," the 43-year-old said.',
     ["43-year-old"]),
    ('Jane Doe, 43, runs the port. "The crossings are safe," the 43-year-old law says.', ["43-year-old law"]),
    ('"Our captain, Jane Doe, 43, stayed aboard," Tom Brown said. "She was calm," the 43-year-old said.',
     ["Tom Brown", "43-year-old"]),
    ('Jane Doe\'s lawyer, Tom Brown, said the case was weak. "She did nothing wrong," the 44-year-old said.',
     ["Tom Brown", "44-year-old"]),
    # round 16: a place phrase is no name given an age: opening on a place preposition, inside a sentence-opening
    # place phrase, or its object after the age; the unnamed "a 43-year-old teacher" keeps the epithet as written
    ('Near Portville, a 43-year-old teacher runs a shelter. "We need blankets," the 43-year-old said.',
     ["43-year-old"]),
    ('In the port town of Portville, a 43-year-old pilot steered the ferry. "The fog was thick," the 43-year-old '
     'said.', ["43-year-old"]),
    ('Outside Portville, a 43-year-old teacher runs a shelter. "We need blankets," the 43-year-old said.',
     ["43-year-old"]),
    # ... but a name after the place phrase's comma, before the age, or given the age after it, is read
    ('Jane Doe, a 43-year-old teacher near Portville, runs a shelter. "We need blankets," the 43-year-old said.',
     ["Jane Doe"]),
    ('Near Portville, Jane Doe, 43, runs a shelter. "We need blankets," the 43-year-old said.', ["Jane Doe"]),
    ('In Portville, 43-year-old Jane Doe runs a shelter. "We need blankets," the 43-year-old said.', ["Jane Doe"]),
    # review 17: an opening phrase with no comma is over before a name after a lowercase noun or an age, and a
    # calendar word before the name is no part of it; a name that goes on from the phrase ('of') still is none
    ('In a letter Jane Doe, 43, wrote that the port is shut. "We need blankets," the 43-year-old said.',
     ["Jane Doe", "Jane Doe"]),
    ('At the pier Jane Doe, 43, runs a shelter. "We need blankets," the 43-year-old said.', ["Jane Doe"]),
    ('In an interview 43-year-old Jane Doe said the port is shut. "We need blankets," the 43-year-old said.',
     ["Jane Doe", "Jane Doe"]),
    ('On Monday Jane Doe, 43, opened a shelter. "We need blankets," the 43-year-old said.', ["Jane Doe"]),
    ('In the port town of Portville Jane Doe, 43, runs a shelter. "We need blankets," the 43-year-old said.',
     ["43-year-old"]),
    ('In the port town of Portville a 43-year-old pilot steered the ferry. "The fog was thick," the 43-year-old '
     'said.', ["43-year-old"]),
    # guard review 15: an epithet head that is also a registry title ("lawmaker") still refers back
    ('Jane Doe said the port would close. "We need more ferries," the lawmaker said.', ["Jane Doe", "Jane Doe"]),
    # guard review 15: an indefinite "one MP" earlier in the last speaker's sentence may be the epithet's person
    ('As one MP looked on, Jane Doe said the port would close. "We need more ferries," the MP said.',
     ["Jane Doe", "MP"]),
    # an epithet inside quoted words is no speaker
    ('Jane Doe, 43, runs the port. "The 43-year-old said nothing to us," Tom Brown said.', ["Tom Brown"]),
    # a leader noun after a field or body word: the one person named as leading it before
    ('Ferries will resume, the head of the coastal ferry agency, Jane Doe, said on Monday. "We start at dawn," the '
     'ferry chief said.', ["Jane Doe", "Jane Doe"]),
    ('Harbourline CEO Tom Brown visited the docks. "We start at dawn," the Harbourline boss said.', ["Tom Brown"]),
    # must keep: a rank that makes it another post, two leaders named
    ('Ferries will resume, the head of the coastal ferry agency, Jane Doe, said on Monday. "We start at dawn," the '
     'deputy ferry chief said.', ["Jane Doe", "deputy ferry chief"]),
    ('Harbourline CEO Tom Brown met Harbourline chairman Ann Lee. "We start at dawn," the Harbourline boss said.',
     ["Harbourline boss"]),
    # "the billionaire", "the MP": a class of people, the named person who spoke just before
    ('"The ferries must run," Jane Doe said. "Nobody else will pay," the billionaire added.',
     ["Jane Doe", "Jane Doe"]),
    # must keep: an indefinite use of the noun in the last speaker's sentence brings in someone else
    ('Jane Doe, like one MP from the coast, said the ferries must run. "Nobody else will pay," the MP added.',
     ["Jane Doe", "MP"]),
]

AUDIT15_SPEAKERS = [
    # round 16 (audit XV): an office noun the role rules leave unknown goes to the speaker just before when the
    # article gave that speaker the noun as a title (an abbreviation before the name, a post held "as" it)
    ('Sen. Jane Doe visited the port. "The crossings must stay open," Doe said. "We will fund them," the senator '
     'said.', ["Jane Doe", "Jane Doe"]),
    ('Gen. Tom Brown toured the docks. "The cranes are old," Brown said. "We need new ones," the general added.',
     ["Tom Brown", "Tom Brown"]),
    ('Secretary of the Harbour Tom Brown toured the docks. "The cranes are old," Brown said. "We need new ones," '
     'the secretary added.', ["Tom Brown", "Tom Brown"]),
    ('Tom Okafor, who served as a commanding general of the coast guard, spoke on Monday. "The cranes are old," '
     'Okafor said. "We need new ones," the retired general added.', ["Tom Okafor", "Tom Okafor"]),
    # must keep: a rank on the title, another body's modifier, another senator titled since, a relative clause
    # that is no post, a new referent, a possessed role, no title given the speaker
    ('Former Sen. Jane Doe visited the port. "The crossings must stay open," Doe said. "We will fund them," the '
     'senator said.', ["Jane Doe", "senator"]),
    ('Sen. Jane Doe visited the port. "The crossings must stay open," Doe said. "We will fund them," the Ferry '
     'senator said.', ["Jane Doe", "Ferry senator"]),
    ('Sen. Jane Doe visited the port with Sen. Tom Brown. "The crossings must stay open," Doe said, and Sen. Tom '
     'Brown nodded. "We will fund them," the senator said.', ["Jane Doe", "senator"]),
    ('Tom Okafor, who met a harbour general in May, spoke on Monday. "The cranes are old," Okafor said. "We need '
     'new ones," the general added.', ["Tom Okafor", "general"]),
    ('Sen. Jane Doe visited the port. "The crossings must stay open," Doe said. "We will fund them," the other '
     'senator said.', ["Jane Doe", "other senator"]),
    ('Jane Doe visited the ferry port. "The crossings must stay open," Doe said. "We will fund them," the senator '
     'said.', ["Jane Doe", "senator"]),
    # review 16: the previous sentence's last word is no title before the name ("… a senator. Doe said")
    ('Jane Doe met the senator. Doe said the port would reopen. "We will fund it," the senator said.',
     ["Jane Doe", "senator"]),
    ('Jane Doe met a general. Doe said the port would reopen. "We will fund it," the general said.',
     ["Jane Doe", "general"]),
    # a name given right after the role phrase: "identified (only) as", "named only as"
    ('"The ferry was sinking," the sailor, identified as 52-year-old Tom Okafor, told the court.', ["Tom Okafor"]),
    ('"The ferry was sinking," a deckhand named only as Okafor told the radio.', ["Okafor"]),
    ('"The ferry was sinking," the sailor, identified as the captain, told the court.', ["sailor"]),
    # a lede's person role phrase: the name opening the second sentence, as the subject of a verb of speech
    ('Ferry crossings will stop in winter, the head of the coastal ferry agency has warned. Jane Doe said the fog '
     'was too thick to sail.', ["Jane Doe", "Jane Doe"]),
    ('Ferry crossings will stop in winter, according to the harbour master of Port Elm. Tom Okafor, 52, said the '
     'fog was too thick.', ["Tom Okafor", "Tom Okafor"]),
    # must keep: the lede names someone, an organisation noun, not the first sentence, a name that does not speak,
    # a generic person noun, a new referent
    ('Ferry crossings will stop in winter, the head of the ferry agency told Tom Brown on Monday. Jane Doe said the '
     'fog was too thick.', ["head of the ferry agency", "Jane Doe"]),
    ('Ferry crossings will stop in winter, the coastal ferry agency has warned. Jane Doe said the fog was too thick.',
     ["coastal ferry agency", "Jane Doe"]),
    ('The port is busy. Ferry crossings will stop in winter, the head of the ferry agency said. Jane Doe said the '
     'fog was too thick.', ["head of the ferry agency", "Jane Doe"]),
    ('Ferry crossings will stop in winter, the head of the ferry agency said. Jane Doe, a 52-year-old pilot, was '
     'hurt in the storm.', ["head of the ferry agency"]),
    ('Ferry crossings will stop in winter, the woman said. Jane Doe said the fog was too thick.',
     ["woman", "Jane Doe"]),
    ('Ferry crossings will stop in winter, the other ferry chief said. Jane Doe said the fog was too thick.',
     ["other ferry chief", "Jane Doe"]),
    # next19: an indefinite or possessive lede role ("a harbour pilot", "the port's harbour master"), and a name after
    # a short opening phrase on a preposition or an -ing form
    ('Ferry crossings will stop in winter, a harbour pilot has warned. Jane Doe said the fog was too thick to sail.',
     ["Jane Doe", "Jane Doe"]),
    ("Ferry crossings will stop in winter, the port's harbour master has warned. Speaking on local radio, Tom Okafor "
     "said the fog was too thick.", ["Tom Okafor", "Tom Okafor"]),
    ('Ferry crossings will stop in winter, its harbour master said. In a radio interview, Tom Okafor said the fog '
     'was too thick.', ["Tom Okafor", "Tom Okafor"]),
    # must keep: a name under another title ("an expert … President Jane Doe"); no comma after the opening phrase
    ('Ferry crossings will stop in winter, an expert has warned. President Jane Doe said the fog was too thick.',
     ["expert", "Jane Doe"]),
    ('Ferry crossings will stop in winter, a harbour pilot has warned. In May Jane Doe said the fog was too thick.',
     ["harbour pilot", "Jane Doe"]),
]

AUDIT12_SPEAKERS = [
    # round 15: "the <role>" after the article gave that role as a name's title: "governor of <Place>, <Name>," and a
    # nameless indefinite use that only introduces the titled person ("A … captain …. Their captain Tom Okafor")
    ('A Ruritanian ferry captain has spoken of the storm. Their captain Tom Okafor steered the boat home. "We lost '
     'two masts," the captain recalled.', ["Tom Okafor"]),
    ('Okafor met the governor of Harbour Region, Jane Doe, on Monday. "Ports will reopen," the governor said.',
     ["Jane Doe"]),
    # must keep the role: two governors named, a modifier the title lacks, someone new since, no name after the
    # complement
    ('The governor of Harbour Region, Jane Doe, met the governor of Port Region, Ann Lee. "Ports will reopen," the '
     'governor said.', ["governor"]),
    ('Ferry captain Tom Okafor docked at noon. "We sail again at dawn," the river captain said.', ["river captain"]),
    ('Captain Tom Okafor docked at noon. Later a captain from the north arrived. "We sail at dawn," the captain said.',
     ["captain"]),
    ('The governor of Harbour Region, who met the envoys, spoke. "Ports will reopen," the governor said.',
     ["governor"]),
    ('Okafor met the governor of Harbour Region on Monday, Tuesday. "Ports will reopen," the governor said.',
     ["governor"]),
    # review 15: a place after the complement, not a name ("New Port" reads as a person 'Port' with a descriptor)
    ('Okafor met the governor of Harbourtown, Port Oblast, on Monday. "Ports will reopen," the governor said.',
     ["governor"]),
    ('Okafor met the governor of Harbour Region, New Port, on Monday. "Ports will reopen," the governor said.',
     ["governor"]),
    # a name set off before the role phrase: "Jane Doe, the region's governor"
    ('Ports reopened, said Jane Doe, the region\'s governor. "Ferries will run," the governor said.', ["Jane Doe"]),
    # must keep: the role names someone else's aide, two persons with that role, a pronoun-like head
    ('Ports reopened, said Jane Doe, the governor\'s spokeswoman. "Ferries will run," the governor said.',
     ["governor"]),
    ('Jane Doe, the region\'s governor, met Ann Lee, the port\'s governor. "Ferries will run," the governor said.',
     ["governor"]),
    ('We met Jane Doe, the one who runs the port. "Ferries will run," the one said.', ["one"]),
    # "the statement said" after the article named its issuer with the document: "X said in a statement", "a
    # statement from X", "X issued a statement", "a report by X"
    ('The Harbour Safety Board said in a written statement that two ferries sank. "Crews are safe," the statement '
     'said.', ["Harbour Safety Board", "Harbour Safety Board"]),
    # (round 19) the cue with only a medium participle after it gives no record, but its speaker issued the statement
    ('The Harbour Safety Board said in a statement posted to its channel. "Crews are safe," the statement said.',
     ["Harbour Safety Board"]),
    ('Ports reopened, according to a statement from the Ruritanian Transport Ministry. "Ferries will run," the '
     'statement said.', ["Ruritanian Transport Ministry"]),
    ('The Coastal Ferry Agency issued a statement on Monday. "Crews are safe," the statement said.',
     ["Coastal Ferry Agency"]),
    ('A report by the Harbour Institute found that fares rose. "Fares doubled," the report said.',
     ["Harbour Institute", "Harbour Institute"]),
    # must keep the document: no issuer named, several issuers, a pronoun issuer, an unnamed body, a video, the
    # issuer's sentence too far back
    ('Ferries stopped on Monday. "Crews are safe," the statement said.', ["statement"]),
    ('Ruritania, Harbouria and Portland issued a joint statement. "Crews are safe," the statement said.',
     ["statement"]),
    ('It said in a statement that ferries stopped. "Crews are safe," the statement said.', ["It", "statement"]),
    ('A statement from a regional agency said ferries stopped. "Crews are safe," the statement said.',
     ["statement from a regional agency", "statement"]),
    ('Tom Okafor posted a video of the port. "Crews are safe," the video said.', ["video"]),
    # review 15: guards that had no row: a lowercase word after the issuer ("Ruritanian spies"), a name read as its
    # last word ("… of Economics"), a subject far from "issued", a "the statement" mention that refers back, an
    # issuer whose name ends in the document noun
    ('Ruritanian spies issued a statement. "Crews are safe," the statement said.', ["statement"]),
    # (round 18: the body's whole name is read now, no longer "Economics", so it issues the statement)
    ('The Harbour School of Economics issued a statement. "Crews are safe," the statement said.',
     ["Harbour School of Economics"]),
    ('Okafor said that the Harbour Board in the end issued a statement on Monday. "Crews are safe," the statement '
     'said.', ["Okafor", "statement"]),
    ('The Harbour Board said in a statement that ports shut. "Crews are safe," the statement said. "Ports shut," the '
     'statement added.', ["Harbour Board", "Harbour Board", "Harbour Board"]),
    ('A report by the Harbour Board Report said ports shut. "Crews are safe," the report said.',
     ["Harbour Board Report", "report"]),
    ('The Harbour Safety Board said in a statement that ferries stopped. Ports shut. Envoys left. Talks failed. Fog '
     'fell. "Crews are safe," the statement said.', ["Harbour Safety Board", "statement"]),
    # round 16: the comma that closes an opening adverbial does not cut the issuer off ("On Tuesday, X released");
    # a list's comma does ("The ferry firm, X and Y issued")
    ('On Tuesday, the Harbour Agency released its report on the ferries. "Two boats failed," the report said.',
     ["Harbour Agency"]),
    ('The ferry firm, the Harbour Agency and Ruritania issued a statement. "Two boats failed," the statement said.',
     ["statement"]),
    # round 16 rows for guard review 15's unpinned guards: a list after the issuer ("by X, Y and Z"); an issuer the
    # registry reads across a sentence end ("… told RIA. The … embassy" for "the embassy's statement")
    ('A report by the Harbour Agency, the Ferry Union and the Port Board found faults. "Two boats failed," the report '
     'said.', ["report"]),
    ('Ferries stopped, an official told RIA. The Harbour embassy in Portville confirmed the talks. "Talks will go on," '
     'the embassy\'s statement read.', ["embassy's statement"]),
    # a possessed document: its possessor issued it ("the ministry" read as the ministry named before)
    ('Ruritania\'s Transport Ministry met on Monday. "Ferries will run," the ministry\'s statement said.',
     ["Ruritania's Transport Ministry"]),
    ('Jane Doe met the envoys. "Ferries will run," Jane Doe\'s latest post said.', ["Jane Doe"]),
    # round 16: "a statement from the ministry": the ministry named before it, never the document phrase kept as a
    # speaker ("statement from the ministry"); must keep the document when two ministries fit or none was named
    ('The port will shut for the winter, Ruritania\'s transport ministry announced on Monday. All crews on the '
     'ferries went home for the winter, according to a short statement from the ministry. "Ferries will run," the '
     'statement said.',
     ["Ruritania's transport ministry", "short statement from the ministry", "Ruritania's transport ministry"]),
    ('Ruritania\'s Transport Ministry shut the port on Monday. Ports reopened, according to a short statement from '
     'the ministry. "Ferries will run," the statement said.', ["Ruritania's Transport Ministry"]),
    ('Ruritania\'s Transport Ministry and Portland\'s Transport Ministry met on Monday. Ports reopened, according to '
     'a short statement from the ministry. "Ferries will run," the statement said.', ["statement"]),
    ('Ferries ran late on Monday. Ports reopened, according to a short statement from the ministry. "Ferries will '
     'run," the statement said.', ["statement"]),
    # round 16: "the announcement"/"the release" with no mention of that noun before: the latest "a statement" …
    # names the issuer; must keep the noun when another document ("a letter") came in since
    ('Ports reopened, according to a short statement from the Ruritanian Transport Ministry. "Ferries will run," the '
     'announcement said.', ["Ruritanian Transport Ministry"]),
    ('The Harbour Safety Board said in a written statement that two ferries sank. "Crews are safe," the release said.',
     ["Harbour Safety Board", "Harbour Safety Board"]),
    ('The Harbour Safety Board said in a written statement that two ferries sank. Tom Brown sent a letter to the '
     'envoys. "Crews are safe," the announcement said.', ["Harbour Safety Board", "announcement"]),
    ('The Harbour Safety Board said in a written statement that two ferries sank. Tom Brown sent a letter to the '
     'envoys. "Crews are safe," the statement said.', ["Harbour Safety Board", "Harbour Safety Board"]),
    # must keep: a pronoun's possession, no ministry named, a day's report
    ('Jane Doe met us. "Fares rose by a third this spring," her office\'s statement said.',
     ["her office's statement"]),
    ('Ferries ran late. "Fares rose by a third this spring," the ministry\'s report said.', ["ministry's report"]),
    ('Ferries ran late. "Fares rose by a third this spring," Tuesday\'s report said.', ["Tuesday's report"]),
    # review 15: a time word other than a weekday or month is no issuer either
    ("Yesterday's statement said the fares rose by a third this spring.", ["Yesterday's statement"]),
]


AUDIT13P_SPEAKERS = [
    # guard review 15: "Jane Browne" is no full name of "Brown" (the pair must end at a word boundary)
    ('Jane Browne runs the port. Okafor met Brown on Monday. Brown said the ferries would sail.', ["Brown"]),
    # guard review 15: an abbreviation ("ACU") gets no full name from the word before it ("Union ACU members")
    ('Jane Doe joined the Harbour Union in May. Union ACU members voted. ACU said the ferries would stop.', ["ACU"]),
    # guard review 15: an -ing word before the name ("Backing Brown") is no given name
    ('Dock workers met on Monday. Backing Brown, the captains left. Brown said the ferries would stop.', ["Brown"]),
    # guard review 15: a role title before the word ("President Tomas Okafor") makes no full name "President Tomas"
    ('President Tomas Okafor visited the port. A ferry captain, Tomas, met him there. "The crews are tired," Tomas '
     'said.', ["Tomas"]),
    # audit XIII-P fix 1: a station ('<Name> Radio', '<Name> TV') and "police" are no he/she
    ('Octopus Ferries\' Tom Okafor says fuel is to blame for the fares. Speaking on Harbour Radio 4\'s morning show, '
     'he said: "Fares will rise a lot."', ["Tom Okafor", "Tom Okafor"]),
    ('Mr Okafor runs the ferries. Speaking on Harbour TV, he said: "Fares will rise a lot."', ["Okafor"]),
    ('Jane Doe was held on Monday. According to police, Doe had refused a check at the port. '
     '"I did nothing wrong," she said.', ["police", "Jane Doe"]),
    # must not change: a person with a police title, a station as the speaker itself
    ('Police chief Ann Lee spoke at the port. "The port is safe," she said.', ["Ann Lee"]),
    ('Harbour Radio said the port was shut on Monday.', ["Harbour Radio"]),
    # audit XIII-P fix 2: a one-word subject the article gave in full before ('Ned Okafor … and Okafor dangled …',
    # 'Lee, the lone dissenter, …') is a "he"/"she" antecedent, nearer than the last speaker
    ('Officials named Ned Okafor as envoy. Tom Brown said the talks failed. "We tried," Brown said. Later, the port '
     'shut, and Okafor dangled the threat of new fees. "We will not hesitate to act," he said.',
     ["Tom Brown", "Tom Brown", "Ned Okafor"]),
    ('Ann Lee voted no. "It is a good bill," Tom Brown said. Lee, the lone dissenter in the vote, set out her view '
     'in an essay. "We must do less abroad," she wrote.', ["Tom Brown", "Ann Lee"]),
    # must not change: a one-word name never given in full stays no antecedent
    ('Tom Brown spoke first. "We tried," Brown said. Later, Okafor dangled new fees. "We will act," he said.',
     ["Tom Brown", "Tom Brown"]),
]


# round 17 (pron17): a known person named after a preposition or as the addressee ('to President Lee', 'a row with
# Chancellor Lee', 'ties with Lee, whom he …') is a "he"/"she" antecedent only when no one else is
PRON17_SPEAKERS = [
    ('Tom Okafor, the port chief, sent his thanks to President Joe Biden for the ferries, which, he said, "will keep '
     'the island fed."', ["Tom Okafor"]),
    ('The ferries will stop, the outgoing envoy, Tom Okafor, claimed on Monday. Speaking to a harbour paper, the envoy '
     '– who was recalled after a row with Chancellor Olaf Scholz – said the port was lost. "The talks are dead," he '
     'said.', ["Tom Okafor", "Tom Okafor"]),
    ('Tom Okafor has voiced worry about the ferries. In office, he kept close ties with Vladimir Putin, whom he once '
     'called "a true friend," and with the port owners.', ["Tom Okafor"]),
    # must not change: the named person when no one else fits, a subject, a topic after "about", a she
    ('Harbour workers wrote an open letter to Emmanuel Macron on Monday. "We must talk to the dock owners," he said.',
     ["Emmanuel Macron"]),
    ('Joe Biden spoke with Tom Okafor on Monday. "The ferries will sail," he said.', ["Joe Biden"]),
    ('Tom Okafor spoke about Vladimir Putin on Monday. "He will not stop," he said.', ["Tom Okafor"]),
    ('Ann Lee, the ferry union chief, met with Vladimir Putin in May. "We asked for nothing," she said.', ["Ann Lee"]),
    # guards: a possessor ('a blow to Lee's plan', 'In Lee's view'), a name after a capitalised title with of/for
    # ('the Secretary of State Lee'), a name before a medium noun without a preposition ('Lee's interview') stay
    ('Tom Okafor led the dock strike on Monday. The strike was a blow to President Joe Biden\'s port plan, after he '
     'said that the tariffs would stay.', ["Joe Biden"]),
    ('Tom Okafor spoke on Monday. In Joe Biden\'s view, the ferries must sail. He said that the tariffs would stay.',
     ["Joe Biden"]),
    ('Tom Okafor spoke first. Later, the Secretary of State Antony Blinken urged calm. "The ferries must sail," he '
     'said.', ["Antony Blinken"]),
    ('Tom Okafor spoke first. Later, the Chief of the Defence Staff Tony Radakin asked for calm. "The ferries must '
     'sail," he said.', ["Tony Radakin"]),
    ('Tom Okafor spoke on Monday. Joe Biden\'s interview came as the ferries sailed. He said that the tariffs would '
     'stay.', ["Joe Biden"]),
    ('Tom Okafor spoke on Monday. The ferries sailed again, with President Joe Biden making a trip to the port. '
     'Speaking there, he said that the tariffs would stay.', ["Joe Biden"]),
    ('Nothing was said at the port on Monday. The ferries stayed in their berths.', []),
]

# round 18 (pron18): a group ('ferry officials', 'Doe and Lee') is no "it"; an "it" after one takes no antecedent from
# an earlier sentence (it stays unresolved: refuse rather than guess); a "they" after an unnamed source or
# spokesperson is that person (singular they); a country named in passing is an "it" only as a last resort
PRON18_SPEAKERS = [
    ('The Harbour Council met on Monday. Ferry officials said the crews were tired. "Fares will rise," it said.',
     ["Ferry officials", "it"]),
    ('The Harbour Council met on Monday. The Harbour dock bosses said the crews were tired. "Fares will rise," it '
     'said.', ["Harbour dock bosses", "it"]),
    # must not change: a body alone, a group in the body's own sentence, a plural "they"
    ('The Harbour Council met on Monday. "Fares will rise," it said.', ["Harbour Council"]),
    ('The Harbour Council said ferry officials were tired. "Fares will rise," it said.',
     ["Harbour Council", "Harbour Council"]),
    ('The Harbour Council met on Monday. Ferry officials said the crews were tired. "Fares will rise," they said.',
     ["Ferry officials", "Ferry officials"]),
    # guards: a lowercase head in -us/-is/-ss is no plural; an organisation head after "and" is one body
    ('The Harbour Council met on Monday. The Harbour campus said the crews were tired. "Fares will rise," it said.',
     ["Harbour campus", "Harbour campus"]),
    ('The Harbour Council met on Monday. The Heating and Ferry Council said the crews were tired. "Fares will '
     'rise," it said.', ["Heating and Ferry Council", "Heating and Ferry Council"]),
    ('The Harbour Council met on Monday. It is said that fares will rise.', [None]),  # an expletive 'it': no speaker
    # singular they: the latest speaker, an unnamed person under a gender-neutral noun, at most two sentences back
    ('A harbour source said the ferries would stop. "Fares will rise," they said.',
     ["harbour source", "harbour source"]),
    ('A Harbour Council spokesperson said: "The ferries will stop." They added that fares would rise.',
     ["Harbour Council spokesperson", "Harbour Council spokesperson"]),
    # must not change: a later body wins, a named person, a gendered noun, no unnamed person
    ('A harbour source said the ferries would stop. The Harbour Council met on Monday. "Fares will rise," they '
     'said.', ["harbour source", "Harbour Council"]),
    ('Tom Okafor said the ferries would stop. "Fares will rise," they said.', ["Tom Okafor", "they"]),
    ('A harbour spokesman said the ferries would stop. "Fares will rise," they said.', ["harbour spokesman", "they"]),
    # guards: more than two sentences back; a role noun the registry reads as a named person
    ('A harbour source said the ferries would stop. The crews were tired. The boats were old. The port was empty. '
     '"Fares will rise," they said.', ["harbour source", "they"]),
    ('President Volodymyr Zelensky met port chiefs on Monday. "Fares will rise," the official said. "The port is '
     'empty," they added.', ["Volodymyr Zelensky", "they"]),
    # a country after a preposition or before a noun is an "it" only when nothing else is
    ('The Harbour Council met on Monday. Ferries to Ukraine were full. "The port is empty," it said.',
     ["Harbour Council"]),
    ('The Harbour Council met on Monday. The Ukraine ferries were full. "The port is empty," it said.',
     ["Harbour Council"]),
    # must not change: no other antecedent
    ('Ferries to Ukraine were full on Monday. "The port is empty," it said.', ["Ukraine"]),
    # guards: a possessor stays one, unless a speaker's phrase opens with it
    ('The Harbour Council met at Russia\'s request on Monday. Ferries were full. "The port is empty," it said.',
     ["Russia"]),
    ('Despite the storm, Russia\'s defence ministry said last week that the ferries would be "fully booked". "The '
     'port is empty," it said.', ["Russian Defence Ministry", "Russian Defence Ministry"]),
]


# body18: an unregistered capitalised body is an "it" (an organisation head or suffix, 'the' before a name the
# registry does not know, a firm word before it, a one-word speaker never written with a given name)
BODY18_SPEAKERS = [
    ('The Harbour Ferry Association said ferries to Ukraine were full. "The port is empty," it said.',
     ["Harbour Ferry Association", "Harbour Ferry Association"]),
    ('Ruritanian energy firm Bluewave Lines said ferries to Ukraine were full. "The port is empty," it said.',
     ["Bluewave Lines", "Bluewave Lines"]),
    ('The Harbour Gazette published a map of ferries to Ukraine on Monday. "The port is empty," it said.',
     ["Harbour Gazette"]),
    ('Bluewave said ferries to Ukraine were full. "The port is empty," it said.', ["Bluewave", "Bluewave"]),
    # must not change: persons stay persons
    ('Tom Okafor said ferries to Ukraine were full. "The port is empty," it said.', ["Tom Okafor", "Ukraine"]),
    ('The former MP Jane Doe said ferries to Ukraine were full. "The port is empty," it said.',
     ["MP Jane Doe", "Ukraine"]),
    # guards: a body after a preposition; more than two sentences back; a surname given in full; a given name; a
    # person noun; a plural one-word speaker is a group (refuse); must not change: 'Mr Bluewave' (no one word)
    ('Crews spoke to the Harbour Ferry Association about ferries to Ukraine. "The port is empty," it said.',
     ["Ukraine"]),
    ('The Harbour Ferry Association said ferries were full. The crews were tired. The boats were old. The port to '
     'Ukraine was shut. "The port is empty," it said.', ["Harbour Ferry Association", "it"]),
    ('Tom Brannock arrived on Monday. Brannock said ferries to Ukraine were full. "The port is empty," it said.',
     ["Tom Brannock", "Ukraine"]),
    ('Brannock Velt arrived on Monday. Brannock said ferries to Ukraine were full. "The port is empty," it said.',
     ["Brannock Velt", "Ukraine"]),
    ('Spokesman said ferries to Ukraine were full. "The port is empty," it said.', ["Spokesman", "Ukraine"]),
    ('Mr Bluewave said ferries to Ukraine were full. "The port is empty," it said.', ["Bluewave", "Ukraine"]),
    ('Bluewave said ferries were full. Charities warned that crews to Ukraine were tired. "The port is empty," it '
     'said.', ["Bluewave", "Charities", "it"]),
]


# body19: lowercase definite bodies and documents as "it" — a speaker's phrase ('The church said …'), a clause
# subject ('The charity has opened …'), a document ('The petition …'); a phrase the registry leaves unnamed stands
# for the named body before it ('the company' after 'Bluewave Energy'). Guards: two candidates in one sentence
# refuse; a state organ ('the court') or a document ('the memo') never stands for a body named before it; objects
# and persons are no such body
BODY19_SPEAKERS = [
    ("The church said it was breaking off ties with Moscow. Patriarch Lenkov backed the war. It said its relations were "
     "frozen.", ["church", "church"]),
    ("The charity has opened a new office in Lviv near Poland. It said the children were safe.", ["charity"]),
    ("The petition in Odesa has passed the threshold. Describing the statue as divisive, it calls on Zelensky to "
     "remove it.", ["petition in Odesa"]),
    # "The company" is the body that spoke just before (issuer19's ``body_spoke_before``, merged after body19)
    ('Bluewave Energy said it would leave Ruritania. The company said its hotels would close. "We are sorry," it '
     'added.', ["Bluewave Energy", "Bluewave Energy", "Bluewave Energy"]),
    # guards: two subjects in one sentence; a named body in the phrase's sentence; a state organ
    ("As the bank lowered its rates, the regulator warned of shortages. It said the winter would be hard.", ["It"]),
    ("As Bluewave Energy lowered its prices, the regulator warned of shortages. It said the winter would be hard.",
     ["It"]),
    ("Bluewave said it would appeal. The court in Moscow said the ban stands. But it said the messenger would not be "
     "blocked.", ["Bluewave", "court in Moscow", "court in Moscow"]),
    ("The Harbour Gazette obtained a memo on Monday. The memo said ferries would stop. It added that crews were "
     "tired.", ["memo", "memo"]),
    # must not change: a body that already was one; an object; person nouns
    ("The company said ferries to Ukraine were full. It said the port was empty.", ["company", "company"]),
    ("Crews spoke to the charity about ferries to Ukraine. It said the port was empty.", ["Ukraine"]),
    ('The spokesman said ferries to Ukraine were full. "The port is empty," it said.', ["spokesman", "Ukraine"]),
    ('The producer said ferries to Ukraine were full. "The port is empty," it said.', ["producer", "Ukraine"]),
    # (review19) each row fails without one guard: an adverb between the head and its verb; a person's phrase; a
    # complement that does not end at the verb; at most two sentences back; a state before its own organ; a name
    # after a preposition or as an object competes with no body; a body the phrase resolves to; the named body at
    # most two sentences back; never a pronoun speaker, a document or a phrase as the named body; a clause subject
    ("Crews waited. The charity also has opened a new office. It said the port was empty.", ["charity"]),
    ("The charity chief has opened an office. It said the port was empty.", ["It"]),
    ("Crews waited. The charity for crews who sail has opened a new office. It said the port was empty.", ["It"]),
    ("The charity has opened a new office. Crews waited. The ferries were late. It said the port was empty.", ["It"]),
    ("Ukraine moved its troops, before the government rationed fuel. It said the winter would be hard.",
     ["government"]),
    ("As talks with Bluewave Energy stalled, the regulator rationed fuel. It said the winter would be hard.",
     ["regulator"]),
    ("As crews left Bluewave Energy, the regulator rationed fuel. It said the winter would be hard.", ["regulator"]),
    ("As NATO moved its troops, the alliance rationed fuel. It said the winter would be hard.", ["NATO"]),
    ("Bluewave Energy said it would appeal. Crews waited. Ferries were late. The company said the ban stands. But "
     "it added that ferries would run.", ["Bluewave Energy", "company", "company"]),
    ("It said it would appeal. The company said the ban stands. But it added that ferries would run.",
     ["It", "company", "company"]),
    ("Bluewave said it would appeal. The company said the ban stands. But it said the messenger would not be "
     "blocked.", ["Bluewave", "company", "Bluewave"]),
    ("Bluewave Energy opened a depot. The company said the ban stands. But it added that ferries would run.",
     ["company", "Bluewave Energy"]),
    ("The Harbour Report was published. The company said the ban stands. But it added that ferries would run.",
     ["company", "company"]),
    ("Bluewave Energy opened an office. The company also opened a new office. It said the port was empty.",
     ["Bluewave Energy"]),
]


def test_body19_plural_document_is_no_it():
    """review19's bug B (mended): the plurals 'statements' and 'tweets' of _DOCUMENT_HEADS are no "it"."""
    text = "Crews waited. The statements have spread widely. It said the port was empty."
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == ["It"]


@pytest.mark.parametrize("mention, body", [
    ("the charity", True),
    ("the country's military command", True),
    ("this organization", True),
    ("the draft final document", True),
    ("the ministry of emergency situations", True),
    # no such body: indefinite, a person, a capitalised head, a plural, a speech event
    ("a charity", False),
    ("the spokesman", False),
    ("the producer", False),
    ("The Harbour Charity", False),
    ("the charities", False),
    ("the interview", False),
])
def test_body19_lowercase_body(mention, body):
    from peacetalks.quotes._speakers import _lowercase_body
    assert _lowercase_body(mention) is body


@pytest.mark.parametrize("mention, actor_id, kind, plural", [
    ("Ukrainian officials", None, "unknown", True),
    ("project leaders", None, "unknown", True),
    ("Tom Okafor and Ann Lee", None, "unknown", True),
    ("Sunak and Mr Hunt", None, "unknown", True),
    ("the analysts of the bank", None, "unknown", True),
    # one body or one thing
    ("Bosnia and Herzegovina", "bih", "state", False),
    ("Heating and Hot Water Council", None, "unknown", False),
    ("Harbour Ferry Services", None, "unknown", False),
    ("the United Nations", "un", "institution", False),
    ("the Harbour campus", None, "unknown", False),
    ("the crisis", None, "unknown", False),
    ("the ferry services", None, "unknown", False),
    ("the Harbour Council", None, "unknown", False),
    ("Tom Okafor", None, "person", False),
])
def test_pron18_plural_mention(mention, actor_id, kind, plural):
    from peacetalks.quotes._speakers import _plural_mention
    res = Resolution(name=mention, actor_id=actor_id, side=None, type=kind, method="alias", confidence=1.0)
    assert _plural_mention(mention, res) is plural


# round 12 (organisation nouns): a quote's "the council" / "the firm" speaker is the organisation the article named
# before it (registry or not); a plain registry without article reading, two fitting ones, an indefinite or
# nothing named keep the noun; a pronoun after it follows the resolved speaker
@pytest.mark.parametrize("text, speakers", [
    ("The Harbour Authority Council met on Monday. The council said the ferries would run again.",
     ["Harbour Authority Council"]),
    ("Ferry consultancy firm Harbour Insight published a forecast. The firm said fares would rise. "
     "It said crews were short.", ["Harbour Insight", "Harbour Insight"]),
    ("Ruritania's Transport Ministry and Ruritania's Defence Ministry met. The defence ministry said ships sank.",
     ["Ruritania's Defence Ministry"]),
    ("The IAEA sent inspectors. The watchdog said the plant was stable.", ["International Atomic Energy Agency"]),
    # round 16: "the company"/"the firm" after a name set off by another firm word ("ferry giant Harbour Lines")
    ("Ruritanian ferry giant Harbour Lines cut its routes on Monday. Crews were told to stay home. The company said "
     "fares would rise.", ["Harbour Lines"]),
    ("Diesel supplier Northwind Fuels stopped deliveries to the port. The firm said fares would rise.",
     ["Northwind Fuels"]),
    # must keep the noun: one firm of a list, a person set off by a comma after the firm word
    ("Ferry operators such as Bluewave, Seaways and Ruritanian ferry giant Harbour Lines cut routes. The company said "
     "fares would rise.", ["company"]),
    ("Ruritanian ferry giant Harbour Lines and Bluewave cut routes on Monday. The company said fares would rise.",
     ["company"]),
    ("The head of the ferry maker, Brannock Velt, spoke on Monday. The company said fares would rise.", ["company"]),
    # must keep the noun
    ("The Ruritanian Ferry Agency and the Harbour Safety Agency met. The agency said the port was safe.",
     ["agency"]),
    ("A Ruritanian company bought the port. The company said it would hire staff.", ["company"]),
    ("The ferry ran late. The company said it would hire staff.", ["company"]),
] + AUDIT7_SPEAKERS + AUDIT8_SPEAKERS + AUDIT9_SPEAKERS + AUDIT10_SPEAKERS
   + AUDIT11_SPEAKERS + AUDIT12_SPEAKERS + AUDIT13P_SPEAKERS + EPITHET_SPEAKERS + AUDIT15_SPEAKERS
   + PRON17_SPEAKERS + PRON18_SPEAKERS + BODY18_SPEAKERS + BODY19_SPEAKERS)
def test_round12_organisation_noun_speakers(text, speakers):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]
    assert got == speakers, got


def test_round12_organisation_noun_needs_the_registry():
    text = "The Harbour Authority Council met on Monday. The council said the ferries would run again."
    assert [q.speaker for q in run(text)] == ["The council"]


def test_pronoun_prefers_the_last_speaker_over_a_name_inside_its_reported_speech():
    text = ("President Zelensky said he sees no wish in Putin to stop the war. "
            "'Once Moscow really wants peace, we will sense it,' he said.")
    quotes = run(text)
    assert quotes[-1].speaker == "President Zelensky", [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("side", ["unknown", "", "UNKNOWN", None])
def test_unknown_side_is_null(side):
    class Sided(PlainRegistry):
        def resolve(self, mention, *, date=None, context=()):
            return Resolution(name=mention, actor_id=None, side=side, type="person", method="unknown",
                              confidence=0.3)

    quotes = extract_quotes('"Talks are frozen," Peskov said.', article_id="t", registry=Sided())
    assert quotes and quotes[0].side is None


def test_runaway_defective_quote_is_dropped():
    body = " ".join(["The army moved east and the talks stalled again."] * 40)
    text = f"'This is over, he said. {body} Peskov said talks were frozen."
    quotes = run(text)
    assert all(len(q.text.split()) < 250 for q in quotes)
    assert any(q.kind == "indirect" and "talks were frozen" in q.text for q in quotes)


# --- the cue lexicon loader ---------------------------------------------------------------------------------
_HEADER = "type,pattern,forms,requires_that,scope,source,notes\n"


@pytest.mark.parametrize("row,error", [
    ("verb,say,say|said,maybe,all,x,\n", "requires_that"),
    ("adverb,quickly,quickly,no,all,x,\n", "unknown cue type"),
    ("verb,say,say|said,no,sometimes,x,\n", "scope"),
])
def test_cue_lexicon_rejects_bad_rows(tmp_path, row, error):
    from peacetalks.cues import load_cues

    path = tmp_path / "cues.csv"
    path.write_text(_HEADER + row, encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        load_cues(str(path))


@pytest.mark.parametrize("requires,that,bare", [("no", False, False), ("yes", True, False), ("clause", True, True)])
def test_cue_lexicon_requires_that_values(tmp_path, requires, that, bare):
    from peacetalks.cues import load_cues

    path = tmp_path / f"cues_{requires}.csv"
    path.write_text(_HEADER + f"verb,think,think|thought,{requires},all,x,\nevidence,poll,poll|survey,no,all,x,\n"
                    "label,update,update|photo,no,all,x,\n", encoding="utf-8")
    lex = load_cues(str(path))
    cue = lex.cues["thought"][0]
    assert (cue.requires_that, cue.bare_clause) == (that, bare)
    assert lex.evidence == {"poll", "survey"} and lex.labels == {"update", "photo"}


def test_cue_lexicon_outlet_names(tmp_path):
    """Outlet and app names that head no person: the `label` rows with pattern `outlet` (labels too) and the
    one-word names and acronyms of data/reference/outlets.csv; generic heads and official channels are none."""
    from peacetalks.cues import load_cues, outlet_words

    table = tmp_path / "outlets.csv"
    table.write_text("outlet,domains,boilerplate,source\nHarbour Herald,hh.example,,x\nBTV News,btv.example,,x\n"
                     "Ferrywire,fw.example,,x\nPort Office (official),po.example,,x\nvarna.example,varna.example,,x\n",
                     encoding="utf-8")
    assert outlet_words(table) == {"btv", "ferrywire"}
    path = tmp_path / "cues_outlets.csv"
    path.write_text(_HEADER + "label,update,update|photo,no,all,x,\nlabel,outlet,wirenews|chatapp,no,all,x,\n",
                    encoding="utf-8")
    lex = load_cues(str(path))
    assert lex.labels == {"update", "photo", "wirenews", "chatapp"}
    assert {"wirenews", "chatapp", "reuters", "tass", "cbs"} <= lex.outlets
    assert not lex.outlets & {"update", "news", "times", "kremlin", "ukraine", "president"}
    # next19: the `cited outlet` rows are whole names (labels too), kept out of the head words of ``outlets``
    cited = tmp_path / "cues_cited.csv"
    cited.write_text(_HEADER + "label,cited outlet,harbour wire|ferrypost,no,all,x,\n", encoding="utf-8")
    lex = load_cues(str(cited))
    assert lex.cited_outlets == {"harbour wire", "ferrypost"} and lex.labels == {"harbour wire", "ferrypost"}
    assert not lex.cited_outlets & lex.outlets and lex.outlets


# --- a place after a preposition is not the head of an apposition before the cue ----------------------------
@pytest.mark.parametrize("text,mention", [
    ("In a victory speech in Lviv Oblast on Sunday night, Mr. Kuleba struck a calm tone, saying he "
     "understood the burden of leading the delegation.", "Mr. Kuleba"),
    ("Tom Brown, speaking at a fair in Salem, Ore., warned that Ann Lee opposes the levy.", "Tom Brown"),
    ("Olena Koval, who lost her son in Mariupol, Ukraine, in March 2022, said that the envoy had been cold.",
     "Olena Koval"),
    # unchanged: a real apposition, a place inside the speaker phrase, a place with no subject to take instead
    ("Dmitry Peskov, the Kremlin spokesman, said that talks were possible.", "Dmitry Peskov"),
    ("Officials in Kyiv, the capital, said that talks were possible.", "Officials in Kyiv"),
])
def test_place_in_a_prepositional_phrase_is_not_the_speaker(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- datelines and participial openings are not sentence subjects --------------------------------------------
@pytest.mark.parametrize("text,mention", [
    ("WASHINGTON — Sen. Ann Lee (D-Ore.) defended her call to expand the aid, saying the gains would "
     "justify the costs.", "Sen. Ann Lee (D-Ore.)"),
    ("Kyiv (AFP) – Olena Koval has taken a jab at her opponent, saying that reckless threats only make "
     "things worse.", "Olena Koval"),
    ("Continuing to explain his view, Kuleba rejected the idea, saying that he would mend it.", "Kuleba"),
    ("Shortly after the vote, the farmers had organized, warning that the levy would ruin the harvest.",
     "the farmers"),
    # unchanged: a name ending in -ing, a capitalised opening that is the subject
    ("Beijing said that the talks were possible.", "Beijing"),
    ("Moscow - Putin said that talks were possible.", "Putin"),
    ("Speaking to reporters, Peskov said that talks were possible.", "Peskov"),
])
def test_dateline_and_participle_are_not_subjects(text, mention):
    quotes = run(text)
    assert quotes and {spk(text, q) for q in quotes} == {mention}, [(spk(text, q), q.text) for q in quotes]


def test_participial_opening_is_no_speaker():
    # 'promises' is a noun here: no speaker phrase before it, so no quote
    assert run("Reeling off promises to cut fuel prices, Kuleba promised a country of new bridges.") == []


# --- a floating quote led into by its own sentence takes that sentence's subject, not the previous speaker ----
@pytest.mark.parametrize("text,mention", [
    ('"We are still standing," Kuleba said.\n\nWhen Zelensky finally wrapped up — "We will rebuild every town and we will bring '
     'everyone home!" — the flags went up.', "Zelensky"),
    # an introductory phrase with a place in it is skipped
    ('"We are still standing," Kuleba said.\n\nAt a town hall in Salem, Oregon, on Friday, Mrs. Koval tried to build on '
     'her remarks with a call to "keep our neighbours close, drawing neutral states into the talks."',
     "Mrs. Koval"),
    # a sentence adverb is no subject
    ('"We are still standing," Kuleba said.\n\nLikewise, a paper from the Kyiv School of Economics had this to say about the truce '
     '"that it would last far less than its sponsors hope it will."', "a paper from the Kyiv School of Economics"),
    # a pronoun contraction, a possessive outlet before a name, a common noun with a past-tense verb
    ('"We are still standing," Kuleba said.\n\nEver since Tom Brown announced his candidacy last spring, he\'s said the '
     'same thing in every town and every market: "It\'s not about me, it\'s about this city and its people."', "he"),
    ('"We are still standing," Kuleba said.\n\nAs Kyiv Insights’ Anna Berg pointed out in March, "In the days before '
     'the summit, the envoys will have several chances to amend the draft."', "Anna Berg"),  # cue+quote
    ('"We are still standing," Kuleba said.\n\nLed by the council speaker, the rally denounced the call for "a full and '
     'lasting closure of the ports to all ships."', "the rally"),
    # ... but not a common noun before 'was'; and a quote inside narration takes nobody from an earlier paragraph
    # (round 6; it inherited the previous speaker before)
    ('"We are still standing," Kuleba said.\n\nLed by the council speaker, the rally was a protest against "a full and '
     'lasting closure of the ports to all ships."', None),
    # a subordinate clause running up to the quote: its own subject
    ('"We are still standing," Kuleba said.\n\nSmiling broadly, Mrs. Koval drew applause as she thanked her home region and '
     'then shouted, "Tonight, you showed once again, nothing beats Odesa."', "she"),
    ('"We are still standing," Kuleba said.\n\nInstead, May called for support for Tom Lane, whom he describes as '
     'having "a judge’s calm and a mayor’s practical working instincts."', "he"),
    # no lead: the previous speaker goes on; the author's "I'm" is nobody, and (round 6) a quote inside narration
    # takes nobody from an earlier paragraph either
    ('"Talks are dead," Peskov said. "We will not take part in any new round of negotiations at all."', "Peskov"),
    ('"Talks are dead," Peskov said.\n\nI\'m old enough to remember the summit and the promise that "we will never '
     'take part in any new round of talks."', None),
])
def test_floating_quote_takes_the_subject_of_its_lead(text, mention):
    quotes = run(text)
    assert spk(text, quotes[-1]) == mention, [(spk(text, q), q.method, q.text) for q in quotes]


# --- stray words around a speaker mention are trimmed off -------------------------------------------------------
@pytest.mark.parametrize("text,mention", [
    # ('and that he' -> 'he', which then reports for its antecedent in the same sentence: 'Tom Brown')
    ('Tom Brown argued that if Lane wins “we will see tolls on the bridge, and we will see our wages cut '
     'again” and that he fears the same holds for Berg.', "Tom Brown"),
    # (', but she also cautioned' after a quote in a clause with its own cue: see
    # test_conjunction_after_quote_is_not_part_of_the_speaker, the first speaker keeps the quote)
    ('Mrs. Koval often pledges to "make sure our ports work for every town, not just the big cities," as '
     'she put it on Friday in Odesa.', "she"),
    # unchanged: coordinated speakers, a name with a hyphenated part
    ('"Talks are possible," Peskov and Lavrov said.', "Peskov and Lavrov"),
    ('"Talks are possible," the Russian Foreign Ministry said.', "the Russian Foreign Ministry"),
])
def test_stray_words_are_trimmed_off_the_speaker(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- respondents of a poll named in the sentence speak through the poll ---------------------------------------
@pytest.mark.parametrize("text,mention", [
    ("In a Kyiv Post/Rating Group survey released last Monday, 64 percent of farmers said that they were "
     "pleased with the mayor.", "a Kyiv Post/Rating Group survey"),
    ("A new Razumkov Centre poll released Tuesday found that 58 percent of registered rural voters said that they "
     "would vote for Koval.", "A new Razumkov Centre poll"),
    # no poll, or a named speaker: unchanged
    ("Local voters said that the plan was bad.", "Local voters"),
    ("In the poll, Peskov said that the results were wrong.", "Peskov"),
])
def test_poll_respondents_speak_through_the_poll(text, mention):
    quotes = run(text)
    assert spk(text, quotes[-1]) == mention, [(spk(text, q), q.text) for q in quotes]


# --- a determiner + adjective object before a cue-form noun is no speaker; the verb's subject is ---------------
@pytest.mark.parametrize("text,mention", [
    ('Kuleba delivered a quick retort: "Nobody is walking away. We will keep on talking."', "Kuleba"),
    ("Koval, who once praised the grain deal, offered her clearest promise yet that she would not let "
     "the deal lapse.", "Koval"),
    ("In this region, Mrs. Koval delivered a solemn promise to rebuild the schools and reopen the port.",
     "Mrs. Koval"),
    # unchanged: a plain subject; a pronoun opening a complement clause keeps its quote
    ("The company said that the deal was good.", "The company"),
    ("People familiar with his views say he now acknowledges that the truce would be fragile.",
     "People familiar with his views"),
])
def test_object_before_a_cue_noun_is_not_the_speaker(text, mention):
    quotes = run(text)
    assert spk(text, quotes[-1]) == mention, [(spk(text, q), q.text) for q in quotes]


def test_chant_object_gives_no_speaker():
    text = 'At one point the crowd loudly repeated the bitter chant "Bring them home! Bring them home!" in the square.'
    assert all(q.speaker != "bitter" for q in run(text))


# --- 'citing X': the one who cites speaks, not the source cited --------------------------------------------------
@pytest.mark.parametrize("text,mentions", [
    # round 18: the citing report ends before the citer's own 'said', read as a second report of the citer
    ("Koval, citing figures from the U.N. refugee agency, said that about 6 million people have left the country.",
     ["Koval", "Koval"]),
    ("Kuleba only briefly explained the broad value of more transit corridors, citing Poland’s efforts to attract "
     "Ukrainian exporters.", ["Kuleba"]),
    # unchanged: 'according to X' names the source
    ("The talks will resume next week, according to Russian officials.", ["Russian officials"]),
])
def test_citing_speaker_is_the_citer(text, mentions):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == mentions, [(spk(text, q), q.text) for q in quotes]


@pytest.mark.parametrize("text,mention", [
    # a participle after an object with its apposition belongs to the clause subject
    ("Koval was open about her dislike of Tom Lane, the current party front-runner, saying reformers "
     "need to unite to stop him.", "Koval"),
    # unchanged: the apposition of the subject itself
    ("Tom Lane, the current party front-runner, said that reformers need to unite.", "Tom Lane"),
])
def test_participle_after_an_object_apposition(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- a pronoun speaker of a clause its own antecedent reports: the antecedent's mention (PolNeAR convention) -----
@pytest.mark.parametrize("text,mention,name", [
    ("Tom Brown disagrees with them and is letting everyone know he believes they are mistaken.", "Tom Brown",
     "Tom Brown"),
    ("Mrs. Koval declined to answer a question about whether she thought the truce had failed.",
     "Mrs. Koval", "Mrs. Koval"),
    # unchanged: a pronoun opening its own sentence keeps its span
    ("Peskov met Lavrov on Monday. He said that talks were possible.", "He", "He"),
])
def test_embedded_pronoun_takes_its_antecedents_mention(text, mention, name):
    q = run(text)[-1]
    assert (spk(text, q), q.speaker) == (mention, name)
@pytest.mark.parametrize("text,title", [
    ('Sunday on CBS\'s "Face the Nation," Lavrov said the talks had stalled.', "Face the Nation"),
    ('Walking in to chants of "Peace Now," the minister said the talks were over.', "Peace Now"),
    # a work named by a naming verb or noun, alone or before a comma, or coordinated with such a title
    ('The fishing rights fell apart, Jane Doe said in her 2012 book, "Open Ports."', "Open Ports"),
    ('"Of course the envoy is fair game," Okafor told "Morning Ferry," reminding the hosts that the ban had ended.',
     "Morning Ferry"),
    ('A port magazine called "The Harbour Post" reported that the ferries were late.', "The Harbour Post"),
    ('Jane Doe, who acted in "Port Life" and "Ferry Tales," said the strike was over.', "Ferry Tales"),
    ('The envoys released a video titled, "Open Ports Now," on Monday.', "Open Ports Now"),
])
def test_title_before_an_attribution_is_not_a_quote(text, title):
    assert not any(q.kind == "direct" or q.method in ("quote+cue", "cue+quote") for q in run(text)
                   if title in q.text)


@pytest.mark.parametrize("text,content", [
    ('Lavrov said the talks were "not quite there yet," which worried Kyiv.', 'the talks were "not quite there yet,"'),
    ('Peskov said the plan was "dead on arrival" — a blow to Paris.', 'the plan was "dead on arrival"'),
    ('Lavrov said Moscow values the "constructive spirit" of Kyiv while Paris stays silent.',
     'Moscow values the "constructive spirit" of Kyiv'),
    ('Lavrov called Kyiv the "ultimate spoiler," linking to a story about the talks.', 'Kyiv the "ultimate spoiler,"'),
    # 'including' works as a preposition: the report goes on
    ('Ryabkov said Moscow wants a "sustainable settlement" with Kiev, including the recognition of new borders.',
     'Moscow wants a "sustainable settlement" with Kiev, including the recognition of new borders'),
    # no break after the quote: the clause goes on
    ('Peskov said the talks were "on hold" for the rest of the year.',
     'the talks were "on hold" for the rest of the year'),
])
def test_mixed_quote_ends_at_a_clause_break_after_its_quote(text, content):
    assert [(q.kind, q.text) for q in run(text)] == [("mixed", content)]


@pytest.mark.parametrize("heading,quoted", [
    ("'A really tough decision.'", False),  # a section heading quoting the section
    ("'We will never give up our land, whatever it costs us in the end.'", True),  # a long one is speech
])
def test_single_quoted_paragraph_heading_is_not_a_quote(heading, quoted):
    text = f'"We will win," Lavrov said.\n\n{heading}\n\nThe talks resumed in May.'
    assert any(heading.strip("'") in q.text for q in run(text)) == quoted


@pytest.mark.parametrize("text,n", [
    # an article excerpt after a headline and a byline is nobody's quote
    ('"Lavrov talks to Kyiv," by Times\' Jane Doe: "The Russian foreign minister met his counterpart in Istanbul '
     'on Tuesday for the first time in a year."', 0),
    # the same sentence as speech after a speaker's colon is a quote
    ('Lavrov told reporters: "The Russian foreign minister met his counterpart in Istanbul on Tuesday for the '
     'first time in a year."', 1),
])
def test_excerpt_after_a_byline_is_not_a_quote(text, n):
    assert len([q for q in run(text) if q.kind == "direct"]) == n


@pytest.mark.parametrize("text,mention", [
    # a participle cue after the object of a verb or of a verb's prepositional phrase: the clause subject speaks
    ("The ministry put out a statement on Friday saying the talks would resume in May.", "The ministry"),
    ("The union sued the port authority in a district court, claiming the tender rules were unfair.", "The union"),
    ("Mayor Anna Berg wrote a letter to the governor asking that the border crossing be reopened.",
     "Mayor Anna Berg"),
    # unchanged: a noun's own prepositional phrase ('an aide to his ministry'), an agent after 'by', a subject
    ("He stumbled after several setbacks, including an aide to his ministry acknowledging that the truce had failed.",
     "his ministry"),
    ("The count was clouded by a complaint filed by a fired official alleging that ballots were missing.", "official"),
    ("Officials in Kyiv, speaking on condition of anonymity, said the talks had stalled.", "Officials in Kyiv"),
    # round 13: an object's apposition or relative clause before the participle's comma, after a time opening, a
    # list ('including …') or a verb the reader does not know: still the clause subject
    ("This week, she came to the aid of Tom Brown, the owner of the ferry line, Okafor Lines, which faces an audit, "
     "arguing the line deserved a subsidy.", "she"),
    ("She has barred two weeklies, among them The Harbour Post, from the port tours, citing errors in their maps.",
     "She"),
    # round 13: a gerund after 'by' in a clause that 'while' opens after an earlier report: that clause's subject
    ("Dockers watch the mayor argue that the port is safe, while her old rival, Tom Brown, has gained ground by "
     "claiming that the ferries are unsafe.", "Tom Brown"),
    # round 13: the nearest clause's subject, after a bare 'and' that opens a clause (a name and a verb after it)
    ("The auditors fined the captain last spring and Okafor dismissed his deputy, Tom Brown, conceding that the port "
     "had lost money.", "Okafor"),
    ("Brown and Doe met in Oslo and said the talks would resume.", "Brown and Doe"),  # no clause: unchanged
    ("The ferry workers and Okafor met and said the talks would resume.", "The ferry workers and Okafor"),
    # unchanged: the subject with its own apposition
    ("Tom Brown, the head of the ferry board, backed the plan on Friday, saying it would bring jobs.", "Tom Brown"),
    ("In May, the head of the ferry board, Tom Brown, backed the plan, saying it would bring jobs.", "Tom Brown"),
])
def test_participle_after_an_object_belongs_to_the_clause_subject(text, mention):
    assert spk(text, run(text)[-1]) == mention, [(spk(text, q), q.text) for q in run(text)]


@pytest.mark.parametrize("text,mention", [
    # round 13: a comma inside a closing quote before 'but'/'and' opens a clause like a plain comma does: a quote
    # after a colon takes that clause's subject
    ('Tom Brown said both ports are "empty shells," but he gave the mayor a backhanded compliment: "Nobody ever '
     'doubts her resolve."', "he"),
    ('Tom Brown said both ports are empty shells, but he gave the mayor a backhanded compliment: "Nobody ever doubts '
     'her resolve."', "he"),
    # unchanged: no new clause after the quote
    ('Tom Brown called both ports "empty shells" and gave the mayor a backhanded compliment: "Nobody ever doubts her '
     'resolve."', "Tom Brown"),
])
def test_colon_quote_takes_the_subject_of_a_clause_after_a_quoted_comma(text, mention):
    assert spk(text, [q for q in run(text) if q.kind == "direct"][-1]) == mention, [
        (spk(text, q), q.text) for q in run(text)]


@pytest.mark.parametrize("text,quoted,mention", [
    # doubled-apostrophe quotes with a nested single quote closing on "'''": inner closer, then the outer one
    ("The hall was quiet.\n\n''He would ask me, 'What did Kyiv mean by that?''' Mr. Novak said, smiling.",
     "''He would ask me, 'What did Kyiv mean by that?'''", "Mr. Novak"),
    ("Nothing moved.\n\n''I told them, 'We are not leaving,''' said Ms. Berg, who runs the group.",
     "''I told them, 'We are not leaving,'''", "Ms. Berg"),
    # an opening run of three is the outer opener, then the inner one
    ("He paused.\n\n'''Peace Now,''' he replied. ''It is the name of the plan.''", "'''Peace Now,'''", "he"),
])
def test_triple_apostrophe_closes_a_nested_quote_and_its_outer_quote(text, quoted, mention):
    q = run(text)[0]
    assert (q.text, spk(text, q)) == (quoted, mention)


@pytest.mark.parametrize("text,speakers", [
    # a cue after a quote that closed its sentence, leading into the next quote, attributes only the next one
    ('Lavrov spoke first. "The talks are over." Peskov added, "We will not return to Istanbul."',
     ["Lavrov", "Peskov"]),
    ('Kuleba wrote to Lavrov: "Why now? Why Istanbul?" Lavrov then wrote back, "Because it is time."',
     ["Kuleba", "Lavrov"]),
    # unchanged: a quote ending in a comma is attributed by the cue after it
    ('"The talks are over," Peskov said, "and we will not return."', ["Peskov", "Peskov"]),
])
def test_cue_leading_into_the_next_quote_does_not_attribute_the_one_before(text, speakers):
    assert [q.speaker for q in run(text) if q.kind == "direct"] == speakers, [
        (q.method, q.speaker, q.text) for q in run(text)]


@pytest.mark.parametrize("text,wrong,right", [
    # the phrase after a participle or 'telling' right after a quote is an addressee, never an inverted speaker
    ('Peskov called the plan "a dead end," telling reporters in Moscow that talks were over.',
     "reporters in Moscow", "Peskov"),
    ('Lavrov welcomed the "constructive spirit," saying the sides would meet again.', "the sides", None),
    # unchanged: an inverted speaker after 'said'
    ('"The talks are frozen," said Kremlin spokesman Dmitry Peskov.', None, "Kremlin spokesman Dmitry Peskov"),
])
def test_no_inverted_speaker_after_a_participle_cue(text, wrong, right):
    mentions = [spk(text, q) for q in run(text)]
    assert wrong not in mentions and (right is None or right in mentions), mentions


# --- round 5: a subject before a chain of appositions; sentence breaks after abbreviations undone -------------
@pytest.mark.parametrize("text,mention,content", [
    ("Jane Doe, 27, a nurse in Ohio, said the topic came up only rarely.", "Jane Doe",
     "the topic came up only rarely"),
    ("Tom Brown (D-Ore.), chair of the harbour board and a former mayor, said he backs the deal.",
     "Tom Brown (D-Ore.)", "he backs the deal"),
    ("Mark White, 58, who farms near Lviv, says the harvest came early.", "Mark White",
     "the harvest came early"),
    ("Ann Lee — who chairs the harbour board but does not vote — told reporters she will not run again.", "Ann Lee",
     "she will not run again"),
    ("In an interview, Jane Doe, 27, a nurse, said the talks were stalled.", "Jane Doe", "the talks were stalled"),
    ("Sen. Tom Lane (R-Ohio), also a candidate, said the plan was dead.", "Sen. Tom Lane (R-Ohio)",
     "the plan was dead"),
    ("Governor Tom Lane of Ohio, the No. 3 official in the party, said the talks will resume soon.",
     "Governor Tom Lane of Ohio", "the talks will resume"),
])
def test_subject_before_an_apposition_chain(text, mention, content):
    quotes = run(text)
    assert len(quotes) == 1, [(spk(text, q), q.text) for q in quotes]
    assert spk(text, quotes[0]) == mention and content in quotes[0].text, (spk(text, quotes[0]), quotes[0].text)


@pytest.mark.parametrize("text", [
    # an object with its apposition is no subject; a negation outside the apposition still negates
    "He met Tom Brown, the envoy, on Monday and left.",
    "Peskov, however, did not say that talks would resume.",
    "Jane Doe, 27, a nurse in Ohio, did not say that the talks were stalled.",
])
def test_apposition_chain_finds_nothing(text):
    assert run(text) == [], [(spk(text, q), q.text) for q in run(text)]


# --- round 5: a share of respondents opening a clause speaks; a reported clause stops before a new attribution --
@pytest.mark.parametrize("text,mention,content", [
    ("Views differ on energy: 47% say the plant should close.", "47%", "the plant should close"),
    ("Among farmers, 61 percent said they back the deal.", "61 percent", "they back the deal"),
    ("The envoy is well liked, but seven in 10 said they would prefer a new envoy.", "seven in 10",
     "they would prefer a new envoy"),
    ("Some 40 percent of teachers polled said they would strike.", "Some 40 percent of teachers polled",
     "they would strike"),
    ("Many farmers fear low prices; most said they would sell early.", "most", "they would sell early"),
    # round 8: 'more than N in M', word numbers in 'N in M', fractions and 'majorities' opening the phrase
    ("Ferry riders like the plan, and more than 3 in 10 said the fares are fair.", "more than 3 in 10",
     "the fares are fair"),
    ("Ferry riders like the plan, and nearly two in five said the fares are fair.", "nearly two in five",
     "the fares are fair"),
    ("Ferry riders like the plan, and three-fourths say the fares are fair.", "three-fourths",
     "the fares are fair"),
    ("Ferry riders differ, but majorities in all four ports say the fares are fair.",
     "majorities in all four ports", "the fares are fair"),
    ("Just over a third, 34 percent, say the fares are fair.", "Just over a third", "the fares are fair"),
])
def test_share_of_respondents_is_the_speaker(text, mention, content):
    quotes = run(text)
    assert len(quotes) == 1, [(spk(text, q), q.text) for q in quotes]
    assert spk(text, quotes[0]) == mention and content in quotes[0].text, (spk(text, quotes[0]), quotes[0].text)


@pytest.mark.parametrize("text", [
    "The report was filed on June 28, 2016 and tweeted later.",  # a year is no share
    "In 2016 said the word.",
    "The ferry is faster than two in five said it would be.",  # a comparison clause, not a share
])
def test_share_subject_finds_nothing(text):
    assert run(text) == [], [(spk(text, q), q.text) for q in run(text)]


def test_reported_clause_stops_before_a_new_attribution():
    text = "While the mayor said the talks are stalled, Mr. Brown said they will resume."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("the mayor", "the talks are stalled"), ("Mr. Brown", "they will resume")], got


# --- round 5: a progressive speech verb ('is promising', 'are saying') has the subject before its auxiliary ----
@pytest.mark.parametrize("text,mention,content", [
    ('The minister is promising to "rebuild every bridge" in the region.', "The minister",
     'to "rebuild every bridge" in the region'),
    ("Officials in Kyiv are saying the talks will resume.", "Officials in Kyiv", "the talks will resume"),
])
def test_progressive_cue_takes_the_subject_before_the_auxiliary(text, mention, content):
    quotes = run(text)
    assert len(quotes) == 1, [(spk(text, q), q.text) for q in quotes]
    assert spk(text, quotes[0]) == mention and content in quotes[0].text, (spk(text, quotes[0]), quotes[0].text)


@pytest.mark.parametrize("text,contents", [
    # a report inside a leading subordinate clause ends at the comma that closes the clause
    ("While Peskov said that the talks had stalled, Kyiv sent a new delegation to Istanbul.",
     ["the talks had stalled"]),
    ("When Peskov noted that the deadline had passed, Lavrov said the offer still stood.",
     ["the deadline had passed", "the offer still stood"]),
    ("Because the envoys reported that the talks had stalled, Kyiv sent a new delegation.",
     ["the talks had stalled"]),
    ("Not long after Peskov said the talks had stalled, Kyiv sent a new delegation.", ["the talks had stalled"]),
    # a comma inside a number is no clause break
    ("While one agency says it holds more than 1,700 detainees, the other gives no figure.",
     ["it holds more than 1,700 detainees"]),
    # not a leading clause: the report runs to the sentence end
    ("Peskov said that the talks had stalled, at least for now.", ["the talks had stalled, at least for now"]),
])
def test_report_in_a_leading_subordinate_clause_ends_at_its_comma(text, contents):
    assert [q.text for q in run(text)] == contents


@pytest.mark.parametrize("text,content", [
    # ', and' goes on with the report when no new actor, verb of the speaker or speech cue follows
    ("Peskov said the talks had stalled, and the mediators would try again in May.",
     "the talks had stalled, and the mediators would try again in May"),
    ("Peskov said Moscow wanted guarantees, and stepping up the pressure would change nothing.",
     "Moscow wanted guarantees, and stepping up the pressure would change nothing"),
    # a new actor, the speaker's own next verb, a subordinate clause or another report end it
    ("Peskov said the talks had stalled, and he blamed Kyiv for the delay.", "the talks had stalled"),
    ("Peskov said the talks had stalled, and Zelensky rejected the claim.", "the talks had stalled"),
    ("Peskov said the talks had stalled, and later criticized the mediators.", "the talks had stalled"),
    ("Peskov said the talks had stalled, and as the war goes on the gap is growing.", "the talks had stalled"),
    ("Peskov said the talks had stalled, and most officials said the same.", "the talks had stalled"),
    # ', but' likewise, and also before 'it'/'there' or a prepositional phrase
    ("Peskov said the talks were hard, but the gap was narrowing.", "the talks were hard, but the gap was narrowing"),
    ("Peskov said the talks were hard, but it is unclear what comes next.", "the talks were hard"),
    ("Peskov said the talks were hard, but for Kyiv the gap is too wide.", "the talks were hard"),
    # round 13: after a dash or a quote closed by a comma, a name or pronoun with its own speech verb ends it
    ("Peskov explained that Kyiv meant only the ferries - but he also insisted that the talks were over.",
     "Kyiv meant only the ferries"),
    ('Okafor described the strike as "a blow to the port," but he also stressed the "long hours" of the dockers.',
     'the strike as "a blow to the port,"'),
    # ... but not a clause without a speech verb
    ("Peskov said the ferries would stop - and he meant it.", "the ferries would stop - and he meant it"),
])
def test_report_goes_on_after_and_or_but_unless_a_new_clause_starts(text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize("text,content", [
    # a closing noun phrase after a comma is the writer's comment on the report, not part of it
    ("Peskov said the mediators would not return to the table, a blow to the Turkish hosts.",
     "the mediators would not return to the table"),
    # ... but not a name's apposition, a list, a clause or an apposition the clause goes on after
    ("Peskov said he had met Dmitry Kozak, the deputy head of the administration.",
     "he had met Dmitry Kozak, the deputy head of the administration"),
    ("Peskov said they differ on Crimea, the sanctions and the prisoners.",
     "they differ on Crimea, the sanctions and the prisoners"),
    ("Peskov said that by the close of the week, the envoys would meet again.",
     "by the close of the week, the envoys would meet again"),
    ("Peskov said the plan, a Turkish proposal, was dead.", "the plan, a Turkish proposal, was dead"),
    # round 6: one rule for both comments. 'a/an' after a main clause with a verb, whatever follows it ...
    ("Peskov said the mediators had left early, a charge that the ministry denied.", "the mediators had left early"),
    ("Peskov said the mediators had left early, a move the hosts regretted.", "the mediators had left early"),
    ("Peskov said the shelling had resumed, the worst since March.", "the shelling had resumed"),
    # ... but not after an opening subordinate clause or a name, nor a phrase with an auxiliary or 'be': a clause
    ("Peskov said that if the talks fail, a new round will follow.", "if the talks fail, a new round will follow"),
    ("Peskov said the delegation included Olga Petrova, a lawyer who advised the ministry.",
     "the delegation included Olga Petrova, a lawyer who advised the ministry"),
    ("Peskov said the talks had stalled, the mood in Ankara was grim.",
     "the talks had stalled, the mood in Ankara was grim"),
    ("Aides say the more seats he wins, the more leverage he has.",
     "the more seats he wins, the more leverage he has"),
])
def test_report_ends_before_a_closing_comment(text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize("text,content", [
    # the topic of a prepositional verb, or a clause after the adjunct, is content
    ("Peskov insisted on building a new channel to Kyiv.", "on building a new channel to Kyiv"),
    ("Peskov said after the meeting that the talks would resume.", "the talks would resume"),
    ("In May, Peskov said, when the talks resumed, the gap had narrowed.", "when the talks resumed, the gap had narrowed"),
])
def test_adjunct_after_a_cue_does_not_hide_content(text, content):
    assert [q.text for q in run(text)][-1] == content


def test_pronoun_after_a_cue_before_a_verb_is_no_inverted_speaker():
    text = 'Lavrov is tired of the "endless delays in Istanbul," says he does not expect any talks this year.'
    assert not any(q.method == "quote+cue" for q in run(text))


@pytest.mark.parametrize("text,content", [
    # ', though/although' goes on with the report unless another report follows before the next break
    ("Peskov said the talks were useful, although no date was set.", "the talks were useful, although no date was set"),
    ("Peskov said the talks were useful, though Lavrov said the gap was wide.", "the talks were useful"),
    # the writer's comparison after a poll answer
    ("Forty percent said they backed the talks, compared with 30 percent in May.", "they backed the talks"),
])
def test_report_goes_on_after_though_unless_another_report_follows(text, content):
    assert run(text)[0].text == content


@pytest.mark.parametrize("text,content,kind", [
    # a quote closing the clause of a verb outside the lexicon: the clause from after that verb is the content
    ('Sergei Lavrov is pondering whether the talks would have taken place "if the hosts were really neutral."',
     'the talks would have taken place "if the hosts were really neutral."', "mixed"),
    ('The envoy was rallying for a new round, praising "the courage of the mediators in Istanbul."',
     '"the courage of the mediators in Istanbul."', "direct"),
])
def test_subject_quote_takes_the_clause_of_its_verb(text, content, kind):
    assert [(q.text, q.kind) for q in run(text) if q.method == "subject"] == [(content, kind)]


def test_report_ends_before_a_markup_tag():
    text = 'Peskov told reporters the talks would resume in May pic.example.com/x<tweet/>.'
    assert [q.text for q in run(text)] == ["the talks would resume in May pic.example.com/x"]


@pytest.mark.parametrize("text,name", [
    # a capitalised place or institution after a locative preposition is no antecedent of 'he'/'she'
    ("Olena Koval met the students. She teaches at Lviv Polytechnic University. \"The talks matter,\" she said.",
     "Olena Koval"),
    ("Anton Berg spoke to students in South Carolina. \"Nothing is agreed,\" he said.", "Anton Berg"),
    # round 13: a phrase headed by an outlet, place or body noun ('News', 'Street', 'Convention') names no person,
    # wherever it stands; the head of 'X of the Y Center' is X
    ('Tom Brown visited the docks. The fight is about Wall Street. "We will sail again," he said.', "Tom Brown"),
    ('Jane Doe met the dockers. The meeting was covered by Harbour News. "We will sail again," she said.',
     "Jane Doe"),
    ('The hall was full. Ann Lee of the Harbour Policy Center spoke first. "We will sail again," she said.',
     "Ann Lee"),
    # round 13: nor a name that modifies a medium or crowd noun ('a Harbour Weekly interview', 'the Ohio crowd')
    ('Tom Brown spoke to the dockers on Monday. Later came a long Harbour Weekly interview. "It is over," he said.',
     "Tom Brown"),
])
def test_person_pronoun_skips_a_place_after_a_locative_preposition(text, name):
    quotes = extract_quotes(text, article_id="t")  # the project registry: unknown places are not persons
    assert [q.speaker for q in quotes] == [name]


@pytest.mark.parametrize("text,name", [
    # 'who' after a dash refers to the phrase before the dash, as after a comma
    ("Peskov - who previously said the talks were dead - said on Monday that they could resume.", "Peskov"),
    ("Peskov — who previously said the talks were dead — said on Monday that they could resume.", "Peskov"),
])
def test_who_after_a_dash_refers_to_the_phrase_before_it(text, name):
    assert all(q.speaker == name for q in run(text)) and run(text), [(q.speaker, q.text) for q in run(text)]


@pytest.mark.parametrize("text,mention", [
    # a surname that is also a function word ('From', 'Will', 'May') right after a quote and before the cue
    ('"We needed the lenders," From said.', "From"),
    ("“This might hasten the end of the war,” Will wrote.", "Will"),
    ('"It is over," said Ann From, who chairs the group.', "Ann From"),
    # unchanged: an ordinary inverted name, and 'Then' is never a name
    ('"It is over," said Peskov. Then he left.', "Peskov"),
])
def test_function_word_surnames_after_a_quote(text, mention):
    assert spk(text, run(text)[0]) == mention


def test_pronoun_in_a_reported_clause_takes_the_reporter_not_the_addressee():
    # 'he' right after 'told <addressee> that' is the reporter's: its mention and name, not the addressee's
    text = "Lavrov also told his counterpart Antony Blinken that he believes he, “may see the talks resume in May.”"
    direct = [q for q in run(text) if q.kind == "direct"]
    assert [(spk(text, q), q.speaker) for q in direct] == [("Lavrov", "Lavrov")]


@pytest.mark.parametrize("lead,mention", [
    # a lead paragraph opening on 'as X <cue>' and ending in a colon introduces a block quote by X
    ("As Reuters reported on Friday, the ministry was still refusing to comment:", "Reuters"),
    ("Of course, as the analyst Anna Berg observed, the real winner was the format itself:", "the analyst Anna Berg"),
])
def test_as_source_lead_paragraph_attributes_the_block_quote(lead, mention):
    text = f'{lead}\n\n"The talks have stalled, and nobody in the delegation expects a breakthrough this month."'
    direct = [q for q in run(text) if q.kind == "direct"]
    assert [spk(text, q) for q in direct] == [mention]


@pytest.mark.parametrize("text,wrong", [
    # the speaker phrase after a quote that sits in a clause with its own verb opens a new clause
    ('Lavrov called the proposal "a step back," but he also noted that talks could resume.', "he"),
    ('Although Peskov says he "respects Kyiv," he also accuses it of delaying the talks.', "he"),
])
def test_speaker_after_a_quote_in_an_earlier_clause_does_not_attribute_it(text, wrong):
    quotes = run(text)
    assert not any(q.method == "quote+cue" and spk(text, q) == wrong for q in quotes), [
        (q.method, spk(text, q), q.text) for q in quotes]


def test_interview_transcript_labels_are_speakers():
    text = ("ANNA BERG: Do you think the talks in Istanbul can still succeed this year?\n\n"
            "KULEBA: I think they can, but only if Moscow stops the shelling first.\n\n"
            "ANNA BERG: Thank you for joining us.")
    quotes = run(text)
    assert [(spk(text, q), q.method) for q in quotes][:2] == [("ANNA BERG", "transcript-turn"), ("KULEBA", "transcript-turn")]


@pytest.mark.parametrize("text", [
    # one label is no transcript; a headline in capitals after a label is no answer
    "UPDATE: The talks in Istanbul were postponed until next week, officials told reporters.",
    "PENTAGON: RUSSIAN BUILDUP IS THE BIGGEST IN DECADES\n\nKREMLIN: TALKS ARE ON HOLD UNTIL MAY",
])
def test_no_transcript_without_two_labelled_answers(text):
    assert not any(q.method == "transcript-turn" for q in run(text))


# --- round 5: lexicon rows kept at train precision >= 80 % --------------------------------------------------------
@pytest.mark.parametrize("text,mention,content", [
    ("The minister made it clear that the talks would not resume.", "The minister", "the talks would not resume"),
    ("The senator denounced the deal as a betrayal.", "The senator", "the deal as a betrayal"),
    ("Kyiv's envoy mocked the proposal as a stunt.", "Kyiv's envoy", "the proposal as a stunt"),
    ("The diplomat wondered whether the ceasefire would hold.", "The diplomat", "whether the ceasefire would hold"),
    ("The host then asked which villages had been hit.", "The host", "which villages had been hit"),
    ("The governor touted his record on jobs.", "The governor", "his record on jobs"),
    ("Critics charged that the plan favoured Moscow.", "Critics", "the plan favoured Moscow"),
    ("The group claims to represent most farmers in the region.", "The group", "to represent most farmers"),
])
def test_round5_cues(text, mention, content):
    quotes = run(text)
    assert len(quotes) == 1, [(spk(text, q), q.text) for q in quotes]
    assert spk(text, quotes[0]) == mention and content in quotes[0].text, (spk(text, quotes[0]), quotes[0].text)


@pytest.mark.parametrize("text", [
    "He was charged with fraud in 2019.",  # 'charged' needs 'that'
    "The farmers worried about the harvest.",  # 'worried' needs 'that'
])
def test_round5_cues_find_nothing(text):
    assert run(text) == [], [(spk(text, q), q.text) for q in run(text)]


# --- round 5: quoted words in a that-clause or an 'as' label after any verb with a subject ------------------------
@pytest.mark.parametrize("text,mention,content", [
    ('The envoy welcomed the deal with Kyiv as a "first real step."', "The envoy",
     'the deal with Kyiv as a "first real step'),
    ('Mr. Brown grumbled that the minister, a newcomer, was "still reading the map."', "Mr. Brown",
     'the minister, a newcomer, was "still reading the map'),
])
def test_quoted_clause_or_label_after_any_verb(text, mention, content):
    quotes = run(text)
    assert len(quotes) == 1, [(spk(text, q), q.text) for q in quotes]
    assert spk(text, quotes[0]) == mention and content in quotes[0].text, (spk(text, quotes[0]), quotes[0].text)


@pytest.mark.parametrize("text", [
    'She later served as the "voice" of the delegation.',  # no object before 'as'
    'They scanned the archive for terms such as "truce" and "border."',
])
def test_label_without_object_finds_nothing(text):
    assert run(text) == [], [(spk(text, q), q.text) for q in run(text)]


# --- round 5: Title Case headlines 'Name Says …' ------------------------------------------------------------------
def test_title_case_headline_attributes_the_rest():
    text = "Anna Berg Says The Peace Plan Leaves Farmers Behind\n\nThe talks resumed on Monday."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("Anna Berg", "The Peace Plan Leaves Farmers Behind")], got


@pytest.mark.parametrize("text", [
    "Kremlin Official Accused Of Leaking Plan To Press\n\nThe talks resumed.",  # passive headline
    "Envoy Responds To Questions About The Talks\n\nThe talks resumed.",  # a topic, not the speech
    "Talks Continue In Geneva As Envoys Meet Again\n\nThe talks resumed.",
])
def test_title_case_headline_finds_nothing(text):
    assert run(text) == [], [(spk(text, q), q.text) for q in run(text)]


# --- round 5: 'when asked …' anywhere in the sentence reports the question, with no speaker -----------------------
@pytest.mark.parametrize("text,content", [
    ('"We will see," the envoy said when asked whether the talks would resume.', "the talks would resume"),
    ("When asked how long the ceasefire in Donbas would hold, she smiled.",
     "how long the ceasefire in Donbas would hold"),
])
def test_when_asked_reports_the_question(text, content):
    got = [(spk(text, q), q.text) for q in run(text) if q.kind == "indirect"]
    assert got == [(None, content)], got


@pytest.mark.parametrize("text", [
    "He smiled when asked to sit down.",
    "He smiled when asked about the ceasefire in Donbas.",  # a topic, not a question (train: mostly unmarked)
])
def test_when_asked_needs_a_question(text):
    assert [q for q in run(text) if q.kind == "indirect"] == []


def test_poll_released_on_a_day_is_the_source():
    text = "A survey published Monday found that 55 percent of farmers back the deal."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("A survey", "55 percent of farmers back the deal")], got


# --- round 5: the whole phrase between the last comma and a sentence-final cue is the speaker ----------------------
@pytest.mark.parametrize("text,mention,content", [
    ("Two days earlier, a convoy was stopped near the border, police said.", "police",
     "a convoy was stopped near the border"),
    ("The envoy will skip the summit, a person close to him said on Monday.", "a person close to him",
     "The envoy will skip the summit"),
    ("The ministry plans new sanctions, current and former officials said.", "current and former officials",
     "The ministry plans new sanctions"),
])
def test_postposed_phrase_is_the_speaker(text, mention, content):
    quotes = run(text)
    assert len(quotes) == 1, [(spk(text, q), q.text) for q in quotes]
    assert spk(text, quotes[0]) == mention and content in quotes[0].text, (spk(text, quotes[0]), quotes[0].text)


# --- round 5: speech inside a leading subordinate clause ends at the clause's comma --------------------------------
def test_leading_subordinate_clause_ends_at_its_comma():
    text = "While the minister said the talks had stalled, envoys met again in Geneva on Monday."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("the minister", "the talks had stalled")], got


def test_number_comma_does_not_end_an_opening():
    text = "While the agency says there are more than 3,100 refugees in the camp, others disagree."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("the agency", "there are more than 3,100 refugees in the camp")], got


def test_whose_clause_before_the_cue_belongs_to_the_speaker():
    text = "The farmers whose fields were flooded say the dam was never inspected."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("The farmers", "the dam was never inspected")], got


@pytest.mark.parametrize("text,mention", [
    ("A source familiar with the negotiations said the draft was ready.",
     "A source familiar with the negotiations"),
    ("People close to the minister say the talks will resume.", "People close to the minister"),
])
def test_source_close_to_or_familiar_with_is_one_speaker(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- round 5 (speaker 2): an interrupted quote before "He added, "…"" takes that nearer mention -----------------
@pytest.mark.parametrize("text,middle", [
    ('“We will not sign this draft,” Mr. Petrenko said. “Nobody in Kyiv will accept it.” He added, '
     '“The talks must start again.”', "He"),
    # another speaker there replies: the interrupted quote keeps the previous speaker
    ('“We will not sign this draft,” Mr. Petrenko said. “Nobody in Kyiv will accept it.” Ms. Orlova replied, '
     '“The talks must start again.”', "Mr. Petrenko"),
    # no speaker phrase after it: nothing changes
    ('“We will not sign this draft,” Mr. Petrenko said. “Nobody in Kyiv will accept it.” Later the envoys left.',
     "Mr. Petrenko"),
])
def test_interrupted_quote_takes_the_next_mention_of_the_same_speaker(text, middle):
    quotes = run(text)
    got = [(spk(text, q), q.text) for q in quotes]
    assert len(quotes) >= 2 and spk(text, quotes[1]) == middle, got


# --- round 5 (speaker 2): "but"/"and" after a quote opens a clause, it is no premodifier of a speaker -----------
@pytest.mark.parametrize("text,mention,content", [
    ("Foreign Minister Anna Berg said the mediation plan was “fair to both sides”, but she also cautioned Moscow "
     "about new strikes.", "Foreign Minister Anna Berg", "the mediation plan was"),
    ("Ms. Holt said the plan was “a dead end”, and she noted progress in the talks.", "Ms. Holt",
     "the plan was"),
])
def test_conjunction_after_quote_is_not_part_of_the_speaker(text, mention, content):
    quotes = run(text)
    got = [(spk(text, q), q.text) for q in quotes]
    first = next((q for q in quotes if content in q.text), None)
    assert first is not None and spk(text, first) == mention, got
    assert all(not spk(text, q).lower().startswith(("but ", "and ")) for q in quotes if spk(text, q)), got


# --- round 5 (speaker 2): a participle after an apposition to an object belongs to the clause subject -----------
@pytest.mark.parametrize("text,mention", [
    ("The minister removed his deputy, Ivan Petrov, conceding that the talks had failed.", "The minister"),
    ("The delegation thanked the mediator, Anna Berg, saying that the draft was fair.", "The delegation"),
    # the apposition of the subject itself still speaks through its own cue
    ("Lavrov, the foreign minister, said that the talks had failed.", "Lavrov"),
])
def test_participle_after_apposition_to_object_takes_the_subject(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- round 5 (speaker 2): a nameless phrase between a quote and a comma is not the speaker ----------------------
@pytest.mark.parametrize("text,mention", [
    ("“This round feels like the spring talks of last year,” the last round before the winter, Koval says.", "Koval"),
    ("“Nobody here expects a signature before Friday,” like the mood in the corridors, "
     "said Anna Berg, the Swedish envoy.", "Anna Berg"),
    # a speaker phrase with its own apposition is unchanged
    ("“We will not sign,” the envoy, a veteran diplomat, said.", "the envoy"),
])
def test_nameless_phrase_after_quote_is_not_the_speaker(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- round 5 (speaker 2): the agent of a passive 'asked by' asks the question after it ----------------------------
@pytest.mark.parametrize("text,mention", [
    ("Kuleba was asked by host Anna Berg, who has covered the talks for years, “Will you meet Lavrov again?”",
     "host Anna Berg"),
    ("Kuleba was asked by moderator Anna Berg whether the ceasefire would “hold through the winter and beyond.”",
     "moderator Anna Berg"),
    # no agent: the subject, as before
    ("Kuleba was asked, “Will you meet Lavrov again?”", "Kuleba"),
])
def test_passive_asked_by_agent_asks(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- round 5 (speaker 2): 'Berg said he believes "…"' with a name outside the registry -----------------------------
@pytest.mark.parametrize("text,mention", [
    ("Asked about the new map, Okafor said he believes “the border line will move again before spring.”",
     "Okafor"),
    ("Asked about the draft, Anna Berg said that she hopes “the mediators will keep the channel open.”", "Anna Berg"),
    # an addressee between the cue and the pronoun: one report of the outer speaker (round 6, nested reports)
    ("Anna Berg told reporters he believes “nothing will change.”", "Anna Berg"),
])
def test_pronoun_reported_by_an_unknown_name_takes_the_name(text, mention):
    quotes = run(text)
    assert [spk(text, q) for q in quotes] == [mention], [(spk(text, q), q.text) for q in quotes]


# --- round 5 (recall 2): a sentence opening on "As <speaker> <cue>," reports its main clause ----------------------
@pytest.mark.parametrize("text,expected", [
    ("As the ministry noted, the envoys will meet again in Geneva.",
     [("the ministry", "the envoys will meet again in Geneva")]),
    ("But as Jane Doe recently wrote, the talks are not over yet.",
     [("Jane Doe", "the talks are not over yet")]),
    ("As she said at the outset, she is tired.", []),
    ("The talks stalled in May, as she said at the outset.", []),
    # round 7: the aside after a comma inside the sentence, with a short adjunct before its closing comma
    ("The envoys met twice, and as the ministry noted on Monday, the next round will be held in Geneva.",
     [("the ministry", "the next round will be held in Geneva")]),
    ("However, as the Daily Courier has reported, the deputies rejected the draft.",
     [("the Daily Courier", "the deputies rejected the draft")]),
    ("If the ceasefire holds, as some diplomats hope, the envoys will meet again.", []),
    ("He owed his post to, as one diplomat put it, a quiet deal.", []),
])
def test_leading_as_clause_reports_the_main_clause(text, expected):
    got = [(spk(text, q), q.text) for q in run(text) if q.kind != "direct"]
    assert got == expected, got


# --- round 5 (recall 2): "and <cue>" after a verb the verb reader does not know takes the opening name ------------
@pytest.mark.parametrize("text,expected", [
    ("The Kremlin envoy shrugged and said the vote was postponed.",
     [("the vote was postponed",)]),
    ("Jane Doe folded her notes and said she would sign the memorandum.", [("she would sign the memorandum",)]),
    ("In Geneva the envoys met and said nothing.", []),
])
def test_and_cue_after_unknown_verb_takes_the_opening_name(text, expected):
    got = [(q.text,) for q in run(text) if q.kind != "direct"]
    assert got == expected, got
    assert all(q.speaker for q in run(text))


# --- round 5 (recall 2): a reported clause inside a relative clause ends at ", said" (the main verb) --------------
def test_relative_clause_report_ends_before_the_main_cue():
    text = "Olek Marchuk, who said the grain deal had expired, said Odesa needs a new corridor."
    got = sorted((spk(text, q), q.text) for q in run(text))
    assert got == [("Olek Marchuk", "Odesa needs a new corridor"), ("who", "the grain deal had expired")], got


# --- round 10 (reported-speech audit): 'who … and <cue>' takes the relative 'who', not the sentence subject -------
@pytest.mark.parametrize("text,content,speaker", [
    ("Jane Doe floated a ferry plan, prompting questions from Tom Brown, who sought details and insisted that "
     "the port was unsafe.", "the port was unsafe", "Tom Brown"),
    ("Jane Doe, who opened the door and said that the port was unsafe, left.", "the port was unsafe", "Jane Doe"),
    ("Jane Doe met Tom Brown at the port and said that the ferries were late.", "the ferries were late", "Jane Doe"),
])
def test_who_conjunct_speaker(text, content, speaker):
    got = [(q.text, q.speaker) for q in run(text) if q.text == content]
    assert got == [(content, speaker)], [(q.text, q.speaker) for q in run(text)]


# --- round 5: table of speaker and content rules (text -> [(speaker mention, content)]; [] = nothing found) ---
@pytest.mark.parametrize("text,expected", [
    # round 5 (recall 2): a postposed record, poll or study with an evidence cue ('…, records show.')
    ("Two tankers left Novorossiysk in March, shipping records show.",
     [("shipping records", "Two tankers left Novorossiysk in March")]),
    ("Support for a truce is rising in Kharkiv, the survey shows.",
     [("the survey", "Support for a truce is rising in Kharkiv")]),
    ("The envoy found the talks useful, Jane Doe found.", []),
    # round 5 (recall 2): an unquoted label after "called" + object is indirect speech
    ("Tom Brown called the envoy a stubborn man.", [("Tom Brown", "the envoy a stubborn man")]),
    ("Jane Doe called it premature.", [("Jane Doe", "it premature")]),
    ("Jane Doe called him back on Monday.", []),
    ("The envoy called the police a day later.", []),
    ("The minister called a meeting for Monday.", []),
    # round 5 (recall 2): a contracted progressive ("He's predicting that …")
    ("He’s predicting that the talks will fail.", [("He", "the talks will fail")]),
    ("They're saying the talks will fail.", [("They", "the talks will fail")]),
    ("The minister's saying about the talks was odd.", []),
    # round 5 (recall 2): a verbless aside between dashes before the cue is skipped
    ("Several envoys — including two from Kyiv — said the deal was close.",
     [("Several envoys", "the deal was close")]),
    ("The talks stalled — partly over the ports — said nothing new.", []),
    # round 5 (recall 2): "made the case/point that"
    ("Jane Doe made the case that the sanctions do not work.", [("Jane Doe", "the sanctions do not work")]),
    ("Jane Doe made the case for new sanctions.", []),
    # round 5 (recall 2): a verbless time phrase opening the sentence is no postposed report
    ("Later on Friday, the ministry said the convoy had crossed.", [("the ministry", "the convoy had crossed")]),
    ("Talks are on hold, he said.", [("he", "Talks are on hold")]),
    # round 5 (recall 2): a short lowercase speaker phrase between commas ('…, participants said, …')
    ("By the end of March, delegates said, the ceasefire would cover the ports.",
     [("delegates", "the ceasefire would cover the ports")]),
    ("In the first week, local farmers said, no ships reached Izmail.",
     [("local farmers", "no ships reached Izmail")]),
    # round 5 (recall 2): lowercase plural subject after an opening "but/and"
    ("But grain exporters say the corridor is too narrow.",
     [("grain exporters", "the corridor is too narrow")]),
    ("The route is long, but rail workers say it can carry the load.",
     [("rail workers", "it can carry the load")]),
    ("But slowly talks say nothing.", []),
])
def test_round5_speaker_and_content(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 5 (recall 2): a poll or study noun with a prepositional phrase before an evidence cue ------------------
@pytest.mark.parametrize("text,content", [
    ("A survey of grain farmers by the institute found most of them expect a longer war.",
     "most of them expect a longer war"),
    ("A review of customs filings showed exports fell by a third.",
     "exports fell by a third"),
])
def test_evidence_noun_with_prepositional_phrase_is_the_source(text, content):
    got = [q.text for q in run(text)]
    assert got == [content], got


def test_evidence_phrase_needs_an_evidence_noun():
    text = "A friend of the envoy found the talks useful."
    assert [q.text for q in run(text)] == []


# --- round 5 (recall 2): a name after a preposition inside an apposition is no subject -------------------------
def test_apposition_chain_reads_past_a_name_inside_an_apposition():
    text = ("Ivan Petrenko, a former adviser to the Odesa Port Authority, whose family runs a shipping firm, said the "
            "corridor must stay open.")
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("Ivan Petrenko", "the corridor must stay open")], got


# --- round 5 (recall 2): a passive participle + "by" inside an apposition is no verb --------------------------
def test_apposition_with_participle_by_phrase():
    text = "Jane Doe, in a statement released by the ministry, said the talks had stalled."
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == [("Jane Doe", "the talks had stalled")], got


# --- round 6 (precision): a quote attributed inside a reported clause is part of that report ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Okafor said he trusted “with all his soul” that the talks would resume.",
     [("mixed", "Okafor", "he trusted “with all his soul” that the talks would resume")]),
    ("The envoy said he believes “nothing of substance will change” this year.",
     [("mixed", "The envoy", "he believes “nothing of substance will change” this year")]),
    # a relative clause with its own speaker, or a quote after a colon: reports of their own
    ("Okafor said the plan would end the war, which he called “a real chance.”",
     # (round 12: the relative clause with its own speaker is left out of the outer report)
     [("indirect", "Okafor", "the plan would end the war"), ("direct", "he", "“a real chance.”")]),
    ("Okafor said that asked about the map, Berg said: “We will see.”",
     [("indirect", "Okafor", "asked about the map"), ("direct", "Berg", "“We will see.”")]),
])
def test_nested_report_folds_into_the_outer_one(text, expected):
    got = [(q.kind, spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6 (precision): 'add' before a noun phrase adds a thing, not words -------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The economy added 200,000 jobs in March, the ministry said.", [("the ministry", "The economy added 200,000 jobs in March")]),
    ("Then the envoy added a caveat.", []),
    ("The mediators are adding a new round to the schedule.", []),
    # speech: after 'that', a comma or a bare clause
    ("The envoy added that the talks would resume in May.", [("The envoy", "the talks would resume in May")]),
    ("The envoy added he would return to Geneva next week.", [("The envoy", "he would return to Geneva next week")]),
])
def test_add_before_a_noun_phrase_is_no_speech(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6 (precision): an -ing cue form after a degree word is an adjective ('Perhaps most telling, …') --------
@pytest.mark.parametrize("text", [
    "Perhaps most telling, the envoys never met again.",
    "The most telling promise the envoy made is that the talks will go on.",
    "Very revealing, the draft names no date.",
])
def test_degree_word_before_ing_cue_form_is_no_speech(text):
    assert [q.text for q in run(text) if q.kind != "direct"] == []


# --- round 6 (precision): a report and its speaker's cue-less quote right after it stay two attributions ---------
# (PolNeAR marks them as one mixed attribution; merging them was measured (+0.23 train precision) and reverted,
# because it turned ~3 % of the corpus's direct quotes into parts of mixed ones)
@pytest.mark.parametrize("text,expected", [
    ("Okafor said the talks had stalled. “We see no progress at all.”",
     [("indirect", "Okafor", "the talks had stalled"), ("direct", "Okafor", "“We see no progress at all.”")]),
    ("Okafor said there is a simple reason: “Nobody wants to give up the bridge.”",
     [("indirect", "Okafor", "there is a simple reason"), ("direct", "Okafor", "“Nobody wants to give up the bridge.”")]),
    # the quote in the next paragraph, or with a cue and speaker of its own: two attributions
    ("Okafor said the talks had stalled.\n\n“We see no progress at all.”",
     [("indirect", "Okafor", "the talks had stalled"), ("direct", "Okafor", "“We see no progress at all.”")]),
    ("Okafor said the talks had stalled. “We see no progress at all,” Berg added.",
     [("indirect", "Okafor", "the talks had stalled"), ("direct", "Berg", "“We see no progress at all,”")]),
])
def test_report_and_following_quote_stay_two_attributions(text, expected):
    got = [(q.kind, spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6 (precision): no sentence break after a title or a name's initial before a capital -------------------
@pytest.mark.parametrize("text,expected", [
    ("The envoy said he is close to Arkansas Gov. Mike Lane and to Jane Doe.",
     [("The envoy", "he is close to Arkansas Gov. Mike Lane and to Jane Doe")]),
    ("Aides said the plan came from George H.W. Lane himself.",
     [("Aides", "the plan came from George H.W. Lane himself")]),
    # a sentence that ends in an abbreviation of a country still ends there
    ("The envoy said the talks would move to the U.S. He left on Friday.",
     [("The envoy", "the talks would move to the U.S")]),
])
def test_no_sentence_break_after_title_abbreviation(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6 (speaker): speaker mentions, each group under its rule -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # a document noun that is also a cue form ('report', 'note') heads the speaker phrase after a quote
    ('He left. "The plan is dead and we will not sign it," the report concluded.',
     [("the report", '"The plan is dead and we will not sign it,"')]),
    ('He left. "Your envoy is late and your map is wrong!" the note says.',
     [("the note", '"Your envoy is late and your map is wrong!"')]),
    ('He left. "The plan is dead and we will not sign it," the memo notes.',
     [("the memo", '"The plan is dead and we will not sign it,"')]),
    ('He left. "The plan is dead and we will not sign it," report notes.',  # no determiner: no noun use read
     [("He", '"The plan is dead and we will not sign it,"')]),
    # a clause (noun phrase + verb) after a comma is no apposition of the name before it: a participle cue closing
    # it belongs to that clause's subject
    ("When the family moved back to rural Ohio, his mother refused to teach him French, insisting that he was "
     "American.", [("his mother", "he was American")]),
    ("Doe met Lavrov, the veteran minister, saying that the talks were over.", [("Doe", "the talks were over")]),
    ("Jane Doe, the envoy who met him, saying that the talks were over.", [("Jane Doe", "the talks were over")]),
    # the head of a restrictive relative clause speaks, not the object that ends the clause before the cue
    ("Current and former aides who talked to The Harbour Gazette said the bloc is now divided.",
     [("former aides", "the bloc is now divided")]),
    ("Many local leaders who would rather be working for Doe or Jane Roe said they have rallied behind him.",
     [("Many local leaders", "they have rallied behind him")]),
    ("Voters who want change were many - only Jane Roe said the plan was sound.",
     [("Jane Roe", "the plan was sound")]),
    # a sentence opening on a participle with its object, or on a preposition such as "outside", up to a comma,
    # is no subject
    ("Rallying hundreds of workers, Jane Doe tried to calm them and promised to deliver change.",
     [("Jane Doe", "to deliver change")]),
    ("Flying home one night, she told her husband that it would be ugly.", [("she", "it would be ugly")]),
    ("Outside the hall, Jane Doe spoke to the crowd and said the deal was dead.", [("Jane Doe", "the deal was dead")]),
    ("Browning told reporters the deal was dead.", [("Browning", "the deal was dead")]),
    ("Like Doe, Jane Roe also rejected the notion, arguing that there is room for talks.",
     [("Jane Roe", "the notion"), ("Jane Roe", "there is room for talks")]),
    # a quote inside a paragraph of narration (no quote before it there) inherits no speaker from an earlier one
    ('"The deal is dead and buried," Jane Roe said.\n\nMany people disliked the phrase. Why not just say: "They will '
     'sail home on the boats they came on and nobody will stop them"?',
     [("Jane Roe", '"The deal is dead and buried,"'),
      (None, '"They will sail home on the boats they came on and nobody will stop them"')]),
    ('"The deal is dead and buried," Jane Roe said.\n\n"They will sail home on the boats they came on and nobody will '
     'stop them."', [("Jane Roe", '"The deal is dead and buried,"'),
                    ("Jane Roe", '"They will sail home on the boats they came on and nobody will stop them."')]),
    # "<speaker> in a statement/post/interview said": the medium after a preposition is no speaker
    ("The ministry in a statement said the talks would resume.", [("The ministry", "the talks would resume")]),
    ("Jane Doe in a Medium post said she would stay.", [("Jane Doe", "she would stay")]),
    ("Participants in the meeting said the talks would resume.",
     [("Participants in the meeting", "the talks would resume")]),
])
def test_round6_speaker_mention(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- the parser's one verb test (round 6 refactor): has_verb over a token span, verb_at for one token -----------
def _parser(text: str):
    from peacetalks.cues import load_cues
    from peacetalks.quotes._parser import _Parser, _tokens
    return _Parser(_tokens(text, 0, len(text)), load_cues())


@pytest.mark.parametrize("text,options,expected", [
    # finite auxiliaries, modals and forms of 'be' always count, in any case
    ("the talks will resume", {}, True),
    ("the envoys won't return", {"lexical": False}, True),
    ("Being there", {"lexical": False}, True),
    # lexical words: speech cues, irregular pasts and -ed words (lowercase only)
    ("the minister said so", {}, True),
    ("the minister said so", {"lexical": False}, False),
    ("the minister wrote back", {}, True),
    ("the retired general", {}, True),
    ("the retired general", {"participles": False}, False),
    ("the minister Said so", {}, False),
    # -s forms only on request, lowercase and not -ss/-us/-is
    ("Moscow opposes the plan", {}, False),
    ("Moscow opposes the plan", {"s_forms": True}, True),
    ("the boss of a new status", {"s_forms": True}, False),
    ("Officials in Kyiv", {"s_forms": True}, False),
    # the infinitive marker and a masked quote only on request
    ("in order to win", {}, False),
    ("in order to win", {"infinitive": True}, True),
    ("a # in the end", {}, False),
    ("a # in the end", {"mask": True}, True),
    # nothing that reads as a verb, whatever the options
    ("on Tuesday in Kyiv", {"infinitive": True, "s_forms": True, "mask": True}, False),
    ("a senior Russian diplomat", {"infinitive": True, "s_forms": True, "mask": True}, False),
    ("", {}, False),
])
def test_has_verb(text, options, expected):
    p = _parser(text)
    assert p.has_verb(0, len(p.t), **options) is expected


@pytest.mark.parametrize("text,a,b,expected", [
    ("the envoy said the talks stalled", 0, 2, False),  # the span [a, b) only: 'the envoy'
    ("the envoy said the talks stalled", 1, 3, True),
    ("the envoy said the talks stalled", 3, 3, False),  # an empty span
])
def test_has_verb_reads_only_its_span(text, a, b, expected):
    assert _parser(text).has_verb(a, b) is expected


@pytest.mark.parametrize("text,k,options,expected", [
    ("he has left", 1, {}, True),
    ("he has left", 0, {}, False),
    ("a negotiated settlement", 1, {}, True),
    ("a negotiated settlement", 1, {"participles": False}, False),
    ("Kyiv favours it", 1, {}, False),
    ("Kyiv favours it", 1, {"s_forms": True}, True),
])
def test_verb_at(text, k, options, expected):
    assert _parser(text).verb_at(k, **options) is expected


# --- round 6 (direct/mixed): a cue's own quote and a quoted clause after a postposed attribution ---------------
@pytest.mark.parametrize("text,expected", [
    # a quote right after "<cue>," whose speaker the phrase reader cannot find is still a direct quote
    ("Last month, when I asked Jane Doe if she would ever sign the plan, she looked straight into my camera, "
     "furrowed her brow and said, \"Sign it right now!\"",
     [("indirect", "if she would ever sign the plan, she looked straight into my camera, furrowed her brow"),
      ("direct", "\"Sign it right now!\"")]),
    # a short quoted phrase after a plain comma (no cue) stays a scare quote
    ("Last month, she looked straight into my camera, furrowed her brow, \"Sign it right now!\"", []),
    # '…, in fact, she said it "…" her': the short quoted clause is a report of its own as well
    ("Jane Doe is not worried about the losses — in fact, she said it \"toughens\" her.",
     [("indirect", "Jane Doe is not worried about the losses — in fact"), ("mixed", "it \"toughens\" her")]),
    ("Jane Doe is not worried about the losses, she said on Monday.",
     [("indirect", "Jane Doe is not worried about the losses")]),
])
def test_round6_cued_quotes(text, expected):
    got = [(q.kind, q.text) for q in run(text) if q.nested_in is None]
    assert got == expected, got


# --- round 6 (direct/mixed): a programme title after a possessive is no quote of the cue ------------------------
@pytest.mark.parametrize("text,expected", [
    ("Jane Doe said on BBC's \"Hard Talk\" that she would take a look at the plan.",
     [("indirect", "she would take a look at the plan")]),
    ("Jane Doe said on BBC's \"Hard Talk\" that the plan was a \"bad deal.\"",
     [("mixed", "the plan was a \"bad deal.\"")]),
    ("Jane Doe backed the plan while the talks ran, she said on Wednesday on BBC’s “Hard Talk.”",
     [("indirect", "Jane Doe backed the plan while the talks ran")]),
    ("Sunday on the TV channel’s “Hard Talk,” Jane Doe said the minister’s “judgment” is in question.",
     [("mixed", "the minister’s “judgment” is in question")]),
    ("The channel’s “Hard Talk” ran late on Sunday.", []),
])
def test_round6_programme_title_after_possessive(text, expected):
    got = [(q.kind, q.text) for q in run(text) if q.nested_in is None]
    assert got == expected, got


# --- round 6 (direct): the words after "chants of" are the chanters' direct quote -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Supporters answered with chants of \"Glory to Ukraine.\"",  # round 10: the chanters are named
     [("direct", "\"Glory to Ukraine.\"", "Supporters")]),
    ("But their chants of \"Peace! Peace!\" were cut short.", [("direct", "\"Peace! Peace!\"", "their")]),
    ("The chant of freedom rang out.", []),
    ("The marchers sang songs of \"peace\" all night.", []),
])
def test_round6_chants_of(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text) if q.nested_in is None]
    assert got == expected, got


# --- round 6 (direct): zero-width / bidirectional format characters next to a quote mark count as spaces --------
@pytest.mark.parametrize("text,inner", [
    ("Readers replied at once.\n\n\u202a”We will not give up!!” posted Jane Doe.", "We will not give up!!"),
    ("Readers replied at once.\n\n\u200b“We will not give up,” Jane Doe wrote.", "We will not give up,"),
])
def test_round6_format_characters_around_quote_marks(text, inner):
    spans = [s for s in quote_spans(text) if s.depth == 0]
    assert [text[s.inner_start:s.inner_end] for s in spans] == [inner]
    got = [(q.kind, spk(text, q)) for q in run(text)]
    assert got == [("direct", "Jane Doe")], got


# --- round 6 (mixed): a postposed report whose clause starts inside a quote takes the whole quote ----------------
@pytest.mark.parametrize("text,expected", [
    ("Jane Doe refused to give details. \"Do you know my plan? I plan to wait until I see Lavrov\" before "
     "discussing terms, she said.",
     [("mixed", "\"Do you know my plan? I plan to wait until I see Lavrov\" before discussing terms", "she")]),
    ("Earlier envoys \"were cold. They were dull. Nobody smiled\" next to Koval, Jane Doe said.",
     [("mixed", "Earlier envoys \"were cold. They were dull. Nobody smiled\" next to Koval",
       "Jane Doe")]),
])
def test_round6_postposed_clause_inside_a_quote(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


def test_round6_postposed_clause_does_not_start_at_a_reopening_mark():
    # a quote re-opened after a space (no closing mark before it) is not a closing mark to extend back from;
    # since round 10 it is read as one quote whose paragraph break was lost ('"A. "B," she said'), never joined
    # to the narration before it
    text = ("Jane Doe is helping with the house. \"We are well organised. We have a plan. \"The key thing is "
            "getting the beds made and then it is a case of waiting,\" she said.")
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == [("direct", "\"We are well organised. We have a plan. \"The key thing is getting the beds made "
                    "and then it is a case of waiting,\"", "she")], got


def test_round6_postposed_clause_after_a_quote_and_a_dash_is_not_extended():
    # translated dash style: the clause after '."-' is its own report, the quote before it is not joined to it
    text = ("According to the expert, an attack \"is possible in technical terms.\"- Russia gathered its forces "
            "near the border - he pointed out.")
    got = [q.text for q in run(text)]
    assert not any(g.startswith("According") and "gathered" in g for g in got), got


# --- round 6 (lead): a mid-sentence 'May' is the month, not the modal -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The envoy said at the close of May that the talks had stalled.", [("The envoy", "the talks had stalled")]),
    ("The envoy said in May that the talks had stalled.", [("The envoy", "the talks had stalled")]),
    ("The envoy said the talks may resume in June.", [("The envoy", "the talks may resume in June")]),
    ("In May the talks stalled.", []),  # a month and no cue: nothing
])
def test_month_may_is_no_modal(text, expected):
    assert [(spk(text, q), q.text) for q in run(text)] == expected


# --- round 6 (indirect recall): speaker and content of every quote, each group under its rule ------------------
@pytest.mark.parametrize("text,expected", [
    # a verb or adjective of continuing or readiness before "to <cue>": the subject before it speaks
    ("The minister continues to insist that the talks are alive.",
     [("The minister", "the talks are alive")]),
    ("Olena Koval was quick to point out that the convoy had arrived.",
     [("Olena Koval", "the convoy had arrived")]),
    ("The envoys have the right to say that the plan failed.", []),
    # "and <cue>" continuing a relative clause after a comma: its "who" speaks; the report ends with the clause
    ("Olena Koval, who opened her door on Sunday and said she planned to vote, waved.",
     [("who", "she planned to vote")]),
    ("Olena Koval, who was tidying the office and putting it in order, waved.", []),
    # ", and <cue>" right after a report in the same sentence: that report's speaker
    ("The envoys, who had waited for hours, said the plan was dead, and warned that the talks would end.",
     [("The envoys", "the plan was dead"), ("The envoys", "the talks would end")]),
    ("The envoys, who had waited for hours, said the plan was dead and the talks ended.",
     [("The envoys", "the plan was dead and the talks ended")]),
    # a passive "was asked" + wh-clause: the question, with the asker (or no one) as its speaker
    ("Olena Koval was asked whether the convoy had reached the port.",
     [(None, "the convoy had reached the port")]),
    ("Olena Koval was later asked by a reporter how long the talks would last, and she shrugged.",
     [("a reporter", "how long the talks would last")]),
    ("Olena Koval was asked to leave the room.", []),
    ("Olena Koval was asked about the talks.", []),
    ("When asked by a reporter whether the convoy had left, Koval said it was too early to tell.",
     [("a reporter", "the convoy had left"), ("Koval", "it was too early to tell")]),
    ("When asked by a reporter about the convoy, Koval smiled.", []),
    # a headline "Name: …" whose body opens on a pronoun subject or holds a Title Case past verb
    ("Kuleba: I expect a deal by May.\n\nThe minister spoke in Kyiv.", [("Kuleba", "I expect a deal by May")]),
    ("Kuleba: Grain Convoy Reached Odesa Port Before Dawn\n\nThe minister spoke in Kyiv.",
     [("Kuleba", "Grain Convoy Reached Odesa Port Before Dawn")]),
    ("Kuleba: Not yet\n\nThe minister spoke in Kyiv.", []),
    # a progressive stance verb with an object complement: "is/are/was calling for …" is no passive
    ("Olena Koval was calling for new sanctions.", [("Olena Koval", "new sanctions")]),
    ('Sergei Lavrov is questioning whether the talks would have taken place "if the hosts were really neutral."',
     [("Sergei Lavrov", 'whether the talks would have taken place "if the hosts were really neutral."')]),
    ("The new sanctions were called for and then dropped.", []),
    # "with <share> saying …": the share of respondents speaks
    ("Farmers are split, with 47 percent saying the corridor is too narrow.",
     [("47 percent", "the corridor is too narrow")]),
    ("Farmers agree with 47 percent of the plan.", []),
    # a poll or report with a release participle a few words before the evidence cue is the source
    ("The report published Tuesday showed that the convoy had left.", [("The report", "the convoy had left")]),
    ("A survey conducted by the institute last month showed that farmers want peace.",
     [("A survey", "farmers want peace")]),
    ("The minister published Tuesday showed nothing.", []),
    # "and <cue>" after a verb the reader does not know: the name opening the sentence, past a verbless apposition
    ("Olena Koval, once a harbour pilot, joined the delegation and said the talks had failed.",
     [("Olena Koval", "the talks had failed")]),
    ("Olena Koval, who became a delegate, and her aides stayed and said nothing.", []),
    ("She brought the price down to 42 dollars, but said the talks had failed.", [("She", "the talks had failed")]),
    ("It rained all day and showed nothing.", []),
    # a participle of a wh-cue after a comma takes a wh-clause, as the finite forms do
    ('"We have two options," Koval said, explaining why the talks had failed.',
     [("Koval", '"We have two options,"'), ("Koval", "why the talks had failed")]),
    # a participle cue after a quote closed by a comma inside its marks: the sentence's speaker
    ('Kuleba called the plan "a step toward peace," saying that it could work.',
     [("Kuleba", 'the plan "a step toward peace,"'), ("Kuleba", "it could work")]),
])
def test_round6_speaker_and_content(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6 (recall of lexicon cues the engine refused): a negated cue before a wh-clause reports the open
# question; other negated or hypothetical speech stays nothing
@pytest.mark.parametrize("text,expected", [
    ("The ministry would not say whether the envoy will travel to Geneva.",
     [("The ministry", "whether the envoy will travel to Geneva")]),
    ("Jane Doe did not explain why the talks had stalled.", [("Jane Doe", "why the talks had stalled")]),
    ("Tom Brown has not said where the envoys will meet.", [("Tom Brown", "where the envoys will meet")]),
    ("Peskov did not say that talks would resume.", []),
    ("It is hard not to wonder whether the envoys will ever meet again.", []),
    ("The ministry might not say whether the envoy will travel.", []),
    ("If Jane Doe does not say whether she will run, the party will choose.", []),
])
def test_round6_withheld_answer(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: "As (first) reported by X, …" marks X as the source, like "according to"
@pytest.mark.parametrize("text,expected", [
    ("As reported by the Daily Courier, the envoys met twice in Geneva last month.",
     [("the Daily Courier", "the envoys met twice in Geneva last month")]),
    ("The envoys met twice in Geneva last month, as first reported by the Daily Courier.", []),
    ("The plan was drafted as soon as possible.", []),
])
def test_round6_as_reported_by(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: "<noun phrase> was (first) reported by <source>." closing a sentence reports the noun phrase
@pytest.mark.parametrize("text,expected", [
    ("The meeting was first reported by the Daily Courier.", [("the Daily Courier", "The meeting")]),
    ("News of the deal was reported by Reuters on Tuesday.", [("Reuters", "News of the deal")]),
    ("The plan was reported by the envoy to be dead.", []),
    ("Talks that began in May were reported by the envoy.", []),
])
def test_round6_reported_by(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: a temporal 'as' clause whose cue has its own complement is a report; a parenthetical 'as' is not
@pytest.mark.parametrize("text,expected", [
    ("The talks stalled, as polls show Jane Doe leading in Kharkiv.", [("polls", "Jane Doe leading in Kharkiv")]),
    ("Even as he accused the ministry of stalling, Tom Brown met the envoy.", [("he", "the ministry of stalling")]),
    ("The harbour reopened, as the envoys urged the ministry to act while farmers warned of delays.",
     [("the envoys", "the ministry to act")]),
    ("The talks stalled, as she said at the outset.", []),
    ("The talks stalled, as she said.", []),
    ("Twice as many farmers said they would sell as said they would keep.", []),
])
def test_round6_as_clause_report(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: '<name/role/pronoun> <verb the reader does not know> … and <cue>': the sentence subject speaks
@pytest.mark.parametrize("text,expected", [
    ("He waved to the crowd and signed books and asked dockers if they meant to vote.",
     [("He", "if they meant to vote")]),
    ("Tom Brown, once a ferry captain, joined the delegation and said he is leaning toward Doe.",
     [("Tom Brown", "he is leaning toward Doe")]),
    ("It rained all day and said nothing.", []),
    ("He shook hands when the envoys arrived and said the talks would resume.", []),
])
def test_round6_first_verb_subject(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: a subject set off from its cue by an aside between commas speaks
@pytest.mark.parametrize("text,expected", [
    ("Grain traders, for example, argue that imports hurt them.", [("Grain traders", "imports hurt them")]),
    ("The harbour office, when contacted by the Courier, said the minister could not recall.",
     [("The harbour office", "the minister could not recall")]),
    ("Jane Doe, clad in a red cape with lights, said the vote could be a failure.",
     [("Jane Doe", "the vote could be a failure")]),
    ("In Lviv, the mood, by all accounts, remained calm.", []),
])
def test_round6_interrupted_subject(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: a participle cue after by/while/before/after: the clause subject speaks
@pytest.mark.parametrize("text,expected", [
    ("Tom Brown stirred anger on Monday by saying that the referee was unfair.",
     [("Tom Brown", "the referee was unfair")]),
    ("Jane Doe thanked the crowd before adding that she would run again.", [("Jane Doe", "she would run again")]),
    ("Jane Doe kept the lead by touting her record on taxes and pounding her rival on trade.",
     [("Jane Doe", "her record on taxes")]),
    ("After suggesting on Monday that he regretted the insults, Tom Brown apologised.",
     [("Tom Brown", "he regretted the insults")]),
    ("After saying goodbye, it rained.", []),
    ("The vote was decided by counting ballots in the harbour.", []),
])
def test_round6_gerund_link(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 6: a quantified noun phrase opening a clause speaks ('and some undecided farmers think …')
@pytest.mark.parametrize("text,expected", [
    ("And some undecided farmers think that Jane Doe should drop out.",
     [("some undecided farmers", "Jane Doe should drop out")]),
    ("The vote was close, but many rank-and-file dockers made it clear they would strike.",
     [("many rank-and-file dockers", "they would strike")]),
    ("Jane Doe visited many farmers on Monday and think tanks later praised her.", []),
])
def test_round6_quantified_subject(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# --- round 7 (mixed): a mixed quote also ends between its quoted spans where the speaker's next report starts
@pytest.mark.parametrize("text,contents", [
    ('Jane Doe called the merger "a bad bargain" and ranked Tom Brown among the "worst managers ever."',
     ['the merger "a bad bargain"']),
    ('Tom Brown said the budget was "sloppy," noting that it is "full of holes."',
     ['the budget was "sloppy,"', 'it is "full of holes."']),
    # no new report between the quoted spans: one mixed quote
    ('Jane Doe said the plan was "weak" and "badly drafted."', ['the plan was "weak" and "badly drafted."']),
    ('Tom Brown said the mayor had been in office for "a decade" and the city "is tired of him."',
     ['the mayor had been in office for "a decade" and the city "is tired of him."']),
])
def test_round7_mixed_quote_ends_before_a_new_report_between_quotes(text, contents):
    got = [q.text for q in run(text)]
    assert got == contents, got


# --- round 7 (mixed): ', calling it "…"' needs only two words when a quoted word is among them
@pytest.mark.parametrize("text,expected", [
    ('The senator blasted the plan on Wednesday, calling it "absurd."', [("mixed", 'it "absurd."')]),
    ('Jane Doe went after Tom Brown on Friday, calling him "reckless."', [("mixed", 'him "reckless."')]),
    ('The senator blasted the plan on Wednesday, calling it absurd.', []),
    ('The senator left the hall on Wednesday, calling home.', []),
])
def test_round7_short_call_participle(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 7 (mixed): after a comma closing its quote, ', and/but <new actor>' ends a mixed quote
@pytest.mark.parametrize("text,content", [
    ('Jane Doe called the deal "a quiet surrender," and her party has since distanced itself from it.',
     'the deal "a quiet surrender,"'),
    ('Tom Brown said the mayor was "out of touch," but Jane Doe defended the mayor on Friday.',
     'the mayor was "out of touch,"'),
    # the same subject goes on: one clause
    ('Tom Brown said the forecasts may be "far off," and have failed before.',
     'the forecasts may be "far off," and have failed before'),
])
def test_round7_mixed_quote_ends_before_and_a_new_actor(text, content):
    got = [q.text for q in run(text)]
    assert got[0] == content, got


# --- round 7 (mixed): 'The day after …, X said/called …' opens with a time phrase, not postposed content
@pytest.mark.parametrize("text,expected", [
    ('The day after the primary, Jane Doe called the lines "unacceptable."', [("mixed", 'the lines "unacceptable."')]),
    ('That night after the vote, Tom Brown said the count was "a mess."', [("mixed", 'the count was "a mess."')]),
    ('The day after the primary, the lines were long.', []),
])
def test_round7_time_phrase_opening_is_no_postposed_content(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 7 (kind): a reported clause with any word outside its quoted spans is mixed, not direct
@pytest.mark.parametrize("text,kind", [
    ('Jane Doe said he\'s "here to mend every broken pier."', "mixed"),
    ('Tom Brown said that in any talks, "we will send a clear signal to the region."', "mixed"),
    ('Jane Doe said: "We will send a clear signal to the region."', "direct"),
])
def test_round7_reported_clause_with_words_outside_its_quote_is_mixed(text, kind):
    got = [q.kind for q in run(text)]
    assert got == [kind], got


# --- round 7: a fraction subject before a finite cue ('a third said') is no ordinal premodifier of a noun ---------
@pytest.mark.parametrize("text,expected", [
    ("Half of the farmers backed the deal, and a third said the harbour should stay closed.",
     [("a third", "the harbour should stay closed")]),
    ("Nearly a third say they do not know.", [("Nearly a third", "they do not know")]),
    ("The fifth say in the matter went to the envoys.", []),
    ("A third saying so would be a surprise.", []),
])
def test_round7_fraction_subject(text, expected):
    got = [(spk(text, q), q.text) for q in run(text) if q.kind != "direct"]
    assert got == expected, got


# --- round 7: a belief cue negated with 'not' still reports the speaker's stance ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Jane Doe does not believe the talks will resume.", [("Jane Doe", "the talks will resume")]),
    ("The farmers don't think that the harbour will reopen soon.", [("The farmers", "the harbour will reopen soon")]),
    ("Peskov did not say that talks would resume.", []),
    ("Jane Doe may not think the talks will resume.", []),
    ("If the envoys do not believe that the ceasefire holds, they will leave.", []),
    ("Jane Doe never thought the talks would resume.", []),
])
def test_round7_negated_belief(text, expected):
    got = [(spk(text, q), q.text) for q in run(text) if q.kind != "direct"]
    assert got == expected, got


# --- round 7: an aside between commas, or 'however', between a cue and its 'that' ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Jane Doe believes, for example, that the harbour should reopen.", [("Jane Doe", "the harbour should reopen")]),
    ("Several analysts suggest however that the envoys will meet again.",
     [("Several analysts", "the envoys will meet again")]),
    ("Tom Brown testified, somewhat nervously, that he never saw the memo.",
     [("Tom Brown", "he never saw the memo")]),
    ("Jane Doe believes, for example, in a quick deal.", []),
])
def test_round7_aside_before_that(text, expected):
    got = [(spk(text, q), q.text) for q in run(text) if q.kind != "direct"]
    assert got == expected, got


# --- round 7: an impersonal passive cue with an explicit 'that' ('It was reported that …') has no speaker --------
@pytest.mark.parametrize("text,expected", [
    ("It was widely reported that the envoys met in Geneva.", [(None, "the envoys met in Geneva")]),
    ("The mayor quit after it was revealed on Monday that she had lied.", [(None, "she had lied")]),
    ("I was told that the talks had stalled.", [(None, "the talks had stalled")]),
    ("The talks were reported that day.", []),
    ("It was reported to the police.", []),
])
def test_round7_impersonal_passive(text, expected):
    got = [(spk(text, q), q.text) for q in run(text) if q.kind != "direct"]
    assert got == expected, got


# --- round 7 (speaker accuracy, second pass)
# an unclosed block quote whose closing mark ends a short signature line after a line break: the name signs it
@pytest.mark.parametrize("text,expected", [
    ('Lee spoke.\n\n"We must act now. The talks cannot wait.\nJane Doe, Institute for Peace."\n\nMore news.',
     "Jane Doe"),
    ('Lee spoke.\n\n"We must act now. The talks cannot wait.\nThat is all there is to it."\n\nMore news.', "Lee"),
    ('Lee spoke.\n\n"We must act now. The talks cannot wait.\nthe end came."\n\nMore news.', "Lee"),
])
def test_round7_signature_line(text, expected):
    got = [spk(text, q) for q in run(text)]
    assert got == [expected], got


# a participle cue after "X said," belongs to the speaker before it, never to a subject inside its own clause
@pytest.mark.parametrize("text,expected", [
    ('"There is urgency," Law said, noting that donors feel "we have to find a safe place for the money."',
     [("Law", '"There is urgency,"'), ("Law", 'donors feel "we have to find a safe place for the money."')]),
    ('"We will win in all of them," Koval said, adding that she does not want to offer predictions.',
     [("Koval", '"We will win in all of them,"'), ("Koval", "she does not want to offer predictions")]),
    # an opening participle: its subject follows it
    ("After suggesting on Monday that the talks had failed, Koval stayed silent.",
     [("Koval", "the talks had failed")]),
])
def test_round7_participle_after_a_speaker(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# a state abbreviation closing a parenthesis ('(R-Tex.)', '(Tex.)') does not end the sentence before a lowercase verb
@pytest.mark.parametrize("text,expected", [
    ("Sen. Ann Lee (R-Tex.) said the plan failed.", [("Sen. Ann Lee (R-Tex.)", "the plan failed")]),
    ('Sen. Ann Lee (Tex.) has said that she would "bomb them. I do not know."',
     [("Sen. Ann Lee (Tex.)", 'she would "bomb them. I do not know."')]),
    ("The vote went to Sen. Ann Lee (R-Tex.). Talks stalled.", []),
])
def test_round7_parenthesised_abbreviation(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# 'was asked by <premodifier> <name or role> whether …': the asker, lowercase premodifiers kept
@pytest.mark.parametrize("text,expected", [
    ("On Sunday, Koval was asked by host Jane Doe whether the plan would work.",
     [("host Jane Doe", "the plan would work")]),
    ("Koval was asked by Jane Doe whether the plan would work.", [("Jane Doe", "the plan would work")]),
    ("Koval was asked whether the plan would work.", [(None, "the plan would work")]),
])
def test_round7_asked_by_agent(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# a name apposition of the object inside a role apposition is no speaker: the name opening the chain speaks
@pytest.mark.parametrize("text,expected", [
    ("Ivan Petrenko, the editor of the ministry's official newspaper, Pravda Daily, said the talks had failed.",
     [("Ivan Petrenko", "the talks had failed")]),
])
def test_round7_apposition_chain_before_name_apposition(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 8: a role phrase, a comma, a person's name, a comma, a cue — the name speaks, the role phrase is no content
@pytest.mark.parametrize("text,expected", [
    ("The head of the ferry department, Jane Doe, said the talks had failed.", [("Jane Doe", "the talks had failed")]),
    ("The mayor of Port Vale, Tom Brown, said the ferries were running again.",
     [("Tom Brown", "the ferries were running again")]),
    ("Ruritania's ambassador to the Union, Anna-Maria Okafor, told reporters that the port would reopen.",
     [("Anna-Maria Okafor", "the port would reopen")]),
    ("A harbour spokesman, Tom J. Brown, insisted that no deal was near.", [("Tom J. Brown", "no deal was near")]),
    ("The director of Eastern Ports and Northern Ferries, Jane Vries, warned that prices would rise.",
     [("Jane Vries", "prices would rise")]),
    ("The head of the delegation, Jane Doe, said.", []),
    ("Talks will resume on Monday, the head of the delegation, Jane Doe, said.",
     [("Jane Doe", "Talks will resume on Monday")]),
    ('"The port is closed," the chief envoy of the alliance, Tom Okafor, said on Friday.',
     [("Tom Okafor", '"The port is closed,"')]),
    ("Okafor, the head of the delegation, said the talks were over.", [("Okafor", "the talks were over")]),
    ("Last week Ruritania's ambassador to the Union, Tom Okafor, said the ferries would stop.",
     [("Tom Okafor", "the ferries would stop")]),
    ("Fares rose as the head of the port authority, Jane Doe, said the ferries would stop.",
     [("Jane Doe", "the ferries would stop")]),
    # round 10 (audit II): a long role phrase (up to 20 tokens, a bracketed abbreviation inside) after a quote
    ('"Talk is cheap," the deputy head of Ruritania\'s delegation to the Union Ferry Safety Treaty (FST) review '
     'conference, Tom Okafor, told reporters.', [("Tom Okafor", '"Talk is cheap,"')]),
    ('"Talk is cheap," the deputy head of the delegation to the ferry safety treaty review conference in Port Vale, '
     'Tom Okafor, told reporters.', [("Tom Okafor", '"Talk is cheap,"')]),
    # must find nothing: no speech verb, a parenthetical "as … said"
    ("The head of the delegation, Jane Doe, arrived on Monday.", []),
    ("The ferries could take years to return, as the head of the port authority, Jane Doe, has said.", []),
])
def test_round8_role_then_name_apposition(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


@pytest.mark.parametrize("text,not_speaker", [
    # one capitalised word after a role ending in a place after "in" is a place, not the speaker's name
    ("A ferry manager in Port Vale, Ruritania, told reporters that prices rose.", "Ruritania"),
    # the role phrase is the apposition of the name before it: that name speaks, not the name inside the role
    ("Tom Brown, the senior adviser to Secretary of State, Ann Lee, said the ferries were late.", "Ann Lee"),
])
def test_round8_role_then_name_apposition_not_a_name(text, not_speaker):
    got = [spk(text, q) for q in run(text)]
    assert len(got) == 1 and got[0] != not_speaker, got


def test_plural_subject_is_not_the_end_of_a_prepositional_phrase():
    # round 8: 'and' joining two nouns inside a phrase opens no clause ('… on ferries and port disputes told')
    text = "One envoy with a record on ferries and port disputes told me the plan was a mistake."
    assert all(spk(text, q) != "port disputes" for q in run(text))


def test_both_after_a_comma_is_no_clause_subject():
    # round 8: ', both claiming …' is an absolute phrase; 'both' speaks only at a clause start
    text = "The envoys met for an hour on Monday, both claiming that the talks had failed."
    assert all(spk(text, q) != "both" for q in run(text))


def _person(aid: str, given: str, surname: str, gender: str) -> Actor:
    return Actor(aid, f"{given} {surname}", "person", "other", "", (given,), (surname,), True, (), (), (), gender)


# invented people: Jane Doe documented female, Tom Brown male, Chidi Okafor registered without a gender
GENDER_REG = Registry([_person("doe", "Jane", "Doe", "f"), _person("brown", "Tom", "Brown", "m"),
                       _person("okafor", "Chidi", "Okafor", ""),
                       Actor("rur", "Ruritania", "state", "other", "", (), (), False, (), ("Ruritanian",), (), "")],
                      [], [])


@pytest.mark.parametrize("text,speaker", [
    # a pronoun skips a nearer person whose documented gender disagrees with it
    ('Jane Doe met Tom Brown at the port. "The ferries will sail," she said.', "Jane Doe"),
    ('Tom Brown met Jane Doe at the port. "The ferries will sail," he said.', "Tom Brown"),
    ('Jane Doe spoke to the envoys. Tom Brown was there. "The ferries will sail," she said.', "Jane Doe"),
    ('Jane Doe met Tom Brown at the port. She said the ferries would sail.', "Jane Doe"),
    # agreeing nearest person: as before
    ('Tom Brown met Jane Doe at the port. "The ferries will sail," she said.', "Jane Doe"),
    ('Jane Doe met Tom Brown at the port. "The ferries will sail," he said.', "Tom Brown"),
    # unknown gender (registered without one, or not registered): the subject of the sentence before, not its
    # object (round 12 audit V; before: the nearest person, the object)
    ('Jane Doe met Chidi Okafor at the port. "The ferries will sail," she said.', "Jane Doe"),
    ('Tom Brown met Chidi Okafor at the port. "The ferries will sail," he said.', "Tom Brown"),
    ('Jane Doe met Lee Park at the port. "The ferries will sail," she said.', "Jane Doe"),
    ('Jane Doe left early. Chidi Okafor met the crews. "The ferries will sail," she said.', "Chidi Okafor"),
    # the only person is of the other gender: no antecedent, the pronoun stays unresolved
    ('Tom Brown spoke at the port. "The ferries will sail," she said.', "she"),
])
def test_pronoun_skips_a_person_of_the_other_documented_gender(text, speaker):
    quotes = extract_quotes(text, article_id="t", registry=GENDER_REG)
    assert [q.speaker for q in quotes] == [speaker], [(q.speaker, spk(text, q)) for q in quotes]
    assert spk(text, quotes[0]).lower() in ("she", "he")


# round 10: a sentence opening on the -ing form of a clause cue and 'that' reports that clause for the main
# clause's subject
@pytest.mark.parametrize("text,expected", [
    ("Noting that the ferry owners had lost money for years, Okafor said the port would stay shut.",
     [("Okafor", "the ferry owners had lost money for years"), ("Okafor", "the port would stay shut")]),
    ('Acknowledging that the owners "made bad choices," though, Jane Doe closed the port.',
     [("Jane Doe", 'the owners "made bad choices,"')]),
    ("Saying that the ferries were late, he left the port.", [("he", "the ferries were late")]),
    ("Following that advice, Okafor closed the port.", []),
    ("Noting that ferries are late, the schedule shows gaps.", []),
    ("Noting the late ferries, Okafor closed the port.", []),
])
def test_round10_participle_opening(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10: 'Said <speaker>, "…"' opening a sentence
@pytest.mark.parametrize("text,expected", [
    ('Said Okafor, "The ferries will never sail again."', [("Okafor", '"The ferries will never sail again."')]),
    ('Said Jane Doe, who grew up near the port, "We were all so proud of the ferry."',
     [("Jane Doe", '"We were all so proud of the ferry."')]),
    ('Said to be the oldest ferry, the boat "is a museum piece now" and sails no more.', []),
    ("Says Okafor would close the port.", []),
    ('Said to be tired, Okafor added: "The port is the heart of the island."',
     [("Okafor", '"The port is the heart of the island."')]),
])
def test_round10_sentence_opening_said(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10: a participle cue inside a relative clause ('who … by claiming', 'who … hoping') belongs to 'who'
@pytest.mark.parametrize("text,expected", [
    ("The port was sold to Okafor, who last week angered the union by claiming that the ferries were unsafe.",
     [("who", "Okafor", "the ferries were unsafe")]),
    ("Crowds booed the envoy who opened his tour by declaring that the ferries were unsafe.",
     [("who", "the envoy", "the ferries were unsafe")]),
    ("He was a tired captain who opened a shop hoping the insurance money would save the port.",
     [("who", "captain", "the insurance money would save the port")]),
    ("Jane Doe, who runs the port, closed it on Monday, saying the ferries were unsafe.",
     [("Jane Doe", "Jane Doe", "the ferries were unsafe")]),
    ("An official who spoke anonymously said the port was closed.",
     [("An official", "An official", "the port was closed")]),
])
def test_round10_participle_in_relative_clause(text, expected):
    got = [(spk(text, q), q.speaker, q.text) for q in run(text)]
    assert got == expected, got


# round 10: the name after 'to' in the speaker phrase is no speaker; the phrase's head is ('An adviser to X said')
@pytest.mark.parametrize("text,expected", [
    ("A close adviser to Okafor said the port would close.", [("A close adviser to Okafor", "the port would close")]),
    ("Several envoys with close ties to both ministers cited the ferry strike as \u201ca turning point for the port.\u201d",
     [("Several envoys with close ties to both ministers", "the ferry strike as \u201ca turning point for the port.\u201d")]),
    ("Okafor said the port would close.", [("Okafor", "the port would close")]),
])
def test_round10_name_after_to_is_no_speaker(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10: the chanters of 'chants of "…"' — the subject of an active verb before with/in, or the object before 'to'
@pytest.mark.parametrize("text,expected", [
    ('Okafor spoke.\n\nPort workers answered with chants of "Keep it open" until Okafor left.',
     [("Port workers", '"Keep it open"')]),
    ('Okafor spoke.\n\nAt the pier gate, the mayor stirred the dockers to loud chants of "Close it down!"',
     [("the dockers", '"Close it down!"')]),
    ('Okafor spoke.\n\nBut their chants of "Port! Port! Port!" faded.', [("their", '"Port! Port! Port!"')]),
    ('Okafor spoke.\n\nThe team was met with chants of "Go home, go home".', [(None, '"Go home, go home"')]),
    ('Okafor spoke.\n\nWalking into the hall to chants of "Okafor! Okafor!," the mayor smiled.',
     [(None, '"Okafor! Okafor!,"')]),
])
def test_round10_chanters(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10: 'was asked by <agent> whether …' reaches a quote up to 45 tokens later (a long whether-clause)
def test_round10_asked_by_agent_long_question():
    text = ("The debate began late.\n\nOkafor was asked by port reporter Jane Doe whether her plan for the ferries, "
            "which would cost as much as ten million dollars over the next five years and a great deal more "
            "after that, would risk \"adding another costly burden to an already strained budget.\"")
    got = [(spk(text, q), q.kind) for q in run(text)]
    assert ("port reporter Jane Doe", "mixed") in got, got


# --- round 10 (mixed): 'and then/later/also <verb>' between quoted spans starts the speaker's next report
@pytest.mark.parametrize("text,contents", [
    ('Jane Doe called the envoy "a tired old hand," and then wrote that the talks were "a farce."',
     ['the envoy "a tired old hand,"', 'the talks were "a farce."']),
    ('Tom Brown called the ferry plan "a gift to the rich" but also praised the "bold" port budget.',
     ['the ferry plan "a gift to the rich"']),
    # 'then' inside the clause is no new report
    ('Jane Doe said the port was "closed" and then "reopened in haste."',
     ['the port was "closed" and then "reopened in haste."']),
])
def test_round10_mixed_quote_ends_before_and_then_a_new_report(text, contents):
    got = [q.text for q in run(text)]
    assert got == contents, got


# --- round 10 (kind): a one-word subject before a quote that goes on in lowercase makes it mixed
@pytest.mark.parametrize("text,expected", [
    ('Voters "think the ferry is safe," Jane Doe said.', [("mixed", 'Voters "think the ferry is safe,"')]),
    ('Brown "has picked a fight," the envoy said.', [("mixed", 'Brown "has picked a fight,"')]),
    # a conjunction, a participle or a capitalised quote: direct
    ('But "the ferry is safe," Jane Doe said.', [("direct", '"the ferry is safe,"')]),
    ('Recalling "the old days in port," Jane Doe said.', [("direct", '"the old days in port,"')]),
    ('Brown "Is a fine envoy," Jane Doe said.', [("direct", '"Is a fine envoy,"')]),
])
def test_round10_one_word_subject_lead_is_mixed(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: after an addressee cue (tell, assure, warn) a 'that' ahead opens the clause after any noun
@pytest.mark.parametrize("text,content", [
    ('Jane Doe told sailors here that the fleet could win "a race to Odessa."',
     'the fleet could win "a race to Odessa."'),
    ('Tom Brown assured investors in the ferry company that the fares were "fair."', 'the fares were "fair."'),
    # other cues keep the narrower test: a relative 'that' after a plain noun stays in the content
    ('Jane Doe noted the ferries that run at night were "half empty."',
     'the ferries that run at night were "half empty."'),
])
def test_round10_that_after_an_addressee(text, content):
    got = [q.text for q in run(text)]
    assert got == [content], got


# --- round 10: a closing time or occasion phrase is not cut off when quoted words of the report follow it
@pytest.mark.parametrize("text,expected", [
    ('Tom Brown said the ferry was closed on Sunday "for good."',
     [("mixed", 'the ferry was closed on Sunday "for good."')]),
    ('Jane Doe called the plans and remarks on Sunday "petty."',
     [("mixed", 'the plans and remarks on Sunday "petty."')]),
    # no quote after it: the speech act's time phrase is still cut
    ('Tom Brown said the ferry was closed on Sunday at a rally.', [("indirect", "the ferry was closed")]),
])
def test_round10_time_phrase_before_quoted_words_stays(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: a bare clause whose verb opens a quote ('believes the plan "is dead"') is reported (mixed)
@pytest.mark.parametrize("text,expected", [
    ('Jane Doe admits the ferry plan "didn\'t work."', [("mixed", 'the ferry plan "didn\'t work."')]),
    ('Tom Brown believes the harbour deal "will collapse by spring."',
     [("mixed", 'the harbour deal "will collapse by spring."')]),
    # no verb at the start of the quote: no clause
    ('Jane Doe believes the ferry plan "dead on arrival."', []),
])
def test_round10_bare_clause_with_a_quoted_verb(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: 'said of <topic> that …' skips the topic phrase up to the 'that'
@pytest.mark.parametrize("text,expected", [
    ('Jane Doe said of the ferry plan that it was "over."', [("mixed", 'it was "over."')]),
    ('Tom Brown stated of the port scandal that the audit "was not good."', [("mixed", 'the audit "was not good."')]),
    ('Jane Doe spoke of the plan that failed.', []),
])
def test_round10_said_of_topic_that(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: a report inside a leading subordinate clause also ends at a comma inside its closing quote
@pytest.mark.parametrize("text,expected", [
    ('When Jane Doe called the plan "rubbish," the crowd cheered.', [("mixed", 'the plan "rubbish,"')]),
    ('While Tom Brown says he "loves ferries," and "ferries love me," he also accuses the port of theft.',
     [("mixed", 'he "loves ferries," and "ferries love me,"'), ("indirect", "the port of theft")]),
])
def test_round10_lead_clause_ends_at_comma_inside_quote(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: more assertive that-cues report a postposed clause ('…, the complaint alleges.')
@pytest.mark.parametrize("text,expected", [
    ('The toll was "a crushing weight" on island families, the complaint alleges.',
     [("mixed", 'The toll was "a crushing weight" on island families')]),
    ('The port will reopen by June, the engineers predicted.', [("indirect", "The port will reopen by June")]),
    # a belief verb stays out ('…, I hope.')
    ('The port will reopen by June, the engineers hope.', []),
])
def test_round10_postposed_assertive_that_cues(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: an object cue with a plural common-noun subject reports only quoted words
@pytest.mark.parametrize("text,expected", [
    ('Harbour pilots describe the night shifts as "a world of their own."',
     [("mixed", 'the night shifts as "a world of their own."')]),
    ('The lobbyists describe the work as tiring.', []),
    ('The sanction rules describe the port as closed.', []),
])
def test_round10_plural_noun_subject_of_object_cue(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: a participle promise/vow/pledge cue takes its to-infinitive too (', vowing to "…"')
@pytest.mark.parametrize("text,expected", [
    ('Jane Doe attacked the harbour board, vowing to "open up" the port records.',
     [("mixed", 'to "open up" the port records')]),
    ('Tom Brown left the meeting, promising to return the ferry to service.',
     [("indirect", "to return the ferry to service")]),
    ('Jane Doe left the meeting, promising nothing.', []),
    ('Tom Brown agreed to resume the port talks in May.', [("indirect", "to resume the port talks in May")]),
    ('Tom Brown left the meeting, agreeing to the new ferry timetable.', []),  # 'to' + noun phrase: an act
])
def test_round10_participle_vow_to_infinitive(text, expected):
    got = [(q.kind, q.text) for q in run(text)]
    assert got == expected, got


# --- round 10: indirect reports read from structures (docs/quotes_history.md, round 10): (speaker, content) pairs
ROUND10 = [
    # a sentence-opening 'According to' takes a long source phrase (up to 23 tokens) before its comma
    ("According to early results of a survey conducted for the port authority and two ferry lines by the "
     "Okafor Institute, most riders want the night service back.",
     [("early results of a survey conducted for the port authority and two ferry lines by the Okafor Institute",
       "most riders want the night service back")]),
    ("The night service ended in May, according to early results of a survey conducted for the port authority "
     "and two ferry lines by the Okafor Institute that riders filled in.", []),
    # a plural subject with a reduced relative participle ('people briefed on …') before the cue
    ("People briefed on the talks said the envoys left early.",
     [("People briefed on the talks", "the envoys left early")]),
    ("The dockers gathered at the gate on Monday say the strike will go on.",
     [("The dockers gathered at the gate", "the strike will go on")]),
    ("Jane Doe apologized for the delay said nothing.", []),
    ("The envoys arrived in Geneva said nothing.", []),
    # assertive that-cues also report the clause before them (postposed or parenthetical)
    ("The night ferries will not run this winter, the port study concluded.",
     [("the port study", "The night ferries will not run this winter")]),
    ("The night ferries will not run this winter, Jane Doe predicted.",
     [("Jane Doe", "The night ferries will not run this winter")]),
    ("The night ferries will not run this winter, Jane Doe confirmed on Monday.",
     [("Jane Doe", "The night ferries will not run this winter")]),
    # beliefs, promises and participles stay as before
    ("The night ferries will not run this winter, Jane Doe believes.", []),
    ("The night ferries will run again next winter, Jane Doe promised.", []),
    ("The ferries stopped at noon, revealing a gap in the schedule.", []),
    # a parenthetical assertive that-cue after a short opening phrase reports the clause after it
    ("The trouble, Jane Doe writes, began with the winter timetable.",
     [("Jane Doe", "began with the winter timetable")]),
    ("Riders, she suggested, do not have to worry about the fares.",  # round 18: the subject joins the report
     [("she", "Riders, she suggested, do not have to worry about the fares")]),
    ("The ferry, Tom Brown believes, will sail in May.", []),
    ("The ferry, Tom Brown promised, will sail in May.", []),
    # a headline 'Name: …' whose verbless body has five words or more is a statement
    ("Okafor: No new ferry routes before the spring.\n\nThe port chief spoke on Monday.",
     [("Okafor", "No new ferry routes before the spring")]),
    ("Okafor: Not yet.\n\nThe port chief spoke on Monday.", []),
    ("Okafor: Ferry strike update.\n\nThe port chief spoke on Monday.", []),
    # a negated 'mention' (and 'made no mention of') reports the topic left out, to the next break
    ("Jane Doe did not mention the ferry strike by name, but thanked the dockers.",
     [("Jane Doe", "the ferry strike by name")]),
    ("Tom Brown never mentioned Chidi Okafor, who trailed by ten points.", [("Tom Brown", "Chidi Okafor")]),
    ("Tom Brown made no mention of the ferry strike.", [("Tom Brown", "the ferry strike")]),
    ("If Tom Brown does not mention the strike, the dockers will walk out.", []),
    ("Tom Brown could not mention the strike.", []),
    ("Jane Doe did not say that the ferries would run.", []),
    # plural 'see'/'view' reports an opinion only as 'see X as Y'
    ("Dockers see the new ferry line as a threat to their jobs.",
     [("Dockers", "the new ferry line as a threat to their jobs")]),
    ("Port officials view the strike as a test of the new law.",
     [("Port officials", "the strike as a test of the new law")]),
    ("Most dockers would rather see someone new at the helm.", []),
    ("Visitors see the harbour from the hill.", []),
    ("Do they see the ferry as a threat?", []),
    ("In the port, most dockers see the new ferry line as a threat.",
     [("most dockers", "the new ferry line as a threat")]),
    ("In the port, most dockers described the new ferry line as a threat.", []),
    # an object cue whose subject follows after/before/since/until/while is a clause, not a preposition
    ("The dockers walked out after Jane Doe accused the ministry of stalling.",
     [("Jane Doe", "the ministry of stalling")]),
    ("After Jane Doe slammed the plan as too vague, the envoys left the port.",
     [("Jane Doe", "the plan as too vague")]),
    ("The plan outlined by Kyiv calls for a ceasefire.", []),
    ("The envoys met before Jane Doe, criticizing the plan.", []),
    # a Title Case headline takes a multiword cue ('Calls For', 'Calls On')
    ("Jane Doe Calls On Port Minister To Resign Over Ferries\n\nThe call came on Monday.",
     [("Jane Doe", "Port Minister To Resign Over Ferries")]),
    ("Jane Doe Responds To Ferry Critics In Odesa\n\nThe reply came on Monday.", []),
    # a speech noun with 'from'/'by' and its source before a that-clause (nominal cue rows)
    ("Jane Doe has drawn complaints from rivals that the ferries are unsafe.",
     [("rivals", "the ferries are unsafe")]),
    ("The report held an admission from Tom Brown that the port had been closed for weeks.",
     [("Tom Brown", "the port had been closed for weeks")]),
    ("The criticism from rivals was loud on Monday.", []),
    ("Complaints from dockers about the low pay reached the port that week.", []),
    # a multiword participle cue with a fixed complement after a comma ('…, calling for …')
    ("Jane Doe spoke at the port on Monday, calling for a ceasefire along the coast.",
     [("Jane Doe", "a ceasefire along the coast")]),
    ("Jane Doe spoke at the port on Monday, making it clear that the ferries would run.",
     [("Jane Doe", "the ferries would run")]),
    ("Jane Doe walked along the pier, pointing out the old ferry to the children.", []),
    ("This reflection on the talks stays sober, casting doubt on the earlier offers of the envoys.", []),
    # round 10, postposed speakers (r10-post10)
    # an object cue that is also an assertive that-cue ('announce') closes a postposed report when no object follows
    ("The night ferries will run again in May, the port authority announced.",
     [("the port authority", "The night ferries will run again in May")]),
    ("The night ferries will run again in May, Jane Doe announced on Tuesday.",
     [("Jane Doe", "The night ferries will run again in May")]),
    ("The port, the ministry announced, will close in June.", [("the ministry", "will close in June")]),
    ("Jane Doe announced the new ferry timetable.", [("Jane Doe", "the new ferry timetable")]),
    ("The ministry announced on Tuesday.", []),
    ("The ferries ran late, something the ministry never announced.", []),
    # a belief or estimate whose clause subject is the relative pronoun before the speaker ('which X believe will')
    ("The port signed a deal which the envoys believe will fail by spring.",
     [("the envoys", "which the envoys believe will fail by spring")]),
    ("Jane Doe backs a ferry plan that Tom Brown fears is a trap.", [("Tom Brown", "that Tom Brown fears is a trap")]),
    ("The ferries, which Doe believes are unsafe, stayed in port.", [("Doe", "which Doe believes are unsafe")]),
    ("The ferry that Jane Doe believes in sank.", []),
    ("It is the port that Tom Brown thinks about most.", []),


    # bare clauses after belief/evidential cues without 'that' ('believes riders will …', branch r10-bare10)
    # a subject without a determiner ('riders', 'such', 'any') before an auxiliary or modal
    ("Jane Doe believes riders will return to the night ferries.",
     [("Jane Doe", "riders will return to the night ferries")]),
    ("Port officials suggested such a timetable could work in winter.",
     [("Port officials", "such a timetable could work in winter")]),
    ("Tom Brown predicted fares would rise before the spring.",
     [("Tom Brown", "fares would rise before the spring")]),
    # a longer subject (up to eleven tokens before its auxiliary)
    ("Okafor claims the refusal of the port board to cut the night fares is a mistake.",
     [("Okafor", "the refusal of the port board to cut the night fares is a mistake")]),
    # report, suggest and hope also take a short subject before a lexical past verb
    ("Jane Doe suggested Tom Brown went too far with the fares.",
     [("Jane Doe", "Tom Brown went too far with the fares")]),
    ("The port board reported the night ferries lost money in May.",
     [("The port board", "the night ferries lost money in May")]),
    ("Jane Doe reported the damaged pier to the harbour police.", []),
    ("Tom Brown suggested a revised timetable for the ferries.", []),
    # other belief cues keep needing an auxiliary (a lexical verb measured below 80 % on train for them)
    ("Okafor believes Tom Brown misjudged the riders.", []),
    # promise, agree and worry take a bare clause like the belief cues
    ("Tom Brown promised the night ferries would run all winter.",
     [("Tom Brown", "the night ferries would run all winter")]),
    ("Jane Doe agreed the fares were too high.", [("Jane Doe", "the fares were too high")]),
    ("Dock workers worry the port will close.", [("Dock workers", "the port will close")]),
    ("Tom Brown promised a new ferry.", []),
    ("Jane Doe agreed with the plan on Monday.", []),
    ("The port board agreed the budget.", []),
    # not a clause: a preposition, an adverb, an infinitive or an object with no finite verb
    ("Officials believe in the plan.", []),
    ("He argued for hours.", []),
    ("Jane Doe hopes to sail on Monday.", []),
    ("Tom Brown thought hard about the ferries.", []),
    ("Officials believe riders to return.", []),  # (round 14b: 'expects riders to return' is a belief report)
    ("Seals found along the old pier had cuts from the ferry screws.", []),
    # no bare clause after a comma: a new clause ('agreed, he told …')
    ("Jane Doe agreed, he told the port radio.", []),
]


@pytest.mark.parametrize("text,expected", ROUND10)
def test_round10_structures(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10 (news-corpus audit): an agency lead '…, <title> <name> said on Friday, adding that …' keeps the fronted
# report (postposed) and the participle's own report; a postposed 'confirmed' reads the clause before it
@pytest.mark.parametrize("text,expected", [
    ("Ferry traffic will resume next week, Port Minister Jane Doe said on Friday, explaining that the pier is "
     "still closed.",
     [("Port Minister Jane Doe", "Ferry traffic will resume next week"),
      ("Port Minister Jane Doe", "the pier is still closed")]),
    ("The first ferry left the port of Varna on Monday, the transport ministry has confirmed.",
     [("the transport ministry", "The first ferry left the port of Varna on Monday")]),
    ("Okafor confirmed the ferry times on Monday.", []),
    ("The ferries left on Monday, as Okafor confirmed.", []),
])
def test_round10_audit_agency_leads(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10 (news-corpus audit): a single-quote opener before an editorial bracket ("'[We] hope …'") is a quote
@pytest.mark.parametrize("text,expected", [
    ("The ferries are late. '[We] hope the port reopens soon,' Okafor said.",
     [("Okafor", "'[We] hope the port reopens soon,'")]),
    ("Okafor wrote: '[I] would be grateful for a ferry.' The port stayed shut.",
     [("Okafor", "'[I] would be grateful for a ferry.'")]),
    ("The ferry table lists x'[2] and y'[3] as routes.", []),
])
def test_round10_audit_single_quote_before_bracket(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10 (news-corpus audit): "…, who, <speaker> said, <clause>" reports only the clause after the parenthetical;
# a bracket after a single mark inside an open single quote is not a new quote
@pytest.mark.parametrize("text,expected", [
    ("Okafor also praised Jane Doe, who, the port spokesman said, met with the mayor.",
     [("the port spokesman", "met with the mayor")]),
    ("The ministry said: 'Doe alleged that the port was closed. '[The minister] Okafor refuted this.' Ferries sailed.",
     [("The ministry", "'Doe alleged that the port was closed. '[The minister] Okafor refuted this.'")]),
])
def test_round10_audit_parentheticals(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10 (news-corpus audit): the real registry resolves "Putin's spokesman" (the one holder of the post in the
# owner's office on the date), "the IAEA chief" and a family-name-first surname after the full name
@pytest.mark.parametrize("text,published,speaker", [
    ("Putin's spokesman said the ferries would sail on Monday.", "2022-09-01", "Dmitry Peskov"),
    ("The IAEA chief said the ferries would sail on Monday.", "2022-09-01", "Rafael Grossi"),
    ("The IAEA chief said the ferries would sail on Monday.", "2018-09-01", "IAEA chief"),
    ("The port will reopen soon, China's envoy Qin Gang said.\n\nQin said the ferries would sail on Monday.",
     "2022-07-20", "Qin Gang"),
    ("Qin said the ferries would sail on Monday.", "2022-07-20", "Qin"),
])
def test_round10_audit_registry_speakers(text, published, speaker):
    quotes = extract_quotes(text, article_id="t", published=published)
    assert quotes[-1].speaker == speaker, [(q.speaker, q.text) for q in quotes]


# round 10 (news-corpus audit): the CLI dates an article by an ISO "date" field when "published" is absent
@pytest.mark.parametrize("extra,speaker", [
    ({}, "Ukrainian president"),
    ({"date": "2022-09-01"}, "Volodymyr Zelensky"),
    ({"date": "2023-02-30"}, "Ukrainian president"),
    ({"date": "last week"}, "Ukrainian president"),
    ({"published": "2022-09-01", "date": "2015-01-01"}, "Volodymyr Zelensky"),
])
def test_round10_audit_cli_reads_date_field(extra, speaker):
    art = {"id": "t", "text": "The Ukrainian president said the ferries would sail on Monday.", **extra}
    assert [r["speaker"] for r in cli_records(art)] == [speaker]


# round 10 (news-corpus audit): a family-name-first surname and a later role noun ("the ambassador") go back to the
# person introduced with that description in an earlier attribution
def test_round10_audit_role_noun_after_described_speaker():
    text = ("China wants the ferries to sail, Beijing's ambassador to the US Qin Gang remarked on Tuesday. Speaking in "
            'Aspen, Qin said the port was open. "We will help the port," the ambassador said.')
    quotes = extract_quotes(text, article_id="t", published="2022-07-20")
    assert [q.speaker for q in quotes] == ["Qin Gang"] * 3, [(q.speaker, q.text) for q in quotes]


# round 10 (news-corpus audit): "he"/"she" never go back to a capitalised phrase with a plural common-noun head
def test_round10_audit_he_is_not_a_plural_group():
    text = ("'We sail at noon,' Tom Brown said. Port Authority staffers said that he should wait. "
            "'Another delay would sink us,' he said.")
    quotes = extract_quotes(text, article_id="t")
    assert [q.speaker for q in quotes] == ["Tom Brown", "Port Authority staffers", "Tom Brown"], \
        [(q.speaker, q.text) for q in quotes]


# round 10 (news-corpus audit): a photo credit glued to the start of a paragraph is no part of the content
@pytest.mark.parametrize("text,expected", [
    ("Talks ended. Photograph: Jane Doe/Reuters “We will study the ferries,” Okafor said.",
     [("direct", "“We will study the ferries,”")]),
    ("Talks ended.\n\n(AP Photo/Jane Doe) The port made a counteroffer that nobody took seriously, the ministry has "
     "said.", [("indirect", "The port made a counteroffer that nobody took seriously")]),
    ("Talks ended. Photograph: Tom Brown/The Guardian The ferries will not sail, Okafor said.",
     [("indirect", "The ferries will not sail")]),
])
def test_round10_audit_photo_credit(text, expected):
    assert [(q.kind, q.text) for q in run(text)] == expected


# round 10 (news-corpus audit): "<outlet> quoted/cited <person> as saying …" and "<person> was quoted by/in … as
# saying …" report the person's words (PolNeAR marks the outlet; the study wants the voice)
@pytest.mark.parametrize("text,expected", [
    ("The agency quoted a port official as saying the ferries would stop.",
     [("a port official", "the ferries would stop")]),
    ("The paper cited Jane Doe as saying that the ferries would stop.", [("Jane Doe", "the ferries would stop")]),
    ("Jane Doe was quoted by the agency as saying that the ferries would stop.",
     [("Jane Doe", "the ferries would stop")]),
    ("'In winter everything slows down,' the paper quoted one port official as saying.",
     [("one port official", "'In winter everything slows down,'")]),
    ("Okafor cited the port strike as a reason for the delay.",
     [("Okafor", "the port strike as a reason for the delay")]),
    ("The ferry left as saying goodbye was hard.", []),
])
def test_round10_audit_quoted_as_saying(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 10 (news-corpus audit): the outlet named after "the newspaper"/"the agency" is no antecedent of "he"/"she"
def test_round10_audit_outlet_is_not_he():
    text = ("'Talks will end at the table,' Jane Doe told the Spanish newspaper El Pais on Friday. "
            "'Our duty is to help the port,' he said.")
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == ["Jane Doe", "Jane Doe"]


# round 10 (audit II): "<name> at/of/from/with <organisation>" names the person, not the organisation's last word
@pytest.mark.parametrize("text,name", [
    ('"The ferries will wait," said Jon Doe at the Centre for Strategic and Harbour Studies.', "Jon Doe"),
    ('"The ferries will wait," said Ann Lee of the Institute for Port Relations.', "Ann Lee"),
    ('"The ferries will wait," Tom Okafor from Harbour Watch said.', "Tom Okafor"),
    # must keep: a title before the name, an organisation before "of", a plain name
    ('"The ferries will wait," said Secretary of State Tom Brown.', "Tom Brown"),
    ('"The ferries will wait," said Jane Doe.', "Jane Doe"),
])
def test_round10_name_before_affiliation(text, name):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]  # the real registry
    assert got == [name], got


# round 10 (audit II): an unregistered name right after told/to/with is an addressee, no antecedent of "he"/"she"
@pytest.mark.parametrize("text,names", [
    ("Tom Brown has told Ruritania's Harbour Post that the ferries will stop. \"We will wait,\" he said.",
     ["Tom Brown", "Tom Brown"]),
    ("Jane Doe spoke to Harbour Radio about the port. \"We will wait,\" she said.", ["Jane Doe"]),
    # must keep: the subject named after a comma is the antecedent
    ("On Monday, Tom Brown met the press. \"We will wait,\" he said.", ["Tom Brown"]),
])
def test_round10_addressee_no_antecedent(text, names):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]
    assert got == names, got


# round 10 (audit II): a name opening another report's content stands for that report's speaker as antecedent
@pytest.mark.parametrize("text,names", [
    ('Tom Brown said Ruritanians now believe the strike will end. "We will wait," he said.',
     ["Tom Brown", "Tom Brown"]),
    ('Tom Brown went on to say that Ann Lee has already explained that "the port will close." "We will wait," he '
     'said.', ["Tom Brown", "Tom Brown"]),
    # must keep: a name in a later clause of an over-long content is no stand-in; a plain antecedent stays
    ('Jane Doe left early. Tom Brown met the envoys on Monday. "We will wait," he said.', ["Tom Brown"]),
])
def test_round10_embedded_speaker_antecedent(text, names):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]
    assert got == names, got


# --- round 11: subjects the readers missed before a lexicon cue ((speaker, content) pairs; must-nothing rows)
ROUND11_SUBJECTS = [
    # a to-adjective chain between subject and cue ('were far more likely to say', 'is likely to stress')
    ("Ferry riders were far more likely to say the night service had failed.",
     [("Ferry riders", "the night service had failed")]),
    ("Jane Doe is likely to stress the port is open.", [("Jane Doe", "the port is open")]),
    ("Harbour pilots were all quick to argue that the tugs run late.",
     [("Harbour pilots", "the tugs run late")]),
    ("It is unlikely to say much about the port.", []),
    ("The ferry is likely to sail on Monday.", []),
    # the object of a causative verb speaks ('led Tom Brown to declare', 'caused many to wonder')
    ("The defeat led Tom Brown to declare that the port would close.", [("Tom Brown", "the port would close")]),
    ("The delay has caused many to wonder whether the ferries will run.",
     [("many", "whether the ferries will run")]),
    ("The storm forced the ferry to turn back.", []),
    ("The rules allow him to sail at night.", []),
    # 'none' and 'another' open a clause as the whole subject phrase, like 'most' and 'many'
    ("One pilot says the port is closed, while another says it is open.",
     [("One pilot", "the port is closed"), ("another", "it is open")]),
    ("Three envoys left early, and none has said the talks failed.", [("none", "the talks failed")]),
    ("The ferries sailed, and none of them was late.", []),
    # a prepositional adverbial after an auxiliary ('have in fact reported', 'had in the past said')
    ("The pilots have in fact reported that the port is closed.", [("The pilots", "the port is closed")]),
    ("Jane Doe had in the past said the ferries were unsafe.", [("Jane Doe", "the ferries were unsafe")]),
    ("In fact, the ferries in the past sailed at night.", []),
    # two short lowercase plural phrases joined by a bare 'and' open the clause
    ("Since the strike, dock workers and ferry crews say the port is unsafe.",
     [("dock workers and ferry crews", "the port is unsafe")]),
    ("An envoy with experience of ports and war crimes told the court the port was closed.", []),
    ("The tugs and ferries sailed at night.", []),
    # a long subject after an opening sentence adverb and its comma ('Indeed, …', 'However, …')
    ("Indeed, proponents of a new ferry line say the port is too small.",
     [("proponents of a new ferry line", "the port is too small")]),
    ("However, the ferries from the old pier sailed late.", []),
    # a relative clause that runs up to the cue belongs to the subject: its head before 'who' starts the speaker
    ("Those who study the ports argue that fares will rise.", [("Those who study the ports", "fares will rise")]),
    ("But some who study the ports argue that the ferries are safe.",
     [("some who study the ports", "the ferries are safe")]),
    # a head of four words is not delimited
    ("Yesterday all the harbour crews who study the tides argue that fares will rise.", []),
]


ROUND11_TO_LEADS = [
    # 'sought' and 'able' lead a to-infinitive cue whose subject is the speaker (seem/appear: not kept)
    ("Jane Doe has sought to portray the port as safe.", [("Jane Doe", "the port as safe")]),
    ("Tom Brown would be able to claim that the talks had worked.", [("Tom Brown", "the talks had worked")]),
    ("Jane Doe has sought to reach the port before dawn.", []),
    ("The ferries seem to sail later in winter.", []),
    ("The tugs were able to turn back.", []),
]


ROUND11_EVIDENCE_HEADS = [
    # a poll, study or record head before show/find/suggest/indicate after a clause opening or a release participle
    ("But early shipping data suggests that the ferries lose money.",
     [("early shipping data", "the ferries lose money")]),
    ("Indeed, statistics indicate that ferry riders are older.", [("statistics", "ferry riders are older")]),
    ("A poll from Harbour College released Monday found most riders want night ferries.",
     [("A poll from Harbour College", "most riders want night ferries")]),
    ("Fares rose, but a harbour poll released last week showed riders leaving.",
     [("a harbour poll", "riders leaving")]),
    ("The ferry was sold, and a comparison with its previous filings show it lost money.", []),
    ("Photos and video from the pier show the ferries at rest.", []),
]


@pytest.mark.parametrize("text,expected", ROUND11_SUBJECTS + ROUND11_TO_LEADS + ROUND11_EVIDENCE_HEADS)
def test_round11_subjects(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 11 (corpus role audit): speakers that are role nouns for people the article names. (1) A role noun
# capitalised only by its sentence-initial determiner or a qualifier ("The port official") reads the article's own
# mentions like a lowercase one; a role nobody was described with stays as written. (2) A lede's definite role
# noun that nothing before it resolves ("Russia's ambassador warned …") is the one person named just after it whom
# the role fits; never an indefinite one or a role nobody after it holds. (3) A role noun set off by commas right
# after a name ("<Name>, the <role>, …, saying …") is that person; one after a plain noun is not.
@pytest.mark.parametrize("text,speakers", [
    ("Jane Okafor, a port official, arrived on Monday. The port official said the ferries would sail.",
     ["Jane Okafor"]),
    ("Jane Okafor, a Ukrainian port official, arrived on Monday. The Ukrainian official said the ferries would "
     "sail.", ["Jane Okafor"]),
    ("Jane Okafor, a Ukrainian port official, arrived on Monday. The Russian official said the ferries would sail.",
     ["Russian official"]),
    ("Jane Okafor, a port official, arrived on Monday. The Ukrainian minister said the ferries would sail.",
     ["Ukrainian minister"]),
    ("The ferries will sail, Russia's ambassador said on Monday. Russian Ambassador Jane Okafor spoke in Riga.",
     ["Jane Okafor"]),
    ("The ferries will sail, the Russian ambassador said on Monday. Russian Ambassador Jane Okafor spoke in Riga.",
     ["Jane Okafor"]),
    ("The ferries will sail, a Russian ambassador said on Monday. Russian Ambassador Jane Okafor spoke in Riga.",
     ["Russian ambassador"]),
    ("The ferries will sail, Russia's ambassador said on Monday. Russian port chief Jane Okafor spoke in Riga.",
     ["Russia's ambassador"]),
    ("Jane Okafor, the deputy head of the port council, disputed the claim, saying the ferries had sailed.",
     ["Jane Okafor"]),
    ("The ferry plan, the deputy head of the port council said, would fail.", ["deputy head of the port council"]),
])
def test_round11_role_nouns_for_named_people(text, speakers):
    quotes = extract_quotes(text, article_id="t", published="2022-07-20")
    assert [q.speaker for q in quotes] == speakers, [(q.speaker, q.text) for q in quotes]


# round 11 (corpus role audit): a pronoun does not go back to the unresolved mention scan of a speaker's own phrase
# ("…, the President said:") but to that speaker's resolution
def test_round11_pronoun_skips_the_raw_phrase_of_a_speaker():
    text = ("President Volodymyr Zelensky visited the port on Monday. In a short address to the crews, the "
            "President said: 'The ferries will sail.' He thanked the crews, who he said 'never stopped working'.")
    quotes = extract_quotes(text, article_id="t", published="2022-11-11")
    assert [q.speaker for q in quotes] == ["Volodymyr Zelensky"] * len(quotes), [(q.speaker, q.text) for q in quotes]
    assert len(quotes) == 2


# round 11 (news-corpus pronoun audit): an unregistered capitalised phrase after "of"/"for" (an institution in the
# speaker's apposition) is no antecedent of "he"/"she"
@pytest.mark.parametrize("text,names", [
    ('Tom Okafor, a lecturer at the Harbour School of Trade, spoke to us. "The ferries will wait," he said.',
     ["Tom Okafor"]),
    ('Jane Doe, the envoy for Ferry Affairs, took questions. "We will wait," she said.', ["Jane Doe"]),
    ('Tom Brown, head of Port Workers United, met the press. "Nothing is agreed," he said.', ["Tom Brown"]),
    # must keep: a plain antecedent; a person after "by" still counts
    ('The plan was drafted by Tom Brown. "We will wait," he said.', ["Tom Brown"]),
])
def test_round11_of_for_institution_no_antecedent(text, names):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]
    assert got == names, got


# round 12 (speaker accuracy): a cue after 'and' continues the clause that ', and'/', but'/'while'/'whereas'
# opened, so that clause's subject speaks, not the sentence's first subject (a participle right after 'and' is left
# as it was)
ROUND12_CONJUNCT_SUBJECTS = [
    ("Tom Brown signed the ferry order on Monday, whereas Jane Doe, the port director, called it unfair and said "
     "the toll would hurt the island.",
     [("Jane Doe", "it unfair"), ("Jane Doe", "the toll would hurt the island")]),
    ('Tom Brown signed the ferry order on Monday, while Jane Doe called it unfair and said, "We will fight it."',
     [("Jane Doe", "it unfair"), ("Jane Doe", '"We will fight it."')]),
    # no name, role or pronoun after the opener: the sentence subject as before
    ("Tom Brown signed the ferry order, while the fares rose and said the toll was final.",
     [("Tom Brown", "the toll was final")]),
    ("Jane Doe closed the port and said the ferries would stop.", [("Jane Doe", "the ferries would stop")]),
]


# the same clause subject for a participle cue after a comma (before the speaker of an earlier report in the sentence)
ROUND12_CONJUNCT_PARTICIPLES = [
    ("The protest groups met on Monday, and the harbour union has already sued the city, saying the rules violate "
     "the law.", [("the harbour union", "the rules violate the law")]),
    ("Jane Doe thanked the crews, while members of the harbour board were quick to agree, noting that the ferries "
     "had sailed.", [("members of the harbour board", "the ferries had sailed")]),
    # a plain noun after the opener is no speaker; a phrase after a preposition is none either
    ("Tom Brown left the meeting on Monday, and the fares of the island line rose sharply, citing higher "
     "fuel costs.", [("Tom Brown", "higher fuel costs")]),
    ("Tom Brown praised the plan, while observers of the Harbour Council were not surprised, noting past failures "
     "of the port.", [("Tom Brown", "past failures of the port")]),
]


# ... and for a quote after a colon that closes such a clause (no comma between its subject and the colon)
ROUND12_CONJUNCT_COLONS = [
    ('Tom Brown opened the harbour meeting, and Jane Doe gave a long speech to the delegates of the island council '
     'yesterday: "We will keep the ferries running through the winter."',
     [("Jane Doe", '"We will keep the ferries running through the winter."')]),
    ('Tom Brown opened the harbour meeting, and Jane Doe gave a long speech, not a short one, to the island '
     'delegates: "We will keep the ferries running through the winter."',
     [("Tom Brown", '"We will keep the ferries running through the winter."')]),
]


# round 12: a capitalised opening preposition (Outside, Alongside, Inside, …) is no name, so it never starts a speaker
ROUND12_OPENING_PREPOSITIONS = [
    ("Outside the harbour, a small band of Liberals, though hopeful about the port ballot, are warning "
     "against a ferry-only plan.", [("Liberals", "against a ferry-only plan")]),
    ("Outside experts say the ferry plan is far from enough.", [("experts", "the ferry plan is far from enough")]),
    ("Inside the port, the dockers said the strike would go on.", [("the dockers", "the strike would go on")]),
]


# round 12: a pronoun after 'so that'/'such that'/'now that' … is no clause reported by its antecedent, so it keeps its
# own span (after a cue's 'that' it still stands for the reporter's mention, as PolNeAR marks it)
ROUND12_NON_REPORT_THAT = [
    ("That left Jane Doe at the centre of the ferry debate, so much so that she accused the moderators of asking too "
     "many questions.", [("she", "the moderators of asking too many questions")]),
    ("Tom Brown said that he would accuse the board of stalling.",
     [("Tom Brown", "he would accuse the board of stalling")]),
    # a relative 'that' after a noun, no cue before it: the pronoun keeps its span; after 'told <addressee>' it does not
    ("At a briefing, Jane Doe praised Tom Brown for cutting the port fees - moves that he said helped the island.",
     [("he", "helped the island")]),
    ("Tom Brown told reporters that he would accuse the board of stalling.",
     [("Tom Brown", "he would accuse the board of stalling")]),
]


@pytest.mark.parametrize("text,expected", ROUND12_CONJUNCT_SUBJECTS + ROUND12_CONJUNCT_PARTICIPLES
                         + ROUND12_CONJUNCT_COLONS + ROUND12_OPENING_PREPOSITIONS + ROUND12_NON_REPORT_THAT)
def test_round12_speakers(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 12 (corpus audit V, direct speakers on all war news): a person mention later in the sentence before the
# pronoun's (an object, a title or name in an apposition, a place in a reported clause) does not displace that
# sentence's first person, its subject; a name after a preposition, a possessor, a phrase with lowercase words, a
# photo credit ("X/Agency") is no subject
ROUND12_SENTENCE_SUBJECTS = [
    ('Tom Okafor repeatedly defended Jim Brown, noting that the envoy had never lied. He also said the ferries '
     '"will sail on time."', ["Tom Okafor", "Tom Okafor"]),
    ('Last week, Tom Okafor, Global Head of Ferry Analysis at Portex, spoke to Harbour Radio. He said: "The '
     'ferries will wait."', ["Tom Okafor"]),
    ('Ann Lee, one of Mr Jim Brown\'s advisers, wrote on Monday. She wrote: "The ferries will wait."', ["Ann Lee"]),
    ('Tom Okafor said the ferries could carry only a little grain from the Harbour Town docks. "Think about the '
     'trucks," he said.', ["Tom Okafor", "Tom Okafor"]),
    # must keep: a name after a preposition or in a phrase with lowercase words is no subject; the nearest
    # person of a later sentence; a single unregistered word is no subject
    ('Appearing on Harbour Morning, Ms Ann Lee urged the port to act. She said "nothing has been done."',
     ["Ann Lee", "Ann Lee"]),
    ('Back in Harbour Town, Mayor Tom Okafor says he still hopes for talks. "All this is terrible," he says.',
     ["Tom Okafor", "Tom Okafor"]),
    ('Prior to the strike, Okafor met Tom Brown. "We will wait," he said.', ["Tom Brown"]),
]


# round 12 (corpus audit V): a one-word name opening the sentence before its verb ('Okafor has …') is a he/she
# antecedent when the article names that person elsewhere (the last word of a longer name, or the speaker of a
# plain cue); it stands for the full name of a speaker so far. Not a town, a number or a common noun
ROUND12_ONE_WORD_NAMES = [
    ('Jim Brown spoke first. Tom Okafor has argued for months. Okafor has long defended the ferries. In May, he '
     'asked: "Why not sail?"', ["Tom Okafor"]),
    ('"The port is shut," said Jim Brown. Okafor told us about the ferries. Okafor has left the port. '
     '"We will wait," he said.', ["Jim Brown", "Okafor"]),
    # must keep: a town, a number word or a common noun opening the sentence is no antecedent
    ('"The port is shut," said Tom Okafor. Harbourville has been shelled. "We will wait," he said.',
     ["Tom Okafor", "Tom Okafor"]),
    ('"The port is shut," said Tom Okafor. Eight ferries are gone. "We will wait," he said.',
     ["Tom Okafor", "Tom Okafor"]),
    ('"The port is shut," said Tom Okafor. Shelling is a constant threat. "We will wait," he said.',
     ["Tom Okafor", "Tom Okafor"]),
]


# round 12 (corpus audit V): a participle opener or clause taken as a capitalised "mention" ('Posting from Kyiv',
# 'Addressing Ukrainians', '<Name> was in …') is no he/she antecedent; a role phrase with a name still is
ROUND12_PARTICIPLE_PHRASES = [
    ('"The port is shut," said Tom Okafor. Posting from Kyiv later, the dock worker sounded calm. "We will wait," '
     'he said.', ["Tom Okafor", "Tom Okafor"]),
    ('"The port is shut," said Tom Okafor. Addressing Ukrainians, the dock worker was calm. "We will wait," he '
     'said.', ["Tom Okafor", "Tom Okafor"]),
    # must keep: a named person after the speaker
    ('"The port is shut," said Tom Okafor. The British author Jim Brown came too. "We will wait," he said.',
     ["Tom Okafor", "Jim Brown"]),
]


# round 12 (corpus audit V): a subheading in capitals between paragraphs is no he/she antecedent
ROUND12_CAPITAL_HEADINGS = [
    ('"The port is shut," said Tom Okafor.\n\nFERRY CREWS MOURN LOST COLLEAGUES\n\n"We will wait," he continued.',
     ["Tom Okafor", "Tom Okafor"]),
    # must keep: a two-word name in capitals stays a name (three capitalised words are taken as a heading)
    ('The envoy met TOM OKAFOR at the port. "We will wait," he said.', ["TOM OKAFOR"]),
]


# round 12 (direct and mixed recall): a participle cue closing a sentence that opens with a connective and a verb
# the reader does not know ('Then he cut into X, calling …') takes the subject after the connective
ROUND12_CONNECTIVE_PARTICIPLES = [
    ('Then he cut into Brown, calling him a "stiff."', [("mixed", "he", 'him a "stiff."')]),
    ('And she cut the ribbon, saying the ferry was "late."', [("mixed", "she", 'the ferry was "late."')]),
    # must keep: no subject between the connective and the comma finds nothing
    ('But Okafor, calling the plan "a mess."', []),
    ('Then, calling the plan "a mess."', []),
]


# round 12: an -ed adjective inside the occasion phrase between a cue and its 'that' ('said in a prepared statement
# that …') does not stop the look-ahead for the 'that'
ROUND12_OCCASION_ADJECTIVES = [
    ('Jane Doe said in a prepared statement that the ferry was "late."', [("mixed", "Jane Doe", 'the ferry was "late."')]),
    ("Tom Brown declared in a heated exchange with Okafor that the port would close.",
     [("indirect", "Tom Brown", "the port would close")]),
    ("Jane Doe said at the crowded dock that the navy built the ferry.",
     [("indirect", "Jane Doe", "the navy built the ferry")]),
    # must keep: no speech verb before the phrase, nothing reported
    ("Jane Doe waited at the crowded dock that the navy built.", []),
]


# round 12: "he's"/"she's" before a past participle cue is "has" ('He's said …'), not a possessive noun phrase
ROUND12_HAS_CONTRACTIONS = [
    ('He\'s said the ferry is "late."', [("mixed", "He", 'the ferry is "late."')]),
    ('She’s called the plan "a disgrace."', [("mixed", "She", 'the plan "a disgrace."')]),
    # must keep: an impersonal "it's said", a possessive before a noun use
    ("It's said that the port is closed.", []),
    ("The mayor's said remark was odd.", []),
]


@pytest.mark.parametrize("text,expected",
                         ROUND12_CONNECTIVE_PARTICIPLES + ROUND12_OCCASION_ADJECTIVES + ROUND12_HAS_CONTRACTIONS)
def test_round12_direct_and_mixed_recall(text, expected):
    got = [(q.kind, q.speaker, q.text) for q in extract_quotes(text, article_id="t")]
    assert got == expected, got


# round 12 (news check): without a connective the participle fallback keeps reading an interrupting participle
# after a long subject as before ('The Council for the Study of Ports, citing …, said …' keeps its speaker)
def test_round12_interrupting_participle_keeps_subject():
    quotes = extract_quotes("The Council for the Study of Ports, citing local reports, said the ferries had sailed.",
                            article_id="t")
    assert [q.speaker for q in quotes] == ["Council for the Study of Ports"], [(q.speaker, q.text) for q in quotes]


ROUND12_ED_ING_NAMES = [
    # names in -ed or short -ing words are names, not participle phrases: the pronoun goes to them
    ('"We will go," said Tom Okafor. Abiy Ahmed came too. "We will wait," he said.', ["Tom Okafor", "Abiy Ahmed"]),
    ('"We will go," said Tom Okafor. Ding Xuexiang came too. "We will wait," he said.',
     ["Tom Okafor", "Ding Xuexiang"]),
    # must keep: a participle phrase or a clause is no antecedent
    ('"We will go," said Tom Okafor. Posting from Kyiv, he was calm. "We will wait," he said.',
     ["Tom Okafor", "Tom Okafor"]),
]


# round 12: he/she antecedents (the tables above, audit V, and the review's names in -ed/-ing)
@pytest.mark.parametrize("text,names", ROUND12_SENTENCE_SUBJECTS + ROUND12_ONE_WORD_NAMES + ROUND12_PARTICIPLE_PHRASES
                         + ROUND12_CAPITAL_HEADINGS + ROUND12_ED_ING_NAMES)
def test_round12_antecedents(text, names):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]
    assert got == names, got


# round 12 (corpus audit VI): a sentence opened by the same pronoun ('He met Jim Doe …. "…," he said') has that
# pronoun's own antecedent as its subject, not a later name in it (an object, a possessor)
@pytest.mark.parametrize("text,names", [
    ('Jane Doe said the ferries were late. She later met Ann Lee at the Harbour Office. "We will wait," she said.',
     ["Jane Doe", "Jane Doe"]),
    ('Tom Brown said the port would reopen soon. But he met Jim Doe at the docks. "We will sail," he said.',
     ["Tom Brown", "Tom Brown"]),
    ('Tom Brown said the port would reopen soon. He backed Jim Doe\'s plan for the ferries. "We will sail," he '
     'said.', ["Tom Brown", "Tom Brown"]),
    # must keep: a sentence opened by a name or by another pronoun keeps its latest person
    ('Tom Brown said the port would reopen soon. Jim Doe met the envoys on Monday. "We will wait," he said.',
     ["Tom Brown", "Jim Doe"]),
    ('Tom Brown said the port would reopen soon. They met Jim Doe at the docks. "We will wait," he said.',
     ["Tom Brown", "Jim Doe"]),
])
def test_round12_pronoun_opened_sentence_keeps_its_subject(text, names):
    got = [q.speaker for q in extract_quotes(text, article_id="t")]
    assert got == names, got


# round 12 (corpus audit VI): a country the mention scan finds is no antecedent of "they" (a family, a crew,
# officials spoke); a country that spoke still is, and "it" may still stand for a country
@pytest.mark.parametrize("text,speakers", [
    ('The crew of the ferry said the port was closed. The ferry was seized off Ukraine in May. "We want to go '
     'home," they said.', [("crew of the ferry", None), ("they", None)]),
    ('Port workers said the cranes were down. Ukraine has lost its grain trade. "Nothing moves," they said.',
     [("Port workers", None), ("Port workers", None)]),
    # must keep: a country as a speaker; "it" for a country
    ('Russia said the talks were over. "The door is closed," they said.', [("Russia", "RU"), ("Russia", "RU")]),
    ('The ferry was seized off Ukraine in May. "We will not pay," it said.', [("Ukraine", "UA")]),
])
def test_round12_they_skips_a_country_named_in_passing(text, speakers):
    got = [(q.speaker, q.side) for q in extract_quotes(text, article_id="t")]
    assert got == speakers, got


def test_round12_long_run_of_pronoun_sentences_reads_back_a_bounded_depth():
    """600 sentences opened by "He" before a quote: the antecedent search must not recurse without bound."""
    names = [f"Tom {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}ley" for i in range(600)]
    text = " ".join(f"He met {n}." for n in names) + ' "We will talk," he said.'
    (q,) = extract_quotes(text, article_id="t")
    assert q.kind == "direct" and q.speaker


# round 13 (precision): a quote right after a lowercase subordinator or "by" completes the writer's clause
ROUND13_FRAGMENT_QUOTES = [
    ('Tom Brown said the ferries were late. The new pier would be paid for by "a levy on every ticket sold at the '
     'harbour."', [("Tom Brown", "the ferries were late")]),
    ('Jane Doe said the port was calm. Trade can recover, but only when "the envoys stop arguing about the cranes."',
     [("Jane Doe", "the port was calm")]),
    ('Jane Doe said the port was calm. Trade is slower than "anyone at the harbour office had feared last winter."',
     [("Jane Doe", "the port was calm")]),
    # must keep: a quote of its own after the sentence, with or without a cue
    ('Jane Doe said the port was calm. "The envoys will stop arguing about the cranes soon."',
     [("Jane Doe", "the port was calm"), ("Jane Doe", '"The envoys will stop arguing about the cranes soon."')]),
    ('Jane Doe said the port was calm. She added: "The envoys will stop arguing about the cranes soon."',
     [("Jane Doe", "the port was calm"), ("She", '"The envoys will stop arguing about the cranes soon."')]),
]

# round 13 (precision): words before "according to" that stop on a subordinator or "that" are no content; the
# source vouches for the clause after it
ROUND13_DANGLING_ACCORDING = [
    ('The ferry left the port late because, according to Jane Doe, the cranes had been idle for a week.',
     [("Jane Doe", "the cranes had been idle for a week")]),
    # must keep: a whole clause before the source
    ('Three ferries left the port without papers, according to the harbour office.',
     [("the harbour office", "Three ferries left the port without papers")]),
    # must keep (review fix): an adverb or object "before", "since", "that" with no clause after the source
    ('The ferry had never been shelled before, according to the harbour office.',
     [("the harbour office", "The ferry had never been shelled before")]),
    ('The ferry captain has not been seen since, according to his family.',
     [("his family", "The ferry captain has not been seen since")]),
    ('The ministry denied all of that, according to Reuters.', [("Reuters", "The ministry denied all of that")]),
]


@pytest.mark.parametrize("text,expected", ROUND13_FRAGMENT_QUOTES + ROUND13_DANGLING_ACCORDING)
def test_round13_precision(text, expected):
    got = [(spk(text, q), q.text) for q in run(text)]
    assert got == expected, got


# round 13 (embedded social posts): a post pasted into the text without quote marks and closed by its embed
# signature '— Name (@handle) Month D, YYYY' is the name's direct quote; the content is the post's words only
# (back to the paragraph break or the previous signature, the links at its end left out)
ROUND13_POSTS = [
    ("Ferries stopped on Monday.\n\nThe port of Varna is closed to all ferries. Stay safe. pic.twitter.com/AbC123 "
     "— Jane Doe (@janedoe) May 8, 2022\n\nOfficials gave no reason.",
     [("The port of Varna is closed to all ferries. Stay safe.", "Jane Doe", "Jane Doe", "—")]),
    # links glued to the words, a flag after the name, the date on the next line
    ("Talks ended.\n\nEnvoys will meet again in Geneva https://t.co/Xy12 pic.twitter.com/Zz9— Tom Brown 🇺🇦 "
     "(@tombrown) \n June 1, 2022\n\nThe ferries sailed.",
     [("Envoys will meet again in Geneva", "Tom Brown", "Tom Brown", "—")]),
    # two posts in one paragraph: the second starts after the first one's signature
    ("Ferry update:\n\nThe Varna ferry docked safely. — Port Watch (@portwatch) May 1, 2022 Another ferry left "
     "for Odesa. — Jane Doe (@janedoe) May 2, 2022",
     [("The Varna ferry docked safely.", "Port Watch", "Port Watch", "—"),
      ("Another ferry left for Odesa.", "Jane Doe", "Jane Doe", "—")]),
    # a display name of one word in small letters is a name too
    ("Talks ended.\n\nThe ferries will sail again next week. — portwatcher (@portwatch) May 9, 2022",
     [("The ferries will sail again next week.", "portwatcher", "portwatcher", "—")]),
    # a handle with no name: the handle as written, unresolved
    ("Talks ended.\n\nThe ferries will sail again next week, port staff say — @portwatch May 9, 2022\n\nNo date "
     "was set.", [("The ferries will sail again next week, port staff say", "@portwatch", "@portwatch", "—")]),
    # the post's last paragraph only credits its picture: the words are in the paragraph before
    ("Talks ended.\n\nCranes were repaired at the ferry port overnight.\n\n📷 Jane Doe pic.twitter.com/Ab1 — Port "
     "Watch (@portwatch) May 3, 2022",
     [("Cranes were repaired at the ferry port overnight.\n\n📷 Jane Doe", "Port Watch", "Port Watch", "—")]),
]


@pytest.mark.parametrize("text,expected", ROUND13_POSTS)
def test_round13_embedded_posts(text, expected):
    posts = [q for q in run(text) if q.method == "post-signature"]
    assert [(q.text, q.speaker, spk(text, q), q.cue) for q in posts] == expected, posts
    assert all(q.kind == "direct" for q in posts), posts


# review of round 13: a last paragraph that only credits a picture or holds under two words takes in the paragraph
# before it, never narration further back (start guessed: True); a signature on a line of its own closes the
# paragraph before it (False). Round 15: a guessed start scores like a quote in defective marks (lower confidence)
ROUND13_POST_WALKS = [
    ("Ferries stopped on Monday.\n\nTalks ended.\n\nCranes were repaired at the ferry port overnight.\n\n📷 Jane Doe "
     "pic.twitter.com/Ab1 — Port Watch (@portwatch) May 3, 2022",
     [("Cranes were repaired at the ferry port overnight.\n\n📷 Jane Doe", "Port Watch", True)]),
    # the paragraph before is taken whole, its first sentence too
    ("Talks ended.\n\nOfficials gave no reason. The port is closed to all ferries.\n\n📷 Jane Doe — Port Watch "
     "(@portwatch) May 3, 2022",
     [("Officials gave no reason. The port is closed to all ferries.\n\n📷 Jane Doe", "Port Watch", True)]),
    # a last paragraph of under two words (a flag and a hashtag)
    ("Ferries stopped on Monday.\n\nTalks ended.\n\nThe ferries will sail again on Monday.\n\n🇺🇦 #Ports "
     "pic.twitter.com/Ab1 — Port Watch (@portwatch) May 3, 2022",
     [("The ferries will sail again on Monday.\n\n🇺🇦 #Ports", "Port Watch", True)]),
    ("Talks ended. Officials gave no reason.\nThe port is closed to all ferries.\n— Jane Doe (@janedoe) May 8, 2022",
     [("The port is closed to all ferries.", "Jane Doe", False)]),
    ("Talks ended.\nThe port is closed to all ferries. pic.twitter.com/Ab1\n— Jane Doe (@janedoe) May 8, 2022\n"
     "Officials gave no reason.", [("The port is closed to all ferries.", "Jane Doe", False)]),
]


@pytest.mark.parametrize("text,expected", ROUND13_POST_WALKS)
def test_round13_post_walks_back_one_paragraph_at_most(text, expected):
    got = [(q.text, q.speaker, _guessed_start(text, q)) for q in run(text) if q.method == "post-signature"]
    assert got == expected, got


def _guessed_start(text, post):
    """Is the post scored as one whose start was guessed (the calibration's ``marks=flagged`` feature on)?"""
    from peacetalks.quotes._confidence import load_weights, score
    from peacetalks.quotes._extractor import _Extractor

    ex = _Extractor(text, "t", None, REG)
    ex.run()
    (cand,) = [c for c in ex.cands if (c.start, c.end, c.method) == (post.start, post.end, post.method)]
    on = ex.quote_features(cand)
    assert score(on, load_weights()) == post.confidence
    return "marks=flagged" in on


def test_round13_post_after_a_found_quote_keeps_that_quote():
    """A post whose first words are already someone's attributed quote starts after it (no overlap, no loss)."""
    text = ('Talks ended.\n\n"The port is shut," Okafor said. Ferries will not sail this week. — Port Watch '
            "(@portwatch) May 8, 2022")
    got = [(q.method, q.text, q.speaker) for q in run(text)]
    assert got == [("quote+cue", '"The port is shut,"', "Okafor"),
                   ("post-signature", "Ferries will not sail this week.", "Port Watch")], got


# review of round 13, the post rule's guards (default registry): an embed in markup tags gives no post even when a
# quote found inside moved the post's start past the tag; a page's photo credit is cut off the post's start; an
# account's name the registry does not know stays whole (the registry alone would keep a trailing 'UA' or 'Varna')
ROUND13_POST_GUARDS = [
    ('Talks ended.\n\n<tweet author="@janedoe" datetime="2022-05-08">"The port is shut," Okafor said. Ferries will '
     "wait in Varna. pic.twitter.com/Ab1 — Jane Doe (@janedoe) May 8, 2022</tweet>.", []),
    ("Talks ended.\n\nFerries idle in Varna. Photograph: Tom Brown/Reuters The port will reopen on Monday. Crews are "
     "ready. — Port Watch (@portwatch) May 3, 2022",
     [("The port will reopen on Monday. Crews are ready.", "Port Watch")]),
    ("Talks ended.\n\nA ferry in Varna. (Photo: Tom Brown/AFP) The port will reopen on Monday. — Port Watch "
     "(@portwatch) May 3, 2022", [("The port will reopen on Monday.", "Port Watch")]),
    ("Talks ended.\n\nThe ferries will sail again next week. — Ferry Watch UA (@fwua) May 9, 2022",
     [("The ferries will sail again next week.", "Ferry Watch UA")]),
    ("Talks ended.\n\nThe ferries will sail again next week. — Ferry Centre Varna (@fcv) May 9, 2022",
     [("The ferries will sail again next week.", "Ferry Centre Varna")]),
]


@pytest.mark.parametrize("text,expected", ROUND13_POST_GUARDS)
def test_round13_post_guards(text, expected):
    got = [(q.text, q.speaker) for q in extract_quotes(text, article_id="t") if q.method == "post-signature"]
    assert got == expected, got


# review of round 13: a display name holds no sentence end and starts with a capital unless it is one word, so
# a sentence before a handle and a date is no signature (no post is read; other rules may read the sentence)
ROUND13_NO_DISPLAY_NAME = [
    "Talks ended.\n\nFerries — all of them — stopped. Jane Doe (@janedoe) May 8, 2022",
    "Talks ended.\n\nThe port and the ferry dock - says Jane Doe (@janedoe) May 8, 2022 - are closed.",
]


@pytest.mark.parametrize("name,expected", [
    # review 13b A3: the point of a title or of initials is no sentence end inside a display name
    ("U.S. Embassy Varna", True), ("Gen. Tom Lee", True), ("Dr. Jane Doe", True), ("Sen. Ann Roe", True),
    ("stopped. Jane Doe", False), ("They left! Jane Doe", False), ("in Varna. Jane Doe", False),
    ("Amb. Ann Roe", True),  # round 14: abbreviations outside TITLE_ABBREVIATIONS
])
def test_round13_display_name_abbreviations(name, expected):
    from peacetalks.quotes._posts import _display_name
    assert _display_name(name) is expected


def test_round13_post_by_an_account_with_a_title():
    text = "The envoys met.\n\nFerries will sail from Varna again on Monday. — Gen. Tom Lee (@tomlee) May 8, 2022"
    got = [(q.text, q.speaker) for q in run(text) if q.method == "post-signature"]
    assert got == [("Ferries will sail from Varna again on Monday.", "Gen. Tom Lee")], got


@pytest.mark.parametrize("text", ROUND13_NO_DISPLAY_NAME)
def test_round13_no_post_without_a_display_name(text):
    assert [q for q in run(text) if q.method == "post-signature"] == []


# review of round 13: the links closing a post are found in time linear in the stretch before the signature (a
# long run of spaces or of links before it once took minutes)
ROUND13_POST_LONG_RUNS = [
    "Talks ended." + " " * 50_000 + "x — Jane Doe (@janedoe) May 8, 2022",
    "Talks ended.\n\n" + "pic.twitter.com/a " * 11_000 + "x — Jane Doe (@janedoe) May 8, 2022",
]


@pytest.mark.parametrize("text", ROUND13_POST_LONG_RUNS)
def test_round13_post_links_end_takes_linear_time(text):
    started = time.process_time()
    extract_quotes(text, article_id="t")
    assert time.process_time() - started < 2.0


def test_round13_long_post_without_breaks_keeps_whole_sentences():
    """With no paragraph break, the post runs back whole sentences within 300 characters (lower confidence)."""
    lead = "The envoys met in Geneva on a grey morning and spoke for many hours about the ferries. " * 4
    post = "The ferries will sail again on Monday. Port staff are ready."
    text = f"{lead}{post} — Jane Doe (@janedoe) May 8, 2022"
    (q,) = [q for q in run(text) if q.method == "post-signature"]
    assert text[q.start:q.end].endswith(post) and len(q.text) <= 300 and q.text[:1].isupper()
    assert _guessed_start(text, q)


# review of round 13: a post is never longer than 300 characters; one sentence longer than that (no sentence end
# found) keeps its last words within 300 characters, from a word's start (cut short: start guessed)
ROUND13_LONG_SENTENCE_POSTS = [
    "Talks ended.\n\n" + "the envoys met again and " * 80 + "ferries stop — Port Watch (@portwatch) May 3, 2022",
    "Talks ended. " + "the envoys met again and " * 80 + "ferries stop — Port Watch (@portwatch) May 3, 2022",
]


@pytest.mark.parametrize("text", ROUND13_LONG_SENTENCE_POSTS)
def test_round13_post_is_never_longer_than_a_tweet(text):
    (q,) = [q for q in run(text) if q.method == "post-signature"]
    assert q.text.endswith("ferries stop") and len(q.text) <= 300 and _guessed_start(text, q), q
    assert text[q.start - 1].isspace() and q.text.startswith(("the envoys", "envoys", "met", "again", "and"))


# round 13 (direct and mixed recall): a form of 'be' inside the speaker's earlier report ('said the plan was odd')
# does not make a coordinated object cue passive ('…, and accused …'); before the speaker's first verb it still does
ROUND13_COORDINATED_OBJECT_CUES = [
    ("Jane Doe said the warning was odd, and accused the ministry of stalling.",
     [("indirect", "Jane Doe", "the warning was odd"), ("indirect", "Jane Doe", "the ministry of stalling")]),
    ('Tom Brown said he was "shocked," but urged the crews to stay calm.',
     [("mixed", "Tom Brown", 'he was "shocked,"'), ("indirect", "Tom Brown", "the crews to stay calm")]),
    # must keep: a passive before the speaker's first other verb reports nothing
    ("Brown was detained in May and urged to leave the port.", []),
    ("Commitments were made but later dismissed by the board.", []),
]


# round 13: a participle cue after a comma and a gerund link (', before insisting …', ', while arguing that …')
# reports for the sentence's speaker as it does without the comma
ROUND13_COMMA_GERUND_LINKS = [
    ('"The port is shut," Okafor told reporters, before insisting she kept a "warm rapport" with the pilots.',
     [("direct", "Okafor", '"The port is shut,"'),
      ("mixed", "Okafor", 'she kept a "warm rapport" with the pilots')]),
    ("Okafor spoke for an hour, while arguing that the port should close.",
     [("indirect", "Okafor", "the port should close")]),
    # review fix: the speaker of a quote that runs over two sentences (no report of this sentence opens with it)
    ('"The port is shut. Ferries wait," Okafor said, while arguing that the crews should rest.',
     [("direct", "Okafor", '"The port is shut. Ferries wait,"'), ("indirect", "Okafor", "the crews should rest")]),
    # must find nothing (review fix): a subject that is no speaker before ', while <participle>'
    ("The meeting ran for an hour, while arguing that the port should close.", []),
    # must keep: a gerund link before a participle that is no speech cue reports nothing; a sentence adverb
    # before a comma is no speaker
    ("Okafor spoke for an hour, before leaving the port by ferry.", []),
    ("Additionally, there remains the risk of a staged blast at the dam, while blaming the blast on the port.", []),
]


# round 13: a cue after 'and'/'but' right behind the closing mark of the sentence's earlier report takes that
# report's speaker, as after a comma ('Peskov said A, and urged B')
ROUND13_AFTER_CLOSING_MARK = [
    ('For that she earned Okafor’s scorn - he called her "timid" and said she had "no friends" at the port.',
     [("mixed", "he", 'her "timid"'), ("mixed", "he", 'she had "no friends" at the port')]),
    ('Then he turned on Okafor, calling him a "bore" and accusing him of sulking like a "cross toddler."',
     [("mixed", "he", 'him a "bore"'), ("mixed", "he", 'him of sulking like a "cross toddler."')]),
    # must keep: with no earlier report in the sentence (a scare quote before 'and') nothing is read
    ('Then came "the storm" and said little.', []),
]


@pytest.mark.parametrize("text,expected", ROUND13_COORDINATED_OBJECT_CUES + ROUND13_COMMA_GERUND_LINKS
                         + ROUND13_AFTER_CLOSING_MARK)
def test_round13_direct_and_mixed_recall(text, expected):
    got = [(q.kind, q.speaker, q.text) for q in extract_quotes(text, article_id="t")]
    assert got == expected, got


# round 13 (recall audit III): 'clarify' reports a that- or bare clause; 'clarifying' is no cue (an adjective)
ROUND13_CLARIFY = [
    ("The ferry operator later clarified that the route would reopen in May.",
     [("indirect", "ferry operator", "the route would reopen in May")]),
    ("Jane Doe clarified she was speaking only about the northern port.",
     [("indirect", "Jane Doe", "she was speaking only about the northern port")]),
    # must find nothing: an adjective, and 'clarify' with a plain object
    ("A clarifying note on ferry fares hung by the harbour gate.", []),
    ("The envoys clarified the rules.", []),
]


@pytest.mark.parametrize("text,expected", ROUND13_CLARIFY)
def test_round13_clarify(text, expected):
    got = [(q.kind, q.speaker, q.text) for q in extract_quotes(text, article_id="t")]
    assert got == expected, got


# round 13 (transcript turns): a paragraph or sentence opened by a speaker label and a colon, in an article with two
# or more labels, is the named speaker's direct quote up to the next label; a surname label takes the full name
# given elsewhere; unnamed interviewers ('Q:', 'Reporter:') only end turns
ROUND13_TURNS = [
    ("Jane Fuhrmann teaches at a port college. We asked her about ferries.\n\nREPORTER: Will the ferries run "
     "soon? FUHRMANN: I think they will resume in May. REPORTER: Why so late? FUHRMANN: Because the envoys "
     "agreed on it.",
     [("I think they will resume in May", "Jane Fuhrmann"), ("Because the envoys agreed on it", "Jane Fuhrmann")]),
    ("Q: Will the ferries run?\n\nTom Brown: They will resume in May, and the port will open.\n\nQ: When?\n\n"
     "Tom Brown: Next week, if the envoys agree.",
     [("They will resume in May, and the port will open", "Tom Brown"), ("Next week, if the envoys agree", "Tom Brown")]),
    # a named interviewer's turns are quotes too; the full name without its role word
    ("Port correspondent Ann Okafor met the mayor. OKAFOR: Are the cranes repaired now? Tom Brown (translation): "
     "Most of them were repaired overnight.",
     [("Are the cranes repaired now", "Ann Okafor"), ("Most of them were repaired overnight", "Tom Brown")]),
    # review 13b A8: a sentence naming someone with the speaker's given name does not end the turn
    ("Q: Who built the port?\n\nTom Brown: My grandfather Tom built it. It was opened by Tom Lee.\n\nQ: When?",
     [("My grandfather Tom built it. It was opened by Tom Lee", "Tom Brown")]),
    # … nor does an address to someone of that given name; the narration naming the speaker alone still does
    ("Q: Who built the port?\n\nTom Brown: I did. They told me, Tom, you will build it. Tom later ran the "
     "ferries.\n\nQ: When?",
     [("I did. They told me, Tom, you will build it", "Tom Brown")]),
    # … but a sentence introducing a namesake with a title still ends it (narration, or the next speaker)
    ("Q: Who runs the port?\n\nTom Brown: I do, and I am glad. Minister Tom Okafor then spoke to the crews.\n\n"
     "Q: When?",
     [("I do, and I am glad", "Tom Brown")]),
    # review 13b A4: a turn interrupted by a dash ends at the dash; the next label starts a turn
    ("Tom Brown runs the port.\n\nBROWN: We will keep the ferries running and give out the times ― OKAFOR: "
     "Will they run in May? BROWN: Yes, all of them.",
     [("We will keep the ferries running and give out the times", "Tom Brown"), ("Will they run in May", "OKAFOR"),
      ("Yes, all of them", "Tom Brown")]),
]
@pytest.mark.parametrize("text,expected", ROUND13_TURNS)
def test_round13_transcript_turns(text, expected):
    got = [(q.text, q.speaker) for q in run(text) if q.method == "transcript-turn"]
    assert got == expected, got
    assert all(q.kind == "direct" and q.cue == ":" for q in run(text) if q.method == "transcript-turn")


def test_round13_credit_line_is_no_transcript():
    """A credit line of labels ('Producer:', 'Camera:') holds no interview turn (NOTHING holds the other colon
    lines that must give no turn)."""
    text = "Producer: Jane Doe Camera: Tom Brown Video editor: Ann Lee. All rights reserved."
    assert not [q for q in run(text) if q.method == "transcript-turn"]


def test_round13_turn_absorbs_reported_speech_inside_it():
    """'DOE: I think …' is one direct turn, not also an indirect report of the author's 'I'."""
    text = "Jane Doe runs the port. LEE: Will it open? DOE: I think the ferries will resume in May."
    got = run(text)
    assert [(q.kind, q.method) for q in got if "resume" in q.text] == [("direct", "transcript-turn")]


def test_round13_show_name_label_only_ends_turns():
    """A label that is a word of the lexicon ('PRIME', a show's name) asks the questions: it is nobody's quote, but
    it still ends the guest's turn."""
    text = ("Tom Brown spoke to the show. PRIME: Where is the ferry now? BROWN: Still in the port of Varna, as far as "
            "I know. PRIME: Thank you.")
    got = [(q.text, q.speaker) for q in run(text) if q.method == "transcript-turn"]
    assert got == [("Still in the port of Varna, as far as I know", "Tom Brown")], got


# review fixes (transcript turns and posts): text that must give no transcript turn
ROUND13_REVIEW_NO_TURNS = [
    # A1: datelines in capitals are places (states), no speakers; boilerplate labels do not make a transcript
    "KYIV: Ferries resumed at dawn on the river.\n\nThe fighting went on all day.\n\nALSO READ: Why the port closed",
    "KYIV: Ferries resumed at dawn on the river. MOSCOW: The port authority was not reached.",
    "LATEST: The envoys met again.\n\nMOSCOW: Ferries resumed at dawn on the river.",
    # A7: names of outlets and clubs (not persons to the registry) are no speakers
    "Associated Press: Ferries resumed at dawn.\n\nKyiv Independent: The port reopened on Monday.",
    "Shakhtar Donetsk: We will play in Varna this year.\n\nDynamo Kyiv: Our fans will travel to the port.",
    # B: one inline label is no transcript; labels opening on a pronoun or determiner are section names
    "The port was quiet on Monday. Tom Brown: We will open it soon.",
    "He Said It: We will open the port soon.\n\nThe Draw: Ferries from Varna in May, ferries from Burgas in June.",
    # A6: a credit line after a heading label is no second turn of a dialogue
    "Brown: We will win this race.\nPhoto: Jane Doe\n\nTom Brown leads the race for mayor by ten points.",
]


@pytest.mark.parametrize("text", ROUND13_REVIEW_NO_TURNS)
def test_round13_review_no_turns(text):
    """With the real actor registry (it reads 'KYIV' as Ukraine)."""
    quotes = extract_quotes(text, article_id="t")
    assert [(q.text, q.speaker) for q in quotes if q.method == "transcript-turn"] == []


@pytest.mark.parametrize("text,expected", [
    # review 13b A5: a label line that gives no turn (a list of names) keeps the report after it
    ("Tom Brown runs the port. Tom Brown: We will stay open all winter. Harbour Board: Jane Doe, Tom Lee, Ann Roe, "
     "Bob Smith. Officials said the port would close.", ("indirect", "the port would close", "Officials")),
    # … and so does a headline in capitals after a label
    ("Tom Brown runs the port. Tom Brown: We will stay open all winter. Ann Roe: THE PORT IS SHUT AGAIN TODAY. "
     "Officials said the ferries were gone.", ("indirect", "the ferries were gone", "Officials")),
])
def test_round13_rejected_turn_keeps_reports(text, expected):
    assert expected in [(q.kind, q.text, spk(text, q)) for q in run(text)]


def test_round13_many_distinct_labels_take_linear_time():
    """Review 13b A2: each distinct label used to scan the whole text twice (18 s for 100,000 characters)."""
    letters = "bcdfghjklmnprstvz"
    labels = [a + v + b + w + c for a in letters for v in "aeiou" for b in letters for w in "aeiou" for c in "bcd"]
    for text in ("".join(f"{w.upper()}: we will go on. " for w in labels)[:100_000],
                 "".join(f"{w.title()} {w.title()}a: We will go on. " for w in labels)[:100_000]):
        t0 = time.process_time()
        run(text)
        assert time.process_time() - t0 < 3.0


def test_round13_turn_ends_where_the_narration_names_the_speaker():
    """In a page that lost its breaks the reporter's narration follows the answer: a sentence naming the speaker
    in the third person is no longer the turn."""
    text = ("Tom Brown met the ferry crews. Tom Brown: Why did you stay? Ann Okafor (translation): I stayed for the "
            "ferries. I had nowhere to go. Okafor, 61, has worked in the port for decades. Tom Brown: Thank you.")
    got = [(q.text, q.speaker) for q in run(text) if q.method == "transcript-turn"]
    assert got == [("Why did you stay", "Tom Brown"), ("I stayed for the ferries. I had nowhere to go", "Ann Okafor")], got


# round 14 (direct speakers): a quoted question or exclamation right after a speech verb and a colon or comma is
# that cue's quote, not the object of a speaker in the next sentence
ROUND14_CUE_LED_QUESTIONS = [
    ('Jane Doe responded: "Why would the ferries stop now?" Her critics said it showed she did not care.',
     ("Jane Doe", '"Why would the ferries stop now?"')),
    ('Tom Brown shouted, "Open the port!" His rivals cited it as proof of his temper.',
     ("Tom Brown", '"Open the port!"')),
    # must keep: a question before its own postposed cue, with nothing leading into it
    ('The crews waited. "Why would the ferries stop now?" Jane Doe asked.',
     ("Jane Doe", '"Why would the ferries stop now?"')),
    # must keep: a question after a colon that is no speech verb is read from the right
    ('There was one question left: "Why would the ferries stop now?" Jane Doe asked.',
     ("Jane Doe", '"Why would the ferries stop now?"')),
    # must keep: a question after a dash is read from the right, though a speech verb stands before the dash
    ('If the ferry firms are behind the leaks — as many riders believe, but the port strongly denies — "why would '
     'you not want to check the fares?" asked Jane Doe, a former harbour pilot.',
     ("Jane Doe", '"why would you not want to check the fares?"')),
    # must keep: a quote ending in a comma, no question, after a cue and a colon is read from the right ('…,"
    # she told reporters'), not as the colon cue's quote
    ('Jane Doe, the port chief, said: "I know the fare rise was not easy. We will share the cost," she told '
     'reporters.', ("she", '"I know the fare rise was not easy. We will share the cost,"')),
    ('The crowd grew. A rider shouted, "Doe, this is for the fares," she said.',
     ("she", '"Doe, this is for the fares,"')),
]


@pytest.mark.parametrize("text,expected", ROUND14_CUE_LED_QUESTIONS)
def test_round14_cue_led_questions(text, expected):
    assert expected in [(spk(text, q), q.text) for q in run(text) if q.kind == "direct"]


# round 14 (speakers): a mention whose head is a medium or document noun (story, video, report, caption, post …)
# is no antecedent of he/she
ROUND14_MEDIUM_NOT_PERSON = [
    ('Jane Okafor runs the ferry line. A Harbour Magazine story asked, "Who will pay for the ferries now?" '
     '"The crews have waited long enough," she said.', ("Jane Okafor", '"The crews have waited long enough,"')),
    ('Jane Okafor runs the ferry line. A new Port Channel video shows the pier at night. "We will stay open all '
     'winter," she said.', ("Jane Okafor", '"We will stay open all winter,"')),
    # must keep: a person whose title holds such a noun
    ('Video editor Tom Brown filmed the pier. "We will stay open all winter," he said.',
     ("Video editor Tom Brown", '"We will stay open all winter,"')),
]


@pytest.mark.parametrize("text,expected", ROUND14_MEDIUM_NOT_PERSON)
def test_round14_medium_not_person(text, expected):
    assert expected in [(q.speaker, q.text) for q in run(text) if q.kind == "direct"]


# round 14 (speakers): a participle cue right after the comma behind a direct quote's own cue takes that quote's
# speaker, not the sentence subject ('… weighed in, telling …, "A," Doe said, adding, "B"')
ROUND14_ADDING_AFTER_CUE = [
    ('Mayor Tom Brown weighed in, telling a radio host on Monday, "The crews are ready," Jane Doe said, adding, '
     '"The ferries will sail at dawn."', ("Jane Doe", '"The ferries will sail at dawn."')),
    # must keep: the participle after the subject's own cue
    ('Tom Brown spoke on Monday. "The crews are ready," he said, adding, "The ferries will sail at dawn."',
     ("he", '"The ferries will sail at dawn."')),
    ('Tom Brown, the port chief, wrote to the crews, adding, "The ferries will sail at dawn."',
     ("Tom Brown", '"The ferries will sail at dawn."')),
    # must keep: a participle two words after the quote's cue with no comma between (cue_speaker_before) has
    # its own subject ('Doe recalled Okafor telling her')
    ('"We want cheaper fares," Jane Doe recalled Okafor telling her, "The port must cut them by May."',
     ("Okafor", '"The port must cut them by May."')),
]


@pytest.mark.parametrize("text,expected", ROUND14_ADDING_AFTER_CUE)
def test_round14_adding_after_cue(text, expected):
    assert expected in [(spk(text, q), q.text) for q in run(text) if q.kind == "direct"]


# round 14 (speakers): a reported clause ends at a comma before "because/since/as/when" + a subject and a
# speech verb of their own, so that clause gets its own speaker
ROUND14_SUBORDINATE_REPORTS = [
    ('In 2010, Tom Brown warned the board against buying ferries, because he thought it "risks higher costs for the '
     'port."', [("indirect", "against buying ferries", "Tom Brown"),
                ("mixed", 'it "risks higher costs for the port."', "he")]),
    ('Tom Brown said the port was calm, as officials warned that the ferries would stop.',
     [("indirect", "the port was calm", "Tom Brown")]),
    # must keep: no speech verb after the subordinator, or a parenthetical right after a relative pronoun
    ('Tom Brown said the port was closed, because the ferries were late.',
     [("indirect", "the port was closed, because the ferries were late", "Tom Brown")]),
    ('Jane Doe blamed Russia for the raid that, as local officials claimed, hit three ferries.',
     [("indirect", "Russia for the raid that, as local officials claimed, hit three ferries", "Jane Doe")]),
]


@pytest.mark.parametrize("text,expected", ROUND14_SUBORDINATE_REPORTS)
def test_round14_subordinate_reports(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


# round 14 guard review: each row fails when one guard of a round-14b rule is deleted (exact kind, text, speaker)
ROUND14B_GUARDS = [
    # verbless_opening: a source closed by no comma ends no verbless opening
    ("Ferries from Varna and Burgas account for 55% of the island traffic, according to the port office but the "
     "strike has cut that share.",
     [("indirect", "Ferries from Varna and Burgas account for 55% of the island traffic", "the port office")]),
    # verbless_opening: an opening with a verb before the source is a clause of its own
    ("The port has a fleet that numbers 125 ferries, according to the harbour office, but has leased at least 30 "
     "more.", [("indirect", "The port has a fleet that numbers 125 ferries", "the harbour office")]),
    # verbless_opening: an apposition after the source with no verb is no clause around it
    ("One ferry sank overnight, according to Jane Okafor, the local harbour master.",
     [("indirect", "One ferry sank overnight", "Jane Okafor")]),
    # verbless_opening: a speech cue after the source keeps its own report
    ("In the north, according to the port office, both crews said they were ready to sail.",
     [("indirect", "they were ready to sail", "both crews")]),
]


@pytest.mark.parametrize("text,expected", ROUND14B_GUARDS)
def test_round14b_guards(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert all(e in got for e in expected), got


# round 14 guard review: no report by this speaker mention. object_then_infinitive: 'expect' before a dash has no
# object ('to one' inside the aside is no infinitive)
ROUND14B_NO_REPORT_BY = [
    ("Most riders expect – according to one port survey – the fare rise would hit the islands hardest.",
     "Most riders"),
]


@pytest.mark.parametrize("text,mention", ROUND14B_NO_REPORT_BY)
def test_round14b_no_report_by(text, mention):
    got = [(q.text, spk(text, q)) for q in run(text)]
    assert got and all(s != mention for _, s in got), got


# round 14 (recall audit IV): 'appeal to' is an object cue like 'call on', but only with a to-infinitive after its
# object in the same clause; a noun 'appeal' after a determiner is no cue
ROUND14_APPEAL_TO = [
    ("Jane Doe appealed to the port board to reopen the ferry line.",
     [("indirect", "Jane Doe", "the port board to reopen the ferry line")]),
    ("Okafor has appealed to the harbour board (and the city) to intervene.",
     [("indirect", "Okafor", "the harbour board (and the city) to intervene")]),
    ("The port council then appealed to both ferry firms to \"keep talking\" about fares.",
     [("mixed", "port council", "both ferry firms to \"keep talking\" about fares")]),
    ("Tom Brown wrote to the mayor, appealing to the board to fund the ferries.",
     [("indirect", "Tom Brown", "the board to fund the ferries")]),
    # must find nothing: no infinitive, a 'to' before a pronoun or after the clause, and the noun
    ("Tom Brown appealed to the court.", []),
    ("The plan appeals to voters in the north.", []),
    ("Okafor is courting riders by appealing to students, who warmed to his ferry plan.", []),
    ("Okafor won votes by appealing to students loyal to his ferry plan.", []),
    ("Jane Doe appealed to the court, to no avail.", []),
    ("She closed with an appeal to voters on the ferries.", []),
    # object_infinitive: a 'to' before a pronoun or a capitalised word is a preposition, no infinitive
    ("Okafor appealed to every rider close to you.", []),
    ("Jane Doe appealed to the ferry crews loyal to it.", []),
    ("Tom Brown appealed to riders from Dayton to Varna.", []),
    ("Jane Doe appealed to the board in a letter to Okafor.", []),
    # the noun after a determiner and one lowercase word (after_determiner's two-word branch) and after a bare
    # determiner before a quote: the cue would give the object as a speaker
    ("Jane Doe made a fresh appeal to the harbour board to fund the ferries.", []),
    ("The port authority issued an official appeal to riders to avoid the ferries.", []),
    ("\"It is time to fix the ferries,\" Jane Doe said.\n\nShe ended the rally with an appeal to residents: \"I am "
     "with you.\"",
     [("direct", "Jane Doe", "\"It is time to fix the ferries,\""), ("direct", "Jane Doe", "\"I am with you.\"")]),
    # must find nothing: the plural noun 'appeals' (the -s form is no cue: its subject cannot be told from an
    # adjective of the noun)
    ("Western appeals to the port board to reopen the ferry line have failed.", []),
    ("Repeated appeals to the mayor to fund the ferries went unanswered.", []),
    # must find nothing: 'to' before an object pronoun other than 'it'/'you' (review of round 14)
    ("Jane Doe appealed to the ferry crews loyal to him.", []),
    ("Jane Doe appealed to the crews close to them.", []),
]


@pytest.mark.parametrize("text,expected", ROUND14_APPEAL_TO)
def test_round14_appeal_to(text, expected):
    got = [(q.kind, q.speaker, q.text) for q in extract_quotes(text, article_id="t")]
    assert got == expected, got


# round 14 (review items left open by round 13): a label inside a paragraph starts a turn only in an exchange (a
# label recurs, an interviewer's label is there, or a question is answered by the next label); two labels that do
# neither are a roundup's entries ('Doe: … Brown: …'), no dialogue
ROUND14_INLINE_ROUNDUPS = [
    "Reactions came fast on Monday. Jane Doe: The port is shut for now. Tom Brown: Ferries will wait in Burgas.",
    "Talks resumed in Varna.\n\nJane Doe: The port is shut for now. Tom Brown: Ferries will wait in Burgas.",
]
ROUND14_INLINE_EXCHANGES = [
    # must keep: a question answered by the next label, and an interviewer's label, make the paragraph a dialogue
    ("Tom Brown met Ann Okafor. Tom Brown: Is the port shut? Ann Okafor: Yes, since May.",
     [("Is the port shut", "Tom Brown"), ("Yes, since May", "Ann Okafor")]),
    ("Ann Okafor runs the port. REPORTER: Tell us about May. OKAFOR: The ferries stopped then.",
     [("The ferries stopped then", "Ann Okafor")]),
    ("Tom Brown met Ann Okafor. Tom Brown: Welcome to the port. Ann Okafor: It is good to be here. Tom Brown: "
     "Let us see the ferries.", [("Welcome to the port", "Tom Brown"), ("It is good to be here", "Ann Okafor"),
                                 ("Let us see the ferries", "Tom Brown")]),
    # … a lone label inside a paragraph counts as before, and so do labels in a page that lost its breaks
    ("Ann Okafor runs the port.\n\nREPORTER: Is it open? OKAFOR: No, the cranes broke.\n\nShe left. OKAFOR: We reopen in May.",
     [("No, the cranes broke", "Ann Okafor"), ("We reopen in May", "Ann Okafor")]),
    ("Tom Brown met Ann Okafor in Varna. " + "The envoys spoke about the ferries for a long time. " * 25
     + "Tom Brown: Thank you for coming. Ann Okafor: Thank you for the warm welcome.",
     [("Thank you for coming", "Tom Brown"), ("Thank you for the warm welcome", "Ann Okafor")]),
]


# round 14: a label is a speaker only when it looks like a personal name: no number or ordinal word ('Step Two',
# 'Part One', 'Last Word') and no word written in lower case elsewhere in the text (a common word: 'Fact Check'
# where 'fact' is written small too; before, only the last word was tested), leading role nouns and name
# particles aside ('Father Tom Brown', 'Omar Al Rashid'); the other label opening a paragraph is then a lone
# heading, no turn either ('Read More' was already a lexicon label)
ROUND14_LABEL_NAMES = [
    ("The ferry guide has steps.\n\nStep One: Book a seat on the ferry early.\n\nStep Two: Arrive at the port "
     "an hour early.\n\nPart Three: Keep your ticket.", []),
    ("The fact is that rust was found on the hulls.\n\nFact Check: The port did not close in May.\n\nTom "
     "Brown: Ferries will sail again soon.", []),
    ("Crews were told to read the ferry rules.\n\nRead More: Why the port closed.\n\nTom Brown: Ferries "
     "will sail again soon.", []),
    # must keep: a leading role noun and a name particle written small elsewhere are no common nouns
    ("His father ran the port. The al Noor ferry docked.\n\nFather Tom Brown: The ferries must sail.\n\nOmar Al "
     "Rashid: They will sail in May.",
     [("The ferries must sail", "Father Tom Brown"), ("They will sail in May", "Omar Al Rashid")]),
]


# round 14: labels and full names with letters outside ASCII are read like the others
ROUND14_NON_ASCII_LABELS = [
    ("Edgars Rinkēvičs met Tom Brown in Riga.\n\nBROWN: Will the ferries run? RINKĒVIČS: They will resume in May. "
     "BROWN: Thank you.",
     [("Will the ferries run", "Tom Brown"), ("They will resume in May", "Edgars Rinkēvičs")]),
    ("Tom Brown met Maroš Šefčovič.\n\nTom Brown: Will the ferries run?\n\nMaroš Šefčovič: Étant donné the storm, in "
     "May.", [("Will the ferries run", "Tom Brown"), ("Étant donné the storm, in May", "Maroš Šefčovič")]),
    # must find nothing: a time after a colon is no turn, whatever the letters before it
    ("Ōtani: 10:30 at the port.\n\nŠefčovič: 11:00 at the dock.", []),
]


# round 14 (review item: guards without a test): each row fails when the guard named in its comment is removed
# (mutation check: the guard removed in a scratch copy, tests/test_quotes.py run)
ROUND14_TURN_GUARDS = [
    # one label in capitals is no transcript in capitals: a surname in capitals needs its full name then (here
    # none, so DOE names nobody and the two other labels are lone headings)
    ("Tom Brown: Will the port open again?\n\nDOE: Yes, early in May.\n\nTom Brown: Thanks to you all.",
     []),
    # a turn stops before a quote that another rule read (also kept by the mark trimming: no mutation test)
    ("Tom Brown met Ann Okafor.\n\nTom Brown: Is the port open?\n\nAnn Okafor: Not yet, sadly. \"The cranes are "
     "broken,\" she said.", [("Is the port open", "Tom Brown"), ("Not yet, sadly", "Ann Okafor")]),
    # an answer mostly in capitals is a headline, no turn
    ("Tom Brown met Ann Okafor.\n\nTom Brown: Is the port open?\n\nAnn Okafor: THE PORT IS SHUT AGAIN TODAY",
     [("Is the port open", "Tom Brown")]),
    # a label opening on a determiner, holding a lexicon label word, or ending in a word written in
    # lower case elsewhere is no speaker (the other label is then a lone heading)
    ("The Ferry Man: Boats leave at dawn.\n\nTom Brown: Crews will be ready.", []),
    ("Evening Ferry: Boats leave at dawn.\n\nTom Brown: Crews will be ready.", []),
    ("The black boats left.\n\nDeep Black: Boats leave at dawn.\n\nTom Brown: Crews will be ready.", []),
    ("The run-off was held.\n\nFerry Run-Off: Boats leave at dawn.\n\nTom Brown: Crews will be ready.", []),
    # a surname label takes the last full name before its first turn
    ("Jane Doe founded the port. Her son Tom Doe runs it now.\n\nREPORTER: Is it open? DOE: Yes, since early May. "
     "REPORTER: Good. DOE: Thank you all.", [("Yes, since early May", "Tom Doe"), ("Thank you all", "Tom Doe")]),
    # the full name a surname label takes is no other label ('Tom Doe:') and opens on no preposition ('At Doe's')
    ("Jane Doe runs the port. Tom Doe: Is it open? DOE: Yes, since early May. Tom Doe: Thank you all.",
     [("Is it open", "Tom Doe"), ("Yes, since early May", "Jane Doe"), ("Thank you all", "Tom Doe")]),
    ("Jane Doe runs the port. At Doe's port, ferries wait.\n\nREPORTER: Is it open? DOE: Yes, since early May. "
     "REPORTER: Good. DOE: Thank you all.", [("Yes, since early May", "Jane Doe"), ("Thank you all", "Jane Doe")]),
    # a leading role word is no part of the full name
    ("Correspondent Ann Okafor met Tom Brown. OKAFOR: Is the port open? Tom Brown: Yes, since early May.",
     [("Is the port open", "Ann Okafor"), ("Yes, since early May", "Tom Brown")]),
    # a title of the label ('Minister') in a later sentence does not end the turn
    ("Q: Why did you stay?\n\nMinister Tom Brown: I was asked to stay. The Minister of Ports wrote to me.\n\nQ: When?",
     [("I was asked to stay. The Minister of Ports wrote to me", "Minister Tom Brown")]),
    # a label inside a sentence (not after a sentence end) starts no turn
    ("Q: Is the port open?\n\nTom Brown: It opened in May, and the mayor Ann Okafor: she agreed to it.\n\nQ: Why?",
     [("It opened in May, and the mayor Ann Okafor: she agreed to it", "Tom Brown")]),
]


@pytest.mark.parametrize("text,expected", [(text, []) for text in ROUND14_INLINE_ROUNDUPS] + ROUND14_INLINE_EXCHANGES
                         + ROUND14_LABEL_NAMES + ROUND14_NON_ASCII_LABELS + ROUND14_TURN_GUARDS)
def test_round14_transcript_turns(text, expected):
    got = [(q.text, q.speaker) for q in run(text) if q.method == "transcript-turn"]
    assert got == expected, got


# round 14 (review): a label naming a registry person is a speaker though its first name is written in lower case
# elsewhere ('grant', 'mark'); the project registry is needed, the test registry knows nobody
@pytest.mark.parametrize("name,verb", [("Grant Shapps", "grant"), ("Mark Rutte", "mark")])
def test_round14_registry_person_labels(name, verb):
    text = (f"The city will {verb} the day.\n\nQ: Is the port open?\n\n{name}: Not yet, the cranes broke.\n\n"
            f"Q: When?\n\n{name}: In the spring, we hope.")
    got = [(q.text, q.speaker) for q in extract_quotes(text, article_id="t") if q.method == "transcript-turn"]
    assert got == [("Not yet, the cranes broke", name), ("In the spring, we hope", name)], got


@pytest.mark.parametrize("text,content", [
    ("The ferry left at noon and, according to the port office, it will return on Friday.",
     "it will return on Friday"),
    ("The pier shut in May and, according to Jane Doe, it will stay shut until the summer.",
     "it will stay shut until the summer"),
    ("Tom Brown sold the boat, but, according to her lawyer, the sale was never signed.", "the sale was never signed"),
])
def test_according_to_after_a_conjunction_reports_only_the_clause_after_it(text, content):
    # round 14b: nothing of the clause before the conjunction is the source's report
    quotes = run(text)
    assert [q.text for q in quotes] == [content], [(q.kind, q.text, spk(text, q)) for q in quotes]


# --- round 15: calibrated confidence (data/reference/confidence_weights.csv) ----------------------------------
class NamedRegistry(PlainRegistry):
    """Knows one actor, Jane Doe (alias 'Doe'), as a registry person; everyone else as written."""

    def resolve(self, mention, *, date=None, context=()):
        if mention in ("Jane Doe", "Doe"):
            return Resolution(name="Jane Doe", actor_id="jane_doe", side="UA", type="person", method="alias",
                              confidence=1.0)
        return super().resolve(mention, date=date, context=context)


def test_confidence_weights_load_and_cover_every_feature():
    from peacetalks.quotes._confidence import FEATURES, load_weights

    weights = load_weights()
    assert list(weights) == list(FEATURES)
    assert all(isinstance(w, float) for w in weights.values())


def test_confidence_weights_quoted_in_the_docs_are_the_tables():
    """Review 15: docs/quotes.md "Confidence" quotes weights of data/reference/confidence_weights.csv (one decimal);
    a refit must update them (they had kept an older fit's distance=2+ -1.3 against the table's -2.5)."""
    import re

    from peacetalks.paths import ROOT
    from peacetalks.quotes._confidence import load_weights

    doc = (ROOT / "docs" / "quotes.md").read_text(encoding="utf-8")
    section = doc[doc.index("\n## Confidence"):]
    section = section[:section.index("\n## ", 1)]
    quoted = re.findall(r"`([a-z0-9_<>+=. -]+)`\s+([+−-]\d+\.\d)", section)
    assert len(quoted) >= 10, quoted
    weights = load_weights()
    wrong = [(f, v, round(weights[f], 2)) for f, v in quoted
             if abs(float(v.replace("−", "-")) - weights[f]) > 0.051]
    assert not wrong, wrong


def _weights_file(tmp_path, rows, header="feature,weight,source"):
    path = tmp_path / "weights.csv"
    path.write_text(header + "\n" + "".join(f"{f},{w},test\n" for f, w in rows), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("change,message", [
    (lambda rows: rows[1:], "missing confidence feature"),  # the intercept left out
    (lambda rows: rows + [("speaker=ghost", "1.0")], "unknown confidence feature 'speaker=ghost'"),
    (lambda rows: rows + [rows[0]], "duplicate confidence feature"),
    (lambda rows: [(rows[0][0], "heavy")] + rows[1:], "is not a number"),
    (lambda rows: [(rows[0][0], "inf")] + rows[1:], "not finite"),
])
def test_confidence_weights_reject_a_bad_table(tmp_path, change, message):
    from peacetalks.quotes._confidence import FEATURES, load_weights

    rows = change([(f, "0.5") for f in FEATURES])
    with pytest.raises(ValueError, match=message):
        load_weights(_weights_file(tmp_path, rows))


def test_confidence_weights_need_their_columns(tmp_path):
    from peacetalks.quotes._confidence import FEATURES, load_weights

    with pytest.raises(ValueError, match="missing column.*source"):
        load_weights(_weights_file(tmp_path, [(f, "0") for f in FEATURES], header="feature,weight"))


@pytest.mark.parametrize("on,expected", [
    (["intercept"], 0.5),  # sigmoid(0)
    (["intercept", "kind=mixed"], 0.731),  # sigmoid(1)
    (["intercept", "kind=indirect"], 0.018),  # sigmoid(-4)
])
def test_confidence_is_the_sigmoid_of_the_summed_weights(on, expected):
    from peacetalks.quotes._confidence import FEATURES, score

    weights = {f: 0.0 for f in FEATURES} | {"kind=mixed": 1.0, "kind=indirect": -4.0}
    assert score(on, weights) == expected


def test_registry_named_direct_quote_scores_above_an_unattributed_floating_one():
    (named,) = extract_quotes('"The ferries will sail on Monday," Jane Doe said.', article_id="t",
                              registry=NamedRegistry())
    # a floating quote with nobody to inherit from (it opens the article)
    (loose,) = extract_quotes('"Nobody here has been paid since the spring, and the crews are tired of waiting for '
                              'the money."\n\nThe port was quiet.', article_id="t", registry=NamedRegistry())
    assert (named.method, named.actor_id, loose.method, loose.speaker) == ("quote+cue", "jane_doe", "unattributed",
                                                                         None)
    assert named.confidence > 0.9 and loose.confidence < 0.5


# review 15: the features each quote is scored on (deleting the guards of quote_features/speaker_class/flagged_marks
# left the suite green): the distance runs from the quote's nearest end, a pronoun is a pronoun even for a registry
# actor, a role noun read as a registry actor is registry-role, an unbalanced earlier paragraph flags no later quote
@pytest.mark.parametrize("text,registry,on,off", [
    ('"Ferries will sail. Crews are ready. Ports open," Jane Doe said.', "plain", {"speaker=name"},
     {"distance=1", "distance=2+"}),
    ('Volodymyr Zelensky met the envoys. "Ferries will sail on Monday," he said.', "real", {"speaker=pronoun"},
     {"speaker=registry"}),
    ('Dmitry Peskov met envoys. "Ferries will sail on Monday," the Kremlin spokesman said.', "real",
     {"speaker=registry-role"}, {"speaker=registry"}),
    ('Okafor said "ports are shut.\n\nLater Jane Doe said that the ferries would sail on Monday.', "plain",
     {"kind=indirect"}, {"marks=flagged"}),
    ('"' + "The ferries will sail on Monday and the crews are ready for the long season ahead. " * 4 + '" Jane Doe '
     'said.', "plain", {"length>300", "distance=1"}, {"length<40"}),
    # round 19: a phrase kept as written is a document, a definite singular or another phrase
    ('The harbour board met. "Ferries will sail on Monday," the statement said.', "plain", {"speaker=document"},
     {"speaker=phrase", "speaker=definite"}),
    ('The harbour board met. "Ferries will sail on Monday," the ferryman said.', "plain", {"speaker=definite"},
     {"speaker=phrase", "speaker=document"}),
    ('The harbour board met. "Ferries will sail on Monday," two ferrymen said.', "plain", {"speaker=phrase"},
     {"speaker=definite", "speaker=document"}),
    ('The harbour board met. "Ferries will sail on Monday," the pilots said.', "plain", {"speaker=phrase"},
     {"speaker=definite", "speaker=document"}),
])
def test_confidence_features_of_a_quote(text, registry, on, off):
    from peacetalks.actors import load_registry
    from peacetalks.quotes._extractor import _Extractor

    reg = {"plain": REG, "real": load_registry()}[registry]
    ex = _Extractor(text, "t", None, reg)
    ex.run()
    cand = max((c for c in ex.cands if c.resolution is not None and c.outer is None), key=lambda c: c.start)
    got = set(ex.quote_features(cand))
    assert on <= got and not off & got, got


# round 19: the calibration class of a speaker phrase kept as written (mention as written, name as output)
@pytest.mark.parametrize("mention,name,expected", [
    ("the statement", "statement", "document"),
    ("a new report", "new report", "document"),  # a document on any determiner
    ("the harbour board's readout", "harbour board's readout", "document"),
    ("the ferryman", "ferryman", "definite"),
    ("This agency", "agency", "definite"),
    ("that old skipper", "old skipper", "definite"),
    ("the pilots", "pilots", "phrase"),  # plural: a group, not one person to name
    ("a ferryman", "ferryman", "phrase"),  # indefinite: an anonymous source
    ("officials", "officials", "phrase"),
    ("", "statement", "document"),  # no mention: the name decides
    ("", "ferryman", "phrase"),
    # review19's bug C (mended before the final refit): the head, not the last word, decides, and a singular on
    # -s ('boss'; ``_SINGULAR_S_ENDS``) is no plural
    ("the statement of the ministry", "statement of the ministry", "document"),
    ("the boss", "boss", "definite"),
    ("the ministry of the interior", "ministry of the interior", "definite"),
    ("the reports", "reports", "phrase"),
])
def test_phrase_class_of_a_speaker_phrase(mention, name, expected):
    from peacetalks.quotes._speakers import phrase_class

    assert phrase_class(mention, name) == expected


@pytest.mark.parametrize("text", [
    '"The ferries will sail on Monday," Jane Doe said.',
    'Jane Doe said that the ferries would sail on Monday.',
    'The ferries will sail on Monday, according to the port office.',
])
def test_confidence_is_rounded_to_three_decimals_in_range(text):
    for q in extract_quotes(text, article_id="t", registry=NamedRegistry()):
        assert 0.0 <= q.confidence <= 1.0 and q.confidence == round(q.confidence, 3)


# round 16: the features each quote's confidence is scored from, through the public API (fit_confidence.py reads
# them so instead of patching the engine): the same quotes as extract_quotes, the confidence their score
@pytest.mark.parametrize("text", [
    '"The ferries will sail on Monday," Jane Doe said. "Crews are ready," she added.',
    'Jane Doe said that the ferries would sail on Monday. The port office said the crews were ready.',
    '"Nobody here has been paid since the spring, and the crews are tired of waiting for the money."',
    '   ',
])
def test_extract_with_features_scores_the_same_quotes(text):
    from peacetalks.quotes import extract_with_features
    from peacetalks.quotes._confidence import load_weights, score

    got = extract_with_features(text, article_id="t", registry=REG)
    assert [q for q, _on, _rule in got] == extract_quotes(text, article_id="t", registry=REG)
    for q, on, rule in got:
        assert on[0] == "intercept" and score(on, load_weights()) == q.confidence and 0.0 <= rule <= 1.0
    records = cli_records({"id": "t", "text": text}, features=True)
    assert [(r["start"], r["features"]) for r in records] == [(q.start, on) for q, on, _rule in
                                                             extract_with_features(text, article_id="t")]
    assert all(set(r) == set(CLI_KEYS) | {"features", "rule_confidence"} for r in records)


# round 15 (lead): an unregistered speaker named by surname alone takes the one full name the article gave before
# the mention, so one person is one speaker in the study's tables; the mention span stays the surname
SURNAME_IN_FULL = [
    ('The ferry firm hired Jane Okafor in May. "We will wait," Okafor said.', ["Jane Okafor"]),
    ('Port pilot Tom Brennig moored the barge. Brennig said the tide was late.', ["Tom Brennig"]),
    # round 16: a registry qualifier may open the full name ('Saudi Okafco', like 'British Gas', 'China Daily')
    ('Saudi Okafco raised its prices on Monday. "Demand is strong," Okafco said.', ["Saudi Okafco"]),
    # guard review 15 (round 16 row): a name glued to its caption's copy ('Tom Brown Brown') is one full name
    ('Tom Brown Brown, a pilot, docked at noon. "The fog was thick," Brown said.', ["Tom Brown"]),
    # must not change: two full names end in the surname (relatives), a title or nationality is no given name,
    # the full name comes only after the mention, an abbreviation
    ('Jane Okafor and Tom Okafor run the port. "We will wait," Okafor said.', ["Okafor"]),
    ('Mayor Okafor opened the port. "We will wait," Okafor said.', ["Okafor"]),
    ('Mr Okafor opened the port. "We will wait," Okafor said.', ["Okafor"]),
    ('"We will wait," Okafor said. Jane Okafor runs the port.', ["Okafor"]),
    ('A Single Ukrainian came. "We will wait," Ukrainian said.', ["Ukrainian"]),  # a nationality is no surname
    # next19: a given name with a person-noun ending ('-er', '-or', '-ian', '-man') is no role before the surname
    ('The ferry firm hired Alexander Okafor in May. "We will wait," Okafor said.', ["Alexander Okafor"]),
    ('Port pilot Igor Brennig moored the barge. Brennig said the tide was late.', ["Igor Brennig"]),
    ('Ian Tolvane docked at noon. "The fog was thick," Tolvane said.', ["Ian Tolvane"]),
    # must not change: a role noun with the same endings ('Manufacturer', 'Surgeon'), a nationality, two full names
    ('Manufacturer Okafor opened the port. "We will wait," Okafor said.', ["Okafor"]),
    ('German Okafor opened the port. "We will wait," Okafor said.', ["Okafor"]),
    ('Roman Okafor and Jane Okafor run the port. "We will wait," Okafor said.', ["Okafor"]),
    # next19: a middle initial between the given name and the surname ('Jane Q. Okafor'), in the registry's spelling;
    # the same name written with and without it is one person
    ('The ferry firm hired Jane Q. Okafor in May. "We will wait," Okafor said.', ["Jane Q Okafor"]),
    ('Jane Okafor runs the port. Jane K. Okafor docked. "We will wait," Okafor said.', ["Jane Okafor"]),
    # must not change: two people ('Jane Q. Okafor' and 'Tom Okafor'), the initial pair only after the mention
    ('Jane Q. Okafor and Tom Okafor run the port. "We will wait," Okafor said.', ["Okafor"]),
    ('"We will wait," Okafor said. Jane Q. Okafor runs the port.', ["Okafor"]),
    # (the registry reads 'Jane A. Okafor' as 'Okafor' with the descriptor 'Jane A.': no longer name to give)
    ('The ferry firm hired Jane A. Okafor in May. "We will wait," Okafor said.', ["Okafor"]),
]


@pytest.mark.parametrize("text, speakers", SURNAME_IN_FULL)
def test_surname_speaker_takes_the_full_name_given_before(text, speakers):
    quotes = extract_quotes(text, article_id="t")
    assert [q.speaker for q in quotes] == speakers
    for q in quotes:  # the mention read is the surname as written
        assert text[q.speaker_start:q.speaker_end].endswith(speakers[0].split()[-1])


def test_surname_speaker_in_full_takes_the_registry_actor_of_the_full_name():
    filler = " ".join(["The ferry left the port at noon and the crew counted the crates twice."] * 60)
    text = f'Jake Sullivan visited the port. {filler} "We will wait," Sullivan said.'
    (q,) = extract_quotes(text, article_id="t")
    assert (q.speaker, q.actor_id, q.side) == ("Jake Sullivan", "sullivan", "US")
    assert text[q.speaker_start:q.speaker_end] == "Sullivan"


def test_unit_named_beyond_context_window():
    """Guard review 15: "the commission" reads back to the body named with that head ("Coastal Ferry Commission")
    beyond the registry's 2,500-character unit window when it was named at most five sentences before (actors'
    fallback to ``_unit_named_before`` for a definite unit noun that no context mention fits)."""
    filler = "Boats left " + ", ".join(["then the small ferry from the north came in"] * 70) + ". "
    text = "The Coastal Ferry Commission met in Odesa on Monday. " + filler + \
        "The commission noted that the ferries must slow down."
    got = [(q.text, q.speaker) for q in extract_quotes(text, article_id="t")]  # the project registry
    assert got == [("the ferries must slow down", "Coastal Ferry Commission")]


# round 16 (direct and mixed): a reported clause that reads on into an attributed quote with no punctuation between,
# the quote's cue inside the clause, takes the quote in as one mixed quote (PolNeAR's span), and the quote's own
# record is dropped (``folded_direct``)
ROUND16_FOLDED_QUOTES = [
    ('Jane Doe said the crowd kept chanting "Open the port now."',
     [("mixed", 'the crowd kept chanting "Open the port now."', "Jane Doe")]),
    ('Tom Brown told reporters the port chief was calling "every single hour."',
     [("mixed", 'the port chief was calling "every single hour."', "Tom Brown")]),
    ('Jane Doe said the board was warning "of higher fares for every crossing."',
     [("mixed", 'the board was warning "of higher fares for every crossing."', "Jane Doe")]),
    # must not fold: punctuation before the quote, a relative report of its own, a quote whose speaker follows it
    ('Jane Doe said the crowd kept chanting, "Open the port now."',
     [("indirect", "the crowd kept chanting", "Jane Doe"), ("direct", '"Open the port now."', "Jane Doe")]),
    ('Jane Doe said she liked what the envoys call "a fair deal for the ports."',
     [("indirect", "she liked what the envoys call", "Jane Doe"),
      ("direct", '"a fair deal for the ports."', "the envoys")]),
    ('Jane Doe said the ferries were late and "the crews are tired," Tom Brown said.',
     [("mixed", 'the ferries were late and "the crews are tired,"', "Tom Brown")]),
    # must keep the quote: the clause that took it in was cut back before it by a later step
    ('Tom Brown replied that he "still backs the ferry plan" but fears "a long strike."',
     [("mixed", 'he "still backs the ferry plan"', "Tom Brown"), ("direct", '"a long strike."', "Tom Brown")]),
]


@pytest.mark.parametrize("text,expected", ROUND16_FOLDED_QUOTES)
def test_round16_folded_quotes(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


# --- round 16: the canonical name of a gold speaker mention (scoring by name) ------------------------------------
_OKAFOR = "Jane Okafor runs the ferry line. On Monday {} said the ferries would sail."


@pytest.mark.parametrize("text,mention,expected", [
    (_OKAFOR.format("Okafor"), "Okafor", "Jane Okafor"),  # a surname under the article's one full name
    (_OKAFOR.format("Okafor's deputy"), "Okafor's", "Jane Okafor"),  # possessive end dropped
    (_OKAFOR.format("Ms. Okafor"), "Ms. Okafor", "Jane Okafor"),
    (_OKAFOR.format("she"), "she", None),  # a pronoun is named by no one (no coreference in gold)
    ("Jane Okafor spoke on Monday. He said the ferries would sail.", "He", None),  # capitalised pronoun too
    (_OKAFOR.format("the harbour master"), "the harbour master", None),  # not a name: must not change
    (_OKAFOR.format("the Okafor Lines spokesman"), "the Okafor Lines spokesman", None),
    (_OKAFOR.format("Okafor, the line's director,"), "Okafor, the line's director,", "Jane Okafor"),  # apposition
    (_OKAFOR.format("the director, Okafor,"), "the director, Okafor,", None),  # a role phrase first: no name
    ("Jane Okafor and Tom Okafor run the ferry line. On Monday Okafor said the ferries would sail.", "Okafor",
     "Okafor"),  # two full names end in it: as written
    ("On Monday Okafor said the ferries would sail. Jane Okafor runs the line.", "Okafor", "Okafor"),  # full later
    # review 16: the name must be the mention's own: its head word in the name, or an alias of that name by itself
    (_OKAFOR.format("Moscow"), "Moscow", "Russia"), (_OKAFOR.format("U.S."), "U.S.", "United States"),
    (_OKAFOR.format("Putin's envoy"), "Putin's", "Vladimir Putin"),
    (_OKAFOR.format("Putin Foundation"), "Putin Foundation", None),  # a body named after him: not him
    (_OKAFOR.format("President Joe Biden's DOJ"), "President Joe Biden's DOJ", None),  # his department
    (_OKAFOR.format("Trump Campaign"), "Trump Campaign", None),
    # a place name with a person's apposition is a person of that name, never the place's country
    (_OKAFOR.format("Washington, a stage actor,"), "Washington, a stage actor,", None),
    (_OKAFOR.format("Paris, who sailed for years,"), "Paris, who sailed for years,", None),
])
def test_mention_names(text, mention, expected):
    from peacetalks.quotes import mention_names

    at = text.index(mention, text.index("Monday"))
    assert mention_names(text, [(at, at + len(mention))], article_id="t", published="2016-05-01") == [expected]
    assert mention_names(text, [], article_id="t") == []


# --- round 16: an -ed adjective after an article inside a subject ('The retired pilot acknowledged …') ----------
@pytest.mark.parametrize("text,expected", [
    # the subject is read over the adjective, for a that-cue too (no report before round 16)
    ("The retired pilot acknowledged that the port would close in May.",
     [("indirect", "port would close", "The retired pilot")]),
    ("Tom Brown sailed the ferry for years. The retired captain admitted that he expected the audit to be hard.",
     [("indirect", "expected the audit", "The retired captain")]),
    # the bare cue form right after an article and an -ed adjective is a noun: no report, no speaker (guard rows)
    ("The only regret she voiced was a failed promise to fix the port.", []),
    ("The board kept a sealed report that the ferries may sail.", []),
    # review 16: "the" + an -ed adjective used as a plural noun, then the bare cue and a subject pronoun: the verb
    ("The displaced say they cannot reach the ferry port.",
     [("indirect", "cannot reach the ferry port", "The displaced")]),
    ("The stranded warn we will see more queues at the port.", [("indirect", "will see more queues", "The stranded")]),
    # must not change: a cue form other than the bare one after such a phrase is the verb
    ("The injured said the ferry sank near the pier.", [("indirect", "ferry sank", "The injured")]),
    ("The presented data shows that the port lost three ferries.",
     [("indirect", "port lost three ferries", "The presented data")]),
    ("Officials in the devastated city say the ferry did not sail.",
     [("indirect", "ferry did not sail", "Officials in the devastated city")]),
])
def test_round16_adjective_after_an_article(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert len(got) == len(expected), got
    for (kind, content, mention), (gk, gt, gm) in zip(expected, got):
        assert (gk, gm) == (kind, mention) and content in gt, got


# round 16 (object content bounds): an object content ends before a phrase of the speech act after the object
# (on/at/in/during + a day, an occasion or a social network, the rest of the clause being that phrase)
OBJECT_CONTENT_ENDS = [
    ("Jane Doe condemned the closures on Tuesday.", ["the closures"]),
    ("Tom Brown rejected the offer in a radio interview.", ["the offer"]),
    ("Okafor mocked the envoy on Twitter.", ["the envoy"]),
    ("Okafor slammed the deal at a rally in Odesa.", ["the deal"]),
    # the rest of the sentence after the content's end (a participle report) does not stop the cut
    ("Tom Brown rejected the offer in an interview, saying the port needs cash.", ["the offer", "the port needs cash"]),
    # must keep: the object's own phrase ('limits on the ferries'; the day comes later), a clause object, an
    # object with a verb of its own, a time of the report ('in recent weeks'), the object's own complement
    ("Jane Doe condemned limits on the ferries on Monday.", ["limits on the ferries"]),
    ("Tom Brown described what happens at a briefing.", ["what happens at a briefing"]),
    ("Tom Brown rejected offers made at a rally.", ["offers made at a rally"]),
    ("Jane Doe rejected the offer in recent weeks.", ["the offer in recent weeks"]),
    ("Tom Brown denounced the talks with the port authority on Friday.", ["the talks with the port authority"]),
    # must keep: the object goes on after a day (its 'of' phrase or infinitive), a one-token object stays whole
    ("Jane Doe accused the ministry on Monday of stalling the ferries.", ["the ministry on Monday of stalling the ferries"]),
    ("Tom Brown urged the port board on Friday to reopen the docks.", ["the port board on Friday to reopen the docks"]),
    ("Okafor condemned Kyiv in a statement.", ["Kyiv in a statement"]),
]


@pytest.mark.parametrize("text, contents", OBJECT_CONTENT_ENDS)
def test_object_content_ends_before_a_speech_act_phrase(text, contents):
    assert [q.text for q in extract_quotes(text, article_id="t")] == contents


# round 16 (given names): a one-word speaker the registry does not know that is the given name of the one
# "<Given> <Surname>" pair written before it takes that full name; the mention span stays the given name
GIVEN_NAME_IN_FULL = [
    ('Olena Petrenko, 34, teaches at the port school. "We sleep in the cellar," Olena said.', ["Olena Petrenko"]),
    ('Jane Doe and her sister Ann Doe run the ferry. "We will wait," Jane said.', ["Jane Doe"]),  # a family
    ('The pilot Tom Kim-Lee docked at noon. "The fog was thick," Tom said.', ["Tom Kim-Lee"]),  # hyphenated
    ('Wang Yi met envoys at the port. "Talks are useful," Wang said.', ["Wang Yi"]),  # a registry actor, family name first
    # must not rename: two people with that given name, a given name that is someone's surname, an honorific,
    # the pair only inside quotation marks, only after the mention, a third name, an article before the pair,
    # a place or organisation head as the second word
    ('Jane Doe and Jane Roe run the ferry. "We will wait," Jane said.', ["Jane"]),
    ('Jane Doe met the pilot. "We will wait," Jane said. Tom Jane, a deckhand, agreed.', ["Jane"]),
    ('Kora Doe runs the ferry. "We will wait," Mrs. Kora said.', ["Kora"]),
    ('Crews boarded the Harlan Vesko at dawn. "We sail at noon," Harlan said.', ["Harlan"]),  # a ship
    ('"My neighbour Jane Roe left in May," Jane said.', ["Jane"]),
    ('"We will wait," Olena said. Olena Petrenko, 34, teaches at the port school.', ["Olena"]),
    ('Jane Ann Doe runs the ferry. "We will wait," Jane said.', ["Jane"]),
    # a registry person is not named by a given name the registry lists for them: another Dmitry
    ('Dmitry Peskov spoke on Monday. "The queue at the port is long," Dmitry said.', ["Dmitry"]),
    ('Boats crossed the Dnister River at dawn. "The water is low," Dnister said.', ["Dnister"]),
    ('Ships left Portvale Region at dawn. "The water is low," Portvale said.', ["Portvale"]),
]


@pytest.mark.parametrize("text, speakers", GIVEN_NAME_IN_FULL)
def test_given_name_speaker_takes_the_full_name_given_before(text, speakers):
    quotes = extract_quotes(text, article_id="t")
    assert [q.speaker for q in quotes] == speakers
    for q in quotes:  # the mention read is the given name as written
        assert text[q.speaker_start:q.speaker_end].endswith(text[q.speaker_start:q.speaker_end].split()[-1])
        assert speakers[0].split()[0] in text[q.speaker_start:q.speaker_end]


def test_mention_names_checks_its_inputs_as_extract_quotes_does():
    from peacetalks.quotes import mention_names

    assert mention_names("   ", [(0, 1)], article_id="a") == [None]  # a blank text names no one
    assert mention_names("Jane Doe said so.", [], article_id="a") == []
    with pytest.raises(ValueError):
        mention_names("Jane Doe said so.", [(0, 8)], article_id="a", published="not a date")


# round 17 (start17): a reported clause before a postposed or according-to attribution starts after the writer's
# dateline and opening discourse connective; the speaker's own words and openings stay in
CLAUSE_OPENING = [
    ("PORTVALE, Norland (AP) — The ferry talks have stalled, port officials said on Monday.",
     [("The ferry talks have stalled", "port officials")]),
    ("OSLO — Three ferries were held at the pier, according to the harbour office.",
     [("Three ferries were held at the pier", "the harbour office")]),
    ("The ferries sailed late.\n\nHowever, the crossing is safe again, Jane Doe said.",
     [("the crossing is safe again", "Jane Doe")]),
    ("The ferries sailed late. Meanwhile, fares will rise in May, according to Tom Brown.",
     [("fares will rise in May", "Tom Brown")]),
    ("The ferries sailed late. At the same time, the port will stay open, Jane Doe said.",
     [("the port will stay open", "Jane Doe")]),
    ("The ferries sailed late. At the same time, according to Tom Brown, the port will stay open.",
     [("the port will stay open", "Tom Brown")]),
    # a connective no longer hides the report behind an 'introductory phrase' reading
    ("The ferries sailed late. In particular, the night crossing was cancelled, Jane Doe said.",
     [("the night crossing was cancelled", "Jane Doe")]),
    # must not change: the speaker's own emphasis and openings, an opening that is the subject, a dateline-like
    # subject with an abbreviation and a dash
    ("The ferries sailed late. Still, the crossing is safe, Jane Doe said.",
     [("Still, the crossing is safe", "Jane Doe")]),
    ("The ferries sailed late. Of course, the crossing is safe, Jane Doe said.",
     [("Of course, the crossing is safe", "Jane Doe")]),
    ("The Northern Ferry Board (NFB) – the oldest board in the region – is not a ferry operator, Jane Doe said.",
     [("The Northern Ferry Board (NFB) – the oldest board in the region – is not a ferry operator", "Jane Doe")]),
    ("However, Jane Doe said the crossing is safe.", [("the crossing is safe", "Jane Doe")]),
]


@pytest.mark.parametrize("text,expected", CLAUSE_OPENING)
def test_reported_clause_starts_after_dateline_and_connective(text, expected):
    quotes = run(text)
    assert [(q.text, spk(text, q)) for q in quotes] == expected


@pytest.mark.parametrize("text", [
    "The ferries sailed late. However, in an interview last March, Jane Doe told a joke.",
    "The ferries sailed late. At the same time, according to the old timetable.",
    "PORTVALE, Norland (AP) — The ferries sailed late on Monday.",
])
def test_clause_opening_finds_nothing(text):
    assert run(text) == []


# round 17 (start17): an occasion phrase between a cue and its 'that' is skipped also when it opens on 'after' or
# 'before', ends in a comma, or holds an -ed adjective after a determiner
@pytest.mark.parametrize("text,content", [
    ("Jane Doe said after the vote that the ferries would sail.", "the ferries would sail"),
    ("Jane Doe told reporters after her meeting with the port board that the ferries would sail.",
     "the ferries would sail"),
    ("Jane Doe said during a rally in Portvale, Norland, that the ferries would sail.", "the ferries would sail"),
    ("Jane Doe told a crowded hall at the harbour that the ferries would sail.", "the ferries would sail"),
    ("Jane Doe warned before the strike that the ferries would stop.", "the ferries would stop"),
    # must not change: an -ed word after a determiner before a verb, a relative 'that' inside the clause
    ("Jane Doe said the detained sailors were released.", "the detained sailors were released"),
    ("Jane Doe said the plan that the board drafted after the vote was dead.",
     "the plan that the board drafted after the vote was dead"),
])
def test_occasion_phrase_before_that(text, content):
    assert [q.text for q in run(text)] == [content]


# round 17 (start17): a postposed report whose clause opens on a fronted phrase and its comma ('In fact, …',
# 'After the vote, …', 'Emerging from the talks, …') is the report, not an introduction to the attribution
@pytest.mark.parametrize("text,expected", [
    ("The ferries sailed late. In fact, the crossing is safe, Jane Doe said.",
     [("In fact, the crossing is safe", "Jane Doe")]),
    ("After the vote, the ferries will sail again, Tom Brown said.",
     [("After the vote, the ferries will sail again", "Tom Brown")]),
    ("Leaving the harbour at dawn, the ferry hit a mine, port officials said.",
     [("Leaving the harbour at dawn, the ferry hit a mine", "port officials")]),
    # must not change: an introduction without a clause, a subordinate clause after the comma, a clause with its
    # own cue
    ("In an address last March, he said the ferries would sail.", [("the ferries would sail", "he")]),
    ("On 10 May, as the storm drew closer, her husband told her to leave the port.", []),  # no opening fragment
    ("Asked about the plan, Jane Doe said that it was natural — no different, she said, from any other plan.",
     [("it was natural — no different, she said, from any other plan", "Jane Doe")]),
])
def test_fronted_phrase_before_postposed_report(text, expected):
    assert [(q.text, spk(text, q)) for q in run(text)] == expected


# round 17 (audit XVIII): an abbreviation defined in brackets after a body's name earlier in the article is that body
ABBREVIATION_DEFINED = [
    ("In its update, Britain's Ministry of Defence (MoD) said the port was calm. The MoD said the fleet had left.",
     ["UK Ministry of Defence", "UK Ministry of Defence"]),
    ("The Ukrainian Harbour Pilots Council (UHPC) met on Monday. UHPC said the strike would go on.",
     ["Ukrainian Harbour Pilots Council"]),
    # must not resolve: no definition before; a definition after; a bracket that spells no name; a lowercase name;
    # a name with no actor and no side (it says no more than the abbreviation)
    ("The MoD said the fleet had left.", ["MoD"]),
    ("The MoD said the fleet had left. Britain's Ministry of Defence (MoD) runs the port.", ["MoD"]),
    ("The Ukrainian Pilots Council (HPG) met on Monday. HPG said the strike would go on.", ["HPG"]),  # spells no name
    ("The port board (HPG) met on Monday. HPG said the strike would go on.", ["HPG"]),
    ("The Harbour Pilots Council (HPC) met on Monday. HPC said the strike would go on.", ["HPC"]),
]


@pytest.mark.parametrize("text, speakers", ABBREVIATION_DEFINED)
def test_abbreviation_defined_in_brackets_is_the_body_named_before_it(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == speakers


# round 17 (content ends): a report ends before a last dash that opens the writer's comment on it, a closing
# comment (``closing_comment``) whose noun names a statement or step (``_COMMENT_NOUNS``); after a comma such a
# noun in the plural opens the comment too ('…, remarks that …')
DASH_COMMENT_ENDS = [
    ("Peskov said the port had reopened, remarks that angered the hosts.", ["the port had reopened"]),
    ("Peskov said the mediators had left early, claims the ministry denied.", ["the mediators had left early"]),
    # must keep: the plural noun in a list, after a name, after an opening subordinate clause
    ("Peskov said the ministry had rejected the offers, claims and threats of Kyiv.",
     ["the ministry had rejected the offers, claims and threats of Kyiv"]),
    ("Peskov said the envoys had met Tom Brown, claims adjuster at the port.",
     ["the envoys had met Tom Brown, claims adjuster at the port"]),
    ("Peskov said that if the envoys leave, claims will follow.", ["if the envoys leave, claims will follow"]),
    ("Peskov said the mediators had left early — a charge the ministry denied.", ["the mediators had left early"]),
    ("Peskov said the mediators had left early – a claim that the hosts disputed.", ["the mediators had left early"]),
    ("Peskov said the ferries would stop - a move the port board regretted.", ["the ferries would stop"]),
    ("Peskov said the ferries would stop -- a step the port board called rash.", ["the ferries would stop"]),
    ("Peskov said the ferries would stop—a decision the port board regretted.", ["the ferries would stop"]),
    ("Peskov said the navy would stay - a reference to the port deal.", ["the navy would stay"]),
    # must keep: a noun that restates the report's last noun, a paired dash (a parenthesis the report goes on
    # after), a name's apposition, a dash before a clause, a dash after an opening subordinate clause
    ("Peskov said the truce was a mirage — a mix of hope and fatigue.",
     ["the truce was a mirage — a mix of hope and fatigue"]),
    ("Peskov said the army had taken the port — a claim Kyiv denied — and would hold it.",
     ["the army had taken the port — a claim Kyiv denied — and would hold it"]),
    ("Peskov said the offer came from Olga Petrova — the deputy envoy.",
     ["the offer came from Olga Petrova — the deputy envoy"]),
    ("Peskov said the ferries would stop — the decision was final.", ["the ferries would stop — the decision was final"]),
    ("Peskov said that if the talks fail — a point he stressed — a new round will follow.",
     ["if the talks fail — a point he stressed — a new round will follow"]),
]


@pytest.mark.parametrize("text, contents", DASH_COMMENT_ENDS)
def test_report_ends_before_a_closing_comment_noun(text, contents):
    assert [q.text for q in extract_quotes(text, article_id="t")] == contents


# round 17 (content ends): 'and' + a speech verb ends a report only when the verb can be the speaker's; a bare
# form that a modal, future or 'to' in the report governs goes on with the report ('would call … and tell …')
BARE_CONJUNCT_ENDS = [
    ("Jane Doe says he would sit the envoy down and tell him to stop.",
     ["he would sit the envoy down and tell him to stop"]),
    ("Jane Doe said the rebels plan to seize the port and blame Kyiv.", ["the rebels plan to seize the port and blame Kyiv"]),
    ("Jane Doe urged Tom Brown to resign and call new elections.", ["Tom Brown to resign and call new elections"]),
    ("Jane Doe said they’ll reopen the port and ask the navy to leave.",
     ["they’ll reopen the port and ask the navy to leave"]),
    # must still end: the speaker's next verb in the past or present tense, no modal in the report, 'did' alone
    ("Jane Doe said the talks would fail and told reporters to wait.", ["the talks would fail"]),
    ("Jane Doe says the talks will fail and asks the envoy to leave.", ["the talks will fail"]),
    ("Jane Doe said the talks failed and urged the envoy to leave.", ["the talks failed", "the envoy to leave"]),
    ("The sailors said they did not get paid and believe the owners fled.", ["they did not get paid"]),
]


@pytest.mark.parametrize("text, contents", BARE_CONJUNCT_ENDS)
def test_bare_conjunct_goes_on_with_the_report(text, contents):
    assert [q.text for q in extract_quotes(text, article_id="t")] == contents


class _CountingRegistry(PlainRegistry):
    """PlainRegistry that counts its whole-article mention scans."""

    def __init__(self):
        self.scans = 0

    def find_mentions(self, text, *, date=None):
        self.scans += 1
        return []


def test_mention_name_writes_no_extractor_state():
    """Review 17: naming a gold mention reads the article's mention index and sets nothing on the extractor; the
    registry's article scan is the extractor's own, made at most once and shared with the extraction."""
    from peacetalks.quotes import _extractor

    text = _OKAFOR.format("Okafor") + " Later, the harbour master said the port would close."
    at = text.index("Okafor", text.index("Monday"))
    registry = _CountingRegistry()
    ex = _extractor(text, article_id="t", published=None, registry=registry)
    before = dict(vars(ex))
    names = [ex.mention_name((at, at + 6)), ex.mention_name((0, 11))]
    assert names == ["Jane Okafor", "Jane Okafor"]
    assert vars(ex).keys() == before.keys() and all(vars(ex)[k] is v for k, v in before.items())
    ex.run()  # the role noun reads the registry's mentions: one scan
    assert registry.scans == 1
    mentions = ex.all_mentions
    assert [ex.mention_name((at, at + 6)), ex.mention_name((0, 11))] == names  # the same after the extraction
    assert ex.all_mentions is mentions and registry.scans == 1


# review 17: the '<Given> <Surname>' pair scans share one boundary test (regex \b at both ends of the pair)
@pytest.mark.parametrize("text,scan,word,pairs", [
    ("We met Jane Doe today.", "name_pairs", "Doe", ["Jane Doe"]),
    ("(Jane Doe) met us.", "name_pairs", "Doe", ["Jane Doe"]),
    ("Jane Doe's ferry left.", "name_pairs", "Doe", ["Jane Doe"]),
    ("We met Jane Kim-Lee today.", "given_pairs", "Jane", ["Jane Kim-Lee"]),
    ("We met Jane Doe today.", "given_pairs", "Jane", ["Jane Doe"]),
    ("Jane Doe's ferry left.", "given_pairs", "Jane", ["Jane Doe"]),
    # must find nothing: a word character glued to either end of the pair
    ("We met MaryJane Doe today.", "name_pairs", "Doe", []),
    ("We met Jane Doex today.", "name_pairs", "Doe", []),
    ("We met Jane Doe2 today.", "name_pairs", "Doe", []),
    ("We met _Jane Doe today.", "name_pairs", "Doe", []),
    ("We met MaryJane Doe today.", "given_pairs", "Jane", []),
    ("We met éJane Doe today.", "given_pairs", "Jane", []),
    ("We met Jane Doe2 today.", "given_pairs", "Jane", []),
    ("We met Jane Doe_ today.", "given_pairs", "Jane", []),
])
def test_name_pair_scans_need_a_word_boundary(text, scan, word, pairs):
    from peacetalks.quotes import _extractor
    from peacetalks.quotes._speakers import _SubjectMentions

    names = _SubjectMentions(_extractor(text, article_id="t", published=None, registry=REG))
    assert [full for _start, full in getattr(names, scan)(word)] == pairs


# review 17 (measured, kept as is): a report by one speaker that runs into a quote with a postposed attribution by
# another ('Doe said the plan "…," Brown added') is one layered report: the postposed speaker takes the clause and
# the quote as one mixed quote, as PolNeAR credits the outer source ('…," according to the report', '…," the paper
# reported'). Giving the quoted part alone to the postposed speaker left the clause as a fragment ('the plan') and
# cost train precision and recall (docs/quotes_history.md, round 17 review).
@pytest.mark.parametrize("text,expected", [
    ('Jane Doe said the plan "would fail in May," Tom Brown added.',
     [("mixed", 'the plan "would fail in May,"', "Tom Brown")]),
    ('The pilot said the port was "closed for good," according to the report.',
     [("mixed", 'the port was "closed for good,"', "the report")]),
    # the same speaker on both sides: one mixed quote (must not change)
    ('Jane Doe said the plan "would fail in May," she added.', [("mixed", 'the plan "would fail in May,"', "she")]),
    # a sentence break before the quote: two attributions (must not change)
    ('Jane Doe said the plan would fail. "It will fail in May," Tom Brown added.',
     [("indirect", "the plan would fail", "Jane Doe"), ("direct", '"It will fail in May,"', "Tom Brown")]),
])
def test_layered_report_into_a_quote_is_the_postposed_speakers(text, expected):
    assert [(q.kind, q.text, spk(text, q)) for q in run(text)] == expected


# review 17: the relative-report test of nested_direct and folded_direct is one helper (relative_speaker): a quote
# whose speaker follows a relative ('what he called "…"') is a report of its own, never folded into the clause
@pytest.mark.parametrize("text,expected", [
    ('Okafor said the plan is what he called “a real chance” for the port.',
     [("indirect", "Okafor", "the plan is what he called"), ("mixed", "he", "“a real chance” for the port")]),
    ('Jane Doe said she liked what the envoys call "a fair deal for the ports."',
     [("indirect", "Jane Doe", "she liked what the envoys call"),
      ("direct", "the envoys", '"a fair deal for the ports."')]),
    # must fold: the quote's speaker inside the clause with no relative before it
    ("Okafor said he trusted “with all his soul” that the talks would resume.",
     [("mixed", "Okafor", "he trusted “with all his soul” that the talks would resume")]),
])
def test_relative_report_inside_a_clause_stays_its_own(text, expected):
    assert [(q.kind, spk(text, q), q.text) for q in run(text)] == expected


# --- round 17: a report ends before 'and/but' + a new speaker and cue right after its closing quote mark ----------
ROUND17_NEW_SPEAKER_AFTER_QUOTE = [
    ('Jane Doe called the ferry plan "a disaster" and Tom Brown said it was "a waste of money."',
     [("mixed", 'the ferry plan "a disaster"', "Jane Doe"), ("mixed", 'it was "a waste of money."', "Tom Brown")]),
    ('Jane Doe accuses the port of "hiding the fares" and Mayor Tom Brown says the port is "losing the crews."',
     [("mixed", 'the port of "hiding the fares"', "Jane Doe"),
      ("mixed", 'the port is "losing the crews."', "Mayor Tom Brown")]),
    # must not cut: the same speaker goes on, no new speaker and cue, a coordinated subject, a cue with no content
    ('Jane Doe called the ferry plan "a disaster" and said it was "a waste of money."',
     [("mixed", 'the ferry plan "a disaster"', "Jane Doe"), ("mixed", 'it was "a waste of money."', "Jane Doe")]),
    ('Jane Doe said the ferries were "late again" and the crews were tired.',
     [("mixed", 'the ferries were "late again" and the crews were tired', "Jane Doe")]),
    ('Jane Doe said the fares were "too high" and Tom Brown and the crews were angry.',
     [("mixed", 'the fares were "too high" and Tom Brown and the crews were angry', "Jane Doe")]),
    ('Jane Doe said the fares were "too high" and the two ministers agreed on a new timetable.',
     [("mixed", 'the fares were "too high" and the two ministers agreed on a new timetable', "Jane Doe")]),
    ('Jane Doe said the fares were "too high" and Tom Brown agreed.',
     [("mixed", 'the fares were "too high" and Tom Brown agreed', "Jane Doe")]),
]


@pytest.mark.parametrize("text,expected", ROUND17_NEW_SPEAKER_AFTER_QUOTE)
def test_round17_new_speaker_after_quote(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


# --- round 17: a quote in a sentence-opening -ing phrase is the main speaker's, and so is the main clause --------
ROUND17_OPENING_PHRASE_QUOTES = [
    ('Citing "safety concerns," the ferry company said it would halt sailings.',
     [("direct", '"safety concerns,"', "the ferry company"), ("indirect", "it would halt sailings", "the ferry company")]),
    ('Citing "family obligations," the minister\'s spokeswoman told reporters that he would skip the summit.',
     [("direct", '"family obligations,"', "the minister's spokeswoman"),
      ("indirect", "he would skip the summit", "the minister's spokeswoman")]),
    ('Calling the strike "a disgrace," Tom Brown said the ferries would stay in harbour.',
     [("mixed", 'the strike "a disgrace,"', "Tom Brown"),
      ("indirect", "the ferries would stay in harbour", "Tom Brown")]),
    ('Recalling "the hard winter of the strike," the union urged members to vote.',
     [("direct", '"the hard winter of the strike,"', "the union"), ("indirect", "members to vote", "the union")]),
    # must not change: no clause after the cue, a quote that opens the sentence, a phrase closed by a comma
    ('Citing "safety concerns," the ferry company said on Monday.',
     [("direct", '"safety concerns,"', "the ferry company")]),
    ('"Safety comes first," the ferry company said on Monday.',
     [("direct", '"Safety comes first,"', "the ferry company")]),
    ('Standing by the "Old Pier" sign, Tom Brown said the ferries would sail.',
     [("indirect", "the ferries would sail", "Tom Brown")]),
]


@pytest.mark.parametrize("text,expected", ROUND17_OPENING_PHRASE_QUOTES)
def test_round17_opening_phrase_quotes(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


# round 17 speed: the role-phrase, leader and organisation look-backs skip a window that lacks the phrase, field word
# or head noun (no pattern compiled or run); with it they read as before (each row: the speakers found)
@pytest.mark.parametrize("text,speakers", [
    ('Ferry union chief Tom Okafor met the envoys. "We disagree," the ferry union chief said.', ["Tom Okafor"]),
    ('Harbour space agency chief Ann Lee met us. "We launch in May," the space boss said.', ["Ann Lee"]),
    ('The head of the Harbour space agency, Ann Lee, spoke. "We launch in May," the space boss said.', ["Ann Lee"]),
    ("The Harbour Ferries Agency published a forecast. The agency said fares would rise.", ["Harbour Ferries Agency"]),
    ("The Ministry of Harbour Affairs met on Monday. The ministry said ferries would wait.",
     ["Ministry of Harbour Affairs"]),
    # must find no name: the phrase, field word or noun is not in the window
    ('"We disagree," the ferry union chief said.', ["ferry union chief"]),
    ('Ann Lee met us on Monday. "We launch in May," the space boss said.', ["space boss"]),
    ("Harbour Insight published a forecast. The consultancy said fares would rise.", ["consultancy"]),
    ("Fares rose on Monday. The agency said ferries would wait.", ["agency"]),
    ("Ferries waited on Monday. The ministry said the port was shut.", ["ministry"]),
])
def test_look_backs_skip_windows_without_their_word(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == speakers


# round 17 (side17): a ministry written without its country is the ministry of the one state whose minister of that
# department (any department for a bare "the ministry", when only one is named) is named before it, on the date
MINISTRY_OF_MINISTER = [
    ("Defence Minister Sergei Shoigu inspected the troops on Friday, the ministry said.", "2022-06-01",
     ("Russian Defence Ministry", "RU")),
    ("Defense Minister Sergei Shoigu toured a depot. Ten tanks were repaired, the Defense Ministry said.", "2022-06-01",
     ("Russian Defence Ministry", "RU")),
    ("Defense Minister Sergei Shoigu toured a depot. Ten tanks were repaired, the Ministry of Defense said.",
     "2022-06-01", ("Russian Defence Ministry", "RU")),
    ("Foreign Minister Sergei Lavrov spoke on Monday. The talks would go on, the ministry said.", "2022-06-01",
     ("Russian Foreign Ministry", "RU")),
    ("The Estonian defence minister, Jaan Tamm, visited the base. The drills would go on, the defence ministry said.",
     "2022-06-01", ("Estonian defence ministry", "EU")),
    # must not resolve: ministers of two states; the person no longer holds the post on that date; a minister of
    # another department; two departments for a bare "the ministry"; no minister; the minister named only after it;
    # a department no minister's title names; an indefinite ministry
    ("Defence Minister Sergei Shoigu and Defence Minister Oleksii Reznikov traded charges. Ten tanks were hit, the "
     "defence ministry said.", "2022-06-01", ("defence ministry", None)),
    ("Sergei Shoigu toured a depot. Ten tanks were repaired, the Defense Ministry said.", "2025-06-01",
     ("Defense Ministry", None)),
    ("Foreign Minister Sergei Lavrov spoke on Monday. Ten tanks were repaired, the Defense Ministry said.",
     "2022-06-01", ("Defense Ministry", None)),
    ("Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu spoke on Monday. The talks would go on, the "
     "ministry said.", "2022-06-01", ("ministry", None)),
    ("Ten tanks were repaired, the Defense Ministry said.", "2022-06-01", ("Defense Ministry", None)),
    ("Ten tanks were repaired, the Defense Ministry said. Defense Minister Sergei Shoigu toured the depot.",
     "2022-06-01", ("Defense Ministry", None)),
    ("Foreign Minister Sergei Lavrov spoke on Monday. The talks would go on, the Ministry of Justice said.",
     "2022-06-01", ("Ministry of Justice", None)),
    ("Defense Minister Sergei Shoigu toured a depot. Ten tanks were repaired, a ministry said.", "2022-06-01",
     ("ministry", None)),
    # … another state's ministry named in the window; the minister three sentence breaks back
    ("Secretary of State Antony Blinken visited Kyiv's foreign ministry building on Monday. The foreign ministry said "
     "the talks would go on.", "2022-06-01", ("foreign ministry", None)),
    ("Defense Minister Sergei Shoigu spoke on Monday. The port was shut. The ships left. The crews went home. Ten "
     "tanks were hit, the Defense Ministry said.", "2022-06-01", ("Defense Ministry", None)),
]


# round 17 (side17): "the Defense Ministry" again takes the same body named before with its country (never another
# body, nor one of two states' ministries); a name ending its sentence ("… of Defense.") is still that name
SAME_BODY_WITH_COUNTRY = [
    ("Ten sailors stayed ashore, Russia’s Ministry of Defense said on Friday. The Defense Ministry said the "
     "sailors were safe. The port was calm. Few sailors left, the ministry claimed.", ("Russian Defence Ministry", "RU")),
    ("Ten tanks were repaired, said an officer at the Russian Ministry of Defense. The Defence Ministry said the crews "
     "were safe.", ("Russian Defence Ministry", "RU")),
    ("Ten tanks were repaired, Russia's Ministry of Defence and Ukraine's Ministry of Defence claimed on Monday. The "
     "Defence Ministry said the crews were safe. The port stayed shut, the ministry said.", ("Defence Ministry", None)),
    ("The Ukrainian Energy Company raised prices. Officers at Harbour Power Company were told to stay. Power would be "
     "cut, the company said.", ("Harbour Power Company", None)),
]


@pytest.mark.parametrize("text, speaker", SAME_BODY_WITH_COUNTRY)
def test_ministry_without_country_is_the_same_body_named_before_with_it(text, speaker):
    assert [(q.speaker, q.side) for q in extract_quotes(text, article_id="t", published="2022-06-01")][-1] == speaker


@pytest.mark.parametrize("text, published, speaker", MINISTRY_OF_MINISTER)
def test_ministry_without_country_is_the_ministry_of_its_minister_named_before(text, published, speaker):
    assert [(q.speaker, q.side) for q in extract_quotes(text, article_id="t", published=published)] == [speaker]


# --- round 17 (post17): what follows a quote may be a participle or adverbial phrase, never its speaker -----------
# (text, the quoted words, the speaker mention of the record that holds them)
ROUND17_NO_SPEAKER_AFTER_QUOTE = [
    ('Jane Doe called the ferry plan "a total failure," prompting fears the crossings would stop.',
     "a total failure", "Jane Doe"),
    ('Jane Doe called the fare rise "a scandal," sparking criticism from the harbour board.', "a scandal", "Jane Doe"),
    ('Jane Doe called the timetable "a joke," echoing a similar claim made by the crews last year.', "a joke",
     "Jane Doe"),
    ('Jane Doe called the deal "a trap," implying that the evidence suggested it was planned.', "a trap", "Jane Doe"),
    ('Tom Brown said the target was "unrealistic," despite the ports agreeing last year to cut fares.',
     "unrealistic", "Tom Brown"),
    ('Tom Brown called the closure "temporary" - even though photos from the air showed the pier was gone.',
     "temporary", "Tom Brown"),
    ('Jane Doe called the vote "a sham" as the harbour board continues to raise the fares.', "a sham", "Jane Doe"),
    # must not change: a real postposed attribution before or after the participle, an -ing premodifier, 'as X put it'
    ('"We will not sign this deal," said Tom Brown, prompting fears of a walkout.', "sign this deal", "Tom Brown"),
    ('"We will not sign this deal," Tom Brown said, sparking criticism from the crews.', "sign this deal",
     "Tom Brown"),
    ('"We will not sign this deal," leading analyst Jane Doe said.', "sign this deal", "leading analyst Jane Doe"),
    ('"We will not sign this deal," striking workers said.', "sign this deal", "striking workers"),
    ('"The ferries will sail," visiting envoy Tom Brown told reporters.', "ferries will sail",
     "visiting envoy Tom Brown"),
    ('"It is a trap," as Jane Doe put it.', "It is a trap", "Jane Doe"),
    ('"It is a trap," as Jane Doe said on Monday, in a speech at the pier.', "It is a trap", "Jane Doe"),
]


@pytest.mark.parametrize("text,words,speaker", ROUND17_NO_SPEAKER_AFTER_QUOTE)
def test_round17_no_speaker_after_quote(text, words, speaker):
    got = [spk(text, q) for q in run(text) if words in q.text]
    assert got == [speaker], got


def test_round17_no_speaker_after_quote_finds_no_phrase_speaker():
    """With no speaker before the quote either, the participle phrase is still no speaker: the quote gets none."""
    text = 'The crossing was "a total failure," prompting fears the ferries would stop.'
    assert all(spk(text, q) is None or not spk(text, q).startswith("prompting") for q in run(text))


# --- round 18 (prec18): a bare cue form after a singular determiner is a noun; 'worth <participle>' is the writer --
# (text, expected (kind, content part, speaker mention) rows; [] = must find nothing)
ROUND18_NOUN_CUES = [
    # the bare cue form after a singular determiner and lowercase modifiers is a noun (failing without the rule)
    ("An explanatory note on the website says that funds are short.", []),
    ("One such note has reached the harbour office.", []),
    ("A small think tank has said that fares will rise.", []),
    ('One tweet said: "We will not sail today."', [("direct", "We will not sail today", "One tweet")]),
    # 'worth' before a participle cue: the writer's own remark, no speaker (failing without the rule)
    ("It’s worth noting that the port is closed.", []),
    ("It's worth mentioning that the ferry sank in May.", []),
    ("Another point worth noting is that the port is closed.", []),
    # must not change: the -s form after a singular subject, plural and quantified subjects, a coordinated or
    # post-modified subject, a past tense equal to the bare form, a report of a speaker who calls something worth it
    ("An official notes that the port is closed.", [("indirect", "the port is closed", "An official")]),
    ("A few analysts note that the port is closed.", [("indirect", "the port is closed", "analysts")]),
    ("A sailor and a police officer say the pier was hit.", [("indirect", "the pier was hit", "a police officer")]),
    ("Opponents of a deal say the fares will rise.", [("indirect", "fares will rise", "Opponents of a deal")]),
    ("The crews backing such a ban say the fares will rise.",
     [("indirect", "fares will rise", "The crews backing such a ban")]),
    ("Nearly a third say they do not know.", [("indirect", "they do not know", "Nearly a third")]),
    ('One banner read "Ferries for all" on Monday.', [("mixed", "Ferries for all", "banner")]),
    ("Planes flew over the pier. One message read “ferriesforall.org,” a website run by a group called the “Harbour "
     "Friends.”", [("mixed", "ferriesforall.org", "One message")]),  # (fails without the 'read' exception)
    ("Jane Doe said it was worth noting that the port is closed.",
     [("indirect", "worth noting that the port is closed", "Jane Doe")]),
    # (review18) a relative pronoun, a subject pronoun, a plural in -s or a modal between the determiner and the
    # cue: the cue has a subject of its own (each fails without its stop word)
    ("Under a rule that staff say is unfair, the ferries stop at dusk.", [("indirect", "is unfair", "staff")]),
    ("Under a deal we say is unfair, the ferries stop at dusk.", [("indirect", "is unfair", "we")]),
    ("Under a deal two unions say is unfair, the ferries stop at dusk.", [("indirect", "is unfair", "two unions")]),
    ("A crew member would say the port is shut.", [("indirect", "the port is shut", "A crew member")]),
]


@pytest.mark.parametrize("text,expected", ROUND18_NOUN_CUES)
def test_round18_noun_cues_and_worth(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert len(got) == len(expected), got
    for (kind, content, mention), (gk, gt, gm) in zip(expected, got):
        assert (gk, gm) == (kind, mention) and content in gt, got


# --- round 18 (prec18): a participle placing the medium after a cue ('said in a message posted to X that …') ------
# is part of the occasion phrase; the report starts after the 'that' (the first four fail without the rule)
ROUND18_MEDIUM_PARTICIPLES = [
    ("Jane Doe said in a message posted to Telegram that the ferries would sail.",
     [("indirect", "the ferries would sail", "Jane Doe")]),
    ("Tom Brown told a meeting organised by the union that fares would rise.",
     [("indirect", "fares would rise", "Tom Brown")]),
    ("The board said in a statement issued on Monday that the port was shut.",
     [("indirect", "the port was shut", "The board")]),
    ('Jane Doe said in a message posted to Telegram that "the ferries will sail again."',
     [("direct", '"the ferries will sail again."', "Jane Doe")]),
    # must not change: no participle, a participle inside the reported clause
    ("The port board said in a statement that ferries were late.",
     [("indirect", "ferries were late", "The port board")]),
    # (review18) must find nothing: an occasion phrase alone is no content
    ("Jane Doe said in a message on Telegram.", []),
    # (round 19) must find nothing: the medium participle phrase alone is no content (failed before)
    ("Jane Doe said in a message posted to Telegram.", []),
    ("Tom Brown told a meeting organised by the union.", []),
    # must not change: a verb after the participle phrase (the phrase stays in the content, an older limit)
    ("Jane Doe said in a message posted to Telegram the ferries would sail.",
     [("indirect", "posted to Telegram the ferries would sail", "Jane Doe")]),
    ("Jane Doe said the video posted on Telegram was fake.",
     [("indirect", "the video posted on Telegram was fake", "Jane Doe")]),
]


@pytest.mark.parametrize("text,expected", ROUND18_MEDIUM_PARTICIPLES)
def test_round18_medium_participle_after_a_cue(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


# round 18 (core cues): a dash typed with hyphens (a spaced hyphen or '--') pairs like an em dash around an aside
# between the subject and its cue; a report inside an aside opened by 'who'/'which' ends at the aside's closing
# dash; a hyphen inside brackets pairs with none outside; a lone spaced hyphen before a finite cue ends no loose
# subject phrase (translated news: '… - said Jane Doe.' names the speaker after the cue)
ROUND18_DASH_ASIDES = [
    ("The envoy -- who has sparred with the union for days -- said the port would reopen.",
     [("The envoy", "the port would reopen")]),
    ("Tom Brown - the mayor of the port town - said the ferries had stopped.",
     [("Tom Brown", "the ferries had stopped")]),
    ("The harbour board - which runs the two piers - says the berths are full.",
     [("The harbour board", "the berths are full")]),
    ("Some envoys - like Jane Doe - have said the offer was fair.", [("envoys", "the offer was fair")]),
    ("Jane Doe - who earlier said she would sell the boats - said the ferries should stop.",
     [("who", "she would sell the boats"), ("Jane Doe", "the ferries should stop")]),
    ("Jane Doe — who earlier said she would sell the boats — said the ferries should stop.",
     [("who", "she would sell the boats"), ("Jane Doe", "the ferries should stop")]),
    ("Jane Doe — who earlier said she would sell the boats — is now a ferry captain.",
     [("who", "she would sell the boats")]),
    ("Talks will resume next week - said Jane Doe.", [("Jane Doe", "Talks will resume next week")]),
    ("The navy was strong on Vkontakte (a rival of Facebook - PAP) and on Telegram - adds Jane Doe.",
     [("Jane Doe", "The navy was strong on Vkontakte (a rival of Facebook - PAP) and on Telegram")]),
    # must not change: a hyphen inside brackets before the lone one, a participle after a lone hyphen, a verbless
    # aside before a verb that is no cue
    ("The crossing went well (the first since May - harbour radio) - adds the head of the port board.",
     [("the head of the port board", "The crossing went well (the first since May - harbour radio")]),
    ("The envoy left the talks early - saying the offer was an insult.", [("The envoy", "the offer was an insult")]),
    ("The talks stalled - partly over the ports - said nothing new.", []),
]


@pytest.mark.parametrize("text, expected", ROUND18_DASH_ASIDES)
def test_round18_dash_asides_before_the_cue(text, expected):
    assert [(spk(text, q), q.text) for q in run(text)] == expected


def test_round18_who_after_a_double_hyphen_is_the_name_before_it():
    """'Jane Doe -- who …': the relative's speaker is the name, not the name and the first hyphen."""
    text = "Jane Doe -- who earlier said she would sell the boats -- said the ferries should stop."
    assert [q.speaker for q in run(text)] == ["Jane Doe", "Jane Doe"]


# round 18 (core cues): a participle report right after its subject's comma ends before a comma and a finite cue
# form, the subject's own main verb ('Jane Doe, citing …, said …'), which is read as a report of its own
ROUND18_PARTICIPLE_BEFORE_MAIN_CUE = [
    ("Jane Doe, citing the port figures, said the ferries would stop.",
     [("Jane Doe", "the port figures"), ("Jane Doe", "the ferries would stop")]),
    ("The harbour board, noting the storm, warned that the piers were unsafe.",
     [("The harbour board", "the piers were unsafe")]),
    # must not change: a participle after a clause (not after its subject), whose content holds a comma-closed
    # participle modifier
    ("The envoy left early, saying the offer, announced on Monday, was an insult.",
     [("The envoy", "the offer, announced on Monday, was an insult")]),
]


@pytest.mark.parametrize("text, expected", ROUND18_PARTICIPLE_BEFORE_MAIN_CUE)
def test_round18_participle_report_ends_before_the_subjects_main_cue(text, expected):
    assert [(spk(text, q), q.text) for q in run(text)] == expected


# --- round 18 (direct18): a phrase that ends on a place or thing after a preposition names no "he"/"she" ---------
ROUND18_PHRASE_TAIL_PRONOUNS = [
    ('Olena Doe runs a bakery. Life in Harbourton has become hard. "We bake at night," she says.', "Olena Doe"),
    ('Tom Okafor fixed the nets. Back in Harbourton, the boats are idle. "We wait," he said.', "Tom Okafor"),
    ('Tom Okafor spoke first. Aside from the Harbour People\'s Republics, the coast is calm. "We wait," he said.',
     "Tom Okafor"),
    # must not change: a person noun or title before the preposition; a surname the article gave in full before
    ('Tom Okafor spoke first. The mayor of Harbourton made an appeal. "We wait," he said.', "mayor of Harbourton"),
    ('Jane Roe spoke first. A reporter from Harbourton saw the port. "We wait," he said.', "reporter from Harbourton"),
    ('Tom Okafor spoke first. Ann Lee was ill. The image of Okafor spread. "We wait," he said.', "Tom Okafor"),
    # (review18) must find no antecedent: the phrase is the only mention before the pronoun
    ('Life in Harbourton has become hard. "We bake at night," she says.', "she"),
]


@pytest.mark.parametrize("text, speaker", ROUND18_PHRASE_TAIL_PRONOUNS)
def test_round18_phrase_ending_on_a_place_is_no_he_or_she(text, speaker):
    quotes = [q for q in extract_quotes(text, article_id="t") if q.kind == "direct"]
    assert [q.speaker for q in quotes] == [speaker], [(q.speaker, q.kind) for q in quotes]


# round 18 (direct18): the photographer of a photo credit is no antecedent ('(AP Photo/<name>) <Name> spoke …')
ROUND18_PHOTO_CREDITS = [
    ('Crowds met at the port on Monday. (AP Photo/Jane Roe) Mayor Tom Okafor spoke to them. "We will rebuild," he '
     'said.', ["Tom Okafor"]),
    ('Ann Lee runs the shelter. (Photo by Jane Roe) The cats were fed at dawn. "They are calm," she said.',
     ["Ann Lee"]),
    # must not change: a name after a slash that is no photo credit
    ('Crowds met at the port. Reuters/Jane Roe wrote the report. "We wait," she said.', ["Jane Roe"]),
]


@pytest.mark.parametrize("text, speakers", ROUND18_PHOTO_CREDITS)
def test_round18_photo_credit_names_no_antecedent(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t") if q.kind == "direct"] == speakers


# round 18 (appos18): the name in apposition right after a role, kin or body phrase speaks
ROUND18_APPOSED_NAMES = [
    ('"We buried him at dawn," another mourner, Jane Roe, said.', "direct", None, ["Jane Roe"]),
    ('"The shelves are empty," explains the bakery\'s owner, Tom Okafor, who runs it.', "direct", None, ["Tom Okafor"]),
    ('"It was cold," Ann Lee\'s partner, Jo Wills, told us.', "direct", None, ["Jo Wills"]),
    ("The speaker of the Harbour Assembly, Ann Lee, remarked that the vote was fair.", "indirect", None, ["Ann Lee"]),
    ("The vote was fair, said the regional governor, Tom Okafor.", "indirect", None, ["Tom Okafor"]),
    ("Ferries will stop on Friday, according to an activist group, Harbour Watch.", "indirect", None,
     ["Harbour Watch"]),
    # round 19: person nouns the lexicons lacked (each failed before: the phrase stayed the speaker)
    ('"The bills have doubled," says the landlord, Tom Okafor.', "direct", None, ["Tom Okafor"]),
    ('Another defendant, Jane Roe, 32, a clerk from Portville, added: "We acted on conscience."', "direct", None,
     ["Jane Roe"]),
    ("The chief executive of the Harbour Trust, Ann Lee, said that the ferries were late.", "indirect", None,
     ["Ann Lee"]),
    # round 19: 'one'/'another' before a person noun after the cue: the whole phrase is the speaker (was "one")
    ('"We were fooled," said one boatman.', "direct", None, ["one boatman"]),
    ('"It is done," said another grey ferryman, Tom Okafor.', "direct", None, ["Tom Okafor"]),
    # must not change: no person noun after 'one' ('one estimate'); 'one' before a place phrase; the subject order
    ("Fares rose by half, according to one estimate.", "indirect", None, ["one"]),
    ('"The ferries are late," said one on the pier.', "direct", None, ["one"]),
    ('"The ferries are late," one boatman said.', "direct", None, ["one boatman"]),
    # (review19) must not change: the phrase stops before a subordinator and at a word that is no noun
    ('"We were fooled," said one boatman as sailors wept.', "direct", None, ["one boatman"]),
    ('"We were fooled," said one sadly.', "direct", None, ["one"]),
    # must not change: 'host' and 'ally' also name countries, so they stay out of the person nouns
    ('"We are ready," said the host, Ruritania.', "direct", None, ["host"]),
    # must not change: a list; a body's name; one word after a place; the apposition of a name before it; a name
    # the registry cuts; a registered minister and an unregistered spelling; a document; a capitalised name as head;
    # a body that is itself named
    ("According to the mayor, Tom Okafor, and the governor, the port is closed.", "indirect", None, ["mayor"]),
    ("Ferries will stop on Friday, according to the agency, Harbour Space Corporation, which runs them.", "indirect",
     None, ["agency"]),
    ('"We wait," said the mayor in Lutsk, Ivan.', "direct", None, ["mayor in Lutsk"]),
    ("Jo Roe, professor at Harbour College, South Carolina, who studies trolls, warned that the claims were false.",
     "indirect", None, ["Jo Roe"]),
    ('"We will keep going," said a professor at Harbour College, North Dakota.', "direct", None,
     ["professor at Harbour College"]),
    ("The talks are over, according to Ukraine's foreign minister, Dmytro Kulleba.", "indirect", "2023-03-01",
     ["Dmytro Kuleba"]),
    ("The reactor is safe, according to a statement, Harbour Power Plant, which runs it.", "indirect", None,
     ["statement"]),
    ('"It will not work," Jo Brewer, Harbour Growth, told the paper.', "direct", None, ["Jo Brewer"]),
    ("The port was closed, according to the Times, Jo Roe, the mayor, was detained.", "indirect", None, ["Times"]),
    ("According to a summary of the inquiry, Jo Roe, a senior aide, sent the file to the firm weeks before.",
     "indirect", None, ["summary of the inquiry"]),
    # phrase19: the name opening the sentence before a person role phrase whose closing comma is left out (each
    # failed before: the role phrase stayed the speaker)
    ("Jane Roe, a harbour official conceded the wall does not stop every boat.", "indirect", None, ["Jane Roe"]),
    # must not change: an -ing opening phrase, a body's name, a possessive role phrase, no name before the phrase
    ("Sentencing Tom Okafor, the judge said the crime was grave.", "indirect", None, ["judge"]),
    ("Harbour Lines, a ferry operator said the fares would rise.", "indirect", None, ["ferry operator"]),
    ("Jane Roe, her spokesman said the fares would rise.", "indirect", None, ["her spokesman"]),
    ("On Monday, the harbour official said the fares would rise.", "indirect", None, ["harbour official"]),
]


@pytest.mark.parametrize("text, kind, published, speakers", ROUND18_APPOSED_NAMES)
def test_round18_name_in_apposition_speaks(text, kind, published, speakers):
    quotes = extract_quotes(text, article_id="t", published=published)
    assert [q.speaker for q in quotes if q.kind == kind] == speakers


# round 18 (appos18): a document phrase as the speaker goes to its issuer named right after it
ROUND18_ISSUER_AFTER = [
    ("Ferries will stop on Friday, according to a statement by the Harbour Agency.", "indirect", ["Harbour Agency"]),
    ('"We are ready," a statement from the Harbour Agency said.', "direct", ["Harbour Agency"]),
    ("Most ferries will sail, according to a new report published by the Harbour Agency.", "indirect",
     ["Harbour Agency"]),
    # must not change: two issuers; a document only obtained by someone; an issuer left unnamed
    ("Most ferries will sail, according to a report published by the HPA and United Ports Organization.", "indirect",
     ["report"]),
    ("Ferries will stop on Friday, according to a report obtained by the Harbour Times.", "indirect", ["report"]),
    ("Ferries will stop on Friday, according to a statement from a regional agency.", "indirect",
     ["statement from a regional agency"]),
]


@pytest.mark.parametrize("text, kind, speakers", ROUND18_ISSUER_AFTER)
def test_round18_document_speaker_is_its_issuer(text, kind, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t") if q.kind == kind] == speakers


# --- round 19 (mixed19): ', with <new speaker> <speech -ing form>' ends the report before it -------------------------
ROUND19_WITH_REPORT = [
    ('Harbour pilots said the new rules were confusing, with Captain Jane Miller calling them "a recipe for '
     'accidents."',
     [("indirect", "the new rules were confusing", "Harbour pilots"),
      ("mixed", 'them "a recipe for accidents."', "Captain Jane Miller")]),
    ("The port authority said the pier would close in May, with its director saying the repairs were overdue.",
     [("indirect", "the pier would close in May", "The port authority"),
      ("indirect", "the repairs were overdue", "its director")]),
    ('The ferry union said the strike would go on, with some members warning that the talks were "going nowhere."',
     [("indirect", "the strike would go on", "The ferry union"),
      ("mixed", 'the talks were "going nowhere."', "some members")]),
    # must not cut: 'add' (jobs, not words), no -ing cue, a plain -ing verb, a with-phrase the clause goes on after
    ("The minister said the economy grew in May, with the factories adding 3,000 jobs.",
     [("indirect", "the economy grew in May, with the factories adding 3,000 jobs", "The minister")]),
    ("The mayor said the ferries were running late, with delays of up to an hour.",
     [("indirect", "the ferries were running late, with delays of up to an hour", "The mayor")]),
    ("The mayor said the ferries were running late, with crews working double shifts.",
     [("indirect", "the ferries were running late, with crews working double shifts", "The mayor")]),
    ("The mayor said the new plan, with critics calling it costly, was approved.",
     [("indirect", "the new plan, with critics calling it costly, was approved", "The mayor")]),
    # (review19) must not cut: a cue that is no -ing form; a verb in the subject before the cue; a bracket before it
    ("The union said the talks had failed, with the crews having said the strike would go on.",
     [("indirect", "the talks had failed, with the crews having said the strike would go on", "The union")]),
    ("The board said the ferries were late, with the crew's complaint that the captain was saying nothing.",
     [("indirect", "the ferries were late, with the crew's complaint that the captain was saying nothing",
       "The board")]),
    ("The union said the talks had failed, with the ferry crews (saying little) leaving the pier.",
     [("indirect", "the talks had failed, with the ferry crews (saying little) leaving the pier", "The union")]),
    # (with19) the object-complement cues: the with-clause's subject speaks, the object rule bounds the content
    ('The harbour board blamed the union for the long delays, with its chairman Tom Okafor accusing the dockers of '
     '"dragging their feet" on repairs.',
     [("indirect", "the union for the long delays", "The harbour board"),
      ("mixed", 'the dockers of "dragging their feet" on repairs', "its chairman Tom Okafor")]),
    ('The ferry company said the new timetable was ready, with Jane Roe describing the old one as "a relic."',
     [("indirect", "the new timetable was ready", "The ferry company"),
      ("mixed", 'the old one as "a relic."', "Jane Roe")]),
    ('The union said the strike would go on, with its leader urging members to "hold the line."',
     [("indirect", "the strike would go on", "The union"), ("mixed", 'members to "hold the line."', "its leader")]),
    ('The council approved the budget, with the mayor labelling the cuts "painful but fair."',
     [("mixed", 'the cuts "painful but fair."', "the mayor")]),
    ('The dockers said the deal was unfair, with their spokesman denouncing the new shifts as "a trap."',
     [("indirect", "the deal was unfair", "The dockers"), ("mixed", 'the new shifts as "a trap."', "their spokesman")]),
    ('The port authority said the pier was unsafe, with its director condemning the repairs as "a disgrace."',
     [("indirect", "the pier was unsafe", "The port authority"),
      ("mixed", 'the repairs as "a disgrace."', "its director")]),
    ('The crews said the talks were stalled, with the union slamming the owners for "stalling."',
     [("indirect", "the talks were stalled", "The crews"), ("mixed", 'the owners for "stalling."', "the union")]),
    ("The ferry union said the talks had failed, with its chief demanding that the owners resign.",
     [("indirect", "the talks had failed", "The ferry union"), ("indirect", "the owners resign", "its chief")]),
    ('The dockers said the offer was too low, with their leader rejecting it as "an insult."',
     [("indirect", "the offer was too low", "The dockers"), ("mixed", 'it as "an insult."', "their leader")]),
    # a with-clause after a main clause with no report (fails without ``with_absolute``)
    ("The ferries stopped on Monday, with the mayor blaming the storm for the delays.",
     [("indirect", "the storm for the delays", "the mayor")]),
    # (with19, review19's bug A) a content shorter than three tokens is cut too: the chief's words are the chief's
    ('The union said no, with its chief calling the offer "an insult."',
     [("mixed", 'the offer "an insult."', "its chief")]),
    # must not change: a with-clause inside an opening phrase with no verb; 'dismissing' is no cue form
    ('Following the vote, with Jane Roe slamming the board for "wasting time," the union walked out.', []),
    ('The union said the talks had failed, with its chief dismissing the offer as "a stunt."',
     [("mixed", 'the talks had failed, with its chief dismissing the offer as "a stunt."', "The union")]),
]


@pytest.mark.parametrize("text,expected", ROUND19_WITH_REPORT)
def test_round19_with_report_ends_the_clause(text, expected):
    got = [(q.kind, q.text, spk(text, q)) for q in run(text)]
    assert got == expected, got


# round 19: a definite body or document phrase left as written ("the agency added", "the statement said") is the
# named body that spoke just before it; rows that must not change, one per guard
ROUND19_BODY_SPOKE_BEFORE = [
    ("Ferries will stop on Friday, the Harbour Ports Authority said on Monday. Most routes will reopen in May, the "
     "agency added.", ["Harbour Ports Authority", "Harbour Ports Authority"]),
    ('The Harbour Ports Authority said on Monday that ferries would stop. "Most routes will reopen in May," the '
     'statement said.', ["Harbour Ports Authority", "Harbour Ports Authority"]),
    ("Ferries will stop on Friday, the Harbour Times reported. Most routes will reopen in May, the paper said.",
     ["Harbour Times", "Harbour Times"]),
    # must not change: a person spoke; two bodies spoke together; the speech too far back
    ("Ferries will stop on Friday, Jane Doe said. Most routes will reopen in May, the agency added.",
     ["Jane Doe", "agency"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority and the Dock Workers Union said. Most routes will "
     "reopen in May, the group added.", ["Harbour Ports Authority and the Dock Workers Union", "group"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. The storm is the worst in years. Crews are "
     "tired. The harbour is closed. Most routes will reopen in May, the agency added.",
     ["Harbour Ports Authority", "agency"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said.\n\nCrews are tired.\n\nMost routes will reopen "
     "in May, the agency added.", ["Harbour Ports Authority", "agency"]),
    # a medium noun after a body that is no outlet, a body noun after an outlet; a state's noun after an
    # unregistered body; a noun that names another kind of body; a text with no issuer's words
    ("Ferries will stop on Friday, the Harbour Ports Authority said. Most routes will reopen in May, the paper said.",
     ["Harbour Ports Authority", "paper"]),
    ("Ferries will stop on Friday, the Harbour Times reported. Most routes will reopen in May, the company said.",
     ["Harbour Times", "company"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. Most routes will reopen in May, the government "
     "said.", ["Harbour Ports Authority", "government"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. Most routes will reopen in May, the union said.",
     ["Harbour Ports Authority", "union"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. Most routes will reopen in May, the video said.",
     ["Harbour Ports Authority", "video"]),
    # the noun used for something else since; another body as a subject since; an earlier text of someone else
    ("Ferries will stop on Friday, the Harbour Ports Authority said. It hired the company that runs the docks. Most "
     "routes will reopen in May, the company said.", ["Harbour Ports Authority", "company"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. The Northwind Shipping Company did not reply. "
     "Most routes will reopen in May, the organisation said.", ["Harbour Ports Authority", "organisation"]),
    ('Ferries will stop on Friday, the Harbour Ports Authority said. Dockers were shown an earlier statement. "Most '
     'routes will reopen in May," the statement said.', ["Harbour Ports Authority", "statement"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. It hired the firm that runs the docks. Most "
     "routes will reopen in May, the company said.", ["Harbour Ports Authority", "company"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said. The European Union did not reply. Most routes "
     "will reopen in May, the organisation said.", ["Harbour Ports Authority", "organisation"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority said after talks with Northwind. Northwind did not "
     "reply. Most routes will reopen in May, the organisation said.", ["Harbour Ports Authority", "organisation"]),
    ('"Ferries will stop," the Harbour Ports Authority said, in a joint statement. "Most routes will reopen in May," '
     'the statement said.', ["Harbour Ports Authority", "statement"]),
    ('Ferries will stop, the Harbour Ports Authority said. It put out a joint statement. "Most routes will reopen in '
     'May," the statement said.', ["Harbour Ports Authority", "statement"]),
    ("Ferries will stop on Friday, the Harbour Ports Authority and the Northwind Shipping Company said. Most routes "
     "will reopen in May, the group added.", ["Harbour Ports Authority and the Northwind Shipping Company", "group"]),
    # changes: the body that spoke named again as a subject since is no competitor
    ("Ferries will stop on Friday, the Harbour Ports Authority said. The Harbour Ports Authority runs the docks. Most "
     "routes will reopen in May, the agency added.", ["Harbour Ports Authority", "Harbour Ports Authority"]),
    # a name read as a hyphenated adjective, a nationality cut from a longer phrase: no body
    ('Ferries will stop on Friday, the press office of the administration in Harbourton, the Ruritanian-controlled '
     'city, told reporters. "Most routes will reopen in May," the statement said.',
     ["Ruritanian-controlled", "statement"]),
    ("Ferries will stop on Friday, according to the American intelligence. Most routes will reopen in May, the report "
     "said.", ["American", "report"]),
    # next19: an outlet the lexicon lists by its whole name ('cited outlet' label row), which the registry types as a
    # person or leaves unknown, is the body "the outlet"/"the paper"/"the report" goes back to
    ("Ferries will stop on Friday, Politico reported. Most routes will reopen in May, the outlet said.",
     ["Politico", "Politico"]),
    ("Ferries will stop on Friday, the NYT reported. Most routes will reopen in May, the paper said.", ["NYT", "NYT"]),
    ("Ferries will stop on Friday, Der Spiegel reported. Most routes will reopen in May, the outlet said.",
     ["Der Spiegel", "Der Spiegel"]),
    ("Ferries will stop on Friday, Politico reported. Most routes will reopen in May, the report said.",
     ["Politico", "Politico"]),
    ("Ferries will stop on Friday, Der Spiegel reported. Most routes will reopen in May, the magazine said.",
     ["Der Spiegel", "Der Spiegel"]),  # a medium noun outside DEFINITE_UNIT_NOUNS ('magazine', 'channel')
    # must not change: a person whose name only holds an outlet's name; a memo an outlet obtained (its author speaks)
    ("Ferries will stop on Friday, Jane Bloomberg said. Most routes will reopen in May, the outlet said.",
     ["Jane Bloomberg", "outlet"]),
    ('Ferries will stop on Friday, according to a translation by Politico. "Most routes will reopen in May," the memo '
     'said.', ["Politico", "memo"]),
    # direct19: an outlet noun before an unregistered name makes it a body ("the news website <Name>")
    ('The harbour board will not grant the ferry permit, local media reported. According to the news website Harbour '
     'Daily, the board has not yet voted. "Nobody wants a quarrel with the ferry line, but this cannot go on," the '
     'report says.', ["local media", "Harbour Daily", "Harbour Daily"]),
    # must not change: a person noun before the name keeps it a person, and "the report" as written
    ('The harbour board will not grant the ferry permit, local media reported. According to channel presenter Jane '
     'Roe, the board has not yet voted. "Nobody wants a quarrel with the ferry line, but this cannot go on," the '
     'report says.', ["local media", "Jane Roe", "report"]),
    # phrase19: a text owned through a possessive pronoun is issued by the pronoun's antecedent (failed before: the
    # phrase stayed the speaker)
    ('The Harbour Agency closed the port on Monday. "Ships will wait," it said. "Safety comes first," its statement '
     'said.', ["Harbour Agency", "Harbour Agency"]),
    # must not change: a text with no issuer's words; a text the owner only keeps (2 better, 8 worse on the news)
    ('Jane Roe defended the fares on Monday. "We had no choice," she said. "Fares will rise," her video said.',
     ["Jane Roe", "her video"]),
    ('Jane Roe defended the fares on Monday. "We had no choice," she said. Fares will rise, according to her '
     'website.', ["Jane Roe", "her website"]),
]


@pytest.mark.parametrize("text, speakers", ROUND19_BODY_SPOKE_BEFORE)
def test_round19_body_phrase_is_the_body_that_spoke_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == speakers


# --- round 19 (side19): an embassy or envoy speaks for the state that sends it; dotted initials are the alias ------
# (text, (speaker, side) of the last quote)
ROUND19_SENDING_SIDE = [
    ("The ferry will not sail again this month, the Ukrainian embassy in Washington said on Monday.",
     ("Ukrainian embassy in Washington", "UA")),
    ("Harbour fees will double, Moscow's ambassador to London said.", ("Moscow's ambassador to London", "RU")),
    ("Aid convoys are waiting at the border, the I.C.R.C. said in a statement.",
     ("International Committee of the Red Cross", "other")),
    # must stay side-less: the host place alone names no sender
    ("The harbour will reopen next week, the embassy in Kyiv said.", ("embassy in Kyiv", None)),
    # must not change: a state body named with its own country
    ("The harbour will reopen next week, the Russian embassy said.", ("Russian embassy", "RU")),
]


@pytest.mark.parametrize("text, speaker", ROUND19_SENDING_SIDE)
def test_round19_a_post_speaks_for_its_sending_state(text, speaker):
    assert [(q.speaker, q.side) for q in extract_quotes(text, article_id="t", published="2022-06-01")][-1] == speaker


def test_round19_word_lists_are_lexicon_words():
    """review19: the with-clause lemmas are lemmas of the cue lexicon (an entry that is none can never match a
    cue), and the link labels are among its label words."""
    from peacetalks.cues import load_cues
    from peacetalks.quotes._wordlists import _LINK_LABELS, _WITH_REPORT_LEMMAS

    lex = load_cues()
    assert _WITH_REPORT_LEMMAS <= lex.lemmas, sorted(_WITH_REPORT_LEMMAS - lex.lemmas)
    assert _LINK_LABELS <= lex.labels, sorted(_LINK_LABELS - lex.labels)


# --- round 19 (credit19): credit lines, the dummy "it" of an impersonal passive, "the body led by <Person>" -------
# (text, speakers of all quotes in order)
ROUND19_CREDITS_AND_DUMMIES = [
    # a credit line after a quote is no "<speaker> reporting" (the cue guard) nor a loose speaker before a list
    ('"The ferries are idle," Tom Okafor said. "We wait for spring." Additional reporting by Jane Roe',
     ["Tom Okafor", "Tom Okafor"]),
    ('"The ferries are idle," Tom Okafor said. "Why must we wait?" Additional reporting by Jane Roe, Ann Lee, Bo Kim '
     'and Tom Ray', ["Tom Okafor", "Tom Okafor"]),
    # must not change: "reporting" as a cue with its own clause
    ("Port officials are reporting that the pier will stay closed.", ["Port officials"]),
    # the dummy "it" of "it is estimated that" before a quote: a report with no speaker
    ('Ferries carry grain. It is now estimated that "most ferries will sail again by May."', [None]),
    # must not change: a referential "it" that speaks, a passive with no "that", an impersonal "reported" already
    ('The Harbour Ports Authority met on Monday. It warned that "most ferries will not sail again before May."',
     ["Harbour Ports Authority"]),
    ('Ferries carry grain. It was widely reported that "most ferries will sail again by May."', [None]),
    # the perfect 'it has been reported that': an impersonal passive too, with no speaker
    ("Ferries stopped. It has been reported that the pier will stay shut until May.", [None]),
    # the agent of 'it was reported by X that' / 'was told by X that' speaks
    ("Ferries stopped. It was reported by Harbour News that the pier will stay shut until May.", ["Harbour News"]),
    ("The mayor has been told by port officials that the pier will stay shut until May.", ["port officials"]),
    # must find nothing: a modal 'it should be noted that' is the writer's own aside
    ("Ferries stopped. It should be noted that the pier was never safe.", []),
    # the body a participle phrase names its leader in speaks, not the leader
    ("The coalition headed by Jane Doe announced that the vote would be delayed.", ["coalition"]),
    ("Tensions rose when the ruling cabinet led by Prime Minister Ann Roe declared that ferry fees would double.",
     ["ruling cabinet"]),
    # must not change: the leader as the subject
    ("Jane Doe, who led the coalition, announced that the vote would be delayed.", ["Jane Doe"]),
    ("Crews led the protest. Jane Doe said that the vote would be delayed.", ["Jane Doe"]),
]


@pytest.mark.parametrize("text, speakers", ROUND19_CREDITS_AND_DUMMIES)
def test_round19_credit_lines_dummy_it_and_led_by(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == speakers


# --- round 19 (direct19): "the network said" with no body speaking before: the one outlet named just before ---------
ROUND19_OUTLET_NAMED_BEFORE = [
    ('A camera operator for Harbour News was injured near the port, the network said on Monday. "He is recovering '
     'well," the network said in a statement.', ["Harbour News", "Harbour News"]),
    ("Two harbour officials told the Harbour Courier that the ferry will stop. Ferries will not run in May, the paper "
     "said.", ["officials", "Harbour Courier"]),
    # must not change: two outlets compete
    ("A reporter for Harbour News and a reporter for the Northwind Times were hurt, the network said.", ["network"]),
    # must not change: a one-word run that is no outlet ("Independent analysts")
    ("Independent analysts expect higher fees. Ferries will not run in May, the paper said.", ["paper"]),
    # must not change: "a paper" brought in a study, not an outlet
    ("Most ferry crews are men, according to a paper published in the Harbour Journal of Shipping. The paper noted "
     "that most crews work nights.", ["paper published in the Harbour Journal of Shipping", "paper"]),
    # must not change: a platform is no outlet; a photo credit names none; a title makes the run a person
    ("The Telegram channel Harbour Watch posted a map of the port. The ferry has sunk, the channel said.", ["channel"]),
    ("A ferry burns in the port. Photograph: Jane Roe/Harbour News. The ferry will not sail again, the newspaper "
     "said.", ["newspaper"]),
    ("White House Press Secretary Jane Roe spoke on Monday. The ferry will not sail again, the paper said.", ["paper"]),
    # must not change: a body noun an outlet's name does not carry ("station", "agency", "network")
    ("The Harbour Power Station was shut on Monday. Repairs will take a week, the station said.", ["station"]),
    ("Aid came from the Harbour Relief Agency on Monday. More aid will come next week, the outlet reported.",
     ["outlet"]),
    ("Aid came from the Harbour Relief Network on Monday. More aid will come next week, the paper reported.",
     ["paper"]),
]


@pytest.mark.parametrize("text, speakers", ROUND19_OUTLET_NAMED_BEFORE)
def test_round19_medium_phrase_is_the_outlet_named_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == speakers


# --- round 19 (direct19): "the polling agency said": the one body the article named with the same words before ------
ROUND19_PHRASE_NAMED_BEFORE = [
    ('Most people like the harbour, a survey conducted by the state HARBOURPOLL polling agency has shown. "Our '
     'citizens love the sea," the polling agency said in a statement.', ["survey", "HARBOURPOLL"]),
    ("Harbourpoll, a polling agency, ran the survey in May. Most people like the harbour, the polling agency said.",
     ["Harbourpoll"]),
    # must not change: a possessor, an adjective or a state names no body
    ("Russia's central bank cut rates on Monday. Prices will fall this year, the central bank said.",
     ["central bank"]),
    ("The Soviet-era foreign ministry building burned on Monday. The fire is out, the foreign ministry said.",
     ["foreign ministry"]),
    ("Harbourland's central bank cut rates on Monday. Prices will fall this year, the central bank said.",
     ["central bank"]),
    ("The Ukraine central bank cut rates on Monday. Prices will fall this year, the central bank said.",
     ["central bank"]),
    ("Officials of the Kyiv city council met on Monday. Roads will reopen this week, the city council said.",
     ["city council"]),
    # must not change: two names compete; no name at all
    ("The Harbourpoll polling agency and the Northpoll polling agency ran surveys. Most people like the harbour, the "
     "polling agency said.", ["polling agency"]),
    ("Most people like the harbour, according to a polling agency. Fees should fall, the polling agency said.",
     ["polling agency", "polling agency"]),
]


@pytest.mark.parametrize("text, speakers", ROUND19_PHRASE_NAMED_BEFORE)
def test_round19_body_phrase_is_the_body_named_with_it_before(text, speakers):
    assert [q.speaker for q in extract_quotes(text, article_id="t")] == speakers
