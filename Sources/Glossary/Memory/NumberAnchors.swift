/// The numbers of a sentence as language-independent keys, so that a number
/// and its translation meet: "19.88" and "19,88", "10,000" and "10 000",
/// "$20 billion" and "20 млрд", "Jul 01" and "1 июля".
///
/// - English groups thousands with commas ("10,000") and writes decimals with
///   a point; Russian and Kazakh group with spaces ("10 000", also no-break
///   and narrow no-break spaces) and write decimals with a comma (a point is
///   read as a decimal too).
/// - A scale word after a number multiplies it: thousand/тыс./мың,
///   million/млн/миллион, billion/bn/млрд/миллиард, trillion/трлн.
/// - The key is the value's significant digits and power of ten: 19.88
///   billion and 19,88 млрд are both `1988e7`, 20 is `2e1`, 2013 is `2013`.
/// - Something like a date or a version ("01.07.2024", "1.2.3") is read as
///   separate whole numbers.
enum NumberAnchors {
  static func keys(in text: String, language: Language) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var keys: [String] = []
    var i = 0
    while i < scalars.count {
      guard isDigit(scalars[i]) else {
        i += 1
        continue
      }
      var groups: [String] = []
      var separators: [Unicode.Scalar] = []
      while true {
        var group = ""
        while i < scalars.count, isDigit(scalars[i]) {
          group.unicodeScalars.append(scalars[i])
          i += 1
        }
        groups.append(group)
        guard i + 1 < scalars.count, isDigit(scalars[i + 1]) else { break }
        let separator = scalars[i]
        if separator == "." || separator == "," || (language != .en && isGroupSpace(separator) && group.count <= 3
          && digitRun(scalars, from: i + 1) == 3)
        {
          separators.append(separator)
          i += 1
        } else {
          break
        }
      }
      let scale = scaleExponent(scalars, from: i, language: language)
      for number in interpret(groups, separators, language: language) {
        keys.append(canonical(integer: number.integer, fraction: number.fraction, exponent: scale))
      }
    }
    return keys
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  private static func isGroupSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{2009}"
  }

  private static func digitRun(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var end = start
    while end < scalars.count, isDigit(scalars[end]) { end += 1 }
    return end - start
  }

  /// The digit groups and separators of one written number as one or more
  /// values (integer digits, fraction digits).
  private static func interpret(_ groups: [String], _ separators: [Unicode.Scalar], language: Language)
    -> [(integer: String, fraction: String)]
  {
    if separators.isEmpty { return [(groups[0], "")] }
    let grouping: (Unicode.Scalar) -> Bool =
      language == .en ? { $0 == "," } : { isGroupSpace($0) }
    // Every grouping separator must be followed by exactly three digits.
    var integer = groups[0]
    var fraction: String?
    var valid = true
    for (k, separator) in separators.enumerated() {
      let next = groups[k + 1]
      if grouping(separator) && fraction == nil && next.count == 3 {
        integer += next
      } else if (separator == "." || separator == ",") && fraction == nil && !grouping(separator) {
        fraction = next
      } else {
        valid = false
        break
      }
    }
    if valid { return [(integer, fraction ?? "")] }
    return groups.map { ($0, "") }
  }

  /// The power of ten a scale word right after the number stands for.
  private static func scaleExponent(_ scalars: [Unicode.Scalar], from start: Int, language: Language) -> Int {
    var i = start
    while i < scalars.count, isGroupSpace(scalars[i]) || scalars[i] == "-" { i += 1 }
    var word = ""
    while i < scalars.count, scalars[i].properties.isAlphabetic, word.unicodeScalars.count < 12 {
      word.unicodeScalars.append(scalars[i])
      i += 1
    }
    guard !word.isEmpty else { return 0 }
    let folded = word.lowercased()
    for (prefix, exponent) in scaleWords where folded.hasPrefix(prefix) {
      // Short forms ("bn", "мың") must be the whole word.
      if prefix.count <= 3 && folded != prefix && !(prefix == "тыс" && folded.hasPrefix("тысяч")) { continue }
      return exponent
    }
    return 0
  }

  private static let scaleWords: [(String, Int)] = [
    ("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3), ("bn", 9), ("mln", 6),
    ("триллион", 12), ("миллиард", 9), ("миллион", 6), ("трлн", 12), ("млрд", 9), ("млн", 6), ("тыс", 3),
    ("мың", 3),
  ]

  /// `digits` or `digitsEexponent` with no leading or trailing zeros in the
  /// digits: the same value always gets the same key.
  static func canonical(integer: String, fraction: String, exponent: Int) -> String {
    var digits = Array((integer + fraction).utf8)
    var power = exponent - fraction.utf8.count
    while digits.count > 1, digits.first == 0x30 { digits.removeFirst() }
    if digits == [0x30] { return "0" }
    while digits.count > 1, digits.last == 0x30 {
      digits.removeLast()
      power += 1
    }
    let text = String(decoding: digits, as: UTF8.self)
    return power == 0 ? text : "\(text)e\(power)"
  }
}
