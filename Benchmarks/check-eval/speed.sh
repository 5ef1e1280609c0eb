#!/usr/bin/env bash
# Measures `tm check` on about 100 MB of English text (release build):
# the Debian Administrator's Handbook in English, the licences in
# /usr/share/common-licenses and the README files in /usr/share/doc, as plain
# text, repeated. Run from the repository root after `swift build -c release`.
set -euo pipefail
corpus=${1:-/tmp/tm-check-english.txt}
if [ ! -s "$corpus" ]; then
  work=$(mktemp -d)
  (cd "$work" && apt-get download debian-handbook >/dev/null 2>&1 && dpkg -x debian-handbook_*.deb x)
  {
    for page in "$work"/x/usr/share/doc/debian-handbook/html/en-US/*.html; do
      sed -e 's/<[^>]*>//g' -e 's/&[a-z]*;//g' "$page" | grep -v '^\s*$'
    done
    cat /usr/share/common-licenses/* 2>/dev/null
    find /usr/share/doc -name 'README*' -type f ! -name '*.gz' -exec cat {} + 2>/dev/null
  } | iconv -f utf-8 -t utf-8 -c > "$work/unique.txt"
  : > "$corpus"
  while [ "$(stat -c %s "$corpus")" -lt 100000000 ]; do cat "$work/unique.txt" >> "$corpus"; done
  rm -rf "$work"
fi
bytes=$(stat -c %s "$corpus")
echo "corpus: $corpus, $bytes bytes"
# tm reads a document whole up to 32 MiB, so check the corpus as a folder of
# 25 MB parts (split at line ends).
parts=$(mktemp -d)
split -C 25000000 --additional-suffix=.txt "$corpus" "$parts/part-"
.build/release/tm check --format json "$parts" > /dev/null || true  # build the store first
start=$(date +%s.%N)
.build/release/tm check --format json "$parts" > /tmp/tm-check-speed.jsonl || true
end=$(date +%s.%N)
echo "findings: $(wc -l < /tmp/tm-check-speed.jsonl)"
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print('%.2f s, %.1f MB/s' % (s, int(sys.argv[3])/s/1e6))" "$start" "$end" "$bytes"
grep -c '"kind"' /tmp/tm-check-speed.jsonl > /dev/null || true
rm -rf "$parts"
