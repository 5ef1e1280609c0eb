import Testing
@testable import Glossary

@Suite struct DelimitedGlossaryWriterTests {
  @Test func csvHasOneRowPerConceptQuotedAsRFC4180Says() throws {
    var options = ExportSamples.options
    options.kazakhLatin = false
    var sco = ExportSamples.sco
    sco.definition = "An \"organisation\", founded in 2001."
    let text = try ExportSamples.text([sco, ExportSamples.nurlyZhol], .csv, options)
    #expect(
      text
        == "id,en,ru,kk,definition,subject\r\n"
        + "nurly-zhol,Nurly Zhol | Bright Path,«Нұрлы жол»,«Нұрлы жол»,Kazakhstan's infrastructure programme & policy <2014>.,economy\r\n"
        + "sco,Shanghai Cooperation Organisation | SCO,Шанхайская организация сотрудничества | ШОС,Шанхай ынтымақтастық ұйымы | ШЫҰ,"
        + "\"An \"\"organisation\"\", founded in 2001.\",international organisations\r\n")
  }

  @Test func tsvHasTheSameColumnsWithTabs() throws {
    let text = try ExportSamples.text([ExportSamples.nurlyZhol], .tsv)
    #expect(
      text == """
        id\ten\tru\tkk\tkk-Latn\tdefinition\tsubject
        nurly-zhol\tNurly Zhol | Bright Path\t«Нұрлы жол»\t«Нұрлы жол»\t«Nūrly jol»\tKazakhstan's infrastructure programme & policy <2014>.\teconomy

        """)
  }

  @Test func aCellListsTheHeadTermThenPreferredThenAdmittedAndNoDeprecated() throws {
    let concept = Concept(
      id: "x", definition: "d",
      terms: [
        Term(text: "Alpha", tag: .en, type: .variant, status: .admitted),
        Term(text: "Beta", tag: .en, type: .full, status: .deprecated),
        Term(text: "Gamma", tag: .en, type: .acronym, status: .preferred),
        Term(text: "Zeta", tag: .en, type: .full, status: .preferred),
      ])
    var options = ExportSamples.options
    options.languages = [.en]
    #expect(try ExportSamples.text([concept], .tsv, options) == "id\ten\tdefinition\tsubject\nx\tZeta | Gamma | Alpha\td\t\n")
  }

  @Test func aTermHoldingTheSeparatorIsAnError() {
    let concept = Concept(id: "x", definition: "d", terms: [Term(text: "a|b", tag: .en, type: .full, status: .preferred)])
    #expect {
      try ExportSamples.text([concept], .csv)
    } throws: { error in
      (error as? GlossaryExportError)?.description
        == "concept 'x': en term 'a|b' contains '|', which separates the terms of a cell"
    }
  }
}
