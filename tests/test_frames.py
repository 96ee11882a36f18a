"""Deadlock frames, generic frames, loaded language and blame edges: table-driven, with cases that find nothing."""

from __future__ import annotations

import json

import pytest

from peacetalks import frames as F
from peacetalks.frames import (BLAME_FRAMES, CLI_KEYS, DEADLOCK_FRAMES, Frame, blame_edges, detect_frames, generic_frames,
                               generic_scores, load_codebook, loaded_language, loaded_rates, score_frames)
from peacetalks.records import Quote
from peacetalks.statements import Statement, statements

AID = "t1"


def narration(text: str, start: int = 0, end: int | None = None, sid: str = "s0") -> Statement:
    end = len(text) if end is None else end
    return Statement(sid, AID, start, end, text[start:end], "narration", "Outlet", None, "narrator", None, None)


def quote(text: str, inner: str, side: str, speaker: str = "Speaker", sid: str = "q0") -> Statement:
    start = text.index(inner)
    return Statement(sid, AID, start, start + len(inner), inner, "quote", speaker, None, side, sid, "direct")


def with_residual(text: str, q: Statement) -> list[Statement]:
    """The quote plus the narration ``statements()`` keeps around it (the quote's speaker span is not known here)."""
    as_quote = Quote(q.quote_id, AID, q.start, q.end, q.text, "direct", speaker=q.speaker, side=q.side)
    return [q, *(st for st in statements(text, [as_quote], article_id=AID, outlet="Outlet") if st.source == "narration")]


def coded(text: str, sts: list[Statement]) -> set[tuple[str, str | None]]:
    return {(f.frame, f.target_side) for f in detect_frames(text, sts, article_id=AID)}


# (text, quoted part or None for narration, speaker side, frames that must be found, frames that must NOT be found)
CASES = [
    # negation: a denied refusal is readiness of its subject, the contrast is blame of the other party
    ('Ukraine keeps silent. "We are ready to negotiate; it is not we who refuse talks, but they," Lavrov said.',
     "We are ready to negotiate; it is not we who refuse talks, but they,", "RU",
     {("READINESS", "RU"), ("BLAME_KYIV", "UA")}, {"BLAME_RUSSIA"}),
    ("Russia does not refuse negotiations on Ukraine.", None, None, {("READINESS", "RU")}, {"BLAME_RUSSIA"}),
    ("Kyiv is not ready to negotiate with Moscow.", None, None, {("BLAME_KYIV", "UA")}, {"READINESS"}),
    ('"For our part, we don’t reject peace talks," Putin said.', "For our part, we don’t reject peace talks,",
     "RU", {("READINESS", "RU")}, {"BLAME_RUSSIA"}),
    ("Moscow is ready for negotiations without any conditions, but they are not.", None, None,
     {("READINESS", "RU")}, {"BLAME_RUSSIA"}),
    # target of blame: passive agent, subject, possessor, coordination
    ("But the talks were thwarted by Washington and London.", None, None,
     {("BLAME_WEST", "US"), ("BLAME_WEST", "UK")}, {"BLAME_KYIV", "BLAME_RUSSIA"}),
    ("Kiev is unable to engage in peace talks with Moscow because the US forbids it from doing so.", None, None,
     {("BLAME_WEST", "US")}, {"BLAME_RUSSIA"}),
    ('"We note the complete lack of will of Ukrainian negotiators to continue," Peskov said.',
     "We note the complete lack of will of Ukrainian negotiators to continue,", "RU",
     {("BLAME_KYIV", "UA")}, {"BLAME_RUSSIA"}),
    ('"Russia does not show the desire to participate in real negotiations," Kuleba said.',
     "Russia does not show the desire to participate in real negotiations,", "UA",
     {("BLAME_RUSSIA", "RU")}, {"BLAME_KYIV", "READINESS"}),
    ("Zelensky has repeatedly vowed not to negotiate with Putin.", None, None, {("BLAME_KYIV", "UA")},
     {"BLAME_RUSSIA"}),
    ("The overseas masters of the Ukrainian regime won't allow talks.", None, None, {("BLAME_WEST", "WEST")},
     {"BLAME_KYIV"}),
    # reported accusations the speaker rejects, questions and conditionals are not frames of the speaker
    ('"In the West, they are trying to accuse Moscow of not seeking negotiations," the expert said.',
     "In the West, they are trying to accuse Moscow of not seeking negotiations,", "RU", set(),
     {"BLAME_RUSSIA", "READINESS"}),
    ("Are they ready to negotiate?", None, None, set(), {"READINESS"}),
    ("Talks could resume if Kyiv were ready for negotiations.", None, None, set(), {"READINESS"}),
    # the other frames
    ("Any settlement must take into account the realities on the ground.", None, None,
     {("GROUND_REALITIES", None), ("PRECONDITIONS", None)}, {"READINESS"}),
    ("Talks can only begin after Russia withdraws its troops.", None, None, {("PRECONDITIONS", None)},
     {"BLAME_RUSSIA"}),
    ("The goals include the denazification and demilitarization of Ukraine.", None, None, {("ROOT_CAUSES", None)},
     set()),
    ("Merkel admitted the Minsk agreements were meant to buy time.", None, None, {("BROKEN_PROMISES", None)}, set()),
    ("Western weapons only prolong the war.", None, None, {("WESTERN_AID", None)}, set()),
    ("Russia must pay reparations and face a tribunal.", None, None, {("JUSTICE", None)}, set()),
    # must find nothing
    ("The weather in Kyiv was cold on Tuesday.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Russian and Ukrainian negotiators held talks in Istanbul.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Meloni wants to renegotiate Italy's share of the recovery fund.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("He deceived the kidnappers and freed the hostages.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Russia and Ukraine on Monday accused each other of shelling the ferry pier.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("Kyiv accused Moscow of shelling the dam.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Putin is ready to negotiate a prisoner swap for Bout.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("A court in Russian-controlled southern Ukraine convicted two ferry pilots.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("The official spoke on condition of anonymity.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Justice Ann Walsh Bradley dissented.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("In the grain deal signed in Istanbul, Russia agreed to let ships leave.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("Banks started to send $13 billion to back the takeover.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Kyiv cannot accept any settlement that gives up Crimea.", None, None, set(), {"BLAME_KYIV"}),
    # cue families (2026-11-23 recall revision): obstruction verbs, responsibility, readiness, conditions, ...
    ("Washington is scuppering any peace talks.", None, None, {("BLAME_WEST", "US")}, {"BLAME_RUSSIA"}),
    ("Moscow keeps dragging out the negotiations.", None, None, {("BLAME_RUSSIA", "RU")}, {"BLAME_KYIV"}),
    ("London stands in the way of a peace settlement.", None, None, {("BLAME_WEST", "UK")}, set()),
    ("The talks were hampered by Kyiv.", None, None, {("BLAME_KYIV", "UA")}, {"BLAME_RUSSIA"}),
    ("Responsibility for the breakdown of the talks lies with Kyiv.", None, None, {("BLAME_KYIV", "UA")},
     {"BLAME_RUSSIA"}),
    ("Moscow was blamed for the collapse of the negotiations.", None, None, {("BLAME_RUSSIA", "RU")}, set()),
    ("Activists said it is simply impossible to negotiate with Putin.", None, None, {("BLAME_RUSSIA", "RU")}, set()),
    ('"Sending ever more weapons to Ukraine will not help the talks succeed," Peskov said.',
     "Sending ever more weapons to Ukraine will not help the talks succeed,", "RU",
     {("BLAME_WEST", "WEST"), ("WESTERN_AID", None)}, {"BLAME_KYIV"}),
    ("Zelensky remains open to negotiations.", None, None, {("READINESS", "UA")}, {"BLAME_KYIV"}),
    ("Zelensky called for the resumption of dialogue with Russia.", None, None, {("READINESS", "UA")}, set()),
    ("Macron called for talks between Russia and Ukraine.", None, None, set(), {"READINESS"}),
    ("The US signalled a willingness to negotiate with Iran.", None, None, set(), {"READINESS"}),
    ("Kuleba said Kiev would only be keen to resume talks after Russian troops had left.", None, None, set(),
     {"READINESS"}),
    ("Zelensky will negotiate only when Ukraine is strong enough on the front.", None, None, {("PRECONDITIONS", None)},
     set()),
    ("Ukraine's territorial integrity is non-negotiable in any peace deal.", None, None, {("PRECONDITIONS", None)},
     set()),
    ("Moscow's terms would change if the two delegations sit down at the negotiating table.", None, None,
     {("PRECONDITIONS", None)}, set()),
    ("Putin said there was currently no need for talks with the White House.",
     "there was currently no need for talks with the White House", "RU", {("BLAME_RUSSIA", "RU")}, {"BLAME_WEST"}),
    ("Any peace talks must reckon with the regions annexed by Moscow.", None, None, {("GROUND_REALITIES", None)},
     set()),
    ("The aid would strengthen Kyiv's negotiating position.", None, None, {("WESTERN_AID", None)}, set()),
    ("The envoys warned Washington not to flood the border region with weapons.", None, None,
     {("WESTERN_AID", None)}, set()),
    ("Merkel defended the Minsk peace process.", None, None, {("BROKEN_PROMISES", None)}, set()),
    ("Western negotiators may not be ready to honor commitments made in Istanbul.", None, None,
     {("BROKEN_PROMISES", None)}, set()),
    # round 2 (after the blind scoring of heldout3/heldout4): refusals, pressure, readiness to consider a plan
    ('"Any talks with Moscow are out of the question for now," the Ukrainian official said.',
     "Any talks with Moscow are out of the question for now,", "UA", {("BLAME_KYIV", "UA")}, {"BLAME_RUSSIA"}),
    ("Two aides said Kyiv had been pressured by Washington not to negotiate.", None, None,
     {("BLAME_WEST", "US")}, {"BLAME_KYIV"}),
    ("London has openly called on Kiev not to enter into talks with the Kremlin.", None, None,
     {("BLAME_WEST", "UK")}, {"BLAME_KYIV", "BLAME_RUSSIA"}),
    ("Putin said Russia is ready to examine Brazil's plan for ending the war.", None, None,
     {("READINESS", "RU")}, set()),
    ("Moscow accused the coalition of shutting down every prospect of peace talks by giving military support "
     "to Ukraine.",
     None, None, set(), {"BLAME_KYIV"}),
    ("The conduct of Russia's army could derail any peace talks.", None, None, {("BLAME_RUSSIA", "RU")},
     {"BLAME_KYIV"}),
    ("Kyiv accused Russia of violating ceasefire agreements.", None, None, {("BROKEN_PROMISES", None)},
     {"BLAME_RUSSIA"}),
    ("Macron said he was ready to help find a negotiated way out.", None, None, set(), {"READINESS"}),
    ("Diplomats have kept back channels open for negotiations.", None, None, set(), {"READINESS"}),
    ("The watchdog is negotiating a demilitarized zone around the plant.", None, None, set(), {"ROOT_CAUSES"}),
    # ... and the same words outside the talks find nothing
    ("Russia rejoined the deal after a drone attack on its fleet in Russian-annexed Crimea.", None, None, set(),
     {"GROUND_REALITIES"}),
    ("She said responsibility lay with the Russian leader for the assault on the ports.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("That government has crossed countless red lines since the war began.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("The bloc will never strong-arm Kyiv into a bad peace.", None, None, set(), {"WESTERN_AID"}),
    ("The anchor was later suspended by a Kremlin-backed broadcaster.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("Missiles of this range were once banned by the INF Treaty.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("The appendix sets out the terms of the lobbying firm's work.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Russia was unwilling to negotiate on Whelan, a more important prisoner.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("Troops complained about the endless supply of missiles.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Several Tory MPs sent letters of no confidence in their party leader.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("I have concerns about the Government's commitment to honouring manifesto commitments.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("RT's accounts were blocked by the video platform soon after Russia's military operation began.", None, None,
     set(), set(DEADLOCK_FRAMES)),
    ("Biden said NATO stands ready to meet any threat on land or at sea.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("The breakthrough deal was reached in July.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Zelensky said the nuclear plant must be demilitarized.", None, None, set(), {"ROOT_CAUSES"}),
    # hedge and negation scope: doubt -> the party is not ready; open questions and denials
    ("There was no sign that Russia was ready to negotiate, officials in Kyiv said.", None, None,
     {("BLAME_RUSSIA", "RU")}, {"READINESS"}),
    ("Analysts said Moscow is far from ready to negotiate with Kyiv.", None, None, set(), {"READINESS"}),
    ("The Kremlin refused to say whether Moscow was ready to negotiate with Kyiv.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("Observers questioned whether Kyiv was willing to negotiate at all.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("The Kremlin denied that Russia had refused peace talks.", None, None, {("READINESS", "RU")},
     {"BLAME_RUSSIA"}),
    ("The new tariffs are unlikely to derail the Istanbul talks between Moscow and Kyiv.", None, None, set(),
     set(DEADLOCK_FRAMES)),
    ("Might some countries in Europe try to scupper a peace deal?", None, None, set(), set(DEADLOCK_FRAMES)),
    # implicit and mutual blame, coreference of "such moves"
    ("Moscow and Kyiv blamed each other for the impasse in the peace talks.", None, None,
     {("BLAME_RUSSIA", "RU"), ("BLAME_KYIV", "UA")}, {"BLAME_WEST"}),
    ("Israel and Hamas blamed each other for the collapse of the talks.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("Moscow and Kyiv again accused each other of violating the ceasefire close to the talks venue.", None, None, set(),
     set(BLAME_FRAMES)),
    ("Ukraine's foreign minister said Russia is the party of war.", None, None, {("BLAME_RUSSIA", "RU")},
     {"BLAME_KYIV"}),
    ("Russia declared four regions annexed. Such moves would only complicate any future negotiations.",
     None, None, {("BLAME_RUSSIA", "RU")}, {"BLAME_KYIV"}),
    ("More arms will strengthen Kyiv's position at the negotiating table, Blinken said.", None, None,
     {("WESTERN_AID", None)}, set()),
    # other negotiations and third parties creating conditions
    ("Macron recalled the frustration of negotiating Brexit, when London refused talks on the protocol.", None,
     None, set(), set(DEADLOCK_FRAMES)),
    ("China urged the sides to create conditions to resume negotiations.", None, None, set(), set(DEADLOCK_FRAMES)),
    ("The party wants to enter the campaign and the coalition talks from a position of strength.", None, None, set(),
     {"WESTERN_AID"}),
    ("Neither side wanted to give ground, Russia and Ukraine said, and the talks stalled.", None, None,
     {("BLAME_RUSSIA", "RU"), ("BLAME_KYIV", "UA")}, set()),
    ("Zelensky signed a decree that rules out any negotiations with Putin.", None, None, {("BLAME_KYIV", "UA")},
     {"BLAME_RUSSIA"}),
    ("The Ukrainians want to win on the battlefield rather than negotiate with Moscow.", None, None,
     {("BLAME_KYIV", "UA")}, {"BLAME_RUSSIA"}),
]


@pytest.mark.parametrize("text,inner,side,must,must_not", CASES)
def test_detect_frames(text, inner, side, must, must_not):
    if inner is None:
        sts = [narration(text)]
    else:
        q = quote(text, inner, side)
        sts = with_residual(text, q)
    got = coded(text, sts)
    assert must <= got, f"missing {must - got}; got {got}"
    assert not {f for f, _ in got} & set(must_not), f"unexpected {got}"


@pytest.mark.parametrize("text,inner,side,must,must_not", CASES[:10])
def test_evidence_inside_statement_and_attributed_to_speaker(text, inner, side, must, must_not):
    sts = [narration(text)] if inner is None else [quote(text, inner, side or "RU")]
    for f in detect_frames(text, sts, article_id=AID):
        st = next(s for s in sts if s.statement_id == f.statement_id)
        assert st.start <= f.start < f.end <= st.end
        assert (f.speaker, f.side) == (st.speaker, st.side)
        assert 0 < f.confidence <= 1
        assert f.frame in DEADLOCK_FRAMES


def test_nested_quote_frame_is_voiced_by_outer_speaker():
    text = 'He said: "They told Kiev: \'we will pump money and weapons\', that is the point."'
    outer = quote(text, "They told Kiev: 'we will pump money and weapons', that is the point.", "RU", "Outer", "q0")
    inner = quote(text, "we will pump money and weapons", "US", "Inner", "q1")
    found = [f for f in detect_frames(text, [outer, inner], article_id=AID) if f.frame == "WESTERN_AID"]
    assert [f.speaker for f in found] == ["Outer"]


@pytest.mark.parametrize("text,inner,side,want", [
    # the reporting clause of a quote ("The Kremlin blamed Ukraine for ..., saying") is voiced by the quote's speaker
    ("The Kremlin again blamed Ukraine for the deadlocked talks, saying nobody knew what Kyiv was after.",
     "nobody knew what Kyiv was after", "RU", {("BLAME_KYIV", "UA", "Speaker")}),
    ("Putin accused Kyiv of sabotaging the talks, adding that Moscow remained ready to negotiate.",
     "Moscow remained ready to negotiate", "RU", {("BLAME_KYIV", "UA", "Speaker"), ("READINESS", "RU", "Speaker")}),
    # no reporting clause: nothing extra
    ("Officials said the weather was cold.", "the weather was cold", "RU", set()),
])
def test_attribution_clause_is_voiced_by_quote_speaker(text, inner, side, want):
    q = quote(text, inner, side)
    q = Statement(q.statement_id, AID, q.start, q.end, q.text, "quote", "Speaker", None, side, q.quote_id, "indirect")
    got = {(f.frame, f.target_side, f.speaker) for f in detect_frames(text, [q], article_id=AID)}
    assert got == want


def test_sample_sentences_is_reproducible_and_stratified():
    body = "Russia and Ukraine held peace talks. Negotiations on a ceasefire in Ukraine stalled again on Monday. "
    rows = [{"id": f"{o}{i}", "outlet": o, "title": f"{o} story {i}", "text": body * 2}
            for o in ("RT", "BBC", "AP") for i in range(10)]
    a = F.sample_sentences(rows, n=9, seed=1, exclude_ids={"RT0"}, max_share=0.4)
    assert a == F.sample_sentences(rows, n=9, seed=1, exclude_ids={"RT0"}, max_share=0.4)
    assert len(a) == 9 and "RT0" not in {r["id"] for r in a}
    assert all(sum(r["outlet"] == o for r in a) == 3 for o in ("RT", "BBC", "AP"))  # cap int(9 * 0.4) = 3
    assert len(F.sample_sentences(rows, n=9, seed=1, max_share=0.3)) == 6  # the cap binds: 2 per outlet
    assert all(set(r) == {"id", "outlet", "start", "end"} for r in a)
    assert F.sample_sentences([{"id": "x", "outlet": "RT", "text": "The weather was cold."}], n=3, seed=1) == []
    with pytest.raises(ValueError):
        F.sample_sentences(rows, n=0, seed=1)


def test_residual_narration_is_coded():
    text = "Officials said that Moscow is prepared to talk, but on its own terms, which include recognition."
    q = quote(text, "Moscow is prepared to talk", "RU")
    sts = with_residual(text, q)
    assert any("on its own terms" in r.text for r in sts[1:])
    assert ("PRECONDITIONS", None) in coded(text, sts)


@pytest.mark.parametrize("bad", [
    [Statement("x", "other", 0, 3, "abc", "narration", None, None, "narrator", None, None)],
    [Statement("x", AID, 0, 99, "abc", "narration", None, None, "narrator", None, None)],
])
def test_bad_statements_raise(bad):
    with pytest.raises(ValueError):
        detect_frames("abc", bad, article_id=AID)


def test_with_registry_targets_are_canonical():
    from peacetalks.actors import load_registry

    text = "Kyiv does not show any desire to return to the negotiating table."
    got = detect_frames(text, [narration(text)], article_id=AID, registry=load_registry())
    assert [(f.frame, f.target_side) for f in got] == [("BLAME_KYIV", "UA")]


@pytest.mark.parametrize("row,message", [
    ({"frame": "BLAME_MARS"}, "unknown frame"),
    ({"role": "guess"}, "unknown frame"),
    ({"pattern": "(unclosed"}, "bad pattern"),
    ({"pattern": "x*"}, "empty string"),
    ({"target_dir": "sideways"}, "target_dir"),
])
def test_codebook_validation(tmp_path, row, message):
    import pandas as pd

    df = pd.read_csv(F.REFERENCE / "frames_codebook.csv", dtype=str, keep_default_na=False)
    first = df[df["role"] == "cue"].index[0]
    for k, v in row.items():
        df.loc[first, k] = v
    path = tmp_path / "codebook.csv"
    df.to_csv(path, index=False)
    load_codebook.cache_clear()
    with pytest.raises(ValueError, match=message):
        load_codebook(str(path))
    load_codebook.cache_clear()


def test_codebook_rows_are_reviewable():
    import pandas as pd

    df = pd.read_csv(F.REFERENCE / "frames_codebook.csv", dtype=str, keep_default_na=False)
    assert set(DEADLOCK_FRAMES) <= set(df["frame"])
    assert (df["source"] != "").all() and (df["definition"] != "").all()
    book = load_codebook()
    assert {book.side_frame[s] for s in ("US", "UK", "EU", "NATO", "UA", "RU")} == set(F.BLAME_FRAMES)


@pytest.mark.parametrize("text,terms", [
    ("The Kiev regime and its overseas masters, the junta, neo-Nazis.",
     ["Kiev regime", "masters / handlers", "junta", "neo-Nazi / Nazi"]),
    ("Russia is a terrorist state and an aggressor; the occupiers retreat.",
     ["terrorist state", "aggressor", "occupiers / invaders"]),
    ("Kyiv officials met Russian diplomats in Istanbul.", []),
    ("", []),
])
def test_loaded_language(text, terms):
    hits = loaded_language(text, article_id=AID)
    assert [h.term for h in hits] == terms
    assert all(text[h.start:h.end] == h.text for h in hits)


def test_loaded_rates_per_1000_words():
    hits = loaded_language("Kiev regime " * 2 + "word " * 96, article_id="a")
    rows = loaded_rates(hits, {"a": 100, "b": 50}, outlets={"a": "RT", "b": "BBC"}, by="outlet")
    rt = {r["side"]: r for r in rows if r["outlet"] == "RT"}
    assert rt["RU"]["per_1000_words"] == 20.0 and rt["UA/West"]["n_terms"] == 0
    assert all(r["per_1000_words"] == 0 for r in rows if r["outlet"] == "BBC")
    with pytest.raises(ValueError):
        loaded_rates(hits, {"a": 1}, by="sentence")


def test_generic_frames_answers_and_scores():
    text = "Sanctions hurt the economy. Civilians were killed. Moscow and Kyiv disagree."
    blame = Frame(AID, "s", "BLAME_RUSSIA", 0, 9, None, "narrator", "Russia", "RU", 0.9, "x")
    answers = {a.question_id: a for a in generic_frames(text, article_id=AID, frames=[blame])}
    assert len(answers) == 20
    assert answers["economic_3"].answer and text[answers["economic_3"].start:answers["economic_3"].end] == "Sanctions"
    assert answers["conflict_2"].answer and answers["conflict_2"].cue == "BLAME_RUSSIA"
    assert answers["human_interest_5"].answer is None
    assert answers["morality_2"].answer is False
    scores = {s["frame"]: s for s in generic_scores(answers.values())}
    assert scores["human_interest"]["n_questions"] == 4
    nothing = generic_frames("The meeting was on Tuesday.", article_id=AID)
    assert not any(a.answer for a in nothing)


def test_blame_edges_count_per_outlet():
    mk = lambda aid, sid, spk, side, tgt, ts, fr: Frame(aid, sid, fr, 0, 1, spk, side, tgt, ts, 0.9, "c")  # noqa: E731
    frames = [mk("a", "a:1", "Peskov", "RU", "Ukraine", "UA", "BLAME_KYIV"),
              mk("a", "a:2", "Peskov", "RU", "Ukraine", "UA", "BLAME_KYIV"),
              mk("b", "b:1", "Peskov", "RU", "Ukraine", "UA", "BLAME_KYIV"),
              mk("b", "b:2", "RT", "narrator", "the West", "WEST", "BLAME_WEST"),
              mk("b", "b:3", "RT", "narrator", None, None, "READINESS")]
    edges = blame_edges(frames, outlets={"a": "TASS", "b": "RT"})
    assert [(e.outlet, e.blamer, e.blamed_side, e.n_statements, e.n_articles) for e in edges] == [
        ("RT", "Peskov", "UA", 1, 1), ("RT", "RT", "WEST", 1, 1), ("TASS", "Peskov", "UA", 2, 1)]


def test_score_frames_counts():
    gold = [{"article_id": "a", "start": 0, "end": 10, "frames": {"READINESS"}},
            {"article_id": "a", "start": 10, "end": 20, "frames": set()},
            {"article_id": "a", "start": 20, "end": 30, "frames": {"BLAME_WEST"}}]
    mk = lambda s, fr: Frame("a", "x", fr, s, s + 1, None, None, None, None, 0.9, "c")  # noqa: E731
    scores, errors = score_frames([mk(1, "READINESS"), mk(12, "JUSTICE"), mk(99, "JUSTICE")], gold)
    by = {s.frame: s for s in scores}
    assert (by["READINESS"].precision, by["READINESS"].recall) == (1.0, 1.0)
    assert (by["JUSTICE"].fp, by["BLAME_WEST"].fn) == (1, 1)
    assert (by["ALL"].tp, by["ALL"].fp, by["ALL"].fn) == (1, 1, 1)
    assert {(e["frame"], e["error"]) for e in errors} == {("JUSTICE", "FP"), ("BLAME_WEST", "FN")}


def test_cli_records_keys(tmp_path):
    rows = F.cli_records({"id": "x", "text": "Kyiv is not ready to negotiate. Western weapons prolong the war."})
    assert rows and all(tuple(r) == CLI_KEYS for r in rows)
    json.dumps(rows)
    with pytest.raises(ValueError):
        F.cli_records({"id": "", "text": "x"})
