#!/usr/bin/env python3
"""Scores `tm check --format json` on the evaluation set (see build.py):
precision, recall and F1 per kind of finding, and, on the same lines, the
stray-line decision of language-identification libraries from PyPI (a line
is flagged when the library's language is not English).

    pip install py3langid==0.4.0 lingua-language-detector pycld2
    swift build -c release
    python3 Benchmarks/check-eval/evaluate.py [dev|test] [--tm PATH] [--no-libraries]
"""
import argparse, collections, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KINDS = ["stray-line", "mixed-script", "non-preferred-term"]


def key(record):
    if record["kind"] == "stray-line":
        return (record["file"], record["line"], record["kind"])
    return (record["file"], record["line"], record["kind"], record["text"])


def prf(found, expected):
    tp = len(found & expected)
    p = tp / len(found) if found else 1.0
    r = tp / len(expected) if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, len(found) - tp, len(expected) - tp


def library_flags(lines):
    """For each library, the set of (file, line) it flags as not English."""
    results = {}
    try:
        import py3langid
        results["py3langid 0.4.0"] = {k for k, text in lines if py3langid.classify(text)[0] != "en"}
    except ImportError:
        print("py3langid is not installed", file=sys.stderr)
    try:
        from lingua import Language, LanguageDetectorBuilder
        detector = LanguageDetectorBuilder.from_all_languages().build()
        results["lingua-language-detector"] = {
            k for k, text in lines if detector.detect_language_of(text) not in (None, Language.ENGLISH)}
    except ImportError:
        print("lingua-language-detector is not installed", file=sys.stderr)
    try:
        import pycld2
        flagged = set()
        for k, text in lines:
            try:
                reliable, _, details = pycld2.detect(text)
            except pycld2.error:
                continue
            if reliable and details[0][1] not in ("en", "un"):
                flagged.add(k)
        results["pycld2 0.42"] = flagged
    except ImportError:
        print("pycld2 is not installed", file=sys.stderr)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("split", nargs="?", default="test")
    parser.add_argument("--tm", default=None)
    parser.add_argument("--no-libraries", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the mistakes")
    args = parser.parse_args()
    tm = args.tm or next(p for p in [os.path.join(ROOT, ".build/release/tm"), os.path.join(ROOT, ".build/debug/tm")]
                         if os.path.exists(p))
    run = subprocess.run([tm, "check", "--format", "json", "documents/" + args.split], cwd=HERE,
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit("tm check failed (%d): %s" % (run.returncode, run.stderr))
    found = [json.loads(l) for l in run.stdout.splitlines()]
    for record in found:
        record["file"] = record["file"][len("documents/"):]
    expected = [json.loads(l) for l in open(os.path.join(HERE, "labels", args.split + ".jsonl"), encoding="utf-8")]

    print("## tm check on the %s split (%d documents)\n" % (args.split, len({r["file"] for r in expected})))
    print("| kind | precision | recall | F1 | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|")
    for kind in KINDS:
        f = {key(r) for r in found if r["kind"] == kind}
        e = {key(r) for r in expected if r["kind"] == kind}
        p, r, f1, tp, fp, fn = prf(f, e)
        print("| %s | %.3f | %.3f | %.3f | %d | %d | %d |" % (kind, p, r, f1, tp, fp, fn))
        if args.errors:
            texts = {}
            for path in {k[0] for k in f | e}:
                texts[path] = open(os.path.join(HERE, "documents", path), encoding="utf-8").read().split("\n")
            for k in sorted(f - e):
                print("  FP", k, texts[k[0]][k[1] - 1][:120], file=sys.stderr)
            for k in sorted(e - f):
                print("  FN", k, texts[k[0]][k[1] - 1][:120], file=sys.stderr)

    # The language tm reports for the stray lines it found.
    labels = {(r["file"], r["line"]): r["language"] for r in expected if r["kind"] == "stray-line"}
    reported = {(r["file"], r["line"]): r["language"] for r in found if r["kind"] == "stray-line"}
    both = [k for k in reported if k in labels]
    if both:
        right = sum(reported[k] == labels[k] or (labels[k] == "hr" and reported[k] == "sh") for k in both)
        print("\nLanguage reported right for %d of %d true stray lines (%.3f)." % (right, len(both), right / len(both)))
        confusions = collections.Counter((labels[k], reported[k]) for k in both if reported[k] != labels[k])
        if confusions:
            print("Most confused: " + ", ".join("%s→%s %d" % (a, b, n) for (a, b), n in confusions.most_common(8)))

    if args.no_libraries:
        return
    lines = []
    for path in sorted({r["file"] for r in expected}):
        for number, text in enumerate(open(os.path.join(HERE, "documents", path), encoding="utf-8").read().split("\n"), 1):
            if text.strip():
                lines.append(((path, number), text))
    truth = {(r["file"], r["line"]) for r in expected if r["kind"] == "stray-line"}
    ours = {(r["file"], r["line"]) for r in found if r["kind"] == "stray-line"}
    print("\n## stray-line against language-identification libraries (%d non-empty lines, %d stray)\n"
          % (len(lines), len(truth)))
    print("| detector | precision | recall | F1 | FP | FN |")
    print("|---|---|---|---|---|---|")
    p, r, f1, tp, fp, fn = prf(ours, truth)
    print("| tm check | %.3f | %.3f | %.3f | %d | %d |" % (p, r, f1, fp, fn))
    for name, flagged in library_flags(lines).items():
        p, r, f1, tp, fp, fn = prf(flagged, truth)
        print("| %s | %.3f | %.3f | %.3f | %d | %d |" % (name, p, r, f1, fp, fn))


if __name__ == "__main__":
    main()
