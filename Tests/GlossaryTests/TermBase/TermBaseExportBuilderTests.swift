import Testing
@testable import Glossary

@Suite struct TermBaseExportBuilderTests {
  func concept(_ id: String, _ terms: [Term], partOfSpeech: PartOfSpeech? = nil) -> Concept {
    Concept(id: id, definition: "d", partOfSpeech: partOfSpeech, terms: terms)
  }

  func term(_ text: String, _ tag: LanguageTag, _ type: TermType = .full, _ status: TermStatus = .preferred) -> Term {
    Term(text: text, tag: tag, type: type, status: status)
  }

  @Test func sortsEntriesByIdAndTermsInEachLanguagesCollationOrder() throws {
    let kk = ["Іле", "Үй", "Ұлы", "Қазақстан", "Ғалым", "Әл-Фараби", "Астана", "Ақтау"]
    let concepts = [
      concept("b", [term("x", .en)]),
      concept("a", kk.map { term($0, .kk) } + [term("zebra", .en), term("Apple", .en), term("apple", .en)]),
    ]
    let export = try TermBaseExportBuilder(languages: [.en, .kk], contextsPerConcept: 0).build(
      concepts: concepts, occurrences: [:])
    #expect(export.entries.map(\.concept.id) == ["a", "b"])
    let a = export.entries[0]
    #expect(a.section(.kk)?.terms.map(\.term.text) == ["Ақтау", "Астана", "Әл-Фараби", "Ғалым", "Қазақстан", "Ұлы", "Үй", "Іле"])
    #expect(a.section(.en)?.terms.map(\.term.text) == ["apple", "Apple", "zebra"])
    #expect(a.concept.terms.count == 11)
  }

  @Test func keepsOnlyTheChosenLanguagesAndDropsEmptyEntries() throws {
    let concepts = [
      concept("a", [term("A", .en), term("А", .ru), term("А", .kk), term("A", .kkLatn)]),
      concept("b", [term("B", .en)]),
    ]
    var options = ExportOptions()
    options.languages = [.ru, .kk]
    #expect(options.sectionTags == [.ru, .kk, .kkLatn])
    options.kazakhLatin = false
    #expect(options.sectionTags == [.ru, .kk])
    let export = try TermBaseExportBuilder(languages: options.sectionTags, contextsPerConcept: 3).build(
      concepts: concepts, occurrences: [:])
    #expect(export.entries.map(\.concept.id) == ["a"])
    #expect(export.entries[0].sections.map(\.tag) == [.ru, .kk])
  }

  @Test func givesEachContextToTheTermItMatchedUpToTheLimit() throws {
    let tokayev = concept(
      "tokayev",
      [term("Kassym-Jomart Tokayev", .en), term("Tokayev", .en, .short, .admitted), term("Токаев", .ru)])
    let sentences = ["Tokayev's visit.", "Kassym-Jomart Tokayev spoke.", "President Tokayev.", "Tokayev again."]
    let occurrences = [
      "tokayev": [
        Occurrence(file: "a.txt", line: 1, sentence: sentences[0], matched: "Tokayev's"),
        Occurrence(file: "a.txt", line: 2, sentence: sentences[1], matched: "Kassym-Jomart Tokayev"),
        Occurrence(file: "a.txt", line: 3, sentence: sentences[2], matched: "TOKAYEV"),
        Occurrence(file: "b.txt", line: 1, sentence: sentences[3], matched: "Tokayev"),
      ]
    ]
    let export = try TermBaseExportBuilder(languages: [.en, .ru], contextsPerConcept: 3).build(
      concepts: [tokayev], occurrences: occurrences)
    let en = try #require(export.entries[0].section(.en))
    #expect(en.terms.map(\.term.text) == ["Kassym-Jomart Tokayev", "Tokayev"])
    #expect(en.terms[0].contexts.map(\.sentence) == [sentences[1]])
    #expect(en.terms[1].contexts.map(\.sentence) == [sentences[0], sentences[2]])
    #expect(export.entries[0].section(.ru)?.terms[0].contexts.isEmpty == true)
  }

  @Test(arguments: [
    ("Nurly Zhol", PartOfSpeech.properNoun), ("Head of State", .properNoun), ("24th Meeting of the Council", .properNoun),
    ("new economic policy", .noun), ("SCO family", .noun), ("China-Kazakhstan relations", .noun), ("Global South", .properNoun),
  ])
  func derivesThePartOfSpeechFromTheEnglishHeadTerm(_ head: String, _ expected: PartOfSpeech) {
    #expect(TermBaseExportBuilder.derivedPartOfSpeech(concept("x", [term(head, .en)])) == expected)
  }

  @Test func aCuratedPartOfSpeechWins() throws {
    let export = try TermBaseExportBuilder(languages: [.en], contextsPerConcept: 0).build(
      concepts: [concept("head-of-state", [term("Head of State", .en)], partOfSpeech: .noun)], occurrences: [:])
    #expect(export.entries[0].partOfSpeech == .noun)
  }

  @Test func aControlCharacterIsAnErrorNamingTheConcept() {
    let bad = concept("sco", [term("SCO", .en), term("ШО\u{7}С", .ru)])
    #expect {
      try TermBaseExportBuilder(languages: [.en, .ru], contextsPerConcept: 0).build(concepts: [bad], occurrences: [:])
    } throws: { error in
      (error as? TermBaseExportError)?.description
        == "concept 'sco': ru term 'ШО\\u{7}С' contains the control character U+0007, which no export may carry"
    }
    var tab = concept("x", [term("X", .en)])
    tab.definition = "a\tb"
    #expect(throws: TermBaseExportError.self) {
      try TermBaseExportBuilder(languages: [.en], contextsPerConcept: 0).build(concepts: [tab], occurrences: [:])
    }
    #expect(throws: TermBaseExportError.self) {
      try TermBaseExportBuilder(languages: [.en], contextsPerConcept: 1).build(
        concepts: [concept("x", [term("X", .en)])],
        occurrences: ["x": [Occurrence(file: "a", line: 1, sentence: "X\u{85}", matched: "X")]])
    }
  }
}
