import Foundation
import Testing
@testable import Glossary

@Suite struct TBXReaderTests {
  func read(_ xml: String) throws -> TBXReader.Result {
    try TBXReader().read(data: Data(xml.utf8), file: "in.tbx")
  }

  func expectError(_ xml: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(sourceLocation: sourceLocation) {
      try read(xml)
    } throws: { error in
      (error as? InputError)?.description == message
    }
  }

  static let martif2008 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <martif type="TBX-Basic" xml:lang="en-US">
      <martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
      <text><body>
        <termEntry id="C-SCO">
          <descrip type="subjectField">international   organisations</descrip>
          <descripGrp><descrip type="definition">An
            organisation.</descrip><admin type="source">Wikipedia</admin></descripGrp>
          <note>entry note</note>
          <langSet xml:lang="en-GB">
            <tig>
              <term>Shanghai Cooperation <hi type="bold">Organisation</hi></term>
              <termNote type="partOfSpeech">properNoun</termNote>
              <descripGrp><descrip type="context">The SCO met.</descrip><admin type="source">000_a.txt:11</admin></descripGrp>
              <descrip type="context">Another sentence.</descrip>
            </tig>
            <tig>
              <term>SCO</term>
              <termNote type="termType">acronym</termNote>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
              <termNote type="geographicalUsage">en-US</termNote>
              <note>short</note>
            </tig>
          </langSet>
          <langSet xml:lang="ru-RU">
            <descrip type="definition">Организация.</descrip>
            <ntig><termGrp><term>ШОС</term><termNote type="termType">abbreviation</termNote></termGrp></ntig>
          </langSet>
          <langSet xml:lang="kk-Cyrl-KZ"><tig><term>ШЫҰ</term></tig></langSet>
          <langSet xml:lang="kk-Latn"><tig><term>ŞYŪ</term></tig></langSet>
          <langSet xml:lang="fr"><tig><term>OCS</term><termNote type="administrativeStatus">bogus</termNote></tig></langSet>
        </termEntry>
      </body></text>
    </martif>
    """

  @Test func readsTheTBX2008Form() throws {
    let result = try read(Self.martif2008)
    #expect(result.version == .v2008)
    #expect(result.skippedLanguages == ["fr": 1])
    let entry = try #require(result.entries.first)
    #expect(result.entries.count == 1)
    #expect(entry.concept.id == "C-SCO")
    #expect(entry.concept.subject == "international organisations")
    #expect(entry.concept.definition == "An organisation.")
    #expect(entry.concept.sources == ["Wikipedia"])
    #expect(entry.concept.notes == ["entry note", "definition (ru): Организация."])
    #expect(entry.concept.partOfSpeech == .properNoun)
    #expect(
      entry.concept.terms == [
        Term(text: "Shanghai Cooperation Organisation", tag: .en, type: .full, status: .admitted),
        Term(text: "SCO", tag: .en, type: .acronym, status: .preferred, note: "geographicalUsage: en-US; short"),
        Term(text: "ШОС", tag: .ru, type: .short, status: .admitted),
        Term(text: "ШЫҰ", tag: .kk, type: .full, status: .admitted),
        Term(text: "ŞYŪ", tag: .kkLatn, type: .full, status: .admitted),
      ])
    #expect(
      entry.contexts == [
        Occurrence(file: "000_a.txt", line: 11, sentence: "The SCO met.", matched: "Shanghai Cooperation Organisation"),
        Occurrence(file: "in.tbx", line: 15, sentence: "Another sentence.", matched: "Shanghai Cooperation Organisation"),
      ])
    #expect((entry.file, entry.line) == ("in.tbx", 5))
  }

  @Test func readsTheTBX2019FormInBothStyles() throws {
    let xml = """
      <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
           xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
        <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
          <conceptEntry id="bri">
            <min:subjectField>economy</min:subjectField>
            <langSec xml:lang="en">
              <termSec><term>BRI</term><min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>
                <basic:termType>acronym</basic:termType></termSec>
              <termSec><term>Belt and Road Initiative</term><termNote type="termType">fullForm</termNote></termSec>
            </langSec>
          </conceptEntry>
        </body></text>
      </tbx>
      """
    let result = try read(xml)
    #expect(result.version == .v2019)
    let concept = try #require(result.entries.first?.concept)
    #expect(concept.subject == "economy")
    #expect(concept.terms.map(\.type) == [.acronym, .full])
    #expect(concept.terms.map(\.status) == [.deprecated, .admitted])
  }

  @Test(arguments: [
    "/work/shared/schemas/examples/tm-basic-valid.tbx", "/work/shared/schemas/examples/upstream/TBX-Basic-2008_sample.tbx",
    "/work/shared/schemas/examples/upstream/TBX-Basic_Example_Astronomy_DCA_VALID.tbx",
    "/work/shared/clients/samples/sample_en_ru_kk.tbx2008.tbx", "/work/shared/clients/samples/sample_en_ru_kk.tbx2019.tbx",
  ])
  func readsFilesMadeByOtherTools(_ path: String) throws {
    try #require(FileManager.default.fileExists(atPath: path), "the shared examples are not on this machine")
    let result = try TBXReader().read(URL(fileURLWithPath: path), file: path)
    #expect(!result.entries.isEmpty)
    #expect(result.entries.allSatisfy { !$0.concept.id.isEmpty })
  }

  @Test func errorsNameFileLineAndColumn() {
    // Columns are where the parser stands: the end of the tag at fault.
    expectError("<martif><text><body>\n<termEntry></langSet>", "in.tbx:2:22: not well-formed XML: an end tag does not match its start tag")
    expectError("<martif><text><body>", "in.tbx:1:21: not well-formed XML: the file ends inside 'body'")
    expectError("<martif/>\n<martif/>", "in.tbx:2:1: not well-formed XML: content after the root element")
    expectError("<martif><text><body><termEntry", "in.tbx:1:21: the file ends inside a tag")
    expectError("<martif><text>&#1;</text></martif>", "in.tbx:1:19: not well-formed XML: an invalid character (a control character, or bytes that are not valid in the file's encoding)")
    expectError("<?xml version=\"1.0\"?>\n<html/>", "in.tbx:2:6: the root element is 'html', not a TBX root (martif or tbx)")
    expectError("<tbx xmlns=\"urn:other\"/>", "in.tbx:1:23: the tbx element is in the namespace 'urn:other', not 'urn:iso:std:iso:30042:ed-2'")
    expectError("", "in.tbx:1:1: the file is empty")
    let entry = "<martif><text><body><termEntry>\n"
    expectError(entry + "<langSet><tig><term>x</term></tig></langSet>", "in.tbx:2:9: langSet has no xml:lang")
    expectError(
      entry + "<langSet xml:lang=\"en\"><tig><termNote type=\"termType\">fullForm</termNote></tig></langSet>",
      "in.tbx:2:28: the term section has no term")
    expectError(
      entry + "<langSet xml:lang=\"en\"><tig><term>x</term><termNote type=\"administrativeStatus\">best</termNote></tig>",
      "in.tbx:2:80: unknown administrativeStatus 'best' (expected preferredTerm-admn-sts, admittedTerm-admn-sts, "
        + "deprecatedTerm-admn-sts or supersededTerm-admn-sts)")
    expectError(
      entry + "<langSet xml:lang=\"en\"><tig><term>a\u{85}b</term></tig></langSet>",
      "in.tbx:2:34: term holds the control character U+0085")
  }

  @Test func aTruncatedFileIsAnError() throws {
    let directory = try TemporaryDirectory()
    for (index, text) in ["<martif><text><body>", "<martif><text", "<martif type=\"TBX\"><text><body><termEntry id=\"a\">"].enumerated() {
      let file = try directory.write(text, to: "cut\(index).tbx")
      #expect {
        try TBXReader().read(file, file: "cut.tbx")
      } throws: { error in
        (error as? InputError)?.location.file == "cut.tbx"
      }
    }
  }

  @Test func neverLoadsExternalEntities() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent("tm-secret-\(UUID().uuidString).txt")
    try Data("SECRET".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE martif [<!ENTITY leak SYSTEM "\(secret.absoluteString)">]>
      <martif><text><body><termEntry><langSet xml:lang="en"><tig><term>a&leak;b</term></tig></langSet></termEntry></body></text></martif>
      """
    let terms = (try? read(xml))?.entries.flatMap(\.concept.terms).map(\.text) ?? []
    #expect(!terms.contains { $0.contains("SECRET") })
  }
}
