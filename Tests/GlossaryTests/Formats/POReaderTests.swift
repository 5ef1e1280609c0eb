import Foundation
import Testing
@testable import Glossary

@Suite struct POReaderTests {
  static let catalog = #"""
    # Translator comment
    msgid ""
    msgstr ""
    "Project-Id-Version: demo\n"
    "Language: kk_KZ\n"
    "Content-Type: text/plain; charset=UTF-8\n"

    #: src/main.c:10
    msgid "Open file"
    msgstr "Файлды ашу"

    msgctxt "menu"
    msgid ""
    "Save "
    "\"all\"\tnow\n"
    msgstr "Барлығын \"сақтау\"\tқазір\n"

    #, fuzzy, c-format
    msgid "Close %s"
    msgstr "%s жабу"

    msgid "One file"
    msgid_plural "%d files"
    msgstr[0] "%d файл"
    msgstr[1] "%d файлдар"

    msgid "Untranslated"
    msgstr ""

    #~ msgid "Old"
    #~ msgstr "Ескі"
    """#

  @Test func readsEntriesContextPluralsAndEscapes() throws {
    let (units, notes) = try importUnits(POReader.self, Self.catalog, name: "kk.po")
    #expect(units.map(\.source) == ["Open file", "Save \"all\"\tnow\n", "One file"])
    #expect(units.map { $0.targets[.kk] } == ["Файлды ашу", "Барлығын \"сақтау\"\tқазір\n", "%d файл"])
    #expect(units[0].origin == "kk.po:9")
    #expect(units[1].origin == "kk.po:12")
    #expect(units[1].properties == ["context": "menu"])
    #expect(notes == [
      "kk.po: left out 1 fuzzy entry (use --include-fuzzy) and 1 untranslated entry",
      "kk.po: 1 plural entry imported as its singular (msgstr[0])",
    ])
  }

  @Test func notesCountEntriesInTheirNumber() throws {
    let twice = Self.catalog + "\n\n" + Self.catalog.split(separator: "\n").dropFirst(6).joined(separator: "\n")
    let (_, notes) = try importUnits(POReader.self, twice, name: "kk.po")
    #expect(notes == [
      "kk.po: left out 2 fuzzy entries (use --include-fuzzy) and 2 untranslated entries",
      "kk.po: 2 plural entries imported as their singular (msgstr[0])",
    ])
  }

  @Test func fuzzyEntriesOnRequestAndTheLanguageOption() throws {
    let options = ImportOptions(targetLanguage: .ru, includeFuzzy: true)
    let (units, _) = try importUnits(POReader.self, Self.catalog, options: options)
    let fuzzy = try #require(units.first { $0.source == "Close %s" })
    #expect(fuzzy.targets == [.ru: "%s жабу"])
    #expect(fuzzy.properties == ["fuzzy": "yes"])
  }

  @Test func crlfAndByteOrderMark() throws {
    let text = "\u{FEFF}msgid \"\"\r\nmsgstr \"Language: ru\\n\"\r\n\r\nmsgid \"Yes\"\r\nmsgstr \"Да\"\r\n"
    let (units, _) = try importUnits(POReader.self, text)
    #expect(units.map { $0.targets[.ru] } == ["Да"])
  }

  @Test func emptyFileHasNoUnits() throws {
    #expect(try importUnits(POReader.self, "").units.isEmpty)
  }

  @Test func aVeryLongString() throws {
    let long = String(repeating: "x", count: 2_000_000)
    let (units, _) = try importUnits(POReader.self, "msgid \"\(long)\"\nmsgstr \"y\"\n", options: ImportOptions(targetLanguage: .ru))
    #expect(units.first?.source.count == long.count)
  }

  @Test func errorsNameFileLineAndColumn() {
    #expect(importError(POReader.self, "msgid \"A\"\nmsgstr \"Б\"\n", name: "x.po") == "x.po:1: no target language: the header has no 'Language:' line; use --target-lang ru|kk")
    let ru = ImportOptions(targetLanguage: .ru)
    #expect(importError(POReader.self, "msgid \"A\nmsgstr \"B\"\n", name: "x.po", options: ru) == "x.po:1:7: unterminated string")
    #expect(importError(POReader.self, "msgid \"A\"\nmsgstr \"B\\q\"\n", name: "x.po", options: ru) == "x.po:2:10: unknown escape '\\q'")
    #expect(importError(POReader.self, "msgid \"A\"\nmsgstr B\n", name: "x.po", options: ru) == "x.po:2:8: expected a string in double quotes")
    #expect(importError(POReader.self, "msgid \"A\"\nbogus \"B\"\n", name: "x.po", options: ru) == "x.po:2:1: unexpected 'bogus \"B\"' (expected msgid, msgstr, a string or a comment)")
    #expect(importError(POReader.self, "msgid \"A\"\n\nmsgid \"B\"\nmsgstr \"C\"\n", name: "x.po", options: ru) == "x.po:1: msgid without msgstr")
    #expect(importError(POReader.self, "msgstr \"C\"\n", name: "x.po", options: ru) == "x.po:1:1: msgstr without msgid")
    #expect(importError(POReader.self, "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n", name: "l.po") == "l.po:1: the file declares charset 'ISO-8859-1'; convert it to UTF-8 (msgconv --to-code=UTF-8)")
    #expect(importError(POReader.self, "msgid \"\"\nmsgstr \"Language: de\\n\"\n", name: "d.po") == "d.po:1: the header's language 'de' is not Russian or Kazakh; use --target-lang ru|kk")
  }
}
