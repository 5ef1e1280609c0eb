import Foundation
import Testing
@testable import Glossary

/// `TermExtractor` on the three seed articles, read where they are.
@Suite struct TermExtractorTests {
  static let seeds: [SourceDocument] = try! SourceDocument.read(paths: ["seeds"], relativeTo: Repository.root)
  static let candidates = try! TermExtractor(knownTerms: Repository.index).candidates(in: seeds)

  func candidate(_ text: String) -> TermCandidate? {
    Self.candidates.first { $0.text == text }
  }

  func extract(_ text: String, minFrequency: Int = 2) throws -> [TermCandidate] {
    try TermExtractor(knownTerms: nil, minFrequency: minFrequency).candidates(in: [SourceDocument(name: "t.txt", text: text)])
  }

  @Test func readsTheSeedFolder() {
    #expect(Self.seeds.map(\.name) == [
      "seeds/000_9d24610990cee87c.txt", "seeds/002_852c1b04eb001d89.txt", "seeds/003_0a63d1b8142e5649.txt",
    ])
  }

  @Test(arguments: [
    ("Belt and Road Initiative", "BRI", "bri"), ("Shanghai Cooperation Organisation", "SCO", "sco"),
    ("Global Times", "GT", "global-times"),
  ])
  func findsAcronymsWithTheirExpansions(_ longForm: String, _ acronym: String, _ concept: String) throws {
    let found = try #require(candidate(longForm))
    #expect(found.kind == .acronym)
    #expect(found.acronym == acronym)
    #expect(found.conceptID == concept)
    #expect(found.documents.count >= 2)
    // The acronym is counted with its long form, not proposed on its own.
    #expect(candidate(acronym) == nil)
  }

  @Test(arguments: [
    "Kassym-Jomart Tokayev", "Nursultan Nazarbayev", "Xi Jinping", "Zhang Xiao", "Guo Yuandan",
    "Zhanatas wind power plant", "Turgusun hydropower station", "China-Central Asia Railway Express", "Xinjiang",
    "Xinjiang Uyghur Autonomous Region", "Astana", "Bishkek", "Silk Road Economic Belt", "Kazinform", "CCTV",
    "Conference on Interaction and Confidence-Building Measures in Asia", "China-Central Asia Leaders' Meeting mechanism",
  ])
  func findsPersonsPlacesAndProjects(_ name: String) throws {
    let found = try #require(candidate(name))
    #expect(found.kind == .name)
    #expect(found.conceptID != nil, "every name of the seeds is in the shipped term base")
  }

  @Test func findsGlossesAndQuotedTerms() throws {
    let nurlyZhol = try #require(candidate("Nurly Zhol"))
    #expect(nurlyZhol.kind == .gloss)
    #expect(nurlyZhol.gloss == "Bright Path")
    #expect(nurlyZhol.conceptID == "nurly-zhol")
    for quoted in ["Shanghai Spirit", "Global South", "overcapacity", "SCO family", "Five Connectivities"] {
      #expect(candidate(quoted)?.kind == .quoted, "\(quoted)")
    }
  }

  @Test func sentenceInitialWordsAreNotNames() {
    for word in ["Currently", "Besides", "Therefore", "However", "Today", "Fourth", "Fifth", "Second", "Facts",
      "Projects", "Courtesy", "Photo"]
    {
      #expect(!Self.candidates.contains { $0.text == word || $0.text.hasPrefix(word + " ") }, "\(word)")
    }
    // Common nouns and modifiers are not names on their own.
    for word in ["Summit", "Cooperation", "President", "Chinese", "Kazakh", "Central Asian"] {
      #expect(!Self.candidates.contains { $0.text == word }, "\(word)")
    }
  }

  @Test func countsLocatesAndScores() throws {
    let tokayev = try #require(candidate("Kassym-Jomart Tokayev"))
    #expect(tokayev.frequency == 4)
    #expect(tokayev.documents == ["seeds/000_9d24610990cee87c.txt", "seeds/002_852c1b04eb001d89.txt"])
    #expect(tokayev.contexts.first?.file == "seeds/000_9d24610990cee87c.txt")
    #expect(tokayev.contexts.first?.line == 5)
    let scores = Self.candidates.map(\.score)
    #expect(scores == scores.sorted(by: >))
    #expect(Self.candidates.allSatisfy { $0.score > 0 && $0.frequency > 0 && !$0.contexts.isEmpty })
    #expect(Set(Self.candidates.map(\.key)).count == Self.candidates.count, "one candidate per key")
  }

  @Test func newCandidatesAreTheOnesWithoutAConcept() throws {
    #expect(try #require(candidate("foreign policy")).conceptID == nil)
    #expect(try #require(candidate("China-Kazakhstan relations")).conceptID == "china-kazakhstan-relations")
  }

  @Test func namesAreSplitWhereTheyMeet() throws {
    let names = try extract(
      """
      China and Kazakhstan signed. Kazakhstan is large. China is larger.
      He met China-Kazakhstan partners. Chinese Ambassador to Kazakhstan Zhang Xiao (Zhang) spoke.
      Zhang Xiao, the ambassador, said so. The Chinese Ambassador to Kazakhstan agreed.
      """
    ).map(\.text)
    #expect(names.contains("China"))
    #expect(names.contains("Kazakhstan"))
    #expect(names.contains("Zhang Xiao"))
    #expect(names.contains("Chinese Ambassador to Kazakhstan"))
    #expect(!names.contains("China and Kazakhstan"))
    #expect(!names.contains("China-Kazakhstan"), "a relation of two names, not a name")
    #expect(!names.contains { $0.hasSuffix("Zhang Xiao") && $0 != "Zhang Xiao" })
  }

  @Test func sentenceStartsNeedEvidence() throws {
    let names = try extract(
      """
      Currently, the Kazakh Steppe is wide. Projects are many; several projects run.
      Northwest China's Xinjiang is far. Besides, Ambrose said nothing. Ambrose was late.
      """
    ).map(\.text)
    #expect(names.contains("Kazakh Steppe"))
    #expect(names.contains("Northwest China"))
    #expect(names.contains("Ambrose"), "evidenced inside a sentence")
    for word in ["Currently", "Projects", "Besides"] { #expect(!names.contains { $0.hasPrefix(word) }) }
  }

  @Test func classNounsJoinTheName() throws {
    let names = try extract("The Zhanatas wind power plant and the Turgusun hydropower station and the Kazakh government.")
      .map(\.text)
    #expect(Set(names) == ["Zhanatas wind power plant", "Turgusun hydropower station", "Kazakh government"])
  }

  /// Frequencies count sentences, as term occurrences do.
  @Test func phrasesNeedMinFrequencyAndAHead() throws {
    let text = """
      The strategic partnership grew. A strategic partnership is rare.
      Their economic policy and economic growth grew. Economic growth again; a one-off phrase here.
      """
    let phrases = try extract(text).filter { $0.kind == .phrase }.map(\.text)
    #expect(phrases.contains("strategic partnership"))
    #expect(phrases.contains("economic growth"))
    #expect(!phrases.contains("one-off phrase"))
    #expect(try extract(text, minFrequency: 1).contains { $0.text == "one-off phrase" })
    #expect(try extract(text, minFrequency: 3).allSatisfy { $0.kind != .phrase })
  }
}
