"""Command line: ``python -m peacetalks {ingest,quotes,frames,positions,report} ...``.

The batch subcommands (quotes, frames, positions) read JSONL articles ``{"id", "text", "published"?, "outlet"?}``
and write one record a line. A bad input line is reported on stderr with its line number and skipped; the
run goes on, and the summary on stderr says how many lines were rejected and why.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

BATCH_STEPS = {
    "quotes": ("peacetalks.quotes", "Attribute quotes (direct, mixed, indirect) to canonical speakers."),
    "frames": ("peacetalks.frames", "Code deadlock frames per statement, with evidence spans."),
    "positions": ("peacetalks.positions", "Extract dated negotiation positions per actor."),
}


def _check_article(record: dict) -> str | None:
    if not isinstance(record.get("id"), (str, int)) or record.get("id") == "":
        return "missing or empty 'id'"
    if not isinstance(record.get("text"), str):
        return "missing 'text' (must be a string)"
    if not record["text"].strip():
        return "empty 'text'"
    published = record.get("published")
    if published is not None and not isinstance(published, str):
        return "'published' must be a string (YYYY-MM-DD) or null"
    return None


def run_batch(records_for: Callable[[dict], list[dict]], input_path: Path, output_path: Path) -> tuple[int, int, int]:
    """Stream ``input_path`` through ``records_for``; return (articles read, rejected lines, records written)."""
    from tqdm import tqdm

    from peacetalks.tables import iter_jsonl

    n_ok = n_bad = n_out = 0
    output_path.parent.mkdir(parents=True, exist_ok=True)
    with open(output_path, "w", encoding="utf-8") as out:
        for number, record, error in tqdm(iter_jsonl(input_path), desc=input_path.name, unit=" articles",
                                          disable=not sys.stderr.isatty()):
            error = error or _check_article(record)
            if error is None:
                try:
                    rows = records_for(record)
                except ValueError as exc:  # documented, clear input errors from the step itself
                    error = str(exc)
            if error is not None:
                n_bad += 1
                print(f"{input_path}:{number}: rejected: {error}", file=sys.stderr)
                continue
            n_ok += 1
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n_out += 1
    return n_ok, n_bad, n_out


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m peacetalks", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="Read a folder or file of articles into tidy tables with an ingest log.")
    ingest.add_argument("path", type=Path, help="folder of .txt/.html (+ metadata.csv), or a .jsonl/.csv export")
    ingest.add_argument("--out", type=Path, required=True, help="output folder (articles, paragraphs, ingest_log)")

    for name, (_, help_text) in BATCH_STEPS.items():
        step = sub.add_parser(name, help=help_text)
        step.add_argument("--input", type=Path, required=True, help="articles as JSONL")
        step.add_argument("--output", type=Path, required=True, help="records as JSONL")

    report = sub.add_parser("report", help="Execute the notebooks in order and render the HTML report.")
    report.add_argument("--corpus", type=Path, default=None, help="corpus to study (default: the seed sample)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        from peacetalks.ingest import run_ingest

        if not args.path.exists():
            print(f"error: {args.path} does not exist", file=sys.stderr)
            return 2
        result = run_ingest(args.path, args.out, show_progress=sys.stderr.isatty())
        print(result.summary(), file=sys.stderr)
        return 0
    if args.command in BATCH_STEPS:
        if not args.input.is_file():
            print(f"error: input {args.input} is not a file", file=sys.stderr)
            return 2
        module = importlib.import_module(BATCH_STEPS[args.command][0])
        with getattr(module, "batch_mode", contextlib.nullcontext)():
            n_ok, n_bad, n_out = run_batch(module.cli_records, args.input, args.output)
        print(f"{args.command}: {n_ok} articles in, {n_bad} rejected, {n_out} records written to {args.output}",
              file=sys.stderr)
        return 0 if n_ok or not n_bad else 1
    if args.command == "report":
        from peacetalks.report import build_report

        print(build_report(corpus=args.corpus))
        return 0
    return 2
