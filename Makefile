# Two commands do all set-up on a fresh machine: `make run` and `make test`.
.PHONY: run test lint bench

.venv/.installed: pyproject.toml scripts/bootstrap.sh
	./scripts/bootstrap.sh

run: .venv/.installed
	.venv/bin/chitieu

test: .venv/.installed
	.venv/bin/python -m pytest

lint: .venv/.installed
	.venv/bin/ruff check desktop tests benchmarks

bench: .venv/.installed
	.venv/bin/python benchmarks/run.py
