/// Writes indented XML 1.0 to a `TextSink`: one element per line, leaf
/// elements with their text on the same line, text and attribute values
/// escaped, UTF-8 without a byte-order mark, and a final line break.
///
/// It refuses, rather than drops, any character XML 1.0 cannot carry
/// (C0 controls other than tab, line feed and carriage return; U+FFFE and
/// U+FFFF). Exports check their texts for control characters before they
/// write, so this is the last guard, not the policy.
public final class XMLWriter {
  private let sink: any TextSink
  private let indent: String
  private var open: [String] = []

  public init(_ sink: any TextSink, indent: String = "  ") {
    self.sink = sink
    self.indent = indent
  }

  /// `<?xml version="1.0" encoding="UTF-8"?>`
  public func declaration() throws {
    try sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
  }

  /// A processing instruction such as `<?xml-model href="..."?>`, whose
  /// data is written as given (it must not contain `?>`).
  public func processingInstruction(_ target: String, _ data: String) throws {
    precondition(!data.contains("?>"), "a processing instruction cannot contain '?>'")
    try line("<?\(target) \(data)?>")
  }

  /// Opens an element; `close()` ends it.
  public func open(_ name: String, _ attributes: [(String, String)] = []) throws {
    try line("<\(name)\(try Self.attributes(attributes))>")
    open.append(name)
  }

  /// Closes the innermost open element.
  public func close() throws {
    let name = open.removeLast()
    try line("</\(name)>")
  }

  /// An element holding only text: `<term>SCO</term>`.
  public func element(_ name: String, _ attributes: [(String, String)] = [], text: String) throws {
    try line("<\(name)\(try Self.attributes(attributes))>\(try Self.escapedText(text))</\(name)>")
  }

  /// Checks that every element was closed.
  public func finish() {
    precondition(open.isEmpty, "unclosed elements: \(open.joined(separator: ", "))")
  }

  private func line(_ text: String) throws {
    try sink.write(String(repeating: indent, count: open.count) + text + "\n")
  }

  private static func attributes(_ attributes: [(String, String)]) throws(XMLWriterError) -> String {
    var out = ""
    for (name, value) in attributes { out += " \(name)=\"\(try escapedAttribute(value))\"" }
    return out
  }

  /// Text content with `&`, `<` and `>` escaped.
  public static func escapedText(_ text: String) throws(XMLWriterError) -> String {
    try escaped(text, attribute: false)
  }

  /// An attribute value (for double quotes) with `&`, `<`, `>` and `"`
  /// escaped, and tab and line breaks as character references so that
  /// attribute normalization keeps them.
  public static func escapedAttribute(_ text: String) throws(XMLWriterError) -> String {
    try escaped(text, attribute: true)
  }

  private static func escaped(_ text: String, attribute: Bool) throws(XMLWriterError) -> String {
    // Most text needs nothing: no markup character, no control character,
    // and no EF byte (which starts U+FFFE and U+FFFF).
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0xEF }) {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"" where attribute: out.append(contentsOf: "&quot;".unicodeScalars)
      case "\t" where attribute: out.append(contentsOf: "&#9;".unicodeScalars)
      case "\n" where attribute: out.append(contentsOf: "&#10;".unicodeScalars)
      case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
      case "\t", "\n": out.append(scalar)
      default:
        guard isXMLCharacter(scalar) else { throw XMLWriterError(text: text, scalar: scalar) }
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The first character of `text` that an XML export must not carry: a
  /// control character other than tab, line feed and carriage return (XML
  /// 1.0 cannot hold C0 controls at all; DEL and C1 controls are legal but
  /// never meant in a segment), or the non-characters U+FFFE and U+FFFF.
  public static func firstForbiddenCharacter(in text: String) -> (scalar: Unicode.Scalar, offset: Int)? {
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

  /// The XML 1.0 `Char` production (Swift strings hold no surrogates).
  public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}

/// A character XML 1.0 cannot carry.
public struct XMLWriterError: Error, CustomStringConvertible, Sendable {
  public var text: String
  public var scalar: Unicode.Scalar

  public var description: String {
    "'\(text.unicodeScalars.map { XMLWriter.isXMLCharacter($0) ? String($0) : "?" }.joined())' contains \(scalar.codePoint), which XML 1.0 cannot carry"
  }
}
