"""``chitieu extract-jsonl``: the records import would store, as a pure function of each input line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from factories import SEEDS

from desktop.cli.main import main
from desktop.export import export
from desktop.services.ingest import import_paths
from desktop.services.stream import ArticleRecords, extract_lines

#: What both the stream and the export write about a record.
SHARED_FIELDS = (
    "doc",
    "indicator",
    "indicator_code",
    "value",
    "value_max",
    "unit",
    "base_value",
    "base_unit",
    "of",
    "qualifier",
    "kind",
    "period",
    "locality",
    "comparisons",
    "start",
    "end",
    "confidence",
    "rule",
    "extractor_version",
    "text",
)


@pytest.fixture
def articles_jsonl(tmp_path: Path) -> Path:
    """The seed articles as one JSON Lines file, each with an id, one without (the line number names it)."""
    path = tmp_path / "seeds.jsonl"
    lines = []
    for n, seed in enumerate(sorted(SEEDS.glob("*.txt"))):
        article = {"text": seed.read_text(encoding="utf-8")}
        if n:
            article["id"] = seed.stem
        lines.append(json.dumps(article, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(
    argv: list[str],
    stdin: bytes,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> tuple[int, bytes, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


def test_the_records_are_those_import_stores(
    articles_jsonl: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, err = run(
        ["extract-jsonl", "--name", "seeds"], articles_jsonl.read_bytes(), monkeypatch, capsysbinary
    )
    assert code == 0, err
    streamed = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    monkeypatch.setenv("CHITIEU_BACKUPS", "0")
    import_paths(tmp_path / "c.db", [articles_jsonl], workers=1)
    export(tmp_path / "c.db", tmp_path / "out.jsonl", "jsonl", "all")
    stored = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(streamed) > 50
    assert [{k: r[k] for k in SHARED_FIELDS} for r in streamed] == [
        {k: r[k] for k in SHARED_FIELDS} for r in stored
    ]
    assert streamed[0]["doc"] == "seeds-1"  # the line without an id, named as import names it
    assert f"extracted {len(streamed)} records from 5 articles, 0 problems" in err


def test_pieces_run_apart_give_the_whole(articles_jsonl: Path) -> None:
    lines = articles_jsonl.read_bytes().splitlines(keepends=True)[1:]  # the articles with an id

    def output(part: list[bytes]) -> list[str]:
        return [
            line for item in extract_lines(part) if isinstance(item, ArticleRecords) for line in item.lines
        ]

    whole = output(lines)
    assert whole and output(lines[:2]) + output(lines[2:]) == whole
    assert [line for one in lines for line in output([one])] == whole


def test_bad_lines_are_reported_and_the_rest_extracted(
    articles_jsonl: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    good = articles_jsonl.read_bytes().splitlines(keepends=True)[1]
    stdin = b"not json\n" + good + b'{"text": "   "}\n\xff\xfe broken bytes\n'
    code, out, err = run(["extract-jsonl"], stdin, monkeypatch, capsysbinary)
    assert code == 1
    assert out and all(json.loads(line)["doc"] == "001_373e8257b9940f26" for line in out.splitlines())
    assert "stdin line 1: not valid JSON" in err and 'stdin line 3: has no "text"' in err
    assert "Traceback" not in err
