/// Character n-gram profiles of the languages `tm check` tells apart: for
/// each language, the log-probability of the n-grams (orders 1 to 5) of its
/// words padded with a space on each side. Trained by `data/langid/train.py`
/// on the word lists in `data/langid/words/` (sources and licences in
/// `data/langid/README.md`).
///
/// A word's score in a language is the sum of the log-probabilities of its
/// n-grams (naive Bayes). Immutable once loaded, so it may be shared.
public final class LanguageProfiles: Sendable {
  /// One language of the model.
  public struct Profile: Sendable, Hashable {
    /// The model's tag: "en", "ru", "kk", "ru-Latn", "kk-Latn", "fr" …
    public let tag: String
    /// The language it reports: the tag without a script ("ru" for "ru-Latn").
    public let language: String
    /// The script the language's words are written in.
    public let script: LetterScript
  }

  public let profiles: [Profile]
  /// The longest n-gram in the model.
  public let maxOrder: Int
  /// `unseen[order - 1][language]`: the score of an n-gram not in the model.
  private let unseen: [[Float]]
  /// An n-gram's hash to the index of its row of scores in `scores`.
  private let rows: [UInt64: Int32]
  /// Row-major: `scores[row * profiles.count + language]`.
  private let scores: [Float]

  /// The model compiled into `tm`.
  public static let shipped: LanguageProfiles = {
    do { return try LanguageProfiles(text: shippedText) } catch { fatalError("the shipped language profiles are malformed: \(error)") }
  }()

  /// Reads profiles in the format `data/langid/train.py` writes:
  /// `L tag script unseen₁ … unseenₙ` lines, then `G ngram index:centinats …`
  /// lines, with `_` standing for the space. (Parsed on bytes: `tm` reads
  /// its 100,000 n-grams at every start.)
  public init(text: String) throws(InputError) {
    var profiles: [Profile] = []
    var unseenByLanguage: [[Float]] = []
    var rows: [UInt64: Int32] = [:]
    var scores: [Float] = []
    var text = text
    let failure: InputError? = text.withUTF8 { bytes -> InputError? in
      var lineNumber = 0
      var start = 0
      while start < bytes.count {
        lineNumber += 1
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        defer { start = end + 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        func fail(_ message: String) -> InputError {
          InputError(SourceLocation(file: "data/langid/profiles.txt", line: lineNumber), message)
        }
        guard let kind = line.first, kind != 0x23 else { continue }
        let fields = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        switch kind {
        case 0x4C:  // L
          guard fields.count >= 4, let script = LetterScript(code: fields[2]) else {
            return fail("expected 'L tag script unseen…'")
          }
          let tag = fields[1]
          let language = tag.split(separator: "-").first.map(String.init) ?? tag
          profiles.append(Profile(tag: tag, language: language, script: script))
          unseenByLanguage.append(fields.dropFirst(3).compactMap { Float($0) })
        case 0x47:  // G
          guard fields.count >= 2, !profiles.isEmpty else { return fail("expected 'G ngram index:score…' after the languages") }
          if scores.isEmpty { scores.reserveCapacity(profiles.count * 110_000) }
          let row = scores.count / profiles.count
          let scalars = fields[1].unicodeScalars.map { $0 == "_" ? 0x20 : $0.value }
          for unseen in unseenByLanguage {
            guard scalars.count <= unseen.count else { return fail("n-gram '\(fields[1])' is longer than the model's orders") }
            scores.append(unseen[scalars.count - 1])
          }
          for cell in fields.dropFirst(2) {
            guard let colon = cell.firstIndex(of: ":"), let index = Int(cell[..<colon]),
              let value = Int(cell[cell.index(after: colon)...]), index >= 0, index < profiles.count
            else { return fail("bad cell '\(cell)'") }
            scores[row * profiles.count + index] = Float(value) / 100
          }
          rows[Self.hash(scalars[...])] = Int32(row)
        default:
          return fail("unknown record '\(fields.first ?? "")'")
        }
      }
      return nil
    }
    if let failure { throw failure }
    guard let orders = unseenByLanguage.first?.count, orders > 0, unseenByLanguage.allSatisfy({ $0.count == orders })
    else { throw InputError(SourceLocation(file: "data/langid/profiles.txt", line: 1), "every language needs the same number of unseen scores") }
    self.profiles = profiles
    self.maxOrder = orders
    self.unseen = (0..<orders).map { order in unseenByLanguage.map { $0[order] } }
    self.rows = rows
    self.scores = scores
  }

  /// The index of the language with this tag.
  public func index(of tag: String) -> Int? { profiles.firstIndex { $0.tag == tag } }

  /// Adds the word's score in every language to `total` and returns how many
  /// n-grams it has. `word` is lowercase, without the padding spaces.
  func score(word: ArraySlice<UInt32>, into total: inout [Float]) -> Int {
    var padded: [UInt32] = [0x20]
    padded.append(contentsOf: word)
    padded.append(0x20)
    let count = profiles.count
    var grams = 0
    scores.withUnsafeBufferPointer { scores in
      for order in 1...maxOrder where order <= padded.count {
        for start in 0...(padded.count - order) {
          if order == 1 && padded[start] == 0x20 { continue }
          grams += 1
          if let row = rows[Self.hash(padded[start..<start + order])] {
            let base = Int(row) * count
            for language in 0..<count { total[language] += scores[base + language] }
          } else {
            let floor = unseen[order - 1]
            for language in 0..<count { total[language] += floor[language] }
          }
        }
      }
    }
    return grams
  }

  /// FNV-1a over the code points.
  static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in scalars {
      hash = (hash ^ UInt64(scalar)) &* 0x100_0000_01b3
    }
    return hash
  }
}
