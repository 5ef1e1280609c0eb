import Foundation

/// What Foundation's XML parser reports on Linux: libxml2's error numbers
/// (`xmlParserErrors`), without libxml2's messages. These are the ones
/// malformed TBX and TMX files produce, in words.
enum LibXML2Error {
  static let descriptions: [Int: String] = [
    2: "the XML parser ran out of memory", 4: "the document is empty, or does not start with an element",
    6: "an invalid character reference", 7: "an invalid character reference", 8: "an invalid character reference",
    9: "an invalid character (a control character, or bytes that are not valid in the file's encoding)",
    22: "'&' without an entity name (write '&amp;')", 23: "an entity reference without ';' (write '&amp;' for '&')",
    26: "an undeclared entity", 27: "an undeclared entity", 31: "an unknown encoding", 32: "an unsupported encoding",
    33: "a quoted value is not opened", 34: "a quoted value is not closed", 38: "'<' inside an attribute value",
    39: "an attribute value is not quoted", 40: "an attribute value is not closed", 41: "an attribute has no value",
    42: "an attribute appears twice", 45: "a comment is not closed", 47: "a processing instruction is not closed",
    57: "the XML declaration is not closed", 61: "the DOCTYPE is not closed", 63: "a CDATA section is not closed",
    64: "a processing instruction named 'xml' after the start", 65: "a space is missing",
    68: "a name is missing (an unescaped '<' or '&'?)",
    73: "'>' is missing", 74: "'</' is missing", 75: "'=' is missing",
    76: "an end tag does not match its start tag", 77: "a tag is not closed", 79: "an invalid encoding name",
    80: "'--' inside a comment", 81: "bytes that are not valid in the file's encoding",
    85: "the elements are not balanced",
    86: "extra content after the root element", 89: "entities refer to each other in a loop",
    110: "a name is too long", 201: "an undefined namespace prefix", 202: "a malformed qualified name",
    203: "an attribute appears twice",
  ]

  /// The parser's error in words: "an end tag does not match its start tag".
  /// libxml2 gives one number to a file that ends too early and to content
  /// after the root element: `openElement`, the innermost element open when
  /// the error came (nil after the root element), tells them apart.
  static func describe(_ error: Error, openElement: String?) -> String {
    let code = (error as NSError).code
    if code == 5 {
      return openElement.map { "the file ends inside '\($0)'" } ?? "content after the root element"
    }
    return descriptions[code] ?? "libxml2 error \(code)"
  }
}
