internal import CICU

/// A Unicode script (ISO 15924), as ICU reports it for a code point.
public struct Script: Hashable, Sendable, CustomStringConvertible {
  /// The ICU `UScriptCode`.
  public let code: Int32

  public static let common = Script(code: 0)
  public static let inherited = Script(code: 1)
  public static let cyrillic = Script(code: 8)
  public static let latin = Script(code: 25)
  public static let han = Script(code: 17)

  /// The script of a code point.
  public init(of scalar: Unicode.Scalar) {
    // ASCII letters are by far the most common case; skip the call for them.
    if scalar.value < 0x80 {
      let v = scalar.value | 0x20
      code = (v >= 0x61 && v <= 0x7A) ? 25 : 0
    } else {
      code = cicu_script(scalar.value)
    }
  }

  init(code: Int32) { self.code = code }

  /// The four-letter code: "Latn", "Cyrl", "Hani", "Zyyy".
  public var shortName: String { String(cString: cicu_script_short_name(code)) }

  /// Common (punctuation, digits) and Inherited (combining marks) belong to
  /// no script of their own and never make text mixed.
  public var isNeutral: Bool { code == 0 || code == 1 }

  public var description: String { shortName }

  /// The scripts of the letters in `text`, neutral characters left out.
  public static func scripts(in text: some StringProtocol) -> Set<Script> {
    var result: Set<Script> = []
    for scalar in text.unicodeScalars {
      let script = Script(of: scalar)
      if !script.isNeutral { result.insert(script) }
    }
    return result
  }

  /// The script most of the letters of `text` are in, or nil when it has none.
  public static func dominant(in text: some StringProtocol) -> Script? {
    var counts: [Script: Int] = [:]
    for scalar in text.unicodeScalars {
      let script = Script(of: scalar)
      if !script.isNeutral { counts[script, default: 0] += 1 }
    }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.code > $1.key.code) }?.key
  }
}
