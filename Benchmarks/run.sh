#!/usr/bin/env bash
# Benchmarks the translation memory against rapidfuzz on the generated
# corpus and writes BENCHMARKS.md. Run it on a quiet machine:
#
#   Benchmarks/run.sh                      # sizes 10000 100000 1000000
#   TM_BENCH_SIZES="10000" Benchmarks/run.sh
#
# The corpus goes to $TM_BENCH_DATA (default /work/bench-data), outside the
# repository; it is generated there when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${TM_BENCH_DATA:-/work/bench-data}
sizes=${TM_BENCH_SIZES:-"10000 100000 1000000"}
corpus_script=${TM_CORPUS_SCRIPT:-}
if [ -z "$corpus_script" ]; then
  for candidate in ../shared/bench/make_tm_corpus.py /work/shared/bench/make_tm_corpus.py; do
    if [ -f "$candidate" ]; then corpus_script=$candidate; break; fi
  done
fi
swift build -c release --product tm
python3 -c 'import rapidfuzz' 2>/dev/null || pip install --quiet rapidfuzz
mkdir -p "$data"
# shellcheck disable=SC2086
python3 Benchmarks/bench.py --tm .build/release/tm --data "$data" --corpus-script "$corpus_script" \
  --sizes $sizes --out BENCHMARKS.md
