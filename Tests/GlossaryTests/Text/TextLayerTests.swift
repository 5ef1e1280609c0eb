import Foundation
import Testing
@testable import Glossary

@Suite struct NormalizerTests {
  @Test func caseFoldingUsesNFKC() {
    #expect(TextNormalizer.caseFolded("ҚАЗАҚСТАН Straße") == "қазақстан strasse")
    #expect(TextNormalizer.caseFolded("ﬁ ① Ｑазақ") == "fi 1 qазақ")
  }

  @Test func nfcComposes() {
    #expect(TextNormalizer.nfc("И\u{0306}ОЛ") == "ЙОЛ")
    #expect(TextNormalizer.nfc("plain ascii") == "plain ascii")
  }
}

@Suite struct MatchKeyTests {
  @Test(arguments: [
    ("«Нұрлы жол»", "нұрлы жол"),
    ("nurly-zhol", "nurly zhol"),
    ("NURLY   Zhol", "nurly zhol"),
    ("“Shanghai Spirit”", "shanghai spirit"),
    ("Ёлка", "елка"),
    ("China – Central Asia", "china central asia"),
    ("Xi'an", "xian"),
  ])
  func normalized(text: String, key: String) {
    #expect(MatchKey.normalized(text) == key)
  }

  @Test func romanizationsMeetInTheLatinKey() {
    let keys = ["Tokayev", "Toqaev", "TOKAEV"].map(MatchKey.latin)
    #expect(Set(keys) == ["tokaev"])
    #expect(MatchKey.latin("Nurly Zhol") == MatchKey.latin("Nūrly jol"))
    #expect(MatchKey.latin("Kassym-Jomart") == MatchKey.latin("Qasym-Zhomart"))
    #expect(MatchKey.latin("Bışkek") == MatchKey.latin("Bishkek"))
    #expect(MatchKey.latin("Kazakhstan") != MatchKey.latin("Kazinform"))
  }

  @Test func kazakhLettersFoldToRussian() {
    #expect(MatchKey.cyrillic("Тоқаев") == MatchKey.cyrillic("Токаев"))
    #expect(MatchKey.cyrillic("Нұрлы жол") == MatchKey.cyrillic("нурлы жол"))
    #expect(MatchKey.cyrillic("Астана") != MatchKey.cyrillic("Алматы"))
  }
}

@Suite struct ScriptTests {
  @Test func scriptsOfCharacters() {
    #expect(Script(of: "K") == .latin)
    #expect(Script(of: "а") == .cyrillic)
    #expect(Script(of: "-").isNeutral)
    #expect(Script(of: "7").isNeutral)
    #expect(Script(of: "中").shortName == "Hani")
    #expect(Script.scripts(in: "Kаzakhstan") == [.latin, .cyrillic])
    #expect(Script.dominant(in: "«Нұрлы жол» 2025") == .cyrillic)
    #expect(Script.dominant(in: "2025 — 1.5") == nil)
  }
}

@Suite struct SegmenterTests {
  @Test func englishKeepsTitlesAndInitialisms() throws {
    let sentences = try SentenceSegmenter(language: .en).sentences(in: "Mr. Smith moved to the U.S. in 2019. He stayed.")
    #expect(sentences.map(\.text) == ["Mr. Smith moved to the U.S. in 2019.", "He stayed."])
  }

  @Test func russianAbbreviationsAreWholeTokens() throws {
    let sentences = try SentenceSegmenter(language: .ru).sentences(in: "Жил в г. Омске. Берег. Москва.")
    #expect(sentences.map(\.text) == ["Жил в г. Омске.", "Берег.", "Москва."])
  }

  @Test func rangesPointIntoTheText() throws {
    let text = "  Қазақстан. Астана!  "
    let sentences = try SentenceSegmenter(language: .kk).sentences(in: text)
    #expect(sentences.count == 2)
    let utf8 = Array(text.utf8)
    for sentence in sentences {
      #expect(String(decoding: utf8[sentence.range], as: UTF8.self) == sentence.text)
    }
  }

  @Test func wordsAndNumbers() throws {
    let tokens = try WordTokenizer().tokens(in: "Нұрлы жол 2025-ке 3,5 test@mail.kz")
    let words = tokens.filter { $0.kind != .space }.map { "\($0.text)/\($0.kind)" }
    #expect(words == ["Нұрлы/word", "жол/word", "2025/number", "-/punctuation", "ке/word", "3,5/number", "test@mail.kz/word"])
  }
}

@Suite struct CollatorTests {
  @Test func kazakhOrder() {
    let words = ["Іле", "Үй", "Ұлы", "Ғалым", "Гүл", "Әл-Фараби", "Астана", "Ақтау", "Қазақстан", "Казахстан", "Өскемен"]
    let sorted = Collator.forLanguage(.kk).sorted(words)
    #expect(sorted == ["Ақтау", "Астана", "Әл-Фараби", "Гүл", "Ғалым", "Казахстан", "Қазақстан", "Өскемен", "Ұлы", "Үй", "Іле"])
  }

  @Test func sortKeysOrderLikeCompare() {
    let collator = Collator.forLanguage(.ru)
    let a = collator.sortKey("ёлка")
    let b = collator.sortKey("железо")
    #expect(a.lexicographicallyPrecedes(b))
    #expect(collator.compare("ёлка", "железо") == .orderedAscending)
  }
}

@Suite struct SpoofCheckerTests {
  @Test func mixedScriptWordsAreSuspicious() throws {
    let checker = try SpoofChecker()
    #expect(checker.isSuspicious("Kаzakhstan"))  // Cyrillic а
    #expect(!checker.isSuspicious("Kazakhstan"))
    #expect(!checker.isSuspicious("Қазақстан"))
    #expect(checker.skeleton("Kаzakhstan") == checker.skeleton("Kazakhstan"))
  }
}

@Suite struct TextFileTests {
  @Test func invalidUTF8IsReportedWithItsOffset() {
    let data = Data("line one\nli".utf8) + Data([0xFF]) + Data("ne two\n".utf8)
    #expect {
      try TextFile.decode(data, file: "bad.txt")
    } throws: { error in
      (error as? InputError)?.description == "bad.txt:2: invalid UTF-8 at byte offset 11"
    }
  }

  @Test func overlongAndSurrogateSequencesAreInvalid() {
    #expect(TextFile.firstInvalidUTF8(Data([0x41, 0xC0, 0x80])[...]) == 1)
    #expect(TextFile.firstInvalidUTF8(Data([0xED, 0xA0, 0x80])[...]) == 0)
    #expect(TextFile.firstInvalidUTF8(Data([0xE2, 0x82])[...]) == 0)
    #expect(TextFile.firstInvalidUTF8(Data("Нұрлы 😀".utf8)[...]) == nil)
  }

  @Test func lineEndsAndByteOrderMarkAreNormalized() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("a\r\nb\rc\n".utf8)
    #expect(try TextFile.decode(data, file: "x") == "a\nb\nc\n")
  }

  func expectError(_ data: Data, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(sourceLocation: sourceLocation) {
      try TextFile.decode(data, file: "in.txt")
    } throws: { error in
      (error as? InputError)?.description == message
    }
  }

  /// UTF-16 with a byte-order mark, as CAT tools write it, is converted.
  @Test func utf16IsConverted() throws {
    let text = "Қазақстан\r\nNurly Zhol 𝄞\n"
    let littleEndian = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let bigEndian = Data([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    #expect(try TextFile.decode(littleEndian, file: "x") == "Қазақстан\nNurly Zhol 𝄞\n")
    #expect(try TextFile.decode(bigEndian, file: "x") == "Қазақстан\nNurly Zhol 𝄞\n")
    expectError(Data([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xDC]), "in.txt:2: invalid UTF-16 at byte offset 6")
    expectError(Data([0xFF, 0xFE, 0x41, 0x00, 0x42]), "in.txt:1: invalid UTF-16 at byte offset 4")
    expectError(Data([0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x34]), "in.txt:1: invalid UTF-16 at byte offset 4")
  }

  @Test func nulBytesMeanNotText() {
    expectError(
      Data("a\nb\u{0}c".utf8), "in.txt:2: a NUL byte at byte offset 3: not a text file (or UTF-16 without a byte-order mark)")
    // UTF-16 without a byte-order mark is caught the same way.
    expectError(
      Data("ab".utf16.flatMap { [UInt8($0), 0] }),
      "in.txt:1: a NUL byte at byte offset 1: not a text file (or UTF-16 without a byte-order mark)")
  }

  @Test func emptyFilesAndLineEnds() throws {
    #expect(try TextFile.decode(Data(), file: "x") == "")
    #expect(try TextFile.decode(Data([0xEF, 0xBB, 0xBF]), file: "x") == "")
    #expect(try TextFile.decode(Data("\r\r\n\n".utf8), file: "x") == "\n\n\n")
  }

  @Test func largeFilesAreRefusedBeforeTheyAreRead() throws {
    let directory = try TemporaryDirectory()
    let url = directory.url.appendingPathComponent("big.txt")
    try Data(repeating: 0x61, count: 1001).write(to: url)
    #expect(try TextFile.read(url, maximumSize: 1001).count == 1001)
    #expect {
      try TextFile.read(url, displayName: "big.txt", maximumSize: 1000)
    } throws: { error in
      (error as? InputError)?.description
        == "big.txt: the file is larger than 1000 bytes, the most tm reads at once: split it"
    }
  }
}
