#!/usr/bin/env python3
"""Opens a `tm export` TBX with Translate Toolkit's TBX storage class and
checks it against what the test expects, read from data/termbase by the
caller (an independent oracle: it never goes through `tm`).

Usage: test_tbx_clients.py FILE.tbx EXPECTED.json
EXPECTED.json: {"concepts": {"sco": {"en": [...], "ru": [...], "kk": [...]}, ...},
                "languages": ["en", "kk", "kk-Latn", "ru"]}
Prints one line per check; exits 0 when all pass, 1 otherwise.
"""
import json
import sys

from translate.misc.xml_helpers import getXMLlang
from translate.storage import tbx


def main(path, expected_path):
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    concepts = expected["concepts"]
    with open(path, "rb") as f:
        store = tbx.tbxfile(f)
    failures = []

    def check(ok, what):
        print(("ok    " if ok else "FAIL  ") + what)
        if not ok:
            failures.append(what)

    units = store.units
    check(len(units) == len(concepts), f"{len(units)} units, expected {len(concepts)}")
    check([u.getid() for u in units] == sorted(concepts), "unit ids are the concept ids, sorted")
    languages = sorted({getXMLlang(n) for u in units for n in u.getlanguageNodes()})
    check(languages == sorted(expected["languages"]), f"languages {languages}")

    for target in ("ru", "kk"):
        store.setsourcelanguage("en")
        store.settargetlanguage(target)
        wrong = []
        for unit in units:
            want = concepts[unit.getid()]
            got_source = sorted(t.text for t in unit.get_source_terms())
            got_target = sorted(t.text for t in unit.get_target_terms(target))
            if got_source != sorted(want["en"]) or got_target != sorted(want[target]):
                wrong.append(unit.getid())
            if not unit.source or unit.target not in want[target]:
                wrong.append(unit.getid() + " (source/target)")
        check(not wrong, f"en and {target} terms of every unit match data/termbase" + (f": {wrong[:5]}" if wrong else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
