# Shortcuts for the scripts in scripts/ (the README commands are the scripts themselves,
# since a fresh machine may not have make).
.PHONY: setup run demo test lint format translations build bench clean

setup:
	bash scripts/setup.sh

run:
	bash scripts/run.sh

demo:
	bash scripts/run.sh --demo

test:
	bash scripts/test.sh

# The issue-18 figures against their baselines and targets (exits 1 on a miss); see
# docs/performance.md. `make bench ARGS=--quick` for the small size.
bench:
	bash scripts/bench.sh $(ARGS)

# Only the static checks (also part of `make test`): import-linter contracts, ruff, mypy.
lint: setup
	.venv/bin/lint-imports --no-logo
	.venv/bin/ruff check src tests benchmarks scripts build.spec
	.venv/bin/ruff format --check src tests benchmarks scripts build.spec
	.venv/bin/mypy

# Format the code as the tests expect it.
format: setup
	.venv/bin/ruff format src tests benchmarks scripts build.spec
	.venv/bin/ruff check --fix src tests benchmarks scripts build.spec

# Refresh translations/vocdesk_th.ts from the source and compile the .qm files.
translations:
	bash scripts/update_translations.sh

build:
	bash scripts/build.sh

# Build outputs and caches; keeps .venv (delete it by hand to start from scratch).
clean:
	rm -rf build dist translations/*.qm .pytest_cache .import_linter_cache .mypy_cache .ruff_cache
	find . -path ./.venv -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
