import Testing
@testable import Glossary

@Suite struct SegmentTokenizerTests {
  let tokenizer = try! SegmentTokenizer()

  @Test func numbersAndCurrencySignsAreTokensOfTheirOwn() {
    #expect(
      tokenizer.keys(in: "Last year, trade reached $19.88 billion.")
        == ["last", "year", ",", "trade", "reached", "$", "19.88", "billion", "."])
    #expect(tokenizer.keys(in: "3,5 or 1,000,000") == ["3,5", "or", "1,000,000"])
  }

  @Test func placeholdersAreSingleTokens() {
    #expect(
      tokenizer.keys(in: "%s: %d files in %1$s (%(name)s, %-5.2f, %lld, 100%%)")
        == ["%s", ":", "%d", "files", "in", "%1$s", "(", "%(name)s", ",", "%-5.2f", ",", "%lld", ",", "100", "%%", ")"])
    #expect(tokenizer.keys(in: "{0} of {name} in ${var} {}") == ["{0}", "of", "{name}", "in", "${var}", "{}"])
    #expect(tokenizer.keys(in: "Click <b>Save</b> or <1>here</1><2/>") == [
      "click", "<b>", "save", "</b>", "or", "<1>", "here", "</1>", "<2/>",
    ])
    #expect(tokenizer.keys(in: "Qt says %1 and %2") == ["qt", "says", "%1", "and", "%2"])
  }

  @Test func percentSignsAndComparisonsAreNotPlaceholders() {
    #expect(tokenizer.keys(in: "50% of a < b") == ["50", "%", "of", "a", "<", "b"])
  }

  @Test func keysFoldCaseQuotesDashesAndYo() {
    #expect(tokenizer.keys(in: "Don’t «Go» — NOW ёлка") == tokenizer.keys(in: "don't \"go\" - now елка"))
    #expect(tokenizer.keys(in: "ҚАЗАҚСТАН Straße") == ["қазақстан", "strasse"])
  }

  @Test func rangesPointIntoTheText() {
    let text = "  Нұрлы   жол, %s!"
    let utf8 = Array(text.utf8)
    let pieces = tokenizer.tokens(in: text).map { String(decoding: utf8[$0.range], as: UTF8.self) }
    #expect(pieces == ["Нұрлы", "жол", ",", "%s", "!"])
  }

  @Test func postingKeysNumberRepeatedTokens() {
    #expect(SegmentTokenizer.postingKeys(["%s", ":", "%s", "x", "%s"]) == ["%s", ":", "%s 2", "x", "%s 3"])
  }
}
