import Testing
@testable import Glossary

@Suite struct TermBaseReaderTests {
  let header = "concept\tfield\ttext\ttype\tstatus\tnote\n"

  func parse(_ body: String) throws(InputError) -> [Concept] {
    try TermBaseReader(knownSources: ["a.txt"]).parse(header + body, file: "data/termbase/t.tsv").map(\.0)
  }

  func expectError(_ body: String, _ message: String) {
    #expect {
      try parse(body)
    } throws: { error in
      (error as? InputError)?.description == message
    }
  }

  @Test func readsAConcept() throws {
    let concepts = try parse(
      """
      # comment
      sco\tdefinition\tAn organisation.
      sco\tsubject\tinternational organisations
      sco\ten\tShanghai Cooperation Organisation\tfull\tpreferred
      sco\ten\tSCO\tacronym\tpreferred
      sco\tru\tШОС\tacronym\tpreferred
      sco\tkk\tШЫҰ\tacronym\tpreferred\tofficial
      sco\tsource\ta.txt

      """)
    #expect(concepts.count == 1)
    #expect(concepts[0].terms.map(\.text) == ["Shanghai Cooperation Organisation", "SCO", "ШОС", "ШЫҰ"])
    #expect(concepts[0].terms[3].note == "official")
    #expect(concepts[0].sources == ["a.txt"])
  }

  @Test func errorsNameFileLineAndProblem() {
    let base = "x\tdefinition\td\nx\ten\tX\tfull\tpreferred\nx\tru\tИкс\tfull\tpreferred\n"
    expectError(base + "x\tkk\tИкс\tfull\tbest\n", "data/termbase/t.tsv:5: unknown status 'best' (expected preferred, admitted or deprecated)")
    expectError(base + "x\tkk\tИкс\tlong\tpreferred\n", "data/termbase/t.tsv:5: unknown term type 'long' (expected full, acronym, short or variant)")
    expectError(base + "x\tkk\tИкс\n", "data/termbase/t.tsv:5: term 'Икс' needs a type and a status")
    expectError(base + "x\tkk-Latn\tIks\tfull\tpreferred\n", "data/termbase/t.tsv:5: kk-Latn terms are derived from the kk terms; do not type them")
    expectError(base + "x\ten\tX\tfull\tpreferred\n", "data/termbase/t.tsv:5: term 'X' is listed twice for 'en' in concept 'x'")
    expectError(base + "x\tkk\tИкc\tfull\tpreferred\n", "data/termbase/t.tsv:5: kk term 'Икc' mixes Latin and Cyrillic letters")
    expectError(base + "x\tsource\tb.txt\n", "data/termbase/t.tsv:5: source 'b.txt' of concept 'x' is not a file in seeds/")
    expectError(base, "data/termbase/t.tsv:2: concept 'x' has no kk term")
    expectError("X\tdefinition\td\n", "data/termbase/t.tsv:2: concept id 'X' must be lowercase ASCII letters, digits and '-'")
    expectError("x\tcolour\tred\n", "data/termbase/t.tsv:2: unknown field 'colour' (expected en, ru, kk, definition, subject, pos, note or source)")
    expectError("x\tdefinition\td\u{7}\n", "data/termbase/t.tsv:2: text contains the control character U+0007")
    expectError("x\tdefinition\t d\n", "data/termbase/t.tsv:2: text ' d' has leading or trailing spaces")
    expectError(
      base + "x\tkk\tИкс\tfull\tpreferred\ny\tdefinition\td\ny\ten\tY\tfull\tpreferred\n"
        + "y\tru\tИгрек\tfull\tpreferred\ny\tkk\tИгрек\tfull\tpreferred\nx\tnote\tn\n",
      "data/termbase/t.tsv:10: rows of concept 'x' must stay together")
  }

  @Test func readsAnOptionalPartOfSpeech() throws {
    let base = "x\tdefinition\td\nx\ten\tX\tfull\tpreferred\nx\tru\tИкс\tfull\tpreferred\nx\tkk\tИкс\tfull\tpreferred\n"
    #expect(try parse(base)[0].partOfSpeech == nil)
    #expect(try parse(base + "x\tpos\tnoun\n")[0].partOfSpeech == .noun)
    expectError(base + "x\tpos\tpronoun\n", "data/termbase/t.tsv:6: unknown pos 'pronoun' (expected noun, properNoun, verb, adjective, adverb or other)")
    expectError(base + "x\tpos\tnoun\nx\tpos\tverb\n", "data/termbase/t.tsv:7: concept 'x' has a second pos")
  }

  @Test func headerIsRequired() {
    #expect {
      try TermBaseReader().parse("sco\tdefinition\tx\n", file: "f.tsv")
    } throws: { error in
      (error as? InputError)?.description
        == "f.tsv:1: expected the header row 'concept\\tfield\\ttext\\ttype\\tstatus\\tnote'"
    }
  }
}
