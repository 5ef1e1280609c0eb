import Foundation
import Testing
@testable import Glossary

@Suite struct TMXReaderTests {
  static let document = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4">
    <header creationtool="test" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en"
      srclang="en" o-tmf="test" creationdate="20200101T000000Z"/>
    <body>
    <tu tuid="1" creationdate="20240131T235959Z" changedate="20240201T120000Z">
      <prop type="x-domain">ui</prop>
      <note>checked</note>
      <tuv xml:lang="en-GB"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph x="2">&lt;br/&gt;</ph></seg></tuv>
      <tuv xml:lang="ru-RU"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>Сохранить<ept i="1">&lt;/b&gt;</ept></seg></tuv>
      <tuv xml:lang="kk-Latn"><seg>Saqtau</seg></tuv>
      <tuv xml:lang="kk-Cyrl-KZ"><seg>Сақтау</seg></tuv>
      <tuv xml:lang="de"><seg>Speichern</seg></tuv>
    </tu>
    <tu><tuv lang="EN"><seg>Only <hi type="b">English</hi> &amp; Latin Kazakh</seg></tuv><tuv xml:lang="kk-Latn"><seg>Tek</seg></tuv></tu>
    <tu><tuv xml:lang="ru"><seg>Нет английского</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg><![CDATA[a <raw> & text]]></seg></tuv><tuv xml:lang="ru"><seg>текст</seg></tuv></tu>
    </body>
    </tmx>
    """

  @Test func readsUnitsInlineCodesDatesAndProperties() throws {
    let (units, notes) = try importUnits(TMXReader.self, Self.document, name: "memory.tmx")
    #expect(units.count == 3)
    let first = units[0]
    #expect(first.source == "Click <1>Save</1> now<2/>")
    #expect(first.targets == [.ru: "Нажмите <1>Сохранить</1>", .kk: "Сақтау"])
    #expect(first.origin == "memory.tmx:6")
    #expect(first.created == Date(timeIntervalSince1970: 1_706_745_599))
    #expect(first.changed == Date(timeIntervalSince1970: 1_706_788_800))
    #expect(first.properties == ["tuid": "1", "domain": "ui", "note": "checked"])
    #expect(units[1].source == "Only English & Latin Kazakh")
    #expect(units[1].targets == [.kk: "Tek"])
    #expect(units[1].created == Date(timeIntervalSince1970: 1_577_836_800), "the header's date")
    #expect(units[2].source == "a <raw> & text")
    #expect(notes == ["memory.tmx: left out 1 <tu> without English or without a Russian or Kazakh translation"])
  }

  @Test func externalEntitiesAreNeverLoaded() throws {
    let directory = try TemporaryDirectory()
    let secret = try directory.write("SECRET", to: "secret.txt")
    let document = """
      <?xml version="1.0"?>
      <!DOCTYPE tmx [<!ENTITY leak SYSTEM "\(secret.absoluteString)">]>
      <tmx version="1.4"><header srclang="en"/><body>
      <tu><tuv xml:lang="en"><seg>a &leak; b</seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>
      </body></tmx>
      """
    let units = (try? importUnits(TMXReader.self, document))?.units ?? []
    #expect(!units.contains { $0.source.contains("SECRET") })
  }

  @Test func emptyAndMalformedFilesNameLineAndColumn() {
    #expect(importError(TMXReader.self, "", name: "e.tmx")?.hasPrefix("e.tmx:1") == true)
    #expect(importError(TMXReader.self, "<root/>", name: "r.tmx") == "r.tmx:1:6: not a TMX file (the root element is <root>)")
    let broken = "<tmx>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu>\n</body></tmx>"
    let message = importError(TMXReader.self, broken, name: "b.tmx")
    #expect(message?.hasPrefix("b.tmx:3:") == true)
    #expect(message?.contains("an end tag does not match its start tag") == true, "\(message ?? "")")
    #expect(
      importError(TMXReader.self, "<tmx><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>", name: "l.tmx")
        == "l.tmx:1:20: <tuv> without xml:lang")
    #expect(
      importError(TMXReader.self, "<tmx><body><tu creationdate=\"2024-01-01\"></tu></body></tmx>", name: "d.tmx")
        == "d.tmx:1:41: invalid creationdate '2024-01-01' (expected YYYYMMDDThhmmssZ)")
  }

  @Test func aVeryLongSegmentAndCRLF() throws {
    let long = String(repeating: "word ", count: 200_000)
    let document = "<tmx>\r\n<body>\r\n<tu><tuv xml:lang=\"en\"><seg>\(long)</seg></tuv><tuv xml:lang=\"ru\"><seg>б</seg></tuv></tu>\r\n</body></tmx>\r\n"
    let (units, _) = try importUnits(TMXReader.self, "\u{FEFF}" + document)
    #expect(units.first?.source.count == long.count)
  }
}
