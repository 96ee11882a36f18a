"""Execute the study's notebooks in order (one process, papermill) and render one self-contained HTML report.

Notebook sources are jupytext ``percent`` scripts (``notebooks/NN_*.py``); the executed ``.ipynb`` is written next
to them for the seed run (committed with outputs) or under ``runs/<corpus>/notebooks`` for another corpus.
"""

from __future__ import annotations

import html
import re
import time
from pathlib import Path

from peacetalks.paths import NOTEBOOKS, ROOT, RunPaths, run_paths

CSS = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:1060px;margin:0 auto;padding:0 24px 80px}
nav.toc{position:sticky;top:0;background:#fafafa;border-bottom:1px solid #ddd;padding:8px 0;font:14px system-ui,sans-serif}
nav.toc a{margin-right:18px;color:#0b5cad;text-decoration:none}
h1,h2,h3,h4{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:2em;margin-top:1.4em;border-top:4px solid #1d1d1f;padding-top:.6em}
h3{margin-top:1.6em;color:#333}
section.notebook{margin-bottom:3em}
.jp-InputArea,.input{display:none}
.code-shown .input{display:block}
pre{background:#f6f8fa;padding:8px 10px;overflow-x:auto;font-size:12.5px;line-height:1.35;border-radius:4px}
.jp-OutputArea-output pre{background:#fff;border-left:3px solid #e1e4e8}
table{border-collapse:collapse;font:13px/1.35 system-ui,sans-serif;margin:8px 0 16px;max-width:100%;display:block;overflow-x:auto}
th,td{border-bottom:1px solid #e1e4e8;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f3f4f6;border-bottom:2px solid #c8ccd1}
img{max-width:100%;height:auto;display:block;margin:10px 0}
blockquote{border-left:4px solid #c8ccd1;margin:0;padding:0 12px;color:#444}
.meta{color:#666;font:13px system-ui,sans-serif}
details.code summary{cursor:pointer;color:#888;font:12px system-ui,sans-serif}
"""


def notebook_sources(folder: Path = NOTEBOOKS) -> list[Path]:
    """The study's notebook sources, in run order."""
    return sorted(folder.glob("[0-9][0-9]_*.py"))


def execute_notebooks(paths: RunPaths, *, sources: list[Path] | None = None, log=print) -> list[Path]:
    """Execute each notebook source with papermill, in order, parameterised with this run's paths."""
    import jupytext
    import nbformat
    import papermill

    paths.make_dirs()
    executed = []
    for source in sources or notebook_sources():
        nb = jupytext.read(source)
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata.setdefault("jupytext", {})["formats"] = "ipynb,py:percent"
        staging = paths.interim / f"_source_{source.stem}.ipynb"
        nbformat.write(nb, staging)
        target = paths.notebooks / f"{source.stem}.ipynb"
        started = time.perf_counter()
        papermill.execute_notebook(
            str(staging), str(target), kernel_name="python3", cwd=str(ROOT), progress_bar=False,
            parameters={"corpus_path": notebook_path(paths.corpus), "run_dir": notebook_path(paths.run_dir),
                        "show_progress": False},
        )
        staging.unlink()
        _strip_volatile_metadata(target)
        log(f"executed {source.name} in {time.perf_counter() - started:.1f} s -> {target}")
        executed.append(target)
    return executed


def notebook_path(path: Path, *, root: Path = ROOT) -> str:
    """``path`` as the notebooks receive it: relative to the project root (their working directory) when inside it,
    so committed notebooks carry no machine-specific paths; absolute otherwise."""
    path = Path(path).resolve()
    root = root.resolve()
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def coalesce_streams(outputs: list) -> list:
    """Join consecutive stream outputs of the same stream (stdout, stderr) into one: how the kernel splits printed
    text depends on flush timing, which would make re-runs differ."""
    joined: list = []
    for out in outputs:
        prev = joined[-1] if joined else None
        if out.get("output_type") == "stream" and prev is not None and prev.get("output_type") == "stream" \
                and prev.get("name") == out.get("name"):
            prev["text"] = "".join(prev["text"]) + "".join(out["text"])
        else:
            joined.append(out)
    return joined


def _strip_volatile_metadata(path: Path) -> None:
    """Drop run timestamps papermill writes, number cell ids by position and join split stream outputs, so a re-run
    that computes the same results writes the same file (reviewable diffs)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.metadata.get("papermill", {}).pop("start_time", None)
    nb.metadata.get("papermill", {}).pop("end_time", None)
    nb.metadata.get("papermill", {}).pop("duration", None)
    for key in ("input_path", "output_path"):
        nb.metadata.get("papermill", {}).pop(key, None)
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i:03d}"
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = coalesce_streams(cell.outputs)
        pm = cell.metadata.get("papermill")
        if pm:
            for key in ("start_time", "end_time", "duration"):
                pm.pop(key, None)
    nbformat.write(nb, path)


def render_html(notebooks: list[Path], out: Path, *, title: str) -> Path:
    """Render executed notebooks as one self-contained HTML page (figures inline, no external resources)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic")
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    sections, toc = [], []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        nb.cells = [c for c in nb.cells if "injected-parameters" not in c.metadata.get("tags", [])]
        body, _ = exporter.from_notebook_node(nb)
        anchor = path.stem
        heading = next((c.source.splitlines()[0].lstrip("# ").strip() for c in nb.cells if c.cell_type == "markdown"),
                       path.stem)
        toc.append(f'<a href="#{anchor}">{html.escape(heading.split(":")[0])}</a>')
        sections.append(f'<section class="notebook" id="{anchor}">{body}</section>')
    page = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
        f"<style>{CSS}</style></head><body><nav class='toc'>{''.join(toc)}</nav>{''.join(sections)}</body></html>"
    )
    if re.search(r"""<(?:script|img|iframe)[^>]*\ssrc=["']https?://|<link[^>]*\shref=["']https?://""", page):
        raise RuntimeError("report would load an external resource; it must be self-contained")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def build_report(*, corpus: str | Path | None = None, run_dir: str | Path | None = None, log=print) -> Path:
    """Run the whole study on ``corpus`` (default: the seed sample) and return the report's path.

    ``run_dir`` overrides where a non-seed run writes (default ``runs/<corpus name>``).
    """
    paths = run_paths(corpus)
    if run_dir is not None:
        paths = RunPaths(corpus=paths.corpus, run_dir=Path(run_dir).resolve())
    notebooks = execute_notebooks(paths, log=log)
    name = "seed sample" if paths.run_dir == ROOT else paths.corpus.name
    return render_html(notebooks, paths.report, title=f"Who blocks the talks? — {name}")
