import Testing
@testable import Glossary

/// Numbers as anchors: the same value gets the same key in every language.
@Suite struct NumberAnchorsTests {
  @Test(arguments: [
    ("$19.88 billion", Language.en, ["1988e7"]),
    ("19,88 млрд долларов", .ru, ["1988e7"]),
    ("19,88 млрд доллар", .kk, ["1988e7"]),
    ("$20 billion", .en, ["2e10"]),
    ("20 млрд", .ru, ["2e10"]),
    ("20 миллиардов", .ru, ["2e10"]),
    ("more than 10,000 trains", .en, ["1e4"]),
    ("более 10 000 поездов", .ru, ["1e4"]),
    ("10 000-нан астам", .kk, ["1e4"]),
    ("10\u{00A0}000", .ru, ["1e4"]),
    ("27.4 billion", .en, ["274e8"]),
    ("27,4 млрд", .kk, ["274e8"]),
    ("5 тыс. тонн", .ru, ["5e3"]),
    ("5 мың тонна", .kk, ["5e3"]),
    ("in 2013", .en, ["2013"]),
    ("since the 1990s", .en, ["199e1"]),
    ("с 1990-х годов", .ru, ["199e1"]),
    ("the 24th Meeting", .en, ["24"]),
    ("Jul 01, 2024 07:34 PM", .en, ["1", "2024", "7", "34"]),
    ("01.07.2024", .ru, ["1", "7", "2024"]),
    ("1,5 and 2", .en, ["1", "5", "2"]),
    ("в 2011 году 55 проектов", .ru, ["2011", "55"]),
    ("0 and 000", .en, ["0", "0"]),
  ])
  func keys(text: String, language: Language, expected: [String]) {
    #expect(NumberAnchors.keys(in: text, language: language) == expected)
  }
}
