import Testing
@testable import Glossary

/// The curated term base in data/ against the seeds: content rules that a
/// reviewer would otherwise have to check by hand.
@Suite struct ShippedTermBaseTests {
  let termBase = Repository.termBase

  @Test func hasEnoughConceptsInEveryLanguage() {
    #expect(termBase.concepts.count >= 70)
    for concept in termBase.concepts {
      for tag in LanguageTag.allCases {
        #expect(!concept.terms(in: tag).isEmpty, "\(concept.id) has no \(tag.rawValue) term")
      }
    }
  }

  @Test func kazakhLatinIsDerivedFromKazakh() throws {
    let sco = try #require(termBase.concepts.first { $0.id == "sco" })
    #expect(sco.terms(in: .kkLatn).map(\.text).contains("ŞYŪ"))
    #expect(sco.terms(in: .kk).count == sco.terms(in: .kkLatn).count)
  }

  @Test func seedVariantsAreRecordedWithAStatus() throws {
    let sco = try #require(termBase.concepts.first { $0.id == "sco" })
    let english = Dictionary(uniqueKeysWithValues: sco.terms(in: .en).map { ($0.text, $0.status) })
    #expect(english["Shanghai Cooperation Organisation"] == .preferred)
    #expect(english["Shanghai Cooperation Organization"] != nil)
    #expect(english["Shanghai Organization for Cooperation"] == .deprecated)
  }

  @Test func everyConceptOccursInTheSeeds() {
    for (concept, occurrences) in zip(termBase.concepts, termBase.occurrences) {
      #expect(!occurrences.isEmpty, "\(concept.id) occurs nowhere in seeds/")
    }
  }
}

@Suite struct OccurrenceFinderTests {
  let concepts = [
    Concept(
      id: "bri", definition: "d",
      terms: [
        Term(text: "Belt and Road Initiative", tag: .en, type: .full, status: .preferred),
        Term(text: "BRI", tag: .en, type: .acronym, status: .preferred),
      ]),
    Concept(id: "us", definition: "d", terms: [Term(text: "US", tag: .en, type: .acronym, status: .preferred)]),
    Concept(
      id: "kz", definition: "d", terms: [Term(text: "Kazakhstan", tag: .en, type: .full, status: .preferred)]),
    Concept(
      id: "spirit", definition: "d", terms: [Term(text: "Shanghai Spirit", tag: .en, type: .full, status: .preferred)]),
  ]

  func found(_ text: String) throws -> [String] {
    try OccurrenceFinder(concepts: concepts).occurrences(in: text, file: "f.txt").map {
      "\(concepts[$0.conceptIndex].id):\($0.occurrence.line):\($0.occurrence.matched)"
    }
  }

  @Test func caseVariantsPluralsAndPossessives() throws {
    #expect(try found("The belt and road initiatives grew.\n\nThe BRI's reach.") == [
      "bri:1:belt and road initiatives", "bri:3:BRI's",
    ])
    #expect(try found("Kazakhstan’s future and China-Kazakhstan ties.") == ["kz:1:Kazakhstan’s"])
  }

  @Test func acronymsKeepTheirCase() throws {
    #expect(try found("Let us go to the US-launched summit.") == ["us:1:US"])
  }

  @Test func curlyQuotesAndSentencesAreKept() throws {
    let occurrences = try OccurrenceFinder(concepts: concepts).occurrences(
      in: "Intro line.\nThey reinforce the “Shanghai Spirit.” Then Kazakhstan spoke.", file: "f.txt")
    #expect(occurrences.map(\.occurrence.sentence) == [
      "They reinforce the “Shanghai Spirit.”", "Then Kazakhstan spoke.",
    ])
    #expect(occurrences.allSatisfy { $0.occurrence.line == 2 })
  }
}
