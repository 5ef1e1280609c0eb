import Foundation
import Glossary

/// The fuzz targets, by name: each takes the fuzzer's bytes and must neither
/// crash, nor trip the address sanitizer, nor hang, whatever they are. A
/// thrown error is a good outcome (bad input, reported); so is a result.
enum FuzzTargets {
  static let all: [String: @Sendable (Data) -> Void] = [
    "tbx": tbx,
    "tmx": { memory(TMXReader.self, $0) },
    "po": { memory(POReader.self, $0) },
    "tsv": { memory(TSVReader.self, $0) },
    "termbase-tsv": termBaseTSV,
    "decode": decode,
    "normalize": normalize,
    "translit": transliterate,
    "segment": segment,
    "lookup": lookup,
    "check": check,
    "extract": extract,
  ]

  /// A TBX file, through the guard and the streaming parser.
  static func tbx(_ data: Data) {
    _ = try? TBXReader().read(data: data, file: "fuzz.tbx")
  }

  /// Where the memory readers, which read files, find the fuzzer's bytes.
  static let scratchFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("tm-fuzz-\(ProcessInfo.processInfo.processIdentifier)")

  /// A TMX, PO or TSV file, as `tm import` reads it.
  static func memory(_ reader: any MemoryImporter.Type, _ data: Data) {
    try! data.write(to: scratchFile)
    var count = 0
    let options = ImportOptions(targetLanguage: reader == POReader.self ? .ru : nil, includeFuzzy: true)
    _ = try? reader.read(scratchFile, name: "fuzz", options: options, progress: { _ in }) { unit in
      precondition(!unit.source.isEmpty || !unit.targets.isEmpty)
      count += 1
    }
  }

  /// A file of data/termbase, as the data loader parses it.
  static func termBaseTSV(_ data: Data) {
    guard let text = try? TextFile.decode(data, file: "fuzz.tsv") else { return }
    _ = try? TermBaseReader().parse(text, file: "fuzz.tsv")
  }

  /// TextFile.decode: UTF-8 (or UTF-16 with a byte-order mark) to text with
  /// LF line ends, or an error.
  static func decode(_ data: Data) {
    guard let text = try? TextFile.decode(data, file: "fuzz.txt") else { return }
    precondition(!text.utf8.contains(0x0D), "a CR survived decoding")
  }

  /// The normalizer and the match keys, on any text.
  static func normalize(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    let nfc = TextNormalizer.nfc(text)
    precondition(TextNormalizer.nfc(nfc) == nfc, "NFC is not idempotent")
    _ = TextNormalizer.nfd(text)
    _ = TextNormalizer.caseFolded(text)
    _ = MatchKey.normalized(text)
    _ = MatchKey.latin(text)
    _ = MatchKey.cyrillic(text)
  }

  nonisolated(unsafe) static let transliterators = TransliterationScheme.allCases.map { try! Transliterator($0) }

  /// Every transliteration scheme, and the romanizations `tm translit` prints.
  static func transliterate(_ data: Data) {
    let text = String(decoding: data.prefix(4096), as: UTF8.self)
    for transliterator in transliterators { _ = try? transliterator.transliterate(text) }
    _ = Romanizer.hasKazakhLetters(text)
  }

  nonisolated(unsafe) static let segmenters = [Language.en, .ru, .kk].map { try! SentenceSegmenter(language: $0) }
  nonisolated(unsafe) static let tokenizer = try! WordTokenizer()

  /// Sentence and word segmentation.
  static func segment(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    for segmenter in segmenters {
      guard let sentences = try? segmenter.sentences(in: text) else { continue }
      for sentence in sentences { precondition(sentence.range.upperBound <= text.utf8.count) }
    }
    _ = try? tokenizer.tokens(in: text)
    _ = try? tokenizer.words(in: text)
  }

  /// The shipped term base, compiled once from the repository's data/ and
  /// seeds/.
  static let shipped: (concepts: [Concept], index: TermIndex) = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let seeds = URL(fileURLWithPath: "seeds", relativeTo: root)
    let files = try! FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
    let sources = try! files.map { ($0.lastPathComponent, try TextFile.read($0)) }
    let concepts = try! TermBaseReader(knownSources: Set(sources.map(\.0))).read(
      directory: URL(fileURLWithPath: "data/termbase", relativeTo: root))
    let compiled = try! CompiledTermBase.compile(concepts, sources: sources)
    return (compiled.concepts, TermIndex(concepts: compiled.concepts, keys: compiled.keys))
  }()

  /// `tm lookup` on the shipped term base, in every language.
  static func lookup(_ data: Data) {
    let query = String(decoding: data.prefix(1024), as: UTF8.self)
    for language in [nil, Language.en, .ru, .kk] {
      let matches = shipped.index.lookup(query, language: language, limit: 5)
      precondition(matches.count <= 5)
    }
  }

  nonisolated(unsafe) static let checker = try! DocumentChecker(expected: .en, concepts: shipped.concepts)

  /// `tm check` on a document.
  static func check(_ data: Data) {
    guard let text = try? TextFile.decode(data, file: "fuzz.txt") else { return }
    for finding in checker.findings(in: CheckedDocument(file: "fuzz.txt", text: text)) {
      precondition(finding.line >= 1 && finding.column >= 1)
    }
  }

  nonisolated(unsafe) static let extractor = TermExtractor(knownTerms: shipped.index, minFrequency: 1)

  /// `tm extract` on a document.
  static func extract(_ data: Data) {
    guard let text = try? TextFile.decode(data, file: "fuzz.txt") else { return }
    _ = try? extractor.candidates(in: [SourceDocument(name: "fuzz.txt", text: text)])
  }
}
