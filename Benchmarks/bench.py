#!/usr/bin/env python3
"""Measures `tm import` and `tm match` at several memory sizes, side by side
with rapidfuzz on the same corpus and queries, and writes BENCHMARKS.md.

For each size N it uses <data>/tm-N.tmx and queries-N.tsv from
make_tm_corpus.py (generated when missing) and measures:

- import: wall time and peak RSS of `tm import tm-N.tmx` into a new store;
- `tm match --queries`: each query's time as measured inside the process
  (--timings), after one warm-up run; p50/p95/p99 overall and per class;
- a single `tm match TEXT` process: wall time for 20 queries;
- recall: every match >= 75 of `--exhaustive` found by the index;
- incremental add: `tm import` of 1,000 new units and of 1 unit into a copy
  of the store;
- rapidfuzz: process.extract(query, choices, scorer=fuzz.ratio,
  score_cutoff=70, limit=5) over the same English sources.
"""
import argparse, csv, json, os, platform, shutil, statistics, subprocess, sys, time

csv.field_size_limit(1 << 30)


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def load_queries(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row["kind"], row["text"]) for row in rows]


def load_sources(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [row["en"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


PATHOLOGICAL = [
    "%s", "%s %s", "%s: %s", "%s: %s: %s: %s", "%s %s %s %s %s %s %s %s", "%d of %d", "{0}", "the", ". . .",
    "%s: %s (%s) %s [%s] %s", "The %s of the %s is %s in the %s.", "to the of a in is for on with by",
]


def placeholder_queries(sources, count=88):
    """Segments with three or more printf placeholders, one word changed, and
    hand-made queries made of placeholders and the commonest words."""
    import re
    heavy = [s for s in sources[:100000] if len(re.findall(r"%[-+ #0-9.]*[sdulfxc]", s)) >= 3]
    picked = heavy[:: max(1, len(heavy) // count)][:count]
    queries = []
    for i, text in enumerate(picked):
        words = text.split(" ")
        plain = [k for k, w in enumerate(words) if w.isalpha()]
        if plain:
            words[plain[i % len(plain)]] = "zzz"
        queries.append(" ".join(words))
    return PATHOLOGICAL + queries


def timed(command, **kwargs):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - start, result


def gnu_time(command):
    """Wall seconds and peak RSS (MB) of a command, via /usr/bin/time -v."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    wall = rss = None
    for line in result.stderr.splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            clock = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(part) * 60 ** i for i, part in enumerate(reversed(clock)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.rsplit(" ", 1)[1]) / 1024
    return wall, rss, result.stdout.strip()


def match_batch(tm, db, queries_file, timings_file, extra=()):
    wall, result = timed([tm, "match", "--queries", queries_file, "--db", db, "--timings", timings_file, *extra])
    if result.returncode != 0:
        sys.exit(f"tm match failed: {result.stderr}")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    with open(timings_file) as f:
        micros = [int(line) for line in f]
    return wall, lines, micros


def bench_size(args, n):
    data = args.data
    tmx, tsv, queries_tsv = (os.path.join(data, f"{name}-{n}.{ext}") for name, ext in
                             [("tm", "tmx"), ("tm", "tsv"), ("queries", "tsv")])
    if not (os.path.exists(tmx) and os.path.exists(queries_tsv)):
        if not args.corpus_script:
            sys.exit("no corpus and no make_tm_corpus.py (set TM_CORPUS_SCRIPT)")
        subprocess.run([sys.executable, args.corpus_script, "--out-dir", data, "--size", str(n),
                        "--queries", "500", "--quiet"], check=True)
    queries = load_queries(queries_tsv)
    queries_file = os.path.join(data, f"q-{n}.txt")
    with open(queries_file, "w", encoding="utf-8") as f:
        f.writelines(text + "\n" for _, text in queries)
    db = os.path.join(data, f"bench-{n}.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    print(f"[{n}] import", file=sys.stderr)
    load_before = loadavg()
    import_wall, import_rss, import_out = gnu_time([args.tm, "import", tmx, "--db", db])
    import_load = f"{load_before} → {loadavg()}"
    store_mb = os.path.getsize(db) / 1e6

    print(f"[{n}] match --queries", file=sys.stderr)
    timings = os.path.join(data, f"timings-{n}.txt")
    match_batch(args.tm, db, queries_file, timings)  # warm-up
    batch_wall, indexed, micros = match_batch(args.tm, db, queries_file, timings)
    by_kind = {}
    for (kind, _), us in zip(queries, micros):
        by_kind.setdefault(kind, []).append(us / 1000)
    ms = [us / 1000 for us in micros]

    print(f"[{n}] match --exhaustive", file=sys.stderr)
    ex_timings = os.path.join(data, f"timings-exhaustive-{n}.txt")
    _, exhaustive, ex_micros = match_batch(args.tm, db, queries_file, ex_timings, ["--exhaustive"])
    wanted = found = identical = 0
    for a, b in zip(indexed, exhaustive):
        got = {(m["score"], m["source"], m["origin"]) for m in a["matches"] if m["score"] >= 75}
        want = {(m["score"], m["source"], m["origin"]) for m in b["matches"] if m["score"] >= 75}
        wanted += len(want)
        found += len(want & got)
        identical += a["matches"] == b["matches"]

    print(f"[{n}] placeholder-heavy queries", file=sys.stderr)
    heavy_file = os.path.join(data, f"q-{n}-placeholders.txt")
    heavy_queries = placeholder_queries(load_sources(tsv))
    with open(heavy_file, "w", encoding="utf-8") as f:
        f.writelines(text + "\n" for text in heavy_queries)
    heavy_timings = os.path.join(data, f"timings-placeholders-{n}.txt")
    match_batch(args.tm, db, heavy_file, heavy_timings)
    _, heavy_indexed, heavy_micros = match_batch(args.tm, db, heavy_file, heavy_timings)
    _, heavy_exhaustive, _ = match_batch(args.tm, db, heavy_file, heavy_timings + ".x", ["--exhaustive"])
    heavy_identical = sum(a["matches"] == b["matches"] for a, b in zip(heavy_indexed, heavy_exhaustive))
    heavy_ms = [us / 1000 for us in heavy_micros]
    by_kind["placeholders"] = heavy_ms

    print(f"[{n}] single processes", file=sys.stderr)
    singles = []
    for _, text in queries[::25]:
        wall, result = timed([args.tm, "match", "--db", db, "--format", "json", "--", text])
        if result.returncode not in (0, 1) or not result.stdout.startswith("{"):
            sys.exit(f"tm match failed: {result.stderr}")
        singles.append(wall * 1000)

    print(f"[{n}] incremental add", file=sys.stderr)
    copy = os.path.join(data, f"bench-{n}-add.sqlite")
    shutil.copyfile(db, copy)
    added = os.path.join(data, f"add-{n}.tsv")
    with open(added, "w", encoding="utf-8") as f:
        f.write("en\tru\n")
        for i, (_, text) in enumerate(queries * 2):
            f.write(f"{text} (added {i})\tдобавлено {i}\n")
    add_wall, _ = timed([args.tm, "import", added, "--db", copy])
    one = os.path.join(data, f"add-one-{n}.tsv")
    with open(one, "w", encoding="utf-8") as f:
        f.write("en\tru\nOne more segment, added alone.\tЕщё один сегмент.\n")
    add_one_wall, _ = timed([args.tm, "import", one, "--db", copy])
    _, check = timed([args.tm, "match", "--db", copy, "--format", "json", "--", f"{queries[0][1]} (added 0)"])
    add_found = json.loads(check.stdout)["matches"][0]["score"] == 100 if check.returncode == 0 else False
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)

    print(f"[{n}] rapidfuzz", file=sys.stderr)
    from rapidfuzz import fuzz, process
    choices = load_sources(tsv)
    rf = []
    for _, text in queries:
        start = time.perf_counter()
        process.extract(text, choices, scorer=fuzz.ratio, score_cutoff=70, limit=5)
        rf.append((time.perf_counter() - start) * 1000)

    return {
        "n": n, "import_s": import_wall, "import_load": import_load, "import_rss_mb": import_rss, "import_out": import_out, "store_mb": store_mb,
        "batch_s": batch_wall, "p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
        "max": max(ms), "mean": statistics.mean(ms),
        "kinds": {k: (percentile(v, 50), percentile(v, 95), percentile(v, 99), max(v)) for k, v in sorted(by_kind.items())},
        "exhaustive_p50": percentile([u / 1000 for u in ex_micros], 50),
        "heavy_identical": heavy_identical, "heavy_count": len(heavy_queries),
        "recall": found / wanted if wanted else 1.0, "wanted": wanted, "identical": identical, "queries": len(queries),
        "single_median": statistics.median(singles), "single_max": max(singles),
        "add_s": add_wall, "add_n": len(queries) * 2, "add_one_s": add_one_wall, "add_found": add_found,
        "rf_p50": percentile(rf, 50), "rf_p95": percentile(rf, 95),
    }


def loadavg():
    """The 1-minute load average: other work sharing the CPUs."""
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def machine():
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    cpus = os.cpu_count()
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{cpus} CPUs ({model}), {platform.system()} {platform.release()}, load average {load}"


def write(results, args, before, after):
    def f(x, digits=2):
        return f"{x:.{digits}f}"
    out = ["# Benchmarks", "",
           "Translation memory at 10k, 100k and 1M segments, measured by `Benchmarks/run.sh` "
           "(which calls `Benchmarks/bench.py`) on a release build, side by side with rapidfuzz on the same "
           "corpus and queries. Corpus and queries: `make_tm_corpus.py --size N --queries 500` (real gettext "
           "en→ru/kk pairs padded with synthetic variants; 100 queries each exact, ~95%, ~85%, ~75% and no match).",
           "", f"Machine at the start: {before}.", f"At the end: {after}.", "",
           "| segments | import | peak RSS | store | `--queries` p50 | p95 | p99 | single `tm match` | recall ≥ 75 | "
           "rapidfuzz p50 | rapidfuzz p95 | rapidfuzz ÷ tm (p50) |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        out.append(
            f"| {r['n']:,} | {f(r['import_s'], 1)} s | {f(r['import_rss_mb'], 0)} MB | {f(r['store_mb'], 0)} MB "
            f"| {f(r['p50'], 3)} ms | {f(r['p95'], 3)} ms | {f(r['p99'], 3)} ms "
            f"| {f(r['single_median'], 0)} ms (max {f(r['single_max'], 0)}) "
            f"| {100 * r['recall']:.1f}% ({r['wanted']}) | {f(r['rf_p50'], 1)} ms | {f(r['rf_p95'], 1)} ms "
            f"| {r['rf_p50'] / r['p50']:,.0f}× |")
    out += ["", "Per query class (`tm match --queries`, ms: p50 / p95 / p99 / max):", "",
            "| segments | " + " | ".join(results[0]["kinds"]) + " |",
            "|---:|" + "---:|" * len(results[0]["kinds"])]
    for r in results:
        out.append(f"| {r['n']:,} | " + " | ".join(
            " / ".join(f(x, 2) for x in v) for v in r["kinds"].values()) + " |")
    out += ["", "Other figures:", ""]
    for r in results:
        out.append(
            f"- {r['n']:,}: {r['queries']} queries in {f(r['batch_s'], 2)} s for the whole `tm match --queries` "
            f"process; `--exhaustive` p50 {f(r['exhaustive_p50'], 1)} ms; results identical to the exhaustive scan "
            f"for {r['identical']}/{r['queries']} queries (whole match lists, every score) and for "
            f"{r['heavy_identical']}/{r['heavy_count']} placeholder-heavy queries; incremental add of "
            f"{r['add_n']:,} units {f(r['add_s'], 2)} s, of 1 unit {f(r['add_one_s'], 2)} s (process wall time, "
            f"found again: {'yes' if r['add_found'] else 'NO'}); `{r['import_out']}` (1-minute load average "
            f"{r['import_load']} around the import).")
    out += ["", "How to read this:", "",
            "- Latency is measured inside the process around each query (`--timings`), after a warm-up run; "
            "it includes tokenizing the query, the index lookups, scoring and the word diff, not JSON output.",
            "- \"single `tm match`\" is the wall time of a whole process answering one query "
            "(`--format json`), 20 queries, warm page cache.",
            "- The `placeholders` class (not in the p50/p95 above): segments of the corpus with three or more "
            "printf placeholders with one word changed, and queries made only of placeholders and the commonest "
            "words (`%s %s`, `%s: %s: %s: %s`, `to the of a in is for on with by` …), to check that they do not "
            "blow up the tail.",
            "- Recall: the share of the exhaustive scan's matches scoring 75 or more (top 5 per query, "
            "`--min 70`) that the index returns, with the same score; the count is in parentheses.",
            "- rapidfuzz scans every segment per query (`process.extract` with `fuzz.ratio`, its Indel ratio on "
            "characters, case-sensitive); the ratio compares medians.",
            "- For comparison, the issue quotes SYSTRAN's fuzzy-match (C++, suffix-array index) at 1M segments on "
            "this kind of machine and corpus: 0.19 ms median and 16 ms p95, after loading its whole 300 MB index "
            "for 1.5 s, rebuilding the index for every added segment, and losing matches to its candidate filter. "
            "`tm` reads only what a query needs from the store (the single-process column includes starting the "
            "process), adds segments in place (the incremental figures above), and loses no match at or above "
            "`--min`.", ""]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tm", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--corpus-script", default="")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000, 1000000])
    parser.add_argument("--out", default="BENCHMARKS.md")
    args = parser.parse_args()
    before = machine()
    results = [bench_size(args, n) for n in args.sizes]
    write(results, args, before, machine())
    print(open(args.out).read())


if __name__ == "__main__":
    main()
