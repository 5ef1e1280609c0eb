/// mixed-script: a word that mixes scripts in a confusable way, such as a
/// Latin word with a Cyrillic "а" ("Kаzakhstan") or a Cyrillic word with a
/// Latin "o" ("Казахстoн"). Such words break search and term recognition.
///
/// Words are split at hyphens and apostrophes first, so that compounds whose
/// parts are each in one script ("SSL-соединение", "iPhone-ның",
/// "COVID-19-ға") are fine. A part with letters of two scripts is a finding
/// when ICU's spoof checker calls it suspicious and the look-alike letters of
/// the minority script can be replaced by letters of the majority script
/// with the same confusable skeleton; that single-script word is the
/// suggestion (and what `--fix` writes).
public struct MixedScriptCheck: QualityCheck {
  public let kind = Finding.Kind.mixedScript
  private let folding: ConfusableFolding

  public init(spoofChecker: SpoofChecker) {
    folding = ConfusableFolding(spoofChecker: spoofChecker)
  }

  public func findings(in document: CheckedDocument) -> [Finding] {
    var findings: [Finding] = []
    var text = document.text
    // Look-alikes of Latin letters live in Greek, Cyrillic, Armenian …
    // (U+0370–U+07FF, lead bytes CD–DF) and a few later blocks (lead bytes
    // E1, EA, EF); a line without them cannot hold a confusable word.
    let candidates = text.withUTF8 { bytes in
      document.lines.indices.filter { index in
        bytes[document.lines[index]].contains { ($0 >= 0xCD && $0 <= 0xDF) || $0 == 0xE1 || $0 == 0xEA || $0 == 0xEF }
      }
    }
    for index in candidates {
      let line = document.line(index)
      var columns = ColumnCounter(line)
      for part in Self.wordParts(of: line) where part.scripts.count > 1 {
        let word = String(line[part.range])
        guard let suggestion = folding.singleScript(word, preferring: part.majority) else { continue }
        let byteStart = line.utf8.distance(from: line.startIndex, to: part.range.lowerBound)
        let byteRange = byteStart..<(byteStart + word.utf8.count)
        findings.append(
          Finding(
            file: document.file, line: index + 1, column: columns.column(at: part.range.lowerBound),
            kind: kind, text: word, suggestion: suggestion,
            message: .mixedScript(word, scripts: part.scripts, suggestion: suggestion), byteRange: byteRange))
      }
    }
    return findings
  }

  /// A run of letters (and digits and marks) between hyphens, apostrophes,
  /// spaces and punctuation, with the scripts of its letters.
  struct WordPart {
    var range: Range<Substring.Index>
    var scripts: [LetterScript]
    var majority: LetterScript
  }

  static func wordParts(of line: Substring) -> [WordPart] {
    var parts: [WordPart] = []
    var start: Substring.Index?
    var counts: [LetterScript: Int] = [:]
    var order: [LetterScript] = []
    func close(at end: Substring.Index) {
      if let begin = start, order.count > 1 {
        let majority = order.max { counts[$0]! < counts[$1]! } ?? order[0]
        parts.append(WordPart(range: begin..<end, scripts: order, majority: majority))
      }
      start = nil
      counts.removeAll(keepingCapacity: true)
      order.removeAll(keepingCapacity: true)
    }
    var index = line.startIndex
    while index < line.endIndex {
      let scalar = line.unicodeScalars[index]
      if let script = LetterScript(of: scalar) {
        if start == nil { start = index }
        if counts[script] == nil { order.append(script) }
        counts[script, default: 0] += 1
      } else if scalar.properties.numericType != nil || (0x300...0x36F).contains(scalar.value) {
        if start == nil { start = index }
      } else {
        close(at: index)
      }
      index = line.unicodeScalars.index(after: index)
    }
    close(at: line.endIndex)
    return parts
  }
}

extension String {
  fileprivate static func mixedScript(_ word: String, scripts: [LetterScript], suggestion: String) -> String {
    let names = scripts.map(\.name).joined(separator: " and ")
    return "'\(word)' mixes \(names) letters; did you mean '\(suggestion)'?"
  }
}

extension LetterScript {
  /// The English name of the script, for messages.
  var name: String {
    switch self {
    case .latin: "Latin"
    case .cyrillic: "Cyrillic"
    case .greek: "Greek"
    case .han: "Han"
    case .other(let script): script.shortName
    }
  }
}
