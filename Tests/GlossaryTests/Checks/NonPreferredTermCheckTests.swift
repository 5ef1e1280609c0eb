import Testing
@testable import Glossary

@Suite struct NonPreferredTermCheckTests {
  let check = try! NonPreferredTermCheck(concepts: Repository.termBase.concepts, language: .en)

  func findings(_ marked: MarkedText) -> [Finding] {
    check.findings(in: CheckedDocument(file: "t.txt", text: marked.text))
  }

  @Test func deprecatedAndAdmittedTermsWithTheirPreferredOnes() throws {
    let marked = MarkedText(
      "The 1️⃣Shanghai Organization for Cooperation and the 2️⃣Shanghai Cooperation Organization met.\n"
        + "Many 3️⃣ethnic Kazak families live in 4️⃣Xi An.")
    let found = findings(marked)
    #expect(found.map(\.text) == ["Shanghai Organization for Cooperation", "Shanghai Cooperation Organization", "ethnic Kazak", "Xi An"])
    #expect(found.map(\.suggestion) == ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", "Kazakhs", "Xi'an"])
    for (finding, marker) in zip(found, ["1️⃣", "2️⃣", "3️⃣", "4️⃣"]) {
      #expect((finding.line, finding.column) == marked.locations[marker]!)
    }
    #expect(found[0].message == "'Shanghai Organization for Cooperation' is deprecated; use 'Shanghai Cooperation Organisation'")
  }

  @Test func preferredTermsAndShortNamesAreFine() {
    let text = "President Kassym-Jomart Tokayev met Xi Jinping. Tokayev said the SCO and the Shanghai Cooperation Organisation matter."
    #expect(findings(MarkedText(text)).isEmpty)
  }

  @Test func theLongestTermWinsAndTheSameWordsGoToTheTermWrittenSo() {
    let found = findings(MarkedText("the Charter of the Shanghai Organization for Cooperation; the China – Central Asia Summit"))
    #expect(found.map(\.text) == ["Charter of the Shanghai Organization for Cooperation", "China – Central Asia Summit"])
    #expect(found.map(\.suggestion) == ["Charter of the Shanghai Cooperation Organisation", "China-Central Asia Summit"])
  }

  @Test func pluralsPossessivesAndCase() {
    let found = findings(MarkedText("THREE EVIL FORCES and the Kazakh government's plans"))
    #expect(found.map(\.text) == ["THREE EVIL FORCES", "Kazakh government's"])
  }

  @Test func onlyTermsOfTheDocumentLanguage() throws {
    let russian = try NonPreferredTermCheck(concepts: Repository.termBase.concepts, language: .ru)
    let document = CheckedDocument(file: "t.txt", text: "В Средняя Азия и the Shanghai Organization for Cooperation")
    #expect(russian.findings(in: document).map(\.suggestion) == ["Центральная Азия"])
  }
}
