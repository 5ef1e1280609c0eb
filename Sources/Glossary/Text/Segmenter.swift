internal import CICU

/// A piece of text found by a segmenter, with its place in the original.
public struct TextSegment: Hashable, Sendable {
  /// The segment's text.
  public let text: String
  /// Its UTF-8 byte range in the text that was segmented.
  public let range: Range<Int>
}

/// Splits text into sentences with ICU's sentence break rules, then undoes
/// breaks after abbreviations.
///
/// ICU's own suppression lists are short (18 entries for Russian, none for
/// Kazakh) and its C++ filter matches suffixes ("т." would stop the break after
/// "работает.", and English "Co." the break after "SCO."), so `tm` uses none of
/// them: it keeps a list of whole-token abbreviations per language and
/// rejoins a break only when the token before it is one of them.
///
/// ICU does not break before a sentence that starts with a number when a
/// lowercase word follows it ("… рөл атқарады. 2019 жылдың қыркүйегінде …",
/// rule SB8), which is how Russian and Kazakh sentences often start; `tm`
/// adds that break (after a full stop, question or exclamation mark, closing
/// quotes and white space), unless an abbreviation precedes it.
/// Not thread-safe: the ICU iterator is stateful.
public final class SentenceSegmenter {
  public let language: Language
  private let iterator: BreakIterator

  public init(language: Language) throws(ICUError) {
    self.language = language
    iterator = try BreakIterator(kind: CICU_BREAK_SENTENCE, locale: language.rawValue)
  }

  /// The sentences of `text`, trimmed of surrounding white space; empty ones
  /// are left out.
  public func sentences(in text: String) throws(ICUError) -> [TextSegment] {
    let utf8 = Array(text.utf8)
    let boundaries = Set(try iterator.boundaries(in: text).map(\.offset)).union(Self.breaksBeforeNumbers(utf8)).sorted()
    var result: [TextSegment] = []
    var start = 0
    for end in boundaries.dropFirst() {
      if end < utf8.count && endsWithAbbreviation(utf8[start..<end]) { continue }
      if let segment = trimmed(utf8, start..<end) { result.append(segment) }
      start = end
    }
    return result
  }

  /// The UTF-8 offsets of numbers that start a sentence: after `.`, `?` or
  /// `!`, closing quotes or brackets, and at least one space.
  static func breaksBeforeNumbers(_ utf8: [UInt8]) -> [Int] {
    var breaks: [Int] = []
    for i in utf8.indices where utf8[i] == 0x2E || utf8[i] == 0x3F || utf8[i] == 0x21 {
      var j = i + 1
      while true {
        if j < utf8.count, utf8[j] == 0x22 || utf8[j] == 0x27 || utf8[j] == 0x29 {
          j += 1
        } else if j + 1 < utf8.count, utf8[j] == 0xC2, utf8[j + 1] == 0xBB {  // »
          j += 2
        } else if j + 2 < utf8.count, utf8[j] == 0xE2, utf8[j + 1] == 0x80, utf8[j + 2] == 0x9D || utf8[j + 2] == 0x99 {
          j += 3  // ” ’
        } else {
          break
        }
      }
      let spaces = j
      while true {
        if j < utf8.count, utf8[j] == 0x20 {
          j += 1
        } else if j + 1 < utf8.count, utf8[j] == 0xC2, utf8[j + 1] == 0xA0 {
          j += 2
        } else {
          break
        }
      }
      if j > spaces, j < utf8.count, utf8[j] >= 0x30, utf8[j] <= 0x39 { breaks.append(j) }
    }
    return breaks
  }

  /// Whether the last token before a break is an abbreviation of this
  /// language, compared whole and case-insensitively.
  private func endsWithAbbreviation(_ bytes: ArraySlice<UInt8>) -> Bool {
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
    var start = end
    while start > bytes.startIndex, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x28 {
      start -= 1
    }
    guard end > start, bytes[end - 1] == 0x2E else { return false }
    let token = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    return Abbreviations.list(for: language).contains(token)
  }

  private func trimmed(_ utf8: [UInt8], _ range: Range<Int>) -> TextSegment? {
    var lower = range.lowerBound
    var upper = range.upperBound
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    while lower < upper, isSpace(utf8[lower]) { lower += 1 }
    while upper > lower, isSpace(utf8[upper - 1]) { upper -= 1 }
    guard lower < upper else { return nil }
    return TextSegment(text: String(decoding: utf8[lower..<upper], as: UTF8.self), range: lower..<upper)
  }
}

/// A word-level token: a word, a number, punctuation, or white space.
public struct Token: Hashable, Sendable {
  public enum Kind: Sendable { case word, number, punctuation, space }
  public let text: String
  public let kind: Kind
  /// The UTF-8 byte range in the tokenized text.
  public let range: Range<Int>
}

/// Splits text into words, numbers and punctuation with ICU's word break rules
/// ("3,5" and "test@mail.kz" stay whole). Not thread-safe.
public final class WordTokenizer {
  private let iterator: BreakIterator

  public init(locale: String = "en") throws(ICUError) {
    iterator = try BreakIterator(kind: CICU_BREAK_WORD, locale: locale)
  }

  /// All tokens of `text`, white space included.
  public func tokens(in text: String) throws(ICUError) -> [Token] {
    let boundaries = try iterator.boundaries(in: text)
    guard boundaries.count > 1 else { return [] }
    let utf8 = Array(text.utf8)
    var tokens: [Token] = []
    tokens.reserveCapacity(boundaries.count - 1)
    for i in 1..<boundaries.count {
      let range = boundaries[i - 1].offset..<boundaries[i].offset
      let piece = String(decoding: utf8[range], as: UTF8.self)
      let status = boundaries[i].status
      let kind: Token.Kind =
        if status >= 100 && status < 200 { .number }
        else if status >= 200 { .word }
        else if piece.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { .space }
        else { .punctuation }
      tokens.append(Token(text: piece, kind: kind, range: range))
    }
    return tokens
  }

  /// The UTF-8 offsets of the boundaries between the tokens of `text`, from 0
  /// to its length (cheaper than `tokens(in:)` when only places are needed).
  public func boundaries(in text: String) throws(ICUError) -> [Int] {
    try iterator.boundaries(in: text).map(\.offset)
  }

  /// The words and numbers of `text`, without punctuation or spaces.
  public func words(in text: String) throws(ICUError) -> [Token] {
    try tokens(in: text).filter { $0.kind == .word || $0.kind == .number }
  }
}

/// Owns an ICU break iterator and turns its boundaries into UTF-8 offsets.
final class BreakIterator {
  private let handle: OpaquePointer
  private var offsets: [Int32] = []
  private var statuses: [Int32] = []

  init(kind: cicu_break_kind, locale: String) throws(ICUError) {
    var error: Int32 = 0
    guard let handle = cicu_break_open(kind, locale, &error), error <= 0 else {
      throw ICUError(code: error, operation: "open break iterator for '\(locale)'")
    }
    self.handle = handle
  }

  deinit { cicu_break_close(handle) }

  func boundaries(in text: String) throws(ICUError) -> [(offset: Int, status: Int32)] {
    var text = text
    let capacity = text.utf8.count + 2
    if offsets.count < capacity {
      offsets = Array(repeating: 0, count: capacity)
      statuses = Array(repeating: 0, count: capacity)
    }
    var error: Int32 = 0
    let count = text.withUTF8 { input in
      input.withMemoryRebound(to: CChar.self) { input in
        offsets.withUnsafeMutableBufferPointer { offsets in
          statuses.withUnsafeMutableBufferPointer { statuses in
            cicu_break_segments(
              handle, input.baseAddress, Int32(input.count), offsets.baseAddress,
              statuses.baseAddress, Int32(capacity), &error)
          }
        }
      }
    }
    guard error <= 0 else { throw ICUError(code: error, operation: "segment text") }
    return (0..<Int(count)).map { (Int(offsets[$0]), statuses[$0]) }
  }
}
