"""Issue 11.9, 11.13, 11.14, 11.15 and 11.16: hostile and surprising input files, through ``chitieu import``.

Each case goes through the real command: no traceback, every good article
imported, and what was odd about the input said on stderr (a problem when
something was not imported, a warning when it was imported changed).
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.core.readers import MAX_BYTES
from desktop.export import export
from desktop.store import Store

from .cli import chitieu
from .procs import REPO

SEED = sorted((REPO / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
SENTENCE = "Năm 2020, tổng thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, tăng 8% so với cùng kỳ."


def articles(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT doc, text FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


def imported(*args: str | Path) -> tuple[int, str, str]:
    proc = chitieu("import", *args)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Exception ignored" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


def line(text: str, **fields: object) -> str:
    return json.dumps({"text": text, **fields}, ensure_ascii=False)


# ---- 11.9: a lone surrogate, a file name that is not UTF-8, a deeply nested value -----------------


def test_a_lone_surrogate_is_replaced_with_a_warning_and_the_file_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text(
        line(SENTENCE, id="good")
        + "\n"
        + '{"id": "odd", "text": "N\\u0103m 2020, thu ng\\u00e2n s\\u00e1ch \\ud800 \\u0111\\u1ea1t 12 t\\u1ef7 \\u0111\\u1ed3ng."}\n'
        + line(SENTENCE.replace("1.250", "1.300"), id="after")
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "corpus.db"

    code, out, err = imported(source, "--db", db)

    assert code == 0, err
    assert [doc for doc, _ in articles(db)] == ["good", "odd", "after"]
    assert "\ufffd" in articles(db)[1][1]
    assert "warning:" in err and "surrogate" in err
    assert "1 warning" in out


def test_a_file_name_that_is_not_utf8_is_imported_under_a_readable_name(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(SENTENCE, encoding="utf-8")
    odd = os.fsencode(folder) + b"/b\xe1o c\xe1o.txt"  # "báo cáo" in windows-1258 bytes
    with open(odd, "w", encoding="utf-8") as fh:
        fh.write(SENTENCE.replace("1.250", "2.500"))
    db = tmp_path / "corpus.db"

    code, _, err = imported(folder, "--db", db)

    assert code == 0, err
    docs = sorted(doc for doc, _ in articles(db))
    assert docs == ["b\ufffdo c\ufffdo", "good"]
    assert "not valid UTF-8" in err


def test_a_deeply_nested_value_is_one_problem_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    nested = '{"text": "' + SENTENCE + '", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    source.write_text(
        nested + "\n" + line(SENTENCE.replace("1.250", "1.300"), id="after") + "\n", encoding="utf-8"
    )
    db = tmp_path / "corpus.db"

    code, out, err = imported(source, "--db", db)

    assert code == 1
    assert [doc for doc, _ in articles(db)] == ["after"]
    assert "news.jsonl line 1" in err and "nested" in err
    assert "1 problem" in out


# ---- 11.13: line breaks inside valid JSON; big files streamed -------------------------------------


def test_unicode_line_breaks_inside_json_strings_do_not_split_the_line(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    texts = [
        SENTENCE + "\u2028Dòng hai.",
        SENTENCE.replace("1.250", "1.400") + "\u0085Dòng hai.",
        SENTENCE.replace("1.250", "1.500") + "\u2029Dòng hai.",
        SENTENCE.replace("1.250", "1.600") + "\x1cDòng hai.",
    ]
    with source.open("w", encoding="utf-8", newline="\n") as fh:
        for n, text in enumerate(texts):
            fh.write(
                json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False).replace("\\u001c", "\x1c")
                + "\n"
            )
    assert "\u2028" in source.read_text(encoding="utf-8") and "\x1c" in source.read_text(encoding="utf-8")
    db = tmp_path / "corpus.db"

    code, _, err = imported(source, "--db", db)

    assert code == 0, err
    assert [doc for doc, _ in articles(db)] == ["a0", "a1", "a2", "a3"]
    assert all("Dòng hai" in text for _, text in articles(db))


@pytest.mark.slow
def test_a_jsonl_file_bigger_than_an_article_file_may_be_is_streamed(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    padding = "x" * (MAX_BYTES // 3)
    with source.open("w", encoding="utf-8") as fh:
        for n in range(4):
            fh.write(line(SENTENCE.replace("1.250", f"1.{n}00"), id=f"big{n}", padding=padding) + "\n")
    assert source.stat().st_size > MAX_BYTES
    db = tmp_path / "corpus.db"

    code, _, err = imported(source, "--db", db)

    assert code == 0, err
    assert [doc for doc, _ in articles(db)] == ["big0", "big1", "big2", "big3"]


# ---- 11.14: what the decoder replaced reaches the user and the article ----------------------------


def test_undecodable_bytes_are_a_warning_on_screen_and_on_the_article(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_bytes(SEED.encode("utf-8").replace("tỷ".encode(), b"t\xff", 1))
    db = tmp_path / "corpus.db"

    code, out, err = imported(source, "--db", db)

    assert code == 0, err
    assert "warning: " in err and "not valid utf-8" in err
    assert "1 warning" in out
    with Store(db, readonly=True) as store:
        (summary,) = store.article_summaries()
        assert any("not valid utf-8" in w for w in store.article(summary.id).warnings)


def test_a_bad_byte_in_one_jsonl_line_warns_about_that_line(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    good = line(SENTENCE, id="good").encode()
    bad = line(SENTENCE.replace("1.250", "1.300"), id="bad").encode().replace("tỷ".encode(), b"t\xff", 1)
    source.write_bytes(good + b"\n" + bad + b"\n")
    db = tmp_path / "corpus.db"

    code, _, err = imported(source, "--db", db)

    assert code == 0, err
    assert "news.jsonl:2" in err and "not valid utf-8" in err
    with Store(db, readonly=True) as store:
        warnings = {s.doc: store.article(s.id).warnings for s in store.article_summaries()}
    assert warnings["good"] == () and warnings["bad"]


# ---- 11.15: links inside an import folder ---------------------------------------------------------


def test_links_out_of_an_import_folder_are_not_followed_and_are_named(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SENTENCE.replace("1.250", "9.999"), encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "alias.txt").symlink_to(folder / "a.txt")  # inside the folder: fine
    (folder / "passwd.txt").symlink_to(outside / "secret.txt")
    (folder / "more").symlink_to(outside, target_is_directory=True)
    db = tmp_path / "corpus.db"

    code, _, err = imported(folder, "--db", db)

    assert code == 0, err
    assert all("9.999" not in text for _, text in articles(db)), "a link out of the folder was followed"
    assert len(articles(db)) == 1
    assert "passwd.txt" in err and "more" in err and "outside the folder" in err


# ---- 11.16: an export given back to import -------------------------------------------------------


def test_an_exported_jsonl_is_recognised_and_not_imported_as_articles(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    source = tmp_path / "news.txt"
    source.write_text(SEED, encoding="utf-8")
    code, _, err = imported(source, "--db", db)
    assert code == 0, err
    exported = tmp_path / "records.jsonl"
    export(db, exported, "jsonl", "all")
    fresh = tmp_path / "fresh.db"

    code, _, err = imported(exported, "--db", fresh)

    assert code == 1
    assert "records.jsonl" in err and "export" in err and "not articles" in err
    assert err.count("chitieu: error:") == 1, "one message for the file, not one per line"
    assert not fresh.exists() or articles(fresh) == []


def test_a_jsonl_file_in_pieces_keeps_its_line_numbers_and_order(tmp_path: Path) -> None:
    """Pieces of 64 lines go to two workers: problems name the right line, articles keep the file's order."""
    from desktop.services.ingest import import_paths

    source = tmp_path / "news.jsonl"
    lines = [line(SENTENCE.replace("1.250", f"{n}.250"), id=f"n{n}") for n in range(300)]
    lines[149] = "{not json"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    report = import_paths(tmp_path / "corpus.db", [source], workers=2)

    assert [p.source for p in report.problems] == [f"{source}:150"]
    assert [doc for doc, _ in articles(tmp_path / "corpus.db")] == [f"n{n}" for n in range(300) if n != 149]
