/// stray-line: a line that is not in the document's expected language, in
/// any script: Russian or Kazakh in Cyrillic, Chinese, or Latin-script text
/// that is not English (romanised Russian or Kazakh, French, German …).
///
/// Each line is decided by `LanguageIdentifier`; a short Latin-script line
/// together with the lines just before and after it in its paragraph (no
/// blank line between), so that every line of a wrapped stray paragraph is
/// reported, down to its last word, while the short last line of a wrapped
/// English paragraph is not.
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
    let verdicts = text.withUTF8 { bytes in
      var verdicts: [LanguageIdentifier.Verdict] = []
      verdicts.reserveCapacity(document.lines.count)
      func evidence(_ index: Int) -> LanguageIdentifier.Evidence? {
        guard document.lines.indices.contains(index), !document.lines[index].isEmpty else { return nil }
        return identifier.evidence(of: UnsafeBufferPointer(rebasing: bytes[document.lines[index]]))
      }
      // A window of three lines: a blank line (nil) ends a paragraph.
      var previous: LanguageIdentifier.Evidence? = nil
      var current = evidence(0)
      for index in document.lines.indices {
        let next = evidence(index + 1)
        if let current {
          verdicts.append(identifier.decide(current, previous: previous, next: next, expecting: expected))
        } else {
          verdicts.append(.none)
        }
        previous = current
        current = next
      }
      return verdicts
    }
    var findings: [Finding] = []
    for (index, verdict) in verdicts.enumerated() {
      guard case .foreign(let language) = verdict else { continue }
      let line = document.line(index)
      let leading = line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
      var trimmed = String(line.drop { $0 == " " || $0 == "\t" })
      while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
      findings.append(
        Finding(
          file: document.file, line: index + 1, column: leading + 1, kind: kind, text: trimmed, language: language,
          message: .strayLine(trimmed, language, expected: expected),
          byteRange: leading..<(leading + trimmed.utf8.count)))
    }
    return findings
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
