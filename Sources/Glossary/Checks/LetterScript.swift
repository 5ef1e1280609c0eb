/// The scripts `tm check` tells apart in letters, decided without calling
/// ICU for the scripts it meets most (ASCII, Latin, Cyrillic, Greek, Han).
public enum LetterScript: Hashable, Sendable {
  case latin, cyrillic, greek, han
  /// Any other script, by its ICU code (Arabic, Hangul, Hiragana …).
  case other(Script)

  /// The script of a letter or mark; nil for anything that is not a letter
  /// (digits, punctuation, spaces, symbols) and for combining marks.
  public init?(of scalar: Unicode.Scalar) {
    let v = scalar.value
    if v < 0x80 {
      let folded = v | 0x20
      guard folded >= 0x61 && folded <= 0x7A else { return nil }
      self = .latin
      return
    }
    switch v {
    case 0xC0...0x24F where v != 0xD7 && v != 0xF7, 0x1E00...0x1EFF: self = .latin
    case 0xAA, 0xBA: self = .latin
    case 0x400...0x481, 0x48A...0x52F, 0x1C80...0x1C88, 0xA640...0xA66E, 0xA680...0xA69B: self = .cyrillic
    case 0x370...0x3FF where scalar.properties.isAlphabetic, 0x1F00...0x1FFF where scalar.properties.isAlphabetic:
      self = .greek
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: self = .han
    case 0x300...0x36F: return nil
    default:
      guard scalar.properties.isAlphabetic, !scalar.properties.isWhitespace else { return nil }
      let script = Script(of: scalar)
      if script.isNeutral { return nil }
      self = .other(script)
    }
  }

  /// The ISO 15924 code, as `tm check --format json` reports it.
  public var code: String {
    switch self {
    case .latin: "Latn"
    case .cyrillic: "Cyrl"
    case .greek: "Grek"
    case .han: "Hani"
    case .other(let script): script.shortName
    }
  }

  init?(code: String) {
    switch code {
    case "Latn": self = .latin
    case "Cyrl": self = .cyrillic
    case "Grek": self = .greek
    case "Hani": self = .han
    default: return nil
    }
  }

  /// The language a line in this script is taken to be in, for the scripts
  /// the n-gram model does not cover.
  var language: String {
    switch self {
    case .latin: "und"
    case .cyrillic: "ru"
    case .greek: "el"
    case .han: "zh"
    case .other(let script):
      switch script.shortName {
      case "Arab": "ar"
      case "Hang", "Kore": "ko"
      case "Hira", "Kana", "Jpan": "ja"
      case "Hebr": "he"
      case "Armn": "hy"
      case "Geor": "ka"
      case "Thai": "th"
      case "Deva": "hi"
      default: "und"
      }
    }
  }
}
