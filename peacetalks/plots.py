"""One ``save()`` for every figure: PNG + the CSV of the plotted data + a caption, under figures/."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

SIDE_COLOURS = {
    "RU": "#c0392b", "BY": "#e08e79", "UA": "#2471a3", "US": "#1e8449", "UK": "#7d3c98", "EU": "#f1c40f",
    "NATO": "#117a65", "TR": "#d35400", "CN": "#a04000", "UN": "#5dade2", "other": "#7f8c8d",
    "narrator": "#bdc3c7", "unknown": "#d5d8dc",
}


def short_label(label: str, *, width: int = 32) -> str:
    """A label for a plot: a parenthesised list of domains dropped ("GDELT Russian group (rt.com|…)" -> "GDELT
    Russian group"), then cut to ``width`` characters with "…"."""
    label = re.sub(r"\s*\([^()]*[.|][^()]*\)\s*$", "", str(label)) or str(label)
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


class SavedFigure(type(Path())):
    """The path of a saved PNG that shows itself as the picture when it ends a notebook cell."""

    def _repr_png_(self) -> bytes:
        return self.read_bytes()


def save(fig: plt.Figure, data: pd.DataFrame, name: str, *, figures_dir: str | Path, caption: str) -> SavedFigure:
    """Save ``fig`` as ``<name>.png``, ``data`` as ``<name>.csv`` and ``caption`` as ``<name>.txt``.

    Returns the PNG's path; as the last expression of a notebook cell it displays the figure as saved.
    """
    folder = Path(figures_dir)
    folder.mkdir(parents=True, exist_ok=True)
    png = SavedFigure(folder / f"{name}.png")
    fig.savefig(png, dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    (folder / f"{name}.txt").write_text(caption.strip() + "\n", encoding="utf-8")
    return png
