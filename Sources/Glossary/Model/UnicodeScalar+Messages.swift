extension Unicode.Scalar {
  /// The scalar as messages name it: "U+0007", "U+1F1F0".
  var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// Whether the scalar is a control character (general category Cc:
  /// U+0000–U+001F and U+007F–U+009F), tested without the property tables.
  var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
