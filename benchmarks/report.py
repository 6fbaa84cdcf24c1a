"""The benchmark table: which figures, how they print, and the targets of issue 5 they are held to.

Each measurement is a list of samples (one per run); the table prints their
median.  Targets are judged on the largest corpus measured, the scale they
were set for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

Samples = dict[str, list[float]]


@dataclass(frozen=True)
class Row:
    """One line of the table: a label, the metric it shows, how to print it, and its target."""

    label: str
    key: str
    fmt: str = "{:,.0f}"
    target: str = ""
    meets: Callable[[float], bool] | None = None


ROWS: tuple[Row, ...] = (
    Row(
        "import+extract, 1 process: articles/s",
        "import_1_articles_s",
        target=">= 1,000/core",
        meets=lambda v: v >= 1000,
    ),
    Row("  per CPU-second (load-independent)", "import_1_articles_cpu_s"),
    Row("  load average meanwhile", "import_1_load"),
    Row("  records/s", "import_1_records_s"),
    Row("  peak RSS, MB", "import_1_rss_mb"),
    Row("import+extract, all cores: articles/s", "import_all_articles_s"),
    Row("  per CPU-second, workers included", "import_all_articles_cpu_s"),
    Row("  load average meanwhile", "import_all_load"),
    Row("  records/s", "import_all_records_s"),
    Row("  peak RSS of the writer, MB", "import_all_rss_mb"),
    Row("records stored", "records"),
    Row("database size, MB", "db_mb", "{:,.1f}"),
    Row("chitieu stats (whole command), s", "stats_s", "{:,.2f}"),
    Row("full-text search, median query, ms", "search_ms", "{:,.1f}", "<= 100", lambda v: v <= 100),
    Row("  slowest query, ms", "search_max_ms", "{:,.1f}", "<= 100", lambda v: v <= 100),
    Row("  nothing remembered (a fresh store): median, ms", "search_cold_ms", "{:,.1f}"),
    Row("    slowest query, ms", "search_cold_max_ms", "{:,.1f}"),
    Row("  first search after a decision: median, ms", "search_decided_ms", "{:,.1f}"),
    Row("    slowest query, ms", "search_decided_max_ms", "{:,.1f}"),
    Row(
        "    per query, CPU ms (slowest)",
        "search_decided_cpu_max_ms",
        "{:,.1f}",
        "<= 100",
        lambda v: v <= 100,
    ),
    Row("    per query, CPU ms (median)", "search_decided_cpu_ms", "{:,.1f}"),
    Row("  first screenful (100 articles), median query, ms", "search_first_ms", "{:,.1f}"),
    Row(
        "  first screenful, slowest query, ms", "search_first_max_ms", "{:,.1f}", "<= 100", lambda v: v <= 100
    ),
    Row(
        "export jsonl: records/s", "export_jsonl_records_s", target=">= 200,000", meets=lambda v: v >= 200_000
    ),
    Row("  per CPU-second", "export_jsonl_records_cpu_s"),
    Row("export csv: records/s", "export_csv_records_s", target=">= 200,000", meets=lambda v: v >= 200_000),
    Row("  per CPU-second", "export_csv_records_cpu_s"),
    Row("export xlsx: records/s", "export_xlsx_records_s"),
    Row("  xlsx measured on records", "export_xlsx_records"),
    Row("export peak RSS (largest format), MB", "export_rss_mb"),
    Row(
        "GUI: process start to first article, s",
        "gui_first_article_s",
        "{:,.2f}",
        "<= 1.5",
        lambda v: v <= 1.5,
    ),
    Row("GUI: next article, ms", "gui_next_article_ms", "{:,.1f}", "<= 30", lambda v: v <= 30),
    Row("GUI: apply a filter, until the list is whole, ms", "gui_filter_ms", "{:,.1f}"),
    Row("  until its first rows show, ms", "gui_filter_first_ms", "{:,.1f}"),
    Row("  window blocked (no key taken), ms", "gui_filter_blocked_ms", "{:,.1f}"),
    Row("  CPU of the GUI thread, ms", "gui_filter_gui_cpu_ms", "{:,.1f}", "<= 50", lambda v: v <= 50),
    Row("GUI: search from the filter bar, until the list is whole, ms", "gui_search_ms", "{:,.1f}"),
    Row("  until its first rows show, ms", "gui_search_first_ms", "{:,.1f}", "<= 100", lambda v: v <= 100),
    Row("  window blocked (no key taken), ms", "gui_search_blocked_ms", "{:,.1f}"),
    Row("  CPU of the GUI thread, ms", "gui_search_gui_cpu_ms", "{:,.1f}", "<= 50", lambda v: v <= 50),
    Row(
        "GUI: confirm, until decide returns, ms",
        "gui_confirm_written_ms",
        "{:,.1f}",
        "<= 10",
        lambda v: v <= 10,
    ),
    Row("GUI: confirm, key to repaint, ms", "gui_confirm_shown_ms", "{:,.1f}", "<= 10", lambda v: v <= 10),
    Row("  CPU time of it, ms", "gui_confirm_shown_cpu_ms", "{:,.1f}"),
    Row("  SQL statements, BEGIN and COMMIT aside", "gui_confirm_sql", "{:,.0f}", "<= 4", lambda v: v <= 4),
    Row("GUI: peak RSS, MB", "gui_rss_mb", "{:,.0f}", "<= 400", lambda v: v <= 400),
)


def value(samples: Samples, key: str) -> float | None:
    values = samples.get(key)
    return median(values) if values else None


def table(results: dict[int, Samples], runs: dict[int, str]) -> str:
    """The figures as a fixed-width text table; the verdict column judges the largest N."""
    sizes = sorted(results)
    header = ["measure", *(f"N={n:,}" for n in sizes), "target", "verdict"]
    lines = [header, ["", *(runs[n] for n in sizes), "", f"(N={sizes[-1]:,})" if sizes else ""]]
    for row in ROWS:
        cells = [row.label]
        for n in sizes:
            v = value(results[n], row.key)
            cells.append("-" if v is None else row.fmt.format(v))
        last = value(results[sizes[-1]], row.key) if sizes else None
        verdict = "" if row.meets is None or last is None else ("met" if row.meets(last) else "MISSED")
        lines.append([*cells, row.target, verdict])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for number, line in enumerate(lines):
        out.append(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(line, widths, strict=True))
            ).rstrip()
        )
        if number == 1:
            out.append("-" * len(out[0]))
    return "\n".join(out)
