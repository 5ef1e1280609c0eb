import Foundation

/// Writes translation units as TMX 1.4b, the exchange format every CAT tool
/// reads (`tmx14.dtd`, "-//LISA OSCAR:1998//DTD for Translation Memory
/// eXchange//EN"). This is the project's one TMX writer.
///
/// The file is UTF-8 without a byte-order mark:
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <tmx version="1.4">
///       <header creationtool="tm" … srclang="en" datatype="plaintext" creationdate="20240701T193400Z"/>
///       <body>
///         <tu creationdate="…" changedate="…">
///           <prop type="x-origin">seeds/000_9d24610990cee87c.txt:11</prop>
///           <prop type="x-status">draft</prop>
///           <tuv xml:lang="en"><seg>…</seg></tuv>
///           <tuv xml:lang="ru"><seg>…</seg></tuv>
///         </tu>
///       </body>
///     </tmx>
///
/// TMX 1.4b leaves `prop` types to the tool, with an "x-" prefix for
/// user-defined ones: the origin is `x-origin`, and every property of a unit
/// is written as `x-<name>`, sorted by that type (`TMXReader` reads it back
/// as `<name>`, so the order survives a round trip). Segments are plain text, escaped.
/// A unit with a character XML cannot carry (a control character other than
/// tab and line end) is an error naming the unit; nothing of it is written.
///
/// Units are written as they come (streaming): call `begin()`, `write(_:)`
/// for each unit, then `end()`.
public struct TMXWriter<Output: TextOutputStream> {
  public var output: Output
  public let creationToolVersion: String
  public let sourceLanguage: Language
  public let creationDate: Date
  /// How many units were written.
  public private(set) var count = 0

  public init(output: Output, creationToolVersion: String, sourceLanguage: Language = .en, creationDate: Date = Date()) {
    self.output = output
    self.creationToolVersion = creationToolVersion
    self.sourceLanguage = sourceLanguage
    self.creationDate = creationDate
  }

  /// Writes the XML declaration, the header and the start of the body.
  public mutating func begin() {
    output.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4">
        <header creationtool="tm" creationtoolversion="\(Self.attribute(creationToolVersion))" \
      segtype="sentence" o-tmf="tm" adminlang="en" srclang="\(sourceLanguage.rawValue)" datatype="plaintext" \
      creationdate="\(Self.date(creationDate))"/>
        <body>

      """)
  }

  /// Writes one unit: its dates, origin and properties, the source segment,
  /// then the targets in language order.
  ///
  /// - Throws: `TMXWriteError` when a text has a character XML cannot
  ///   carry; the output is left as it was before the call.
  public mutating func write(_ unit: TranslationUnit) throws(TMXWriteError) {
    let position = count + 1
    let segments = [(sourceLanguage, unit.source)] + unit.targets.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    let properties = unit.properties.map { (Self.propertyType($0.key), $0.value) }.sorted { $0.0 < $1.0 }
    for (language, text) in segments {
      if let bad = XMLWriter.firstForbiddenCharacter(in: text) {
        throw TMXWriteError(unit: position, origin: unit.origin, place: "the \(language.rawValue) segment", scalar: bad.scalar, offset: bad.offset)
      }
    }
    for (type, value) in [("x-origin", unit.origin)] + properties {
      for (place, text) in [("property '\(type)'", value), ("the name of property '\(type)'", type)] {
        if let bad = XMLWriter.firstForbiddenCharacter(in: text) {
          throw TMXWriteError(unit: position, origin: unit.origin, place: place, scalar: bad.scalar, offset: bad.offset)
        }
      }
    }
    var xml = "    <tu creationdate=\"\(Self.date(unit.created))\" changedate=\"\(Self.date(unit.changed))\">\n"
    for (type, value) in [("x-origin", unit.origin)] + properties {
      xml += "      <prop type=\"\(Self.attribute(type))\">\(Self.text(value))</prop>\n"
    }
    for (language, text) in segments {
      xml += "      <tuv xml:lang=\"\(language.rawValue)\"><seg>\(Self.text(text))</seg></tuv>\n"
    }
    xml += "    </tu>\n"
    output.write(xml)
    count = position
  }

  /// Closes the body and the document.
  public mutating func end() {
    output.write("  </body>\n</tmx>\n")
  }

  /// Escaped character data and attribute values. Every text was checked
  /// with `XMLWriter.firstForbiddenCharacter` before, so escaping cannot fail.
  private static func text(_ text: String) -> String { (try? XMLWriter.escapedText(text)) ?? "" }
  private static func attribute(_ value: String) -> String { (try? XMLWriter.escapedAttribute(value)) ?? "" }

  /// A property name as a TMX prop type: "status" → "x-status".
  static func propertyType(_ name: String) -> String {
    name.hasPrefix("x-") ? name : "x-" + name
  }

  /// A date in TMX's form, UTC: 20240701T193400Z.
  public static func date(_ date: Date) -> String {
    let c = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    let year = String(c.year ?? 0)
    return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(c.month) + two(c.day) + "T" + two(c.hour)
      + two(c.minute) + two(c.second) + "Z"
  }
}

private let utcCalendar: Calendar = {
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = TimeZone(identifier: "UTC")!
  return calendar
}()

/// A unit holds a character that TMX (XML 1.0) cannot carry.
public struct TMXWriteError: Error, CustomStringConvertible, Sendable {
  /// The unit's 1-based position in the output.
  public var unit: Int
  public var origin: String
  /// Where in the unit: "the ru segment", "property 'x-note'".
  public var place: String
  public var scalar: Unicode.Scalar
  /// The 1-based character position in that text.
  public var offset: Int

  public var description: String {
    let code = String(scalar.value, radix: 16, uppercase: true)
    return "\(origin): unit \(unit): \(place) has the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) at character \(offset), which TMX cannot carry"
  }
}
