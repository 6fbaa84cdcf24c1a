"""``chitieu extract-jsonl``: articles as JSON Lines on standard input, records as JSON Lines on standard output."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.args import command, plural
from desktop.cli.importing import print_capped
from desktop.cli.output import EXIT_INPUT, EXIT_INTERRUPTED, Interrupt, seconds, summary


def add_extract_jsonl(commands: argparse._SubParsersAction) -> None:
    parser = command(
        commands,
        "extract-jsonl",
        "Extract records from JSON Lines articles on stdin to stdout; no database.",
        'Read articles as JSON Lines on standard input ({"id", "text", "title", "url", "published"},\n'
        "only text required), clean and extract them exactly as import does, and write their records\n"
        "as JSON Lines on standard output: the exchange format of ANNOTATION.md with doc, rule,\n"
        "confidence, extractor_version and the span text. Each line's output depends on that line\n"
        "alone, so a big corpus can be cut at line ends and the pieces run anywhere (GNU parallel,\n"
        "Dask, Spark); see README, 'Corpora bigger than one machine'. Bad lines are reported on\n"
        "standard error, the others still extracted; the exit code is then 1.",
        "  chitieu extract-jsonl < articles.jsonl > records.jsonl\n"
        "  parallel --pipe --keep-order -N 500 chitieu extract-jsonl -q < articles.jsonl > records.jsonl",
    )
    parser.add_argument(
        "--name",
        default="stdin",
        help="names the input in messages, and each article without an id as NAME-LINE (default: stdin)",
    )
    parser.set_defaults(run=run_extract_jsonl)


def run_extract_jsonl(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.core.pattern_cache import patterns_cached
    from desktop.core.readers import Problem

    with patterns_cached():  # a pipeline starts this command once per chunk: each start counts
        from desktop.services.stream import extract_stream

    started = time.perf_counter()
    out = sys.stdout.buffer
    articles = records = 0
    problems: list[str] = []
    warnings: list[str] = []
    for item in extract_stream(sys.stdin.buffer, args.name):
        if isinstance(item, Problem):
            problems.append(f"error: {' '.join(item.message.split())}")
            continue
        out.write("".join(item.lines).encode("utf-8"))
        articles += 1
        records += len(item.lines)
        warnings += [f"warning: {item.doc}: {' '.join(w.split())}" for w in item.warnings]
        if interrupt.requested():
            break
    out.flush()
    print_capped(problems + ([] if args.quiet else warnings))
    stopped = "stopped after Ctrl+C: " if interrupt.requested() else ""
    # Standard output carries the records, so the summary goes to standard error.
    summary(
        args,
        f"{stopped}extracted {plural(records, 'record')} from {plural(articles, 'article')}, "
        f"{plural(len(problems), 'problem')} in {seconds(started)}",
        file=sys.stderr,
    )
    if interrupt.requested():
        return EXIT_INTERRUPTED
    return EXIT_INPUT if problems else 0
