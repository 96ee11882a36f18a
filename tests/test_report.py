"""The report renderer: one self-contained page with prose, tables and figures; refuses external resources."""

import base64

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from peacetalks.report import coalesce_streams, notebook_path, render_html

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


@pytest.mark.parametrize("outputs,expected", [
    # two chunks of one stream (the kernel flushed between prints) -> one output
    ([new_output("stream", name="stdout", text="a: 1 row\n"), new_output("stream", name="stdout", text="b: 2 rows\n")],
     [("stream", "stdout", "a: 1 row\nb: 2 rows\n")]),
    # different streams, or a stream split by another output, stay apart (nothing to join)
    ([new_output("stream", name="stdout", text="a\n"), new_output("stream", name="stderr", text="warn\n")],
     [("stream", "stdout", "a\n"), ("stream", "stderr", "warn\n")]),
    ([new_output("stream", name="stdout", text="a\n"), new_output("execute_result", data={"text/plain": "1"},
                                                                   execution_count=1),
      new_output("stream", name="stdout", text="b\n")],
     [("stream", "stdout", "a\n"), ("execute_result", None, None), ("stream", "stdout", "b\n")]),
    ([], []),
])
def test_coalesce_streams(outputs, expected):
    got = [(o["output_type"], o.get("name"), "".join(o["text"]) if "text" in o else None)
           for o in coalesce_streams(outputs)]
    assert got == expected


def test_committed_notebooks_have_no_split_streams():
    """Re-runs must write the same file: no two consecutive outputs of one stream in a committed notebook."""
    from peacetalks.paths import NOTEBOOKS

    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            outs = cell.get("outputs", [])
            pairs = zip(outs, outs[1:])
            assert not any(a.output_type == b.output_type == "stream" and a.name == b.name for a, b in pairs), path
