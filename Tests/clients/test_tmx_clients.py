#!/usr/bin/env python3
"""Opens a `tm export --format tmx` file with Translate Toolkit's TMX storage
class and checks it against the store it was exported from, read with
Python's sqlite3 (an independent oracle: it never goes through `tm`'s XML).

Usage: test_tmx_clients.py FILE.tmx STORE.sqlite
Prints one line per check; exits 0 when all pass, 1 otherwise.
"""
import sqlite3
import sys

from translate.misc.xml_helpers import getXMLlang
from translate.storage import tmx


def main(path, store_path):
    db = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    rows = db.execute("SELECT source, ru, kk FROM memoryUnit ORDER BY id").fetchall()
    with open(path, "rb") as f:
        store = tmx.tmxfile(f)
    failures = []

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failures.append(what)

    units = store.units
    check(len(units) == len(rows), f"{len(units)} units, expected {len(rows)}")
    languages = sorted({getXMLlang(n) for u in units for n in u.getlanguageNodes()})
    expected_languages = sorted({"en"} | {lang for i, lang in ((1, "ru"), (2, "kk")) if any(r[i] for r in rows)})
    check(languages == expected_languages, f"languages {languages}")

    wrong = []
    for index, (unit, (source, ru, kk)) in enumerate(zip(units, rows)):
        texts = {getXMLlang(n): unit.getNodeText(n) for n in unit.getlanguageNodes()}
        want = {lang: text for lang, text in (("en", source), ("ru", ru), ("kk", kk)) if text is not None}
        if texts != want or unit.source != source:
            wrong.append(index + 1)
    check(not wrong, "the texts of every unit, in order, match the store" + (f": units {wrong[:5]}" if wrong else ""))

    for target, column in (("ru", 1), ("kk", 2)):
        store.settargetlanguage(target)
        got = [u.gettarget(target) for u in units]
        check(got == [r[column] for r in rows], f"{target} targets as Translate Toolkit gives them")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
