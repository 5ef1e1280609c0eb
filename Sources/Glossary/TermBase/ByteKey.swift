/// A string compared and hashed by its UTF-8 bytes.
///
/// Match keys are NFC (or NFKC) already, so byte equality is the equality we
/// want, and it spares Swift's String hashing, which normalizes every
/// non-ASCII string on each hash: most of the cost of building a `TermIndex`.
struct ByteKey: Hashable, Sendable {
  let string: String

  init(_ string: String) { self.string = string }

  static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
    lhs.string.utf8.elementsEqual(rhs.string.utf8)
  }

  func hash(into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// The words of a key (keys are single-space separated).
  var words: [ByteKey] {
    string.utf8.split(separator: 0x20).map { ByteKey(String(Substring($0))) }
  }
}
