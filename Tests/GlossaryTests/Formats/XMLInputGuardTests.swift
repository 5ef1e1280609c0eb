import Foundation
import Testing

@testable import Glossary

@Suite struct XMLInputGuardTests {
  /// The guard's verdict on `bytes`, which must not depend on how the bytes
  /// are cut into chunks: nil when the input passes, else the error.
  func verdict(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    var verdicts: [String?] = []
    for chunkSize in bytes.count < 10_000 ? [1, 3, 4096] : [4093, 65536] {
      var scanner = XMLInputGuard(file: "in.xml")
      var passed = true
      for start in stride(from: 0, to: bytes.count, by: chunkSize) where passed {
        passed = bytes[start..<min(bytes.count, start + chunkSize)].withUnsafeBytes { scanner.scan($0) }
      }
      if passed { passed = scanner.finish() }
      verdicts.append(passed ? nil : scanner.violation?.description)
    }
    #expect(Set(verdicts).count == 1, "chunking changes the verdict: \(verdicts)", sourceLocation: sourceLocation)
    return verdicts[0]
  }

  func verdict(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    verdict(Array(text.utf8), sourceLocation: sourceLocation)
  }

  static let laughs = """
    <?xml version="1.0"?>
    <!DOCTYPE martif [
     <!ENTITY lol "lol">
     <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
     <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
    ]>
    <martif><text>&lol2;</text></martif>
    """

  @Test func acceptsOrdinaryXML() {
    #expect(verdict("<a x=\"1 > 0\" y='&amp;&#160;&#x49B;'>x &lt; y &amp;&amp; &quot;z&quot;<b/></a>") == nil)
    #expect(verdict("<?xml version=\"1.0\"?>\n<!-- <!ENTITY x \"y\"> --><a><![CDATA[<!ENTITY &x; ]]>]]></a>\n") == nil)
    #expect(verdict("<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif/>") == nil)
    #expect(verdict("<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for TMX//EN\" \"tmx14.dtd\" ><tmx/>") == nil)
    #expect(verdict([0xEF, 0xBB, 0xBF] + Array("<a/>".utf8)) == nil)
    // Malformed references are left for libxml2 to name.
    #expect(verdict("<a>AT&T R&D</a>") == nil)
  }

  @Test func rejectsEntityDeclarations() {
    #expect(
      verdict(Self.laughs)
        == "in.xml:3:2: the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none"
    )
    #expect(
      verdict("<!DOCTYPE a [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><a>&xxe;</a>")
        == "in.xml:1:14: the file declares entities (<!ENTITY …>), which tm does not expand: TBX and TMX files need none"
    )
    #expect(
      verdict("<!DOCTYPE a [\n<!ATTLIST a lang CDATA 'en'>\n]><a/>")
        == "in.xml:1:1: the DOCTYPE has an internal subset ([ … ]), which tm does not read: remove it")
  }

  @Test func rejectsUndeclaredEntities() {
    let message =
      "is not declared (tm reads no DTD): write the character itself, or a character reference such as '&#160;'"
    #expect(verdict("<a>\n  x&nbsp;y</a>") == "in.xml:2:4: the entity '&nbsp;' \(message)")
    #expect(verdict("<a title=\"&copy;\"/>") == "in.xml:1:11: the entity '&copy;' \(message)")
  }

  @Test func boundsDepth() {
    let deepest = String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100)
    #expect(verdict(deepest) == nil)
    #expect(verdict("<r>" + String(repeating: "<a/>", count: 1000) + "</r>") == nil)
    let deeper = String(repeating: "<a>", count: 101) + String(repeating: "</a>", count: 101)
    #expect(verdict(deeper) == "in.xml:1:301: elements nest more than 100 deep, the most tm reads")
  }

  @Test func boundsSizes() {
    let attribute = String(repeating: "x", count: XMLInputGuard.maximumMarkupLength)
    #expect(verdict("<a>\n<b v=\"\(attribute)\"/></a>") == "in.xml:2:1: a tag is longer than 64 KiB, the most tm reads")
    let manyAttributes = (0..<20_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
    #expect(verdict("<a \(manyAttributes)/>") == "in.xml:1:1: a tag is longer than 64 KiB, the most tm reads")
    let text = String(repeating: "y", count: XMLInputGuard.maximumTextLength)
    #expect(verdict("<a>\(text)</a>") == nil)
    #expect(verdict("<a> \(text)</a>") == "in.xml:1:4: an element's text is longer than 1 MiB, the most tm reads")
    #expect(
      verdict("<a><![CDATA[\(text)]]></a>") == "in.xml:1:4: a CDATA section is longer than 1 MiB, the most tm reads")
    #expect(verdict("<!--\(text)--><a/>") == "in.xml:1:1: a comment is longer than 1 MiB, the most tm reads")
  }

  @Test func rejectsProcessingInstructionsWithoutData() {
    #expect(verdict("<a><?pi ?><?pi data?></a>") == nil)
    #expect(
      verdict("<a>\n<?pi?></a>")
        == "in.xml:2:1: a processing instruction without data ('<?name?>'), which Foundation's XML parser cannot read: remove it"
    )
  }

  @Test func rejectsEmptyTruncatedAndBinaryInput() {
    #expect(verdict("") == "in.xml:1:1: the file is empty")
    #expect(verdict([0xEF, 0xBB, 0xBF]) == "in.xml:1:1: the file is empty")
    #expect(verdict("  \n") == "in.xml:2:1: the file holds no XML element")
    #expect(verdict("<?xml version=\"1.0\"?>") == "in.xml:1:22: the file holds no XML element")
    #expect(verdict("<a") == "in.xml:1:1: the file ends inside a tag")
    #expect(verdict("<a>\n<b x=\"1>") == "in.xml:2:1: the file ends inside a tag")
    #expect(verdict("<a><!-- x") == "in.xml:1:4: the file ends inside a comment")
    #expect(verdict("<a><![CDATA[ x") == "in.xml:1:4: the file ends inside a CDATA section")
    #expect(
      verdict([0x3C, 0x61, 0x3E, 0x00, 0x3C, 0x2F, 0x61, 0x3E])
        == "in.xml:1:4: a NUL character: the file is not text, or is UTF-16 or UTF-32 without a byte-order mark")
  }

  @Test func acceptsOnlyEncodingsThatFitTheBytes() {
    func declaring(_ encoding: String) -> String { "<?xml version=\"1.0\" encoding=\"\(encoding)\"?><a/>" }
    for encoding in ["UTF-8", "utf-8", "windows-1251", "CP1251", "ISO-8859-5", "KOI8-R", "US-ASCII"] {
      #expect(verdict(declaring(encoding)) == nil)
    }
    #expect(verdict("<?xml-model href=\"x.rng\" encoding=\"UTF-7\"?><a/>") == nil, "not the XML declaration")
    #expect(
      verdict(declaring("UTF-32"))
        == "in.xml:1:1: the file declares the encoding 'UTF-32', which tm does not read: save it as UTF-8")
    #expect(
      verdict("<?xml version='1.0' encoding = 'UTF-7' ?><a/>")
        == "in.xml:1:1: the file declares the encoding 'UTF-7', which tm does not read: save it as UTF-8")
    #expect(
      verdict(declaring("UTF-16"))
        == "in.xml:1:1: the file declares the encoding 'UTF-16' but is not UTF-16 (it has no byte-order mark)")
    let utf16: [UInt8] = [0xFF, 0xFE] + declaring("KOI8-R").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(verdict(utf16) == "in.xml:1:1: the file is UTF-16 but declares the encoding 'KOI8-R'")
  }

  @Test func readsUTF16ByCodeUnit() {
    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
      let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
      return bom
        + text.utf16.flatMap { unit in
          bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }
    for bigEndian in [false, true] {
      #expect(
        verdict(utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a>қазақ 𝄞</a>", bigEndian: bigEndian)) == nil)
      #expect(
        verdict(utf16("<a>қазақ 𝄞 &nbsp;</a>", bigEndian: bigEndian))
          == "in.xml:1:12: the entity '&nbsp;' is not declared (tm reads no DTD): write the character itself, or a character reference such as '&#160;'"
      )
    }
    #expect(
      verdict([0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00])
        == "in.xml:1:1: the file is UTF-32, which tm does not read: save it as UTF-8")
    #expect(
      verdict([0x4C, 0x6F, 0xA7, 0x94, 0x93])
        == "in.xml:1:1: the file is EBCDIC, which tm does not read: save it as UTF-8")
    // Without a byte-order mark, an XML declaration tells UTF-16.
    let bare = Array("<?xml version=\"1.0\"?><a/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(verdict(bare) == nil)
  }
}
