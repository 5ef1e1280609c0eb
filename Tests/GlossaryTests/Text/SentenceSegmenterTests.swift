import Testing
@testable import Glossary

/// Sentence breaks that ICU alone gets wrong.
@Suite struct SentenceSegmenterTests {
  static func sentences(_ text: String, _ language: Language) throws -> [String] {
    try SentenceSegmenter(language: language).sentences(in: text).map(\.text)
  }

  @Test func anAcronymEndingInCOEndsASentence() throws {
    // ICU's English suppression list has "Co.", matched as a suffix.
    #expect(
      try Self.sentences("Kazakhstan will chair the SCO. How do you look at it?", .en)
        == ["Kazakhstan will chair the SCO.", "How do you look at it?"])
    #expect(try Self.sentences("Mr. Smith met Dr. Jones in the U.S. on Friday.", .en) == ["Mr. Smith met Dr. Jones in the U.S. on Friday."])
  }

  @Test(arguments: [
    ("Қытай маңызды рөл атқарады. 2019 жылдың қыркүйегінде сапармен бардым.", Language.kk,
     ["Қытай маңызды рөл атқарады.", "2019 жылдың қыркүйегінде сапармен бардым."]),
    ("Они друзья. 27 лет назад были установлены отношения.", .ru, ["Они друзья.", "27 лет назад были установлены отношения."]),
    ("He said «yes.» 12 people agreed.", .en, ["He said «yes.»", "12 people agreed."]),
    ("Это было в 2011 г. 55 проектов включены.", .ru, ["Это было в 2011 г. 55 проектов включены."]),
    ("The price is 19.88 billion.", .en, ["The price is 19.88 billion."]),
  ])
  func aSentenceMayStartWithANumber(text: String, language: Language, expected: [String]) throws {
    #expect(try Self.sentences(text, language) == expected)
  }
}
