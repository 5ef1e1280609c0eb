import Testing
@testable import Glossary

@Suite struct OmegaTGlossaryWriterTests {
  func options(_ languages: [LanguageTag]) -> ExportOptions {
    var options = ExportSamples.options
    options.omegaT = true
    options.languages = languages
    return options
  }

  @Test func pairsTermsOfTheSameTypeAndOffersNoDeprecatedTarget() throws {
    let text = try ExportSamples.text([ExportSamples.sco], .tsv, options([.en, .kk]))
    #expect(
      text == """
        # tm 9.9 glossary, en to kk, exported on 2023-11-14: source term, target term, comment
        Shanghai Cooperation Organisation\tШанхай ынтымақтастық ұйымы\tAn organisation.
        SCO\tШЫҰ\tAn organisation.
        Shanghai Organization for Cooperation\tШанхай ынтымақтастық ұйымы\tdeprecated en term, use 'Shanghai Cooperation Organisation' — An organisation.

        """)
  }

  @Test func aVariantGetsTheHeadTermAndTheTargetNoteGoesInTheComment() throws {
    var zhol = ExportSamples.nurlyZhol
    zhol.terms[2].note = "official Russian spelling"
    let text = try ExportSamples.text([zhol], .tsv, options([.en, .ru]))
    let rows = text.split(separator: "\n").dropFirst()
    #expect(
      rows == [
        "Nurly Zhol\t«Нұрлы жол»\tofficial Russian spelling — Kazakhstan's infrastructure programme & policy <2014>.",
        "Bright Path\t«Нұрлы жол»\tofficial Russian spelling — Kazakhstan's infrastructure programme & policy <2014>.",
      ])
    let latin = try ExportSamples.text([zhol], .tsv, options([.ru, .kkLatn]))
    #expect(latin.split(separator: "\n")[1].hasPrefix("«Нұрлы жол»\t«Nūrly jol»\t"))
  }

  @Test func needsExactlyTwoLanguages() {
    for languages: [LanguageTag] in [[.en], [.en, .ru, .kk], [.en, .en]] {
      #expect {
        try ExportSamples.text([ExportSamples.sco], .tsv, options(languages))
      } throws: { error in
        (error as? GlossaryExportError)?.description
          == "the OmegaT layout needs two languages, source and target (e.g. --langs en,kk)"
      }
    }
  }
}
