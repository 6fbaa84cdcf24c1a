"""The rules' patterns compiled from a file of opcodes: the very patterns ``re`` makes, or ``re`` left alone."""

from __future__ import annotations

import marshal
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import pattern_cache
from desktop.core.pattern_cache import ENV, PatternCache, patterns_cached

pytestmark = pytest.mark.skipif(not pattern_cache.supported(), reason="re internals not known here")

ROOT = Path(__file__).resolve().parents[1]

#: Named groups, flags inline and given, bytes, lookbehind, a set: what the opcodes must carry.
SAMPLES = [
    (r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>tỷ|triệu)?", 0),
    (r"(?i)(?<!\w)thành phố\s+(\w+)", 0),
    (r"^quý\s+[1-4IV]+$", re.MULTILINE),
    (rb"\xff\xfe|\xef\xbb\xbf", 0),
    (r"[^\W\d_]+", re.UNICODE | re.IGNORECASE),
]


def fresh(pattern: str | bytes, flags: int) -> re.Pattern:
    return pattern_cache._ORIGINAL(pattern, flags)


def test_a_pattern_from_the_file_is_the_one_re_compiles(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = PatternCache(path)
    made = [first.compile(pattern, flags) for pattern, flags in SAMPLES]
    first.save()
    again = PatternCache(path)
    assert len(again.entries) == len(SAMPLES)
    for (pattern, flags), before in zip(SAMPLES, made, strict=True):
        loaded = again.compile(pattern, flags)
        expected = fresh(pattern, flags)
        assert loaded == expected == before  # same text, flags and opcodes
        assert loaded.groupindex == expected.groupindex and loaded.groups == expected.groups
    assert again.added == 0


def test_every_pattern_an_import_compiles_is_the_one_re_compiles(tmp_path: Path) -> None:
    """The file a command writes, read back by another process: each entry against ``re`` itself."""
    path = tmp_path / "patterns.marshal"
    script = (
        "import sys; from pathlib import Path; from desktop.core.pattern_cache import patterns_cached\n"
        "with patterns_cached(Path(sys.argv[1])):\n    import desktop.services.ingest\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT, check=True)
    cache = PatternCache(path)
    assert len(cache.entries) > 300
    for kind, pattern, flags in cache.entries:
        assert kind == type(pattern).__name__
        loaded, expected = cache.compile(pattern, flags), fresh(pattern, flags)
        assert loaded == expected
        assert loaded.groupindex == expected.groupindex
    assert cache.added == 0


def test_a_damaged_or_foreign_file_is_ignored_and_written_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"not a marshal file")
    cache = PatternCache(path)
    assert cache.entries == {}
    assert cache.compile(*SAMPLES[0]) == fresh(*SAMPLES[0])
    cache.save()
    assert len(PatternCache(path).entries) == 1
    path.write_bytes(marshal.dumps((("another python", 0, 0), {("str", "x", 0): (0, [], 0, {}, ())})))
    assert PatternCache(path).entries == {}
    garbled = {("str", "a+b", 0): (0, [1, 2, 3], 0, {}, ()), ("str", "(c)", 0): (0, [1], "x", {}, ())}
    path.write_bytes(marshal.dumps((pattern_cache._identity(), garbled)))
    cache = PatternCache(path)
    assert cache.compile("a+b") == fresh("a+b", 0) and cache.compile("(c)") == fresh("(c)", 0)
    assert cache.added == 2


def test_a_command_keeps_the_patterns_of_another_until_they_outnumber_its_own(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    other = PatternCache(path)
    for n in range(3):
        other.compile(f"other{n}")
    other.save()
    this = PatternCache(path)
    for n in range(3):
        this.compile(f"this{n}")
    this.save()
    assert len(PatternCache(path).entries) == 6  # neither command's patterns dropped
    few = PatternCache(path)
    few.compile("alone")
    few.save()
    assert list(PatternCache(path).entries) == [("str", "alone", 0)]  # six unused against one used


def test_the_block_compiles_through_the_file_and_puts_re_back(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    original = pattern_cache._compiler.compile
    with patterns_cached(path) as cache:
        assert cache is not None
        assert re.compile(r"(?P<n>\d{3})-chitieu-test") == fresh(r"(?P<n>\d{3})-chitieu-test", 0)
    assert pattern_cache._compiler.compile is original
    assert ("str", r"(?P<n>\d{3})-chitieu-test", 0) in PatternCache(path).entries


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "")
    original = pattern_cache._compiler.compile
    with patterns_cached() as cache:
        assert cache is None
        assert pattern_cache._compiler.compile is original


def test_chitieu_import_and_extract_write_the_file_then_read_it(tmp_path: Path) -> None:
    """A fresh interpreter compiles the rules inside the block and leaves the file; the next import,
    with the patterns from it, stores the same records."""
    path = tmp_path / "patterns.marshal"
    seed = next((ROOT / "seeds").glob("*.txt"))
    env = {**os.environ, ENV: str(path), "CHITIEU_BACKUPS": "0"}
    dumps = []
    for run in ("cold", "warm"):
        db = tmp_path / f"{run}.db"
        command = [
            sys.executable,
            "-m",
            "desktop",
            "import",
            str(seed),
            "--db",
            str(db),
            "--workers",
            "1",
            "-q",
        ]
        subprocess.run(command, cwd=ROOT, env=env, check=True)
        with sqlite3.connect(db) as conn:
            dumps.append(conn.execute("SELECT indicator, value, period, locality FROM records").fetchall())
        assert len(PatternCache(path).entries) > 300
    assert dumps[0] and dumps[0] == dumps[1]
    extracting = tmp_path / "extract.marshal"
    command = [sys.executable, "-m", "desktop", "extract", "--db", str(tmp_path / "warm.db"), "-q"]
    subprocess.run(command, cwd=ROOT, env={**env, ENV: str(extracting)}, check=True)
    assert len(PatternCache(extracting).entries) > 300  # chitieu extract keeps its patterns too


def test_extract_jsonl_writes_the_file_and_streams_the_same_records(tmp_path: Path) -> None:
    """``extract-jsonl`` (started once per chunk by a pipeline) keeps its patterns too, and gives the same
    lines reading them."""
    path = tmp_path / "stream.marshal"
    line = '{"id": "a1", "text": "Năm 2023, thu ngân sách huyện đạt 512 tỷ đồng, tăng 8% so với cùng kỳ."}\n'
    env = {**os.environ, ENV: str(path)}
    command = [sys.executable, "-m", "desktop", "extract-jsonl", "-q"]
    runs = [
        subprocess.run(
            command, cwd=ROOT, env=env, input=line, capture_output=True, text=True, check=True
        ).stdout
        for _ in ("cold", "warm")
    ]
    assert runs[0] and runs[0] == runs[1]
    assert len(PatternCache(path).entries) > 300
