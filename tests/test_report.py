"""The report renderer: one self-contained page with prose, tables and figures; refuses external resources."""

import base64

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from peacetalks.report import notebook_path, render_html

PNG_1x1 = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")).decode()


def _notebook(tmp_path, name, markdown, outputs=()):
    nb = new_notebook(cells=[new_markdown_cell(markdown), new_code_cell("x = 1", outputs=list(outputs))])
    path = tmp_path / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


def test_report_embeds_figures_and_tables(tmp_path):
    figure = new_output("display_data", data={"image/png": PNG_1x1, "text/plain": "<Figure>"})
    table = new_output("execute_result", data={"text/html": "<table><tr><td>RT</td></tr></table>",
                                               "text/plain": "RT"}, execution_count=1)
    nb1 = _notebook(tmp_path, "01_a", "# 1. Ingestion: what is in the corpus?\n\nProse.", [figure])
    nb2 = _notebook(tmp_path, "02_b", "# 2. Quotes\n\nSee [source](https://example.org).", [table])
    page = render_html([nb1, nb2], tmp_path / "out" / "report.html", title="t").read_text(encoding="utf-8")
    assert page.count("<section class=\"notebook\"") == 2
    assert "data:image/png;base64," in page
    assert "<td>RT</td>" in page
    assert 'href="#01_a"' in page and 'href="#02_b"' in page
    assert "https://example.org" in page  # a link is fine; a loaded resource is not


@pytest.mark.parametrize("html", [
    "<script src='https://cdn.example/require.js'></script>",
    '<img src="http://example.org/x.png">',
    '<link rel="stylesheet" href="https://cdn.example/x.css">',
])
def test_report_refuses_external_resources(tmp_path, html):
    out = new_output("display_data", data={"text/html": html, "text/plain": "x"})
    nb = _notebook(tmp_path, "01_a", "# 1. A", [out])
    with pytest.raises(RuntimeError, match="external resource"):
        render_html([nb], tmp_path / "report.html", title="t")


@pytest.mark.parametrize("relative, expected", [
    (".", "."),
    ("data/raw", "data/raw"),
    ("runs/my-corpus", "runs/my-corpus"),
])
def test_notebook_parameters_inside_the_project_are_relative(tmp_path, relative, expected):
    assert notebook_path(tmp_path / relative, root=tmp_path) == expected


def test_notebook_parameters_outside_the_project_stay_absolute(tmp_path):
    outside = tmp_path / "elsewhere" / "corpus.jsonl"
    assert notebook_path(outside, root=tmp_path / "project") == str(outside.resolve())


def test_committed_notebooks_carry_no_absolute_paths():
    from peacetalks.paths import NOTEBOOKS

    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        params = nbformat.read(path, as_version=4).metadata.get("papermill", {}).get("parameters", {})
        for name in ("corpus_path", "run_dir"):
            if name in params:
                assert not params[name].startswith("/"), f"{path.name}: {name} = {params[name]}"
