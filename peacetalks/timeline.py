"""Timeline figures of negotiation positions (notebook 4). Each function returns ``(figure, plotted data)`` for
``peacetalks.plots.save``; they stay readable at corpus size (top-N actor lanes, monthly bins).

- ``swimlanes``: one lane per actor, grouped by side; each report at its event date, coloured by code, marked by
  outlet; verified milestones (``data/reference/milestones.csv``) as a context layer; undated reports apart.
- ``readiness_vs_conditions``: per side and month, openness (READY_TO_TALK, PROPOSE) above the axis and
  conditions/refusals (SET_CONDITION, REJECT) below it.
- ``publication_vs_event``: when a statement was made against when an outlet reported it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from peacetalks.paths import REFERENCE
from peacetalks.plots import SIDE_COLOURS, short_label
from peacetalks.positions import event_midpoint

CODE_COLOURS = {
    "READY_TO_TALK": "#1a9850", "PROPOSE": "#66bd63", "URGE_TALKS": "#a6d96a", "SET_CONDITION": "#fdae61",
    "REJECT": "#d73027", "BLAME": "#7b3294", "TALKS_HELD": "#2c7bb6", "TALKS_STALLED": "#878787",
}
CODE_ORDER = list(CODE_COLOURS)
OUTLET_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
SIDE_ORDER = ["RU", "BY", "UA", "US", "UK", "EU", "NATO", "TR", "CN", "UN", "other"]
OPENNESS = ("READY_TO_TALK", "PROPOSE")
CLOSURE = ("SET_CONDITION", "REJECT")


def load_milestones(path: str | Path | None = None) -> pd.DataFrame:
    """Verified milestones (``verified`` yes/corrected) with a plotting timestamp; empty when the file is absent."""
    path = Path(path) if path else REFERENCE / "milestones.csv"
    cols = ["date", "date_precision", "actor", "side", "event", "milestone_type", "source", "verified", "when"]
    if not path.exists():
        return pd.DataFrame(columns=cols)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df = df[df.verified.str.lower().isin(["yes", "true", "corrected", "verified"])].copy()
    df["when"] = [event_midpoint(d, p or ("day" if len(d) == 10 else "month" if len(d) == 7 else "year"))
                  for d, p in zip(df.date, df.get("date_precision", pd.Series([""] * len(df), index=df.index)))]
    return df.dropna(subset=["when"]).reset_index(drop=True)[cols]


def with_time(positions: pd.DataFrame) -> pd.DataFrame:
    """Add ``when`` (event-date midpoint, NaT when unknown) and ``published_at`` to a positions table."""
    df = positions.copy()
    df["when"] = pd.to_datetime(pd.Series([event_midpoint(d or "", p) for d, p in
                                           zip(df.event_date.fillna(""), df.date_precision)], index=df.index,
                                          dtype="object"))
    published = df.published.fillna("").astype(str)
    df["published_at"] = pd.to_datetime(published.where(published != ""), errors="coerce")
    return df


def _left_edge(when: pd.Series, *, share: float = 0.05) -> pd.Timestamp:
    """Where the time axis starts: the earliest date, unless a few outliers (at most ``share`` of the points, e.g.
    2014 or 2020 recalled in 2022) would take more than a third of the axis; then the ``share`` quantile, and the
    outliers sit at the edge (counted in a note)."""
    first, q, last = when.min(), when.quantile(share), when.max()
    return q if last > first and (q - first) > (last - first) / 3 else first


def _lanes(df: pd.DataFrame, top_n: int) -> list[tuple[str, str]]:
    """The ``top_n`` actors with most reports, as (side, actor), ordered by side then count."""
    counts = df.groupby(["side", "actor"]).size().rename("n").reset_index()
    counts = counts.sort_values("n", ascending=False).head(top_n)
    counts["side_rank"] = [SIDE_ORDER.index(s) if s in SIDE_ORDER else len(SIDE_ORDER) for s in counts.side]
    counts = counts.sort_values(["side_rank", "n", "actor"], ascending=[True, False, True])
    return list(zip(counts.side, counts.actor))


def swimlanes(positions: pd.DataFrame, milestones: pd.DataFrame | None = None, *, top_n: int = 14,
              top_outlets: int = 6, title: str = "") -> tuple[plt.Figure, pd.DataFrame]:
    """Swimlane timeline of position reports; returns the figure and the plotted rows (dated and undated)."""
    df = with_time(positions)
    df["side"] = df.side.fillna("other")
    lanes = _lanes(df, top_n)
    keep = set(lanes)
    df = df[pd.Series([(s, a) in keep for s, a in zip(df.side, df.actor)], index=df.index, dtype=bool)].copy()
    lane_y = {lane: i for i, lane in enumerate(reversed(lanes))}
    df["lane"] = pd.Series([lane_y[(s, a)] for s, a in zip(df.side, df.actor)], index=df.index, dtype="int64")
    offsets = {c: (i - (len(CODE_ORDER) - 1) / 2) * 0.07 for i, c in enumerate(CODE_ORDER)}
    df["y"] = df.lane + df.code.map(offsets).astype("float64").fillna(0.0)
    outlets = df.outlet.replace("", "unknown").value_counts().index.tolist()
    shown = outlets[:top_outlets]
    df["outlet_shown"] = [o if o in shown else "other outlets" for o in df.outlet.replace("", "unknown")]
    markers = {o: OUTLET_MARKERS[i % len(OUTLET_MARKERS)] for i, o in enumerate(shown + ["other outlets"])}

    dated, undated = df[df.when.notna()].copy(), df[df.when.isna()]
    lo = hi = None
    key: list[str] = []
    if len(dated):  # a few recalled old events (e.g. 2014) would squeeze the rest: clamp them to the left edge
        lo, hi = _left_edge(dated.when), dated.when.max()
        pad = max(pd.Timedelta(days=20), (hi - lo) * 0.03)
        lo, hi = lo - pad, hi + pad
        dated["clamped"] = dated.when < lo
        dated.loc[dated.clamped, "when"] = lo + pad / 3
    height = max(3.0, 0.42 * len(lanes) + 1.8)
    fig, (ax, ax_u) = plt.subplots(1, 2, figsize=(13, height), sharey=True,
                                   gridspec_kw={"width_ratios": [7, 1], "wspace": 0.03})
    for (code, outlet), part in dated.groupby(["code", "outlet_shown"]):
        hollow = part.date_basis == "publication"  # dated by the publication only: hollow marker
        for fill, sub in ((False, part[~hollow]), (True, part[hollow])):
            if len(sub):
                ax.scatter(sub.when, sub.y, s=38, marker=markers[outlet], linewidths=1.1, alpha=0.85,
                           facecolors="none" if fill else CODE_COLOURS.get(code, "#333"),
                           edgecolors=CODE_COLOURS.get(code, "#333"))
    stacked = dated.groupby(["lane", "code", "when"]).size()
    for (lane, code, when), n in stacked[stacked > 2].items():  # one statement recalled many times
        ax.annotate(f"×{n}", (when, lane + offsets.get(code, 0)), xytext=(5, 2), textcoords="offset points",
                    fontsize=7, color=CODE_COLOURS.get(code, "#333"))
    if len(dated):
        ax.set_xlim(lo, hi)
        n_clamped = int(dated.clamped.sum())
        if n_clamped:
            ax.text(0.002, -0.06, f"◀ {n_clamped} earlier", transform=ax.transAxes, fontsize=7, color="#666")
        if milestones is not None and len(milestones):
            shown_ms = milestones[(milestones.when >= lo) & (milestones.when <= hi)].sort_values("when")
            key = _milestone_key(ax, shown_ms, lo, hi, n_lanes=len(lanes))
    for (code, outlet), part in undated.groupby(["code", "outlet_shown"]):
        jitter = np.linspace(-0.3, 0.3, len(part)) if len(part) > 1 else np.zeros(1)
        ax_u.scatter(jitter + CODE_ORDER.index(code) * 0.0, part.y, s=34, marker=markers[outlet],
                     color=CODE_COLOURS.get(code, "#333"), alpha=0.85)
    ax_u.set_xlim(-1, 1)
    ax_u.set_xticks([])
    ax_u.set_xlabel(f"undated\n(n={len(undated)})", fontsize=8)
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels([f"{a}  [{s}]" for s, a in reversed(lanes)], fontsize=8)
    for tick, (side, _) in zip(ax.get_yticklabels(), reversed(lanes)):
        tick.set_color(SIDE_COLOURS.get(side, "#333"))
    prev = None
    for y, (side, _) in enumerate(reversed(lanes)):  # a rule between side groups
        if prev is not None and side != prev:
            for a in (ax, ax_u):
                a.axhline(y - 0.5, color="#444", lw=0.6)
        prev = side
    ax.set_ylim(-0.6, len(lanes) - 0.4)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", color="#eeeeee")
    code_handles = [plt.Line2D([], [], ls="", marker="o", color=CODE_COLOURS[c], label=c) for c in CODE_ORDER]
    outlet_handles = [plt.Line2D([], [], ls="", marker=m, color="#555", mfc="none", label=short_label(o, width=30))
                      for o, m in markers.items()]
    basis = [plt.Line2D([], [], ls="", marker="o", color="#555", label="date from the text"),
             plt.Line2D([], [], ls="", marker="o", color="#555", mfc="none", label="publication date only")]
    ax.legend(handles=code_handles + basis + outlet_handles, fontsize=7, ncol=1, loc="upper left",
              bbox_to_anchor=(1.17, 1.0), frameon=False)
    fig.suptitle(title, x=0.02, y=1.0 + 0.35 / height, ha="left", fontsize=10)
    if len(dated) and milestones is not None and len(milestones) and key:
        fig.text(0.02, -0.02, "Milestones (dashed lines): " + "   ".join(key), fontsize=7, color="#444", va="top",
                 ha="left", wrap=True)
    data = df[["article_id", "outlet", "outlet_shown", "side", "actor", "code", "issue", "event_date",
               "date_precision", "date_basis", "when", "lane"]].sort_values(["lane", "when"], na_position="last")
    data["when"] = data.when.dt.strftime("%Y-%m-%d")
    return fig, data.reset_index(drop=True)


def _milestone_key(ax: plt.Axes, milestones: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp, *, n_lanes: int
                   ) -> list[str]:
    """Draw milestones as dashed lines numbered at the top of the axis (numbers of close lines are stacked, not
    overprinted) and return the key entries ("3 2022-03-29 Istanbul round …") for a caption line."""
    key, level, last = [], 0, None
    min_gap = (hi - lo) / 60
    for k, ms in enumerate(milestones.itertuples(), start=1):
        ax.axvline(ms.when, color="#c8c8c8", lw=0.8, ls="--", zorder=0)
        level = level + 1 if last is not None and ms.when - last < min_gap else 0
        last = ms.when
        ax.text(ms.when, n_lanes - 0.45 + 0.32 * level, str(k), fontsize=6.5, ha="center", va="bottom",
                color="#555", clip_on=False, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#bbb", "lw": 0.5})
        key.append(f"{k} {ms.date} {textwrap.shorten(ms.event, 48, placeholder='…')}")
    return key


def readiness_vs_conditions(events: pd.DataFrame, *, sides: tuple[str, ...] = ("RU", "UA", "West"),
                            freq: str = "M", title: str = "") -> tuple[plt.Figure, pd.DataFrame]:
    """Monthly counts of openness (up) and conditions/refusals (down) per side, from dated events."""
    df = with_time(events.assign(published=events.get("first_published", pd.Series("", index=events.index))))
    df = df[df.when.notna() & df.code.isin(OPENNESS + CLOSURE)].copy()
    df["group"] = np.where(df.code.isin(OPENNESS), "openness (ready, propose)", "conditions, refusals")
    df["side_group"] = [s if s in ("RU", "UA") else "West" if s in ("US", "UK", "EU", "NATO") else "other"
                        for s in df.side.fillna("other")]
    df["period"] = df.when.dt.to_period(freq).dt.to_timestamp()
    data = (df[df.side_group.isin(sides)].groupby(["side_group", "period", "group"]).size().rename("n_events")
            .reset_index().sort_values(["side_group", "period", "group"]))
    start = _left_edge(df.when).to_period(freq).to_timestamp() if len(df) else None
    plotted = data[data.period >= start] if start is not None else data
    fig, axes = plt.subplots(len(sides), 1, figsize=(11, 2.2 * len(sides) + 0.6), sharex=True, squeeze=False)
    width = 20 if freq == "M" else 5
    for ax, side in zip(axes[:, 0], sides):
        part = plotted[plotted.side_group == side]
        up = part[part.group.str.startswith("openness")]
        down = part[~part.group.str.startswith("openness")]
        ax.bar(up.period, up.n_events, width=width, color="#1a9850", label="openness (READY_TO_TALK, PROPOSE)")
        ax.bar(down.period, -down.n_events, width=width, color="#d73027",
               label="conditions, refusals (SET_CONDITION, REJECT)")
        ax.axhline(0, color="#333", lw=0.6)
        ax.set_ylabel(f"{side}\nevents", color=SIDE_COLOURS.get(side, "#333"))
        ax.yaxis.set_major_locator(plt.MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{abs(int(v))}"))
        ax.grid(axis="y", color="#eeeeee")
        if not len(part):
            ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center", color="#999")
            ax.set_yticks([])
    handles, labels = axes[0, 0].get_legend_handles_labels()  # under the plots: it hid bars at corpus size
    axes[-1, 0].legend(handles, labels, fontsize=8, loc="upper right", bbox_to_anchor=(1.0, -0.22), ncol=2,
                       frameon=False)
    if len(plotted) < len(data):
        axes[-1, 0].text(0.0, -0.32, f"◀ {int(data[data.period < start].n_events.sum())} older events not drawn",
                         transform=axes[-1, 0].transAxes, fontsize=7, color="#666")
    axes[-1, 0].xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes[-1, 0].xaxis.get_major_locator()))
    axes[0, 0].set_title(title, loc="left", fontsize=10)
    fig.tight_layout()
    return fig, data.reset_index(drop=True)


def publication_vs_event(positions: pd.DataFrame, *, top_outlets: int = 6, title: str = ""
                         ) -> tuple[plt.Figure, pd.DataFrame]:
    """How late outlets report statements: event date against publication date (left; the few oldest recalls
    clamped to the left edge) and the lag in days per outlet (right, symmetric-log scale), for reports whose
    date comes from the text."""
    df = with_time(positions)
    df = df[(df.date_basis == "text") & df.when.notna() & df.published_at.notna()].copy()
    df["lag_days"] = (df.published_at - df.when).dt.days
    outlets = df.outlet.value_counts().index.tolist()[:top_outlets]
    df["outlet_shown"] = [o if o in outlets else "other outlets" for o in df.outlet]
    order = [o for o in outlets + ["other outlets"] if o in set(df.outlet_shown)]
    colours = {o: plt.get_cmap("tab10")(i % 10) for i, o in enumerate(order)}
    fig, (ax, ax_lag) = plt.subplots(1, 2, figsize=(13, 5.4), gridspec_kw={"width_ratios": [1.1, 1], "wspace": 0.45})
    if len(df):
        lo = min(_left_edge(df.when), df.published_at.min()) - pd.Timedelta(days=15)
        hi = max(df.when.max(), df.published_at.max()) + pd.Timedelta(days=15)
        x = df.when.where(df.when >= lo, lo + pd.Timedelta(days=4))
        for outlet in order:
            part = df.outlet_shown == outlet
            ax.scatter(x[part], df.published_at[part], s=26, alpha=0.75, color=colours[outlet])
        ax.plot([lo, hi], [lo, hi], color="#999", lw=0.8, ls="--", label="reported the same day")
        ax.plot([lo, hi], [lo + pd.Timedelta(days=30), hi + pd.Timedelta(days=30)], color="#bbb", lw=0.8, ls=":",
                label="30 days later")
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        n_clamped = int((df.when < lo).sum())
        if n_clamped:
            ax.text(0.01, 0.97, f"◀ {n_clamped} older events at the edge", transform=ax.transAxes, fontsize=7,
                    color="#666", va="top")
        for k, outlet in enumerate(order):
            lags = df.loc[df.outlet_shown == outlet, "lag_days"].clip(lower=0)
            jitter = np.random.default_rng(k).uniform(-0.25, 0.25, len(lags))
            ax_lag.scatter(lags, k + jitter, s=18, alpha=0.6, color=colours[outlet])
            ax_lag.plot([lags.median()] * 2, [k - 0.35, k + 0.35], color="#222", lw=1.5)
        ax_lag.set_xscale("symlog", linthresh=7)
        ticks = [t for t in (1, 7, 30, 365, 3650) if t <= max(30, df.lag_days.max() * 1.5)]
        ax_lag.set_xticks(ticks)
        ax_lag.set_xticklabels([{1: "1 day", 7: "1 week", 30: "1 month", 365: "1 year", 3650: "10 years"}[t]
                                for t in ticks], fontsize=8)
        ax_lag.xaxis.set_minor_locator(plt.NullLocator())
        ax_lag.set_yticks(range(len(order)))
        ax_lag.set_yticklabels([f"{short_label(o, width=30)} ({(df.outlet_shown == o).sum()})"
                                for o in order], fontsize=8)
        ax_lag.invert_yaxis()
        for days in (1, 7, 30, 365):
            ax_lag.axvline(days, color="#ddd", lw=0.8, zorder=0)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(mdates.ConciseDateFormatter(axis.get_major_locator()))
    ax.set_xlabel("event date (from the text; week/month/year midpoints)")
    ax.set_ylabel("publication date")
    if len(df):
        ax.legend(fontsize=7.5, loc="lower right", frameon=False)
    ax.grid(color="#f0f0f0")
    ax_lag.set_xlabel("days from event to publication (bar: median)")
    ax_lag.grid(axis="x", color="#f3f3f3")
    fig.suptitle(title, x=0.06, ha="left", fontsize=10)
    data = df[["article_id", "outlet", "actor", "code", "event_date", "date_precision", "when", "published",
               "lag_days"]].sort_values("lag_days", ascending=False)
    data["when"] = data.when.dt.strftime("%Y-%m-%d")
    return fig, data.reset_index(drop=True)
