/// stray-line: a line that is not in the document's expected language, in
/// any script: Russian or Kazakh in Cyrillic, Chinese, or Latin-script text
/// that is not English (romanised Russian or Kazakh, French, German …).
///
/// Each line is decided by `LanguageIdentifier`. A line too short to decide
/// on its own (a few words, mostly names) that sits in a paragraph next to a
/// stray line, with no blank line between, is stray too when it reads at
/// least as well in that line's language as in English: so every line of a
/// wrapped stray paragraph is reported, while short English lines (bylines,
/// dates, headings) next to English text are not.
public struct StrayLineCheck: QualityCheck {
  public let kind = Finding.Kind.strayLine
  public let expected: Language
  private let identifier: LanguageIdentifier

  public init(expected: Language, identifier: LanguageIdentifier = LanguageIdentifier()) {
    self.expected = expected
    self.identifier = identifier
  }

  public func findings(in document: CheckedDocument) -> [Finding] {
    var text = document.text
    return text.withUTF8 { bytes in
      var evidence: [LanguageIdentifier.Evidence?] = []
      var verdicts: [LanguageIdentifier.Verdict] = []
      evidence.reserveCapacity(document.lines.count)
      for range in document.lines {
        let line = UnsafeBufferPointer(rebasing: bytes[range])
        let found = identifier.evidence(of: line)
        let verdict = identifier.decide(found, expecting: expected)
        verdicts.append(verdict)
        evidence.append(verdict == .weak ? found : nil)
      }
      spreadIntoWeakNeighbours(&verdicts, evidence: evidence, document: document)
      var findings: [Finding] = []
      for (index, verdict) in verdicts.enumerated() {
        guard case .foreign(let language) = verdict else { continue }
        let line = document.line(index)
        let leading = line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
        let trimmed = String(line.drop { $0 == " " || $0 == "\t" })
        findings.append(
          Finding(
            file: document.file, line: index + 1, column: leading + 1, kind: kind, text: trimmed, language: language,
            message: .strayLine(trimmed, language, expected: expected), byteRange: leading..<document.lines[index].count))
      }
      return findings
    }
  }

  /// Marks weak lines stray when a neighbour in the same paragraph is, in a
  /// Latin-script language the weak line favours; repeated until stable.
  private func spreadIntoWeakNeighbours(
    _ verdicts: inout [LanguageIdentifier.Verdict], evidence: [LanguageIdentifier.Evidence?], document: CheckedDocument
  ) {
    var changed = true
    while changed {
      changed = false
      for index in verdicts.indices where verdicts[index] == .weak {
        guard let own = evidence[index] else { continue }
        for neighbour in [index - 1, index + 1] where verdicts.indices.contains(neighbour) {
          guard case .foreign(let language) = verdicts[neighbour], language.script == "Latn",
            identifier.favours(own, language.language)
          else { continue }
          verdicts[index] = .foreign(language)
          changed = true
          break
        }
      }
    }
    _ = document
  }
}

extension String {
  fileprivate static func strayLine(_ line: String, _ language: LineLanguage, expected: Language) -> String {
    var name = LanguageNames.name(of: language.language)
    if language.script == "Latn" && (language.language == "ru" || language.language == "kk") { name = "romanised " + name }
    let excerpt = line.count > 60 ? line.prefix(60) + "…" : line
    return "line in \(name) (\(language.script)), expected \(expected.name): '\(excerpt)'"
  }
}

/// English names of the languages `tm check` may report.
enum LanguageNames {
  static func name(of code: String) -> String {
    names[code] ?? "'\(code)'"
  }

  static let names: [String: String] = [
    "en": "English", "ru": "Russian", "kk": "Kazakh", "uk": "Ukrainian", "bg": "Bulgarian", "mk": "Macedonian",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "el": "Greek", "he": "Hebrew",
    "hy": "Armenian", "ka": "Georgian", "th": "Thai", "hi": "Hindi", "fr": "French", "de": "German",
    "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "tr": "Turkish",
    "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish", "cs": "Czech", "sk": "Slovak",
    "sl": "Slovenian", "ro": "Romanian", "hu": "Hungarian", "ca": "Catalan", "id": "Indonesian", "ms": "Malay",
    "vi": "Vietnamese", "lt": "Lithuanian", "lv": "Latvian", "is": "Icelandic", "sh": "Serbo-Croatian",
    "fil": "Filipino", "und": "an unknown language",
  ]
}
