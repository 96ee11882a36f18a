# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 3. Framing: who is to blame that Russia and Ukraine are not negotiating?
#
# **Question.** How does each statement — a quote of an official or a sentence of the outlet's own narration —
# frame the deadlock, who voices each frame, and whom does it blame? How do outlets differ, and how loaded is
# their language?
#
# **Reads** `articles` and `quotes` from `data/processed/` (notebooks 1 and 2) and the reviewed codebooks in
# `data/reference/` (`frames_codebook.csv`, `generic_frames.csv`, `loaded_language.csv`); the hand-coded gold in
# `data/reference/gold/` for validation. **Writes** `frames`, `blame_edges`, `article_frames`,
# `loaded_language` and `frame_evidence` (Parquet + CSV) to `data/processed/`, and figures 3.1–3.5.
#
# **Method in one paragraph.** Statements are the quotes (with their speaker and side) plus the narration
# sentences no quote covers. Ten deadlock frames are coded per statement from regular-expression cues in the
# codebook; blame frames come from *blame predicates* ("refuse talks", "lack of will", "forbid", "thwarted by")
# whose target — the blamed party — is found in the statement (registry actor mentions, collective terms such as
# "the West", pronouns resolved to the nearest earlier actor); a negated refusal ("it is not we who refuse") is
# readiness of its subject, and "…, but they" is blame of the other party. Every frame keeps its evidence span.
#
# **Findings (seed run; numbers from the executed notebook below).** The detector codes 104 frames in 65 of 125
# statements of the five seeds. Blame is the dominant frame, and it runs one way. Of the 28 statements that blame
# someone, Russian speakers voice 18 — against Kyiv (11) and the West (11: the US, the EU, "the West") — and the
# outlets' own narration 7 more, mostly against Kyiv (6); the only blame of Russia is two quotes of Ukrainian
# ministers (Umerov's "fakes and lies", Kuleba) in The Moscow Times. Russian speakers pair blame with readiness
# (10 of their 45 statements say Moscow is ready to talk) and with the territorial "realities on the ground" (5)
# and preconditions (4). RT's own narration repeats the frames (readiness, preconditions, Kyiv's refusal) in the
# outlet's voice; socialbites.ca leans on preconditions (25 % of its statements) and on blaming the US, Russia's
# security concerns and broken promises (15 % each). Russian-side loaded language ("Kiev regime", "overseas
# masters", "special military operation", the "Kiev" spelling) runs at about 22 per 1,000 words in two RT pieces
# (9.8 across RT) and is absent from The Moscow Times and socialbites.ca.
#
# **How far to trust it:** against hand-coded gold the detector is precise on the text it was developed on and
# misses most phrasing it was not written for. Seeds: precision 0.97, recall 0.80. The honest numbers come from
# corpus sentences coded blind, before the detector's output on them was seen. The newest batch, heldout7 (54
# sentences, 20 gold frames), was drawn and coded before the last revision: it moved from 0.73 / 0.40 (8 of 20
# found) to 0.77 / 0.50 (10 of 20) — one sentence of mutual blame, within noise. Pooled over the batches blind to
# every rule (heldout2, heldout5, heldout7: 58 gold frames) precision / recall is 0.82 / 0.31 (0.80 / 0.28 before
# the revision). On the development batches recall is 0.78 (dev, dev2, heldout3, heldout4 pooled). So read counts
# as lower bounds — about one frame in three is found on unseen text, and what is found is right four times in five
# — compare outlets rather than absolute levels, and read the evidence table.

# %% tags=["parameters"]
corpus_path = "data/raw"
run_dir = "."
show_progress = True

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from peacetalks import frames, plots, tables
from peacetalks.paths import RunPaths

paths = RunPaths(corpus=Path(corpus_path), run_dir=Path(run_dir))

# %% [markdown]
# ### What does the codebook look for?

# %%
frames.codebook_table()

# %% [markdown]
# ### Which frames does each statement voice, and who voices them?

# %%
articles = tables.read_table(paths.processed / "articles")
articles = articles[articles["duplicate_of"].fillna("") == ""]  # canonical copies only: a story counts once
quotes = tables.read_table(paths.processed / "quotes")
quotes = quotes[quotes["article_id"].isin(articles["article_id"])]
assert articles["article_id"].is_unique and len(articles) > 0

# %%
out = frames.code_articles(articles, quotes, progress=show_progress)
coded = out["frames"]
assert set(coded["article_id"]) <= set(articles["article_id"]) and set(coded["frame"]) <= set(frames.DEADLOCK_FRAMES)
print(f"{len(coded)} frames in {coded['statement_id'].nunique()} of {len(out['statements'])} statements, "
      f"{coded['article_id'].nunique()} of {len(articles)} articles")

# %%
evidence = out["frame_evidence"]
evidence[evidence["kind"] == "deadlock"][["outlet", "speaker", "side", "frame", "target", "confidence",
                                          "evidence", "statement"]].head(12)

# %% [markdown]
# ### How does each outlet frame the deadlock?

# %%
by_outlet = frames.frame_table(coded, out["statements"], by="outlet")
n_st = by_outlet.groupby("outlet")["n_total"].first().sum()
fig = frames.plot_frame_heatmap(by_outlet, by="outlet",
                                title=f"Deadlock frames by outlet: % of statements (N = {n_st} statements, "
                                      f"{len(articles)} articles; largest 15 outlets)")
plots.save(fig, by_outlet, "03_frames_by_outlet", figures_dir=paths.figures,
           caption="Share of each outlet's statements (quotes and narration sentences) that voice each deadlock "
                   "frame. A statement can voice several frames.")

# %% [markdown]
# *Figure 3.1.* Share of each outlet's statements (quotes and narration sentences) that voice each deadlock frame
# (rows: the 15 outlets with most statements, n = their statements); a statement can voice several frames, so
# rows do not sum to 100. Counts and denominators are in
# `figures/03_frames_by_outlet.csv`; read the sentences behind a cell with `frames.show_evidence(evidence,
# frame=..., outlet=...)` as in the last section.

# %% [markdown]
# ### Who voices which frame: Russian, Ukrainian and Western speakers, or the outlet itself?

# %%
by_side = frames.frame_table(coded, out["statements"], by="side_group")
fig = frames.plot_frame_heatmap(by_side, by="side_group",
                                title=f"Deadlock frames by who voiced them: % of statements (N = {n_st})")
plots.save(fig, by_side, "03_frames_by_speaker_side", figures_dir=paths.figures,
           caption="Share of statements voicing each frame, by the side of the speaker (quotes) or the outlet's "
                   "own narration ('narrator'); 'unknown' = quotes whose speaker has no side in the registry.")

# %% [markdown]
# *Figure 3.2.* Share of statements voicing each frame, grouped by who voiced them: Russian (RU), Ukrainian (UA)
# or Western (US/UK/EU/NATO) speakers, the outlet's own narration, or speakers without a known side.

# %% [markdown]
# ### Who blames whom?

# %%
edges = out["blame_edges"]
matrix = frames.blame_matrix(edges)
assert matrix["n_statements"].sum() == edges["n_statements"].sum()
fig = frames.plot_blame_matrix(matrix, title=f"Who blames whom (N = {matrix['n_statements'].sum()} "
                                            f"statement-level blame edges)")
plots.save(fig, matrix, "03_blame_matrix", figures_dir=paths.figures,
           caption="Blame edges (one per statement and blamed party) by the side of who voiced them (rows) and the "
                   "side of the blamed party (columns).")

# %% [markdown]
# *Figure 3.3.* Blame edges — one per statement and blamed party, so a statement blaming "the West and Kyiv"
# counts twice — by the side of who voiced the blame (rows; 'narrator' is the outlet's own
# voice) and the side of the party blamed (columns; 'West' = the US, UK, EU, NATO or 'the West' as such).

# %%
fig, top_edges = frames.plot_blame_network(edges, title=f"Blame network: blamer → blamed actor, top edges "
                                                        f"(N = {edges['n_statements'].sum()} blame edges)")
plots.save(fig, top_edges, "03_blame_network", figures_dir=paths.figures,
           caption="The most frequent blamer -> blamed actor edges; arrow width = statements; node colour = side.")

# %% [markdown]
# *Figure 3.4.* The most frequent blame edges between actors, over all outlets; arrow width is the number of
# statements, node colour the side. Per-outlet counts are in the `blame_edges` table.

# %%
edges.sort_values("n_statements", ascending=False).head(15)

# %% [markdown]
# ### How loaded is each outlet's language?

# %%
rates = out["loaded_rates_outlet"]
n_words = int(articles["n_words"].sum())
fig = frames.plot_loaded(rates, title=f"Loaded language per 1,000 words by outlet (N = {len(articles)} "
                                      f"articles, {n_words:,} words)")
plots.save(fig, rates, "03_loaded_language", figures_dir=paths.figures,
           caption="Loaded terms and name-calling per 1,000 words, by outlet and by the side that typically uses "
                   "the term (lexicon: data/reference/loaded_language.csv).")

# %% [markdown]
# *Figure 3.5.* Loaded terms and name-calling per 1,000 words by outlet, split by the side that typically uses the
# term ("Kiev regime", "overseas masters", "neo-Nazi" on the Russian side; "aggressor", "occupiers", "terrorist
# state" on the Ukrainian/Western side). The "Kiev" spelling counts as a Russian-side usage marker.

# %%
out["loaded"].groupby(["outlet", "side", "term"]).size().rename("hits").reset_index().sort_values(
    ["outlet", "hits"], ascending=[True, False])

# %% [markdown]
# ### Which generic news frames does each article use (Semetko & Valkenburg)?

# %%
article_frames = out["article_frames"]
generic = article_frames[article_frames["kind"] == "generic"].pivot(index="article_id", columns="frame",
                                                                    values="value")
assert generic.notna().all().all()
generic.join(articles.set_index("article_id")["outlet"]).round(2)

# %% [markdown]
# Scores are the share of each frame's indicator questions (Semetko & Valkenburg 2000) answered yes for the
# article; each yes has its evidence in `frame_evidence` (kind `generic`). The visual human-interest question
# cannot be answered from text and is left out of the score.

# %% [markdown]
# ### What are the sentences behind each number?
#
# `frame_evidence` holds every piece of evidence (deadlock frame, generic-frame answer, loaded term) with its
# sentence and statement. Filter it with `frames.show_evidence(evidence, frame=..., outlet=..., side=...)`; here
# are the most confident pieces of evidence for each deadlock frame.

# %%
for frame in frames.DEADLOCK_FRAMES:
    print(f"\n{frame}")
    display(frames.show_evidence(evidence, frame=frame, n=3))

# %% [markdown]
# ### How far can the frame detector be trusted?
#
# Hand-coded gold (guide: `docs/frames_coding_guide.md`): every sentence of the five seeds, and 480 sentences of
# `../shared/corpus/` (ids and offsets only, one sentence per article). Development batches, used to study errors
# and revise the codebook: *dev* (120, `negotiations_en`) and *dev2* (49, `all_en`). Batches coded **blind**,
# before the detector's output on them was seen: *heldout* (40) and *heldout2* (25) for the earlier versions;
# *heldout3* (45), *heldout4* (51), *heldout5* (52) and *heldout6* (44) during the first two rounds of the
# 2026-11-23 revision; *heldout7* (54), coded before revision 3 (hedge/negation scope, mutual and implicit blame).
# heldout3, heldout4 and heldout6 were studied after their blind score (their current scores are optimistic);
# heldout2, heldout5 and heldout7 are blind to every rule. A frame counts as found when the detector codes it in
# the gold sentence. Revision 3, before → after (precision / recall; docs/frames.md has the commands):
#
# | batch | sentences | gold frames | before revision 3 | after revision 3 |
# |---|---|---|---|---|
# | heldout7 (new, blind) | 54 | 20 | 0.73 / 0.40 | 0.77 / 0.50 |
# | heldout2 + heldout5 (blind) | 77 | 38 | 0.89 / 0.21 | 0.89 / 0.21 |
# | pooled blind: heldout2 + 5 + 7 | 131 | 58 | 0.80 / 0.28 | 0.82 / 0.31 |
# | heldout6 (its errors were targeted) | 44 | 16 | 0.73 / 0.50 | 0.91 / 0.63 |
# | studied: dev + dev2 + heldout3 + heldout4 | 265 | 115 | 0.99 / 0.77 | 0.99 / 0.80 (0.98 / 0.78 since the quote engine's round 15) |
# | seeds | 147 | 128 | 0.97 / 0.80 | 0.97 / 0.80 |
#
# Over the earlier rounds the blind batches told the same story: broadening cue families raises recall on the text
# they were written from far more than on unseen text. The corpus scores below (current detector) need
# `../shared` (developers only).

# %%
seed_texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(Path("data/raw").glob("*.txt"))}
seed_scores, seed_errors = frames.evaluate_gold("frames_seeds", seed_texts)
tables.to_frame(seed_scores)

# %%
pd.DataFrame(seed_errors).assign(sentence=lambda d: [seed_texts[a][s:e] for a, s, e in
                                                     zip(d["article_id"], d["start"], d["end"])]).head(20)

# %%
corpus_scores = frames.evaluate_corpus_sample()
(corpus_scores[corpus_scores["frame"] == "ALL"].drop(columns="frame") if corpus_scores is not None
 else "../shared is not present: corpus-sample scores are in docs/frames.md.")

# %% [markdown]
# Where it fails (heldout7, read after its final score): preconditions stated as terms rather than with a
# condition word ("a plan the mayor has turned down if it fails to cover a full pullout …", Putin
# "prepared to negotiate … so long as certain terms were met: …") — 4 of 5 missed; sarcasm ("They chat about
# peace while staging sham ballots"); "ready for dialogue, but “with another president”" read as readiness;
# a ceasefire broken without the word "violate". False positives: a conditional threat ("if the other side
# bargains in bad faith, we will resist") coded as blame, and a target mis-resolved in a long sentence. Implicit
# blame without a blame word ("the question should be addressed to the sponsors of the Kiev regime") is still
# missed; hedges now handled: "no sign that Russia was ready" is blame of Russia, not readiness; "refused to say
# whether", "unlikely to derail" code nothing; "Moscow and Kyiv blamed each other" blames both.

# %%
for name in ("frames", "blame_edges", "article_frames", "frame_evidence"):
    tables.write_table(out[name], paths.processed / name)
tables.write_table(out["loaded_rates"], paths.processed / "loaded_language")
for name in ("frames", "blame_edges", "article_frames", "loaded_language", "frame_evidence"):
    print(f"{name}: {len(tables.read_table(paths.processed / name))} rows")
