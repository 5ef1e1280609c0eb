#!/usr/bin/env bash
# Builds tm's libFuzzer targets (Sources/tm-fuzz) with the fuzzer and address
# sanitizer, and runs each named target for SECONDS (default 600):
#
#   Fuzz/run.sh [-t SECONDS] [TARGET ...]     (default: every target)
#   Fuzz/run.sh -r RUNS [TARGET ...]          (RUNS inputs each, from a fresh
#                                              corpus with a fixed seed, for
#                                              CI: nearly the same every time)
#   Fuzz/run.sh -l                            (list the targets)
#
# Seed corpora come from the repository (data/, seeds/, the test fixtures,
# the regression inputs in Tests/GlossaryTests/Fixtures/fuzz/<target>/) and,
# when present, the shared samples in $TM_SHARED (default ../shared beside
# the repository). The corpus grows in Fuzz/.build/corpus/<target>; crashes
# land in Fuzz/.build/artifacts/<target>/ and make the script exit with
# status 1.
# Each run ends with libFuzzer's "Done N runs in S second(s)" line.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd .. && pwd)
seconds=600
runs=
case "${1:-}" in
  -t) seconds=$2; shift 2 ;;
  -r) runs=$2; shift 2
      # Swift seeds its hashing per process; fixed, runs repeat more closely.
      export SWIFT_DETERMINISTIC_HASHING=1 ;;
esac

mkdir -p .build
# Two runs may start at once: one builds, the other waits for it.
built=0 log=.build/build-$$.log
flock .build/build.lock swift build -c release -Xswiftc -sanitize=fuzzer,address >"$log" 2>&1 || built=$?
grep -vE 'ld\.(gold|lld): warning|^\[' "$log" >&2 || true
rm -f "$log"
if [ "$built" -ne 0 ]; then
  echo "the fuzzer did not build" >&2
  exit 1
fi
fuzzer=.build/release/tm-fuzz
test -x "$fuzzer"
targets=$(TM_FUZZ_TARGET=list "$fuzzer")
if [ "${1:-}" = "-l" ]; then echo "$targets"; exit 0; fi
[ $# -gt 0 ] || set -- $targets

shared=${TM_SHARED:-$repo/../shared}
# FoundationXML leaks an error object per XML error it reports (lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0"
export SWIFT_BACKTRACE=enable=no

failed=()

# Cuts text files into pieces of at most 4 KB at line ends, one file each.
pieces() {
  python3 - "$@" <<'PY'
import os, sys
out, files = sys.argv[1], sys.argv[2:]
n = 0
for path in files:
    if not os.path.isfile(path): continue
    data, piece = open(path, 'rb').read(), b''
    for line in data.splitlines(keepends=True):
        if len(piece) + len(line) > 4000 and piece:
            n += 1; open(os.path.join(out, f'seed-{n}'), 'wb').write(piece); piece = b''
        piece += line[:4000]
    if piece:
        n += 1; open(os.path.join(out, f'seed-{n}'), 'wb').write(piece)
PY
}

# Term texts of the term base, one file each (queries for lookup).
terms() {
  awk -F'\t' 'FNR > 2 && $2 ~ /^(en|ru|kk|kk-Latn)$/ { n++; print $3 > (out "/term-" n) }' out="$1" "$repo"/data/termbase/*.tsv
}

seed() {
  local target=$1 dir=$2
  case $target in
    tbx)
      for f in "$shared"/schemas/examples/*.tbx "$shared"/clients/samples/*.tbx "$shared"/schemas/examples/upstream/*.tbx; do
        [ -f "$f" ] && [ "$(wc -c <"$f")" -lt 65536 ] && cp "$f" "$dir/"
      done ;;
    tmx)
      for f in "$shared"/schemas/examples/*.tmx "$shared"/clients/samples/*.tmx "$repo"/Tests/GlossaryTests/Fixtures/*.tmx; do
        [ -f "$f" ] && [ "$(wc -c <"$f")" -lt 65536 ] && cp "$f" "$dir/"
      done ;;
    po)
      for f in "$repo"/Tests/GlossaryTests/Fixtures/*.po "$shared"/clients/samples/*.po; do [ -f "$f" ] && cp "$f" "$dir/"; done
      printf 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n\n#, fuzzy\nmsgctxt "menu"\nmsgid "Nurly Zhol"\nmsgid_plural "x"\nmsgstr[0] "Нурлы жол"\n' >"$dir/seed.po" ;;
    tsv)
      printf 'en\tru\tkk\tnote\nNurly Zhol\tНурлы жол\tНұрлы жол\tx\nSCO\tШОС\t\t\n' >"$dir/seed.tsv" ;;
    termbase-tsv) pieces "$dir" "$repo"/data/termbase/*.tsv ;;
    lookup) terms "$dir" ;;
    *) pieces "$dir" "$repo"/seeds/*.txt "$repo"/data/translations/*.txt "$repo"/Tests/GlossaryTests/Fixtures/alignment/*.txt ;;
  esac
  if [ -d "$repo/Tests/GlossaryTests/Fixtures/fuzz/$target" ]; then
    cp "$repo/Tests/GlossaryTests/Fixtures/fuzz/$target"/* "$dir/" 2>/dev/null || true
  fi
}

for target in "$@"; do
  corpus=.build/corpus/$target
  artifacts=.build/artifacts/$target
  if [ -n "$runs" ]; then
    corpus=.build/corpus-fixed/$target
    rm -rf "$corpus"
  fi
  mkdir -p "$corpus" "$artifacts"
  [ -n "$(ls -A "$corpus")" ] || seed "$target" "$corpus"
  options=(-timeout=10 -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$artifacts/")
  if [ -n "$runs" ]; then options+=(-runs="$runs" -seed=1); else options+=(-max_total_time="$seconds"); fi
  case $target in
    # FoundationXML leaks an error object per XML error, so every broken input
    # would set off a full leak scan (and the scans take most of the time).
    tbx | tmx) options+=(-max_len=16384 -dict=xml.dict -detect_leaks=0) ;;
    *) options+=(-max_len=4096) ;;
  esac
  if [ -n "$runs" ]; then echo "== $target: $runs runs" >&2; else echo "== $target: $seconds s" >&2; fi
  status=0
  TM_FUZZ_TARGET=$target "$fuzzer" "${options[@]}" "$corpus" >".build/$target.log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix)|deadly signal|Test unit written' \
    ".build/$target.log" >&2 || true
  [ "$status" -eq 0 ] || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found crashes in: ${failed[*]} (inputs in Fuzz/.build/artifacts/)" >&2
  exit 1
fi
