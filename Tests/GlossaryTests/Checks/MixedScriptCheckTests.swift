import Testing
@testable import Glossary

@Suite struct MixedScriptCheckTests {
  let check = MixedScriptCheck(spoofChecker: try! SpoofChecker())

  func findings(_ marked: MarkedText) -> [Finding] {
    check.findings(in: CheckedDocument(file: "t.txt", text: marked.text))
  }

  @Test func latinWordWithCyrillicLettersAndTheReverse() throws {
    // The look-alikes: Cyrillic а in the first word, Latin a in the second.
    let marked = MarkedText("In 1️⃣Kаzakhstan, «2️⃣Казахстaн» and\nthe 3️⃣СOVID cases.")
    let found = findings(marked)
    #expect(found.map(\.text) == ["Kаzakhstan", "Казахстaн", "СOVID"])
    #expect(found.map(\.suggestion) == ["Kazakhstan", "Казахстан", "COVID"])
    for (finding, marker) in zip(found, ["1️⃣", "2️⃣", "3️⃣"]) {
      let location = try #require(marked.locations[marker])
      #expect((finding.line, finding.column) == location)
    }
    #expect(found[0].message == "'Kаzakhstan' mixes Latin and Cyrillic letters; did you mean 'Kazakhstan'?")
    #expect(found[0].byteRange == 3..<14)
  }

  @Test(arguments: ["SSL-соединение", "iPhone-ның", "COVID-19-ға", "Xi'an-ға", "PDF-файл", "Қазақстан", "Kazakhstan", "Нұрлы жол", "東京Tokyo"])
  func singleScriptPartsAreFine(word: String) {
    #expect(findings(MarkedText("They wrote \(word) twice.")).isEmpty)
  }
}
