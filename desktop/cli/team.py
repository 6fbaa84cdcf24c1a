"""``chitieu split``, ``chitieu merge`` and ``chitieu agreement``: reviewing as a team."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from desktop.cli.args import command, plural
from desktop.cli.output import Interrupt, progress_bar, seconds
from desktop.core.errors import InputError


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Register ``split``, ``merge`` and ``agreement`` on the ``chitieu`` command's subparsers."""
    split = command(
        commands,
        "split",
        "Deal a corpus out to several reviewers, one file each.",
        "Write one database per reviewer into DIR. Every article goes to exactly one reviewer, except\n"
        "an overlap of P% of the articles that every reviewer gets, so that their agreement can be\n"
        "measured after 'chitieu merge'. The corpus itself is not changed (it gets an id that the\n"
        "reviewer files carry).",
        "  chitieu split corpus.db --reviewers 3 --overlap 10% -o team/\n"
        "  chitieu split corpus.db --reviewers 2 --overlap 20 --names an,binh -o team/",
    )
    split.add_argument("corpus", type=Path, metavar="CORPUS.db")
    split.add_argument("--reviewers", type=int, required=True, metavar="N")
    split.add_argument(
        "--overlap",
        type=_percent,
        default=0.0,
        metavar="P%",
        help="share of the articles every reviewer gets (default 0%%)",
    )
    split.add_argument(
        "--names",
        type=lambda text: [n.strip() for n in text.split(",")],
        metavar="A,B,...",
        help="file names for the reviewers (default reviewer-1, reviewer-2, ...)",
    )
    split.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    split.set_defaults(run=run_split)

    merge = command(
        commands,
        "merge",
        "Merge reviewer files into one database.",
        "Merge the reviewer files of one split. Every reviewer's decisions and event log are kept and\n"
        "attributed; a record decided the same way by all who decided it is final, one decided\n"
        "differently is a conflict to adjudicate in the window, and so is an article's year two\n"
        "reviewers set differently (Alt+Y). Merging a file again changes nothing;\n"
        "files of another corpus or split, or of another schema version, are refused; a failed merge\n"
        "writes nothing.",
        "  chitieu merge team/reviewer-1.db team/reviewer-2.db team/reviewer-3.db -o merged.db",
    )
    merge.add_argument("inputs", nargs="+", type=Path, metavar="FILE.db")
    merge.add_argument("-o", "--output", required=True, type=Path, metavar="MERGED.db")
    merge.set_defaults(run=run_merge)

    agreement = command(
        commands,
        "agreement",
        "How far the reviewers of a merged file agree.",
        "Cohen's kappa (two reviewers) or Fleiss' kappa (more) on the decision per record of the\n"
        "overlap, the records decided differently, agreement per field on corrections, and per\n"
        "reviewer counts and speed (decisions per hour of active time, from the event times).",
        "  chitieu agreement merged.db\n  chitieu agreement merged.db --json",
    )
    agreement.add_argument("merged", type=Path, metavar="MERGED.db")
    agreement.add_argument(
        "--json", action="store_true", help="print one JSON object (kappa, conflicts, ...)"
    )
    agreement.set_defaults(run=run_agreement)


def _percent(text: str) -> float:
    try:
        return float(text.strip().rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage such as 10%") from None


def run_split(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.split import split_corpus

    started = time.perf_counter()
    report = split_corpus(args.corpus, args.reviewers, args.overlap, args.output, args.names)
    sizes = ", ".join(f"{path.name} {n}" for path, n in zip(report.files, report.per_file, strict=True))
    print(
        f"split {plural(report.articles, 'article')} into {len(report.files)} files in {args.output} "
        f"({report.overlap} shared by all; articles per file: {sizes}) in {seconds(started)}"
    )
    return 0


def run_merge(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.merge import merge_files

    started = time.perf_counter()
    with progress_bar("merging", "file") as progress:
        report = merge_files(args.inputs, args.output, progress=progress)
    for source in report.sources:
        if source.skipped:
            print(f"chitieu: {source.slot}: merged before, unchanged; skipped", file=sys.stderr)
        for clash in source.year_conflicts:
            print(
                f"chitieu: {source.slot}: article {clash.article_id}'s year was set to {clash.theirs} there, "
                f"while {report.output} holds another answer, {clash.kept}, which it keeps until the year is "
                "adjudicated: open it in the window, conflicts tab (Ctrl+3)",
                file=sys.stderr,
            )
    merged = [s for s in report.sources if not s.skipped]
    versions = sum(s.versions for s in merged)
    years = sum(len(s.years) for s in merged)
    clashes = len({clash.article_id for s in merged for clash in s.year_conflicts})
    print(
        f"merged {plural(len(merged), 'file')} into {report.output}: {versions} decisions, "
        f"{sum(s.additions for s in merged)} additions, {plural(years, 'article year')} set; "
        f"{report.agreed} records final, "
        f"{report.conflicts} conflicts"
        + (f", {plural(clashes, 'article year')} in conflict" if clashes else "")
        + f" in {seconds(started)}"
    )
    return 0


def run_agreement(args: argparse.Namespace, interrupt: Interrupt) -> int:
    from desktop.services.agreement import agreement_report, describe

    if not args.merged.exists():
        raise InputError(f"{args.merged} does not exist. Give the file 'chitieu merge' wrote.")
    report = agreement_report(args.merged)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(describe(report))
    return 0
