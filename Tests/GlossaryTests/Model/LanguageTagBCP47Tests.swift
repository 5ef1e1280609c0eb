import Testing
@testable import Glossary

@Suite struct LanguageTagBCP47Tests {
  @Test(arguments: [
    ("en", LanguageTag.en), ("en-GB", .en), ("EN-us", .en), ("en_US", .en), ("ru", .ru), ("ru-RU", .ru), ("kk", .kk),
    ("kk-KZ", .kk), ("kk-Cyrl-KZ", .kk), ("kk-Latn", .kkLatn), ("kk-latn-KZ", .kkLatn),
  ])
  func mapsByPrimaryLanguageAndKazakhScript(_ tag: String, _ expected: LanguageTag) {
    #expect(LanguageTag(bcp47: tag) == expected)
  }

  @Test(arguments: ["fr", "de-DE", "kk-Arab", "kz", "", "x-kk"])
  func leavesOtherLanguagesOut(_ tag: String) {
    #expect(LanguageTag(bcp47: tag) == nil)
  }
}
