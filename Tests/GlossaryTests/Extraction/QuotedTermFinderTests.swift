import Testing
@testable import Glossary

@Suite struct QuotedTermFinderTests {
  @Test func everyQuoteStyle() {
    #expect(QuotedTermFinder.terms(in: "member states will promote the \"Shanghai Spirit.\" They") == ["Shanghai Spirit"])
    #expect(QuotedTermFinder.terms(in: "reinforces 'Shanghai Spirit,' accelerate") == ["Shanghai Spirit"])
    #expect(QuotedTermFinder.terms(in: "the “Global South” and «Нұрлы жол» and ‘SCO family’") == ["Global South", "Нұрлы жол", "SCO family"])
  }

  @Test func apostrophesAreNotQuotes() {
    #expect(QuotedTermFinder.terms(in: "China's policy and the countries' concerns, Xi'an's role") == [])
    #expect(QuotedTermFinder.terms(in: "both sides' affirmation of 'overcapacity' claims") == ["overcapacity"])
  }

  @Test func quotedSpeechIsNotATerm() {
    #expect(QuotedTermFinder.terms(in: "He said \"we will build a new road to the border together\" today") == [])
    #expect(QuotedTermFinder.terms(in: "the \"and\" or \"of the\"") == [])
  }
}
