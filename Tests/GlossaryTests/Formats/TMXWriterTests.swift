import Foundation
import Testing
@testable import Glossary

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The TMX 1.4b writer: the exact layout, escaping, the DTD, and refusing
/// what XML cannot carry.
@Suite struct TMXWriterTests {
  static let created = Date(timeIntervalSince1970: 1_719_862_440)  // 2024-07-01 19:34:00 UTC
  static let changed = Date(timeIntervalSince1970: 1_719_948_840)

  static func write(_ units: [TranslationUnit]) throws -> String {
    var writer = TMXWriter(output: "", creationToolVersion: "0.1.0", creationDate: created)
    writer.begin()
    for unit in units { try writer.write(unit) }
    writer.end()
    return writer.output
  }

  @Test func layout() throws {
    let unit = TranslationUnit(
      source: "Kazakhstan chairs the SCO.", targets: [.kk: "Қазақстан ШЫҰ-ға төрағалық етеді.", .ru: "Казахстан председательствует в ШОС."],
      origin: "seeds/003_0a63d1b8142e5649.txt:2", created: Self.created, changed: Self.changed,
      properties: ["status": "draft", "x-reviewer": "A. N. Other"])
    #expect(
      try Self.write([unit]) == """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="tm" creationtoolversion="0.1.0" segtype="sentence" o-tmf="tm" adminlang="en" srclang="en" datatype="plaintext" creationdate="20240701T193400Z"/>
          <body>
            <tu creationdate="20240701T193400Z" changedate="20240702T193400Z">
              <prop type="x-origin">seeds/003_0a63d1b8142e5649.txt:2</prop>
              <prop type="x-reviewer">A. N. Other</prop>
              <prop type="x-status">draft</prop>
              <tuv xml:lang="en"><seg>Kazakhstan chairs the SCO.</seg></tuv>
              <tuv xml:lang="ru"><seg>Казахстан председательствует в ШОС.</seg></tuv>
              <tuv xml:lang="kk"><seg>Қазақстан ШЫҰ-ға төрағалық етеді.</seg></tuv>
            </tu>
          </body>
        </tmx>

        """)
  }

  static let tricky = TranslationUnit(
    source: "Tom & Jerry <b>bold</b> \"quoted\" 'single' ]]> a\ttab\nnew line\r\nand CR 🇰🇿",
    targets: [.ru: "«Ёлка» & <ёж> — \u{00A0}неразрывный пробел", .kk: "Қазақ & «Нұрлы жол» > 5"],
    origin: "file \"a&b\" <1>.txt", created: created, properties: ["note": "a < b & c > d \"e\"\ttab"])

  @Test func escapingSurvivesAnXMLParser() throws {
    let xml = try Self.write([Self.tricky])
    #expect(xml.contains("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; \"quoted\" 'single' ]]&gt; a\ttab\nnew line&#13;\nand CR 🇰🇿"))
    #expect(xml.contains("<prop type=\"x-note\">a &lt; b &amp; c &gt; d \"e\"\ttab</prop>"))
    #expect(!xml.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "no byte-order mark")
    let parsed = try TMXTexts.parse(Data(xml.utf8))
    #expect(parsed.segments == ["en": Self.tricky.source, "ru": Self.tricky.targets[.ru]!, "kk": Self.tricky.targets[.kk]!])
    #expect(parsed.properties == ["x-origin": Self.tricky.origin, "x-note": Self.tricky.properties["note"]!])
  }

  @Test(.enabled(if: XMLLint.isAvailable, XMLLint.unavailable))
  func validatesAgainstTheTMX14DTD() throws {
    let directory = try TemporaryDirectory()
    let file = try directory.write(try Self.write([Self.tricky, TranslationUnit(source: "Only English.", targets: [:], origin: "x")]), to: "out.tmx")
    let result = try XMLLint.validateTMX(file)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func controlCharactersAreAnErrorNamingTheUnit() throws {
    var writer = TMXWriter(output: "", creationToolVersion: "0.1.0", creationDate: Self.created)
    writer.begin()
    try writer.write(TranslationUnit(source: "Fine.", targets: [.ru: "Хорошо."], origin: "a.txt:1"))
    let before = writer.output
    let bad = TranslationUnit(source: "Bell.", targets: [.ru: "Звонок\u{07}."], origin: "a.txt:2")
    #expect {
      try writer.write(bad)
    } throws: {
      "\($0)" == "a.txt:2: unit 2: the ru segment has the control character U+0007 at character 7, which TMX cannot carry"
    }
    #expect(writer.output == before, "nothing of the unit is written")
    #expect(writer.count == 1)
    let badProperty = TranslationUnit(source: "Fine.", targets: [:], origin: "a.txt:3", properties: ["note": "\u{1B}[1m"])
    #expect {
      try writer.write(badProperty)
    } throws: {
      "\($0)" == "a.txt:3: unit 2: property 'x-note' has the control character U+001B at character 1, which TMX cannot carry"
    }
  }

  @Test func dates() {
    #expect(TMXWriter<String>.date(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
    #expect(TMXWriter<String>.date(Self.created) == "20240701T193400Z")
  }
}

/// The segments and properties of the first unit of a TMX document, read
/// back with Foundation's XML parser.
final class TMXTexts: NSObject, XMLParserDelegate {
  var segments: [String: String] = [:]
  var properties: [String: String] = [:]
  private var language: String?
  private var property: String?
  private var text = ""

  static func parse(_ data: Data) throws -> TMXTexts {
    let result = TMXTexts()
    let parser = XMLParser(data: data)
    parser.delegate = result
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    return result
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    text = ""
    if name == "tuv" { language = attributes["xml:lang"] }
    if name == "prop" { property = attributes["type"] }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "seg", let language, segments[language] == nil { segments[language] = text }
    if name == "prop", let property, properties[property] == nil { properties[property] = text }
  }
}
