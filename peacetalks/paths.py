"""Where a run reads and writes. The default run is the seed sample in the project itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"
GOLD = REFERENCE / "gold"
SEEDS = ROOT / "data" / "raw"
NOTEBOOKS = ROOT / "notebooks"


@dataclass(frozen=True)
class RunPaths:
    """Folders of one run: the seed sample (``run_dir`` = project root) or a user's corpus (``runs/<name>``)."""

    corpus: Path
    run_dir: Path

    @property
    def interim(self) -> Path:
        return self.run_dir / "data" / "interim"

    @property
    def processed(self) -> Path:
        return self.run_dir / "data" / "processed"

    @property
    def figures(self) -> Path:
        return self.run_dir / "figures"

    @property
    def notebooks(self) -> Path:
        return NOTEBOOKS if self.run_dir == ROOT else self.run_dir / "notebooks"

    @property
    def report(self) -> Path:
        return self.run_dir / "reports" / "report.html"

    def make_dirs(self) -> "RunPaths":
        for folder in (self.interim, self.processed, self.figures, self.notebooks, self.report.parent):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def run_paths(corpus: str | Path | None = None) -> RunPaths:
    """Paths for the seed run (``corpus`` None or data/raw) or for another corpus under ``runs/<slug>``."""
    if corpus is None or Path(corpus).resolve() == SEEDS.resolve():
        return RunPaths(corpus=SEEDS, run_dir=ROOT)
    corpus = Path(corpus).resolve()
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", corpus.stem if corpus.is_file() else corpus.name).strip("-") or "corpus"
    return RunPaths(corpus=corpus, run_dir=ROOT / "runs" / slug)
