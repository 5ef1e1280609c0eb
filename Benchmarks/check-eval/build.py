#!/usr/bin/env python3
"""Builds the `tm check` evaluation set: English documents with injected
lines of every kind, and the findings each should produce.

Writes documents/{dev,test}/*.txt and labels/{dev,test}.jsonl (one object per
expected finding: file, line, kind, and language, text or suggestion). The
two splits draw on disjoint halves of every source, so `test` stays held out
while thresholds are looked at on `dev`.

Sources (none of them used to train the language model, which learns from
wordfreq lists and the LibreOffice/Firefox Kazakh translations):
- The Debian Administrator's Handbook (Debian package debian-handbook, GPL-2+
  or CC BY-SA 3.0): English paragraphs, and its translations for the foreign
  lines (fr de es it pt nl pl tr sv da nb cs ro id vi ca hr ru zh-CN);
- the Kazakh gettext catalogs installed in /usr/share/locale/kk (glib, gtk,
  shadow, iso-codes …; LGPL/GPL/BSD as their packages say);
- romanised Russian and Kazakh: those Russian and Kazakh lines through
  `tm translit` (BGN/PCGN, ASCII, Kazakh 2021);
- sources/news-en.txt: news-style English with Central Asian and Chinese
  names, bylines, dates, URLs and headings (written for this project);
- sources/debris.txt: web debris (share buttons, "read more") in many languages.

The seeds are left out: their non-preferred terms are pinned by the end-to-end
tests, and the English lines here must hold no non-preferred term except the
injected ones.

Run from the repository root after `swift build`: python3 Benchmarks/check-eval/build.py
"""
import glob, html, json, os, random, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "data", "langid"))
from prepare import read_mo  # noqa: E402  (the gettext catalog reader)
TM = os.path.join(ROOT, ".build", "debug", "tm")
HANDBOOK = {"fr-FR": "fr", "de-DE": "de", "es-ES": "es", "it-IT": "it", "pt-BR": "pt", "nl-NL": "nl",
            "pl-PL": "pl", "tr-TR": "tr", "sv-SE": "sv", "da-DK": "da", "nb-NO": "nb", "cs-CZ": "cs",
            "ro-RO": "ro", "id-ID": "id", "vi-VN": "vi", "ca-ES": "ca", "hr-HR": "sh", "ru-RU": "ru",
            "zh-CN": "zh"}
EN_WORDS = set("the and of is to are in that this with for be it an by on as from can which will or not have has "
               "their its was were at".split())
DOCUMENTS = 40  # per split


def handbook_paragraphs():
    work = tempfile.mkdtemp()
    subprocess.run(["apt-get", "download", "debian-handbook"], cwd=work, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    subprocess.run(["dpkg", "-x", glob.glob(os.path.join(work, "*.deb"))[0], os.path.join(work, "x")], check=True)
    base = os.path.join(work, "x/usr/share/doc/debian-handbook/html")
    result = {}
    for code in ["en-US"] + list(HANDBOOK):
        paragraphs = []
        for page in sorted(glob.glob(os.path.join(base, code, "*.html"))):
            for m in re.finditer(r'<div class="para">(.*?)</div>', open(page, encoding="utf-8").read(), re.S):
                text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(1)))).strip()
                # Prose only: no URLs, paths, commands or option lists.
                if 80 <= len(text) <= 600 and not re.search(r"[{}$<>=/@_\\#|]|--|\.\w+\.|\w\.\w", text):
                    paragraphs.append(text)
        result[code] = sorted(set(paragraphs))
    english = set(result["en-US"])
    for code in HANDBOOK:
        # Untranslated paragraphs are English: keep only translated ones.
        result[code] = [p for p in result[code] if p not in english and not englishy(p)]
    return result


def englishy(text):
    words = re.findall(r"[A-Za-z]+", text.lower())
    return bool(words) and sum(w in EN_WORDS for w in words) / len(words) > 0.05


def kazakh_lines():
    lines = set()
    for mo in sorted(glob.glob("/usr/share/locale/kk/LC_MESSAGES/*.mo")):
        for text in read_mo(open(mo, "rb").read()):
            text = re.sub(r"\s+", " ", text.replace("_", "")).strip()
            words = text.split()
            if len(words) >= 4 and not re.search(r"[%$<>{}=/@\\|]|--|\w\.\w", text) and re.search("[ә-ӿа-я]", text):
                lines.add(text)
    return sorted(lines)


def translit(lines, language, scheme):
    out = subprocess.run([TM, "translit", "\n".join(lines), "--from", language, "--to", scheme],
                         check=True, capture_output=True, text=True).stdout.split("\n")
    return out[: len(lines)]


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = (current + " " + word).strip()
    if current:
        lines.append(current)
    return lines


def wrap_chinese(text, width):
    lines = []
    for i in range(0, len(text), width):
        piece = text[i: i + width]
        # A piece without Han characters (a run of Latin names, a lone
        # full stop) stays with the piece before it.
        if lines and not re.search(r"[\u4e00-\u9fff]", piece):
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines


# Mixed-script injection: Latin letters and their Cyrillic look-alikes.
LATIN_TO_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
                     "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С",
                     "T": "Т", "X": "Х"}
CYRILLIC_TO_LATIN = {v: k for k, v in LATIN_TO_CYRILLIC.items()}
COMPOUNDS = ["SSL-соединение", "iPhone-ның", "COVID-19-ға", "Wi-Fi-желісі", "PDF-файл", "IT-компания",
             "e-mail-адрес", "Apple-дың", "USB-порт", "BRI-дің", "SCO-ның", "Xi'an-ға"]


def confuse(word, table, rng):
    """The word with one or two letters swapped for look-alikes of another script."""
    positions = [i for i, ch in enumerate(word) if ch in table]
    if not positions:
        return None
    chosen = rng.sample(positions, min(len(positions), rng.choice([1, 1, 2])))
    return "".join(table[ch] if i in chosen else ch for i, ch in enumerate(word))


def term_variants():
    """(text, status, suggestion or None) of the English terms of the term base."""
    concepts = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "data/termbase/*.tsv"))):
        header = False
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            if not header:
                header = True
                continue
            cells = line.rstrip("\n").split("\t")
            if cells[1] == "en":
                concepts.setdefault(cells[0], []).append((cells[2], cells[3], cells[4]))
    result = []
    for terms in concepts.values():
        preferred = [t for t in terms if t[2] == "preferred"]
        for text, kind, status in terms:
            if status == "preferred" or not preferred:
                result.append((text, None))
                continue
            same = [t for t in preferred if t[1] == kind] or [t for t in preferred if t[1] == "full"] or preferred
            result.append((text, same[0][0]))
    return result


TERM_TEMPLATES = ["Officials from both countries discussed the {} at length on Tuesday.",
                  "The report mentions the {} several times in its conclusions.",
                  "Analysts say the {} will matter more in the coming years.",
                  "Speakers at the forum returned again and again to the {}."]


def main():
    rng = random.Random(2024)
    hb = handbook_paragraphs()
    kk = kazakh_lines()
    news = [l.strip() for l in open(os.path.join(HERE, "sources/news-en.txt"), encoding="utf-8") if l.strip()]
    debris = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "sources/debris.txt"), encoding="utf-8")
              if l.strip()]
    terms = term_variants()

    def halves(items):
        items = list(items)
        rng.shuffle(items)
        return items[0::2], items[1::2]

    pools = {}
    for name, items in [("en", hb["en-US"]), ("news", news), ("kk", kk), ("debris", debris),
                        ("terms", terms)] + [(lang, hb[code]) for code, lang in HANDBOOK.items()]:
        pools[name] = halves(items)

    for split_index, split in enumerate(["dev", "test"]):
        pool = {name: list(p[split_index]) for name, p in pools.items()}
        for items in pool.values():
            rng.shuffle(items)
        # Romanised lines from this split's Russian and Kazakh only.
        ru_sentences = [s for p in pool["ru"][:60] for s in re.split(r"(?<=[.!?]) ", p) if len(s.split()) >= 4]
        romanised = ([("ru", l) for l in translit(ru_sentences[:40], "ru", "bgn")]
                     + [("ru", l) for l in translit(ru_sentences[40:80], "ru", "ascii")]
                     + [("kk", l) for l in translit(pool["kk"][-90:-60], "kk", "kk-2021")]
                     + [("kk", l) for l in translit(pool["kk"][-60:-30], "kk", "bgn")]
                     + [("kk", l) for l in translit(pool["kk"][-30:], "kk", "ascii")])
        pool["kk"] = pool["kk"][:-90]
        rng.shuffle(romanised)
        foreign_langs = [lang for lang in HANDBOOK.values()]
        out_dir = os.path.join(HERE, "documents", split)
        os.makedirs(out_dir, exist_ok=True)
        for old in glob.glob(os.path.join(out_dir, "*.txt")):
            os.remove(old)
        labels = []
        for d in range(DOCUMENTS):
            name = "%s/doc%02d.txt" % (split, d)
            blocks = []  # each block: list of (line, label or None)
            for _ in range(rng.randint(4, 7)):
                source = rng.choice(["en", "en", "news"])
                if pool[source]:
                    text = pool[source].pop()
                    lines = wrap(text, rng.choice([70, 90])) if source == "en" and rng.random() < 0.5 else [text]
                    blocks.append([(l, None) for l in lines])
            for _ in range(rng.randint(2, 4)):
                kind = rng.choice(["handbook", "handbook", "kk", "romanised", "debris", "zh"])
                if kind == "handbook":
                    lang = rng.choice([l for l in foreign_langs if l != "zh"])
                    if not pool[lang]:
                        continue
                    text = pool[lang].pop()
                    lines = wrap(text, rng.choice([60, 80])) if rng.random() < 0.5 else [text]
                    blocks.append([(l, ("stray-line", lang)) for l in lines])
                elif kind == "zh" and pool["zh"]:
                    text = pool["zh"].pop()
                    lines = wrap_chinese(text, 40) if rng.random() < 0.5 else [text]
                    blocks.append([(l, ("stray-line", "zh")) for l in lines])
                elif kind == "kk" and pool["kk"]:
                    blocks.append([(pool["kk"].pop(), ("stray-line", "kk"))])
                elif kind == "romanised" and romanised:
                    lang, line = romanised.pop()
                    blocks.append([(line, ("stray-line", lang))])
                elif kind == "debris" and pool["debris"]:
                    lang, line = pool["debris"].pop()
                    blocks.append([(line, ("stray-line", lang.split("-")[0]))])
            # Mixed-script words in English lines, and legitimate compounds.
            for _ in range(rng.randint(0, 2)):
                candidates = [b for b in blocks if all(lab is None for _, lab in b)]
                if not candidates:
                    break
                block = rng.choice(candidates)
                i = rng.randrange(len(block))
                words = block[i][0].split(" ")
                choices = [k for k, w in enumerate(words) if re.fullmatch(r"[A-Za-z]{4,}", w)]
                if not choices:
                    continue
                k = rng.choice(choices)
                confused = confuse(words[k], LATIN_TO_CYRILLIC, rng)
                if confused:
                    words[k] = confused
                    block[i] = (" ".join(words), ("mixed-script", words[k], re.sub(".", lambda m: CYRILLIC_TO_LATIN.get(m.group(), m.group()), confused)))
            if rng.random() < 0.5:
                word = rng.choice(["Қазақстан", "ынтымақтастық", "мемлекет", "Президент", "экономика"])
                confused = confuse(word, CYRILLIC_TO_LATIN, rng)
                if confused:
                    line = "The Kazakh word %s appears in the headline." % confused
                    blocks.append([(line, ("mixed-script", confused, word))])
            compound = rng.choice(COMPOUNDS)
            blocks.append([("The Kazakh press wrote %s in its coverage of the talks." % compound, None)])
            # Terms: non-preferred ones are findings, preferred ones are not.
            for _ in range(rng.randint(1, 3)):
                if pool["terms"]:
                    text, suggestion = pool["terms"].pop()
                    line = rng.choice(TERM_TEMPLATES).format(text)
                    label = ("non-preferred-term", text, suggestion) if suggestion else None
                    blocks.append([(line, label)])
            rng.shuffle(blocks)
            lines = []
            for block in blocks:
                if lines:
                    lines.append(("", None))
                lines += block
            with open(os.path.join(HERE, "documents", name), "w", encoding="utf-8") as f:
                f.write("\n".join(l for l, _ in lines) + "\n")
            for number, (line, label) in enumerate(lines, 1):
                if not label:
                    # English text that happens to use a non-preferred term
                    # ("Bright Path" in a news line) should be reported too.
                    # (Not inside a longer term: "training centers" in
                    # "vocational education and training centers".)
                    spans = [(m.start(), m.end(), text, suggestion) for text, suggestion in terms
                             for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(text), line)]
                    for start, end, text, suggestion in spans:
                        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e, _, _ in spans)
                        if suggestion and not inside:
                            labels.append({"file": name, "line": number, "kind": "non-preferred-term", "text": text,
                                           "suggestion": suggestion})
                    continue
                record = {"file": name, "line": number, "kind": label[0]}
                if label[0] == "stray-line":
                    record["language"] = label[1]
                else:
                    record["text"] = label[1]
                    record["suggestion"] = label[2]
                labels.append(record)
        os.makedirs(os.path.join(HERE, "labels"), exist_ok=True)
        with open(os.path.join(HERE, "labels", split + ".jsonl"), "w", encoding="utf-8") as f:
            for record in labels:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(split, len(labels), "labels", file=sys.stderr)


if __name__ == "__main__":
    main()
