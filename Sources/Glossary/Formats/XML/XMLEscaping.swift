/// Escaping for XML 1.0 written by hand, shared by the XML writers.
enum XMLEscaping {
  /// Character data: `&`, `<` and `>` as entities (`>` so that "]]>" never
  /// appears), a carriage return as `&#13;` so that a reader's line-end
  /// normalization keeps it. Tabs and line feeds stay as they are.
  static func text(_ text: String) -> String { escape(text, inAttribute: false) }

  /// An attribute value in double quotes: as `text`, plus `"`, and tabs and
  /// line feeds as character references, which attribute-value normalization
  /// would otherwise turn into spaces.
  static func attribute(_ value: String) -> String { escape(value, inAttribute: true) }

  private static func escape(_ text: String, inAttribute: Bool) -> String {
    let needsWork = text.utf8.contains { (byte: UInt8) -> Bool in
      switch byte {
      case 0x26, 0x3C, 0x3E, 0x0D: true
      case 0x22, 0x09, 0x0A: inAttribute
      default: false
      }
    }
    guard needsWork else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\r": out += "&#13;"
      case "\"" where inAttribute: out += "&quot;"
      case "\t" where inAttribute: out += "&#9;"
      case "\n" where inAttribute: out += "&#10;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The first character of `text` that an XML export must not carry: a
  /// control character other than tab, line feed and carriage return (XML
  /// 1.0 cannot hold C0 controls at all; DEL and C1 controls are legal but
  /// never meant in a segment), or the non-characters U+FFFE and U+FFFF.
  static func firstForbiddenCharacter(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
    var offset = 0
    for scalar in text.unicodeScalars {
      offset += 1
      let v = scalar.value
      if v < 0x20 {
        if v == 0x09 || v == 0x0A || v == 0x0D { continue }
        return (scalar, offset)
      }
      if (v >= 0x7F && v <= 0x9F) || v == 0xFFFE || v == 0xFFFF { return (scalar, offset) }
    }
    return nil
  }
}
