import Foundation
import Testing
@testable import Glossary

/// Reading data/translations/*.txt: the header, the paragraphs and their
/// lines, and every error with its file and line.
@Suite struct SeedTranslationTests {
  @Test func headerAndParagraphs() throws {
    let text = """
      source: 000_x.txt
      language: ru
      status: draft
      translator: someone
      note: a note: with a colon
      ---
      Первый абзац.

      Второй абзац, перенесённый
      на следующую строку.
      Третий абзац.

      """
    let translation = try SeedTranslation.parse(text, file: "t.ru.txt")
    #expect(translation.source == "000_x.txt")
    #expect(translation.language == .ru)
    #expect(translation.status == "draft")
    #expect(translation.header.map(\.key) == ["source", "language", "status", "translator", "note"])
    #expect(translation.header.last?.value == "a note: with a colon")
    #expect(translation.paragraphs.map(\.text) == ["Первый абзац.", "Второй абзац, перенесённый на следующую строку.", "Третий абзац."])
    #expect(translation.paragraphs.map(\.line) == [7, 9, 11])
    #expect(translation.paragraphs[1].line(at: "Второй абзац, перенесённый на".utf8.count) == 10)
    #expect(SeedTranslation.hasHeader(text))
    #expect(!SeedTranslation.hasHeader("Note: this is plain text.\n\nIt has no header."))
  }

  @Test(arguments: [
    ("Просто текст.\n", "t.txt:1: expected a header of 'key: value' lines ended by '---', found 'Просто текст.'"),
    ("source: a.txt\nlanguage: ru\n\n---\nТекст.", "t.txt:3: expected a 'key: value' header line or '---', found ''"),
    ("source: a.txt\nlanguage: ru\nТекст.", "t.txt:3: expected a 'key: value' header line or '---', found 'Текст.'"),
    ("source: a.txt\nlanguage: ru", "t.txt:2: the header is not ended by a line '---'"),
    ("source: a.txt\nlang: ru\n---\nТекст.", "t.txt:2: unknown header key 'lang' (expected source, language, status, translator, date or note)"),
    ("source: a.txt\nlanguage: ru\ndate: 23.11.2026\n---\nТекст.", "t.txt:3: date '23.11.2026' must be written YYYY-MM-DD"),
    ("source: a.txt\nlanguage: ru\ndate: 2026-02-30\n---\nТекст.", "t.txt:3: date '2026-02-30' must be written YYYY-MM-DD"),
    ("source: a.txt\nlanguage: ru\nsource: b.txt\n---\nТекст.", "t.txt:3: header key 'source' is given twice (first at line 1)"),
    ("source: a.txt\nlanguage:\n---\nТекст.", "t.txt:2: header key 'language' has no value"),
    ("language: ru\n---\nТекст.", "t.txt:1: the header has no 'source' (the seed file this translates)"),
    ("source: a.txt\n---\nТекст.", "t.txt:1: the header has no 'language' (ru or kk)"),
    ("source: a.txt\nlanguage: kz\n---\nТекст.", "t.txt:2: language 'kz' must be ru or kk"),
    ("source: a.txt\nlanguage: en\n---\nText.", "t.txt:2: language 'en' must be ru or kk"),
    ("source: a.txt\nlanguage: kk\nstatus: done\n---\nМәтін.", "t.txt:3: status 'done' must be draft, reviewed or final"),
    ("source: a.txt\nlanguage: kk\n---\n\n\n", "t.txt:3: no paragraphs after the header"),
  ])
  func errors(text: String, message: String) {
    #expect(throws: InputError.self) { try SeedTranslation.parse(text, file: "t.txt") }
    do {
      _ = try SeedTranslation.parse(text, file: "t.txt")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test func theShippedTranslationsRead() throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: Repository.project.translationsDirectory.path) {
      let translation = try SeedTranslation.read(
        Repository.project.translationsDirectory.appendingPathComponent(name), displayName: name)
      #expect(name == "\(translation.source.dropLast(4)).\(translation.language.rawValue).txt")
      #expect(translation.status == "draft")
    }
  }
}
