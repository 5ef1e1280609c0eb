/// One token of a segment as fuzzy matching sees it: its key and where it is.
public struct MatchToken: Hashable, Sendable {
  /// The normalized form two tokens are compared by (see `SegmentTokenizer`).
  public let key: String
  /// The UTF-8 byte range of the token in the tokenized text.
  public let range: Range<Int>
}

/// Splits a segment into the tokens fuzzy matching counts: words, numbers,
/// punctuation marks and placeholders, never white space.
///
/// - Placeholders are one token each: printf conversions (`%s`, `%1$d`,
///   `%(name)s`, `%%`, Qt's `%1`), braces (`{0}`, `{name}`, `${var}`) and
///   tags, including the inline codes TMX imports keep (`<b>`, `</1>`, `<2/>`).
/// - The rest is split with ICU's word break rules, so "19.88", "3,5" and
///   "it's" are one token each and "$" or "," are tokens of their own.
/// - A token's key is NFKC_Casefold, with quotation marks made `"` or `'`,
///   dashes made `-` and ё made е: "Don’t" and "don't" are the same token.
///
/// Not thread-safe (it owns an ICU break iterator).
public final class SegmentTokenizer {
  private let words: WordTokenizer

  public init() throws(ICUError) {
    words = try WordTokenizer(locale: "en")
  }

  /// The tokens of `text`, with their places.
  public func tokens(in text: String) -> [MatchToken] {
    var result: [MatchToken] = []
    scan(text) { key, range in result.append(MatchToken(key: key, range: range)) }
    return result
  }

  /// The keys of the tokens of `text` (what the index stores).
  public func keys(in text: String) -> [String] {
    var result: [String] = []
    scan(text) { key, _ in result.append(key) }
    return result
  }

  /// The keys the index files a segment's tokens under: a token's first
  /// occurrence under its key, its second under "key 2", and so on (keys
  /// never hold spaces), so that "%s … %s" is found by segments with two
  /// "%s" and the index can count repeated tokens exactly.
  public static func postingKeys(_ keys: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return keys.map { key in
      let rank = (seen[key] ?? 0) + 1
      seen[key] = rank
      return rank == 1 ? key : "\(key) \(rank)"
    }
  }

  private func scan(_ text: String, _ emit: (String, Range<Int>) -> Void) {
    let utf8 = Array(text.utf8)
    var start = 0
    var position = 0
    func split(upTo end: Int) {
      guard start < end else { return }
      let piece = String(decoding: utf8[start..<end], as: UTF8.self)
      // Segmentation only fails on allocation failure; a piece that cannot be
      // segmented is then one token.
      let boundaries = (try? words.boundaries(in: piece)) ?? [0, end - start]
      for (lower, upper) in zip(boundaries, boundaries.dropFirst()) where lower < upper {
        let range = (start + lower)..<(start + upper)
        if utf8[range].allSatisfy(Self.isSpaceByte) { continue }
        if let key = Self.key(utf8[range]) { emit(key, range) }
      }
    }
    while position < utf8.count {
      if let end = Placeholder.end(in: utf8, at: position) {
        split(upTo: position)
        emit(Self.key(utf8[position..<end]) ?? "", position..<end)
        position = end
        start = end
      } else {
        position += 1
      }
    }
    split(upTo: utf8.count)
  }

  private static func isSpaceByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The key of one token, or nil when it is white space.
  static func key(_ bytes: ArraySlice<UInt8>) -> String? {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      // ASCII: NFKC_Casefold is lowercasing; only the backquote needs folding.
      var lowered = [UInt8]()
      lowered.reserveCapacity(bytes.count)
      for byte in bytes {
        switch byte {
        case 0x41...0x5A: lowered.append(byte | 0x20)
        case 0x60: lowered.append(0x27)
        default: lowered.append(byte)
        }
      }
      return String(decoding: lowered, as: UTF8.self)
    }
    var out = String.UnicodeScalarView()
    for scalar in TextNormalizer.caseFolded(String(decoding: bytes, as: UTF8.self)).unicodeScalars {
      switch scalar {
      case "«", "»", "“", "”", "„", "‟", "″", "〃": out.append("\"")
      case "‘", "’", "‚", "‛", "‹", "›", "′", "´", "`": out.append("'")
      case "‐", "‑", "‒", "–", "—", "―", "−": out.append("-")
      case "ё": out.append("е")
      default:
        if scalar.properties.isWhitespace { continue }
        out.append(scalar)
      }
    }
    return out.isEmpty ? nil : String(out)
  }
}

/// Recognizes placeholders, which fuzzy matching treats as single tokens.
enum Placeholder {
  /// The end (exclusive) of the placeholder starting at `start`, or nil.
  static func end(in utf8: [UInt8], at start: Int) -> Int? {
    switch utf8[start] {
    case UInt8(ascii: "%"): printf(utf8, start)
    case UInt8(ascii: "{"): brace(utf8, start + 1)
    case UInt8(ascii: "$"): start + 1 < utf8.count && utf8[start + 1] == UInt8(ascii: "{") ? brace(utf8, start + 2) : nil
    case UInt8(ascii: "<"): tag(utf8, start)
    default: nil
    }
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  private static func isNameByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x5F }

  /// `%s`, `%-5.2f`, `%1$s`, `%(name)s`, `%lld`, `%%`, and Qt's `%1`.
  private static func printf(_ s: [UInt8], _ start: Int) -> Int? {
    var i = start + 1
    func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0 }
    if at(i) == UInt8(ascii: "%") { return i + 1 }
    if at(i) == UInt8(ascii: "(") {
      var j = i + 1
      while isNameByte(at(j)) { j += 1 }
      guard j > i + 1, at(j) == UInt8(ascii: ")") else { return nil }
      i = j + 1
    } else if isDigit(at(i)) && at(i) != 0x30 {
      var j = i
      while isDigit(at(j)) { j += 1 }
      if at(j) == UInt8(ascii: "$") {
        i = j + 1
      } else if !isLetter(at(j)) {
        return j  // Qt and Windows style: %1
      }
    }
    while "-+#0'".utf8.contains(at(i)) { i += 1 }
    if at(i) == UInt8(ascii: "*") { i += 1 } else { while isDigit(at(i)) { i += 1 } }
    if at(i) == UInt8(ascii: ".") {
      i += 1
      if at(i) == UInt8(ascii: "*") { i += 1 } else { while isDigit(at(i)) { i += 1 } }
    }
    for length in ["hh", "ll", "I64", "I32", "h", "l", "L", "q", "j", "z", "Z", "t"]
    where s.count >= i + length.utf8.count && s[i..<(i + length.utf8.count)].elementsEqual(length.utf8) {
      i += length.utf8.count
      break
    }
    return "diouxXeEfFgGaAcCsSpn@".utf8.contains(at(i)) ? i + 1 : nil
  }

  /// `{}`, `{0}`, `{name}`, `{user.name}` (after the opening brace).
  private static func brace(_ s: [UInt8], _ i: Int) -> Int? {
    var j = i
    while j < s.count, isNameByte(s[j]) || (j > i && s[j] == UInt8(ascii: ".")) { j += 1 }
    return j < s.count && s[j] == UInt8(ascii: "}") && j - i <= 64 ? j + 1 : nil
  }

  /// `<b>`, `</b>`, `<br/>`, `<a href="x">`, and inline codes `<1>`, `</1>`, `<2/>`.
  private static func tag(_ s: [UInt8], _ start: Int) -> Int? {
    var i = start + 1
    if i < s.count && s[i] == UInt8(ascii: "/") { i += 1 }
    guard i < s.count, isLetter(s[i]) || isDigit(s[i]) else { return nil }
    let numeric = isDigit(s[i])
    while i < s.count, numeric ? isDigit(s[i]) : (isNameByte(s[i]) || s[i] == 0x2D || s[i] == 0x3A) { i += 1 }
    let limit = min(s.count, start + 256)
    while i < limit {
      switch s[i] {
      case UInt8(ascii: ">"): return i + 1
      case UInt8(ascii: "<"): return nil
      default:
        if numeric && s[i] != UInt8(ascii: "/") { return nil }
        i += 1
      }
    }
    return nil
  }
}
