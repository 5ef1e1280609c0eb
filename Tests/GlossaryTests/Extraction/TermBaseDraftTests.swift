import Testing
@testable import Glossary

@Suite struct TermBaseDraftTests {
  func candidate(_ text: String, acronym: String? = nil, gloss: String? = nil, concept: String? = nil) -> TermCandidate {
    TermCandidate(
      text: text, key: CandidatePool.key(text), kind: acronym != nil ? .acronym : gloss != nil ? .gloss : .name,
      acronym: acronym, gloss: gloss, variants: [text], frequency: 2, documents: ["seeds/a.txt"],
      contexts: [.init(file: "seeds/a.txt", line: 3, sentence: "The \(text) works.", matched: text)], score: 4.5,
      conceptID: concept)
  }

  @Test(arguments: [
    ("China-Central Asia Railway Express", "china-central-asia-railway-express"), ("Xi'an", "xian"),
    ("Nūrly jol", "nurly-jol"), ("Leaders' Meeting", "leaders-meeting"), ("«ШОС»", ""),
  ])
  func slugs(_ text: String, _ slug: String) {
    #expect(TermBaseDraft.slug(text) == slug)
  }

  @Test func rowsForNewCandidatesOnly() {
    let draft = TermBaseDraft(
      candidates: [
        candidate("Belt and Road Initiative", acronym: "BRI"), candidate("Nurly Zhol", gloss: "Bright Path"),
        candidate("China", concept: "china"), candidate("Guo Yuandan"),
      ],
      existingIDs: ["bri", "china"])
    let rows = draft.tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    #expect(rows.first == "concept\tfield\ttext\ttype\tstatus\tnote")
    #expect(rows.contains("bri-2\ten\tBelt and Road Initiative\tfull\tpreferred"))
    #expect(rows.contains("bri-2\ten\tBRI\tacronym\tpreferred"))
    #expect(rows.contains("bri-2\tru\t\tacronym\tpreferred"))
    #expect(rows.contains("nurly-zhol\ten\tBright Path\tvariant\tadmitted\tEnglish gloss"))
    #expect(rows.contains("guo-yuandan\tdefinition\t"))
    #expect(rows.contains("guo-yuandan\tkk\t\tfull\tpreferred"))
    #expect(rows.contains("guo-yuandan\tsource\ta.txt"))
    #expect(!rows.contains { $0.hasPrefix("china\t") })
    #expect(draft.tsv.contains("# seeds/a.txt:3  The Guo Yuandan works.\n"))
  }

  @Test func theDraftLoadsOnceItsEmptyTextsAreFilled() throws {
    let tsv = TermBaseDraft(candidates: [candidate("Guo Yuandan")], existingIDs: []).tsv
    let reader = TermBaseReader(knownSources: ["a.txt"])
    let definitionLine = tsv.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.hasPrefix("guo-yuandan\tdefinition") }! + 1
    #expect {
      try reader.parse(tsv, file: "draft.tsv")
    } throws: { error in
      (error as? InputError)?.description == "draft.tsv:\(definitionLine): 'definition' of concept 'guo-yuandan' has no text"
    }
    let filled = tsv.replacingOccurrences(of: "definition\t\n", with: "definition\tA reporter.\n")
      .replacingOccurrences(of: "ru\t\t", with: "ru\tГо Юаньдань\t")
      .replacingOccurrences(of: "kk\t\t", with: "kk\tГо Юаньдань\t")
    #expect {
      try reader.parse(tsv.replacingOccurrences(of: "definition\t\n", with: "definition\tA reporter.\n"), file: "draft.tsv")
    } throws: { error in
      (error as? InputError)?.description == "draft.tsv:\(definitionLine + 2): 'ru' of concept 'guo-yuandan' has no text"
    }
    let concepts = try reader.parse(filled, file: "draft.tsv").map(\.0)
    #expect(concepts.map(\.id) == ["guo-yuandan"])
    #expect(concepts[0].terms.map(\.text) == ["Guo Yuandan", "Го Юаньдань", "Го Юаньдань"])
  }
}

import Foundation
