extension Unicode.Scalar {
  /// The scalar as messages name it: "U+0007", "U+1F1F0".
  var codePoint: String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
