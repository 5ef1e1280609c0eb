/// The keys `tm` compares terms by, from strict to loose.
///
/// - `normalized`: NFKC_Casefold, ё → е, quotes dropped, hyphens, dashes and
///   runs of white space made one space. «Нұрлы жол», "nurly-zhol" and
///   НҰРЛЫ ЖОЛ each have the same key as their plain lowercase spelling.
/// - `latin`: a loose romanization key for text in Latin letters. Accents go,
///   and spellings that romanization systems disagree on meet: q/k, zh/j,
///   kh/h, sh/ş, y/i/ı, doubled letters, and a glide between vowels
///   ("Tokayev", "Toqaev" and BGN "Tokayev" all become "tokaev").
/// - `cyrillic`: the normalized Cyrillic text with Kazakh letters folded to
///   their Russian look-alikes (қ → к, ұ → у ...), so "Токаев" meets "Тоқаев".
public enum MatchKey {
  /// The normalized key.
  public static func normalized(_ text: String) -> String {
    let folded = TextNormalizer.caseFolded(text)
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      switch scalar {
      case "\"", "'", "«", "»", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "`", "´", "‹", "›":
        continue
      case "-", "‐", "‑", "‒", "–", "—", "―", "−", "_", "/":
        pendingSpace = true
      case "ё":
        if pendingSpace && !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.append("е")
      default:
        if scalar.value < 0x80 ? (0x09...0x0D).contains(scalar.value) || scalar == " " : scalar.properties.isWhitespace {
          pendingSpace = true
        } else {
          if pendingSpace && !out.isEmpty { out.append(" ") }
          pendingSpace = false
          out.append(scalar)
        }
      }
    }
    return String(out)
  }

  /// The loose Latin key of Latin-script text (see the type's documentation).
  public static func latin(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: phoneticFold(asciiLetters(text)), as: UTF8.self) }
    return latinOfAnyText(text)
  }

  /// `normalized` and the letter filter of `latin` in one pass over ASCII
  /// text, byte for byte what the general path gives (a test compares them).
  private static func asciiLetters(_ text: String) -> [UInt8] {
    var letters: [UInt8] = []
    letters.reserveCapacity(text.utf8.count)
    var started = false  // whether `normalized` would have written anything
    var pendingSpace = false
    func keep(_ c: UInt8) {
      if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
        letters.append(c)
      } else if c == 0x20 && letters.last != 0x20 {
        letters.append(c)
      }
    }
    for byte in text.utf8 {
      switch byte {
      case 0x22, 0x27, 0x60: continue  // quotes
      case 0x2D, 0x5F, 0x2F, 0x09...0x0D, 0x20: pendingSpace = true  // - _ / and white space
      default:
        if pendingSpace && started { keep(0x20) }
        pendingSpace = false
        started = true
        keep(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
    }
    return letters
  }

  /// `latin` without the ASCII shortcut.
  static func latinOfAnyText(_ text: String) -> String {
    let base = normalized(text)
    var letters: [UInt8] = []
    letters.reserveCapacity(base.utf8.count)
    for scalar in TextNormalizer.nfd(base).unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        let c = UInt8(v)
        if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
          letters.append(c)
        } else if c == 0x20 {
          if letters.last != 0x20 { letters.append(c) }
        }
        // other ASCII punctuation is dropped
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else if let folded = latinFolding[scalar] {
        letters.append(contentsOf: folded.utf8)
      } else if scalar.properties.isAlphabetic {
        // A letter of another script: keep it, so that the key never claims
        // two different non-Latin words are the same.
        letters.append(contentsOf: String(scalar).utf8)
      }
    }
    return String(decoding: phoneticFold(letters), as: UTF8.self)
  }

  /// The Cyrillic key (see the type's documentation).
  public static func cyrillic(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in normalized(text).unicodeScalars {
      switch scalar {
      case "ә": out.append("а")
      case "ғ": out.append("г")
      case "қ": out.append("к")
      case "ң": out.append("н")
      case "ө": out.append("о")
      case "ұ", "ү": out.append("у")
      case "һ": out.append("х")
      case "і": out.append("и")
      case "ъ", "ь": continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Latin letters that do not decompose into an ASCII letter and a mark.
  private static let latinFolding: [Unicode.Scalar: String] = [
    "ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
    "ŋ": "n", "ə": "a", "ɣ": "g",
  ]

  private static func isVowel(_ c: UInt8) -> Bool {
    c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75  // a e i o u
  }

  /// Rewrites digraphs and letters romanizations disagree on, then drops
  /// glides between vowels and doubled letters.
  private static func phoneticFold(_ input: [UInt8]) -> [UInt8] {
    var s: [UInt8] = []
    s.reserveCapacity(input.count)
    var i = 0
    let n = input.count
    func at(_ k: Int) -> UInt8 { k < n ? input[k] : 0 }
    while i < n {
      let c = input[i]
      let next = at(i + 1)
      switch (c, next) {
      case (0x64, 0x7A) where at(i + 2) == 0x68:  // dzh → j
        s.append(0x6A); i += 3; continue
      case (0x7A, 0x68): s.append(0x6A); i += 2; continue  // zh → j
      case (0x6B, 0x68): s.append(0x68); i += 2; continue  // kh → h
      case (0x73, 0x68): s.append(0x73); i += 2; continue  // sh → s
      case (0x63, 0x68): s.append(0x63); i += 2; continue  // ch → c
      case (0x74, 0x73): s.append(0x63); i += 2; continue  // ts → c
      case (0x67, 0x68): s.append(0x67); i += 2; continue  // gh → g
      default: break
      }
      switch c {
      case 0x71: s.append(0x6B)  // q → k
      case 0x77: s.append(0x76)  // w → v
      case 0x79: s.append(0x69)  // y → i
      default: s.append(c)
      }
      i += 1
    }
    // Drop an i between two vowels ("tokaiev" → "tokaev") and an i that
    // starts a word before a vowel ("ierbol" → "erbol"), then doubled letters.
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    for k in 0..<s.count {
      let c = s[k]
      if c == 0x69 {
        let prev = k > 0 ? s[k - 1] : 0x20
        let next = k + 1 < s.count ? s[k + 1] : 0x20
        if isVowel(next) && next != 0x69 && (isVowel(prev) || prev == 0x20) { continue }
      }
      if let last = out.last, last == c, c != 0x20, !(c >= 0x30 && c <= 0x39) { continue }
      out.append(c)
    }
    return out
  }
}
