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
# # 1. Ingestion: what is in the corpus, and what had to be cleaned out?
#
# **Question.** Which articles does the study read, from which outlets and dates, and how much of the raw text
# was not article text (photo credits, teasers, banners, syndication stubs, channel plugs, bylines)?
#
# **Reads** the corpus given as the `corpus_path` parameter: by default the five seed articles in `data/raw/`
# with their sidecar `data/raw/metadata.csv` (raw files are never edited); or a folder of `.txt`/`.html`
# files, or a `.jsonl`/`.csv` export. **Writes** `articles`, `paragraphs`, `removed`, `duplicates` (Parquet + CSV)
# and `ingest_log.csv` to `data/processed/`, plus `removed_by_rule`, `articles_by_month` and `word_counts`.
#
# **Findings (seed run).** All five seeds are accepted and none rejected. Four are dated (2022-05-18 to
# 2025-05-13); seed 002 (socialbites.ca) has no known date and stays undated. RT supplies three of the five.
# Cleaning removed 14 spans across four seeds: photo credits (3), "Read more" teasers (3), the RT syndication
# stub with its repeated lede, the Moscow Times donation banner, the Telegram plug, "AFP contributed reporting.",
# a repeated headline, and a byline moved to the byline column; two sentences split by a removed teaser were
# re-joined. No near-duplicates among the seeds. On the 5,367-article development corpus the same rules remove
# about 2,200 spans (see docs/ingest.md).

# %% tags=["parameters"]
corpus_path = "data/raw"
run_dir = "."
show_progress = True

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

from peacetalks import ingest, plots, tables
from peacetalks.paths import RunPaths

paths = RunPaths(corpus=Path(corpus_path), run_dir=Path(run_dir))
paths.make_dirs();

# %% [markdown]
# ### Which inputs were accepted, and which were rejected?

# %%
result = ingest.run_ingest(paths.corpus, paths.processed, show_progress=show_progress)
print(result.summary(timing=False))
log = pd.read_csv(paths.processed / "ingest_log.csv", dtype=str, keep_default_na=False)
inputs = log[log.item != ingest.SIDECAR_ITEM]
inputs.groupby("status").size().rename("inputs").to_frame()

# %%
articles = tables.read_table(paths.processed / "articles")
assert len(articles) == result.n_accepted and articles.article_id.is_unique
rejected = log[log.status == "rejected"]
if rejected.empty:
    print("No input was rejected.")
else:
    display(rejected[["source_path", "item", "article_id", "reason"]].head(30))

# %% [markdown]
# ### What is in the corpus, by outlet and date?

# %%
articles[["article_id", "outlet", "published", "date_source", "title", "n_words"]].head(20)

# %%
by_month = ingest.articles_by_month(articles)
undated = articles[articles.published == ""]
fig = ingest.plot_articles_by_month(by_month, n_undated=len(undated))
plots.save(fig, by_month, "01_articles_by_month", figures_dir=paths.figures,
           caption="Articles per month of publication, stacked by outlet (canonical copies only; undated articles "
                   "are listed apart).")

# %% [markdown]
# *Figure 1.1.* Articles per month of publication, stacked by outlet. Near-duplicates are counted once (their
# canonical copy); articles without a known date are not placed on the time axis but listed below.

# %% [markdown]
# ### Which articles have no known date?

# %%
print(f"{len(undated)} of {len(articles)} articles have no known publication date.")
undated[["article_id", "outlet", "date_source", "n_words"]]

# %% [markdown]
# ### How long are the articles?

# %%
words = ingest.word_counts(articles)
assert words.articles.sum() == (articles.duplicate_of == "").sum()
words.head(25)

# %% [markdown]
# ### What did cleaning remove, and why?

# %%
removed = tables.read_table(paths.processed / "removed")
by_rule = ingest.removed_by_rule(removed)
by_rule

# %%
removed.assign(text=removed.text.str.slice(0, 100))[["article_id", "rule", "start", "end", "text"]].head(40)

# %% [markdown]
# ### Which articles are near-duplicates of each other?

# %%
duplicates = tables.read_table(paths.processed / "duplicates")
assert set(duplicates.article_id) <= set(articles.article_id)
print(f"{len(duplicates)} articles in {duplicates.cluster_id.nunique()} near-duplicate clusters "
      "(MinHash over word 4-shingles, estimated Jaccard ≥ 0.6).")
duplicates.head(40)

# %% [markdown]
# ### What did this step write?

# %%
tables.write_table(by_rule, paths.processed / "removed_by_rule")
tables.write_table(by_month, paths.processed / "articles_by_month")
tables.write_table(words, paths.processed / "word_counts")
for name in ["articles", "paragraphs", "removed", "duplicates", "removed_by_rule", "articles_by_month", "word_counts"]:
    print(f"{name}: {len(tables.read_table(paths.processed / name))} rows")
print(f"ingest_log: {len(log)} rows")
