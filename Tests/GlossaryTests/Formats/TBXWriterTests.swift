import Foundation
import Testing
@testable import Glossary

@Suite struct TBXWriterTests {
  @Test func writesTBXBasic2008WithEveryDataCategoryInItsPlace() throws {
    let text = try ExportSamples.text([ExportSamples.nurlyZhol], .tbx)
    #expect(
      text == """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX-Basic" xml:lang="en">
          <martifHeader>
            <fileDesc>
              <titleStmt>
                <title>tm term base: en, ru, kk, kk-Latn</title>
              </titleStmt>
              <sourceDesc>
                <p>Exported by tm 9.9 on 2023-11-14.</p>
              </sourceDesc>
            </fileDesc>
            <encodingDesc>
              <p type="XCSURI">TBXBasicXCSV02.xcs</p>
            </encodingDesc>
          </martifHeader>
          <text>
            <body>
              <termEntry id="nurly-zhol">
                <descrip type="subjectField">economy</descrip>
                <descrip type="definition">Kazakhstan's infrastructure programme &amp; policy &lt;2014&gt;.</descrip>
                <admin type="source">000_9d24610990cee87c.txt</admin>
                <note>announced in November 2014</note>
                <langSet xml:lang="en">
                  <tig>
                    <term>Bright Path</term>
                    <termNote type="termType">variant</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                    <termNote type="partOfSpeech">properNoun</termNote>
                    <descripGrp>
                      <descrip type="context">The Bright Path's aims.</descrip>
                      <admin type="source">000_9d24610990cee87c.txt:12</admin>
                    </descripGrp>
                    <note>English gloss</note>
                  </tig>
                  <tig>
                    <term>Nurly Zhol</term>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <termNote type="partOfSpeech">properNoun</termNote>
                    <descripGrp>
                      <descrip type="context">A synergy with the Nurly Zhol (Bright Path) &amp; BRI.</descrip>
                      <admin type="source">000_9d24610990cee87c.txt:11</admin>
                    </descripGrp>
                  </tig>
                </langSet>
                <langSet xml:lang="ru">
                  <tig>
                    <term>«Нұрлы жол»</term>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <termNote type="partOfSpeech">properNoun</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="kk">
                  <tig>
                    <term>«Нұрлы жол»</term>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <termNote type="partOfSpeech">properNoun</termNote>
                  </tig>
                </langSet>
                <langSet xml:lang="kk-Latn">
                  <tig>
                    <term>«Nūrly jol»</term>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <termNote type="partOfSpeech">properNoun</termNote>
                  </tig>
                </langSet>
              </termEntry>
            </body>
          </text>
        </martif>

        """)
  }

  @Test func writesTBX2019WithTheNamespaceAndNoProperNoun() throws {
    var options = ExportSamples.options
    options.tbxVersion = .v2019
    options.kazakhLatin = false
    let text = try ExportSamples.text([ExportSamples.nurlyZhol], .tbx, options)
    #expect(text.contains(#"<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en">"#))
    #expect(text.contains("<conceptEntry id=\"nurly-zhol\">"))
    #expect(text.contains("<langSec xml:lang=\"ru\">\n"))
    #expect(text.contains("<termSec>\n"))
    #expect(text.contains("<termNote type=\"partOfSpeech\">noun</termNote>"))
    #expect(!text.contains("properNoun"))
    #expect(!text.contains("kk-Latn"))
    #expect(!text.contains("martif"))
  }

  @Test func idsThatAreNotXMLNamesGetAPrefix() {
    #expect(TBXWriter.xmlID("sco") == "sco")
    #expect(TBXWriter.xmlID("5g-network") == "id-5g-network")
  }

  @Test func writesUTF8WithoutAByteOrderMark() throws {
    let data = Data(try ExportSamples.text([ExportSamples.sco], .tbx).utf8)
    #expect(data.starts(with: Array("<?xml".utf8)))
  }

  @Test(.enabled(if: XMLLint.isAvailable, XMLLint.unavailable))
  func theShippedTermBaseValidatesIn2008Form() throws {
    let problems = try XMLLint.problems(try ExportSamples.shipped(.tbx), version: .v2008)
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test(.enabled(if: XMLLint.isAvailable, XMLLint.unavailable))
  func theShippedTermBaseValidatesIn2019Form() throws {
    var options = ExportSamples.options
    options.tbxVersion = .v2019
    let problems = try XMLLint.problems(try ExportSamples.shipped(.tbx, options), version: .v2019)
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test(.enabled(if: XMLLint.isAvailable, XMLLint.unavailable))
  func anInvalidExportIsCaught() throws {
    // The check itself must be able to fail: a langSet without xml:lang.
    let broken = try ExportSamples.text([ExportSamples.sco], .tbx).replacingOccurrences(
      of: "<langSet xml:lang=\"ru\">", with: "<langSet>")
    #expect(!(try XMLLint.problems(broken, version: .v2008)).isEmpty)
  }
}
