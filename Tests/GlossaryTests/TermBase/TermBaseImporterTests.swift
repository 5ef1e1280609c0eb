import Testing
@testable import Glossary

@Suite struct TermBaseImporterTests {
  let importer = try! TermBaseImporter()

  func entry(_ id: String, _ terms: [Term], definition: String = "", line: Int = 1) -> ImportedConcept {
    ImportedConcept(concept: Concept(id: id, definition: definition, terms: terms), file: "in.tbx", line: line, column: 3)
  }

  func term(_ text: String, _ tag: LanguageTag, _ type: TermType = .full, _ status: TermStatus = .admitted, note: String? = nil) -> Term {
    Term(text: text, tag: tag, type: type, status: status, note: note)
  }

  var base: [Concept] { [ExportSamples.sco, ExportSamples.nurlyZhol] }

  @Test func mergesIntoTheConceptWithTheSameIdAndAddsOnlyWhatIsNew() throws {
    let merge = try importer.merge(
      [
        entry(
          "sco", [term("SCO", .en, .acronym), term("«ШОС»", .ru, note: "imported note"), term("ШЫҰ-ға", .kk)],
          definition: "Other.")
      ],
      into: base)
    #expect(merge.concepts.count == 2)
    let sco = merge.concepts[0]
    #expect(sco.definition == "An organisation.", "an existing definition is kept")
    #expect(sco.terms.count == ExportSamples.sco.terms.count + 1)
    #expect(sco.terms.last == term("ШЫҰ-ға", .kk))
    #expect(sco.terms.first { $0.text == "ШОС" }?.note == "imported note", "a missing note is filled")
    #expect(sco.terms.first { $0.text == "SCO" }?.status == .preferred, "what the concept says is not changed")
    #expect(merge.report.mergedConcepts == ["sco"])
    #expect(merge.report.termsAdded == 1)
    #expect(merge.concepts[1].terms.allSatisfy { $0.tag != .kkLatn }, "kk-Latn is derived again, never stored")
  }

  @Test func mergesIntoTheConceptSharingMostTermsWhateverTheId() throws {
    let merge = try importer.merge(
      [entry("c1", [term("shanghai cooperation organisation", .en), term("Шанхайская организация сотрудничества", .ru)])],
      into: base)
    #expect(merge.concepts.map(\.id) == ["sco", "nurly-zhol"])
    #expect(merge.concepts[0].terms.contains(term("shanghai cooperation organisation", .en)), "another spelling is a new term")
    #expect(TermBaseImporter.spelling("«Нұрлы  жол»") == TermBaseImporter.spelling("Нұрлы жол"))
    #expect(TermBaseImporter.spelling("new-energy") != TermBaseImporter.spelling("new energy"))
    #expect(merge.report.newConcepts.isEmpty)
  }

  @Test func anAcronymAloneOrAnIdAloneDoesNotMerge() throws {
    let merge = try importer.merge(
      [
        entry("x", [term("SCO", .en, .acronym), term("Southern Cross Observatory", .en)]),
        entry("sco", [term("Santa Cruz Operation", .en)]),
      ], into: base)
    #expect(merge.concepts.map(\.id) == ["sco", "nurly-zhol", "x", "sco-2"])
    #expect(merge.report.newConcepts == ["x", "sco-2"])
  }

  @Test func newConceptsGetATmIdFromTheFileOrTheHeadTerm() throws {
    let merge = try importer.merge(
      [
        entry("C-Nurly_Zhol 2", [term("A", .en)]), entry("", [term("Belt and Road Initiative", .en, .full, .preferred)]),
        entry("Ц1", [term("Шанхай", .ru)]), entry("", [term("Қазақстан", .kk)]), entry("12", [term("B", .en)]),
        entry("", [term("«Ақ жол»", .ru)]),
      ], into: [])
    #expect(
      merge.concepts.map(\.id) == ["c-nurly-zhol-2", "belt-and-road-initiative", "ts1", "qazaqstan", "id-12", "aq-zhol"])
    #expect(TermBaseImporter.sanitized("--A  b--") == "a-b")
  }

  @Test func mergingTheSameEntriesAgainChangesNothing() throws {
    let entries = [
      entry("sco", [term("SCO", .en, .acronym), term("ШЫҰ-ға", .kk)]), entry("new", [term("Novelty", .en)], definition: "N."),
    ]
    let once = try importer.merge(entries, into: base)
    let twice = try importer.merge(entries, into: once.concepts)
    #expect(twice.concepts == once.concepts)
    #expect(twice.report.termsAdded == 0)
    #expect(twice.report.mergedConcepts == ["sco", "new"])
  }

  @Test func keepsContextsAndReportsWhatItSkips() throws {
    var withContext = entry("nurly-zhol", [term("Nurly Zhol", .en), term("«Nūrly jol»", .kkLatn), term("Nurly Jol", .kkLatn)], line: 7)
    let context = Occurrence(file: "a.txt", line: 2, sentence: "Nurly Zhol works.", matched: "Nurly Zhol")
    withContext.contexts = [context, context]
    let merge = try importer.merge([withContext, entry("fr", [], line: 9)], into: base)
    #expect(merge.contexts == ["nurly-zhol": [context]])
    #expect(merge.report.skippedEntries == 1)
    #expect(
      merge.report.warnings.map(\.description) == [
        "in.tbx:7:3: warning: kk-Latn term 'Nurly Jol' is not the Kazakh Latin form of a kk term of concept 'nurly-zhol'; "
          + "skipped (tm derives kk-Latn from kk)",
        "in.tbx:9:3: warning: the entry has no en, ru or kk term; skipped",
      ])
  }

  @Test func textIsStoredInNFC() throws {
    let decomposed = "Қазақстан".decomposedStringWithCanonicalMapping
    let merge = try importer.merge([entry("kz", [term(decomposed, .kk)])], into: [])
    #expect(merge.concepts[0].terms[0].text.unicodeScalars.elementsEqual("Қазақстан".unicodeScalars))
  }
}
