import Foundation
import Testing
@testable import Glossary

@Suite struct TSVReaderTests {
  @Test func readsLanguagesAndProperties() throws {
    let text = "id\ten-GB\tru\tkk\tdomain\n1\tOpen\tОткрыть\tАшу\tui\n2\tClose\tЗакрыть\t\t\n\n3\tNo translation\t\t\tui\n"
    let (units, notes) = try importUnits(TSVReader.self, text, name: "dir/ui.tsv")
    #expect(units.count == 2)
    #expect(units[0].source == "Open")
    #expect(units[0].targets == [.ru: "Открыть", .kk: "Ашу"])
    #expect(units[0].origin == "ui.tsv:2")
    #expect(units[0].properties == ["id": "1", "domain": "ui"])
    #expect(units[1].targets == [.ru: "Закрыть"])
    #expect(notes == ["dir/ui.tsv: left out 1 rows without English or without a translation"])
  }

  @Test func byteOrderMarkAndCRLF() throws {
    let (units, _) = try importUnits(TSVReader.self, "\u{FEFF}en\tru\r\nSave\tСохранить\r\n")
    #expect(units.map(\.source) == ["Save"])
    #expect(units.map { $0.targets[.ru] } == ["Сохранить"])
  }

  @Test func kazakhInLatinNeverReplacesCyrillic() throws {
    let (units, _) = try importUnits(TSVReader.self, "en\tkk-Latn\tkk\nRoad\tJol\tЖол\nPath\tJol\t\n")
    #expect(units.map { $0.targets[.kk] } == ["Жол", "Jol"])
  }

  @Test func aVeryLongLine() throws {
    let long = String(repeating: "word ", count: 300_000)
    let (units, _) = try importUnits(TSVReader.self, "en\tru\n\(long)\tслово\n")
    #expect(units.first?.source.count == long.count)
  }

  @Test func errorsNameFileAndLine() {
    #expect(importError(TSVReader.self, "", name: "e.tsv") == "e.tsv:1: the file is empty (expected a header such as 'en<TAB>ru')")
    #expect(
      importError(TSVReader.self, "source\ttarget\nA\tB\n", name: "h.tsv")
        == "h.tsv:1: the header 'source\ttarget' names no 'en' column and 'ru' or 'kk' column (columns are separated by tabs)")
    #expect(
      importError(TSVReader.self, "en\tru\nA\tБ\nB\tВ\textra\n", name: "f.tsv")
        == "f.tsv:3: expected 2 tab-separated fields as in the header, found 3")
  }

  @Test func invalidUTF8NamesTheLineAndOffset() throws {
    let directory = try TemporaryDirectory()
    let file = directory.url.appendingPathComponent("u.tsv")
    try Data("en\tru\nA\tB\nC\t".utf8 + [0xFF] + Data("\n".utf8)).write(to: file)
    #expect(throws: InputError.self) {
      try TSVReader.read(file, name: "u.tsv", options: ImportOptions(), progress: { _ in }) { _ in }
    }
    do {
      _ = try TSVReader.read(file, name: "u.tsv", options: ImportOptions(), progress: { _ in }) { _ in }
    } catch {
      #expect("\(error)" == "u.tsv:3: invalid UTF-8 at byte offset 12")
    }
  }

  /// A header that names a language twice, or lacks one side, says which.
  @Test func headerErrorsSayWhatIsMissingOrRepeated() {
    #expect(
      importError(TSVReader.self, "en\tru\ten-US\nA\tB\tC\n", name: "d.tsv")
        == "d.tsv:1: the header names 'en' twice (columns 1 and 3): a language takes one column")
    #expect(
      importError(TSVReader.self, "en\tnote\nA\tB\n", name: "t.tsv")
        == "t.tsv:1: the header 'en\tnote' names no 'ru' or 'kk' column (columns are separated by tabs)")
    #expect(
      importError(TSVReader.self, "ru\tkk\nА\tБ\n", name: "s.tsv")
        == "s.tsv:1: the header 'ru\tkk' names no 'en' column (columns are separated by tabs)")
  }
}
